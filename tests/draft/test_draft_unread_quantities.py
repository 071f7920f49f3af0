"""Quantities the drafter did not see, and amounts given the wrong indicator (issue #10):
one of a scale said by its noun alone («тысяча тонн»), an amount whose noun is the trade
itself («на миллиард товарооборота»), exports and imports named together as one amount,
and goods sold to a third market, whose market goes to the label. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from memogen.draft import draft_release
from memogen.draft import numbers as num
from memogen.draft.read import Release


def _figures(text: str, when: dt.date = dt.date(2024, 3, 1)):
    return draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts.figures


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "hedge"),
    [
        ("Хозяйства вывезли тысячу тонн картофеля.", Decimal(1), "тонна", None),
        ("Отгружено более тысячи тонн зерна.", Decimal(1), "тонна", "более"),
        ("За сезон продана тысяча единиц техники.", Decimal(1), "единица", None),
    ],
)
def test_one_of_a_scale_said_by_its_noun_alone_is_a_quantity(sentence, value, unit, hedge):
    found = num.amounts(sentence)
    assert [(a.value, a.scale, a.unit, a.hedge) for a in found] == [(value, "thousand", unit, hedge)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Тысячи тонн грузов ждут отправки.",  # «thousands»: no number
        "Об этом говорили тысячу раз.",  # a multiple, no quantity
        "Юбилейный миллион ждёт своего покупателя.",  # a word, nothing counted after it
    ],
)
def test_a_scale_word_that_is_no_one_of_it_is_no_quantity(sentence):
    assert num.amounts(sentence) == []


def test_an_amount_whose_noun_is_the_trade_is_money_of_that_trade():
    figures = _figures("Товары идут хорошо. В январе мы вышли примерно на миллиард совместного товарооборота.")
    assert [(f.indicator, f.value, f.scale, f.qualifier) for f in figures] == [
        ("turnover", Decimal(1), "billion", "около")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "В прошлом году объём экспорта и импорта с краем составил 120 млн долларов.",
        "В 2023 году импорт и экспорт вместе дали 75 млн долларов.",
    ],
)
def test_exports_and_imports_named_together_as_one_amount_are_turnover(sentence):
    assert [f.indicator for f in _figures(sentence)] == ["turnover"]


def test_exports_and_imports_given_respectively_are_no_turnover():
    sentence = "В 2023 году экспорт и импорт составили соответственно 80 млн и 40 млн долларов."
    assert "turnover" not in [f.indicator for f in _figures(sentence)]


def test_goods_sold_to_a_third_market_say_it_in_the_label_and_validate():
    text = (
        "Беларусь продаёт сахар за рубеж. В этом году на экспорт продано около 30 тыс. т сахара. "
        "Основной объём экспорта этой продукции приходится на Казахстан и Таджикистан, куда поставлено "
        "12 тыс. т и 5 тыс. т."
    )
    products = [f for f in _figures(text) if f.indicator == "product"]
    assert len(products) == 3 and all(f.counterparty is None for f in products)
    assert any("Таджикистан" in (f.label or "") for f in products)
