"""When a period of the sentence before dates a count that names none (issue #10,
periods14): not when it is the date of a day (that day's act), nor when it stands in a clause
of its own in that sentence (what that clause tells was done then); nor is a count dated so
whose things a participle in the present says stand now. An event to take place at a time
to come dates no figure after it either. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft.model import supports

RELEASE = dt.date(2024, 10, 8)

pytestmark = pytest.mark.skipif(
    not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts (unit)"
)


def _count_periods(*sentences: str) -> list[str]:
    return [f["period"] for f in figures_for(RELEASE, "Омская область", *sentences) if "unit" in f]


def test_a_deed_of_the_year_before_still_dates_the_count():
    assert _count_periods(
        "В 2023 году товарооборот с областью вырос на 30 %.",
        "Причиной стала продажа в область более 300 белорусских автобусов.",
    ) == ["2023"]


def test_the_date_of_a_day_dates_no_count_after_it():
    assert _count_periods(
        "Соглашение о сотрудничестве области с Беларусью подписано 14 мая 2019 года.",
        "Позже стороны подготовили 12 совместных проектов.",
    ) != ["2019"]


def test_a_year_inside_a_clause_of_its_own_dates_no_count_after_it():
    assert _count_periods(
        "Встреча стала проверкой поручений, которые губернатор дал в прошлом году во время визита в Минск.",
        "Стороны определили ещё около восьми направлений совместной работы.",
    ) == ["2024-10"]  # the meeting's own, of the release's month


def test_a_year_inside_a_clause_that_tells_figures_still_dates_the_count():
    assert _count_periods(
        "Товарооборот, который в 2023 году вырос на 30 %, достиг рекорда.",
        "Причиной стала продажа в область более 300 белорусских автобусов.",
    ) == ["2023"]


@pytest.mark.parametrize(
    "second",
    [
        "Немало для этого сделали 6 торговых домов, работающих в районах области.",
        "Этому помогли 3 тыс. белорусов, живущих в области.",
    ],
)
def test_things_that_stand_now_take_no_year_of_the_sentence_before(second):
    assert _count_periods("В 2023 году товарооборот с областью вырос на 30 %.", second) == ["unstated"]


def test_a_time_an_event_is_to_take_place_dates_no_figure_after_it():
    found = figures_for(
        RELEASE, "Омская область",
        "Итоги подведут на заседании совета.",
        "Оно пройдёт в середине ноября.",
        "«Экспорт — более 80 млн долларов, импорт — около 20 млн долларов», — сказал министр.",
    )
    assert [f["period"] for f in found] == ["unstated", "unstated"]


@pytest.mark.parametrize(
    "text",
    [
        "Участок под птицефабрику на 300 тыс. кур в районе уже отведён.",
        "На переговорах обсудили гостиницу на 250 мест, которую возведут белорусские строители.",
    ],
)
def test_the_size_of_a_thing_is_no_act_of_a_month(text):
    assert _count_periods(text) == ["unstated"]


def test_a_contract_for_a_supply_is_no_size():
    assert _count_periods("На форуме заключён договор на поставку 60 тракторов.") == ["2024-10"]


def test_a_change_by_a_count_is_no_size():
    assert _count_periods("В 2023 году парк автобусов пополнили на 40 машин.") == ["2023"]


def test_the_items_of_a_plan_are_a_count_that_stands():
    assert _count_periods("В новую дорожную карту стороны включили 35 пунктов, в том числе поставки техники.") == [
        "unstated"
    ]


@pytest.mark.parametrize(
    "text",
    ["Индекс деловой активности вырос на 4 пункта.", "Индекс прибавил 3 пункта.", "Это ещё плюс 7 пунктов к росту."],
)
def test_points_a_level_moved_by_are_no_count(text):
    assert _count_periods(text) == []
