"""A level said as a part of the level it is compared with («61 % от уровня тех же месяцев
прошлого года», «удержался на 64 % от уровня …», «78 % от объёма января–мая 2024 года») is an
index, a fall when below a hundred; a share of a whole («30 % от объёма экспорта») is not.
A trade that «сжалась» or «обвалилась» fell (issue #10). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for, growth_of

RELEASE = dt.date(2024, 10, 20)


def growths(*sentences: str) -> list[dict | None]:
    return [growth_of(f) for f in figures_for(RELEASE, None, *sentences)]


@pytest.mark.parametrize(
    "sentence, index",
    [
        ("За январь–сентябрь товарооборот составил 120 млн долларов — это 61 % от уровня тех же месяцев 2023 года.",
         Decimal(61)),
        ("Товарооборот за девять месяцев составил 75 % от прошлогоднего уровня.", Decimal(75)),
        ("В январе–июне 2024 года экспорт удержался на 64,3 % от уровня января–июня 2023 года.", Decimal("64.3")),
        ("Импорт за пять месяцев составил 78,6 % от объёма января–мая 2023 года.", Decimal("78.6")),
    ],
)
def test_a_part_of_the_base_is_an_index(sentence, index):
    assert growths(sentence) == [{"index": index}]


def test_a_change_from_the_base_stays_a_change():
    assert growths("В январе–июне 2024 года экспорт снизился на 12 % от уровня января–июня 2023 года.") == [{"change": Decimal(-12)}]


@pytest.mark.parametrize("verb", ["сжалась", "обвалилась", "рухнула"])
def test_a_trade_that_shrank_fell(verb):
    assert growths(f"В январе–августе взаимная торговля {verb} на 30 %.") == [{"change": Decimal(-30)}]


def test_a_preposition_after_a_percent_names_no_whole():
    from memogen.draft import shares

    assert shares.genitive_run(" по отношению к периоду прошлого года") is None
    assert shares.genitive_run(" товарооборота области") == "товарооборота области"
