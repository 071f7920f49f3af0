"""Numbers, money, periods and dates → Russian text as docs/memo-style.md writes them.

Shared by the memo's text (compose) and its charts, so both write a figure alike.

Babel supplies digits, separators, currency and month names; this module adds what
CLDR does not know: scale words («млн»), the genitive after a scale, periods in words
(«за январь–июнь 2025 г.») and initials («В.И.Каранкевич»).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal, get_currency_name

from memogen.facts.periods import Period
from memogen.indicators import INDICATORS as _INDICATORS

LOCALE = "ru"
NBSP = "\u00a0"
EN_DASH = "\u2013"

SCALE_WORDS = {"units": "", "thousand": "тыс.", "million": "млн", "billion": "млрд", "trillion": "трлн"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def number(value: float | Decimal, digits: int = 1, *, group_four: bool = False) -> str:
    """678.1 → «678,1»; 15100 → «15 100,0» (no-break space); four-digit numbers are
    grouped only in table columns (`group_four`)."""
    pattern = "#,##0" if abs(float(value)) >= 10000 or group_four else "0"
    if digits:
        pattern += "." + "0" * digits
    # Round half up, as statistics do (45,25 → 45,3); Babel alone rounds half to even.
    with localcontext() as context:
        context.prec = 400  # every finite float has fewer digits: quantize never overflows
        exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)
    if exact == 0:
        exact = abs(exact)  # no «−0,0» for a tiny negative balance
    text = format_decimal(exact, format=pattern, locale=LOCALE)
    # CLDR's ru grouping separator is a no-break space already; its minus is a hyphen.
    return text.replace("-", "\u2212")


def integer_or_decimal(value: float | Decimal, digits: int = 1) -> str:
    """335 → «335», 678.1 → «678,1»: whole numbers as the source wrote them; a stated
    `Decimal` keeps exactly its own digits (5.08 → «5,08», 118 → «118»)."""
    if isinstance(value, Decimal):
        return stated(value)
    return number(value, 0 if float(value).is_integer() else digits)


def stated(value: Decimal, *, group_four: bool = False) -> str:
    """A number exactly as the source wrote it: Decimal("5.08") → «5,08», Decimal("118")
    → «118», Decimal("15100") → «15 100»; no digit added or dropped."""
    exponent = value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return number(value, digits, group_four=group_four)


def hedged(text: str, qualifier: str | None) -> str:
    """«более» + «10,2» → «более 10,2» (a no-break space keeps the hedge with its number)."""
    return f"{qualifier}{NBSP}{text}" if qualifier else text


# A share said in words, by case: nominative, genitive, accusative.
_SHARE_FORMS = {
    "треть": ("треть", "трети", "треть"), "четверть": ("четверть", "четверти", "четверть"),
    "половина": ("половина", "половины", "половину"), "пятая часть": ("пятая часть", "пятой части", "пятую часть"),
    "десятая часть": ("десятая часть", "десятой части", "десятую часть"),
    "две трети": ("две трети", "двух третей", "две трети"),
    "три четверти": ("три четверти", "трёх четвертей", "три четверти"),
}
# Hedges that put the number after them in the genitive («более 43 компаний»); «почти»
# leaves the case alone («почти 43 компании»).
GENITIVE_HEDGES = ("более", "свыше", "около", "порядка", "менее", "не менее", "не более", "до")


def share_in_words(words: str, qualifier: str | None, case: str = "accs") -> str:
    """«половина» + «более» → «более половины»; as the object of «составил» → «половину»;
    after «на уровне» (`case` gent) → «половины»; in a list (nomn) → «половина»."""
    nomn, gent, accs = _SHARE_FORMS[words.lower()]
    form = gent if qualifier in GENITIVE_HEDGES or case == "gent" else {"nomn": nomn, "accs": accs}[case]
    return hedged(form, qualifier)


# What a share's hedge leaves of the rest of the whole: «более 40 %» leaves «менее 60 %»,
# «почти 40 %» «более 60 %»; «около» and its kin stay.
_REST_HEDGES = {"более": "менее", "свыше": "менее", "не менее": "не более", "менее": "более",
                "не более": "не менее", "почти": "более", "до": "не менее"}
# The rest a share in words leaves, in the nominative and the genitive.
_REST_WORDS = {
    "половина": ("половина", "половины"), "треть": ("две трети", "двух третей"),
    "четверть": ("три четверти", "трёх четвертей"), "пятая часть": ("четыре пятых", "четырёх пятых"),
    "десятая часть": ("девять десятых", "девяти десятых"), "две трети": ("треть", "трети"),
    "три четверти": ("четверть", "четверти"),
}


def rest_hedge(qualifier: str | None) -> str | None:
    """The hedge of the rest of a whole: «более» → «менее», «почти» → «более», «около» stays."""
    return _REST_HEDGES.get(qualifier or "", qualifier)


def rest_of_share(share: Decimal, qualifier: str | None, words: str | None = None) -> str:
    """The rest of the whole a share leaves, as a chart prints it beside the share: «более
    40 %» → «менее 60 %», «12,5 %» → «87,5 %» (no digit more than the share's), «треть» →
    «две трети», «более половины» → «менее половины»."""
    hedge = rest_hedge(qualifier)
    if words:
        nomn, gent = _REST_WORDS[words.lower()]
        return hedged(gent if hedge in GENITIVE_HEDGES else nomn, hedge)
    return hedged(percent(Decimal(100) - share), hedge)


def share_case(verb: str) -> str:
    """The case a share stands in after `verb`: the genitive after «на уровне», «до», «уровня»."""
    return "gent" if verb.rstrip().endswith(("уровне", "уровня", " до")) else "accs"


def percent(value: float | Decimal, digits: int = 1) -> str:
    """100.9 → «100,9 %» with a no-break space (GOST 8.417); a stated Decimal keeps its
    own digits (118 → «118 %»)."""
    text = stated(value) if isinstance(value, Decimal) else number(value, digits)
    return f"{text}{NBSP}%"


# Hedges a range takes: «около от 900 млн» is no Russian, «примерно от 900 млн» is.
RANGE_HEDGES = ("примерно", "ориентировочно")


def currency_name(code: str, value: float | Decimal, scaled: bool, governed: bool = False) -> str:
    """«долларов США» after a scale word (always genitive plural), else agreeing with
    the number («доллара США» after 10,2; «более 43 долларов США» after a hedge)."""
    if governed and not scaled and float(value).is_integer():
        n = abs(int(value))
        value = Decimal("1.5") if n % 10 == 1 and n % 100 != 11 else 5  # genitive singular / plural
    return get_currency_name(code, count=5 if scaled else value, locale=LOCALE)


def unit_name(unit: str, value: float | Decimal, scaled: bool, governed: bool = False,
              accusative: bool = False) -> str:
    """A counted noun agreeing with its number, by pymorphy3's dictionary: 1 страна,
    2 страны, 5 стран, 900 мест, 1,5 тонны; after a scale word «тыс. тонн»; after a
    hedge taking the genitive «около 43 компаний»."""
    from memogen.morphology import agree

    return agree(unit, value, scaled, governed, accusative)


def money(
    value: float | Decimal,
    currency: str = "USD",
    scale: str = "million",
    qualifier: str | None = None,
    unit: str | None = None,
    upper: tuple[Decimal, str] | None = None,
    accusative: bool = False,
) -> str:
    """678.1, USD, million → «678,1 млн долларов США»; a hedge goes first («более»); a
    count names its `unit` instead of a currency («почти 80 стран»), in the accusative
    after «на» when `accusative` («на 1 встречу»); a range (`upper`: its upper end and
    scale) → «от 900 млн до 1 млрд долларов США»."""
    if upper is not None:
        return _money_range(value, currency, scale, qualifier, unit, upper)
    scale_word = SCALE_WORDS[scale]
    parts = [qualifier] if qualifier else []
    parts.append(integer_or_decimal(value))
    if scale_word:
        parts.append(scale_word)
    governed = qualifier in GENITIVE_HEDGES
    if unit:
        parts.append(unit_name(unit, value, bool(scale_word), governed, accusative))
    else:
        parts.append(currency_name(currency, value, bool(scale_word), governed))
    return NBSP.join(parts[:-1]) + " " + parts[-1]


def part_of(value: Decimal, whole: Decimal, unit: str, scale: str = "units", qualifier: str | None = None) -> str:
    """A count with the whole it is part of, as stated: «118 из 210 мероприятий», «около
    12 из 15 проектов»; the noun follows «из» (the genitive: «1 из 21 региона»)."""
    scale_word = SCALE_WORDS[scale]
    parts = [qualifier] if qualifier else []
    parts += [integer_or_decimal(value), "из", integer_or_decimal(whole)]
    if scale_word:
        parts.append(scale_word)
    return NBSP.join(parts) + " " + unit_name(unit, whole, bool(scale_word), True)


def _money_range(value: float | Decimal, currency: str, scale: str, qualifier: str | None,
                 unit: str | None, upper: tuple[Decimal, str]) -> str:
    """«от 900 млн до 1 млрд долларов США», «от 5 до 7 тыс. тонн»: one scale word when
    both ends share it; the noun agrees with the upper end after «до» (genitive)."""
    high, high_scale = upper
    low = integer_or_decimal(value)
    if scale != high_scale and SCALE_WORDS[scale]:
        low = f"{low}{NBSP}{SCALE_WORDS[scale]}"
    high_words = NBSP.join(w for w in (integer_or_decimal(high), SCALE_WORDS[high_scale]) if w)
    scaled = bool(SCALE_WORDS[high_scale])
    noun = unit_name(unit, high, scaled, True) if unit else currency_name(currency, high, scaled, True)
    return hedged(f"от{NBSP}{low} до{NBSP}{high_words} {noun}", qualifier)


def span(low: Decimal, high: Decimal) -> str:
    """A range of stated numbers: «5–7», «1,5–2» (en dash, no spaces)."""
    return f"{stated(abs(low))}{EN_DASH}{stated(abs(high))}"


def unit_words(currency: str, scale: str, unit: str | None = None) -> str:
    """A column or axis unit: «млн долларов США», «тыс. тонн», «млрд российских рублей»."""
    noun = unit_name(unit, 5, True) if unit else currency_name(currency, 5, True)
    return f"{SCALE_WORDS[scale]} {noun}".strip()


def times(ratio: float | Decimal, qualifier: str | None = None, upper: Decimal | None = None) -> str:
    """2.024 → «в 2,0 раза»; a stated Decimal keeps its digits (2 → «в 2 раза»); a hedge
    goes before «в»: «почти в 2 раза»; a range «в 1,5–2 раза»."""
    text = stated(ratio) if isinstance(ratio, Decimal) else number(ratio, 1)
    if upper is not None:
        text = span(Decimal(ratio), upper)
    return hedged(f"в{NBSP}{text}{NBSP}раза", qualifier)


def change(pct: float | Decimal, digits: int = 1, qualifier: str | None = None,
           upper: Decimal | None = None) -> str:
    """+2.4 → «рост на 2,4 %», −3.1 → «снижение на 3,1 %»; hedged «рост более чем на 12 %»;
    a range «рост на 5–7 %»."""
    amount = percent(-pct if pct < 0 else pct, digits)
    if upper is not None:
        amount = f"{span(Decimal(pct), upper)}{NBSP}%"
    return moved(pct >= 0, amount, qualifier)


def moved(rise: bool, amount: str, qualifier: str | None = None) -> str:
    """«рост на 12 %», «снижение на 1,2 млн долларов США»: a change by `amount`, with
    its hedge where Russian puts it («рост более чем на 12 %», «рост почти на 3 млрд …»)."""
    word = "рост" if rise else "снижение"
    if qualifier in ("более", "менее", "не более", "не менее"):
        return f"{word} {qualifier} чем на{NBSP}{amount}"  # «более чем на 12 %»
    if qualifier == "почти":
        return f"{word} почти на{NBSP}{amount}"
    if qualifier:  # «около», «порядка», «свыше», «до» stand before the number itself
        return f"{word} {qualifier}{NBSP}{amount}"
    return f"{word} на{NBSP}{amount}"


def growth(
    index: float | Decimal | None = None,
    change_pct: float | Decimal | None = None,
    ratio: float | Decimal | None = None,
    qualifier: str | None = None,
    words: str | None = None,
    upper: Decimal | None = None,
    fall: bool = False,
) -> str:
    """Growth in the form the source stated it: index 100.9 → «100,9 %» (read with
    «к уровню …»), change +10 → «рост на 10 %», times 2 → «рост в 2 раза», words
    «вдвое» → «рост вдвое»; each with its hedge («рост более чем на 12 %»); a range
    (`upper`) «рост на 5–7 %», «105–107 %», «рост в 1,5–2 раза»; a fall by a multiple
    (`fall`) «снижение в 1,5 раза», «снижение вдвое»."""
    noun = "снижение" if fall or (words and change_pct is not None and change_pct < 0) else "рост"
    if words:
        text = words.strip()
        return hedged(text if text.startswith(("рост", "сниж")) else f"{noun} {text}", qualifier)
    if change_pct is not None:
        return change(change_pct, qualifier=qualifier, upper=upper)
    if ratio is not None:
        return f"{noun} {times(ratio, qualifier, upper)}"
    assert index is not None
    if upper is not None:
        return hedged(f"{span(Decimal(index), upper)}{NBSP}%", qualifier)
    return hedged(percent(index), qualifier)


def by_amount(value: Decimal, currency: str | None, scale: str | None, unit: str | None = None,
              qualifier: str | None = None) -> str:
    """An absolute change as stated: 3.7 billion USD → «рост на 3,7 млрд долларов США»,
    −1.2 → «снижение на 1,2 млн долларов США», hedged «рост более чем на 3 млрд …»; a
    count by its noun in the accusative after «на» («рост на 12 компаний»)."""
    text = money(abs(value), currency or "USD", scale or "million", None, unit, accusative=True)
    return moved(value > 0, text, qualifier)


def rank(position: int | None, among: str, top: int | None = None) -> str:
    """7, «среди торговых партнеров» → «7-е место среди торговых партнеров»; within the
    first 3 → «первую тройку среди торговых партнеров» (read after «входит в»)."""
    if top is not None:
        return f"{top_places(top)} {among}"
    return f"{position}-е{NBSP}место {among}"


# «в первую тройку»: the collective noun of a small top (accusative, after «в»).
TOP_NOUNS = {2: "двойку", 3: "тройку", 4: "четверку", 5: "пятерку", 6: "шестерку", 7: "семерку",
             8: "восьмерку", 9: "девятку", 10: "десятку", 20: "двадцатку", 100: "сотню"}


def top_places(n: int) -> str:
    """The first N places after «входит в»: «первую тройку», «число первых 15»."""
    return f"первую {TOP_NOUNS[n]}" if n in TOP_NOUNS else f"число первых{NBSP}{n}"


def share_before(percent_before: Decimal, period: Period | None) -> str:
    """Where a share moved from: «против 41 % в 2021 году»; «против 41 % ранее» when the
    source gives no period («доля выросла с 41 % до 55 %»)."""
    return f"против {percent(percent_before)} {period_in(period) if period is not None else 'ранее'}"


def span_years(n: int) -> str:
    """«за 4 года», «за 5 лет», «за 1 год» (pymorphy3 agrees the noun with the number)."""
    from memogen.morphology import agree

    return f"за{NBSP}{n}{NBSP}{agree('год', n, False)}"


def _month(n: int, context: Literal["format", "stand-alone"] = "stand-alone") -> str:
    return get_month_names("wide", context=context, locale=LOCALE)[n]


# How a period is written, by kind and use: `label` in a table column or under a bar,
# `in` in a sentence («в 2024 году»), `of` in the genitive after «по итогам». Fields:
# {year}; {roman}, the quarter's or half-year's number; {in_}, «в» or «во» before it
# («во II квартале», read «во втором»); {first}/{last}, the months in the nominative
# and {first_of}/{last_of} in the genitive. NBSP ties a number to its word.
_PERIOD_FORMS: dict[str, dict[str, str]] = {
    "year": {
        "label": "{year}",
        "in": "в\u00a0{year}\u00a0году",
        "of": "{year}\u00a0года",
    },
    "quarter": {
        "label": "{roman}\u00a0квартал {year}",
        "in": "{in_}\u00a0{roman}\u00a0квартале {year}\u00a0г.",
        "of": "{roman}\u00a0квартала {year}\u00a0г.",
    },
    "half": {
        "label": "{roman}\u00a0полугодие {year}",
        "in": "{in_}\u00a0{roman}\u00a0полугодии {year}\u00a0г.",
        "of": "{roman}\u00a0полугодия {year}\u00a0г.",
    },
    "month": {
        "label": "{first} {year}",
        "in": "за\u00a0{first} {year}\u00a0г.",
        "of": "{first_of} {year}\u00a0г.",
    },
    "months": {
        "label": "{first}\u2013{last} {year}",
        "in": "за\u00a0{first}\u2013{last} {year}\u00a0г.",
        "of": "{first_of}\u2013{last_of} {year}\u00a0г.",
    },
}


_SPAN_FORMS = {"label": "{since}\u2013{year}", "in": "за\u00a0{since}\u2013{year}\u00a0годы",
               "of": "{since}\u2013{year}\u00a0годов"}


# «за период с января 2009 г. по август 2025 г.», «периода с …», «январь 2009 – август 2025»
_RUN_FORMS = {"label": "{first} {since} – {last} {year}",
              "in": "за период с {first_of} {since} г. по {last} {year} г.",
              "of": "периода с {first_of} {since} г. по {last} {year} г."}


def _period(p: Period, use: str) -> str:
    if p.kind == "ytd":  # «с начала 2023 г.» in a sentence, a table and a chart alike
        return f"с{NBSP}начала {p.year}{NBSP}г."
    if p.kind == "years":  # «за 2015–2025 годы», «2015–2025 годов»
        return _SPAN_FORMS[use].format(since=p.since, year=p.year)
    if p.kind == "run":
        return _RUN_FORMS[use].format(since=p.since, year=p.year, first=_month(p.first),
                                      first_of=_month(p.first, "format"), last=_month(p.last))
    number = {"quarter": p.last // 3, "half": p.last // 6}.get(p.kind)
    roman = ROMAN[number] if number else ""
    return _PERIOD_FORMS[p.kind][use].format(
        year=p.year,
        roman=roman,
        in_="во" if roman == "II" else "в",
        first=_month(p.first),
        last=_month(p.last),
        first_of=_month(p.first, "format"),
        last_of=_month(p.last, "format"),
    )


def period_label(p: Period) -> str:
    """A period as a table column or chart label: «2024», «I квартал 2025»,
    «январь–июнь 2025»."""
    return _period(p, "label")


def period_in(p: Period) -> str:
    """A period in a sentence: «в 2024 году», «в I квартале 2025 г.»,
    «во II полугодии 2025 г.», «за март 2025 г.», «за январь–июнь 2025 г.»."""
    return _period(p, "in")


_MONTHS_IN = ("", "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
              "ноябре", "декабре")


def period_when(p: Period) -> str:
    """When something happened in a period: «в июле 2024 г.» for one month (an event, a
    signing, not an amount over the month), else as `period_in`."""
    if p.kind == "month":
        return f"в{NBSP}{_MONTHS_IN[p.first]} {p.year}{NBSP}г."
    return period_in(p)


def period_of(p: Period) -> str:
    """A period in the genitive, after «по итогам»: «2024 года», «I квартала 2025 г.»,
    «I полугодия 2025 г.», «марта 2025 г.», «января–ноября 2024 г.»."""
    return _period(p, "of")


def trend(ratio: float, base: Period | None = None) -> str:
    """Growth between two values as a reader says it: «рост в 2,0 раза» for a big
    rise, «рост на 8,5 %» for a small one, «снижение на 12,0 %» for a fall (never
    «рост в 0,9 раза»); a change that rounds to nothing is no «рост на 0,0 %» but «на
    уровне 2021 года» (the `base` period), «на прежнем уровне» without one."""
    if ratio >= 1.2:
        return f"рост {times(ratio)}"
    if number((ratio - 1) * 100) in ("0,0", "\u22120,0"):
        return f"на{NBSP}уровне {period_of(base)}" if base is not None else "на прежнем уровне"
    return change((ratio - 1) * 100)


def years(first: int, last: int) -> str:
    """«2026–2028 годы»: en dash, no spaces."""
    return f"{first}{EN_DASH}{last}{NBSP}годы"


def date(d: dt.date, style: str = "numeric") -> str:
    """25.08.2025, or «25 августа 2025 г.» (no leading zero, «г.»)."""
    if style == "verbal":
        return format_date(d, f"d{NBSP}MMMM y", locale=LOCALE) + f"{NBSP}г."
    return format_date(d, "dd.MM.yyyy", locale=LOCALE)


def initials(surname: str, given: str, patronymic: str | None, style: str = "BY") -> str:
    """BY: «В.И.Каранкевич» (no spaces); RU: «В.И. Каранкевич» (a no-break space)."""
    letters = "".join(f"{part.strip()[0]}." for part in (given, patronymic) if part and part.strip())
    return f"{letters}{NBSP if style == 'RU' else ''}{surname}"


def quoted(name: str) -> str:
    """A name in «ёлочки»; quotes inside become „лапки“: «ОАО „МАЗ“»."""
    inner = name.replace("«", "„").replace("»", "“")
    return f"«{inner}»"


# An indicator's name: nominative, and genitive (after «объема», «уровня»), derived
# from the one registry of indicators.
INDICATORS = {
    name: (i.nominative, i.genitive) for name, i in _INDICATORS.items() if not i.labelled
}


def indicator(name: str, label: str | None = None, case: int = 0) -> str:
    """«товарооборот» / «товарооборота»; a product or other measure by its own label."""
    if name in INDICATORS:
        return INDICATORS[name][case]
    return label or name


def versus(against: object, period: Period) -> str:
    """What a growth rate compares with: «к уровню аналогичного периода 2024 года»,
    «к предыдущему периоду», «к уровню 2023 года»."""
    if against == "same_period_last_year":
        if period.is_whole_year:
            return f"к{NBSP}уровню {period.year - 1}{NBSP}года"
        return f"к{NBSP}уровню аналогичного периода {period.year - 1}{NBSP}года"
    if against == "unstated":
        return ""  # the source names no base: neither does the memo
    if against == "previous_period":
        if period.is_whole_year:  # the period before a year is the year before
            return f"к{NBSP}уровню {period.year - 1}{NBSP}года"
        return f"к{NBSP}предыдущему периоду"
    assert isinstance(against, Period)
    if against.is_whole_year:
        return f"к{NBSP}уровню {against.year}{NBSP}года"
    return f"к{NBSP}уровню периода «{period_label(against)}»"


_VO = re.compile(r"[вф][бвгджзклмнпрстфхцчшщ]", re.IGNORECASE)
_SO = re.compile(r"[сзшжщ][бвгджзклмнпрстфхцчшщ]|мн|вс[еёя]|вто", re.IGNORECASE)  # «со всеми», «со вторым»


def preposition(word: str, name: str) -> str:
    """«в», «с» before a name, as «во», «со» where Russian needs the vowel: «во
    Францию», «во Владимирскую область», «со странами ЕАЭС», «со Швецией», «со всеми
    странами»; «в Китай», «с Сербией»."""
    needs = {"в": _VO, "с": _SO}[word].match(name)
    return f"{word}о {name}" if needs else f"{word} {name}"


def capfirst(text: str) -> str:
    """The first letter in capitals, the rest untouched (МТЗ stays МТЗ)."""
    return text[:1].upper() + text[1:]


# --- verbs from a figure's status and the period's place in time -----------------------

Tense = str  # "past" (the period is over), "present" (it is running), "future"


def tense(p: Period, today: dt.date) -> Tense:
    """Where the period stands on the memo's date: over, running, or still to come
    («с начала года» runs through its year)."""
    start = dt.date(p.start_year, p.first, 1)
    if p.open_end:
        return "present" if today.year == p.year else ("past" if today.year > p.year else "future")
    end = dt.date(p.year + (p.last == 12), p.last % 12 + 1, 1)  # the day after it ends
    if end <= today:
        return "past"
    return "present" if start <= today else "future"


# What a table row or chart bar of a value still to come says after its period.
STATUS_TAGS = {"expected": "ожидается", "forecast": "прогноз", "target": "цель"}

_INTRO = {"preliminary": "по предварительным данным", "estimate": "по оценке"}
_PLANNED = {"expected": "ожидается на уровне", "forecast": "прогнозируется на уровне",
            "target": "планируется довести до"}


def verb(status: str, when: Tense, gender: str = "masc", ranged: bool = False) -> str:
    """The words between a subject and its amount, with the space or comma before them:
    actual → « составил» (over), « составляет» (running), « составит»; preliminary →
    «, по предварительным данным, составил»; expected → « ожидается на уровне»;
    forecast → « прогнозируется на уровне»; target → « планируется довести до», before
    a range (`ranged`) « планируется довести до уровня» («до уровня от 2 до 3 млрд»)."""
    if status == "target" and ranged:
        return " планируется довести до уровня"
    if status in _PLANNED:
        return f" {_PLANNED[status]}"
    from memogen.morphology import past

    word = {"past": past("составил", gender), "present": "составляет", "future": "составит"}[when]
    if status in _INTRO:
        return f", {_INTRO[status]}, {word}"
    return f" {word}"


# «занял» / «вошел» by the holder's gender and the period's place in time.
_RANK_VERBS = {
    "place": {"past": ("занял", "заняла", "заняло", "заняли"), "present": ("занимает",) * 3 + ("занимают",),
              "future": ("займет",) * 3 + ("займут",)},
    "top": {"past": ("вошел", "вошла", "вошло", "вошли"), "present": ("входит",) * 3 + ("входят",),
            "future": ("войдет",) * 3 + ("войдут",)},
}
_GENDERS = ("masc", "femn", "neut", "plur")


def ranked(position: int | None, among: str, holder: str, measure: str | None, when: Tense,
           status: str = "actual", top: int | None = None, words: str | None = None) -> str:
    """«Республика Беларусь заняла 5-е место среди торговых партнеров края по объему
    товарооборота», «… входит в первую тройку среди …»: the holder agrees the verb
    (pymorphy3 gives its gender: «страны ЕАЭС заняли»); a preliminary or estimated place
    says so («…, по оценке, занимает …»)."""
    from memogen.morphology import gender

    tail = f" {measure}" if measure else ""
    if words:  # «… — крупнейший торговый партнер (1-е место среди …)»: the superlative as said
        intro = f"{_INTRO[status]}, " if status in _INTRO else ""
        return f"{holder} — {intro}{words} ({rank(position, among, None)}{tail})"
    forms = _RANK_VERBS["top" if top is not None else "place"][when]
    kind = gender(holder)
    word = forms[_GENDERS.index(kind) if kind in _GENDERS else 0]
    if top is not None:
        word += " в"
    if status in _INTRO:
        word = f", {_INTRO[status]}, {word}"
    return f"{holder}{'' if word.startswith(',') else ' '}{word} {rank(position, among, top)}{tail}"


def split_growth(text: str) -> tuple[str, str]:
    """Growth in words split into its noun and the rest: («рост», «на 3,7 млрд …»)."""
    noun, _, rest = text.partition(" ")
    if noun not in ("рост", "снижение"):
        return "", text
    return noun, rest
