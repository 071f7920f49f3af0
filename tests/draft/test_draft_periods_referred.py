"""Periods a figure takes from the sentence before it (issue #10): a count of what was done
in the period the sentence before named, not at the release's own event. Sentences written
for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 4, 15)


def figures(*said: str, release: dt.date = RELEASE) -> list[dict]:
    return figures_read(said, Context(release))


def counts(*said: str) -> list[tuple[str, object]]:
    return [(f["period"], f["value"]) for f in figures(*said) if f["indicator"] == "count"]


@pytest.mark.parametrize(
    ("said", "period"),
    [
        (("В 2023 году экспорт вырос втрое и составил 40 млн долларов.",
          "Рост обеспечила продажа более 300 белорусских комбайнов."), "2023"),
        (("За январь–февраль товарооборот составил 9 млн долларов.",
          "Было отгружено 45 грузовиков."), "2025-01..02"),
        (("В течение 2025 года партнёр должен поставить 50 тыс. тонн зерна.",
          "Белорусская сторона уже отправила первые 80 тракторов."), "2025"),
    ],
)
def test_a_count_of_what_was_done_takes_the_period_of_the_sentence_before(said, period):
    assert counts(*said)[0][0] == period


@pytest.mark.parametrize(
    "said",
    [
        ("В 2024 году товарооборот составил 96 млн долларов.", "В ходе визита стороны подписали 5 контрактов."),
        ("В 2024 году товарооборот составил 96 млн долларов.", "В выставке участвовали 40 компаний."),
    ],
)
def test_a_count_at_the_release_s_event_keeps_the_release_s_month(said):
    assert counts(*said)[0][0] == "2025-04"


def test_a_count_of_how_things_stand_takes_no_period_from_the_sentence_before():
    said = ("В 2024 году товарооборот составил 96 млн долларов.", "Сейчас с партнёрами работают 25 предприятий.")
    assert counts(*said)[0][0] != "2024"


def periods_of(*said: str) -> list[tuple[str, object]]:
    return [(f["period"], f.get("value")) for f in figures(*said)]


@pytest.mark.parametrize(
    ("then", "period"),
    [
        ("Тогда стороны заключили договоры на 30 млн долларов.", "2023-10"),
        ("На тот момент портфель контрактов составлял 30 млн долларов.", "2023-10"),
        ("И тогда были подписаны контракты на 30 млн долларов.", "2023-10"),
    ],
)
def test_then_opening_a_sentence_is_the_time_the_sentence_before_named(then, period):
    said = ("Главы государств встретились в октябре 2023 года на форуме в Гродно.", then)
    assert periods_of(*said) == [(period, 30)]


def test_then_after_a_sentence_with_no_time_borrows_none():
    said = ("В 2021 году экспорт составил 20 млн долларов.", "Стороны обсудили логистику.",
            "Тогда стороны заключили договоры на 30 млн долларов.")
    assert ("2021", 30) not in periods_of(*said)



@pytest.mark.parametrize(
    "said",
    [
        "До конца года начнут выполняться контракты: 500 тракторов предстоит поставить в 2025–2027 годах.",
        "В этом году стороны продолжат работу; экспорт составит 90 млн долларов в 2025–2027 годах.",
    ],
)
def test_a_period_of_the_amount_s_own_statement_beats_one_of_the_statement_before(said):
    assert [f["period"] for f in figures(said)] == ["2025..2027"]


def test_a_period_of_an_earlier_statement_still_holds_when_the_amount_s_names_none():
    said = "В 2024 году товарооборот составил 300 млн долларов: экспорт — 180 млн долларов, импорт — 120 млн долларов."
    assert {f["period"] for f in figures(said)} == {"2024"}


@pytest.mark.parametrize(
    "aside",
    [
        "(пошлины подняли только в конце декабря)",
        "(в декабре 2023 года экспорт составлял 3 млн долларов)",
    ],
)
def test_a_period_in_brackets_is_no_period_of_the_sentence_after(aside):
    said = (f"За январь–март экспорт вырос на 20 % {aside}.", "Импорт сократился на 12 %.")
    imports = [f for f in figures(*said) if f["indicator"] == "imports"]
    assert [f["period"] for f in imports] == ["2025-01..03"]


@pytest.mark.parametrize(
    "said",
    [
        ("12 марта 2025 года министры провели переговоры в Минске.", "Стороны условились довести товарооборот до 300 млн долларов."),
        ("Встреча прошла 3 апреля 2025 года.", "Товарооборот планируется увеличить до 1 млрд долларов."),
    ],
)
def test_the_year_of_a_day_before_is_no_period_of_a_target(said):
    turnover = [f for f in figures(*said) if f["indicator"] == "turnover"]
    assert [f["period"] for f in turnover] == ["unstated"]


def test_the_year_of_a_day_still_dates_what_was_done_then():
    said = ("12 марта 2025 года министры провели переговоры.", "Экспорт составил 30 млн долларов.")
    assert [f["period"] for f in figures(*said)] == ["2025"]


@pytest.mark.parametrize(
    ("said", "period"),
    [
        ("Стороны готовы вернуться к уровню 2019 года, когда экспорт составил 80 млн долларов.", "2019"),
        ("Объёмы пока ниже, чем в 2021 году, когда импорт достиг 40 млн долларов.", "2021"),
    ],
)
def test_an_amount_in_a_when_clause_is_of_the_time_before_it(said, period):
    found = figures(said)
    assert [(f["period"], f.get("status", "actual")) for f in found] == [(period, "actual")]


@pytest.mark.parametrize(
    "said",
    [
        "За январь–март экспорт составил 20 млн долларов, что на 10 % больше, чем за те же месяцы 2024 года.",
        "Экспорт за январь–март вырос на 10 % в сравнении с теми же месяцами 2024 года.",
    ],
)
def test_the_same_months_of_a_year_before_are_a_base_in_every_case(said):
    found = figures(said, "Импорт вырос на 5 %.")
    assert {f["period"] for f in found} == {"2025-01..03"}


@pytest.mark.parametrize(
    "said",
    [
        "В стране создано 9 сборочных производств: там будет выпущено 700 машин.",
        "Туда уже отправлено 30 автобусов, а к концу года их число должно вырасти до 50.",
    ],
)
def test_a_clause_that_reports_what_was_done_is_actual_whatever_the_sentence_expects(said):
    first = figures(said)[0]
    assert first.get("status", "actual") == "actual"


@pytest.mark.parametrize(
    "said",
    [
        ("За последние три года экспорт вырос вдвое.", "На сегодня туда поставлено 40 тракторов."),
        ("За последние три года экспорт вырос вдвое.",
         "На сегодня туда поставлено 40 тракторов, а до конца 2025 года их будет 60."),
    ],
)
def test_today_after_a_period_that_is_over_is_not_of_that_period(said):
    assert counts(*said)[0] in (("unstated", 40), ("2025-04", 40))


def test_today_in_the_running_year_keeps_the_year():
    said = ("В этом году экспорт растёт.", "На сегодня туда поставлено 40 тракторов.")
    assert counts(*said)[0][0] != "unstated"
