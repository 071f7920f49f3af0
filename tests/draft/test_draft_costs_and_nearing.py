"""What a project, a portfolio or goods to be supplied cost is money agreed or put in, of no
month unless one is named: `investment` when investors build it, else `contracts`; a mark a
perfective verb says was or will be all but reached («подошёл к миллиарду», «приблизился к 1
млрд», «приблизится к 1 млрд») is
a level hedged «почти», one still neared («приближаемся к отметке») states none (issue #10).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

from memogen.draft.figures import UNSTATED
from memogen.reading import normalise, numbers_in

RELEASE = dt.date(2025, 10, 3)


def read(*sentences: str) -> list[tuple]:
    return [(f["indicator"], f.get("value"), f.get("qualifier"), f.get("period"))
            for f in figures_for(RELEASE, None, *sentences) if "unit" not in f]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Инвесторы из Китая возводят в Гродно логистический центр общей стоимостью 80 млн долларов.",
         ("investment", Decimal(80), None, UNSTATED)),
        ("Общая стоимость проектов, выполненных белорусскими строителями в области, составила 3 млрд рублей.",
         ("contracts", Decimal(3), None, UNSTATED)),
        ("Второй этап программы рассчитан на технику стоимостью около $20 млн.",
         ("contracts", Decimal(20), "около", UNSTATED)),
        ("По итогам форума сформирован портфель совместных проектов на сумму 1,2 млрд рублей.",
         ("contracts", Decimal("1.2"), None, UNSTATED)),
        ("В 2024 году стоимость построенных в крае объектов достигла 40 млн долларов.",
         ("contracts", Decimal(40), None, "2024")),
    ],
)
def test_a_cost_is_money_agreed_or_put_in(sentence, expected):
    assert read(sentence) == [expected]


def test_the_growth_of_a_cost_over_recent_years_is_the_growths_span_not_its_period():
    (f,) = figures_for(RELEASE, None, "Стоимость реализованных проектов за последние три года выросла в 5 раз — до 2 млрд рублей.")
    assert (f["indicator"], f["value"], f["period"], f["growth"]["times"]) == ("contracts", Decimal(2), UNSTATED, Decimal(5))


@pytest.mark.parametrize(
    "sentence, indicator",
    [
        ("Экспорт в стоимостном выражении составил 50 млн долларов.", "exports"),
        ("В прошлом году товарооборот в стоимостном выражении превысил 90 млн долларов.", "turnover"),
    ],
)
def test_value_terms_name_no_cost(sentence, indicator):
    assert [r[0] for r in read(sentence)] == [indicator]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Наш товарооборот подошёл к миллиарду долларов.", Decimal(1)),
        ("В этом году товарооборот приблизился к отметке в 300 млн долларов.", Decimal(300)),
        ("Объёмы торговли подошли к 70 млн долларов.", Decimal(70)),
        # a perfective to come: it will be all but reached
        ("В этом году товарооборот, как ожидается, приблизится к 400 млн долларов.", Decimal(400)),
        ("По итогам года торговля может подойти к миллиарду долларов.", Decimal(1)),
    ],
)
def test_a_mark_all_but_reached_is_hedged_almost(sentence, value):
    assert [(r[1], r[2]) for r in read(sentence)] == [(value, "почти")]
    assert [r.hedge for r in numbers_in(normalise(sentence)) if r.kind == "number" and r.value == value] == ["under"]


def test_a_mark_named_with_its_words_all_but_reached_is_hedged_almost():
    sentence = "В этом году мы вплотную приблизимся к заметной цифре взаимной торговли в 600 млн долларов."
    assert [(r[1], r[2]) for r in read(sentence)] == [(Decimal(600), "почти")]


def test_a_mark_still_neared_states_no_level():
    assert read("Товарооборот уверенно приближается к отметке в 100 млн долларов.") == []
