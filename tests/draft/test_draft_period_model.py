"""The span in force for a figure that names none of its own (issue #10, periods11): what it
is compared with dates it, a start runs to the release, an estimate goes on with the span
before as an actual figure does, a day's date dates no expectation; the half-year said as
«полгода», months in the instrumental and a season's start. Sentences written for these
tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context
from memogen.draft.periods import Mention, dated_by_base, mentions, up_to_release
from memogen.facts.periods import Period

RELEASE = dt.date(2024, 9, 16)


def figures(*said: str, release: dt.date = RELEASE) -> list[dict]:
    return figures_read(said, Context(release))


def spans(text: str, release: dt.date = RELEASE) -> list[tuple[str, str]]:
    return [(str(m.period), m.role) for m in mentions(text, release)]


def periods_of(found: list[dict]) -> list[tuple[str, Decimal | None]]:
    return [(f["period"], f.get("value")) for f in found]


# --- what a figure is compared with dates it


@pytest.mark.parametrize(
    "said",
    [
        ("Поставки в республику составили 41,3 млн долларов и прибавили 12 % к аналогичному периоду 2023 года.",),
        ("Продажи нашей техники достигли 41,3 млн долларов, что на 12 % больше, чем за тот же период 2023 года.",),
    ],
)
def test_a_figure_compared_with_the_same_span_of_a_year_is_of_the_year_after(said):
    found = figures(*said)
    assert periods_of(found) == [("2024", Decimal("41.3"))]
    assert found[0]["status"] == "preliminary"  # the year still runs: its months are not named


def test_the_other_flow_of_the_sentence_takes_the_same_year():
    found = figures("Экспорт составил 8 млн долларов и вырос на 20 % к аналогичному периоду 2023 года, "
                    "а импорт — 2 млн долларов.")
    assert [f["period"] for f in found] == ["2024", "2024"]


def test_months_of_the_base_date_a_figure_of_the_running_year():
    found = figures("Товарооборот за январь–май 2024 года составил 90 млн долларов.",
                    "Товарооборот нынешнего года на 5 % уступает уровню января–мая 2023 года.")
    assert [f["period"] for f in found] == ["2024-01..05"]  # the growth joins the figure of those months


def test_months_in_the_instrumental_are_a_base_not_the_figure_s_year():
    assert spans("по сравнению с январём–июнем 2023 года") == [("2023-01..06", "base")]
    found = figures("Товарооборот за январь–июнь 2024 года составил 90 млн долларов.",
                    "Импорт по сравнению с январём–июнем 2023 года вырос вдвое и составил 60 млн долларов.")
    assert periods_of(found)[1] == ("2024-01..06", Decimal(60))


def test_a_year_the_figure_names_stays_its_own():
    found = figures("Товарооборот за 9 месяцев вырос на 10 % к аналогичному периоду прошлого года "
                    "и составил 50 млн долларов (в 2023 году — 41 млн долларов).")
    assert ("2023", Decimal(41)) in periods_of(found)


def test_a_base_adds_nothing_to_the_months_the_figure_names():
    months = Mention(Period(2024, 1, 6, "months"), "period", "за январь–июнь", 0, 10)
    base = Mention(Period(2023, 1, 6, "months"), "base", "января–июня 2023 года", 30, 50)
    assert dated_by_base(months, False, [base], RELEASE) is None
    assert dated_by_base(None, False, [base], RELEASE).period == Period(2024, 1, 6, "months")


def test_no_span_after_the_release_is_read_from_a_base():
    base = Mention(Period(2024, 1, 12, "year"), "base", "аналогичному периоду 2024 года", 0, 10)
    assert dated_by_base(None, False, [base], RELEASE) is None


# --- a start runs to the release's month


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("С 1 июля в республику отгрузили 300 тонн масла.", "2024-07..09"),
        ("С марта предприятие поставило товаров на 20 млн долларов.", "2024-03..09"),
        ("С начала лета туда отправили 800 тонн зерна.", "2024-06..09"),
        ("С 2019 года туда поставили товаров на 2 млрд долларов.", "2019-01..2024-09"),
    ],
)
def test_what_was_done_since_a_start_is_of_the_months_up_to_the_release(text, span):
    found = [f for f in figures(text) if f.get("value") is not None]
    assert [f["period"] for f in found] == [span]


def test_growth_since_a_start_has_no_span_of_its_own():
    found = figures("С 2019 года товарооборот вырос вдвое.")
    assert found[0]["period"] != "2019-01..2024-09"


def test_a_start_in_the_release_s_month_is_that_month():
    since = Mention(Period(2024, 9, 9, "month"), "since", "с 1 сентября", 0, 12)
    assert str(up_to_release(since, RELEASE).period) == "2024-09"
    later = Mention(Period(2024, 10, 10, "month"), "since", "с 1 октября", 0, 12)
    assert up_to_release(later, RELEASE) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с 1 июня", [("2024-06", "since")]),
        ("с начала осени прошлого года", [("2023-09", "since")]),
        ("за первые полгода", [("2024-H1", "period")]),
        ("за первые полгода 2023 года", [("2023-H1", "period")]),
        ("за последние полгода", [("2024-03..08", "period")]),
        ("среди итогов уходящего года", [("2024", "period")]),
    ],
)
def test_starts_and_half_years_in_other_words(text, expected):
    assert spans(text) == expected


# --- an estimate goes on with the span before; a day's date dates no expectation


def test_an_estimate_goes_on_with_the_year_the_sentence_before_named():
    found = figures("По итогам 2023 года товарооборот составил 300 млн долларов.", "Импорт оценивается в 100 млн долларов.")
    assert [f["period"] for f in found] == ["2023", "2023"]


@pytest.mark.parametrize(
    "text",
    [
        "На переговорах 14–15 мая 2023 года президенты говорили, что товарооборот нужно довести до 300 млн долларов.",
        "Выступая 3 марта 2023 года, министр поставил задачу выйти на 300 млн долларов товарооборота.",
    ],
)
def test_the_day_something_was_said_is_no_span_of_a_target(text):
    found = figures(text)
    assert found[0]["period"] != "2023"


# --- «за тот же период прошлого года» as a figure's own span


def test_the_same_span_last_year_is_the_span_in_force_a_year_before():
    found = figures("За восемь месяцев 2024 года товарооборот составил 410 млн долларов.",
                    "За тот же период прошлого года товарооборот составлял 330 млн долларов.")
    assert periods_of(found) == [("2024-01..08", Decimal(410)), ("2023-01..08", Decimal(330))]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("за аналогичный период 2023 года экспорт составил", "same"),
        ("экспорт на 8 % больше, чем за аналогичный период 2023 года", "base"),
        ("вырос к аналогичному периоду 2023 года", "base"),
    ],
)
def test_the_same_span_is_the_figure_s_own_only_after_za_or_v(text, role):
    assert [r for _, r in spans(text)] == [role]


# --- a lead stated before the release names any span


def test_a_lead_s_growth_takes_the_span_of_the_level_after_it():
    found = figures("Товарооборот с республикой вырос на 14 %.", "По итогам 2023 года он составил 260 млн долларов.")
    assert len(found) == 1
    assert (found[0]["period"], found[0]["value"], found[0]["growth"]["change"]) == ("2023", Decimal(260), 14)


def test_a_headline_s_growth_the_body_states_again_is_the_body_s():
    found = figures("Экспорт в республику вырос на 30 %",
                    "В январе–июне 2024 года экспорт в республику вырос на 30,4 % и составил 75 млн долларов.")
    assert len(found) == 1
    assert (found[0]["period"], found[0]["growth"]["change"]) == ("2024-01..06", Decimal("30.4"))


def test_a_lead_said_of_today_takes_no_span_of_the_sentence_after():
    found = figures("На сегодня товарооборот превышает 900 млн долларов.", "В 2022 году он составил 700 млн долларов.")
    assert sorted(f["period"] for f in found) == ["2022", "unstated"]


def test_a_lead_forecast_takes_no_span_of_the_sentence_after():
    found = figures("Товарооборот превысит 500 млн долларов.", "В 2023 году он составил 400 млн долларов.")
    assert found[0]["period"] == "unstated"


def test_a_lead_s_growth_stated_again_further_on_joins_no_other_figure():
    found = figures("Товарооборот с республикой вырос на 12 %",
                    "В 2023 году товарооборот составил 2,5 млрд долларов.",
                    "Стороны обсудили новые проекты.",
                    "За девять месяцев 2024 года товарооборот вырос на 12 %.")
    grown = [f for f in found if f.get("growth")]
    assert [(f["period"], f["growth"]["change"]) for f in grown] == [("2024-01..09", 12)]
