"""Events whose holder the sentence names away from the event's words: by «он», «она»
standing for the person the sentence before was about, over a relative clause between the
subject and its verb, before «собирается с … визитом», and a speaker named before whom they
spoke to; the tail of a person's name after an event is no one who held it. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

RELEASE = dt.date(2025, 6, 10)


def _names(*sentences: str) -> list[str]:
    return [e.data["what"] for e in events(list(sentences), RELEASE)]


def test_a_pronoun_stands_for_the_person_the_sentence_before_was_about():
    names = _names(
        "Министр торговли Беларуси Иван Орлов в мае посетит Ереван.",
        "Об этом он сообщил 3 июня в Минске на встрече с Послом Армении Ашотом Саркисяном.",
    )
    assert "Встреча Министра торговли Беларуси с Послом Армении" in names


def test_a_pronoun_is_left_when_the_sentence_before_was_about_a_thing():
    names = _names(
        "Товарооборот Беларуси и Армении в прошлом году вырос на 8 %.",
        "Об этом он сообщил 3 июня в Минске на встрече с Послом Армении Ашотом Саркисяном.",
    )
    assert names == ["Встреча с Послом Армении"]


def test_a_pronoun_in_a_relative_clause_is_not_replaced():
    names = _names(
        "Губернатор области Пётр Лавров провёл совещание 2 июня.",
        "Итоги обсудили в связи с поездкой в Республику Сербия, которую он совершил в мае.",
    )
    assert not any("губернатора" in n.lower() and "Сербия" in n for n in names)


def test_a_relative_clause_between_the_subject_and_its_verb_is_passed_over():
    names = _names(
        "Премьер-министр Беларуси Иван Орлов, который совершает поездку по странам Азии, "
        "во вторник прибыл с официальным визитом в Лаос."
    )
    assert "Официальный визит Премьер-министра Беларуси в Лаос" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # one who is going to come with a visit, a fuzzy date between the subject and the verb
        ("Губернатор Омской области Иван Сидоров в конце мая собирается с рабочим визитом в Беларусь.",
         "Рабочий визит губернатора Омской области в Беларусь"),
        # a speaker named before whom they answered, the addressee left out
        ("«Сроки согласованы», — ответил посол журналистам агентства на пресс-конференции 5 июня.",
         "Пресс-конференция посла"),
    ],
)
def test_the_holder_is_read_past_what_stands_between(sentence, name):
    assert name in _names(sentence)


def test_the_tail_of_a_name_after_an_event_holds_no_event():
    names = _names("Об этом говорилось 4 июня на встрече с Послом Ирана Али Реза оглы Карими, передаёт агентство.")
    assert names == ["Встреча с Послом Ирана"]
