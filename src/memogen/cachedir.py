"""Where memogen keeps what it can make again: drawn charts, compiled templates, what
it read from font files and what YAML files parsed to."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

_chosen: ContextVar[Path | None] = ContextVar("memogen_cache_dir", default=None)


def default_cache_dir() -> Path:
    """Where rendered charts are kept between builds (compiled templates go in its
    `templates/` folder, font facts and faces in `fonts/`, parsed YAML in `yaml/`, the
    parsed hyphenation dictionary in `hyphens/`): the folder a caller chose with
    `using`, else $MEMOGEN_CACHE_DIR, else the user's cache folder."""
    chosen = _chosen.get()
    if chosen is not None:
        return chosen
    if "MEMOGEN_CACHE_DIR" in os.environ:
        return Path(os.environ["MEMOGEN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "memogen" / "charts"


@contextmanager
def using(folder: Path | None) -> Iterator[None]:
    """Within it, every cache memogen keeps is in `folder` (None: where it was)."""
    if folder is None:
        yield
        return
    token = _chosen.set(Path(folder))
    try:
        yield
    finally:
        _chosen.reset(token)
