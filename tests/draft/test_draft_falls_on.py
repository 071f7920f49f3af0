"""«На прочие государства пришлось 3,8 млрд долларов»: the trade of the sentence before,
split by the place it falls on, with that place at its other end (issue #10). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import sides

RELEASE = dt.date(2024, 8, 1)


def figures(*sentences: str) -> list[dict]:
    return figures_for(RELEASE, "Республика Казахстан", *sentences, stems=("казахст",))


@pytest.mark.parametrize(
    ("before", "place"),
    [
        ("На прочие государства пришлось ", "на прочие государства"),
        ("На страны ЕС приходится около ", "на страны ЕС"),
        ("Остальное распределено так: на Китай пришлось ", "на Китай"),
    ],
)
def test_a_place_a_trade_falls_on_is_read(before, place):
    assert sides.falls_on(before) == place


@pytest.mark.parametrize(
    "before",
    ["На технику и оборудование пришлось ", "На долю предприятий пришлось ", "Экспорт в Китай составил "],
)
def test_no_place_or_another_clause_is_none(before):
    assert sides.falls_on(before) is None


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("На прочие государства пришлось 2 млрд 100 млн долларов.", "остальные страны"),
        ("На Китай пришлось 700 млн долларов.", "Китайская Народная Республика"),
    ],
)
def test_the_trade_before_split_by_a_place_is_that_places(second, name):
    found = figures(
        "За полугодие товарооборот Беларуси со странами ЕАЭС составил 5 млрд 300 млн долларов.", second
    )
    assert [f["indicator"] for f in found] == ["turnover", "turnover"]
    assert found[1]["counterparty"]["name"] == name
