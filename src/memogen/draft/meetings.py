"""Events a release states with a verb, named the way a memo names them: «Посол … 12
марта встретился с министром …» → «встреча Посла … с министром …»; «Президент …
прибыл с государственным визитом в Республику Х» → «государственный визит Президента …
в Республику Х»; «Министр провёл переговоры с делегацией …» → «переговоры Министра …
с делегацией …». Who did it is the subject of the clause, in the genitive, without
personal names (the officials list gives them). No I/O.
"""

from __future__ import annotations

import re

from memogen import inflect
from memogen.draft import clauses
from memogen.draft.periods import MONTHS_GENITIVE, MONTHS_PREPOSITIONAL
from memogen.draft.phrases import SAID, name_end
from memogen.draft.words import nominative_head

# «встретился», «встретится», and in the present: «встречается во Дворце Независимости с …»
_MET = re.compile(
    r"(?<![\w-])(?:(?:встретил(?:ся|ась|ись)|встретит(?:ся)|встретятся|встреча(?:ется|ются))(?![\w-])|"
    # «губернатор … говорил с заместителем Премьер-министра …»: a talk with someone is a meeting
    # «губернатор обсудил с генеральным консулом …»: what one discussed with someone, one met them about
    r"(?:(?:по)?(?:говорил|беседовал)|обсудил)[аи]?(?=\s+(?:в\s+[А-ЯЁ][\w-]*\s+|\d{1,2}\s+[а-я]+\s+)?со?\s))",
    re.I,
)
# arriving in every tense and both aspects: «прибыл», «прибудет», «прибывает», «в 2001 году в Баку приезжал …»
ARRIVING = (
    r"(?:прибыл[аи]?|прибуд(?:ет|ут)|прибыва(?:ет|ют|л[аи]?)|приехал[аи]?|приед(?:ет|ут)|приезжа(?:ет|ют|л[аи]?)|"
    r"прилетел[аи]?|прилет(?:ит|ят)|прилета(?:ет|ют|л[аи]?))"
)
# «прибыл с официальным визитом», «находится в Казани с рабочим визитом», «прибыл в Минск», «прилетит в …»
_CAME = re.compile(
    r"(?<![\w-])(?:" + ARRIVING + r"|находит(?:ся)|находятся|находил(?:ся|ась|ись)|побывал[аи]?|был[аи]?|"
    r"отправил(?:ся|ась|ись)|отправ(?:ит|ят)ся|направ(?:ил(?:ся|ась|ись)|ится|ятся|ляется|ляются|лял(?:ся|ась|ись))|"
    r"собира(?:ется|ются|лся|лась|лись)|посетил[аи]?|посет(?:ит|ят)|посеща(?:ет|ют)|находящ\w+|прибывш\w+|"
    # an intention to go: «намерен сам приехать в Беларусь с официальным визитом», «планирует посетить Минск»
    r"(?<=\s)(?:приехать|прибыть|прилететь|посетить)(?=\s+(?:в|во|на|с|[А-ЯЁ]))|"
    r"вылетел[аи]?|вылет(?:ит|ят)|вылета(?:ет|ют))(?![\w-])",
    re.I,
)
# «находится во Вьетнаме с 24 по 26 сентября», «… по приглашению …»: a stay abroad that is a visit
_STAY = re.compile(r"\s+(?:с\s+\d{1,2}(?:\s+[а-я]+)?\s+по\s+\d{1,2}|по\s+приглашению)", re.I)
# who spoke at an event: «заявил губернатор … на встрече с …», «сообщил на пресс-конференции Министр …»
SPOKE = re.compile(
    rf"(?<![\w-])(?:{SAID}|выступил[аи]?)(?![\w-])",  # «выступил»: one spoke, words reported or not
    re.I,
)
_DAY_SAID = re.compile(
    r"\s+(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|вчера|сегодня|накануне|"
    r"\d{1,2}\s+(?:" + MONTHS_GENITIVE + r"))(?=\s)",
    re.I,
)
_ON_VISIT = re.compile(r"\s*с\s+(?P<kind>(?:[а-яё]+(?:ым|им)\s+){0,2})визитом", re.I)
# «Президент принял Посла …»: a meeting of the one who received with the guest
_RECEIVED = re.compile(r"(?<![\w-])(?:принял[аи]?|принимает)(?![\w-])(?!\s+(?:участие|решение|меры))", re.I)
# «сказал Президент …, принимая губернатора …», «Принимая в Минске Посла …, глава государства отметил …»:
# the one who received, the subject of the clause the gerund goes with, met the guest
_RECEIVING = re.compile(r"(?<![\w-])принимая(?![\w-])(?!\s+(?:участие|решение|меры|во\s+внимание))", re.I)
# the words of an intention before an infinitive of going: «намерен сам», «планирует», «готов»
_INTENT = re.compile(
    r"(?:\s+(?:намерен[аы]?|готов[аы]?|планиру(?:ет|ют)|собира(?:ется|ются)|хо(?:чет|тят)|долж(?:ен|на|ны)|сам[аи]?))+\s+$"
)
_VISITS = re.compile(r"(?:^|\s)[Сс]\s+(?:[а-яё]+\s+){0,2}визитами(?![\w-])")
# «сказал губернатор …, встретившись с …»: one met whom the gerund names, the subject of its clause
_MEETING = re.compile(r"(?<![\w-])(?:встретившись|встречаясь|побеседовав|беседуя)(?=\s+со?\s)", re.I)
# «провёл встречу с …», «проведут переговоры с …»: the event noun's subject held it
HELD_BY = re.compile(r"(?<![\w-])(?:пров[её]л[аи]?|провели|провед[её]т|проведут|провод(?:ит|ят))(?![\w-])", re.I)
_PREPOSITIONS = {"в", "во", "на", "с", "со", "по", "из", "к", "у", "о", "об", "при", "за", "после", "перед"}
_DATE = re.compile(
    # «с 26 по 30 марта»: a span of days from its «с»
    r"\s+(?:с\s+\d{1,2}(?:\s+(?:" + MONTHS_GENITIVE + r"))?\s+по\s+)?"
    r"\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s+(?:" + MONTHS_GENITIVE + r")(?:\s+\d{4}\s*(?:года|г\.))?$"
)
_WHEN_WORDS = re.compile(
    r"(?:\s+(?:вчера|сегодня|накануне|также|уже|впервые|завтра|ранее|"
    r"(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"  # «в понедельник»: a day
    r"в\s+(?:" + MONTHS_PREPOSITIONAL + r")|"  # a month
    r"в\s+(?:начале|конце|середине)\s+(?:" + MONTHS_GENITIVE + r"|года|месяца|недели)|"
    r"в\s+\d{4}\s+году|в\s+(?:этом|прошлом|следующем|текущем)\s+году))+$",
    re.I,
)
# a subject's head no memo writes with a capital (one opening the sentence has it)
_COMMON = {"делегация", "группа", "руководство", "представитель", "губернатор", "глава", "аким", "сторона", "член"}


def verb_events(text: str, without_people) -> list[tuple[str, int, int]]:
    """(name, start, end) of each meeting or visit the sentence states with a verb."""
    out = []
    for m in _MET.finditer(text):
        after = _partner_start(text, m.end())
        # «Эти вопросы губернатор обсудил с …»: what was discussed may stand before the person
        who = subject(text, m.start(), without_people, animate=m.group().lower().startswith("обсудил"))
        if after is not None and who is not None:
            end = event_end(text, after)
            end = _before_object(text, after, end) if m.group().lower().startswith("обсудил") else end
            whom, end = _listed_after(text, after, end)
            out.append((f"встреча {who}{_body_met_at(text[m.end() : after])}{whom}".rstrip(), m.start(), end))
    for m in _CAME.finditer(text):
        # «С рабочими визитами министр уже приезжал …»: visits over years in that clause, no one visit
        visit = None if _VISITS.search(_clause_of(text, m)) else _visit(text, m, without_people)
        if visit is not None:
            out.append((visit[0], m.start(), visit[1]))
    for m in _RECEIVED.finditer(text):
        who = subject(text, m.start(), without_people, animate=True)
        if who:
            guest = _guest(text, m.end(), without_people)
            said = (f"{who} с {guest[0]}", guest[1]) if guest else None
        else:
            said = _guest_before(text, m, without_people)  # the guest first, the host after the verb
        if said:
            out.append((f"встреча {said[0]}", m.start(), said[1]))
    for m in _RECEIVING.finditer(text):
        host = _host_of_gerund(text, m, without_people)
        guest = _guest(text, m.end(), without_people) if host else None
        if host and guest:
            out.append((f"встреча {host} {with_(guest[0])} {guest[0]}", m.start(), guest[1]))
    for m in _MEETING.finditer(text):
        host = _host_of_gerund(text, m, without_people)
        if host:
            end = event_end(text, m.end())
            out.append((f"встреча {host}{text[m.end() : end]}".rstrip(), m.start(), end))
    return out


def _before_object(text: str, start: int, end: int) -> int:
    """Where whom one discussed with ends when what was discussed follows («обсудил с
    заместителем премьер-министра Кубы перспективы сотрудничества»): before the first
    thing in lower case that can be the verb's object after a name with a capital."""
    named = False
    for word in re.finditer(r"[А-Яа-яЁё-]+", text[start:end]):
        said = word.group()
        if said[:1].isupper():
            named = True
        elif named and any(p.tag.POS == "NOUN" and p.tag.case == "accs" and "inan" in p.tag for p in _parses(said)):
            return start + len(text[start : start + word.start()].rstrip())
    return end


def _clause_of(text: str, m: re.Match[str]) -> str:
    """The clause a verb stands in: between the commas, semicolons or colons around it."""
    start = max(text.rfind(c, 0, m.start()) for c in ",;:")
    ends = [k for k in (text.find(c, m.end()) for c in ",;:") if k >= 0]
    return text[start + 1 : min(ends, default=len(text))]


def event_end(text: str, start: int, quoted_ends: bool = True) -> int:
    """`name_end` of an event's name, going on over the genitives after a last word whose
    likeliest reading is a noun though the dictionary also reads it as an adjective
    («встреча с главой российского региона», «с главой Воронежской области»: `name_end`
    stops at «главой», a word it cannot be sure takes a genitive)."""
    end = name_end(text, start, quoted_ends)
    last = re.search(r"[А-Яа-яЁё-]+$", text[:end])
    read = _parses(last.group()) if last else ()
    if not read or read[0].tag.POS != "NOUN" or not any(p.tag.POS in ("ADJF", "PRTF") for p in read):
        return end  # a noun that no reading makes an adjective stopped for a reason of its own
    return name_end(text, end, quoted_ends) if re.match(r"\s+[А-Яа-яЁё]", text[end:]) else end


# «с двумя дипломатами — Послом … и Послом …»: a count of persons the dash lists
_COUNTED_WITH = re.compile(
    r"\s+со?\s+(?:двумя|тремя|четырьмя|пятью|обоими|обеими|несколькими)\s+[а-яё]+(?=\s*[—–-]\s)", re.I
)


def _listed_after(text: str, after: int, end: int) -> tuple[str, int]:
    """Whom a meeting was with and where their words end: those a dash lists after a count
    of them («встретился с двумя дипломатами — Послом Ирана … и Послом Беларуси …» → «с
    Послом Ирана … и Послом Беларуси …»), else the words as they stand."""
    counted = _COUNTED_WITH.fullmatch(text, after, end) or _COUNTED_WITH.match(text, after)
    dash = re.compile(r"\s*[—–-]\s+").match(text, counted.end()) if counted else None
    if dash is None:
        return text[after:end], end
    stop = re.compile(r"[.;!?](?:\s|$)").search(text, dash.end())
    listed = text[dash.end() : stop.start() if stop else len(text)]
    return f" с {listed}", dash.end() + len(listed)


def with_(whom: str) -> str:
    """«с» or «со» before whom a meeting was with: «со спикером», «со Львом», «с Послом»."""
    return "со" if re.match(r"(?:[сзшжСЗШЖ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]|[мМ]н|[лЛ]ь)", whom) else "с"


def _host_of_gerund(text: str, m: re.Match[str], without_people) -> str | None:
    """Who received, in the genitive: the subject of the clause before the gerund's comma
    («Об этом сказал Президент … Иван Петров, принимая …» → «Президента …»), or, when the
    gerund opens its sentence, the subject after its clause («Принимая …, глава государства
    отметил …»)."""
    before = text[: m.start()].rstrip()
    if before.endswith(","):
        return subject(text, len(before) - 1, without_people, animate=True)
    if before.strip(" «\"—–-"):
        return None
    comma = re.search(r",\s+", text[m.end() :])
    if comma is None:
        return None
    rest = text[m.end() + comma.end() :]
    return subject_after(rest[: clauses.end(rest, 0, clauses.SPEAKER)], without_people)


def _guest_before(text: str, m: re.Match[str], without_people) -> tuple[str, int] | None:
    """«Во Дворце Независимости петербургскую делегацию принял Президент …»: whom, in the
    accusative just before «принял», and who received them after it (in the genitive); the
    guest in the instrumental, with where the host's words end."""
    clause = clauses.before(text, m.start(), clauses.SUBJECT)
    words = list(re.finditer(r"[А-Яа-яЁё-]+", clause))
    at = None
    for k, w in enumerate(words):
        noun = inflect.reading(w.group(), "NOUN")
        governed = k and words[k - 1].group().lower() in _PREPOSITIONS
        if noun is not None and noun.tag.case == "accs" and not governed and _animate(w.group()):
            at = k
            break
    if at is None:
        return None
    while at and any(p.tag.POS == "ADJF" and p.tag.case == "accs" for p in _parses(words[at - 1].group())):
        at -= 1  # «петербургскую делегацию»: its adjectives
    end = clauses.end(text, m.end(), clauses.SPEAKER)
    whom = without_people(clause[words[at].start() :])
    host, guest = subject_after(text[m.end() : end], without_people), _instrumental(whom)
    return (f"{host} с {guest}", end) if host and guest else None


def _guest(text: str, at: int, without_people) -> tuple[str, int] | None:
    """Whom «принял» names after where and when («принял во Дворце Независимости Посла
    … Ивана Петрова»), in the instrumental, with where its words end; a person or a
    delegation only («принял решение», «принял программу» are none)."""
    start = _past_where_when(text, at)
    noun = next((w for w in re.finditer(r"[А-Яа-яЁё-]+", text[start : start + 80]) if _noun(w.group())), None)
    if noun is None:
        return None
    end = name_end(text, start + noun.end())
    said = without_people(text[start:end])
    if not _animate(nominative_head(said, "accs")):
        return None
    # «губернатора этого региона» is named by the post the officials list gives, in the nominative
    guest = _instrumental(said) or (inflect.inflect_phrase(said, "instrumental") if _nominative_noun(said) else None)
    return (guest, end) if guest else None


def _nominative_noun(said: str) -> bool:
    """Whether a phrase's first noun can only be read in the nominative («Губернатор …»)."""
    noun = next((w for w in said.split() if _noun(w)), "")
    return bool(noun) and {p.tag.case for p in _parses(noun) if p.tag.POS == "NOUN"} == {"nomn"}


def _past_where_when(text: str, at: int) -> int:
    """Past a day and a place in the prepositional after `at` («4 ноября во Дворце
    Независимости»): where the object starts."""
    while True:
        day = re.match(r"\s+(?:\d{1,2}\s+[а-я]+|сегодня|вчера)(?=\s)", text[at:])
        place = re.match(r"\s+(?:в|во|на)(?=\s+[А-ЯЁ])", text[at:])
        if day:
            at += day.end()
        elif place:
            at += place.end()
            while (w := re.match(r"\s+([А-ЯЁ][\w-]*)", text[at:])) and _prepositional(w.group(1)):
                at += w.end()
        else:
            return at + len(text[at:]) - len(text[at:].lstrip())


def _instrumental(said: str) -> str | None:
    """An accusative phrase's leading adjectives and noun in the instrumental, the rest as
    written: «Чрезвычайного и Полномочного Посла Республики Индия» → «Чрезвычайным и
    Полномочным Послом Республики Индия»."""
    out, pos = [], 0
    for w in re.finditer(r"[А-Яа-яЁё-]+", said):
        if w.group().lower() == "и":
            continue
        parse = next((p for p in inflect.parses(w.group())
                      if p.tag.POS in ("ADJF", "NOUN") and p.tag.case in ("accs", "gent")), None)
        form = parse.inflect({"ablt"}) if parse is not None else None
        if parse is None or form is None:
            return None
        out.append(said[pos : w.start()] + inflect.restore(w.group(), form.word))
        pos = w.end()
        if parse.tag.POS == "NOUN":
            return "".join(out) + said[pos:]
    return None


def _parses(word: str):
    return inflect.parses(word)


def _prepositional(word: str) -> bool:
    return any(p.tag.case == "loct" for p in inflect.parses(word))


def _noun(word: str) -> bool:
    return inflect.pos(word) == "NOUN"


def _partner_start(text: str, at: int) -> int | None:
    """Where «с …» starts after «встретился», over a date and a place between, the place a
    body's name too («встретился в Минске с …», «встретился в Министерстве промышленности и
    торговли Шри-Ланки с …»)."""
    m = re.match(
        r"(?:\s+\d{1,2}\s+[а-я]+)?(?:\s+(?:в|во|на)\s+[А-ЯЁ][^,.;:«»]{0,80}?)?(?:\s+\d{1,2}\s+[а-я]+)?(?=\s+со?\s)",
        text[at:],
    )
    return at + m.end() if m else None


_VENUES = {"дворец", "резиденция", "зал", "центр", "отель", "гостиница"}


def _body_met_at(between: str) -> str:
    """The body a meeting was held at, named between the verb and whom it was with, as the
    meeting's name keeps it («встретился в Министерстве промышленности … с …» → « в
    Министерстве промышленности …»); "" for a land or town, which is where it was held."""
    m = re.search(r"\s(?:в|во|на)\s+(?P<place>[А-ЯЁ][^,.;:«»]*?)(?:\s+\d{1,2}\s+[а-я]+)?$", between)
    if m is None or land(" ".join(m["place"].split()[:2])) or land(m["place"].split()[0]):
        return ""
    if inflect.lemma(m["place"].split()[0]) in _VENUES:
        return ""  # «во Дворце Независимости»: a building it was held in, its `where`
    return f" {m.group().strip()}"


# «в Минске», «в Новгородской области», «во Вьетнаме»: where, with a region's noun after its adjective
_PLACE = re.compile(
    r"\s+(?:в|во)\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,3}(?:\s+(?:област|кра[йяюе]|округ|район)[а-яё]*)?"
    # «приедет в соседнюю страну с визитом»: a land named by its common noun (`occasions.sides_described`)
    r"|(?:[а-яё]+(?:ую|юю|ой|ей|ий|ый|ом|ем)\s+)?(?:стран|республик|регион|област|кра)[а-яё]*(?=\s+с\s+(?:[а-яё]+\s+){0,2}визитом))"
)
# «приехал во Вьетнам на политические консультации», «приезжал в Казахстан на заседание …»: one came for an
# event, which the release tells (`items.events`), not a visit of its own
_FOR_EVENT = re.compile(
    r"\s+на\s+(?:[А-Яа-яЁёIVXLC\d-]+\s+){0,3}?(?:[а-яё]{0,5}форум|заседани|саммит|выставк|ярмарк|сесси[юи]|"
    r"конференци|фестивал|консультаци|переговор|встреч|совещани|церемони|торжеств|открыти|праздник)",
    re.I,
)
_OBJECT = re.compile(
    r"\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*){0,3}(?:\s+(?:област|кра[йяюе]|округ|район)[а-яё]*)?)(?![\w-])"
)


def _visit(text: str, m: re.Match[str], without_people) -> tuple[str, int] | None:
    """«X прибыл с государственным визитом в Y», «X находится в Y с рабочим визитом», «X
    прибыл в Минск» → «государственный визит X в Y»: a visit of a person or delegation,
    with where its words end."""
    # «заявил Премьер-министр …, находящийся в Никарагуа с визитом»: a participle's subject is before its comma
    comma = re.search(r",\s*$", text[: m.start()]) if m.group().lower().startswith(("находящ", "прибывш")) else None
    intent = _INTENT.search(text[: m.start()])  # «Министр готов приехать …»: who intends is who goes
    if intent is None and m.group().lower().endswith("ть"):
        return None  # «приглашение посетить Минск»: an invitation, no visit yet
    at = comma.start() if comma else intent.start() if intent else m.start()
    who = subject(text, at, without_people, animate=True)
    relative = _RELATIVE.search(text[: m.start()]) if who is None else None  # «…, который побывал в …»
    who = who or (_antecedent(text, relative.start(), without_people) if relative else None)
    if who is None:
        return None
    at = m.end()
    island = _ISLAND.match(text, at)  # «побывал на Кубе»: an island's state, where one goes «на»
    place = _PLACE.match(text, at) or (island if island and land(island["place"]) else None)
    # «посетил Минск с рабочим визитом»: the place visited is the verb's object
    visited = _OBJECT.match(text, at) if place is None and m.group().lower().startswith(("посет", "посещ")) else None
    at = place.end() if place else visited.end() if visited else at
    day = _DAY_SAID.match(text, at)  # «прибыл в четверг с рабочим визитом»: a day between
    on = _ON_VISIT.match(text, day.end() if day else at)
    came = m.group().lower().startswith(
        ("прибыл", "прибыва", "прибыть", "приех", "приед", "приезж", "прилет", "побывал", "вылет")
    ) or m.group().lower().startswith("был") and place is not None and land(place["place"])  # «был на Кубе»
    if on is None and _FOR_EVENT.match(text, day.end() if day else at):
        return None
    stays = m.group().lower().startswith("наход") and place is not None and _STAY.match(text, at)
    seen = on is None and m.group().lower().startswith("побывал") and not (place and accusative(place["place"]))
    toured = visited is not None and land(visited["place"])  # «посетят Минскую область»: a region or a state
    if on is None and not (came and place) and not stays and not toured or seen:
        return None  # «её участники побывали в ИТ-парке …»: a place seen, no visit's destination
    kind = "".join(_nominative(w) + " " for w in on["kind"].split()) if on else ""
    goes = _PLACE.match(text, on.end()) if on else None
    # «посетит с официальным визитом Китай»: the place visited after the kind of visit
    goes = goes or (_OBJECT.match(text, on.end()) if on and m.group().lower().startswith(("посет", "посещ")) else None)
    staying = m.group().lower().startswith(("наход", "был"))  # «находится с визитом в Казахстане»: «в Казахстан»
    destination = (accusative(goes["place"], staying) or goes["place"]) if goes else None
    destination = destination or (accusative(place["place"], bool(stays)) if place else None)
    destination = destination or (visited["place"] if visited else None) or _where_then(text[: m.start()])
    end = goes.end() if goes else on.end() if on else at
    into = "во" if destination and re.match(r"[ВвФф][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]", destination) else "в"  # «во Вьетнам»
    into = "на" if place is not None and place is island else into
    return f"{kind}визит {who}" + (f" {into} {destination}" if destination else ""), end


_ISLAND = re.compile(r"\s+на\s+(?P<place>[А-ЯЁ][\w-]*)(?![\w-])")
# «…, который побывал в …», «…, которая также прибудет …»: a relative clause whose subject is who was named before it
_RELATIVE = re.compile(r",\s*котор(?:ый|ая|ые)\s+(?:[а-яё]+\s+|с\s+\d{1,2}\s+[а-я]+\s+)?$", re.I)


def land(place: str) -> bool:
    """Whether a place visited is a region, a state or a town, not a plant or a body: a
    region's noun after its adjective («Минскую область») or a geographical name alone."""
    words = place.split()
    if len(words) == 2 and re.match(r"(?:област|кра[йяюе]|округ|район)", words[1]):
        return True
    return len(words) == 1 and any("Geox" in p.tag for p in _parses(words[0])[:2])


_GROUPS = ("делегация", "группа")  # who go together: «делегацию, которая побывала в …»


def _antecedent(text: str, comma: int, without_people) -> str | None:
    """Whom «который» stands for: the person named just before its comma, by their post
    («… сообщил вице-премьер Азербайджана Иван Петров, который …» → «вице-премьера
    Азербайджана»), in the genitive; None when no post of a person stands there."""
    before = clauses.before(text, comma, clauses.SUBJECT)
    words = list(re.finditer(r"[А-Яа-яЁё-]+", before))
    for k in range(len(words) - 1, -1, -1):
        parses = _parses(words[k].group())
        if any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in parses[:1]):
            continue  # the person's own name
        post = next((p for p in parses if p.tag.POS == "NOUN" and ("anim" in p.tag or p.normal_form in _GROUPS)), None)
        if post is None:
            continue
        while k and any(p.tag.POS == "ADJF" and p.tag.case == post.tag.case for p in _parses(words[k - 1].group())[:1]):
            k -= 1  # «белорусский министр»: its adjectives
        said = nominative_head(before[words[k].start() :], str(post.tag.case))
        return _genitive(said, without_people, animate=True)
    return None


# «в Нью-Йорке, где Президент находится с рабочим визитом»: the place a relative clause's visit is in
_WHERE_THEN = re.compile(r"(?:^|\s)[Вв]о?\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?),\s+где\s+[^,;:]*$")


def _where_then(before: str) -> str | None:
    """Where a visit told in a clause of «где» goes: the place «где» stands for, as
    where to («в Нью-Йорке, где …» → «Нью-Йорк»)."""
    m = _WHERE_THEN.search(before)
    return accusative(m["place"], stay=True) if m else None


def _nominative(adjective: str) -> str:
    parse = inflect.reading(adjective, "ADJF")
    form = parse.inflect({"nomn", "sing", "masc"}) if parse is not None else None
    return form.word if form is not None else adjective


def accusative(place: str, stay: bool = False) -> str | None:
    """Where a visit goes, from where it is or goes: «Казани» → «Казань», «Минск» and
    «Никарагуа» as they are; after a verb of staying a place is where («находится в
    Индии»: «Индию», never a plural «Индии»)."""
    words = place.split()
    parses = inflect.parses(words[0])
    accusative = any(p.tag.case == "accs" for p in parses)
    if accusative and not stay:
        return place
    if len(words) == 2 and words[1][:1].islower():  # «Новгородской области» → «Новгородскую область»
        nominative = nominative_head(place, "loct")
        head = next((p for p in _parses(nominative.split()[-1]) if p.tag.POS == "NOUN"), None)
        unchanged = head is not None and head.tag.gender == "masc" and "inan" in head.tag  # «Агдамский район»
        return inflect.inflect_phrase(nominative, "accusative") or (nominative if unchanged else None)
    head = next((p for p in parses if p.tag.case == "loct" and "Geox" in p.tag), None)
    if head is None:
        return place if accusative else None
    form = head.inflect({"accs"})
    return inflect.restore(words[0], form.word) + place[len(words[0]) :] if form is not None else None


def subject(text: str, at: int, without_people, animate: bool = False) -> str | None:
    """The subject of the clause that ends at `at`, in the genitive, without personal
    names, dates and adverbs: «Посол Республики Беларусь в Республике Куба Виталий Борчук
    12 марта» → «Посла Республики Беларусь в Республике Куба»."""
    clause = _first_listed(text, _over_relative(text, at), at)
    comma = text.rfind(",", 0, at - len(clause))
    if re.match(r"\s*котор(?:ый|ая|ые)\s", clause) and comma > 0:  # «Посол …, который встретился с …»
        return _antecedent(text, comma, without_people)
    start = _subject_start(clause)
    if start is None:
        return None
    who = _genitive(_CIRCUMSTANCE.sub("", _before_verb(clause[start:])), without_people, animate)
    thing = who is None and animate and _thing_first(_before_verb(clause[start:]))
    later = _subject_start(clause[start:], after_first=True) if thing else None
    if later is not None:  # «Эти данные губернатор привёл …»: a thing put first, the person after it
        who = _genitive(_before_verb(clause[start + later :]), without_people, animate)
    return who


def _over_relative(text: str, at: int) -> str:
    """The clause ending at `at`; when it names no subject and a relative clause stands
    between it and the words before («Президент …, который совершает поездку по …, в
    понедельник прибыл …»), the clause before that relative clause, whose subject the
    verb's is."""
    start = clauses.start(text, at, clauses.SUBJECT)
    clause = text[start:at]
    if start == 0 or _subject_start(clause) is not None:
        return clause
    relative = clauses.start(text, start - 1, clauses.SUBJECT)
    if not re.match(r"котор(?:ый|ая|ое|ые)\s", text[relative:start]) or relative == 0:
        return clause
    comma = re.search(r"[,;:]?\s*$", text[:relative])
    return clauses.before(text, comma.start() if comma else relative, clauses.SUBJECT)


def subject_phrase(text: str) -> str | None:
    """The person the sentence's first verb is said of, as written, in the nominative
    («Премьер-министр Беларуси Иван Петров в конце марта собирается …» → «Премьер-министр
    Беларуси Иван Петров»); None when it is no person or a delegation («Товарооборот
    вырос …»)."""
    verb = next((w for w in re.finditer(r"[А-Яа-яЁё]+", text) if inflect.pos(w.group()) == "VERB"), None)
    if verb is None:
        return None
    clause = _over_relative(text, verb.start())
    start = _subject_start(clause)
    if start is None:
        return None
    said = re.sub(r"\s+(?:в|во|на|с|со|по|за)\s+[а-яё\d].*$", "", _before_verb(clause[start:]).strip())
    said = _WHEN_WORDS.sub("", _DATE.sub("", said)).strip()
    return said if said and said[:1].isupper() and _animate(said) else None


# «Губернатор … на полях форума встретился …», «Министр … в ходе визита …»: where or when the subject
# acted, no words of who they are («Посол Беларуси в России» keeps its capital)
# «Президент в последний раз был на Кубе»: how often, no words of who either
_CIRCUMSTANCE = re.compile(
    r"\s+(?:на|в|во)\s+(?:полях|ходе|рамках|кулуарах|время)\s.*$|\s+в\s+(?:последний|первый|очередной|прошлый)\s+раз\s*$",
    re.I | re.S,
)


def _first_listed(text: str, clause: str, at: int) -> str:
    """«Губернатор … Иван Петров, депутат … Пётр Иванов и другие представители края
    побывали …»: a subject listing persons that ends «и другие …» is named by the first of
    them; else the clause as it is."""
    if not re.search(r"(?<![\w-])и\s+(?:другие|прочие)\s", clause):
        return clause
    comma = text.rfind(",", 0, at - len(clause))
    first = clauses.before(text, comma, clauses.SUBJECT) if comma > 0 else ""
    verbs = [w for w in re.findall(r"[А-Яа-яЁё]+", first) if _parses(w)[0].tag.POS == "VERB"]
    return first if first.strip() and not verbs else clause


def speaker(text: str, start: int, end: int, without_people) -> str | None:
    """Who spoke at the event whose words are `start`..`end`, in the genitive: the words
    between a verb of saying and «на …» («заявил губернатор края Иван Петров на встрече
    с …» → «губернатора края»), or after the event's words up to the clause's end
    («сообщил на пресс-конференции Министр иностранных дел …»)."""
    verb = list(SPOKE.finditer(text, 0, start))
    if not verb or re.search(r"[,;:.]", text[verb[-1].end() : start]):
        return None
    between = re.sub(r"\s+(?:на|в\s+ходе|во\s+время)\s*$", "", text[verb[-1].end() : start], flags=re.I)
    said = (between if between.strip() else text[end : clauses.end(text, end, clauses.SPEAKER)]).strip()
    if not said or _subject_start(said) != 0:
        return None  # «заявил, что …», «сообщил журналистам на …»: no speaker there
    return _genitive(addressee_cut(_before_verb(said)), without_people, animate=True)


def addressee_cut(said: str) -> str:
    """A speaker without whom they spoke to after them («посол журналисту агентства» →
    «посол»): the words up to the first noun in the dative that no preposition governs;
    nothing when they open with one («Президенту … доложил министр»: whom one spoke to)."""
    words = list(re.finditer(r"[А-Яа-яЁё-]+", said))
    for k, w in enumerate(words):
        top = _parses(w.group())[0]
        governed = k > 0 and words[k - 1].group().lower() in {*_PREPOSITIONS, "и"}
        if top.tag.POS == "NOUN" and top.tag.case == "datv" and not governed:
            return said[: w.start()].rstrip()
    return said


def subject_after(said: str, without_people) -> str | None:
    """The subject a clause's rest names after an event («в Минске сообщил Посол Армении
    Иван Петров» → «Посла Армении»), past a place and the verb, in the genitive: a person
    or a delegation only («подписали договор» names none)."""
    start = _subject_start(said)
    if start is None or re.fullmatch(r"(?:\s*[А-ЯЁ][\w-]*)+\s*", said[:start]) and _name_part(said[start:]):
        return None  # «на встрече с Послом … Али Теймур оглы Нагиевым, …»: the tail of a name is no subject
    return _genitive(_before_verb(said[start:]), without_people, animate=True)


def _name_part(said: str) -> bool:
    """Whether a phrase opens with a part of a person's name («Теймур оглы …», «Лукашенко»),
    no post."""
    word = re.match(r"[А-Яа-яЁё]+", said)
    return word is not None and bool({"Name", "Surn", "Patr"} & _parses(word.group())[0].tag.grammemes)


def _genitive(said: str, without_people, animate: bool) -> str | None:
    """A subject without personal names, dates and adverbs, in the genitive."""
    said = without_people(said)
    said = _without_manner(_WHEN_WORDS.sub("", _DATE.sub("", said.strip())).strip())
    if not said or (animate and not _animate(said)) or re.search(r"(?<!\w)(?:его|её|ее|их|свои?\w*)(?!\w)", said):
        return None  # «губернатор и его команда»: no name to decline
    genitive = _joined_genitive(said) or inflect.inflect_phrase(said, "genitive")
    if genitive is None:
        return None
    place = _PLACE_ADJECTIVE.match(said)
    lower = _head_lemma(said) in _COMMON or place is not None and _animate(said[place.end() :])
    return genitive[:1].lower() + genitive[1:] if lower else genitive


def _joined_genitive(said: str) -> str | None:
    """Two persons joined by «и», each in the genitive («Президент … и Путин» → «Президента …
    и Путина»); None when the words after «и» are no person named in the nominative
    («Министр промышленности и торговли»: one post)."""
    joined = re.match(r"(?P<first>.+?)\s+и\s+(?P<second>[А-ЯЁ][\w-]*(?:\s.*)?)$", said)
    reads = inflect.parses(joined["second"].split()[0]) if joined else []
    if joined is None or not any(p.tag.POS == "NOUN" and {"nomn", "anim"} <= p.tag.grammemes for p in reads[:2]):
        return None
    first, second = (inflect.inflect_phrase(joined[k], "genitive") for k in ("first", "second"))
    return f"{first} и {second}" if first and second else None


def _without_manner(said: str) -> str:
    """A subject without the adverbs of how it acted after it («Министр кратко» → «Министр»)."""
    words = said.split()
    while len(words) > 1 and words[-1].islower() and inflect.pos(words[-1]) == "ADVB":
        words.pop()
    return " ".join(words)


# a place's adjective opening a subject, capitalised by the sentence only: «Белорусский вице-премьер …»,
# «Зимбабвийский министр …» («Минский горисполком» is a body's name: no person follows)
_PLACE_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+[сц]к(?:ий|ая|ое|ие)\s+(?=[а-яё])")


def _before_verb(said: str) -> str:
    """The subject without a verb phrase of its own before the verb named («лидер примет
    участие в … и встретится»: «лидер»)."""
    for w in re.finditer(r"[А-Яа-яЁё]+", said):
        top = inflect.parses(w.group())[0]
        if top.tag.POS in ("VERB", "PRTS", "INFN") or top.normal_form == "должный" and top.tag.POS == "ADJS":
            return said[: w.start()]  # «Президент … также должен принять участие …»: «Президент …»
    return said


def _thing_first(said: str) -> bool:
    """Whether a clause opens with a thing in lower case («Эти данные губернатор …», «Этот
    вопрос обсудили директор …»), not a person or a name."""
    for word in said.split():
        noun = next((p for p in _parses(word) if p.tag.POS == "NOUN"), None)  # «данные»: a noun too
        if noun is not None:
            return word[:1].islower() and "anim" not in noun.tag
    return False


def _subject_start(clause: str, after_first: bool = False) -> int | None:
    """The first word of the clause in the nominative that no preposition governs; with
    `after_first`, the first such animate noun after the phrase the clause opens with."""
    words = list(re.finditer(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", clause))
    for k, w in enumerate(words):
        if k and words[k - 1].group().lower() in _PREPOSITIONS:
            continue
        top = inflect.parses(w.group())[0]
        if after_first and k and top.tag.POS == "NOUN" and top.tag.case == "nomn" and "anim" in top.tag:
            return w.start()
        if not after_first and top.tag.POS in ("NOUN", "ADJF") and top.tag.case == "nomn":
            return w.start()
    return None


def _head_lemma(said: str) -> str:
    for word in said.split():
        noun = inflect.reading(word, "NOUN")
        if noun is not None:
            return noun.normal_form
    return ""


def _animate(said: str) -> bool:
    """A person or a delegation: «Президент …», «Делегация …», never «груз»; an adjective
    first is no noun, whatever surname the dictionary also reads in it («Батыревский округ»)."""
    for word in said.split():
        if word[:1].isupper() and inflect.pos(word) == "ADJF" or inflect.pos(word) in ("CONJ", "PREP", "PRCL"):
            continue  # «Эти и другие вопросы губернатор …»: «и» is no initial
        noun = inflect.reading(word, "NOUN")
        if noun is not None:
            return "anim" in noun.tag or noun.normal_form in ("делегация", "группа", "правительство")
    return False


def signatories(text: str, at: int) -> str | None:
    """«A и B» in the instrumental when the clause ending at `at` has two bodies for its
    subject («Национальный центр маркетинга и Торговая палата Кении» → «Национальным
    центром маркетинга и Торговой палатой Кении», a government too); None for persons, one
    side or more."""
    clause = clauses.before(text, at, clauses.SUBJECT)
    start = _subject_start(clause)
    if start is None:
        return None
    said = _WHEN_WORDS.sub("", _DATE.sub("", _before_verb(clause[start:]).strip())).strip()
    parts = re.split(r"\s+и\s+", said)
    if len(parts) > 2:  # «Комитет по науке и технологиям … и Министерство образования и науки …»: at a name's start
        parts = re.split(r"\s+и\s+(?=[А-ЯЁ«\"])", said)
    bodies = [p[:1].isupper() and (_head_lemma(p) == "правительство" or not _animate(p)) for p in parts]
    if len(parts) != 2 or not all(bodies):
        return None  # a government signs as a body, though it meets as people
    forms = [inflect.inflect_phrase(p, "instrumental") for p in parts]
    return " и ".join(f for f in forms if f) if all(forms) else None
