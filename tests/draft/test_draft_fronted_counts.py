"""A sentence opened by what it counts, in the genitive plural, with a verb of being before
the number («Белорусских тракторов в прошлом году было около 40»), counts that noun; and a
relative year whose «году» is left out after a year named before it in the sentence («…, в
этом уже 65») is that year (issue #10, periods14). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_read

from memogen.draft import numbers as num
from memogen.draft import periods
from memogen.draft.figures import Context

RELEASE = dt.date(2023, 11, 20)


def test_the_noun_a_sentence_opens_with_is_what_it_counts():
    said = "Белорусских автобусов в городе было около 30, а стало 70."
    assert [(a.value, a.unit) for a in num.amounts(said)] == [(Decimal(30), "автобус"), (Decimal(70), "автобус")]
    assert [a.unit for a in num.amounts("Комбайнов на полях района насчитывается 45.")] == ["комбайн"]


def test_a_noun_not_in_the_genitive_plural_counts_nothing():
    assert [a.unit for a in num.amounts("Делегация в прошлом году была на 3 выставках.")] == ["выставка"]
    assert num.amounts("Россия в прошлом году была на 2 месте.") == []


def test_a_year_left_out_after_one_named_is_that_kind_of_year():
    said = "Тракторов в прошлом году поставили 50, в этом — уже 80."
    found = [(str(m.period), m.stated) for m in periods.mentions(said, RELEASE)]
    assert found == [("2022", "прошлом году"), ("2023", "этом")]


def test_no_year_is_read_from_a_bare_relative_word_alone():
    assert periods.mentions("В этом, как сказал министр, и состоит задача.", RELEASE) == []


def test_the_counts_take_their_years():
    found = figures_read(["Белорусских тракторов в прошлом году было около 40, в этом уже 65."], Context(RELEASE))
    assert [(f["period"], f["value"]) for f in found] == [("2022", Decimal(40)), ("2023", Decimal(65))]
