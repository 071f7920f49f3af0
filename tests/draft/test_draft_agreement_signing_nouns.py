"""A signing named by its noun («подписание», «заключение») tells no tense of its own: with no
verb in the past beside it the document is still to come, unless the sentence before told it
signed or a time is counted from it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

RELEASE = dt.date(2025, 6, 10)


_read = partial(agreements_of, RELEASE)


@pytest.mark.parametrize(
    "said",
    [
        "Программа поездки предусматривает подписание соглашения о сотрудничестве между правительством "
        "Беларуси и администрацией Томской области.",
        "Главная цель визита — подписание соглашения о сотрудничестве между правительством Беларуси и "
        "администрацией Томской области.",
        "Губернатор поддерживает заключение соглашения о сотрудничестве между правительством Беларуси и "
        "администрацией Томской области.",
    ],
)
def test_a_signing_named_by_its_noun_alone_is_to_come(said):
    assert [status for _, status in _read(said)] == ["planned"]


def test_a_signing_named_by_its_noun_with_a_verb_in_the_past_is_done():
    said = "Вчера состоялось подписание соглашения о сотрудничестве между правительством Беларуси и администрацией Томской области."
    assert [status for _, status in _read(said)] == ["signed"]


def test_a_signing_named_by_its_noun_after_a_sentence_telling_it_done_is_that_signing():
    said = ["Подписанные сегодня документы открывают новый этап, заявил министр.",
            "По его словам, подписание соглашений о поставках техники даст работу заводам."]
    assert _read(*said) == [("Соглашения о поставках техники", "signed")]


@pytest.mark.parametrize(
    "said",
    [
        "Со дня подписания соглашения о сотрудничестве между Гродно и Тулой торговля выросла вдвое.",
        "Встреча приурочена к 15-летию подписания соглашения о сотрудничестве между Гродно и Тулой.",
    ],
)
def test_a_time_counted_from_a_signing_is_no_signing_to_come(said):
    assert [status for _, status in _read(said)] != ["planned"]


def test_in_conclusion_is_no_signing():
    assert _read("В заключение встречи стороны поблагодарили друг друга за работу над соглашением.") == []


def test_a_days_programme_is_a_schedule_no_document():
    said = "В программе дня — круглый стол и подписание соглашения о сотрудничестве между заводом и областью."
    assert [t for t, _ in _read(said)] == ["Соглашение о сотрудничестве между заводом и областью"]
