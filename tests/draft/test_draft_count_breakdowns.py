"""The parts of a count listed after a colon with no noun of their own («30 предприятий:
20 совместных и 10 иностранных», «подпишем новые: три — с городами, одно — с районом»)
count what the count before them counted, in the same sentence or the one before (issue
#10). Sentences written for these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft import numbers as num
from memogen.draft.figures import Context

RELEASE = dt.date(2025, 5, 20)


def counts(*sentences: str) -> list[tuple]:
    return [(f["value"], f.get("unit")) for f in figures_read(sentences, Context(RELEASE))
            if f["indicator"] == "count"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В республике зарегистрировано 30 компаний с белорусским капиталом: 20 совместных и 10 иностранных.",
         [(30, "компания"), (20, "компания"), (10, "компания")]),
        ("В крае собирают 14 моделей техники: 9 тракторных, 3 комбайновых и 2 коммунальных.",
         [(14, "модель"), (9, "модель"), (3, "модель"), (2, "модель")]),
        ("На выставке подписано 12 контрактов: семь — на поставку техники, пять — на сервис.",
         [(12, "контракт"), (7, "контракт"), (5, "контракт")]),
        ("Открыто 25 торговых домов: около 15 в областных центрах, а 10 в районах.",
         [(25, "дом"), (15, "дом"), (10, "дом")]),
    ],
)
def test_the_parts_listed_after_a_colon_count_the_same_things(text, expected):
    assert counts(text) == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (("Между регионами действует более 40 соглашений.",
          "В этом году стороны намерены подписать новые: три — между городами и одно — между районами."),
         [(40, "соглашение"), (3, "соглашение")]),
        (("На предприятии собрано 500 автобусов.", "В работе ещё несколько партий: 120 — для столицы, 80 — для области."),
         [(500, "автобус"), (120, "автобус"), (80, "автобус")]),
    ],
)
def test_a_breakdown_may_count_the_noun_of_the_sentence_before(sentences, expected):
    assert counts(*sentences) == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Главное за год: 5 млн долларов экспорта.",
        "Итоги встречи: договорились провести 2 форума.",
        "Цель определена: к 2030 году довести товарооборот до 2 млрд долларов.",
    ],
)
def test_a_colon_alone_makes_no_count_of_an_amount_or_a_counted_noun(text):
    found = num.amounts(text, "соглашение")
    assert all(a.unit != "соглашение" for a in found)


def test_a_bare_number_with_no_count_before_it_counts_nothing():
    assert counts("Расклад такой: 12 совместных и 6 иностранных.") == []


@pytest.mark.parametrize(
    "text",
    [
        "На форуме планируем подписать 6 соглашений.",
        "В следующем месяце планируется открыть 3 сборочных производства.",
    ],
)
def test_what_is_planned_is_a_forecast(text):
    found = figures_read((text,), Context(RELEASE))
    assert [f.get("status") for f in found] == ["forecast"]


def test_a_supply_planned_is_a_target():
    # a planned supply is a target, as the curated releases count it (tenses.to_come)
    found = figures_read(("Компании планируют поставить 40 автобусов.",), Context(RELEASE))
    assert [f.get("status") for f in found] == ["target"]
