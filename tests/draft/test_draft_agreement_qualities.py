"""Documents named with the adjectives of their kind, and documents the sides have
outlined (planned), read from sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

RELEASE = dt.date(2025, 4, 2)


_read = partial(agreements_of, RELEASE)


@pytest.mark.parametrize(
    ("sentence", "title", "status"),
    [
        ("Стороны наметили ряд долгосрочных контрактов.", "Долгосрочные контракты", "planned"),
        ("Заключены новые экспортные контракты.", "Новые экспортные контракты", "signed"),
        ("Министры подписали межправительственное соглашение о воздушном сообщении.",
         "Межправительственное соглашение о воздушном сообщении", "signed"),
        ("Намечено подписать рамочный договор о поставках удобрений.", "Рамочный договор о поставках удобрений",
         "planned"),
    ],
)
def test_a_document_keeps_the_adjectives_of_its_kind(sentence, title, status):
    assert _read(sentence) == [(title, status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Данное соглашение выполняется.",  # refers back: no title
        "Подписание контрактов состоится в мае.",  # a bare noun names no document
        "Все подписанные контракты выполняются.",  # a participle of status is no kind
    ],
)
def test_pointing_words_participles_and_bare_nouns_name_no_document(sentence):
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "title", "status"),
    [
        ("Ведётся работа над соглашением о взаимном признании дипломов.",
         "Соглашение о взаимном признании дипломов", "planned"),
        ("Стороны приступили к подготовке соглашения о свободной торговле.", "Соглашение о свободной торговле",
         "planned"),
        ("Связи строятся на основе соглашения о культурном обмене.", "Соглашение о культурном обмене", "in_force"),
    ],
)
def test_a_document_worked_on_or_rested_on_is_named_in_the_singular(sentence, title, status):
    assert _read(sentence) == [(title, status)]
