"""A balance's sign read from its words, and a value per year, in sentences written for
this test: the value is signed from our side whatever the release writes («отрицательное
сальдо 40 млн» is -40); a balance stated by its sign alone is a figure of its own
(`sign`); a level each year reaches over years the release does not name is `yearly`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2025, 3, 12)


def figures(*sentences: str) -> list[dict]:
    return figures_for(RELEASE, "Псковская область", *sentences)


@pytest.mark.parametrize("sentence, value, sign", [
    ("По итогам 2024 года сальдо торговли сложилось отрицательным и составило 40 млн долларов.", "-40", "negative"),
    ("В 2024 году отрицательное сальдо в торговле с регионом достигло 18,2 млн долларов.", "-18.2", "negative"),
    ("Дефицит торговли с областью в 2024 году составил 7 млн долларов.", "-7", "negative"),
    ("Профицит торгового баланса в 2024 году превысил 90 млн долларов.", "90", "positive"),
    ("В 2024 году сальдо сложилось в пользу белорусской стороны и составило 64 млн долларов.", "64", "positive"),
    ("В 2024 году сальдо сложилось в пользу российской стороны — 11 млн долларов.", "-11", "negative"),
    ("Для области сальдо в 2024 году было положительным: 5 млн долларов.", "-5", "negative"),
])
def test_a_balance_is_signed_from_our_side_as_its_words_say(sentence, value, sign):
    (f,) = figures(sentence)
    assert (f["indicator"], f["value"], f["sign"], f["period"]) == ("balance", Decimal(value), sign, "2024")


def test_a_balance_without_words_of_sign_keeps_its_value():
    (f,) = figures("Сальдо торговли с областью в 2024 году составило 25 млн долларов.")
    assert (f["indicator"], f["value"], f.get("sign")) == ("balance", Decimal(25), None)


@pytest.mark.parametrize("sentence, sign", [
    ("По итогам 2024 года сальдо взаимной торговли сложилось положительное.", "positive"),
    ("В 2024 году сальдо сложилось в пользу Псковской области.", "negative"),
    ("Сальдо в 2024 году осталось отрицательным для Беларуси.", "negative"),
])
def test_a_balance_stated_only_by_its_sign_is_a_figure_of_its_own(sentence, sign):
    (f,) = figures(sentence)
    assert (f["indicator"], f.get("value"), f["sign"], f["period"]) == ("balance", None, sign, "2024")


def test_words_of_sign_about_something_else_are_no_balance():
    assert figures("В 2024 году торговля развивалась с положительной динамикой.") == []
    assert [f["indicator"] for f in figures("Дефицит кадров на заводах в 2024 году достиг 300 человек.")] != ["balance"]


# --- a value per year over years the release does not name (`yearly`) ------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("Взаимная торговля в последнее время колеблется в пределах 40–55 млн долларов, а в 2019 году составила "
     "71 млн долларов.", "40"),
    ("Стороны рассчитывают выйти на товарооборот 150–200 млн долларов в год.", "150"),
    ("Ежегодно в республику поставляется около 3 тыс. тонн сухого молока.", "3"),
])
def test_a_value_per_year_is_yearly_and_has_no_period_of_its_own(sentence, value):
    f = figures(sentence)[0]
    assert (f["value"], f["period"], f.get("yearly")) == (Decimal(value), "unstated", True)


def test_a_value_of_a_named_year_is_no_yearly_value():
    (f,) = figures("В 2024 году товарооборот составил 64 млн долларов.")
    assert f.get("yearly") is None
