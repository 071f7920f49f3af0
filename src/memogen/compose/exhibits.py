"""Facts and figures → the memo's exhibits: rows of its data tables and specs of its charts.

Each table or chart has a name a section template can place with a directive
(```` ```table dynamics ````); `TABLES` and `CHARTS` say which names exist. A builder
returns None when the facts hold no data for it, and the directive then shows nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from memogen import russian
from memogen.charts.spec import (
    Bar,
    ChartSpec,
    DynamicsChart,
    ShareChart,
    StructureChart,
    TradeChart,
    format_value,
)
from memogen.compose.typography import typeset, typograph
from memogen.document import Cell, Text
from memogen.facts.model import Facts, FigureFact, Proposal
from memogen.facts.periods import Period
from memogen.figures import Figures, Point, TradeRow, consecutive_index, index_of_change, year_on_year
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
            tuple(Cell(tuple(typeset(v)), a) for v, a in zip(row, self.align, strict=True))  # type: ignore[arg-type]
            for row in self.rows
        )
        return header, rows


def _unit_of(key: tuple[str, str]) -> str:
    """(currency or counted unit, scale) → «млн долларов США», «тыс. тонн»."""
    what, scale = key
    is_currency = len(what) == 3 and what.isupper()
    return russian.unit_words(what, scale) if is_currency else russian.unit_words("", scale, what)


def stated_text(p: Point, *, group_four: bool = True) -> str:
    """A stated value for a table cell or chart label: its own digits and its hedge."""
    number = russian.stated(p.stated, group_four=group_four) if p.stated is not None else format_value(p.value)
    return russian.hedged(number, p.qualifier)


def _stated_growth(fig: FigureFact) -> str:
    """A stated growth in the dynamics table's «Темп роста, %» column: an index as
    stated («100,9»), a change as the index it exactly is («на 52 %» → «152», with its
    hedge: «почти 120»), a multiple or words as said («в 1,5 раза», «вдвое»); growth
    against an earlier year or over a span is no year-on-year rate: «—» (the sentence
    says it)."""
    g = fig.growth
    assert g is not None
    if not year_on_year(fig) or g.upper is not None or not g.rated:
        return EM_DASH  # an absolute change alone is no rate either
    if g.index is not None:
        text = russian.stated(g.index)
    elif (index := index_of_change(fig)) is not None:
        text = russian.stated(index)
    else:
        text = g.words or russian.times(g.times)  # type: ignore[arg-type]
        text = f"снижение {text}" if g.fall else text
    return russian.hedged(text, g.qualifier)


def point_label(p: Point) -> str:
    """A period as a row or bar label; a value still to come says what it is:
    «2018 (прогноз)», «2030 (цель)», «2025 (ожидается)»."""
    label = russian.period_label(p.period)
    tag = russian.STATUS_TAGS.get(p.status)
    return f"{label} ({tag})" if tag else label


def _main_group(points: tuple[Point, ...]) -> tuple[tuple[str, str], tuple[Point, ...]]:
    """The unit most points share (the latest on a tie): a chart axis shows one unit."""
    groups: dict[tuple[str, str], list[Point]] = {}
    for p in points:
        groups.setdefault(p.unit_key, []).append(p)
    key = max(groups, key=lambda k: (len(groups[k]), max(p.period for p in groups[k])))
    return key, tuple(groups[key])


def dynamics_table(facts: Facts, figures: Figures, labels: Labels) -> TableData | None:
    """Turnover by period: one value column per currency and scale (never mixed; a
    period given in two currencies is one row with both), and the growth as stated,
    else the computed year-on-year index («—» for a row of two currencies: whose
    growth it is would be unclear)."""
    points = figures.turnover.points
    if not points:
        return None
    keys = list(dict.fromkeys(p.unit_key for p in points))
    rows: dict[tuple[Period, str], list[Point]] = {}
    for p in points:
        rows.setdefault((p.period, p.status), []).append(p)
    computed = consecutive_index(points)
    words = labels.tables.dynamics
    period, value, growth_header = words.headers
    return TableData(
        title=words.title,
        header=(period, *(value.format(unit=_unit_of(k)) for k in keys), growth_header),
        rows=tuple(_dynamics_row(facts, row, keys, computed) for row in rows.values()),
        align=("left", *("right" for _ in keys), "right"),
        widths=(3, *(3 for _ in keys), 2),
    )


def _dynamics_row(facts: Facts, row: list[Point], keys: list[tuple[str, str]], computed: dict) -> tuple[str, ...]:
    values = tuple(next((stated_text(p) for p in row if p.unit_key == k), EM_DASH) for k in keys)
    growth = EM_DASH
    if len(row) == 1:
        p = row[0]
        fig = facts.figure(p.figure_id) if p.figure_id else None
        if fig is not None and fig.growth is not None:
            growth = _stated_growth(fig)
        elif (p.period, p.unit_key) in computed:
            growth = russian.number(computed[(p.period, p.unit_key)])
    return (point_label(row[0]), *values, growth)


def _deadline(p: Proposal) -> str:
    if p.deadline is None:
        return EM_DASH
    return russian.date(p.deadline.date, "numeric") if p.deadline.date else p.deadline.text or EM_DASH


def proposals_table(facts: Facts, figures: Figures, labels: Labels) -> TableData | None:
    """Proposals with who and by when; a column no proposal fills (releases rarely name
    a responsible body or a deadline) is left out, a gap in one row is «—»."""
    if not facts.proposals:
        return None
    who = any(p.responsible for p in facts.proposals)
    when = any(p.deadline for p in facts.proposals)
    rows = tuple(
        (str(i), p.action, *((p.responsible or EM_DASH,) if who else ()), *((_deadline(p),) if when else ()))
        for i, p in enumerate(facts.proposals, start=1)
    )
    words = labels.tables.proposals
    number, action, responsible, deadline = words.headers
    extra = [(h, w) for h, w, on in ((responsible, 4, who), (deadline, 3, when)) if on]
    return TableData(
        title=words.title,
        header=(number, action, *(h for h, _ in extra)),
        rows=rows,
        align=("center", "left", *("left" for _ in extra)),
        widths=(1, 7, *(w for _, w in extra)),
    )


TABLES: dict[str, Callable[[Facts, Figures, Labels], TableData | None]] = {
    "dynamics": dynamics_table,
    "proposals": proposals_table,
}


def dynamics_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    """Turnover bars in one unit (the one most periods use), each labelled as stated."""
    if len(figures.turnover.points) < 2:
        return None
    key, points = _main_group(figures.turnover.points)
    if len(points) < 2:
        return None
    growth = figures.turnover.growth
    years = figures.turnover.whole_years
    note = ""
    stated = years and years[-1].figure_id and facts.figure(years[-1].figure_id).growth is not None
    if growth is not None and years[-1].unit_key == key and not stated:  # a stated growth wins
        # «в 0,8 раза» would read as growth: a fall or a small rise is said in percent.
        change = russian.times(growth.times) if growth.times >= 1.2 else russian.trend(growth.times, years[0].period)
        note = f"{years[0].period.year}{russian.EN_DASH}{years[-1].period.year}: {change}"
    return DynamicsChart(
        title=labels.chart_titles.dynamics,
        unit=_unit_of(key),
        bars=tuple(Bar(point_label(p), p.value, partial=p.partial, text=stated_text(p))
                   for p in points),
        growth_note=note,
    )


def _flow_text(row: TradeRow, name: str) -> str:
    fig = row.figures.get(name)
    if fig is not None:
        return stated_text(Point.of(fig))
    value = getattr(row, name)
    return russian.hedged(format_value(value), "около" if name == "balance" and row.balance_hedged else None)


def trade_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    """Exports, imports and balance of the periods that state both flows in one unit."""
    rows = [r for r in figures.trade if r.exports is not None and r.imports is not None
            and r.balance is not None
            and r.figures["exports"].amount_unit == r.figures["imports"].amount_unit]
    if not rows:
        return None
    units = [r.figures["exports"].amount_unit for r in rows]
    key = max(set(units), key=units.count)
    rows = [r for r, u in zip(rows, units) if u == key]
    return TradeChart(
        title=labels.chart_titles.trade,
        unit=_unit_of(key),
        periods=tuple(russian.period_label(r.period) for r in rows),
        exports=tuple(r.exports for r in rows),  # type: ignore[misc]
        imports=tuple(r.imports for r in rows),  # type: ignore[misc]
        balance=tuple(r.balance for r in rows),  # type: ignore[misc]
        partial=tuple(not r.period.is_whole_year for r in rows),
        texts=tuple((_flow_text(r, "exports"), _flow_text(r, "imports"), _flow_text(r, "balance"))
                    for r in rows),
    )


def structure_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    titles = labels.chart_titles
    flows = ((facts.structure.exports, titles.structure_exports), (facts.structure.imports, titles.structure_imports))
    for flow, title in flows:
        if flow is None:
            continue
        if all(i.share is not None for i in flow.items):
            texts = tuple(russian.hedged(russian.percent(i.share), i.qualifier) for i in flow.items)  # type: ignore[arg-type]
            return StructureChart(title, "%", tuple((i.name, i.share) for i in flow.items), texts)  # type: ignore[misc]
        if all(i.value is not None for i in flow.items):
            unit = _unit_of((flow.currency, flow.scale))
            texts = tuple(russian.hedged(russian.stated(i.value), i.qualifier) for i in flow.items)  # type: ignore[arg-type]
            return StructureChart(title, unit, tuple((i.name, i.value) for i in flow.items), texts)  # type: ignore[misc]
    return None


def share_chart(facts: Facts, figures: Figures, labels: Labels) -> ChartSpec | None:
    """The first figure with a share: its part of a figure of the file, or of a total
    the source names in words (Belarus's share of the partner's own trade). A Belarusian
    region's own figure (`holder`) is that region's part; a trade with a third state or in
    services has no part the chart could name honestly, and is not drawn."""
    for f in facts.figures:
        if f.share is None or f.counterparty is not None or f.trade != "goods":
            continue
        if f.share.of is not None:
            whole_fig = facts.figure(f.share.of)
            whole = russian.indicator(whole_fig.indicator, whole_fig.label, 1)
            when = russian.period_in(whole_fig.period) if whole_fig.period else ""
            total = f"{russian.indicator(whole_fig.indicator, whole_fig.label)} {when}".strip()
            part = russian.indicator(f.indicator, f.label)
        else:
            whole = f.share.whole or ""
            total = f"общий объем {whole}"
            part = f.label or facts.parties.ours.name  # our trade's share of the partner's total
        if f.holder is not None:
            part = f.holder.name if not f.label else f"{f.label} ({f.holder.name})"
        return ShareChart(
            title=labels.chart_titles.share.format(part=russian.capfirst(part), whole=whole,
                                                   period=russian.period_in(f.period) if f.period else "").strip(),
            part_label=part,
            share_percent=float(f.share.percent),
            share_text=(russian.share_in_words(f.share.words, f.share.qualifier, "nomn") if f.share.words
                        else russian.hedged(russian.percent(f.share.percent), f.share.qualifier)),
            rest_text=russian.rest_of_share(f.share.percent, f.share.qualifier, f.share.words),
            total_label=total,
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
