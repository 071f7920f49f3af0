"""Visits told with the place first and who came after the verb, read from sentences
written for these tests: who came may open with adjectives before the noun naming them
(an ambassador's rank, «официальная делегация»), and «в X побывал Y» is a visit of Y to X
(where they were, in the prepositional, is where the visit went)."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.occasions import person_phrase

_DAY = dt.date(2025, 4, 11)


def _what(sentence: str) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # the rank before «Посол» is kept in the officials list, not in the event's name
        ("В Омск с рабочим визитом прибыл Чрезвычайный и Полномочный Посол Республики Беларусь в России Иван Сидоров.",
         ["Рабочий визит Посла Республики Беларусь в России в Омск"]),
        ("В Приморский край приехала официальная делегация Брестской области.",
         ["Визит официальной делегации Брестской области в Приморский край"]),
        ("В Томск прибыла белорусская деловая делегация.",
         ["Визит белорусской деловой делегации в Томск"]),
    ],
)
def test_who_came_may_open_with_adjectives(sentence, what):
    assert _what(sentence) == what


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Весной в Беларуси побывала делегация Амурской области.", ["Визит делегации Амурской области в Беларусь"]),
        ("В Гомельской области побывал губернатор Брянской области.",
         ["Визит губернатора Брянской области в Гомельскую область"]),
        # no one who came: a thing seen somewhere is no visit
        ("В Минске побывали новые образцы техники из Китая.", []),
    ],
)
def test_one_who_was_somewhere_visited_it(sentence, what):
    assert _what(sentence) == what


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("Чрезвычайный и Полномочный Посол Беларуси", True),
        ("правительственная делегация Беларуси", True),
        ("губернатор области", True),
        ("новые образцы техники", False),
        ("крупная партия тракторов", False),
    ],
)
def test_a_person_or_delegation_over_its_adjectives(said, person):
    assert person_phrase(said) is person
