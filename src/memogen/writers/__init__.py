"""Writers: a `Memo` and a `Theme` → the bytes of one file format.

`FORMATS` is the one table of formats; `write_file` lands the bytes atomically.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from memogen.document import Memo
from memogen.errors import OutputError
from memogen.themes.model import Theme


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    mime: str
    write: Callable[[Memo, Theme], bytes]


def _write_pdf(memo: Memo, theme: Theme) -> bytes:
    from memogen.writers.pdf import write_pdf

    return write_pdf(memo, theme)


def _write_docx(memo: Memo, theme: Theme) -> bytes:
    from memogen.writers.docx import write_docx

    return write_docx(memo, theme)


FORMATS: dict[str, Format] = {
    "pdf": Format("pdf", ".pdf", "application/pdf", _write_pdf),
    "docx": Format(
        "docx",
        ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _write_docx,
    ),
}


def get_format(name: str) -> Format:
    """The format called `name`; an unknown name is a user error listing the choices."""
    try:
        return FORMATS[name]
    except KeyError:
        raise OutputError(
            f"unknown format {name!r}", hint=f"choose one of: {', '.join(FORMATS)}, all"
        ) from None


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically: a reader sees the old file or the new one,
    never half of either, and a failure leaves the old file as it was."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(
            f"cannot write to {path.parent}: {exc.strerror or exc}",
            hint="choose a folder you can write to with --out",
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(
            f"cannot write {path}: {exc.strerror or exc}",
            hint="check the folder's permissions and free space",
        ) from exc
