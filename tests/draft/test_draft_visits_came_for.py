"""A visit told by a verb of coming or being is read from the clause it stands in: a
person who was in a land made a visit there, a visit to a land the release names by its
common noun goes there, one clause's plural visits leave the other clause's visit alone,
and one who came for an event is told by that event, not by a visit of their own; read
from sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.parties import Partner

_DAY = dt.date(2024, 5, 20)
_PSKOV = Partner("Псковская область", "region", "Российская Федерация", ("псковск",))


def _what(sentence: str, partner: Partner | None = None) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, {}, partner)]


def test_one_who_was_in_a_land_visited_it():
    said = "Посол напомнил, что когда министр экономики Перу в последний раз был в Минске, стороны подписали меморандум."
    assert _what(said) == ["Визит министра экономики Перу в Минск"]


def test_no_visit_when_one_was_at_a_place_that_is_no_land():
    assert _what("Министр экономики Перу был на заводе, где осмотрел цеха.") == []


def test_a_visit_to_a_land_named_by_its_common_noun():
    said = "Губернатор решил, что псковская делегация приедет в соседнюю страну с визитом."
    assert _what(said, _PSKOV) == ["Визит псковской делегации в Беларусь"]


def test_plural_visits_in_one_clause_leave_the_single_visit_of_another():
    said = ("В 2022 году министр экономики Перу приезжал в Минск с рабочим визитом, а наш министр в 2023 году "
            "побывал с визитами в Лиме трижды.")
    assert _what(said) == ["Рабочий визит министра экономики Перу в Минск"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Заместитель министра иностранных дел Беларуси приехал в Лиму на политические консультации министерств "
         "иностранных дел.", "Политические консультации министерств иностранных дел"),
        ("Белорусская делегация 20 мая приехала в край на агрофорум «Сибирская нива».", "Агрофорум «Сибирская нива»"),
    ],
)
def test_one_who_came_for_an_event_is_told_by_the_event(sentence, what):
    assert _what(sentence) == [what]
