"""A balance whose words name no side, stated right after flows stated from the partner's side,
is the partner's: signed from our side, it is reversed (issue #10); our own sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_for


def figures(*sentences: str) -> list[dict]:
    return figures_for(dt.date(2025, 3, 12), "Псковская область", *sentences)


def balance(*sentences: str) -> dict:
    (f,) = [f for f in figures(*sentences) if f["indicator"] == "balance"]
    return f


def test_a_balance_after_the_partners_flows_in_its_sentence_is_the_partners():
    f = balance("В 2024 году псковский экспорт в Беларусь составил 300 млн долларов, а импорт — 100 млн долларов, "
                "положительное сальдо — 200 млн долларов.")
    assert (f["value"], f["sign"]) == (Decimal(-200), "negative")


def test_a_balance_in_the_sentence_after_the_partners_flows_is_the_partners():
    f = balance("В 2024 году экспорт области в Беларусь вырос до 300 млн долларов, импорт из Беларуси — до 100 млн.",
                "Положительное сальдо составило 200 млн долларов.")
    assert (f["value"], f["sign"]) == (Decimal(-200), "negative")


def test_a_balance_after_our_flows_keeps_its_words():
    f = balance("В 2024 году белорусский экспорт в область составил 300 млн долларов, импорт — 100 млн долларов.",
                "Положительное сальдо составило 200 млн долларов.")
    assert (f["value"], f["sign"]) == (Decimal(200), "positive")


def test_a_balance_naming_its_side_keeps_its_words_after_the_partners_flows():
    f = balance("В 2024 году экспорт области в Беларусь составил 300 млн долларов, импорт из Беларуси — 100 млн.",
                "Сальдо для белорусской стороны отрицательное — 200 млн долларов.")
    assert (f["value"], f["sign"]) == (Decimal(-200), "negative")


def test_a_balance_by_its_sign_alone_after_the_partners_flows_is_the_partners():
    (f,) = [f for f in figures(
        "В 2024 году экспорт области в Беларусь составил 300 млн долларов, импорт из Беларуси — 100 млн.",
        "Сальдо торговли сложилось положительное.") if f["indicator"] == "balance"]
    assert f["sign"] == "negative"
