"""Derived figures: validated `Facts` → `Figures`, the numbers the memo computes itself.

Pure arithmetic, no I/O and no formatting: growth between periods, bases implied by a
year-on-year index, shares, balances, average annual growth, and the record of every
computed figure (`Computed`: what, how) that `validate --explain` lists. Stated figures
keep their own digits (`Point.stated`); arithmetic runs on floats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from memogen.facts.model import SCALE_FACTORS, Facts, FigureFact
from memogen.facts.periods import Period
from memogen.indicators import TRADE

# Statuses that say what is to come, not what was measured: never compared with a
# measured figure, never part of a computed trend or index.
PLANNED = ("expected", "forecast", "target")

def amount(value: float | Decimal, scale: str) -> float:
    """A value in plain units: 10 200 thousand and 10,2 million are the same amount."""
    return float(value) * SCALE_FACTORS[scale]


@dataclass(frozen=True)
class Change:
    """How a later value compares with an earlier one."""

    index: float  # темп роста, %: 202.4
    change: float  # прирост, %: 102.4
    times: float  # «в 2,0 раза»: 2.024

    @classmethod
    def between(cls, before: float, after: float) -> Change:
        ratio = after / before
        return cls(index=ratio * 100, change=(ratio - 1) * 100, times=ratio)


@dataclass(frozen=True)
class Point:
    """One value of an indicator over a period; `implied` when computed, not stated.
    `stated` is the value with the digits the source gave, `qualifier` its hedge."""

    period: Period
    value: float
    figure_id: str | None = None
    implied: bool = False
    currency: str = "USD"
    scale: str = "million"
    stated: Decimal | None = None
    qualifier: str | None = None
    unit: str | None = None
    status: str = "actual"

    @property
    def planned(self) -> bool:
        """An expected, forecast or target value: not a measurement."""
        return self.status in PLANNED

    @property
    def partial(self) -> bool:
        return not self.period.is_whole_year

    @property
    def amount(self) -> float:
        return amount(self.value, self.scale)

    @property
    def unit_key(self) -> tuple[str, str]:
        return (self.unit or self.currency, self.scale)

    @classmethod
    def of(cls, fig: FigureFact) -> Point:
        assert fig.value is not None and fig.period is not None
        return cls(fig.period, float(fig.value), fig.id, currency=fig.currency, scale=fig.scale,
                   stated=fig.value, qualifier=fig.qualifier, unit=fig.unit, status=fig.status)


@dataclass(frozen=True)
class Series:
    """An indicator over the periods the facts give, in time order; a period stated
    twice keeps its first figure (the checks name both)."""

    indicator: str
    points: tuple[Point, ...]

    @property
    def whole_years(self) -> tuple[Point, ...]:
        """Whole years measured (actual, preliminary or estimated), not planned."""
        return tuple(p for p in self.points if not p.partial and not p.planned)

    def ends(self) -> tuple[Point, Point] | None:
        """First and last measured whole year, when they are two different years in one
        unit (a forecast or target is never one of them)."""
        years = self.whole_years
        # One currency (or counted unit): scales convert exactly, currencies never do.
        if len(years) < 2 or years[0].value <= 0 or years[0].unit_key[0] != years[-1].unit_key[0]:
            return None
        if years[0].period == years[-1].period:
            return None  # never a comparison of a year with itself
        return years[0], years[-1]

    @property
    def growth(self) -> Change | None:
        """From the first to the last whole year, when there are two and at least one
        is exact (two hedged amounts, «более 1 млрд» and «более 1 млрд», say nothing of
        how one compares with the other)."""
        ends = self.ends()
        if ends is None or (ends[0].qualifier and ends[1].qualifier):
            return None
        return Change.between(ends[0].amount, ends[1].amount)

    @property
    def average_annual_growth(self) -> float | None:
        """Average annual growth rate in % (compound), first to last whole year."""
        ends = self.ends()
        if ends is None or self.growth is None:
            return None
        span = ends[1].period.year - ends[0].period.year
        return ((ends[1].amount / ends[0].amount) ** (1 / span) - 1) * 100

    def groups(self) -> dict[tuple[str, str], tuple[Point, ...]]:
        """Points by (currency or unit, scale): one table column or chart axis each."""
        out: dict[tuple[str, str], list[Point]] = {}
        for p in self.points:
            out.setdefault(p.unit_key, []).append(p)
        return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class Mismatch:
    """A stated figure that disagrees with what the facts let us compute, or with its
    quote; `check` names the check (docs/facts.md lists them)."""

    figure_id: str
    message: str
    check: str = ""


@dataclass(frozen=True)
class Computed:
    """A figure the memo computes rather than states: what it is, its value, and how
    («678,1 / 335»); printed with `digits` decimals (MEMO-STYLE: one)."""

    what: str
    value: float
    how: str
    digits: int = 1


@dataclass(frozen=True)
class TradeRow:
    """One period's trade: the stated figures, and the balance (stated or computed)."""

    period: Period
    exports: float | None
    imports: float | None
    balance: float | None
    currency: str = "USD"
    scale: str = "million"
    figures: dict[str, FigureFact] = field(default_factory=dict, compare=False)

    @property
    def balance_computed(self) -> bool:
        return "balance" not in self.figures and self.balance is not None

    @property
    def balance_hedged(self) -> bool:
        """A balance computed from hedged amounts is itself approximate."""
        return self.balance_computed and any(
            self.figures[k].qualifier for k in ("exports", "imports") if k in self.figures
        )


@dataclass(frozen=True)
class Figures:
    turnover: Series
    trade: tuple[TradeRow, ...]
    shares: dict[str, float]  # figure id → computed share of its `of`, %
    implied_bases: dict[str, Point]  # figure id → the base its growth implies
    warnings: tuple[Mismatch, ...]
    computed: tuple[Computed, ...] = ()


def implied_base(fig: FigureFact) -> Point | None:
    """The value of the period before, implied by a stated growth: 316,4 at 100,9 %
    of the same period last year implies 313,6 then."""
    if fig.value is None or fig.growth is None or fig.growth.versus != "same_period_last_year":
        return None
    if fig.period is None or fig.ranged or fig.growth.upper is not None or fig.growth.years is not None:
        return None
    if not fig.growth.rated:
        return None  # an absolute change alone: the table shows no rate
    return Point(
        fig.period.same_span_year_before(),
        float(fig.value) / (fig.growth.as_index / 100),
        implied=True,
        currency=fig.currency,
        scale=fig.scale,
        unit=fig.unit,
    )


def year_on_year(fig: FigureFact) -> bool:
    """The figure's growth compares with the same months a year before (the dynamics
    table's «Темп роста» column), not with an earlier year or over a span."""
    g = fig.growth
    if g is None or g.years is not None or fig.period is None:
        return False
    if g.versus == "same_period_last_year":
        return True
    if g.versus == "previous_period":
        return fig.period.is_whole_year
    return g.versus == fig.period.same_span_year_before()


def index_of_change(fig: FigureFact) -> Decimal | None:
    """A stated change as an index with the same digits: +52 → 152, −3,1 → 96,9,
    «почти на 20 %» → «почти 120» (exact: the same number, counted from 100). A
    multiple is not converted: «в 1,3 раза» → 130 would claim a precision it lacks."""
    g = fig.growth
    if g is None or g.change is None or g.words:
        return None
    return g.change + 100


def share(part: float, whole: float) -> float:
    return part / whole * 100


def _series(facts: Facts, indicator: str) -> Series:
    """One point per period and currency (a period stated in roubles and in dollars
    keeps both; stated twice in one currency, the first)."""
    points: dict[tuple[Period | None, str, str], Point] = {}
    for f in facts.figures:
        key = (f.period, f.status, f.amount_unit[0])
        if f.indicator == indicator and f.tabular and key not in points:
            points[key] = Point.of(f)
    return Series(indicator, tuple(sorted(points.values(), key=lambda p: p.period)))


def _trade(facts: Facts) -> tuple[TradeRow, ...]:
    by_period: dict[Period, dict[str, FigureFact]] = {}
    for f in facts.figures:
        if f.indicator in TRADE and f.tabular:
            by_period.setdefault(f.period, {}).setdefault(f.indicator, f)  # type: ignore[arg-type]  # tabular: a period
    rows = []
    for period in sorted(by_period):
        figs = by_period[period]
        ex, im = figs.get("exports"), figs.get("imports")
        balance = float(figs["balance"].value) if "balance" in figs else None  # type: ignore[arg-type]
        if balance is None and ex is not None and im is not None and ex.amount_unit == im.amount_unit:
            balance = float(ex.value) - float(im.value)  # type: ignore[arg-type]
        unit = next(iter(figs.values()))
        rows.append(TradeRow(
            period,
            float(ex.value) if ex is not None else None,  # type: ignore[arg-type]
            float(im.value) if im is not None else None,  # type: ignore[arg-type]
            balance, unit.currency, unit.scale, figs,
        ))
    return tuple(rows)


def _shares(facts: Facts) -> dict[str, float]:
    by_id = {f.id: f for f in facts.figures}
    return {
        f.id: share(amount(f.value, f.scale), amount(whole.value, whole.scale))
        for f in facts.figures
        if f.share is not None
        and f.value is not None
        and not f.ranged
        and f.share.of is not None
        and (whole := by_id[f.share.of]).value
        and whole.amount_unit[0] == f.amount_unit[0]
    }


def consecutive_index(points: tuple[Point, ...]) -> dict[tuple[Period, tuple[str, str]], float]:
    """Year-on-year index of each whole year that directly follows another whole year
    of the same unit, both stated exactly, keyed by (period, unit) (the dynamics table
    prints it when no growth is stated; a hedged amount gives no index)."""
    out: dict[tuple[Period, tuple[str, str]], float] = {}
    previous: dict[tuple[str, str], Point] = {}
    for p in points:
        if p.partial or p.planned:
            continue
        before = previous.get(p.unit_key)
        follows = before is not None and p.period.year == before.period.year + 1
        exact = not p.qualifier and before is not None and not before.qualifier  # «более 1» ÷ «более 1» is no 100,0
        if follows and exact and before.value:  # type: ignore[union-attr]
            out[(p.period, p.unit_key)] = p.value / before.value * 100  # type: ignore[union-attr]
        previous[p.unit_key] = p
    return out


def _computed(facts: Facts, turnover: Series, trade: tuple[TradeRow, ...], shares: dict[str, float]) -> list[Computed]:
    out: list[Computed] = []
    ends = turnover.ends() if turnover.growth is not None else None
    if ends is not None:
        first, last = ends
        ratio = last.amount / first.amount
        out.append(Computed(f"turnover growth {first.period}–{last.period}", ratio,
                            f"{last.stated} / {first.stated} ({last.figure_id} / {first.figure_id})"))
        out.append(Computed(f"turnover growth {first.period}–{last.period}, %", abs(ratio - 1) * 100,
                            f"({last.stated} / {first.stated} − 1) × 100"))
    by_id = {f.id: f for f in facts.figures}
    for (period, _), index in consecutive_index(turnover.points).items():
        out.append(Computed(f"turnover index {period}", index, "year on year, dynamics table"))
    out += _indices_of_changes(turnover, by_id)
    for row in trade:
        if row.balance_computed:
            out.append(Computed(f"balance {row.period}", row.balance or 0.0, "exports − imports"))
    for fid, value in shares.items():
        out.append(Computed(f"share of {fid}", value, f"value / value of {by_id[fid].share.of}"))  # type: ignore[union-attr]
        rest = 100 - float(by_id[fid].share.percent)  # type: ignore[union-attr]
        out.append(Computed(f"rest of {fid}'s total", rest, "100 − stated share (share chart)",
                            max(1, _decimals(by_id[fid].share.percent))))  # type: ignore[union-attr]
    return out


def _indices_of_changes(turnover: Series, by_id: dict[str, FigureFact]) -> list[Computed]:
    """The dynamics table prints a stated change as its index: +52 → 152."""
    out = []
    for p in turnover.points:
        fig = by_id.get(p.figure_id or "")
        if fig is not None and year_on_year(fig) and (stated := index_of_change(fig)) is not None:
            out.append(Computed(f"turnover index {p.period}", float(stated),
                                f"100 + stated change {fig.growth.change} (dynamics table)",  # type: ignore[union-attr]
                                _decimals(stated)))
    return out


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def derive_figures(facts: Facts) -> Figures:
    """Everything the memo computes from the facts, and the checks that failed."""
    from memogen.checks import arithmetic_checks

    shares = _shares(facts)
    bases = {f.id: p for f in facts.figures if (p := implied_base(f)) is not None}
    turnover = _series(facts, "turnover")
    trade = _trade(facts)
    figures = Figures(
        turnover=turnover,
        trade=trade,
        shares=shares,
        implied_bases=bases,
        warnings=(),
        computed=tuple(_computed(facts, turnover, trade, shares)),
    )
    return Figures(**{**figures.__dict__, "warnings": tuple(arithmetic_checks(facts, figures))})
