"""The drafter on trade in services (`trade`) and on a count with its whole «N из M»
(`out_of`), from sentences written for this test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context
from memogen.draft.numbers import amounts

RELEASE = dt.date(2025, 11, 20)


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(RELEASE))


@pytest.mark.parametrize(
    ("sentence", "indicator", "trade", "value"),
    [
        ("Экспорт услуг в Армению за 2024 год составил 310 млн долларов.", "exports", "services", "310"),
        ("В 2024 году импорт услуг из Армении достиг 95 млн долларов.", "imports", "services", "95"),
        ("Объём взаимной торговли услугами в 2024 году достиг 1,2 млрд долларов.", "turnover", "services", "1.2"),
        ("В 2024 году экспорт белорусских услуг в республику превысил 40 млн долларов.", "exports", "services", "40"),
        ("Товарооборот товаров и услуг в 2023 году составил 2,4 млрд долларов.", "turnover",
         "goods_and_services", "2.4"),
        ("В 2023 году торговля товарами и услугами между странами составила 800 млн долларов.", "turnover",
         "goods_and_services", "800"),
    ],
)
def test_trade_in_services_is_a_flow_of_services_not_a_group_of_goods(sentence, indicator, trade, value):
    (f,) = figures(sentence)
    assert (f["indicator"], f.get("trade"), f["value"], "label" in f) == (indicator, trade, Decimal(value), False)


def test_a_kind_of_service_stays_a_labelled_group():
    (f,) = figures("Экспорт транспортных услуг в 2024 году составил 12 млн долларов.")
    assert "trade" not in f and f["indicator"] == "product"


def test_growth_of_services_alone_is_no_growth_of_goods():
    goods, services = figures(
        "В 2024 году товарооборот составил 640 млн долларов.",
        "В 2024 году взаимная торговля услугами выросла на 9 %.",
    )
    assert "growth" not in goods and "trade" not in goods
    assert (services["indicator"], services["trade"], services["growth"]) == ("turnover", "services",
                                                                            {"change": Decimal(9)})


@pytest.mark.parametrize(
    ("sentence", "value", "whole", "unit", "hedge"),
    [
        ("Выполнено 25 из 40 мероприятий дорожной карты.", "25", "40", "мероприятие", None),
        ("К концу года реализованы 9 проектов из 14.", "9", "14", "проект", None),
        ("Сертификаты получили около 30 из 45 предприятий.", "30", "45", "предприятие", "около"),
    ],
)
def test_a_count_with_its_whole_is_one_count(sentence, value, whole, unit, hedge):
    (a,) = [x for x in amounts(sentence) if x.unit]
    assert (a.value, a.out_of, a.unit, a.hedge) == (Decimal(value), Decimal(whole), unit, hedge)


@pytest.mark.parametrize(
    "sentence",
    ["На форум приехали 12 компаний из 5 стран.", "Из 30 млн долларов освоено 20 млн долларов.",
     "Поставлено 5 тракторов из 8 заказанных комбайнов."],
)
def test_two_counts_of_different_things_are_no_whole(sentence):
    assert all(a.out_of is None for a in amounts(sentence))


def test_a_drafted_count_keeps_its_whole_and_names_the_things_counted():
    (f,) = figures("В 2025 году завершено 12 из 15 совместных проектов.")
    assert (f["value"], f["out_of"], f["unit"], f["label"]) == (Decimal(12), Decimal(15), "проект",
                                                                 "совместные проекты")
