"""A document whose title names states as members of a treaty («… государств — участников Договора о
…») runs on over the dash to the treaty's name, and a term after it bounds the outer document
(README convention 7), not the treaty nested in its title, which is no document of its own; a
document being drafted, said by the noun («по разработке программы …»), is planned. The
sentences were written for these tests (their documents are invented)."""

from __future__ import annotations

import datetime as dt

from memogen.draft.items import agreements
from memogen.draft.phrases import name_end

RELEASE = dt.date(2026, 3, 2)


def _read(sentence: str) -> list[dict]:
    return [a.data for a in agreements([sentence], RELEASE)]


def test_the_states_members_of_a_treaty_are_part_of_the_title():
    text = "план действий стран — членов Союза о транзите на 2027 год утвердили"
    assert text[: name_end(text, len("план действий стран"))].endswith("стран — членов Союза о транзите")


def test_a_dash_before_anything_else_ends_the_title():
    text = "план действий стран — участие в нём добровольное"
    assert text[: name_end(text, len("план действий стран"))] == "план действий стран"


def test_a_term_after_a_nested_treaty_bounds_the_outer_document():
    said = ("Министры обсудили разработку Программы совместных шагов государств — участников Договора о "
            "таможенном союзе на 2028–2031 годы.")
    assert _read(said) == [{
        "title": "Программа совместных шагов государств — участников Договора о таможенном союзе",
        "status": "planned",
        "years": [2028, 2031],
    }]


def test_a_document_being_drafted_by_the_noun_is_planned():
    said = "Стороны продолжат работу по разработке дорожной карты по развитию туризма."
    assert [(d["title"], d["status"]) for d in _read(said)] == [("Дорожная карта по развитию туризма", "planned")]
