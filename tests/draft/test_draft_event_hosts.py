"""The release's own meeting told by who received whom or who talked with whom, read from
sentences written for these tests: a host receiving a guest told by the gerund «принимая»,
a meeting or talks held in the present («встречается», «проводит встречу»), two persons
named after a verb of talking, a person named after a thing put first in the clause, and
a meeting named in a headline with no date and in the lead with one drafted once."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2024, 5, 20)


def _what(sentence: str, posts: dict[str, str] | None = None) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, posts)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # the host is the subject the gerund goes with, after a verb of saying or before it
        ("Об этом 3 мая в Минске заявил Премьер-министр Беларуси Иван Петров, принимая губернатора "
         "Омской области Сергея Иванова.",
         ["Встреча Премьер-министра Беларуси с губернатором Омской области"]),
        ("Торговля растёт — это Иван Петров сказал 3 мая, принимая спикера сербского парламента.",
         ["Встреча Премьер-министра Беларуси со спикером сербского парламента"]),
        # «глава правительства» is the one head of government the officials list gives
        ("Принимая в Минске губернатора Омской области, глава правительства отметил рост поставок.",
         ["Встреча Премьер-министра Беларуси с губернатором Омской области"]),
        # «принимая участие», «принимая во внимание» receive no one
        ("Министр, принимая участие в форуме, рассказал о поставках.", []),
        ("Принимая во внимание рост поставок, стороны продлили договор.", []),
    ],
)
def test_a_host_receiving_a_guest_told_by_the_gerund_met_them(sentence, what):
    assert _what(sentence, {"Петров": "Премьер-министр Беларуси"}) == what


def test_a_guest_named_by_the_post_the_officials_list_gives_is_declined() -> None:
    sentence = "Об этом 3 мая сказал Премьер-министр Беларуси Иван Петров, принимая губернатора этого региона Олега Сидорова."
    posts = {"Петров": "Премьер-министр Беларуси", "Сидоров": "Губернатор Омской области"}
    assert _what(sentence, posts) == ["Встреча Премьер-министра Беларуси с Губернатором Омской области"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Министр экономики Беларуси Иван Петров сегодня встречается во Дворце Независимости с губернатором "
         "Тверской области.",
         ["Встреча Министра экономики Беларуси с губернатором Тверской области"]),
        ("Министр экономики Беларуси Иван Петров 3 мая проводит встречу с губернатором Тверской области.",
         ["Встреча Министра экономики Беларуси с губернатором Тверской области"]),
    ],
)
def test_a_meeting_held_in_the_present_is_the_subjects(sentence, what):
    assert _what(sentence) == what


def test_two_persons_named_after_a_verb_of_talking_met() -> None:
    sentence = "О поставках техники говорили министр промышленности Беларуси Иван Петров и посол Перу Хуан Гарсиа."
    assert _what(sentence) == ["Встреча министра промышленности Беларуси с послом Перу"]


def test_a_person_after_a_thing_put_first_is_who_met() -> None:
    sentence = "Эти цифры губернатор привёл после встречи с послом Беларуси Иваном Петровым."
    posts = {"Смирнов": "Губернатор Тульской области"}
    assert _what(sentence, posts) == ["Встреча губернатора Тульской области с послом Беларуси"]


def test_a_meeting_named_undated_in_a_headline_and_dated_in_the_lead_is_drafted_once() -> None:
    said = [
        "Иван Петров проводит встречу с губернатором Омской области",
        "Премьер-министр Беларуси Иван Петров 3 мая проводит встречу с губернатором Омской области.",
    ]
    names = [e.data["what"] for e in events(said, _DAY, {"Петров": "Премьер-министр Республики Беларусь"})]
    assert names == ["Встреча Премьер-министра Беларуси с губернатором Омской области"]
