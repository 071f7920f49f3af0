"""A figure that names no span of its own but is compared with a whole year in its own
statement («по сравнению с прошлым годом вырос втрое», «прибавил к 2022 году 5 млн») is of
the year after that one (issue #10, periods14); a year compared with long before, or a figure
with a span of its own, takes nothing from it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_read

from memogen.draft.figures import Context


def periods_of(*said: str, release: dt.date) -> list[tuple[str, Decimal | None]]:
    return [(f["period"], f.get("value")) for f in figures_read(said, Context(release))]


def test_an_amount_gained_against_a_year_is_of_the_year_after():
    said = "Экспорт области в Казахстан прибавил к 2022 году 5 млн долларов и достиг 80 млн долларов."
    assert ("2023", Decimal(80)) in periods_of(said, release=dt.date(2024, 3, 10))


def test_growth_against_last_year_named_first_is_of_the_year_of_the_release():
    said = "Главы государств отметили, что по сравнению с прошлым годом товарооборот вырос почти вдвое."
    assert periods_of(said, release=dt.date(2023, 12, 27)) == [("2023", None)]


def test_a_year_long_before_dates_nothing():
    said = "Министр напомнил, что по сравнению с 2015 годом товарооборот вырос втрое."
    assert periods_of(said, release=dt.date(2024, 9, 16)) == [("unstated", None)]


def test_a_span_of_its_own_stays():
    said = "В 2023 году экспорт вырос на 10 % по сравнению с 2021 годом и составил 40 млн долларов."
    assert periods_of(said, release=dt.date(2024, 9, 16)) == [("2023", Decimal(40))]
