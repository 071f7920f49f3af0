"""A Russian sentence → the quantities it states: amounts of money and counts, percents,
multiples and places, each with its hedge and its span in the sentence.

«$316,4 млн», «678,1 миллиона долларов», «полмиллиарда», «двух миллиардов долларов»,
«почти 900 млн», «17,7 тыс. тонн», «16 тракторов», «100,9%», «на 2,5 %», «плюс три
процента», «в 1,5 раза», «вдвое», «на треть», «16-е место», «вторым партнером». Numbers
keep the digits the text gave (Decimal, «,» read as the decimal point). No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from memogen import inflect
from memogen.draft import clauses, indicators
from memogen.facts.model import SCALE_FACTORS
from memogen.reading import (
    MULTIPLIED,
    MULTIPLIED_RE,
    SCALES,
    SPELLED,
    STEP_DOWN,
    TENS,
    WORD_NUMBER,
    in_tens,
    level_reached,
    spelled_number,
    word_number,
)

# A dash between the ends of a range: hyphen, en and em dash, and the minus sign («500−700»)
DASH = "[-–—−]"
# A percent sign, or the word in full or abbreviated: «12 %», «12 процентов», «12 проц.», «12 проц»
PERCENT_SIGN = r"%|проц(?:ент\w*|\.|(?![а-яё]))"
NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?"
_SCALE = r"трлн\.?|млрд\.?|млн\.?|тыс(?:\.|(?![а-яё]))|триллион\w*|миллиард\w*|миллион\w*|тысяч\w*"
_CURRENCY = (
    r"(?:американск\w+\s+)?долл(?:ар\w*|\.)(?:\s+США)?|USD|евро|EUR|€|\$|BYN|RUB|"
    r"(?:российск\w+\s+|белорусск\w+\s+)?рубл\w*|руб\.|юан\w*|тенге|сум(?:ов|а)?\b|гривн\w*|гривен"
)
# «с лишним», «с небольшим» after a number or its scale: a little more than it
_ODD = r"с\s+(?:лишним|небольшим)(?![а-яё])"
_AMOUNT = re.compile(
    rf"(?P<pre>US\$|\$|€)?\s?(?P<num>{NUM})(?!\d)(?!\s?-?\s?(?:е|й|го|м)\b)"
    rf"(?:\s(?P<odd>{_ODD})(?=\s?(?:{_SCALE})))?\s?(?P<scale>{_SCALE})?"
    # «500 млн [долларов]»: a currency an editor put in square brackets in a quote
    rf"(?:\s?(?P<cur>{_CURRENCY})|\s?\[(?P<edited>{_CURRENCY})\])?",
    re.IGNORECASE,
)
_WORD_AMOUNT = re.compile(
    # «четверти миллиона тонн»: a quarter of the scale, as «полмиллиарда» is a half
    rf"(?:(?P<wnum>{SPELLED})\s+|(?P<quarter>четверт(?:ь|и|ью))\s+)?(?P<pol>полу?)?"
    rf"(?P<scale>миллиард\w*|миллион\w*|тысяч\w*|триллион\w*)"
    rf"(?:\s+(?P<cur>{_CURRENCY}))?",
    re.IGNORECASE,
)
CURRENCIES = (
    ("долл", "USD"), ("usd", "USD"), ("$", "USD"), ("евро", "EUR"), ("eur", "EUR"), ("€", "EUR"),
    ("белорусск", "BYN"), ("byn", "BYN"), ("руб", "RUB"), ("rub", "RUB"), ("юан", "CNY"),
    ("тенге", "KZT"), ("сум", "UZS"), ("грив", "UAH"),
)
# a month in full or abbreviated as datelines write it: «3 мар», «22 Дек.», «1 сент.»
_MONTH_AFTER = re.compile(
    r"\s*(?:январ|феврал|марта?\b|апрел|ма[йя]\b|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|(?:янв|фев|февр|мар|апр|авг|сен|сент|окт|ноя|нояб|дек)(?:\.|(?![а-яё])))",
    re.IGNORECASE,
)
# A time of day («15:33», «в 9:00»), a time zone («GMT +5»), a date in figures
# («05.03.2026», «19.06.19», «20/07/2020»), a telephone number («8 (0222) 71-35-40»), a
# postcode before the town («212030, г. Могилёв») or a house after its street («ул.
# Ленина, 31»): a page's dateline, timestamps and contacts are full of them, and no part
# of one is a quantity.
_CLOCK_OR_DATE = re.compile(
    r"(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|\b(?:GMT|UTC|МСК)\s?[+−-]\s?\d{1,2}(?::\d\d)?"
    r"|(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d\d)(?![\d.,/]\d)"
    r"|(?<![\d\w])(?:\+?\d{1,3}\s?)?\(\d{2,5}\)\s?\d{1,4}(?:[-\s]\d{2,4}){1,2}(?!\d)"
    r"|(?<![\d.,])\d{6}(?=,?\s*(?:г|ул|пос|аг|д|пр|пер)\.)"
    r"|\b(?:ул|пр|просп|пер|пл|бул)\.\s*[А-ЯЁ][\w.-]*(?:\s+[А-ЯЁа-яё][\w-]*){0,2},?\s*(?:д\.\s*)?\d{1,4}(?!\d)"
)
_YEAR_AFTER = re.compile(r"\s*(?:-?\s?(?:го|м|й)\s+)?(?:год\w*|гг?\.)")

# A hedge in front of a number, as the text may say it → the word the facts file uses.
_HEDGES = (
    (r"где-то(?: на уровне| в районе)?(?: от)?", "около"), (r"на уровне около", "около"), (r"в районе", "около"),
    (r"без малого", "почти"), (r"более,? чем(?: на)?", "более"), (r"больше,? чем(?: на)?", "более"),
    # «чуть меньше миллиарда», «немногим менее 90 млн»: just short of it, as «почти»
    (r"(?:чуть|немногим|слегка|несколько)\s+(?:меньше|менее)(?: чем)?(?: на)?", "почти"),
    # «в копилке минимум 225 млн»: a floor, as «не менее» («как минимум» wins where it is said)
    (r"минимум", "не менее"),
    (r"не менее,? чем(?: на)?", "не менее"), (r"не менее(?:,? чем)?(?: на)?", "не менее"), (r"как минимум", "не менее"),
    # «не более 250 тыс. тонн»: a ceiling, «до» as the facts files write it
    (r"не более(?:,? чем)?(?: на)?", "до"), (r"максимум", "до"), (r"менее,? чем(?: на)?", "менее"),
    (r"более(?: на)?", "более"), (r"свыше", "свыше"), (r"больше", "более"), (r"почти(?: на)?", "почти"),
    (r"около", "около"), (r"порядка", "порядка"), (r"примерно(?: на)?", "около"),
    (r"приблизительно(?: на)?", "около"), (r"ориентировочно", "около"), (r"менее", "менее"), (r"меньше", "менее"),
    (r"превыси\w*|превыша\w*|превысил\w*|выше(?: чем)?", "более"),
    # «превысит планку в 1 млрд», «контракты, превышающие сумму в 20 млрд»: a mark said to be passed
    (r"(?:превыс|превыш)\w*\s+(?:сумм|планк|отметк|рубеж|порог)\w*", "более"),
    # «едва переваливает за 10 млн», «перешагнёт 1 млрд», «может перешагнуть рубеж в 1,5 млрд»: a
    # floor said by a verb of passing a mark, as «превысил»
    (r"перевал\w*\s+за(?:\s+(?:сумм|планк|отметк|рубеж|порог)\w*)?", "более"),
    (r"перешагн\w*(?:\s+за)?(?:\s+(?:сумм|планк|отметк|рубеж|порог)\w*)?", "более"), (r"до", "до"),
)
# Any hedge of _HEDGES, as a regex alternation for other readers' patterns («на сумму более …»).
HEDGE = "|".join(p for p, _ in _HEDGES)
_HEDGE_BEFORE = re.compile(
    # «более чем в десяти», «не менее чем о $0,6 млрд»
    r"(?:^|[\s(«\"—–-])(?P<h>" + HEDGE + r")\s*(?:на\s+|со?\s+|во?\s+|об?\s+)?(?:уровне\s+)?$",
    re.IGNORECASE,
)


def is_hedge(words: str) -> bool:
    """Whether `words` are a hedge as a whole («около», «не менее», «превысил»)."""
    return any(re.fullmatch(pattern, words, re.I) for pattern, _ in _HEDGES)


@dataclass(frozen=True)
class Amount:
    """An amount of money (`currency` set) or a count (`unit` set, or neither when the
    text names no unit), with the number as written and the words it was read from."""

    value: Decimal
    scale: str  # units, thousand, million, billion, trillion
    currency: str | None
    unit: str | None
    hedge: str | None
    stated: str
    start: int
    end: int
    currency_assumed: bool = False
    upper: Amount | None = None  # the upper end of a range
    out_of: Decimal | None = None  # the whole of a count «118 из 210 мероприятий»

    def amount_in(self, scale: str) -> Decimal:
        """The value in `scale`; a bare number («от двух до трёх миллиардов») is in it already."""
        if self.scale == "units" and self.currency is None and self.unit is None:
            return self.value
        return self.value * SCALE_FACTORS[self.scale] / SCALE_FACTORS[scale]


def number(text: str) -> Decimal:
    """«1 234,5» → Decimal("1234.5"); «двух» → 2; «двадцати пяти» → 25."""
    value = spelled_number(text) if " " in text.strip() else word_number(text)
    if value is not None:
        return value
    return Decimal(re.sub(r"[ \u00a0\u202f]", "", text).replace(",", "."))


def scale_of(word: str | None) -> str:
    if not word:
        return "units"
    low = word.lower().rstrip(".")
    return next((v for k, v in SCALES.items() if low.startswith(k)), "units")


def currency_of(word: str | None) -> str | None:
    if not word:
        return None
    low = word.lower()
    return next((code for key, code in CURRENCIES if low.startswith(key) or key in low), None)


def hedge_at(text: str) -> int:
    """Where a hedge that ends `text` begins («экспорт порядка» → 8), else its length."""
    m = _HEDGE_BEFORE.search(text)
    return m.start("h") if m else len(text)


def hedge_before(text: str, start: int) -> str | None:
    """The hedge the words just before `start` put on the number there."""
    m = _HEDGE_BEFORE.search(text[max(0, start - 40) : start])
    if not m:
        return None
    said = m["h"].lower()
    if said == "до" and level_reached(text[:start]):
        # «выросла на 7 %, до 33,9 млрд»: the level reached, not an upper bound; but «поднялся
        # почти до 80 млн» is hedged by the word before «до»
        return _hedge_of_reached(text[: max(0, start - 40) + m.start("h")])
    for pattern, word in _HEDGES:
        if re.fullmatch(pattern, said):
            return word
    return None


def _hedge_of_reached(before: str) -> str | None:
    """The hedge right before the «до» of a level reached («почти до», «более чем до»)."""
    m = _HEDGE_BEFORE.search(before[-40:])
    said = m["h"].lower() if m else "до"
    return None if said == "до" else next((word for pattern, word in _HEDGES if re.fullmatch(pattern, said)), None)


def _is_date_or_year(text: str, m: re.Match[str]) -> bool:
    """«2024 году», «17 ноября», «2026-2028 годы», «№ 5»: numbers that are no quantity."""
    if m["scale"] or m["cur"] or m["edited"] or m["pre"]:
        return False
    if _on_clock_or_calendar(text, m.start("num"), m.end("num")):
        return True
    digits = m["num"]
    after = text[m.end() :]
    # «1–2 июля», «2026–28 годы», «с 7 по 10 мая»: the first of a span of dates
    span = re.match(rf"\s?{DASH}\s?\d{{1,4}}|\s*по\s+\d{{1,2}}(?!\d)", after)
    for rest in (after, after[span.end() :]) if span else (after,):
        if _MONTH_AFTER.match(rest) or _YEAR_AFTER.match(rest):
            return True
    if re.fullmatch(r"(19|20)\d\d", digits) and not counts_after(text, m.end()):
        return True
    before = text[max(0, m.start() - 6) : m.start()]
    # «№ 5», «2026–28»: the second number of a span of years; «30–40 компаний» counts
    return "№" in before[-3:] or bool(re.search(rf"(?<!\d)(?:19|20)\d\d\s?{DASH}\s?$", before))


def counts_after(text: str, end: int) -> bool:
    """Whether a noun in the genitive plural follows a number (adjectives between):
    «2000 тракторов», «1990 новых рабочих мест» count; a year stands before no such
    noun («в 2024 товарооборот вырос»)."""
    last = end
    for w in list(re.finditer(r"[А-Яа-яЁё-]+", text[end : end + 60]))[:4]:
        if re.search(r"[^\s]", text[last : end + w.start()]):
            return False
        last, parses = end + w.end(), _parse(w.group().lower())
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        if nouns and parses[0].tag.POS == "NOUN":
            return all(p.tag.case == "gent" and p.tag.number == "plur" for p in nouns) \
                and _countable(nouns[0].normal_form) not in _NOT_COUNTED
        if not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "gent" for p in parses):
            return False
    return False


def _on_clock_or_calendar(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`..`end` is part of a time of day or a date in figures."""
    left = max(0, start - 40)
    return any(
        left + c.start() <= start and end <= left + c.end() for c in _CLOCK_OR_DATE.finditer(text[left : end + 16])
    )


# A short name in quotes: «24 часа», "Беларусь 1", «Пять звезд» (a programme, channel, brand)
_TITLE = re.compile(r"«([^«»]{1,30})»|\"([^\"«»]{1,30})\"|[“„]([^“”„]{1,30})[”“]")


def _in_title(text: str, m: re.Match[str]) -> bool:
    """Whether a bare number is part of a short quoted name, not a quantity: «программа
    «24 часа»», «телеканал "Беларусь 1"». A quoted name of at most three words with no
    scale, currency or percent in it; a quoted statement is longer."""
    if m["scale"] or m["cur"] or m["edited"] or m["pre"]:
        return False
    left = max(0, m.start("num") - 32)
    for t in _TITLE.finditer(text, left, m.end("num") + 32):
        if t.start() < m.start("num") and m.end("num") < t.end():
            inside = next(g for g in t.groups() if g is not None)
            return len(inside.split()) <= 3 and not re.search(rf"%|{_SCALE}|{_CURRENCY}", inside, re.I)
    return False


def _unit_after(text: str, end: int, scaled: bool = False, digits: str | None = None) -> tuple[str | None, int]:
    """The counted noun after a bare number: «16 тракторов» → «трактор»; skips adjectives
    («7 очистных сооружений» → «сооружение»). None when no noun follows. After a scale
    the noun is a genitive plural («48,6 тыс. тонн»): «176,3 миллиона, рост …» counts none.
    A unit abbreviated («6 т.», «15 ед. техники») is read in full; one memogen does not
    know («100 л.с.»), or the noun of an ordinal written in `digits` («в 47 заседании»),
    is UNREAD: no count, the sentence is left unplaced."""
    abbreviated = _ABBREVIATION.match(text, end)
    if abbreviated:
        said = abbreviated["abbr"] or abbreviated["square"]
        return ({**_ABBREVIATED_UNITS, **_SQUARE}[said.lower()] if said else UNREAD), abbreviated.end()
    if scaled and re.match(r"\s*[,;:—–]", text[end:]):
        return None, end
    last = end
    for w in list(re.finditer(r"[А-Яа-яЁё-]+", text[end : end + 60]))[:5]:
        if re.search(r"[.!?;:()]", text[last : end + w.start()]):
            return None, end  # «… общим объёмом 6. Покупатель …»: the noun of another sentence
        last = end + w.end()
        if w.group().lower() == "и":
            continue  # «12 сборочных и сервисных предприятий»: adjectives joined by «и»
        if SCALE_WORD.fullmatch(w.group()):
            return None, end  # «6 млрд 80,3 млн», «500–700 млн»: a scale word counts nothing
        parses = _parse(w.group().lower())
        if any(p.tag.POS == "NOUN" for p in parses[:1]):
            if scaled and not any(p.tag.case == "gent" for p in parses if p.tag.POS == "NOUN"):
                return None, end
            if digits is not None and _ordinal(digits, parses):
                return UNREAD, last
            return _countable(parses[0].normal_form), last
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return None, end
    return None, end


# What a number's count is when memogen cannot say it in words: the amount is not drafted.
UNREAD = "?"
# Units a release abbreviates after a number: «17,7 тыс. т», «15 ед. техники», «40 га»,
# «20 тыс. кв. м» (a square or cubic metre: «кв.»/«куб.» before «м»)
_ABBREVIATED_UNITS = {
    "т": "тонна", "тн": "тонна", "кг": "килограмм", "га": "гектар", "км": "километр", "шт": "штука",
    "ед": "единица", "чел": "человек",
}
_SQUARE = {"кв": "квадратный метр", "куб": "кубический метр"}
# a short abbreviation: a known unit with or without its point, any other with a point or
# slash («л.с.», «л/с»); never a year's «г.», which `_is_date_or_year` has read
_ABBREVIATION = re.compile(
    r"\s?(?P<square>кв|куб)\.?\s?м(?:\.|(?![а-яё\w-]))|"
    rf"\s?(?P<abbr>{'|'.join(_ABBREVIATED_UNITS)})(?:\.|(?![а-яё\w-]))"
    r"|\s?(?P<other>(?!г\.)[а-яё]{1,3})(?:/|\.(?!\s*(?-i:[А-ЯЁ])))(?!\d)",
    re.I,
)


def _ordinal(digits: str, parses: list) -> bool:
    """Whether a whole number written in figures is an ordinal by the noun after it. A
    count puts its noun in the genitive («3 заседания», «47 заседаний»: singular after
    2-4 only), in an oblique plural («в 12 странах», «к 5 городам») or, after 1, in the
    singular («в 21 стране»);
    «на 47 заседании», «на 6 сессии», «к 80 годовщине» name the 47th, 6th and 80th."""
    if re.search(r"[,.]", digits):
        return False  # «2,5 тонны»: a fraction takes the genitive singular
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    whole = int(re.sub(r"\D", "", digits))
    if not nouns or whole % 10 == 1 and whole % 100 != 11:
        return False
    few = whole % 10 in (2, 3, 4) and whole % 100 not in (12, 13, 14)
    return not any(
        "Fixd" in p.tag
        or p.tag.case in ("gent", "gen2") and (few or p.tag.number == "plur")
        or p.tag.number == "plur" and p.tag.case in ("datv", "ablt", "loct", "loc2")
        for p in nouns
    )


# a scale word alone: «млн», «тыс.», «миллиарда» (figures.py cuts an amount after its last one)
SCALE_WORD = re.compile(rf"(?:{_SCALE})", re.I)


def _countable(noun: str) -> str:
    """A counted noun memogen can put in the form a number asks for; of a hyphenated one
    it cannot («вагон-цистерна»: «вагонов-цистерн» or «вагон-цистерн»?) the noun after
    the hyphen, which counts either way («цистерна»)."""
    from memogen.morphology import UncountedNoun, countable

    try:
        return countable(noun)
    except UncountedNoun:
        return noun.rpartition("-")[2]


@cache
def _parse(word: str):
    return inflect.parses(word)


# «12 %», «5–7 %», and the first of a list of rates that share their sign: «в 3,5 и 2 раза»,
# «на 12, 15 и 20 %»
_RATE_AFTER = re.compile(
    rf"(?:\s?(?:{DASH}|,|\sи|\sили)\s?(?:{NUM}))*\s?(?:{PERCENT_SIGN}|п\.\s?п\.|раза?\b)", re.I
)


def _percent_or_times_after(text: str, end: int) -> bool:
    """«12 %», «в 2 раза», and the lower end of a range of them: «на 5–7 %»."""
    return bool(_RATE_AFTER.match(text, end))


def amounts(text: str, unit_before: str | None = None) -> list[Amount]:
    """Every amount of money and count in `text`, in order; `unit_before` is what the
    last count of the sentence before counted («… 60 соглашений. Подпишем новые: пять —
    …»), for a breakdown that names no noun of its own."""
    found = [a for m in _AMOUNT.finditer(text) if (a := _digit_amount(text, m)) is not None]
    found = _breakdowns(text, _of_them(text, found), unit_before)
    found = _implied_ones(text, found)
    taken = [(a.start, a.end) for a in found]
    for m in _WORD_AMOUNT.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        # «заветный миллиард» alone is a word, not a figure; «рубеж в миллиард» is a threshold
        if m["wnum"] or m["pol"] or m["quarter"] or m["cur"] or THRESHOLD.search(text[: m.start()]) \
                or _one_of_scale(text, m):
            found.append(_word_amount(text, m))
    found += _spelled_counts(text, found, unit_before)
    found += _as_many(text, found)
    found = _compounds(text, sorted(found, key=lambda a: a.start))
    found = _moves(text, _wholes(text, _ranges(text, _spelled_lower_ends(text, found))))
    return [_neared(text, _at_least(text, a)) for a in found if a.unit != UNREAD]


# «контракты на сумму от $500 млн», «от 200 компаний»: a floor, with no upper end after it
_FLOOR = re.compile(r"(?<![\w-])от\s*\$?\s*$", re.I)


def _at_least(text: str, amount: Amount) -> Amount:
    """An amount after «от» that no «до» or dash ends (`_ranges` reads those) is a floor:
    «не менее», as `memogen validate` reads «от»."""
    if amount.hedge or amount.upper is not None or not _FLOOR.search(text, 0, amount.start):
        return amount
    return replace(amount, hedge="не менее")


_MOVE_FROM = re.compile(r"(?:\bс|\bсо)\s+(?:уровня\s+)?$", re.I)


_MOVE_TO = re.compile(r"[^\d.;!?]*?\bдо\s+", re.I)


def _moves(text: str, found: list[Amount]) -> list[Amount]:
    """«поднялся со 135 млрд до 240 млрд российских рублей», «с 40 до 55 млн евро»: the
    level a move started from is in the currency the level it reached names; and «со 130
    млрд российских рублей увеличился до 230 млрд»: the level reached is in the currency
    the level it started from names; «со 110 тыс. до 75 тыс. тонн»: the start is in its unit."""
    out = list(found)
    for k, (start, reached) in enumerate(zip(found, found[1:])):
        if not _MOVE_FROM.search(text, 0, start.start):
            continue
        back = start.currency_assumed and reached.currency is not None and not reached.currency_assumed
        on = reached.currency_assumed and start.currency is not None and not start.currency_assumed
        bare = start.currency is None and start.unit is None and start.scale != "units" and reached.unit is not None
        if (back or bare) and re.fullmatch(r"\s*до\s+", text[start.end : reached.start]):
            # «со 110 тыс. до 75 тыс. тонн»: the start is in the unit the level reached names too
            out[k] = replace(start, currency=reached.currency, currency_assumed=False, unit=reached.unit)
        elif on and _MOVE_TO.fullmatch(text, start.end, reached.start):
            out[k + 1] = replace(reached, currency=start.currency, currency_assumed=False)
    return out


_OF = re.compile(r"\s*из\s+", re.I)


def _wholes(text: str, found: list[Amount]) -> list[Amount]:
    """A count with the whole it is part of: «118 мероприятий из 210», «12 из 15
    проектов» → one count with `out_of`. «10 компаний из 15 стран» counts two things."""
    out: list[Amount] = []
    for a in found:
        before = out[-1] if out else None
        if before is None or not _OF.fullmatch(text, before.end, a.start) or before.currency or a.currency:
            out.append(a)
            continue
        if before.unit is not None and a.unit is None and a.value >= before.value and a.scale == "units":
            out[-1] = replace(before, out_of=a.value, end=a.end, stated=text[before.start : a.end])
        elif before.unit is None and a.unit is not None and before.value <= a.value and before.scale == "units":
            hedge = before.hedge if before.hedge is not None else None
            out[-1] = replace(a, value=before.value, out_of=a.value, hedge=hedge, start=before.start,
                              stated=text[before.start : a.end])
        else:
            out.append(a)
    return _wholes_first(text, out)


_FROM_WHOLE = re.compile(r"(?:^|[\s,;:—–(«])[Ии]з\s+$")


def _wholes_first(text: str, found: list[Amount]) -> list[Amount]:
    """«Из 40 запланированных мероприятий выполнено 25», «из 12 намеченных проектов
    реализовано уже 9»: the whole named first, the part after it in the same statement,
    as one count with `out_of` (the whole's words, «запланированные мероприятия», are
    what is counted). A part that points back at its whole («пакет из 15 соглашений,
    шесть из них согласованы») leaves the whole a count of its own, its `out_of`."""
    out, joined = list(found), set()
    for k, (whole, part) in enumerate(zip(found, found[1:])):
        if whole.unit is None or whole.currency or whole.scale != "units" or part.currency or part.scale != "units":
            continue
        if part.unit not in (None, whole.unit) or part.value > whole.value or part.out_of is not None:
            continue
        if not _FROM_WHOLE.search(text, 0, whole.start) or re.search(r"[.;!?]", text[whole.end : part.start]):
            continue
        if _OF_THEM.match(text, part.end):
            out[k + 1] = replace(part, unit=whole.unit, out_of=whole.value) if part.value < whole.value else part
            continue
        out[k] = replace(whole, value=part.value, out_of=whole.value, hedge=part.hedge, end=part.end)
        joined.add(k + 1)
    return [a for k, a in enumerate(out) if k not in joined]


# «на последние две позиции», «эти три проекта»: things named before, pointed at, not counted
_POINTED = re.compile(r"(?<![\w-])(?:последн|эт|данн|указанн|названн|перечисленн)[а-яё]*\s+$", re.I)
# «шести-семи дорожных карт»: the upper end of a range in words, right after the hyphen of its lower end
_SPELLED_UPPER = rf"(?<=[а-яё][-–—])(?:{WORD_NUMBER})(?:\s+(?:{WORD_NUMBER}))*(?![\w-])"
_LOWER_IN_WORDS = re.compile(rf"(?<![\w-])(?:{WORD_NUMBER})[-–—]$", re.I)
# «около десятка стран», «более сотни товарных позиций», «сотню тракторов»: one ten or one hundred,
# a round number (the plural «сотни предприятий» is «hundreds», no one number: a hedge before the
# genitive «сотни» tells the singular)
_SPELLED_COUNT = re.compile(
    rf"(?P<n>{SPELLED}|{_SPELLED_UPPER})(?:\s+(?P<tens>{TENS})(?![\w-]))?|"
    r"(?<![\w-])(?P<ten>десят(?:ка|ок))(?![\w-])|"
    r"(?<![\w-])(?:(?P<hundreds>сотни)|(?P<hundred>сотн(?:ю|я)))(?![\w-])",
    re.I,
)
_SUPERLATIVE = re.compile(r"\s+(?:крупнейш|ведущ|важнейш|основн|главн|лидирующ)\w*", re.I)
_SCALE_AFTER = re.compile(rf"\s*(?:{_SCALE})(?![а-яё])", re.I)
# «не один десяток» says «many», «в число трёх крупнейших» a place among the first three, «между
# двумя территориями» the sides of a relation
_NO_COUNT_BEFORE = re.compile(r"(?:\bне|\bчисл[оеау]|\bсписк[еау]|\bтоп|\bмежду)\s+$", re.I)
_OF_THEM = re.compile(r"\s*\bиз\s+(?:них|которых|их\s+числа)\b", re.I)
# What a number in words may precede without counting it: spans of time («три года»),
# multiples («в два раза»), percents, and the parties of a meeting («двух стран»).
_NOT_COUNTED = {
    "год", "лето", "месяц", "неделя", "день", "сутки", "час", "минута", "век", "десятилетие", "квартал",
    "полугодие", "раз", "процент", "пункт", "тысяча", "миллион", "миллиард", "триллион",
    "треть", "четверть", "половина", "часть", "доля",  # «две трети продукции»: a fraction, no count
    "градус",  # «плюс 15 градусов»: the weather, no count
}
_PARTIES = {
    "страна", "государство", "сторона", "регион", "республика", "область", "край", "город", "народ",
    "президент", "лидер", "глава", "столица", "правительство", "министерство", "ведомство", "министр",
    "посол", "дипломат",  # «встретился с двумя дипломатами»: those met, no count
}


def _spelled_counts(text: str, found: list[Amount], unit_before: str | None = None) -> list[Amount]:
    """Counts in words: «семнадцать заседаний», «около сорока компаний», «двадцать пять
    проектов», «два десятка документов» (20), «полтора десятка» (15), «около десятка
    стран», «десять из них» (the things counted before). One is no count in words («одна
    из», «один из»); neither are spans of time, multiples or the parties of a meeting."""
    taken = [(a.start, a.end) for a in found]
    out: list[Amount] = []
    for m in _SPELLED_COUNT.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or _NO_COUNT_BEFORE.search(text, 0, m.start()) \
                or _POINTED.search(text, max(0, m.start() - 30), m.start()):
            continue
        if text[m.start() - 1 : m.start()] in "-–—" and not _LOWER_IN_WORDS.search(text, 0, m.start()):
            continue  # «Ростов-на-Дону», «кое-что»: a hyphen after no number in words ends no range
        value = _spelled_value(m)
        if value is None or value == 1 or m["hundreds"] and hedge_before(text, m.start()) is None:
            continue
        earlier = [a for a in found + out if a.end <= m.start() and a.unit]
        count = _spelled_count(text, m, value, earlier[-1].unit if earlier else unit_before)
        if count is not None:
            out.append(count)
    return out


_AS_MANY = re.compile(r"(?<![\w-])столько\s+же(?![\w-])", re.I)


def _as_many(text: str, found: list[Amount]) -> list[Amount]:
    """«200 автомобилей и столько же машинокомплектов»: as many of the noun after «столько
    же» as the count right before it in the sentence; «столько же продаём, сколько
    покупаем» names no noun and counts nothing."""
    out: list[Amount] = []
    for m in _AS_MANY.finditer(text):
        before = [a for a in found if a.end <= m.start() and a.unit and a.currency is None and a.scale == "units"]
        unit, end = _unit_after(text, m.end())
        if not before or unit in (None, UNREAD) or unit in _NOT_COUNTED:
            continue
        out.append(Amount(before[-1].value, "units", None, unit, None, text[m.start() : end], m.start(), end))
    return out


def _spelled_value(m: re.Match[str]) -> Decimal | None:
    if m["ten"]:
        return Decimal(10)
    if m["hundred"] or m["hundreds"]:
        return Decimal(100)
    value = spelled_number(m["n"])
    return in_tens(value, m["tens"]) if value is not None and m["tens"] else value


# the number, and the scale after it («1,7 тыс. тракторов»): a count's words are what follows
_NUMBER_WORDS = re.compile(
    rf"^(?:{NUM}|(?:{SPELLED})(?:\s+(?:десят|сот)\w*)?|десят(?:ка|ок)|сотн[июя])"
    rf"(?:\s*(?:{_SCALE})(?![а-яё]))?(?:\s+|$)",
    re.I,
)


def counted(stated: str) -> str:
    """The words of a count after its number: «два десятка документов» → «документов»;
    its whole left out: «12 из 15 проектов», «118 мероприятий из 210»."""
    words = _NUMBER_WORDS.sub("", stated, count=1)
    scale = _SCALE_AFTER.match(words)  # «3,2 тыс. единиц»: the scale is the number's, not what is counted
    words = words[scale.end() :] if scale else words
    return re.sub(r"^\s*из\s+[\d\s,]+|\s+из\s+[\d\s,]+$", " ", words).strip()


def _spelled_count(text: str, m: re.Match[str], value: Decimal, unit_before: str | None) -> Amount | None:
    end = m.end()
    if _SCALE_AFTER.match(text, end):
        return None  # «двух миллиардов»: an amount, read as one
    unit: str | None
    if _OF_THEM.match(text, end):
        unit = unit_before  # «27 предприятий, десять из них …»
    else:
        if _SUPERLATIVE.match(text, end):
            return None  # «трёх крупнейших партнёров»: a place in a ranking (ranks.tops)
        unit, end = _unit_after(text, end)
        if unit in _NOT_COUNTED or (value <= 3 and unit in _PARTIES):
            return None
    start = m.start()
    unit = unit or referred_unit(text, start) or (unit_before if listed(text, start) else None) \
        or _noun_before(text, start)
    if unit is None:
        return None
    hedge = "около" if m["ten"] and _ABOUT.search(text, 0, start) else hedge_before(text, start)
    return Amount(value, "units", None, unit, hedge, text[start:end].strip(), start, end)


# «С десяток документов»: «с» before a round number is «about»
_ABOUT = re.compile(r"(?:^|[\s«\"(])[Сс]\s+$")
# «Сейчас таких документов четыре»: the counted noun named before the number, as its predicate
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?P<noun>[а-яё]+)\s+$", re.I)


def _noun_before(text: str, start: int) -> str | None:
    """The noun in the genitive plural right before a number in words that ends its clause
    («таких документов четыре,»), counted by it; None for any other word."""
    before = _NOUN_BEFORE.search(text, 0, start)
    if before is None or not re.match(r"\s*(?:[,.;:]|$)", text[_word_end(text, start) :]):
        return None
    nouns = [p for p in _parse(before["noun"].lower())[:1] if p.tag.POS == "NOUN"]
    if not nouns or nouns[0].tag.case != "gent" or nouns[0].tag.number != "plur":
        return None
    unit = _countable(nouns[0].normal_form)
    return None if unit in _NOT_COUNTED or unit in _PARTIES else unit


def _word_end(text: str, start: int) -> int:
    m = re.match(r"[А-Яа-яЁё-]+", text[start:])
    return start + (m.end() if m else 0)


_THEIR = re.compile(r"\bих\b[^,;:—–()]*$", re.I)


def referred_unit(text: str, start: int) -> str | None:
    """«отправляет пожарные автомобили — за 2023 год их поставлено более девяноста»: a
    number with no noun after it, in a clause that says «их», counts the plural noun
    named before that clause; None when there is none."""
    their = _THEIR.search(text, 0, start)
    if their is None:
        return _fronted_noun(text, start)
    for w in reversed(list(re.finditer(r"[А-Яа-яЁё-]+", text[max(0, their.start() - 80) : their.start()]))):
        found = [p for p in _parse(w.group().lower()) if p.tag.POS == "NOUN"]
        if found and found[0].tag.number == "plur" and found[0].tag.case in ("nomn", "accs"):
            return _countable(found[0].normal_form)
    return None


# a sentence opened by what it counts, in the genitive plural, and a verb of being: «Белорусских
# тракторов в прошлом году было около 40, в этом — уже 65», «Автобусов в парке насчитывается 120»
_FRONTED = re.compile(r"^[\s«\"„“]*([А-Яа-яЁё]+)\s+([А-Яа-яЁё]+)[^,;:—–()]*?"
                      r"\b(?:было|будет|стало|станет|насчитыва\w+|имеется|имелось)\b", re.I)


def _fronted_noun(text: str, start: int) -> str | None:
    """The noun a sentence opens with in the genitive plural (an adjective may come first),
    when a verb of being follows it before the number at `start` («Белорусских тракторов в
    прошлом году было около 40»): what is counted."""
    m = _FRONTED.match(text)
    if m is None or m.end() > start:
        return None
    for word in m.group(1, 2):
        first = _parse(word.lower())[0]
        if first.tag.POS == "NOUN":
            nouns = [p for p in _parse(word.lower()) if p.tag.POS == "NOUN"]
            plural = all(p.tag.case == "gent" and p.tag.number == "plur" for p in nouns)
            return _countable(first.normal_form) if plural else None
        if first.tag.POS != "ADJF" or first.tag.case != "gent":
            return None
    return None


def _compounds(text: str, found: list[Amount]) -> list[Amount]:
    """«6 млрд 80,3 млн долларов», «2 миллиарда 150 миллионов», «1 млн 500 тыс. рублей»:
    one amount in the smaller scale, every digit the text gave kept (6 080,3 млн: the
    memo prints «6 080,3 млн», as many digits as «6 млрд 80,3 млн», never rounded)."""
    return _joined(
        found,
        lambda big, a: _compound(text, big, a),
        lambda big, a: replace(
            big,
            value=big.value * 1000 + a.value,
            scale=a.scale,
            currency=a.currency,
            unit=a.unit,
            currency_assumed=a.currency_assumed,
            stated=text[big.start : a.end].strip(),
            end=a.end,
        ),
    )


def _joined(found: list[Amount], joins, join) -> list[Amount]:
    """The amounts in order, each one that `joins` the amount kept before it (a compound,
    a range's upper end) folded into that one by `join`."""
    out: list[Amount] = []
    for a in found:
        if out and joins(out[-1], a):
            out[-1] = join(out[-1], a)
        else:
            out.append(a)
    return out


def _compound(text: str, big: Amount, small: Amount) -> bool:
    """Whether `small` goes on `big` («6 млрд» + «80,3 млн»): the next scale down, right
    after it, below a thousand; the first part a whole number with no currency of its own."""
    return (
        STEP_DOWN.get(big.scale) == small.scale
        and big.upper is None
        and big.value == big.value.to_integral_value()
        and (big.currency is None or big.currency_assumed or big.stated[:1] in "$€")
        and small.value < 1000
        and small.hedge is None
        and not text[big.end : small.start].strip()
    )


# «один, а то и два губернатора»: «or even», the upper end after the lower
_OR_EVEN = r",?\s+а\s+то\s+и"
_SPELLED_LOW = re.compile(
    rf"(?:\bот\s+(?P<from>{WORD_NUMBER})\s+до|(?<![\w-])(?P<dash>{WORD_NUMBER})(?:\s*[-–—]|{_OR_EVEN}))\s*$", re.I
)


def _spelled_lower_ends(text: str, found: list[Amount]) -> list[Amount]:
    """«от двух до трёх миллиардов», «двух–трёх тысяч тонн»: the lower end in words,
    a bare number that `_ranges` joins to the amount after it."""
    out: list[Amount] = []
    for a in found:
        m = _SPELLED_LOW.search(text, 0, a.start)
        said = m and (m["from"] or m["dash"])
        if m and said and not (out and out[-1].end > m.start()):
            start = m.start("from") if m["from"] else m.start("dash")
            value = word_number(said)
            if value is not None:
                hedge = hedge_before(text, start)
                out.append(Amount(value, "units", None, None, hedge, said, start, start + len(said)))
        out.append(a)
    return out


def _of_them(text: str, found: list[Amount]) -> list[Amount]:
    """«10 объектов …, из них 4 …», «3 производства, ещё 2 …»: a bare number after «из
    них» or «ещё» counts the same things."""
    out: list[Amount] = []
    for a in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.unit is not None
            and a.unit is None
            and a.currency is None
            and (
                re.search(r"(?:\bиз\s+(?:них|которых)|,\s+ещ[её]|\sи\s+ещ[её])\s*$", text[: a.start])
                or _OF_THEM.match(text, a.end)  # «27 предприятий, 10 из них …»
            )
        ):
            # «71 регион, 21 из них …», «10 объектов, из них 4 …»: a part of the count before, its whole
            whole = before.value if before.scale == a.scale == "units" and a.value < before.value else None
            a = replace(a, unit=before.unit, out_of=whole if _OF_THEM.match(text, a.end) else None)
        out.append(a)
    return out


# «18 предприятий: 12 совместных и 6 иностранных», «подпишем новые: пять — между
# областями, два — между районами»: the parts of a count listed after a colon, each a bare
# number; the first stands right after the colon, the others after «,» or «и»
_LIST_HEAD = re.compile(rf":\s*(?:(?:{HEDGE})\s+)?$", re.I)
_LIST_NEXT = re.compile(rf"(?:,|\sи|,\s+а)\s+(?:(?:{HEDGE})\s+)?$", re.I)


def listed(text: str, start: int) -> bool:
    """Whether the bare number at `start` is one part of a breakdown after a colon: the
    first right after it, or a later one after «,» or «и» with no other colon, «;» or
    sentence end between."""
    colon = text.rfind(":", 0, start)
    if colon < 0 or re.search(r"[;.!?]", text[colon:start]):
        return False
    return bool(_LIST_HEAD.search(text, 0, start) or _LIST_NEXT.search(text, colon, start))


def _breakdowns(text: str, found: list[Amount], unit_before: str | None) -> list[Amount]:
    """A bare number listed as a part of a count after a colon counts what that count
    counted: the nearest count before it in the sentence, else the sentence before's."""
    out: list[Amount] = []
    for a in found:
        if a.unit is None and a.currency is None and a.scale == "units" and a.upper is None and listed(text, a.start):
            earlier = [b.unit for b in out if b.unit]
            unit = earlier[-1] if earlier else unit_before
            a = replace(a, unit=unit) if unit else a
        out.append(a)
    return out


def _implied_ones(text: str, found: list[Amount]) -> list[Amount]:
    """«16 тракторов, комбайн и 11 единиц техники»: a singular noun listed between two
    counts is a count of one."""
    out: list[Amount] = []
    for a, b in zip(found, found[1:] + [None]):
        out.append(a)
        if b is None or a.unit is None or b.unit is None or a.currency or b.currency:
            continue
        for m in re.finditer(r"(?:,|\sи)\s+(?P<noun>[А-Яа-яЁё-]+)(?=\s*(?:,|\sи\s))", text[a.end : b.start]):
            parses = _parse(m["noun"].lower())
            tag = parses[0].tag if parses else None
            if tag is None or tag.POS != "NOUN" or tag.number != "sing" or tag.case not in ("nomn", "accs"):
                continue
            start = a.end + m.start("noun")
            noun = m["noun"]
            out.append(Amount(Decimal(1), "units", None, parses[0].normal_form, None, noun, start, start + len(noun)))
    return out


THRESHOLD = re.compile(r"(?:рубеж|отметк|планк|порог)\w*\s+в\s+$", re.I)
# «приближаемся к отметке в 100 млн», «вплотную подошли к рубежу в миллиард»: a level
# not reached yet, which states no figure
_APPROACHED = re.compile(
    r"\b(?:приближ|подход|подбира)\w*\s+(?:[а-яё]+\s+){0,3}?к\s+(?:(?:отметк|рубеж|планк|порог)\w*\s+(?:в\s+)?)?$",
    re.I,
)
# «товарооборот подошёл к миллиарду», «приблизился к 1 млрд», «приблизится к 1 млрд», «может
# подойти к миллиарду», «вплотную приблизимся к знаковой цифре товарооборота в полмиллиарда»: a
# perfective verb, past or to come, says the mark is (or will be) all but reached, a level «почти»
# at it (the imperfective above is still on the way)
NEARED = re.compile(
    r"\b(?:подош(?:[её]л|л[аио])|подойд(?:[её]т|[её]м|ут|[её]те)|подойти|"
    r"приблизи(?:лс|лас|лис|лос)[яь]|приблиз(?:ится|имся|ятся|иться)|подобрал(?:ся|ась|ись|ось))\s+"
    r"(?:[а-яё]+\s+){0,3}?к\s+(?:(?:[а-яё]+\s+)?(?:отметк|рубеж|планк|порог|уровн|цифр)\w*\s+"
    r"(?:[а-яё]+\s+){0,2}?(?:в\s+)?)?\$?\s*$",
    re.I,
)


def approached(text: str, start: int) -> bool:
    """Whether the amount at `start` is a mark the figure is said to be nearing, not its level."""
    return bool(_APPROACHED.search(text[max(0, start - 80) : start]))


def _neared(text: str, amount: Amount) -> Amount:
    """An amount a perfective verb says was all but reached («подошёл к миллиарду») is hedged «почти»."""
    if amount.hedge is None and NEARED.search(text[max(0, amount.start - 80) : amount.start]):
        return replace(amount, hedge="почти")
    return amount
_PASSED = re.compile(r"преодол|превыс|перешагн|перейд|выйд\w*\s+за", re.I)


def _ranges(text: str, found: list[Amount]) -> list[Amount]:
    """«от 900 млн до миллиарда долларов» is one amount: its lower end, in the upper
    end's currency, stated in full."""
    return _joined(
        found,
        lambda low, a: _is_range(text, low, a),
        lambda low, a: replace(
            low,
            scale=a.scale if low.scale == "units" and low.unit is None else low.scale,
            currency=a.currency if low.currency is None or low.currency_assumed else low.currency,
            currency_assumed=(low.currency is None or low.currency_assumed) and a.currency_assumed,
            unit=low.unit or a.unit,
            stated=text[low.start : a.end].strip(),
            end=a.end,
            upper=a,
        ),
    )


def _is_range(text: str, low: Amount, high: Amount) -> bool:
    """«от 900 млн до миллиарда», «5–7 млн»: two amounts joined by «до» after «от», or a dash."""
    between = text[low.end : high.start]
    if low.upper is not None or low.amount_in(high.scale) >= high.amount_in(high.scale):
        return False  # «от 900 млн до 1 млрд» rises; «2024 – 5 млн» is no range
    if re.fullmatch(r"\s*до\s*", between):
        return bool(re.search(r"\bот\s*$", text[: low.start]))
    if re.fullmatch(rf"{_OR_EVEN}\s+", between):
        return True  # «один, а то и два губернатора», «5, а то и 6 сделок»
    if not low.stated[:1].isdigit():  # «пять – шесть проектов»: a range in words may space its dash
        return bool(re.fullmatch(rf"\s?{DASH}\s?", between))
    return bool(re.fullmatch(DASH, between))


_RANGE_NEXT = re.compile(rf"\s?{DASH}\s?(?:{NUM})")


def _digit_amount(text: str, m: re.Match[str]) -> Amount | None:
    if _is_date_or_year(text, m) or _percent_or_times_after(text, m.end("num")) or _in_title(text, m):
        return None
    start = m.start("pre") if m["pre"] else m.start("num")
    ranged = re.search(rf"(?<![\w-])\d+(?:[,.]\d+)?{DASH}$", text[:start])  # «12-15 тракторов»: the upper end
    if re.search(r"[-\w]$", text[:start]) and not m["pre"] and not ranged:
        return None  # part of a word or code: «Т-150», «2026-2028»
    hyphen = text[m.end("num") : m.end("num") + 1] == "-" and not re.match(r"-\d", text[m.end("num") :])
    if hyphen or re.match(r"\s?-?\s?(?:е|й|го|м)\s+мест", text[m.end("num") :]):
        return None
    currency = currency_of(m["pre"] or m["cur"] or m["edited"])
    scale = scale_of(m["scale"])
    end = m.end()
    unit = None
    if currency is None and not _RANGE_NEXT.match(text, m.end("num")):  # «30–40 компаний»: the upper end's noun
        unit, end = _unit_after(text, end, scaled=scale != "units", digits=m["num"] if scale == "units" else None)
        if unit in _NOT_COUNTED and not _items_of_a_plan(text, start, unit):
            unit = UNREAD  # «за 10 лет», «27 лет назад», «в 3,5 и 2 раза»: a span of time or a multiple
        if unit is None and scale == "units":
            unit = referred_unit(text, start)  # «в 2023 году их продано 120»
    assumed = currency is None and unit is None and scale in ("million", "billion")
    # «700 с лишним миллионов», «$600 млн с лишним»: more than the number, whatever hedges it before
    odd = m["odd"] or re.match(rf"\s*{_ODD}", text[end:], re.I)
    return Amount(
        value=number(m["num"]),
        scale=scale,
        currency="USD" if assumed else currency,
        unit=unit,
        hedge="более" if odd else hedge_before(text, start),
        stated=text[start:end].strip(),
        start=start,
        end=end,
        currency_assumed=assumed,
    )


# «на 3 пункта», «прибавил 2 пункта», «рост в 5 пунктов», «плюс 13 пунктов»: points a level moved by
_POINTS_MOVED = re.compile(r"(?:(?<![\w-])(?:на|в|плюс|минус)|\b(?:приба\w*|потерял\w*|снизил\w*|вырос\w*|рост\w*))\s+"
                           rf"(?:(?:{HEDGE})\s+)?$", re.I)


def _items_of_a_plan(text: str, start: int, unit: str) -> bool:
    """Whether «N пунктов» counts the items of a plan or an agenda («записали в план 20
    пунктов»), not the points a level moved by («вырос на 3 пункта»)."""
    return unit == "пункт" and not _POINTS_MOVED.search(text, 0, start)


# «тысяча тонн», «тысячу единиц», «более тысячи тонн»: one of the scale, said by its noun alone
# (the plural «тысячи тонн» with no hedge is «thousands», no number)
_ONE = re.compile(r"(?:тысяч[ау]|миллион|миллиард)", re.I)
_ONE_HEDGED = re.compile(r"(?:тысячи|миллиона|миллиарда)", re.I)


def _one_of_scale(text: str, m: re.Match[str]) -> bool:
    """Whether a scale word alone is one of it before what it counts («тысяча тонн шерсти»)."""
    word = m["scale"]
    if not (_ONE.fullmatch(word) or _ONE_HEDGED.fullmatch(word) and hedge_before(text, m.start())):
        return False
    unit, _ = _unit_after(text, m.end(), scaled=True)
    return unit not in (None, UNREAD) and unit not in _NOT_COUNTED


def _word_amount(text: str, m: re.Match[str]) -> Amount:
    """«полмиллиарда», «миллиард долларов», «двух миллиардов долларов»."""
    if m["pol"]:
        value = Decimal("0.5")
    elif m["quarter"]:
        value = Decimal("0.25")
    elif m["wnum"]:
        value = number(m["wnum"])
    else:
        value = Decimal(1)
    currency = currency_of(m["cur"])
    scale = scale_of(m["scale"])
    unit, end = (None, m.end()) if currency else _unit_after(text, m.end(), scaled=True)
    hedge = hedge_before(text, m.start())
    if hedge is None and THRESHOLD.search(text[: m.start()]) and _PASSED.search(text):
        hedge = "более"  # «рубеж в миллиард будет преодолён»: more than a billion
    assumed = currency is None and unit is None and scale in ("million", "billion")
    return Amount(
        value=value,
        scale=scale,
        currency="USD" if assumed else currency,
        unit=unit,
        hedge=hedge,
        stated=text[m.start() : end].strip(),
        start=m.start(),
        end=end,
        currency_assumed=assumed,
    )


# What way a quantity moved: the nearest word before it says, unless a comparative follows
# it at once («на 5 % меньше»); «экспорт вырос на 4 %, а импорт — на 12 %» elides «вырос».
# A comparative is a whole word («Нижегородской» is no «ниже», «большегрузов» no «больше»),
# «Ростов» no «рост», «утром» no «утроился».
_RISE = (r"\b(?:выр[оа]с|вырас|рос[тл](?!ов)|подр[оа]с|увелич|прирост|прибав|добав|нараст|"
         r"(?:больше|выше)(?![а-яё])|плюс|удво|утро(?:и|ен))")
_FALL = (r"\b(?:сниж|сниз|сокра|уменьш|(?:меньше|ниже)(?![а-яё])|паден|пада|упа[лд]|спад|минус|потер|"
         r"прос[ея]л|просед|проса[дж]|сжал|сжати|обвал|рухн)")  # «торговля сжалась на 40 %»
_MOVED = re.compile(rf"(?P<rise>{_RISE})|(?P<fall>{_FALL})", re.I)
_COMPARATIVE_AFTER = re.compile(r"\s*(?:(?P<rise>больше|выше)|(?P<fall>меньше|ниже))\b", re.I)


def falls(text: str, start: int, end: int) -> bool:
    """Whether the quantity at `start`..`end` is a fall: «сокращение товарооборота на
    12 %», «снизился на», «упал на», «на 3 % меньше»; never the words of another clause
    after it («снизился на 5 %, тогда как рост …»)."""
    after = _COMPARATIVE_AFTER.match(text, end)
    if after:
        return bool(after["fall"])
    said = list(_MOVED.finditer(text, 0, start))
    return bool(said) and bool(said[-1]["fall"])


_CHANGE_ON = re.compile(
    rf"\bна\s+(?:(?:{HEDGE})\s+(?:чем\s+)?)?$", re.I
)
_CHANGE_NAMED = re.compile(
    r"\b(?:прирост|рост(?!ов)|увеличени|снижени|сокращени|падени)\w*(?:\s+[^\s,;.:]+){0,8}?\s*"
    r"(?:[—–:]|составил\w*|состав\w+)\s*$",
    re.I,
)


def is_change(text: str, amount: Amount) -> bool:
    """Whether an amount is by how much something moved, not its level: «вырос на 3,7
    млрд», «увеличился на 31 %, или на 3,7 млрд долларов», «на 20 млн больше», «прирост
    экспорта составил 50 млн». «поставили товаров на 30 млн» is a level (no word of change)."""
    before = text[: amount.start]
    if _CHANGE_NAMED.search(before):
        return True
    on = _CHANGE_ON.search(before)
    if on is None:
        return False
    if _COMPARATIVE_AFTER.match(text, amount.end):
        return True
    # the words that move it are in the clause of «на», or before «, или на» (which restates a rate)
    said = before[: on.start()]
    restated = re.search(r",?\s*или\s*$", said)
    said = said[: restated.start()] if restated else said
    clause = clauses.before(said, len(said), clauses.MOVED)
    told = clause.rpartition(":")[2]  # «вырос на треть: товаров продано на 1,5 млн»: a level told after a colon
    if ":" in clause and not _MOVED.search(told) and _has_verb(told):
        return False
    return _MOVED.search(clause) is not None


def _has_verb(words: str) -> bool:
    """Whether `words` hold a finite verb or a short participle («продано», «отгрузили»)."""
    return any(
        p[0].tag.POS in ("VERB", "PRTS") for w in re.findall(r"[А-Яа-яЁё]+", words) if (p := _parse(w.lower()))
    )


@dataclass(frozen=True)
class Rate:
    """A percent, a multiple («в 1,5 раза», «вдвое») or a fraction («на треть»)."""

    kind: str  # percent, times, fraction
    value: Decimal
    hedge: str | None
    stated: str
    start: int
    end: int
    words: str | None = None  # the words, when the text did not write a number
    fall: bool = False  # a decrease («сократился на 12 %»): see `falls`
    upper: Decimal | None = None  # the upper end of a range: «на 5–7 %», «в 1,5–2 раза»


_UPPER = rf"(?:\s?{DASH}\s?(?P<upper>{NUM}))?"  # «5–7 %»: a range of rates
_PERCENT = re.compile(
    rf"(?<![\d,.])(?P<num>{NUM}|{SPELLED}){_UPPER}\s?(?:{PERCENT_SIGN}|п\.\s?п\.|процентн\w+ пункт\w*)", re.I
)
_TIMES = re.compile(rf"\bв\s+(?P<num>{NUM}|{SPELLED}){_UPPER}(?:\s+(?P<odd>{_ODD}))?\s+раза?\b", re.IGNORECASE)
_MULTIPLES = {"вдвое": Decimal(2), "втрое": Decimal(3), "вчетверо": Decimal(4), "впятеро": Decimal(5)}
_FRACTIONS = {"на треть": Decimal("33.3"), "на четверть": Decimal("25"), "наполовину": Decimal("50")}
_WORDS_RATE = re.compile(r"\b(вдвое|втрое|вчетверо|впятеро|на треть|на четверть|наполовину)\b", re.IGNORECASE)


def rates(text: str) -> list[Rate]:
    """Every percent, multiple and fraction in `text`, in order."""
    out = [_rate(text, m, "percent", number(m["num"])) for m in _PERCENT.finditer(text)]
    out += [_rate(text, m, "times", number(m["num"])) for m in _TIMES.finditer(text)]
    for m in _WORDS_RATE.finditer(text):
        said = m.group().lower()
        kind, value = ("times", _MULTIPLES[said]) if said in _MULTIPLES else ("fraction", _FRACTIONS[said])
        out.append(_rate(text, m, kind, value, said))
    # «удвоился», «утроение экспорта»: times 2, 3 (a stated multiple, no words the memo could print)
    out += [_rate(text, m, "times", Decimal(MULTIPLIED[m["stem"].lower()])) for m in MULTIPLIED_RE.finditer(text)]
    return sorted(out, key=lambda r: r.start)


def _rate(text: str, m: re.Match[str], kind: str, value: Decimal, words: str | None = None) -> Rate:
    start, end = m.start(), m.end()
    upper = number(m["upper"]) if "upper" in m.re.groupindex and m["upper"] else None
    if upper is not None and upper <= value:  # «в 2024–25 %» is no range: the rate is 25 %
        value, upper, start = upper, None, m.start("upper")
    fall = falls(text, start, end)
    hedge = hedge_before(text, start)
    if hedge is None and "odd" in m.re.groupindex and m["odd"]:
        hedge = "более"  # «в 10 с лишним раз»
    return Rate(kind, value, hedge, text[start:end], start, end, words, fall, upper)


_ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
    "девят": 9, "десят": 10, "крупнейш": 1, "ведущ": 1, "главн": 1, "основн": 1,
}
# A first place said by a superlative: «крупнейшим торговым партнёром», «ведущий инвестор»,
# «основной торговый партнёр Беларуси в регионе» (the one main partner, as «главный»); never
# a plural («основными торговыми партнёрами являются …» lists several)
SUPERLATIVE_PLACE = re.compile(r"(?:крупнейш|ведущ|главн|основн)", re.I)
_PLACE = re.compile(
    r"(?P<digits>\d{1,3})\s?-?\s?(?:е|ое|й|м|го)?\s+мест\w*|"
    r"(?<!одним из )(?<!одной из )"
    r"(?P<word>перв|втор|трет|четв[её]рт|пят(?![её]рк)|шест|седьм|восьм|девят|десят(?!к)|крупнейш(?=им(?!и)|ий|его|ая|ей)|"
    r"ведущ(?=им(?!и)|ий|его|ая|ей)|главн(?=ым(?!и)|ый|ого|ая|ой)|основн(?=ым(?!и)|ой|ого|ая))\w*\s+"
    r"(?:после\s+\w+\s+)?(?P<noun>мест\w*|(?:(?:по\s+\w+\s+)?(?:\w+\s+)?)партн[её]р\w*|"
    + indicators.TRADER_WORD + ")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Place:
    position: int
    stated: str
    start: int
    end: int


def places(text: str) -> list[Place]:
    """«16-е место», «третье место», «вторым торговым партнёром» → places in a ranking."""
    out = []
    for m in _PLACE.finditer(text):
        if m["digits"]:
            position = int(m["digits"])
        else:
            position = next(v for k, v in _ORDINALS.items() if m["word"].lower().startswith(k))
        out.append(Place(position, m.group(), m.start(), m.end()))
    return out
