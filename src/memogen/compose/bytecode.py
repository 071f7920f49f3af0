"""Compiled theme templates, kept so no process compiles the same template twice.

Compiling the section templates was most of composing a memo, on every build and on
every memo of a batch. Jinja's bytecode cache keys a template by its name and file and
checks its source's digest, so an edited template is compiled afresh. Compiled code is
kept in this process and on disk under the chart cache's `templates/` folder (files,
written whole by Jinja), each under a tag naming the code that decides how templates
compile (environment.py, Jinja's version, Markdown or plain output), since those are
not part of Jinja's own key. A folder that cannot be written costs only compile time.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version
from pathlib import Path

from jinja2 import BytecodeCache, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from memogen.cachedir import default_cache_dir


class _Kept(BytecodeCache):
    """Bytecode in memory, backed by a folder of files."""

    def __init__(self, folder: Path, tag: str) -> None:
        self._memory: dict[str, bytes] = {}
        self._disk = FileSystemBytecodeCache(str(folder), f"__jinja2_{tag}_%s.cache")
        self._folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        kept = self._memory.get(bucket.key)
        if kept is not None:
            bucket.bytecode_from_string(kept)
            return
        try:
            self._disk.load_bytecode(bucket)
        except OSError:
            return

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._memory[bucket.key] = bucket.bytecode_to_string()
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            self._disk.dump_bytecode(bucket)
        except OSError:
            return


def bytecode_cache(markdown: bool) -> BytecodeCache:
    """The process's bytecode cache for Markdown (or plain-text) templates, kept in
    the current cache folder."""
    return _kept(markdown, default_cache_dir() / "templates")


@cache
def _kept(markdown: bool, folder: Path) -> _Kept:
    here = Path(__file__).parent
    digest = hashlib.sha256((here / "environment.py").read_bytes())
    digest.update(f"{version('jinja2')}:{markdown}".encode())
    return _Kept(folder, digest.hexdigest()[:16])
