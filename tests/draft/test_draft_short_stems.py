"""A partner's stem of one or two letters («ош» for «город Ош») names it only as a whole
word, in any case: it would otherwise open ordinary words («ошибка», «ошеломить»).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft import deals, sides

SHORT = ("ош",)


@pytest.mark.parametrize("word", ["Ош", "Оша", "Оше", "Ошем", "Ошу"])
def test_a_two_letter_stem_names_the_partner_as_a_whole_word(word):
    assert sides.names_partner(word, SHORT)


@pytest.mark.parametrize("word", ["ошибка", "Ошибочно", "ошеломлён", "Ошейник", "Ошмётки"])
def test_a_two_letter_stem_inside_an_ordinary_word_names_nothing(word):
    assert not sides.names_partner(word, SHORT)


def test_a_longer_stem_still_opens_its_word():
    assert sides.names_partner("Перуанские", ("перу",))
    assert sides.names_partner("Узбекистаном", ("узбекис",))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Делегация Оша прибыла на переговоры.", True),
        ("На переговорах в Оше обсудили поставки техники.", True),
        ("В отчёте нашли ошибку в расчётах.", False),
        ("Стороны ошибочно указали сумму контракта.", False),
    ],
)
def test_a_text_names_a_two_letter_partner_only_by_its_own_word(text, named):
    assert sides.partner_named(text, SHORT) is named


def _event(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def test_deals_at_an_event_with_an_ordinary_word_are_the_event_s_total():
    text = "Всего на ярмарке без ошибок оформлено сделок на 2 млн долларов."
    assert deals.everyone(text, _event(text, "ярмарке"), SHORT)


def test_deals_at_an_event_the_partner_signed_are_not_the_event_s_total():
    text = "На ярмарке предприятия Оша заключили сделок на 2 млн долларов."
    assert not deals.everyone(text, _event(text, "ярмарке"), SHORT)
