"""The ends a flow's verb or short participle has before it («Из Беларуси в регион ввезено …»)
say whose flow it is, as they do after a flow's noun (issue #10); our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for


def flow(sentence: str) -> dict:
    (f,) = [f for f in figures_for(dt.date(2024, 3, 12), "Смоленская область", sentence)
            if f["indicator"] in ("exports", "imports")]
    return f


@pytest.mark.parametrize(
    "sentence",
    [
        "Из Беларуси в регион в 2023 году ввезено товаров на 200 млн долларов.",
        "В 2023 году в область из Беларуси импортировано товаров на 200 млн долларов.",
        "В 2023 году из Беларуси ввезено товаров на 200 млн долларов.",
    ],
)
def test_goods_brought_from_belarus_are_the_partners_imports(sentence):
    f = flow(sentence)
    assert (f["indicator"], f.get("side")) == ("imports", "partner")


def test_goods_sent_to_belarus_before_the_verb_are_the_partners_exports():
    f = flow("В Беларусь в 2023 году отгружено продукции на 200 млн долларов.")
    assert (f["indicator"], f.get("side")) == ("exports", "partner")


@pytest.mark.parametrize(
    "sentence",
    [
        "В страны СНГ в 2023 году ушло продукции на 200 млн долларов.",
        "В Китай в 2023 году отгружено продукции на 200 млн долларов.",
    ],
)
def test_states_or_a_third_place_before_the_verb_name_no_side(sentence):
    assert "side" not in flow(sentence)
