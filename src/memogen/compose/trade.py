"""Facts and figures → the rows the trade section prints, each already carrying its
figures and verbs, so `trade.md.j2` only arranges words (no filtering in templates).

Verbs follow each figure's status and where its period stands on the memo's date
(«составил» for a closed period, «составляет» while it runs, «прогнозируется на
уровне» for a forecast); a rank names who holds the place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from memogen import russian
from memogen.compose.environment import field_line
from memogen.errors import InputError, Location
from memogen.facts.model import Facts, FigureFact, Party
from memogen.facts.periods import Period
from memogen.figures import Figures, Point, TradeRow
from memogen.indicators import AMOUNTS, DEALS, FLOWS, INDICATORS, LABELLED
from memogen.morphology import UnknownGender


@dataclass(frozen=True)
class TurnoverLine:
    """One turnover sentence: the figure, its verb, whether it names the parties, and
    for the last whole year the first one with the computed trend between them."""

    fig: FigureFact
    verb: str
    names_parties: bool = False
    base: FigureFact | None = None
    trend: float | None = None
    approximate: bool = False  # the trend is computed from a hedged amount


@dataclass(frozen=True)
class FlowRow:
    """One period's exports, imports and balance, stated or computed."""

    period: Period
    exports: FigureFact | None
    imports: FigureFact | None
    balance: FigureFact | None
    computed_balance: float | None
    balance_hedged: bool
    currency: str
    scale: str
    verb: str  # for the first figure of the sentence
    balance_verb: str  # «составило» when the balance stands alone
    favour: Party | None = None  # «в пользу Республики Беларусь»: a balance stated only by its sign


@dataclass(frozen=True)
class RankLine:
    """«По итогам 2024 года Республика Беларусь заняла 5-е место среди …»."""

    fig: FigureFact
    period: Period | None
    text: str
    lead: str = ""  # «По итогам 2024 года» for a closed period, «В 2025 году» while it runs

    @property
    def remark(self) -> str | None:
        """The figure's remark, when the rank is all the memo says of the figure."""
        f = self.fig
        return f.remark if f.value is None and f.growth is None and f.share is None else None


@dataclass(frozen=True)
class DealLine:
    """«В июле 2024 г. в рамках визита … объем подписанных контрактов составил 87 млн
    долларов США.»: the lead (period, then the event), the subject and its verb."""

    fig: FigureFact
    lead: str
    subject: str
    verb: str


_SIGNED = ("actual", "preliminary", "estimate")  # contracts already signed


def _deal(fig: FigureFact, on: dt.date) -> DealLine:
    """Contracts as whose they are: the parties' («объем подписанных контрактов») or every
    participant's of an event («общий объем сделок всех участников»), the event they were
    signed during first; investment by its own name. A `label` continues the name."""
    lead = russian.period_when(fig.period) if fig.period is not None else ""
    if fig.during:
        lead = f"{lead} в{russian.NBSP}рамках {fig.during}".strip()
    signed = fig.indicator == "contracts" and fig.status in _SIGNED
    if fig.indicator == "contracts" and fig.signed_by == "all":
        subject = "общий объем сделок всех участников"
    elif signed:
        subject = "объем подписанных контрактов"
    else:
        subject = russian.indicator(fig.indicator)
    if fig.label:
        subject = f"{subject} {fig.label}"
    # contracts signed in a month still running are signed all the same: «составил»
    started = fig.period is not None and when(fig.period, on) == "present"
    verb = russian.verb(fig.status, "past") if signed and started else figure_verb(fig, on)
    return DealLine(fig, lead, subject, verb)


@dataclass(frozen=True)
class TradeView:
    turnover: tuple[TurnoverLine, ...]
    growth_only: tuple[tuple[FigureFact, str], ...]  # (figure, tense) for growth without amount
    flows: tuple[FlowRow, ...]
    ranks: tuple[RankLine, ...]
    products: tuple[FigureFact, ...]
    shares: tuple[tuple[FigureFact, str], ...]  # (figure, verb): a flow known only as a share
    apart: tuple[tuple[FigureFact, str], ...]  # (figure, verb): an amount with no period, or a range
    third: tuple[tuple[FigureFact, str], ...]  # (figure, verb): a trade with a third country, or in services
    third_growth: tuple[tuple[FigureFact, str], ...]  # (figure, tense): one of those known by its growth alone
    third_signs: tuple[tuple[FigureFact, str], ...]  # (figure, «сложилось»): a balance of those known by its sign
    deals: tuple[DealLine, ...]  # the value of contracts signed, investment: never trade
    signs: tuple[SignLine, ...]  # a balance stated only by its sign, in a period with no trade row
    structure_verbs: dict[str, str]  # «составляют» / «составили», «поставляются» / «поставлялись»


def _structure_verbs(facts: Facts) -> dict[str, str]:
    on = today(facts)
    out = {}
    for name, now, then in (("exports", "составляют", "составили"), ("imports", "поставляются", "поставлялись")):
        flow = getattr(facts.structure, name)
        past = flow is not None and flow.period is not None and russian.tense(flow.period, on) == "past"
        out[name] = then if past else now
    return out


def today(facts: Facts) -> dt.date:
    """The date the memo speaks from: `as_of`, else the memo's date."""
    return facts.memo.as_of or facts.memo.date


def figure_verb(fig: FigureFact, on: dt.date) -> str:
    gender = INDICATORS[fig.indicator].gender
    return russian.verb(fig.status, when(fig.period, on), gender, fig.upper is not None)


def when(period: Period | None, on: dt.date) -> str:
    """Where a period stands on the memo's date; a figure with no period speaks of now."""
    return russian.tense(period, on) if period is not None else "present"


def _turnover(facts: Facts, figures: Figures) -> tuple[TurnoverLine, ...]:
    """The last measured whole year (with the first as its base), then each part-year
    and each expected, forecast or target figure in a sentence of its own. A stated
    growth wins: the first year and the computed trend against it are printed only
    when the last year states no growth of its own."""
    on = today(facts)
    series = figures.turnover
    years = series.whole_years
    lines = []
    if years:
        last = facts.figure(years[-1].figure_id)  # type: ignore[arg-type]
        growth = series.growth if last.growth is None else None
        first = facts.figure(years[0].figure_id) if growth else None  # type: ignore[arg-type]
        approximate = bool(growth and (years[0].qualifier or years[-1].qualifier))
        lines.append(TurnoverLine(last, figure_verb(last, on), True, first,
                                  growth.times if growth else None, approximate))
    # A middle year is in the table; with a remark it gets a sentence, so the remark is said.
    rest = [p for p in series.points if p.partial or p.planned or (p in years[:-1] and _remark(facts, p))]
    for n, p in enumerate(rest):
        fig = facts.figure(p.figure_id)  # type: ignore[arg-type]
        lines.append(TurnoverLine(fig, figure_verb(fig, on), not years and n == 0))
    return tuple(lines)


def _remark(facts: Facts, p: Point) -> bool:
    return p.figure_id is not None and facts.figure(p.figure_id).remark is not None


@dataclass(frozen=True)
class SignLine:
    """«За январь–сентябрь 2022 г. сальдо торговли сложилось в пользу Республики
    Беларусь.»: a balance stated only by its sign, in a period with no trade row."""

    fig: FigureFact
    verb: str
    favour: Party


def _favour(facts: Facts, fig: FigureFact) -> Party:
    """In whose favour a balance of ours with the partner is: ours when positive."""
    return facts.parties.ours if fig.sign == "positive" else facts.parties.partner


def _signs(facts: Facts, figures: Figures) -> tuple[dict[Period, Party], tuple[SignLine, ...]]:
    """Each balance stated only by its sign: the words joining its period's trade row,
    or a sentence of its own when the period has none."""
    on = today(facts)
    periods = {row.period for row in figures.trade}
    joined: dict[Period, Party] = {}
    alone = []
    for f in facts.figures:
        if f.sign is None or f.value is not None or f.kept_apart:
            continue
        if f.period in periods:
            joined.setdefault(f.period, _favour(facts, f))
        else:
            alone.append(SignLine(f, _sign_verb(f, on), _favour(facts, f)))
    return joined, tuple(alone)


def _sign_verb(f: FigureFact, on: dt.date) -> str:
    """«сальдо сложилось» for a period over, «складывается» while it runs or unstated."""
    return "сложилось" if f.period is not None and when(f.period, on) == "past" else "складывается"


def _apart(facts: Facts, on: dt.date) -> dict[str, tuple[tuple[FigureFact, str], ...]]:
    """A trade with a third country or in services, each figure in the sentence its content
    allows: an amount or a share (`third`), a growth alone in the words of our growth-only
    figures (`third_growth`), a balance known only by its sign (`third_signs`)."""
    apart = [f for f in facts.figures if f.kept_apart and f.indicator in AMOUNTS]
    sign_only = [f for f in apart if f.value is None and f.share is None and f.growth is None and f.sign]
    growth_only = [f for f in apart if f.value is None and f.share is None and f.growth is not None]
    return {
        "third": tuple((f, figure_verb(f, on)) for f in apart if f not in sign_only and f not in growth_only),
        "third_growth": tuple((f, when(f.period, on)) for f in growth_only),
        "third_signs": tuple((f, _sign_verb(f, on)) for f in sign_only),
    }


def _flow(row: TradeRow, on: dt.date, favour: Party | None = None) -> FlowRow:
    figs = row.figures
    first = next((figs[k] for k in ("exports", "imports", "balance") if k in figs), None)
    balance_fig = figs.get("balance")
    balance_status = balance_fig.status if balance_fig else (first.status if first else "actual")
    return FlowRow(
        period=row.period,
        exports=figs.get("exports"),
        imports=figs.get("imports"),
        balance=balance_fig,
        computed_balance=row.balance if row.balance_computed else None,
        balance_hedged=row.balance_hedged,
        currency=row.currency,
        scale=row.scale,
        verb=figure_verb(first, on) if first else "",
        balance_verb=russian.verb(balance_status, russian.tense(row.period, on), "neut"),
        favour=favour,
    )


def _holder(facts: Facts, fig: FigureFact, holder: str | None) -> str:
    if holder is None and fig.label:
        return fig.label  # a product group holds its own place among product groups
    if holder in (None, "partner"):
        return facts.parties.partner.name
    if holder == "ours":
        return facts.parties.ours.name
    return holder


def _gender_error(facts: Facts, n: int, unknown: UnknownGender, source: Path | str) -> InputError:
    """The rank's verb agrees with its holder, whose head is an abbreviation memogen does
    not know: the facts file is asked for the holder's full name, at the line naming it."""
    rank = facts.figures[n].rank
    holder = rank.holder if rank is not None else None
    field: tuple[str | int, ...] = ("figures", n, "rank", "holder")
    if holder in ("partner", "ours") or (holder is None and not facts.figures[n].label):
        field = ("parties", holder or "partner", "name")
    elif holder is None:
        field = ("figures", n, "label")
    dotted = ".".join(str(p) for p in field)
    return InputError(
        f"cannot tell whether «{unknown.word}» is masculine, feminine, neuter or plural, and the "
        f"rank's verb must agree with it («занял», «заняла», «заняло», «заняли»)",
        location=Location(source, field_line(source, field), field=dotted),
        hint=f"write the name in full under {dotted} («Евразийский экономический союз», not «ЕАЭС»)",
    )


def _ranks(facts: Facts, source: Path | str = "facts") -> tuple[RankLine, ...]:
    on = today(facts)
    out = []
    for n, f in enumerate(facts.figures):
        if f.rank is None:
            continue
        period = f.rank.period or f.period
        measure = f.rank.measure
        if measure is None and f.indicator not in LABELLED:
            measure = f"по объему {russian.indicator(f.indicator, case=1)}"
        tense = when(period, on)
        try:
            text = russian.ranked(f.rank.position, f.rank.among, _holder(facts, f, f.rank.holder), measure, tense,
                                  f.status, f.rank.top, f.rank.words)
        except UnknownGender as unknown:
            raise _gender_error(facts, n, unknown, source) from None
        lead = ""
        if period is not None:
            lead = (f"По итогам {russian.period_of(period)}" if tense == "past" and not period.open_end
                    else russian.capfirst(russian.period_in(period)))
        out.append(RankLine(f, period, text, lead))
    return tuple(out)


def trade_view(facts: Facts, figures: Figures, source: Path | str = "facts") -> TradeView:
    """Everything the trade section says, row by row (`source`, the facts file, is named in
    an error the facts must fix)."""
    on = today(facts)
    ours = [f for f in facts.figures if not f.kept_apart]
    favours, signs = _signs(facts, figures)
    growth_only = tuple(
        (f, when(f.period, on)) for f in ours
        if f.indicator in ("turnover", *FLOWS) and f.value is None and f.growth is not None
    )
    return TradeView(
        turnover=_turnover(facts, figures),
        growth_only=growth_only,
        flows=tuple(_flow(r, on, favours.get(r.period)) for r in figures.trade),
        signs=signs,
        ranks=_ranks(facts, source),
        apart=tuple((f, figure_verb(f, on)) for f in ours
                    if f.indicator in AMOUNTS and f.value is not None and (f.period is None or f.ranged
                                                                            or f.period.spans_years)),
        shares=tuple((f, figure_verb(f, on)) for f in ours
                     if f.indicator in AMOUNTS and f.value is None and f.share is not None),
        **_apart(facts, on),
        deals=tuple(_deal(f, on) for f in facts.figures
                    if f.indicator in DEALS and (f.value is not None or f.share or f.growth)),
        products=tuple(f for f in facts.figures
                       if f.indicator in LABELLED and (f.value is not None or f.share or f.growth)),
        structure_verbs=_structure_verbs(facts),
    )
