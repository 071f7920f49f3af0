"""How Russian releases write numbers, read as the text means them: an abbreviated
percent or unit, a month abbreviated in a dateline, a range joined by a minus sign,
multiples listed before one «раза», ordinals and spans of time written in figures, a
year-like number that counts things, and a scale kept on a figure with a unit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import counts
from memogen.draft import numbers as num


def _read(text: str) -> list[tuple[Decimal, str, str | None, str | None]]:
    return [(a.value, a.scale, a.currency, a.unit) for a in num.amounts(text)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Экспорт в Китай увеличился на 14,2 проц. за полугодие.", Decimal("14.2")),
        ("импорт вырос на 7 проц, а экспорт сократился", Decimal("7")),
        ("доля машиностроения составила 33,5 проц от общего объема", Decimal("33.5")),
    ],
)
def test_an_abbreviated_percent_is_a_percent_never_a_count(text: str, value: Decimal) -> None:
    assert [(r.kind, r.value) for r in num.rates(text)] == [("percent", value)]
    assert num.amounts(text) == []


def test_a_word_that_merely_begins_like_the_abbreviation_is_no_percent() -> None:
    assert num.rates("процесс согласования 12 проектов продолжается") == []


@pytest.mark.parametrize(
    "text",
    ["АСТАНА, 14 фев - агентство сообщает", "ЕРЕВАН, 3 окт. Стороны обсудили", "Опубликовано: 9 Дек, 2019"],
)
def test_a_day_before_an_abbreviated_month_is_a_date(text: str) -> None:
    assert num.amounts(text) == []


def test_a_range_joined_by_the_minus_sign_is_one_amount_in_the_upper_end_scale() -> None:
    found = num.amounts("Стороны рассчитывают на оборот в $ 300−400 млн в ближайшие годы.")
    assert [(a.value, a.scale, a.currency, a.upper and a.upper.value) for a in found] == [
        (Decimal(300), "million", "USD", Decimal(400))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "поставки в Омскую и Томскую области выросли в 2,5 и 3 раза соответственно",
        "закупки увеличились в 4, 3 и 2 раза",
    ],
)
def test_multiples_listed_before_one_word_are_no_count(text: str) -> None:
    assert num.amounts(text) == []
    assert counts.read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Делегация прибыла для участия в 58 заседании совета министров.",
        "Вопрос рассмотрят на 6 сессии межправкомиссии.",
        "Форум приурочен к 75 годовщине установления отношений.",
    ],
)
def test_an_ordinal_written_in_figures_is_no_count(text: str) -> None:
    assert num.amounts(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("проведено 3 заседания рабочей группы", Decimal(3), "заседание"),
        ("филиалы работают в 21 стране мира", Decimal(21), "страна"),
        ("на 12 предприятиях области", Decimal(12), "предприятие"),
        ("отгружено 2,5 тонны сыра", Decimal("2.5"), "тонна"),
    ],
)
def test_a_count_keeps_its_noun_in_the_form_a_count_asks_for(text: str, value: Decimal, unit: str) -> None:
    assert _read(text) == [(value, "units", None, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Более 15 лет компания работает на этом рынке.",
        "Договор был подписан 30 лет назад.",
        "за 8 месяцев стороны провели переговоры",
    ],
)
def test_a_span_of_time_in_figures_is_no_count(text: str) -> None:
    assert num.amounts(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Хозяйства области получили 1500 тракторов и 2000 сеялок.", Decimal(2000), "сеялка"),
        ("К концу года в республику поступит 1990 новых автобусов.", Decimal(1990), "автобус"),
    ],
)
def test_a_year_like_number_before_a_counted_noun_is_a_count(text: str, value: Decimal, unit: str) -> None:
    assert (value, "units", None, unit) in _read(text)


@pytest.mark.parametrize(
    "text",
    ["В 2024 товарооборот вырос вдвое.", "Соглашение действует с 2019 года.", "в 2021 г. поставки возобновились"],
)
def test_a_year_stays_a_year(text: str) -> None:
    assert num.amounts(text) == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Партия кофе общим весом 12 т. Получатель — торговая сеть.", Decimal(12), "тонна"),
        ("засеяно 400 га пшеницы", Decimal(400), "гектар"),
        ("поставлено 35 ед. дорожной техники", Decimal(35), "единица"),
        ("павильон площадью 800 кв. м открыт для посетителей", Decimal(800), "квадратный метр"),
    ],
)
def test_an_abbreviated_unit_is_read_in_full(text: str, value: Decimal, unit: str) -> None:
    assert _read(text) == [(value, "units", None, unit)]


@pytest.mark.parametrize(
    "text", ["тракторы мощностью от 80 до 120 л.с. пользуются спросом", "за 2 кв. объём вырос", "двигатели на 300 л/с"]
)
def test_an_abbreviation_memogen_does_not_know_is_no_count(text: str) -> None:
    assert num.amounts(text) == []


def test_a_dollar_with_its_country_adjective_is_money() -> None:
    assert _read("выручка достигла 42 миллионов американских долларов") == [(Decimal(42), "million", "USD", None)]


def test_a_figure_in_millions_of_a_unit_keeps_its_scale() -> None:
    found = figures_for(
        dt.date(2024, 3, 1), "Казахстан", "В 2023 году Беларусь поставила в Казахстан 1,4 млн тонн удобрений."
    )
    assert [(f["value"], f.get("unit"), f.get("scale")) for f in found] == [(Decimal("1.4"), "тонна", "million")]
