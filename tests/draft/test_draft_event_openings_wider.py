"""Openings of any place of trade, work or show, and of a year of something, told by the
verb with its object too (issue #10)."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

RELEASE = dt.date(2026, 3, 2)


def _names(sentence: str) -> list[str]:
    return [e.data["what"] for e in events([sentence], RELEASE, {})]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Итоги года — открытие в Пензе магазина белорусской обуви.", "Открытие магазина белорусской обуви в Пензе"),
        ("В Казани открылся новый павильон белорусских товаров.", "Открытие нового павильона белорусских товаров в Казани"),
        ("Вчера в посольстве торжественно открыли Год культуры Беларуси и Вьетнама.",
         "Открытие Года культуры Беларуси и Вьетнама"),
        ("Концерн откроет в Самаре склад запчастей.", "Открытие склада запчастей в Самаре"),
    ],
)
def test_an_opening_of_a_place_or_a_year(sentence, name):
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    ["Экспортёры открыли в этом году новые рынки.", "Стороны обсудили открытие магазина в Пензе."],
)
def test_markets_and_openings_discussed_are_none(sentence):
    assert _names(sentence) == []


def test_an_opening_in_a_list_of_deeds_names_the_one_thing_and_its_own_place():
    said = ("В Минске подвели итоги года: визит делегации в Беларусь, открытие в Пензе магазина белорусской обуви, "
            "поставки в регион автобусов МАЗ.")
    assert "Открытие магазина белорусской обуви в Пензе" in _names(said)
