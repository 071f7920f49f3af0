"""Chart specs (plain data from the facts) → rendered charts: SVG for the PDF, PNG at
300 dpi for the DOCX, and one-sentence alt text with the figures.

Importing this package does not import the drawing code (Pillow's rasteriser); only
drawing a chart that is not in the cache does.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from memogen.charts.alt import alt_text
from memogen.charts.cache import CHART_CODE_VERSION, cache_key, read_entry, write_entry
from memogen.charts.spec import (
    Bar,
    ChartSpec,
    ChartStyle,
    ChartWords,
    DynamicsChart,
    RenderedChart,
    ShareChart,
    StructureChart,
    TradeChart,
    format_percent,
    format_value,
)

__all__ = [
    "CHART_CODE_VERSION",
    "Bar",
    "ChartSpec",
    "ChartStyle",
    "ChartWords",
    "DynamicsChart",
    "RenderedChart",
    "ShareChart",
    "StructureChart",
    "TradeChart",
    "alt_text",
    "cache_key",
    "format_percent",
    "format_value",
    "render_cached",
    "render_chart",
]


def render_chart(spec: ChartSpec, style: ChartStyle) -> RenderedChart:
    """Draw the chart: vector SVG (text kept as text), PNG at 300 dpi, and alt text.

    Raises ValueError when no alt text can be made (a chart without one is a build
    error) and FileNotFoundError when the style's font file is missing."""
    alt = alt_text(spec, style.words)  # before drawing: no picture without its description
    from memogen.charts._draw import draw  # imported only when a chart is drawn

    svg, png = draw(spec, style)
    return RenderedChart(svg=svg, png=png, alt=alt, width_mm=style.width_mm,
                         height_mm=style.height_mm)


def render_cached(spec: ChartSpec, style: ChartStyle, cache_dir: Path | None) -> RenderedChart:
    """The chart from `cache_dir` when the same data, style and library versions drew
    it before (without drawing it), else drawn now and stored there. With no
    cache (None), or one that cannot take the chart, it is just drawn."""
    if cache_dir is None:
        return render_chart(spec, style)
    key = cache_key(spec, style)
    hit = read_entry(cache_dir, key, style)
    if hit is not None:
        return hit
    chart = render_chart(spec, style)
    with contextlib.suppress(OSError):  # a full or read-only cache costs time, not the build
        write_entry(cache_dir, key, chart)
    return chart
