"""Chart spec and style → SVG and PNG bytes drawn with matplotlib's Figure API.

Imported only when a chart must really be drawn (a cache miss), because importing
matplotlib costs more than the rest of a memo build.
"""

from __future__ import annotations

import io
import textwrap
import warnings
from functools import cache
from pathlib import Path
from typing import assert_never

import matplotlib
import matplotlib.style
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.collections import LineCollection
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties

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

PNG_DPI = 300
MM_PER_INCH = 25.4
SVG_HASH_SALT = "memogen-charts"  # fixed ids in the SVG, so equal charts give equal bytes
HATCH_GID = "memogen-partial-hatch"
TEXT_COLOR = "#1a1a1a"
REST_COLOR = "#d9d9d9"
MIN_LUMINANCE_GAP = 0.25  # exports vs imports must stay apart when printed in grey


@cache
def _register_font(path: str) -> str:
    """Register the TTF once per process and return its family name."""
    font_manager.fontManager.addfont(path)
    return FontProperties(fname=path).get_name()


def _font(style: ChartStyle, scale: float = 1.0) -> FontProperties:
    path = str(style.font_path)
    # fname pins the exact file for the PNG (a system font of the same family name must
    # not win); family is what the SVG writes into font-family for svglib to resolve.
    return FontProperties(
        fname=path, family=_register_font(path), size=style.font_size_pt * scale
    )


def luminance(color: str) -> float:
    """Grey level 0..1 that colour prints as (ITU-R BT.601 weights, as Pillow's "L")."""
    r, g, b = to_rgb(color)
    return 0.299 * r + 0.587 * g + 0.114 * b


def _tint(color: str, amount: float) -> str:
    """The colour mixed with white: amount 0 keeps it, 1 gives white."""
    r, g, b = to_rgb(color)
    return to_hex((r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount))


def _contrasting(palette: tuple[str, ...], base: str) -> str:
    """The palette colour that prints furthest from `base` in grey; tinted lighter when
    even that one is too close, so two series never rely on hue alone."""
    candidates = palette[1:] or (base,)
    best = max(candidates, key=lambda c: abs(luminance(c) - luminance(base)))
    amount = 0.0
    while abs(luminance(_tint(best, amount)) - luminance(base)) < MIN_LUMINANCE_GAP and amount < 1:
        amount += 0.1
    return _tint(best, min(amount, 1.0))


def _new_figure(style: ChartStyle) -> Figure:
    fig = Figure(figsize=(style.width_mm / MM_PER_INCH, style.height_mm / MM_PER_INCH))
    fig.set_layout_engine("constrained", w_pad=2 / 72, h_pad=2 / 72)
    return fig


def _plain_axes(ax, *, keep_left: bool = False) -> None:
    """No chart junk: no frame but the baseline, no grid, no value axis (bars carry
    their own value labels)."""
    # The bottom spine goes too: an explicit zero line is the baseline, also for
    # negative values.
    ax.spines[["top", "right", "bottom"]].set_visible(False)
    ax.spines["left"].set_visible(keep_left)
    ax.grid(False)
    ax.tick_params(length=0, colors=TEXT_COLOR)


def _style_ticks(ax, font: FontProperties) -> None:
    for label in (*ax.get_xticklabels(), *ax.get_yticklabels()):
        label.set_fontproperties(font)
        label.set_color(TEXT_COLOR)


def _unit_caption(ax, unit: str, font: FontProperties) -> None:
    ax.set_title(unit, loc="left", fontproperties=font, color=TEXT_COLOR, pad=6)


def _value_limits(values: list[float], headroom: float = 0.16) -> tuple[float, float]:
    top = max(0.0, *values)
    bottom = min(0.0, *values)
    span = (top - bottom) or 1.0
    return (bottom - span * headroom if bottom < 0 else 0.0, top + span * headroom)


def _hatch(ax, fig: Figure, rects: list[tuple[float, float, float, float, str]]) -> None:
    """Diagonal hatching drawn as plain lines inside each (x0, x1, y0, y1, colour)
    rectangle.

    Matplotlib's own hatch becomes an SVG <pattern> fill, which svglib drops (the bar
    would arrive in the PDF without fill or hatch), so the lines are drawn explicitly.
    Call after the layout is frozen: the 45° angle needs the axes' size in inches."""
    if not rects:
        return
    box = ax.get_position()
    fig_w, fig_h = fig.get_size_inches()
    (x_lo, x_hi), (y_lo, y_hi) = ax.get_xlim(), ax.get_ylim()
    kx = box.width * fig_w / (x_hi - x_lo)  # inches per data unit
    ky = box.height * fig_h / (y_hi - y_lo)
    step = 1.8 / MM_PER_INCH * 2**0.5  # 1.8 mm between hatch lines
    segments, colors = [], []
    for x0, x1, y0, y1, color in rects:
        X0, X1, Y0, Y1 = x0 * kx, x1 * kx, min(y0, y1) * ky, max(y0, y1) * ky
        c = Y0 - X1 + step / 2
        while c < Y1 - X0:
            xa, xb = max(X0, Y0 - c), min(X1, Y1 - c)
            if xb > xa:
                segments.append([(xa / kx, (xa + c) / ky), (xb / kx, (xb + c) / ky)])
                colors.append(color)
            c += step
    lines = LineCollection(segments, colors=colors, linewidths=0.9, zorder=3)
    lines.set_gid(HATCH_GID)
    ax.add_collection(lines, autolim=False)


def _freeze_layout(fig: Figure) -> None:
    # Lay out once, then keep those positions: the SVG (72 dpi) and the PNG (300 dpi)
    # must show the same picture, and the hatch angle is computed from them.
    # Measured at the PNG's resolution: hinted raster text runs a little wider than at
    # screen resolution, and laid out at 100 dpi the PNG's longest labels were clipped.
    dpi = fig.dpi
    fig.set_dpi(PNG_DPI)
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    fig.set_dpi(dpi)


def _draw_dynamics(fig: Figure, spec: DynamicsChart, style: ChartStyle) -> None:
    font = _font(style)
    ax = fig.add_subplot()
    _plain_axes(ax)
    main = style.palette[0]
    light = _tint(main, 0.6)
    xs = list(range(len(spec.bars)))
    values = [b.value for b in spec.bars]
    colors = [light if b.partial else main for b in spec.bars]
    bars = ax.bar(xs, values, width=0.6, color=colors, edgecolor=main, linewidth=1.0, zorder=2)
    ax.bar_label(bars, labels=[b.shown for b in spec.bars], padding=3,
                          fontproperties=font, color=TEXT_COLOR)
    ax.set_xticks(xs, ["\n".join(_tick_lines(period_label(b, style.words))) for b in spec.bars])
    _style_ticks(ax, font)
    ax.set_yticks([])
    ax.set_ylim(*_value_limits(values))
    ax.set_xlim(-0.6, len(xs) - 0.4)
    ax.axhline(0, color=TEXT_COLOR, linewidth=0.8, zorder=2)
    _unit_caption(ax, spec.unit, font)
    if spec.growth_note:
        ax.set_title(spec.growth_note, loc="right", fontproperties=font, color=TEXT_COLOR, pad=6)
    _freeze_layout(fig)
    _hatch(ax, fig, [(x - 0.3, x + 0.3, 0.0, b.value, main)
                     for x, b in zip(xs, spec.bars) if b.partial])


def _tick_lines(label: str) -> list[str]:
    # «I полугодие 2025 г. (неполный период)» reads best as two lines under its bar.
    head, sep, tail = label.partition(" (")
    return [head, f"({tail}"] if sep else [label]


def _label_scale(fig: Figure, slot_fraction: float, texts: list[str], style: ChartStyle) -> float:
    """Type scale (at most 0.85 of the body size) at which the widest value label fits
    its bar; Liberation Sans digits are about 0.56 em wide."""
    slot_pt = fig.get_size_inches()[0] * 72 * 0.92 * slot_fraction
    widest = max(len(t) for t in texts) * 0.56 * style.font_size_pt
    return max(0.55, min(0.85, slot_pt / widest))


def _draw_trade(fig: Figure, spec: TradeChart, style: ChartStyle) -> None:
    font = _font(style)
    ax = fig.add_subplot()
    _plain_axes(ax)
    exports_color = style.palette[0]
    imports_color = _contrasting(style.palette, exports_color)
    width = 0.27
    n = len(spec.periods)
    xs = list(range(n))
    words = style.words
    series = (("exports", words.exports, spec.exports, exports_color),
              ("imports", words.imports, spec.imports, imports_color),
              # The balance is a third, white bar: it can be negative and it must read
              # apart from both flows in grey print.
              ("balance", words.balance, spec.balance, "white"))
    texts = [t for gid, _, _, _ in series for t in spec.shown(gid)]
    small = _font(style, _label_scale(fig, width / (n + 0.2), texts, style))
    partial_rects = []
    for offset, (gid, label, values, color) in zip((-width, 0.0, width), series):
        bars = ax.bar([x + offset for x in xs], values, width, color=color,
                      edgecolor=exports_color, linewidth=0.9, label=label, zorder=2)
        for i, patch in enumerate(bars):
            patch.set_gid(f"{gid}-{i}")
        ax.bar_label(bars, labels=spec.shown(gid), padding=2,
                     fontproperties=small, color=TEXT_COLOR)
        # Hatch lines must show on the dark exports bar too: white on dark fills.
        hatch_color = "white" if luminance(color) < 0.45 else exports_color
        partial_rects += [(x + offset - width / 2, x + offset + width / 2, 0.0, v, hatch_color)
                          for x, v, part in zip(xs, values, spec.partial_flags) if part]
    ax.set_xticks(xs, ["\n".join(_tick_lines(period_label(Bar(p, 0.0, partial=part), words)))
                       for p, part in zip(spec.periods, spec.partial_flags)])
    _style_ticks(ax, font)
    ax.set_yticks([])
    ax.set_ylim(*_value_limits([*spec.exports, *spec.imports, *spec.balance], headroom=0.18))
    ax.set_xlim(-0.6, n - 0.4)
    ax.axhline(0, color=TEXT_COLOR, linewidth=0.8, zorder=2)
    _unit_caption(ax, spec.unit, font)
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=3, frameon=False, prop=font,
              borderaxespad=0.2, handlelength=1.4, labelcolor=TEXT_COLOR)
    _freeze_layout(fig)
    _hatch(ax, fig, partial_rects)


def _draw_structure(fig: Figure, spec: StructureChart, style: ChartStyle) -> None:
    font = _font(style)
    ax = fig.add_subplot()
    _plain_axes(ax, keep_left=True)
    items = spec.sorted_items
    percent = spec.unit.strip() == "%"
    ys = list(range(len(items)))
    values = [v for _, v in items]
    bars = ax.barh(ys, values, height=0.62, color=style.palette[0], zorder=2)
    ax.bar_label(bars, labels=[shown for _, _, shown in spec.sorted_shown],
                 padding=4, fontproperties=font, color=TEXT_COLOR)
    ax.set_yticks(ys, ["\n".join(textwrap.wrap(label, 32)) for label, _ in items])
    _style_ticks(ax, font)
    ax.invert_yaxis()  # largest at the top, where reading starts
    ax.set_xticks([])
    lo, hi = _value_limits(values, headroom=0.3)
    ax.set_xlim(lo, hi)
    if not percent:
        _unit_caption(ax, spec.unit, font)
    _freeze_layout(fig)


def _draw_share(fig: Figure, spec: ShareChart, style: ChartStyle) -> None:
    font = _font(style)
    ax = fig.add_subplot()
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    share = spec.share_percent
    main = style.palette[0]
    part = ax.barh([0], [share], height=0.6, color=main, edgecolor=main, zorder=2,
                   label=spec.part_label)
    rest = ax.barh([0], [100 - share], left=[share], height=0.6, color=REST_COLOR,
                   edgecolor=main, linewidth=0.8, zorder=2, label=style.words.rest)
    part.patches[0].set_gid("share-part")
    rest.patches[0].set_gid("share-rest")
    # The share's figure sits inside its segment when it fits, else just right of it.
    inside = share >= 12
    ax.text(share / 2 if inside else share + 1, 0, spec.shown,
            ha="center" if inside else "left", va="center", fontproperties=font,
            color="white" if inside and luminance(main) < 0.5 else TEXT_COLOR, zorder=3)
    if 100 - share >= 12:
        ax.text(share + (100 - share) / 2, 0, spec.rest_shown, ha="center",
                va="center", fontproperties=font, color=TEXT_COLOR, zorder=3)
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.5, 0.5)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(f"{spec.total_label} = 100{NBSP}%", loc="left", fontproperties=font,
                 color=TEXT_COLOR, pad=6)
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, 0.0), ncols=2, frameon=False, prop=font,
              borderaxespad=0.3, labelcolor=TEXT_COLOR)
    _freeze_layout(fig)


def _draw(fig: Figure, spec: ChartSpec, style: ChartStyle) -> None:
    match spec:
        case DynamicsChart():
            _draw_dynamics(fig, spec, style)
        case TradeChart():
            _draw_trade(fig, spec, style)
        case StructureChart():
            _draw_structure(fig, spec, style)
        case ShareChart():
            _draw_share(fig, spec, style)
        case _:
            assert_never(spec)


def draw(spec: ChartSpec, style: ChartStyle) -> tuple[bytes, bytes]:
    """SVG bytes (text kept as <text>) and PNG bytes (300 dpi) of the chart, the same
    for the same inputs."""
    if not Path(style.font_path).is_file():
        raise FileNotFoundError(f"chart font not found: {style.font_path}")
    # The "default" style first, so a user's matplotlibrc cannot change memo charts.
    # A glyph the chart font lacks is reported per facts field (memogen.glyphs), not
    # as matplotlib's warning on stderr.
    with warnings.catch_warnings(), matplotlib.style.context("default"), matplotlib.rc_context({
        "svg.fonttype": "none",  # text stays text: sharp, searchable and copyable in the PDF
        "svg.hashsalt": SVG_HASH_SALT,
        "font.size": style.font_size_pt,
        "text.color": TEXT_COLOR,
        "axes.edgecolor": TEXT_COLOR,
        "hatch.linewidth": 0.9,
    }):
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        # A label too long for the chart (a facts text of thousands of characters) leaves
        # no room for the axes; the chart is still drawn, and matplotlib need not say so.
        warnings.filterwarnings("ignore", message="constrained_layout not applied", category=UserWarning)
        fig = _new_figure(style)
        _draw(fig, spec, style)
        svg = io.BytesIO()
        FigureCanvasSVG(fig)
        fig.savefig(svg, format="svg", metadata={"Date": None})
        png = io.BytesIO()
        FigureCanvasAgg(fig)
        fig.savefig(png, format="png", dpi=PNG_DPI, metadata={"Software": None})
    return svg.getvalue(), png.getvalue()
