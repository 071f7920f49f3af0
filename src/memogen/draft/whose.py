"""Whose trade a number is: the place in force where its clause names none.

A release listing trade with several places names each place once, at the head of what it says
of it, and goes on with that place until it names another: «Сократилась и торговля со странами
Евросоюза: товарооборот с ними уменьшился на 9,2 %. Экспорт в ЕС снизился на 11 %. Импорт
сократился на 8,3 %» is three figures of trade with the European Union, the last naming no
place at all. So each trade figure whose own clause names no place is traded with the place in
force: the last one the release named at a trade's other end («торговля со странами …»,
«экспорт в Германию», «С Украиной … товарооборот»), or as the subject of its sentence
(«Великобритания входит в число покупателей …»), earlier in the figure's sentence or in its
paragraph. A place in force that is the partner (or Belarus) leaves the figure the partner's; a
third one makes it that party's (`counterparty`). A paragraph starts afresh.

No I/O; reads the sentences, the figures drafted from them (their `_quote` and `_at`) and
the partner found.
"""

from __future__ import annotations

import re

from memogen import inflect
from memogen.draft import clauses, indicators, sides
from memogen.draft.model import Item, supports
from memogen.draft.parties import Partner, official_name

_TRADE = ("turnover", "exports", "imports", "balance")
# a place a preposition opens: «с Германией», «в страны ЕС», «со странами Евросоюза»; not «со стороны
# ЕС», who acts («давление со стороны ЕС»), nor «в сторону», «в стороне»
_PLACE = re.compile(r"(?<![\w-])(?:с|со|в|во|из|между)\s+(?!сторон[ыуе](?![\w-]))", re.I)
# the few words of a place after its preposition, up to a stop or a dash
_PLACE_WORDS = re.compile(r"(?:[^\s,;:.()—–«»]+\s*){1,4}")
# a place the sentence compares with, none of its own: «…, чем с Россией», «сколько с Германией»
_COMPARED = re.compile(r"(?<![\w-])(?:чем|сколько|как|кроме|помимо)\s+$", re.I)
# a sentence opening with whom its trade is: «С Украиной, второй по величине покупательницей, …»
_FRONTED = re.compile(r"^[\s«\"„]*(?:[АИ]\s+)?$")
# the two sides as one: «связи сторон», «товарооборот двух стран», «обеих сторон»
_SIDES = re.compile(r"(?<![\w-])(?:сторон|(?:двух|обеих|обоих)\s+(?:стран|сторон|государств|регионов))(?![\w-])", re.I)
_PARTNER = "partner"  # the place in force is the partner's (or Belarus's) end of the trade
_NO_PARTNER = Partner("", "", None, ())  # a release whose partner was not found: no place is the partner's


def paragraph_starts(text: str, said: list[str]) -> set[int]:
    """The numbers of the sentences that open a paragraph of `text` (a line break before
    them); `said` are its sentences, verbatim and in order."""
    starts, at = set(), 0
    for n, sentence in enumerate(said):
        found = text.find(sentence, at)
        if found < 0:
            continue
        if n == 0 or "\n" in text[at:found]:
            starts.add(n)
        at = found + len(sentence)
    return starts


def carry_places(figures: list[Item], said: list[str], starts: set[int], partner: Partner | None) -> None:
    """Give each trade figure whose own clause names no place the place in force: a third
    party's (`counterparty`) when the release named one last at a trade's other end in the
    figure's sentence or paragraph; the partner's as read when the partner was."""
    if partner is None or not supports("FigureFact", "counterparty"):
        return
    by_sentence: dict[int, list[Item]] = {}
    for item in figures:
        if item.sentence is not None and "_at" in item.data and "_quote" in item.data:
            by_sentence.setdefault(item.sentence, []).append(item)
    in_force: dict | str | None = None
    for n, text in enumerate(said):
        if n in starts:
            in_force = None
        steps: list[tuple[int, dict | str | Item]] = list(_places(text, partner))
        steps += [(item.data["_at"], item) for item in by_sentence.get(n, [])]
        for _, step in sorted(steps, key=lambda s: (s[0], isinstance(s[1], Item))):
            in_force = _take(step, text, in_force, partner) if isinstance(step, Item) else step


def _take(item: Item, text: str, in_force: dict | str | None, who: Partner) -> dict | str | None:
    """The place in force after `item`: its own counterparty when it has one; else, when its
    clause names no place and a third party is in force, that party becomes its own."""
    data = item.data
    if data.get("indicator") not in _TRADE or any(data.get(k) for k in ("label", "holder", "unit", "share")):
        return in_force  # a share's places are its whole's («на Китай приходится 15 % оборота со странами вне СНГ»)
    party = data.get("counterparty")
    if party == sides.ALL_COUNTRIES and in_force == _PARTNER and _whole_of_both(data, text):
        del data["counterparty"]  # «…с Беларусью превысил 20 млн. … а весь товарооборот — больше 20 млн»
        item.notes = [note for note in item.notes if not note.startswith("trade with every country")]
        item.doubt("check", "a whole turnover right after trade with the partner: the two flows with it, not "
                            "trade with every country (write `counterparty: все страны` if it is)")
        return _PARTNER
    if party is not None:
        return None if party == sides.ALL_COUNTRIES else party
    own = _own_place(text, data["_at"], who)
    if isinstance(own, dict):  # «Экспорт белорусских товаров в ЕС снизился …»: its clause names a third party
        data["counterparty"] = dict(own)
        item.doubt("check", f"its clause names {own['name']} at the trade's other end (`counterparty`)")
        return own
    if own is not None or not isinstance(in_force, dict):
        return _PARTNER if own == _PARTNER or (own is None and in_force is None) else in_force
    data["counterparty"] = dict(in_force)
    item.doubt("check", f"its clause names no place: trade with {in_force['name']}, the place the release "
                        "named last at a trade's other end (`counterparty`)")
    return in_force


# a turnover called whole by its words alone: «весь товарооборот», «совокупный товарооборот», «общий оборот»
_WHOLE_TURNOVER = re.compile(
    r"(?<![\w-])(?:вес[ьяе]|всего|совокупн\w*|общ(?:ий|его|ем|им))\s+(?:[а-яё]+\s+)?(?:товаро)?оборот\w*"
    r"(?P<after>\s+[А-ЯЁа-яё]+)?", re.I
)
# what makes a whole turnover every country's: foreign trade, the world, or an owner named after it
_EVERY_WORDS = re.compile(r"внешн|зарубеж|иностран|мир[аеу]?(?![\w-])|стран\w*\s+мира", re.I)


def _whole_of_both(data: dict, text: str) -> bool:
    """Whether a turnover read as every country's by a whole's word alone («весь
    товарооборот», «совокупный товарооборот достиг …») names nothing else that makes it so:
    no foreign trade, no world, no owner after its word («совокупный товарооборот области»)."""
    if data.get("indicator") != "turnover":
        return False
    clause = clauses.before(text, data["_at"], clauses.NEXT)  # «…, а весь товарооборот — больше …»
    m = _WHOLE_TURNOVER.search(clause)
    if m is None or _EVERY_WORDS.search(clause):
        return False
    after = (m["after"] or "").strip()
    return not after or inflect.lemma(after) not in _OWNERS and not after[:1].isupper()


_OWNERS = frozenset({"область", "регион", "край", "республика", "страна", "беларусь", "белоруссия", "город"})


def names_no_place(text: str, at: int, partner: Partner | None) -> bool:
    """Whether the clause of the number at `at` names no place after a preposition (a known one
    or a capitalised word that may be one); `partner` is the partner found, or None."""
    return _own_place(text, at, partner or _NO_PARTNER) is None


_UNKNOWN = "unknown"  # a capitalised word after a preposition: a place the drafter may not know («с Лондоном»)


def _own_place(text: str, at: int, who: Partner) -> dict | str | None:
    """The place the clause of the number at `at` names after a preposition: a third party,
    the partner's end, `_UNKNOWN` for a capitalised word the drafter knows as no place, or
    None when it names none."""
    start, end = clauses.start(text, at, clauses.PHRASE), clauses.end(text, at, clauses.PHRASE)
    for m in _PLACE.finditer(text, start, end):
        words = _PLACE_WORDS.match(text, m.end())
        if words is None:
            continue
        party = _opened(text, m, words, who)
        if party is not None:
            return party
        if words.group()[:1].isupper():
            return _UNKNOWN
    return None


def _opened(text: str, preposition: re.Match[str], words: re.Match[str], who: Partner) -> dict | str | None:
    """Whose end of a trade the place a preposition opens is (`_who`); a pronoun after it
    stands for the place named before it («торгует с Россией: товарооборот с ней»)."""
    named = sides.antecedent(text[: preposition.start()], words.group().split()[0])
    return _who(f"{preposition.group()}{named}" if named else text[preposition.start() : words.end()], who)


def _places(text: str, who: Partner) -> list[tuple[int, dict | str]]:
    """The places a sentence names at a trade's other end, with where: a place after a
    preposition in a clause holding a trade's word or opening the sentence, not one it
    compares with; and a state opening the sentence as its subject."""
    found: list[tuple[int, dict | str]] = []
    subject = re.match(r"[\s«\"„]*(?P<word>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])", text)
    if subject is not None and _state_subject(subject["word"]):  # never a city («Москва, 13 января.»)
        party = _who(f"с {subject['word']}", who)
        if party is not None:
            found.append((subject.start("word"), party))
    for m in _SIDES.finditer(text):  # «торгово-экономические связи сторон»: the two sides' own trade
        if indicators.TRADE.search(clauses.around(text, m.start(), None, clauses.PHRASE)) or "торгово" in text.lower():
            found.append((m.start(), _PARTNER))
    for m in _PLACE.finditer(text):
        words = _PLACE_WORDS.match(text, m.end())
        if words is None or _COMPARED.search(text, 0, m.start()):
            continue
        clause = clauses.around(text, m.start(), None, clauses.PHRASE)
        if not (indicators.TRADE.search(clause) or _FRONTED.match(text, 0, m.start())):
            continue
        party = _opened(text, m, words, who)
        if party is not None:
            found.append((m.start(), party))
    return found


def _state_subject(word: str) -> bool:
    """Whether a sentence's first word is a state's name in the nominative: its subject."""
    return inflect.lemma(word) == word.lower() and official_name(word) is not None


def _who(place: str, who: Partner) -> dict | str | None:
    """Whose end of a trade a place is: a third party's (its `counterparty`), the partner's
    (or Belarus's: a trade between them), or None for no place the drafter knows."""
    party = sides.counterparty(place, who.name, who.country, official_name)
    if party is not None:
        return None if party == sides.ALL_COUNTRIES else party
    words = re.findall(r"[А-ЯЁ][А-ЯЁа-яё-]*", place)
    if sides.names_side(place) or sides.names_belarus(place) or any(sides.names_partner(w, who.stems) for w in words):
        return _PARTNER
    return None
