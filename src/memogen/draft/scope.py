"""Whose trade a figure is when its words name foreign trade and nothing else.

«Внешнеторговый оборот составил 888 млн», «сальдо внешней торговли сложилось положительное»:
with no owner («Беларуси», «области»), no whole («весь», «всего») and no place at its other end,
such a figure is read at first as trade with every country. In a release that has been stating
trade with the partner, it goes on with that trade: «Экспорт белорусских товаров достиг 245 млн,
импорта узбекских — 56 млн. Сальдо внешней торговли товарами сложилось положительное» is the
balance of those two flows, not Belarus's balance with the world.
"""

from __future__ import annotations

import re

from memogen.indicators import MIRROR

from .model import Item
from .phrases import SAID

# the figures whose other end a later figure may go on with
_TRADE = ("turnover", "exports", "imports", "balance")
_EVERY = "trade with every country, not with the partner"


def follow_trade(figures: list[Item], partner: bool = True) -> None:
    """A figure read as trade with every country by its foreign-trade words alone (marked
    `_foreign_words` when read) is trade with the partner when the trade figures stated
    just before it (earlier in its sentence or in the sentence before) are all trade with
    the partner and one of them says so in its words (whose flow it is, where it goes, a
    share): the release goes on with the trade it was stating. Trade with every country or
    a third party just before, none, or no partner found at all leave it as it was read."""
    for k, item in enumerate(figures):
        data = item.data
        if not data.pop("_foreign_words", False) or not partner or item.sentence is None:
            continue
        near = [
            o.data for o in figures[:k]
            if o.sentence in (item.sentence - 1, item.sentence)
            and o.data.get("indicator") in _TRADE and not o.data.get("label")
        ]
        if not near or any(o.get("counterparty") for o in near) or not any(_with_partner(o) for o in near):
            continue
        del data["counterparty"]
        item.notes = [n for n in item.notes if not n.startswith(_EVERY)]
        item.doubt("check", "foreign trade named with no owner, whole or place, right after trade with the partner: "
                   "that trade goes on (write `counterparty: все страны` if it is every country's)")


def _with_partner(data: dict) -> bool:
    """Whether a figure's own words make it trade with the partner: whose flow it is
    («экспорт белорусских товаров»), where it goes, or a share of the partner's trade."""
    return bool(data.get("_owned") or data.get("_dest") == "partner" or data.get("share"))


# a sentence reporting someone's words: «…, сообщил губернатор», «По словам министра, …»
_SAYS = re.compile(
    rf"(?<![\w-])(?:{SAID}|по\s+словам|по\s+данным)(?![\w-])", re.I
)
_UNSAID = "the release does not say whose flow it is: drafted as ours"


def voiced_flows(figures: list[Item], officials: list[Item], said: list[str]) -> None:
    """A flow whose owner its words do not name (marked `_unowned` when read), in a sentence
    reporting the words of one side's official or in one of the two after it that report
    nobody's («По итогам года он составил 380 млн, сообщил губернатор … . Импорт оценивается
    в 104 млн»), is that official's side's: the partner's official gives the partner's own
    figures (its imports are our exports). Our side's official leaves it ours."""
    speaking: dict[int, set[str]] = {}
    reporting = [(n, text.lower()) for n, text in enumerate(said) if _SAYS.search(text)]  # once per sentence
    for official in officials:
        surname = official.data["person"]["surname"].lower()
        stem = surname[:-2] if len(surname) > 4 else surname
        for n, text in reporting:
            if stem in text:
                speaking.setdefault(n, set()).add(official.data.get("side", "ours"))
    for item in figures:
        if not item.data.pop("_unowned", False) or item.sentence is None:
            continue
        n = item.sentence
        voice = next((speaking[k] for k in (n, n - 1, n - 2) if k in speaking), None)
        if voice != {"partner"} or item.data.get("side") == "partner" or item.data.get("indicator") not in MIRROR:
            continue
        item.data["side"] = "partner"
        item.notes = [n for n in item.notes if n != _UNSAID]
        item.doubt("check", "said in the partner's official's words, which name no owner: the partner's own figure "
                   f"(`side: partner`, its {item.data['indicator']} are our {MIRROR[item.data['indicator']]})")

