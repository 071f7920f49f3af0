"""Which indicator a number is, read from the sentence's structure: what the clause of
the number names, or what it points back at (issue #10). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_for

RELEASE = dt.date(2025, 5, 20)


def figures(*sentences: str, partner: str = "Республика Чили") -> list[dict]:
    return figures_for(RELEASE, partner, *sentences)


def test_a_multiple_of_a_level_pointed_back_at_is_a_target_of_its_own():
    found = figures("Стороны надеются вскоре довести товарооборот до 300 млн долларов, а затем и утроить эту сумму.")
    level, multiple = found
    assert level["value"] == Decimal("300") and "growth" not in level
    assert multiple["indicator"] == "turnover" and multiple.get("value") is None
    assert multiple["growth"]["times"] == Decimal("3")
    assert multiple["status"] == "target" and multiple["period"] == "unstated"


def test_the_pointer_may_stand_before_the_verb_that_multiplies():
    found = figures("Сейчас взаимная торговля составляет 40 млн долларов; эту цифру, уверен, можно увеличить вдвое.")
    assert [f.get("value") for f in found] == [Decimal("40"), None]
    assert found[1]["growth"]["times"] == Decimal("2") and found[1]["status"] == "target"


def test_the_multiple_takes_a_year_of_its_own_clause_only():
    found = figures(
        "В 2024 году экспорт в Чили составил 12 млн долларов, к 2028 году эту цифру нужно увеличить в два раза."
    )
    level, multiple = found
    assert level["period"] == "2024" and "growth" not in level
    assert multiple["indicator"] == "exports" and multiple["period"] == "2028"


def test_a_multiple_reached_is_no_target():
    found = figures("В 2024 году товарооборот составил 90 млн долларов, и эту цифру удалось увеличить в два раза.")
    assert all(f.get("status") != "target" for f in found)
