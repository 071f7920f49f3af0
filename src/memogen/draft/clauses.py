"""The clause of a sentence around a position (an amount, a rate, «N раз»): from the
last boundary before it to the first one after it. What counts as a boundary depends on
what the clause is read for, so the boundaries are a parameter, one of the named sets
below. No I/O.
"""

from __future__ import annotations

import re

# A statement of its own: «…; …», «…: …», «…, а в этом году …», «…, тогда как …», «…,
# причём …», «…, и если …», and a dash before a word («экспорт — 300 млн, импорт — 200 млн»
# is no break: a number follows). What a figure's own clause reports (its status) is read
# between these.
STATEMENT = re.compile(
    r"[;:]|,\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как|причём|причем|при\s+этом|(?:и\s+)?если)\s|"
    r",\s+и\s+(?=(?:задач|цел[ьи]\b|план\b|прогноз)\w*)|"  # «…прибавила 18 %, и задача — превзойти …»
    r"\s[—–]\s(?=[а-яё]+\s)",
    re.I,
)
# A turn to another statement after the words before it: «;», «:», or a comma and «а», «но»,
# «и», «причём», «при этом», «однако», «тогда как» («объём вырос на 29 %, причём
# увеличились и экспорт, и импорт»: that growth is none of the indicators after the turn).
TURN = re.compile(r"[;:]|,\s+(?:причём|причем|при\s+этом|а|но|однако|и|тогда\s+как)\s", re.I)
# A sentence's parts: «;», «:» or «.» before a space, «, а», «, но». A deal's words and its
# amount are read between these: «контракты …, которые … на сумму 3 млн» stays one clause.
PART = re.compile(r"[;:.]\s|,\s+(?:а|но)\s")
# Every comma, semicolon or colon, and «а» or «но»: the words right before a rate or an
# amount («экспорт вырос, а импорт сократился на 4 %»), the verb of «N раз». A full stop
# inside a sentence ends an abbreviation («г.», «тыс.»), no clause.
PHRASE = re.compile(r"[,;:]|\s(?:а|но)\s")
# A comma, semicolon, colon or full stop before a space, or a dash between spaces: where
# trade goes and whether it is the whole of trade are read between these («В государства
# дальнего зарубежья поставлено …», «Весь белорусский экспорт …»).
WHERE = re.compile(r"[,;:.]\s|\s[—–]\s")
# A comma, semicolon or colon before a space, or a dash between spaces: the subject of who
# met or signed is read between these (a comma in «3,5» parts nothing).
SUBJECT = re.compile(r"[,;:]\s+|\s[—–-]\s")
# A comma, semicolon, colon or full stop, or a dash (or hyphen) between spaces: who spoke
# is read after the words of an event up to these («сообщил на встрече губернатор края, …»).
SPEAKER = re.compile(r"[,;:.]|\s[—–-]\s")
# Any stop, comma, semicolon, colon, «!», «?», a dash (or hyphen) between spaces, or «что»:
# who sends a flow is the subject of the flow verb between these («…, что белорусские
# предприятия поставили …»).
SENDER = re.compile(r"[,;:.!?]|\s[—–-]\s|\sчто\s")
# Any stop, comma, semicolon, colon, «!», «?» or bracket, or a dash between spaces: a
# name's verb is read between these («Иван Петров, сообщила пресс-служба»: the verb after
# the comma is another subject's).
PERSON = re.compile(r"[,.;:!?()]|\s[—–]\s")
# Any full stop, semicolon, colon or comma: who holds a place in a ranking is named in one
# of the pieces between these.
HOLDER = re.compile(r"[.;:,]")
# A comma (not one between digits: «1,27 %» turns no clause), a semicolon or «а»: the
# words that make a percent a share («доля», «приходится») are read between these.
SHARE = re.compile(r"(?<!\d),|,(?!\d)|;|\sа\s")
# A comma, semicolon or colon before a space: «в Россию — на 12 %» after «экспорт вырос на
# 10 %:» is read between these.
ELIDED = re.compile(r"[,;:]\s")
# A comma, semicolon, a dash between spaces, «а», «но» or «и»: the verb that moves a rate
# «на N %» is read between these («цены снизились, а объём вырос на 5 %»).
MOVED = re.compile(r"[,;]|\s[—–]\s|\s(?:а|но|и)\s")
# Any comma, full stop, semicolon, colon, «!» or «?»: a deal's name ends at a word ending
# in one, and «в том числе …» after a deed reads up to one.
STOP = re.compile(r"[,.;:!?]")
# A comma and «а» or «но» after it: the share stated beside a place («третье место …
# с долей 6,1 %, а …») is read up to this.
CONTRAST = re.compile(r",\s+(?:а|но)\s")
# A comma, semicolon, colon, full stop, bracket or quotation mark: a company's form
# before a bracket («компания (…)») is read after the last of these.
BRACKETED = re.compile(r"[,;:.()«»\"]")
# A comma with or without «а», «и», «но», a semicolon or a colon: the subject of «готов»
# is read after the last of these («…, а Минск готов …»).
READY = re.compile(r",\s*(?:а|и|но)?\s*|;\s*|:\s*")
# A comma, semicolon, colon, full stop, «!», «?», a closing quotation mark, or a dash (or
# hyphen) between spaces: what a stake is put on («ставка будет сделана на …») runs up
# to one of these.
STAKE = re.compile(r"[,;:.!?»\"]|\s[—–-]\s")
# «;», «.» or «:» before a space, or a comma and «а», «но» or «однако»: the clause naming
# a trade balance («сальдо …») begins after the last of these before it.
BALANCE = re.compile(r"[;.]\s|,\s+(?:а|но|однако)\s|:\s")
# «а» (after a comma or not) or a semicolon: the next statement after an amount or a rate
# («экспорт составил 300 млн, а импорт …»).
NEXT = re.compile(r",?\s+а\s|;\s")
# The same with «но» and «однако»: a rate on the far side of one of these is not the
# amount's before it.
OTHER = re.compile(r",?\s+(?:а|но|однако)\s|;\s")
# «;», «а» or «но»: a flow word («экспорт», «поставки») reaches over commas and colons to
# its amount, not past these.
FLOW_REACH = re.compile(r";|\s(?:а|но)\s", re.I)
# A comma not between digits, «;», «:», a bracket, a dash (or hyphen) between spaces, «а»
# or «но»: what is traded is read after a flow word up to these.
FLOW_WORDS = re.compile(r",(?!\d)|[;:()]|\s[—–-]\s|\s(?:а|но)\s", re.I)
# A comma and «а» or «но», or a semicolon: an offer's clause ends where another's begins
# («…, а Витебск готов …»); «, а также» carries the same offer on.
ANOTHER = re.compile(r",\s+(?:а|но)\s(?!также\s)|;\s")


# A predicate's own stretch: «;» or «:», a dash between spaces, a comma, or «и», «а», «но», «однако»
# between words. What a document's status is read from: the verb of its own stretch («подписаны ряд
# соглашений и успешно реализуется дорожная карта»: the agreements are signed, the road map in force).
PREDICATE = re.compile(r"[;:]\s|\s[—–]\s|,\s*|\s(?:и|а|но|однако)\s", re.I)


def pieces(text: str, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of `text` between its boundaries, as (start, end)."""
    bounds = [0, *(x for m in breaks.finditer(text) for x in (m.start(), m.end())), len(text)]
    return [(a, b) for a, b in zip(bounds[0::2], bounds[1::2]) if b > a]


def nearest_first(spans: list[tuple[int, int]], at: int) -> list[tuple[int, int]]:
    """`spans` from the one holding `at` outwards, the one before first where two lie as near."""
    k = next((i for i, (a, b) in enumerate(spans) if a <= at < b), 0)
    return [spans[i] for i in sorted(range(len(spans)), key=lambda i: (abs(i - k), i > k))]


def start(text: str, at: int, breaks: re.Pattern[str]) -> int:
    """Where the clause holding `at` begins: the end of the last boundary before `at`
    (the text from there up to `at` holds no boundary), else 0."""
    return max([0, *(m.end() for m in breaks.finditer(text, 0, at))])


def end(text: str, at: int, breaks: re.Pattern[str]) -> int:
    """Where the clause holding `at` ends: the start of the first boundary from `at`, else
    the text's end."""
    after = breaks.search(text, at)
    return after.start() if after else len(text)


def before(text: str, at: int, breaks: re.Pattern[str]) -> str:
    """The clause's words up to `at`."""
    return text[start(text, at, breaks) : at]


def around(text: str, at: int, until: int | None = None, breaks: re.Pattern[str] = PHRASE) -> str:
    """The clause from its start before `at` to its end after `until` (default `at`)."""
    return text[start(text, at, breaks) : end(text, at if until is None else until, breaks)]
