"""Files in memogen's cache folder written whole and sealed with a digest.

A cache entry is only ever a shortcut: one that is missing, truncated (a killed build,
a full disk), edited or left by another version is read as absent and made again. So
each file starts with one line, the SHA-256 of what it binds (e.g. the source it was
made from) and of its payload, and is replaced in one step; a folder that cannot be
written costs only the time the entry would have saved.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _seal(bind: bytes, payload: bytes) -> bytes:
    digest = hashlib.sha256(hashlib.sha256(bind).digest())
    digest.update(payload)
    return digest.hexdigest().encode("ascii")


def read_sealed(file: Path, bind: bytes) -> bytes | None:
    """The payload kept in `file` for `bind`, or None (absent, unreadable, not sealed
    for `bind`, or garbled)."""
    try:
        head, _, payload = file.read_bytes().partition(b"\n")
    except OSError:
        return None
    return payload if head == _seal(bind, payload) else None


def write_sealed(file: Path, bind: bytes, payload: bytes) -> None:
    """Keep `payload` for `bind` in `file`, all or nothing; errors are swallowed."""
    write_whole(file, _seal(bind, payload) + b"\n" + payload)


_SERIAL = itertools.count()  # with the process id, a temporary file's name no other writer uses


def write_whole(file: Path, data: bytes, prefix: str = "", suffix: str = ".part", make_folder: bool = True) -> None:
    """Write `data` to `file` through a temporary file (`prefix`…`suffix`, by default
    named after `file`) renamed into place, so a reader sees the old file or the new
    one, never half of it. An OS error only leaves no file behind, and no temporary
    file stays after one or after Ctrl+C or `kill` (the exception goes on)."""
    # The name is chosen before the file is made, so a Ctrl+C that lands while it is being
    # made still finds it to remove (with mkstemp, the name was known only once it returned).
    tmp = file.parent / f"{prefix or f'.{file.name[:40]}-'}{os.getpid()}-{next(_SERIAL)}{suffix}"
    try:
        if make_folder:
            file.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as f:
            f.write(data)
        os.replace(tmp, file)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)  # gone once replaced into place: only a failed or stopped write leaves it


def unpickle_only(blob: bytes, allowed: dict[tuple[str, str], Callable[[], type]]) -> Any:
    """`blob` unpickled admitting no class but those `allowed` gives, by (module, name),
    each imported by its callable only when met: a forged entry can run no code."""

    class _Only(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) in allowed:
                return allowed[module, name]()
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed here")

    return _Only(io.BytesIO(blob)).load()
