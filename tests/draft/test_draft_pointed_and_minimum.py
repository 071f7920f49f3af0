"""«как минимум» hedges like «не менее»; «не менее чем о $…» keeps its hedge; what grows may be
pointed at after the rate («удвоить эти объёмы», «утроить этот показатель»: the indicator of
the sentence before); an intent to raise a level («рассчитывает удвоить») is a target;
things pointed at («последние две позиции», «эти три проекта») are not counted again
(issue #10). Sentences written for these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, growth_of

from memogen.draft import numbers as num
from memogen.draft.figures import Context
from memogen.reading import numbers_in

RELEASE = dt.date(2025, 10, 1)


def read(*sentences: str) -> list[tuple]:
    return [(f["indicator"], f.get("value"), f.get("qualifier"), f.get("status"), growth_of(f))
            for f in figures_read(sentences, Context(RELEASE))]


@pytest.mark.parametrize(
    "text, hedge",
    [
        ("стороны намерены как минимум удвоить поставки", "не менее"),
        ("увеличить товарооборот как минимум в два раза", "не менее"),
        ("речь идёт не менее чем о 300 млн долларов", "не менее"),
        ("речь идёт о сумме не менее чем в 300 млн долларов", "не менее"),
    ],
)
def test_at_least_is_a_hedge(text, hedge):
    found = [r.hedge for r in num.rates(text)] + [a.hedge for a in num.amounts(text)]
    assert found == [hedge]


def test_the_checker_reads_at_least_as_over():
    (reading,) = [r for r in numbers_in("рассчитывают как минимум удвоить товарооборот") if r.kind == "times"]
    assert reading.hedge == "over"


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (("В 2024 году товарооборот составил 30 млн долларов.", "Президент рассчитывает как минимум удвоить эти объёмы."),
         ("turnover", None, None, "target", {"times": Decimal(2), "qualifier": "не менее", "versus": "unstated"})),
        (("Экспорт в 2024 году составил 40 млн долларов.", "Стороны намерены утроить этот показатель."),
         ("exports", None, None, "target", {"times": Decimal(3), "versus": "unstated"})),
    ],
)
def test_a_level_pointed_at_after_the_rate_is_the_one_named_before(sentences, expected):
    assert read(*sentences)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "На последние две позиции у покупателей особенно большой спрос.",
        "Эти три проекта обсуждались на встрече.",
        "Указанные два предприятия готовы к поставкам.",
    ],
)
def test_things_pointed_at_are_not_counted(text):
    assert read(text) == []


def test_a_plain_count_in_words_is_still_counted():
    assert read("В ходе визита подписаны две программы.")[0][:2] == ("count", Decimal(2))
