"""Stand-ins for the two shape classes svglib adds to reportlab's, for drawings read back
from the chart cache.

A converted chart is pickled with the classes svglib made it of; unpickling one of
svglib's own would import svglib (with cssselect2, tinycss2 and lxml's CSS support),
which a build that converts nothing does not otherwise need. These classes behave as
svglib's do when drawn (the same `getProperties`), so the PDF is the same to the byte.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Path


class NoStrokePath(Path):
    """svglib.svglib.NoStrokePath: a filled shape from an unclosed path, never stroked."""

    def getProperties(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        props: dict[str, Any] = super().getProperties(*args, **kwargs)
        if "strokeWidth" in props:
            props["strokeWidth"] = 0
        if "strokeColor" in props:
            props["strokeColor"] = None
        return props


class ClippingPath(Path):
    """svglib.svglib.ClippingPath: a clipping region, neither filled nor stroked."""

    def getProperties(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        props: dict[str, Any] = Path.getProperties(self, *args, **kwargs)
        if "fillColor" in props:
            props["fillColor"] = None
        if "strokeColor" in props:
            props["strokeColor"] = None
        return props


STAND_INS: dict[tuple[str, str], type] = {
    ("svglib.svglib", "NoStrokePath"): NoStrokePath,
    ("svglib.svglib", "ClippingPath"): ClippingPath,
}
