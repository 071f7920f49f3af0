"""Visits and sessions told by verbs in every tense, read from sentences written for these
tests: one flown to («вылетел с … визитом в …»), one to come or under way («посетит
…», «посещает …»), a region or a state visited with no «визит» said, one told in a relative
clause dated «с …», one told place first with «с … визитом» before the verb, a delegation
at work somewhere, and a session someone spoke at with words between."""

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
        ("Министр иностранных дел Беларуси вылетел с официальным визитом в Республику Перу.",
         ["Официальный визит Министра иностранных дел Беларуси в Республику Перу"]),
        ("Премьер-министр Беларуси посетит Лиму с рабочим визитом 3–4 июня.",
         ["Рабочий визит Премьер-министра Беларуси в Лиму"]),
        ("Губернатор Тверской области в июне посетит Гродненскую область.",
         ["Визит губернатора Тверской области в Гродненскую область"]),
        ("Министр промышленности Перу Хуан Гарсиа, который с 3 мая находился в Минске с рабочим визитом, "
         "улетел домой.",
         ["Рабочий визит Министра промышленности Перу в Минск"]),
        ("3–4 июня Беларусь с официальным визитом посещает министр экономики Перу.",
         ["Официальный визит министра экономики Перу в Беларусь"]),
    ],
)
def test_a_visit_told_by_a_verb_in_any_tense(sentence, what):
    assert _what(sentence) == what


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр посетил Минский тракторный завод.",  # a plant visited: no visit to a place («посещение …»)
        "В Минске работает новый завод.",  # no delegation at work
        "Делегация работает над планом поставок.",
    ],
)
def test_no_visit_without_a_place_or_a_delegation(sentence):
    assert not any(w.startswith("Визит") for w in _what(sentence))


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("В Витебске работает делегация Псковской области.", ["Визит делегации Псковской области в Витебск"]),
        ("Делегация Псковской области работала в Витебске два дня.", ["Визит делегации Псковской области в Витебск"]),
    ],
)
def test_a_delegation_at_work_somewhere_is_on_a_visit_there(sentence, what):
    assert _what(sentence) == what


def test_a_session_someone_spoke_at_with_words_between_was_held() -> None:
    sentence = ("Так полагает посол Перу, выступивший 3 мая в Минске, в торговой палате, на заседании "
                "делового совета Беларуси и Перу.")
    assert _what(sentence) == ["Заседание делового совета Беларуси и Перу"]


def test_a_visit_of_persons_listed_up_to_and_others_is_the_first_ones() -> None:
    sentence = ("Губернатор Омской области Иван Петров, депутат областного собрания Пётр Иванов и другие "
                "представители области побывали в Гродно с рабочим визитом.")
    assert _what(sentence) == ["Рабочий визит губернатора Омской области в Гродно"]


def test_a_body_spoken_at_by_a_report_was_in_session() -> None:
    sentence = "О ходе работ президенту доложил на заседании Кабинета министров вице-премьер Иван Петров."
    assert _what(sentence) == ["Заседание Кабинета министров"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a time reckoned from an earlier meeting tells no event
        "Губернатор напомнил, что со времени их прошлой встречи прошло три года.",
        # «С» opening the sentence is a preposition, no numeral of the name; visits named by no one are none
        "С рабочими визитами министр уже приезжал в Минск в 2019 году.",
    ],
)
def test_no_event_from_a_time_reckoned_or_visits_named_by_no_one(sentence):
    assert _what(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Перуанский министр Хуан Гарсиа 3–4 июня посещает Минск с рабочим визитом.",
         ["Рабочий визит перуанского министра в Минск"]),
        # a body's name keeps its capital
        ("Минский горисполком провёл встречу с делегацией Омска 3 мая.",
         ["Встреча Минского горисполкома с делегацией Омска"]),
    ],
)
def test_a_place_adjective_capitalised_by_the_sentence_only_is_written_small(sentence, what):
    assert _what(sentence) == what


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # a meeting held at someone's office is named with whose it was; «речь шла» says it was held
        ("На рабочей встрече у губернатора Омской области речь шла о поставках техники.",
         ["Рабочая встреча у губернатора Омской области"]),
        ("Об этом министр рассказал 3 мая на совещании у Премьер-министра по вопросам экспорта.",
         ["Совещание у Премьер-министра по вопросам экспорта"]),
    ],
)
def test_a_meeting_at_someones_is_named_with_whose_it_was(sentence, what):
    assert _what(sentence) == what
