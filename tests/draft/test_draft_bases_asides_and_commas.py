"""What a growth compares with when its base comes before the rate or is «уровень» of a
year, who holds a place listed after an aside in brackets, and hedges written with a
comma before «чем» (issue #10). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for
from tests.draft.drafted import growth_of as _growth_of

RELEASE = dt.date(2012, 9, 20)


def growth_of(figure: dict) -> dict | None:
    return _growth_of(figure)


def test_a_forecast_whose_base_comes_before_the_rate_compares_with_that_base():
    text = "По прогнозу, в этом году товарооборот составит 900 млн долларов и вырастет по сравнению с прошлым годом примерно на 30 %."
    (figure,) = figures_for(RELEASE, "Брянская область", text)
    # the year before is the default base: no `versus`, and no «unstated» either
    assert figure["status"] == "forecast"
    assert growth_of(figure) == {"change": Decimal("30"), "qualifier": "около"}


def test_a_base_year_before_the_rate_is_kept():
    text = "В 2011 году товарооборот снизился по сравнению с 2008 годом на 12 %."
    (figure,) = figures_for(RELEASE, "Брянская область", text)
    assert growth_of(figure) == {"change": Decimal("-12"), "versus": "2008"}


def test_the_level_of_a_year_is_a_base_and_a_start_elsewhere_is_none():
    first = ("В 2011 году товарооборот достиг 700 млн долларов, что стало лучшим результатом с 1995 года "
             "и на 20 % превышает уровень 2010 года.")
    second = "Экспорт составил 300 млн долларов."
    found = figures_for(RELEASE, "Брянская область", first, second)
    assert [(f["period"], growth_of(f)) for f in found] == [
        ("2011", {"change": Decimal("20")}),
        ("2011", None),
    ]


def test_an_aside_in_brackets_names_no_holder_of_the_next_place():
    text = ("Беларусь среди партнёров области занимает по товарообороту пятое место среди всех стран "
            "(после Китая, Германии и Турции) и первое место — среди стран СНГ.")
    found = figures_for(RELEASE, "Брянская область", text)
    assert [(f["rank"]["position"], f["rank"]["holder"]) for f in found] == [(5, "ours"), (1, "ours")]


@pytest.mark.parametrize(
    ("text", "where", "hedge"),
    [
        ("В первом полугодии 2012 года торговля сократилась более, чем на 15 %.", "growth", "более"),
        ("В 2011 году товарооборот составил более, чем 400 млн долларов.", "value", "более"),
        ("В 2011 году экспорт вырос не менее, чем на 10 %.", "growth", "не менее"),
    ],
)
def test_a_hedge_with_a_comma_before_chem_is_read(text, where, hedge):
    (figure,) = figures_for(RELEASE, "Брянская область", text)
    said = figure["growth"]["qualifier"] if where == "growth" else figure["qualifier"]
    assert said == hedge
