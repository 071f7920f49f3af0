"""Documents an exact number counts with nothing they are about, signed at one occasion their
sentence names, are one group told by that occasion (README convention 5: the release's words for
the group, the count in brackets as a remark): «По итогам переговоров подписаны 22 контракта» →
«Контракты (22), подписанные по итогам переговоров». A count with what the documents are about, or
with no occasion, or over a span that may be many events («за время форума»), keeps its count as
the title. A name of a thing with its number («гимназия № 27») runs on over the number. The
sentences were written for these tests (their places, events and documents are invented)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

from memogen.draft.phrases import name_end

RELEASE = dt.date(2024, 9, 10)


_read = partial(agreements_of, RELEASE)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("По итогам переговоров в Витебске подписаны 22 контракта.",
         [("Контракты (22), подписанные по итогам переговоров в Витебске", "signed")]),
        ("За время визита делегации стороны подписали 14 соглашений.",
         [("Соглашения (14), подписанные за время визита делегации", "signed")]),
        ("На ярмарке в Гомеле заключено больше 6 межрегиональных соглашений.",
         [("Межрегиональные соглашения (больше 6), подписанные на ярмарке в Гомеле", "signed")]),
        ("В ходе визита в Брест подписано 5 меморандумов.",
         [("Меморандумы (5), подписанные в ходе визита в Брест", "signed")]),
    ],
)
def test_documents_counted_at_one_occasion_are_a_group_told_by_it(sentence, found):
    assert _read(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("По итогам переговоров подписано 4 соглашения о поставках молока.",
         [("4 соглашения о поставках молока", "signed")]),  # what they are about tells them
        ("Районы подписали 8 контрактов.", [("8 контрактов", "signed")]),  # no occasion
        ("За время форума подписано 300 соглашений.", [("300 соглашений", "signed")]),  # a span of many events
    ],
)
def test_documents_counted_otherwise_keep_their_count(sentence, found):
    assert _read(sentence) == found


def test_a_hedged_count_at_a_visit_is_a_group_not_a_statistic():
    assert _read("За время визита стороны подписали почти 30 соглашений.") == [
        ("Соглашения, подписанные за время визита", "signed")
    ]


def test_a_number_after_no_sign_goes_with_the_name():
    text = "соглашение между лицеем № 3 и колледжем № 12 подписали в мае"
    assert text[: name_end(text, len("соглашение"))] == "соглашение между лицеем № 3 и колледжем № 12"
    assert _read("Будет подписано соглашение между лицеем № 3 и колледжем № 12.") == [
        ("Соглашение между лицеем № 3 и колледжем № 12", "planned")
    ]


def test_documents_a_count_names_are_documents_when_signed():
    # README convention 5's own example: «подписано 14 документов» is one group of documents
    assert _read("Сегодня стороны подписали 11 документов.") == [("11 документов", "signed")]
    assert _read("В 11 документах говорится о дружбе.") == []  # no signing: no group
