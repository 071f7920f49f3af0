"""Openings of an office told with what opened before the verb or by «начал работу»,
read from sentences written for these tests: named «открытие …» with where it opened."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2025, 3, 14)


def _what(sentence: str) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Посольство Беларуси открылось в Кигали.", ["Открытие посольства Беларуси в Кигали"]),
        ("Белорусский торговый дом откроется в Новосибирске.", ["Открытие белорусского торгового дома в Новосибирске"]),
        ("Вчера в Гродно начал работу офис почётного консула Литвы.", ["Открытие офиса почётного консула Литвы в Гродно"]),
        # a plant is no office; an opening talked about is an idea
        ("Новый завод начал работу весной.", []),
    ],
)
def test_an_office_opened_is_an_event(sentence, what):
    assert _what(sentence) == what


def test_the_same_opening_told_twice_is_one():
    said = [
        "Генконсульство Беларуси открылось в Казани",
        "В здании мэрии состоялось торжественное открытие Генконсульства Республики Беларусь.",
    ]
    assert [e.data["what"] for e in events(said, _DAY)] == ["Открытие генконсульства Беларуси в Казани"]
