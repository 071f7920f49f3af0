"""Facts and figures → the memo's exhibits: rows of its data tables and specs of its charts.

Each table or chart has a name a section template can place with a directive
(```` ```table dynamics ````); `TABLES` and `CHARTS` say which names exist. A builder
returns None when the facts hold no data for it, and the directive then shows nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from memogen import russian
from memogen.charts.spec import Bar, ChartSpec, DynamicsChart, ShareChart, StructureChart, TradeChart
from memogen.compose.typography import typograph
from memogen.document import Cell, Text
from memogen.facts.model import Facts
from memogen.figures import Figures
from memogen.themes.model import Labels

EM_DASH = "\u2014"


@dataclass(frozen=True)
class TableData:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[str, ...]
    widths: tuple[float, ...]

    def cells(self) -> tuple[tuple[tuple[Cell, ...], ...], tuple[tuple[Cell, ...], ...]]:
        header = (tuple(Cell((Text(typograph(h)),), "center") for h in self.header),)
        rows = tuple(
            tuple(Cell((Text(typograph(v)),), a) for v, a in zip(row, self.align, strict=True))  # type: ignore[arg-type]
            for row in self.rows
        )
        return header, rows


def _unit(facts: Facts, indicator: str) -> str:
    """«млн долларов США» for the scale and currency the indicator's figures use."""
    fig = next((f for f in facts.figures if f.indicator == indicator and f.value is not None), None)
    if fig is None:
        return ""
    scale = russian.SCALE_WORDS[fig.scale]
    currency = russian.currency_name(fig.currency, 5, scaled=True)
    return f"{scale} {currency}".strip()


def dynamics_table(facts: Facts, figures: Figures, labels: Labels) -> TableData | None:
    points = figures.turnover.points
    if not points:
        return None
    rows = []
    previous = None
    for p in points:
        fig = facts.figure(p.figure_id) if p.figure_id else None
        if fig is not None and fig.growth is not None:
            growth = russian.number(fig.growth.as_index)
        elif previous is not None and not p.partial and p.period.year == previous.period.year + 1:
            growth = russian.number(p.value / previous.value * 100)
        else:
            growth = EM_DASH
        rows.append((russian.period_label(p.period), russian.number(p.value, group_four=True), growth))
        if not p.partial:
            previous = p
    words = labels.tables.dynamics
    return TableData(
        title=words.title,
        header=tuple(h.format(unit=_unit(facts, "turnover")) for h in words.headers),
        rows=tuple(rows),
        align=("left", "right", "right"),
        widths=(3, 3, 2),
    )


def proposals_table(facts: Facts, figures: Figures, labels: Labels) -> TableData | None:
    if not facts.proposals:
        return None
    rows = tuple(
        (
            str(i),
            p.action,
            p.responsible,
            russian.date(p.deadline.date, "numeric") if p.deadline.date else p.deadline.text or "",
        )
        for i, p in enumerate(facts.proposals, start=1)
    )
    return TableData(
        title=labels.tables.proposals.title,
        header=labels.tables.proposals.headers,
        rows=rows,
        align=("center", "left", "left", "left"),
        widths=(1, 7, 4, 3),
    )


TABLES: dict[str, Callable[[Facts, Figures, Labels], TableData | None]] = {
    "dynamics": dynamics_table,
    "proposals": proposals_table,
}


def dynamics_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    points = figures.turnover.points
    if len(points) < 2:
        return None
    growth = figures.turnover.growth
    years = figures.turnover.whole_years
    note = ""
    if growth is not None:
        # «в 0,8 раза» would read as growth: a fall or a small rise is said in percent.
        change = russian.times(growth.times) if growth.times >= 1.2 else russian.trend(growth.times)
        note = f"{years[0].period.year}{russian.EN_DASH}{years[-1].period.year}: {change}"
    return DynamicsChart(
        title=labels.chart_titles.dynamics,
        unit=_unit(facts, "turnover"),
        bars=tuple(Bar(russian.period_label(p.period), p.value, partial=p.partial) for p in points),
        growth_note=note,
    )


def trade_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    rows = [r for r in figures.trade if r.exports is not None and r.imports is not None]
    if not rows:
        return None
    return TradeChart(
        title=labels.chart_titles.trade,
        unit=_unit(facts, "exports"),
        periods=tuple(russian.period_label(r.period) for r in rows),
        exports=tuple(r.exports for r in rows),  # type: ignore[misc]
        imports=tuple(r.imports for r in rows),  # type: ignore[misc]
        balance=tuple(r.balance for r in rows),  # type: ignore[misc]
        partial=tuple(not r.period.is_whole_year for r in rows),
    )


def structure_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    titles = labels.chart_titles
    flows = ((facts.structure.exports, titles.structure_exports), (facts.structure.imports, titles.structure_imports))
    for flow, title in flows:
        if flow is None:
            continue
        if all(i.share is not None for i in flow.items):
            return StructureChart(title, "%", tuple((i.name, i.share) for i in flow.items))  # type: ignore[misc]
        if all(i.value is not None for i in flow.items):
            unit = f"{russian.SCALE_WORDS[flow.scale]} {russian.currency_name(flow.currency, 5, True)}".strip()
            return StructureChart(title, unit, tuple((i.name, i.value) for i in flow.items))  # type: ignore[misc]
    return None


def share_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    for f in facts.figures:
        if f.share is not None:
            whole = facts.figure(f.share.of)
            part = russian.indicator(f.indicator, f.label)
            return ShareChart(
                title=labels.chart_titles.share.format(
                    part=russian.capfirst(part),
                    whole=russian.indicator(whole.indicator, whole.label, 1),
                    period=russian.period_in(f.period),
                ),
                part_label=part,
                share_percent=f.share.percent,
                total_label=f"{russian.indicator(whole.indicator, whole.label)} "
                f"{russian.period_in(whole.period)}",
            )
    return None


CHARTS: dict[str, Callable[[Facts, Figures, Labels], ChartSpec | None]] = {
    "dynamics": dynamics_chart,
    "trade": trade_chart,
    "structure": structure_chart,
    "share": share_chart,
}


def chart_height_mm(spec: ChartSpec) -> float:
    """A height that suits the chart: one bar needs little room, a list of products
    grows with its length, dynamics and trade take a standard 80 mm."""
    if isinstance(spec, ShareChart):
        return 42.0
    if isinstance(spec, StructureChart):
        return min(150.0, 24.0 + 10.0 * len(spec.items))
    return 80.0
