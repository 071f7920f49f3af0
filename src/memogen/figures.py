"""Derived figures: validated `Facts` → `Figures`, the numbers the memo computes itself.

Pure arithmetic, no I/O and no formatting: growth between periods, bases implied by a
year-on-year index, shares, balances, average annual growth, and checks of every stated
figure that can also be computed.
"""

from __future__ import annotations

from dataclasses import dataclass

from memogen.facts.model import Facts, FigureFact
from memogen.facts.periods import Period

SCALES = {"units": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9}


def amount(value: float, scale: str) -> float:
    """A value in plain units: 10 200 thousand and 10,2 million are the same amount."""
    return value * SCALES[scale]


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
    """One value of an indicator over a period; `implied` when computed, not stated."""

    period: Period
    value: float
    figure_id: str | None = None
    implied: bool = False
    currency: str = "USD"
    scale: str = "million"

    @property
    def partial(self) -> bool:
        return not self.period.is_whole_year

    @property
    def amount(self) -> float:
        return amount(self.value, self.scale)


@dataclass(frozen=True)
class Series:
    """An indicator over the periods the facts give, in time order."""

    indicator: str
    points: tuple[Point, ...]

    @property
    def whole_years(self) -> tuple[Point, ...]:
        return tuple(p for p in self.points if not p.partial)

    @property
    def growth(self) -> Change | None:
        """From the first to the last whole year, when there are two."""
        years = self.whole_years
        if len(years) < 2 or years[0].value <= 0 or years[0].currency != years[-1].currency:
            return None
        return Change.between(years[0].amount, years[-1].amount)

    @property
    def average_annual_growth(self) -> float | None:
        """Average annual growth rate in % (compound), first to last whole year."""
        years = self.whole_years
        span = years[-1].period.year - years[0].period.year if len(years) >= 2 else 0
        if span <= 0 or years[0].value <= 0 or years[0].currency != years[-1].currency:
            return None
        return ((years[-1].amount / years[0].amount) ** (1 / span) - 1) * 100


@dataclass(frozen=True)
class Mismatch:
    """A stated figure that disagrees with what the facts let us compute."""

    figure_id: str
    message: str


@dataclass(frozen=True)
class TradeRow:
    period: Period
    exports: float | None
    imports: float | None
    balance: float | None
    currency: str = "USD"
    scale: str = "million"


@dataclass(frozen=True)
class Figures:
    turnover: Series
    trade: tuple[TradeRow, ...]
    shares: dict[str, float]  # figure id → computed share of its `of`, %
    implied_bases: dict[str, Point]  # figure id → the base its growth implies
    warnings: tuple[Mismatch, ...]


def _decimals(x: float) -> int:
    text = repr(float(x)).rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def _rounding_slack(stated: float) -> float:
    """Half a unit of the last digit the source gave: 1.5 → 0.05."""
    return 0.5 * 10 ** -_decimals(stated)


def implied_base(fig: FigureFact) -> Point | None:
    """The value of the period before, implied by a stated growth: 316,4 at 100,9 %
    of the same period last year implies 313,6 then."""
    if fig.value is None or fig.growth is None or fig.growth.versus != "same_period_last_year":
        return None
    return Point(
        fig.period.same_span_year_before(),
        fig.value / (fig.growth.as_index / 100),
        implied=True,
        currency=fig.currency,
        scale=fig.scale,
    )


def share(part: float, whole: float) -> float:
    return part / whole * 100


def _series(facts: Facts, indicator: str) -> Series:
    points = [
        Point(f.period, f.value, f.id, currency=f.currency, scale=f.scale)
        for f in facts.figures
        if f.indicator == indicator and f.value is not None
    ]
    return Series(indicator, tuple(sorted(points, key=lambda p: p.period)))


def _trade(facts: Facts) -> tuple[TradeRow, ...]:
    by_period: dict[Period, dict[str, FigureFact]] = {}
    for f in facts.figures:
        if f.indicator in ("exports", "imports", "balance") and f.value is not None:
            by_period.setdefault(f.period, {})[f.indicator] = f
    rows = []
    for period in sorted(by_period):
        figs = by_period[period]
        v = {k: f.value for k, f in figs.items()}
        ex, im = v.get("exports"), v.get("imports")
        balance = v.get("balance", ex - im if ex is not None and im is not None else None)
        unit = next(iter(figs.values()))
        rows.append(TradeRow(period, ex, im, balance, unit.currency, unit.scale))
    return tuple(rows)


def _checks(facts: Facts, shares: dict[str, float]) -> list[Mismatch]:
    out: list[Mismatch] = []
    values = {f.id: f for f in facts.figures}
    for f in facts.figures:
        if f.share is not None and f.id in shares:
            slack = _rounding_slack(f.share.percent) + _value_slack(f, values[f.share.of])
            if abs(shares[f.id] - f.share.percent) > slack:
                out.append(
                    Mismatch(
                        f.id,
                        f"stated share {f.share.percent} % of {f.share.of!r}, "
                        f"but {f.value} of {values[f.share.of].value} is {shares[f.id]:.2f} %",
                    )
                )
        if f.growth is not None and f.value is not None:
            before = _comparable(facts, f)
            if before is not None and before.value:
                computed = f.value / before.value * 100
                stated_index = f.growth.as_index
                slack = _rounding_slack(stated_index) + 100 * (
                    _rounding_slack(f.value) / f.value + _rounding_slack(before.value) / before.value
                ) * computed / 100
                if abs(computed - stated_index) > slack:
                    out.append(
                        Mismatch(
                            f.id,
                            f"stated growth {stated_index:.1f} %, but {f.value} against "
                            f"{before.value} ({before.id}) is {computed:.1f} %",
                        )
                    )
    for indicator in ("turnover", "exports", "imports", "balance"):
        figs = [f for f in facts.figures if f.indicator == indicator and f.value is not None]
        units = [(f.currency, f.scale) for f in figs]
        if len(set(units)) > 1:
            usual = max(set(units), key=units.count)
            odd = next(f for f in figs if (f.currency, f.scale) != usual)
            out.append(
                Mismatch(
                    odd.id,
                    f"{indicator} figures use different units "
                    f"({', '.join(sorted(f'{c} {s}' for c, s in set(units)))}); "
                    "a table or chart needs one: give them all in the same currency and scale",
                )
            )
        periods = [f.period for f in figs]
        for f in figs:
            if periods.count(f.period) > 1:
                out.append(Mismatch(f.id, f"{indicator} is given twice for {f.period}"))
                break
    for row in _trade(facts):
        stated = next(
            (f for f in facts.figures if f.indicator == "balance" and f.period == row.period),
            None,
        )
        if stated is not None and stated.value is not None and row.exports is not None and row.imports is not None:
            computed = row.exports - row.imports
            if abs(computed - stated.value) > _rounding_slack(stated.value) * 3:
                out.append(
                    Mismatch(
                        stated.id,
                        f"stated balance {stated.value}, but exports minus imports is {computed:.1f}",
                    )
                )
    return out


def _value_slack(part: FigureFact, whole: FigureFact) -> float:
    """How far rounding of the two values (and a hedged «более») can move their share."""
    if part.value is None or whole.value is None or whole.value == 0:
        return 0.0
    relative = _rounding_slack(part.value) / part.value + _rounding_slack(whole.value) / whole.value
    return share(part.value, whole.value) * relative


def _comparable(facts: Facts, fig: FigureFact) -> FigureFact | None:
    """The stated figure a growth rate compares `fig` with, if the facts have it."""
    assert fig.growth is not None
    versus = fig.growth.versus
    if versus == "same_period_last_year":
        target = fig.period.same_span_year_before()
    elif isinstance(versus, Period):
        target = versus
    else:
        return None
    for f in facts.figures:
        if (
            f.indicator == fig.indicator
            and f.label == fig.label
            and f.period == target
            and f.value is not None
            and f.currency == fig.currency
            and f.scale == fig.scale
        ):
            return f
    return None


def derive_figures(facts: Facts) -> Figures:
    """Everything the memo computes from the facts, and the checks that failed."""
    by_id = {f.id: f for f in facts.figures}
    shares = {
        f.id: share(amount(f.value, f.scale), amount(whole.value, whole.scale))
        for f in facts.figures
        if f.share is not None
        and f.value is not None
        and (whole := by_id[f.share.of]).value
        and whole.currency == f.currency
    }
    bases = {f.id: p for f in facts.figures if (p := implied_base(f)) is not None}
    return Figures(
        turnover=_series(facts, "turnover"),
        trade=_trade(facts),
        shares=shares,
        implied_bases=bases,
        warnings=tuple(_checks(facts, shares)),
    )
