"""Documents told as a group by their sum (README convention 5: contracts of a sum are one
agreement), and a signing told by a verb in the future tense, whoever signs. Sentences written
for these tests (their places, sums and documents are invented)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

from memogen.draft.items import agreements

RELEASE = dt.date(2025, 10, 14)


_read = partial(agreements_of, RELEASE)


def test_contracts_told_by_their_sum_are_named_by_the_occasion_they_were_signed_at():
    said = "Контракты на более чем $40 млн подписаны во время рабочего визита губернатора в Брест."
    assert _read(said) == [("Контракты, подписанные во время рабочего визита губернатора в Брест", "signed")]


def test_contracts_told_by_their_sum_are_named_by_what_they_are_for_after_the_sum():
    said = "Мы подпишем контракты на 12 миллионов долларов на поставку в Гану лесной техники, в том числе погрузчиков."
    assert _read(said) == [("Контракты на поставку в Гану лесной техники", "planned")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Подписаны соглашения на 3,5 млрд рублей.", "Соглашения на 3,5 млрд рублей"),
        ("В этом году стороны заключили контракты на общую сумму почти 80 млн долларов.",
         "Контракты на общую сумму почти 80 млн долларов"),
    ],
)
def test_contracts_told_by_their_sum_alone_keep_the_sum_as_stated(sentence, title):
    assert _read(sentence) == [(title, "signed")]


def test_the_occasion_of_a_group_stops_before_the_documents_named_again():
    said = "В прошлом месяце мы заключили в ходе ярмарки контрактов на 90 млн долларов."
    assert [title for title, _ in _read(said)] == ["Контракты, подписанные в ходе ярмарки"]


def test_the_value_of_contracts_alone_is_no_document():
    assert _read("Сумма подписанных контрактов составила 15 млн долларов.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр подпишет соглашение о сотрудничестве в сфере образования.",
        "Мы заключим соглашение о сотрудничестве в сфере образования.",
        "Области утвердят соглашение о сотрудничестве в сфере образования.",
    ],
)
def test_a_verb_of_signing_in_the_future_tells_a_document_to_come(sentence):
    assert _read(sentence) == [("Соглашение о сотрудничестве в сфере образования", "planned")]


def test_a_document_told_twice_word_for_word_is_one():
    said = [
        "Меморандум о партнёрстве торговых палат подпишут в Гомеле",
        "Как сообщили в палате, в ходе визита планируется подписание меморандума о партнёрстве торговых палат.",
    ]
    assert [(a.data["title"], a.data["status"]) for a in agreements(said, RELEASE)] == [
        ("Меморандум о партнёрстве торговых палат", "planned")
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Ожидается подписание крупного пакета документов о сотрудничестве.", "Крупный пакет документов о сотрудничестве"),
        ("Обсуждался вопрос подписания двустороннего Соглашения о туризме.", "Двустороннее Соглашение о туризме"),
    ],
)
def test_adjectives_of_a_title_in_the_genitive_take_its_nouns_gender(sentence, title):
    assert [t for t, _ in _read(sentence)] == [title]


def test_a_title_stops_before_a_clause_its_comma_opens():
    said = "Обсудили, как выполняются соглашения о развитии туризма, в каком состоянии они и каковы планы."
    assert [t for t, _ in _read(said)] == ["Соглашения о развитии туризма"]
