"""Whether a trade figure's own words name the places it is drafted between.

A figure is drafted as trade between our side and the partner. Where its clause names, as
where the trade runs, a place by its proper name that is neither Belarus nor the partner
nor a third state the drafter took as the other end («товарооборот между Сибирью и
Беларусью» in a release about Russia, «товарооборот Минска с Россией»), the place is a part
or a whole of one side: a macro-region or region of the partner's country, a city of ours.
The drafter keeps its default (the partner, our side as a whole), so the figure is `check`,
naming the place. A place where something happens («в Москве», «на Урале») is no end of the
trade. No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import clauses, sides
from memogen.draft.model import Item
from memogen.draft.parties import state_code
from memogen.draft.words import parses

# the flows whose two ends a clause names
_TRADE = ("turnover", "exports", "imports", "balance")
_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?![\w-])")
# a place where, not whose: «в Москве», «на Урале», «из Сибири», «по Сибири»
_WHERE = re.compile(r"(?<![\w-])(?:в|во|на|из|по|под|у|над)\s+$", re.I)
# the cases a trade's end stands in: «товарооборот Минска», «между Сибирью и …», «с Москвой»
_END_CASES = ({"gent"}, {"ablt"})


def unnamed_ends(figures: list[Item], partner, ours: tuple[str, str] | None) -> None:
    """Mark `check` each trade figure read as with the partner (a `parties.Partner` or None)
    whose clause names, before its amount, another place as an end of the trade (`_place_end`).
    Where the partner is a region or a city, only a city of ours counts: a region is often
    named by a colloquial name of its own («Подмосковьем», «Кубанью») no table holds."""
    own = tuple(w.lower() for w in ours[0].split()) if ours else ()  # our side's stems, as `names_partner` reads them
    stems = partner.stems if partner is not None else ()
    code = state_code(partner.name) if partner is not None else None
    regional = partner is not None and partner.kind in ("region", "city")
    for item in figures:
        data = item.data
        if data.get("indicator") not in _TRADE or data.get("counterparty") or data.get("holder"):
            continue
        if "_quote" not in data or "_at" not in data:
            continue
        text, at = data["_quote"], data["_at"]
        place = _place_end(text[clauses.start(text, at, clauses.PHRASE) : at], stems, code, own)
        if place is not None and (not regional or place.lower().startswith(sides.OUR_CITIES)):
            item.doubt("check", f"«{place}» is named as where the trade runs, neither Belarus nor the partner: "
                       "check whose trade it is (the partner's, a part of a side's, `holder`)")


# a place's adjective before the noun it qualifies: «Минском районе», «Минской области»
_QUALIFIED = re.compile(r"\s+(?:район|област|кра[йяю]|округ|регион|город|губерни|республик)", re.I)


def _place_end(before: str, partner_stems: tuple[str, ...], code: str | None, own: tuple[str, ...]) -> str | None:
    """The first proper place name of `before` (a clause up to its amount) in the genitive
    or instrumental, not after a preposition of place, that names neither Belarus, the
    partner (by its stems or, a state, by its code: «Сирии» for «Сирийская Арабская Республика»)
    nor our side, where the clause names one of those as the trade's other end."""
    found, party = None, False
    for m in _WORD.finditer(before):
        word = m.group()
        readings = parses(word)
        lemmas = [p.normal_form for p in readings[:3]] or [word.lower()]
        if sides.names_belarus(word) or sides.names_partner(word, partner_stems + own) \
                or (code is not None and any(state_code(lemma) == code for lemma in lemmas)):
            party = True
            continue
        if found or m.start() == 0 or _WHERE.search(before[: m.start()]) or _QUALIFIED.match(before, m.end()):
            continue
        if any("Geox" in p.tag and "NOUN" in p.tag and any(case <= p.tag.grammemes for case in _END_CASES)
               for p in readings[:3]):
            found = word
    # «товарооборот Минска и Пекина»: two capitals for their states; one end named as a party
    # and the other as a place is what takes the default
    return found if party else None
