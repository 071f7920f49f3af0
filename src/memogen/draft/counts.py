"""How many times something happened → a count of occasions: «главы государств
встречались уже 11 раз», «губернатор посещал Беларусь более 20 раз», «комиссия
собиралась восемь раз», and the adverbs of a count «дважды», «трижды», «четырежды»
(«побывал в Беларуси уже дважды»). The verb names what is counted (встреча, визит,
заседание); «в N раз» is a multiple, never a count. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from memogen.draft import clauses
from memogen.draft import numbers as num
from memogen.reading import SPELLED

_TIMES = re.compile(
    rf"(?<![\w-])(?:(?P<num>\d{{1,3}}|{SPELLED})\s+раза?\b|(?P<adverb>дважды|трижды|четырежды)\b)", re.I
)
# how many times an adverb says («дважды» and its kin; from five on Russian says «пять раз»)
_ADVERBS = {"дважды": Decimal(2), "трижды": Decimal(3), "четырежды": Decimal(4)}
# «в» before the number, or before a list of numbers that share «раза»: «в 3,5 и 2 раза»
_MULTIPLE_BEFORE = re.compile(rf"\bв\s+(?:(?:{num.NUM})\s*(?:,|и|или|{num.DASH})\s*)*$", re.I)
_PER = re.compile(r"\s+(?:в|за)\s+(?:год|месяц|неделю|квартал|полугодие|день|сутки)\b", re.I)
# the verb of the clause → what is counted
_OCCASIONS = (
    ("встреча", re.compile(r"\bвстреча\w*|\bвстреч\w*|\bвиделись\b", re.I)),
    ("визит", re.compile(r"\bпосе[щт]\w*|\bбывал\w*|\bпобывал\w*|\bприезжал\w*|\bвизит\w*", re.I)),
    ("заседание", re.compile(r"\bзаседа\w*|\bсобирал\w*", re.I)),
    ("телефонный разговор", re.compile(r"\bсозванивал\w*|\bпо\s+телефону\b", re.I)),
)


@dataclass(frozen=True)
class Occasions:
    value: Decimal
    unit: str
    hedge: str | None
    stated: str
    start: int
    end: int


def of_occasions(unit: str | None) -> bool:
    """Whether a count's counted noun names an occasion («семнадцать заседаний комиссии»,
    «11 встреч», «20 визитов»): how many times, up to the release's date unless a period
    is named."""
    return unit is not None and any(verb.match(unit) for _, verb in _OCCASIONS)


def read(text: str) -> list[Occasions]:
    """Each «N раз» of `text` whose clause has a verb of meeting, visiting or sitting."""
    out = []
    for m in _TIMES.finditer(text):
        if _MULTIPLE_BEFORE.search(text, 0, m.start()) or _PER.match(text, m.end()):
            continue  # «в 11 раз», «в 3,5 и 2 раза»: multiples; «три раза в год»: how often, not how many
        value = _ADVERBS[m["adverb"].lower()] if m["adverb"] else num.number(m["num"])
        clause = clauses.around(text, m.start(), m.end(), clauses.PHRASE)
        unit = next((unit for unit, verb in _OCCASIONS if verb.search(clause)), None)
        if value is None or unit is None:
            continue
        out.append(Occasions(value, unit, num.hedge_before(text, m.start()), m.group(), m.start(), m.end()))
    return out
