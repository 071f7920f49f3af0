"""Whose trade a number is, when the words name both sides or a currency (issue #10): a
trade «of the two republics» or a «mutual» foreign trade is the two sides' own, not trade
with every country; «долларов США» names a currency, not a third country a supply goes to;
an amount a task set beside what was done («при задании в …») is a target. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from memogen.draft import draft_release, sides
from memogen.draft.read import Release

TATARSTAN = "Президент Беларуси встретился с президентом Татарстана в Минске. Татарстан покупает белорусские тракторы. "
VIETNAM = "Делегация Витебской области побывала во Вьетнаме. Вьетнам интересуется белорусскими тракторами. "


def _figures(text: str, when: dt.date = dt.date(2024, 3, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [
        (f.indicator, f.value, f.counterparty.name if f.counterparty else None, f.status) for f in facts.figures
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2022 году внешнеторговый оборот двух республик снизился до 410 млн долларов.",
        "За первое полугодие 2023 года взаимный внешнеторговый оборот составил 38,4 млн долларов.",
        "В 2022 году внешнеторговый оборот наших республик достиг 410 млн долларов.",
    ],
)
def test_foreign_trade_of_both_sides_is_trade_with_the_partner(sentence):
    assert [c for _, _, c, _ in _figures(TATARSTAN + sentence)] == [None]


def test_foreign_trade_alone_is_still_trade_with_every_country():
    sentence = "В 2022 году внешнеторговый оборот республики достиг 20 млрд долларов."
    assert [c for _, _, c, _ in _figures(TATARSTAN + sentence)] == ["все страны"]


def test_dollars_of_the_united_states_name_no_place_a_supply_goes_to():
    sentence = ("В 2023 году область поставила во Вьетнам товаров на 7,2 млн долларов США при задании в 6 млн "
                "долларов, а в 2022 году поставки составили 4,1 млн долларов.")
    assert [(i, v, c, s) for i, v, c, s in _figures(VIETNAM + sentence)] == [
        ("exports", Decimal("7.2"), None, "actual"), ("exports", 6, None, "target"),
        ("exports", Decimal("4.1"), None, "actual"),
    ]


def test_blanking_a_currency_keeps_a_state_named_by_its_initials():
    assert sides.without_currencies("на 5 млн долларов США в США") == "на 5 млн долларов     в США"


def test_an_amount_forecast_beside_what_was_done_is_no_task():
    sentence = "В 2023 году Вьетнам вложил в экономику области 8 млн долларов (при прогнозе в 5 млн долларов)."
    assert "target" not in [s for *_, s in _figures(VIETNAM + sentence)]


def test_trade_of_the_two_states_in_a_release_about_a_region_is_with_its_state():
    text = ("Губернатор Омской области посетил Минск. Омская область покупает белорусские тракторы. "
            "В прошлом году товарооборот наших стран составил почти 40 млрд долларов.")
    assert [c for _, _, c, _ in _figures(text)] == ["Российская Федерация"]


def test_goods_and_services_supplied_to_a_place_are_traded_together():
    sentence = "В этом году область намерена поставить во Вьетнам продукции и услуг не менее чем на 9 млн долларов."
    facts = draft_release(Release(VIETNAM + sentence, None, None, None), dt.date(2024, 3, 1), url=None, file=None,
                          name="test").facts
    assert [(f.indicator, f.trade) for f in facts.figures] == [("exports", "goods_and_services")]
