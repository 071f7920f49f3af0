"""Growth stated next to a figure → the facts model's `growth`: an index («100,9 % к
уровню прошлого года», «темп роста — 112 %»), a change («на 2,5 % больше», «рост на 63,8
%», «сокращение на 12 %» is negative), a multiple («в 1,5 раза», «вдвое») or a change in
words («на треть»), with what it compares with when that is not the same period a year
before («к уровню 2022 года»). No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import numbers as num
from memogen.draft import shares
from memogen.draft.model import UNSTATED, Item, accepts, supports
from memogen.draft.periods import Mention
from memogen.facts.periods import Period

_INDEX_AFTER = re.compile(r"\s*(?:к\s+уровню|к\s+аналогичн|к\s+соответствующ|по\s+сравнению|относительно)", re.I)


def versus(text: str, ms: list[Mention], start: int, figure_period: str) -> object:
    base = next((m for m in ms if m.role == "base" and m.start >= start), None)
    if base is None or base.period is None:
        return None
    if figure_period == UNSTATED:
        return str(base.period)
    period = Period.parse(figure_period)
    same_span = re.search(r"аналогичн|тот\s+же\s+период|соответствующ", text[max(0, base.start - 40) : base.end])
    if base.period.year == period.year - 1 and (same_span or base.period.is_whole_year and period.is_whole_year):
        return None  # the default: the same period a year before
    whole = re.search(r"итог|цел|весь|всего", text[max(0, base.start - 20) : base.end], re.I)
    if base.period.year == period.year - 1 and base.period.is_whole_year and not whole:
        # «в январе–октябре … на 20,9 % больше, чем в 2022 году»: the same months of 2022
        return _SAME_MONTHS
    return str(base.period)


_SAME_MONTHS = "same months"


def unstated_base(item: Item, growth: dict, text: str, ms: list[Mention], at: int) -> None:
    """«увеличить к 2030 году товарооборот в два раза»: a target's or forecast's growth
    with no base named compares with a level the release does not give."""
    if item.data.get("_status") not in ("target", "forecast") or any(m.role == "base" for m in ms if m.start >= at):
        return
    if accepts("Growth", (("times", 2), ("versus", "unstated"))):
        growth["versus"] = "unstated"
        item.doubt("check", "growth against a base the release does not name: `versus: unstated`")




def attach(item: Item, text: str, amount: num.Amount, stop: int, ms, rates) -> None:
    """The growth stated after the amount, up to the next one; else one stated before it
    when no amount comes first («вырос вдвое и достиг полмиллиарда»: `rates` then holds it)."""
    after = [r for r in rates if amount.end <= r.start < stop]
    before = [r for r in rates if r.end <= amount.start]
    for rate in after + before:
        if rate.kind == "percent" and shares.CUE.search(text[rate.end : rate.end + 40]):
            continue
        growth = read(text, rate)
        if growth is None:
            continue
        base = versus(text, ms, rate.end, item.data["period"])
        unstated_base(item, growth, text, ms, rate.end)
        if base == _SAME_MONTHS:
            item.doubt("check", "growth read against the same months of the year before (the release names a year)")
        elif base is not None:
            growth["versus"] = base
        if re.search(r"\b(?:19|20)\d\d\s+и\s+(?:19|20)\d\d", text[rate.end :]):
            item.doubt("check", "the growth is stated against two years: the model holds one, check `versus`")
        item.data["growth"] = growth
        return


_RATE_NAMED = re.compile(r"\b(?:рост\w*|темп\w*\s+роста|прирост\w*)\s*(?:[—–:-]|составил\w*|состав\w+)\s*$", re.I)


def read(text: str, rate: num.Rate) -> dict | None:
    """A rate as growth: «100,9 % к уровню …» an index, «на 2,5 % больше» a change,
    «в 1,5 раза» a multiple; None when it is no growth («5 % рынка»)."""
    out: dict = {}
    if rate.kind == "times":
        if rate.fall:  # «сократился в 2 раза»: the facts model has no fall by a multiple
            return None
        out["times"] = rate.value
    elif rate.kind == "fraction":
        sign = -1 if rate.fall else 1
        if supports("Growth", "words"):
            out["words"] = rate.stated.lower()
        else:
            out["change"] = sign * rate.value
    elif _INDEX_AFTER.match(text[rate.end :]) and not re.search(r"\bна\s*$", text[: rate.start]):
        out["index"] = rate.value
    elif rate.kind == "percent" and _RATE_NAMED.search(text[max(0, rate.start - 40) : rate.start]):
        # «рост — 112,4 %», «темп роста составил 104 %» an index; «рост составил 12 %» a change
        out["index" if rate.value >= 100 else "change"] = rate.value
    elif re.search(r"(?:\bна|плюс|минус)\s+(?:\S+\s+){0,2}$", text[max(0, rate.start - 25) : rate.start]):
        out["change"] = -rate.value if rate.fall else rate.value
    else:
        return None
    if rate.hedge and supports("Growth", "qualifier"):
        out["qualifier"] = rate.hedge
    return out
