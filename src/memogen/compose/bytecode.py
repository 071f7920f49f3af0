"""Compiled theme templates, kept so no process compiles the same template twice.

Compiling the section templates was most of composing a memo, on every build and on
every memo of a batch. Jinja's bytecode cache keys a template by its name and file and
checks its source's digest, so an edited template is compiled afresh. Compiled code is
kept in this process and on disk under the cache folder's `templates/` (the folder
current when a template is loaded: it follows `cachedir.using`), each under a tag
naming the code that decides how templates compile (environment.py, Jinja's version,
Markdown or plain output), since those are not part of Jinja's own key. A folder that
cannot be written costs only compile time. Each file starts with the SHA-256 of the
rest and is replaced in one step, so a truncated or garbled file (a killed build, a
full disk) is compiled afresh, never loaded.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

from memogen.cachedir import default_cache_dir
from memogen.sealed import write_whole
from memogen.versions import installed_version


class _Kept(BytecodeCache):
    """Bytecode in memory, backed by a folder of sealed files."""

    def __init__(self, folder: Path | None, tag: str) -> None:
        self._memory: dict[tuple[Path, str], bytes] = {}  # by folder, as on disk
        self._fixed, self._tag = folder, tag

    @property
    def _folder(self) -> Path:
        """The folder given, else the current cache folder's `templates/` (it follows
        `cachedir.using`)."""
        return self._fixed or default_cache_dir() / "templates"

    def _file(self, key: str) -> Path:
        return self._folder / f"__jinja2_{self._tag}_{key}.cache"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            folder = self._folder
        except RuntimeError:  # no home folder for the cache
            return
        kept = self._memory.get((folder, bucket.key))
        if kept is None:
            try:
                head, _, kept = self._file(bucket.key).read_bytes().partition(b"\n")
            except OSError:
                return
            if head != hashlib.sha256(kept).hexdigest().encode("ascii"):
                return  # truncated or garbled: compiled again and overwritten
        try:
            bucket.bytecode_from_string(kept)
        except Exception:
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            folder = self._folder
        except RuntimeError:  # no home folder for the cache: compiled each time
            return
        code = self._memory[folder, bucket.key] = bucket.bytecode_to_string()
        sealed = hashlib.sha256(code).hexdigest().encode("ascii") + b"\n" + code
        write_whole(self._file(bucket.key), sealed, prefix=".jinja-", suffix="")


def bytecode_cache(markdown: bool) -> BytecodeCache:
    """The process's bytecode cache for Markdown (or plain-text) templates, kept in
    the current cache folder (whichever it is when a template is loaded)."""
    return _kept(markdown)


@cache
def _kept(markdown: bool) -> _Kept:
    here = Path(__file__).parent
    digest = hashlib.sha256((here / "environment.py").read_bytes())
    digest.update(f"{installed_version('jinja2')}:{markdown}".encode())
    return _Kept(None, digest.hexdigest()[:16])
