"""Events told as where or when someone acted («на пресс-конференции», «после
переговоров», «на встрече»), with the one who acted named after the event or before it,
read from sentences written for these tests: the event is theirs, named by their post."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

RELEASE = dt.date(2025, 6, 10)


def _names(*sentences: str) -> list[str]:
    return [e.data["what"] for e in events(list(sentences), RELEASE)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the speaker after the verb of saying, a place between the event and the verb
        ("Об этом 4 июня на пресс-конференции в Гродно рассказал Посол Польши Ян Новак, передаёт агентство.",
         "Пресс-конференция Посла Польши"),
        # the clause opens after a comma; the event stands before the speaker
        ("Торговля двух стран растёт, сообщил на брифинге в Минске министр торговли Кении Джон Маина.",
         "Брифинг министра торговли Кении"),
        # what the press conference was about stays after whose it is
        ("Об этом на пресс-конференции по итогам полугодия заявил Посол Беларуси в Чехии Иван Орлов.",
         "Пресс-конференция Посла Беларуси в Чехии по итогам"),
        # the subject after talks told as when it acted: both persons' names go, no «и» is left
        ("В Ташкенте после переговоров президенты Беларуси и Узбекистана Иван Петров и Карим Алиев подписали договор.",
         "Переговоры президентов Беларуси и Узбекистана"),
        # the subject before a meeting told by «на»
        ("Министр сельского хозяйства Беларуси Иван Сидоров на встрече с послом Египта рассказал о поставках.",
         "Встреча Министра сельского хозяйства Беларуси с послом Египта"),
    ],
)
def test_an_event_told_as_where_one_acted_is_theirs(sentence, name):
    assert _names(sentence) == [name]


def test_one_spoke_at_a_meeting_told_before_the_verb_so_it_was_held():
    # «сегодня» dates it; «белорусский лидер» in an event's name is «Президент Беларуси»
    assert _names("Об этом сегодня на встрече с белорусским лидером сказал премьер-министр Литвы Йонас Петраускас.") == [
        "Встреча премьер-министра Литвы с Президентом Беларуси"
    ]


def test_no_one_is_named_by_a_thing_after_the_event():
    # «подписали договор»: no person or delegation acted, so the talks are named by no one and left out
    assert _names("После переговоров подписали договор о сотрудничестве.") == []


def test_those_who_agreed_at_talks_still_hold_them():
    assert _names(
        "Об этом договорились министр промышленности Беларуси Иван Орлов и министр энергетики Казахстана "
        "Арман Серикбаев на переговорах в Астане."
    ) == ["Переговоры министра промышленности Беларуси и министра энергетики Казахстана"]


def test_an_ambassadors_rank_is_left_to_the_officials_list():
    assert _names(
        "Об этом сегодня на пресс-конференции сообщил Чрезвычайный и Полномочный Посол Республики Чили "
        "в Республике Беларусь Хосе Мартинес."
    ) == ["Пресс-конференция Посла Республики Чили в Республике Беларусь"]
