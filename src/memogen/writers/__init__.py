"""Writers: a `Memo` and a `Theme` → the bytes of one file format.

`FORMATS` is the one table of formats; `write_files` lands a set of files atomically.
"""

from __future__ import annotations

import glob
import os
import re
import stat
import tempfile
import time
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
    behind; temporary files an earlier run killed with -9 left are removed (`_clean`)."""
    staged: list[tuple[Path, Path]] = []
    current = Path()
    targets = [Path(path) for path, _ in files]
    try:
        for current, data in files:
            _clean(Path(current), _stale)
            staged.append((_stage(Path(current), data), Path(current)))
        _commit(staged)
    except OSError as exc:
        raise OutputError(
            f"cannot write {exc.filename or current}: {exc.strerror or exc}",
            hint="check the folder's permissions and free space; earlier files are unchanged",
        ) from exc
    finally:  # after a failure (or Ctrl+C, wherever it came) no temporary file stays behind
        for target in targets:
            _clean(target, _own)


# The temporary files of a run are named after their target and the process: the data
# `.NAME.PID-xxxxxxxx.tmp`, the old file's hard link `.NAME.PID.bak.tmp`.
_TEMP = re.compile(r"\.(\d+)(?:-[A-Za-z0-9_]+|\.bak)\.tmp")
_STARTED = time.time()  # when this run (this process) began: a temporary file older than it is not its own


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}-"


def _clean(path: Path, remove: Callable[[int, os.stat_result], bool]) -> None:
    """Delete the temporary files named after `path` (and only those) that `remove`
    picks by the process id in their name and their status; never fails a run."""
    prefix = f".{path.name}."
    try:
        candidates = [p for p in path.parent.glob(glob.escape(prefix) + "*.tmp") if p.name.startswith(prefix)]
    except OSError:
        return
    for candidate in candidates:
        match = _TEMP.fullmatch(candidate.name[len(prefix) - 1 :])
        try:
            status = candidate.lstat()
            if match and stat.S_ISREG(status.st_mode) and remove(int(match[1]), status):
                candidate.unlink()
        except OSError:
            continue


def _own(pid: int, status: os.stat_result) -> bool:
    return pid == os.getpid()


def _stale(pid: int, status: os.stat_result) -> bool:
    """Left by a run that ended before this one began and is not running any more."""
    return status.st_mtime < _STARTED and not _running(pid)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM), or no such check here
        return True
    return True


def _commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename every temporary file onto its target; if one rename fails (or Ctrl+C or
    `kill` stops it half-way), put back the targets already replaced (from hard-link
    backups) and re-raise. A target is listed before its rename: a stop right after the
    rename (before the next line) still puts it back; one not yet renamed gets its own
    bytes back."""
    replaced: list[tuple[Path | None, Path]] = []  # (backup of the old file or None, target)
    new: set[Path] = set()  # targets that did not exist before
    try:
        for tmp, path in staged:
            if not os.path.lexists(path):
                new.add(path)
            replaced.append((_backup(path), path))
            os.replace(tmp, path)
    except BaseException as exc:
        for backup, target in reversed(replaced):
            if backup is not None:
                os.replace(backup, target)
            elif target in new:
                target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OSError(exc.errno, exc.strerror, str(replaced[-1][1] if replaced else "")) from exc
        raise
    finally:
        for backup, _ in replaced:
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
        fd, name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
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
