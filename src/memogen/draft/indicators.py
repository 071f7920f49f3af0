"""Which trade indicator a word names: the one model of «is this a trade word».

A trade is named by a noun of its indicator — a turnover («товарооборот», «внешнеторговый
оборот», «торговля», «товарообмен»), a flow out («экспорт», «вывоз») or in («импорт»,
«ввоз»), a balance («сальдо») — or by a word of trading itself: supplies and sales go out
(«поставки», «поставляет», «продажи», «отгрузка», «рынки сбыта»), purchases come in («закупки»), and «торгует»
is both ways. Every module that asks whether a clause speaks of trade, or which way a trade
word goes, asks here. Words that only look like one are none: «экспортёр» and «импортёр» are
traders, «импортозамещение» and «экспортно-ориентированный» a policy, «торгово-экономический»
an adjective of cooperation. No I/O.
"""

from __future__ import annotations

import re

# the noun of a flow out, and of a flow in, that names its indicator («экспорт», «вывоз»)
EXPORT_NOUN = r"экспорт(?![её]р|но-ориент|оориент)|вывоз"
IMPORT_NOUN = r"импорт(?![её]р|озамещ)|ввоз"
# the stems of each indicator's words, the words of trading included
_STEMS = {
    "turnover": r"(?:товаро)?оборот|товарообмен|торговл|торгу",
    "exports": rf"{EXPORT_NOUN}|поставк|поставок|поставля|продаж|отгруз|сбыт",
    "imports": rf"{IMPORT_NOUN}|закуп",
    "balance": r"сальдо",
}
# one trade word, from its start to its end (no group: embed it in a pattern of your own)
TRADE_WORD = r"(?<![\w-])(?:" + "|".join(_STEMS.values()) + r")\w*"
TRADE = re.compile(TRADE_WORD, re.I)
# a trader, not a trade: who buys, supplies, imports, exports or invests («крупнейший покупатель»)
TRADER_WORD = r"(?:покупател|поставщик|импорт[её]р|экспорт[её]р|инвестор)\w*"
_FLOW = re.compile("|".join(f"(?P<{name}>{stem})" for name, stem in _STEMS.items()), re.I)


def names_trade(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether `text` (between `start` and `end`) names a trade by any of its words."""
    return TRADE.search(text, start, len(text) if end is None else end) is not None


def indicator_of(word: str) -> str | None:
    """The indicator a trade word names: `turnover`, `exports`, `imports` or `balance`
    («поставками» → exports, «закупок» → imports); None for a word that is no trade's."""
    if not TRADE.fullmatch(word):
        return None
    m = _FLOW.match(word)
    return m.lastgroup if m else None
