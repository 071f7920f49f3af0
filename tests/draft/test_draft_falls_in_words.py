"""A fall said by a fraction in words («сократился на четверть», «снизился на треть»)
keeps its words for the memo and its sign for the figures (issue #10): a fall by a
quarter is −25, never +25. Sentences written for these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, growth_of

from memogen import russian
from memogen.draft.figures import Context

RELEASE = dt.date(2025, 10, 14)


def growths(*sentences: str) -> list[tuple]:
    return [(f["indicator"], f["period"], growth_of(f)) for f in figures_read(sentences, Context(RELEASE))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В 2024 году экспорт сократился на четверть.",
         ("exports", "2024", {"words": "на четверть", "change": Decimal(-25)})),
        ("Импорт за январь–июнь снизился по сравнению с прошлым годом на треть.",
         ("imports", "2025-01..06", {"words": "на треть", "change": Decimal("-33.3")})),
        ("В прошлом году взаимная торговля упала наполовину.",
         ("turnover", "2024", {"words": "наполовину", "change": Decimal(-50)})),
        ("Товарооборот в 2023 году уменьшился почти на четверть.",
         ("turnover", "2023", {"words": "на четверть", "change": Decimal(-25), "qualifier": "почти"})),
    ],
)
def test_a_fall_by_a_fraction_is_negative(text, expected):
    assert growths(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В 2024 году экспорт вырос на четверть.", ("exports", "2024", {"words": "на четверть"})),
        ("За январь–август товарооборот увеличился на треть.", ("turnover", "2025-01..08", {"words": "на треть"})),
    ],
)
def test_a_rise_by_a_fraction_keeps_its_words_alone(text, expected):
    assert growths(text) == [expected]


def test_the_memo_says_a_fall_in_words_is_a_fall():
    assert russian.growth(change_pct=Decimal(-25), words="на четверть") == "снижение на четверть"
    assert russian.growth(change_pct=Decimal("-33.3"), words="на треть") == "снижение на треть"
    assert russian.growth(words="на треть") == "рост на треть"
