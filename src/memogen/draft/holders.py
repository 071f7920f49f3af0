"""Whose a drafted figure is when it is not our side's as a whole, nor our trade with the
partner: a Belarusian region other than our side (`holder`: «из них около 120 млн
пришлось на Могилёвскую область», «экспорт Витебской области в Россию …»), and the third
state a count goes to or is in (`counterparty`: «в Гану — порядка 3,2 тыс. единиц»).

Small functions beside `sides` (which finds who the parties are): they read only the
figure's own clause. No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import clauses, sides
from memogen.draft.model import Item, supports

# What a Belarusian region's own figure may be (the facts model's `HOLDABLE`, but counts:
# a count names its region in its label as the release does).
_HELD = ("turnover", "exports", "imports", "balance")


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
    side that region as its `holder`: its trade is none of our side's as a whole."""
    if not supports("FigureFact", "holder"):
        return
    for item in figures:
        data = item.data
        quote, at = data.get("_quote"), data.get("_at")
        if data.get("indicator") not in _HELD or quote is None or at is None or "holder" in data:
            continue
        if data.get("side") == "partner" and "counterparty" in data:
            continue  # the partner's trade with a third state: no region of ours holds it
        party = region_of(clauses.around(quote, at, None, clauses.PHRASE), ours)
        if party is None:
            continue
        data["holder"] = {"name": party[0]} if party[1] == "region" else {"name": party[0], "kind": party[1]}
        item.doubt("check", f"the trade of {party[0]}, not of our side as a whole: `holder`")


# A verb or noun of supplying: where the counted things go («поставить», «поставки», «экспорт»)
_SUPPLY = re.compile(r"\b(?:постав|экспорт|отгруз|продат|прода[нжв])\w*", re.I)
_INTO = re.compile(r"(?<![\w-])во?\s+(?=[А-ЯЁ])")


def count_destination(text: str, at: int, partner: str | None, partner_country: str | None) -> dict | None:
    """The third state a supplied count goes to, named in the count's own clause before it
    («В Того намерены поставить 4,5 тыс. единиц, в Гану — порядка 3,2 тыс.»: Ghana for the
    second, none for the first, Togo being the partner), when the sentence before the count
    speaks of supplies. None otherwise."""
    from memogen.draft.parties import official_name

    if not _SUPPLY.search(text[:at]):
        return None
    clause = clauses.before(text, at, clauses.PHRASE)
    into = list(_INTO.finditer(clause))
    if not into:
        return None
    return sides.counterparty(clause[into[-1].start() :], partner, partner_country, official_name)
