"""Values made from files, kept in the process while none of those files changed.

`memogen watch` and a batch build many memos in one process: a theme or memogen.yaml
is read once and again only after one of its files is saved. A file's version is its
size, change times, inode and device; a file changed less than two seconds before it
was read might change again within the clock's resolution unseen, so what was made
from it is not kept (it is read again next time).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Generic, TypeVar

V = TypeVar("V")
RACY_NS = 2_000_000_000

Version = tuple[int, int, int, int, int]


def version(file: Path) -> Version | None:
    """(size, latest change time, inode, device, the link's own inode); None when gone."""
    try:
        own, target = file.lstat(), file.stat()
    except OSError:
        return None
    return (target.st_size, max(target.st_mtime_ns, target.st_ctime_ns, own.st_ctime_ns),
            target.st_ino, target.st_dev, own.st_ino)


class FileCache(Generic[V]):
    """At most `size` values by key, each with the versions of the files it was made from."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._items: dict[object, tuple[tuple[Path, ...], tuple[Version | None, ...], V]] = {}

    def get(self, key: object, make: Callable[[], V], files: Callable[[V], Iterable[Path]]) -> V:
        """The value kept under `key` if none of its files changed, else `make()` (kept
        when its `files` all exist and none changed just before)."""
        hit = self._items.get(key)
        if hit is not None and tuple(version(f) for f in hit[0]) == hit[1]:
            return hit[2]
        started = time.time_ns()
        value = make()
        paths = tuple(files(value))
        versions = tuple(version(f) for f in paths)
        if all(v is not None and v[1] < started - RACY_NS for v in versions):
            if len(self._items) >= self.size:
                self._items.clear()
            self._items[key] = (paths, versions, value)
        return value

    def clear(self) -> None:
        self._items.clear()
