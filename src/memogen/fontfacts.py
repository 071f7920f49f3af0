"""What memogen reads from a TrueType file besides drawing with it: its tables, the
characters it maps and their advance widths, read once per font file and kept.

The theme's checks (every character a memo needs), the glyph warnings and the text
measures all need a font's character map, and fontTools takes about 40 ms to import
and some more to read five fonts: on every build, for fonts that never change. So the
facts are read once per process and kept as JSON in the cache folder's `fonts/`, named
by the SHA-256 of the font file's bytes: the next process reads a few kilobytes of JSON
instead. An entry that cannot be read or does not hold what it should is read afresh.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import struct
from dataclasses import dataclass
from pathlib import Path

from memogen.sealed import write_whole

FORMAT = 1  # bump when what is kept changes


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


@functools.lru_cache(maxsize=32)
def _facts(path: str, size: int, mtime_ns: int) -> FontFacts:
    data = Path(path).read_bytes()
    entry = _entry(hashlib.sha256(data).hexdigest())
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
        tables = frozenset(font.keys())
        cmap = font.getBestCmap() or {}
        if "hmtx" in tables and "head" in tables:
            metrics = font["hmtx"].metrics
            advances = {cp: metrics[name][0] for cp, name in cmap.items()}
            return FontFacts(tables, advances, font["head"].unitsPerEm)
        return FontFacts(tables, dict.fromkeys(cmap, 0), None)


def _entry(digest: str) -> Path | None:
    from memogen.cachedir import default_cache_dir

    try:
        return default_cache_dir() / "fonts" / f"{digest}-v{FORMAT}.json"
    except RuntimeError:  # no home folder to put the cache in
        return None


def _read(entry: Path) -> FontFacts | None:
    try:
        raw = json.loads(entry.read_text(encoding="utf-8"))
        facts = FontFacts(
            frozenset(str(t) for t in raw["tables"]),
            {int(cp): int(width) for cp, width in raw["advances"].items()},
            None if raw["units_per_em"] is None else int(raw["units_per_em"]),
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return facts


def _write(entry: Path, facts: FontFacts) -> None:
    """Keep the facts, all or nothing; a folder that cannot be written costs the next
    process a parse."""
    text = json.dumps({"tables": sorted(facts.tables), "advances": facts.advances,
                       "units_per_em": facts.units_per_em}, separators=(",", ":"))
    write_whole(entry, text.encode("utf-8"), prefix=".font-", suffix=".tmp")
