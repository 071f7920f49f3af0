"""Where memogen keeps what it can make again: drawn charts, compiled templates and
what it read from font files."""

from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir() -> Path:
    """Where rendered charts are kept between builds (compiled templates go in its
    `templates/` folder, font facts in `fonts/`)."""
    if "MEMOGEN_CACHE_DIR" in os.environ:
        return Path(os.environ["MEMOGEN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "memogen" / "charts"
