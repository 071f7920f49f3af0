"""Hedge words outside the first vocabulary (issue #10): «минимум» is a floor («не менее»),
«чуть меньше», «немногим менее» fall just short («почти»), «не более» and «максимум» are a
ceiling written «до» as the facts files write it; a hedge before the «до» of a level reached
(«поднялся почти до …») is kept, and «дойдёт до» reaches a level, no ceiling. «четверти
миллиона» is a quarter of the scale, and a fraction of time («четверть века») is no share.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from memogen.draft import numbers as num
from memogen.draft import shares
from memogen.reading import normalise, numbers_in


def first(text: str) -> tuple:
    a = num.amounts(text)[-1]
    return a.value, a.scale, a.hedge


@pytest.mark.parametrize(
    "text, expected",
    [
        ("По итогам года оборот составил минимум 40 млн долларов.", (Decimal(40), "million", "не менее")),
        ("Экспорт достиг как минимум 12 млн долларов.", (Decimal(12), "million", "не менее")),
        ("Импорт за полгода составил чуть меньше 70 млн долларов.", (Decimal(70), "million", "почти")),
        ("В прошлом году оборот был немногим менее миллиарда долларов.", (Decimal(1), "billion", "почти")),
        ("Поставки зерна составят не более 30 тыс. тонн.", (Decimal(30), "thousand", "до")),
        ("За квартал экспорт поднялся почти до 15 млн долларов.", (Decimal(15), "million", "почти")),
        ("За год товарооборот вырос примерно до 60 млн долларов.", (Decimal(60), "million", "около")),
        ("За год товарооборот вырос до 60 млн долларов.", (Decimal(60), "million", None)),
        ("К 2030 году оборот, по расчётам, дойдёт до 2 млрд долларов.", (Decimal(2), "billion", None)),
        ("Поставки техники составят до 5 млн долларов.", (Decimal(5), "million", "до")),
    ],
)
def test_hedge_words(text, expected):
    assert first(text) == expected


@pytest.mark.parametrize(
    "text, group",
    [
        ("оборот составил минимум 40 млн долларов", "over"),
        ("оборот составил чуть меньше 70 млн долларов", "under"),
        ("экспорт поднялся почти до 15 млн долларов", "under"),
        ("оборот дойдёт до 2 млрд долларов", None),
    ],
)
def test_the_checker_reads_them_alike(text, group):
    (reading,) = [r for r in numbers_in(normalise(text)) if r.kind == "number"]
    assert reading.hedge == group


def test_a_quarter_of_a_scale_is_a_number():
    (amount,) = num.amounts("Планировалось вывезти не более четверти миллиона тонн удобрений.")
    assert (amount.value, amount.scale, amount.unit, amount.hedge) == (Decimal("0.25"), "million", "тонна", "до")
    (reading,) = numbers_in(normalise("вывезти не более четверти миллиона тонн удобрений"))
    assert (reading.value, reading.scale, reading.hedge) == (Decimal("0.25"), "million", "under")


@pytest.mark.parametrize(
    "text",
    [
        "За четверть века дружбы стороны сделали многое.",
        "Половину срока проект уже прошёл.",
        "Вывезено около четверти миллиона тонн зерна.",
    ],
)
def test_a_fraction_of_time_or_of_a_scale_is_no_share(text):
    assert shares.in_words(text) == []


def test_a_fraction_of_a_trade_is_still_a_share():
    assert [r.words for r in shares.in_words("На область приходится четверть годового экспорта.")] == ["четверть"]
