"""The drafter on what a figure trades when its indicator's own words do not say it: trade
in goods and services named in the sentence before and referred back to, or named right after
the amount, from sentences written for this test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for, figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2024, 2, 12)


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(RELEASE))


def test_an_indicator_referred_back_to_keeps_its_trade_in_goods_and_services():
    *_, f = figures(
        "Торговля товарами и услугами между двумя странами в прошлом году побила рекорд.",
        "Министр напомнил, что за девять месяцев она превысила 30 миллиардов долларов.",
    )
    assert (f["indicator"], f.get("trade"), f["value"]) == ("turnover", "goods_and_services", Decimal(30))


def test_a_balance_of_goods_and_services_referred_back_to_by_its_pronoun():
    *_, f = figures(
        "По итогам полугодия сложилось положительное сальдо торговли товарами и услугами.",
        "Оно составило 0,8 млрд долларов.",
    )
    assert (f["indicator"], f.get("trade")) == ("balance", "goods_and_services")


def test_an_indicator_referred_back_to_in_goods_stays_goods():
    *_, f = figures(
        "Товарооборот между странами в прошлом году вырос.",
        "За девять месяцев он превысил 300 млн долларов.",
    )
    assert "trade" not in f


@pytest.mark.parametrize(
    ("sentence", "trade"),
    [
        ("В 2023 году товарооборот между странами: 12 миллиардов долларов в торговле товарами и услугами.",
         "goods_and_services"),
        ("В 2023 году объём взаимной торговли достиг 12 млрд долларов по товарам и услугам.", "goods_and_services"),
        ("В 2023 году товарооборот составил 12 млрд долларов в торговле услугами.", "services"),
    ],
)
def test_trade_named_right_after_the_amount(sentence, trade):
    (f,) = figures(sentence)
    assert (f["indicator"], f.get("trade"), f["value"]) == ("turnover", trade, Decimal(12))


def test_goods_named_after_the_amount_are_no_services():
    (f,) = figures("В 2023 году товарооборот составил 12 млрд долларов в торговле товарами.")
    assert "trade" not in f


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Товарооборот по молочной продукции в 2023 году составил 80 млн долларов.", "молочная продукция"),
        ("Товарооборот по продовольственным товарам и сырью в 2023 году составил 80 млн долларов.",
         "продовольственные товары и сырье"),
    ],
)
def test_a_turnover_by_a_group_of_goods_is_that_groups_trade(sentence, label):
    (f,) = figures(sentence)
    assert (f["indicator"], f["label"], f["value"]) == ("product", label, Decimal(80))


@pytest.mark.parametrize(
    "sentence",
    [
        "Товарооборот по итогам 2023 года составил 80 млн долларов.",
        "Товарооборот по товарам в 2023 году составил 80 млн долларов.",
        "Товарооборот по данным таможни в 2023 году составил 80 млн долларов.",
    ],
)
def test_a_turnover_by_no_group_of_goods_stays_the_turnover(sentence):
    (f,) = figures(sentence)
    assert (f["indicator"], "label" in f) == ("turnover", False)


def test_foreign_trade_with_belarus_is_the_trade_with_belarus():
    found = figures_for(
        dt.date(2022, 6, 17), "Пензенская область",
        "Оборот внешней торговли с Республикой Беларусь в 2021 году составил 108 млн долларов.",
        "Оборот внешней торговли области в 2021 году составил 900 млн долларов.",
    )
    assert [(f["value"], f.get("counterparty", {}).get("name")) for f in found] == [
        (Decimal(108), None), (Decimal(900), "все страны")
    ]
