"""A share of a whole the release names but gives no figure for → that whole in words,
in the genitive, as `share.whole` takes it: «на Белоруссию приходится 48 % товарооборота
Брянской области» → «товарооборота Брянской области»; «её доля во внешнеторговом обороте
региона … 10 %» → «внешнеторгового оборота Калининградской области»; «67 % структуры
нашего товарооборота» in a governor's words → «товарооборота Смоленской области». No I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal

from memogen.draft import clauses
from memogen.draft.numbers import HEDGE
from memogen.draft.words import inflect_word, nominative_phrase, parses

CUE = re.compile(
    r"дол[яеюи]\b|приходи(?:тся|лось)|пришл(?:ось|ась)|в\s+общем\s+объ[её]ме|от\s+(?:общ|всего|всей|совокупн|суммарн)\w*|"
    r"удельн\w+\s+вес",
    re.I,
)
_IN_SHARE = re.compile(
    r"(?:\bдол[яеюи]|\bудельн\w+\s+вес\w*)\s+(?:[А-ЯЁ][\w-]*\s+)?(?:во?|среди)\s+(?P<whole>[^,.;:—–()«»]+?)"
    # «долю сырья в экспорте до 40 %»: the level it is taken to ends the whole
    r"(?=\s+(?:составля|составил|находи|достиг|равн|был|выр[оа]с|увелич|сократ|сниз|уменьш|повыс|пониз|за\s|до\s|—|–)"
    # «её доля в объёме экспорта почти 74 %»: the share itself, with its hedge, ends the whole
    rf"|\s+(?:(?:{HEDGE})\s+)?\d[\d,.]*\s?(?:%|процент)|[,.;:]|$)",
    re.I,
)
_FRAME = re.compile(r"^(?:структур\w+|объ[её]м\w+|общего\s+объ[её]м\w+)\s+", re.I)
_BARE = re.compile(r"\s(?:региона|области|края|республики|страны)$")
# «доля России в экспорте области в 2022 году»: the period the share is stated for is no part of its whole
_PERIOD_TAIL = re.compile(r"\s+(?:в|за)\s+(?:\S+\s+){0,3}?(?:год[ау]?|года|квартал[еа]?|полугоди[еия]|месяц\w*)$", re.I)



def fraction_alone(text: str, start: int) -> bool:
    """Whether a fraction in words at `start` («две трети продукции») is a share as it
    stands: not a part of a period or a thing («в первой трети года», «последняя четверть»)."""
    before = re.findall(r"[А-Яа-яЁё-]+", text[max(0, start - 30) : start])[-1:]
    return not (before and any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in parses(before[0])[:1]))


def is_share(text: str, start: int, end: int) -> bool:
    """Whether the percent at text[start:end] is a share: a cue in its own clause."""
    return bool(CUE.search(clauses.before(text, start, clauses.SHARE)) or CUE.search(text[end : end + 60]))


_NOT_A_PART = re.compile(r"(?:\bна|\bв|\bдо|\bсо?|плюс|минус|рост\w*|темп\w*|индекс\w*)\s+(?:\S+\s+){0,2}$", re.I)
_NO_WHOLE = re.compile(r"(?:прошл|позапрошл|этого|текущ|аналогичн|соответствующ|уровн|год|рост|прирост|план)", re.I)


def part_of_named_whole(text: str, start: int, end: int, value: object) -> bool:
    """«в сельском хозяйстве занято около 80 % населения», «30 % рынка страны»: a percent
    below a hundred followed by a whole in the genitive is a share of it, with no cue
    word; never a change («на 5 %»), a level reached («до 33 %») or an index («95 % уровня
    прошлого года»)."""
    if not isinstance(value, Decimal) or value >= 100 or _NOT_A_PART.search(text, max(0, start - 40), start):
        return False
    whole = genitive_run(text[end:])
    return whole is not None and not _NO_WHOLE.match(whole)


# «86 % от общего объёма экспорта»: «от» before the whole, which follows as after the percent itself
_FROM_WHOLE = re.compile(r"\s*от\s+(?=(?:общ|всего|всей|совокупн|суммарн)\w*)", re.I)


def after_percent(text: str, end: int) -> str:
    """The text after a percent ending at `end`, past an «от» that opens its whole («от
    общего объёма экспорта»), where the whole's genitive starts."""
    m = _FROM_WHOLE.match(text, end)
    return text[m.end() if m else end :]


def whole_of(text: str, start: int, end: int, partner_genitive: str | None) -> str | None:
    """The whole the percent at text[start:end] is a share of, in the genitive; None when
    the sentence does not name it."""
    whole = genitive_run(after_percent(text, end))
    if whole is None:
        m = _IN_SHARE.search(text)
        whole = to_genitive(m["whole"]) if m else None
    if not whole:
        return None
    whole = _PERIOD_TAIL.sub("", _FRAME.sub("", whole))
    whole, comma, participle = whole.partition(",")  # «, выпускаемой в области»: kept as said
    if partner_genitive:
        # «нашего товарооборота» in the partner's words, «её товарооборота», or «оборота
        # региона»: the partner's
        own = re.sub(r"\b(?:наш\w*|её|ее|его)\s+", "", whole)
        bare = _BARE.search(own)
        if bare and any(p.tag.POS == "ADJF" for p in parses(own[: bare.start()].split()[-1])[:1]):
            bare = None  # «Брянской области» names its region already
        if bare and bare.group().strip() == "республики" and "республик" not in partner_genitive.lower():
            # «республики» beside a partner that is no republic is Belarus
            return f"{own[: bare.start()]} Беларуси{comma}{participle}"
        if bare and bare.group().strip() in ("области", "края") and bare.group().strip() not in partner_genitive:
            # «закупок области» beside a partner that is no region of that kind (a state): our region's
            return whole + comma + participle
        if own != whole or bare:
            whole = f"{own[: bare.start()] if bare else own} {partner_genitive}"
    return whole + comma + participle


_PREPOSITIONS = {"по", "от", "до", "для", "за", "из", "на", "об", "при", "про", "над", "под", "без"}


def genitive_run(after: str) -> str | None:
    """The words right after the percent that are in the genitive («товарооборота Брянской
    области»), with a «с/со …» complement («товарооборота Беларуси с Россией»)."""
    words = re.findall(r"[А-Яа-яЁё-]+|[^\sА-Яа-яЁё-]", after[:120])
    kept: list[str] = []
    for n, word in enumerate(words):
        if word.lower() in ("с", "со") and kept and n + 1 < len(words):
            kept += [word, *_partner_after(words[n + 1 : n + 3])] if _partner_after(words[n + 1 : n + 3]) else []
            break
        # «59 % по отношению к …»: «по» read as the abbreviation «ПО» in the genitive is a preposition
        if len(word) < 2 or word.lower() in _PREPOSITIONS or not any(
                p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") for p in parses(word)):
            kept += _participle_after(words[n:]) if kept else []
            break  # «в», «с» read as abbreviations in the genitive are prepositions
        kept.append(word)
    return " ".join(kept).replace(" ,", ",") if any(any(p.tag.POS == "NOUN" for p in parses(w)) for w in kept) else None


def _participle_after(words: list[str]) -> list[str]:
    """«продукции, выпускаемой в области,»: a participle in the genitive set off by commas
    belongs to the whole; kept with its comma, up to the closing one."""
    if len(words) < 3 or words[0] != "," or not any(p.tag.POS == "PRTF" and p.tag.case == "gent"
                                                     for p in parses(words[1])):
        return []
    end = next((k for k in range(2, min(len(words), 9)) if not re.match(r"[А-Яа-яЁё-]+$", words[k])), None)
    return [",", *words[1:end]] if end is not None and words[end] in (",", "—", "–") else []


def _partner_after(words: list[str]) -> list[str]:
    """The other side after «с»: a name («с Россией») or a noun in the instrumental, with
    its adjective («с регионом», «с соседними странами»); none when there is no such."""
    if words and words[0][:1].isupper():
        return words[:1]
    taken: list[str] = []
    for word in words:
        found = [p for p in parses(word) if p.tag.case == "ablt"]
        if any(p.tag.POS == "NOUN" for p in found):
            return [*taken, word]
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in found):
            return []
        taken.append(word)
    return []


def to_genitive(phrase: str) -> str:
    """«внешнеторговом обороте региона» → «внешнеторгового оборота региона»: the words in
    the prepositional case go to the genitive, a genitive complement stays."""
    out = []
    for word in phrase.split():
        if any(p.tag.case == "loct" for p in parses(word)[:1]):
            out.append(inflect_word(word, {"gent"}) or word)
        else:
            out.append(word)
    return " ".join(out)


_PERCENT = r"\d+(?:[,.]\d+)?\s?(?:%|процент\w*)"
_FROM = re.compile(r"\bс\s+(?P<n>\d+(?:[,.]\d+)?)\s?(?:%|процент\w*)?\s+до\s*$", re.I)
_TO = re.compile(rf"\s*до\s+{_PERCENT}", re.I)


_FROM_AFTER = re.compile(r"\s*с\s+(?P<n>\d+(?:[,.]\d+)?)\s?(?:%|процент\w*)", re.I)
_VERSUS = re.compile(r"\s*против\s+(?P<n>\d+(?:[,.]\d+)?)\s?(?:%|процент\w*)", re.I)


def moved_from(text: str, start: int, end: int | None = None) -> Decimal | None:
    """«доля выросла с 41 % до 55 %», «выросла до 55 % против 41 % годом ранее», «снизилась
    до 4,3 % с 4,9 %»: the share the one at text[start:end] (55) moved from."""
    m = _FROM.search(text[max(0, start - 30) : start]) or (_VERSUS.match(text, end) if end is not None else None)
    if m is None and end is not None and re.search(r"\bдо\s*$", text[max(0, start - 10) : start], re.I):
        m = _FROM_AFTER.match(text, end)  # «снизилась до 4,3 % с 4,9 %»: the start named after
    return Decimal(m["n"].replace(",", ".")) if m else None


def was_before(text: str, start: int) -> bool:
    """Whether the percent at `start` is the earlier level a share is set against («55 %
    против 41 % годом ранее», «до 4,3 % с 4,9 %»), no share of its own."""
    before = text[max(0, start - 30) : start]
    return bool(re.search(r"\bпротив\s+$", before, re.I) or re.search(rf"\bдо\s+{_PERCENT}\s+с\s+$", before, re.I))


def moves_on(text: str, end: int) -> bool:
    """Whether the percent ending at `end` is where a share moved from («с 41 % до 55 %»)."""
    return bool(_TO.match(text, end)) and bool(re.search(rf"\bс\s+{_PERCENT}\s*$", text[max(0, end - 20) : end]))


# A share in words: «треть импорта», «более половины товарооборота», «пятую часть экспорта»;
# never a change («на треть», «наполовину»)
_IN_WORDS = re.compile(
    r"(?<![\w-])(?<!на\s)(?P<w>(?P<two>дв(?:е|ух|ум|умя)\s+трет(?:и|ей|ям|ями))|"
    r"(?P<three>тр(?:и|[её]х|[её]м|емя)\s+четверт(?:и|ей|ям|ями))|трет(?:ь|и|ью)|четверт(?:ь|и|ью)|половин(?:а|ы|у|е|ой)|"
    r"(?P<ord>пят|десят)(?:ая|ой|ую)\s+част(?:ь|и|ью))(?![\w-])"
    # «за четверть века», «половину срока», «четверти миллиона тонн»: time or a number, no share
    r"(?!\s+(?:век|столети|год|лет|срок|миллион|миллиард|тысяч|млн|млрд|тыс)(?![а-яё]{4}))",
    re.I,
)
_NOMINATIVE = {"трет": "треть", "четв": "четверть", "поло": "половина"}


def in_words(text: str) -> list:
    """Every share said in words in `text`, as percent rates whose `words` hold the
    nominative the facts file takes («половину» → «половина», 50)."""
    from memogen.draft import numbers as num
    from memogen.reading import SHARE_WORDS

    out = []
    for m in _IN_WORDS.finditer(text):
        said = m["w"].lower()
        words = "две трети" if m["two"] else "три четверти" if m["three"] else \
            f"{m['ord'].lower()}ая часть" if m["ord"] else _NOMINATIVE[said[:4]]
        hedge = num.hedge_before(text, m.start())
        out.append(num.Rate("percent", SHARE_WORDS[words], hedge, m.group(), m.start(), m.end(), words))
    return out


# The goods a share of a trade falls on, after its percent: «57 % всех поставок … пришлось на
# металлы», «19 % — на машиностроительную продукцию», «56 % в структуре поставок — чёрные металлы»
_GOODS_AFTER = re.compile(
    r"^[^%;.]*?(?:(?:пришл\w*|приход\w*)\s+на|\s[—–-](?:\s+на)?)\s+"
    # up to the next share («, 29 % — …», «, а 13 % — …»), a stop or a bracket; a list of goods goes on
    r"(?P<goods>[а-яё][а-яё ,-]{2,120}?)\s*(?=[;.(]|,\s*(?:а\s+)?\d|,\s*(?:а|но)\s|\s[—–]|\d|,?\s*$)"
)
# before its percent in brackets: «машиностроительная продукция (26 % общего объёма поставок)»
_GOODS_BEFORE = re.compile(rf"(?P<goods>(?:[а-яё-]+\s+){{0,4}}[а-яё-]+)\s*\(\s*(?:(?:{HEDGE})\s+)?$", re.I)
# no goods: places, sides, a time, the trade itself
_NO_GOODS = {
    "страна", "государство", "регион", "область", "край", "республика", "рынок", "партнёр", "доля", "год", "месяц",
    "экспорт", "импорт", "поставка", "товарооборот", "оборот", "торговля", "уровень", "объём", "сумма", "период",
    "предприятие", "организация", "компания", "производитель", "район", "город", "округ", "субъект", "столица",
}


def goods_part(text: str, start: int, end: int) -> str | None:
    """The group of goods a share of a trade (its percent at `start`…`end`) falls on, in the
    nominative («металлы и изделия из них», «машиностроительная продукция»); None when its
    clause names none, or names a place or a side («на Россию», «на страны ЕС»)."""
    after = _GOODS_AFTER.match(text[end:])
    before = None if after else _GOODS_BEFORE.search(text[:start])
    if after is None and before is None:
        return None
    words = (after or before)["goods"].split()  # type: ignore[index]
    words = words[1:] if words[:1] == ["и"] else words  # «, химическая продукция (21 %) и продовольственные товары (»
    if before is not None:  # «шли машиностроительная продукция (»: the noun group right before the bracket
        while words and not any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case == "nomn"
                                for p in parses(words[0])):
            words = words[1:]
    found = [parses(w) for w in words]
    if not words or any(f and f[0].normal_form in _NO_GOODS for f in found):
        return None
    if not any(f and f[0].tag.POS == "NOUN" for f in found):
        return None
    name = " ".join(words).strip(" ,")
    return _in_nominative(name) if after is not None else name


def _in_nominative(goods: str) -> str:
    """«продукцию химпрома» → «продукция химпрома», «машины, оборудование и транспортные
    средства» as it is: the opening word group in the nominative, the words after it kept."""
    head = nominative_phrase(goods)
    if head is None:
        return goods
    ends = [m.end() for m in re.finditer(r"[А-Яа-яЁё-]+", goods)]
    return head + goods[ends[len(head.split()) - 1] :]
