"""Events told by turns of phrase, read from sentences written for these tests: a visit
told with where first and who came after the verb, talks held in a form said before whom
they were with, talks named by those who agreed at them, an event planned «в планах», a
presentation, a name in quotes holding a name in quotes, an opening planned for a date."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2024, 5, 20)


def _what(sentence: str) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("В Минск с рабочим визитом прибыл министр сельского хозяйства Вьетнама.",
         ["Рабочий визит министра сельского хозяйства Вьетнама в Минск"]),
        ("В Брест прибыла делегация Псковской области во главе с губернатором Михаилом Ведерниковым.",
         ["Визит делегации Псковской области во главе с губернатором в Брест"]),
        ("В Казань приехал с официальным визитом председатель Гродненского облисполкома.",
         ["Официальный визит председателя Гродненского облисполкома в Казань"]),
        ("Могилёвскую область посетила делегация Смоленской области во главе с вице-губернатором.",
         ["Визит делегации Смоленской области во главе с вице-губернатором в Могилёвскую область"]),
        # where they are is no destination; whom a delegation came with is part of its name, without names
        ("В Минске прибыли первые вагоны.", []),
        ("В Гомель прибыла делегация во главе с командующим Силами обороны Зимбабве Филипом Сибандой.",
         ["Визит делегации во главе с командующим Силами обороны Зимбабве в Гомель"]),
    ],
)
def test_a_visit_told_with_where_first(sentence, what):
    assert _what(sentence) == what


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Министр экономики Беларуси Александр Червяков провёл переговоры в режиме видеосвязи с министром торговли Омана.",
         ["Переговоры Министра экономики Беларуси с министром торговли Омана в режиме видеосвязи"]),
        ("Об этом договорились министр энергетики Беларуси Алексей Кушнаренко и министр энергетики Узбекистана "
         "Журабек Мирзамахмудов на переговорах в Ташкенте.",
         ["Переговоры министра энергетики Беларуси и министра энергетики Узбекистана"]),
        # a post of two fields joined by «и» is one person's
        ("Это обсудили министр сельского хозяйства и продовольствия Беларуси Иван Петров и посол Кубы Хосе Гарсиа "
         "на встрече в Минске.",
         ["Встреча министра сельского хозяйства и продовольствия Беларуси и посла Кубы"]),
        ("В планах делегации — переговоры с руководством Витебской области.",
         ["Переговоры с руководством Витебской области"]),
    ],
)
def test_talks_named_by_their_form_and_by_who_agreed_at_them(sentence, what):
    assert _what(sentence) == what


def test_the_form_of_talks_is_no_event_of_its_own():
    said = _what("Министр провёл переговоры в формате видеоконференции с послом Египта.")
    assert not any(w.lower().startswith("видеоконференц") for w in said)


def test_a_presentation_held_is_an_event():
    assert _what("Об этом сообщил посол на презентации инвестиционного потенциала Беларуси в Каире.") == [
        "Презентация инвестиционного потенциала Беларуси"
    ]


def test_a_name_in_quotes_holding_a_name_in_quotes_is_whole():
    assert _what("Встреча прошла на форуме «Регион «Полесье» — 2023».") == ["Форум «Регион «Полесье» — 2023»"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Весной в Узбекистане планируют открыть сборочное производство белорусских лифтов.",
         ["Открытие сборочного производства белорусских лифтов в Узбекистане"]),
        # an intention with no date is an idea (a proposal), no event
        ("В Узбекистане планируют открыть сборочное производство белорусских лифтов.", []),
    ],
)
def test_an_opening_planned_for_a_date_is_an_event(sentence, what):
    assert _what(sentence) == what
