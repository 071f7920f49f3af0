"""«отправлено», «направлено» before goods or an amount («отправлено продукции на $40 млн»)
are flow words of exports, as «ушло» and «отгружено» are; the same words naming no goods or
money («направлено письмо», «отправлена делегация») name no flow (issue #10). Sentences
written for these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import flows

RELEASE = dt.date(2025, 6, 2)
PARTNER = "Республика Казахстан"


def read(text: str) -> list[tuple]:
    return [(f["indicator"], f.get("value"), f["period"], f.get("counterparty")) for f in figures_for(RELEASE, PARTNER, text)]


@pytest.mark.parametrize(
    "text",
    [
        "В январе–мае в Казахстан отправлено продукции на 40 млн долларов.",
        "За январь–май в республику направлено товаров на 40 млн долларов.",
        "В январе–мае в Казахстан было отправлено товаров на 40 млн долларов.",
    ],
)
def test_goods_sent_to_the_partner_are_exports(text):
    assert read(text) == [("exports", Decimal(40), "2025-01..05", None)]


@pytest.mark.parametrize(
    "text",
    ["В адрес партнёров направлено письмо с предложениями.", "В Астану отправлена делегация предприятий области."],
)
def test_sending_no_goods_is_no_flow(text):
    assert flows.FLOW.search(text) is None
