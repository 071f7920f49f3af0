"""Writers: a `Memo` and a `Theme` → the bytes of one file format.

`FORMATS` is the one table of formats; `write_files` lands a set of files atomically.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
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
    """Write `data` to `path` atomically (see `write_files`)."""
    write_files([(Path(path), data)])


def write_files(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write a set of files as one step: every file is first written completely to a
    temporary file next to its target, and only when all of them are on disk are they
    renamed into place. A failure (a full disk, a folder that cannot be written, a
    rename refused half-way) leaves every earlier file as it was and no temporary file
    behind."""
    staged: list[tuple[Path, Path]] = []
    current = Path()
    try:
        for current, data in files:
            staged.append((_stage(Path(current), data), Path(current)))
        _commit(staged)
    except OSError as exc:
        raise OutputError(
            f"cannot write {exc.filename or current}: {exc.strerror or exc}",
            hint="check the folder's permissions and free space; earlier files are unchanged",
        ) from exc
    finally:  # after a failure (or Ctrl+C) no temporary file stays behind
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def _commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename every temporary file onto its target; if one rename fails (or Ctrl+C or
    `kill` stops it half-way), put back the targets already replaced (from hard-link
    backups) and re-raise."""
    replaced: list[tuple[Path | None, Path]] = []  # (backup of the old file or None, target)
    pending: tuple[Path | None, Path] = (None, Path())  # the one being renamed
    new: set[Path] = set()  # targets that did not exist before
    try:
        for tmp, path in staged:
            if not os.path.lexists(path):
                new.add(path)
            pending = (_backup(path), path)
            os.replace(tmp, path)
            replaced.append(pending)
    except BaseException as exc:
        for backup, target in replaced:
            if backup is not None:
                os.replace(backup, target)
            elif target in new:
                target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror, str(pending[1])) from exc
        raise
    finally:
        for backup, _ in (*replaced, pending):
            if backup is not None:
                backup.unlink(missing_ok=True)


def _backup(path: Path) -> Path | None:
    """A hard link to the file at `path` (None when there is none, or links are not
    supported there): the old bytes, kept until the whole set has landed."""
    if not path.is_file() or path.is_symlink():
        return None
    backup = path.with_name(f".{path.name}.{os.getpid()}.bak.tmp")
    try:
        backup.unlink(missing_ok=True)
        os.link(path, backup)
    except OSError:
        return None
    return backup


def _stage(path: Path, data: bytes) -> Path:
    """`data` in a new temporary file in `path`'s folder, flushed to disk."""
    if path.is_dir():
        raise OutputError(
            f"cannot write {path}: a folder of that name is in the way",
            hint="move the folder away, or build into another folder with --out",
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(
            f"cannot write to {path.parent}: {exc.strerror or exc}",
            hint="choose a folder you can write to with --out",
        ) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp
