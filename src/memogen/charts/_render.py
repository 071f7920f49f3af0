"""A laid-out chart (shapes in points) → SVG bytes for the PDF and PNG bytes for the DOCX.

Both renditions are written from the same list of shapes, so the two formats show the
same picture. The SVG is a small, fixed subset that `memogen.charts.drawing` reads back
into reportlab shapes: `<path>` with M/L/Z only, `<text>` with x, y, size and anchor,
and `<g id>` groups; text stays text. The PNG is rasterised with Pillow (FreeType text).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PIL import Image, ImageColor, ImageDraw, ImageFont

PNG_DPI = 300
PX_PER_PT = PNG_DPI / 72
SUPERSAMPLE = 4  # slanted lines are drawn this much larger, then reduced: smooth edges
ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}  # SVG text-anchor → Pillow anchor (baseline)


@dataclass(frozen=True)
class Poly:
    """A polyline or polygon (`closed`), filled and/or stroked; points in pt, y down."""

    points: tuple[tuple[float, float], ...]
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.0
    closed: bool = True


@dataclass(frozen=True)
class Text:
    """One line of text; (x, y) is the anchor point on the baseline, in pt, y down."""

    x: float
    y: float
    text: str
    size: float
    color: str
    anchor: str = "start"


@dataclass(frozen=True)
class Group:
    """Shapes that belong together (a bar, the hatching), named for the SVG's `id`."""

    gid: str
    shapes: tuple[Poly | Text, ...]


Shape = Poly | Text | Group


@dataclass
class Picture:
    """A chart laid out: width and height in pt, shapes in drawing order."""

    width: float
    height: float
    family: str
    font_path: Path
    shapes: list[Shape] = field(default_factory=list)


def rect(x0: float, y0: float, x1: float, y1: float, **style) -> Poly:
    """An axis-parallel rectangle between two corners (in any order)."""
    xa, xb, ya, yb = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    return Poly(((xa, ya), (xb, ya), (xb, yb), (xa, yb)), **style)


def line(x0: float, y0: float, x1: float, y1: float, color: str, width: float) -> Poly:
    return Poly(((x0, y0), (x1, y1)), stroke=color, width=width, closed=False)


# --- SVG ------------------------------------------------------------------------------


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _svg_shape(shape: Shape, family: str) -> str:
    if isinstance(shape, Group):
        inner = "".join(_svg_shape(s, family) for s in shape.shapes)
        return f"<g id={quoteattr(shape.gid)}>{inner}</g>"
    if isinstance(shape, Text):
        return (f'<text x="{_num(shape.x)}" y="{_num(shape.y)}" text-anchor="{shape.anchor}" '
                f'style="font-family: {quoteattr(family)[1:-1]}; font-size: {_num(shape.size)}px; '
                f'fill: {shape.color}">{escape(shape.text)}</text>')
    d = "M" + " L".join(f"{_num(x)} {_num(y)}" for x, y in shape.points) + (" Z" if shape.closed else "")
    stroke = (f"stroke: {shape.stroke}; stroke-width: {_num(shape.width)}; stroke-linecap: butt"
              if shape.stroke else "stroke: none")
    return f'<path d="{d}" style="fill: {shape.fill or "none"}; {stroke}"/>'


def to_svg(picture: Picture) -> bytes:
    """The picture as SVG 1.1 (sizes in pt, text as `<text>` in the chart font's family)."""
    family = f"'{picture.family}'"
    w, h = _num(picture.width), _num(picture.height)
    body = "\n".join(_svg_shape(s, family) for s in picture.shapes)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}pt" height="{h}pt" '
            f'viewBox="0 0 {w} {h}">\n<rect width="{w}" height="{h}" style="fill: #ffffff"/>\n'
            f"{body}\n</svg>\n").encode()


# --- PNG ------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _font(path: str, size_px: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size_px, layout_engine=ImageFont.Layout.BASIC)


def _rgb(color: str) -> tuple[int, int, int]:
    r, g, b = ImageColor.getrgb(color)[:3]
    return r, g, b


def _px(points: tuple[tuple[float, float], ...], scale: float = PX_PER_PT) -> list[tuple[float, float]]:
    return [(x * scale, y * scale) for x, y in points]


def _raster_path(draw: ImageDraw.ImageDraw, image: Image.Image, shape: Poly) -> None:
    slanted = any(x0 != x1 and y0 != y1 for (x0, y0), (x1, y1) in zip(shape.points, shape.points[1:]))
    if slanted:
        _smooth_line(image, shape)
        return
    xs, ys = [p[0] * PX_PER_PT for p in shape.points], [p[1] * PX_PER_PT for p in shape.points]
    half = shape.width * PX_PER_PT / 2 if shape.stroke else 0.0
    box = (round(min(xs)), round(min(ys)), round(max(xs)) - 1, round(max(ys)) - 1)
    if shape.fill and shape.closed and box[2] >= box[0] and box[3] >= box[1]:  # not an empty bar
        draw.rectangle(box, fill=_rgb(shape.fill))
    if not shape.stroke:
        return
    points = [*zip(xs, ys)] + ([(xs[0], ys[0])] if shape.closed else [])
    for (x0, y0), (x1, y1) in zip(points, points[1:]):  # each edge as a rectangle, centred on it
        left, top = round(min(x0, x1) - half), round(min(y0, y1) - half)
        right, bottom = round(max(x0, x1) + half) - 1, round(max(y0, y1) + half) - 1
        draw.rectangle((left, top, max(left, right), max(top, bottom)), fill=_rgb(shape.stroke))


def _smooth_line(image: Image.Image, shape: Poly) -> None:
    """A slanted line, drawn on a larger mask and reduced, so that its edges are smooth."""
    pts = _px(shape.points)
    pad = shape.width * PX_PER_PT + 2
    x0, y0 = int(min(p[0] for p in pts) - pad), int(min(p[1] for p in pts) - pad)
    x1, y1 = int(max(p[0] for p in pts) + pad) + 1, int(max(p[1] for p in pts) + pad) + 1
    k = SUPERSAMPLE
    mask = Image.new("L", ((x1 - x0) * k, (y1 - y0) * k), 0)
    ImageDraw.Draw(mask).line([((x - x0) * k, (y - y0) * k) for x, y in pts], fill=255,
                              width=max(1, round(shape.width * PX_PER_PT * k)))
    image.paste(_rgb(shape.stroke or "#000000"), (x0, y0, x1, y1), mask.reduce(k))


def _raster(draw: ImageDraw.ImageDraw, image: Image.Image, shape: Shape, font_path: str) -> None:
    if isinstance(shape, Group):
        for inner in shape.shapes:
            _raster(draw, image, inner, font_path)
    elif isinstance(shape, Text):
        draw.text((shape.x * PX_PER_PT, shape.y * PX_PER_PT), shape.text, fill=_rgb(shape.color),
                  font=_font(font_path, shape.size * PX_PER_PT), anchor=ANCHORS[shape.anchor])
    else:
        _raster_path(draw, image, shape)


def to_png(picture: Picture) -> bytes:
    """The picture at 300 dpi as an RGB PNG (the same bytes for the same picture)."""
    size = (round(picture.width * PX_PER_PT), round(picture.height * PX_PER_PT))
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for shape in picture.shapes:
        _raster(draw, image, shape, str(picture.font_path))
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(PNG_DPI, PNG_DPI), compress_level=6)
    return out.getvalue()
