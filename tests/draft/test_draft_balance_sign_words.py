"""A balance whose number carries its sign in words («минус 200 млн», «плюс 12 млн») is
signed as the words say, from our side (issue #10); our own sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for


def figures(*sentences: str) -> list[dict]:
    return figures_for(dt.date(2025, 3, 12), "Псковская область", *sentences)


@pytest.mark.parametrize("sentence, value, sign", [
    ("Сальдо торговли с областью по итогам 2024 года составило минус 200 млн долларов.", "-200", "negative"),
    ("В 2024 году сальдо взаимной торговли — минус 36,4 млн долларов США.", "-36.4", "negative"),
    ("Сальдо в 2024 году вышло в плюс 12 млн долларов.", "12", "positive"),
    ("В 2024 году сальдо сложилось отрицательным — минус 150 млн долларов.", "-150", "negative"),
])
def test_a_balance_signed_in_words_keeps_its_sign(sentence, value, sign):
    (f,) = figures(sentence)
    assert (f["indicator"], f["value"], f["sign"], f["period"]) == ("balance", Decimal(value), sign, "2024")


def test_a_minus_after_the_balance_clause_is_not_its_sign():
    (f,) = [f for f in figures("Сальдо торговли с областью в 2024 году составило 25 млн долларов, а экспорт — минус 3 %.") if f["indicator"] == "balance"]
    assert (f["value"], f.get("sign")) == (Decimal(25), None)
