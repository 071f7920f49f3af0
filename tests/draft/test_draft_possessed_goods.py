"""A flow word owned by a pronoun («его поставки», «их ввоз») after goods named past a
dash («Главная статья экспорта — молоко: его поставки …») is the trade in those goods, a
product group, never all exports or imports (issue #10). Sentences written for these
tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, growth_of

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 11, 3)


def read(*sentences: str) -> list[tuple]:
    return [(f["indicator"], f.get("label"), f["period"], f.get("value"), growth_of(f))
            for f in figures_read(sentences, Context(RELEASE))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Главная статья белорусского экспорта — сухое молоко: его поставки в 2024 году выросли в 1,8 раза.",
         ("product", "экспорт сухого молока", "2024", None, {"times": Decimal("1.8")})),
        ("Основная позиция импорта из республики — бананы: их ввоз за январь–июнь вырос на 15 %.",
         ("product", "импорт бананов", "2025-01..06", None, {"change": Decimal(15)})),
        ("Крупнейшая статья экспорта в край — грузовые автомобили, их поставки в 2024 году составили 40 млн долларов.",
         ("product", "экспорт грузовых автомобилей", "2024", Decimal(40), None)),
        ("Заметная статья закупок — кофе; его импорт в 2024 году увеличился на 12 %.",
         ("product", "импорт кофе", "2024", None, {"change": Decimal(12)})),
    ],
)
def test_a_flow_owned_by_a_pronoun_trades_the_goods_named_before(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the pronoun refers to the flow itself, not to goods
        ("В 2024 году экспорт в край вырос на 10 %: его объём составил 50 млн долларов.",
         ("exports", None, "2024", Decimal(50), {"change": Decimal(10)})),
        # generic goods after the dash name no group
        ("Главная статья экспорта — продукция: её поставки в 2024 году выросли в 2 раза.",
         ("exports", None, "2024", None, {"times": Decimal(2)})),
    ],
)
def test_no_goods_before_the_pronoun_leaves_the_flow_whole(text, expected):
    assert read(text) == [expected]
