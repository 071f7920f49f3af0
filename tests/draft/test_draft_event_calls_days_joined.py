"""Events as the curated files name them (issue #10): a call by telephone is a talk held;
a land's days are named with where they are held, said before the verb that holds them;
two events joined by «и» with the preposition again are two. Sentences written for these
tests, in our own words."""

from __future__ import annotations

import datetime as dt

from memogen.draft import items

_DAY = dt.date(2024, 5, 14)


def _names(*sentences: str) -> list[str]:
    return [e.data["what"] for e in items.events(list(sentences), _DAY)]


def test_a_telephone_call_is_a_talk_held():
    assert _names("Вчера состоялся телефонный разговор премьер-министров Беларуси и Лаоса.") == [
        "Телефонный разговор премьер-министров Беларуси и Лаоса"
    ]


def test_a_talk_by_no_telephone_is_no_event():
    assert _names("Разговор о поставках зерна продолжится осенью.") == []


def test_days_take_the_place_said_before_the_verb():
    assert _names("На прошлой неделе в Тверской области прошли Дни Гомельской области.") == [
        "Дни Гомельской области в Тверской области"
    ]


def test_days_with_a_place_of_their_own_keep_it():
    assert _names("В Минске прошли Дни Тверской области в Беларуси.") == ["Дни Тверской области в Беларуси"]


def test_a_time_before_the_verb_is_no_place_of_the_days():
    assert _names("В этом году прошли Дни Гомельской области.") == ["Дни Гомельской области"]


def test_two_events_joined_by_and_with_the_preposition_again_are_two():
    said = "Губернатор примет участие в заседании совместной комиссии и в инвестиционном форуме «Волга – Днепр»."
    names = _names(said)
    assert len(names) == 2
    assert names[0].startswith("Заседание совместной комиссии") and not names[0].endswith("»")
    assert names[1] == "Инвестиционный форум «Волга – Днепр»"


def test_one_body_of_two_sides_is_no_second_event():
    assert len(_names("Делегация приняла участие в заседании совета регионов Беларуси и России.")) == 1


def test_an_adverb_after_the_place_is_no_part_of_it():
    assert _names("На ВДНХ в Москве торжественно открылись Дни Гомельской области.") == [
        "Дни Гомельской области в Москве"
    ]
