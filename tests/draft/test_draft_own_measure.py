"""A rate or amount whose clause names a measure of its own is no growth or level of the
indicator of the sentence before: «объём» with a noun in the genitive («объём реализации …
в магазинах») names its own measure, and a dash after a clause with its own verb parts
its subject from its rate, standing for no verb left out (issue #10). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2024, 3, 1)
PARTNER = "Приморский край"
LEAD = "Товарооборот края с Беларусью в 2023 году превысил 20 млн долларов."


def _read(sentence: str) -> list[tuple]:
    return [(f["indicator"], f.get("value"), (f.get("growth") or {}).get("times"))
            for f in figures_for(RELEASE, PARTNER, LEAD, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Кроме того, вырос объём реализации белорусской обуви в магазинах края — в 4,2 раза.",
        "Кроме того, объём выпуска совместных автобусов вырос в 4,2 раза.",
    ],
)
def test_a_measure_of_its_own_takes_no_growth_of_the_indicator_before(sentence):
    assert _read(sentence) == [("turnover", Decimal(20), None)]


@pytest.mark.parametrize(
    "sentence", ["При этом объёмы выросли в 4,2 раза.", "За год он вырос в 4,2 раза."],
)
def test_a_word_pointing_back_still_takes_it(sentence):
    assert _read(sentence) == [("turnover", Decimal(20), Decimal("4.2"))]


def test_a_dash_standing_for_a_verb_left_out_still_goes_on_with_the_indicator():
    assert [(i, v) for i, v, _ in _read("За январь–февраль 2024 года — 4 млн долларов.")] == [
        ("turnover", Decimal(20)), ("turnover", Decimal(4))
    ]
