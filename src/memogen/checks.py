"""Facts and derived figures → warnings about figures an analyst may have mistyped.

One function per check, each returning `Mismatch`es that name the figure, the value and
what it disagrees with. `ARITHMETIC` are pure; `source_checks` reads the source files a
facts file names. docs/facts.md lists every check with an example.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

from memogen.facts.model import Facts, FigureFact
from memogen.facts.periods import Period
from memogen.figures import Figures, Mismatch, amount
from memogen.indicators import AMOUNTS, FLOWS, TRADE
from memogen.inflect import fold
from memogen.reading import HEDGE_GROUPS, Reading, normalise, numbers_in, share_words_at

HEDGED_SLACK = 0.05  # a hedged figure («более», «около») may be off by this much, relative


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def rounding_slack(stated: Decimal | float) -> float:
    """Half a unit of the last digit the source gave: 1.5 → 0.05, 118 → 0.5."""
    if not isinstance(stated, Decimal):
        stated = Decimal(repr(float(stated)))
    return 0.5 * 10 ** -_decimals(stated)


def _relative(fig: FigureFact) -> float:
    """How far the true value may lie from the stated one, relative to it."""
    assert fig.value is not None
    if fig.qualifier:
        return HEDGED_SLACK
    return rounding_slack(fig.value) / abs(float(fig.value)) if fig.value else 0.0


def _by_id(facts: Facts) -> dict[str, FigureFact]:
    return {f.id: f for f in facts.figures}


def check_shares(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """A stated share agrees with its value divided by the value of its `of` figure."""
    values = _by_id(facts)
    for f in facts.figures:
        if f.share is None or f.id not in figures.shares:
            continue
        whole = values[f.share.of or ""]
        computed = figures.shares[f.id]
        slack = rounding_slack(f.share.percent) + computed * (_relative(f) + _relative(whole))
        if f.share.qualifier:
            slack += float(f.share.percent) * HEDGED_SLACK
        if abs(computed - float(f.share.percent)) > slack:
            yield Mismatch(
                f.id,
                f"stated share {f.share.percent} % of {f.share.of!r}, "
                f"but {f.value} of {whole.value} is {computed:.2f} %",
                "share",
            )


def comparable(facts: Facts, fig: FigureFact) -> FigureFact | None:
    """The stated figure a growth rate compares `fig` with, if the facts have it."""
    assert fig.growth is not None
    versus = fig.growth.versus
    if fig.period is None:
        return None
    if fig.growth.years is not None:
        target: Period | None = Period(fig.period.year - fig.growth.years, fig.period.first,
                                       fig.period.last, fig.period.kind)
    elif versus == "same_period_last_year" or (versus == "previous_period" and fig.period.is_whole_year):
        target = fig.period.same_span_year_before()
    else:
        target = versus if isinstance(versus, Period) else None
    if target is None:
        return None  # «к предыдущему периоду», «unstated»: nothing of the file to compare with
    for f in facts.figures:
        same = (f.indicator, f.label, f.period, f.amount_unit[0], f.counterparty, f.side, f.trade, f.holder) == (
            fig.indicator, fig.label, target, fig.amount_unit[0], fig.counterparty, fig.side, fig.trade, fig.holder)
        if same and f.value is not None and not f.ranged and f.id != fig.id:
            return f
    return None


def check_growth(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """A stated growth agrees with the value against the stated value it compares with
    (ranges are not checked: they state no one number)."""
    for f in facts.figures:
        if f.growth is None or f.value is None or f.ranged or f.growth.upper is not None or not f.growth.rated:
            continue
        before = comparable(facts, f)
        if before is None or not before.value:
            continue
        computed = amount(f.value, f.scale) / amount(before.value, before.scale) * 100
        stated = f.growth.as_index
        hedged = f.growth.qualifier or f.growth.words
        slack = (rounding_slack(_growth_number(f)) * (100 if f.growth.times is not None else 1)
                 + computed * (_relative(f) + _relative(before)) + (stated * HEDGED_SLACK if hedged else 0))
        if abs(computed - stated) > slack:
            yield Mismatch(
                f.id,
                f"stated growth {stated:.1f} %, but {f.value} against {before.value} ({before.id}) is {computed:.1f} %",
                "growth",
            )


def check_amounts(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """A stated absolute change is the value minus the value it compares with, and is
    not the value itself (a change read as the level: «вырос на 3,7 млрд»)."""
    for f in facts.figures:
        a = f.growth.amount if f.growth else None
        if a is None or f.value is None or f.ranged or a.currency not in (None, f.currency):
            continue
        stated = amount(a.value, a.scale or f.scale)
        if stated == amount(f.value, f.scale):
            yield Mismatch(f.id, f"value {f.value} equals its growth amount: if the source states only the "
                           "change («вырос на …»), leave `value` out", "growth")
            continue
        before = comparable(facts, f)
        if before is None or not before.value:
            continue
        computed = amount(f.value, f.scale) - amount(before.value, before.scale)
        slack = (rounding_slack(a.value) * _factor(a.scale or f.scale)
                 + (abs(stated) * HEDGED_SLACK if a.qualifier else 0.0)
                 + abs(amount(f.value, f.scale)) * _relative(f)
                 + abs(amount(before.value, before.scale)) * _relative(before))
        if abs(computed - stated) > slack:
            unit = _factor(a.scale or f.scale)
            yield Mismatch(f.id, f"stated growth amount {a.value}, but {f.value} minus {before.value} "
                           f"({before.id}) is {computed / unit:.1f}", "growth")


def _growth_number(f: FigureFact) -> Decimal:
    g = f.growth
    assert g is not None
    return next(v for v in (g.index, g.change, g.times) if v is not None)


def _stated_in(facts: Facts, indicator: str, period: Period) -> FigureFact | None:
    return next((f for f in facts.figures if f.indicator == indicator and f.period == period and f.tabular), None)


def check_balance(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """A stated balance is exports minus imports of the same period and unit."""
    for row in figures.trade:
        figs = row.figures
        if not all(k in figs for k in ("balance", *FLOWS)):
            continue
        bal, ex, im = figs["balance"], figs["exports"], figs["imports"]
        if len({bal.amount_unit, ex.amount_unit, im.amount_unit}) > 1:
            continue
        computed = float(ex.value) - float(im.value)  # type: ignore[arg-type]
        slack = sum(rounding_slack(x.value or 0) + (abs(float(x.value or 0)) * HEDGED_SLACK if x.qualifier else 0.0)
                    for x in (bal, ex, im))
        if abs(computed - float(bal.value)) > slack:  # type: ignore[arg-type]
            yield Mismatch(bal.id, f"stated balance {bal.value}, but exports {ex.value} minus imports "
                           f"{im.value} is {computed:.1f}", "balance")


def check_sign(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """A balance stated only by its sign («сальдо положительное») agrees with exports
    minus imports of its period, when both are stated."""
    rows = {row.period: row for row in figures.trade}
    for f in facts.figures:
        alone = f.sign is not None and f.value is None and not f.kept_apart and f.period is not None
        row = rows.get(f.period) if alone else None  # type: ignore[arg-type]  # `alone`: a period
        if row is None or not row.balance_computed:
            continue
        computed = row.balance or 0.0
        if computed and (computed < 0) != (f.sign == "negative"):
            yield Mismatch(f.id, f"stated sign {f.sign}, but exports {row.exports:g} minus imports "
                           f"{row.imports:g} is {computed:.1f}", "balance")


def check_sum(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """Exports plus imports of a period are its turnover (in one currency)."""
    for row in figures.trade:
        ex, im = row.figures.get("exports"), row.figures.get("imports")
        total = _stated_in(facts, "turnover", row.period)
        if ex is None or im is None or total is None:
            continue
        if len({ex.amount_unit[0], im.amount_unit[0], total.amount_unit[0]}) > 1:
            continue
        parts = amount(ex.value, ex.scale) + amount(im.value, im.scale)  # type: ignore[arg-type]
        whole = amount(total.value, total.scale)  # type: ignore[arg-type]
        slack = sum(abs(amount(x.value or 0, x.scale)) * _relative(x) for x in (ex, im, total))
        if abs(parts - whole) > slack + 1e-9 * whole:
            yield Mismatch(
                total.id,
                f"exports {ex.value} ({ex.id}) plus imports {im.value} ({im.id}) make "
                f"{parts / 10 ** _power(total.scale):.1f}, but turnover {total.value} is stated for {row.period}",
                "sum",
            )


def _power(scale: str) -> int:
    return {"units": 0, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}[scale]


def check_scale(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """A figure entered in the wrong scale («212,7 тыс.» among millions) stands out:
    a trade flow under 0,5 % or over 100 % of its period's turnover, or an amount 50
    times off the other amounts of its indicator."""
    for f in facts.figures:
        if not f.tabular:
            continue
        total = _stated_in(facts, "turnover", f.period)  # type: ignore[arg-type]  # tabular: a period
        if f.indicator not in FLOWS or f.value is None or total is None or total.currency != f.currency:
            continue
        ratio = amount(f.value, f.scale) / amount(total.value, total.scale)  # type: ignore[arg-type]
        if ratio < 0.005 or ratio > 1 + _relative(f) + _relative(total):
            yield Mismatch(f.id, f"{f.indicator} {f.value} {f.scale} is {ratio:.2%} of turnover "
                           f"{total.value} {total.scale} ({total.id}) for {f.period}: check the scale",
                           "scale")
    for indicator in AMOUNTS:
        figs = [f for f in facts.figures
                if f.indicator == indicator and f.value and f.unit is None and not f.ranged and not f.kept_apart]
        for currency in {f.currency for f in figs}:
            same = [f for f in figs if f.currency == currency]
            if len(same) < 3:
                continue
            median = statistics.median(abs(amount(f.value, f.scale)) for f in same)  # type: ignore[arg-type]
            for f in same:
                ratio = abs(amount(f.value, f.scale)) / median  # type: ignore[arg-type]
                if ratio >= 50 or ratio <= 1 / 50:
                    yield Mismatch(f.id, f"{indicator} {f.value} {f.scale} is {ratio:.3g} times the usual "
                                   f"{indicator} of this file: check the scale", "scale")


def check_repeated(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """An indicator stated twice for the same months names both figures; the memo uses
    the first and never compares a period with itself."""
    seen: dict[tuple, FigureFact] = {}
    for f in facts.figures:
        if f.value is None or f.indicator == "contracts":  # many deals may be signed in one month
            continue
        # Turnover and goods are printed in each unit they are given in (a column per
        # currency, «17,7 тыс. тонн» beside «13,9 млн долларов США»): not a repetition.
        unit = f.amount_unit[0] if f.indicator not in TRADE else None
        key = (f.indicator, f.label, f.period, f.status, unit, f.counterparty, f.side if f.counterparty else None,
               f.trade, f.holder)
        first = seen.setdefault(key, f)
        if first is not f:
            yield Mismatch(
                f.id,
                f"{f.label or f.indicator} is given twice for {f.period}: {first.id!r} ({first.value}) "
                f"and {f.id!r} ({f.value}); the memo uses {first.id!r}, keep one",
                "repeated period",
            )


def check_self_comparison(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """Growth measured against the figure's own period compares nothing."""
    for f in facts.figures:
        if f.growth is not None and f.growth.versus == f.period:
            yield Mismatch(f.id, f"growth of {f.period} is measured against {f.period} itself: "
                           "name the earlier period in versus", "self-comparison")


def check_status(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """An `actual` figure cannot describe a period that has not begun by the memo's date."""
    today = facts.memo.as_of or facts.memo.date
    for f in facts.figures:
        if f.period is not None and f.status == "actual" and dt.date(f.period.start_year, f.period.first, 1) > today:
            yield Mismatch(f.id, f"status actual, but {f.period} has not begun by {today}: "
                           "set status to expected, forecast or target", "status")


def _hedge_group(qualifier: str | None) -> str | None:
    return HEDGE_GROUPS.get(qualifier) if qualifier else None


def _found(readings: list[Reading], kind: str, value: Decimal, scale: str | None = None) -> list[Reading]:
    out = []
    for r in readings:
        if r.kind != kind:
            continue
        if r.value == abs(value) or (
            scale is not None and r.scale is not None and r.amount == abs(value) * _factor(scale)
        ):
            out.append(r)
    return out


def _factor(scale: str) -> int:
    return 10 ** _power(scale)


def _quote_problem(what: str, value: object, hedge: str | None, found: list[Reading]) -> str | None:
    if not found:
        return f"{what} {value} is not in its quote"
    if hedge and not any(r.hedge == _hedge_group(hedge) for r in found):
        return f"{what} is hedged «{hedge}», but its quote does not hedge {value} that way"
    if not hedge and all(r.hedge for r in found):
        return f"the quote hedges {what} {value} («{_hedge_word(found[0].hedge)}…»); add a qualifier"
    return None


def _hedge_word(group: str | None) -> str:
    return next(w for w, g in HEDGE_GROUPS.items() if g == group)


def _one_by_its_noun(f: FigureFact) -> bool:
    """«16 тракторов, комбайн и 11 единиц»: a count of one stated by its noun alone, in
    the singular, is in its quote."""
    if f.value != 1 or not f.unit or f.qualifier or not f.quote:
        return False
    from memogen.inflect import morph

    for word in re.findall(r"[А-Яа-яЁё-]+", f.quote):
        p = morph().parse(word.lower())[0]
        if p.normal_form == f.unit.lower() and p.tag.number == "sing":
            return True
    return False


def _quoted_numbers(f: FigureFact) -> Iterable[str | None]:
    """Each quantity of the figure looked up in its quote: a problem, or None."""
    readings = numbers_in(f.quote or "")
    if f.value is not None and f.quote and not _one_by_its_noun(f):
        found = _found(readings, "number", f.value, f.scale)
        yield _quote_problem("value", f.value, f.qualifier, found)
        if f.upper is not None:  # the upper end of a range: found, its hedge is the range's «до»
            high = _found(readings, "number", f.upper.value, f.upper.scale or f.scale)
            yield None if high else f"value (upper end) {f.upper.value} is not in its quote"
    if f.growth is not None and (f.growth.quote or f.quote):
        yield from _quoted_growth(f)
    if f.share is not None and (f.share.quote or f.quote):
        readings = numbers_in(f.share.quote or f.quote or "")
        if f.share.words is not None:
            yield _share_words_problem(f.share, f.share.quote or f.quote or "")
        else:
            found = _found(readings, "percent", f.share.percent)
            yield _quote_problem("share", f.share.percent, f.share.qualifier, found)
        if f.share.previous is not None and not _found(readings, "percent", f.share.previous):
            yield f"share (previous) {f.share.previous} is not in its quote"
    if f.rank is not None and f.rank.top is not None and f.quote and not _top_in(f.rank.top, f.quote):
        yield f"rank: the first {f.rank.top} places are not in its quote («тройка», «трех», «топ-3»)"
    if f.quote:
        yield from _quoted_whole(f, readings)
    if f.rank is not None and f.rank.words and f.quote and not _said(f.rank.words, f.quote):
        yield f"rank: «{f.rank.words}» is not in its quote"


def _said(words: str, quote: str) -> bool:
    """Each word of `words` stands in `quote` in some case: its first five letters do."""
    text = fold(normalise(quote))
    return all(w[:5] in text for w in fold(normalise(words)).split())


_TRADED_WORDS = {"services": ("услуг",), "goods_and_services": ("товар", "услуг")}


def _quoted_whole(f: FigureFact, readings: list[Reading]) -> Iterable[str | None]:
    """What a flow trades, and the whole of a count «N из M», in the quote."""
    quote = normalise(f.quote or "").lower()
    words = _TRADED_WORDS.get(f.trade, ())
    if not all(w in quote for w in words):
        yield f"trade is {f.trade}, but its quote does not say «{'… и '.join(words)}…»"
    if f.out_of is not None and not _found(readings, "number", f.out_of):
        yield f"out_of {f.out_of} is not in its quote («{f.value} из {f.out_of}»)"
    if f.holder is not None and not _names_place(f.holder.name, quote):
        yield f"holder is {f.holder.name}, but its quote does not name it"


def _names_place(name: str, quote: str) -> bool:
    """Whether `quote` (lower case) names a place by its first word in any case
    («Витебской», «Витебскую» for «Витебская область»), or by its colloquial name
    («Витебщина»)."""
    stem = fold(normalise(name)).split()[0]
    text = quote.replace("ё", "е")
    colloquial = re.sub(r"(?:ск|цк)\w*$", "", stem)
    return stem[:5] in text or re.search(rf"\b{re.escape(colloquial)}(?:щин|чин)", text) is not None


def _share_words_problem(share, quote: str) -> str | None:
    """A share said in words («более половины»): its words, and its hedge right before them."""
    at = share_words_at(share.words, quote)
    if at is None:
        return f"share «{share.words}» is not in its quote"
    before = quote[max(0, at.start() - 12) : at.start()].lower()
    if share.qualifier and not re.search(rf"\b{share.qualifier}\s*$", before):
        return f"share is hedged «{share.qualifier}», but its quote does not say «{share.qualifier} {share.words}»"
    return None


def _top_in(n: int, quote: str) -> bool:
    """«в число трёх крупнейших», «в пятёрке», «топ-10»: the first `n` in words or digits."""
    from memogen.russian import TOP_NOUNS

    if _found(numbers_in(quote), "number", Decimal(n)):
        return True
    noun = TOP_NOUNS.get(n)
    return noun is not None and noun[:-1] in normalise(quote).lower()


_FALL = re.compile(r"сокра[тщ]|сниж|сниз|уменьш|упа[лд]|паден|спад", re.I)


def _quoted_growth(f: FigureFact) -> Iterable[str | None]:
    """The growth's rate and absolute change looked up in its quote."""
    g = f.growth
    assert g is not None
    quote = g.quote or f.quote or ""
    if g.fall and not _FALL.search(quote):
        yield "growth is a fall (`fall`), but its quote says no fall («сократился», «снизился»…)"
    if g.words:
        yield None if normalise(g.words) in normalise(quote) else f"growth «{g.words}» is not in its quote"
    elif g.rated:
        kind = "times" if g.times is not None else "percent"
        number = _growth_number(f)
        yield _quote_problem("growth", number, g.qualifier, _found(numbers_in(quote), kind, number))
        if g.upper is not None and not _found(numbers_in(quote), kind, g.upper):
            yield f"growth (upper end) {g.upper} is not in its quote"
    if g.amount is not None:
        a = g.amount
        found = _found(numbers_in(quote), "number", a.value, a.scale or f.scale)
        yield _quote_problem("growth amount", a.value, a.qualifier, found)


def check_quotes(facts: Facts, figures: Figures) -> Iterable[Mismatch]:
    """Every figure's value, hedge, growth and share can be found in its own quote."""
    for f in facts.figures:
        for problem in _quoted_numbers(f):
            if problem:
                quote = f.quote if problem.startswith(("value", "the quote hedges value")) else None
                if problem.startswith(("growth", "the quote hedges growth")) and f.growth:
                    quote = f.growth.quote or f.quote
                elif problem.startswith(("share", "the quote hedges share")) and f.share:
                    quote = f.share.quote or f.quote
                yield Mismatch(f.id, f"{problem}: «{(quote or f.quote or '').strip()}»", "quote")


ARITHMETIC: tuple[Callable[[Facts, Figures], Iterable[Mismatch]], ...] = (
    check_shares,
    check_growth,
    check_amounts,
    check_balance,
    check_sign,
    check_sum,
    check_scale,
    check_repeated,
    check_self_comparison,
    check_status,
    check_quotes,
)


def arithmetic_checks(facts: Facts, figures: Figures) -> list[Mismatch]:
    """Every pure check, in the order of `ARITHMETIC`."""
    return [m for check in ARITHMETIC for m in check(facts, figures)]


def _sourced_quotes(facts: Facts) -> Iterable[tuple[str, str, str]]:
    """(what, source id, quote) of every entry that quotes a named source."""
    for loc, item in facts.sourced():
        if item.quote and item.source:
            what = getattr(item, "id", None) or ".".join(str(p) for p in loc)
            yield what, item.source, item.quote
        for part in ("growth", "share"):  # a figure's growth or share may quote its own sentence
            quote = getattr(getattr(item, part, None), "quote", None)
            if quote and item.source:
                yield f"{item.id}.{part}", item.source, quote


def source_checks(facts: Facts, base: Path) -> list[Mismatch]:
    """Every quote occurs in its source's `file` (relative to the facts file's folder),
    with whitespace, quotes, dashes and «ё» normalised; a named file that is missing is
    reported once."""
    files = {s.id: base / s.file for s in facts.sources if s.file}
    def bare(text: str) -> str:  # quote marks differ between copies of a text
        return normalise(text).replace('"', "")

    texts: dict[str, str | None] = {}
    out = []
    for sid, path in files.items():
        try:
            texts[sid] = bare(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            texts[sid] = None
            out.append(Mismatch(sid, f"source file {path} cannot be read; quotes are not checked", "source file"))
    for what, sid, quote in _sourced_quotes(facts):
        text = texts.get(sid)
        # A sentence cut from direct speech ends where the speech went on: «…продовольствия.»
        if text is not None and bare(quote).strip(" .,;:!?…-") not in text:
            out.append(Mismatch(what, f"quote not found in {files[sid]}: «{quote.strip()}»", "source file"))
    return out
