"""Visits told in a relative clause, by «был … с визитом», by a delegation at work named
with its adjectives, and a visit whose «holder» is a word standing for both sides, read
from sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2024, 5, 23)


def _what(sentence: str, posts: dict[str, str] | None = None) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, posts or {})]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # whom «которая» stands for is a delegation, no person
        ("Министр возглавил торговую белорусскую делегацию, которая побывала в Перу 3–5 мая.",
         ["Визит торговой белорусской делегации в Перу"]),
        ("Снимки 2019 года, когда Иван Петров был на Ямайке с визитом, помнят все.",
         ["Визит Президента Республики Беларусь на Ямайку"]),
        ("Сейчас в Лиме работает торговая делегация Беларуси.", ["Визит торговой делегации Беларуси в Лиму"]),
    ],
)
def test_a_visit_told_in_a_clause(sentence, what):
    assert _what(sentence, {"Петров": "Президент Республики Беларусь"}) == what


def test_a_visit_whose_holder_is_a_word_for_both_sides_names_no_one():
    assert _what("В ходе визита стороны подписали пять соглашений.") == []


def test_a_meeting_at_a_body_keeps_the_body_in_its_name():
    said = "Посол Беларуси 5 мая встретился в Министерстве торговли Перу с министром."
    assert _what(said) == ["Встреча Посла Беларуси в Министерстве торговли Перу с министром"]


def test_a_meeting_in_a_town_keeps_no_town_in_its_name():
    assert _what("Губернатор встретился в Минске с Премьер-министром Беларуси.") == [
        "Встреча губернатора с Премьер-министром Беларуси"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор встретился в здании областной администрации с Премьер-министром Беларуси.",
        "Губернатор встретился на полях выставки с Премьер-министром Беларуси.",
    ],
)
def test_a_meeting_at_a_place_in_common_nouns_is_held_there(sentence):
    # the place in common nouns is where it was held, no body of its name (a body's name has a capital)
    assert _what(sentence) == ["Встреча губернатора с Премьер-министром Беларуси"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("В мае состоится визит в Лиму президента Перу.", ["Визит президента Перу в Лиму"]),
        ("В мае прошёл визит в Гродно китайской торговой делегации.", ["Визит китайской торговой делегации в Гродно"]),
    ],
)
def test_a_visit_named_with_where_to_before_whose_it_is(sentence, what):
    assert _what(sentence) == what
