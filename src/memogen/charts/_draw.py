"""Chart spec and style → a laid-out picture (bars, lines and text in points) → SVG and PNG.

The layout is computed once, in plain Python with the chart font's own metrics, and
rendered by `_render` twice: as SVG for the PDF (text kept as text) and as a 300-dpi
PNG for the DOCX, so both formats show the same chart. Imported only when a chart must
really be drawn (a cache miss).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import assert_never

from PIL import ImageColor, ImageFont

from memogen.charts._render import PNG_DPI, Group, Picture, Poly, Shape, Text, line, rect, to_png, to_svg
from memogen.charts.alt import period_label
from memogen.charts.spec import (
    NBSP,
    Bar,
    ChartSpec,
    ChartStyle,
    DynamicsChart,
    ShareChart,
    StructureChart,
    TradeChart,
)

__all__ = ["HATCH_GID", "PNG_DPI", "draw", "layout", "luminance"]

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH
HATCH_GID = "memogen-partial-hatch"
TEXT_COLOR = "#1a1a1a"
REST_COLOR = "#d9d9d9"
MIN_LUMINANCE_GAP = 0.25  # exports vs imports must stay apart when printed in grey
PAD = 3.0  # pt of white around the picture
TITLE_GAP = 6.0  # pt between the caption row and the plot
TICK_GAP = 3.5  # pt between the baseline and the period labels
LINE = 1.2  # line height in em
HATCH_STEP = 1.8 * PT_PER_MM  # pt between hatch lines, across them
EM = 1000.0  # the size the font is measured at


@dataclass(frozen=True)
class Font:
    """The chart font's metrics (per em) and names, from its TTF."""

    path: Path
    family: str
    ascent: float
    descent: float
    cap: float

    def width(self, text: str, size: float) -> float:
        return _measure(str(self.path), text) * size


@lru_cache(maxsize=4)
def _ttf(path: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, EM, layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=4096)
def _measure(path: str, text: str) -> float:
    return _ttf(path).getlength(text) / EM


def load_font(path: Path) -> Font:
    ttf = _ttf(str(path))
    ascent, descent = ttf.getmetrics()
    cap = ttf.getbbox("H", anchor="ls")[1]
    return Font(Path(path), ttf.font.family or "sans-serif", ascent / EM, descent / EM, -cap / EM)


def _rgb(color: str) -> tuple[float, float, float]:
    r, g, b = ImageColor.getrgb(color)[:3]
    return r / 255, g / 255, b / 255


def luminance(color: str) -> float:
    """Grey level 0..1 that colour prints as (ITU-R BT.601 weights, as Pillow's "L")."""
    r, g, b = _rgb(color)
    return 0.299 * r + 0.587 * g + 0.114 * b


def _tint(color: str, amount: float) -> str:
    """The colour mixed with white: amount 0 keeps it, 1 gives white."""
    mixed = (round((c + (1 - c) * amount) * 255) for c in _rgb(color))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _contrasting(palette: tuple[str, ...], base: str) -> str:
    """The palette colour that prints furthest from `base` in grey; tinted lighter when
    even that one is too close, so two series never rely on hue alone."""
    candidates = palette[1:] or (base,)
    best = max(candidates, key=lambda c: abs(luminance(c) - luminance(base)))
    amount = 0.0
    while abs(luminance(_tint(best, amount)) - luminance(base)) < MIN_LUMINANCE_GAP and amount < 1:
        amount += 0.1
    return _tint(best, min(amount, 1.0))


@dataclass
class Canvas:
    """The picture being laid out, its font and the box left for the plot."""

    picture: Picture
    font: Font
    size: float
    top: float
    bottom: float
    left: float
    right: float
    caption_baseline: float = 0.0

    def text(self, x: float, y: float, text: str, *, size: float | None = None, anchor: str = "start",
             color: str = TEXT_COLOR) -> None:
        self.picture.shapes.append(Text(x, y, text, size or self.size, color, anchor))

    def add(self, *shapes: Shape) -> None:
        self.picture.shapes.extend(shapes)

    def line_height(self, size: float | None = None) -> float:
        return (size or self.size) * LINE


def _canvas(style: ChartStyle) -> Canvas:
    font = load_font(style.font_path)
    w, h = style.width_mm * PT_PER_MM, style.height_mm * PT_PER_MM
    picture = Picture(w, h, font.family, font.path)
    return Canvas(picture, font, style.font_size_pt, PAD, h - PAD, PAD, w - PAD)


def _caption_row(c: Canvas, left: str, right: Sequence[tuple[float, str]] = ()) -> None:
    """The row above the plot: `left` text (the unit) and, right-aligned, `right`
    items; each item is (its width, its kind) drawn by `_legend`. Takes a second row
    when both do not fit side by side."""
    baseline = c.top + c.font.ascent * c.size
    c.text(c.left, baseline, left)
    c.top += c.line_height()
    if right:
        needed = c.font.width(left, c.size) + c.size + sum(w for w, _ in right)
        if needed > c.right - c.left:
            baseline += c.line_height()
            c.top += c.line_height()
    c.top += TITLE_GAP
    c.caption_baseline = baseline


def _x_labels(c: Canvas, labels: list[list[str]]) -> float:
    """Room for the labels under the baseline: their height, taken off the plot."""
    lines = max(len(lines) for lines in labels)
    c.bottom -= lines * c.line_height() + TICK_GAP
    return c.bottom + TICK_GAP


def _draw_x_labels(c: Canvas, labels: list[list[str]], centres: list[float], top: float) -> None:
    for centre, lines in zip(centres, labels):
        widest = max(c.font.width(text, c.size) for text in lines) / 2
        x = min(max(centre, PAD + widest), c.picture.width - PAD - widest)
        for i, text in enumerate(lines):
            c.text(x, top + c.font.ascent * c.size + i * c.line_height(), text, anchor="middle")


def _value_limits(values: list[float], headroom: float = 0.16) -> tuple[float, float]:
    top = max(0.0, *values)
    bottom = min(0.0, *values)
    span = (top - bottom) or 1.0
    return (bottom - span * headroom if bottom < 0 else 0.0, top + span * headroom)


class Axis:
    """A linear map from data values to points."""

    def __init__(self, lo: float, hi: float, start: float, end: float):
        self.lo, self.hi, self.start, self.end = lo, hi, start, end

    def __call__(self, value: float) -> float:
        return self.start + (value - self.lo) / ((self.hi - self.lo) or 1.0) * (self.end - self.start)


def _hatch(x0: float, x1: float, y0: float, y1: float, color: str) -> list[Poly]:
    """Lines rising at 45° across the rectangle, HATCH_STEP apart."""
    xa, xb, ya, yb = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    step = HATCH_STEP * 2**0.5
    out = []
    c = xa + ya + step / 2  # along a line x + y = c (y grows downwards: it rises to the right)
    while c < xb + yb:
        xs, xe = max(xa, c - yb), min(xb, c - ya)
        if xe > xs:
            out.append(line(xs, c - xs, xe, c - xe, color, 0.9))
        c += step
    return out


def _tick_lines(label: str) -> list[str]:
    # «I полугодие 2025 г. (неполный период)» reads best as two lines under its bar.
    head, sep, tail = label.partition(" (")
    return [head, f"({tail}"] if sep else [label]


def _column_axis(c: Canvas, labels: list[list[str]], count: int) -> Axis:
    """Period positions 0..count-1 across the plot, inset so that the outer labels fit."""
    slot = (c.right - c.left) / count
    first = max(c.font.width(t, c.size) for t in labels[0]) / 2
    last = max(c.font.width(t, c.size) for t in labels[-1]) / 2
    left = c.left + max(0.0, first - 0.6 * slot)
    right = c.right - max(0.0, last - 0.6 * slot)
    return Axis(-0.6, count - 0.4, left, right)


def _bar_label(c: Canvas, x: float, y_top: float, value: float, text: str, size: float, pad: float) -> None:
    """A value label above a bar (below it when negative)."""
    if value >= 0:
        c.text(x, y_top - pad - c.font.descent * size, text, size=size, anchor="middle")
    else:
        c.text(x, y_top + pad + c.font.ascent * size, text, size=size, anchor="middle")


def _draw_dynamics(c: Canvas, spec: DynamicsChart, style: ChartStyle) -> None:
    main = style.palette[0]
    light = _tint(main, 0.6)
    words = style.words
    _caption_row(c, spec.unit)
    if spec.growth_note:
        c.text(c.right, c.caption_baseline, spec.growth_note, anchor="end")
    labels = [_tick_lines(period_label(b, words)) for b in spec.bars]
    label_top = _x_labels(c, labels)
    xs = _column_axis(c, labels, len(spec.bars))
    ys = Axis(*_value_limits([b.value for b in spec.bars]), c.bottom, c.top)
    hatches: list[Poly] = []
    for i, bar in enumerate(spec.bars):
        x0, x1, y0, y1 = xs(i - 0.3), xs(i + 0.3), ys(0.0), ys(bar.value)
        c.add(rect(x0, y0, x1, y1, fill=light if bar.partial else main, stroke=main, width=1.0))
        if bar.partial:
            hatches += _hatch(x0, x1, y0, y1, main)
        _bar_label(c, xs(i), y1, bar.value, bar.shown, c.size, 3.0)
    if hatches:
        c.add(Group(HATCH_GID, tuple(hatches)))
    c.add(line(c.left, ys(0.0), c.right, ys(0.0), TEXT_COLOR, 0.8))
    _draw_x_labels(c, labels, [xs(i) for i in range(len(spec.bars))], label_top)


def _label_scale(c: Canvas, slot_fraction: float, texts: list[str]) -> float:
    """Type scale (at most 0.85 of the body size) at which the widest value label fits
    its bar."""
    slot_pt = c.picture.width * 0.92 * slot_fraction
    widest = max(max(c.font.width(t, c.size) for t in texts), 1e-6)
    return max(0.55, min(0.85, slot_pt / widest))


def _legend(c: Canvas, x: float, baseline: float, entries: list[tuple[str, str, str]]) -> None:
    """Legend entries (label, fill, edge) from x to the right on one row."""
    handle_w, handle_h = 1.4 * c.size, 0.7 * c.size
    for label, fill, edge in entries:
        mid = baseline - c.font.cap * c.size / 2
        c.add(rect(x, mid - handle_h / 2, x + handle_w, mid + handle_h / 2, fill=fill, stroke=edge, width=0.9))
        c.text(x + handle_w + 0.8 * c.size, baseline, label)
        x += handle_w + 0.8 * c.size + c.font.width(label, c.size) + 2.0 * c.size


def _legend_width(c: Canvas, labels: list[str]) -> float:
    return sum(2.2 * c.size + c.font.width(label, c.size) for label in labels) + 2.0 * c.size * (len(labels) - 1)


def _draw_trade(c: Canvas, spec: TradeChart, style: ChartStyle) -> None:
    exports_color = style.palette[0]
    words, width, n = style.words, 0.27, len(spec.periods)
    series = (("exports", words.exports, spec.exports, exports_color),
              ("imports", words.imports, spec.imports, _contrasting(style.palette, exports_color)),
              # The balance is a third, white bar: it can be negative and it must read
              # apart from both flows in grey print.
              ("balance", words.balance, spec.balance, "#ffffff"))
    legend_w = _legend_width(c, [label for _, label, _, _ in series])
    _caption_row(c, spec.unit, [(legend_w, "legend")])
    _legend(c, c.right - legend_w, c.caption_baseline,
            [(label, color, exports_color) for _, label, _, color in series])
    labels = [_tick_lines(period_label(Bar(p, 0.0, partial=part), words))
              for p, part in zip(spec.periods, spec.partial_flags)]
    label_top = _x_labels(c, labels)
    xs = _column_axis(c, labels, n)
    ys = Axis(*_value_limits([*spec.exports, *spec.imports, *spec.balance], headroom=0.18), c.bottom, c.top)
    small = c.size * _label_scale(c, width / (n + 0.2), [t for gid, *_ in series for t in spec.shown(gid)])
    hatches: list[Poly] = []
    for offset, (gid, _, values, color) in zip((-width, 0.0, width), series):
        # Hatch lines must show on the dark exports bar too: white on dark fills.
        hatch_color = "#ffffff" if luminance(color) < 0.45 else exports_color
        for i, (value, text, part) in enumerate(zip(values, spec.shown(gid), spec.partial_flags)):
            x0, x1, y0, y1 = xs(i + offset - width / 2), xs(i + offset + width / 2), ys(0.0), ys(value)
            c.add(Group(f"{gid}-{i}", (rect(x0, y0, x1, y1, fill=color, stroke=exports_color, width=0.9),)))
            if part:
                hatches += _hatch(x0, x1, y0, y1, hatch_color)
            _bar_label(c, xs(i + offset), y1, value, text, small, 2.0)
    if hatches:
        c.add(Group(HATCH_GID, tuple(hatches)))
    c.add(line(c.left, ys(0.0), c.right, ys(0.0), TEXT_COLOR, 0.8))
    _draw_x_labels(c, labels, [xs(i) for i in range(n)], label_top)


def _draw_structure(c: Canvas, spec: StructureChart, style: ChartStyle) -> None:
    rows = spec.sorted_shown
    if spec.unit.strip() != "%":
        _caption_row(c, spec.unit)
    labels = [textwrap.wrap(label, 32) or [label] for label, _, _ in rows]
    c.left += max(c.font.width(t, c.size) for lines in labels for t in lines) + TICK_GAP
    widest_value = max(c.font.width(shown, c.size) for _, _, shown in rows) + 4.0
    values = [value for _, value, _ in rows]
    lo, hi = _value_limits(values, headroom=0.3)
    xs = Axis(lo, hi, c.left, c.right)
    if xs(max(values)) + widest_value > c.right and max(values) > lo:  # the largest value's label must fit too
        xs = Axis(lo, hi, c.left, c.left + (c.right - widest_value - c.left) * (hi - lo) / (max(values) - lo))
    band = (c.bottom - c.top) / len(rows)
    for i, ((_, value, shown), lines) in enumerate(zip(rows, labels)):
        mid = c.top + band * (i + 0.5)
        c.add(rect(xs(0.0), mid - 0.31 * band, xs(value), mid + 0.31 * band, fill=style.palette[0]))
        text_mid = c.font.cap * c.size / 2
        pad = 4.0 if value >= 0 else -4.0
        c.text(xs(value) + pad, mid + text_mid, shown, anchor="start" if value >= 0 else "end")
        first = mid + text_mid - (len(lines) - 1) * c.line_height() / 2
        for k, text in enumerate(lines):
            c.text(c.left - TICK_GAP, first + k * c.line_height(), text, anchor="end")
    c.add(line(c.left, c.top, c.left, c.bottom, TEXT_COLOR, 0.8))


def _draw_share(c: Canvas, spec: ShareChart, style: ChartStyle) -> None:
    main = style.palette[0]
    share = spec.share_percent
    _caption_row(c, f"{spec.total_label} = 100{NBSP}%")
    c.bottom -= c.line_height() + 0.3 * c.size
    legend_baseline = c.bottom + 0.3 * c.size + c.font.ascent * c.size
    xs = Axis(0.0, 100.0, c.left, c.right)
    mid = (c.top + c.bottom) / 2
    half = 0.3 * (c.bottom - c.top)
    c.add(Group("share-part", (rect(xs(0), mid - half, xs(share), mid + half, fill=main, stroke=main, width=1.0),)),
          Group("share-rest", (rect(xs(share), mid - half, xs(100), mid + half, fill=REST_COLOR,
                                    stroke=main, width=0.8),)))
    baseline = mid + c.font.cap * c.size / 2
    # The share's figure sits inside its segment when it fits, else just right of it.
    if share >= 12:
        c.text(xs(share / 2), baseline, spec.shown, anchor="middle",
               color="#ffffff" if luminance(main) < 0.5 else TEXT_COLOR)
    else:
        c.text(xs(share + 1), baseline, spec.shown)
    if 100 - share >= 12:
        c.text(xs(share + (100 - share) / 2), baseline, spec.rest_shown, anchor="middle")
    _legend(c, c.left + 0.3 * c.size, legend_baseline,
            [(spec.part_label, main, main), (style.words.rest, REST_COLOR, main)])


def _draw(c: Canvas, spec: ChartSpec, style: ChartStyle) -> None:
    match spec:
        case DynamicsChart():
            _draw_dynamics(c, spec, style)
        case TradeChart():
            _draw_trade(c, spec, style)
        case StructureChart():
            _draw_structure(c, spec, style)
        case ShareChart():
            _draw_share(c, spec, style)
        case _:
            assert_never(spec)


def layout(spec: ChartSpec, style: ChartStyle) -> Picture:
    """The chart laid out at `style`'s size: every bar, line and text in points."""
    if not Path(style.font_path).is_file():
        raise FileNotFoundError(f"chart font not found: {style.font_path}")
    c = _canvas(style)
    _draw(c, spec, style)
    return c.picture


def draw(spec: ChartSpec, style: ChartStyle) -> tuple[bytes, bytes]:
    """SVG bytes (text kept as <text>) and PNG bytes (300 dpi) of the chart, the same
    for the same inputs."""
    picture = layout(spec, style)
    return to_svg(picture), to_png(picture)
