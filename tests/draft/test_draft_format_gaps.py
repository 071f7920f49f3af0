"""Forms the facts format learnt for real releases, drafted from sentences written for
this test: two growths of one figure, each against its own base (the second is a
growth-only figure of the same indicator and period; a second rate with no base of its
own restates the first); growth another flow is said to make, never an amount's; the
sides «между» names, never goods; a count since a year, up to the release's month."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 4, 2)


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(RELEASE))


@pytest.mark.parametrize("sentence, first, second", [
    ("В 2024 году экспорт вырос на 14 % к прошлому году и в 2,2 раза к 2019 году.",
     {"change": Decimal(14)}, {"times": Decimal("2.2"), "versus": "2019"}),
    ("Товарооборот в 2024 году составил 640 млн долларов, увеличившись на 8 % к 2023 году и на 61 % "
     "по сравнению с 2021 годом.", {"change": Decimal(8)}, {"change": Decimal(61), "versus": "2021"}),
    ("Импорт за 2024 год сократился на 3 % к уровню 2023 года, но вырос в 1,4 раза относительно 2020 года.",
     {"change": Decimal(-3)}, {"times": Decimal("1.4"), "versus": "2020"}),
])
def test_a_second_growth_against_its_own_base_is_a_figure_of_its_own(sentence, first, second):
    one, two = figures(sentence)
    assert (one["indicator"], one["period"], one["growth"]) == (two["indicator"], "2024", first)
    assert (two["period"], two.get("value"), two["growth"]) == ("2024", None, second)


def test_over_the_last_years_is_a_second_growth_too():
    one, two = figures("В прошлом году товарооборот вырос на 6 %, а за четыре последних года — на 48 %.")
    assert (one["growth"], two["period"], two["growth"]) == ({"change": Decimal(6)}, "2024",
                                                             {"change": Decimal(48), "years": 4})


def test_a_second_rate_restating_the_first_is_no_second_growth():
    (f,) = figures("В 2024 году товарооборот вырос на 100 %, или в 2 раза, к 2023 году.")
    assert f["growth"]["change"] == Decimal(100)


def test_a_year_still_ahead_after_k_is_a_target_not_a_base():
    (f,) = figures("Стороны намерены увеличить товарооборот в два раза к 2030 году.")
    assert f["period"] == "2030"


# --- growth of another figure beside an amount: a growth-only figure, never the amount's -----------

@pytest.mark.parametrize("sentence, amount, grown", [
    ("Экспорт в 2024 году вырос на 7 %, импорт сократился на 4 %, а товарооборот составил 300 млн долларов.",
     ("turnover", Decimal(300)), [("exports", {"change": Decimal(7)}), ("imports", {"change": Decimal(-4)})]),
    ("За январь–июнь экспорт увеличился на 9,5 %, импорт — на 3 %, сальдо составило 50 млн долларов.",
     ("balance", Decimal(50)), [("exports", {"change": Decimal("9.5")}), ("imports", {"change": Decimal(3)})]),
    ("В 2024 году экспорт составил 120 млн долларов, а импорт вырос на 15 %.",
     ("exports", Decimal(120)), [("imports", {"change": Decimal(15)})]),
    ("Товарооборот в 2024 году достиг 500 млн долларов, при этом экспорт увеличился на 20 %.",
     ("turnover", Decimal(500)), [("exports", {"change": Decimal(20)})]),
])
def test_growth_of_another_indicator_beside_an_amount_is_its_own(sentence, amount, grown):
    found = figures(sentence)
    level = [f for f in found if f.get("value") is not None]
    assert [(f["indicator"], f["value"], f.get("growth")) for f in level] == [(*amount, None)]
    assert sorted((f["indicator"], f["growth"]) for f in found if f.get("value") is None) == grown


def test_growth_before_its_own_amount_stays_with_it():
    (f,) = figures("Импорт в 2024 году снизился на 6 % и составил 80 млн долларов.")
    assert (f["indicator"], f["value"], f["growth"]) == ("imports", Decimal(80), {"change": Decimal(-6)})


@pytest.mark.parametrize("sentence, period, value", [
    ("В 2024 году товарооборот между Беларусью и областью вырос на 9 %, а за январь–май 2025 года превысил "
     "180 млн долларов.", "2025-01..05", "180"),
    ("Торговля между двумя столицами в прошлом году прибавила 4,5 %; за первый квартал она составила 95 млн "
     "долларов.", "2025-Q1", "95"),
])
def test_growth_of_a_clause_before_a_or_a_semicolon_is_not_the_next_amounts(sentence, period, value):
    found = figures(sentence)
    level = [f for f in found if f.get("value") is not None]
    assert [(f["indicator"], f["period"], f["value"], f.get("growth")) for f in level] == [
        ("turnover", period, Decimal(value), None)]


def test_between_two_sides_names_no_goods():
    (f, *_) = figures("За январь–июнь 2025 года товарооборот между республикой и столицей России достиг "
                      "1,4 млрд долларов.")
    assert (f["indicator"], f.get("label"), f["value"]) == ("turnover", None, Decimal("1.4"))


# --- a count since a year, up to the release's month: a run of months across years ----------------

def test_a_count_since_a_year_runs_up_to_the_release():
    ctx = Context(dt.date(2025, 10, 14))
    assert [(f["value"], f["period"]) for f in figures_read(
        ("Начиная с 2018 года заводы республики поставили в край 230 тракторов.",), ctx)] == [
        (Decimal(230), "2018-01..2025-10")]


def test_this_period_refers_to_the_start_named_the_sentence_before():
    ctx = Context(dt.date(2025, 10, 14))
    found = figures_read(("С 2016 года белорусские строители работают в области.",
                          "За это время сдано 14 жилых домов, из них 3 — в 2024 году."), ctx)
    assert [(f["value"], f["period"]) for f in found] == [(Decimal(14), "2016-01..2025-10"), (Decimal(3), "2024")]


@pytest.mark.parametrize("sentence, period", [
    ("С июля 2024 года по июнь 2025 года товарооборот составил 150 млн долларов.", "2024-07..2025-06"),
    ("С октября 2023 по март 2024 г. экспорт достиг 41 млн долларов.", "2023-10..2024-03"),
    ("С марта по июнь 2024 года импорт составил 15 млн долларов.", "2024-03..06"),
    ("За последние 12 месяцев товарооборот составил 300 млн долларов.", "2024-04..2025-03"),
    ("За последние три месяца экспорт составил 20 млн долларов.", "2025-01..03"),
])
def test_a_run_of_months_the_release_names_or_counts_back(sentence, period):
    (f,) = figures(sentence)
    assert (f["period"], f.get("status", "actual")) == (period, "actual")


def test_growth_over_the_last_months_names_no_base():
    (f,) = figures("За последние шесть месяцев экспорт вырос на 8 %.")
    assert (f["period"], f["growth"]) == ("2024-10..2025-03", {"change": Decimal(8), "versus": "unstated"})
