"""Events a release tells by turns of phrase rather than by an event's noun: a
delegation someone led somewhere, two persons who met or talked, a holiday greeted, a
talk held at a body; and the readings events share: the body or building an event was
held in, the day «накануне», «вчера», «сегодня» give, the President of Belarus named by
his post where the press calls him «белорусский лидер». No I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from memogen import inflect
from memogen.draft import clauses
from memogen.draft.meetings import ARRIVING, accusative, land, subject, subject_after, with_
from memogen.draft.phrases import name_end
from memogen.draft.words import nominative_head


def told(text: str, strip) -> list[tuple[str, int, int]]:
    """(name, start, end) of each event the sentence tells by these turns of phrase."""
    told = _led_delegations(text) + _pairs_met(text, strip) + _discussed_at(text) + _trips(text, strip)
    told += _arrivals(text, strip) + _margins(text) + _delegations_at_work(text, strip) + laid(text)
    return told + _called_at(text, strip)


# «В Минске работает делегация Тюменской области», «Делегация … работала в Казани»: a delegation
# at work somewhere is on a visit there
_AT_WORK = re.compile(
    r"(?<![\w-])[Вв]о?\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+(?:[А-ЯЁ][\w-]*|област\w*|кра[ея]|республик\w*))?)\s+"
    r"(?:работа(?:ет|л[аи]?)|пребыва(?:ет|л[аи]?))\s+(?=(?:[А-ЯЁа-яё]+(?:ая|ие)\s+){0,2}[Дд]елегаци[яи]\s)"
    r"|(?<![\w-])(?=[Дд]елегаци[яи]\s)(?P<who>[^,.;:]{0,80}?)\s+(?:работа(?:ет|л[аи]?)|пребыва(?:ет|л[аи]?))\s+"
    r"[Вв]о?\s+(?P<place2>[А-ЯЁ][\w-]*(?:\s+(?:[А-ЯЁ][\w-]*|област\w*|кра[ея]|республик\w*))?)"
)


def _delegations_at_work(text: str, strip) -> list[tuple[str, int, int]]:
    """«В Минске работает делегация Тюменской области» → «визит делегации Тюменской области в
    Минск»: a delegation working or staying somewhere is on a visit there."""
    out = []
    for m in _AT_WORK.finditer(text):
        said = m["who"] if m["who"] else who_came(text[m.end() :])
        place = accusative(m["place"] or m["place2"], stay=True)
        who = inflect.inflect_phrase(strip(said.strip()), "genitive") if said.strip() else None
        if who and place:
            end = m.end() if m["who"] else m.end() + len(said)
            out.append((f"визит {who[:1].lower() + who[1:]} в {place}", m.start(), end))
    return out


# «на полях саммита …», «в кулуарах форума …»: what was done there was done at that event
_MARGINS = re.compile(r"(?<![\w-])(?:на\s+полях|в\s+кулуарах)\s+(?=[А-ЯЁа-яё])", re.I)
# bodies whose margins are their session's: «на полях Евразийского межправительственного совета»
_SITTING_BODIES = {"совет", "комиссия", "ассамблея", "собрание", "комитет", "коллегия", "парламент", "конгресс"}


def _margins(text: str) -> list[tuple[str, int, int]]:
    """«на полях Евразийского межправительственного совета» → «заседание Евразийского
    межправительственного совета», «на полях саммита ШОС» → «саммит ШОС»: what was done
    on the margins of an event or a body's session says it was held. A body is named by
    its session; an event's own noun is left to the event nouns of the sentence."""
    out = []
    for m in _MARGINS.finditer(text):
        words = list(re.finditer(r"[А-ЯЁа-яё-]+", text[m.end() : m.end() + 80]))[:4]
        tops = [(w, inflect.parses(w.group())[0]) for w in words]
        head = next(((w, p) for w, p in tops if p.tag.POS == "NOUN"), None)  # past the adjectives before it
        if head is None or head[1].tag.case != "gent" or head[1].normal_form not in _SITTING_BODIES:
            continue
        end = name_end(text, m.end() + head[0].end())
        out.append((f"заседание {text[m.end() : end]}", m.start(), end))
    return out


# «в Минск с официальным визитом прибыл президент …», «в Гродно прибыла делегация …»: where
# first, then the verb of arriving, then who came
_ARRIVED = re.compile(
    r"(?<![\w-])[Вв]о?\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+(?:[А-ЯЁ][\w-]*|област\w*|кра[йяю]|республик\w*))?)"
    r"(?P<kind>\s+с\s+(?:[а-яё]+(?:ым|им)\s+){0,2}визитом)?\s+"
    r"(?:" + ARRIVING + r"|(?P<stay>побывал[аи]?))(?![\w-])"
    r"(?P<late>\s+с\s+(?:[а-яё]+(?:ым|им)\s+){0,2}визитом)?\s+"
)


def who_came(after: str) -> str:
    """Who came, from the words after a verb of coming up to the clause's end (a quote's
    mark ends it too), with whom they came with («делегация области во главе с
    губернатором …»), as the release names a visit."""
    return re.split(r"[,;:.()«»\"]|\s[—–-]\s", after)[0].strip()


def _arrivals(text: str, strip) -> list[tuple[str, int, int]]:
    """«11 мая в Минск с официальным визитом прибыл президент Турции …» → «официальный
    визит президента Турции в Минск»: who arrived somewhere (said in the accusative after
    «в» before the verb, in the nominative after it) made a visit there, of the kind
    «с … визитом» says."""
    out = []
    for m in _ARRIVED.finditer(text):
        place = m["place"].split()
        if len(place) == 2 and not place[1][:1].isupper() and not _region_noun(place[1]):
            place = place[:1]
        if m["stay"]:  # «в Беларуси побывала делегация …»: where they were is where the visit went
            place = (accusative(" ".join(place), stay=True) or "").split()
        elif not any(p.tag.case == "accs" for p in inflect.parses(place[0])):
            continue  # «в Минске прибыли …»: where they are, not where to
        if not place:
            continue
        said = who_came(text[m.end() :])
        who = inflect.inflect_phrase(strip(said), "genitive") if said and person_phrase(said) else None
        if not who:
            continue
        adjectives = visit_kind(m["kind"] or m["late"] or "")
        out.append((f"{adjectives} визит {who} в {' '.join(place)}".strip(), m.start(), m.end() + len(said)))
    return out


def visit_kind(said: str) -> str:
    """The adjectives of «с рабочим визитом», «с официальным дружественным визитом» in the
    nominative («рабочий», «официальный дружественный»); "" for a bare «с визитом»."""
    return " ".join(nominative_head(f"{w} визитом", "ablt").split()[0] for w in said.split()[1:-1])


# «Делегацию Самарской области в Республику Беларусь возглавил губернатор …», «губернатор
# возглавил делегацию области в Минск»: a delegation led somewhere is a visit there
_LED = re.compile(
    r"(?<![\w-])(?:возглав(?:ил[аи]?|ля(?:ет|ют|л[аи]?)|ит|ят)|возглавляем\w+|возглавивш\w+)(?![\w-])", re.I
)
_DELEGATION = re.compile(
    r"(?P<adj>(?:[А-ЯЁа-яё]+(?:ую|ая|ой)\s+)?)[Дд]елегаци(?:ю|я|и|ей)(?P<whose>(?:\s+[А-ЯЁа-яё][\w-]*){0,4}?)"
    r"\s+(?:в|во)\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁа-яё][\w-]*)?)(?=[\s,.;:]|$)"
)


def _led_delegations(text: str) -> list[tuple[str, int, int]]:
    """«Делегацию Самарской области в Республику Беларусь возглавил губернатор» → «визит
    делегации Самарской области в Республику Беларусь»: a delegation that someone led,
    with where it went (in the accusative after «в»), made a visit there."""
    out = []
    for m in _DELEGATION.finditer(text):
        led = _LED.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40))
        if led is None:
            continue
        between = text[led.end() : m.start()] if led.end() <= m.start() else text[m.end() : led.start()]
        place = m["place"].split()
        if len(place) == 2 and not place[1][:1].isupper() and not _region_noun(place[1]):
            place = place[:1]  # «в Минск губернатор»: one word of the place
        accusative = any(p.tag.case == "accs" for p in inflect.parses(place[0]))
        if re.search(r"[,;:.]", between) or not accusative:
            continue
        into = "во" if re.match(r"[ВвФф][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]", place[0]) else "в"  # «во Вьетнам»
        said = f"{_feminine_genitive(m['adj'].strip())} делегации{m['whose']} {into} {' '.join(place)}"
        out.append((f"визит {said.strip()}", m.start(), m.end()))
    return out


def _feminine_genitive(adjective: str) -> str:
    """«Белорусскую» → «белорусской»: an adjective of «делегация» in the genitive."""
    parse = inflect.reading(adjective, "ADJF")
    form = parse.inflect({"gent", "sing", "femn"}) if parse is not None else None
    return form.word if form is not None else ""


def _region_noun(word: str) -> bool:
    return inflect.lemma(word) in ("область", "край", "округ", "республика", "район")


# «в Беларусь отправятся предприниматели республики», «делегация поедет в Казань»: a trip
_WENT = re.compile(
    r"(?<![\w-])(?:отправ(?:ится|ятся|ился|илась|ились)|поед(?:ет|ут)|съезд(?:ит|ят)|выед(?:ет|ут)|"
    r"(?P<sent>(?:будет\s+|будут\s+)?направлен[аоы]?|направ(?:ят|ит)))(?![\w-])",  # «будет направлена делегация»
    re.I,
)
_INTO = re.compile(
    r"(?<![\w-])[Вв]о?\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+(?:[А-ЯЁ][\w-]*|област\w*|кра[йяю]|республик\w*))?)"
)


def _trips(text: str, strip) -> list[tuple[str, int, int]]:
    """«в следующем году в Беларусь отправятся предприниматели республики» → «поездка
    предпринимателей республики в Беларусь»: persons who go or will go somewhere (said in
    the accusative after «в»), named before the verb or after it, make a trip there."""
    out = []
    for m in _WENT.finditer(text):
        before = re.search(rf"{_INTO.pattern}\s+$", text[: m.start()])
        after = _INTO.match(text, m.end() + 1) if before is None else None
        found = before or after
        place = found["place"] if found is not None else None
        if place is None or not any(p.tag.case == "accs" for p in inflect.parses(place.split()[0])):
            continue
        if before is not None:  # the subject after the verb: «отправятся предприниматели республики»
            said = re.split(r"[,;:.]|\s[—–-]\s", text[m.end() :])[0].strip()
            who = inflect.inflect_phrase(strip(said), "genitive") if said and person_phrase(said) else None
        else:
            who = subject(text, m.start(), strip, animate=True)
        if who and (not m["sent"] or before is not None):  # one sent somewhere makes a visit there
            kind = "визит" if m["sent"] else "поездка"
            out.append((f"{kind} {who[:1].lower() + who[1:]} в {place}", m.start(), m.end()))
    return out


def person_phrase(said: str) -> bool:
    """Whether words open with a person or a delegation in the nominative, over the
    adjectives before its noun («Чрезвычайный и Полномочный Посол …», «официальная
    делегация …», «итальянский глава правительства»)."""
    words = said.split()
    k = 0
    while k < len(words) - 1 and (_nominative_adjective(words[k]) or k and words[k].lower() == "и"):
        k += 1
    top = inflect.parses(words[k])[0]
    return top.tag.POS == "NOUN" and top.tag.case == "nomn" and ("anim" in top.tag or top.normal_form == "делегация")


def _nominative_adjective(word: str) -> bool:
    top = inflect.parses(word)[0]
    return top.tag.POS == "ADJF" and top.tag.case == "nomn"


# «A и B обсудили …», «A и B, встретившиеся 25 мая, …»: two persons who met or talked
_TALKED = re.compile(
    r"(?<![\w-])(?:обсудили|обсуждали|говорили|встретились|провели\s+переговоры|"
    # what two do together tells they met: «Президент … и губернатор … договорились …», «сошлись во мнении»
    r"договорились|условились|согласовали|обменялись|сошлись|"
    r"(?P<part>встретивши(?:еся|хся|мися)))(?![\w-])",
    re.I,
)
_WHEN_SAID = re.compile(
    r"(?:\s+(?:вчера|сегодня|накануне|также|уже|впервые|\d{1,2}\s+[а-я]+(?:\s+\d{4}\s+года)?))+$", re.I
)


def _pairs_met(text: str, strip) -> list[tuple[str, int, int]]:
    """«Губернатор области Иван Петров и Посол Беларуси Пётр Иванов накануне обсудили …»,
    «Президент … и спикер парламента …, встретившиеся 25 мая, …» → «встреча губернатора
    области с Послом Беларуси»: two persons as one subject of a verb of meeting or talking
    met; who they are, without their names (the officials list gives them)."""
    out = []
    for m in _TALKED.finditer(text):
        at = m.start() - len(text[: m.start()]) + len(text[: m.start()].rstrip(" ,")) if m["part"] else m.start()
        clause = clauses.before(text, at, clauses.SUBJECT)
        noun = "переговоры" if "переговор" in m.group().lower() else "встреча"
        plural = _plural_subject(clause, text, at, strip)
        pair = None if plural else _pair(clause, at - len(clause), text, strip)
        if plural is None and pair is None and not m["part"]:
            pair = _pair_after(text, m.end(), strip)
        if plural is not None:  # «Президенты России и Казахстана … обсудили …»: one subject of both
            out.append((f"{noun} {plural}", at - len(clause), m.end()))
        elif pair is not None:
            out.append((f"{noun} {pair[0]} {with_(pair[1])} {pair[1]}", at - len(clause), m.end()))
    return out


def _pair_after(text: str, at: int, strip) -> tuple[str, str] | None:
    """«О поставках говорили Президент … и премьер-министр …»: two persons named after the
    verb; none when an event the sentence names follows («… на встрече в …»: that event's)."""
    after = text[at : clauses.end(text, at, clauses.SPEAKER)]
    if not after.strip() or re.search(r"\s(?:на|в\s+ходе|во\s+время|после)\s", after):
        return None
    return _pair(after, at, text, strip) if person_phrase(after.strip()) else None


# persons by their posts, who meet as one subject in the plural: «президенты», «министры», «главы»
_POSTS = {
    "президент", "премьер-министр", "министр", "глава", "губернатор", "посол", "лидер", "председатель",
    "руководитель", "вице-премьер", "спикер", "мэр", "аким", "канцлер", "король",
}


def _plural_subject(clause: str, text: str, at: int, strip) -> str | None:
    """«Президенты России и Казахстана Иван Петров и Пётр Иванов обсудили …» → «Президентов
    России и Казахстана»: a subject whose head is persons in the plural, with whose they are
    in the genitive, met as one (in the genitive, without their names)."""
    words = clause.split()
    head = next((w for w in words if inflect.pos(w) == "NOUN"), None)
    if head is None or len(words) < 2:
        return None
    parse = inflect.parses(head)[0]
    after = words[words.index(head) + 1] if words.index(head) + 1 < len(words) else ""
    whose = inflect.parses(after)[0] if after else None
    if parse.tag.number != "plur" or parse.normal_form not in _POSTS or whose is None or whose.tag.case != "gent":
        return None
    who = subject(text, at, strip, animate=True)
    return who[:1].lower() + who[1:] if who else None  # «президентов …», «министров …»: a capital opened the sentence


def _pair(clause: str, offset: int, text: str, strip) -> tuple[str, str] | None:
    """The two persons a clause's subject joins with «и»: the first in the genitive, the
    second in the instrumental; None unless both are persons."""
    for join in re.finditer(r"\s+и\s+", clause):
        left, right = clause[: join.start()].split(), clause[join.end() :].split()
        if not left or not right or _adjective_word(left[-1]) and _adjective_word(right[0]):
            continue  # «Чрезвычайный и Полномочный Посол»: one person
        first = subject(text, offset + join.start(), strip, animate=True)
        second = strip(_WHEN_SAID.sub("", clause[join.end() :].strip()))
        other = inflect.inflect_phrase(second, "instrumental") if second and _person(second) else None
        if first and other:
            lower = second[:1].islower() or _head_noun(second) in _COMMON_POSTS  # «губернатором»: no capital
            return first, other[:1].lower() + other[1:] if lower else other
    return None


# posts a memo writes in lower case after a preposition: «с губернатором области»
_COMMON_POSTS = {"губернатор", "глава", "аким", "мэр", "делегация", "представитель"}


def _adjective_word(word: str) -> bool:
    return inflect.pos(word) in ("ADJF", "PRTF")


def _person(said: str) -> bool:
    """Whether a phrase's first noun names a person («Посол …», «спикер …»)."""
    noun = next((w for w in said.split() if inflect.pos(w) == "NOUN"), "")
    return bool(noun) and _animate_noun(noun)


# «поздравил руководство и народ Лаоса с национальным праздником», «… с Днём независимости»,
# «направил поздравление … по случаю Дня Республики»: a holiday greeted is an event of that day
_HOLIDAY = (
    r"(?:(?:[А-Яа-яЁё-]+\s+){0,2}?(?:праздник\w*|[Дд]н(?:[её]м|я|ю|ень)|годовщин\w*|юбиле\w*|"
    r"[Нн]ов(?:ым|ого)\s+год\w*|Рождеств\w*|Навруз\w*|\d+-лети\w*))"
)
_GREETED = re.compile(
    rf"поздрав\w*\s+(?P<whom>[^.;:]*?)\s+(?:с|со)\s+(?P<with>{_HOLIDAY})(?![\w-])"
    rf"|поздрав\w*(?P<to>[^.;:]*?)\s+(?:по\s+случаю|в\s+связи\s+с)\s+(?P<on>{_HOLIDAY})(?![\w-])",
)


def greetings(text: str) -> list[tuple[str, int, int]]:
    """«Президент поздравил руководство и народ Лаоса с национальным праздником» →
    «национальный праздник Лаоса»: the holiday a greeting is for, in the nominative and
    with whose it is — the state in the genitive among whom is greeted — when its own
    words name none («День независимости Республики Казахстан» names its state)."""
    out = []
    for m in _GREETED.finditer(text):
        at = m.start("with") if m["with"] else m.start("on")
        end = name_end(text, m.end("with") if m["with"] else m.end("on"))
        said = nominative_head(text[at:end], "ablt" if m["with"] else "gent")
        named = _state_among(said) or re.search(r"\s[А-ЯЁ][\w-]*\s+[А-ЯЁ]", said)  # «… Республики Казахстан»
        whose = None if named else _state_among(m["whom"] or m["to"] or "")
        out.append((f"{said} {whose}" if whose else said, at, end))
    return out


_STATE_FORM = re.compile(r"(?:Республик|Королевств|Федераци|Султанат|Княжеств|Эмират)\w*\s+[А-ЯЁ][\w-]+")


def _state_among(words: str) -> str | None:
    """The state named among the words, in the genitive: «Президенту Республики Индия» →
    «Республики Индия», «народ Лаоса» → «Лаоса» (a place, never a person's name)."""
    form = _STATE_FORM.search(words)
    if form:  # «Республике Индия», «Республики Индия» → «Республики Индия»
        head, rest = form.group().split(maxsplit=1)
        parse = next((p for p in inflect.parses(head) if p.tag.number == "sing"), None)
        said = parse.inflect({"gent", "sing"}) if parse is not None else None
        return f"{inflect.restore(head, said.word)} {rest}" if said is not None else None
    for w in re.findall(r"[А-ЯЁ][а-яё-]+", words):
        top = inflect.parses(w)[0]
        if "Geox" in top.tag and top.tag.case == "gent":
            return w
    return None


# «связи гости обсудили и в Совете Республики», «вопросы обсуждались в Министерстве …»
_DISCUSSED_AT = re.compile(
    r"(?<![\w-])обсу(?:дили|дил[аи]?|ждал[аи]?|ждались|ждался|ждалось)(?:\s+и|\s+также)?(?=\s+во?\s+[А-ЯЁ])", re.I
)


def _discussed_at(text: str) -> list[tuple[str, int, int]]:
    """«Межрегиональные связи гости обсудили и в Совете Республики» → «обсуждение
    межрегиональных связей в Совете Республики»: a talk held at a body or building (not
    a town: see `_venue_end`) is an event, named by what was discussed when the clause
    opens with it (a thing, in the nominative or accusative)."""
    out = []
    for m in _DISCUSSED_AT.finditer(text):
        end = venue_end(text, m.end())
        if end == m.end() or not re.match(r"\s*(?:[,.;:—–-]|$)", text[end:]):
            continue  # «обсудили в Министерстве экономики поставки …»: where the venue ends is unsure
        what = _talked_of(clauses.before(text, m.start(), clauses.SUBJECT))
        out.append((f"обсуждение {what + ' ' if what else ''}{text[m.end() : end].strip()}", m.start(), end))
    return out


def _talked_of(clause: str) -> str | None:
    """What a clause opening with a thing talks of, before its subject, in the genitive:
    «Межрегиональные связи гости» → «межрегиональных связей», «Перспективы
    сотрудничества» → «перспектив сотрудничества»."""
    words = clause.split()
    subject_at = next((k for k, w in enumerate(words) if k and _group_or_person(w)), len(words))
    first = next((w for w in words[:subject_at] if _noun_word(w)), None)
    thing = first is not None and any(
        p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs") and "anim" not in p.tag
        for p in inflect.parses(first)
    )
    if not thing:
        return None
    said = inflect.inflect_phrase(" ".join(words[:subject_at]), "genitive")
    return said[:1].lower() + said[1:] if said else None


def _noun_word(word: str) -> bool:
    return inflect.pos(word) == "NOUN"


def _group_or_person(word: str) -> bool:
    top = inflect.parses(word)[0]
    return top.tag.POS == "NOUN" and ("anim" in top.tag or top.normal_form in ("делегация", "сторона", "группа"))


_VENUE_IN = re.compile(r"\s+(?:в|во)\s+(?P<word>[А-ЯЁ][а-яё]+)(?![\w-])")


def venue_end(text: str, end: int) -> int:
    """Where an event's name ends over the body or building it was held in, named after
    it in the prepositional («планёрка в Доме Правительства», «заседание в Министерстве
    иностранных дел»); a town or country there is where it was, no part of its name."""
    m = _VENUE_IN.match(text, end)
    if m is None:
        return end
    top = inflect.parses(m["word"])[0]
    if top.tag.POS != "NOUN" or top.tag.case != "loct" or any(g in top.tag for g in ("Geox", "Name", "Surn")):
        return end
    state = _STATE_NAME.match(text, m.end()) if top.normal_form in _STATE_FORMS else None
    return state.end() if state else name_end(text, m.end())  # «в Республике Беларусь»: the state's name whole


# the words a state's official name opens with: «Республика Беларусь», «Королевство Бельгия»
_STATE_FORMS = {"республика", "федерация", "королевство", "княжество", "султанат", "эмират"}
_STATE_NAME = re.compile(r"(?:\s+[А-ЯЁ][\w-]*)+")


# «накануне», «вчера», «сегодня» as adverbs: the day before the release, or its day
_RELATIVE_DAY = re.compile(r"(?<![\w-])(?P<word>накануне|вчера|сегодня)(?![\w-])(?P<next>\s+[А-Яа-яЁё]+)?", re.I)


def relative_day(text: str, release: dt.date) -> dt.date | None:
    """The day an adverb of time gives the sentence's events: «накануне», «вчера» the
    day before the release, «сегодня» the release's day; «накануне визита» (a
    preposition before a genitive) gives none."""
    for m in _RELATIVE_DAY.finditer(text):
        after = inflect.parses(m["next"].strip())[0] if m["next"] else None
        governs = after is not None and after.tag.case == "gent" and after.tag.POS in ("NOUN", "ADJF")
        if m["word"].lower() == "накануне" and governs:
            continue  # «накануне визита», «накануне Дня независимости»
        return release if m["word"].lower() == "сегодня" else release - dt.timedelta(days=1)
    return None


# «белорусского лидера», «лидером Беларуси»: the press's word for the President of Belarus
_LEADER = re.compile(
    r"(?<![\w-])(?:белорусск(?:ий|ого|ому|им|ом)\s+лидер(?P<a>а|у|ом|е)?|лидер(?P<b>а|у|ом|е)?\s+Беларуси)(?![\w-])"
)


def leader_named(what: str) -> str:
    """An event's name with the President of Belarus named by his post where the press
    calls him «белорусский лидер» («визит белорусского лидера в …» → «визит Президента
    Беларуси в …»), in the case the words were in."""
    return _LEADER.sub(lambda m: f"Президент{m['a'] or m['b'] or ''} Беларуси", what)


def _animate_noun(word: str) -> bool:
    top = inflect.parses(word)[0]
    return top.tag.POS == "NOUN" and "anim" in top.tag


def _head_noun(said: str) -> str:
    """The lemma of a phrase's first noun."""
    noun = next((p for w in said.split() for p in inflect.parses(w)[:1] if p.tag.POS == "NOUN"), None)
    return noun.normal_form if noun is not None else ""


# «возложил венок к монументу Победы», «возложение цветов к Вечному огню», «церемония возложения венков»:
# a ceremony of remembrance, named by its deed and where it was laid
_LAID = re.compile(
    r"(?P<ceremony>(?<![\w-])церемони[яиюей]+\s+)?(?<![\w-])(?:возлож(?:ил[аи]?|ит|ат|ить|ени[еяюи]|ением)|"
    r"возлага(?:ет|ют|л[аи]?|ть))\s+(?P<what>(?:вен(?:ок|к)|цвет)[а-яё]*(?:\s+и\s+(?:вен(?:ок|к)|цвет)[а-яё]*)?)"
    r"(?:\s+(?P<to>к|у)\s+(?P<place>[^,.;:]+))?",
    re.I,
)
# what is laid, in the genitive the deed's noun takes: «возложение венка», «… венков и цветов»
_LAID_GENITIVE = {"венок": "венка", "венка": "венка", "венки": "венков", "венков": "венков", "цветы": "цветов",
                  "цветов": "цветов"}


# where the place laid at ends: a verb after «и», a dash, whose gift or in whose memory it is
_LAID_END = re.compile(r"\s+и\s+(?=[а-яё]+(?:л[аи]?|ли|ют|ет|ит|ят)\s)|\s+(?:от|в\s+память|в\s+честь)\s|\s[—–-]\s")


def laid(text: str) -> list[tuple[str, int, int]]:
    """«Утром гости возложили венок к монументу Победы» → «возложение венка к монументу
    Победы»: laying a wreath or flowers is an event of its own, named by its deed, what was
    laid and where (up to the next verb or «и» with a verb); «церемония возложения …» is the
    same one."""
    out = []
    for m in _LAID.finditer(text):
        what = " ".join(_LAID_GENITIVE.get(w.lower(), w) for w in m["what"].split())
        name = f"возложение {what}"
        end = m.end("what")
        if m["place"]:
            place = next((m["place"][: e.start()] for e in _LAID_END.finditer(m["place"])
                          if m["place"][: e.start()].count("«") <= m["place"][: e.start()].count("»")), m["place"])
            name, end = f"{name} {m['to']} {place.strip()}", m.start("place") + len(place.rstrip())
        out.append((name, m.start(), end))
    return out


# «посетил Минский тракторный завод», «МАЗ посетила делегация …», «посещение Музея …»: a place called at
_CALLED_AT = re.compile(
    r"(?<![\w-])(?:посетил[аи]?|посет(?:ит|ят)|посеща(?:ет|ют|л[аи]?)|(?P<noun>посещени(?:е|я|ю|ем|и))|"
    # «собираются посетить музей»: an intention, as a visit to come
    r"(?:собира(?:ется|ются)|планиру(?:ет|ют)|намерен[аы]?|долж(?:ен|на|ны))\s+(?:также\s+)?посетить)(?![\w-])",
    re.I
)
# between the verb and what was visited: «посетил также», «посетят 5 марта», «посещение гостями …»
_BY_THE_WAY = re.compile(
    r"(?:\s+(?:также|затем|вместе|уже|ещё|еще|сегодня|вчера|завтра|\d{1,2}\s+[а-я]+|"
    r"в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|с\s+(?:[а-яё]+(?:ым|им)\s+){0,2}визитом))*",
    re.I,
)
# an event is named by its own noun, and a place of events is no place called at
_EVENT_PLACES = re.compile(
    r"(?:выставк|ярмарк|форум|фестивал|саммит|салон|заседани|конференци|церемони|мероприяти|при[её]м)", re.I
)


def _called_at(text: str, strip) -> list[tuple[str, int, int]]:
    """«Губернатор посетил Минский автомобильный завод», «Минский автомобильный завод посетила
    делегация …», «посещение МАЗа»: a place a person or delegation visits that is no land is
    an event of its own, «посещение МАЗ», named by the place in the genitive, each of two
    joined by «и» apart (a land is where a visit goes, told by `meetings.verb_events`; an
    exhibition or forum is named by its own noun). One told with the place first and who
    came after, a land too («Тверскую область посетил Посол …» → «визит Посла … в Тверскую
    область»)."""
    out = []
    for m in _CALLED_AT.finditer(text):
        case = "gent" if m["noun"] else "accs"
        skip = _BY_THE_WAY.match(text, m.end())
        place = _called_place(text, skip.end() if skip else m.end(), case)
        before = None if place or m["noun"] else _place_first(text, m.start())
        if before is not None:
            close = clauses.end(text, m.end(), clauses.SPEAKER)
            who = subject_after(text[m.end() : close], strip)
            if who is None or re.search(r"\d", who):
                continue  # «выставку посетили свыше 15 тыс. человек»: a count of visitors, no one visit
            if _land_named(before[0]):
                where = re.split(r"\s+(?:с|со)\s+", before[0])[0]  # «Рим с визитом посетил …»
                out.append((f"визит {who} в {where}", before[1], close))
                continue
        out += _places_called(text, place or before, case, m)
    return out + _been_at(text)


# «побывали на предприятии «…»», «побывает на тракторном заводе», «поездку на МАЗ и в академию наук»
_BEEN_AT = re.compile(
    r"(?<![\w-])(?:побыва(?:л[аи]?|ет|ют|ть)|(?P<trip>поездк(?:а|и|у|ой|е)))\s+(?=(?:на|в|во)\s)", re.I
)


_AMONG = re.compile(r"(?:в\s+том\s+числе\s+)?", re.I)


def _been_at(text: str) -> list[tuple[str, int, int]]:
    """«Министр побывал на предприятии «Волгабас»», «поездку на МАЗ и в Национальную академию
    наук»: a place one was at or goes to that is no land is «посещение …» of it, as
    «посетил» (`_called_at`); a land is a visit's destination, told by
    `meetings.verb_events`."""
    out = []
    for m in _BEEN_AT.finditer(text):
        case = "accs" if m["trip"] else "loct"
        among = _AMONG.match(text, m.end())  # «побывал в том числе на …»: no place, a list's case
        at = among.end() if among else m.end()
        into = re.match(r"(?:на|в|во)\s+", text[at:])
        place = _called_place(text, at + into.end(), case) if into else None
        out += _places_called(text, place, case, m)
    return out


def _places_called(text: str, place: tuple[str, int, int] | None, case: str, m: re.Match[str]):
    """«посещение …» of the place called at and of each joined to it by «и» («посетит
    академию наук и МАЗ», «на МАЗ и в академию наук»); none for a land or an event."""
    out = []
    while place is not None and not _EVENT_PLACES.search(place[0]) and not _land_named(place[0]):
        said = place[0] if case == "gent" else _genitive_place(place[0], case)
        if said and re.search(r"[А-Яа-яЁё]{3}", said):
            out.append((f"посещение {said}", min(m.start(), place[1]), max(m.end(), place[2])))
        # two places: «… и МАЗ», «…, в агрокомбинате …», «…, Парк …» (a comma's clause is none: «…, открытие которого»)
        # «…, в том числе на …»: a case of the places before, no place of its own
        joined = re.match(r"\s+и\s+(?:(?:на|в|во)\s+)?|,\s+(?:в\s+том\s+числе\s+)?(?:(?:на|в|во)\s+|(?=[А-ЯЁ«]))",
                          text[place[2] :])
        place = _called_place(text, place[2] + joined.end(), case) if joined else None
    return out


def _land_named(place: str) -> bool:
    """Whether a place visited is a land, whatever the words after it («Рим с визитом»,
    «Вьетнама по приглашению …», «Южно-Африканской Республики», «нашей страны»)."""
    words = re.findall(r"[А-Яа-яЁё-]+", place)[:3]
    lands = {"область", "край", "республика", "страна", "город", "округ", "район", "провинция", "штат", "федерация",
             "государство", "столица", "регион"}
    alone = len(words) == 1 or len(words[1]) <= 3 and words[1].islower()  # «Рим с визитом», not «Минском заводе»
    return land(" ".join(words[:2])) or alone and land(words[0]) or any(inflect.lemma(w) in lands for w in words)


def _called_place(text: str, at: int, case: str) -> tuple[str, int, int] | None:
    """The place named at `at` in `case` («Минский автомобильный завод», «Национальную академию
    наук Беларуси», «ОАО «МАЗ»»): adjectives and a noun that is no person, with the words of
    its name after it; None when none stands there. Who visits, put between in the
    instrumental («посещение гостями Индустриальной зоны …»), is passed over."""
    words = list(re.finditer(r"[А-Яа-яЁё-]+", text[at : at + 80]))[:5]
    start = None
    for k, w in enumerate(words):
        parses = [p for p in inflect.parses(w.group())[:3] if p.tag.case == case or "Abbr" in p.tag]
        adjective = any(p.tag.POS in ("ADJF", "PRTF") for p in parses)
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        if len(w.group()) < 3 and not w.group().isupper():
            return None  # «по поручению», «в воскресенье»: no place named there
        if not adjective and noun is None and case == "gent" and start is None and _in_case(w.group(), "ablt"):
            continue  # «посещение гостями …»: who visits
        start = at + w.start() if start is None else start
        if adjective and k + 1 < len(words) and _in_case(words[k + 1].group(), case):
            continue  # «Тверскую область»: an adjective before its noun, though a place's name too
        initials = re.fullmatch(r"[А-ЯЁ]\w*[А-ЯЁ]\w*", w.group())  # «БелАЗ», «МАЗ»: a name in initials
        if noun is None and not initials:
            return None
        if noun is not None and ("anim" in noun.tag or noun.normal_form in ("делегация", "группа")):
            return None
        end = name_end(text, at + w.end())
        comma = text.find(",", start, end)  # «на заводе, в агрокомбинате …»: places listed, each apart
        end = comma if comma > 0 else end
        return text[start:end].strip(), start, end
    return None


def _genitive_place(place: str, case: str = "accs") -> str | None:
    """A place named in `case`, in the genitive; a name in quotes stays as written
    («ОАО «Волжский абразивный завод»» → «ОАО «Волжский абразивный завод»»)."""
    quoted = re.search(r"\s*[«\"„]", place)
    head, rest = (place[: quoted.start()], place[quoted.start() :]) if quoted else (place, "")
    if re.fullmatch(r"[А-ЯЁ]\w*[А-ЯЁ]\w*", head.strip()):
        return place  # «БелАЗ», «МАЗ»: initials, as written
    said = inflect.inflect_phrase(nominative_head(head, case), "genitive") if head.strip() else ""
    return said + rest if said is not None else None


def _in_case(word: str, case: str) -> bool:
    return any(p.tag.case == case and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in inflect.parses(word)[:3])


def _place_first(text: str, at: int) -> tuple[str, int, int] | None:
    """«Минский автомобильный завод посетила делегация …»: the place a clause names first, in the
    accusative, right before the verb at `at`."""
    start = clauses.start(text, at, clauses.SUBJECT)
    words = re.match(r"\s*(?:[А-ЯЁа-яё]+\s+){0,2}?(?=[А-ЯЁ«A-Z])", text[start:at])
    opening = start + (words.end() if words else 0)
    place = _called_place(text, opening, "accs")
    return place if place is not None and place[2] >= len(text[:at].rstrip()) else None


# the common nouns a release stands for a side with: a region («российский регион»), a state («наша страна»)
_REGION_WORDS = {"регион", "субъект", "область", "край"}
_STATE_WORDS = {"страна", "государство", "республика"}
# «этой страны»: the land the text has named; «в вашу страну»: the land of whom our side speaks to: the partner
_POINTING = {"этот", "данный", "ваш"}
_OUR = {"наш", "свой"}
_CASE_NAMES = {
    "gent": "genitive", "datv": "dative", "accs": "accusative", "ablt": "instrumental", "loct": "prepositional",
}


def sides_described(what: str, partner, country: str | None) -> str:
    """An event's side the release names by a common noun rather than by its name, as the
    curated files name it: «заседание рабочей группы по сотрудничеству нашей страны с
    российским регионом» → «… Беларуси с Иркутской областью», «визит делегации в соседнюю
    страну» → «… в Беларусь». A region's noun («регион», «область», «край», «субъект»)
    with no name of its own stands for a region partner; a state's («страна»,
    «государство», «республика») for Belarus when the partner is a region abroad or the
    name holds the partner already, and «этой страны» for the partner. `country` is the
    partner's state in the genitive («России»), dropped after the region it holds."""
    if partner is None:
        return what
    words = list(re.finditer(r"[А-Яа-яЁё-]+", what))
    limit = len(what)
    for k in range(len(words) - 1, -1, -1):
        said = _side_noun(what, words, k, country) if words[k].end() <= limit else None
        if said is None:
            continue
        start, noun = said
        land = _land_of(noun, what[start : words[k].start()], what[:start] + what[words[k].end() :], partner)
        named = inflect.inflect_phrase(land, _CASE_NAMES[str(noun.tag.case)]) if land else None
        if named is None:
            continue
        end = words[k].end()
        if country and land == partner.name and what[end:].startswith(" " + country):
            end += len(country) + 1  # «сибирского региона России»: the region named, its state with it
        what, limit = what[:start] + named + what[end:], start
    return _our_delegation(what, partner)


# «поездка нашей правительственной делегации в …»: a delegation said to be ours
_OUR_DELEGATION = re.compile(
    r"(?<![\w-])наш(?:ей|а|у|ею)\s+(?P<said>(?:[а-яё]+\s+){0,2}?делегаци(?:я|и|ю|ей|ею))(?![\w-])"
)


def _our_delegation(what: str, partner) -> str:
    """«наша делегация» in a name that holds the partner as the other side is Belarus's:
    «поездка нашей делегации в Республику Узбекистан» → «поездка делегации Беларуси в …»."""
    m = _OUR_DELEGATION.search(what)
    rest = (what[: m.start()] + what[m.end() :]).lower() if m else ""
    if m is None or re.search(r"беларус|белорус", rest) or not any(s in rest for s in partner.stems):
        return what
    return f"{what[: m.start()]}{m['said']} Беларуси{what[m.end() :]}"


def _side_noun(what: str, words: list[re.Match[str]], k: int, country: str | None):
    """(where its words start, its parse) when word k is a land's common noun in the
    singular with no name of its own: its adjectives before it in lower case, no capital
    adjective before them («Союзного государства», «Омским регионом»), no name after it
    («республики Беларусь»), and no head of state's post it is part of («главы государства»)."""
    word = words[k].group()
    noun = next((p for p in inflect.parses(word)[:3] if p.tag.POS == "NOUN" and p.tag.number == "sing"
                 and p.normal_form in _REGION_WORDS | _STATE_WORDS and p.tag.case in _CASE_NAMES), None)
    after = what[words[k].end() :].lstrip()
    if noun is None or not word.islower() or after[:1] in ("«", '"') or after[:1].isupper() and not (
        country and after.startswith(country)
    ):
        return None
    j = k
    while j > 0 and words[j - 1].group().islower() and any(
        p.tag.POS in ("ADJF", "PRTF") and p.tag.case == noun.tag.case for p in inflect.parses(words[j - 1].group())[:2]
    ):
        j -= 1
    before = words[j - 1].group() if j > 0 else ""
    post = inflect.lemma(before) == "глава" and noun.normal_form in ("страна", "государство")
    if before[:1].isupper() and inflect.pos(before) in ("ADJF", "PRTF") or post:
        return None
    return words[j].start(), noun


def _land_of(noun, adjectives: str, rest: str, partner) -> str | None:
    """The land a common noun and its adjectives stand for (see `sides_described`), or None."""
    said = {inflect.lemma(w) for w in adjectives.split()}
    kind = "region" if noun.normal_form in _REGION_WORDS else "state"
    if said & _POINTING:
        return partner.name if (partner.kind == "country") == (kind == "state") else None
    ours = any(a.startswith("белорус") for a in said)
    if kind == "region":
        bare = not said and noun.normal_form == "область"  # «предприятий области»: ours as likely as theirs
        return partner.name if partner.kind == "region" and not ours and not said & _OUR and not bare else None
    if re.search(r"Беларус|Белорус", rest):
        return None  # Belarus named already: the word stands for someone else
    republic = noun.normal_form == "республика" and "Республик" in partner.name
    if partner.kind in ("region", "city"):
        neighbour = bool(said & {"соседний", "братский"}) or ours
        return "Беларусь" if not republic or neighbour else partner.name if not said & _OUR else None
    return "Беларусь" if said & _OUR and any(s in rest.lower() for s in partner.stems) else None
