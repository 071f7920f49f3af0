"""What a YAML file parsed to, kept in the cache folder's `yaml/` between processes.

ruamel.yaml is pure Python: importing it and parsing the example's facts, its theme
and the locale's words cost a warm build about a tenth of its time, for files that
rarely change between two builds. So the plain data and key positions a file parsed
to are pickled, one entry per file (named by its resolved path and the parsing
code's version), sealed with the SHA-256 of the text they were parsed from: a file
whose text changed, a truncated or edited entry, is parsed afresh and the entry
replaced. Unpickling admits no class but `WrittenFloat`, so even a forged entry can
run no code. A folder that cannot be written costs only the parse.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from functools import cache
from pathlib import Path
from typing import Any

from memogen.cachedir import default_cache_dir
from memogen.sealed import read_sealed, unpickle_only, write_sealed
from memogen.versions import installed_version

_CODE = ("yamlfile.py", "yamlparse.py", "yamlguard.py", "yamlevents.py", "yamlcache.py")


@cache
def _tag() -> str:
    """Names the code a parse depends on: memogen's YAML modules, ruamel.yaml, Python."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _CODE:
        digest.update((here / name).read_bytes())
    digest.update(f"{installed_version('ruamel.yaml')} {sys.version_info[:2]}".encode())
    return digest.hexdigest()[:16]


def _entry(path: Path, kind: str) -> Path | None:
    try:
        folder = default_cache_dir() / "yaml"
        name = hashlib.sha256(f"{kind}\0{Path(path).resolve()}".encode()).hexdigest()[:32]
    except (RuntimeError, OSError):  # no home folder for the cache, or an unresolvable path
        return None
    return folder / f"{name}-{_tag()}.pickle"


def _written_float() -> type:
    from memogen.yamlfile import WrittenFloat

    return WrittenFloat


def _load(blob: bytes) -> Any:
    return unpickle_only(blob, {("memogen.yamlfile", "WrittenFloat"): _written_float})


def recall(path: Path, text: str, kind: str = "rt") -> Any | None:
    """What `text`, the text of `path`, parsed to (with `kind` of parse), or None."""
    entry = _entry(path, kind)
    blob = read_sealed(entry, text.encode("utf-8")) if entry is not None else None
    if blob is None:
        return None
    try:
        return _load(blob)
    except Exception:  # sealed yet unreadable (another Python's pickle): parse again
        return None


def keep(path: Path, text: str, parsed: Any, kind: str = "rt") -> None:
    """Keep what `text`, the text of `path`, parsed to, if it can be read back."""
    entry = _entry(path, kind)
    if entry is None:
        return
    try:
        blob = pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL)
        _load(blob)  # holds nothing `recall` would refuse (a ruamel scalar type)
    except Exception:
        return
    write_sealed(entry, text.encode("utf-8"), blob)
