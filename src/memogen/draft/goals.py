"""A release's sentences → the tasks and goals heads of state set, and the agreements they
reached, as agreements with the status `set` (tests/data/releases/README.md: «a task set by
leaders»): «президенты … поставили цель довести товарооборот до 2 млрд долларов» → «Цель
президентов довести товарооборот до 2 млрд долларов», «о задаче, которую главы государств
поставили …: выйти на …» → «Задача глав государств выйти на …», «Перед Узбекистаном и
Беларусью стоит задача увеличить …» → «Задача увеличить …», «договорённости, достигнутые
главами государств в Сочи» → «Договорённости, достигнутые главами государств в Сочи». The
amount such a task names is a target figure as well (`figures`). A task anyone else sets
(one head of state, «мы ставим цель», «поставлена задача») is one too when it is an amount of
trade to reach (README convention 8: «Лукашенко поставил цель довести товарооборот до $1
млрд»); any other task of one side («нарастить экспорт в Африку») is no agreement. No I/O.
"""

from __future__ import annotations

import re

from memogen import inflect
from memogen.draft import indicators
from memogen.draft.model import Item
from memogen.draft.offers import infinitive_clause

# the heads of state, as the setters of a task, and their genitive for the title
_LEADERS = (
    (re.compile(r"(?<![\w-])глав(?:ы|ами|ам)?\s+государств(?![\w-])", re.I), "глав государств"),
    (re.compile(r"(?<![\w-])президент(?:ы|ами|ам|ов)(?![\w-])", re.I), "президентов"),
    (re.compile(r"(?<![\w-])лидер(?:ы|ами|ам|ов)(?![\w-])", re.I), "лидеров"),
)
# a task or a goal, in any case: «задача», «задачу», «о задаче», «цель»
_TASK = re.compile(r"(?<![\w-])(?P<noun>задач|цел)(?:а|у|и|е|ей|ь|ью)?(?![\w-])", re.I)
# verbs of setting or confirming a task, by lemma
_SETTING = {"поставить", "ставить", "подтвердить", "определить", "обозначить", "сформулировать"}
# «Перед Узбекистаном и Беларусью стоит задача …»: a task both sides face
_BEFORE_BOTH = re.compile(r"(?<![\w-])[Пп]еред\s+[А-ЯЁ][\w-]+\s+и\s+[А-ЯЁ][\w-]+\s+(?:стоит|стоят|поставлен[аы]?)\s+$")
# «договорённости, достигнутые главами государств в Сочи»: what the heads of state agreed
_REACHED = re.compile(
    r"(?<![\w-])договор[её]нност(?:и|ей|ям|ями)\s*,\s*(?:которые\s+)?достигнут\w*\s+"
    r"(?P<who>главами\s+государств|президентами|лидерами)(?P<rest>[^,.;:!?—–]*)",
    re.I,
)
_WORD = re.compile(r"[А-Яа-яЁё]+")
# a dash between spaces after the deed: what is said of it next is no part of it
_DASH_ON = re.compile(r"\s+[—–-]\s+")


def set_by_leaders(sentences: list[str]) -> list[Item]:
    """Each task or goal the heads of state set, or that both sides face, with the deed it
    sets (an infinitive clause), and each agreement the heads of state reached, as an
    agreement with the status `set`."""
    out: list[Item] = []
    for n, text in enumerate(sentences):
        titles = [_reached(m) for m in _REACHED.finditer(text)]
        task = _task(text)
        for title in [*titles, *([task] if task else [])]:
            data = {"title": title, "status": "set"}
            why = "a task or goal set, or an agreement of the heads of state: status set"
            out.append(Item(data, "check", [why], n))
    return out


def _reached(m: re.Match[str]) -> str:
    return f"Договорённости, достигнутые {m['who'].lower()}{m['rest'].rstrip()}"


def _task(text: str) -> str | None:
    """«Цель президентов довести …», «Задача глав государств выйти на …», «Задача увеличить …»:
    the task of the sentence when its setters are heads of state who set or confirm it, or it
    stands before both sides; None else."""
    task = _TASK.search(text)
    if task is None:
        return None
    both = _BEFORE_BOTH.search(text[: task.start()])
    leaders = next((whose for pattern, whose in _LEADERS if pattern.search(text)), None)
    deed = _deed(text, task.end())
    if deed is None:
        return None
    if both is None and not _set(text) and not _SAID_TO_BE.match(text, task.end()):
        return None  # «задача — довести товарооборот до $1 млрд»: the task said, a trade target below
    if both is None and leaders is None and not _trade_target(deed):
        return None  # «Президент поставил задачу нарастить экспорт в Африку»: no amount of trade to reach
    noun = "Задача" if task["noun"].lower() == "задач" else "Цель"
    setter = leaders or _head_setting(text)
    return " ".join([noun, *([] if both else [setter or ""]), deed]).replace("  ", " ")


# «задачу, которую поставил Президент Беларуси»: one head who sets a task, named after the verb
_HEAD_SETS = re.compile(
    r"(?<![\w-])(?:постав|ставит|определ|обознач)\w*\s+(?P<post>Президент|Премьер-министр)\s+(?P<state>[А-ЯЁ][а-яё]+)"
)
_HEAD_GENITIVE = {"Президент": "Президента", "Премьер-министр": "Премьер-министра"}


def _head_setting(text: str) -> str | None:
    """«Президента Беларуси» when a head of state or government named with his state right after
    the verb sets the task («задачу, которую поставил Президент Беларуси, — выйти на …»)."""
    m = _HEAD_SETS.search(text)
    return f"{_HEAD_GENITIVE[m['post']]} {m['state']}" if m else None


# «задача — довести …», «цель, к которой стремятся стороны, — это выйти на …»: the task said by a dash
_SAID_TO_BE = re.compile(r"(?:\s*,\s*(?:к\s+)?котор[^,—–]*,)?\s*[—–-]\s+(?:это\s+)?(?=[а-яё]+)", re.I)
# An amount of trade to reach: trade named (indicators.TRADE), and an amount or a multiple of it
_REACH = re.compile(
    r"\d|(?<![\w-])(?:миллиард|миллион|полмиллиард|вдвое|втрое|удво|утро|учетвер|(?:в\s+)?(?:два|три|полтора)\s+раза)\w*",
    re.I,
)


def _trade_target(deed: str) -> bool:
    """Whether a task's deed is an amount of trade to reach («довести товарооборот до $1 млрд»,
    «удвоить товарооборот»): README convention 8, a trade target set as a task or goal is an
    agreement `set` whoever sets it (a head of state, «мы ставим цель», «поставлена задача»)."""
    return indicators.names_trade(deed) and bool(_REACH.search(deed))


def _set(text: str) -> bool:
    """Whether a verb of setting or confirming a task stands in the sentence, in any form
    («поставили», «поставленная», «подтвердили»)."""
    return any(inflect.lemma(w.group()) in _SETTING for w in _WORD.finditer(text))


def _deed(text: str, at: int) -> str | None:
    """The infinitive clause a task sets: right after the task («цель довести …»), else after
    the colon or dash that brings it («о задаче, которую … поставили …: выйти на …»)."""
    # «цель довести …», «задачу к 2026 году довести …», «цель за год или полтора довести …»
    words = list(_WORD.finditer(text, at))[:5]
    first = next((w for w in words if inflect.pos(w.group()) == "INFN"), None)
    if first is not None and not re.search(r"[,;:.]", text[at : first.start()]):
        said = infinitive_clause(text[first.start() :])
    else:
        brought = re.compile(r"\s*[:—–]\s+|\s+-\s+").search(text, at)
        said = infinitive_clause(text[brought.end() :]) if brought else None
        verb = said.split()[0].lower() if said else ""
        said = said if said and inflect.pos(verb) == "INFN" else None
    said = _DASH_ON.split(said)[0].rstrip(" .") if said else None  # «… до $1 млрд. - может быть выполнена …»
    return said[:1].lower() + said[1:] if said else None
