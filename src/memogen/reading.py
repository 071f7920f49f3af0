"""Russian text of a source → the numbers it states, as a reader of a press release reads
them: «$678,1 млн», «678,1 миллиона долларов», «полмиллиарда», «в два раза», «вдвое»,
«на треть», «12%», «118 процентов», each with the hedge in front of it («более чем на»,
«почти», «превысил»).

Used by the checks that a figure's value, hedge, growth and share can be found in its
quote, and by `Growth.words` («вдвое» → times 2). No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from memogen.facts.model import SCALE_FACTORS
from memogen.inflect import fold

ReadingKind = Literal["number", "percent", "times", "points"]

# Hedges a source may write, grouped by what they say about the true value. Two hedges
# of one group say the same thing («превысил» is «более»).
HEDGE_GROUPS: dict[str, str] = {
    "более": "over", "свыше": "over", "больше": "over", "превыс": "over", "превыш": "over", "не менее": "over",
    "как минимум": "over",
    "не меньше": "over", "от": "over", "выше": "over", "не ниже": "over", "рубеж": "over",
    "почти": "under", "менее": "under", "меньше": "under", "не более": "under",
    "не больше": "under", "до": "under", "не превыш": "under", "ниже": "under", "не выше": "under",
    "около": "about", "порядка": "about", "примерно": "about", "приблизительно": "about",
    "ориентировочно": "about", "гдето": "about",
    # after the words above, so that a message names a group by its usual word («почти…», «более…»)
    "минимум": "over", "максимум": "under", "подошел": "under", "подошл": "under", "подойд": "under",
    "подойт": "under", "приблизи": "under",
    "перевал": "over", "перешагн": "over",  # «переваливает за 10 млн», «перешагнёт 1 млрд»: a mark passed
}

SCALES = {"тыс": "thousand", "тысяч": "thousand", "млн": "million", "миллион": "million",
          "млрд": "billion", "миллиард": "billion", "трлн": "trillion", "триллион": "trillion"}

# Numbers written in words, by stem: «двух», «три», «полтора», «семнадцати», «сорока».
# `word_number` tries the longest stem first, so «семнадцат» (17) wins over «сем» (7).
WORD_NUMBERS: dict[str, Decimal] = {
    "полтор": Decimal("1.5"), "полутор": Decimal("1.5"), "один": Decimal(1), "одн": Decimal(1), "два": Decimal(2),
    "две": Decimal(2), "двух": Decimal(2), "три": Decimal(3), "трех": Decimal(3), "трёх": Decimal(3),
    "четыр": Decimal(4), "пят": Decimal(5), "шест": Decimal(6), "сем": Decimal(7), "восем": Decimal(8),
    "восьм": Decimal(8), "девят": Decimal(9), "десят": Decimal(10), "двадцат": Decimal(20),
    "тридцат": Decimal(30), "сорок": Decimal(40), "пятьдесят": Decimal(50), "сто": Decimal(100), "ста": Decimal(100),
    "одиннадцат": Decimal(11), "двенадцат": Decimal(12), "тринадцат": Decimal(13),
    "четырнадцат": Decimal(14), "пятнадцат": Decimal(15), "шестнадцат": Decimal(16),
    "семнадцат": Decimal(17), "восемнадцат": Decimal(18), "девятнадцат": Decimal(19),
    "пятидесят": Decimal(50), "шестьдесят": Decimal(60), "шестидесят": Decimal(60),
    "семьдесят": Decimal(70), "семидесят": Decimal(70), "восемьдесят": Decimal(80),
    "восьмидесят": Decimal(80), "девяност": Decimal(90), "двест": Decimal(200), "двухсот": Decimal(200),
    "трист": Decimal(300), "трехсот": Decimal(300), "трёхсот": Decimal(300), "четырест": Decimal(400),
    "четырехсот": Decimal(400), "четырёхсот": Decimal(400), "пятьсот": Decimal(500), "пятисот": Decimal(500),
    "шестьсот": Decimal(600), "шестисот": Decimal(600), "семьсот": Decimal(700), "семисот": Decimal(700),
    "восемьсот": Decimal(800), "восьмисот": Decimal(800), "девятьсот": Decimal(900), "девятисот": Decimal(900),
}
# the dative and instrumental («двумя», «тремя», «пятьюдесятью», «двумястами») and the hundreds' other
# cases («пятистах»), by value; tests/draft/test_draft_forms_in_words.py checks them against pymorphy3
_OBLIQUE_STEMS = {
    2: "двум", 3: "трем трём", 50: "пятьюдесят", 60: "шестьюдесят", 70: "семьюдесят", 80: "восемьюдесят восьмьюдесят",
    200: "двумст двумяст двухст", 300: "тремст трёмст тремяст трехст трёхст",
    400: "четыремст четырёмст четырьмяст четырехст четырёхст", 500: "пятист пятьюст", 600: "шестист шестьюст",
    700: "семист семьюст", 800: "восьмист восемьюст", 900: "девятист девятьюст",
}
WORD_NUMBERS.update({stem: Decimal(value) for value, stems in _OBLIQUE_STEMS.items() for stem in stems.split()})
WORD_NUMBER = (
    r"полтора|полторы|полутора|один|одного|одна|одну|два|две|двух|три|трех|трёх|четыре|четырех|четырёх|"
    r"пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|"
    r"(?:одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|"
    r"девятнадцат)(?:ь|и|ью)|"
    r"двадцать|двадцати|тридцать|тридцати|сорок|сорока|пятьдесят|пятидесяти|шестьдесят|шестидесяти|"
    r"семьдесят|семидесяти|восемьдесят|восьмидесяти|девяносто|девяноста|сто|ста|"
    r"двести|двухсот|триста|тр[её]хсот|четыреста|четыр[её]хсот|(?:пять|шесть|семь|восемь|девять)сот|"
    r"(?:пяти|шести|семи|восьми|девяти)сот|"
    # the dative and instrumental: «двум», «двумя», «тремя», «пятью», «двадцатью», «пятьюдесятью» (not
    # «семью», a family's more often than seven), and the hundreds' «двумстам», «пятьюстами», «пятистах»
    r"двум|двумя|тр[её]м|тремя|четыр[её]м|четырьмя|пятью|шестью|восемью|восьмью|девятью|десятью|двадцатью|"
    r"тридцатью|(?:пять|шесть|семь|восемь|восьмь)юдесятью|"
    r"(?:двум|тр[её]м|четыр[её]м|пяти|шести|семи|восьми|девяти)стам|(?:двумя|тремя|четырьмя)стами|"
    r"(?:пять|шесть|семь|восемь|девять)юстами|(?:двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти)стах"
)
# «двадцать пять», «сто сорока двух»: a number in several words
SPELLED = rf"(?<![\w-])(?:{WORD_NUMBER})(?:\s+(?:{WORD_NUMBER}))*(?![\w-])"
_LONGEST_FIRST = sorted(WORD_NUMBERS, key=len, reverse=True)  # «тридцат» before «три»


def word_number(word: str) -> Decimal | None:
    """A number written in words, by its longest stem: «тридцати» → 30, «трёх» → 3."""
    low = word.lower()
    return next((WORD_NUMBERS[k] for k in _LONGEST_FIRST if low.startswith(k)), None)


def spelled_number(words: str) -> Decimal | None:
    """A number in one or more words: «двадцать пять» → 25, «ста сорока двух» → 142,
    «полтора» → 1.5. Words that make no one number end it: «десять семь» → 10."""
    total, last = Decimal(0), None
    for word in words.split():
        value = word_number(word)
        if value is None or (last is not None and not _goes_on(last, value)):
            break
        total, last = total + value, value
    return None if last is None else total


def _goes_on(last: Decimal, value: Decimal) -> bool:
    """Whether `value` may follow `last` in one number: hundreds, then tens, then units."""
    if value != int(value) or last != int(last):
        return False
    if last >= 100:
        return last % 100 == 0 and value < 100
    return last >= 20 and last % 10 == 0 and value < 10


def in_tens(value: Decimal, noun: str) -> Decimal:
    """«два десятка» → 20, «полтора десятка» → 15, «две сотни» → 200."""
    value *= 10 if noun.lower().startswith("десят") else 100
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


# «два десятка», «двумя десятками», «три сотни», «тремя сотнями»: tens and hundreds counted in words
TENS = r"десят(?:ок|ка|ков|ками|кам|ках)|сотн(?:и|ю|я|ями|ям|ях)|сотен"
_WORD_RE = re.compile(
    rf"(?P<n>{SPELLED})(?:\s+(?P<tens>{TENS})(?![\w-]))?|(?<![\w-])(?P<ten>десятка)(?![\w-])"
)
# «вдвое» and its kin: multiples in one word.
_MULTIPLES = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вдесятеро": 10}
# «удвоился», «утроение», «удвоить»: a multiple said by a verb or its noun.
MULTIPLIED = {"удво": 2, "утро": 3, "учетвер": 4, "упятер": 5}
MULTIPLIED_RE = re.compile(r"\b(?P<stem>удво|утро|учетвер|упятер)[иея]\w*", re.I)
# Fractions a change is said in: «на треть», «на четверть», «наполовину».
_FRACTIONS = {"на треть": Decimal("33.3"), "на четверть": Decimal("25"), "наполовину": Decimal("50"),
              "на половину": Decimal("50"), "вполовину": Decimal("50")}

# A share said in words («треть импорта», «более половины»): the nominative as `share.words`
# takes it → the percent it means, and every case form of it a quote may hold.
SHARE_WORDS: dict[str, Decimal] = {"треть": Decimal("33.3"), "четверть": Decimal("25"), "половина": Decimal("50"),
                                   "пятая часть": Decimal("20"), "десятая часть": Decimal("10"),
                                   "две трети": Decimal("66.7"), "три четверти": Decimal("75")}
SHARE_FORMS = {
    "треть": r"трет(?:ь|и|ью)", "четверть": r"четверт(?:ь|и|ью)", "половина": r"половин(?:а|ы|у|е|ой)",
    "пятая часть": r"пят(?:ая|ой|ую)\s+част(?:ь|и|ью)", "десятая часть": r"десят(?:ая|ой|ую)\s+част(?:ь|и|ью)",
    "две трети": r"дв(?:е|ух|ум|умя)\s+трет(?:и|ей|ям|ями)",
    "три четверти": r"тр(?:и|[её]х|[её]м|емя)\s+четверт(?:и|ей|ям|ями)",
}


def share_words_at(words: str, text: str) -> re.Match[str] | None:
    """Where a share said in words (`words` in the nominative) stands in `text`, in any case."""
    form = SHARE_FORMS.get(words.lower())
    return re.search(rf"(?<![\w-]){form}(?![\w-])", text, re.I) if form else None


_DIGITS = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?")
_AFTER = re.compile(
    # «в 10 с лишним раз»: a little more than the multiple («с лишним» before its unit)
    r"\s*(?P<odd>с\s+(?:лишним|небольшим)\s+(?=раз))?(?P<unit>%|процент\w*|п\.\s?п\.|процентн\w* пункт\w*|"
    r"тыс\.?|тысяч\w*|млн\.?|миллион\w*|млрд\.?|миллиард\w*|трлн\.?|триллион\w*|раза?\b)"
)


@dataclass(frozen=True)
class Reading:
    """One number as the text states it: 678,1 with scale million; 12 as a percent."""

    value: Decimal
    scale: str | None = None
    kind: ReadingKind = "number"
    hedge: str | None = None  # the group of the hedge in front of it: over, under, about
    start: int = 0

    @property
    def amount(self) -> Decimal:
        return self.value * SCALE_FACTORS[self.scale or "units"]


def normalise(text: str) -> str:
    """Text for comparison: lower case, «ё» as «е», one kind of quote and dash, single
    spaces, so a quote copied from a web page is found in the saved release."""
    text = fold(text)
    text = re.sub(r"[«»“”„‟\"'‘’‚`]", '"', text)
    text = re.sub(r"[\u2010-\u2015\u2212-]", "-", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


# «превысил», «не превышает», «рубежа»; «подошли к», «подойдёт к», «приблизился к»: all but reached
_STEMS = ("превыс", "превыш", "не превыш", "рубеж", "подошл", "подойд", "подойт", "приблизи", "перевал", "перешагн")
_SKIP = {"чем", "на", "в", "с", "со", "к", "уровне", "уровня", "уровень", "объеме"}


def _hedge(before: str) -> str | None:
    """The hedge among the last words before a number, since the previous number or
    sentence break («более чем на» → over, «превысил $» → over)."""
    clause = re.split(r"[\d.!?;:]", before)[-1].replace("где - то", "гдето")  # normalised «где-то»
    words = [w for w in re.findall(r"[а-яa-z]+", clause) if w not in _SKIP][-4:]
    for n in range(len(words)):  # the first (longest) phrase wins: «не менее» over «менее»
        rest = " ".join(words[n:])
        if rest.startswith("до ") or (rest == "до" and _reached(before)):
            # «вырос до 356 млн», «— до $570 млн», «до рекордных 300»: the level reached
            # (an upper bound «до» stands right before its number)
            return None
        for hedge, group in HEDGE_GROUPS.items():
            whole = rest == hedge or rest.startswith(hedge + " ")
            # «превысил экспорт и достиг 17 млн»: what follows «и» is reached, not exceeded
            if whole or (hedge in _STEMS and rest.startswith(hedge) and " и " not in rest):
                return group
    return None


_CHANGE_STEMS = (
    r"вырос\w*|возрос\w*|увелич\w*|снизи\w*|сократи\w*|уменьш\w*|упа\w*|довести|доведен\w*|достиг\w*|подня\w*|"
    r"дойд\w*|дош(?:ел|ла|ло|ли)\b|дошедш\w*|дойти|нарасти\w*"
)
_CHANGE_TO = (
    r"(?:[\s,]+(?:[а-яё]+|\d[\d\s,.]*(?:%|процент\w*|раза?\b|год\w*|млн|млрд|тыс|трлн)))*?[\s,]*(?:-\s*)?до\s*\$?\s*$"
)
_CHANGE = re.compile(rf"({_CHANGE_STEMS}){_CHANGE_TO}")
_DASH_TO = re.compile(rf"(-){_CHANGE_TO}")


# «со 110 тыс. до 75 тыс. тонн», «с 40 до 55 млн евро», «с $30 млн до $3 млрд», «с 6 миллионов долларов в
# 2006 году до 1,3 миллиарда»: «до» after the level a move started from, its unit and year between (a
# date, «с 1 января до», or a year, «с 2019 года до», starts no level)
_FROM_LEVEL = re.compile(
    r"(?<![а-яё])со?\s+[$€]?\s*\d[\d\s,.]*(?:(?:млн|млрд|тыс|трлн|миллион\w*|миллиард\w*|тысяч\w*)\.?\s*)?"
    r"(?:(?!год|гг?\.|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]+\.?\s+){0,2}"
    r"(?:в\s+\d{4}\s*(?:(?:-\s*)?м\s+|году\s+|г\.\s*))?до\s*[$€]?\s*$"
)


def _reached(before: str) -> bool:
    """«до» after a verb of change or a dash names the level reached, also with the
    words and the rate it changes by in between («довести товарооборот до 150 млн»,
    «выросла на 7 %, до 33,9 млрд», «выросла с 7,2 % в 2020 году до 9,5 %»), and «до»
    after the level a move started from («со 110 тыс. до 75 тыс. тонн»). A dash after a
    clause of words alone names its subject's amount, «смета проекта — до $100 млн»: a
    ceiling; after a rate or a word of change, «рост на 52 % — до $570 млн», the level reached."""
    if _FROM_LEVEL.search(before) or _CHANGE.search(before):
        return True
    if not _DASH_TO.search(before):
        return False
    dash = before.rfind("-")  # the words of its clause up to «до», the dash's rate too («— на 50 %, до»)
    clause = re.split(r"[.;:!?,(]", before[:dash])[-1] + before[dash:]
    return bool(_MOVE_SAID.search(re.sub(r"(?:19|20)\d\d", " ", clause)))


# what makes a dash before «до» the level a move reached: a number (its rate) or a word of change
_MOVE_SAID = re.compile(r"\d|рост|прирост|сниж|паден|сокращ|увелич|уменьш|удво|утро", re.I)


def level_reached(before: str) -> bool:
    """Whether «до» at the end of `before` (text as a release writes it) names the level
    a change reached («выросла на 7 %, до …») rather than an upper bound («до 300 млн»)."""
    return _reached(normalise(before) + " ")


def _kind_and_scale(unit: str, before: str) -> tuple[ReadingKind, str | None]:
    unit = unit.strip().rstrip(".")
    if unit.startswith(("%", "процент")) and "пункт" not in unit:
        return "percent", None
    if unit.startswith(("п.", "процентн")):
        return "points", None
    if unit.startswith("раз"):
        # «в 2 раза», and the upper end of «в 1,5 - 2 раза»
        return ("times", None) if re.search(r"\bв\s*(?:\d+(?:[,.]\d+)?\s*-\s*)?$", before) else ("number", None)
    for stem, scale in SCALES.items():
        if unit.startswith(stem):
            return "number", scale
    return "number", None


_PASSED = re.compile(r"(?:\s+[^\s.!?;:]+){0,5}?\s+(?:будет\s+|уже\s+)?(?:преодол|превыш|пройден)")


def _hedged(text: str, start: int, end: int) -> str | None:
    """The hedge of the number at text[start:end]: the words before it, or a threshold
    said to be passed after it («миллиард будет преодолен» is «более»)."""
    hedge = _hedge(text[max(0, start - 40) : start])
    if hedge is None and _PASSED.match(text, end):
        return "over"
    return hedge


_RANGE_AFTER = re.compile(r"\s?-\s?\d+(?:[,.]\d+)?\s*(%|процент\w*|раза?\b)")


def _digits(text: str) -> list[Reading]:
    out: list[Reading] = []
    last_end = -1
    for m in _DIGITS.finditer(text):
        whole = re.sub(r"\D", "", m.group(1))
        value = Decimal(f"{whole}.{m.group(2)}" if m.group(2) else whole)
        after = _AFTER.match(text, m.end()) or _RANGE_AFTER.match(text, m.end())  # «5 - 7 %»: a percent too
        before = text[max(0, m.start() - 40) : m.start()]
        unit = (after["unit"] if after.re is _AFTER else after.group(1)) if after else None
        kind, scale = _kind_and_scale(unit, before) if unit else ("number", None)
        odd = "over" if after is not None and after.re is _AFTER and after["odd"] else None
        reading = Reading(value, scale, kind, _hedged(text, m.start(), m.end()) or odd, m.start())
        if out and last_end >= 0 and not text[last_end : m.start()].strip():
            out += _compound(out[-1], reading)
        out.append(reading)
        last_end = after.end() if after else -1
    return out


STEP_DOWN = {"trillion": "billion", "billion": "million", "million": "thousand"}


def _compound(big: Reading, small: Reading) -> list[Reading]:
    """«6 млрд 80,3 млн» is also read as one number, 6 080,3 млн (the parts stay readings too)."""
    if big.kind != "number" or small.kind != "number" or big.scale is None or small.scale is None:
        return []
    if STEP_DOWN.get(big.scale) != small.scale or big.value != int(big.value) or small.value >= 1000:
        return []
    return [Reading(big.value * 1000 + small.value, small.scale, "number", big.hedge, big.start)]


def _words(text: str) -> list[Reading]:
    out = []
    for m in _WORD_RE.finditer(text):
        value = Decimal(10) if m["ten"] else spelled_number(m["n"])
        if value is None:
            continue
        if m["tens"]:
            value = in_tens(value, m["tens"])
        after = _AFTER.match(text, m.end())
        before = text[max(0, m.start() - 40) : m.start()]
        kind, scale = _kind_and_scale(after["unit"], before) if after else ("number", None)
        out.append(Reading(value, scale, kind, _hedge(before), m.start()))
    # «полмиллиарда», and in the oblique cases «полумиллиарда», «полумиллиардом», «полутысяче»
    for m in re.finditer(r"\bполу?(миллион|миллиард|триллион|тысяч)(?:а|у|ом|е|и|ей)?\b", text):
        scale = SCALES[m.group(1)]
        hedge = _hedge(text[max(0, m.start() - 40) : m.start()])
        out.append(Reading(Decimal("0.5"), scale, "number", hedge, m.start()))
    # «четверти миллиона тонн»: a quarter of the scale
    for m in re.finditer(r"\bчетверт(?:ь|и|ью) (миллион|миллиард|триллион|тысяч)(?:а|у|ом|е|и|ей)?\b", text):
        hedge = _hedge(text[max(0, m.start() - 40) : m.start()])
        out.append(Reading(Decimal("0.25"), SCALES[m.group(1)], "number", hedge, m.start()))
    for m in re.finditer(r"(?<!\d\s)\b(миллиард|миллион|триллион)(ный|ного|ным|ном|ная|ной|ное|а|у|ом|е)?\b", text):
        if not re.search(r"(\d|пол|четверт(?:ь|и|ью))\s*$", text[: m.start()]):
            out.append(Reading(Decimal(1), SCALES[m.group(1)], "number", _hedged(text, m.start(), m.end()), m.start()))
    for word, n in _MULTIPLES.items():
        for m in re.finditer(rf"\b{word}\b", text):
            out.append(Reading(Decimal(n), None, "times", _hedge(text[max(0, m.start() - 40) : m.start()]), m.start()))
    for m in MULTIPLIED_RE.finditer(text):
        hedge = _hedge(text[max(0, m.start() - 40) : m.start()])
        out.append(Reading(Decimal(MULTIPLIED[m["stem"].lower()]), None, "times", hedge, m.start()))
    for word, pct in _FRACTIONS.items():
        for m in re.finditer(rf"\b{word}\b", text):
            out.append(Reading(pct, None, "percent", _hedge(text[max(0, m.start() - 40) : m.start()]), m.start()))
    return out


def numbers_in(text: str) -> list[Reading]:
    """Every number the text states, in order, with its scale, kind and hedge."""
    text = normalise(text)
    return sorted(_digits(text) + _words(text), key=lambda r: r.start)


def growth_in_words(words: str) -> tuple[str, Decimal] | None:
    """«вдвое» → ("times", 2); «в полтора раза» → ("times", 1.5); «на треть» →
    ("change", 33.3); None when the words state no growth memogen can read."""
    readings = numbers_in(words)
    for r in readings:
        if r.kind == "times":
            return "times", r.value
        if r.kind == "percent":
            return "change", r.value
    return None
