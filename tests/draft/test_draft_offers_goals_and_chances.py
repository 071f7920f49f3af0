"""Proposals read from goals, expectations, advice, chances a side sees and deeds talked
about, and what is none (a target with an amount or a multiple, a deed on something named
before); sentences written for these tests (their places and goods are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(sentence: str) -> list[str]:
    return [p.data["action"] for p in proposals([sentence])]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Цель совместной комиссии — восстановить поставки удобрений и расширить их ассортимент.",
         "Восстановить поставки удобрений и расширить их ассортимент"),
        ("Наша главная цель — открыть в Ташкенте торговый дом белорусских производителей.",
         "Открыть в Ташкенте торговый дом белорусских производителей"),
    ],
)
def test_a_goal_set_is_a_proposal(sentence, action):
    assert _actions(sentence) == [action]


def test_a_goal_that_describes_a_project_is_none():
    said = "Поездка прошла в рамках проекта, цель которого — построить новую модель партнёрства регионов."
    assert _actions(said) == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Министерства также рассчитывают наладить выпуск белорусских автобусов в Казани.",
         "Наладить выпуск белорусских автобусов в Казани"),
        ("Стороны рассчитывают запустить прямой грузовой рейс Минск — Ханой.",
         "Запустить прямой грузовой рейс Минск — Ханой"),
    ],
)
def test_an_expectation_to_do_is_a_proposal(sentence, action):
    assert _actions(sentence) == [action]


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор рассчитывает, что белорусские лифты заменят в городе импортные.",
        "Область рассчитывает по итогам года довести товарооборот до 500 млн долларов.",
        "Экспортёры рассчитывают восстановить их, как только откроется граница.",
        "Президент рассчитывает как минимум удвоить эти объёмы.",
    ],
)
def test_an_expectation_of_a_clause_a_target_or_a_deed_on_what_was_named_is_none(sentence):
    assert _actions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("По словам посла, нам стоит вместе подумать над тем, чтобы поставки молока снова выросли.",
         "Вместе подумать над тем, чтобы поставки молока снова выросли"),
        ("Министр считает, что двум регионам стоит наладить прямые поставки картофеля.",
         "Наладить прямые поставки картофеля"),
    ],
)
def test_advice_to_someone_is_a_proposal(sentence, action):
    assert _actions(sentence) == [action]


@pytest.mark.parametrize(
    "sentence",
    [
        "Перед предприятиями стоит задача увеличить экспорт молока в Алжир в полтора раза.",
        "Новый трактор стоит около 90 тысяч долларов.",
    ],
)
def test_a_task_set_or_a_price_is_no_advice(sentence):
    assert _actions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Кроме зерна, регион видит возможности для продаж в Монголии белорусских тракторов и сеялок.",
         ["Продажи в Монголии белорусских тракторов и сеялок"]),
        ("Мы видим большие перспективы в поставках белорусского сыра в Египет и обучении египетских технологов.",
         ["Поставки белорусского сыра в Египет", "Обучение египетских технологов"]),
        ("Губернатор видит потенциал в сборке тракторов на базе ОАО «Север».",
         ["Сборка тракторов на базе ОАО «Север»"]),
    ],
)
def test_chances_a_side_sees_for_a_deed_are_proposals(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Отдельно говорили о совместных проектах в энергетике и транспорте.",
         ["Совместные проекты в энергетике и транспорте"]),
        ("Министры обсудили регистрацию белорусских лекарств, таможенные процедуры и сроки оплаты, а также "
         "возможности увеличить закупки зерна.",
         ["Регистрация белорусских лекарств", "Увеличить закупки зерна"]),
        ("Стороны обсудили возможность открыть в Минске торговый дом.", ["Открыть в Минске торговый дом"]),
    ],
)
def test_deeds_talked_about_past_topics_and_chances_framed_with_an_infinitive(sentence, actions):
    assert _actions(sentence) == actions


def test_a_deed_with_a_quantity_is_no_target():
    said = "Заместитель губернатора предложил закупать в Казахстане около 80 тыс. тонн ячменя ежегодно."
    assert _actions(said) == ["Закупать в Казахстане около 80 тыс. тонн ячменя ежегодно"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны договорились нарастить товарооборот в три раза.",
        "Министры договорились довести взаимную торговлю до 1 млрд долларов.",
        "Стороны договорились обеспечить поставки зерна в объёме не менее 200 тыс. тонн.",
    ],
)
def test_a_target_to_reach_is_no_proposal(sentence):
    assert _actions(sentence) == []


def test_an_opening_planned_for_a_date_is_an_event_not_a_proposal():
    assert _actions("Весной в Алматы планируют открыть сервисный центр белорусских комбайнов.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны планируют открыть сервисный центр белорусских комбайнов в Алматы.",
        "Министры обсудили открытие в Алматы сервисного центра белорусских комбайнов.",
    ],
)
def test_an_opening_with_no_date_or_only_discussed_stays_a_proposal(sentence):
    assert len(_actions(sentence)) == 1
