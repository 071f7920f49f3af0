"""A total stated over a run of years («в 2021–2025 годах», «за 2019–2023 гг.», «на период
2024–2028 годов») is one figure over the run (`2021..2025`), never its last year nor each
year; «до 2028 года» ending the run named before sums that run, «к 2028 году» (by) is a
level of that year (issue #10). Sentences written for these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context
from memogen.draft.periods import mentions

RELEASE = dt.date(2025, 6, 9)


def read(*sentences: str) -> list[tuple]:
    return [(f["indicator"], f["period"], f.get("value"), f.get("status"))
            for f in figures_read(sentences, Context(RELEASE))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("За 2020–2024 годы товарооборот составил 3,1 млрд долларов.", ("turnover", "2020..2024", Decimal("3.1"), None)),
        ("В 2019–2023 гг. объём инвестиций в экономику области составил 200 млн долларов.",
         ("investment", "2019..2023", Decimal(200), None)),
        ("На период 2025–2027 годов объём инвестиций составит 90 млн долларов.",
         ("investment", "2025..2027", Decimal(90), "forecast")),
    ],
)
def test_a_total_over_a_run_of_years_is_one_figure_over_the_run(text, expected):
    assert read(text) == [expected]


def test_a_run_in_the_genitive_plural_is_read_whole():
    (m,) = mentions("на стратегический период 2024–2028 годов", RELEASE)
    assert m.years == (2024, 2028)


@pytest.mark.parametrize(
    "sentences",
    [
        ("Программа сотрудничества рассчитана на 2024–2028 годы.", "До 2028 года объём инвестиций составит 700 млн долларов."),
        ("Стратегия банка охватывает период 2024–2028 годов.", "Банк работает с частным сектором.",
         "«До 2028 года объём наших инвестиций составит 700 млн долларов», — сказал он."),
    ],
)
def test_until_the_last_year_of_a_run_named_before_sums_the_run(sentences):
    assert read(*sentences) == [("investment", "2024..2028", Decimal(700), "target")]


def test_by_a_year_is_that_years_level_even_after_a_run():
    found = read("Подписана программа сотрудничества на 2024–2026 годы.",
                 "Стороны поставили задачу к 2026 году довести товарооборот до 300 млн долларов.")
    assert [(f[1], f[2]) for f in found] == [("2026", Decimal(300))]
