"""A figure's clause → when its verb puts the amount: what the sentence says was done or
is so («поставили», «поставляет»), or what is still to come («поставит», «будет
поставлено», «помогут построить», «договорились поставить»). pymorphy3 reads each verb's
tense and mood, so no list of phrases is needed; only the kinds of verbs are named: those
that deliver goods or works (a supply to come is a target, whoever plans it) and those by
which sides bind themselves to a later act («договорились», «обязались»). No I/O.
"""

from __future__ import annotations

import re
from typing import Any

from memogen.draft import clauses
from memogen.draft.indicators import DEEDS as _SUPPLIES  # «уменьшит поставки»: a party changes its supplies
from memogen.draft.words import parses

# A relative or subordinate clause inside the figure's: its verb is another statement's
# («форум, который пройдёт в мае, …», «…, где будут выращивать …»), up to the next comma.
_INNER = re.compile(r",\s*(?:(?:[а-яё]+\s+){0,2}?котор\w+|где|когда|куда|откуда|чтобы|если|пока)(?![\w-])[^,;:]*", re.I)
# A supply, a purchase or a building: what is delivered is a target once it is to come
_DELIVER = {
    "поставить", "поставлять", "отправить", "отправлять", "отгрузить", "отгружать", "купить", "закупить",
    "закупать", "покупать", "продать", "продавать", "передать", "передавать", "доставить", "доставлять",
    "экспортировать", "импортировать", "ввезти", "вывезти", "построить", "строить", "получить", "получать",
}
# The core of a side's intention, as lemmas an infinitive completes, shared with offers.py (which
# reads it as a proposal): a plan or a wish («собираются закупить», «намерена поставить»: «намерена»
# is «намерить» to the dictionary) and sides binding themselves («договорились поставить»)
INTENDING = frozenset({"собираться", "намереваться", "намерить", "планировать", "хотеть"})
BINDING = frozenset({"договориться", "условиться"})
# Making, building or opening what a count counts: «создано 13 производств», «открыты 10 магазинов»
_MADE = {
    "создать", "открыть", "произвести", "изготовить", "собрать", "построить", "установить", "выпустить",
    "смонтировать",
}
# Sides binding themselves to a later act: «договорились поставить», «обязалась закупить»
_BIND = BINDING | {"согласиться", "обязаться", "решить", "согласовать"}
# An intent, a plan or an expectation of a later act: «планируется отправить», «собираются
# закупить» (a capacity, «позволяют выпускать», «может производить», tells how things stand)
_INTEND = INTENDING | {
    "планироваться", "запланировать", "рассчитывать", "ожидать", "ожидаться", "предполагать", "предполагаться",
    "предстоять", "стремиться", "готовиться", "предусматривать", "предусматриваться", "надеяться", "обещать",
    "пообещать",
}
# «намерена», «должны», «обязана», «готовы» before an infinitive: bound to a later act (meetings.py reads
# them before an infinitive of going too)
BOUND = frozenset({"намерить", "намеренный", "должный", "обязанный", "готовый"})
# A need or an aim before an infinitive: what it governs is a goal set
_NEED = re.compile(
    r"(?<![\w-])(?:нужно|необходимо|надо|следует|важно|оптимальн\w*|целесообразн\w*|предстоит)\s+(?:[а-яё]+\s+)?$",
    re.I,
)
# Verbs a level is stated by: what they put ahead is a forecast
_LEVEL = {"составить", "превысить", "достигнуть", "достичь", "быть", "выйти", "превзойти", "перешагнуть"}
# ... and the moves of a level: «может вырасти», «могут сократиться» put it ahead as much
_MOVES = {"вырасти", "увеличиться", "сократиться", "снизиться", "удвоиться", "утроиться", "приблизиться", "преодолеть"}
# A participle of a plan: «запланированных», «намеченных», «предусмотренных», «планируемых»
# «можно», «возможно», «реально» before an infinitive: what it can reach is a forecast
_CAN = re.compile(r"(?<![\w-])(?:можно|возможно|реально)\s+(?:[а-яё]+\s+)?$", re.I)
# Raising a level on purpose: «довести», «нарастить», «увеличить вдвое»
_RAISE = {"довести", "нарастить", "увеличить", "удвоить", "утроить", "поднять", "вывести", "приумножить"}
# «до» right before an amount: the level a move reaches («поднять до 300 млн»), not a multiple
_LEVEL_TO = re.compile(r"(?<![\w-])до\s+(?:[а-яё]+\s+)?$", re.I)
# Awaiting a delivery: «страна ждёт 712 машин»
_AWAIT = {"ждать", "дожидаться"}
# A dash right before the clause: «…увеличить товарооборот — до $1 млрд»
_DASHED = re.compile(r"\s[—–]\s*$")
_PLANNED = re.compile(r"(?<![\w-])(?:за)?(?:планир|намеч|предусмотр)\w*", re.I)
_PLAN = {"запланировать", "планировать", "наметить", "намечать", "предусмотреть", "предусматривать"}
_WORD = re.compile(r"[А-Яа-яЁё]+")
# A word that may be a verb: not a part of a hyphenated word («торгово-экономических»: «торгово»
# reads as a short adjective, a predicate, on its own)
_WHOLE_WORD = re.compile(r"(?<![\w-])[А-Яа-яЁё]+(?![\w-])")
_GOES_ON = re.compile(r",\s+(?:а|и)(?:\s+также)?\s*$", re.I)


def _verb(word: str):
    """The word's reading as a verb, infinitive, short participle or a predicative
    adjective («должна», «намерена»), indicative readings first («пришли» is «they
    came» in a report, not «send!»); None for any other word."""
    kinds = ("VERB", "INFN", "PRTS", "ADJS")
    readings = [p for p in parses(word) if p.tag.POS in kinds]
    if not readings or parses(word)[0].tag.POS not in kinds:
        return None  # «стали», «может»: a noun or a conjunction first
    readings.sort(key=lambda p: "impr" in p.tag)
    if readings[0].normal_form == "есть":  # «у области есть соглашения»: «быть» (there is), not «to eat»
        return next((p for p in readings if p.normal_form == "быть"), readings[0])
    if "futr" in readings[0].tag and any("pres" in p.tag for p in readings):
        return next(p for p in readings if "pres" in p.tag)  # «экспортируют» is of either aspect: the present
    return readings[0]


def _verbs(text: str) -> list[tuple[int, Any]]:
    """The verbs of `text` with where each starts, leaving out inner clauses."""
    inner = [m.span() for m in _INNER.finditer(text)]
    out = []
    for m in _WHOLE_WORD.finditer(text):
        if any(a <= m.start() < b for a, b in inner):
            continue
        reading = _verb(m.group())
        if reading is not None:
            out.append((m.start(), reading))
    return out


def delivered(text: str, at: int) -> bool:
    """Whether the verb governing the amount at `at` delivers («поставят», «закупят»)."""
    governing = _governing(text, at)
    return governing is not None and governing.normal_form in _DELIVER


def past(text: str, at: int) -> bool:
    """Whether the verb governing the amount at `at` is in the past tense («отгрузила»,
    «была продана», «подписано»): the clause reports what was done, not how things stand
    («работают», «позволяют выпускать») or what is to come. Only a verb before the amount
    counts: one after it reports who said it («… до 500 млн, сообщили в пресс-службе»)."""
    begin = clauses.start(text, at, clauses.STATEMENT)
    before = _verbs(text[begin:at])
    return bool(before) and before[-1][1].tag.tense == "past"


# «сообщил, что …»: what is told begins after «что»
_TOLD = re.compile(r",\s*что\s", re.I)


def done(text: str, at: int) -> bool:
    """Whether the verb governing the amount at `at` (the last before it in its statement,
    else the first after it) is in the past tense («подписали 5 контрактов», «более 200
    лифтов произведено»): the clause reports an act. A verb of an earlier clause that only
    says who told it («сообщил, что … ведёт торговлю с 89 странами») is not the count's; a
    statement whose verb is left out («участвовали 40 компаний, а с той стороны — около 200»)
    takes the last verb before it."""
    governing = _counted_by(text, at)
    return governing is not None and governing.tag.tense == "past"


def made(text: str, at: int) -> bool:
    """Whether the verb governing the count at `at` makes, builds or opens what it counts
    («создано 13 совместных производств», «открыты два салона», «произведено 279 лифтов»):
    what stands by the release's date, no event of its month."""
    governing = _counted_by(text, at)
    return governing is not None and governing.normal_form in _MADE


# A later statement of the sentence that speaks for itself: «…, и палата стремится …», «…, но, как считает …»
_LATER = re.compile(r",\s+и\s|,\s+(?:а|но|однако),", re.I)
# A figure's own statement, whose words give its status: the boundaries of a statement, and
# also such a later statement: a comma with «и» (coordinated clauses each say their own:
# «товарооборот превысил $1,2 млрд, и стороны намерены его увеличивать») or a contrast whose «но»
# or «а» a comma follows («превышает $1 млрд, но, как считает президент, стремиться есть к чему»).
OWN_STATEMENT = re.compile(rf"{clauses.STATEMENT.pattern}|{_LATER.pattern}", re.I)


# Verbs a level stands by: in the present tense they tell how things are now («превышает $1 млрд»)
# (or a thing counted by: «у области есть соглашения с 8 регионами», «имеется 12 филиалов»)
_STANDS = {
    "составлять", "превышать", "достигать", "насчитывать", "приближаться", "исчисляться", "оцениваться", "быть",
    "иметься",
}


def level_now(text: str, at: int) -> bool:
    """Whether a verb of level in the present tense governs the amount at `at` in its own
    statement («Сейчас товарооборот превышает $1 млрд»): a level reached, how things are."""
    begin = clauses.start(text, at, OWN_STATEMENT)
    before = _verbs(text[begin:at])
    return bool(before) and before[-1][1].tag.tense == "pres" and before[-1][1].normal_form in _STANDS


def up_to_later(text: str, at: int) -> str:
    """The sentence up to the statement coordinated after the amount at `at` («…, и
    стороны намерены …»): what that later statement intends is its own, not the amount's."""
    later = _LATER.search(text, at)
    return text[: later.start()] if later else text


# «уже» as an adverb of the verb («уже учились», «отгружено уже», «уже заключены»), not
# before a time («уже в 2016 году», «уже к маю»: that time is the figure's period)
_ALREADY = re.compile(r"(?<![\w-])уже(?![\w-])(?!\s+(?:в|во|к|за|с|со|на|по|в\s+течение)\s)", re.I)


# Talking over an agenda: what is «уже» discussed is the release's own meeting's («уже успели обсудить 15 вопросов»)
_TALKED = {"обсудить", "обсуждать", "рассмотреть", "рассматривать", "затронуть", "затрагивать", "обговорить"}


# The day an act was done, named by its distance from the release («накануне», «вчера», «на днях»):
# what was «уже» done then is that day's act (a bare «сегодня» may be «as of today»: «сегодня уже …»)
_DAY_OF_ACT = re.compile(r"(?<![\w-])(?:накануне|вчера|позавчера|на\s+днях)(?![\w-])", re.I)


def on_a_day(text: str, at: int) -> bool:
    """Whether the statement of the amount at `at` names the day its act was done by its
    distance from the release («накануне», «вчера», «на днях»): an act of the release's days."""
    return bool(_DAY_OF_ACT.search(clauses.around(text, at, breaks=OWN_STATEMENT)))


def so_far(text: str, at: int) -> bool:
    """Whether the amount at `at` is a total so far: «уже» bound to its verb in its own
    phrase («уже учились работники 13 предприятий», «отгружено уже более 40 единиц»,
    «контракты уже заключены на 42 млн») tells what stands by the release's date, not an
    act of the release's month; questions «уже» discussed are the meeting's own, and what
    was «уже» done on a day the statement names («накануне уже подписано 10 документов») is
    that day's act."""
    if not _ALREADY.search(clauses.around(text, at, breaks=clauses.PHRASE)):
        return False
    if on_a_day(text, at):
        return False
    governing = _governing(text, at)
    return governing is None or governing.normal_form not in _TALKED


def summed(text: str, at: int) -> bool:
    """Whether a perfective verb in the past governs the amount at `at` («за три года
    поставила 635 тыс. тонн», «наторговали на 350 млн»): one total over a span of years,
    where an imperfective one («в последние два года превышал $1 млрд») holds each year, and
    a level moved to («с тех пор товарооборот вырос до 400 млн») is where it stands now."""
    governing = _governing(text, at)
    return (governing is not None and governing.tag.aspect == "perf" and governing.tag.tense == "past"
            and governing.normal_form not in _MOVES)


def _counted_by(text: str, at: int, breaks: re.Pattern[str] = clauses.STATEMENT):
    begin = clauses.start(text, at, breaks)
    told = list(_TOLD.finditer(text, begin, at))  # «отметил, что треть оборота приходится на …»
    begin = told[-1].end() if told else begin
    verbs = _verbs(text[begin : clauses.end(text, at, breaks)])
    before = [v for v in verbs if v[0] < at - begin] or verbs[:1] or [v for v in _verbs(text[:begin]) if not told]
    # «успели обсудить десяток вопросов», «позволяют выпускать»: the finite verb before the infinitive
    finite = [v for v in before if v[1].tag.POS != "INFN"] or before
    return finite[-1][1] if finite else None


def own_verb(text: str, at: int):
    """The verb governing the amount at `at` in its own statement, a clause coordinated by
    «, и» or «, а» being one of its own («Год назад подписали карту, и сегодня 2 тыс. тракторов
    готовятся выйти в поле»: «готовятся»), read as `done` reads it; None with no verb. A count
    in a relative clause is that clause's verb's («это регион, где работает 3,5 тыс. организаций»)."""
    span = inner_clause(text, at)
    if span is not None:
        readings = [r for r in (_verb(w.group()) for w in _WHOLE_WORD.finditer(text, *span)) if r is not None]
        finite = [r for r in readings if r.tag.POS != "INFN"]
        if finite:
            return finite[0]
    return _counted_by(text, at, OWN_STATEMENT)


# A prediction, not a plan: «по прогнозу», «ожидается», «может достичь», «допускает, что …»
_PREDICTED = re.compile(r"(?<![\w-])(?:прогноз|ожида|мож(?:ет|ем|ут)|могут|допуска|вероятн|предполага)\w*", re.I)


def predicted(text: str, at: int) -> bool:
    """Whether the statement of the amount at `at` says it is predicted («По прогнозу, к концу
    года он превысит 100 млн», «к 2010 году может вырасти …»): a forecast even by a deadline,
    where «До 2028 года инвестиции составят 700 млн» is a plan's target."""
    return bool(_PREDICTED.search(clauses.around(text, at, breaks=OWN_STATEMENT)))


def earlier_statement(text: str, at: int, where: int) -> bool:
    """Whether `where` lies in a statement of the sentence before the one holding the amount
    at `at` («…, а планируем нарастить до 650 тыс. тонн»: «за четыре месяца» before it)."""
    return where < clauses.start(text, at, OWN_STATEMENT)


def existing(counted: str) -> bool:
    """Whether a participle in the present qualifies what a count counts («более 40
    действующими соглашениями», «12 работающих предприятий»): the things counted stand now."""
    return any(
        p.tag.POS == "PRTF" and "pres" in p.tag for w in _WORD.finditer(counted) for p in parses(w.group())[:1]
    )


_HEDGE_WORD = re.compile(r"около|свыше|более|менее|порядка|почти|примерно|чем|больше|меньше|до", re.I)


def passive_subject(text: str, at: int) -> bool:
    """Whether the count at `at` is the subject of a short passive participle right before it
    («подписано около 20 соглашений», «аккредитовано 20 предприятий»): what stands done, a
    total; not a count inside what the participle's subject names («заключён договор на
    экспорт 100 самосвалов»: one act, of a day)."""
    begin = clauses.start(text, at, OWN_STATEMENT)
    words = list(_WORD.finditer(text, begin, at))
    readings = [_verb(w.group()) for w in words]
    last = next((k for k in range(len(words) - 1, -1, -1) if readings[k] and readings[k].tag.POS == "PRTS"), None)
    if last is None:
        return False
    # «около», «свыше», «более чем» are hedges, no prepositions of an object
    between = [parses(w.group())[0].tag.POS for w in words[last + 1 :] if not _HEDGE_WORD.fullmatch(w.group())]
    return not any(pos in ("PREP", "NOUN", "VERB", "INFN") for pos in between)


def _governing(text: str, at: int):
    begin = clauses.start(text, at, clauses.STATEMENT)
    verbs = _verbs(text[begin : clauses.end(text, at, clauses.STATEMENT)])
    before = [v for v in verbs if v[0] < at - begin]
    return before[-1][1] if before else verbs[0][1] if verbs else None


def _reported(clause: str, at: int, verbs: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """`verbs` of `clause`, none when they all stand after the amount at `at` past a comma:
    «… — с четырьмя регионами, сообщает агентство» tells who reports it, not what the amount
    after the dash does."""
    if verbs and verbs[0][0] > at and "," in clause[at : verbs[0][0]]:
        return []
    return verbs


def to_come(text: str, at: int) -> str | None:
    """`target` or `forecast` when the verb governing the amount at `at` puts it after the
    release (a finite verb in the future, «будет» with a participle, an infinitive that a
    present or future verb or a binding one governs), else None: a verb in the past or
    present reports what was done or is so. A supply or a building to come is a
    `target`; any other amount to come a `forecast`."""
    begin = clauses.start(text, at, clauses.STATEMENT)
    clause = text[begin : clauses.end(text, at, clauses.STATEMENT)]
    verbs = _verbs(clause)
    if not verbs and _planned(clause):
        return "target"  # «Это одна из двух выставок, запланированных на год»: what a plan holds, no verb
    if not verbs and _GOES_ON.search(text, 0, begin):  # «передаст две машины, а также пять тракторов»: elided
        clause, begin = text[:begin], 0
        verbs = _verbs(clause)
    elif not _reported(clause, at - begin, verbs) and (dash := _DASHED.search(text, 0, begin)):
        # «собираются увеличить товарооборот — до $1 млрд»: the statement right before the dash governs
        # (a report after the amount, «— с четырьмя регионами, сообщает агентство», is no verb of its)
        start = clauses.start(text, dash.start(), clauses.STATEMENT)
        clause, begin = text[start:begin], start
        verbs = _verbs(clause)
    if not verbs:
        return None
    before = [v for v in verbs if v[0] < at - begin]
    if not before and len(verbs) > 1 and verbs[1][1].tag.POS == "INFN" and _fronted(text, begin, at, verbs[0][0]):
        before = verbs[:2]  # «500 тракторов предстоит поставить»: the verbs after the amount, in order
    governing = before[-1][1] if before else verbs[0][1]
    if governing.tag.POS == "INFN" and before and _NEED.search(clause, 0, before[-1][0]):
        return "target"  # «нужно диверсифицировать», «считают оптимальным снизить долю до трети»: a goal
    possible = before and _CAN.search(clause, 0, before[-1][0]) and _LEVEL_TO.search(text, 0, at)
    if governing.tag.POS == "INFN" and possible:
        return "forecast"  # «товарооборот вполне можно поднять до 300 млн»: a level possible
    if governing.normal_form in _AWAIT and "pres" in governing.tag:
        return "target"  # «страна ждёт 712 машин»: a delivery awaited
    if governing.tag.POS in ("INFN", "PRTS"):
        heads = [v[1] for v in before[:-1] if v[1].tag.POS != "INFN"] if before else []
        if not _ahead(governing, heads[-1] if heads else None):
            return None
        # «собираются вдвое увеличить товарооборот — до $1 млрд»: an intent to raise a level is a target
        return "target" if governing.normal_form in _DELIVER | _RAISE else "forecast"
    if "futr" not in governing.tag:
        return None
    deed = next((v[1] for v in verbs if v[1].tag.POS in ("INFN", "PRTS") and v[1].normal_form in _DELIVER), None)
    # «Беларусь уменьшит поставки молока», «поставки сыров увеличит»: a party changes its supplies
    # (a level they reach, «поставки составят», is a forecast)
    supplies = _SUPPLIES.search(clause) and "tran" in governing.tag and governing.normal_form not in _LEVEL
    return "target" if governing.normal_form in _DELIVER or deed is not None or supplies else "forecast"


# Nothing but a hedge or a quote before an amount that opens its clause
_OPENS = re.compile(r"[\s«\"„“]*(?:(?:всего|ещё|еще|более|свыше|около|почти|порядка|примерно|до)\s+)*", re.I)


def _fronted(text: str, begin: int, at: int, verb_at: int) -> bool:
    """Whether the amount at `at` opens its clause and the verbs after it are its own («…:
    500 тракторов предстоит поставить»), not a later statement's («Китай — второй партнёр, и
    палата стремится …») nor one whose object holds it («Разногласия по оставшимся семи …
    собираются снять»)."""
    return bool(_OPENS.fullmatch(text, begin, at)) and not _LATER.search(text, at, begin + verb_at)


def _ahead(deed, head) -> bool:
    """Whether an infinitive or a short participle is put after the release by the verb
    before it: «будет поставлено», «планируется отправить», «намерена поставить»,
    «договорились закупить» are; «было поставлено», «удалось выйти», «продолжает
    поставлять», a participle with no verb («поставлено 500 единиц») are not."""
    if head is None:
        return False
    if deed.tag.POS == "PRTS":
        return head.normal_form == "быть" and "futr" in head.tag
    if head.tag.POS in ("PRTS", "ADJS"):  # «намерена поставить», «должны закупить», not «завершён»
        return head.normal_form in BOUND
    if head.normal_form == "мочь":  # «может достигнуть $40 млрд», not «может производить» (a capacity)
        return deed.normal_form in _LEVEL | _MOVES
    return "futr" in head.tag or head.normal_form in _INTEND or head.normal_form in _BIND


def speaks_ahead(text: str) -> bool:
    """Whether a sentence speaks of what is still to come: a finite verb of it in the
    future («пройдёт», «откроют»), «будет» with a participle, or an infinitive after a
    plan, an intent or an agreement («планируют открыть»); inner clauses are left out.
    «Осенью планируют открыть …» in a July release is this autumn, not last."""
    verbs = [v for _, v in _verbs(text)]
    for k, verb in enumerate(verbs):
        if verb.tag.POS == "VERB" and "futr" in verb.tag:
            return True
        if verb.tag.POS in ("INFN", "PRTS") and k and _ahead(verb, verbs[k - 1]):
            return True
    return False


def inner_clause(text: str, at: int) -> tuple[int, int] | None:
    """Where the words of the relative or subordinate clause holding `at` run, after its
    «когда», «который» … («…, когда товарооборот составил почти миллиард»), or None."""
    for m in _INNER.finditer(text):
        if m.start() <= at < m.end():
            lead = re.match(r",\s*\w+\s*", m.group())
            return m.start() + (lead.end() if lead else 0), m.end()
    return None


# «сегодня», «сейчас», «на данный момент», «в настоящее время»: how things stand now
_NOW = re.compile(r"(?<![\w-])(?:на\s+)?(?:сегодня|сейчас|данный\s+момент|настоящее\s+время)(?![\w-])", re.I)


def now_apart(text: str, at: int, where: int) -> bool:
    """Whether the amount at `at` is said of now in a clause of its own that a period at
    `where` lies outside: its relative clause («нарастить товарооборот, который сегодня
    составляет $133 млн» after «Тогда …») or its own statement says «сегодня», «сейчас» with
    a verb of level in the present («составляет», «превышает»). A level now takes no period of
    the words around it."""
    span = inner_clause(text, at)
    begin, end = span if span else (clauses.start(text, at, OWN_STATEMENT), clauses.end(text, at, OWN_STATEMENT))
    if begin <= where < end or not _NOW.search(text, begin, end):
        return False
    verbs = [v for _, v in _verbs(text[begin:end])] if span is None else [
        r for r in (_verb(w.group()) for w in _WHOLE_WORD.finditer(text, begin, end)) if r is not None]
    # a verb of level: «звучат оценки в районе 60 млрд» says today what a period's level is estimated at
    level = any(v.normal_form in _STANDS for v in verbs)
    return level and all(v.tag.tense == "pres" for v in verbs if v.tag.POS == "VERB")


# A clause opened by «который» itself tells of the noun before it (the figure's own: «объём
# инвестиций, которые вложат до 2013 года, составляет …»); one whose pronoun follows a word of
# its own («, деятельность которых», «, в ходе которого») or opened by «где», «когда» … has its own
_OF_NOUN_BEFORE = re.compile(r",\s*котор", re.I)


# Verbs that tell a figure even with no amount: trade («поставили рекордный объём»), a level and its moves
_TELLS_FIGURES = (_DELIVER - {"построить", "строить", "получить", "получать", "передать", "передавать"}) \
    | (_LEVEL - {"быть", "выйти"}) | _MOVES | _RAISE


# Verbs of an event taking place: «пройдёт», «состоится», «откроется», «стартует»
_TAKES_PLACE = {
    "пройти", "проходить", "состояться", "начаться", "открыться", "завершиться", "закончиться", "стартовать",
    "проводиться",
}


def takes_place(text: str) -> bool:
    """Whether a sentence tells an event taking place, not in the past («Оно пройдёт в
    середине апреля», «Форум стартует в мае»): a time to come it names is the event's."""
    return any(v.normal_form in _TAKES_PLACE and v.tag.tense != "past" for _, v in _verbs(text))


def tells_figures(text: str) -> bool:
    """Whether a verb of `text` trades, states a level or moves one («в январе–ноябре
    поставили в Таджикистан рекордный объём продукции»): its period is a span of figures."""
    return any(v.normal_form in _TELLS_FIGURES for _, v in _verbs(text))


def clause_apart(text: str, where: int) -> bool:
    """Whether `where` lies in a relative or subordinate clause with a subject or a time of
    its own («…, деятельность которых в этом году будет …», «…, где в 2023 году открыли …»), not
    one opened by «который» itself, which tells of the noun before it."""
    return any(m.start() <= where < m.end() and not _OF_NOUN_BEFORE.match(m.group()) for m in _INNER.finditer(text))


def without_clauses(text: str, at: int) -> str:
    """`text` with every relative or subordinate clause after `at` that has a subject or a time of
    its own (`clause_apart`) blanked out (as many spaces): its tense is its own
    («работа 10 отделений, деятельность которых в этом году будет сосредоточена на …»: no
    forecast)."""
    for m in _INNER.finditer(text):
        if m.start() > at and not _OF_NOUN_BEFORE.match(m.group()):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def inner(text: str, at: int) -> bool:
    """Whether `at` lies in a relative or subordinate clause («форум, который пройдёт в
    мае, …»): what it dates is that clause's, not the sentence's."""
    return any(m.start() <= at < m.end() for m in _INNER.finditer(text))


# What may stand before the amount of a sentence that is the amount alone: quotes, a hedge
_LEAD = re.compile(r"[«\"„“\s]*(?:[А-Яа-яЁё-]+\s+){0,2}\$?", re.I)


def nominal(text: str, at: int) -> bool:
    """Whether the sentence is its amount alone, with no verb («Немногим больше
    полумиллиарда долларов.»): a restatement of the figure the sentence before named."""
    end = clauses.end(text, at, clauses.STATEMENT)
    return bool(_LEAD.fullmatch(text, 0, at)) and not _verbs(text[:end])


def _planned(clause: str) -> bool:
    """Whether a participle of a plan is in a clause with no verb («одна из двух выставок,
    запланированных на год»): it qualifies what is counted. In a clause with a verb the verb
    governs («выполнено около половины запланированных мероприятий»: done)."""
    for m in _PLANNED.finditer(clause):
        readings = parses(m.group())
        if readings and readings[0].tag.POS == "PRTF" and readings[0].normal_form in _PLAN:
            return True
    return False
