"""Whose a drafted figure is when it is not our side's as a whole, nor our trade with the
partner: a Belarusian region other than our side (`holder`: «из них около 120 млн
пришлось на Могилёвскую область», «экспорт Витебской области в Россию …»), and the third
state a count goes to or is in (`counterparty`: «в Гану — порядка 3,2 тыс. единиц»).

Small functions beside `sides` (which finds who the parties are): they read only the
figure's own clause. No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import clauses, indicators, sides
from memogen.draft.model import Item, supports
from memogen.draft.words import nominative_phrase
from memogen.facts.model import HOLDABLE as _HELD  # what a Belarusian region's own figure may be


def region_of(clause: str, ours: tuple[str, str] | None) -> tuple[str, str] | None:
    """The one Belarusian region, district or city a figure's clause names, when it is not
    our side: («Могилёвская область», "region"). None when the clause names none, our side,
    or several (whose the figure is would be a guess)."""
    found = {party for party, _ in sides.our_mentions(clause)}
    if len(found) != 1:
        return None
    party = found.pop()
    if ours is not None and _same(party[0], ours[0]):
        return None
    return party


def _same(a: str, b: str) -> bool:
    return a.casefold().replace("ё", "е") == b.casefold().replace("ё", "е")


def assign(figures: list[Item], ours: tuple[str, str] | None) -> None:
    """Give each trade figure whose own clause names another Belarusian region than our
    side that region as its `holder`: its trade is none of our side's as a whole. A
    region's figure stands out against our side's; when one region holds every trade
    figure of the release, the release is that region's own (whatever our side was read
    as) and none is marked."""
    if not supports("FigureFact", "holder"):
        return
    held = {id(item): _held_by(item, ours) for item in figures if _holdable(item.data)}
    if not held:
        return
    if len(set(held.values())) == 1 and None not in held.values():
        _own_release(figures, held, ours)
        return
    for item in figures:
        party = held.get(id(item))
        if party is not None:
            kind = {} if party[1] == "region" else {"kind": party[1]}
            item.data["holder"] = {"name": party[0], **kind}
            item.doubt("check", f"the trade of {party[0]}, not of our side as a whole: `holder`")
    _goods_of_held(figures)


def _own_release(figures: list[Item], held: dict[int, tuple[str, str] | None], ours: tuple[str, str] | None) -> None:
    """Every trade figure of the release is one region's («Товарооборот Минска с Россией …»):
    the release is that region's own, so no figure gets a `holder`; but where our side was
    read as Belarus (the region did not act, or Belarus is named more often), each figure is
    drafted as Belarus's trade by that default: `check`, naming the region."""
    if ours is not None:
        return
    for item in figures:
        party = held.get(id(item))
        if party is not None:
            item.doubt("check", f"the trade of {party[0]}, drafted as Belarus's (our side): check whose it is, "
                       "`parties.ours` or `holder`")


def _goods_of_held(figures: list[Item]) -> None:
    """«Товарооборот Брестской области с Азербайджаном вырос на 50 %. Поставки комбайнов, например,
    увеличились в 15 раз»: a product group's trade stated right after a region's own trade (in
    its sentence or the next), whose words say neither whose it is nor which region, is a part
    of that region's trade: the same `holder`."""
    for before, item in zip(figures, figures[1:]):
        data, held = item.data, before.data.get("holder")
        if held is None or data.get("indicator") != "product" or "holder" in data or data.get("_owned"):
            continue
        if item.sentence is None or before.sentence not in (item.sentence - 1, item.sentence):
            continue
        data["holder"] = dict(held)
        item.doubt("check", f"right after the trade of {held['name']}, naming no owner: a part of it, `holder`")


def _holdable(data: dict) -> bool:
    """A trade figure read from a clause, that is no partner's trade with a third state."""
    return data.get("indicator") in _HELD and "_quote" in data and "_at" in data and "holder" not in data \
        and not (data.get("side") == "partner" and "counterparty" in data)


def _held_by(item: Item, ours: tuple[str, str] | None) -> tuple[str, str] | None:
    """The region whose own figure `item` is. A region named within a count's own words is
    what is counted, for its label, not who holds it: «35 компаний Брестской области» at a
    forum are firms of that region, while «в Гомельской области работают 12 предприятий» or
    «область торгует с 76 регионами» is the region's own count."""
    clause = clauses.around(item.data["_quote"], item.data["_at"], None, clauses.PHRASE)
    if item.data.get("indicator") == "count":
        clause = _COUNTED.sub(" ", clause)
    return region_of(clause, ours)


# a number and the words of what it counts, up to a preposition, a conjunction or a stop:
# «35 компаний Брестской области», «14 компаний» (of «14 компаний из Восточной Сибири»)
_COUNTED = re.compile(r"\d[\d\s,.]*(?:\s+(?!(?:и|а|в|во|из|с|со|на|по|для|от|до|к)(?![\w-]))[А-Яа-яЁё-]+){1,5}")


_INTO = re.compile(r"(?<![\w-])во?\s+(?=[А-ЯЁ])")


def count_destination(text: str, at: int, partner: str | None, partner_country: str | None) -> dict | None:
    """The third state a supplied count goes to, named in the count's own clause: before it
    («В Того намерены поставить 4,5 тыс. единиц, в Гану — порядка 3,2 тыс.»: Ghana for the
    second, none for the first, Togo being the partner), else after it («поставят 300
    тракторов в Кению»), when the clause speaks of supplies. None otherwise."""
    from memogen.draft.parties import official_name

    start, end = clauses.start(text, at, clauses.PHRASE), clauses.end(text, at, clauses.PHRASE)
    # a verb or noun of supplying («поставить», «поставки», «экспорт»): where the counted things go
    if not indicators.SELLING.search(text[:at]) and not indicators.SELLING.search(text, at, end):
        return None
    before = list(_INTO.finditer(text, start, at))
    into = before[-1] if before else _INTO.search(text, at, end)
    if into is None:
        return None
    return sides.counterparty(text[into.start() : end if into.start() > at else at], partner, partner_country,
                             official_name)


# One body's or industry's enterprises, a part of our side that holds a flow of its own (README
# convention 4): «предприятия Минпрома Беларуси», «организаций концерна «Беллесбумпром»»,
# «промышленные предприятия Беларуси»; the body after the head, or an industry's adjective before it
_BODY = (
    r"(?:министерств\w*(?:\s+[а-яё]+){0,3}|Мин[а-яё]{3,}\w*|концерн\w*(?:\s+«[^»]+»)?|холдинг\w*(?:\s+«[^»]+»)?|"
    r"отрасл\w*|«[^»]+»)"
)
_INDUSTRY = re.compile(
    r"(?:промышленн|машиностроительн|нефтехимическ|химическ|перерабатывающ|пищев|деревообрабатывающ|"
    r"легк|лёгк|мясомолочн|молочн|мясн|агропромышленн|сельскохозяйственн|строительн)\w*", re.I
)
_ORGANISATIONS = re.compile(
    rf"(?<![\w-])(?P<adj>(?:[А-Яа-яЁё]+(?:ые|ых|ыми|ие|их|ими)\s+){{0,2}})(?P<head>(?i:предприяти|организаци)\w*)"
    rf"(?P<body>\s+{_BODY})?(?P<state>\s+(?:Беларуси|Республики\s+Беларусь))?(?![\w-])"
)
# a flow's word and the owner right after it, bare: «экспорта товаров организаций» (the ones named before)
_BARE_OWNER = re.compile(rf"(?i:{indicators.TRADE_WORD})\s+(?:товаров\s+|продукции\s+)?"
                         r"(?P<whose>организаций|предприятий)(?![\w-])")
_HELD_FLOWS = ("exports", "imports", "turnover")


def organisations(figures: list[Item], said: list[str], partner) -> None:
    """Give each flow a body's or an industry's enterprises hold («предприятия Минпрома
    нарастили экспорт в страны СНГ», «промышленные предприятия … нарастят экспорт») that body
    as its `holder` (kind organisation), and every country as its other end when its clause
    names no place; a flow of bare «организаций» («Темп роста экспорта товаров организаций»)
    is the enterprises' named before it, a product group of theirs the flow itself."""
    if not supports("FigureFact", "holder"):
        return
    named: str | None = None  # the enterprises named last, for a bare «организаций»
    for n, text in enumerate(said):
        own = [m for m in _ORGANISATIONS.finditer(text) if m["body"] or _INDUSTRY.search(m["adj"])]
        held = _holder_name(own[0]) if own else None
        bare = named if held is None and _BARE_OWNER.search(text) else None
        for item in (i for i in figures if i.sentence == n and "_at" in i.data):
            at = item.data["_at"]
            holder = held if own and own[0].start() < at else bare
            if holder is not None and _flow_of(item, text):
                _hold(item, holder, text, partner)
        named = held or named


def _holder_name(m: re.Match[str]) -> str:
    """The enterprises in the nominative, their body as the release gives it."""
    phrase = nominative_phrase(f"{m['adj']}{m['head']}") or f"{m['adj']}{m['head']}"
    phrase = phrase[:1].lower() + phrase[1:]  # a common noun, capitalised only at a sentence's start
    return f"{phrase}{m['body'] or ''}{m['state'] or ''}".strip()


def _flow_of(item: Item, text: str) -> bool:
    """Whether a figure is a flow the enterprises may hold: a trade flow of no label and no
    holder, or a product group named by the enterprises' goods alone («экспорт товаров
    организаций»), which it becomes the flow of."""
    data = item.data
    if "holder" in data or data.get("share") or data.get("side") == "partner":
        return False
    label = data.get("label") or ""
    bare = _BARE_OWNER.search(label)
    if data.get("indicator") == "product" and bare is not None and bare.start() == 0:
        data["indicator"] = "imports" if label.lower().startswith("импорт") else "exports"
        del data["label"]
        item.notes = [note for note in item.notes if "product group" not in note]
        return True
    return data.get("indicator") in _HELD_FLOWS and not label


def _hold(item: Item, holder: str, text: str, partner) -> None:
    from memogen.draft import whose

    item.data["holder"] = {"name": holder, "kind": "organisation"}
    item.doubt("check", f"the flow of {holder}, a part of our side (`holder`, README convention 4)")
    if "counterparty" not in item.data and whose.names_no_place(text, item.data["_at"], partner):
        item.data["counterparty"] = dict(sides.ALL_COUNTRIES)
        item.doubt("check", "its clause names no place: the enterprises' trade with every country")
