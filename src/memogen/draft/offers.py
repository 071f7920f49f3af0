"""A release's sentences → proposals: what a side offers, is ready or interested to do,
agreed to do, or what the sides discussed doing. Each is the action as the release words
it (an infinitive clause, or a deed named by a noun), marked as a guess: who does it and
by when are the analyst's to add. No I/O.
"""

from __future__ import annotations

import re

from memogen import inflect
from memogen.draft import clauses
from memogen.draft.companies import makers_named
from memogen.draft.model import Item, optional
from memogen.draft.phrases import SAYING, SAYING_ALSO_DOING, name_end
from memogen.draft.tenses import BINDING, INTENDING
from memogen.draft.words import nominative_head

_OFFER = re.compile(
    r"(?<![\w-])(?:предложил[аи]?|предлага(?:ет|ют|ем|ю|ется)|предложено|пригласил[аи]?|призвал[аи]?|"
    r"приглаша(?:ет|ют|ем)|приглашен[аоы]?|приглашён[аоы]?|"  # «компании приглашены принять участие …»
    # «проявили интерес к кооперации», «выразил интерес к поставкам»: a deed of interest
    r"(?:проявил[аи]?|выразил[аи]?|проявля(?:ет|ют)|есть)\s+интерес|"
    # «Особый интерес Казахстан проявляет к проектам …»: the same, its subject between
    r"интерес\s+(?:[А-ЯЁа-яё-]+\s+){0,2}?(?:проявля(?:ет|ют)|проявил[аи]?|выража(?:ет|ют)|выразил[аи]?)(?=\s+к)|"
    # «просит разрешить …», «просят разрешения на …», «обратился с просьбой рассмотреть …»: a request
    r"прос(?:ит|ят|им|ил[аи]?)|с\s+просьбой|"
    # «надеюсь, вскоре мы перейдём к совместным проектам …»: a step the sides mean to take
    r"перейд(?:[её]м|ут|[её]т)(?=\s+к\s)|перейти(?=\s+к\s)|"
    # a readiness, a plan or a thought named with the deed it governs: «открыты для сотрудничества в …»,
    # «есть планы по созданию …», «думают о покупке …» (`_OFFERED_NOUN`)
    r"открыт[аоы]?(?=\s+для\s)|план(?:ы|ах|ами)(?=\s+по\s)|(?:по)?дума(?:ют|ет|ем|ли|л|ла)(?=\s+об?\s)|"
    r"готов[аы]?|готовност(?:ь|и|ью)|заинтересован[аоы]?|заинтересованност(?:ь|и|ью)|с\s+инициативой)(?![\w-])",
    re.I,
)
# Verbs of offering, inviting or urging, by lemma, in any tense, person or number («предлагал
# убрать …», «призывали наладить …», «приглашала принять участие …»): an offer as the regex reads one
_OFFER_LEMMAS = {"предложить", "предлагать", "призвать", "призывать", "пригласить", "приглашать"}
_OFFER_VERB_POS = ("VERB", "INFN", "GRND")  # «документ призван укрепить …» tells a document's purpose
_WORD = re.compile(r"(?<![\w-])[А-Яа-яЁё]+(?![\w-])")


def _offer_cues(text: str) -> list[re.Match[str]]:
    """Every cue of an offer in the sentence, in order: what `_OFFER` reads, and each verb of
    offering, inviting or urging `_OFFER` does not, found by its lemma."""
    cues = list(_OFFER.finditer(text))
    for w in _WORD.finditer(text):
        if any(c.start() <= w.start() < c.end() for c in cues):
            continue
        parse = inflect.parses(w.group())[0]
        if parse.normal_form in _OFFER_LEMMAS and parse.tag.POS in _OFFER_VERB_POS:
            cues.append(w)
    return sorted(cues, key=lambda c: c.start())


# What matters most now, a task or a goal set, or an advice, said by a phrase: an infinitive follows
# («главное сейчас — оживить …», «Главная задача обеих сторон — не сбавить …», «нам стоит вместе
# поработать …», «двум странам стоит оживить …» (whom it is advised to, in the dative; «перед нами стоит
# задача …» is a target), «Цель совместной работы — вернуть …» («проект, цель которого — …» describes
# the project)). A side's own intention, plan, need, decision or agreement is read by its words' lemmas
# (`_intended`).
_AGREED = re.compile(
    r"(?<![\w-])(?:главное\s+(?:сейчас\s+|теперь\s+)?[—–-]|"
    r"(?<=[а-яё][ая]м\s)(?:стоит|стоило\s+бы)|(?<=нам\s)стоит|"
    r"(?:задач[аи]|цель)(?:\s+(?!котор|был)[а-яё]+){0,3}(?:,[^,.;:]{1,40},)?\s+[—–-])(?![\w-])",
    re.I,
)
# Deeds the sides discussed or are working out, named by nouns after the verb («обсуждались
# расширение поставок …, обновление … и участие …», «прорабатывается создание …», «идут
# переговоры о поставках …»)
_DISCUSSED = re.compile(
    r"(?<![\w-])(?:обсудил[иа]?|обсуждал(?:ись|ось|ся|ась|и|а)?|обсуждают(?:ся)?|обсуждается|рассмотрел[иа]?|"
    r"рассматрива(?:ется|ются)|прорабатыва(?:ется|ются|лись|лось|лся)|изуча(?:ется|ются)|"
    r"реша(?:ется|ются)(?=\s+вопрос)|"  # «решается вопрос о создании комиссии»: a deed under consideration
    r"(?:ид(?:ут|ёт)|вед(?:утся|[её]тся))\s+переговоры\s+о(?:б)?|"
    # «речь шла о проектах …», «шла речь о поставках …»; «идёт процедура получения …»: a deed under way
    r"нацелен[аоы]?\s+на|ориентирован[аоы]?\s+на|"  # «регион нацелен на закупку …»: what a side aims at
    r"(?:реч[ьи]\s+(?:шла|идёт|ид[её]т)|шла\s+речь)\s+о(?:б)?|"
    # «Отдельно говорили о совместных проектах …», «поговорили о поставках …»: a talk about deeds
    r"(?:по)?говорил(?:и|ось)\s+о(?:б)?|"
    r"(?:ид[её]т|вед[её]тся|начата|заверша\w+)(?=\s+процедур))"
    r"(?![\w-])",
    re.I,
)
# «Перспективным направлением сотрудничества губернатор считает и лёгкую промышленность»: a branch
# named promising is a proposal to cooperate in it
_PROSPECT = re.compile(
    r"[Пп]ерспективн\w+\s+направлени\w+(?:\s+сотрудничества)?\s+(?:[^,.;:]*?\s)?(?:счита\w+|назвал\w*|вид\w+)"
    r"\s+(?:и\s+|также\s+)?(?P<branch>[а-яё]+\s+[а-яё]+)(?=[\s.,;])"
)
# «готовы к сотрудничеству в …», «заинтересована в поставках …»: what is offered, named by a noun
# («открыты для сотрудничества в …», «есть планы по созданию …», «думают о покупке …»: the deed a head
# governs by its own preposition, each in that preposition's case)
_OFFERED_NOUN = re.compile(
    r"(?:\s+(?:также|тоже|очень|весьма|крайне))?\s+(?P<prep>к|ко|в|во|для|по|о|об)(?=\s+[а-яё])", re.I
)
_GOVERNED_CASE = {"к": "datv", "ко": "datv", "в": "loct", "во": "loct", "для": "gent", "по": "datv", "о": "loct",
                  "об": "loct"}
_DEEDS = {
    "поставка", "сборка", "торговля", "кооперация", "закупка", "покупка", "продажа", "помощь", "работа", "участие",
    "импорт", "перевозка", "обмен",
    "открытие", "обновление", "экспорт", "выпуск", "модернизация", "строительство", "производство", "сотрудничество",
    "взаимодействие", "ремонт", "обслуживание", "проект", "аккредитация", "регистрация", "сертификация",
    "локализация",
}
_CLAUSE_END = re.compile(
    # «поработать над тем, чтобы …», «в том, что …»: a clause a pointing word calls for goes on
    r"(?<![\s(]тем)(?<![\s(]том)(?<![\s(]то)(?<![\s(]того)(?<![\s(]тому),\s*(?:(?:(?:в|во|на|с|со|по|из|для|от|к|о|об|при|за|у)\s+)?котор\w+|что|чтобы)\b|[.;!?]+[»\"“]*\s*$|:\s"
    # «…, хотя …», «…, поскольку …», «…, какие форматы …»: another clause, conceded, a reason or a question
    r"|,\s*(?:хотя|однако|поскольку|потому|так\s+как|если|ведь|как(?:ие|ой|ая|ое|им|их)|куда|где|когда|почему|зачем)(?![\w-])"
    r"|(?:,|\s+и)\s+[а-яё]+\s+ли(?![\w-])"  # «… и могут ли строители …»: a question of its own
    r"|[»\"“]\s*,\s*[-–—]\s"  # «…», – уточнил он: a quote's end, whoever said it
    r"|\s[—–]\s+[А-ЯЁ][а-яё]+\s*$"  # a headline's «… — Лукашенко»: who said it
    # «…, а бизнес свои контакты найдёт»: a contrast opens another statement («…, а закупать …» goes on)
    r"|,\s*а\s+(?!также\s|[а-яё]+(?:ть|ти|чь)(?:ся)?[\s,.])"
    r"|\s[—–]\s+а\s"  # «… — а бизнес сам найдёт …»: the same contrast after a dash
)
# verbs of saying make no proposal after «важно», «необходимо» («необходимо отметить, что …»), but for
# those that also deal with a thing (phrases.SAYING_ALSO_DOING: «уточнить сроки поставки»); nor do verbs of
# minding or watching: «нужно помнить о рынках …», «будем наблюдать рост …»
_SAYING = (SAYING - SAYING_ALSO_DOING) | {"учитывать", "помнить", "наблюдать", "видеть", "понимать", "знать"}
# deeds named in the plural: «поставки», «закупки»
_PLURAL = {"поставка", "закупка", "продажа", "работа", "проект", "перевозка"}
# nouns in «-ние» that name a state of things or a talk, no deed: «обсудили состояние и перспективы»
_STATES = {"состояние", "положение", "значение", "мнение", "внимание", "отношение", "понимание", "направление"}
_WITH_PART = re.compile(r"\s+с\s+участием(?=\s)", re.I)
# «, в том числе …»: a case of the deed named before it, part of the same deed
_AMONG = re.compile(r",?\s*в\s+том\s+числе\s+(?=[а-яё])", re.I)
# the words that carry a list of deeds on: «, », « и », «, а также »
_AND = re.compile(r"\s*(?:,\s*(?:а\s+также\s+)?|\s+и\s+|\s+а\s+также\s+)")


def proposals(sentences: list[str]) -> list[Item]:
    """«Вице-премьер предложил губернатору … рассмотреть возможности …» → the action
    «Рассмотреть возможности …», from the infinitive on; an agreement to act
    («договорились расширять …») likewise; deeds discussed («обсуждались расширение … и
    участие …») each as its noun's words. Who does it and by when are the analyst's to
    add. Drafted when the facts model lets both be left out."""
    if not (optional("Proposal", "responsible") and optional("Proposal", "deadline")):
        return []
    out: list[Item] = []
    for n, text in enumerate(sentences):
        opened, invited = _opened(text), _invited_to_visit(_plain(text))
        for action in (said for said in _actions(_plain(text)) if specific(said) and _own(said)
                       and (said in invited or not _told_elsewhere(said))):
            if opened and action.split()[0].lower() in ("открыть", "открытие"):
                continue  # «осенью планируют открыть цех»: an opening set for a date is an event to come
            if any(o.data["action"].lower() == action.lower() for o in out):
                continue  # the same offer stated again (a speaker's words after the lead's): drafted once
            out.append(Item({"action": action}, "guess", ["an offer read from the sentence: add who and by when"], n))
    return out


# A parenthetical between commas that names no part of a deed's structure: «Речь, в частности, идёт об
# обмене …», «в планах, например, совместный проект …», «Беларусь, в свою очередь, готова …»
_ASIDE = re.compile(
    r",\s*(?:в\s+частности|например|в\s+свою\s+очередь|кроме\s+того|к\s+примеру|в\s+первую\s+очередь|прежде\s+всего|"
    r"по\s+(?:его|её|ее|их)\s+словам|по\s+(?:его|её|ее|их)\s+мнению|конечно|безусловно|несомненно),(?=\s)",
    re.I,
)


def _plain(text: str) -> str:
    """A sentence as its offers are read: without the asides between commas that stand between a
    head and the deed it governs («Речь, в частности, идёт об обмене опытом …» → «Речь идёт об
    обмене опытом …»)."""
    return _ASIDE.sub("", text)


# Words that say only that relations should be better, with no deed, branch or thing named:
# «Оживить сотрудничество во всех сферах», «Дать ему новый импульс», «Укрепление связей с …»
_VAGUE_WORDS = (
    # verbs and their nouns of making relations better
    "оживить оживлять оживление укрепить укреплять укрепление развивать развить развитие расширять расширить "
    "расширение углублять углубить углубление активизировать активизация поддерживать поддержание продолжить "
    "продолжать продолжение дать давать придать придавать вывести выводить наполнить наполнять "
    # what they make better
    "сотрудничество взаимодействие связь отношение партнёрство контакт диалог импульс уровень кооперация "
    # how much and where: nowhere in particular
    "новый дальнейший весь всякий любой различный разный двусторонний взаимовыгодный взаимный всесторонний "
    "дружественный дружеский деловой торгово-экономический экономический межрегиональный многоплановый "
    "стратегический практический конкретный реальный содержание сфера направление область регион страна "
    "сторона государство белорусский двое два наш ваш свой он она они это этот активно активный качественно "
    "принципиально проект текущий перспективный совместный будущий инвестиционный "
    # «Поднять сотрудничество на ещё более высокий уровень», «выполнять совместные проекты»: no deed named
    "поднять поднимать высокий более ещё далёкий выполнять выполнить реализовать реализовывать ряд "
    # «Сотрудничать дальше», «Двигаться вместе в этом направлении»: going on, with nothing named
    "сотрудничать взаимодействовать работать двигаться вместе совместно "
    "республика город край столица торговый российский "
    # «Укрепление взаимодействия с партнёрами», «Поддерживать темп диалога», «на политический уровень»
    "партнёр территория темп политический актуализировать интенсифицировать ускорить другой иной "
    # «Дальше развивать внешнеэкономические связи», «Сотрудничество с белорусскими производителями», «Сделать
    # всё»: relations abroad, makers in general, doing all there is
    "внешнеэкономический дальше далее производитель сделать делать всё "
    # «Способствовать развитию вашей области», «Двигаться по пути укрепления хороших взаимоотношений»
    "способствовать содействовать взаимоотношение путь хороший "
    # «Развивать … братские отношения с городами-партнёрами», «Объединить усилия», «Создать благоприятные условия»
    "братский город-партнёр объединить объединять усилие благоприятный условие тесный двухсторонний "
    # «Нарастить товарооборот», «Удержать темпы роста», «Превзойти прошлогодний результат»: more trade as a
    # whole, kept or raised, names no deed (an amount to reach is a target: `_target`); «нарастить поставки
    # шин» names its goods
    "товарооборот оборот торговля объём объем рост результат падение нарастить наращивать наращивание "
    "увеличить увеличивать увеличение сохранить сохранять сохранение удержать удерживать вернуться "
    "возвращаться остановить превзойти прошлогодний прежний"
)


# an amount to reach, in digits or words, or a multiple («довести оборот до 300 млн», «до полумиллиарда долларов»,
# «в объёме не менее $400 млн», «увеличить торговлю в два раза», «удвоить»): a target, drafted as a figure;
# «закупать 120 тыс. тонн зерна» is a deed
_TARGET = re.compile(
    r"(?<![\w-])(?:до|объ[её]ме|отметк\w*\s+в|уровн\w*\s+в)\s+(?:[^\s\d]+\s+){0,3}?"
    r"(?:\$?\d|(?:полу?)?(?:миллиард|миллион)\w*)"
    r"|(?<![\w-])в\s+\S+\s+раз[а]?(?![\w-])|(?<![\w-])(?:вдвое|втрое|удво|утро)",
    re.I,
)
# «восстановить их», «удвоить эти объёмы»: an object that points back says nothing by itself
_POINTING = {"их", "его", "её", "ее", "них", "это", "эти", "этот", "эту", "этого", "этих", "то", "те", "тот",
             "тех", "того", "той", "ту", "тем", "теми"}  # «держаться тех же подходов»: those told before


def _opened(text: str) -> bool:
    """Whether the sentence tells an opening that the events draft (one done, or planned
    for a date: «осенью в Ташкенте планируют открыть цех»), so it is no proposal too."""
    from memogen.draft.items import _openings

    return bool(_openings(text))


def _own(action: str) -> bool:
    """Whether an action stands on its own as a proposal: not a target to reach (an amount
    or a multiple, drafted as a figure) and not a deed on something named before it, by a
    pointing word («восстановить их») or left out («Шаг вперёд хотят сделать в образовании»:
    a transitive verb with no object after it)."""
    words = action.lower().split()
    pointing = len(words) > 1 and words[1].strip(",.;:") in _POINTING
    return not _target(action) and not pointing and not _object_before(words) and _names_a_thing(action)


def _names_a_thing(action: str) -> bool:
    """Whether an action names something its deed is done to or in: a noun, a name or a
    number; a verb with adverbs only («Напрямую заниматься») has its object elsewhere."""
    return any(w.isdigit() or w[:1].isupper() and k or inflect.reading(w, "NOUN") is not None
               for k, w in enumerate(re.findall(r"[А-Яа-яЁёA-Za-z0-9]+(?:-[А-Яа-яЁё]+)*", action)))


# verbs of raising or reaching a level: with an amount after them, a target («довести оборот до 300 млн»,
# «выйти на объём в 1 млрд»); another deed with an amount keeps it («закупить до 1 тыс. автобусов»)
_RAISING = {"довести", "доводить", "увеличить", "увеличивать", "нарастить", "наращивать", "выйти", "выходить",
            "достичь", "достигнуть", "достигать", "удвоить", "утроить", "поднять", "вывести", "расширить", "вернуть"}
_AMOUNT = re.compile(r"\d|(?<![\w-])(?:полу)?(?:миллиард|миллион)\w*", re.I)
# a sum of money: «на 10 млн долларов», «на сумму более $1 млрд», «в $1 млрд»: what a deed is worth or a
# target to reach is a figure's amount (README convention 8), whatever the verb
_MONEY = re.compile(
    r"\$\s?\d|\d\s*(?:(?:тыс|млн|млрд|трлн)\.?|(?:миллиард|миллион)\w*)?\s*(?:доллар|рубл|евро|юан|\$)"
    r"|(?<![\w-])(?:миллиард|миллион)\w*\s+(?:доллар|рубл|евро|юан)",
    re.I,
)


def _target(action: str) -> bool:
    """Whether an action is a target to reach, drafted as a figure: an amount or a multiple
    after a verb of raising or reaching («Довести товарооборот до 1 млрд долларов», «Выйти на
    заветный миллиард»), a sum of money or a multiple whatever the verb («поставить продукции на
    10 млн долларов», «в два раза»); a
    deed with a quantity is none («Закупить до 1 тыс. автобусов», «Организовать сборку до 100
    тракторов в год»)."""
    lead = next((w for w in _WORD.finditer(action) if not _adverb(w.group())), None)
    verb = inflect.lemma(lead.group()) if lead else ""
    found = _TARGET.search(action)
    level = found is not None and not found.group().lower().startswith("до")  # «отметку в», «в объёме», «в два раза»
    return level or bool(_MONEY.search(action)) or (verb in _RAISING and bool(found or _AMOUNT.search(action)))


# words of need that take no subject: what stands first in their clause is the infinitive's object
_IMPERSONAL = {"нужно", "надо", "необходимо", "следует", "можно"}


def _fronted(text: str, at: int, said: str) -> str:
    """An infinitive after an impersonal word of need whose object stands first in the clause
    («Взаимную торговлю нужно увеличивать, …» → «Увеличивать взаимную торговлю»):
    the object put after the verb; else `said`. The object is a phrase of up to five words in
    the accusative that opens the clause, no verb among them."""
    word = re.search(r"[А-Яа-яЁё-]+\s*$", text[:at])
    if not _object_before(said.lower().split(), phrases=True) or word is None or (
            word.group().strip().lower() not in _IMPERSONAL):
        return said  # «Шаг вперёд стороны хотят сделать …»: a subject may stand first too
    start = clauses.start(text, word.start(), clauses.PHRASE)
    phrase = text[start : word.start()].strip(" «»\"—–-")
    phrase = re.sub(r"^(?:что|и|а|но|ведь|поэтому)\s+", "", phrase, flags=re.I)  # «…, что внешнюю торговлю нужно …»
    words = phrase.split()
    first = inflect.parses(words[0]) if words else ()
    accusative = any(p.tag.case == "accs" and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in first)
    verbal = any(inflect.pos(w) in ("VERB", "INFN", "GRND", "PRTS") for w in words)
    if not 1 <= len(words) <= 5 or not accusative or verbal:
        return said
    verb = said.split(",")[0]
    return f"{verb} {phrase[:1].lower()}{phrase[1:]}"


def _object_before(words: list[str], phrases: bool = False) -> bool:
    """Whether an action opens with a transitive infinitive that nothing after it can be
    the object of («сделать в образовании», «поставлять друг другу во встречной торговле»):
    its object stood before it, in the sentence. With `phrases` a preposition governs its whole
    phrase, adjectives and noun («превращать во взаимовыгодные проекты»: no object after it)."""
    verb = inflect.parses(words[0].rstrip(",;:"))[0] if words else None
    if verb is None or verb.tag.POS != "INFN" or "tran" not in verb.tag:
        return False
    phrase = False  # within a preposition's phrase, its adjectives and its noun («во взаимовыгодные проекты»)
    for k, word in enumerate(words[1:], 1):
        if words[k - 1].endswith(",") and word in _TURNING:
            break  # «увеличивать, поэтому вопрос серьёзный»: the object is sought in the verb's own clause
        readings = inflect.parses(word.strip(",.;:«»\""))
        governed = word in _PREPOSITIONS or phrase or words[k - 1] in _PREPOSITIONS
        phrase = phrases and (word in _PREPOSITIONS or governed and readings[0].tag.POS in _IN_PHRASE)
        verbs = word in _JOINING and k + 1 < len(words) and inflect.pos(words[k + 1]) == "INFN"
        if not verbs and not governed and any(p.tag.case in ("accs", "gent") for p in readings
                                              if p.tag.POS in ("NOUN", "NPRO", "ADJF", "NUMR")):
            return False
    return True


# the words a preposition's phrase runs on over to its noun: «во взаимовыгодные проекты»
_IN_PHRASE = ("ADJF", "PRTF", "NUMR", "ADVB")
# «сохранять и укреплять»: a conjunction between two verbs is no object of the first
_JOINING = {"и", "или", "а", "либо"}
# words after a comma that turn to another statement: «увеличивать, поэтому …», «выполнять, и прежде всего …»
_TURNING = {"поэтому", "и", "а", "но", "ведь", "потому", "что", "чтобы", "однако", "хотя"}
_PREPOSITIONS = {"в", "во", "на", "с", "со", "по", "о", "об", "к", "ко", "для", "от", "до", "из", "за", "при", "между",
                 "через", "у", "без", "под", "над", "перед", "среди"}


def specific(action: str) -> bool:
    """Whether a proposal names something to do: a deed, a branch, a thing, a place
    or an amount; one that only says relations should be livelier, deeper or wider, anywhere
    and with anyone («Оживить сотрудничество во всех сферах», «Дать ему новый импульс»,
    «Расширять торгово-экономическое взаимодействие с Монголией») does not."""
    if re.search(r"(?<![\w-])[A-Za-z]{2,}", action):
        return True  # «в сфере IT», «сертификаты BelHalal»: a thing named in Latin letters
    words = re.findall(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|\d+", action)
    for k, word in enumerate(words):
        if word.lower() in _FUNCTION_WORDS:
            continue
        parse = inflect.parses(word)[0]
        names = {"Geox", "Name", "Surn", "Orgn"} & parse.tag.grammemes
        # «с Монголией», «между Ростовской областью и …»: with whom, no deed
        proper = k > 0 and word[:1].isupper() and (bool(names) or parse.tag.POS == "ADJF")
        if not proper and parse.normal_form.replace("ё", "е") not in _VAGUE_PLAIN:
            return True
    return False


# «Передать наилучшие пожелания …», «передать слова благодарности»: a courtesy, no deed
_COURTESY = re.compile(r"(?:передать|передавать)\s+(?:[а-яё]+\s+){0,4}?(?:привет|пожелани|поздравлени|благодарност|"
                       r"слова)", re.I)
# verbs of signing: what is to be signed is an agreement, drafted with the agreements
_SIGNING = {"подписать", "подписывать", "заключить", "заключать", "парафировать"}
# verbs of holding or drawing up: an event or a document held or drawn up is drafted as one
_HOLDING = {"провести", "проводить", "организовать", "организовывать", "подготовить", "разработать"}
# a visit or a trip a side plans is an event to come, drafted with the events: «собирается посетить
# Китай», «в планах — посещение завода»; an invitation to visit is still a proposal
# verbs of carrying out: a document carried out is drafted as an agreement in force
_CARRYING = {"выполнять", "выполнить", "реализовать", "реализовывать", "исполнять", "исполнить"}
_VISITING = {"посетить", "посещать", "посещение", "поехать", "съездить", "приехать", "визит", "поездка", "направиться",
             "встретиться", "встречаться",  # «надеется встретиться с премьер-министром …»: a meeting to come
             "отправиться", "прибыть"}


def _told_elsewhere(action: str) -> bool:
    """A plan to sign a document («Подписать новые соглашения»), to visit («Посетить
    Китай») or to hold an event or draw up a document («Провести в Гомеле бизнес-форум»,
    «Подготовить дорожную карту по …») is drafted as an agreement or an event, not again as
    a proposal."""
    from memogen.draft.items import _AGREEMENT, _EVENT

    words = action.split()
    lead = 1 if len(words) > 2 and _adverb(words[0]) else 0  # «Лично посетить форум»: the verb after its adverb
    verb = inflect.lemma(words[lead])
    if verb in _SIGNING or verb in _VISITING or _COURTESY.match(action):
        return True
    if verb in _CARRYING:  # «Выполнять договорённости, достигнутые …»: a document in force, an agreement
        return bool(_AGREEMENT.match(" ".join(words[lead + 1 : lead + 4])))
    head = " ".join(words[lead + 1 : lead + 10])
    if verb == "проект":  # «Проект плана консультаций …»: a document's draft
        return bool(_AGREEMENT.match(head))
    return verb in _HOLDING and bool(_EVENT.search(head) or _AGREEMENT.search(head))


def _invited_to_visit(text: str) -> list[str]:
    """The visits a sentence invites someone to pay («пригласил губернатора посетить Минск» →
    «Посетить Минск»): an invitation to visit is a proposal, though a visit a side plans is an
    event to come."""
    invitations = (c for c in _offer_cues(text) if c.group().lower().startswith(("приглас", "приглаш")))
    return [said for c in invitations for said in _offered(text, c) if inflect.lemma(said.split()[0]) in _VISITING]


_VAGUE_PLAIN = frozenset(_VAGUE_WORDS.replace("ё", "е").split())
_FUNCTION_WORDS = {"и", "в", "во", "на", "с", "со", "по", "между", "для", "к", "ко", "о", "об", "а", "также", "как",
                   "так", "еще", "ещё", "всех", "все"}


def _actions(text: str) -> list[str]:
    """The actions one sentence proposes: its offers' and an intention's (an agreement's, or a
    word of intention that an infinitive completes: `_intended`), else the deeds discussed,
    else a stake said to be made."""
    offered = [said for offer in _offer_cues(text) if not _denied(text, offer) for said in _offered(text, offer)]
    agreed = next((m for m in _AGREED.finditer(text) if not _denied(text, m) and not _relative(text, m.start())), None)
    intended = _intended(text)
    at = min(agreed.end(), intended) if agreed and intended else agreed.end() if agreed else intended
    said = infinitive_clause(text[at:]) if at is not None else None
    said = _fronted(text, at, said) if said and at is not None else said
    if said and at is not None and _PURPOSE.search(text[at : text.find(said.split()[0][1:], at)]):
        said = None  # «собираются вместе …, чтобы сверить …»: a purpose, not what the intention governs
    said = _before_offer(said) if said and offered else said
    how = _how_to(text)
    if how:  # «обсудят, как наладить поставки …, как организовать сборку …»: each deed talked of
        return offered + [a for a in how if not any(_overlap(a, o) for o in offered) and not _areas_only(a)]
    if said and said.split()[0].lower() not in _SAYING:
        # «Стороны собираются развивать …, есть интерес к …»: an intention and an offer, each its own
        return offered + [a for a in _each(said) if not any(_overlap(a, o) for o in offered)]
    if offered:
        return offered
    agreed_on = _agreed_on(text)
    if agreed_on is not None:  # «договорились о создании …»: a deed agreed on
        return _deeds(text, agreed_on)
    proposed = _PROPOSAL_MADE.search(text)
    if proposed is not None and (deeds := _deeds(text, proposed.end())):  # «внёс предложение о создании …»
        return deeds
    discussed = next((deeds for m in _DISCUSSED.finditer(text)
                      if not _ASKED.match(text, m.end()) and (deeds := _deeds(text, m.end()))), None)
    if discussed is not None:
        return [deed for deed in discussed if not _areas_only(deed)]
    planned = _PLANNED_DEEDS.search(text)
    if planned is not None:
        return _deeds(text, planned.end())
    seen = _seen(text)
    if seen:
        return seen
    prospect = _PROSPECT.search(text)
    said = _prospect(prospect["branch"]) if prospect else _stake(text) or _invitation(text)
    return [said] if said else _chance(text) or _future(text)


def _chance(text: str) -> list[str]:
    """The deeds a possibility offers («Беларусь может поставлять …», «… можно экспортировать …»),
    each of a list its own, with an object that stood first put after its verb."""
    can = _possible(text)
    said = infinitive_clause(text[can:]) if can is not None else None
    return _each(_fronted(text, can, said)) if said and can is not None else []


# Verbs of talking or thinking over, by lemma: «Стороны обсудят, как наладить …», «говорили о том, как
# расширить …»: each «как» and the infinitive after it is a deed the sides mean to do
_TALK = {"обсудить", "обсуждать", "обсуждаться", "говорить", "поговорить", "подумать", "думать"}
_HOW = re.compile(r"(?:[,:;]\s*|\s+и\s+|\s+)(?:в\s+частности,?\s*)?как\s+(?=[а-яё])", re.I)


def _how_to(text: str) -> list[str]:
    """The deeds a talk is about, each a «как» that an infinitive completes after a verb of
    talking or thinking over («обсудили, как нарастить поставки …», «обсудят, как сотрудничать
    дальше: в частности, как наладить поставки …, как организовать сборку …» → «Наладить
    поставки …», «Организовать сборку …»); «как складываются отношения» asks no deed."""
    talk = next((w for w in _WORD.finditer(text) if inflect.lemma(w.group()) in _TALK),
                None)
    if talk is None:
        return []
    hows = [m for m in _HOW.finditer(text, talk.end())
            if _infinitive_at(text, m.end())]
    out = []
    for k, m in enumerate(hows):
        said = infinitive_clause(text[m.end() : hows[k + 1].start() if k + 1 < len(hows) else len(text)])
        out += _each(said) if said and specific(said) else []
    return out


# the areas a deed on relations names after it: «… в агропромышленном комплексе», «…, прежде всего в …»
# («…, в том числе выпуск …» is a case of the deed, no area)
_IN_AREAS = re.compile(
    r"(?:,?\s+(?:прежде\s+всего|в\s+том\s+числе|в\s+частности|особенно))?\s(?:в|во)\s(?!том\s+числе|частности)", re.I
)
# relations as a deed's head, besides `_RELATIONS`: working together, whatever the areas
_WORKING_TOGETHER = {"кооперация", "сотрудничать", "взаимодействовать"}


def _areas_only(action: str) -> bool:
    """Whether a deed talked of names only areas to act in: before its first «в» it says no
    more than that relations should be or grow («Развивать сотрудничество в агропромышленном
    комплексе», «Сотрудничество в … сферах», «Взаимодействие в международных организациях»).
    Areas discussed are no proposal (README convention 6); «Наладить поставки в регион» and
    «Совместные проекты в энергетике» name a deed before the «в»."""
    cut = _IN_AREAS.search(action)
    head = action[: cut.start()] if cut else ""
    return bool(head) and not specific(head) and any(
        inflect.lemma(w) in _RELATIONS | _WORKING_TOGETHER for w in _WORD.findall(head))


def _infinitive_at(text: str, at: int) -> bool:
    """Whether the word at `at`, or the one after a comparative there («как дальше расширять …»),
    is an infinitive; «как важно наращивать …» exclaims, it asks no deed."""
    words = [w.group().lower() for w in list(_WORD.finditer(text, at))[:2]]
    parses = [inflect.parses(w)[0] for w in words]
    return bool(parses) and (parses[0].tag.POS == "INFN" or (
        len(parses) == 2 and parses[0].tag.POS == "COMP" and parses[1].tag.POS == "INFN"))


# «внёс предложение о создании делового совета», «выдвинул предложение об открытии …»: a proposal made, its deed
_PROPOSAL_MADE = re.compile(
    r"(?<![\w-])(?:вн[её]с(?:ла|ли)?|внесено|выдвинул[аи]?|выдвинуто|выступил[аи]?\s+с|поступил[оаи]?|сделал[аи]?)\s+"
    r"(?:[а-яё]+\s+)?предложени(?:е|ем|я)(?=\s+об?\s)",
    re.I,
)
# «обсудили, как развивается сотрудничество …»: a question of how things stand names no deed
_ASKED = re.compile(r",?\s*(?:как|что|куда|где|какие|каким|почему)(?![\w-])", re.I)


# The words that head a side's intention, plan, wish, decision, agreement, undertaking, expectation or
# need, by lemma: each governs the infinitive of the deed it means («Стороны собираются вместе развивать …»,
# «намеревается наладить …», «решили создать …», «договорились активнее взаимодействовать …», «Достигнуты
# договорённости проработать …», «рассчитываем значительно прибавить …», «берётся создать у себя …»,
# «необходимо создать …», «Беларуси и Турции нужно наращивать …», «сообщил о планах открыть …»);
# tenses.py's core of intention and binding among them. What is expected of a thing named before them
# («должно пройти», «планируется отправить») is none: no infinitive of theirs follows.
_INTENT = INTENDING | BINDING | {"рассчитывать", "браться", "взяться", "план", "договорённость",
                                 "необходимо", "нужно", "надо", "целесообразно", "задача", "цель",
                                 # a task ahead, a hope and an interest: «им предстоит воплотить …», «надеемся
                                 # наладить …», «было бы интересно познакомиться …» («стремится наполнять
                                 # партнёрство делами», «тех, кто стремится выйти …»: striving names no deed)
                                 "предстоять", "надеяться", "интересно"}
# «Будем развивать совместные проекты …»: the speaker's side binding itself to a deed, as «планируем»
_WE_SHALL = "будем"
# Heads that hold a proposal only for a side (`_side_bound`): a side's duty («Беларусь и Пакистан должны
# сосредоточить …»; «выставка должна пройти …» is what is expected of a thing) and what it will do
# («Регион будет активнее закупать …», «стороны решили, что край будет поставлять …»; «в регион будут
# доставлять технику»: no one named, the sides' own plan)
_BOUND = {"будет", "будут", "должен", "должна", "должно", "должны"}
# the words between a head and its infinitive that belong to neither: «собираются вместе развивать»,
# «хотели бы», «нужно нам», «договорились о том, чтобы …»
_INTENT_GAP = {"ADVB", "PRCL", "CONJ", "NPRO", "COMP"}
# a preposition's phrase between them: «договорились в ближайшее время наладить …»
_GAP_PHRASE = {"PREP", "ADJF", "NOUN", "NUMR", "PRTF"}


_RELATIVE_BEFORE = re.compile(r"(?<![\w-])котор\w+\s+(?:[А-Яа-яЁё-]+\s+){0,2}$", re.I)


def _relative(text: str, at: int) -> bool:
    """Whether a word of intention at `at` stands in a relative clause («инвестиций, которые
    компании планируют вложить …»): what it governs is the relative pronoun, told before."""
    return _RELATIVE_BEFORE.search(text, 0, at) is not None


def _intended(text: str) -> int | None:
    """Where the words of an intention end when an infinitive completes them (`_governs`:
    «Стороны собираются вместе развивать …» → after «собираются»; «принято решение наладить …» →
    after «решение»), read by the words' lemmas and parts of speech; None else."""
    words = list(re.finditer(r"[А-Яа-яЁё-]+", text))
    for k, w in enumerate(words):
        if not _head(words, k) or _denied(text, w) or _relative(text, w.start()):
            continue
        verb = _governs(text, words, k)
        if verb is not None and (w.group().lower() not in _BOUND or _side_bound(text, w, words[verb].group())):
            return w.end()
    return None


def _side_bound(text: str, head: re.Match[str], verb: str) -> bool:
    """Whether a duty or a future deed (`_BOUND`) is a side's: the infinitive names a deed
    (`_deed_verb`) with no amount, and the head's clause names a side before it (`_sided`), or no
    subject at all after «будут» («в регион будут доставлять технику»)."""
    if not _deed_verb(verb) or _AMOUNT.search(text, head.end(), clauses.end(text, head.end(), clauses.PART)):
        return False  # «сторона должна поставить 96 тыс. тонн зерна»: a plan's amount, a figure's
    return _sided(text, head.start()) or head.group().lower() == "будут" and _impersonal(text, head.start())


def _impersonal(text: str, at: int) -> bool:
    """Whether a plural verb at `at` tells the sides' own plan with no one named: a place or time
    opens its clause and no subject stands before it, nor a word asking where («В Украине будут собирать
    …», «в регион будут доставлять …»; «Будут сотрудничать и предприятия …» names its subject after it)."""
    start = clauses.start(text, at, clauses.PHRASE)
    before = [m.group() for m in _WORD.finditer(text, start, at)]
    named = any(p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO") for b in before for p in inflect.parses(b)[:1])
    return bool(before) and inflect.pos(before[0]) == "PREP" and not named and not any(
        b.lower() in _ASKING for b in before)


# verbs that open another deed: «начнут экспортировать …», «продолжат поставлять …»
_OPENING = {"начать", "стать", "продолжить"}
# what a visit's or a talk's agenda holds, drafted with the events, or how a year will end: no deed offered
# («обсудят …», «примет участие в заседании …», «совершит визит», «подведут итоги», «закончим год с …»)
# nor is a side's cut in its own trade («сократит поставки …»)
_AGENDA = {"обсудить", "рассмотреть", "подвести", "оценить", "принять", "совершить", "встретиться", "пройти",
           "закончить", "завершить", "добавить", "найти", "позволить", "провести", "открыть", "дать", "получить",
           "сократить", "уменьшить", "снизить"}
# a clause of condition, time, purpose, manner or place: a future deed in it is no plan («когда подпишут …»)
_SUBORDINATE = re.compile(r"(?<![\w-])(?:если|когда|чтобы|где|куда|как|пока|котор\w+)(?![\w-])", re.I)


def _future(text: str) -> list[str]:
    """A side's deed told in the future of a perfective verb: «Беларусь направит в … специалистов» →
    «Направить в … специалистов», «закупим технику», «в регион начнут поставлять …»; the verb names a
    deed (`_deed_verb`), and its clause says whose it is (the first person, a side named before it, or
    a place opening it with no one named: `_impersonal`), outside a clause of condition, time or place."""
    words = list(_WORD.finditer(text))
    for k, w in enumerate(words):
        verbs = [p.tag for p in inflect.parses(w.group()) if p.tag.POS == "VERB"]
        # a perfective future, never a present or past reading («импортирует» reads as a present too; «закупим»
        # as a call to do it too)
        if not any(v.tense == "futr" for v in verbs) or any(v.tense in ("pres", "past") for v in verbs) or _denied(
                text, w):
            continue
        if _SUBORDINATE.search(clauses.before(text, w.start(), clauses.PHRASE)):
            continue
        verb, rest = inflect.lemma(w.group()), w.end()
        if verb in _OPENING:  # «начнут экспортировать …»: the deed is the next infinitive; «начнём с …» names none
            if k + 1 >= len(words) or inflect.pos(words[k + 1].group()) != "INFN":
                continue
            verb, rest = words[k + 1].group().lower(), words[k + 1].end()
        tag = verbs[0]
        own = tag.person == "1per" or _side_named(text, w.start()) or tag.number == "plur" and _impersonal(
            text, w.start())
        said = infinitive_clause(verb + text[rest:]) if own and _deed_verb(verb) and verb not in _AGENDA else None
        if said and not _AMOUNT.search(said):  # «поставит … 3 тысячи тракторов»: a plan's amount, a figure's
            return _each(said)
    return []


def _side_named(text: str, at: int) -> bool:
    """Whether the clause before `at` names a side as its subject: a state's or place's name or a
    side's noun («стороны», «область», «предприятия») in the nominative, not after a preposition; a
    person's future deed is mostly an agenda («Премьер примет участие …»), a pronoun may be anything."""
    start = clauses.start(text, at, clauses.PHRASE)
    words = [m.group() for m in _WORD.finditer(text, start, at)]
    for k, word in enumerate(words):
        parse = inflect.parses(word)[0]
        governed = k and inflect.pos(words[k - 1]) == "PREP"
        if parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and not governed and (
                "Geox" in parse.tag or parse.normal_form in _SIDES):
            return True
    return False


def _head(words: list[re.Match[str]], k: int) -> bool:
    """Whether `words[k]` heads an intention by its lemma in any reading but a verbal adverb's
    («намерен» reads first as «намеренный»; «хотя» is no «хотеть»), «будем», «принято решение»,
    or a decision of several («решили создать …»: one told as done, «Правительство решило
    закрыть …», is none)."""
    word = words[k].group().lower()
    parses = [p for p in inflect.parses(word) if p.tag.POS != "GRND"]
    purpose = bool(k) and words[k - 1].group().lower() == "с"  # «с целью создать …»: the purpose of another deed
    if word in _BOUND or word == _WE_SHALL or any(p.normal_form in _INTENT for p in parses) and not purpose:
        return True
    if not parses:  # a verbal adverb only («став», «будучи»)
        return False
    decided = bool(k) and parses[0].normal_form == "решение" and words[k - 1].group().lower().startswith("принят")
    return decided or (parses[0].normal_form == "решить" and parses[0].tag.number == "plur")


def _governs(text: str, words: list[re.Match[str]], k: int) -> int | None:
    """Whether an infinitive follows the head `words[k]` with only words of neither between
    (`_INTENT_GAP`, at most three: «договорились и дальше регулярно поддерживать …») and a
    preposition's phrase of up to three words with no stop in it («договорились в ближайшее
    время наладить …», «договорились о том, чтобы открыть …»)."""
    gap, j = 0, k + 1
    while j < min(k + 7, len(words)):
        tag = inflect.parses(words[j].group())[0].tag
        if tag.POS == "INFN":
            return j
        if tag.POS == "PREP":  # the phrase: its words up to the next that is none of a noun phrase's
            end = next((n for n in range(j + 1, min(j + 4, len(words)))
                        if inflect.pos(words[n].group()) not in _GAP_PHRASE), min(j + 4, len(words)))
            if re.search(r"[,.;:!?—–]", text[words[j].start() : words[end - 1].start()]):
                return None
            j = end
            continue
        gap += 1
        if tag.POS not in _INTENT_GAP or gap > 3:
            return None
        j += 1
    return None


def _agreed_on(text: str) -> int | None:
    """Where «о» or «об» begins after a word of agreeing («договорились о создании …», «договорённость
    о поставках …»): the deed agreed on is named by its noun after it; None else."""
    words = list(_WORD.finditer(text))
    for k, w in enumerate(words):
        about = re.match(r"\s+об?\s", text[w.end() :])
        lemma = inflect.lemma(w.group()) if about else ""
        # «достигнуты договорённости о …», «есть договорённость о …»; «в нём записаны договорённости о …» tells a text
        reached = lemma == "договорённость" and k and any(
            p.normal_form in _REACHED for p in inflect.parses(words[k - 1].group()))
        if (lemma in BINDING or reached) and not _denied(text, w):
            return w.end()
    return None


# the verbs a «договорённость» is reached or held by
_REACHED = {"достигнуть", "достичь", "быть", "иметься"}


def _before_offer(action: str) -> str | None:
    """An intention's words up to the offer the sentence goes on to make («Вместе развивать
    промышленность, есть интерес к …» → «Вместе развивать промышленность»)."""
    offer = next(iter(_offer_cues(action)), None)
    cut = action.rfind(",", 0, offer.start()) if offer else -1
    said = action[:cut] if cut > 0 else action
    return said if len(said.split()) >= 2 else None


# «…, чтобы …» is a purpose; «договорились о том, чтобы расширить …» is what was agreed
_PURPOSE = re.compile(r"(?<!\sтом,\s)(?<!\sтого,\s)(?<!\sтому,\s)(?<![\w-])чтобы(?![\w-])", re.I)


def _overlap(one: str, other: str) -> bool:
    """Whether two actions read from one sentence share their words (one holds the other)."""
    return one.lower() in other.lower() or other.lower() in one.lower()


# «область видит возможности для продаж …», «видим перспективы в поставках …»: chances a side sees
_SEEN = re.compile(
    r"(?<![\w-])вид(?:ит|ят|им)\s+(?:[а-яё]+\s+)?(?:возможност|перспектив|потенциал)\w*\s+(?P<prep>для|в)\s+"
    # «Перспективы Беларусь видит в расширении …»: the chances named first, the side between
    r"|(?<![\w-])(?:возможност|перспектив|потенциал)\w*\s+(?:[А-ЯЁа-яё-]+\s+){1,3}?вид(?:ит|ят|им)\s+(?P<then>для|в)\s+",
    re.I,
)


def _seen(text: str) -> list[str]:
    """The deeds a side sees chances for, in the nominative, each of a list in the same
    case: «видит возможности для продаж в Казахстане техники» → «Продажи в Казахстане
    техники», «видим перспективы в поставках зерна и расширении …» → «Поставки зерна»,
    «Расширение …»."""
    m = _SEEN.search(text)
    case = "gent" if m and (m["prep"] or m["then"]).lower() == "для" else "loct"
    at, out = (m.end() if m else None), []
    while at is not None and (word := re.match(r"[а-яё-]+", text[at:])) and _deed(word.group(), case):
        end = _deed_end(text, at)
        said = nominative_head(text[at:end], case)
        out.append(said[:1].upper() + said[1:])
        more = _AND.match(text, end)
        at = more.end() if more else None
    return [said for said in out if len(said.split()) >= 2]


def _denied(text: str, cue: re.Match[str]) -> bool:
    """«не намерена сворачивать …», «не готовы …»: an offer or intention denied is none."""
    return bool(re.search(r"(?<![\w-])не\s+$", text[: cue.start()], re.I))


# «в инвестиционном портфеле — новые проекты, в том числе …», «в планах — строительство …»:
# deeds a side has in its plans; «Среди перспективных направлений — контейнерные перевозки …»: deeds named promising
_PLANNED_DEEDS = re.compile(
    r"(?<![\w-])[Вв]\s+(?:[а-яё]+\s+)?(?:портфеле|планах)(?:\s+[а-яё]+){0,2}\s*[—–-]\s+"
    # «в планах и совместная работа …», «в планах совместный проект …»: the deeds right after it
    r"|(?<![\w-])[Вв]\s+планах\s+(?:и\s+|также\s+)?(?=[а-яё])"
    r"|(?<![\w-])(?:[Сс]реди\s+)?[Пп]ерспективн\w+\s+(?:направлени|сфер|отрасл|област)\w*"
    r"(?:\s+(?:сотрудничества|взаимодействия))?\s*[—–-]\s+"
)
# «передал … приглашение посетить …», «приглашение … направлено»: an invitation passed on
_INVITATION = re.compile(r"(?<![\w-])приглашени[ея](?![\w-])", re.I)
# «губернатор получил приглашение снова посетить Минск»: an invitation received was passed on to him
_PASSED = re.compile(r"(?<![\w-])(?:переда|направ|вруч|повтор|подтверд|адресова|получ)\w*", re.I)


def _invitation(text: str) -> str | None:
    """«Президент передал Султану Омана … приглашение посетить Минск» → «Приглашение Султану
    Омана посетить Минск»: an invitation passed on or renewed is proposed, with whom it is
    for (in the dative, without persons' names) and what to do."""
    from memogen.draft.items import _without_people

    m = _INVITATION.search(text)
    if m is None or not _PASSED.search(text):
        return None
    after = text[m.end() :]
    action = infinitive_clause(after)
    if action is None:  # «приглашение министра …, которая …, принять участие …»: past the relative clause
        after = _RELATIVE.sub(" ", after)
        action = infinitive_clause(after)
    if action is None:
        return None
    at = after.lower().find(action.split()[0].lower())
    said = after[:at].strip(" ,")
    whom = said if said and _dative(said.split()[0]) else "" if said else _dative_before(text[: m.start()])
    whom = _without_people(whom) if whom else ""
    return " ".join(["Приглашение", *([whom] if whom else []), action[:1].lower() + action[1:]])


# a relative clause between commas: «…, которая председательствует в …,»
_RELATIVE = re.compile(r",\s*(?:котор|чей|чья|чьё|чьи)\w*\s[^,.;:]*,")


def _dative(word: str) -> bool:
    """Whether a word may stand in the dative: whom an invitation is for, not whose it is."""
    return any(p.tag.case == "datv" for p in inflect.parses(word))


def _dative_before(before: str) -> str:
    """The words in the dative just before «приглашение», up to the verb that passed it on
    («передал Султану Омана Хайсаму …» → «Султану Омана Хайсаму …»)."""
    verb = list(_PASSED.finditer(before))
    if not verb:
        return ""
    said = before[verb[-1].end() :].strip()
    first = said.split()[0] if said else ""
    dative = any(p.tag.case == "datv" for p in inflect.parses(first))
    return said if dative else ""


def _offered(text: str, offer: re.Match[str]) -> list[str]:
    """What one offer of the sentence offers; a readiness to become or be something keeps
    who is ready («Минск готов стать городом-побратимом …»): without its subject the
    action says nothing."""
    own = text[: _offer_end(text, offer.end())]  # «…, а Витебск готов …» is another offer
    # «о готовности работать …, а также о готовности принять …»: the next offer is its own
    # («готовы предложить …», «поделиться …, предложить …»: an infinitive is a deed the offer names)
    after = next((c.start() for c in _offer_cues(own)
                  if c.start() >= offer.end() and inflect.pos(c.group().split()[0]) != "INFN"), None)
    own = re.sub(r"[\s,]*(?:(?:а\s+)?также\s+|и\s+|а\s+)?(?:об?\s+)?$", "", own[:after]) if after else own
    nouns = _offered_nouns(own, offer.end())
    said = (infinitive_clause(own[offer.end() :]) or (nouns[0] if nouns else None) or _initiative(own, offer)
            or _invited_to(own, offer))
    if not said:  # «предлагает создание совместных предприятий …»: the deed offered, its noun the object
        first = re.match(r"\s+(?=[а-яё])", own[offer.end() :])
        at = offer.end() + first.end() if first else -1
        here = _deed_here(own, at) if first else None
        offered = offer.group().lower().startswith("предл") and here is not None and here[0] == at
        return _deeds(own, offer.end()) if offered else []
    if nouns and said == nouns[0]:
        return nouns
    if said.split()[0].lower() in _BECOMING and offer.group().lower().startswith("готов"):
        who = _ready_one(text, offer.start())
        return [f"{who} {offer.group().lower()} {said[:1].lower()}{said[1:]}"] if who else [said]
    return _each(said)


def _offer_end(text: str, at: int) -> int:
    """Where the offer whose words begin at `at` ends: at a comma and «а» or «но», or a semicolon
    (`clauses.ANOTHER`: «…, а Витебск готов …» is another offer), unless an infinitive comes
    next: «готова поставлять …, а закупать …» is the same offer's next deed (README convention 12)."""
    for m in clauses.ANOTHER.finditer(text, at):
        word = _WORD.match(text, m.end())
        if word is not None and word.group().lower() == "и":
            continue  # «не только самосвалы, но и городской транспорт»: the same list goes on
        if word is None or inflect.pos(word.group()) != "INFN" or word.group().lower() == "есть":
            return m.start()  # «…, но есть вопросы»: «есть» is there being, no deed
    return len(text)


# «пригласил министра на выставку …»: where one is invited to, in the accusative after «на»
_ON = re.compile(r"(?<![\w-])на\s+", re.I)


def _invited_to(text: str, offer: re.Match[str]) -> str | None:
    """«пригласил министра на выставку экспортных возможностей Ирана, которая …» → «Участие в
    выставке экспортных возможностей Ирана»: an invitation to an event, with no deed named,
    proposes taking part in it."""
    from memogen.draft.items import _EVENT

    if not offer.group().lower().startswith(("приглас", "приглаш")):
        return None
    on = _ON.search(text, offer.end(), clauses.end(text, offer.end(), clauses.STOP))
    event = _EVENT.search(text, on.end(), on.end() + 30) if on else None  # «на международную выставку …»
    if on is None or event is None or re.search(r"[,.;:]", text[on.end() : event.start()]):
        return None
    named = nominative_head(text[on.end() : name_end(text, event.end())].strip(" ,"), "accs")
    place = inflect.inflect_phrase(named, "prepositional")
    return f"Участие в {place[:1].lower()}{place[1:]}" if place else None


def _initiative(text: str, offer: re.Match[str]) -> str | None:
    """«выступила с инициативой проведения бизнес-форума …» → «Проведение бизнес-форума …»:
    the deed an initiative or a request names, in the genitive after it («просят разрешения на …»)."""
    if not offer.group().lower().startswith(("с", "прос")):
        return None
    here = _deed_here(text, offer.end() + 1) if re.match(r"\s", text[offer.end() :]) else None
    found = here if here is not None else _genitive_deed(text, offer.end())
    if found is None:
        return None
    said = nominative_head(text[found[0] : _deed_end(text, found[0])], "gent")
    return said[:1].upper() + said[1:] if len(said.split()) >= 2 else None


def _genitive_deed(text: str, at: int) -> tuple[int, str] | None:
    word = re.match(r"\s+([А-Яа-яЁё-]+)", text[at:])
    return (at + word.start(1), "gent") if word and _deed(word.group(1), "gent") else None


# verbs whose action is about who does it: «готов стать …», «готовы выступить …»
_BECOMING = {"стать", "быть", "являться", "выступить", "выступать", "остаться"}


# A possibility a side sees for itself («Беларусь может участвовать в …», «мы могли бы создавать …») or
# for anyone («в Беларусь можно экспортировать …», «сотрудничество можно оживить …»): an offer said as a
# chance. What a figure can reach («товарооборот может достичь …»), what a thing can become or be
# («может стать примером»), what one can say, think or see («можно считать …», «можно увидеть …») and a
# verb of itself («может развиваться») offer nothing.
_CAN = {"мочь", "можно"}
_NO_DEED = _BECOMING | _SAYING | {"считать", "говорить", "ожидать", "увидеть", "рассчитывать", "позавидовать",
                                   "положиться", "пригодиться", "обсуждать", "иметь", "назвать", "судить",
                                   "сопоставить", "сравнить", "играть", "сделать", "делать", "есть", "дать", "придать",
                                   "достичь", "достигнуть", "достигать", "довести", "выйти", "перешагнуть"}
_MEASURES = {"товарооборот", "оборот", "торговля", "объём", "объем", "экспорт", "импорт", "показатель", "сумма",
             "цифра", "рост", "поставка", "сальдо", "доля", "стоимость"}


def _possible(text: str) -> int | None:
    """Where a word of possibility ends when an infinitive of a deed comes right after it (or
    after one adverb: «можно заметно нарастить»), its clause's subject no measure; None else."""
    words = list(_WORD.finditer(text))
    for k, w in enumerate(words):
        if inflect.lemma(w.group()) not in _CAN or _denied(text, w) or _relative(text, w.start()):
            continue
        nxt = words[k + 1 : k + 4]
        nxt = nxt[1:] if nxt and nxt[0].group().lower() == "бы" else nxt
        verb = next((v for v in nxt[:2] if inflect.pos(v.group()) == "INFN"), None)
        if verb is None or not _deed_verb(verb.group()):
            continue
        if w.group().lower() in ("можно", "можем", "могу") and _sided(text, w.start(), anyone=True) or _sided(
                text, w.start()):
            return w.end()
    return None


def _sided(text: str, at: int, anyone: bool = False) -> bool:
    """Whether the clause before `at` names a side (`_side`; with `anyone`, it need not) and no
    figure, question or topic: «товарооборот может достичь …», «где можно организовать …», «о том, что …
    может предложить» hold no side's deed."""
    start = clauses.start(text, at, clauses.PHRASE)
    before = list(_WORD.finditer(text, start, at))
    if any(_measure(b.group()) or b.group().lower() in _ASKING for b in before) or _TOPIC.search(text, 0, at):
        return False
    opening = len(text) - len(text.lstrip(" \n«\"(—–-"))  # a sentence's first word is capitalised whatever it names
    return anyone or any(_side(b.group(), initial=b.start() == opening) for b in before)


# words that ask or point back: what follows them is a question or a relative clause, no offer
_ASKING = {"где", "куда", "когда", "чем", "какие", "какой", "почему", "зачем"}
# «О том, что Беларусь может предложить …, говорили …»: what can be offered is the topic, no offer
_TOPIC = re.compile(r"(?<![\w-])(?:том|то|того|тем),\s*(?:что|чем)\s+(?:[\w-]+\s+){0,4}$", re.I)
# the words a clause names a side by, besides a name or a personal pronoun
_SIDES = {"сторона", "предприятие", "компания", "завод", "регион", "область", "край", "округ", "район", "республика",
          "страна", "город", "бизнес", "производитель", "фирма", "организация", "партнёр", "партнер", "холдинг",
          "концерн"}


def _measure(word: str) -> bool:
    """Whether a word names a figure in the nominative, the subject of what it can reach."""
    parse = inflect.parses(word)[0]
    return parse.normal_form in _MEASURES and parse.tag.case == "nomn"


def _side(word: str, initial: bool = False) -> bool:
    """Whether a word before a possibility names who has it, in the nominative: a pronoun of
    persons, a name, a person («специалисты», «инвесторы») or a side's noun («стороны»); a
    capitalised word opening the sentence (`initial`) is a name only when the dictionary knows it
    as one («Выставка должна пройти …» names no side)."""
    if word.lower() in ("мы", "вы", "они", "я"):
        return True
    parse = inflect.parses(word)[0]
    if parse.tag.POS != "NOUN" or parse.tag.case not in ("nomn", None):
        return False
    named = word[:1].isupper() and (not initial or bool({"Geox", "Name", "Surn", "Orgn", "Abbr"} & parse.tag.grammemes))
    return named or "anim" in parse.tag or parse.normal_form in _SIDES


def _deed_verb(word: str) -> bool:
    """Whether an infinitive names a deed done to something or with someone: a transitive verb
    or one of taking part, working or cooperating; not a verb of itself («развиваться»), of
    becoming, saying, thinking or comparing, nor «сделать» with nothing named."""
    parse = inflect.parses(word)[0]
    lemma = parse.normal_form
    if lemma in _NO_DEED or word.lower().endswith(("ся", "сь")):
        return False
    # taking part, working, cooperating, helping: deeds done with someone («может помочь с …»)
    return "tran" in parse.tag or lemma in ("участвовать", "поучаствовать", "сотрудничать", "работать", "помочь",
                                            "помогать")



def _ready_one(text: str, at: int) -> str | None:
    """The clause's subject just before «готов» («…, а Минск готов …» → «Минск»): a
    capitalised noun in the nominative, with the words that follow it up to «готов»."""
    clause = clauses.before(text, at, clauses.READY).strip()
    first = clause.split()[0] if clause else ""
    if not first[:1].isupper() or len(clause.split()) > 5:
        return None
    nominative = any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in inflect.parses(first))
    return clause if nominative else None


# «ставка будет сделана на …», «будет сделан упор на …», «сделают акцент на …»: what is to be stressed
_STAKE = re.compile(
    r"(?<![\w-])(?:(?P<noun>ставк|упор|акцент)\w*\s+(?:будет\s+сдела\w+|сделают|предстоит\s+сделать)"
    r"|(?:будет\s+сдела\w+|сделают)\s+(?P<noun2>ставк|упор|акцент)\w*)\s+на\s+",
    re.I,
)
_STAKE_NOUNS = {"ставк": "ставку", "упор": "упор", "акцент": "акцент"}


def _stake(text: str) -> str | None:
    """«ставка будет сделана на совместные проекты» → «Сделать ставку на совместные
    проекты»: a stake to be made is the action proposed, up to the clause's end."""
    m = _STAKE.search(text)
    if m is None:
        return None
    on = text[m.end() : clauses.end(text, m.end(), clauses.STAKE)].strip()
    noun = _STAKE_NOUNS[(m["noun"] or m["noun2"]).lower()]
    return f"Сделать {noun} на {on}" if on else None


def _prospect(branch: str) -> str | None:
    """«лёгкую промышленность» named a promising direction → «Сотрудничество в лёгкой
    промышленности»."""
    place = inflect.inflect_phrase(nominative_head(branch, "accs"), "prepositional")
    return f"Сотрудничество в {place[:1].lower()}{place[1:]}" if place else None


def _each(action: str) -> list[str]:
    """An action whose verb governs a list carried on by «, а также» with a deed noun is
    one action for each («Проработать поставки говядины, а также создание совместных
    предприятий» → «Проработать поставки говядины», «Проработать создание совместных
    предприятий»)."""
    verbs = _verbs_each(action)
    if len(verbs) > 1:
        return verbs
    parts = re.split(r",\s+а\s+также\s+", action)
    verb = action.split()[0]
    if len(parts) < 2 or not all(_deed(part.split()[0]) for part in parts[1:]):
        return [action]
    infinitive = inflect.pos(verb) == "INFN"
    return [parts[0]] + [f"{verb} {part}" if infinitive else part[:1].upper() + part[1:] for part in parts[1:]]


# Where one deed of a list of infinitives may end and the next begin: «, », « и », «, а », «, а также »,
# «, но и » («не только поставлять …, но и создавать …»)
_NEXT_VERB = re.compile(r",\s*(?:(?:а|но|так)\s+(?:и\s+)?|а\s+также\s+|и\s+)?|\s+(?:и|а\s+также)\s+")
# words between such a joint and the next infinitive that belong to neither deed
_LINKING = {"а", "и", "но", "также", "тоже", "причём", "притом", "только", "ещё", "же"}


def _linking(words: list[str]) -> bool:
    """Whether the first of `words` links two deeds («причём», «также»; «не» only in «не только»)."""
    return words[0] in _LINKING or words[:2] == ["не", "только"]


def _next_infinitive(action: str, joint: re.Match[str]) -> int | None:
    """Where the next deed begins after `joint`: its infinitive, or an adverb right before it
    («, а также активнее создавать …»), past linking words («причём не только …»); None when no
    infinitive comes next (the joint carries a list of things on)."""
    words = list(_WORD.finditer(action, joint.end()))[:5]
    k = 0
    while k < len(words) - 1 and _linking([w.group().lower() for w in words[k : k + 2]]):
        k += 1
    if not words or words[k].start() - joint.end() > 30:
        return None
    parse, after = inflect.parses(words[k].group())[0], words[k + 1 : k + 2]
    if parse.tag.POS == "INFN" and words[k].group().lower() != "есть":  # «, но есть предположение»
        return words[k].start()
    lead = parse.tag.POS in ("ADVB", "COMP") and after and inflect.pos(after[0].group()) == "INFN"
    return words[k].start() if lead else None


def _verbs_each(action: str) -> list[str]:
    """A list of infinitives, each with words of its own, is one action each: «Работать в … и
    помогать …», «Поделиться опытом …, предложить линейку …, а также увеличить поставки …»,
    «Поставлять в регион технику, а закупать зерно» → one per verb. It stays one when a verb shares
    its object with another (one with nothing after it, «производить и поставлять технику»; one
    whose words end in an adjective, «ввозить готовые, а производить новые станки»), when the verbs
    after a dash tell what the deed before it is («помогать коллегам — проектировать и строить …»),
    and when a part would be no proposal on its own («Активизировать связи и искать …»,
    «… и расширить её номенклатуру», «…, проводить совместные ярмарки»)."""
    out, start = [], 0
    for m in _NEXT_VERB.finditer(action):
        at = _next_infinitive(action, m) if m.start() > start else None
        own = action[start : m.start()].split()
        last = inflect.parses(own[-1].strip(","))[0] if len(own) >= 2 else None
        if at is not None and last is not None and last.tag.POS not in ("ADJF", "PRTF", "INFN") and "—" not in own:
            out.append(action[start : m.start()].strip())
            start = at
    rest = action[start:].strip()
    last = inflect.parses(rest.split()[-1].strip(",.;:"))[0] if rest else None
    if not out or len(rest.split()) < 2 or last is None or last.tag.POS in ("ADJF", "PRTF"):
        return [action]
    parts = [said[:1].upper() + said[1:] for said in [*out, rest]]
    alone = all(specific(said) and _own(said) and not _told_elsewhere(said) for said in parts)
    return parts if alone else [action]


def _deeds(text: str, at: int) -> list[str]:
    """The deeds named by nouns after `at`, each with the words of its name, in the
    nominative: the first within the clause (past whom they were discussed with), the
    rest listed after it; a deed after a noun that frames it («возможность создания …»,
    «вопросы поставок …») is named by itself («Создание …», «Поставки …»)."""
    words = (w for w in re.finditer(r"[А-Яа-яЁё-]+", text[at : at + 300]))
    first = next((found for w in words if (found := _deed_here(text, at + w.start())) is not None), None)
    start = at + len(text[at:]) - len(text[at:].lstrip())
    # «обсудили возможность открыть …»: a chance framed with an infinitive
    first = (start, "infn") if first is None and _chance_to_do(text, start) else first
    if first is None or re.search(r"[.;:]", text[at : first[0]]):
        return []
    out: list[str] = []
    here: tuple[int, str | None] | None = first
    while here is not None and here[1] != "infn" and len(out) < 6:
        start, case = here
        end = _deed_end(text, start)
        start = _adjectives_before(text, start, at) if case is None else start  # «совместные проекты …»
        if case is not None and "," in text[start:end]:  # «вопросы строительства, развития …»: topics, one each
            end = start + text[start:end].index(",")
        cut = _AMONG.search(text[:end] + " а", start)
        end = cut.start() if cut else end
        said = nominative_head(text[start:end], case)
        among = _AMONG.match(text, end)  # «создание производств, в том числе сборку …»: one deed and its case
        if among is not None:
            end = among.end() + len(text[among.end() : clauses.end(text, among.end(), clauses.STOP)].rstrip())
            part = text[among.end() : end]
            part = nominative_head(part) if _deed(part.split()[0]) else part
            # «новые проекты, в том числе ремонт …»: projects with nothing said of them are named by their case
            bare = not specific(said) and inflect.lemma(said.split()[-1]) == "проект"
            said = part if bare else f"{said}, в том числе {part}"
        out.append(said[:1].upper() + said[1:])
        here = _next_deed(text, end)
    chance = _FRAMED_INFINITIVE.match(text, here[0]) if here is not None and here[1] == "infn" else None
    action = infinitive_clause(text[chance.end() :]) if chance else None
    return [said for said in out if len(said.split()) >= 2] + ([action] if action else [])


# «а также возможности расширить …»: a chance framed, with the deed as an infinitive
_FRAMED_INFINITIVE = re.compile(r"(?:возможност|необходимост|целесообразност)\w*\s+(?=[а-яё]+)", re.I)


def _chance_to_do(text: str, at: int) -> bool:
    """Whether a chance framed with an infinitive stands at `at` («возможности расширить …»)."""
    chance = _FRAMED_INFINITIVE.match(text, at)
    verb = re.match(r"[а-яё]+", text[chance.end() :]) if chance else None
    return verb is not None and inflect.pos(verb.group()) == "INFN"


def _next_deed(text: str, end: int) -> tuple[int, str | None] | None:
    """The next deed of a list after the deed ending at `end`, past up to two topics that
    are no deeds («обсудили сертификацию продукции, фитосанитарные требования и условия
    доступа на рынок, а также возможности расширить …»); a chance framed with an
    infinitive is marked `infn`; None at the list's end."""
    for _ in range(3):
        more = _AND.match(text, end)
        if more is None:
            return None
        about = re.match(r"об?\s+(?=[а-яё])", text[more.end() :])  # «… и о совместном участии …»
        here = _deed_here(text, more.end() + (about.end() if about else 0))
        if here is not None:
            return here
        if _chance_to_do(text, more.end()):
            return more.end(), "infn"
        topic = re.match(r"[^,.;:!?]*?(?=,|\s+и\s|[.;:!?]|$)", text[more.end() :])
        end = more.end() + (topic.end() if topic else 0)
        if end == more.end():
            return None
    return None


# nouns that frame a deed in the genitive after them: «возможность создания …», «вопросы поставок …»
_FRAMES = {"возможность", "вопрос", "идея", "тема", "вариант", "путь", "механизм", "целесообразность", "процедура"}


def _adjectives_before(text: str, start: int, floor: int) -> int:
    """Where the adjectives of a deed named at `start` begin, no further back than `floor`
    («обсудили перспективные совместные проекты …»); participles and pointing words are none."""
    while (word := re.search(r"([А-Яа-яЁё-]+)\s+$", text[floor:start])) is not None:
        parse = inflect.parses(word.group(1))[0]
        if parse.tag.POS != "ADJF" or "Apro" in parse.tag or word.group(1)[:1].isupper():
            break
        start = floor + word.start(1)
    return start


def _deed_here(text: str, at: int, depth: int = 0) -> tuple[int, str | None] | None:
    """Where a deed's words start at the word at `at`, and the case to read them in: the
    word itself when it is a deed, the next one (a genitive) when the word frames it; the
    deed after adjectives («… и капитальный ремонт депо»: the caller takes them back)."""
    word = re.match(r"[А-Яа-яЁё-]+", text[at:])
    if word is None:
        return None
    if _deed(word.group()):
        # a prepositional only after «о», its adjectives between: «о совместных проектах»
        about = re.search(r"(?<![\w-])(?:о|об|обо)\s+(?:[а-яё]+(?:ых|их|ой|ей|ом|ем)\s+){0,2}$", text[:at], re.I)
        return (at, None) if about or _deed(word.group(), places=False) else None
    parse = inflect.parses(word.group())[0]
    after_adjective = re.match(r"\s+(?=[а-яё])", text[at + word.end() :])
    if parse.tag.POS == "ADJF" and "Apro" not in parse.tag and after_adjective and depth < 2:
        return _deed_here(text, at + word.end() + after_adjective.end(), depth + 1)
    framed = any(p.tag.POS == "NOUN" and p.normal_form in _FRAMES and p.tag.case in ("nomn", "accs")
                 for p in inflect.parses(word.group()))
    after = re.match(r"\s+([А-Яа-яЁё-]+)", text[at + word.end() :]) if framed else None
    if after is None or not _deed(after.group(1), "gent"):
        return None
    return at + word.end() + after.start(1), "gent"


def _deed_end(text: str, start: int) -> int:
    """Where the words of a deed named at `start` end: its name (`name_end`), the makers
    named after it, who takes part («с участием ОАО "…"», not a count), and whatever else
    comes before the next deed of its list («расширение поставок оборудования для
    горнодобывающей промышленности, обновление …»)."""
    end = makers_named(text, name_end(text, start + len(text[start:].split(None, 1)[0].rstrip(",.;:"))))
    joined = _WITH_PART.match(text, end)
    past = name_end(text, joined.end()) if joined else end
    end = past if joined and past > joined.end() else end  # «с участием не менее 30 …»: a count
    gap = re.match(r"(?:(?!\s+и\s)[^.;:!?,]){1,80}?(?=\s*,|\s+и\s)", text[end:])
    more = _AND.match(text, end + gap.end()) if gap and not re.search(r"[«\"„]", gap.group()) else None
    end = end + gap.end() if gap and more and _deed_here(text, more.end()) else end
    # «об обмене опытом … и о совместном участии …»: the preposition said again opens the next deed
    again = next((m for m in _AGAIN_ABOUT.finditer(text, start, end) if _deed_here(text, m.end())), None)
    end = again.start() if again else end
    occasion = _OCCASION.search(text, start, end)  # «договорённости о сотрудничестве по итогам визита …»
    return occasion.start() if occasion else end


# «…, и о …», «… а также о …»: a deed of a list after «о», its preposition said again
_AGAIN_ABOUT = re.compile(r"(?:\s*,(?:\s*а\s+также)?|\s+и|\s+а\s+также)\s+об?\s+(?=[а-яё])", re.I)
# the occasion a deed was agreed or talked of at, no word of the deed: «по итогам визита», «в ходе переговоров»
_OCCASION = re.compile(r"\s+(?:по\s+итогам|в\s+ходе|во\s+время|в\s+рамках)\s", re.I)


def _deed(word: str, case: str | None = None, places: bool = True) -> bool:
    """A noun of doing in the nominative or accusative («расширение», «поставки»,
    «участие»; in the singular but for deliveries and sales: «развития», «кооперации» are
    genitives), or in the prepositional after «о» («переговоры о поставках»; `places` false: the
    caller saw no «о»); not a noun
    of talking («перспективы», «вопросы») or of a state of things («состояние»)."""
    for p in inflect.parses(word):
        lemma = p.normal_form
        if p.tag.POS != "NOUN" or not (lemma.endswith(("ние", "тие")) or lemma in _DEEDS) or lemma in _STATES:
            continue
        if case is not None:
            if p.tag.case == case:
                return True
        elif (places and p.tag.case == "loct") or (
            p.tag.case in ("nomn", "accs") and (p.tag.number == "sing" or lemma in _PLURAL)
        ):
            return True
    return False


_NO_LEAD = ("как", "так", "только", "лишь")


def infinitive_clause(text: str) -> str | None:
    """The action an infinitive opens within the first eight words of `text`, up to where its
    clause ends (a colon, a relative or reported clause, a verbal adverb, a clause with a verb of
    its own), with a leading adverb of the deed («активнее развивать …») and its first letter
    capitalised; None when no infinitive opens one of two words or more."""
    words = list(re.finditer(r"[А-Яа-яЁё-]+", text))
    for k, w in enumerate(words[:8]):
        if inflect.pos(w.group()) == "INFN":
            # «как», «так»; «не только принять …, но и …»: no adverb of the deed
            prev = words[k - 1].group().lower() if k else ""
            # «— не сбавить темпы …»: a deed not to be let happen keeps its «не»
            lead = k and (_adverb(prev) and prev not in _NO_LEAD or prev == "не")
            start = words[k - 1].start() if lead else w.start()
            clause = text[start:]
            ends = [m.start() for m in (_CLAUSE_END.search(clause), _gerund(clause), _finite(clause), _but(clause),
                                        _said_by(clause))
                    if m is not None]
            clause = clause[: min(ends)] if ends else clause
            clause = clause.strip().rstrip(".")
            unopened = (clause.count("»") > clause.count("«") or clause.count('"') % 2
                        or clause.count("”") > clause.count("“"))  # «… в парке».»: the quote's end
            clause = clause[:-1].rstrip() if clause.endswith(("»", '"', "”")) and unopened else clause
            return clause[:1].upper() + clause[1:] if len(clause.split()) >= 2 else None
    return None


# a comma or «и» that may open a clause of its own
_JOINT = re.compile(r"(?:,|\s+и)\s+(?!чтобы|что|как|так|также)(?=[а-яё])", re.I)


def _finite(clause: str) -> re.Match[str] | None:
    """A comma or «и» that opens a clause with a verb of its own within three words («…,
    белорусские машиностроители способны …», «…, искал партнёров …», «… и согласовали …»): the
    action ends there; infinitives, participles and verbal adverbs go on with it."""
    for m in _JOINT.finditer(clause):
        stop = re.compile(r"[,.;:!?—–«»\"()]").search(clause, m.end())
        words = [w.group() for w in list(_WORD.finditer(clause, m.end(), stop.start() if stop else len(clause)))[:3]]
        tags = [inflect.parses(w)[0].tag for w in words if not w[:1].isupper()]
        if any(t.POS == "VERB" or (t.POS in ("ADJS", "PRED", "COMP") and k and tags[k - 1].case == "nomn")
               for k, t in enumerate(tags)):
            return m
        if words and words[0].lower() in _PERSONS and m.group().startswith(","):
            return m  # «…, он у нас есть»: a clause with its own subject
    return None


# personal pronouns in the nominative: after a comma they open a clause of their own
_PERSONS = {"я", "ты", "он", "она", "оно", "мы", "вы", "они"}


# «…, но это всё просто»: a turn to another statement («не только …, но и …», «…, но также …» go on)
_BUT = re.compile(r",\s*но\s+(?!и\s|также\s|[а-яё]+(?:ть|ти|чь)(?:ся)?[\s,.])", re.I)


def _but(clause: str) -> re.Match[str] | None:
    """A «, но» that turns to another statement ends the action, unless «не только» called for it."""
    m = _BUT.search(clause)
    return m if m is not None and not re.search(r"не\s+только", clause[: m.start()], re.I) else None


# «…», — сказал он; «…, — резюмировал губернатор»; «… - сообщил он»: a quote's end, whoever said it
_SAID_BY = re.compile(r"[»\"“”]?\s*,?\s+[-–—]\s+([а-яё]+)")


def _said_by(clause: str) -> re.Match[str] | None:
    """A dash and a verb after it end the action: the speaker's words follow («…, — резюмировал
    губернатор»); «— около 120 тыс. тонн» goes on."""
    return next((m for m in _SAID_BY.finditer(clause) if inflect.pos(m.group(1)) == "VERB"), None)


def _gerund(clause: str) -> re.Match[str] | None:
    """«…, напомнив, что …»: a comma before a verbal adverb ends the action."""
    for m in re.finditer(r",\s*([А-Яа-яЁё]+)", clause):
        if inflect.pos(m.group(1)) == "GRND":
            return m
    return None


def _offered_nouns(text: str, at: int) -> list[str]:
    """«готовы к сотрудничеству в машиностроении» → «Сотрудничество в машиностроении»: a
    deed named by a noun after «к» or «в» (with its adjectives: «интерес к промышленной
    кооперации с …»), in the nominative, with the words of its name; a case of it named
    after «, в том числе к …» is one more («…, в том числе к совместному выпуску …»)."""
    out: list[str] = []
    while (found := _offered_noun(text, at)) is not None:
        out.append(found[0])
        among = _AMONG_OFFERED.match(text, found[1]) or _MORE_OFFERED.match(text, found[1])
        if among is None:
            break
        at = among.end()
    return out


# «…, в том числе к совместному выпуску …»: a case of the deed offered before it
_AMONG_OFFERED = re.compile(r",?\s*в\s+том\s+числе(?=\s+(?:к|ко|в|во)\s)", re.I)
# «заинтересованы в поставках … и в совместных проектах …»: the next deed of the offer's list,
# its preposition said again (README convention 12: one proposal per deed)
_MORE_OFFERED = re.compile(r"(?:\s*,(?:\s*а\s+также)?|\s+и|\s+а\s+также)(?=\s+(?:к|ко|в|во)\s)", re.I)


def _offered_noun(text: str, at: int) -> tuple[str, int] | None:
    """The deed named after «к» or «в» at `at`, in the nominative, and where its name ends."""
    m = _OFFERED_NOUN.match(text, at)
    if m is None:
        return None
    words = list(re.finditer(r"[а-яё-]+", text[m.end("prep") :]))[:3]
    lead = 0
    while lead < len(words) - 1 and inflect.pos(words[lead].group()) in ("ADJF", "PRTF"):
        lead += 1  # «к промышленной кооперации», «к совместному выпуску»
    start, noun_end = m.end("prep") + words[0].start(), m.end("prep") + words[lead].end()
    noun = inflect.reading(words[lead].group(), "NOUN")
    deed = noun is not None and (noun.normal_form.endswith(("ние", "тие", "ство")) or noun.normal_form in _DEEDS)
    end = name_end(text, noun_end, quoted_ends=False)  # «… с ОАО «A» и ОАО «B»»
    among = _AMONG_OFFERED.search(text, noun_end)
    end = among.start() if among and among.start() < end else end
    more = next((m for m in _MORE_OFFERED.finditer(text, noun_end, end) if _offered_noun(text, m.end())), None)
    end = more.start() if more else end  # «… и в совместных проектах …»: the list's next deed
    described = _described_by(text, end, noun) if end == noun_end and noun is not None else None
    if not deed or (end == noun_end and described is None):
        return None  # a bare «готовы к работе» says nothing
    said = nominative_head(text[start:end], _GOVERNED_CASE[m["prep"].lower()])
    if described is not None:  # «к проектам, связанным с агрогородками» → «Проекты, связанные с агрогородками»
        said, end = said + described[0], described[1]
    return said[:1].upper() + said[1:], end


_RELATIONS = {"сотрудничество", "взаимодействие", "партнёрство", "отношение", "связь", "контакт", "диалог"}
# «…, связанным с агрогородками»: a participle clause after a comma that says which deeds
_PARTICIPLE_AFTER = re.compile(r",\s+(?P<word>[а-яё]+)(?P<rest>\s[^,.;:!?«»\"]+)")


def _described_by(text: str, end: int, noun) -> tuple[str, int] | None:
    """The participle clause after a deed's noun that says which deeds they are, the
    participle in the nominative of the noun's number («, связанным с агрогородками» →
    «, связанные с агрогородками»), and where it ends; None when no participle follows."""
    m = _PARTICIPLE_AFTER.match(text, end)
    if m is None or noun.normal_form in _RELATIONS:
        return None  # «к сотрудничеству, основанному на …»: cooperation, however described, names no deed
    parse = next((p for p in inflect.parses(m["word"]) if p.tag.POS in ("PRTF", "ADJF")
                  and p.tag.case == noun.tag.case and p.tag.number == noun.tag.number), None)
    if parse is None:
        return None
    gender = {noun.tag.gender} if noun.tag.number == "sing" and noun.tag.gender else set()
    form = parse.inflect({"nomn", noun.tag.number or "sing"} | gender)
    return (f", {form.word}{m['rest'].rstrip()}", m.end()) if form is not None else None


def _adverb(word: str) -> bool:
    """An adverb, or a comparative standing as one («активнее развивать», «шире использовать»)."""
    return any(p.tag.POS in ("ADVB", "COMP") for p in inflect.parses(word)[:1])


# A place an action names by a common noun or a pronoun where the partner is meant: «поставлять в
# регион …», «сборку в регионе», «разместить у себя …», «в нашем крае»
_THE_PLACE = re.compile(
    r"(?<![\w-])(?:(?P<to>в|во)\s+(?:наш|этот|эту|нашу)?\s*(?P<acc>регион|край|республику|страну|область)"
    r"|(?P<at>в|во)\s+(?:нашем|этом|нашей|этой)?\s*(?P<loc>регионе|крае|республике|стране|области)"
    r"|(?P<own>у\s+себя))(?=\s*(?:[,.;:]|$|\s+[а-яё]))(?!\s+(?:[а-яё]+\s+)?[А-ЯЁ])",  # not «в регионе Сибири»
)


# «там», «туда»: a place pointed back to; «в Алжире», «во Вьетнам»: a place the sentence names
_THERE = re.compile(r"(?<![\w-])(?:там|туда)(?![\w-])", re.I)
_PLACE_NAMED = re.compile(r"(?<![\w-])(?:в|во)\s+[А-ЯЁ][\w-]*")


def _there(action: str, said: str, stems: tuple[str, ...]) -> tuple[re.Match[str], str] | None:
    """«там» or «туда» in an action when it points back to the partner, and the release's words
    for the place: the last place the sentence names before its own «там» is the partner's, in the
    case the pointing word asks (where: the prepositional, «в Алжире»; where to: the accusative)
    («готова работать в Алжире …, создавать там сборочные производства» → «в Алжире»); None
    when it names another place, another case, or none."""
    there, pointed = _THERE.search(action), _THERE.search(said)
    places = list(_PLACE_NAMED.finditer(said, 0, pointed.start())) if there and pointed else []
    if there is None or not places or not any(stem in places[-1].group().lower() for stem in stems):
        return None
    case = "accs" if there.group().lower() == "туда" else "loct"
    name = places[-1].group().split()[-1]
    return (there, places[-1].group()) if any(p.tag.case == case for p in inflect.parses(name)) else None


def _field(action: str, at: int) -> bool:
    """Whether «в области» at `at` names a field: a genitive follows («в области медицины»)."""
    word = re.match(r"\s+([а-яё-]+)", action[at:])
    return word is not None and any(p.tag.case == "gent" for p in inflect.parses(word.group(1)))


def name_the_place(offers: list[Item], partner, sentences: list[str]) -> None:
    """Write the partner's name where an action names its place by a common noun or «у себя»
    («Поставлять в регион технику» → «Поставлять в Астраханскую область технику», «Разместить у себя
    центр» → «Разместить в Астраханской области центр»): a proposal tells where, and the release's
    other side is the place its offers are about. The noun must fit the partner (a region's «регион»,
    «область» of an oblast, «край» of a krai: «в республику» in a state's release may be ours), «у
    себя» needs the partner as the sentence's subject, and a field («в области медицины») is no place."""
    if partner is None or partner.kind not in ("region", "country", "city"):
        return
    into = inflect.inflect_phrase(partner.name, "accusative")
    at = inflect.inflect_phrase(partner.name, "prepositional")
    if not into or not at:
        return
    own_name = partner.name.lower()
    for item in offers:
        action = item.data["action"]
        said = sentences[item.sentence] if item.sentence is not None else ""
        there = _there(action, said, partner.stems)
        if there is not None:  # «создавать там сборочные производства» after «работать в Алжире»
            item.data["action"] = action[: there[0].start()] + there[1] + action[there[0].end() :]
            item.doubt("guess", "the place the release points back to written out")
            continue
        m = _THE_PLACE.search(action)
        if m is None or (m["loc"] or "").lower() == "области" and _field(action, m.end()):
            continue
        noun = inflect.lemma(m["acc"] or m["loc"] or "себя")
        if noun == "себя":
            fits = any(stem in said.lower() for stem in partner.stems)
        else:
            fits = partner.kind != "country" and (noun == "регион" or noun in own_name)
        if not fits:
            continue
        place = f"в {into}" if m["acc"] else f"в {at}"
        item.data["action"] = action[: m.start()] + place + action[m.end() :]
        item.doubt("guess", "the partner written for the place the release names by a common noun")
