"""Visits told by a verb of going in any tense and aspect (issue #10): the imperfective
past of arriving, heading off and setting off in the future, and the place visited named
after the kind of visit."""

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
        ("В 2019 году в Гомель приезжал глава правительства Чувашии.", "Визит главы правительства Чувашии в Гомель"),
        ("В Брест прилетает министр экономики Лаоса.", "Визит министра экономики Лаоса в Брест"),
        ("Министр экономики Лаоса прибывает в Брест.", "Визит министра экономики Лаоса в Брест"),
        ("Глава правительства Чувашии направился с рабочим визитом в Гомель.",
         "Рабочий визит главы правительства Чувашии в Гомель"),
        ("Делегация Чувашии отправится с официальным визитом в Гомельскую область.",
         "Официальный визит делегации Чувашии в Гомельскую область"),
        ("Министр экономики Лаоса посетит с рабочим визитом Гомельскую область.",
         "Рабочий визит министра экономики Лаоса в Гомельскую область"),
    ],
)
def test_a_visit_told_by_a_verb_of_going(sentence, name):
    assert [n.lower() for n in _names(sentence)] == [name.lower()]


def test_one_who_arrived_named_by_a_participle_is_no_visitor_of_the_subject():
    said = _names("Губернатор провёл встречу с министром Лаоса, прибывшим в Гомельскую область на форум.")
    assert not any(n.startswith("Визит губернатора") for n in said)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Губернатор Курганской области планирует посетить Гомель в мае.", "Визит губернатора Курганской области в Гомель"),
        ("Министр экономики Лаоса готов приехать в Брест.", "Визит министра экономики Лаоса в Брест"),
        # a time between the intention and the infinitive
        ("Премьер-министр Лаоса Иван Петров собирается в октябре посетить Гомель с рабочим визитом.",
         "Рабочий визит Премьер-министра Лаоса в Гомель"),
        ("Губернатор Курганской области намерен в этом году приехать в Брест.",
         "Визит губернатора Курганской области в Брест"),
    ],
)
def test_an_intention_to_go_is_a_visit_to_come(sentence, name):
    assert [n.lower() for n in _names(sentence)] == [name.lower()]


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор Курганской области получил приглашение посетить Гомель.",
        "Губернатор Курганской области получил приглашение в октябре посетить Гомель.",  # a time is no intention
    ],
)
def test_an_invitation_to_go_is_no_visit(sentence):
    assert _names(sentence) == []


def test_a_span_of_days_is_no_part_of_who_goes():
    said = _names("Министр экономики Лаоса Иван Петров с 3 по 5 мая совершит официальный визит в Беларусь.")
    assert [n.lower() for n in said] == ["официальный визит министра экономики лаоса в беларусь"]
