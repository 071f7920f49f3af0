"""The status a clause states and growth taken by a verb of gain (issue #10): «может выйти
на» is a forecast, «рассчитан на», «поручил увеличить» a target; a task named in a clause
of its own («…, и задача — …») is not the growth's before it; «прибавив к 2020 году 2,8
%», «прибавил рекордные 59,4 %» (a base or an adjective between the verb and the rate).
Sentences written for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2024, 6, 10)


def one(text: str) -> dict:
    (found,) = figures_read((text,), Context(RELEASE))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "По итогам 2024 года товарооборот области с Беларусью может выйти на 450 млн долларов.",
        "В этом году объём торговли с республикой может превысить 450 млн долларов, считает губернатор.",
        "Товарооборот по итогам года могут выйти на 450 млн долларов, полагают в министерстве.",
    ],
)
def test_what_a_figure_may_reach_is_a_forecast(text):
    assert one(text)["status"] == "forecast"


@pytest.mark.parametrize(
    "text",
    [
        "Второй этап программы рассчитан на поставку 400 автобусов.",
        "Президент поручил втрое увеличить товарооборот с краем.",
        "Новая очередь проекта рассчитана на выпуск 1,2 тыс. тракторов.",
    ],
)
def test_a_plan_s_size_and_a_task_set_are_targets(text):
    assert one(text)["status"] == "target"


@pytest.mark.parametrize(
    "text",
    [
        "За январь–апрель 2024 года товарооборот прибавил почти 12 %, и задача — удержать этот темп.",
        "В первом квартале 2024 года торговля выросла на 12 %, и цель — сохранить рост до конца года.",
    ],
)
def test_a_task_in_a_clause_of_its_own_leaves_the_growth_before_it_actual(text):
    found = one(text)
    assert found.get("status", "actual") == "actual"
    assert found["growth"]["change"] == Decimal(12)


@pytest.mark.parametrize(
    ("text", "change", "versus"),
    [
        ("В 2023 году экспорт достиг 40 млн долларов, прибавив по сравнению с 2021 годом 12 %.", Decimal(12), "2021"),
        ("В 2023 году товарооборот прибавил к 2019 году почти 30 % и составил 50 млн долларов.", Decimal(30), "2019"),
        ("В 2023 году товарооборот составил 87,6 млн долларов, прибавив к 2022 году 2,8 %.", Decimal("2.8"), None),
        ("За январь–май 2024 года товарооборот прибавил рекордные 59,4 %.", Decimal("59.4"), None),
        ("В 2023 году импорт потерял внушительные 15 %.", Decimal(-15), None),
    ],
)
def test_a_verb_of_gain_takes_its_rate_past_a_base_or_an_adjective(text, change, versus):
    found = one(text)
    assert found["growth"]["change"] == change
    assert found["growth"].get("versus") == versus
