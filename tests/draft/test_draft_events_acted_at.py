"""Events told by what their sides did, read from sentences written for these tests: two
persons who agreed or came to one view together met, and an event's noun in the singular
that is where or when the clause's subject acted («на заседании», «после переговоров») was
held, or is to be, whatever the clause's verb."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2024, 9, 17)
_POSTS = {"Орлов": "Губернатор Курганской области", "Петров": "Президент Республики Беларусь"}


def _what(sentence: str) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, _POSTS)]


@pytest.mark.parametrize(
    "verb", ["договорились расширять поставки", "условились встретиться снова", "сошлись во мнении, что рынок велик"]
)
def test_two_who_agreed_met(verb):
    said = f"Вчера Президент Беларуси Иван Петров и губернатор Курганской области Павел Орлов {verb}."
    assert _what(said) == ["Встреча Президента Беларуси с губернатором Курганской области"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Рост торговли высоко оценила заместитель министра на заседании межрегиональной рабочей группы.",
         ["Заседание межрегиональной рабочей группы"]),
        ("Программу стороны утвердили в рамках Форума регионов.", ["Форум регионов"]),
    ],
)
def test_an_event_where_one_acted_was_held(sentence, what):
    assert _what(sentence) == what


def test_events_in_the_plural_where_one_acts_are_a_practice():
    assert _what("Стороны регулярно встречаются на заседаниях рабочих групп.") == []
