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

# One table of the words of goods moving, by the way they go for whoever moves them: out of him
# (his exports: supplies, shipments, sales) or into him (his imports: purchases). `name`: the
# indicator's own noun; `deed`: a noun of moving that a party changes («увеличит поставки»);
# `verb`: the verbs and what is made of them («поставила», «закупать», «продано», «приобретение»);
# `sent`: a verb of sending, a flow only before the goods or the amount sent («отправлено
# продукции на $5 млн», not «отправлена делегация», «отправился с визитом»); `market`: a sale or
# purchase, made at a market whose place names the other party («продажи на рынке Монголии» are
# ours to Mongolia). Stems, read from a word's start; a trader (TRADER_WORD: «поставщик»,
# «покупатель») is none of them.
MOVES = {
    "out": {
        "name": EXPORT_NOUN,
        "deed": r"поставк|поставок|отгрузк|отгрузок|продаж",
        "verb": r"постав(?:и|л|ят|ь)|отгру[зж]|прода(?:[жлнстюд]|[её]т|ва)|выв[оеё]з",
        "sent": (
            # «в страны СНГ ушло продукции на $640 млн», «отправлено товаров на $5 млн»
            r"ушл[оаи](?=\s+(?:продукци|товар|(?:[а-яё]+\s+)?на\s+[$€\d]))|"
            r"(?:от|на)правлен[оаы]?(?=\s+(?:продукци|товар|(?:[а-яё]+\s+)?на\s+[$€\d]))|"
            # «область отправила в Беларусь продукции на …», «отправилось молочных товаров на 1,6 млрд»; not a
            # person who «отправился с визитом»
            r"отправил[аи]?(?![а-яё])|отправил(?:ось|ись)(?=\s+(?:[а-яё]+\s+){0,2}(?:продукци|товар))"
        ),
        "market": r"прода",
    },
    "in": {
        "name": IMPORT_NOUN,
        "deed": r"закупк|закупок|покупк|покупок",
        "verb": r"(?:за|по)?куп(?:[иял]|а[еюял]|ать|ав)|приобр[её](?:л|т|с)|вв[оеё]з",
        "market": r"(?:за|по)?куп|приобр[её]",
    },
}


def stems(way: str, parts: tuple[str, ...]) -> str:
    """The stems of `MOVES` one way («out», «in») of the `parts` it has, as one alternation."""
    return "|".join(MOVES[way][part] for part in parts if part in MOVES[way])


def moving(way: str | None = None, parts: tuple[str, ...] = ("name", "deed", "verb")) -> re.Pattern[str]:
    """The words of goods moving (`MOVES`) one way («out», «in») or both (None), of the `parts`
    given, each from its start to its end."""
    found = "|".join(stems(each, parts) for each in ([way] if way else list(MOVES)))
    return re.compile(rf"(?<![\w-])(?!{TRADER_WORD})(?:{found})\w*", re.I)


SELLING = moving("out")  # «поставки», «экспортировала», «продано», «вывоз»: goods going out of their owner
BUYING = moving("in")  # «закупки», «купили», «приобретение», «ввоз»: goods coming in
DEEDS = moving(parts=("deed",))  # «поставки», «закупок», «продажи»: a deed of moving a party changes
MARKET = re.compile(rf"(?:{MOVES['out']['market']}|{MOVES['in']['market']})", re.I)  # at a word's start: `match`


def way_of(word: str) -> str | None:
    """The way goods go for whoever moves them, by a word of `MOVES`: «out» («поставила»,
    «продажи»), «in» («закупили»); None for a word of neither."""
    return "out" if SELLING.fullmatch(word) else "in" if BUYING.fullmatch(word) else None


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
