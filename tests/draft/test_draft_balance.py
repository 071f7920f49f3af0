"""A balance's sign read from its words, in sentences written for this test: the value
is signed from our side whatever the release writes («отрицательное сальдо 40 млн» is
-40), and a balance stated by its sign alone is a figure of its own (`sign`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 3, 12)


def figures(*sentences: str) -> list[dict]:
    ctx = Context(RELEASE)
    ctx.partner = "Псковская область"
    return figures_read(sentences, ctx)


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
