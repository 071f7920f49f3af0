"""A balance stated only by its sign, drafted with what it is a balance of (issue #10):
trade in services or in goods and services (`trade`), or foreign trade with every country
(`counterparty: все страны`), so the memo never prints it as our trade in goods with the
partner. Phrasings in our own words."""

from __future__ import annotations

import datetime as dt

import pytest
from drafted import figures_read

from memogen.draft.figures import Context


def _balance(text: str) -> dict:
    ctx = Context(dt.date(2025, 3, 1), partner="Вологодская область")
    return next(f for f in figures_read((text,), ctx) if f["indicator"] == "balance")


@pytest.mark.parametrize(
    ("text", "sign", "trade"),
    [
        ("В 2024 году сальдо торговли услугами сложилось положительным.", "positive", "services"),
        ("Сальдо во взаимной торговле услугами в 2024 году осталось отрицательным.", "negative", "services"),
        ("Сальдо взаимной торговли товарами и услугами за 2023 год было положительным.", "positive",
         "goods_and_services"),
        ("В 2024 году сальдо торговли сложилось в пользу белорусской стороны.", "positive", None),
    ],
)
def test_a_sign_only_balance_keeps_what_is_traded(text, sign, trade):
    found = _balance(text)
    assert found["sign"] == sign and found.get("trade") == trade and "value" not in found


def test_a_sign_only_balance_of_foreign_trade_is_with_every_country():
    found = _balance("В 2023 году сальдо внешней торговли Беларуси оставалось отрицательным.")
    assert found["counterparty"] == {"name": "все страны", "kind": "group"} and found["sign"] == "negative"
