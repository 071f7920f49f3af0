"""A chart's SVG → the reportlab drawing the PDF writer places: native vector shapes and
text, read from the small SVG subset that `memogen.charts._render` writes (paths of
straight segments, text, groups), in a few milliseconds and without svglib.

Anything outside that subset (another program's SVG, a cache file that was tampered
with, a document type declaration) is refused: `svg_drawing` returns None.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import HexColor

_NS = "{http://www.w3.org/2000/svg}"
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_PATH = re.compile(r"M(-?[\d.]+) (-?[\d.]+)((?: L-?[\d.]+ -?[\d.]+)*)( Z)?")
_ANCHORS = {"start", "middle", "end"}
PLACEHOLDER_FONT = "Helvetica"  # the PDF writer points every string at the theme's chart font


class _Unreadable(ValueError):
    pass


def _style(node: ET.Element) -> dict[str, str]:
    pairs = (item.split(":", 1) for item in (node.get("style") or "").split(";") if ":" in item)
    return {key.strip(): value.strip() for key, value in pairs}


def _color(value: str | None) -> Any:
    if value in (None, "none"):
        return None
    if not _HEX.fullmatch(value or ""):
        raise _Unreadable(f"colour {value!r}")
    return HexColor(value)


def _number(text: str | None) -> float:
    try:
        return float((text or "").removesuffix("px").removesuffix("pt"))
    except ValueError as exc:
        raise _Unreadable(f"number {text!r}") from exc


def _path(node: ET.Element, height: float) -> Any:
    match = _PATH.fullmatch(node.get("d") or "")
    if match is None:
        raise _Unreadable("path data")
    numbers = [float(match[1]), float(match[2])]
    numbers += [float(n) for n in re.findall(r"-?[\d.]+", match[3])]
    points = [v if i % 2 == 0 else height - v for i, v in enumerate(numbers)]
    style = _style(node)
    stroke = _color(style.get("stroke"))
    common = {"strokeColor": stroke, "strokeWidth": _number(style.get("stroke-width", "0")) if stroke else 0}
    if match[4]:
        return Polygon(points, fillColor=_color(style.get("fill")), **common)
    if len(points) == 4:
        return Line(*points, **common)
    return PolyLine(points, **common)


def _text(node: ET.Element, height: float) -> String:
    style = _style(node)
    anchor = node.get("text-anchor", "start")
    if anchor not in _ANCHORS or len(node):
        raise _Unreadable("text")
    return String(_number(node.get("x")), height - _number(node.get("y")), node.text or "",
                  fontName=PLACEHOLDER_FONT, fontSize=_number(style.get("font-size")),
                  fillColor=_color(style.get("fill")), textAnchor=anchor)


def _shapes(parent: ET.Element, height: float, into: Group | Drawing) -> None:
    for node in parent:
        tag = node.tag.removeprefix(_NS)
        if tag == "g":
            group = Group()
            _shapes(node, height, group)
            into.add(group)
        elif tag == "path":
            into.add(_path(node, height))
        elif tag == "text":
            into.add(_text(node, height))
        elif tag == "rect":
            into.add(Rect(0, 0, _number(node.get("width")), _number(node.get("height")),
                          fillColor=_color(_style(node).get("fill")), strokeColor=None))
        else:
            raise _Unreadable(f"element {tag}")


def svg_drawing(svg: bytes) -> Any:
    """A fresh reportlab Drawing of `svg` (the caller may scale and restyle it), or None
    when it is not an SVG that memogen drew."""
    if b"<!" in svg:  # no DOCTYPE, entities or CDATA: nothing to expand or fetch
        return None
    try:
        root = ET.fromstring(svg)
        if root.tag != f"{_NS}svg":
            return None
        width, height = _number(root.get("width")), _number(root.get("height"))
        drawing = Drawing(width, height)
        _shapes(root, height, drawing)
    except (ET.ParseError, _Unreadable):
        return None
    return drawing
