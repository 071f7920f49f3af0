"""Growth over a span of years set against a level by «, а» is a figure of its own; a span
carried into the next sentence gives a level its latest year, not each year; «теми же
месяцами прошлого года» is a base, never the period (issue #10). Sentences written for
these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, growth_of

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 4, 15)


def read(*sentences: str) -> list[tuple]:
    return [(f["indicator"], f["period"], f.get("value"), growth_of(f)) for f in figures_read(sentences, Context(RELEASE))]


@pytest.mark.parametrize(
    "text, level, grown",
    [
        ("В прошлом году товарооборот составил 120 млн долларов, а за последние четыре года он увеличился в 3 раза.",
         ("turnover", "2024", Decimal(120), None), ("turnover", "2024", None, {"times": Decimal(3), "years": 4})),
        ("Экспорт в 2024 году достиг 80 млн долларов, а за пять последних лет вырос более чем вдвое.",
         ("exports", "2024", Decimal(80), None),
         ("exports", "2024", None, {"times": Decimal(2), "years": 5, "qualifier": "более"})),
    ],
)
def test_growth_over_years_after_a_contrasting_a_is_a_figure_of_its_own(text, level, grown):
    assert read(text) == [level, grown]


def test_growth_over_years_leading_to_the_level_is_still_its_growth():
    assert read("За пять лет товарооборот вырос вдвое и в 2024 году достиг 500 млн долларов.") == [
        ("turnover", "2024", Decimal(500), {"times": Decimal(2), "years": 5})
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Экспорт в республику достиг 50 млн долларов.",
        "Поставки белорусских товаров в край составили 50 млн долларов.",
    ],
)
def test_a_span_carried_from_the_sentence_before_gives_its_latest_year_once(second):
    found = read("В 2024 году товарооборот составил 70 млн долларов, а за последние три года вырос вдвое.", second)
    assert [(f[1], f[2]) for f in found if f[2] == Decimal(50)] == [("2024", Decimal(50))]


@pytest.mark.parametrize(
    "growth_sentence",
    [
        "По сравнению с теми же месяцами прошлого года торговля выросла в 1,5 раза.",
        "В сравнении с теми же месяцами 2024 года товарооборот увеличился в 1,5 раза.",
    ],
)
def test_the_same_months_of_last_year_are_a_base(growth_sentence):
    found = read("За январь–март 2025 года товарооборот достиг 40 млн долларов.", growth_sentence)
    assert found == [("turnover", "2025-01..03", Decimal(40), {"times": Decimal("1.5")})]
