"""Periods said by two months in a row and by «the whole year» (issue #10): «в январе и
феврале» is the run of both months; «за весь год» after a part of a year is that year,
and a level that year «составит» when the year is already over at the release is
preliminary, not a forecast. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.draft.drafted import figures_for

from memogen.draft.periods import mentions


def _periods(text: str, release: dt.date) -> list[str]:
    return [str(m.period) for m in mentions(text, release) if m.period is not None]


def test_two_months_in_a_row_are_one_run():
    assert _periods("В январе и феврале экспорт вырос на 12 %.", dt.date(2025, 3, 20)) == ["2025-01..02"]
    assert _periods("За январь и февраль 2024 года экспорт вырос.", dt.date(2025, 3, 20)) == ["2024-01..02"]


def test_two_months_apart_are_no_run():
    assert not any(".." in p for p in _periods("В январе и марте прошли две ярмарки.", dt.date(2025, 6, 2)))


def test_the_whole_year_after_a_part_of_it_is_that_year():
    text = "За девять месяцев торговля превысила 3 млрд долларов, а за весь год она составит около 4 млрд."
    found = figures_for(dt.date(2025, 11, 20), "Республика Узбекистан", text)
    assert [(f["period"], f.get("status", "actual")) for f in found] == [("2025-01..09", "actual"), ("2025", "forecast")]


def test_a_level_to_come_of_a_year_already_over_is_preliminary():
    text = "За 10 месяцев торговля превысила 3 млрд долларов, а за весь год она составит около 4 млрд."
    found = figures_for(dt.date(2026, 1, 20), "Республика Узбекистан", text)
    assert [(f["period"], f.get("status", "actual")) for f in found] == [
        ("2025-01..10", "actual"), ("2025", "preliminary"),
    ]


def test_a_sum_over_the_last_years_is_one_total_over_them():
    text = "За последние три года Беларусь поставила в Индонезию 420 тыс. тонн удобрений."
    found = figures_for(dt.date(2019, 4, 10), "Республика Индонезия", text)
    assert [f["period"] for f in found] == ["2016-01..2018-12"]


def test_a_level_held_in_each_of_the_last_years_is_drafted_for_each():
    text = "В последние два года товарооборот превышал 900 млн долларов."
    found = figures_for(dt.date(2019, 4, 10), "Республика Индонезия", text)
    assert sorted(f["period"] for f in found) == ["2017", "2018"]


def test_growth_over_the_last_years_dates_the_level_by_the_latest():
    text = "За последние пять лет товарооборот вырос вдвое и составил 900 млн долларов."
    found = figures_for(dt.date(2019, 4, 10), "Республика Индонезия", text)
    assert [f["period"] for f in found] == ["2018"]


def test_a_level_that_was_reached_is_no_forecast():
    text = "Министр напомнил, что в прошлом году был достигнут рекордный объём торговли в 1,8 млрд долларов."
    (figure,) = figures_for(dt.date(2023, 4, 20), "Республика Индонезия", text)
    assert (figure["period"], figure.get("status", "actual")) == ("2022", "actual")


def test_a_sum_over_the_years_keeps_a_growth_against_a_year_of_its_own():
    text = "За последние три года Беларусь поставила в Индонезию 420 тыс. тонн удобрений (112 % к 2017 году)."
    found = figures_for(dt.date(2019, 4, 10), "Республика Индонезия", text)
    assert [f["period"] for f in found] == ["2016-01..2018-12"]


def test_the_year_gone_by_is_last_year_and_the_years_gone_by_are_none():
    assert _periods("За прошедший год губернатор трижды побывал в Минске.", dt.date(2025, 2, 11)) == ["2024"]
    assert _periods("За прошедшие годы товарооборот вырос в 8 раз.", dt.date(2025, 2, 11)) == []
