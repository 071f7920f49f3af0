"""Moves between two levels and the growth of a span (issue #10): «с X до Y» with its
multiple in the next sentence, «до X с Y в ‹period›», a year with its noun elided («в
2016-м»), a fall over years stated before «если в ‹year› …, то в ‹year› …», shares that
moved («с 1,27 % до 1,04 %», «до 2 % против 1,5 %»).
Sentences written for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, growth_of

from memogen.draft.figures import Context

RELEASE = dt.date(2024, 5, 14)


def figures(*said: str) -> list[dict]:
    return figures_read(said, Context(RELEASE))


@pytest.mark.parametrize(
    "said",
    [
        ("За пять лет товарооборот с краем вырос с 80 млрд до 150 млрд российских рублей.",
         "Иными словами, торговля увеличилась почти в 1,9 раза."),
        ("Объём торговли поднялся со 80 млрд до 150 млрд рублей.",
         "Таким образом, товарооборот вырос почти в 1,9 раза."),
    ],
)
def test_a_multiple_stated_in_the_next_sentence_is_the_growth_of_the_level_reached(said):
    start, reached = figures(*said)
    assert (start["value"], reached["value"]) == (Decimal(80), Decimal(150))
    assert start.get("currency") == reached.get("currency") == "RUB"  # the start is in the currency named after
    assert growth_of(start) is None
    assert growth_of(reached) == {"times": Decimal("1.9"), "qualifier": "почти"}


@pytest.mark.parametrize(
    ("text", "reached", "start"),
    [
        ("Поставки в край, напротив, сократились — до 40,2 млн долларов с 55,8 млн долларов в январе–марте 2023 года.",
         Decimal("40.2"), Decimal("55.8")),
        ("Экспорт снизился до 12 млн долларов со 17 млн долларов в январе–марте 2023 года.",
         Decimal(12), Decimal(17)),
    ],
)
def test_the_period_after_the_starting_level_is_the_start_s_alone(text, reached, start):
    found = figures("За январь–март 2024 года товарооборот составил 90 млн долларов.", text)
    levels = {f["value"]: f["period"] for f in found}
    assert str(levels[reached]) == "2024-01..03"  # the level reached: the period before
    assert str(levels[start]) == "2023-01..03"


@pytest.mark.parametrize(
    "said",
    [
        ("За три года торговля с Перу сократилась более чем в 20 раз.",
         "Если в 2020 году стороны наторговали на $60 млн, то в 2023-м — лишь на $2,9 млн."),
        ("За три года товарооборот с Перу упал более чем в 20 раз.",
         "В 2020 году он составлял $60 млн, а в 2023-м — только $2,9 млн."),
    ],
)
def test_a_fall_over_years_joins_the_level_the_span_ended_at(said):
    found = figures(*said)
    assert [(str(f["period"]), f["value"]) for f in found] == [("2020", Decimal(60)), ("2023", Decimal("2.9"))]
    assert growth_of(found[0]) is None
    assert growth_of(found[1]) == {"times": Decimal(20), "fall": True, "qualifier": "более", "years": 3}


@pytest.mark.parametrize(
    ("text", "percent", "previous"),
    [
        ("Удельный вес Беларуси в импорте страны снизился с 2,35 % до 1,8 %.", Decimal("1.8"), Decimal("2.35")),
        ("Доля Беларуси в экспорте Перу выросла до 0,75 % против 0,2 % годом ранее.", Decimal("0.75"), Decimal("0.2")),
        ("Доля республики в импорте страны за этот период поднялась с 3,1 % до 4,25 %.", Decimal("4.25"), Decimal("3.1")),
    ],
)
def test_a_share_that_moved_is_one_share_with_its_previous_level(text, percent, previous):
    (found,) = figures(text)
    assert (found["share"]["percent"], found["share"]["previous"]) == (percent, previous)
    assert "за" not in found["share"]["whole"].split()  # the period is no part of the whole
