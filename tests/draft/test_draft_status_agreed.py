"""A figure's status read from its own statement, and words that are no count or no goods
(issue #10): «…, и если …» begins another statement, an agreed plan's volumes are its
target, a project of supply is planned, plural forecasts, «прибудет» holds no «будет»,
«две трети» is no count, a region's informal name after «товарооборот» is no group of
goods. Sentences written for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft import numbers as num
from memogen.draft.figures import Context

RELEASE = dt.date(2025, 9, 10)


def figures(*said: str) -> list[dict]:
    return figures_read(said, Context(RELEASE))


def status(f: dict) -> str:
    return f.get("status", "actual")


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году товарооборот превысил 1 млрд долларов, и если динамика сохранится, в этом году он будет выше.",
        "В 2023 году экспорт составил 400 млн долларов, причём в этом году ожидается рост.",
        "В 2023 году импорт достиг 90 млн долларов, при этом в 2025 году он, по прогнозу, сократится.",
    ],
)
def test_an_expectation_after_a_turn_leaves_the_measured_figure_actual(text):
    (found,) = figures(text)
    assert found["period"] == "2023" and status(found) == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Стороны согласовали объёмы поставок белорусского молока на 2026 год: они составят 40 тыс. тонн.",
        "Правительства утвердили показатели взаимной торговли на 2026 год — товарооборот составит 2 млрд долларов.",
        "Министерства определили объёмы закупок зерна на 2026 год: они достигнут 300 тыс. тонн.",
    ],
)
def test_what_an_agreed_plan_will_make_is_its_target(text):
    (found,) = figures(text)
    assert found["period"] == "2026" and status(found) == "target"


def test_a_forecast_nobody_agreed_on_stays_a_forecast():
    (found,) = figures("По прогнозу, в 2026 году поставки молока составят 40 тыс. тонн.")
    assert status(found) == "forecast"


@pytest.mark.parametrize(
    "text",
    [
        "Контракты дадут старт проекту по поставке более 700 единиц белорусской техники.",
        "Стороны обсудили проект по сборке 300 тракторов в стране.",
    ],
)
def test_a_project_of_supply_or_assembly_is_planned(text):
    (found,) = figures(text)
    assert status(found) == "target"


def test_arriving_is_no_forecast():
    (found,) = figures("В январе–августе в порт прибудет и уже прибыла 21 партия техники.")
    assert status(found) != "forecast"


@pytest.mark.parametrize(
    "text",
    [
        "Почти две трети продукции области — это экспорт в Россию.",
        "Три четверти поставок приходятся на молочную продукцию.",
        "Две пятых части урожая идёт на экспорт.",
    ],
)
def test_a_fraction_in_words_is_no_count(text):
    assert num.amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "С начала года товарооборот Кубани с Беларусью составил 19,6 млн долларов.",
        "В 2024 году товарооборот Минщины с Венесуэлой составил 19,6 млн долларов.",
    ],
)
def test_a_regions_name_after_the_turnover_is_whose_it_is_not_goods(text):
    (found,) = figures(text)
    assert found["indicator"] == "turnover" and found["value"] == Decimal("19.6") and "label" not in found
