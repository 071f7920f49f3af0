"""Periods named in a sentence, resolved against the release's date (`memogen.draft.periods`)."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.periods import mentions

RELEASE = dt.date(2025, 8, 25)


def read(text: str, release: dt.date = RELEASE) -> list[tuple[str, str]]:
    return [(str(m.period) if m.period else str(m.years), m.role) for m in mentions(text, release)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("в январе–июне этого года", "2025-01..06"),
        ("во II квартале 2025 года", "2025-Q2"),
        ("по итогам трёх кварталов этого года", "2025-01..09"),
        ("за два квартала", "2025-01..06"),
        ("в III квартале 2024 года", "2024-Q3"),
        ("в IV квартале 2024 года", "2024-Q4"),
        ("В январе - июне этого года", "2025-01..06"),
        ("в январе–сентябре 2022 года", "2022-01..09"),
        ("по итогам прошлого года", "2024"),
        ("в прошлом году", "2024"),
        ("за прошлый год", "2024"),
        ("этого года", "2025"),
        ("в текущем году", "2025"),
        ("по итогам 2024 года", "2024"),
        ("в 2020 году", "2020"),
        ("за 8 месяцев", "2025-01..08"),
        ("за девять месяцев этого года", "2025-01..09"),
        ("за десять месяцев 2023 года", "2023-01..10"),
        ("в первом полугодии", "2025-H1"),
        ("по итогам первого полугодия 2025 года", "2025-H1"),
        ("во втором полугодии 2024 г.", "2024-H2"),
        ("в I квартале 2025 г.", "2025-Q1"),
        ("за март", "2025-03"),
        ("в последние два года", "2024"),
    ],
)
def test_each_period_phrase(text, period):
    assert read(text) == [(period, "period")]


def test_by_the_end_of_the_year_is_a_target_for_the_releases_year():
    assert read("к концу года") == [("2025", "target")]
    assert read("до конца текущего года") == [("2025", "target")]


def test_months_later_than_the_release_are_last_years():
    assert read("в январе–октябре", dt.date(2024, 3, 1)) == [("2023-01..10", "period")]
    assert read("за 11 месяцев", dt.date(2024, 3, 1)) == [("2023-01..11", "period")]


def test_the_base_of_a_growth_is_no_period_of_the_figure():
    assert read("составил $316,4 млн, что составляет 100,9% к уровню аналогичного периода прошлого года") == [
        ("2024", "base")
    ]
    assert read("на 20,9 % больше, чем в 2022 году") == [("2022", "base")]


def test_a_start_a_target_and_a_term_are_told_apart():
    assert read("с 2009 года белорусские предприятия участвуют") == [("2009", "since")]
    assert read("к 2030 году довести до $2 млрд") == [("2030", "target")]
    assert read("программу на 2026-2028 годы") == [("(2026, 2028)", "term")]


def test_since_the_start_of_the_year_is_the_year_so_far_marked_preliminary():
    # `2025-YTD` where the facts model has it (issue #9), else the year
    (m,) = mentions("с начала года", RELEASE)
    assert str(m.period) in ("2025-YTD", "2025") and m.preliminary
    (m,) = mentions("С начала 2023 года он продолжает расти", RELEASE)
    assert str(m.period) in ("2023-YTD", "2023") and m.preliminary


def test_a_day_and_month_is_no_period():
    assert read("17 ноября губернатор прибыл в Минск") == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("за полтора месяца этого года", "2025-01..02"),
        ("за полтора квартала 2024 года", "2024-01..05"),
        ("за два с небольшим месяца", None),  # no count of months it names
        ("за два месяца этого года", "2025-01..02"),
        ("за три квартала этого года", "2025-01..09"),
    ],
)
def test_a_part_of_a_month_counted_from_the_year_start_takes_the_month_it_falls_in(text, period):
    found = [str(m.period) for m in mentions(text, RELEASE) if m.period is not None]
    assert found == ([period] if period else [])
