"""Who an agreement is between when the release names its signers around the verb
(after it, or one body before it), a post standing for its body, the minutes of an event,
documents named by adjectives of their kind, and what is no document (a visit's
programme, a participle clause after a comma); read from sentences written for these
tests (their places, bodies and documents are invented)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

RELEASE = dt.date(2024, 9, 10)


_read = partial(agreements_of, RELEASE)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("В 2019 году договор о сотрудничестве подписали Витебский государственный университет и Смоленская "
         "академия искусств.",
         "Договор о сотрудничестве между Витебским государственным университетом и Смоленской академией искусств"),
        ("Меморандум о партнёрстве заключили Брестский областной музей и Тульская картинная галерея.",
         "Меморандум о партнёрстве между Брестским областным музеем и Тульской картинной галереей"),
    ],
)
def test_two_bodies_that_sign_after_the_verb_are_the_sides(sentence, title):
    assert [t for t, _ in _read(sentence)] == [title]


def test_persons_who_sign_after_the_verb_are_no_sides():
    said = "Договор о поставках молока подписали директор комбината Иван Петров и мэр Олег Сидоров."
    assert [t for t, _ in _read(said)] == ["Договор о поставках молока"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Брестская область подписала соглашение о сотрудничестве с Псковской областью.",
         "Соглашение о сотрудничестве Брестской области с Псковской областью"),
        ("По итогам поездки Витебский облисполком заключил ряд договоров о сотрудничестве с индийскими штатами.",
         "Договоры о сотрудничестве Витебского облисполкома с индийскими штатами"),
    ],
)
def test_one_body_that_signs_with_a_side_named_is_the_other_side(sentence, title):
    assert [t for t, _ in _read(sentence)] == [title]


def test_a_person_who_signs_with_a_side_named_adds_no_side():
    said = "Министр подписал соглашение о сотрудничестве с Монголией."
    assert [t for t, _ in _read(said)] == ["Соглашение о сотрудничестве с Монголией"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Губернатор подписал соглашение о сотрудничестве с главой Гомельского областного исполнительного "
         "комитета Петром Ивановым.",
         "Соглашение о сотрудничестве с Гомельским областным исполнительным комитетом"),
        ("Мэр заключил договор о побратимстве с председателем Иваном Сидоровым.", "Договор о побратимстве"),
    ],
)
def test_a_side_named_by_its_heads_post_is_the_body_it_heads(sentence, title):
    assert [t for t, _ in _read(sentence)] == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("По итогам заседания стороны подписали протокол.", "Протокол заседания"),
        ("По итогам третьего заседания совместной комиссии по торговле министры подписали протокол.",
         "Протокол третьего заседания совместной комиссии по торговле"),
        ("По результатам переговоров подписан протокол.", "Протокол переговоров"),
    ],
)
def test_a_bare_protocol_signed_after_an_event_is_its_minutes(sentence, title):
    assert _read(sentence) == [(title, "signed")]


def test_a_protocol_after_no_event_stays_unnamed():
    assert _read("По итогам года подписан протокол.") == []


@pytest.mark.parametrize(
    ("sentence", "title", "status"),
    [
        ("Во время визита стороны подпишут ряд межправительственных документов.",
         "Межправительственные документы", "planned"),
        ("Главы правительств подписали несколько двусторонних документов.", "Двусторонние документы", "signed"),
    ],
)
def test_documents_named_by_adjectives_of_their_kind_and_signed_are_agreements(sentence, title, status):
    assert _read(sentence) == [(title, status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Документ подписали генеральный директор и председатель корпорации.",
        "Экспортёрам нужно подготовить разрешительные документы.",
        "Стороны подписали протокол по итогам визита, и подписанные документы уже выполняются.",
    ],
)
def test_a_document_with_no_kind_or_no_signing_is_none(sentence):
    assert all(not t.lower().startswith(("документ", "разрешительн", "подписанн")) for t, _ in _read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Согласно программе пребывания, делегация реализует встречи на трёх предприятиях.",
        "Программа официального визита выполняется в полном объёме.",
        "В рамках программы форума подписаны меморандумы.",
    ],
)
def test_the_programme_of_a_visit_or_a_stay_is_no_document(sentence):
    assert all(not t.startswith("Программа") for t, _ in _read(sentence))


def test_a_participle_clause_after_a_comma_is_no_part_of_a_title():
    said = "Во исполнение соглашений, подписанных в ходе визита, выполняется программа развития туризма."
    assert ("Программа развития туризма", "in_force") in _read(said)
    assert all("," not in t for t, _ in _read(said))


def test_a_country_in_brackets_inside_a_title_is_passed_over():
    said = ("Подписано соглашение между Гродненским облисполкомом (Беларусь) и администрацией Омской области "
            "(Россия) о торговом сотрудничестве.")
    assert _read(said) == [("Соглашение между Гродненским облисполкомом (Беларусь) и администрацией Омской "
                            "области (Россия) о торговом сотрудничестве", "signed")]


def test_a_document_renewed_is_named_in_the_singular():
    said = "Стороны обсудили продление соглашения о сотрудничестве, заключённого 20 лет назад."
    assert _read(said) == [("Соглашение о сотрудничестве", "in_force")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Правительство Омской области подписало соглашение о сотрудничестве с Гомельским облисполкомом.",
         "Соглашение о сотрудничестве Правительства Омской области с Гомельским облисполкомом"),
        ("Министерство торговли заключило договор о поставках с концерном «Восток».",
         "Договор о поставках с концерном «Восток»"),
        ("Казахстан подписал соглашение о транзите с Китаем.", "Соглашение о транзите Казахстана с Китаем"),
    ],
)
def test_a_neuter_or_named_body_that_signs_is_read(sentence, title):
    assert _read(sentence) == [(title, "signed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр Иван Петров подписал соглашение о сотрудничестве с Монголией.",
        "Компания подписала соглашение о сотрудничестве с Монголией.",
        "В ходе визита во главе с губернатором Петром Ивановым область подписала соглашение о сотрудничестве с "
        "Монголией.",
    ],
)
def test_a_person_or_a_bare_noun_that_signs_adds_no_side(sentence):
    assert [t for t, _ in _read(sentence)] == ["Соглашение о сотрудничестве с Монголией"]
