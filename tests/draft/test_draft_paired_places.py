"""A trade named with two places joined by «и» right after its word is the two sides'
trade, also when the first is a region named with its common noun («внешнеторговый оборот
Тульской области и Беларуси»), not the region's trade with every country (issue #10).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2024, 3, 1)


def _counterparty(partner: str, sentence: str):
    [figure] = figures_for(RELEASE, partner, sentence)
    return (figure.get("counterparty") or {}).get("name")


@pytest.mark.parametrize(
    ("partner", "sentence"),
    [
        ("Тульская область", "В 2023 году внешнеторговый оборот Тульской области и Беларуси составил 25 млрд рублей."),
        ("Вологодская область", "Внешнеторговый оборот Вологодской области и Республики Беларусь в 2023 году достиг 300 млн долларов."),
        ("Краснодарский край", "За 2023 год внешнеторговый оборот Краснодарского края и Беларуси вырос до 700 млн долларов."),
    ],
)
def test_a_region_and_belarus_joined_by_i_are_the_two_sides_trade(partner, sentence):
    assert _counterparty(partner, sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2023 году внешнеторговый оборот Тульской области составил 25 млрд рублей.",
        "В 2023 году внешнеторговый оборот Тульской области вырос и составил 25 млрд рублей.",
    ],
)
def test_a_region_s_foreign_trade_alone_is_with_every_country(sentence):
    assert _counterparty("Тульская область", sentence) == "все страны"


def test_foreign_economic_turnover_is_a_turnover():
    partner = "Республика Коми"
    [figure] = figures_for(RELEASE, partner, "Внешнеэкономический оборот Коми и Беларуси в 2023 году превысил 2 млрд рублей.")
    assert (figure["indicator"], figure.get("counterparty")) == ("turnover", None)
    sentence = "Внешнеэкономический оборот Республики Коми в 2023 году превысил 90 млрд рублей."
    assert _counterparty(partner, sentence) == "все страны"


def test_economic_ties_are_no_turnover():
    figures = figures_for(RELEASE, "Республика Коми", "Внешнеэкономические связи Коми охватывают 40 стран.")
    assert all(f["indicator"] != "turnover" for f in figures)
