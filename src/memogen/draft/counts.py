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
from typing import Protocol, TypeVar

from memogen.draft import clauses, tenses
from memogen.draft import numbers as num
from memogen.draft.words import parses
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


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=_Placed)


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


# What an event is called («на выставке», «форум», «церемония подписания»), and the occasions a
# count may be of besides («В ходе визита подписаны 5 контрактов», «В составе делегации — 130»)
EVENT = re.compile(r"\b(?:выставк|форум|ярмарк|конференци|саммит|церемони|фестивал|экспозици|бизнес-мисси)\w*", re.I)
OCCASION = re.compile(
    rf"{EVENT.pattern}|\b(?:визит|встреч|переговор|заседани|сесси|поездк|делегаци|мероприяти)\w*", re.I
)
# Taking part in an event: «участвовали», «присутствовали», «экспонировались», «представлены»
TAKING_PART = re.compile(r"\b(?:участ|присутств|посети|посеща|экспонир|выстав(?!к)|представлен|занял)\w*", re.I)
# As of the release's date: «на сегодня», «на данный момент» (a bare «сегодня» with a verb in the
# past is the day of the release's event: «Сегодня область представила 200 предприятий»)
AS_OF = re.compile(r"(?<![\w-])на\s+(?:сегодня(?:шний\s+день)?|данный\s+момент|текущий\s+момент)(?![\w-])", re.I)
# Now: «сегодня», «сейчас», «на данный момент», «в настоящее время»
NOW = re.compile(r"(?<![\w-])(?:на\s+)?(?:сегодня|сейчас|данный\s+момент|настоящее\s+время)(?![\w-])", re.I)
# What a side holds: «у Брестской области подписано 60 соглашений», «у области есть связи с 70 странами»
_HELD_BY = re.compile(
    r"(?<![\w-])[Уу]\s+(?:[А-ЯЁа-яё-]+\s+){0,2}?(?:област|регион|республик|стран|город|кра[яю]|[А-ЯЁ])", re.I
)

# «Всего область подписала 26 соглашений», «В общей сложности создано 12 производств»: a statement
# opened by «in all» tells a total so far (with no event named)
_IN_ALL = re.compile(r"[\s«\"„“]*(?:всего|в\s+общей\s+сложности|в\s+целом|итого)(?![\w-])", re.I)

# How a count with no period of its own is dated (`when`): by its event, by the period of the
# sentence before, or by nothing (`unstated`: how things stand, a total so far)
AT_EVENT, BEFORE, STANDING, SO_FAR = "event", "before", "standing", "so far"


class _Dated(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def day(self) -> bool: ...


def dates_after(previous: str, before: _Dated) -> bool:
    """Whether the period `before`, named in the sentence `previous`, may date a count of the
    sentence after it: not the date of a day («подписан 8 декабря 1999 года»: that day's act),
    nor one inside a relative clause that tells no figures («поручения, которые даны в прошлом
    году»: what that clause tells was done then)."""
    span = tenses.inner_clause(previous, before.start)
    return not before.day and (span is None or tenses.tells_figures(previous[span[0] : span[1]]))


def _now_standing(text: str, at: int) -> bool:
    """Whether a participle in the present right after the count's words tells the things
    counted stand now («10 представительств, работающих в регионах», «2 тыс. человек,
    живущих в области»)."""
    words: list[str] = []
    for word in _WORD.finditer(text, at):
        if not word.group().isalpha() or len(words) == 4:
            break
        words.append(word.group())
    return tenses.existing(" ".join(words))


# a word, or where the count's phrase ends (a sentence's end; the point of «тыс.» is none)
_WORD = re.compile(r"[А-Яа-яЁё]+|[;:!?()]|\.(?=\s*(?:[А-ЯЁ«]|$))")
# a noun and «на» right before the count: «мегаферма на 2400 голов», «гостиница на 300 мест»
# (not «договор на экспорт 100 самосвалов»: what the contract is for, an act)
_NOUN_ON = re.compile(r"([А-Яа-яЁё]+)\s+на\s+$")


# the items of a plan or an agenda («20 пунктов»)
_PLAN_ITEMS = re.compile(r"пункт", re.I)


def _capacity(text: str, at: int) -> bool:
    """Whether the count at `at` tells the size of the thing named right before it («ферма на
    2400 голов», «завод на 10 тыс. машин»), not an act: it stands whenever it is said."""
    m = _NOUN_ON.search(text, 0, at)
    return m is not None and parses(m.group(1))[0].tag.POS == "NOUN"


def occasion(text: str) -> bool:
    """Whether a sentence names an event or a taking part in one («В ходе визита …»,
    «участвовали», «выставились»): what it counts is that event's."""
    return bool(OCCASION.search(text) or TAKING_PART.search(text))


def when(text: str, at: int, counted: str, previous: str, dated_before: bool, running: bool) -> str:
    """How a count with no period of its own, at `at` in `text`, is dated, read from its own
    statement (a clause coordinated by «, и», «, а» is one of its own):
    - what stands now — a verb in the present («работают», «связывают»), or no verb, with no
      event named (those taking part in an event are counted at it) — is `STANDING`;
    - an act in the past, with no event named, is of the period of the sentence right before
      when that names one (`BEFORE`), unless it is «на сегодня» or «уже» done (`SO_FAR`); so far
      too is what a side holds («у области подписано»), what is made or opened («создано 13
      производств»), a statement opened by «всего» (in all: «Всего область подписала 26
      соглашений») and what the count's words say exists («40 действующими соглашениями»);
    - else it is its event's (`AT_EVENT`) when its sentence or the one before names one
      («Состоялась церемония. Подписано 9 контрактов.») or it names the day of its act
      («Накануне подписано 7 документов»); with none of these, what a passive
      participle tells stands done, a total so far (`SO_FAR`: «Между городами подписано 20
      соглашений»), while an active verb («Стороны подписали 5 соглашений»), or a count inside
      what the participle's subject names («заключён договор на экспорт 100 самосвалов»), tells
      an act of the release's own event.
    `running`: the period before is still running («В этом году … На сегодня поставлено …»)."""
    statement = clauses.around(text, at, breaks=tenses.OWN_STATEMENT)
    verb = tenses.own_verb(text, at)
    blank = _beside(text, at)  # «выполнено 118 мероприятий»: what is counted names no event it is of
    in_sentence = occasion(blank)
    if verb is None or verb.tag.tense != "past":  # «В составе делегации — около 130 руководителей»
        own = clauses.around(blank, at, breaks=tenses.OWN_STATEMENT)
        return AT_EVENT if EVENT.search(own) or verb is None and OCCASION.search(blank) else STANDING
    so_far = tenses.so_far(text, at) and not in_sentence or AS_OF.search(statement) is not None
    if _capacity(text, at) or _PLAN_ITEMS.match(counted):
        # «Участок под мегаферму на 2400 голов уже выделен»: a size; «записали в план 20 пунктов»:
        # what a document holds; no act of a month
        return STANDING
    if _now_standing(text, at) and not in_sentence:
        return STANDING  # «Немало сделали 10 представительств, работающих в регионах»: they stand now
    if (_HELD_BY.search(statement) or tenses.existing(counted)) and not in_sentence:
        return SO_FAR  # «сегодня у области налажены связи с пятью регионами»: what a side holds
    if dated_before and tenses.past(text, at) and not in_sentence and (running or not (so_far or NOW.search(text))):
        return BEFORE  # «В 2007 году … Причиной стала продажа 2 тыс. тракторов»
    if so_far or (tenses.made(text, at) or _IN_ALL.match(statement)) and not in_sentence:
        return SO_FAR  # «Всего область подписала 26 соглашений»: in all, a total so far
    if in_sentence or occasion(previous) or tenses.on_a_day(text, at):
        # «В ходе визита подписали …», «Состоялась церемония. Подписано 9 контрактов.», «Накануне подписано …»
        return AT_EVENT
    return SO_FAR if verb.tag.POS == "PRTS" and tenses.passive_subject(text, at) else AT_EVENT


# the count and the words of what it counts: «118 мероприятий», «20 визитов делегаций»
_COUNTED = re.compile(r"[\d\s,.]*[^\s,.;:]*(?:\s+[а-яё-]+){0,2}", re.I)


def _beside(text: str, at: int) -> str:
    """`text` with the count at `at` and the next two words blanked out (as many spaces), so
    that what it counts («118 мероприятий») is not read as the event it is of."""
    m = _COUNTED.match(text, at)
    return text if m is None else text[:at] + " " * (m.end() - at) + text[m.end() :]


def in_force(text: str, at: int, spans: list[M]) -> list[M]:
    """The periods `spans` (any objects with a `start`) that may date the count at `at`: all
    of them, unless its own statement is in the present («… за 2023 год поставлено 90, а на
    карьерах работают свыше 50 самосвалов»): then only those of its own statement."""
    verb = tenses.own_verb(text, at)
    if verb is None or verb.tag.tense != "pres" or tenses.to_come(text, at) is not None:
        return spans  # «…: 500 тракторов предстоит поставить в 2025–2027 годах» is to come, not now
    begin, end = clauses.start(text, at, tenses.OWN_STATEMENT), clauses.end(text, at, tenses.OWN_STATEMENT)
    return [m for m in spans if begin <= m.start < end]


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
