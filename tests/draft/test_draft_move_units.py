"""A level a move started from takes the unit of the level it reached («со 110 тыс. до 75 тыс.
тонн»), as it takes its currency (issue #10); growth stated in a sentence of its own joins a
level of no period only in the very next sentence (two figures of no period are no evidence of
one). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_for, growth_of

from memogen.draft import numbers as num


def test_the_start_of_a_move_is_in_the_unit_of_the_level_reached():
    found = num.amounts("Поставки зерна сократятся со 120 тыс. до 90 тыс. тонн.")
    assert [(a.value, a.scale, a.unit) for a in found] == [
        (Decimal(120), "thousand", "тонна"), (Decimal(90), "thousand", "тонна")]


def test_growth_of_no_period_joins_a_level_of_no_period_in_the_next_sentence_only():
    release = dt.date(2024, 3, 1)
    far = figures_for(release, None, "Товарооборот двух стран вырос в три раза.", "Стороны обсудили планы.",
                      "Сейчас товарооборот приблизился к 400 млн долларов.")
    assert [(f.get("value"), growth_of(f)) for f in far] == [(None, {"times": Decimal(3)}), (Decimal(400), None)]
    near = figures_for(release, None, "Товарооборот двух стран вырос в три раза.",
                       "Сейчас товарооборот приблизился к 400 млн долларов.")
    assert [(f.get("value"), growth_of(f)) for f in near] == [(Decimal(400), {"times": Decimal(3)})]
