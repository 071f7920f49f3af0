"""The indicator vocabulary: one registry → the facts model's choices, the figures'
groupings, the Russian names and the trade section's rows.

Adding an indicator means adding one `Indicator` here; `facts.model.IndicatorName`
lists the same names for type checkers and the JSON Schema, and a test fails when the
two (or docs/facts.md) disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Indicator:
    """What a figure measures and how the memo names it."""

    name: str
    nominative: str  # «товарооборот»; empty for product/other: their `label` names them
    genitive: str  # after «объема», «уровня»: «товарооборота»
    gender: Literal["masc", "femn", "neut", "plur"] = "masc"  # agrees the verb: «составило»
    trade: bool = False  # a flow of trade: exports, imports, balance (one row per period)
    series: bool = False  # drawn over time: the dynamics table and chart
    labelled: bool = False  # named by the figure's `label`, not by the indicator


INDICATORS: dict[str, Indicator] = {
    i.name: i
    for i in (
        Indicator("turnover", "товарооборот", "товарооборота", series=True),
        Indicator("exports", "экспорт", "экспорта", trade=True),
        Indicator("imports", "импорт", "импорта", trade=True),
        Indicator("balance", "сальдо", "сальдо", gender="neut", trade=True),
        Indicator("product", "", "", labelled=True),
        Indicator("count", "", "", labelled=True),  # a number of things, in `unit`: «96 организаций»
        Indicator("other", "", "", labelled=True),
        # the value of contracts or deals signed, and investment: never a trade flow, never
        # tabulated or summed with trade; an optional `label` continues the name
        Indicator("contracts", "объем контрактов", "объема контрактов"),
        Indicator("investment", "объем инвестиций", "объема инвестиций"),
    )
}

# The trade flows the facts may state from either side: the partner's exports are ours
# imports («поставки в Беларусь» in a Russian governor's words are Belarus's imports).
MIRROR = {"exports": "imports", "imports": "exports"}

TRADE = tuple(n for n, i in INDICATORS.items() if i.trade)
FLOWS = ("exports", "imports")
# Indicators stated in money over the whole trade relation: one unit per table column.
AMOUNTS = ("turnover", *TRADE)
LABELLED = tuple(n for n, i in INDICATORS.items() if i.labelled)
# The value of deals and of investment: each printed in a sentence of its own.
DEALS = ("contracts", "investment")
