"""A chart's SVG → the reportlab drawing the PDF writer places, converted once.

svglib costs about 0.3 s to import and 0.2 s per chart to convert, on every PDF build,
although a cached chart never changes. So a converted drawing is kept twice: in this
process (a batch or `memogen watch` converts each chart once), and, for a chart that
lives in the chart cache, pickled into its cache entry, so the next build of an
unchanged chart reads it back without importing svglib at all. The pickle's name carries
the reportlab and svglib versions; the entry's folder is the chart's own (its key covers
every input of the picture), so a stale drawing is never read. Like Python's own
bytecode cache, the pickles are trusted because the cache folder is the user's own.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from collections import OrderedDict
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

_KEEP = 32  # converted drawings kept in memory (a few tens of KiB each)
_converted: OrderedDict[str, bytes] = OrderedDict()  # SVG digest → pickled drawing
_entries: dict[str, Path] = {}  # SVG digest → the chart cache folder holding that SVG


def _digest(svg: bytes) -> str:
    return hashlib.sha256(svg).hexdigest()


@cache
def _pickle_name() -> str:
    return f"drawing-rl{version('reportlab')}-svglib{version('svglib')}.pickle"


def remember_entry(svg: bytes, entry: Path) -> None:
    """Note that `entry` (a chart cache folder) holds `svg`, so its drawing can be kept there."""
    _entries[_digest(svg)] = Path(entry)


def svg_drawing(svg: bytes) -> Any:
    """A fresh reportlab Drawing of `svg` (the caller may scale and restyle it), or None
    when svglib cannot read it."""
    key = _digest(svg)
    blob = _converted.get(key) or _read(key)
    if blob is None:
        from svglib.svglib import svg2rlg  # imported only when a chart is new

        drawing = svg2rlg(io.BytesIO(svg))
        if drawing is None:
            return None
        blob = pickle.dumps(drawing, protocol=pickle.HIGHEST_PROTOCOL)
        _write(key, blob)
    _converted[key] = blob
    _converted.move_to_end(key)
    while len(_converted) > _KEEP:
        _converted.popitem(last=False)
    return pickle.loads(blob)


def _read(key: str) -> bytes | None:
    entry = _entries.get(key)
    if entry is None:
        return None
    try:
        return (entry / _pickle_name()).read_bytes()
    except OSError:
        return None


def _write(key: str, blob: bytes) -> None:
    """Keep the pickle in the chart's cache folder, all or nothing; a read-only or
    vanished cache only costs the next build a conversion."""
    entry = _entries.get(key)
    if entry is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".drawing-", dir=entry)
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, entry / _pickle_name())
    except OSError:
        return
