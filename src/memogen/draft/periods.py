"""A Russian sentence and the release's date → the periods it names, resolved.

«в январе–июне этого года» in a release of 25.08.2025 is 2025-01..06; «по итогам
прошлого года» is 2024; «за 8 месяцев» is 2025-01..08; «в первом полугодии» is 2025-H1;
«к уровню аналогичного периода прошлого года» is no period of a figure but the base
of its growth; «с 2009 года» is a starting point; «к 2030 году» a target year. No I/O.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace

from memogen.draft import clauses
from memogen.draft.model import UNSTATED, Item
from memogen.draft.numbers import HEDGE, amounts, counts_after
from memogen.draft.tenses import clause_apart, inner_clause, speaks_ahead, takes_place, tells_figures, to_come
from memogen.facts.periods import Period
from memogen.reading import WORD_NUMBERS, word_number

# a month's name after a day («4 июля») and after «в» («в июле»), as alternations for a pattern
MONTHS_GENITIVE = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
MONTHS_PREPOSITIONAL = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
# every case a month is named in: «январь», «января», «в январе», «к январю» (a base)
_MONTH = r"(?:январ[ьяею]|феврал[ьяею]|март[еуа]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[еуа]?|" \
         r"сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])(?![а-яё])"
_MONTH_WITH = r"(?:январ[её]м|феврал[её]м|мартом|апрелем|маем|июнем|июлем|августом|сентябр[её]м|октябр[её]м|" \
              r"ноябр[её]м|декабр[её]м)(?![а-яё])"  # the instrumental: «по сравнению с мартом»
_RELATIVE = {
    "этот": 0, "этого": 0, "этом": 0, "текущ": 0, "нынешн": 0, "уходящ": 0, "прошл": -1, "минувш": -1, "прошедш": -1,
    "предыдущ": -1,
    "позапрошл": -2, "следующ": 1, "будущ": 1, "наступающ": 1,
}
_REL = (
    # «за прошедший год» is last year, «за прошедшие годы» no one year
    r"(?P<rel>этого|этом|этот|текущ\w+|нынешн\w+|уходящ\w+|прошл\w+|минувш\w+|прошедш(?:ий|его|ем|ему)|предыдущ\w+|"
    r"позапрошл\w+|следующ\w+|"
    r"будущ\w+|наступающ\w+)"
)
# «в 2016 году», «в 2016-м» (the year word elided), «с 2016-го»
_YEAR = rf"(?:(?P<y>(?:19|20)\d\d)(?:\s*(?:-?го|-?м)?\s*(?:года|году|год|г\.)|-(?:го|м|й)(?![а-яё]))?|{_REL}\s+год\w*)"
_YEAR_DIGITS = r"(?P<y>(?:19|20)\d\d)\s*(?:года|году|год|г\.)"
_PART = r"начале|середине|конце"
_PART_OF_MONTH = rf"(?:{_PART}|(?:первую|вторую|третью|последнюю)\s+декаду)"
# a season's months, and the month of its start, middle and end
_SEASONS = {"осен": (9, 11), "весн": (3, 5), "лет": (6, 8)}
_PARTS = {"начале": 0, "середине": 1, "конце": 2}
_ORD = r"(?P<ord>перв\w*|втор\w*|трет\w*|четв[её]рт\w*|I{1,3}V?|IV|[1-4](?:-?\w{1,2})?)"
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r"|одиннадцат)\w*"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # «с июля 2024 по июнь 2025 года», «с октября 2023 года по март 2024 г.»: a run of months;
    # «с 29 сентября по 1 октября»: days, the months they fall in (`dated`)
    (
        "from_to",
        re.compile(
            rf"\bс\s+(?:(?P<d1>\d{{1,2}})\s+)?(?P<m1>{_MONTH})\s+(?:(?P<y1>(?:19|20)\d\d)\s*(?:года|г\.)?\s+)?"
            rf"по\s+(?:(?P<d2>\d{{1,2}})\s+)?(?P<m2>{_MONTH})"
            rf"(?:\s+(?:(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?|{_REL}\s+года))?",
            re.I,
        ),
    ),
    # «за последние 12 месяцев»: the months before the release's
    ("last_months", re.compile(
        rf"(?:за|в\s+течение)\s+последни[ехй]\s+(?:{_COUNT}\s+месяц\w*|(?P<half>полгода))", re.I
    )),
    ("year_end", re.compile(r"(?:к\s+концу|до\s+конца)\s+(?:этого\s+|текущего\s+|нынешнего\s+)?года", re.I)),
    # «январь–июнь», and in the instrumental «по сравнению с январём–июнем 2017 года» (a base)
    ("months", re.compile(
        rf"(?P<m1>{_MONTH}|{_MONTH_WITH})\s*[-–—]\s*(?P<m2>{_MONTH}|{_MONTH_WITH})(?:\s+{_YEAR})?", re.I
    )),
    # «в январе и феврале», «за январь и февраль 2024 года»: two months in a row are the run of both
    ("pair", re.compile(rf"(?P<m1>{_MONTH})\s+и\s+(?P<m2>{_MONTH})(?:\s+{_YEAR})?", re.I)),
    # «январь и 14 дней февраля этого года», «январь и первые недели февраля»: up to a part of a month
    ("months", re.compile(
        rf"(?P<m1>{_MONTH})\s+и\s+(?:перв\w+\s+)?(?:\d{{1,2}}\s+|\w+\s+)?(?:дн(?:я|ей)|недел\w+)\s+(?P<m2>{_MONTH})"
        rf"(?:\s+{_YEAR})?",
        re.I,
    )),
    (
        "count",
        re.compile(
            rf"{_COUNT}\s+(?:(?:прошедш|последн|перв)\w+\s+)?(?:месяц\w*|квартал(?:а|ов|ах)\b)(?:\s+{_YEAR})?", re.I
        ),
    ),
    ("half", re.compile(rf"{_ORD}\s+(?:полугоди\w*|полгода)(?:\s+{_YEAR})?", re.I)),
    ("quarter", re.compile(rf"{_ORD}\s+квартал\w*(?:\s+{_YEAR})?", re.I)),
    ("since_start", re.compile(r"с\s+начала\s+(?:этого\s+|текущего\s+|(?P<y>(?:19|20)\d\d)\s+)?года", re.I)),
    ("duration", re.compile(rf"за\s+{_COUNT}\s+(?:года|лет)\b", re.I)),
    ("last_years", re.compile(rf"(?:в|за)\s+последние\s+{_COUNT}\s+(?:года|лет)", re.I)),
    ("last_years", re.compile(rf"(?:в|за)\s+{_COUNT}\s+последни[хе]\s+(?:года|лет)", re.I)),  # «за три последних года»
    # «в конце ноября», «на третью декаду сентября» (set for it: still to come), «в середине мая 2024
    # года»: a part of a month is the month
    ("month", re.compile(
        rf"(?<![\d\w])(?:(?:в|(?P<on>на))\s+{_PART_OF_MONTH}\s+)(?P<m1>{_MONTH})(?:\s+{_YEAR})?", re.I
    )),
    ("month", re.compile(rf"(?<![\d\w])(?:в|за|к)\s+(?P<m1>{_MONTH})(?:\s+{_YEAR})?", re.I)),
    # «с 1 июня», «с марта 2020 года»: a start (`since`), the month it falls in
    ("month", re.compile(rf"(?<![\d\w])(?:с|со)\s+(?:\d{{1,2}}\s+)?(?P<m1>{_MONTH})(?:\s+{_YEAR})?", re.I)),
    # «дал ноябрь 2021 года»: a month named with its year, in any case, is that month (no day: «24 июня
    # 2014 года» is a date)
    ("month", re.compile(rf"(?<![\d\w])(?<!\d\s)(?P<m1>{_MONTH})\s+{_YEAR_DIGITS}", re.I)),
    # «в конце осени», «осенью»: a season's months, or its part («в конце» the last)
    ("season", re.compile(
        rf"(?<![\d\w])(?:в\s+(?P<part>{_PART})\s+(?P<s>осени|весны|лета)|(?P<whole>осенью|весной|летом)|"
        rf"(?P<since>с\s+начала)\s+(?P<start>осени|весны|лета))(?:\s+{_YEAR})?",
        re.I,
    )),
    # «по сравнению с мартом»
    ("month", re.compile(rf"(?<![\d\w])(?:с|со)\s+(?P<m1>{_MONTH_WITH})(?:\s+{_YEAR})?", re.I)),
    # «в первые недели 2023 года», «за первые шесть недель года»: weeks from a year's start; «за шесть
    # недель», «за последние две недели»: the weeks before the release
    ("weeks", re.compile(rf"(?:(?:в|за)\s+)?(?P<from>перв\w+)\s+(?:{_COUNT}\s+)?недел\w+\s+(?:{_YEAR}|года)", re.I)),
    ("weeks", re.compile(rf"за\s+(?:последни[ехй]\s+)?{_COUNT}\s+недел\w+", re.I)),
    ("span", re.compile(
        r"(?P<y1>(?:19|20)\d\d)\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)\s*(?:год(?:ы|ах|ов|ам|ами)|гг\.|года)", re.I
    )),
    ("year", re.compile(rf"(?<![\d-]){_YEAR}(?![\d-])", re.I)),
    # «по итогам года», «за весь год», «по итогам всего года»: the whole of a year not named
    ("whole_year", re.compile(
        r"(?:по\s+итогам|среди\s+итогов|итоги)\s+(?:всего\s+)?года|за\s+(?:весь|целый|полный)\s+год(?![а-яё])", re.I
    )),
)
# what is still to come: a forecast or a target takes no span of a sentence before unless it is a
# plan's (a whole year or a run of years still ahead); an estimate or a preliminary count of what
# has been is of the span in force, as an actual figure is («По итогам года … Импорт оценивается в …»)
TO_COME = frozenset({"forecast", "target"})
_ORDINAL = {
    "перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
}


@dataclass(frozen=True)
class Mention:
    """A period named in a sentence: what it resolves to and what role it plays."""

    period: Period | None
    role: str  # period, base, since, target, term
    stated: str
    start: int
    end: int
    year_guessed: bool = False  # the text named no year: the release's year was taken
    years: tuple[int, int] | None = None  # a span «на 2026–2028 годы»
    preliminary: bool = False  # «с начала года»: the months are not given
    dated: bool = False  # named by its days («с 29 сентября по 1 октября»): the dates of an event, mostly
    day: bool = False  # the year of a date with its day («27 июня 2017 года»): when something happened


def _month(word: str) -> int:
    low = word.lower()
    if low.startswith("ма") and not low.startswith("март"):
        return 5
    return next(n for n, stem in enumerate(MONTH_STEMS, 1) if low.startswith(stem))


def _year(m: re.Match[str], release: dt.date) -> tuple[int, bool]:
    """The year a match names (digits or «прошлого года»), or the release's, guessed."""
    groups = m.groupdict()
    if groups.get("y"):
        return int(groups["y"]), False
    rel = groups.get("rel")
    if rel:
        shift = next(v for k, v in _RELATIVE.items() if rel.lower().startswith(k))
        return release.year + shift, False
    return release.year, True


def _ordinal(word: str) -> int | None:
    low = word.lower()
    if re.fullmatch(r"i{1,3}|iv", low):  # «II квартал» is the second, not a word starting with «i»
        return _ORDINAL[low]
    return next((v for k, v in _ORDINAL.items() if low.startswith(k) if k.isalpha() or low[:1] == k), None)


def _resolve(kind: str, m: re.Match[str], release: dt.date) -> Mention | None:
    year, guessed = _year(m, release)
    stated = m.group()
    if kind in ("months", "pair"):
        first, last = _month(m["m1"]), _month(m["m2"])
        if first > last or kind == "pair" and last != first + 1:
            return None  # «в январе и марте»: two months apart, each its own
        if guessed and last > release.month:
            year -= 1  # «январь–октябрь» in a March release: last year's
        return Mention(Period(year, first, last, "months"), "period", stated, m.start(), m.end(), guessed)
    if kind == "count":
        # «за полтора месяца» in a February release: January and the half of February, 01..02
        value = int(m["n"]) if m["n"].isdigit() else _word_value(m["n"])
        n = math.ceil(value * (3 if "квартал" in stated.lower() else 1)) if value else None  # «трёх кварталов»: 9
        if not n or not 1 <= n <= 12:
            return None
        if guessed and n > release.month:
            year -= 1
        period = Period(year, 1, n, "months") if n < 12 else Period(year, 1, 12, "year")
        return Mention(period, "period", stated, m.start(), m.end(), guessed)
    if kind in ("half", "quarter"):
        return _part_of_year(kind, m, year, guessed)
    if kind in ("from_to", "last_months"):
        return _run(kind, m, year, release, guessed)
    if kind == "season":
        return _season(m, year, guessed, release)
    if kind == "weeks":
        return _weeks(m, year, guessed, release)
    if kind == "month":
        month = _month(m["m1"])
        if guessed and month > release.month and not m.groupdict().get("on") and not speaks_ahead(m.string):
            year -= 1  # «в сентябре» in a June release: last year's, unless the sentence speaks ahead
        return Mention(Period(year, month, month, "month"), "period", stated, m.start(), m.end(), guessed)
    return _years(kind, m, year, guessed, release)


def _season(m: re.Match[str], year: int, guessed: bool, release: dt.date) -> Mention:
    """«осенью» (09..11), «в конце осени» (11): a season of the release's year, or of the
    year before when its months are still to come and no year is named."""
    word = (m["s"] or m["whole"] or m["start"]).lower()
    first, last = next(months for stem, months in _SEASONS.items() if word.startswith(stem))
    if m["part"] or m["since"]:  # «с начала лета»: a start, its first month
        first = last = first + (_PARTS[m["part"].lower()] if m["part"] else 0)
    if guessed and last > release.month and not speaks_ahead(m.string):
        year -= 1
    period = Period(year, first, last, "month" if first == last else "months")
    return Mention(period, "since" if m["since"] else "period", m.group(), m.start(), m.end(), guessed)


def _weeks(m: re.Match[str], year: int, guessed: bool, release: dt.date) -> Mention | None:
    """«в первые недели 2023 года» in a release of 28.02.2023 (2023-01..02: from January to
    the release's month), «за первые шесть недель года» (the months those weeks fall in),
    «за шесть недель» (the months from six weeks before the release to its month): never
    the whole year."""
    n = (int(m["n"]) if m["n"].isdigit() else _word_count(m["n"])) if m["n"] else None
    if m.groupdict().get("from"):
        last = release.month if year == release.year else -(-(n or 0) * 7 // 31)
        first_year, first = year, 1
    else:
        start = release - dt.timedelta(weeks=n or 0)
        first_year, first, year, last = start.year, start.month, release.year, release.month
    if not 1 <= last <= 12 or n is not None and not 1 <= n <= 52:
        return None
    if first_year < year:
        period = Period(year, first, last, "run", first_year)
    else:
        period = Period(year, first, last, "month" if first == last else "months")
    return Mention(period, "period", m.group(), m.start(), m.end(), guessed or not m.groupdict().get("from"))


def _run(kind: str, m: re.Match[str], year: int, release: dt.date, guessed: bool) -> Mention | None:
    """«с июля 2024 по июнь 2025 года» (2024-07..2025-06), «с января по август этого года»,
    «с января по май» (the release's year, or the year before when its months are still
    to come), «за последние 12 месяцев» (the twelve months before the release's month, its
    year inferred): months within one year, or a run across years."""
    if kind == "from_to":
        first, last = _month(m["m1"]), _month(m["m2"])
        if guessed and not m["y1"] and last > release.month:
            year -= 1
        since = int(m["y1"] or year)
    else:
        n = 6 if m["half"] else int(m["n"]) if m["n"].isdigit() else (_word_count(m["n"]) or 0)
        end = release.year * 12 + release.month - 2  # the month before the release's, counted from 0
        if not 1 <= n <= 36:
            return None
        since, first, year, last = (end - n + 1) // 12, (end - n + 1) % 12 + 1, end // 12, end % 12 + 1
    if (since, first) > (year, last):
        return None
    if since < year:
        period = Period(year, first, last, "run", since)
    else:
        period = Period(year, first, last, "year" if (first, last) == (1, 12) else "months")
    dated = kind == "from_to" and bool(m["d1"] and m["d2"])
    return Mention(period, "period", m.group(), m.start(), m.end(), kind == "last_months" or guessed, dated=dated)


def _year_to_date(year: int) -> Period:
    """«с начала года»: `YYYY-YTD` where the facts model has it, else the year (the
    figure is then marked preliminary)."""
    try:
        return Period.parse(f"{year}-YTD")
    except ValueError:
        return Period(year, 1, 12, "year")


def _word_count(word: str) -> int | None:
    value = _word_value(word)
    return None if value is None else int(value)


def _word_value(word: str) -> float | None:
    """The number a word names («три», «одиннадцати», «полтора»: 1.5), or None."""
    low = word.lower()
    if low.startswith("одиннадцат"):
        return 11
    value = word_number(low)
    return None if value is None else float(value)


def _part_of_year(kind: str, m: re.Match[str], year: int, guessed: bool) -> Mention | None:
    n = _ordinal(m["ord"])
    if n is None or (kind == "half" and n > 2):
        return None
    code = f"{year}-H{n}" if kind == "half" else f"{year}-Q{n}"
    return Mention(Period.parse(code), "period", m.group(), m.start(), m.end(), guessed)


def _years(kind: str, m: re.Match[str], year: int, guessed: bool, release: dt.date) -> Mention | None:
    if kind == "span":
        first, last = int(m["y1"]), int(m["y2"])
        return Mention(None, "term", m.group(), m.start(), m.end(), years=(first, last))
    if kind == "since_start":
        return Mention(_year_to_date(year), "period", m.group(), m.start(), m.end(), preliminary=True)
    if kind == "duration":
        n = int(m["n"]) if m["n"].isdigit() else (_word_count(m["n"]) or 0)
        return Mention(None, "duration", m.group(), m.start(), m.end(), years=(n, n)) if n else None
    if kind == "last_years":
        # «в последние два года»: the years before the release's; the latest is drafted
        n = int(m["n"]) if m["n"].isdigit() else (_word_count(m["n"]) or 1)
        last = release.year - 1
        return Mention(Period(last, 1, 12, "year"), "period", m.group(), m.start(), m.end(), True, (last - n + 1, last))
    if kind == "year_end":  # «к концу года»: a target for the release's year
        return Mention(Period(release.year, 1, 12, "year"), "target", m.group(), m.start(), m.end())
    if kind == "whole_year":
        y = release.year - 1 if release.month <= 2 else release.year
        return Mention(Period(y, 1, 12, "year"), "period", m.group(), m.start(), m.end(), True)
    # «в этом году» in a release that came out before December: the year so far
    running = year == release.year and release.month < 12 and not guessed
    day = bool(_DAY_BEFORE.search(m.string, 0, m.start()))
    return Mention(
        Period(year, 1, 12, "year"), "period", m.group(), m.start(), m.end(), guessed, preliminary=running, day=day
    )


# «27 июня 2017 года»: a day and a month in the genitive right before a year
_DAY_BEFORE = re.compile(rf"(?<!\d)\d{{1,2}}\s+{_MONTH}\s*$", re.I)


# «к уровню 2023 года», «превышает уровень 2003 года», «уровнем прошлого года»: what a figure is set against
_BASE_BEFORE = re.compile(
    r"(?:к\s+уровню|на\s+уровне|уровень|уровн(?:я|ем|ю)|по\s+сравнению\s+с|в\s+сравнении\s+с|по\s+отношению\s+к|относительно|чем|"
    # «по отношению к периоду с января по сентябрь 2008 года»
    r"против|(?:по\s+отношению\s+к|по\s+сравнению\s+с|в\s+сравнении\s+с)\s+(?:период\w*|показател\w*)|"
    # «к аналогичному периоду», «к тем же месяцам», «с тем же кварталом»: the same months a year before
    r"(?:аналогичн\w+|т(?:от|ого|ем|еми|ому|ой|ех|ими?|е|у)\s+же|соответствующ\w+)\s+(?:период|месяц|квартал|полугоди)\w*)"
    r"\s*(?:в|за|с|со)?\s*$",
    re.I,
)


# «За тот же период прошлого года товарооборот составлял …»: the figure's own span, the span in force a
# year before («чем за тот же период», «против аналогичного периода» are a base)
_OWN_SAME = re.compile(
    r"(?<![\w-])(?<!чем\s)(?<!против\s)(?:за|в)\s+(?:аналогичн\w+|т(?:от|ого|ом)\s+же|соответствующ\w+)\s+"
    r"период\w*\s*$",
    re.I,
)


def _role(text: str, mention: Mention, release: dt.date | None = None) -> str:
    """Whether a period is the figure's own, the base its growth compares with
    («к уровню 2023 года»), a start («с 2009 года») or a target («к 2030 году»); «к» a
    year already over when the release came out («вырос в 2,5 раза к 2020 году», «на 12 %
    к прошлому году») names no target: a base."""
    if mention.role != "period":
        return mention.role
    before = text[max(0, mention.start - 45) : mention.start]
    lead = re.match(r"(?:к|с|со)\s+", mention.stated, re.I)  # «к марту», «с мартом»: the word is in the mention
    if lead and mention.period is not None and mention.period.kind == "month":
        before += lead.group()
    if _OWN_SAME.search(before):
        return "same"
    if _BASE_BEFORE.search(before):
        return "base"
    last = before.rstrip().rsplit(None, 1)[-1].lower().lstrip("«\"„“(") if before.strip() else ""
    if last in ("с", "со", "начиная"):
        return "since"
    if last == "к" and release is not None and mention.period is not None and mention.period.year < release.year:
        return "base"
    if last in ("к", "до") and mention.period is not None and mention.period.is_whole_year:
        return "target"
    return "period"


def mentions(text: str, release: dt.date) -> list[Mention]:
    """Every period `text` names, in order, with its role; overlapping phrasings are
    read once, the longest first found."""
    found: list[Mention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            if kind == "year" and m["y"] and m.end() == m.end("y") and counts_after(text, m.end()):
                continue  # «поставлено 2000 тракторов»: a count, no year
            mention = _resolve(kind, m, release)
            if mention is not None:
                found.append(mention)
    found += _elided_years(text, found, release)
    found += _years_earlier(text, found)
    out: list[Mention] = []
    for mention in sorted(found, key=lambda f: f.start):
        if mention.role == "duration":
            mention = _after_years(mention, out, release)
        elif _WHOLE_YEAR.fullmatch(mention.stated):
            mention = _whole_of(mention, out)
        role = _role(text, mention, release)
        out.append(mention if role == mention.role else _with_role(mention, role))
    return out


# «в этом», «а в текущем» with «году» left out, before a dash, a comma, «уже» or a number
_ELIDED_YEAR = re.compile(
    r"(?<![\w-])в\s+(?P<rel>этом|текущем|нынешнем|прошлом|минувшем)(?=\s*(?:[—–,:]|уже\b|ещё\b|еще\b|\d))", re.I
)


# «тогда как годом ранее было 16,3 тыс. тонн»: the span in force a year before (not «чем годом ранее»,
# «против 0,1 % годом ранее»: a base)
_YEAR_EARLIER = re.compile(r"(?<![\w-])(?:годом|на\s+год)\s+(?:ранее|раньше|прежде)(?![\w-])", re.I)


def _years_earlier(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for m in _YEAR_EARLIER.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found) or _BASE_BEFORE.search(text, 0, m.start()):
            continue
        out.append(Mention(None, "same", m.group(), m.start(), m.end()))
    return out


def _elided_years(text: str, found: list[Mention], release: dt.date) -> list[Mention]:
    """«В прошлом году было около 40, в этом уже 65»: a relative year whose «году» is left
    out after a year named before it in the sentence is that year."""
    if not any(m.period is not None and m.period.kind == "year" for m in found):
        return []
    out = []
    for m in _ELIDED_YEAR.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found) or not any(f.end <= m.start() for f in found):
            continue
        said = mentions(f"в {m['rel']} году", release)
        if said:
            out.append(replace(said[0], stated=m["rel"], start=m.start("rel"), end=m.end()))
    return out


# «…, в 2024 году — и до 850 тыс. тонн», «…, в 2023-м — 70 млн»: a period that a dash joins to the
# amount after it (the verb left out)
_DASH_TO_AMOUNT = re.compile(
    rf"\s*[—–]\s*(?:(?:и|а|ещё)\s+)?(?:(?:до|на|в)\s+)?(?:(?:{HEDGE})\s+)?(?:\$\s*)?(?:\d|полмиллиард|миллиард|миллион)",
    re.I,
)


def of_later_amount(text: str, ms: list[Mention], at: int) -> list[Mention]:
    """The periods after the amount at `at` that a dash joins to an amount of their own
    («планируем нарастить перевалку до 650 тыс. тонн, в 2024 году — и до 850 тыс.»: 2024 is
    850's, not 650's)."""
    return [m for m in ms if m.start > at and _DASH_TO_AMOUNT.match(text, m.end)]


def day_month(text: str, mention: Mention) -> Mention:
    """The month of a date with its day («22 декабря 2020 г. состоялась церемония передачи …»):
    what an event on that day counts is of its month (README convention 2), while the date
    alone («договор от 24 июня 2014 года») stays its year. Any other mention as it is."""
    day = _DAY_BEFORE.search(text, 0, mention.start) if mention.day and mention.period is not None else None
    if day is None or mention.period is None:
        return mention
    month = _month(day.group().split()[-1])
    year = mention.period.year
    return replace(mention, period=Period(year, month, month, "month"), stated=text[day.start() : mention.end])


# What stands between a base and the amount it was: «уровень 2010 года — около 7 млн», «к уровню
# 2020 года (5 млн)»
_BASE_IS = re.compile(rf"\s*[—–:(]\s*(?:(?!до\s)(?:{HEDGE})\s+)?", re.I)  # «— до 558 млн» is the level reached
# «против 7 млн в 2010 году», «по сравнению с 5 млн за тот же период»: an amount set against the figure's
_AGAINST = re.compile(r"(?<![\w-])(?:против|по\s+сравнению\s+с|в\s+сравнении\s+с)\s+(?:[а-яё]+\s+){0,2}$", re.I)
_RIGHT_AFTER = re.compile(r"\s*(?:(?:в|во|за)\s+)?", re.I)


def base_level(text: str, ms: list[Mention], start: int, end: int) -> Mention | None:
    """The period of the amount between `start` and `end` when it states the level a figure is
    compared with, not the figure: the base named right before it («более чем вдвое превысил
    уровень 2010 года — около 7 млн»: 2010), or a period named right after an amount set
    against the figure («составил 14 млн против 7 млн в 2010 году»: 2010). None else."""
    for m in ms:
        if m.role == "base" and m.period is not None and m.end <= start and _BASE_IS.fullmatch(text, m.end, start):
            return m
    if not _AGAINST.search(text, 0, start):
        return None
    after = next((m for m in ms if m.start >= end), None)
    if after is None or after.period is None or not _RIGHT_AFTER.fullmatch(text, end, after.start):
        return None
    return after


_WHOLE_YEAR = re.compile(r"за\s+(?:весь|целый|полный)\s+год|(?:по\s+итогам|итоги)\s+всего\s+года", re.I)


def _whole_of(mention: Mention, before: list[Mention]) -> Mention:
    """«за 10 месяцев … более 40 млрд, а за весь год — около 54 млрд»: the whole year of the
    part named before it in the sentence; else the year the release's date suggests."""
    part = next((m.period for m in reversed(before) if m.period is not None and m.role == "period"), None)
    if part is None:
        return mention
    return replace(mention, period=Period(part.year, 1, 12, "year"), year_guessed=False)


def _after_years(mention: Mention, before: list[Mention], release: dt.date) -> Mention:
    """«если в 2015 году …, то за четыре года …»: the year four years on, but no year
    that had not ended when the release came out."""
    start = next((m.period for m in reversed(before) if m.period is not None and m.period.is_whole_year), None)
    if start is None or mention.years is None:
        return mention
    year = min(start.year + mention.years[0], release.year - 1)
    return Mention(Period(year, 1, 12, "year"), "period", mention.stated, mention.start, mention.end, True)


def _with_role(m: Mention, role: str) -> Mention:
    return replace(m, role=role)


_UP_TO = re.compile(r"\s*(?:года\s+)?по\s*$", re.I)


def years_counted(text: str, ms: list[Mention], at: int) -> str | None:
    """The run of whole years a count stated at `at` is the total of, as the facts file
    writes it: «с 2015 по 2024 год проведено 10 форумов», «в 2015–2024 годах …», «за
    последние три года …» → `2015..2024`. A count over years is one total, never the same
    count in each year; None when no such run comes before the count."""
    # only in the count's own statement: «Основные направления … на 2024–2026 годы: к декабрю выполнено
    # 118 мероприятий» name the document's term, not the count's run
    begin = clauses.start(text, at, clauses.STATEMENT)
    before = [m for m in ms if begin <= m.start and m.end <= at]
    for n, m in enumerate(before):
        if m.role == "since" and m.period is not None and m.period.is_whole_year and n + 1 < len(before):
            last = before[n + 1]
            if last.period is not None and last.period.is_whole_year and _UP_TO.match(text[m.end : last.start]):
                return _years_run(m.period.year, last.period.year)
        if m.years is not None and m.role in ("term", "period") and m.years[0] > 1900:
            return _years_run(*m.years)
    return None


def _years_run(first: int, last: int) -> str | None:
    return f"{first}..{last}" if first < last else None


# «с начала сотрудничества», «за годы работы», «с момента подписания соглашения», «за всю
# историю отношений», «с момента его основания», «за годы независимости»: a start the release
# names by no date
_EVER = re.compile(
    r"\b(?:с\s+(?:самого\s+)?(?:начала|момента)|за\s+(?:(?:всё|все|весь|всю)\s+)?(?:время|годы|период|историю))\s+"
    r"(?:[а-яё]+\s+){0,2}?(?:сотрудничеств|работ|деятельност|реализаци|подписани|создани|существовани|"
    r"взаимодействи|партн[её]рств|открыти|действи|отношени|запуск|основани|независимост)[а-яё]*",
    re.I,
)


def ever_since(text: str) -> str | None:
    """The words of a start named by no date before a count («с момента подписания
    соглашения»: the noun and the genitives after it), or None."""
    found = list(_EVER.finditer(text))
    if not found:
        return None
    from memogen.draft.shares import genitive_run

    more = (genitive_run(text[found[-1].end() :]) or "").split()
    short = next((n for n, w in enumerate(more) if len(w) < 3), len(more))  # «в», «с»: no genitive
    return " ".join([found[-1].group(), *more[:short]])


# «к аналогичному периоду 2011 года», «по сравнению с тем же периодом прошлого года»: the same span
# a year before, whatever its months
_SAME_SPAN_BEFORE = re.compile(
    r"(?:аналогичн\w+|т(?:от|ого|ем|ому|ой|ех|ими?|е|у)\s+же|соответствующ\w+|прошлогодн\w+)\s+"
    r"(?:период|месяц|квартал|полугоди)\w*\s*(?:в|за|с|со)?\s*$",
    re.I,
)
_PART_KINDS = ("months", "month", "quarter", "half")


def _same_span(text: str, base: Mention) -> bool:
    """Whether a base is a span a year before the figure's: months of a year («уровню
    января–июня 2018 года»), or a year after «аналогичный период», «тот же период»."""
    period = base.period
    if base.role != "base" or period is None:
        return False
    return period.kind in _PART_KINDS or bool(_SAME_SPAN_BEFORE.search(text[max(0, base.start - 45) : base.start]))


def compared_spans(text: str, ms: list[Mention], at: int) -> list[Mention]:
    """The bases of the statement holding `at` that are the same span a year before, else
    those of the whole sentence («… составил 21,7 млн и вырос на 51 % к аналогичному периоду
    2011 года, а импорт — 3,5 млн»: the import is of the same months)."""
    begin, end = clauses.start(text, at, clauses.STATEMENT), clauses.end(text, at, clauses.STATEMENT)
    spans = [m for m in ms if _same_span(text, m)]
    # «по сравнению с прошлым годом товарооборот вырос втрое», «прибавил к 2014 году 12 млн»: a
    # whole year compared with in the statement itself, for a figure that names no span of its own
    # and tells what was done (not «планируем нарастить экспорт на 40 % к уровню 2021 года»)
    years = [replace(m, role=_YEAR_BASE) for m in ms if m.role == "base" and m.period is not None
             and m.period.kind == "year" and begin <= m.start < end and to_come(text, at) is None]
    return [m for m in spans if begin <= m.start < end] or spans or years


# a whole year a figure is compared with, not said to be the same span a year before
_YEAR_BASE = "year compared"


def dated_by_base(chosen: Mention | None, carried: bool, bases: list[Mention], release: dt.date) -> Mention | None:
    """The span a figure compared with the same span a year before is of, when its own
    words do not say it better: the base's months a year on («на 7,4 % уступает уровню
    января–июня 2018 года»: 2019-01..06, over a carried or a running year), the months in
    force a year after the base («к аналогичному периоду 2011 года» after «за январь–июль»),
    else the year after the base (the months unnamed, preliminary while it runs); None
    when the base adds nothing or the span would lie after the release."""
    base = bases[0].period if bases else None
    if base is None:
        return None
    held = chosen.period if chosen is not None else None
    if bases[0].role == _YEAR_BASE and (held is not None or base.year + 2 < release.year):
        return None  # a year compared with dates only a figure of no span, the year after it, of late
    if held is not None and (held.kind in ("years", "run") or held.year not in (base.year, base.year + 1)):
        return None
    if held is not None and not carried and (held.year == base.year or not held.is_whole_year
                                             or base.kind not in _PART_KINDS):
        return None  # its own months, or a year it names («в 2020 году – 417 млн»): its own words
    year = base.year + 1
    if base.kind in _PART_KINDS:
        span = Period(year, base.first, base.last, base.kind)
    elif held is not None and not held.is_whole_year:
        span = Period(year, held.first, held.last, held.kind)
    else:
        span = Period(year, 1, 12, "year")
    if span == held or (span.year, span.first) > (release.year, release.month):
        return None
    running = span.is_whole_year and (year, 12) > (release.year, release.month)
    return Mention(span, "period", bases[0].stated, bases[0].start, bases[0].end, preliminary=running)


def since_start(text: str, ms: list[Mention], at: int) -> Mention | None:
    """The start named before the amount at `at` in its own statement («с 1 июня ввезли
    140 тонн», «с 2007 года собрано …»), or None."""
    begin = clauses.start(text, at, clauses.STATEMENT)
    return next((m for m in reversed(ms) if m.role == "since" and m.period is not None and begin <= m.start < at), None)


def up_to_release(since: Mention, release: dt.date) -> Mention | None:
    """What was done from a start up to the release («с 1 июня ввезли …» in a release of
    22.06.2020: 2020-06; «с 2007 года» in November 2020: 2007-01..2020-11), or None when
    the start is after the release's month."""
    start = since.period
    if start is None or (start.year, start.first) > (release.year, release.month):
        return None
    if start.year < release.year:
        span = Period(release.year, start.first, release.month, "run", start.year)
    elif start.first == release.month:
        span = Period(release.year, start.first, start.first, "month")
    else:
        span = Period(release.year, start.first, release.month, "months")
    return Mention(span, "period", since.stated, since.start, since.end)


def year_before(same: Mention, held: Mention | None) -> Mention | None:
    """«За тот же период прошлого года он составлял 145 млн» after «за девять месяцев 2020
    года»: the span in force in the year the words name (2019-01..09); the whole year when
    none is in force. «годом ранее было 16,3 тыс. тонн» names no year: the span in force a
    year before it, None when none is in force."""
    span = held.period if held is not None else None
    if same.period is not None:
        year = same.period.year
    elif span is not None and span.kind not in ("years", "run", "ytd"):
        year = span.year - 1
    else:
        return None
    if span is None or span.is_whole_year or span.kind in ("years", "run", "ytd"):
        period = Period(year, 1, 12, "year")
    else:
        period = Period(year, span.first, span.last, span.kind)
    return Mention(period, "period", same.stated, same.start, same.end)


def before_next_amount(text: str, ms: list[Mention], at: int) -> list[Mention]:
    """The periods the amount at `at` may take: none of a clause after it that «, а» or «;»
    opens and that states an amount of its own («… 7–13,5 млн, а в 2020 году достиг 24,6 млн»,
    «подписано договоров на 543 млн, а в прошлом году их заключили на 40 млн»: that year is
    the later amount's)."""
    turn = clauses.NEXT.search(text, at)
    if turn is None or not amounts(text[turn.end() :]):
        return ms
    return [m for m in ms if m.start < turn.start() or m.end <= at]


# «с тех пор», «с того времени», «с этого момента»: from the time named before, up to now
_SINCE_THEN = re.compile(
    r"(?<![\w-])с\s+(?:тех\s+пор|того\s+(?:времени|момента)|этого\s+(?:времени|момента))(?![\w-])", re.I
)


def since_then(text: str, ms: list[Mention], at: int) -> list[Mention]:
    """The periods the amount at `at` may take, a period that «с тех пор» refers back to from
    between it and the amount made a start («встречался с Президентом в 2022 году, и с тех пор
    товарооборот вырос до полумиллиарда»: 2022 is when the growth began, the level is now's)."""
    out = []
    for m in ms:
        then = _SINCE_THEN.search(text, m.end, at) if m.end <= at and m.period is not None else None
        later = then is not None and any(o is not m and m.end <= o.start < then.start() for o in ms)
        out.append(replace(m, role="since") if then is not None and not later and m.role == "period" else m)
    return out


def outside_clauses(text: str, ms: list[Mention], at: int) -> list[Mention]:
    """The periods a figure at `at` that was or is may take: none named in a relative or
    subordinate clause after it that is a statement of its own, with an amount
    («Украина сегодня — третий партнёр по товарообороту, который в прошлом году дошёл до $370
    млн»: 2019 is the turnover's, not the place's) or a subject or a time of its own («работа 10
    отделений, деятельность которых в текущем году будет …»). A clause opened by «который» with
    no amount tells of what the figure counts («объём инвестиций, которые вложат до конца 2013
    года, составляет …») and keeps its time."""
    out = []
    for m in ms:
        span = inner_clause(text, m.start)
        if span is None or span[0] < at or not (amounts(text[span[0] : span[1]]) or clause_apart(text, m.start)):
            out.append(m)
    return out


# «за восемь месяцев», «по итогам первого полугодия», «с начала года», «в течение года»: a span
# something is counted over
_OVER = r"(?<![\w-])(?:за|по\s+итогам|итоги|с\s+начала|в\s+течение)\s+"
_COUNTED_OVER = re.compile(rf"{_OVER}(?:[а-яё]+\s+)?$", re.I)


def of_deed(text: str, mention: Mention, release: dt.date) -> bool:
    """Whether a period named in a sentence that states no figure dates a deed or an event
    that is over («в 1996 году главы государств подписали договор», «два месяца назад провели
    переговоры»), not a span that figures are counted over («Появились цифры за восемь
    месяцев», «по итогам первого полугодия поделилось …», a verb of trade or of a level: «в
    январе–ноябре поставили рекордный объём») nor a plan's time still to come («Контракт
    рассчитан на поставки в 2026 году»), unless that time is when an event is to take place
    («Заседание пройдёт в середине апреля»): the figures of the sentences after it are none of its."""
    period = mention.period
    if period is None or tells_figures(text):
        return False
    if (period.year, period.last) >= (release.year, release.month):
        return takes_place(text)  # «Заседание пройдёт в апреле»: an event to come, not a span of figures
    return not (re.match(_OVER, mention.stated, re.I) or _COUNTED_OVER.search(text, 0, mention.start))


_DASH_ENDS = re.compile(r"\s[—–]\s*$")


def move_started(text: str, ms: list[Mention], at: int) -> Mention | None:
    """The span the level a move started from is of («в 2020 году вырос с 69 млн до 75 млн»:
    69 млн is 2019's): the same span a year before the one named before the move in its own
    statement (a year, months, a half or a quarter; no run of years, no «за 20 лет»), or None."""
    begin = clauses.start(text, at, clauses.STATEMENT)
    if _DASH_ENDS.search(text, 0, begin):  # «в 2022 году выросли в четыре раза — с 4,2 млн до 18 млн»
        begin = clauses.start(text, begin - 3, clauses.STATEMENT)
    named = [m for m in ms if m.role == "period" and m.period is not None and begin <= m.start and m.end <= at]
    span = named[-1].period if named else None
    if span is None or span.kind in ("years", "run", "ytd") or named[-1].years is not None:
        return None
    return Mention(Period(span.year - 1, span.first, span.last, span.kind), "period", named[-1].stated,
                   named[-1].start, named[-1].end)


_WHOSE = ("counterparty", "holder", "trade")


def lead_spans(items: list[Item]) -> list[Item]:
    """A figure stated before the release names any span (a headline, a lead: «Товарооборот
    вырос на 19 %. По итогам 2024 года он составил …») is of the first span the next two
    sentences name for the same indicator of the same trade in their own words; growth the
    body states again for it («… вырос на 22 %» over «в январе–июне вырос на 22,4 %») is the
    body's, and the lead's is dropped. An expectation, a place or a share with no amount, or
    a lead the next sentences do not date keeps none."""
    kept = []
    for k, item in enumerate(items):
        later = _dated_after(items, k)
        if later is None:
            kept.append(item)
            continue
        data = item.data
        if data.get("value") is None and (later.data.get("growth") or _said_later(items, k)):
            continue  # the body states the lead's growth again, with its span
        data["period"], data["_status"] = later.data["period"], later.data["_status"]
        if "status" in later.data:
            data["status"] = later.data["status"]
        item.doubt("check", f"stated before the release names a span: that of the figure after it, {data['period']}")
        kept.append(item)
    return kept


def _rate(growth: dict | None) -> tuple:
    return tuple((growth or {}).get(key) for key in ("change", "times", "words", "fall"))


def _said_later(items: list[Item], k: int) -> bool:
    """Whether the lead growth `items[k]` is stated again further on, for the same indicator
    and trade («вырос на 10 % за год» over «За 10 месяцев … вырос на 10 %»)."""
    data = items[k].data
    return any(o.data.get("indicator") == data.get("indicator") and all(o.data.get(w) == data.get(w) for w in _WHOSE)
               and _rate(o.data.get("growth")) == _rate(data.get("growth")) for o in items[k + 1 :])


def _dated_after(items: list[Item], k: int) -> Item | None:
    """The figure of the next two sentences that dates the lead figure `items[k]`, or None."""
    data = items[k].data
    if not data.get("_unsaid") or data.get("period") != UNSTATED or data.get("_status") != "actual":
        return None
    if data.get("value") is None and not data.get("growth"):
        return None  # a place or a share with no amount tells how things stand
    if (data.get("growth") or {}).get("years"):
        return None  # growth over years joins the level it reached (figures.merge)
    at = items[k].sentence or 0
    later = next((o for o in items[k + 1 :] if at < (o.sentence or 0) <= at + 2
                  and o.data.get("indicator") == data.get("indicator")
                  and all(o.data.get(w) == data.get(w) for w in _WHOSE)), None)
    if later is None or later.data.get("period") in (None, UNSTATED) or later.data.get("_carried"):
        return None
    return later if later.data.get("_status") in ("actual", "preliminary") else None
