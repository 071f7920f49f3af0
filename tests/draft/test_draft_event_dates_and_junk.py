"""Events read from sentences written for these tests: each event of a sentence with two
dates takes its own, «в начале …» dates only with a word of time, an event named by its
noun and adjectives alone is none, a leading «Это» is no part of a name, an official with
no post read lends none, and a place's noun after its adjective stays in a visit's name."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.parties import NO_POST

_DAY = dt.date(2024, 5, 20)


def _read(sentence: str, posts: dict[str, str] | None = None) -> list[tuple[str, object]]:
    return [(e.data["what"], e.data.get("when")) for e in events([sentence], _DAY, posts)]


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "Переговоры министров пройдут 15 мая, а 16 мая в Гродно состоится белорусско-польский бизнес-форум.",
            [("Переговоры министров", dt.date(2024, 5, 15)),
             ("Белорусско-польский бизнес-форум", dt.date(2024, 5, 16))],
        ),
        (
            "3 июня прошло заседание межправительственной комиссии, а 4 июня — бизнес-форум «Беларусь — Лаос».",
            [("Заседание межправительственной комиссии", dt.date(2024, 6, 3)),
             ("Бизнес-форум «Беларусь — Лаос»", dt.date(2024, 6, 4))],
        ),
    ],
)
def test_each_event_takes_the_date_of_its_own_clause(sentence, read):
    assert _read(sentence) == read


def test_the_start_of_something_else_is_no_date():
    assert _read("В начале беседы стороны открыли бизнес-форум.") == []
    assert _read("Форум пройдёт в конце октября.") == [("Форум", {"text": "конец октября"})]


@pytest.mark.parametrize(
    "sentence",
    [
        "Рабочий визит продолжился 12 мая.",
        "Трёхдневная поездка завершилась 12 мая.",
        "Вчерашние переговоры прошли 12 мая.",
    ],
)
def test_an_event_named_by_its_noun_and_adjectives_alone_is_none(sentence):
    assert _read(sentence) == []


def test_a_leading_demonstrative_is_no_part_of_a_name():
    assert _read("Это второй визит эмира Катара в Беларусь, он прошёл 12 мая.")[0][0] == (
        "Второй визит эмира Катара в Беларусь"
    )


def test_an_official_with_no_post_read_lends_none():
    said = _read("Иван Сидоренко 12 мая провёл встречу с губернатором Псковской области.", {"Сидоренко": NO_POST})
    assert all("уточнить" not in what for what, _ in said)


def test_a_place_noun_after_its_adjective_stays_in_a_visits_name():
    said = _read("Посол в рамках визита белорусской делегации в Тверскую область 12 мая провёл встречу с губернатором.")
    assert ("Визит белорусской делегации в Тверскую область", dt.date(2024, 5, 12)) in said


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("12 мая начался официальный визит Ивана Сидоренко, министра экономики Беларуси, в Ханой.",
         "Официальный визит министра экономики Беларуси в Ханой"),
        ("12 мая состоялась встреча Петра Орлова, губернатора области, с послом Кубы.",
         "Встреча губернатора области с послом Кубы"),
    ],
)
def test_a_post_put_after_a_persons_name_is_theirs_once(sentence, what):
    assert _read(sentence, {"Сидоренко": "Министр экономики Республики Беларусь"})[0][0] == what
