"""A chart's SVG → the reportlab drawing the PDF writer places, converted once.

svglib costs about 0.3 s to import and 0.2 s per chart to convert, on every PDF build,
although a cached chart never changes. So a converted drawing is kept twice: in this
process (a batch or `memogen watch` converts each chart once), and, for a chart that
lives in the chart cache, pickled into its cache entry, so the next build of an
unchanged chart reads it back without importing svglib at all. The pickle's name carries
the reportlab and svglib versions; the entry's folder is the chart's own (its key covers
every input of the picture), so a stale drawing is never read.

A pickle on disk is never trusted as it is: its file starts with the SHA-256 of the SVG
it was converted from and of the pickle itself, checked before anything is unpickled
(a truncated, edited or moved file is converted afresh), and unpickling admits only
reportlab's drawing classes, so even a forged file cannot run code.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import os
import pickle
import tempfile
from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import Any

from memogen.versions import installed_version

_KEEP = 32  # converted drawings kept in memory (a few tens of KiB each)
_converted: OrderedDict[str, bytes] = OrderedDict()  # SVG digest → pickled drawing
_entries: dict[str, Path] = {}  # SVG digest → the chart cache folder holding that SVG
_MAGIC = b"memogen-drawing sha256 "
# What a pickled drawing may be made of: classes of these modules, nothing callable else.
_SAFE_MODULES = frozenset({
    "reportlab.graphics.shapes", "reportlab.lib.attrmap", "reportlab.lib.colors", "reportlab.lib.validators",
    "svglib.svglib",
})


def _digest(svg: bytes) -> str:
    return hashlib.sha256(svg).hexdigest()


@cache
def _pickle_name() -> str:
    return f"drawing-rl{installed_version('reportlab')}-svglib{installed_version('svglib')}.pickle"


def remember_entry(svg: bytes, entry: Path) -> None:
    """Note that `entry` (a chart cache folder) holds `svg`, so its drawing can be kept there."""
    _entries[_digest(svg)] = Path(entry)


def svg_drawing(svg: bytes) -> Any:
    """A fresh reportlab Drawing of `svg` (the caller may scale and restyle it), or None
    when svglib cannot read it."""
    key = _digest(svg)
    blob: bytes | None = _converted.get(key) or _read(key)
    drawing = _unpickle(blob) if blob is not None else None
    if drawing is None or blob is None:
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
    return drawing


def _read(key: str) -> bytes | None:
    """The pickled drawing kept in the chart's cache folder, if its seal holds."""
    entry = _entries.get(key)
    if entry is None:
        return None
    try:
        data = (entry / _pickle_name()).read_bytes()
    except OSError:
        return None
    head, _, blob = data.partition(b"\n")
    if head != _MAGIC + _seal(key, blob):
        return None  # not what a build wrote for this SVG: convert again (and overwrite)
    return blob


def _seal(key: str, blob: bytes) -> bytes:
    """The digest binding a pickled drawing to the SVG it came from."""
    return hashlib.sha256(key.encode("ascii") + b"\0" + blob).hexdigest().encode("ascii")


class _DrawingUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        from memogen.charts.svgshapes import STAND_INS  # svglib's paths without importing svglib

        found = STAND_INS.get((module, name))
        if found is None and module in _SAFE_MODULES:
            found = getattr(importlib.import_module(module), name, None)
        if not isinstance(found, type):
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a drawing")
        return found


def _unpickle(blob: bytes) -> Any:
    """The drawing in `blob`, or None when it is not a drawing's pickle."""
    from reportlab.graphics.shapes import Drawing

    try:
        drawing = _DrawingUnpickler(io.BytesIO(blob)).load()
    except Exception:
        return None
    return drawing if isinstance(drawing, Drawing) else None


def _write(key: str, blob: bytes) -> None:
    """Keep the pickle in the chart's cache folder, all or nothing; a read-only or
    vanished cache only costs the next build a conversion."""
    entry = _entries.get(key)
    if entry is None:
        return
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".drawing-", dir=entry)
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC + _seal(key, blob) + b"\n" + blob)
        os.replace(tmp, entry / _pickle_name())
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
