"""A growth stated before its indicator, with the place after it («втрое увеличить
товарооборот с Иркутской областью»), is trade with that place; a task set («поручил …
увеличить») is a target (issue #10). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2024, 6, 26)


def figures(*sentences: str) -> list[dict]:
    return figures_for(RELEASE, "Российская Федерация", *sentences, stems=("росси",))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Президент поручил как минимум вдвое увеличить товарооборот с Омской областью.", "Омская область"),
        ("Стороны договорились в 1,5 раза нарастить товарооборот с Татарстаном.", "Республика Татарстан"),
        ("Поставлена задача втрое увеличить товарооборот с Москвой.", "город Москва"),
    ],
)
def test_a_growth_before_its_indicator_takes_the_place_after_it(sentence, name):
    found = figures(sentence)
    assert [f.get("counterparty") for f in found] == [{"name": name}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Глава государства поручил вдвое увеличить товарооборот с Омской областью.",
        "Правительству поручено к 2026 году удвоить экспорт в Омскую область.",
    ],
)
def test_a_task_set_is_a_target(sentence):
    assert [f["status"] for f in figures(sentence)] == ["target"]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Белорусский экспорт в Россию за год прибавил рекордные 22,5 %.", "22.5"),
        ("Экспорт в Россию добавил ещё 4 %.", "4"),
        ("Поставки в Россию прибавили солидные 12 % к прошлому году.", "12"),
    ],
)
def test_a_gain_with_a_word_between_its_verb_and_rate_is_growth(sentence, change):
    assert [str(f["growth"]["change"]) for f in figures(sentence)] == [change]
