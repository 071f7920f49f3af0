"""Directives → numbered exhibits: a ```` ```table NAME ```` or ```` ```chart NAME ````
block in a section's Markdown becomes a captioned `Table`, or a `Figure` waiting for
its picture.

Placing is pure: a chart is described (spec, style, alt text) but not drawn here; the
pipeline draws every placed chart afterwards (`PlacedChart`, `memogen.pipeline`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from memogen import layout
from memogen.charts import ChartSpec, ChartStyle, alt_text
from memogen.compose.exhibits import CHARTS, TABLES, chart_height_mm
from memogen.document import Block, Counter, Figure, Inline, Table, Text
from memogen.errors import InputError, Location
from memogen.facts.model import Facts
from memogen.figures import Figures
from memogen.themes.model import Theme

NBSP = "\u00a0"


@dataclass(frozen=True)
class PlacedChart:
    """A chart a template placed: what to draw, and who placed it (for errors)."""

    name: str
    template: str
    spec: ChartSpec
    style: ChartStyle


def chart_error(name: str, template: str, source: Path | str, exc: Exception) -> InputError:
    """Bad data (a NaN, a blank title) or a missing chart font: the user's to fix, so
    the message names the chart, the template that placed it and the facts field."""
    return InputError(
        f"chart {name!r} (placed by {template}) cannot be built: {exc}",
        location=Location(source, field=f"charts.{name}"),
        hint=f"fix the figures chart {name!r} is drawn from (or its `charts: {name}:` "
        f"title), or turn it off with `charts: {{{name}: {{show: false}}}}`",
    )


def chart_style(theme: Theme) -> ChartStyle:
    """The charts' look in `theme`: its palette and chart font, at most 11 pt, as wide
    as `layout` says."""
    return ChartStyle(
        palette=theme.palette,
        font_path=theme.fonts.chart,
        font_size_pt=min(theme.sizes.table, 11),
        width_mm=layout.chart_width_mm(theme),
        words=theme.labels.chart_words,
    )


@dataclass
class Placer:
    """`resolve(kind, name)` for `markdown.parse`: numbers tables and figures in the
    order the templates place them. `template` names the section being parsed."""

    facts: Facts
    figures: Figures
    theme: Theme
    source: Path | str
    template: str = ""
    tables: int = 0
    charts: list[PlacedChart] = field(default_factory=list)

    def __call__(self, kind: str, name: str) -> list[Block]:
        builders = TABLES if kind == "table" else CHARTS
        if name not in builders:
            raise InputError(
                f"unknown {kind} {name!r}",
                location=Location(self.template),
                hint=f"choose one of: {', '.join(builders)}",
            )
        if not self.theme.exhibits:
            return []  # a kind that shows none (talking points)
        return self._table(name) if kind == "table" else self._chart(name)

    def _table(self, name: str) -> list[Block]:
        data = TABLES[name](self.facts, self.figures, self.theme.labels)
        if data is None:
            return []
        self.tables += 1
        labels = self.theme.labels
        header, rows = data.cells()
        caption = _caption(labels.table, self.tables, data.title)
        continuation = f"{labels.continuation}{NBSP}{self.tables}"
        table = Table(caption=caption, continuation=continuation, header=header, rows=rows, widths=data.widths)
        return [table]

    def _chart(self, name: str) -> list[Block]:
        option = self.facts.charts.get(name)  # type: ignore[call-overload]
        if option is not None and not option.show:
            return []
        try:
            spec = CHARTS[name](self.facts, self.figures, self.theme.labels)
            if spec is None:
                return []
            if option is not None and option.title is not None:
                spec = type(spec)(**{**spec.__dict__, "title": option.title})
            style = replace(chart_style(self.theme), height_mm=chart_height_mm(spec))
            alt = alt_text(spec, style.words)  # no picture without its description
            if not alt.strip():
                raise ValueError("the chart has no alt text")
        except ValueError as exc:
            raise chart_error(name, self.template, self.source, exc) from exc
        self.charts.append(PlacedChart(name, self.template, spec, style))
        caption = _caption(self.theme.labels.figure, len(self.charts), spec.title)
        return [Figure(caption, alt, style.width_mm, style.height_mm)]


def _caption(label: str, number: int, title: str) -> tuple[Inline, ...]:
    """«Таблица 1 — Динамика товарооборота», the number a live counter (a SEQ field in
    the DOCX, so Word renumbers tables and figures that move)."""
    return (Text(f"{label}{NBSP}"), Counter(label, number), Text(f" — {title}"))
