"""The value of contracts and deals, and investment, read from sentences written for this
test: money agreed or put in, never a trade flow, with the event the deals were signed
during and whether they are an event's total (`signed_by: all`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2025, 10, 3)


def figures(*sentences: str, partner: str | None = None) -> list[dict]:
    return figures_for(RELEASE, partner, *sentences)


@pytest.mark.parametrize("sentence, value, hedge", [
    ("Предприятия двух стран подписали контракты на сумму 120 млн долларов.", "120", None),
    ("На ярмарке белорусские экспортёры заключили сделок более чем на 45 млн долларов.", "45", "более"),
    ("Стороны заключили договор на экспорт 40 тракторов на общую сумму около 2,5 млн долларов.", "2.5", "около"),
    ("Сумма подписанных контрактов превысила 18 млн долларов.", "18", "более"),
    ("Портфель заказов белорусских заводов в республике составляет 60 млн долларов.", "60", None),
    ("Подписано семь документов о поставках в область белорусской техники на 9 млн долларов.", "9", None),
])
def test_the_value_of_deals_is_contracts_never_a_flow(sentence, value, hedge):
    money = [f for f in figures(sentence) if "unit" not in f]
    assert [(f["indicator"], f["value"], f.get("qualifier")) for f in money] == [("contracts", Decimal(value), hedge)]


@pytest.mark.parametrize("sentence, value", [
    ("Объём инвестиций белорусских компаний в экономику края достиг 30 млн долларов.", "30"),
    ("За девять месяцев в совместные проекты привлечено инвестиций на 12,4 млн долларов.", "12.4"),
])
def test_an_amount_of_investment_is_investment(sentence, value):
    (f,) = figures(sentence)
    assert (f["indicator"], f["value"]) == ("investment", Decimal(value))


def test_a_ministry_of_investment_names_a_body_not_an_amount():
    (f,) = figures("Министр инвестиций и торговли сообщил, что товарооборот за 2024 год составил 210 млн долларов.")
    assert (f["indicator"], f["value"]) == ("turnover", Decimal(210))


@pytest.mark.parametrize("sentence, during", [
    ("В ходе визита губернатора в Минск подписаны контракты на 14 млн долларов.", "визита губернатора в Минск"),
    ("В рамках бизнес-форума «Запад — Восток» стороны заключили соглашения на сумму 8 млн долларов.",
     "бизнес-форума «Запад — Восток»"),
    ("На белорусско-казахстанском инвестиционном форуме в Астане белорусские компании подписали контракты "
     "на 31 млн долларов.", "белорусско-казахстанского инвестиционного форума в Астане"),
])
def test_the_event_deals_were_signed_during_is_in_the_genitive(sentence, during):
    (f,) = [f for f in figures(sentence) if "unit" not in f]
    assert (f["indicator"], f["during"], f.get("signed_by")) == ("contracts", during, None)


@pytest.mark.parametrize("sentence, during", [
    ("Всего на международной ярмарке в Лейпциге заключено сделок на 2 млрд евро.",
     "международной ярмарки в Лейпциге"),
    ("Контракты на 5,6 млрд долларов подписаны на Индийской промышленной выставке, закрывшейся в Дели.",
     "Индийской промышленной выставки"),
])
def test_deals_no_side_signed_at_an_event_are_the_events_total(sentence, during):
    (f,) = figures(sentence, partner="Республика Индия")
    assert (f["indicator"], f["during"], f["signed_by"]) == ("contracts", during, "all")


def test_deals_a_side_signed_at_an_event_are_the_parties():
    (f,) = figures("На Индийской промышленной выставке индийские фирмы подписали с нами контракты на 3 млн долларов.",
                   partner="Республика Индия")
    assert (f["indicator"], f.get("signed_by")) == ("contracts", None)


@pytest.mark.parametrize("sentence, indicator, label", [
    ("Подписаны контракты на поставку зерноуборочных комбайнов на общую сумму 14 млн долларов.", "contracts",
     "на поставку зерноуборочных комбайнов"),
    ("Заключены договоры о строительстве двух заводов на сумму 60 млн долларов.", "contracts",
     "о строительстве двух заводов"),
    ("Портфель экспортных заказов предприятий на рынке Египта превышает 35 млн долларов.", "contracts",
     "в портфеле заказов"),
    ("Объём накопленных инвестиций белорусских компаний в экономику республики достиг 48 млн долларов.",
     "investment", "белорусских компаний в экономику республики"),
    ("Предприятия двух стран подписали контракты на сумму 120 млн долларов.", "contracts", None),
])
def test_what_the_deals_are_for_continues_their_name(sentence, indicator, label):
    (f,) = [f for f in figures(sentence) if "unit" not in f]
    assert (f["indicator"], f.get("label")) == (indicator, label)


def test_a_second_amount_of_one_clause_takes_no_words_of_the_first():
    fs = [f for f in figures("Заключены договоры на поставку тракторов на 2 млн долларов и сеялок на 400 тыс. "
                             "долларов.") if "unit" not in f]
    assert [f.get("label") for f in fs] == ["на поставку тракторов", "на поставку"]
