"""What memogen reads from a TrueType file besides drawing with it: its tables, the
characters it maps and their advance widths, read once per font file and kept.

The theme's checks (every character a memo needs), the glyph warnings and the text
measures all need a font's character map, and fontTools takes about 40 ms to import
and some more to read five fonts: on every build, for fonts that never change. So the
facts are read once per process and kept, pickled and sealed like every entry of the
cache folder, in its `fonts/`, named by the SHA-256 of the font file's bytes: the next
process unpickles a few kilobytes instead (a fifth of what the same facts as JSON
took to read). Unpickling admits no class at all; an entry that cannot be read or
does not hold what it should is read afresh.
"""

from __future__ import annotations

import functools
import hashlib
import io
import pickle
import struct
from dataclasses import dataclass
from pathlib import Path

from memogen.sealed import read_sealed, unpickle_only, write_sealed

FORMAT = 2  # bump when what is kept changes


class UnreadableFont(Exception):
    """The file cannot be read as a font; the message is fontTools' (or the OS's)."""


@dataclass(frozen=True)
class FontFacts:
    tables: frozenset[str]
    advances: dict[int, int]  # code point → advance width (font units), for every mapped character
    units_per_em: int | None  # None: the font has no `head` or `hmtx` to measure with

    @functools.cached_property
    def chars(self) -> frozenset[int]:
        """Every code point the font maps to a glyph."""
        return frozenset(self.advances)


def font_facts(path: Path | str) -> FontFacts:
    """The facts of the font file at `path` (cached per file version in this process,
    per content in the cache folder); `UnreadableFont` when it is no intact font."""
    info = Path(path).stat()
    return _facts(str(path), info.st_size, info.st_mtime_ns)


def font_file(path: Path | str) -> tuple[bytes, str]:
    """The bytes of the font file at `path` and their SHA-256, read once per file
    version in this process (the facts and the PDF writer's fonts both need them)."""
    info = Path(path).stat()
    return _file(str(path), info.st_size, info.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _file(path: str, size: int, mtime_ns: int) -> tuple[bytes, str]:
    data = Path(path).read_bytes()
    return data, hashlib.sha256(data).hexdigest()


@functools.lru_cache(maxsize=32)
def _facts(path: str, size: int, mtime_ns: int) -> FontFacts:
    data, digest = _file(path, size, mtime_ns)
    entry = _entry(digest)
    kept = _read(entry) if entry is not None else None
    if kept is not None:
        return kept
    facts = _parse(data)
    if entry is not None:
        _write(entry, facts)
    return facts


def _parse(data: bytes) -> FontFacts:
    from fontTools.ttLib import TTLibError

    try:
        return _read_font(data)
    except (TTLibError, OSError, AssertionError, KeyError, ValueError, IndexError, TypeError, struct.error) as exc:
        raise UnreadableFont(str(exc)) from exc


def _read_font(data: bytes) -> FontFacts:
    from fontTools.ttLib import TTFont

    with TTFont(io.BytesIO(data), lazy=True) as font:
        tables = frozenset(map(str, font.keys()))  # plain names, not fontTools' Tag
        cmap = font.getBestCmap() or {}
        if "hmtx" in tables and "head" in tables:
            metrics = font["hmtx"].metrics
            advances = {cp: metrics[name][0] for cp, name in cmap.items()}
            return FontFacts(tables, advances, font["head"].unitsPerEm)
        return FontFacts(tables, dict.fromkeys(cmap, 0), None)


def _entry(digest: str) -> Path | None:
    from memogen.cachedir import default_cache_dir

    try:
        return default_cache_dir() / "fonts" / f"{digest}-facts-v{FORMAT}.pickle"
    except RuntimeError:  # no home folder to put the cache in
        return None


def _read(entry: Path) -> FontFacts | None:
    blob = read_sealed(entry, entry.name.encode("utf-8"))
    if blob is None:
        return None
    try:
        tables, advances, units_per_em = unpickle_only(blob, {})
    except Exception:  # not what `_write` keeps
        return None
    if not (isinstance(tables, list) and isinstance(advances, dict) and isinstance(units_per_em, int | None)):
        return None
    return FontFacts(frozenset(tables), advances, units_per_em)


def _write(entry: Path, facts: FontFacts) -> None:
    """Keep the facts, all or nothing; a folder that cannot be written costs the next
    process a parse."""
    kept = (sorted(facts.tables), facts.advances, facts.units_per_em)
    write_sealed(entry, entry.name.encode("utf-8"), pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
