"""Growth stated next to a figure → the facts model's `growth`: an index («100,9 % к
уровню прошлого года», «темп роста — 112 %»), a change («на 2,5 % больше», «рост на 63,8
%», «сокращение на 12 %» is negative), a multiple («в 1,5 раза», «вдвое») or a change in
words («на треть»), with what it compares with when that is not the same period a year
before («к уровню 2022 года»). No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import clauses, flows, indicators, shares
from memogen.draft import numbers as num
from memogen.draft.model import UNSTATED, Item, accepts, supports
from memogen.draft.periods import Mention
from memogen.draft.words import parses
from memogen.facts.periods import Period

# «144 % к тому же периоду 2010 года», «к прошлогоднему уровню», «к 2010 году», «104,9 % к январю–июню
# 2015 года»: a rate against a base
_INDEX_AFTER = re.compile(
    r"\s*(?:к\s+(?:уровню|аналогичн|соответствующ|т(?:ому|ем)\s+же|прошл\w+\s+год|прошлогодн|(?:19|20)\d\d\s+год|"
    r"(?:январ|феврал|март|апрел|ма[юя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*\s*[-–—]\s*[а-яё]+\s+(?:19|20)\d\d)"
    r"|по\s+сравнению|в\s+сравнении\s+с|по\s+отношению\s+к|относительно)",
    re.I,
)


def versus(text: str, ms: list[Mention], start: int, figure_period: str) -> object:
    base = next((m for m in ms if m.role == "base" and m.start >= start), None)
    if base is None or base.period is None:
        return None
    if figure_period == UNSTATED:
        return str(base.period)
    period = Period.parse(figure_period)
    if not base.period < period:
        return None  # «в 2024 году вырос на 12 % к прошлому году» (a 2025 release): the year before the figure's
    same_span = re.search(r"аналогичн|тот\s+же\s+период|соответствующ", text[max(0, base.start - 40) : base.end])
    same_months = (base.period.first, base.period.last) == (period.first, period.last)
    if base.period.year == period.year - 1 and (same_span or same_months):
        return None  # the default: the same period a year before («по сравнению с первым полугодием 2021 года»)
    whole = re.search(r"итог|цел|весь|всего", text[max(0, base.start - 20) : base.end], re.I)
    if base.period.year == period.year - 1 and base.period.is_whole_year and not whole:
        # «в январе–октябре … на 20,9 % больше, чем в 2022 году»: the same months of 2022
        return _SAME_MONTHS
    return str(base.period)


_SAME_MONTHS = "same months"


def _spans(period: str) -> bool:
    """Whether a drafted period runs over several years (2015..2025, 2024-09..2025-02)."""
    return period != UNSTATED and Period.parse(period).spans_years
# «в 2,5 раза к 2020 году», «на 45 % по сравнению с 2022 годом», «против 2019 года», «по отношению к 2021 году»
_BASE_WORDS = re.compile(r"\s*(?:[,(]\s*)?(?:(?:по\s+отношению\s+)?к\s+(?:уровню\s+)?|"
                         r"(?:по\s+сравнению|в\s+сравнении)\s+с\s+|относительно\s+|против\s+|"
                         r"(?:больше|меньше|выше|ниже),?\s+чем\s+в\s+)$", re.I)


def own_base(text: str, rate_end: int, ms: list[Mention]) -> Mention | None:
    """The period a rate is measured against when named right after it («в 2,5 раза к
    2020 году»): a second growth of a figure names a base of its own."""
    for m in ms:
        if m.role == "base" and m.period is not None and rate_end <= m.start <= rate_end + 30 \
                and _BASE_WORDS.match(text[rate_end : m.start]):
            return m
    return None


def _based(ms: list[Mention], start: int) -> bool:
    """Whether a base is named from `start` on, the default one too («на 41,1 % превышает
    уровень 2003 года» in 2004): a start named elsewhere («с 1990 года») is then no base."""
    return any(m.role == "base" and m.period is not None and m.start >= start for m in ms)


def base_before(text: str, ms: list[Mention], rate: num.Rate) -> Mention | None:
    """«вырастет по сравнению с прошлым годом приблизительно на 40 %», «снизился по сравнению
    с 2014 годом на 40 %»: the base named right before the rate, in its phrase."""
    for m in ms:
        if m.role == "base" and m.end <= rate.start and _HEDGE_ONLY.fullmatch(text[m.end : rate.start]) \
                and _BASE_WORDS.search(text[max(0, m.start - 40) : m.start]):
            return m
    return None


# between a base and its rate: a hedge at most («приблизительно», «почти»), never «и в 2,2 раза» (the
# base before «и» is the rate's before it)
_HEDGE_ONLY = re.compile(rf"[а-яё]*\s*(?:(?:{num.HEDGE})\s+)?(?:на|в)?\s*", re.I)


def unstated_base(item: Item, growth: dict, text: str, ms: list[Mention], at: int) -> None:
    """«увеличить к 2030 году товарооборот в два раза»: a target's or forecast's growth
    with no base named compares with a level the release does not give."""
    if item.data.get("_status") not in ("target", "forecast") or any(m.role == "base" for m in ms if m.start >= at):
        return
    if accepts("Growth", (("times", 2), ("versus", "unstated"))):
        growth["versus"] = "unstated"
        item.doubt("check", "growth against a base the release does not name: `versus: unstated`")




def attach(item: Item, text: str, amount: num.Amount, stop: int, ms, rates) -> None:
    """The growth stated after the amount, up to the next one; else one stated before it
    when no amount comes first («вырос вдвое и достиг полмиллиарда»: `rates` then holds it).
    The rate taken is kept as `_rate_at`, so no other figure takes it too."""
    after = [r for r in rates if amount.end <= r.start < stop]
    # the nearest first: «экспорт снизился на 3 %, но импорт вырос на 20 %, до 90 млн»
    before = [r for r in rates if r.end <= amount.start][::-1]
    for rate in after + before:
        if rate.kind == "percent" and shares.CUE.search(text[rate.end : rate.end + 40]):
            continue
        rise = None if compares(text, rate, ms) else read(text, rate)
        if rise is not None:
            settle(item, rise, text, ms, rate)
            return


def settle(item: Item, rise: dict, text: str, ms: list[Mention], rate: num.Rate) -> None:
    """Give `item` the growth `rise` read from `rate`, with what it compares with; growth
    over the last N years («за последние пять лет вырос в 4,6 раза») keeps `years`."""
    gained = _GAINED.search(text, max(0, rate.start - 80), rate.start)  # «прибавив к 2020 году 2,8 %»: a base before
    named = base_before(text, ms, rate)  # «вырастет по сравнению с прошлым годом на 40 %»
    start = gained.start() if gained else named.start if named else rate.end
    base = versus(text, ms, start, item.data["period"])
    unstated_base(item, rise, text, ms, start)
    if base == _SAME_MONTHS:
        item.doubt("check", "growth read against the same months of the year before (the release names a year)")
    elif base is not None:
        rise["versus"] = base
    elif not _based(ms, start) and (since := _since(text, ms, rate)) is not None:
        rise["versus"] = since  # «с 2018 года вырос в 7 раз»: against the year it started from
        item.doubt("check", f"growth since {since}, read against that year")
    elif _spans(item.data["period"]) and accepts("Growth", (("times", 2), ("versus", "unstated"))):
        rise["versus"] = "unstated"  # «за последние шесть месяцев вырос на 8 %»: against what, unsaid
        item.doubt("check", "growth over a run of months across years names no base: `versus: unstated`")
    if re.search(r"\b(?:19|20)\d\d\s+и\s+(?:19|20)\d\d", text[rate.end :]):
        item.doubt("check", "the growth is stated against two years: the model holds one, check `versus`")
    span = item.data.pop("_years", None)
    if span is not None and supports("Growth", "years"):
        rise["years"] = span[1] - span[0] + 1
        item.notes[:] = [n for n in item.notes if "drafted once for each year" not in n]
        if _span_alone(item, ms):
            # «За последние четыре года товарооборот вырос в три раза.»: no level, no year of its own
            item.data["period"] = UNSTATED
            item.doubt("check", f"growth over the last {rise['years']} years with no level: no period of its own")
        else:
            item.doubt("check", f"growth over {rise['years']} years, up to {span[1]}: the figure is of {span[1]}")
    elif (years := _over_years(ms, rate, base)) is not None and supports("Growth", "years"):
        rise["years"] = years
        item.doubt("check", f"growth over {years} years up to the figure's period, not against the year before")
    item.data["growth"] = rise
    item.data["_rate_at"] = rate.start


def _span_alone(item: Item, ms: list[Mention]) -> bool:
    """Whether growth with no level is stated over the last years («за последние пять лет
    вырос в 8 раз») in a sentence that names no other period: the years run up to the
    release, and the figure is of none of them (`unstated`; the level the span ended at,
    stated in the next sentence, still takes it)."""
    own = [m for m in ms if m.period is not None and m.role in ("period", "target")]
    return item.data.get("value") is None and all(m.years is not None for m in own) and \
        accepts("FigureFact", (("id", "x"), ("indicator", "turnover"), ("period", UNSTATED), ("value", 1)))


def _since(text: str, ms: list[Mention], rate: num.Rate) -> str | None:
    """«Товарооборот с 2018 года вырос в 7 раз»: the whole year a growth is counted from,
    named before its rate in its clause; None when none is (or it is a month: «с марта»)."""
    since = next((m for m in reversed(ms) if m.role == "since" and m.end <= rate.start), None)
    if since is None or since.period is None or not since.period.is_whole_year:
        return None
    return None if clauses.PHRASE.search(text, since.end, rate.start) else str(since.period)


def _over_years(ms: list[Mention], rate: num.Rate, base: object) -> int | None:
    """«за пять лет вырос вдвое», «за двадцать лет … в 100 раз»: growth over a number of
    years named before it (a duration no year was counted from), with no base of its own."""
    if base is not None:
        return None
    n = next((m.years[0] for m in reversed(ms) if m.role == "duration" and m.years and m.end <= rate.start), None)
    return n if n and n > 1 else None


_COMPARATIVE = re.compile(r"\s*(?:больше|меньше|выше|ниже)\b(?!\s*,?\s*(?:чем|уровн|аналогичн|прошл))", re.I)
_CHANGE = re.compile(
    r"выро|расту|рост(?!ов)|увелич|сократ|сокращ|сниз|сниж|уменьш|упал|паден|нараст|прибав|добав|подр[оа]с|прос[ея]л|"
    r"просед|потер|удво|утро|сжал|сжати|обвал|рухн",
    re.I,
)
_OUTDOES = re.compile(rf"(?:превы\w+|больше|меньше|выше|ниже)\s+(?:\w+\s+)?{indicators.TRADE_WORD}", re.I)


def compares(text: str, rate: num.Rate, ms: list[Mention]) -> bool:
    """«импорт в пять раз превысил экспорт», «экспорт превысил импорт в 1,5 раза», «а
    импорт оказался вчетверо больше»: a comparison with another figure, not growth — one
    that names the other figure, or a comparative with no base named («чем в 2023
    году», «к уровню …») and no word of change in its clause."""
    clause = clauses.before(text, rate.start, clauses.PHRASE)
    if _OUTDOES.match(text[rate.end :].lstrip()) or _OUTDOES.search(clause):
        return True
    if not _COMPARATIVE.match(text, rate.end) or any(m.role == "base" and m.start >= rate.end for m in ms):
        return False
    if _more_goods_moved(text, rate, clause):
        return False
    # «составил 2,9 млрд, что на 24 % меньше»: «что» stands for the figure before, which changed
    return not (_CHANGE.search(clause) or _REFERS_BACK.match(clause))


def _more_goods_moved(text: str, rate: num.Rate, clause: str) -> bool:
    """«Белорусские партнёры поставили в регион на 10,8 % больше товаров»: a comparative
    followed by all goods in the genitive («товаров», «продукции»: flows.GENERIC), which a
    verb of moving in its clause moves, is how much more moved than before (the flow's
    growth), no comparison with another figure; one compared by «чем» after the goods is
    («на 7 % больше товаров, чем Калужская») unless a time follows it («чем годом ранее»)."""
    after = re.match(r"\s*(?:больше|меньше)\s+([а-яё]+)(?P<rest>[^.;:]*)", text[rate.end :], re.I)
    found = parses(after.group(1)) if after else []
    if after is None or not found or found[0].normal_form not in flows.GENERIC or found[0].tag.case != "gent":
        return False  # a group's goods («больше тракторов») are a product's figure, not read here
    than = re.search(r"\bчем\s+(?P<what>[^,.;:]*)", after["rest"], re.I)
    if than and not re.search(r"\d{4}|год|ранее|прежде|месяц|квартал|полугоди", than["what"], re.I):
        return False
    return bool(indicators.SELLING.search(clause) or indicators.BUYING.search(clause))


_REFERS_BACK = re.compile(r"\s*(?:что|то\s+есть)\s+(?:(?:почти|более\s+чем|примерно|около)\s+)?на\s*$", re.I)


# «рост — 112,4 %», «рост экспорта услуг составил 12 %», «темп роста … превысил 112 %»: the
# words of what grew may come between
_RATE_NAMED = re.compile(
    r"\b(?:рост(?!ов)\w*|темп\w*\s+роста|прирост\w*)(?:\s+[^\s,;.:]+){0,6}?\s*"
    rf"(?:[—–:-]|составил\w*|состав\w+|превы\w+|достиг\w*)\s*(?:(?:{num.HEDGE})\s+(?:чем\s+)?)?$",
    re.I,
)
# «темп роста экспорта области в Беларусь превысил 112 %»: an index however far its words
_RATE_OF = re.compile(r"\bтемп\w*\s+(?P<change>при)?роста\b", re.I)
# «прибавил 6 %», «добавил почти 4 процента», «потерял 5 %», «прибавил рекордные 59,4 %»,
# «добавил ещё 3 %»: a verb of gain or loss takes the change with no «на»
_GAINED = re.compile(
    rf"\b(?:прибави|прибавл|добави|добавл|потеря|теря)\w*"
    # «прибавив к 2020 году 2,8 %»
    r"(?:\s+(?:(?:по\s+отношению\s+)?к|по\s+сравнению\s+с|относительно)\s+[^,;.%]{1,30}?)?"
    # «прибавил рекордные 59,4 %», «добавил ещё 4 %»
    rf"\s+(?:(?:ещё|еще|целых|[а-яё]+(?:ые|ых|ие))\s+)?(?:(?:{num.HEDGE})\s+)?$",
    re.I,
)
_IN_BRACKETS = re.compile(r"(?:\d|млн|млрд|тыс\.?|долл\w*|рубл\w*)\s*\(\s*$", re.I)
_AMOUNTS_TO = re.compile(r"\b(?:состав\w+|достиг\w*|достига\w+)\s*$", re.I)


# A figure of an economy, not of its trade («ВВП вырос на 3,9 %», «промышленность прибавила
# 7,7 %»): context a memo on cooperation has no place for, listed with a note saying so.
ECONOMY = re.compile(
    r"\bВВП\b|валов\w*\s+(?:внутренн|регионал)\w*\s+продукт|промышленност|промышленн\w+\s+производств|"
    r"инфляци|безработиц|(?<![\w-])экономика(?![\w-])",  # «экономика выросла»: the economy as the subject
    re.I,
)


def of_economy(text: str, at: int) -> bool:
    """Whether the rate at `at` is an economy's growth, not a trade's: its clause names
    the economy («ВВП … увеличился на 3,9 %», «экономика выросла на 3,9 %, а экспорт …»)."""
    start = max([0, *(m.end() for m in re.finditer(r"[,;:]\s|\s[—–]\s|\s(?:а|но)\s", text[:at]))])
    return bool(ECONOMY.search(text[start:at]))


def read(text: str, rate: num.Rate) -> dict | None:
    """A rate as growth: «100,9 % к уровню …» an index, «на 2,5 % больше» a change,
    «в 1,5 раза» a multiple; None when it is no growth («5 % рынка»)."""
    out: dict = {}
    if rate.kind == "times":
        if rate.fall and not supports("Growth", "fall"):  # «сократился в 2 раза»: an older model has no such fall
            return None
        out["times"] = rate.value
        if rate.fall:
            out["fall"] = True  # «сократился в 2 раза», «снизился вдвое»: a fall by a multiple, as said
    elif rate.kind == "fraction":
        sign = -1 if rate.fall else 1
        if supports("Growth", "words"):
            out["words"] = rate.stated.lower()
        if rate.fall or not supports("Growth", "words"):
            out["change"] = sign * rate.value  # «сократился на четверть»: its words, and a fall's sign
    else:
        kind = _percent_kind(text, rate)
        if kind is None:
            return None
        out[kind] = -rate.value if kind == "change" and rate.fall else rate.value
    if rate.upper is not None and rate.kind in ("percent", "times") and supports("Growth", "upper"):
        out["upper"] = -rate.upper if out.get("change", 0) < 0 else rate.upper  # «на 5–7 %»
    if rate.hedge and supports("Growth", "qualifier"):
        out["qualifier"] = "примерно" if "upper" in out else rate.hedge  # a range takes «примерно»
    return out


# «61 % от уровня тех же месяцев 2008 года», «удержался на 64,3 % от уровня …», «78,6 % от объёма
# января–ноября 2014 года»: the level as a part of the level it is compared with, an index
_PART_OF_BASE = re.compile(
    r"\s*(?:в\s+сопоставимых\s+ценах\s+)?от\s+(?:уровн\w*|прошлогодн\w+|объ[её]м\w*\s+(?=(?:январ|феврал|март|"
    r"апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|(?:19|20)\d\d|прошл|аналогичн|т(?:ого|ех|ому)\s+же)))",
    re.I,
)


def _percent_kind(text: str, rate: num.Rate) -> str | None:
    """Whether a percent is an index («100,9 % к уровню …», «темп роста … 112 %»,
    «экспорт составил 146,8 %»: above a hundred, no share), a change («на 2,5 %»,
    «рост составил 12 %», «темп прироста — 5 %») or no growth."""
    before = text[: rate.start]
    said = _RATE_OF.search(clauses.before(text, rate.start, clauses.PHRASE))
    if re.search(r"\b(?:плюс|минус)\s*$", before):
        return "change"  # «плюс три процента к аналогичному периоду»
    gained = _GAINED.search(before[-40:])
    if _PART_OF_BASE.match(text, rate.end) and not _CHANGE.search(clauses.before(text, rate.start, clauses.PHRASE)):
        return "index"
    if _RATE_NAMED.search(before[-80:]) and not said and rate.value < 100:
        return "change"  # «рост … составил 55,5 % относительно …»: growth of 55,5 %, no index below a hundred
    if _INDEX_AFTER.match(text[rate.end :]) and not re.search(r"\bна\s*$", before) and not gained:
        return "index"
    if said and not re.search(r"\bна\s*$", before):
        return "change" if said["change"] else "index"
    if _RATE_NAMED.search(before[-80:]):
        # «рост — 112,4 %» an index; «рост составил 12 %» a change
        return "index" if rate.value >= 100 else "change"
    if re.search(r"(?:\bна|плюс|минус)\s+(?:\S+\s+){0,2}$", before[-25:]) or gained:
        return "change"
    bracketed = _IN_BRACKETS.search(before) and text[rate.end :].lstrip()[:1] == ")"  # «$13,2 млн (153 %)»
    if rate.value > 100 and (_AMOUNTS_TO.search(before) or bracketed):
        return "index"  # a whole is never more than itself: no share, so an index
    return None
