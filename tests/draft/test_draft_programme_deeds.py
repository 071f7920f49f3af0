"""A visit's programme told by its deeds, read from sentences written for these tests:
laying a wreath or flowers is an event named by its deed and where it was laid, and a
place called at that is no land (a plant, a museum, an academy) is «посещение …» of it,
whether the place comes after the verb or before it; a land named first is a visit there."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2025, 4, 11)


def _what(sentence: str) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Днём гости возложили венок к монументу Победы и осмотрели город.",
         ["Возложение венка к монументу Победы"]),
        ("В пятницу губернатор возложит цветы к Вечному огню в Гродно.",
         ["Возложение цветов к Вечному огню в Гродно"]),
        ("Министр принял участие в церемонии возложения венков к стеле «Брест – крепость-герой».",
         ["Возложение венков к стеле «Брест – крепость-герой»"]),
    ],
)
def test_a_wreath_laid_is_an_event_named_by_its_deed(sentence, what):
    assert _what(sentence) == what


def test_a_role_laid_on_a_body_is_no_ceremony():
    assert _what("На совет директоров возложена важная задача по выпуску продукции.") == []


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Делегация края посетила Гомельский химический завод.", ["Посещение Гомельского химического завода"]),
        ("Бобруйский шинный комбинат посетила делегация Курганской области.",
         ["Посещение Бобруйского шинного комбината"]),
        ("Гости также планируют посетить Национальный исторический музей и Белорусскую государственную филармонию.",
         ["Посещение Национального исторического музея", "Посещение Белорусской государственной филармонии"]),
        ("Перед переговорами состоялось посещение гостями Парка высоких технологий.",
         ["Посещение Парка высоких технологий"]),
    ],
)
def test_a_place_called_at_is_visited(sentence, what):
    assert _what(sentence) == what


@pytest.mark.parametrize(
    "sentence",
    [
        "Выставку посетили свыше 20 тысяч человек из 30 стран.",  # a count of visitors
        "Министр посетит с рабочим визитом Пензенскую область.",  # a land: a visit, told as one
    ],
)
def test_visitors_counted_or_a_land_are_no_place_called_at(sentence):
    assert not any(w.startswith("Посещение") for w in _what(sentence))


def test_a_land_named_before_the_verb_is_where_the_visit_went():
    assert _what("Курскую область посетил Посол Республики Беларусь в России.") == [
        "Визит Посла Республики Беларусь в России в Курскую область"
    ]


def test_one_wreath_and_one_plant_told_twice_are_drafted_once():
    said = [
        "Гости возложили цветы к монументу Победы в Минске.",
        "Делегация посетила Минский моторный завод.",
        "Потом гости возложили цветы у высокой гранитной стелы.",
        "Посещение ММЗ заняло два часа.",
    ]
    assert [e.data["what"] for e in events(said, _DAY)] == [
        "Возложение цветов к монументу Победы в Минске", "Посещение Минского моторного завода"
    ]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Министр побывал на предприятии «Нёман».", ["Посещение предприятия «Нёман»"]),
        ("В программе — поездка на БелАЗ и в Белорусский государственный университет.",
         ["Посещение БелАЗ", "Посещение Белорусского государственного университета"]),
        ("Гости также побывают на Гомельском химическом заводе, в объединении «Гомсельмаш» и в ОАО «Кристалл».",
         ["Посещение Гомельского химического завода", "Посещение объединения «Гомсельмаш»",
          "Посещение ОАО «Кристалл»"]),
    ],
)
def test_a_place_one_was_at_or_goes_to_is_called_at(sentence, what):
    assert _what(sentence) == what


def test_a_clause_after_a_place_called_at_is_no_place():
    assert _what("Делегация посетила завод «Гранит», открытие которого прошло в мае.") == ["Посещение завода «Гранит»"]
