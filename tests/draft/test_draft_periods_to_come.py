"""Which period a figure takes when it is still to come or dated by an event (issue #10): a
month named with its year in any case is that month; a part of a month («в конце ноября»,
«на третью декаду сентября») and a season («осенью», «в конце осени») are months; a month
still to come in a sentence that speaks ahead is this year's, not last year's; an event's
date in a clause of its own gives a figure to come at it that year, and a past act's date
gives it none; deals still to be signed take no month of the release; a month or season
of the sentence before is no period of an expectation that names none. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context
from memogen.draft.periods import mentions


def periods(text: str, release: dt.date) -> list[str]:
    return [str(m.period) for m in mentions(text, release) if m.period is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Начало положил март 2019 года, когда стороны встретились впервые.", ["2019-03"]),
        ("Сделку заключили в середине февраля 2022 года.", ["2022-02"]),
        ("В конце осени на склад прибыли новые машины.", ["2023-11"]),
        ("Летом 2021 года завод расширили.", ["2021-06..08"]),
        ("Соглашение от 12 мая 2018 года действует и сейчас.", ["2018"]),
    ],
)
def test_months_parts_of_months_and_seasons(text, expected):
    assert periods(text, dt.date(2024, 3, 5)) == expected


def test_a_month_to_come_is_this_year_s_when_the_sentence_speaks_ahead():
    release = dt.date(2024, 6, 10)
    assert periods("В сентябре заводы отгрузили 50 машин.", release) == ["2023-09"]
    assert periods("В сентябре планируется открыть новую линию.", release) == ["2024-09"]
    assert periods("Осенью откроют сборочный цех.", release) == ["2024-09..11"]
    assert periods("Ярмарка намечена на вторую декаду октября.", release) == ["2024-10"]


def figures(*said: str, release: dt.date = dt.date(2022, 5, 12)) -> list[dict]:
    return figures_read(said, Context(release))


def test_deals_to_come_at_an_event_dated_in_a_clause_of_its_own_take_its_year():
    (found,) = figures("На ярмарке, которая намечена на вторую декаду сентября, рассчитывают заключить "
                       "контракты на сумму 40 млн долларов.")
    assert found["indicator"] == "contracts" and found["period"] == "2022" and found["status"] == "forecast"


def test_a_past_act_dated_in_a_clause_of_its_own_dates_no_figure_to_come():
    (found,) = figures("Стороны вспомнили о задаче, которую поставили в марте 2019 года: довести товарооборот "
                       "до 300 млн долларов.")
    assert found["period"] == "unstated" and found["status"] == "target"


def test_deals_still_to_be_signed_take_no_month_of_the_release():
    (found,) = figures("На выставке планируется подписать договоры на 12 млн долларов.")
    assert found["period"] == "unstated" and found["status"] == "forecast"


def test_what_signed_contracts_will_deliver_is_their_value_of_the_release_month():
    found = figures("По этим контрактам наши заводы поставят партнёрам технику на 9 млн долларов.")
    assert [(f["period"], f.get("status")) for f in found] == [("2022-05", None)]


def test_a_season_of_the_sentence_before_is_no_period_of_a_plan_that_names_none():
    found = figures("Осенью в стране откроют сборочный цех.", "Выпускать там намерены более 20 моделей.",
                    release=dt.date(2022, 7, 1))
    assert [(f["period"], f["status"]) for f in found] == [("unstated", "target")]


def test_the_year_of_the_sentence_before_still_dates_a_plan():
    found = figures("В 2023 году стороны начнут совместный проект.", "Выпускать намерены 30 машин.")
    assert [(f["period"], f["status"]) for f in found] == [("2023", "target")]
