"""«поставили на 10,8 % больше товаров»: a comparative followed by all goods that a verb of
moving in its clause moves is the flow's growth; a comparison with another party («чем
Калужская») and a group's goods («больше тракторов») are not read so (issue #10).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2025, 3, 1)
PARTNER = "Тульская область"


def _read(sentence: str) -> list[tuple]:
    return [(f["indicator"], f.get("value"), f.get("growth", {}).get("change"), f.get("side"))
            for f in figures_for(RELEASE, PARTNER, sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("В 2024 году белорусские заводы отгрузили в область на 12 % больше продукции.",
         [("exports", None, Decimal(12), None)]),
        ("В 2024 году область закупила в Беларуси на 7 % больше товаров, чем годом ранее.",
         [("imports", None, Decimal(7), "partner")]),
        # a comparison with another party, and a group's goods, a product's figure: not read so
        ("В 2024 году область закупила в Беларуси на 7 % больше товаров, чем Калужская.", []),
        ("В 2024 году область закупила в Беларуси на 7 % больше тракторов.", []),
    ],
)
def test_more_goods_moved_is_the_flow_s_growth(sentence, expected):
    assert _read(sentence) == expected
