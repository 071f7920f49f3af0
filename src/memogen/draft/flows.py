"""Who trades with whom, and what: a flow word of a release («экспорт», «импорт»,
«поставки», «экспортировала») with the words around it → whose exports or imports the
sentence states, and the group of goods when it names one.

«область экспортировала в Беларусь …», «импорт из Беларуси в край …» are stated from
the partner's side (`side: partner`: for Belarus the first is imports, the second
exports); «белорусский экспорт в регион», «поставки в Китай» are ours. «экспорт
молочной продукции», «поставки тракторов» are a product group's trade, not all
exports; «экспорт белорусской продукции», «экспорт товаров» are all exports. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from memogen.draft import clauses, indicators, sides
from memogen.draft.numbers import hedge_at
from memogen.draft.words import inflect_word, nominative_phrase, parses

# A flow word: out of its owner (exports, supplies, goods sent) or into it (imports, purchases).
_ALL = ("name", "deed", "verb", "sent")
_OUT, _IN = indicators.stems("out", _ALL), indicators.stems("in", _ALL)
FLOW = re.compile(rf"\b(?!{indicators.TRADER_WORD})(?:(?P<out>{_OUT})\w*|(?P<in>{_IN})\w*)", re.I)
# «поставил задачу», «поставили перед собой цель», «задачу, которую поставил Президент»: a task set, no supply
_SET_AFTER = re.compile(r"(?:\s+перед\s+[а-яё]+(?:\s+[а-яё]+)?)?\s+(?:задач|цел[ьи]|вопрос|рекорд)", re.I)
_SET_BEFORE = re.compile(r"(?:задач|цел[ьиью]|вопрос|рекорд)\w*,?\s+котор\w+\s+(?:[а-яё]+\s+){0,2}$", re.I)


def _set_not_sent(text: str, word: re.Match[str]) -> bool:
    """Whether a flow word is a verb setting a task, goal or question, not a supply: its
    object after it («поставил задачу», «поставил перед правительством цель») or before it,
    the noun a relative clause opens with («задачу, которую поставил Президент»)."""
    return bool(_SET_AFTER.match(text, word.end()) or _SET_BEFORE.search(text, 0, word.start()))


# Belarus, its capital and its regions («экспорт Гомельской области в Китай» is ours)
_OURS = re.compile(r"беларус|белорус|минск|брест|витебск|гомел|гродн|могил[её]в", re.I)
OURS = _OURS
_REGION_WORDS = re.compile(r"област|кра[йяюе]|регион|округ", re.I)
_PLACE_NOUNS = {
    "область", "край", "регион", "республика", "округ", "город", "страна", "государство", "субъект", "столица",
    "зарубежье", "район",  # «объём внешней торговли района»: a place, no goods
}
_OWNER_NOUNS = _PLACE_NOUNS | {"предприятие", "компания", "производитель", "организация", "сторона", "экспортёр"}
_GENERIC = {"товар", "продукция", "продукт", "изделие", "груз"}
GENERIC = frozenset(_GENERIC)  # all goods, no group: «товаров», «продукции»
_OWNING = {"наш", "свой", "собственный", "отечественный", "местный", "региональный", "весь"}
_PREPOSITIONS = {"в", "во", "на", "из", "с", "со", "за", "по", "к", "до", "от", "для", "через", "между", "после"}
_SCALE = re.compile(r"(?:тыс|млн|млрд|трлн|тысяч|миллион|миллиард|триллион)", re.I)
# nouns that name no goods: time, measure, amount (money earned or ordered included)
_SKIP = {
    "год", "месяц", "период", "квартал", "полугодие", "сумма", "объём", "объем", "уровень", "раз", "процент",
    "доллар", "рубль", "евро", "юань", "тонна", "рост", "темп", "итог", "начало", "конец", "показатель", "день",
    "неделя", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
    "ноябрь", "декабрь", "время", "выручка", "заявка", "доход", "поступление",  # «экспортная выручка»: money
}  # fmt: skip
_OBJECT = ("gent", "nomn", "accs")  # the cases goods take after a flow word


@dataclass(frozen=True)
class Flow:
    """A flow as the sentence states it: `stated` is exports or imports by the word,
    `side` whose exports or imports they are, `goods` the group traded (genitive, as
    a label after «экспорт»), None when all goods are meant."""

    stated: str
    side: str
    goods: str | None
    start: int
    end: int
    said: bool = True  # whether the words say whose flow it is (else `side` is ours by default)
    elsewhere: str | None = None  # a third place at its other end («в КНР» when the partner is Russia)
    # the verb names its other end («поставила Белоруссии», «купила у Беларуси»): no trade with every country
    given: bool = False
    sold: bool = False  # a sale whose seller no words name, whose side is read from the goods or the market

    @property
    def ours(self) -> str:
        """The flow from Belarus's side: the partner's imports are our exports."""
        if self.side == "ours":
            return self.stated
        return "imports" if self.stated == "exports" else "exports"

    @property
    def label(self) -> str | None:
        """«экспорт молочной продукции»: a product group's trade, from our side."""
        if self.goods is None:
            return None
        return f"{'экспорт' if self.ours == 'exports' else 'импорт'} {self.goods}"


def flow_before(text: str, at: int) -> re.Match[str] | None:
    """The last flow word before `at` in the same clause, or None."""
    clause_start = clauses.start(text, at, clauses.FLOW_REACH)
    found = [m for m in FLOW.finditer(text, clause_start, at) if not _set_not_sent(text, m)]
    return found[-1] if found else None


# «товарооборот … из-за сокращения импорта уменьшился»: a flow named as a cause names no figure
CAUSE = re.compile(
    r"(?<![\w-])(?P<by>из-за|благодаря|вследствие|за\s+сч[её]т|в\s+результате|по\s+причине)\s+"
    r"(?P<words>(?:[а-яё]+\s+){0,2})$", re.I
)


def caused(before: str, word: str) -> bool:
    """Whether the flow or trade `word` is governed by a preposition of cause right before
    it (`before` is the text up to it): «из-за сокращения импорта», «благодаря экспорту». A
    word that cannot take that preposition's case, or opening after one that cannot, is no
    part of its phrase: it opens a clause of its own after an adverbial («В результате
    внешнеторговое сальдо увеличилось», «Из-за сокращения импорта товарооборот снизился»)
    and names the figure."""
    m = CAUSE.search(before)
    if m is None:
        return False
    case = "datv" if m["by"].lower() == "благодаря" else "gent"
    governed = [*m["words"].split()[:1], word.split()[0]]  # the words opening and ending the phrase
    return all(not parses(w) or any(p.tag.case == case for p in parses(w)) for w in governed)


def subject_before(text: str, at: int) -> re.Match[str] | None:
    """The last flow word before `at` in its clause that may name what the amount is:
    a verb («поставила»), or a noun no preposition governs («поставки в КНР … достигли»,
    «а закупки … — на 31 %»), not one in a phrase of cause or means («благодаря
    поставкам», «за счёт поставок»)."""
    word = flow_before(text, at)
    if word is None or caused(text[: word.start()], word.group()):
        return None
    before = [parses(w)[0] for w in re.findall(r"[А-Яа-яЁё]+", text[: word.start()])[-2:] if parses(w)]
    # «по поставкам», «за счёт поставок»: a preposition, or a prepositional phrase's noun
    governed = bool(before) and (
        before[-1].tag.POS == "PREP" or len(before) == 2 and before[0].tag.POS == "PREP" and before[1].tag.POS == "NOUN"
    )
    found = parses(word.group())
    oblique = bool(found) and found[0].tag.POS == "NOUN" and not any(p.tag.case in _OBJECT for p in found)
    return None if governed or oblique else word


def read(
    text: str, word: re.Match[str], at: int, partner: str | None, earlier: str | None = None,
    *, stems: tuple[str, ...] = (),
) -> Flow:
    """The flow named by `word` (a FLOW match) for the amount or rate at `at`; `earlier`
    is the group of goods named before, for «экспорт этой продукции»; `stems` are the
    partner's (parties.Partner.stems)."""
    relative = _relative(text, word) or _possessed(text, word)
    if relative is not None:
        return relative
    out = word["out"] is not None
    # «24 млн пришлось на экспорт из Кыргызстана»: a flow word after the amount reads on to its clause's end
    tail = clause_after(text, word.end(), at if at > word.end() else len(text))
    places = _places(tail, partner, stems)
    to = _counterpart(word, tail, out)
    if to is not None:  # «Россия поставила Белоруссии товаров …», «купила у Беларуси …»: the verb's other end
        _place_end(places, "to" if out else "from", to.group(), partner, stems)
        tail = tail[to.end() :]
    for end, whose in _fronted_places(text, word, partner, stems).items():
        places.setdefault(end, whose)  # «Из Беларуси в регион ввезено товаров …»: the ends before the verb
    where = _WHERE_TO.search(text, 0, word.start())
    if where is not None:  # «Нидерланды, куда белорусский экспорт вырос …»: the place before «куда»
        _place_end(places, "to" if where["rel"].lower() == "куда" else "from", where["name"], partner, stems)
    goods, owner, origin = goods_after(tail, partner, _OBJECT, earlier)
    # «закупки белорусской продукции»: goods of our making bought are the partner's imports
    origin = origin or _origin_before(text, word)
    made_by = origin if out or origin is None else _OTHER[origin]
    named = owner or _owner_before(text, word, partner) or _pronoun_owner(text, word, stems)
    market = bool(_MARKET.match(word.group()))
    side = _side(out, market, named or made_by, places)
    said = side is not None
    stated = "exports" if out else "imports"
    # «белорусских товаров в крае стали продавать …»: a sale whose seller no words name, read from where it is made
    sold = out and market and named is None and not (places.keys() & {"from", "to"})
    return Flow(stated, side or "ours", goods, word.start(), word.end(), said, places.get("third"), to is not None,
                sold and said)


# a possessive pronoun right before a flow word: «её экспорт», «их поставки»
_PRONOUN = re.compile(r"(?<![\w-])(?P<pronoun>его|её|ее|их)\s+$", re.I)


def _pronoun_owner(text: str, word: re.Match[str], stems: tuple[str, ...]) -> str | None:
    """«Баланс сложился в пользу Якутии: её экспорт составил …»: a flow owned by «его», «её»
    or «их» is the flow of the place the pronoun stands for (`sides.antecedent`): the
    partner's or ours; None when it stands for no place, or a third one."""
    m = _PRONOUN.search(text, 0, word.start())
    name = sides.antecedent(text[: m.start()], m["pronoun"]) if m else None
    if name is None:
        return None
    if _OURS.search(name):
        return "ours"
    return "partner" if sides.names_partner(name, stems) else None


_WHICH = re.compile(r"\s+котор\w+\b", re.I)
_GOODS_BEFORE = re.compile(r"(?P<goods>(?:[а-яё-]+\s+){0,3}[а-яё-]+),\s*$", re.I)


def _relative(text: str, word: re.Match[str]) -> Flow | None:
    """«ввоз вырос прежде всего за счёт электроэнергии, поставки которой увеличились в 436
    раз»: a flow word with «которой» is the trade in the goods named before the comma, in
    the direction of the flow the sentence named before them (else the word's own)."""
    before = _GOODS_BEFORE.search(text, 0, word.start())
    if not _WHICH.match(text, word.end()) or before is None:
        return None
    words = before["goods"].split()
    head = parses(words[-1])
    if not head or head[0].tag.POS != "NOUN" or head[0].normal_form in _SKIP | _PLACE_NOUNS:
        return None
    cases = {p.tag.case for p in head if p.tag.POS == "NOUN"}  # the adjectives agreeing with it: «кордными тканями»
    k = len(words) - 1
    while k and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases for p in parses(words[k - 1])):
        k -= 1
    named = [m for m in FLOW.finditer(text, 0, before.end()) if not _set_not_sent(text, m)]
    out = (named[0] if named else word)["out"] is not None
    return Flow("exports" if out else "imports", "ours", genitive(words[k:]), word.start(), word.end(), said=False)


# «Главная статья экспорта — рапсовое масло: его поставки выросли», «основной товар —
# тракторы; их продажи …»: goods named after a dash, then a flow word owned by «его», «её», «их»
_POSSESSED = re.compile(
    r"[—–]\s*(?P<goods>(?:[а-яё-]+\s+){0,3}[а-яё-]+)\s*[:;,]\s*(?:(?:а|и|при\s+этом)\s+)?(?:его|её|ее|их)\s+$", re.I
)


def _possessed(text: str, word: re.Match[str]) -> Flow | None:
    """«Главная статья белорусского экспорта — рапсовое масло: его поставки выросли в 2,4
    раза»: a flow word owned by a pronoun is the trade in the goods named after the dash
    before it (a noun in the nominative, no place or generic goods), in the direction of
    the flow the sentence named first (else the word's own)."""
    before = _POSSESSED.search(text, 0, word.start())
    if before is None:
        return None
    words = before["goods"].split()
    head = next((p for w in words if (p := parses(w)) and p[0].tag.POS == "NOUN"), None)
    if head is None or not any(p.tag.case == "nomn" for p in head if p.tag.POS == "NOUN"):
        return None
    if head[0].normal_form in _SKIP | _PLACE_NOUNS | _GENERIC:
        return None
    named = [m for m in FLOW.finditer(text, 0, before.start()) if not _set_not_sent(text, m)]
    out = (named[0] if named else word)["out"] is not None
    return Flow("exports" if out else "imports", "ours", genitive(words), word.start(), word.end(), said=False)


def genitive(words: list[str]) -> str:
    """Goods as they follow «экспорт» or «импорт», in the genitive, from any case
    («электроэнергией» → «электроэнергии», «кордными тканями» → «кордных тканей»)."""
    head = next((p[0] for w in words if (p := parses(w)) and p[0].tag.POS == "NOUN"), None)
    if head is not None and head.tag.case in _OBLIQUE:
        said = _oblique_genitive(words, head.tag.case)
        if said is not None:
            return said
    nominative = nominative_phrase(" ".join(words), head.tag.case) if head and head.tag.case != "gent" else None
    nominative = nominative or nominative_phrase(" ".join(words))
    if not nominative or head is None or head.tag.case == "gent" and len(words) == 1:
        return _genitive(words)
    plural = any(p and p[0].tag.number == "plur" for p in map(parses, nominative.split()))
    number = {"plur"} if plural else set()
    return " ".join(w if w == "и" else inflect_word(w, {"gent", *number}) or w for w in nominative.split())


_OBLIQUE = ("ablt", "datv", "loct")


def _oblique_genitive(words: list[str], case: str) -> str | None:
    """«частями и оборудованием для автомобилей» → «частей и оборудования для автомобилей»:
    each word from `case` to the genitive in its own number, a complement after a
    preposition kept as said; None when a word has no reading in `case`."""
    out: list[str] = []
    for k, word in enumerate(words):
        if _preposition(word):
            return " ".join(out + words[k:]) if out else None
        if word.lower() in ("и", "или"):
            out.append(word.lower())
            continue
        found = next((p for p in parses(word) if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF", "PRTF")), None)
        said = found.inflect({"gent", found.tag.number} if found.tag.number else {"gent"}) if found else None
        if said is None:
            return None
        out.append(said.word)
    return " ".join(out)


# a sale or purchase is made at a market: the place it names is the other party
_MARKET = indicators.MARKET


def _side(out: bool, market: bool, owner: str | None, places: dict[str, str]) -> str | None:
    """Whose flow it is: the owner the words name; else the end it leaves from (exports)
    or arrives at (imports); else the other side of the end that is named («экспорт в
    Беларусь» is the partner's, «импорт из республики» too). The place a flow is in is
    its owner («экспорт в Беларуси»), but the market a sale or purchase is made at is
    the buyer or seller («продажи на рынке Монголии», «закупки в Беларуси»); None when
    no words say it."""
    at = places.get("at")
    source = places.get("from") or (at if out != market else None)
    target = places.get("to") or (at if out == market else None)
    own_end, other_end = (source, target) if out else (target, source)
    return _first(owner, own_end, other_end and _OTHER[other_end])


# «…, мяса — в 1,5 раза», «…, вычислительной и оптической аппаратуры — на 13 %», «…; сыров —
# 15 млн»: a product group whose flow word and verb are those of the clause before
_ELIDED = re.compile(r"\s*(?:,|;|,?\s+а)\s+(?P<goods>[а-яё][а-яё ,-]{1,80}?)\s*[—–]\s*(?:на|в|до)?\s*", re.I)


def elided_goods(between: str) -> str | None:
    """The goods of a clause that names only them before a dash, its flow word and verb
    left out (`between`: from the end of the figure before to the number): a genitive
    phrase ending in a noun that is no flow, indicator, time or measure."""
    m = _ELIDED.fullmatch(between)
    if m is None or FLOW.search(m["goods"]) or re.search(r"торгов|оборот|сальдо", m["goods"], re.I):
        return None
    words = re.findall(r"[а-яё-]+", m["goods"], re.I)
    head = parses(words[-1])
    if not head or head[0].tag.POS != "NOUN" or not any(p.tag.case == "gent" for p in head if p.tag.POS == "NOUN"):
        return None
    if head[0].normal_form in _SKIP | _PLACE_NOUNS or any(parses(w) and parses(w)[0].tag.POS == "VERB" for w in words):
        return None
    return m["goods"].strip()


# a place named right before «куда» or «откуда» that opens the flow's clause: «…её обошли
# Нидерланды, куда белорусский экспорт вырос …», «Китай, откуда ввоз сократился …»
_WHERE_TO = re.compile(
    r"(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?),\s+(?P<rel>куда|откуда)\s+(?:[а-яё]+\s+){0,2}$"
)


def _fronted_places(text: str, word: re.Match[str], partner: str | None, stems: tuple[str, ...]) -> dict[str, str]:
    """The ends a verb or short participle of a flow has before it in its clause: «Из Беларуси
    в регион ввезено …», «В 2023 году в область из Беларуси импортировано …» (a noun's ends
    follow it: «импорт из Беларуси»)."""
    found = parses(word.group())
    if not found or found[0].tag.POS not in ("VERB", "PRTS"):
        return {}
    lead = text[clauses.start(text, word.start(), clauses.FLOW_REACH) : word.start()]
    # «В страны СНГ ушло …», «в государства дальнего зарубежья поставлено …»: where it goes, no side's end
    lead = _STATES_END.sub(" ", lead)
    found = _places(lead, partner, stems)
    return {} if "third" in found else found  # «В Китай отгружено …»: a third place, read with the clause


_STATES_END = re.compile(r"(?<![\w-])(?:в|во|из|на|с|со)\s+(?:[а-яё]+\s+)?(?:стран|государств|рын)\w*", re.I)


def _place_end(places: dict[str, str], end: str, name: str, partner: str | None, stems: tuple[str, ...]) -> None:
    """A place named outside a preposition's group as the flow's `end` ("to", "from"):
    ours, the partner's, and a third one's words («в Китаю») when it is neither."""
    ours = _is_ours([name], partner)
    places.setdefault(end, "ours" if ours else "partner")
    if not ours and _third([name], partner, stems):
        places.setdefault("third", f"в {name}")


def _counterpart(word: re.Match[str], tail: str, out: bool) -> re.Match[str] | None:
    """The place a flow verb names as its other end right after it: the one it gives to, a
    name in the dative («Россия поставила Белоруссии товаров на …», «продала Китаю»), or the
    one it buys from, a name in the genitive after «у» («Венесуэла купит у Беларуси …»,
    «закупает у России»); None after a noun («поставки Белоруссии» are Belarus's) or for
    any other word."""
    verb = parses(word.group())
    first = re.match(r"\s*(?P<from>у\s+)?(?P<name>[А-ЯЁ][а-яё-]+)", tail)
    if not verb or verb[0].tag.POS not in ("VERB", "PRTS", "INFN") or first is None or bool(first["from"]) == out:
        return None
    case = "datv" if out else "gent"
    found = parses(first["name"])
    named = any(p.tag.case == case and ("Geox" in p.tag or _OURS.match(first["name"])) for p in found)
    return re.compile(r"[А-ЯЁ][а-яё-]+").search(tail, first.start("name")) if named else None


def _first(*options: object) -> str | None:
    return next((str(o) for o in options if o), None)


def clause_after(text: str, start: int, at: int) -> str:
    """The words after the flow word up to the amount, stopping at a clause break; the
    amount's hedge is none of them («экспорт порядка 300 млн»)."""
    tail = text[start:at]
    stop = clauses.FLOW_WORDS.search(tail)
    tail = tail[: stop.start()] if stop else tail
    return tail[: hedge_at(tail)] if at < len(text) else tail


def _is_ours(words: list[str], partner: str | None) -> bool:
    said = " ".join(words)
    if _OURS.search(said):
        return True
    # «из республики» in a release about a region is Belarus; «в область» in a release
    # about a state is one of Belarus's regions
    lemmas = {parses(w)[0].normal_form for w in words if parses(w)}
    if partner is None or any(w[:1].isupper() for w in words):
        return False
    if "республика" in lemmas:
        return not re.search(r"республик", partner, re.I)
    if lemmas & {"страна", "государство"}:  # «экспорт страны»: a region or city is no state, Belarus is
        return bool(_REGION_WORDS.search(partner) or partner.startswith("город "))
    return bool(lemmas & {"область", "регион"}) and not _REGION_WORDS.search(partner)


def _outside_groups(words: list[str]) -> list[str]:
    """The words outside the groups prepositions govern, each the word right after its
    preposition and the genitives or initials that name it further («в страны СНГ», «в
    государства дальнего зарубежья»)."""
    kept: list[str] = []
    governed = False
    for k, word in enumerate(words):
        after = bool(k) and words[k - 1].lower() in _PREPOSITIONS
        named = word.isupper() or all(p.tag.case == "gent" for p in parses(word)[:2])
        governed = after or (governed and named)
        if not governed:
            kept.append(word)
    return kept


def is_place(word: str) -> bool:
    found = parses(word)
    return bool(found) and (found[0].normal_form in _PLACE_NOUNS or "Geox" in found[0].tag)


def _end(preposition: str, place: str) -> str:
    """«из Китая»: from; «в Китай»: to; «в Китае», «на Кубани» (prepositional case): at."""
    if preposition not in ("в", "во", "на"):
        return "from"
    cases = {p.tag.case for p in parses(place)}
    return "at" if "loct" in cases and not cases & {"accs", "nomn"} else "to"


def _places(tail: str, partner: str | None, stems: tuple[str, ...]) -> dict[str, str]:
    """«в Беларусь» → {"to": "ours"}, «из Курской области» → {"from": "partner"}, «в Китае» →
    {"at": "partner"}; "third" holds the words of a place neither ours nor the partner."""
    out: dict[str, str] = {}
    tokens = re.findall(r"[А-Яа-яЁёA-Za-z-]+", sides.without_currencies(tail))
    for n, word in enumerate(tokens):
        low = word.lower()
        if low not in ("в", "во", "на", "из", "с", "со"):
            continue
        group = []
        following = tokens[n + 1 : n + 4]
        for k, w in enumerate(following):
            if w.lower() in _PREPOSITIONS:
                break
            group.append(w)
            if (is_place(w) or _OURS.search(w)) and not _named_after(w, following[k + 1 : k + 2]):
                break
        if not group or not (_OURS.search(" ".join(group)) or any(is_place(w) for w in group)):
            continue
        ours = _is_ours(group, partner)
        out.setdefault(_end(low, group[0]), "ours" if ours else "partner")
        if not ours and _third(group, partner, stems):
            out.setdefault("third", " ".join([word, *group]))
    return out


def _named_after(word: str, rest: list[str]) -> bool:
    """Whether a place's common noun has its name right after it («в Республику Беларусь», «из
    Королевства Марокко»): the name says which place it is, so it goes with the noun."""
    found = parses(word)
    return bool(rest and rest[0][:1].isupper() and found and found[0].normal_form in _STATE_NOUNS)


# the common nouns a state's name may follow
_STATE_NOUNS = {"республика", "королевство", "федерация", "государство", "султанат", "эмират", "княжество"}


def _third(group: list[str], partner: str | None, stems: tuple[str, ...]) -> bool:
    """Whether a named place is a third one: neither Belarus nor the partner by its stem
    («Китайской» for «Китайская Народная Республика») or initials («КНР», «РФ», «ОАЭ»)."""
    names = [w for w in group if w[:1].isupper()]
    if partner is None or not names:
        return False
    initials = "".join(w[0] for w in re.findall(r"[А-Яа-яЁё]+", partner) if w[0].isupper())
    return not any(sides.names_partner(w, stems) or w == initials for w in names)


_OTHER = {"ours": "partner", "partner": "ours"}


def goods_after(
    tail: str, partner: str | None, cases: tuple[str, ...] = _OBJECT, earlier: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """The group of goods a flow or trade word names in `tail` (the words after it), as a
    genitive phrase («молочной продукции», «самосвалов «БЕЛАЗ»»), None for all goods
    («белорусской продукции», «товаров»); whose the flow is when a genitive says it
    («области», «предприятий края»); and whose making the goods are when an adjective
    says it («белорусского продовольствия»). `cases`: the cases the goods may take;
    «этой продукции», «этих товаров» are the group named `earlier`."""
    tokens = list(re.finditer(r"«[^»]{1,40}»|[А-Яа-яЁё-]+", tail))
    owner: str | None = None
    origin: str | None = None
    n, skipped = 0, None
    while n < len(tokens):
        word = tokens[n].group()
        if word.lower() == "между":  # «между республикой и российской столицей», «между двумя столицами»: sides
            n = _past_sides(tokens, n + 1)
            continue
        if _preposition(word):  # «в Китай», «за январь–июль», «на сумму», «благодаря»: not the goods
            if earlier and _this_group(tokens[n + 1 : n + 3]):
                return earlier, owner, origin
            n = _skip_group(tokens, n + 1)
            continue
        found = parses(word)
        tag = found[0].tag if found else None
        if tag is not None and tag.POS in ("VERB", "PRTS"):
            break  # the goods come before the verb of a flow noun («экспорт молока вырос»)
        if skipped and any(p.tag.case == skipped for p in found):
            n += 1  # «саратовскому карьеру»: the noun of a dative skipped before it
            continue
        if tag is None or tag.POS not in ("NOUN", "ADJF", "PRTF") or not any(p.tag.case in cases for p in found):
            skipped = tag.case if tag is not None and tag.POS in ("ADJF", "PRTF") else None
            n += 1
            continue
        if found[0].normal_form in _SKIP or _SCALE.match(word) or FLOW.fullmatch(word):  # «17,7 тыс. тонн овощей»
            n += 1  # «импортные закупки»: the flow's own noun is no goods
            continue
        phrase, n = _phrase(tokens, n)
        kind, whose = _judge(phrase, partner)
        if kind == "owner":
            owner = owner or whose
            continue
        origin = origin or whose
        if kind == "same":
            return earlier, owner, origin
        if kind == "goods":
            return _genitive(phrase), owner, origin
        if kind == "generic":
            return None, owner, origin
    return None, owner, origin


_MODIFIERS = ("ADJF", "PRTF", "NUMR", "ADVB")


def _preposition(word: str) -> bool:
    found = parses(word)
    return word.lower() in _PREPOSITIONS or bool(found) and found[0].tag.POS == "PREP"


def _this_group(words: list[re.Match[str]]) -> bool:
    """«в этом сегменте», «по данной группе»: a demonstrative and a noun that is no time,
    measure or place refer back to the group of goods named before («в этом году» does not)."""
    if len(words) < 2:
        return False
    this, noun = parses(words[0].group()), parses(words[1].group())
    if not any("Anph" in p.tag for p in this) or not noun or noun[0].tag.POS != "NOUN":
        return False
    return noun[0].normal_form not in _SKIP | _OWNER_NOUNS and "Geox" not in noun[0].tag


def _past_sides(tokens: list[re.Match[str]], n: int) -> int:
    """Past the sides «между» names: words in the instrumental, numerals and «и»."""
    while n < len(tokens):
        word = tokens[n].group()
        found = parses(word)
        if word.lower() != "и" and not any(p.tag.case == "ablt" or p.tag.POS == "NUMR" for p in found):
            break
        n += 1
    return n


def _skip_group(tokens: list[re.Match[str]], n: int) -> int:
    """Past the words a preposition governs: its modifiers («за это время», «в первом»),
    its noun, and the genitives that noun governs in turn («в условиях западных
    санкций», «за счёт России и Китая»): a genitive after a common noun is that noun's
    complement, never the goods of a flow word before the preposition. A place's name
    governs none («поставки в Китай молочной продукции»); a place noun governs a name
    («из стран Содружества», «в государства ЕАЭС»; a place's own name, «в Республике
    Беларусь», is left to say whose the flow is). A second object joined by «и» is
    governed too («между республикой и российской столицей»)."""
    head = None
    while n < len(tokens):
        word = tokens[n].group()
        found = parses(word)
        n += 1
        if found and (found[0].tag.POS in _MODIFIERS or word.lower() == "это"):
            continue
        head = found[0] if found else None
        break
    if head is None or head.tag.POS != "NOUN":
        return n
    if head.normal_form in _PLACE_NOUNS and "Geox" not in head.tag:
        # «в страны СНГ», «из государств Азии»: the name after states is their group, governed too
        # «в Республику Беларусь», «из Республики Беларусь»: where a flow goes or comes from, named
        # after its noun, is its end (read by `_places`), not its owner as «в Республике Беларусь» is
        # (no noun after a preposition is in the nominative: «в область» is the accusative)
        case = "accs" if head.tag.case == "nomn" and any(p.tag.case == "accs" for p in found) else head.tag.case
        group = head.normal_form in ("страна", "государство") or case in ("accs", "gent")
        while n < len(tokens) and tokens[n].group()[:1].isupper() and (group or not _named_place(tokens[n].group())):
            n += 1
        # «со странами Таможенного союза»: a name opening with an adjective runs on to its noun
        opened = n > 0 and any(p.tag.POS == "ADJF" for p in parses(tokens[n - 1].group())[:1])
        while opened and n < len(tokens) and _genitive_word(tokens[n].group(), ""):
            n += 1
            if any(p.tag.POS == "NOUN" for p in parses(tokens[n - 1].group())[:1]):
                break
    elif "Geox" not in head.tag:
        while n < len(tokens) and _genitive_word(tokens[n].group(), _next_word(tokens, n)):
            n += 1
    if n < len(tokens) and tokens[n].group().lower() == "и" and head.tag.case not in (None, "gent"):
        n += 1 + len(_joined(tokens, n + 1, {head.tag.case}))
    return n


def _named_place(word: str) -> bool:
    """«Беларусь», «России»: a place's name, which says whose a flow is (kept for `_judge`)."""
    return bool(_OURS.search(word)) or any("Geox" in p.tag for p in parses(word)[:1])


def _next_word(tokens: list[re.Match[str]], n: int) -> str:
    return tokens[n + 1].group() if n + 1 < len(tokens) else ""


def _genitive_word(word: str, after: str) -> bool:
    """A word of a genitive chain: a noun or adjective in the genitive, or «и» joining two."""
    if word.lower() == "и":
        return _genitive_word(after, "")
    if _preposition(word):  # «в», «с» read also as abbreviated nouns: a preposition ends the chain
        return False
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses(word))


def _phrase(tokens: list[re.Match[str]], n: int) -> tuple[list[str], int]:
    """Adjectives, their noun, a quoted name or a genitive complement after it."""
    words: list[str] = []
    while n < len(tokens):
        word = tokens[n].group()
        found = parses(word)
        tag = found[0].tag if found else None
        if word.startswith("«") and words:
            words.append(word)
            n += 1
            break
        head = next((parses(w)[0] for w in words if parses(w)[0].tag.POS == "NOUN"), None)
        if word.lower() == "и" and head is not None:
            # «зерна и масличных культур»: «зерна» may be genitive too
            cases = {p.tag.case for p in parses(head.word) if p.tag.POS == "NOUN"}
            joined = _joined(tokens, n + 1, cases)
            words += [word, *joined] if joined else []
            n += 1 + len(joined)
            break
        if tag is None or tag.POS not in ("NOUN", "ADJF", "PRTF"):
            break
        if head and not any(p.tag.case == "gent" for p in found):
            break
        words.append(word)
        n += 1
    return words, n


def _joined(tokens: list[re.Match[str]], n: int, cases: set[str]) -> list[str]:
    """After «и», a group in the same case: «(овощей и) фруктов», «(продовольственных
    товаров и) сельскохозяйственного сырья»; none when no noun of that case ends it."""
    words: list[str] = []
    for k, m in enumerate(tokens[n : n + 4], n):
        found = [p for p in parses(m.group()) if p.tag.case in cases]
        after = [t.group() for t in tokens[k + 1 : k + 2]]
        if any(p.tag.POS == "NOUN" for p in found) and not _modifies(m.group(), after):  # «молочных продуктов»
            return [*words, m.group()]
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in found):
            return []
        words.append(m.group())
    return []


# goods of one side's making in the words before a flow verb: «белорусских товаров в крае стали продавать»
_MADE_BEFORE = re.compile(r"(?P<adj>[А-Яа-яЁё-]+)\s+(?:товар|продукци|продукт|издели)\w*\s+(?:[а-яё]+\s+){0,4}$", re.I)


def _origin_before(text: str, word: re.Match[str]) -> str | None:
    """Whose making the goods are that a flow verb's clause names before it («белорусских товаров
    в крае стали продавать» → ours); None after a noun or when no adjective says it."""
    found = parses(word.group())
    if not found or found[0].tag.POS not in ("VERB", "INFN", "PRTS"):
        return None
    m = _MADE_BEFORE.search(text, clauses.start(text, word.start(), clauses.FLOW_REACH), word.start())
    return _national(m["adj"]) if m else None


def _national(word: str) -> str | None:
    """«белорусского» → ours, «китайские», «курской» → the partner, else None; «физический
    экспорт», «технические поставки» name no place (an adjective in «-ический» never does)."""
    if not re.search(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ое)$", word.lower()) or "ическ" in word.lower():
        return None
    return "ours" if _OURS.search(word) else "partner"


def _judge(words: list[str], partner: str | None) -> tuple[str, str | None]:
    """A word group after a flow word: goods, all goods (generic), an owner, or words to skip."""
    nouns = [(k, parses(w)[0]) for k, w in enumerate(words)
             if parses(w) and parses(w)[0].tag.POS == "NOUN" and not _modifies(w, words[k + 1 : k + 2])]
    if not nouns:
        return "skip", None
    k, head = nouns[0]
    whose = next((n for w in words if (n := _national(w))), None)
    if head.normal_form in _SKIP:
        return "skip", None
    region = next((r for w in words if (r := sides.colloquial_region(w))), None)
    if region is not None:  # «товарооборот Минщины»: a region's colloquial name owns the trade
        return "owner", region
    if re.fullmatch(r"[А-ЯЁ][а-яё]+", words[k]) and "Geox" not in head.tag and not _OURS.search(words[k]):
        return "skip", whose  # «экспорт Кубани»: a name, whose the trade is, no goods
    if k and any("Anph" in p.tag for p in parses(words[0])):
        return "same", whose  # «этой продукции»: the group named before
    if "anim" in head.tag and head.normal_form not in _OWNER_NOUNS:
        return "skip", whose  # people are no goods («экспорт наших партнёров»)
    if head.normal_form in _OWNER_NOUNS or "Geox" in head.tag or _OURS.search(words[k]):
        return "owner", "ours" if _is_ours(words, partner) else "partner"
    before = [parses(w)[0].normal_form for w in words[:k]]
    plain = all(_national(w) or lemma in _OWNING for w, lemma in zip(words[:k], before))
    # «товаров», «оборот товаров Калининградской области»: all goods, and whose trade it is after them
    owners = words[k + 1 :]
    placed = any(_OWNER_NOUN.fullmatch(w) or is_place(w) for w in owners) and _owner_words(owners)
    if head.normal_form in _GENERIC and plain and (not owners or placed):
        return "generic", whose
    if _all_goods(words):
        return "generic", whose  # «товаров и услуг»: all that is traded
    return "goods", whose


def _modifies(word: str, after: list[str]) -> bool:
    """Whether a word read first as a noun is an adjective of the noun right after it, agreeing
    in case and number: «прошлого года», «будущего сезона» (a noun «прошлое» is no head there)."""
    head = parses(after[0])[0] if after and parses(after[0]) else None
    if head is None or head.tag.POS != "NOUN":
        return False
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == head.tag.case and p.tag.number == head.tag.number
               for p in parses(word))


def _all_goods(words: list[str]) -> bool:
    """«товаров и услуг», «товары и услуги»: goods and services together are all trade."""
    lemmas = {parses(w)[0].normal_form for w in words if parses(w) and parses(w)[0].tag.POS == "NOUN"}
    return len(lemmas) > 1 and lemmas <= _GENERIC | {"услуга"}


_SERVICES = re.compile(
    r"\s*(?:(?:в|во|на|из)\s+[А-ЯЁ][\w-]*\s+)?"  # «поставить в Китай продукции и услуг»: where it goes, first
    r"(?P<owners>(?:[а-яё]+\s+){0,2}?)(?P<goods>(?:товар(?:ов|ами|ы)|продукци(?:и|ей|ю))\s+и\s+)?"
    r"услуг(?:и|ами|ах|ам)?(?![а-яё])", re.I)
# «внешнеторговый оборот Беларуси по товарам и услугам»: what is traded after «по», past its owner
_BY_SERVICES = re.compile(r"\s*(?:[А-ЯЁ][а-яё]+\s+){0,2}по\s+(?P<goods>товарам\s+и\s+)?услугам(?![а-яё])")


def traded(text: str, at: int) -> str:
    """What the flow or turnover word ending at `at` trades: «экспорт услуг», «торговля
    белорусскими услугами» → services; «товарооборот товаров и услуг» → goods and services;
    else goods. «экспорт транспортных услуг» is a group of services, traded as goods are."""
    by = _BY_SERVICES.match(text, at)
    if by is not None:
        return "goods_and_services" if by["goods"] else "services"
    m = _SERVICES.match(text, at)
    if m is None:
        return "goods"
    owners = m["owners"].split()
    if not all(_national(w) or parses(w) and parses(w)[0].normal_form in _OWNING | {"взаимный"} for w in owners):
        return "goods"
    return "goods_and_services" if m["goods"] else "services"


# «без калийных удобрений, нефти и нефтепродуктов экспорт …», «экспорт без учёта энергоносителей …»:
# goods left out of a flow, before its word or right after it
_LEFT_OUT = (
    r"(?<![\w-])(?:[Бб]ез(?:\s+уч[её]та)?|[Кк]роме|[Зз]а\s+исключением|[Нн]е\s+считая)\s+"
    r"(?!(?:того|этого|всего)\b)"  # «кроме того»: besides, nothing left out
)
_LEFT_OUT_BEFORE = re.compile(_LEFT_OUT + r"(?P<goods>[а-яё][а-яё ,-]{2,100}?)\s*,?\s*$")
_LEFT_OUT_AFTER = re.compile(
    r"\s*,?\s*" + _LEFT_OUT + r"(?P<goods>[а-яё][а-яё -]{2,80}?)"
    r"(?=\s*[,;:—–]|\s+(?:в|во|за|на|с|со|по|из|к|до)\s|\s+(?:состав|достиг|вырос|снизил|сократил|увеличил|превы))"
)


def goods_left_out(text: str, start: int, end: int) -> str | None:
    """The goods a flow's words leave out, in the genitive («калийных удобрений, нефти и
    нефтепродуктов»), said right before its word (from the clause's opening) or right after
    it; None when they leave none out. Such a flow is no flow of all goods: the rest of them
    is a group of its own."""
    before = _LEFT_OUT_BEFORE.search(text, max(0, start - 120), start)
    if before is not None and not re.search(r"[.;:]", text[before.start() : start]):
        return before["goods"].strip(" ,")
    after = _LEFT_OUT_AFTER.match(text, end)
    return after["goods"].strip(" ,") if after is not None else None


# «по услугам внешнеторговое сальдо …»: what is traded said before the indicator's word
_BY_SERVICES_BEFORE = re.compile(r"(?<![а-яё])по\s+(?P<goods>товарам\s+и\s+)?услугам\s+(?:[а-яё]+\s+){0,2}$", re.I)


def traded_before(text: str, at: int) -> str:
    """What an indicator's word opening at `at` trades, when said right before it: «по
    услугам внешнеторговое сальдо» → services; «по товарам и услугам сальдо» → goods and
    services; else goods."""
    by = _BY_SERVICES_BEFORE.search(text, 0, at)
    if by is None:
        return "goods"
    return "goods_and_services" if by["goods"] else "services"


def _genitive(words: list[str]) -> str:
    """The goods as they follow «экспорт»: in the genitive («поставляет чёрные металлы»
    → «чёрных металлов»); a phrase in the genitive already stays as written."""
    first = next(parses(w)[0] for w in words if parses(w) and parses(w)[0].tag.POS == "NOUN")
    if first.tag.case == "gent":
        return " ".join(words)
    nominative = nominative_phrase(" ".join(w for w in words if not w.startswith("«"))) or ""
    forms = [inflect_word(w, {"gent"}) or w for w in nominative.split()]
    quoted = [w for w in words if w.startswith("«")]
    return " ".join(forms + quoted)


# two subjects joined: «Беларусь и Красноярский край», «Россия и Беларусь»
_JOINED_SUBJECTS = re.compile(r"[А-ЯЁа-яё]\s+и\s+[А-ЯЁ]")


def _owner_before(text: str, word: re.Match[str], partner: str | None) -> str | None:
    """«белорусский экспорт»: an adjective before the flow word; «область
    экспортировала»: the subject of a flow verb, in its clause; none for two places joined
    as its subject («Беларусь и Красноярский край наторговали»: the two sides' trade)."""
    before = text[: word.start()]
    last = re.findall(r"[А-Яа-яЁё-]+", before)[-1:]
    if last and (whose := _national(last[0])):
        return whose
    found = parses(word.group())
    if not found or found[0].tag.POS not in ("VERB", "PRTS", "GRND", "INFN"):
        return None
    clause = clauses.before(before, len(before), clauses.SENDER)
    # «в государства дальнего зарубежья поставлено»: a place a preposition governs is where
    # the flow goes or comes from, not who sends it (read over the whole clause, so that the
    # preposition is seen however long its group: «В государства СНГ в январе–июне было …»)
    words = _outside_groups(re.findall(r"[А-Яа-яЁё-]+", clause))[-5:]
    subjects = [w for w in words if any(p.tag.case == "nomn" for p in parses(w))]
    # «Беларусь и Красноярский край наторговали»: two sides as the subject own no trade alone
    if len([w for w in subjects if is_place(w)]) >= 2 and _JOINED_SUBJECTS.search(clause):
        return None
    # «Предприятия Витебской области экспортировали»: a subject of ours, or one of our region's (not
    # goods of our making before it: «белорусских товаров в крае стали продавать»)
    if _OURS.search(" ".join(subjects)) or (subjects and _OURS.search(" ".join(words[words.index(subjects[0]):]))):
        return "ours"
    places = [w for w in subjects if is_place(w)]
    if not places:
        return None
    # «область экспортировала» in a release about a state: one of our regions
    return "ours" if all(w.islower() for w in places) and _is_ours(places, partner) else "partner"


# Owners of a trade named in the genitive after its word: a region, district, republic,
# state or a region's colloquial name («товарооборот Могилёвской области», «экспорт
# Беларуси», «внешнеторговый оборот Орловской области», «экспорт товаров Витебщины»)
_OWNER_NOUN = re.compile(r"(?:област|кра[йяюе]|район|республик|регион|стран)\w*", re.I)
_TWO_SIDES = re.compile(r"\s*(?:и|со?|между)\s", re.I)


def owner_named(
    text: str, start: int, end: int, tail: str, partner: str | None, stems: tuple[str, ...] = ()
) -> str | None:
    """Whose trade the words name as its one owner, not by where it goes: a genitive after
    the trade's word at `start`..`end` (`tail`: the words after it up to its amount) or the
    subject of a flow verb («Беларусь экспортировала», «Беларусь отправила на экспорт»).
    "ours", "partner", or None: no owner, an adjective («белорусский экспорт» is trade
    with the partner), a third state, or two sides («товарооборот Беларуси и Китая»)."""
    said = _genitive_owner(tail, partner, stems)
    if said is not None:
        return said
    verb = _flow_verb(text, start, end)
    if verb is None:
        return None
    before = re.findall(r"[А-Яа-яЁё-]+", text[: verb.start()])[-1:]
    if before and _national(before[0]):
        return None  # «белорусские экспортировали»: an adjective names no subject of its own
    return _owner_before(text, verb, partner)


def _flow_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """The verb whose subject owns a flow: the flow word itself («экспортировала»), or the
    verb before «на экспорт» («отправила на экспорт»)."""
    word = re.compile(r"[А-Яа-яЁё-]+").match(text, start)
    found = parses(word.group()) if word else []
    if word is not None and found and found[0].tag.POS in ("VERB", "PRTS"):
        return word
    m = re.search(r"(?P<verb>[А-Яа-яЁё-]+)\s+на\s+$", text[:start])
    if m is None or not any(p.tag.POS in ("VERB", "PRTS") for p in parses(m["verb"])[:1]):
        return None
    return re.compile(r"[А-Яа-яЁё-]+").match(text, m.start("verb"))


def _genitive_owner(tail: str, partner: str | None, stems: tuple[str, ...]) -> str | None:
    """The one owner named in the genitive at the start of `tail`, past up to two words of
    goods («экспорт товаров Гродненской области»): "ours", "partner" or None."""
    tokens = list(re.finditer(r"[А-Яа-яЁё-]+", tail))[:5]
    k = 0
    while k < min(2, len(tokens) - 1) and _goods_word(tokens[k].group()):
        k += 1
    if k >= len(tokens):
        return None
    words = [tokens[k].group()]
    after = tokens[k + 1].group() if k + 1 < len(tokens) else ""
    # «Могилёвской области», «Республики Беларусь»: a name and its place noun, either way round
    named = _OWNER_NOUN.fullmatch(after) or _OWNER_NOUN.fullmatch(words[0]) and after[:1].isupper()
    third = tokens[k + 2].group() if k + 2 < len(tokens) else ""
    if words[0][:1].isupper() and not named and after.islower() and re.fullmatch(r"округ\w*", third):
        words += [after, third]  # «Дальневосточного федерального округа»: a name of three words
    elif words[0][:1].isupper() and named:
        words.append(after)
    last = tokens[k + len(words) - 1]
    if not _owner_words(words) or _TWO_SIDES.match(tail, last.end()):
        return None
    if _OURS.search(" ".join(words)) or sides.colloquial_region(words[0]) == "ours":
        return "ours"
    if not words[0][:1].isupper():
        return "ours" if _is_ours(words, partner) else "partner"
    return "partner" if any(sides.names_partner(w, stems) for w in words) else None


def _goods_word(word: str) -> bool:
    """A word of goods before a trade's owner («товаров», «продукции»): lower case, in the
    genitive, no place and no preposition."""
    found = parses(word)
    return word.islower() and not _preposition(word) and not _OWNER_NOUN.fullmatch(word) and any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in found)


def _owner_words(words: list[str]) -> bool:
    """Whether `words` name one owner in the genitive: a name («Беларуси», «Витебщины»), a
    name and a place noun («Могилёвской области»), or one place noun in the singular
    («области», «региона»)."""
    head = parses(words[-1])
    if not any(p.tag.case == "gent" for p in head):
        return False
    if len(words) == 1 and words[0].islower():
        one = any(p.tag.number == "sing" for p in head if p.tag.case == "gent")
        return bool(_OWNER_NOUN.fullmatch(words[0])) and one
    return words[0][:1].isupper()


def names_place(words: str, partner: str | None, stems: tuple[str, ...] = ()) -> bool:
    """Whether `words` name a place at an end of a trade («в республику», «из Китая», «на
    Белоруссию»), not a time («в январе–мае»)."""
    return bool(_places(words, partner, stems))
