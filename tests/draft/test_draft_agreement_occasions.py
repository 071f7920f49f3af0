"""Documents named as a group no number names exactly (a hedged number, «ряд», a package) are told by the
occasion their sentence says they were signed at: «…, подписанные по итогам переговоров в …»,
the participle agreeing with the title's head; a hedged count signed at one event is such a
list, no statistic; a title that says what a document is about or whom it is between, a
sentence with no event named and a span of a recurring event keep the old reading. The
sentences were written for these tests (their places, events and documents are invented)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

from memogen.draft.deals import occasion

RELEASE = dt.date(2024, 9, 10)


_read = partial(agreements_of, RELEASE)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("По итогам переговоров в Гродно было подписано около 30 межрегиональных соглашений.",
         [("Межрегиональные соглашения, подписанные по итогам переговоров в Гродно", "signed")]),
        ("В ходе визита в Пермь подписан ряд коммерческих контрактов.",
         [("Коммерческие контракты, подписанные в ходе визита в Пермь", "signed")]),
        ("Во время визита стороны подписали почти 40 соглашений.",
         [("Соглашения, подписанные во время визита", "signed")]),
        ("По итогам визита будет подписан пакет документов о сотрудничестве.",
         [("Пакет документов о сотрудничестве", "planned")]),  # what it is about tells it
        ("По итогам визита будет подписан пакет документов.", [("Пакет документов по итогам визита", "planned")]),
    ],
)
def test_documents_counted_are_named_by_the_occasion_they_were_signed_at(sentence, found):
    assert _read(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "За годы сотрудничества подписано более 200 межрегиональных соглашений.",  # no event: a statistic
        "За время форума подписано более 250 соглашений.",  # a recurring event's span: a statistic
    ],
)
def test_a_hedged_count_with_no_single_event_is_a_statistic(sentence):
    assert _read(sentence) == []


def test_a_title_that_tells_the_document_takes_no_occasion():
    assert occasion("В ходе визита подписаны соглашения о поставках зерна.", "Соглашения о поставках зерна", True) == ""
    assert occasion("В рамках программы подписано 5 контрактов.", "5 контрактов", True) == ""  # no event
    # a document of states is told by its two sides, which signers.py writes
    assert occasion("В ходе визита подписан ряд двусторонних документов.", "Двусторонние документы", True) == ""
    assert occasion("По итогам визита подписан пакет документов.", "Пакет документов", True) == (
        ", подписанный по итогам визита"
    )


def test_documents_an_exact_number_names_keep_their_count():
    # README convention 5: a group a number names with no occasion is that count of its kind
    assert _read("В Казани подписали 12 контрактов.") == [("12 контрактов", "signed")]
