"""Two growths of one figure, each against its own base, in sentences written for this
test: the second is a growth-only figure of the same indicator and period (a figure
holds one growth); a second rate with no base of its own restates the first."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 4, 2)


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(RELEASE))


@pytest.mark.parametrize("sentence, first, second", [
    ("В 2024 году экспорт вырос на 14 % к прошлому году и в 2,2 раза к 2019 году.",
     {"change": Decimal(14)}, {"times": Decimal("2.2"), "versus": "2019"}),
    ("Товарооборот в 2024 году составил 640 млн долларов, увеличившись на 8 % к 2023 году и на 61 % "
     "по сравнению с 2021 годом.", {"change": Decimal(8)}, {"change": Decimal(61), "versus": "2021"}),
    ("Импорт за 2024 год сократился на 3 % к уровню 2023 года, но вырос в 1,4 раза относительно 2020 года.",
     {"change": Decimal(-3)}, {"times": Decimal("1.4"), "versus": "2020"}),
])
def test_a_second_growth_against_its_own_base_is_a_figure_of_its_own(sentence, first, second):
    one, two = figures(sentence)
    assert (one["indicator"], one["period"], one["growth"]) == (two["indicator"], "2024", first)
    assert (two["period"], two.get("value"), two["growth"]) == ("2024", None, second)


def test_over_the_last_years_is_a_second_growth_too():
    one, two = figures("В прошлом году товарооборот вырос на 6 %, а за четыре последних года — на 48 %.")
    assert (one["growth"], two["period"], two["growth"]) == ({"change": Decimal(6)}, "2024",
                                                             {"change": Decimal(48), "years": 4})


def test_a_second_rate_restating_the_first_is_no_second_growth():
    (f,) = figures("В 2024 году товарооборот вырос на 100 %, или в 2 раза, к 2023 году.")
    assert f["growth"]["change"] == Decimal(100)


def test_a_year_still_ahead_after_k_is_a_target_not_a_base():
    (f,) = figures("Стороны намерены увеличить товарооборот в два раза к 2030 году.")
    assert f["period"] == "2030"
