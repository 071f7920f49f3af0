"""Whose a balance or a total is (issue #10): a balance of the trade «с» a third state
(«сальдо в торговле с Китаем», «сальдо торговли с Турцией») is trade with that state, its
`counterparty`, as a turnover or a flow is; an unnamed «страна» owning a total («экспорт
страны», «весь импорт государства») in a release about a region or a city is Belarus, a
region or city being no state. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release
from memogen.draft.read import Release

REGION = "Вологодская область закупает белорусские тракторы. Губернатор Вологодской области принял делегацию. "
STATE = "Казахстан закупает белорусские тракторы. Казахстан остаётся важным партнёром. "


def _figures(text: str, when: dt.date = dt.date(2024, 8, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.counterparty.name if f.counterparty else None, f.side) for f in facts.figures]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Сальдо в торговле с Китаем в 2023 году сложилось отрицательным — минус 300 млн долларов.",
         "Китайская Народная Республика"),
        ("В 2023 году сальдо торговли с Турцией составило 120 млн долларов.", "Турецкая Республика"),
        ("Сальдо во взаимной торговле с Индией за 2023 год достигло 45 млн долларов.", "Республика Индия"),
    ],
)
def test_a_balance_with_a_third_state_is_trade_with_it(sentence, name):
    assert [(i, c) for i, c, _ in _figures(REGION + sentence) if i == "balance"] == [("balance", name)]


def test_a_balance_with_the_partner_has_no_counterparty():
    sentence = "Сальдо в торговле с Вологодской областью в 2023 году составило 30 млн долларов."
    assert [(i, c) for i, c, _ in _figures(REGION + sentence) if i == "balance"] == [("balance", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Совокупный экспорт страны в 2023 году вырос до 40 млрд долларов.",
        "Весь импорт государства в 2023 году составил 42 млрд долларов.",
    ],
)
def test_an_unnamed_country_in_a_release_about_a_region_is_belarus(sentence):
    found = [(i, c, s) for i, c, s in _figures(REGION + sentence) if i in ("exports", "imports")]
    assert found and all(c == "все страны" and s == "ours" for _, c, s in found)


def test_an_unnamed_country_in_a_release_about_a_state_stays_the_partners():
    sentence = "Совокупный экспорт страны в 2023 году вырос до 80 млрд долларов."
    found = [(i, c, s) for i, c, s in _figures(STATE + sentence) if i == "exports"]
    assert found == [("exports", "все страны", "partner")]
