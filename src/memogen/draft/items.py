"""A release's sentences → events with dates, agreements and programmes with their
status, sectors with what exists and what is proposed, and the lists of goods traded
each way. Everything here is marked for review: these are readings of prose. No I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from memogen import inflect
from memogen.draft import clauses, deals, occasions
from memogen.draft.meetings import (
    HELD_BY,
    SPOKE,
    addressee_cut,
    event_end,
    signatories,
    speaker,
    subject,
    subject_after,
    subject_phrase,
    verb_events,
    with_,
)
from memogen.draft.model import Item
from memogen.draft.numbers import amounts, is_hedge
from memogen.draft.offers import proposals as proposals  # the offers a release makes
from memogen.draft.parties import NO_POST, Partner, state_code
from memogen.draft.periods import MONTH_STEMS, MONTHS_GENITIVE, MONTHS_PREPOSITIONAL, mentions
from memogen.draft.phrases import SAID, name_end
from memogen.draft.sides import PRONOUN_AGREES
from memogen.draft.words import balanced, nominative_head, nominative_phrase
from memogen.facts.periods import Period

_EVENT = re.compile(
    r"(?<![\w-])(?:[BВ]2[BВ]-)?(?:бизнес-форум|брифинг|бизнес-мисси|выставк|(?:агро|медиа)?форум|ярмарк|заседани|конференци|саммит|визит|переговор|"
    r"сесси|фестивал|церемони|бизнес-миссия|пресс-конференци|встреч|поездк|совещани|видеоконференци|семинар|бесед|"
    r"консультаци(?=[а-яё]*\s+(?:министерств|МИД|ведомств|по\s+(?:вопросам|консульским)|[а-яё]+ск))|"
    r"конгресс|тендер|аукцион|чемпионат|олимпиад|планёрк|планерк|презентаци)[а-яё]*(?:-[а-яё]+)*"
    # «на онлайн-встрече», «онлайн-совещание»: one held over a link is one too
    r"|(?<![\w-])онлайн-(?:встреч|совещани|конференци|переговор|форум|семинар|брифинг)[а-яё]*"
    r"|(?<![\w-])кругл\w+\s+стол\w*"  # «круглый стол»
    # «состоялся телефонный разговор президентов …»: a call is a talk held, as «телефонные переговоры» are
    r"|(?:(?<=телефонный\s)|(?<=телефонного\s)|(?<=телефонном\s)|(?<=телефонным\s)|(?<=телефонному\s))разговор\w*"
    r"|(?<![\w-])делов\w+\s+совет\w*"
    # «торжественный приём», «приём по случаю …»: a reception, not an admission
    r"|(?<![\w-])(?:торжественн|официальн|дипломатическ)\w+\s+при[её]м\w*|(?<![\w-])при[её]м\w*(?=\s+по\s+случаю)"
    # «Дни Минска в Москве», «дни белорусской культуры»: days of a city, a country or a branch
    # «на празднике в честь Дня единения …», «прошёл День Гродненской области», «на «День Брянского поля»»: a day
    # named with a capital inside a sentence is a holiday or a land's day held
    r"|(?<=[\s«\"„])(?-i:Д(?:ень|ня|ню|нём|нем|не))(?=\s+[А-Яа-яЁё«])"
    r"|(?<![\w-])(?-i:Дн(?:и|ей|ям|ями|ях))(?=\s+[А-ЯЁ])|(?<![\w-])дн(?:и|ей|ям|ями|ях)(?=\s+(?:\w+\s+)?"
    r"(?:культуры|экономики|науки|кино|литературы|образования|бизнеса|региона|области|города))",
    re.I,
)
# A sentence that says an event is held, or will be: its event nouns are events, not references
_HELD = re.compile(
    r"состоял|состоит|состоя|соверш|прош[её]л|прошл[аио]\b|проход|пройд|пройти|запланирован|намечен|провед|провест|провел|провёл|провод|открыл|"
    r"открыт|открывая|завершил|заверша(?:ет|ют|ется)|организ|посетил|подписан|подписал|развёрнут|развернут|"
    r"обсуждал(?:ись|ось|ся|ась)|прин(?:ял[аи]?|ять|ят|имает|имают|имали|им(?:ет|ут))\s+участие|прим(?:ет|ут)\s+участие|"
    r"участву|участвова|для\s+участия|пригласил|"
    # «Об этом шла речь на встрече …»: it was held; «на полях саммита»: one was held
    r"шл[аи]\s+речь|речь\s+шл[аи]|в\s+ходе|по\s+итогам|во\s+время|на\s+полях|в\s+кулуарах|"
    # «На встрече с … мы обсудили …»: what was done at an event tells it was held
    r"(?:^|[«\s])[Нн]а\s+(?:[а-яё]+\s+)?(?:онлайн-)?(?:встреч|переговор|заседани|совещани)\w*\s[^.;]*?"
    r"(?<![\w-])(?:обсудил|договорил|подписал|рассмотрел|согласовал)\w*|"
    # «Об этом договорились министр … и министр … на переговорах в …»: the deed first, then the event
    r"(?<![\w-])(?:обсудил|договорил|подписал|рассмотрел|согласовал)\w*(?:\s[^.;]*?)?\s[Нн]а\s+(?:[а-яё]+\s+)?"
    r"(?:онлайн-)?(?:встреч|переговор|заседани|совещани)|"
    r"(?:^|\s)[Вв]\s+планах\s|"  # «В планах губернатора — переговоры с …»: an event to come"
    # «губернатор говорил на встрече с делегацией …», «на переговорах с ним»: a meeting with someone, told
    # as where or when one acted, was held, whatever the verb
    r"(?:^|[«\s])(?:[Нн]а|[Вв]\s+ходе|[Вв]о\s+время)\s+(?:[а-яё]+\s+)?(?:онлайн-)?(?:встреч|переговор|бесед|консультаци)\w*\s+со?\s|"
    # «В программе визита — встреча посла с …», «По программе визита состоялись …»: what a visit holds
    r"(?:^|\s)(?:[Вв]|[Пп]о)\s+программе\s+(?:визита|пребывания|поездки)(?![\w-])|"
    # «после переговоров в …», «после встречи с …»: what came after an event tells it was held
    r"(?:после|перед)\s+(?:[а-яё]+\s+){0,2}(?:переговор|встреч|визит|заседани|совещани|консультаци)|"
    r"в\s+д(?:ень|ни)\s|работа(?:ет|ют|л[аои]?)\b|открыва|старт(?:ова|у)|начал(?:ся|ась|ось|ись)|"
    # «Визит делегации … продолжается»: an event's phase told by its own verb, as «начался»
    r"продолжа(?:ет|ют)ся|продолжил(?:ся|ась|ось|ись)|"  # «в день визита»
    # the same phases to come, and how long one lasts: «Визит губернатора начнётся с …», «продлится два дня»
    r"начн[её]тся|начнутся|заверш(?:ит|ат)ся|продолж(?:ит|ат)ся|продл(?:ит|ят)ся|продлил(?:ся|ась|ось|ись)|"
    # one speaks at an event held: «выступая на заседании», «заявил … на встрече с …»
    r"выступ\w*\s+на\s|выступ\w*\s[^.;:]*?\sна\s+(?:[а-яё]+\s+)?(?:заседани|встреч|форум|конференци|совещани|сесси)|"
    rf"{SAID}\s+[^,.;:]*?(?:на|в\s+ходе)\s+"
    r"(?:\w+\s+)?(?:онлайн-)?(?:встреч|переговор|заседани|пресс-конференци|брифинг|совещани|конференци|форум|при[её]м|презентаци)|"
    # «На итоговой пресс-конференции председатель … сообщил», «Об этом на встрече с … сказал …»: one spoke
    # at it, so it was held
    r"(?:^|[«\s])(?:[Нн]а|[Вв])\s+(?:[а-яё]+\s+)?(?:онлайн-)?(?:пресс-конференци|брифинг|встреч|заседани|совещани|форум|"
    r"конференци|планёрк|планерк|переговор|бесед)\w*\s[^.;]*?(?<![\w-])"
    rf"(?:{SAID}|выступил|назвал)|"  # «выступил», «назвал»: one spoke without reporting words
    # «в беседе с послом …»: a talk with someone, told as when one acted, was held; «В рабочем графике
    # Президента — встреча с …»: one is held today
    r"(?:^|\s)в\s+беседе\s+со?\s|(?:^|\s)[Вв]\s+(?:рабочем\s+)?графике\s|"
    r"подв[её]л[аи]?\s+итоги|подвод(?:ят|ит)\s+итоги|"  # «на планёрке подвели итоги визита»: both were held
    # «о визите … условились президенты», «договорились о встрече»: an event agreed on, to come
    r"условил(?:ись|ся|ась)|договорил(?:ись|ся|ась)\s+о\s|"
    # «на заседании … ожидается министр», «Программа визита предусматривает встречу …»: one to come
    r"ожида(?:ется|ются)|предусматрива(?:ет|ют)|"
    # «приезжал в Казахстан на заседание …», «собирается приехать … на форум …»: one came for it
    r"(?:приезжал|приехал|прибыл|прилетел|прибуд|приед|приехать|прибыть)\w*\s[^.;]*?\sна\s+(?:[а-яё]+\s+){0,2}"
    r"(?:заседани|[а-яё]{0,5}форум|саммит|выставк|ярмарк|сесси|конференци|фестивал|консультаци|переговор|совещани)",
    re.I,
)
# an exhibition, fair or forum with a name of its own is one whatever the sentence says of it
_OWN_NAME = re.compile(r"\s*(?:[«\"„]|[A-ZА-ЯЁ]{3,}(?![а-яё])|[A-Z][a-z]+)")
# a name of its own in Latin letters right after an event's noun: «Made in Belarus», «Belarus Invest Forum»
_LATIN_NAME = re.compile(r"\s+[A-Z][A-Za-z0-9-]*(?:\s+(?:[A-Z][A-Za-z0-9-]*|of|in|and|for|the|de|du|la)(?![\w-]))*")
_NAMED_KINDS = ("выставк", "ярмарк", "форум", "фестивал", "салон")
# «12-е заседание», «XX сессия», «первый официальный визит», «очередное заседание»: counted, so one event
_ORDINAL = re.compile(
    r"(?<![\w-])(?:\d{1,3}-(?:м|е|й|го|му|ом|я|ю)|[IVXLC]+|(?:перв|втор|трет|очередн)(?:ый|ой|ий|ая|ое|ого|ому|ом|ую|ым|ей|ье|ья|ьего|ьем|ьей|ью))"
    r"\s+(?:[а-яё]+\s+)?$",
    re.I,
)
# a place an event's genitive names is no event: «в конференц-центре Боаоского азиатского форума»
_VENUES = {"центр", "конференц-центр", "площадка", "павильон", "территория", "штаб-квартира", "зал", "дворец"}
_MONTH_DATE = re.compile(
    r"(?P<day>\d{1,2})\s+(?P<month>" + MONTHS_GENITIVE + r")(?:\s+(?P<year>\d{4})\s*(?:года|г\.))?"
)
# «в начале октября», «в конце года», «в середине 2026 года»: a word of time after it, not «в начале встречи»
_TIME_WORD = (
    r"(?:" + MONTHS_GENITIVE + r"|года|месяца|недели|весны|лета|осени|зимы|квартала|полугодия|\d{4})(?![\w-])"
)
_FUZZY_WHEN = re.compile(
    rf"(?:в\s+)?(?:начале|середине|конце)\s+{_TIME_WORD}(?:\s*[-–—]\s*(?:начале|середине|конце)\s+{_TIME_WORD})?"
    r"(?:\s+\d{4}\s*(?:года|г\.))?",
    re.I,
)
_MONTHS = tuple(MONTHS_GENITIVE.split("|"))
# a sentence saying its event is still to come: a month it names with no year is the coming one
_COMING = re.compile(
    r"(?<![\w-])(?:пройд(?:[её]т|ут)|состо(?:ит|ят)ся|будет|будут|планиру\w*|запланирован\w*|намечен\w*|"
    r"предстои?т|провед(?:[её]т|ут)|соверш(?:ит|ат)|откро(?:ет|ют)ся|ожида(?:ет|ют)ся|поед(?:ет|ут)|"
    r"отправ(?:ит|ят)ся)(?![\w-])",
    re.I,
)
_MONTHS_NAMED = (
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)
# «запланирован на октябрь», «намечена на март 2027 года»: the month an event is set for
_SET_FOR = re.compile(
    rf"(?:запланирован|намечен|назначен|перенес[её]н|отложен)\w*\s+на\s+(?P<month>{'|'.join(_MONTHS_NAMED)})"
    r"(?:\s+(?P<year>\d{4})\s*(?:года|г\.))?(?![\w-])",
    re.I,
)
_AGREEMENT = re.compile(
    r"(?<![\w-])(?:программ|соглашени|меморандум|договор(?!ил)|договорённост|договоренност|дорожн\w+\s+карт|"
    # «Основные направления реализации положений Договора … на 2024–2026 годы»: the Union State's programme
    r"основн\w+\s+направлени\w+(?=\s+реализации\s)|"
    r"план\w*\s+(?:[а-яё]+(?:ых|их)\s+)?(?:мероприятий|действий|консультаций|обменов)|протокол|"
    # «пакет двусторонних документов», «пакет соглашений»: documents signed together
    r"пакет\w*(?=\s+(?:[а-яё]+\s+){0,2}(?:документ|соглашени|договор))|"
    r"совместн\w+\s+(?:заявлени|коммюнике)|декларац|конвенци|"
    # «план военного сотрудничества», «план развития …»: a plan of cooperation or development
    r"(?:план|стратеги)\w*(?=\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+)?(?:сотрудничеств|развити|взаимодействи)\w*)|"
    # «документов о сотрудничестве»: a document with what it is about; «ряд официальных документов»
    # with adjectives of its kind, when signed (`_named_contract`)
    r"документ\w*|"
    # «прогнозный баланс спроса и предложения по молоку»: a balance the governments adopt, a document
    r"баланс\w*(?=\s+спроса\s+и\s+предложени)|"
    # «контракты на поставку …», «контракт ОАО "…" с …»; «на общую сумму» is a figure
    # «наметили ряд взаимовыгодных контрактов»: contracts named by their adjectives (`_named_contract`)
    r"контракт\w*)[а-яё]*",
    re.I,
)
_SIGNED = re.compile(
    # «правительство подписало», «министерство заключило»: a neuter subject too
    r"подписал[иао]?\b|подписан[ыоа]?\b|подписанн\w*|подписани[ея]\b|"
    # «поддерживаю заключение соглашения …»: the signing of a document by its noun («в заключение» is no signing)
    r"(?<!в\s)заключени[ея]\b(?=\s+(?:[а-яё]+\s+){0,2}?(?:соглашени|договор|контракт|меморандум|документ|протокол))|заключил[иао]?|заключ[её]н[ыоа]?\b|заключ[её]нн\w*|"
    r"подписыва(?:ет|ют)ся\b|"  # «соглашение, которое подписывается на форуме»: signed at the event told of
    r"утвердил[иао]?\b|утвержд[её]н[ыао]?\b|"  # «области утвердили "Дорожную карту"»: adopted, as signed
    r"принят[аоы]?\b|принял[аи]?\s+(?:\w+\s+)?(?:заявлени|декларац|коммюнике|программ|план|протокол|дорожн\w+\s+карт)",
    re.I,
)
# «подпишут», «заключат» and every other verb of signing in the future: `_signing_to_come`
_PLANNED = re.compile(
    r"подписать|заключить|планиру|наметил[аи]?\b|наметить|намечен\w*|будет\s+подписан|будут\s+подписаны|предстоит|намерен[аоы]?\b|"
    r"парафир|(?<![\w-])состо(?:ится|ятся)(?![\w-])|"  # «подписание … состоится в октябре», «парафировали»: not yet
    # «запланировано подписание …», «ожидается подписание …»: a signing to come
    r"запланирован[оаы]?(?![\w-])|ожида(?:ется|ются)\s+(?:[а-яё]+\s+){0,2}?подписани|"
    r"к\s+подписанию\s+(?:уже\s+|также\s+)?готов|готов[аоы]?\s+(?:уже\s+)?к\s+подписанию",  # «к подписанию готов …»
    re.I,
)
_DRAFTING = re.compile(
    r"готов(?:ит|ят)(?:ся)?\b|разрабатыва|разработа(?:н|л)|подготов|прорабатыва|в\s+проработке|согласовыва|работ\w*\s+над|"
    # «контакты по разработке Программы …», «разработка дорожной карты»: a document being drafted, by the noun
    r"разработк\w*\s+(?:[а-яё]+\s+){0,2}?(?:программ|соглашени|договор|план|дорожн|меморандум|стратеги|концепци)",
    re.I,
)
# «выполнить дорожную карту», «две страны связывают договоры»: a document already in force
# «когда стартовала программа …», «запущенная программа», «соглашение вступило в силу»: started, so in force
_IN_FORCE = re.compile(
    # «министры скорректировали баланс», «программу корректируют»: a document adjusted is in force
    # «исполнительного комитета» names a body, no document carried out
    # «область и провинцию объединяют соглашения»: documents that bind the sides, as «связывают»
    r"действу|реализуется|реализу|выполня|выполнить|выполнени|выполнен[оаы]?\b|исполн(?!ительн)|связыва|объединя|"
    r"стартовал|запущен|"
    r"скорректир|корректиру|"
    r"вступ(?:ил[аои]?|ивш\w*)\s+в\s+силу|начал[аои]?\s+действовать",
    re.I,
)
# «вступит в силу», «вступления его в силу ждут», «ожидается вступление в силу», «начнут выполняться»: not in
# force yet
_TO_COME_INTO_FORCE = re.compile(
    r"вступ(?:ит|ят|ить)\s+в\s+силу|(?<![\w-])(?:начн[её]т|начнут)\s+(?:действовать|выполнять|реализовыват|исполнят)|вступлени\w+\s+(?:\w+\s+)?в\s+силу\s+(?:\w+\s+)?(?:жд|ожида)|"
    r"(?:жд|ожида)\w*\s+(?:\w+\s+)?вступлени\w+\s+(?:\w+\s+)?в\s+силу",
    re.I,
)
# the year a document was signed or adopted in: «подписано ещё в марте 2003 года», «в 2023 году … подписали»,
# «в декабре 2021 года стороны утвердили дорожную карту»
# «было подписано 7 сентября 2005 года»: a full date too
_YEAR_SAID = r"(?:в\s+(?:([а-яё]+)\s+)?|\d{1,2}\s+([а-яё]+)\s+)(\d{4})\s*(?:году|года|г\.)"
_SIGNED_IN = re.compile(
    rf"(?:подпис|заключ|утвер)\w*\s+(?:(?:ещ[её]|уже)\s+)?{_YEAR_SAID}|"
    rf"(?<![\w-]){_YEAR_SAID}[^.;]{{0,100}}?(?:подписал|заключил|утвердил)",
    re.I,
)
# a year or more before the release, counted back from it: «два года назад», «несколько лет назад», «год назад»
_AGO = re.compile(r"(?<![\w-])(?:\d+|[а-яё]+)?\s*(?<!пол)(?:год|года|лет)\s+(?:тому\s+)?назад(?![\w-])", re.I)


def _signed_when(m: re.Match[str]) -> tuple[str | None, int]:
    """The month's word (if any) and the year of a signing `_SIGNED_IN` found."""
    said = [g for g in m.groups() if g]
    return next((g for g in said if not g.isdigit()), None), int(next(g for g in said if g.isdigit()))


def _months_before(m: re.Match[str], release: dt.date) -> int:
    """How many months at least lie between a signing `_SIGNED_IN` dates and the release:
    a year named alone is taken at its December, a month in words («в марте 2003 года») as it is."""
    month_word, year = _signed_when(m)
    stem = (month_word or "").lower()[:-1]
    month = MONTH_STEMS.index(stem) + 1 if stem in MONTH_STEMS else 12
    return (release.year - year) * 12 + release.month - month


# a programme's or strategy's horizon is part of its title: «программа … до 2025 года»
_UNTIL = re.compile(r"\s+(?:на\s+период\s+)?до\s+\d{4}\s+года")
_FOR_YEAR = re.compile(r"\s+на\s+\d{4}\s+год(?![\w-])")  # a term of one year: «план консультаций на 2023 год»


def events(
    sentences: list[str], release: dt.date, posts: dict[str, str] | None = None, partner: Partner | None = None
) -> list[Item]:
    """Meetings, visits, exhibitions and forums with their date and place: each event
    noun of a sentence that dates it, says it is held or will be, or holds it for the
    first time, with the words of its name (`phrases.name_end`); an exhibition, fair or
    forum with a name of its own in any sentence. A bare noun that refers back to an
    event already named («На заседании стороны обсудят …») is none."""
    out: list[Item] = []
    heads: set[str] = set()
    posts = {surname: post for surname, post in (posts or {}).items() if post != NO_POST}  # no post is known
    strip = _by_posts(posts)
    person = None  # the person the last sentence that named one is said of: whom «он», «она» stand for
    for n, written in enumerate(sentences):
        text = _pronoun_whom(_pronoun_named(written, person), posts)
        person = _acting(subject_phrase(text)) or person
        held = len(out)
        first = bool(re.search(r"\bвпервые\b", text, re.I))
        when = _when(text, release)
        stated = _stated(text, strip)
        day = when if when is not None else occasions.relative_day(text, release)
        for what, start, end in stated:
            dated = _nearest_day(text, start, end, release) or day
            dated = dated if dated is not None else _period_when(text, start, end, release)
            out.append(_event(_without_people(what), dated, _where(text[end : end + 60]), first, n))
            heads.add(_head_noun(what))
        for what, start, end in occasions.greetings(text):
            stated.append((what, start, end))  # a holiday greeted on the release's day, unless dated
            out.append(_event(what, day if day is not None else release, None, False, n))
        said = _Said(text, n, release, when, day, first, [(a, b) for _, a, b in stated], [e.data["what"] for e in out])
        out += _noun_events(said, heads, posts, strip)
        for e in out[held:]:
            e.data["what"] = _post_named(_holder_default(e.data["what"], text, person, posts, strip), posts)
    state = _state_said(partner)
    lands = f"Беларуси и {state}" if state else None
    for e in out:
        what = _other_side(_sides_named(_no_lone_name(_holder_first(e.data["what"])), posts), posts)
        what = occasions.sides_described(what, partner, state if partner and partner.kind != "country" else None)
        e.data["what"] = _sides_of_body(_TWO_LANDS.sub(lands, what) if lands else what, partner, lands)
    return _once(out)


# «Форум регионов», «заседание рабочей группы»: a body of the two sides' cooperation named with no sides
_FORUM_BARE = re.compile(r"(?<![\w-])форум\w*\s+регионов\s*$", re.I)
# «… рабочей группы по сотрудничеству с Республикой Татарстан»: the partner named, our side left out
_WITH_THEM = re.compile(r"(?<=рабочей\sгруппы\sпо\sсотрудничеству)(?=\s+со?\s+[А-ЯЁ])", re.I)
_GROUP_BARE = re.compile(r"(?<![\w-])рабоч\w+\s+групп\w*(?:\s+по\s+(?:развитию\s+)?сотрудничеств[уа])?\s*$", re.I)


def _sides_of_body(what: str, partner: Partner | None, lands: str | None) -> str:
    """A body of the two sides' cooperation named with no sides is Belarus's and the
    partner's, as the curated files name it: «Форум регионов» → «Форум регионов Беларуси и
    России» (the partner's state), «заседание рабочей группы» → «… рабочей группы по
    сотрудничеству Беларуси и Тюменской области» (the partner itself, a region or a state)."""
    if re.search(r"(?<![\w-])[а-яё]+о-[а-яё]+ск", what, re.I):
        return what  # «белорусско-украинский Форум регионов»: its sides named by their adjective
    if _FORUM_BARE.search(what):
        return f"{what.rstrip()} {lands}" if lands else what
    if partner is None or partner.kind not in ("region", "city", "country"):
        return what
    theirs = _WITH_THEM.search(what)
    if theirs and not re.search(r"Беларус|Белорус", what):  # «… по сотрудничеству с Республикой Татарстан»
        return f"{what[: theirs.start()]} Беларуси{what[theirs.start() :]}"
    if not _GROUP_BARE.search(what):
        return what
    region = inflect.inflect_phrase(partner.name, "genitive") if partner.kind != "country" else None
    sides = lands if partner.kind == "country" else f"Беларуси и {region}" if region else None
    bare = re.match(r"(.*?)(?:\s+(по\s+(?:развитию\s+)?сотрудничеств[уа]))?\s*$", what)
    return f"{bare[1]} {bare[2] or 'по сотрудничеству'} {sides}" if bare and sides else what


# «форум регионов двух стран», «межправительственной комиссии двух стран», «День единения двух стран»
_TWO_LANDS = re.compile(r"(?<![\w-])двух\s+(?:стран|государств)(?![\w-])")


def _state_said(partner: Partner | None) -> str | None:
    """«России»: the partner's state (a region's country) by its short name in the
    genitive, as the two lands «двух стран» in an event's name stand for Belarus and it
    («Беларуси и России»); None when the partner's state is not known or is Belarus."""
    state = partner.name if partner is not None and partner.kind == "country" else partner.country if partner else None
    code = state_code(state) if state else None
    if code is None or code == "BY":
        return None
    from babel import Locale

    short = Locale("ru").territories.get(code)
    return inflect.inflect_phrase(short, "genitive") if short else None


# «встреча лидеров двух стран», «переговоры двух глав государств», «встреча заместителей премьер-министров
# двух стран»: a meeting's two sides told together, by a word for both
_TOGETHER = re.compile(
    r"^(?P<lead>(?:[А-Яа-яЁё]+\s+){0,2}?(?:встреч|переговор|бесед|консультаци)[а-яё]*\s+)"
    r"(?P<who>(?P<two>двух\s+)?(?P<post>[а-яё-]+(?:\s+[а-яё-]+){0,3}?)(?P<of>\s+двух\s+(?:стран|государств))?)"
    r"(?=$|\s+(?:в|во|на|по|с|со|о|об)\s)",
    re.I,
)
# the words for both sides' heads of state or of government, whatever their posts
_BOTH_HEADS = {"лидеров": "государства", "глав государств": "государства", "руководителей": "государства",
               "глав правительств": "правительства", "премьеров": "правительства"}
# «со своим вьетнамским коллегой», «с российским коллегой»: the other side's holder described by its land
# («с белорусскими коллегами»: several, no one official)
_COLLEAGUE = re.compile(r"(?<![\w-])со?\s+(?:своим\s+)?(?P<land>[а-яё]+ским)\s+коллегой(?![\w-])", re.I)


def _sides_named(what: str, posts: dict[str, str]) -> str:
    """A meeting whose sides the release tells by a word for both or for the other side
    named by their posts from the officials list: «встреча лидеров двух стран» →
    «встреча Президента Республики Беларусь и Президента Республики Казахстан» (the one
    post of each side that the word names: heads of state for «лидеров», «глав
    государств», the post itself for «министров иностранных дел двух стран»); «с
    вьетнамским коллегой» → «с Президентом Социалистической Республики Вьетнам» (the one
    official of that land). Left as it is unless the list gives exactly those posts."""
    m = _TOGETHER.match(what)
    # «переговоры президентов»: a post in the plural alone names both sides' holders too
    reads = inflect.parses(m["post"].split()[0])[:2] if m else []
    plural = any(p.tag.POS == "NOUN" and {"plur", "gent", "anim"} <= p.tag.grammemes for p in reads)
    if m and (m["two"] or m["of"] or m["post"].lower() in _BOTH_HEADS or plural):
        pair = _pair_of_posts(m["post"], set(posts.values()))
        if pair:
            said = " и ".join(inflect.inflect_phrase(p, "genitive") or p for p in pair)
            what = m["lead"] + said + what[m.end() :]
    colleague = _COLLEAGUE.search(what)
    if colleague:
        land = _land_stem(colleague["land"])
        theirs = [p for p in set(posts.values()) if land in p.lower()]
        whom = inflect.inflect_phrase(theirs[0], "instrumental") if len(theirs) == 1 else None
        if whom:
            what = what[: colleague.start()] + f"{with_(whom)} {whom}" + what[colleague.end() :]
    what = _REGION_HEAD.sub(lambda h: _region_head(h, set(posts.values())), what)
    what = _SURNAME_AFTER.sub(lambda w: _surname_post(w, posts), what)
    return _DESCRIBED.sub(lambda d: _described_post(d, set(posts.values())), what)


# «главы региона», «губернатором области», «главы донского региона»: a region's head named by no region's name
_REGION_HEAD = re.compile(
    r"(?<![\w-])(?P<post>глав|губернатор|руководител)(?P<end>[а-яё]*)\s+(?:[а-яё]+(?:ого|ой)\s+)?"
    r"(?:региона|области|края|субъекта)(?![\w-])(?!\s+[А-ЯЁ])",
)
_REGION_HEADS = re.compile(r"(?:Губернатор|Глава|Аким|Врио\s+губернатора)\s+[А-ЯЁ]\w+\s+(?:област|кра[йя]|округ)", re.I)


def _region_head(m: re.Match[str], posts: set[str]) -> str:
    """«главы региона» → «Губернатора Рязанской области»: the one head of a region the
    officials list gives, in the words' case; the words as they are otherwise."""
    heads = [p for p in posts if _REGION_HEADS.match(p)]
    said = _in_case_of(m["post"] + m["end"], heads[0]) if len(heads) == 1 else None
    return said or m.group()


# «Встреча Малкова с …»: a surname alone right after the event's noun, whose post the officials list gives
_SURNAME_AFTER = re.compile(
    r"^(?P<lead>(?:[А-Яа-яЁё]+\s+){0,2}?(?i:встреч|переговор|визит|поездк|бесед)[а-яё]*\s+)(?P<name>[А-ЯЁ][а-яё]+)(?=\s+(?:с|со|в|во|и)\s|$)"
)


def _surname_post(m: re.Match[str], posts: dict[str, str]) -> str:
    """«Встреча Малкова с …» → «Встреча Губернатора Рязанской области с …»: the post of the
    person the surname names, in the genitive."""
    name = m["name"]
    post = next(
        (p for s, p in posts.items() if _is_surname(name, s) and len(name) - len(s) <= 2), None
    )
    said = inflect.inflect_phrase(post, "genitive") if post else None
    return m["lead"] + said if said else m.group()


# «визит казахстанского лидера», «встреча белорусского президента с …», «визит белорусского министра в …»:
# one official described by the land's adjective and a bare post
_DESCRIBED = re.compile(
    r"(?<![\w-])(?P<land>[а-яё]+ск(?:ий|ого|ому|им|ом))\s+(?P<post>лидер|президент|премьер-министр|премьер|министр|посол|посл)"
    r"(?P<end>а|у|ом|е)?(?![\w-])",
    re.I,
)


def _described_post(m: re.Match[str], posts: set[str]) -> str:
    """The one post of the officials list a land's adjective and a bare post describe
    («казахстанского лидера» → «Президента Республики Казахстан»: a leader is a head of
    state), in the words' case; the words as they are when the list gives not exactly one."""
    noun = m["post"].lower()
    kinds = {"лидер": _HEADS_OF["государства"], "премьер": _HEADS_OF["правительства"]}
    named = kinds.get(noun)
    post_lemma = inflect.lemma(noun + (m["end"] or ""))
    held = [p for p in posts if (named.match(p) if named else inflect.lemma(p.split()[0]) == post_lemma)]
    land = _land_stem(m["land"])
    theirs = [p for p in held if land in p.lower()]
    said = _in_case_of(m["post"] + (m["end"] or ""), theirs[0]) if len(theirs) == 1 else None
    return said or m.group()


def _pair_of_posts(plural: str, posts: set[str]) -> tuple[str, str] | None:
    """Our side's post and the other side's that a plural post or a word for both names:
    exactly one each, ours first."""
    kind = _BOTH_HEADS.get(plural.lower())
    if kind:
        held = [p for p in posts if _HEADS_OF[kind].match(p)]
    else:
        words = [inflect.lemma(w) for w in plural.split()]
        held = [p for p in posts if [inflect.lemma(w) for w in p.split()[: len(words)]] == words]
    ours = [p for p in held if re.search(r"Беларус|Белорусс", p)]
    theirs = [p for p in held if p not in ours]
    return (ours[0], theirs[0]) if len(ours) == 1 and len(theirs) == 1 else None


def _land_stem(adjective: str) -> str:
    """The first letters a land's name shares with its adjective: «вьетнамским» → «вьет»,
    «белорусским» → «бела»."""
    land = adjective.lower()
    return re.sub(r"^(?:белорус|армян|молдав)", lambda a: _LANDS[a.group()], land)[:4]


# «он», «она» as a clause's subject: not after a preposition («о нём», «с ней» are other words)
# («которую он посетил»: a relative clause's pronoun may stand for someone else)
_PRONOUN = re.compile(r"(?<![\w-])(?<!котор\w\w\s)(?:он|она)(?=\s+[а-яё])", re.I)


def _pronoun_named(text: str, person: str | None) -> str:
    """A sentence whose subject is «он» or «она» with the person it stands for written in
    its place («Об этом он сказал на встрече с …», after «Министр … Иван Петров …» →
    «Об этом Министр … Иван Петров сказал …»), so that its events are that person's."""
    m = _PRONOUN.search(text)
    if person is None or m is None or len(_PRONOUN.findall(text)) > 1:
        return text
    return text[: m.start()] + person + text[m.end() :]


def _acting(said: str | None) -> str | None:
    """A sentence's subject as the person the next sentences are about; a word standing for
    someone named before («Гость приехал …») leaves them as they were."""
    if not said or _PERSONAL.search(said):
        return None  # «Головченко мы говорили»: the speaker's «мы», no one named
    head = next((p for w in said.split() for p in inflect.parses(w)[:1] if p.tag.POS == "NOUN"), None)
    plural = head is not None and head.tag.number == "plur"  # «Дипломаты говорили …»: both sides, no one
    return None if plural or inflect.lemma(said.split()[0]) in _REFERRING else said


# «встретился с ним», «на встрече с ней»: whom the pronoun stands for is named earlier in the sentence
_WITH_PRONOUN = re.compile(r"(?<![\w-])(?P<with>со?)\s+(?:ним|ней|нею)(?![\w-])", re.I)


def _pronoun_whom(text: str, posts: dict[str, str]) -> str:
    """«Президент … обратился к губернатору … Ивану Петрову на встрече с ним» → «… на встрече с
    губернатором …»: «с ним», «с ней» stand for the last person named before them whose post
    the officials list gives, written by that post in the instrumental."""
    m = _WITH_PRONOUN.search(text)
    if m is None or not posts:
        return text
    words = re.findall(r"[А-ЯЁ][а-яё-]+", text[: m.start()])
    post = next((posts[s] for w in reversed(words) for s in posts if _is_surname(w, s)), None)
    said = inflect.inflect_phrase(post, "instrumental") if post else None
    return f"{text[: m.start()]}{with_(said)} {said}{text[m.end() :]}" if said else text


# «Встреча с руководством …», «переговоры с белорусским коллегой»: a meeting named with no one holding it
_NO_HOLDER = re.compile(
    r"^(?P<noun>(?:[А-Яа-яЁё-]+\s+){0,2}?(?:встреч|переговор|бесед|консультаци|совещани)[а-яё]*)\s+(?=со?\s)", re.I
)
# «у губернатора запланирована встреча с …», «у Моора — переговоры с …»: whose day holds it
_AT_WHOSE = re.compile(r"(?:^|[\s,])[Уу]\s+(?P<who>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})(?=[\s,])")


def _holder_default(what: str, text: str, person: str | None, posts: dict[str, str], strip) -> str:
    """A meeting or talks the sentence names with no one holding them are held by whose day
    the sentence tells («у Моора запланирована встреча с …»), else by the person the text is
    about (the last subject named: a release tells of one side's day), in the genitive by the
    post the officials list gives («Встреча губернатора … с руководством …»)."""
    m = _NO_HOLDER.match(what)
    at = _AT_WHOSE.search(text)
    if m is None or at is None and person is None:
        return what
    surname = at["who"].split()[-1] if at else ""
    post = next((p for s, p in posts.items() if _is_surname(surname, s)), None) if at else None
    who = post or re.sub(r"\s+[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.\s*)?[А-ЯЁ][а-яё-]+$", "", strip(person or ""))  # «М.Русый»
    # a post with whose it is («губернатор Самарской области»): a bare «Эксперт», «Президент» tells too little
    held = inflect.inflect_phrase(who, "genitive") if len(who.split()) > 1 and occasions.person_phrase(who) else None
    if not held or _words(held) <= _words(what[m.end() :]):
        return what  # «встреча губернатора с губернатором»: whom it was with is no holder
    return f"{m['noun']} {held} {what[m.end() :]}"


# «Встреча губернатора Тверской области», with no one it was with: a meeting named by its holder alone
_HOLDER_ONLY = re.compile(
    r"^(?P<noun>(?:[А-Яа-яЁё-]+\s+){0,2}?(?:встреч|переговор|бесед)[а-яё]*)\s+(?P<who>\S.*)$", re.I
)
# a post of our side: Belarus named in it, not as where a foreign envoy serves («Посол Казахстана в Беларуси»)
_OURS = re.compile(r"Беларус|Белорус|белорус|Минск")
_POSTED_IN_BELARUS = re.compile(r"\s+в\s+(?:Республике\s+)?Беларуси(?![\w-])")


def _other_side(what: str, posts: dict[str, str]) -> str:
    """A meeting or talks is held between two sides: one the name leaves out is the other
    side's first official in the officials list (the release's own principal there).
    «Встреча с Президентом Зимбабве» → «Встреча Управляющего делами Президента Республики
    Беларусь с Президентом Зимбабве»; «Встреча заместителя Премьер-министра … Башкортостан»
    → «… с Генеральным директором Минского тракторного завода»; «с белорусским коллегой» is
    our official of the holder's post. A name whose side is not known is left as it is."""
    sides = {post: _side(post) for post in dict.fromkeys(posts.values())}
    guest = _NO_HOLDER.match(what)
    if guest is not None:
        whom = _colleague(what[guest.end() :], sides)
        side = _side_of_words(whom, sides)
        holder = next((p for p, s in sides.items() if side and s != side), None)
        said = _post_in_case(holder, "genitive") if holder else None
        return f"{guest['noun']} {said} {whom}" if said else what
    alone = _HOLDER_ONLY.match(what)
    if alone is None or re.search(r"(?<![\w-])(?:со?|и|между)\s", alone["who"]) or not _singular_person(alone["who"]):
        return what
    side = _side_of_words(alone["who"], sides)
    other = next((p for p, s in sides.items() if side and s != side), None)
    said = _post_in_case(other, "instrumental") if other else None
    return f"{what} {with_(said)} {said}" if said else what


# «визит в Минск президента Узбекистана», «поездка в вашу страну нашей делегации»: the holder after where to
_TO_THEN_WHO = re.compile(
    r"^(?P<noun>(?:[А-Яа-яЁё-]+\s+){0,2}?(?:визит|поездк)[а-яё]*)\s+(?P<to>(?:в|во|на)\s+.+)$", re.I
)


def _holder_first(what: str) -> str:
    """A visit named with where it goes before whose it is («визит в Минск президента
    Узбекистана», «поездка в вашу страну нашей правительственной делегации») named as a
    memo names it, whose first: «визит президента Узбекистана в Минск»; the holder is the
    first person or delegation in the genitive after the place, with its adjectives."""
    m = _TO_THEN_WHO.match(what)
    if m is None:
        return what
    words = list(re.finditer(r"\S+", m["to"]))
    for k, w in enumerate(words[2:], 2):
        head = next((p for p in inflect.parses(w.group())[:2] if p.tag.POS == "NOUN" and p.tag.case == "gent"), None)
        if head is None or not ("anim" in head.tag or head.normal_form in ("делегация", "группа")):
            continue
        while k > 2 and any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in inflect.parses(words[k - 1].group())):
            k -= 1  # «нашей правительственной делегации»: its adjectives
        to, who = m["to"][: words[k].start()].rstrip(), m["to"][words[k].start() :]
        return f"{m['noun']} {who} {to}"
    return what


# a word before «с …», «в …» or the name's end: a given name left when the surname went
_LAST_WORD = re.compile(r"(?<!\sи)\s(?P<word>[А-ЯЁ][а-яё]+)(?=\s+(?:со?|во?)\s|$)")


def _no_lone_name(what: str) -> str:
    """An event's name without a given name left alone after a post («Встреча председателя
    облисполкома Юрия с …» → «Встреча председателя облисполкома с …»): the person is the
    officials list's, and a given name is no word of a post."""
    return _LAST_WORD.sub(lambda m: "" if _given_name(m["word"]) else m.group(), what)


def _given_name(word: str) -> bool:
    """A given name the dictionary knows («Юрия», «Игоря»), not a foreign name it guesses at."""
    top = inflect.parses(word)[0]
    return "Name" in top.tag and inflect.from_dictionary(top)


def _side(post: str) -> str:
    return "ours" if _OURS.search(_POSTED_IN_BELARUS.sub("", post)) else "partner"


def _side_of_words(said: str, sides: dict[str, str]) -> str | None:
    """The side a person named in an event's name is on: the side of the officials whose
    posts share the most words with it (two at least); when posts of both sides share as
    many, or none does, ours when Belarus is named in it (the other side when a post
    matched)."""
    words = _words(said)
    most = max((len(_words(p) & words) for p in sides), default=0)
    found = {s for p, s in sides.items() if len(_words(p) & words) == most}
    if most >= 2 and len(found) == 1:
        return found.pop()  # as many words of a post of each side («главой МИД России»): by the land named
    return "ours" if _OURS.search(_POSTED_IN_BELARUS.sub("", said)) else "partner" if most >= 2 else None


def _colleague(whom: str, sides: dict[str, str]) -> str:
    """«с белорусским коллегой»: our official whose post opens as the other side's
    (ministers of foreign affairs), named by that post; else the words as they are."""
    m = re.match(r"(?P<with>со?)\s+(?P<adjective>[а-яё]+ск(?:им|ой))\s+коллегой(?![\w-])", whom)
    if m is None or len(sides) < 2:
        return whom
    ours = m["adjective"].startswith("белорус")
    heads = {p: inflect.lemma(p.split()[0]) for p in sides}
    pairs = [p for p in sides if (sides[p] == "ours") == ours
             and any(heads[q] == heads[p] and sides[q] != sides[p] for q in sides)]
    said = _post_in_case(pairs[0], "instrumental") if len(pairs) == 1 else None
    return f"{with_(said)} {said}{whom[m.end() :]}" if said else whom


_CASES = {"genitive": "gent", "instrumental": "ablt"}


# «Визит губернатора в …», «Встреча президента с …»: an event whose holder is a post noun alone
_BARE_HOLDER = re.compile(
    r"(?P<lead>(?:[А-Яа-яЁё-]+\s+){0,2}?(?:визит|встреча|переговоры|поездка|посещение|беседа)\s+)"
    r"(?P<post>[А-Яа-яЁё-]+)(?=\s+(?:в|во|с|со|на)\s|$)",
    re.I,
)


def _post_named(what: str, posts: dict[str, str]) -> str:
    """An event held by a post noun alone is held by the one official the release names
    with that post («Визит губернатора в Минск» → «Визит Губернатора Свердловской области
    в Минск» when the officials list has one governor); two or none such, or a post of
    one word, leave it as it is."""
    m = _BARE_HOLDER.match(what)
    read = inflect.parses(m["post"])[0] if m else None
    if m is None or read is None or read.tag.POS != "NOUN" or {"gent", "sing", "anim"} - read.tag.grammemes:
        return what
    heads = [post for post in dict.fromkeys(posts.values()) if post.split()[0].lower() == read.normal_form]
    said = _post_in_case(heads[0], "genitive") if len(heads) == 1 and " " in heads[0] else None
    return f"{m['lead']}{said}{what[m.end() :]}" if said else what


def _post_in_case(post: str, case: str) -> str | None:
    """A post in `case`; one opening with a participle that names a person («Управляющий
    делами Президента …», «Исполняющий обязанности …») changes that word alone."""
    said = inflect.inflect_phrase(post, case)
    if said is not None or " " not in post:
        return said
    first, rest = post.split(" ", 1)
    word = next((p for p in inflect.parses(first) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn"), None)
    form = word.inflect({_CASES[case], "masc", "sing"}) if word is not None else None
    return f"{inflect.restore(first, form.word)} {rest}" if form is not None else None


def _singular_person(said: str) -> bool:
    """Whether a name's holder is one person: its first noun is an animate singular in the
    genitive («заместителя Премьер-министра …», not «членов делегации», «глав государств»)."""
    noun = next((p for w in said.split()[:3] for p in inflect.parses(w)[:1] if p.tag.POS == "NOUN"), None)
    return noun is not None and "anim" in noun.tag and noun.tag.number == "sing" and noun.tag.case == "gent"


def _once(events: list[Item]) -> list[Item]:
    """Each event once: a release that names the same meeting in its headline, its lead
    and a quotation drafts it once, where it is first named, by its fullest name («Форум
    регионов» and «Форум регионов Беларуси и России» are one forum; «Встреча губернатора …
    с Президентом …» and «Встреча Президента … с губернатором …» one meeting), with the
    date and place either names it with (`_same_event`)."""
    out: list[Item] = []
    for e in events:
        k = next((k for k, kept in enumerate(out) if _same_event(kept.data, e.data)), None)
        if k is None:
            out.append(e)
        else:
            out[k] = _fuller(out[k], e)
    return out


_NAME_STOP = {"республика", "в", "во", "на", "с", "со", "и", "по", "о", "об"}


def _words(what: str) -> frozenset[str]:
    """An event name's words as lemmas, without prepositions, «и» and «республика»
    («Президента Республики Беларусь» and «Президента Беларуси» are one post)."""
    return frozenset(w.replace("ё", "е") for w in _lemmas(what)) - _NAME_STOP


def _same_event(a: dict, b: dict) -> bool:
    """Whether two events are one named twice: one name's words are all the other's, of
    the same event noun, and neither their dates, their places nor, for a visit, where it
    goes differ («Визит делегации Беларуси в Китай» and «Визит делегации Китая в Беларусь»
    are two). A wreath laid is one a visit lays wherever it is said to be laid, and a place
    called at by its initials is the one named in full."""
    wa, wb = _words(a["what"]), _words(b["what"])
    head = _head_noun(a["what"])
    if head != _head_noun(b["what"]):
        return False
    if not (wa <= wb or wb <= wa or head == "возложение" or head == "посещение" and _initials_of(a["what"], b["what"])):
        return False
    for key in ("when", "where"):
        if a.get(key) is not None and b.get(key) is not None and repr(a[key]) != repr(b[key]):
            return False
    ends = [_goes_to(e["what"]) for e in (a, b)]
    return None in ends or ends[0] == ends[1]


def _initials_of(a: str, b: str) -> bool:
    """Whether one place called at is the other's initials («посещение МАЗа» and «посещение
    Минского автомобильного завода»)."""
    places = [re.sub(r"^\S+\s+", "", x) for x in (a, b)]
    for short, full in (places, places[::-1]):
        letters = re.match(r"[А-ЯЁ]{2,}", short.strip("«»\" "))
        words = re.findall(r"[А-ЯЁа-яё]+", full)
        if letters and len(words) == len(letters.group()) and "".join(w[0] for w in words).upper() == letters.group():
            return True
    return False


def _goes_to(what: str) -> frozenset[str] | None:
    """Where a visit or trip named goes: the words after its last «в», «во», «на» («в
    Республику Зимбабве» and «в Зимбабве» go to one place); None for other events or a
    visit named without it."""
    to = list(re.finditer(r"(?<![\w-])(?:в|во|на)\s", what))
    if _head_noun(what) not in ("визит", "поездка") or not to:
        return None
    return _words(what[to[-1].end() :])


def _fuller(kept: Item, other: Item) -> Item:
    """Of two namings of one event, the one with more words (the dated one when equal), with
    the date and place the other gives where it has none."""
    if _words(other.data["what"]) > _words(kept.data["what"]) or (
        _words(other.data["what"]) == _words(kept.data["what"]) and kept.data.get("when") is None
        and other.data.get("when") is not None
    ):
        kept, other = other, kept
    for key in ("when", "where"):
        if kept.data.get(key) is None and other.data.get(key) is not None:
            kept.data[key] = other.data[key]
    order = ("what", "when", "where")
    kept.data = {**{k: kept.data[k] for k in order if k in kept.data}, **kept.data}
    return kept


def _lemmas(name: str) -> tuple[str, ...]:
    """A name's words as lemmas, without «республика» («Президента Республики Беларусь» and
    «Президента Беларуси» are one post)."""
    words = (inflect.lemma(w) for w in re.findall(r"[А-Яа-яЁё-]+", name))
    return tuple(w for w in words if w != "республика")


class _Said(NamedTuple):
    """A sentence as the event nouns in it are read: its text, its number, the release's
    date, the date it names, whether it says «впервые», and the spans of the events told
    by verbs already."""

    text: str
    n: int
    release: dt.date
    when: object | None
    day: object | None  # the date it names, or the day «накануне», «вчера», «сегодня» say
    first: bool
    stated: list[tuple[int, int]]
    named: list[str]  # the events named before it


def _stated(text: str, strip) -> list[tuple[str, int, int]]:
    """The events a sentence tells by verbs and turns of phrase, not by an event's noun:
    met, came, received, opened, visited; one whose holder is only a word for a guest
    («Гость приехал в Минск») names no one and is left out."""
    told = verb_events(text, strip) + _openings(text) + _visited_by(text, strip) + occasions.told(text, strip)
    return [(what, a, b) for what, a, b in told if not _referring_holder(what)]


# words that stand for a person named before: «гость», «собеседник», «сторона»
_REFERRING = {"гость", "собеседник", "визитёр", "визитер", "сторона", "партнёр", "партнер"}


def _referring_holder(what: str) -> bool:
    """«визит Гостя в Минск»: an event whose holder is one word standing for someone
    named before names no one."""
    m = re.match(r"(?:[а-яё]+\s+)?(?:визит|поездка|встреча)\s+([А-Яа-яЁё]+)(?:\s+(?:в|во|с|со)\s|$)", what, re.I)
    return m is not None and inflect.lemma(m.group(1)) in _REFERRING


def _noun_events(said: _Said, heads: set[str], posts: dict[str, str], strip) -> list[Item]:
    """The events a sentence names by an event's noun (see `events`)."""
    text, out = said.text, []
    cued = said.when is not None or said.first or _HELD.search(text) or _period_when(text, 0, len(text), said.release)
    counted = [(a.start, a.end) for a in amounts(text) if a.unit is not None]
    named_to = 0  # where the last event's name ended: «переговоры в формате видеоконференции с …» is one
    for m, taken in _named(_EVENT, text):
        latin = _LATIN_NAME.match(text, m.end())  # «выставка Made in Belarus»: a name of its own in Latin letters
        taken = max(taken, latin.end()) if latin else taken
        parse = inflect.parses(m.group().split()[-1])[0]
        if parse.tag.POS != "NOUN" or any(a <= m.start() < b for a, b in said.stated) or _at_venue(text, m, parse):
            continue  # «встречается»: a verb; «прибыл с визитом»: a visit named already
        if m.start() < named_to or _SINCE_EVENT.search(text[: m.start()]):
            continue  # «со времени их прошлой встречи»: a time reckoned from an event, none told
        told = cued or _acted_at(text, m) or _named_itself(text, m) or _phased(text, m)
        if not told or _practice(text, m) or _pointed_back(text, m):
            continue
        head = parse.normal_form
        name, taken, place = _name_over_place(text, m, taken, head, posts)
        named_to = taken
        what = _held_by(text, m, taken, name, strip)
        what = _talk_named(what) if head == "беседа" else what
        what = _days_held_in(text, m, what) if head == "день" else what
        dated = _nearest_day(text, m.start(), taken, said.release) or said.day
        dated = dated if dated is not None else _period_when(text, m.start(), taken, said.release)
        if any(a <= m.start() < b for a, b in counted):
            # «18 встреч», «три бизнес-форума»: a count of occasions (a figure), no one event;
            # «проведено 17 заседаний комиссии, готовится восемнадцатое»: the next one is, undated
            what, dated = _next_of_count(text, taken, head, what) or "", None
            if not what:
                continue
        bare = " " not in what.strip()  # «Встречи»: a meeting is named by who met
        # «по итогам визита», «Рабочий визит», «Вчерашние переговоры»: told before or elsewhere, named by no one
        named_by_no_one = head in ("встреча", "визит", "поездка", "переговоры") and _qualities_only(what)
        named_by_no_one = named_by_no_one or _referring_holder(what)  # «За время визита стороны подписали …»
        named_before = head in heads and not _body_named_anew(name, said.named)
        if _refers_back(text, m, what, named_before) or (bare and dated is None) or named_by_no_one:
            continue
        heads.add(head)
        where = place or _where(text[taken : taken + 60])
        if head not in ("визит", "поездка"):  # «Посол в России совершил поездку в …»: where he is posted
            where = where or _where(text[max(0, m.start() - 60) : m.start()])
        else:
            what, where = _visited_before(text, m, what, where)
        out.append(_event(what, dated, where, said.first, said.n))
    return out


# «В Свердловской области прошли Дни …», «в павильоне … прошёл День …»: where a land's days were held,
# said before the verb that holds them
_HELD_IN = re.compile(
    r"(?:^|[\s«])[Вв]о?\s+(?P<place>[^,;:«»]{3,80}?)\s+(?:прош(?:ли|[её]л|ла)|состоял(?:ись|ся|ась)|"
    r"пройд(?:ут|[её]т)|проход(?:ят|ит)|открыл(?:ись|ся|ась)|стартовал[аи]?)\s+$"
)


def _days_held_in(text: str, m: re.Match[str], what: str) -> str:
    """A land's days are named with where they are held («Дни Москвы в Минске», as the
    curated files name 17 of 20): days named with no place of their own take the one the
    sentence holds them in before its verb («В Свердловской области прошли Дни Республики
    Беларусь» → «Дни Республики Беларусь в Свердловской области»)."""
    held = _HELD_IN.search(text[: m.start()])
    if held is None or re.search(r"\s(?:в|во|на)\s", what) or not re.match(r"Д(?:ни|ень)\s", what):
        return what
    words = held["place"].split()  # «в Москве официально открылись»: the adverbs of when and how are no place
    cut = next((k for k, w in enumerate(words) if k and w.islower() and inflect.pos(w) == "ADVB"), len(words))
    place = " ".join(words[:cut])
    if not re.match(r"(?:[А-ЯЁ]|[а-яё]+\s+[А-ЯЁ])", place) or re.search(r"\d|(?:году|месяце|неделе)(?![\w-])", place):
        return what  # «в этом году прошли …»: a time, no place; a place is named with a capital
    into = "во" if held.group().lstrip(" «").lower().startswith("во") else "в"
    return f"{what} {into} {place}"


# «со времени их прошлой встречи», «с момента последнего визита»: a time reckoned from an event
_SINCE_EVENT = re.compile(r"(?:^|\s)со?\s+(?:времени|момента|дня)\s+(?:[а-яё]+\s+){0,2}$", re.I)
# «эта поездка», «в ходе данного визита», «на той встрече»: an event pointed back to
_DEMONSTRATIVES = {"этот", "тот", "данный", "указанный", "упомянутый"}


def _pointed_back(text: str, m: re.Match[str]) -> bool:
    """Whether an event's noun stands after a demonstrative among its adjectives («эта
    поездка», «этого визита», «данной встречи»): it points back to an event told before
    (or by the verbs of the release), never a new one."""
    words = _adjectives_before(text[: m.start()]).split()
    return any(p.normal_form in _DEMONSTRATIVES for w in words for p in inflect.parses(w)[:2])


# «в Казани откроется Генеральное консульство …», «открылся торговый дом …»: an opening is an event
_OPENS = re.compile(
    r"(?<![\w-])(?:откро(?:ется|ются)|открыл(?:ся|ась|ось|ись)|будет\s+открыт[аоы]?|открыт[аоы]?|"
    # «торжественно открыли Год регионов …», «откроет магазин»: what was opened is the verb's object
    r"(?P<object>открыл[аи]?|откро(?:ет|ют)|открыва(?:ет|ют))(?=\s)|"
    r"начал[аои]?\s+(?:свою\s+)?работу"  # «в Минске начал работу офис …»: it opened
    r"|(?P<noun>открыти(?:е|я|ю|ем|и))|(?P<planned>(?:планиру\w+|намерен[аоы]?|собира(?:ется|ются))\s+открыть))"
    r"\s+(?=[А-ЯЁа-яё])",
    re.I,
)
# when a planned opening is set for: a season, a month, a date («осенью», «в октябре», «до конца года»)
_SET_WHEN = re.compile(
    r"(?<![\w-])(?:весной|летом|осенью|зимой|в\s+(?:" + MONTHS_PREPOSITIONAL + r")|до\s+конца\s+(?:года|месяца)|"
    r"в\s+\d{4}\s+году|\d{1,2}\s+(?:" + MONTHS_GENITIVE + r"))(?![\w-])",
    re.I,
)
# an opening discussed, proposed or thought possible is an idea: «обсудили возможность открытия …»
_OFFERED_BEFORE = re.compile(
    r"(?:обсу[дж]\w*|предл[ао]\w*|возможност\w*|вопрос\w*|перспектив\w*|иде[июя]\w*|рассм[ао]тр\w*|"
    r"намерен\w*|договорил\w*|планиру\w*|необходимост\w*|поводу|запрос\w*|решени\w*|надеж\w*|надеется)\s+(?:[а-яё]+\s+){0,2}$",
    re.I,
)
# «с открытия …», «со времени открытия …», «с момента открытия …»: since, a time reckoned from it
_SINCE = re.compile(r"(?:^|\s)со?(?:\s+(?:времени|момента|года|дня))?\s+$", re.I)
# when and where an opening told by its noun was, before what opened: «открытие в 2012 году в Казани …»
_OPENED_WHEN_WHERE = re.compile(r"(?:(?:в|во)\s+(?:\d{4}\s+год[ау]|[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)\s+)*")
_OPENED = {
    "консульство", "генконсульство", "посольство", "представительство", "дом", "центр", "филиал", "офис", "отделение",
    "производство", "цех",  # «открыто сборочное производство», «откроется цех»: a plant's opening
    # «открылось прямое авиасообщение», «открыт регулярный рейс»: a transport link opened
    "авиасообщение", "сообщение", "рейс", "авиарейс", "авиалиния", "маршрут",
}
# opened, not only begun to work («Новый завод начал работу» tells no event): a place of trade, work or
# show («открытие в Оренбурге магазина …», «открылся павильон …»), a year of something written with a
# capital («открыли Год регионов …»; days are events of their own)
_OPENED_ONLY = {
    "магазин", "павильон", "салон", "склад", "завод", "фабрика", "комбинат", "музей", "терминал", "экспозиция", "год",
}
# what opens only when its name is written with a capital: «Год регионов», not «в этом году»
_OPENED_NAMED = {"год"}


_IN_PLACE = re.compile(r"(?<![\w-])[Вв]о?\s+[А-ЯЁ][\w-]+")


def _openings(text: str) -> list[tuple[str, int, int]]:
    """«в Казани откроется Генеральное консульство Республики Беларусь» → «открытие
    Генерального консульства Республики Беларусь в Казани»: an office, a trade house or a
    centre opened, or to be, is an event, named with where it opens."""
    out = []
    for m in _OPENS.finditer(text):
        if m["noun"] and _OFFERED_BEFORE.search(text[: m.start()]):
            continue  # «обсудили открытие торгового дома»: an idea, no opening yet
        if m["noun"] and _SINCE.search(text[: m.start()]):
            continue  # «больше, чем в любой год с открытия представительства»: a time reckoned from, no event told
        if m["planned"] and not _SET_WHEN.search(text):
            continue  # «планируют открыть цех»: an intention with no date is a proposal, not an event
        lead = _OPENED_WHEN_WHERE.match(text, m.end()) if m["noun"] or m["object"] else None
        at = lead.end() if lead else m.end()
        words = list(re.finditer(r"[А-Яа-яЁё-]+", text[at : at + 60]))[:3]
        case = "gent" if m["noun"] else "accs" if m["object"] else "nomn"
        opening = not m.group().lower().startswith("начал")
        head = next((w for w in words if _opened(w.group(), case, opening)), None)
        if head is None:
            continue
        end = _one_opened(text, at, name_end(text, at + head.end()))
        named = nominative_head(text[at:end], "accs") if m["object"] else text[at:end]
        said = text[at:end] if m["noun"] else inflect.inflect_phrase(named, "genitive")
        place = _IN_PLACE.search(text, m.end(), at) or _IN_PLACE.search(text)  # «открытие в Оренбурге магазина …»
        said_place = " ".join([place.group().split()[0].lower(), place.group().split()[1]]) if place else ""
        where = f" {said_place}" if place and _where(said_place) and not at <= place.start() < end else ""
        if said:
            out.append((f"открытие {said}{where}", m.start(), end))
    return out + _opened_first(text)


def _one_opened(text: str, at: int, end: int) -> int:
    """Where the name of what an opening opens ends: at a comma outside quotes, whatever
    `name_end` ran on over («открытие магазина …, поставки в регион самосвалов …»: one
    thing opens, the list after the comma names other deeds)."""
    depth = 0
    for k in range(at, end):
        depth += text[k] in "«„" and 1 or text[k] == "»" and -1 or 0
        if text[k] == "," and depth <= 0:
            return k
    return end


# «Генконсульство Беларуси открылось в Нижнем Новгороде», «Торговый дом … начал работу в Казани»: what opened
# named before the verb, where after it
_OPENED_AFTER = re.compile(
    r"\s+(?:открыл(?:ся|ась|ось|ись)|откро(?:ется|ются)|начал[аои]?\s+(?:свою\s+)?работу)"
    r"(?P<where>\s+(?:в|во)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)?(?![\w-])"
)


def _opened_first(text: str) -> list[tuple[str, int, int]]:
    """«Генконсульство Беларуси открылось в Нижнем Новгороде» → «открытие Генконсульства
    Беларуси в Нижнем Новгороде»: an office, a trade house or a centre named as the subject
    before a verb of opening, with where it opened said after the verb."""
    out = []
    for m in _OPENED_AFTER.finditer(text):
        clause = text[clauses.start(text, m.start(), clauses.SUBJECT) : m.start()]
        words = list(re.finditer(r"[А-Яа-яЁё-]+", clause))
        head = next((w for w in words if _opened(w.group(), opening="откр" in m.group())), None)
        if head is None or len(words) - words.index(head) > 5:
            continue
        said = inflect.inflect_phrase(_adjectives_before(clause[: head.start()]) + clause[head.start() :], "genitive")
        if said:
            where = " ".join(m["where"].split()) if m["where"] else ""
            out.append((f"открытие {said[:1].lower() + said[1:]} {where}".strip(), m.start() - len(clause), m.end()))
    return out


# «Татарстан посетила белорусская делегация …», «Приморский край посещает делегация …»: the
# place visited before the verb, who visits after it
_VISITED = re.compile(r"(?<![\w-])(?:посеща(?:ет|ют)|посетил[аи]?|посетит|посетят)(?![\w-])", re.I)
_PLACE_BEFORE = re.compile(
    r"(?<![\w-])([А-ЯЁ][\w-]*(?:\s+(?:[А-ЯЁ][\w-]*|край|област[ьи]|округ|республик[аиу]))?)\s+"
    r"(?P<kind>с\s+(?:[а-яё]+(?:ым|им)\s+){0,2}визитом\s+)?$"  # «Беларусь с рабочим визитом посещает …»
)


def _visited_by(text: str, strip) -> list[tuple[str, int, int]]:
    """«С 23 по 25 ноября Приморский край посещает делегация Могилёвской области» → «визит
    делегации Могилёвской области в Приморский край»: a visit told with the place first and
    who visits after the verb (a delegation or a person, in the nominative)."""
    out = []
    for m in _VISITED.finditer(text):
        place = _PLACE_BEFORE.search(text[: m.start()])
        who = occasions.who_came(text[m.end() :])
        head = next((w for w in who.split()[:3] if _animate_noun(w) or w.lower().startswith("делегаци")), None)
        if place is None or head is None or not _nominative_word(head):
            continue
        said = strip(who)
        holder = inflect.inflect_phrase(said, "genitive") if said else None
        if holder:
            where = place.group(1).split()
            if len(where) == 2 and not any(p.tag.case == "accs" for p in inflect.parses(where[0])):
                where = where[1:]  # «Весной Казахстан посетила …»: a word opening the sentence, no place
            kind = occasions.visit_kind(place["kind"] or "")
            out.append((f"{kind} визит {holder} в {' '.join(where)}".strip(), place.start(1), m.end() + len(who)))
    return out


def _nominative_word(word: str) -> bool:
    return any(p.tag.case == "nomn" for p in inflect.parses(word) if p.tag.POS == "NOUN")


def _opened(word: str, case: str = "nomn", opening: bool = False) -> bool:
    """Whether a word names what an opening opens (`opening`: told by a verb or noun of opening,
    not by «начал работу»)."""
    kinds = _OPENED | _OPENED_ONLY if opening else _OPENED
    return any(p.tag.POS == "NOUN" and p.tag.case == case and p.normal_form in kinds
               and (p.normal_form not in _OPENED_NAMED or word[:1].isupper()) for p in inflect.parses(word))


# a meeting's or talks' place said before whom they were with: «на встрече в Минске с …»
_PLACE_THEN_WITH = re.compile(r"\s+(?:в|во)\s+(?P<place>[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)(?=\s+со?\s)")
_WITH_PART = re.compile(r"\s+с\s+участием(?=\s)", re.I)
# talks' form said before whom they were with: «переговоры в формате видеоконференции с …»
_FORM_THEN_WITH = re.compile(
    r"\s+(?:в|по)\s+(?:(?:формате|режиме)\s+)?(?:[а-яё]+\s+)?(?:видеоконференц\w*|видеосвяз\w*|онлайн|телефону)(?=\s+со?\s)",
    re.I,
)
_WITH_WHOM = ("встреча", "переговоры", "консультация", "беседа", "совещание")


# a championship or games are named with their year: «чемпионат мира по хоккею 2014 года»
_YEARED = {"чемпионат", "олимпиада", "первенство"}
_YEAR_OF_NAME = re.compile(r"\s+\d{4}\s+года(?![\w-])")


def _name_over_place(
    text: str, m: re.Match[str], taken: int, head: str, posts: dict[str, str]
) -> tuple[str, int, str | None]:
    """The event's words in the nominative, where they end, and the place said between a
    meeting's or talks' noun and whom they were with («на встрече в Минске с послом …»,
    «после переговоров в Улан-Баторе с главой МИД …»): the name leaves the place out and
    goes on with «с …»; the place is where the event was held. «с участием …» goes on
    with who took part («совещание с участием премьер-министра …»)."""
    said = _event_name(text, m.start(), taken, posts)
    if head in ("визит", "поездка"):
        said, taken = _late_holder(text, said, taken)
    form = _FORM_THEN_WITH.match(text, taken) if head in _WITH_WHOM else None
    place = _PLACE_THEN_WITH.match(text, form.end() if form else taken) if head in _WITH_WHOM else None
    at = place.end() if place else form.end() if form else taken
    joined = _WITH_PART.match(text, at)  # «совещание с участием премьер-министра …»: who took part
    end = name_end(text, joined.end()) if joined else at
    if joined is None or end == joined.end():  # «с участием не менее 30 предприятий»: a count, no name
        end = name_end(text, at) if place or form else taken
    year = _YEAR_OF_NAME.match(text, end) if head in _YEARED else None  # «чемпионат мира … 2018 года»
    end = year.end() if year else end
    if place is None and joined is None and head not in ("визит", "поездка"):
        end = occasions.venue_end(text, end)
    said += text[at:end] + (form.group() if form else "")  # the form after whom: «… с министром … в формате …»
    held = _DAYS_IN.match(text, end) if head == "день" else None  # «Дни Минска в Москве»: where the days are held
    if held:
        said, end, place = said + held.group(), held.end(), held
    return _without_people(said, posts), end, _where(place.group()) if place else None


# «Дни Республики Беларусь в Липецкой области», «Дни Минска в Москве»: days of a land are named with the land
# they are held in, as the curated files name them
_DAYS_IN = re.compile(
    r"\s+(?:в|во)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)*(?:\s+(?:област|кра[йяюе]|округ|район|республик)[а-яё]*)?"
    r"(?![\w-])"
)


# a month or a day between a visit's destination and whose it is: «визит в Минск в мае генерального секретаря …»
_WHEN_BETWEEN = re.compile(
    r"\s+(?:(?:в|во)\s+(?:" + MONTHS_PREPOSITIONAL + r"|прошлом\s+году)|\d{1,2}\s+(?:" + MONTHS_GENITIVE + r"))"
    r"(?:\s+\d{4}\s+года)?\s+(?=[а-яёА-ЯЁ])"
)


def _late_holder(text: str, said: str, taken: int) -> tuple[str, int]:
    """«официальный визит в Минск в мае генерального секретаря ЦК …»: whose the visit is,
    in the genitive after its destination and a date, goes after its noun («Официальный
    визит генерального секретаря ЦК … в Минск»); the name then ends after it."""
    late = _WHEN_BETWEEN.match(text, taken)
    word = re.match(r"(?:[а-яё]+(?:ого|его)\s+){0,2}([А-Яа-яЁё-]+)", text[late.end() :]) if late else None
    if late is None or word is None:
        return said, taken
    noun = inflect.reading(word.group(1), "NOUN")
    if noun is None or noun.tag.case != "gent" or not ("anim" in noun.tag or noun.normal_form == "делегация"):
        return said, taken
    end = name_end(text, late.end() + word.end())
    holder = _without_people(text[late.end() : end])
    head = re.search(r"(?:визит|поездк)\w*", said, re.I)
    assert head is not None
    return f"{said[: head.end()]} {holder}{said[head.end() :]}", end


# «в Минске во время визита …», «в Баку в ходе визита …»: the place a visit is told in, just before it
_PLACE_THEN_VISIT = re.compile(
    r"(?<![\w-])(?:в|во)\s+(?P<place>[А-ЯЁ][\w-]*)\s+(?:во\s+время|в\s+ходе|в\s+рамках|в\s+дни)\s+$"
)


def _visited_before(text: str, m: re.Match[str], what: str, where: str | None) -> tuple[str, str | None]:
    """A visit whose name says no destination, told as when something was done in a place
    named just before it («обсуждали в Минске во время визита делегации …»), went there:
    «Визит делегации … в Минск», held in Минск."""
    from memogen.draft.meetings import accusative

    if re.search(r"\s(?:в|во)\s+[А-ЯЁ]", what):
        return what, where
    before = _PLACE_THEN_VISIT.search(text[: m.start() - len(_adjectives_before(text[: m.start()]))])
    place = _where(f"в {before['place']}") if before else None
    into = accusative(before["place"], stay=True) if before and place else None
    if into is None:
        return what, where
    return f"{what} {'во' if re.match(r'[ВвФф][^аеёиоуыэюя]', into) else 'в'} {into}", where or place


def _practice(text: str, m: re.Match[str]) -> bool:
    """«проводить совместные ярмарки», «участвовать в выставках»: an event's noun after an
    imperfective infinitive (over its adjectives and a preposition) names something done
    again and again, no one event."""
    before = text[: m.start() - len(_adjectives_before(text[: m.start()]))].split()
    if before and before[-1].lower() in ("в", "во", "на"):
        before.pop()
    if not before:
        return False
    verb = inflect.parses(before[-1].strip(","))[0]
    if len(before) > 1 and before[-2].lower() in ("будет", "будут", "буду", "будем"):
        return False  # «будет участвовать в заседании»: a future, one event
    return verb.tag.POS == "INFN" and verb.tag.aspect == "impf"


# «оценила … на заседании рабочей группы», «в рамках форума подписали …»: an event told as where or when one acted
_AT_EVENT = re.compile(
    r"(?:^|\s)(?:[Нн]а|[Вв]\s+ходе|[Вв]о\s+время|[Пп]о\s+итогам|[Пп]осле|[Вв]\s+рамках|[Вв]\s+кулуарах)\s+"
    r"(?:[а-яё-]+\s+){0,2}$"
)


def _acted_at(text: str, m: re.Match[str]) -> bool:
    """Whether an event's noun, in the singular, is where or when the clause's subject acted
    («заявила … на заседании рабочей группы …», «после переговоров подписали …»): the
    sentence's verb tells it was held, or is to be, whatever that verb is."""
    read = inflect.parses(m.group().split()[-1])[0].tag  # «на переговорах»: one talk, though plural in form
    if not _AT_EVENT.search(text[: m.start()]) or read.number != "sing" and "Pltm" not in read:
        return False
    return any(inflect.pos(w) == "VERB" for w in re.findall(r"[А-Яа-яЁё]+", text))


def _phased(text: str, m: re.Match[str]) -> bool:
    """Whether an event's noun is the object of a verb of its phase («ведут переговоры»,
    «начали официальные переговоры»): the event is under way, held or to come."""
    lead = text[: m.start() - len(_adjectives_before(text[: m.start()]))]
    verb = re.search(r"[А-Яа-яЁё]+\s*$", lead)
    if verb is not None and re.fullmatch(r"ид(?:ут|[её]т)|шл[аи]|ш[её]л", verb.group().strip(), re.I):
        # «идут переговоры о поставках …»: talks about something going on are a process, no one event
        return not re.match(r"\s+(?:о|об)\s", text[m.end() :])
    return verb is not None and bool(_PHASE.fullmatch(verb.group().strip()))


def _named_itself(text: str, m: re.Match[str]) -> bool:
    """An exhibition, fair or forum with a name of its own («выставка ИННОПРОМ»,
    «ярмарка "…"»), a tender by what it is for, a championship, or a session counted by
    its number («на 12-м заседании», «XX сессии»): an event, whatever the sentence says
    of it."""
    if m.group().lower().startswith(_NAMED_KINDS) and _OWN_NAME.match(text, m.end()):
        return True
    if m.group().lower().startswith(("тендер", "аукцион")) and re.match(r"\s+на\s", text[m.end() :]):
        return True  # «тендер на строительство дорог»: a tender named by what it is for
    if m.group().lower().startswith(("чемпионат", "олимпиад")):
        return True  # «чемпионат мира по футболу», «олимпиада»: one event, whatever is said of it
    return bool(_ORDINAL.search(text[: m.start()]))


def _at_venue(text: str, m: re.Match[str], parse) -> bool:
    """«в конференц-центре Боаоского азиатского форума»: an event noun in the genitive
    after a place's noun names the place, not an event."""
    before = text[: m.start() - len(_adjectives_before(text[: m.start()]))].split()
    if parse.tag.case != "gent" or not before:
        return False
    return any(
        p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in _VENUES
        for p in inflect.parses(before[-1].strip(",."))[:2]
    )


_NEXT = re.compile(r"(?:готовит\w*|предстоит|планиру\w*|состоится|пройд[её]т|намечен\w*)\s+(?P<ord>[а-яё]+)(?![а-яё])",
                   re.I)


def _next_of_count(text: str, after: int, head: str, counted: str) -> str | None:
    """«Проведено 17 заседаний комиссии, готовится восемнадцатое»: after a count of
    occasions, the next one announced by its ordinal («восемнадцатое», «очередное») is an
    event, named in the singular: «Восемнадцатое заседание комиссии»."""
    m = _NEXT.search(text, after)
    if m is None:
        return None
    said = inflect.parses(m["ord"])[0]
    if said.tag.POS != "ADJF" or not ("Anum" in said.tag or said.normal_form in ("очередной", "следующий")):
        return None
    noun = inflect.parses(head)[0]
    ordinal = said.inflect({noun.tag.gender or "masc", "sing", "nomn"}) if noun.tag.gender else None
    rest = counted.split(maxsplit=1)[1:]  # the name's words after its head noun
    return " ".join([ordinal.word if ordinal else m["ord"].lower(), head, *rest])


_DEED_BEFORE = re.compile(r"(?:^|\s)[а-яё]{3,}(?:ние|тие)(?:\s+(?:в|во)\s+[А-ЯЁ][\w-]*)?\s+$", re.I)


def _event_name(text: str, start: int, end: int, posts: dict[str, str] | None = None) -> str:
    """The event's words in the nominative without personal names; after «в», «на» its
    noun is in the prepositional («участие в церемонии»: «церемония», not the plural). A day
    named with a capital takes no words before it («собрании, посвящённом Дню …»)."""
    before = "" if re.match(r"Д(?:ень|ня|ню|нём|нем|не)(?![\w-])", text[start:]) else _adjectives_before(text[:start])
    lead = text[: start - len(before)]
    governed = re.search(r"(?:^|\s)(?:в|во|на|о|об|при)\s+$", lead, re.I)
    # «после встречи», «в ходе визита», «по итогам переговоров»: the genitive, not a plural
    genitive = re.search(r"(?:^|\s)(?:после|перед|накануне|ходе|время|итогам|рамках)\s+$", lead, re.I)
    # «открытие в Минске выставки …», «посещение ярмарки …»: after a noun of doing, the genitive
    genitive = genitive or _DEED_BEFORE.search(lead)
    number = re.match(r"(\d{1,3})-\w+\s+", before)  # «на 12-м заседании» → «12-е заседание»
    case = "loct" if governed else "gent" if genitive else None
    said = nominative_head(before[number.end() if number else 0 :] + text[start:end], case)
    if number:
        head = inflect.parses(said.split()[0])[0].tag
        ending = "е" if head.number == "plur" else {"masc": "й", "femn": "я"}.get(str(head.gender), "е")
        said = f"{number.group(1)}-{ending} {said}"
    # «началась встреча с того, что …»: a preposition with a pronoun alone names nothing
    said = re.sub(r"\s+(?:с|со|о|об|на|в|во)\s+(?:того|тем|этого|этим|том|этом|то|это)$", "", said, flags=re.I)
    return _without_people(said, posts)


def _held_by(text: str, m: re.Match[str], end: int, what: str, strip=None) -> str:
    """«Министр … провёл встречу с …» → «Встреча Министра … с …»: a meeting or talks with
    someone, named by no one else, are the subject's who held them («делегация провела
    бизнес-форумы» → «Бизнес-форумы делегации»), or the speaker's at them («заявил
    губернатор … на встрече с …», «сообщил на пресс-конференции Министр …»); «его визит»
    is the visit of the sentence's subject."""
    start, strip = m.start(), strip or _without_people
    said = re.match(r"((?:[а-яё]+\s+){0,2}?(?:встреч|переговор|совещани|визит|поездк|пресс-конференци|брифинг|"
                    r"бесед)\w*)(?:\s+(?=со?\s|во?\s|по\s)|$)", what, re.I)
    bare = not text[m.end() : end].strip()  # «провела бизнес-форумы», «официальные переговоры»: nothing after
    if re.match(r"(?:его|её|ее|их|сво(?:й|его|ей|их|ём|ем))\s", what, re.I):
        return _owner_named(what, _subject_of_sentence(text, start, strip))
    verb = sorted(
        [*HELD_BY.finditer(text, 0, start), *_MADE.finditer(text, 0, start), *_PHASE.finditer(text, 0, start)],
        key=lambda v: v.start(),
    )
    if not (said or bare):
        return what
    if verb and not re.search(r"[,;:]", text[verb[-1].end() : start]):
        # «павильон начнут оформлять к открытию выставки»: a phase's subject holds an event only as a person
        who = subject(text, verb[-1].start(), strip, animate=bool(_PHASE.fullmatch(verb[-1].group())))
    elif scheduled := _SCHEDULED.search(text[: start - len(_adjectives_before(text[:start]))]):
        who = strip(scheduled["who"]).strip() or None
    else:
        who = speaker(text, start, end, strip) or _agreed_at(text, start, strip) or _took_part(text, start, strip)
        who = who or _quoted_speaker(text, start, strip) or _spoke_at(text, end, strip)
        who = who or (_subject_after(text, start, end, strip) if said else None)
    if who is None or _PERSONAL.search(who):
        return what  # «… Головченко мы говорили»: a pronoun names no holder
    if said is None:
        return f"{what} {who}"
    return f"{said.group(1)} {who} {what[said.end() :]}".rstrip()


def _owner_named(what: str, who: str | None) -> str:
    """«его визит» is the visit of the sentence's subject, named after the event's noun,
    past the adjectives before it («его официальные переговоры с …» → «официальные
    переговоры X с …», «его телефонный разговор» → «телефонный разговор X»); with no
    subject known the pronoun is dropped, and who held it is read as for any event."""
    pronoun, rest = what.split(maxsplit=1) if " " in what.strip() else (what, "")
    noun = _EVENT.search(rest)
    if noun is None or not who or not _agrees(pronoun, who):
        return rest or what
    return f"{rest[: noun.end()]} {who}{rest[noun.end() :]}"


def _agrees(pronoun: str, who: str) -> bool:
    """Whether a possessive can stand for who: «его» for one man or thing, «её» for one
    woman or thing, «их» for several («его разговор» is no press service's, «пресс-служба»
    being feminine); «свой» for anyone."""
    kinds = PRONOUN_AGREES.get(pronoun.lower())
    head = next((p for w in who.split() for p in inflect.parses(w)[:1] if p.tag.POS == "NOUN"), None)
    if kinds is None or head is None:
        return True
    if head.tag.number != "plur" and head.tag.gender is None or "Ms-f" in head.tag:
        return "plur" not in kinds  # «Министр Головченко», a surname of either gender: one person
    return bool(({"plur"} if head.tag.number == "plur" else {str(head.tag.gender)}) & kinds)


# «В рабочем графике Президента Беларуси — встреча с …»: whose day's schedule it is holds the event (named
# in the genitive already); «В планах делегации — переговоры с …» names plans, not who holds them
_SCHEDULED = re.compile(
    r"(?:^|\s)[Вв]\s+(?:[а-яё]+\s+)?(?:графике|расписании)\s+(?P<who>[^,;:—–]+?)\s+[—–-]\s+$"
)
# «совершил рабочую поездку», «совершит визит»: the subject made the visit
_MADE = re.compile(r"(?<![\w-])(?:совершил[аи]?|соверш(?:ит|ат|ает|ают))(?![\w-])", re.I)
_PERSONAL = re.compile(r"(?<![\w-])(?:я|мы|вы|ты|нас|нами|вас|вами)(?![\w-])", re.I)
# «президенты завершили переговоры», «начал визит», «министры ведут переговоры»: a verb of an event's phase,
# whose subject holds it as «провёл» tells
_PHASE = re.compile(
    r"(?<![\w-])(?:начал[аи]?|начн(?:[её]т|ут)|начина(?:ет|ют|л[аи]?)|заверш(?:ил[аи]?|ат|ит|ает|ают|ал[аи]?)|"
    r"продолж(?:ил[аи]?|ат|ит|ает|ают|ал[аи]?)|закончил[аи]?|вед(?:ут|[её]т)|вели|в[её]л[аи]?|"
    r"ид(?:ут|[её]т)|шл[аи]|ш[её]л)(?![\w-])",  # «в Ташкенте идут переговоры президентов …»: under way
    re.I,
)
# an event told by when or where the subject acted: «после переговоров», «в ходе визита», «на встрече»
_TIME_LEAD = re.compile(r"(?:^|\s)(?:после|в\s+ходе|во\s+время|на|в)\s+$", re.I)


def _talk_named(what: str) -> str:
    """A talk with someone is named a meeting, as a memo names it («Беседа Президента … с
    Послом …» → «Встреча Президента … с Послом …»)."""
    talk = re.search(r"(?i)(?<![\w-])(б)есед([аы])", what)
    if talk is None:
        return what
    said = ("В" if talk[1] == "Б" else "в") + "стреч" + talk[2].replace("ы", "и")
    return what[: talk.start()] + said + what[talk.end() :]


def _took_part(text: str, start: int, strip) -> str | None:
    """«Министр … после переговоров в … с … заявил», «Президент … в ходе визита в …
    обсудит»: the clause's subject, standing just before an event told by when it acted,
    took part in it (in the genitive); «в» so tells only talks («Президент … в беседе с …»,
    «в переговорах с …»), not what one came for («для участия в деловом совете»)."""
    lead = _TIME_LEAD.search(text[: start - len(_adjectives_before(text[:start]))])
    if lead is None or re.search(r"[,;:]", text[: lead.start()]):
        return None
    if lead.group().strip().lower() == "в" and not re.match(r"(?:бесед|переговор)", text[start:], re.I):
        return None
    return subject(text, lead.start(), strip, animate=True)


# «договорились», «обсудили», «согласовали»: what those who held an event did at it
_AGREED = re.compile(
    r"(?<![\w-])(?:договорил|условил|обсудил|обсуждал|согласовал|подписал|рассмотрел)(?:ись|и)(?![\w-])", re.I
)


def _agreed_at(text: str, start: int, strip) -> str | None:
    """«Об этом договорились министр … Беларуси и министр … России на переговорах в …»:
    the persons named after a verb of agreeing or discussing, just before the event told
    by «на …», held it (in the genitive, each of them: «министра … и министра …»)."""
    verb = list(_AGREED.finditer(text, 0, start))
    if not verb:
        return None
    between = re.sub(r"\s+(?:на|в\s+ходе|во\s+время)\s*$", "", text[verb[-1].end() : start], flags=re.I).strip()
    if not between or re.search(r"[,;:.«»]", between) or not occasions.person_phrase(between):
        return None
    said, persons, at = strip(between), [], 0
    for join in re.finditer(r"\s+и\s+(?=([А-Яа-яЁё]+))", said):  # «министр … и продовольствия …»: one post
        if occasions.person_phrase(join.group(1)):
            persons.append(said[at : join.start()])
            at = join.end()
    persons.append(said[at:])
    held = [inflect.inflect_phrase(p, "genitive") for p in persons]
    return " и ".join(h for h in held if h) if all(held) else None


def _spoke_at(text: str, end: int, strip) -> str | None:
    """«На пресс-конференции председатель правления банка сообщил, …»: the subject
    between an event told first and a verb of saying spoke at it (in the genitive)."""
    verb = SPOKE.search(text, end)
    between = text[end : verb.start()] if verb else ""
    if verb is None or re.search(r"[,;:.«»]", between) or not addressee_cut(between).strip():
        return None  # «о визите Президенту … доложил министр»: whom one spoke to is no speaker
    return subject(text[end:], verb.start() - end, strip, animate=True)


# an event told as where or when one acted: «на пресс-конференции», «после переговоров», «по итогам встречи»
_CIRCUMSTANCE = re.compile(r"(?:^|\s)(?:на|после|в\s+ходе|во\s+время|по\s+итогам)\s+$", re.I)


def _subject_after(text: str, start: int, end: int, strip) -> str | None:
    """«Об этом на пресс-конференции в Минске сообщил Посол …», «В Улан-Баторе после
    переговоров президенты … подписали …»: an event told as where or when the clause's
    subject acted, with that subject after it (a place and the verb may stand between), is
    the subject's (in the genitive; a person or a delegation only)."""
    if _CIRCUMSTANCE.search(text[: start - len(_adjectives_before(text[:start]))]) is None:
        return None
    return subject_after(text[end : clauses.end(text, end, clauses.SPEAKER)], strip)


# «…», — сказал губернатор.: who said a quote, after it
_SAID_AFTER = re.compile(
    rf"[»\"“]\s*,?\s*[—–-]\s*{SAID}\s+(?P<who>[^,.;:]+)"
)


def _quoted_speaker(text: str, start: int, strip) -> str | None:
    """«"На встрече с Президентом мы обсудили …", — сказал губернатор»: an event the speaker
    tells of in the first person («мы», «нами», «я») inside their quote is theirs (in the
    genitive)."""
    said = _SAID_AFTER.search(text, start)
    quote = text[:start].rfind("«") if said else -1
    ours = said is not None and re.search(r"(?<![\w-])(?:мы|нами|нас|я)(?![\w-])", text[quote : said.start()], re.I)
    if said is None or quote < 0 or not ours:
        return None
    who = strip(said["who"].strip())
    return inflect.inflect_phrase(who, "genitive") if who else None


def _subject_of_sentence(text: str, at: int, strip) -> str | None:
    """The subject of the sentence's first verb before `at`, in the genitive, without a
    place it speaks from («Министр … в программе "…" рассказал» → «Министра …»)."""
    for w in re.finditer(r"[А-Яа-яЁё]+", text[:at]):
        if inflect.pos(w.group()) == "VERB":
            who = subject(text, w.start(), strip)
            return re.sub(r"\s+(?:в|на)\s+[а-яё].*$", "", who) if who else None
    return None


def _named(noun: re.Pattern[str], text: str, quoted_ends: bool = True):
    """Each `noun` of the sentence with where its name ends, a noun inside the name of
    one before it skipped («заседание … совета»)."""
    taken = 0
    for m in noun.finditer(text):
        if m.start() >= taken:
            quoted = text[m.start() - 1 : m.start()] in "«\"„"
            closing = re.match(r"[^«»\"“”„]{0,60}[»\"“”]", text[m.end() :]) if quoted else None
            start = m.end() + closing.end() if closing and not quoted_ends else m.end()  # «"Дорожная карта" по …»
            ends = event_end if noun is _EVENT else name_end
            taken = _held_within(text, m, ends(text, start, quoted_ends))
            if closing and quoted_ends:  # «"Дни Республики Беларусь в … крае"»: a name in quotes is whole
                taken = max(taken, m.end() + closing.end() - 1)
            taken = _next_event_joined(text, m.end(), taken) if noun is _EVENT else taken
            yield m, taken


# «… в заседании совета и в деловом форуме …»: «и» and a preposition again before an event's noun
_JOINED = re.compile(r"\s+и\s+(?:в|во|на)\s+", re.I)


def _next_event_joined(text: str, start: int, end: int) -> int:
    """Where an event's name ends when a second event is joined to it with «и» and the
    preposition again («примет участие в заседании совета … и в деловом форуме …»): before
    the «и», so the second is an event of its own; else `end`."""
    for joined in _JOINED.finditer(text, start, end):
        at = joined.end()
        for word in re.finditer(r"[\w-]+\s+", text[at : at + 60]):  # the adjectives before the noun
            reads = inflect.parses(word.group().strip())
            if _EVENT.match(text, at) or not any(p.tag.POS in ("ADJF", "PRTF") for p in reads):
                break
            at += word.end() - word.start()
        if _EVENT.match(text, at) and at < end:
            return joined.start()
    return end


def _held_within(text: str, m: re.Match[str], end: int) -> int:
    """Days of a region or a city held at an exhibition or a fair are named with it
    («Дни Гомельской области на Международной выставке-форуме "Россия"»): where that name
    ends, else `end`."""
    at = re.match(r"\s+на\s+", text[end:])
    if not m.group().lower().startswith("дн") or at is None:
        return end
    inner = _EVENT.search(text, end + at.end(), end + at.end() + 60)
    if inner is None or not inner.group().lower().startswith(("выставк", "ярмарк", "форум", "фестивал")):
        return end
    if _adjectives_before(text[: inner.start()]).strip() != text[end + at.end() : inner.start()].strip():
        return end  # only adjectives between «на» and the exhibition
    return name_end(text, inner.end())


def _by_posts(posts: dict[str, str]):
    """`_without_people` with the posts the officials list gives (`posts`: surname → post):
    a person named with no post of their own is named by it («Петров побывал в Минске» →
    «визит Министра … в Минск», «визит Ивана Петрова» → «визит Министра …»); a bare post
    noun one official's post opens with is that post («губернатор» → «Губернатор Смоленской
    области»); «и его команда» after a subject goes with them."""

    def strip(said: str) -> str:
        lead = re.sub(r"\s+и\s+(?:его|её|ее|их)\s+[а-яё]+\s*$", "", said.strip())  # «губернатор и его команда»
        words = lead.split()
        if 0 < len(words) <= 3 and words[-1] in posts and all(w[:1].isupper() for w in words):
            return posts[words[-1]]
        generic = _generic_post(lead, posts)
        if generic:
            return generic
        if words and _described(words[1:]):  # «губернатор», «губернатор крупного сибирского региона»
            lemma = inflect.lemma(words[0])
            heads = [post for post in posts.values() if post.split()[0].lower() == lemma]
            if len(heads) == 1 and len(heads[0].split()) > 1:
                return heads[0]
        return _without_people(said, posts)

    return strip


# «глава государства», «глава кыргызского правительства», «белорусский лидер», «казахстанский премьер»:
# a head of state or government described, not named by their post
_GENERIC = re.compile(
    r"(?:(?P<land>[А-Яа-яЁё]+ск(?:ий|ого|ая|ой))\s+)?(?:(?:глава|руководитель)\s+(?:(?P<land2>[а-яё]+ск(?:ого|ой))\s+)?"
    # «глава белорусского МИД», «глава венесуэльской дипломатии», «глава внешнеполитического ведомства»
    r"(?P<what>государства|правительства|МИД|дипломатии|внешнеполитического\s+ведомства)|(?P<leader>лидер)|"
    r"(?P<premier>премьер))(?![\w-])\s*(?P<rest>.*)$",
    re.I,
)
_HEADS_OF = {
    "государства": re.compile(r"Президент|Председатель\s+(?:Китайской|КНР)|Король|Эмир|Султан"),
    "правительства": re.compile(
        r"Премьер-министр|Председатель\s+(?:Правительства|Кабинета|Совета\s+[Мм]инистров|Государственного\s+совета)"
    ),
    "мид": re.compile(r"[Мм]инистр\s+иностранных\s+дел"),
}


_LANDS = {"белорус": "беларус", "армян": "армен", "молдав": "молдов"}  # adjectives whose stem is not the land's


def _generic_post(said: str, posts: dict[str, str]) -> str | None:
    """The post the officials list gives a head of state or government described by a
    generic title («Глава государства Нурсултан Назарбаев» → «Президент Республики
    Казахстан»; «Глава кыргызского правительства» → «Председатель Кабинета Министров
    Кыргызской Республики»): the person named after it, else the one such head of the
    land its adjective names, else the only one."""
    m = _GENERIC.fullmatch(said.strip())
    if m is None:
        return None
    what = (m["what"] or "").lower()
    kind = "государства" if m["leader"] else "правительства" if m["premier"] else what if what in _HEADS_OF else "мид"
    heads = [post for post in dict.fromkeys(posts.values()) if _HEADS_OF[kind].match(post)]
    named = [posts[w] for w in m["rest"].split() if w in posts]
    if m["rest"].strip():
        return named[0] if named and named[0] in heads else None
    land = _land_stem(m["land"] or m["land2"] or "")  # «белорусский»: «Беларусь»
    of_land = [post for post in heads if land and land in post.lower()] if land else heads
    return of_land[0] if len(of_land) == 1 else None


def _animate_noun(word: str) -> bool:
    top = inflect.parses(word)[0]
    return top.tag.POS == "NOUN" and "anim" in top.tag


# the nouns a post described, not named, may go on with: «губернатор крупного сибирского региона»
_PLACE_NOUNS = {"регион", "область", "край", "республика", "страна", "город", "столица", "провинция", "штат"}


def _described(words: list[str]) -> bool:
    """Whether the words after a post's noun only describe where it is held, in lower case
    (adjectives and a place's noun: «крупного сибирского региона», «области»), naming nothing."""
    for word in words:
        parses = inflect.parses(word)
        if not word[:1].islower():
            return False
        if not any(p.tag.POS == "ADJF" or p.tag.POS == "NOUN" and p.normal_form in _PLACE_NOUNS for p in parses[:2]):
            return False
    return True


_CASE_NAMES = {
    "gent": "genitive", "datv": "dative", "accs": "accusative", "ablt": "instrumental", "loct": "prepositional",
}


def _in_case_of(noun: str, post: str) -> str | None:
    """`post` in the case the written `noun` stands in («главы» → genitive); nominative when
    no reading of it is a noun or its case is the nominative."""
    case = next((p.tag.case for p in inflect.parses(noun) if p.tag.POS == "NOUN"), None)
    return inflect.inflect_phrase(post, _CASE_NAMES.get(str(case), "nominative"))


def _is_surname(word: str, surname: str) -> bool:
    """Whether `word` may be `surname` in any case: it opens with the surname less its last two
    letters, four at least («Петрову», «Петровым» for «Петров»)."""
    return word.startswith(surname[: max(4, len(surname) - 2)])


def _without_people(name: str, posts: dict[str, str] | None = None) -> str:
    """An event's name without the persons' names in it: «переговоры Министра иностранных
    дел Республики Беларусь Сергея Алейника и Министра …» → «переговоры Министра
    иностранных дел Республики Беларусь и Министра …» (the officials list names them); a
    person named with no post before them whose post `posts` gives is named by it, in the
    name's case («визит Александра Турчина в …» → «визит Премьер-министра … в …»)."""
    from memogen.draft.names import NAME_RUN, PARTICLE
    from memogen.draft.parties import people_in

    quoted = [m.span() for m in re.finditer(r"[«\"„][^«»\"“”„]*[»\"“”]", name)]  # «Джордан Индастри» is no person
    spans = [
        (at, at + len(" ".join(words)))
        for m in NAME_RUN.finditer(name)
        for at, words in people_in(m, name)
        if not any(a <= at < b for a, b in quoted)
    ]
    for start, end in reversed(spans):
        apposed = re.match(r"\s*,\s+(?=([А-Яа-яЁё-]+))", name[end:])  # «Владимира Макея, главы МИД …»
        if apposed and (_animate_noun(apposed.group(1)) or _person_word(apposed.group(1))):
            rest = re.sub(r"^([^,]*),(?=\s+(?:с|со|в|во)\s)", r"\1", name[end + apposed.end() :])  # «…, с послом»
            name = name[:start] + rest  # the post after the name is theirs
            continue
        name = name[:start] + _post_of(name[:start], name[start:end], posts or {}) + name[end:]
    # «… Омана Зеязином бен» where the name was cut before the rest of a person's name: no name
    name = re.sub(rf"\s[А-ЯЁ][а-яё]+\s+(?:{PARTICLE.pattern})\s*$", "", name)
    # «президенты … Иван Петров и Пётр Иванов», «встретится с Иваном Петровым»: the names gone, no «и», «с» left
    name = re.sub(r"\s+(?:и|с|со)\s*$", "", name)
    return re.sub(r"\s+([,.])", r"\1", " ".join(name.split())).strip(" ,")


def _post_of(before: str, person: str, posts: dict[str, str]) -> str:
    """The post of `person` (a name as written, in any case) in the name's case, when
    `posts` knows their surname and no post stands before them in its phrase; else ""."""
    surname = person.split()[-1]
    post = next((p for s, p in posts.items() if _is_surname(surname, s)), None)
    phrase = re.split(r"(?:^|\s)(?:с|со)\s|,", before)[-1]  # «Министра … и продовольствия …»: one post
    head = list(_EVENT.finditer(phrase))
    phrase = phrase[head[-1].end() :] if head else phrase  # «рабочая встреча …»: the event's words are no post
    if post is None or any(_animate_noun(w) or _person_word(w) for w in phrase.split()):
        return ""
    case = _name_case(person)
    said = inflect.inflect_phrase(post, _CASE_NAMES[case]) if case in _CASE_NAMES else post
    return f" {said} " if said else ""


def _name_case(person: str) -> str:
    """The case a person's name stands in, told by its first word that declines: a given name
    when it does, else the surname («Ивана Петрова»; «Уго Чавеса», whose «Уго» never
    changes); the nominative when no word tells."""
    for word in person.split():
        parses = [p for p in inflect.parses(word) if {"Name", "Surn"} & p.tag.grammemes]
        if parses and "Fixd" not in parses[0].tag:
            return str(parses[0].tag.case)
    return "nomn"


def _person_word(word: str) -> bool:
    """«командующим», «управляющего»: an adjective or participle whose dictionary form is a
    noun for a person («командующий»), so a post before a name."""
    top = inflect.parses(word)[0]
    if top.tag.POS not in ("ADJF", "PRTF"):
        return False
    lemma = inflect.parses(top.normal_form)[0]
    return lemma.tag.POS == "NOUN" and "anim" in lemma.tag


def _qualities_only(what: str) -> bool:
    """Whether an event's name is its noun with no more than adjectives before it
    («Визит», «Официальный визит», «Трёхдневная поездка», «Вчерашние переговоры»): it
    names no one and nowhere."""
    *before, noun = re.sub(r"^(?:это|этот|эта|эти)\s+", "", what, flags=re.I).split()  # «Это первый визит»
    return inflect.pos(noun) == "NOUN" and all(
        any(p.tag.POS in ("ADJF", "PRTF") for p in inflect.parses(w)[:2]) for w in before
    )  # «рабочий» is a worker first, an adjective too


def _head_noun(what: str) -> str:
    """The lemma of an event name's first noun: «рабочий визит Министра …» → «визит»."""
    for word in what.split():
        parses = inflect.parses(word)
        if parses[0].tag.POS == "NOUN" and not any(p.tag.POS == "ADJF" for p in parses):  # «рабочий»: an adjective
            return parses[0].normal_form
    return ""


def _body_named_anew(what: str, named: list[str]) -> bool:
    """Whether an event's name holds a body's own name no event before had («заседание Высшего
    Евразийского экономического совета» after «заседание Совета глав государств»): a new
    event, though its noun was named before (a place it is held in or goes to is no such
    name: «Визит в Манагуа» after «визит … в Никарагуа» is that visit)."""
    rest = what.split(maxsplit=1)[1] if " " in what else ""
    rest = re.sub(r"(?<![\w-])(?:в|во|на)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)*", "", rest)  # «в Манагуа»: a place
    own = {inflect.lemma(w) for w in re.findall(r"(?<![\w-])[А-ЯЁ][а-яё-]+", rest)}
    return bool(own) and not any(own <= {inflect.lemma(w) for w in re.findall(r"[А-Яа-яЁё-]+", n)} for n in named)


def _refers_back(text: str, m: re.Match[str], what: str, named_before: bool) -> bool:
    """«Заседание открыли …», «На заседании …», «В церемонии …» after the event was named."""
    # «Визит в Манагуа», «Официальный визит в Минск»: a visit named by no one's name is the one told before
    unheld = re.match(r"(?:[а-яё]+\s+)?(?:визит|поездк)\w*\s+(?:в|во)\s+\S+$", what, re.I)
    bare = (len(what.split()) <= 2 or unheld) and not re.search(r"[«\"„]", what)
    # «В начале встречи …», «по завершении визита»: a phase of the event named before is that event
    lead = r"(?:^|\s)(?:на|в|во|по\s+итогам|в\s+(?:ходе|начале|конце)|во\s+время|по\s+(?:завершении|окончании))\s+$"
    after_preposition = bool(re.search(lead, text[: m.start()], re.I))
    return named_before and (bare or after_preposition) and not re.search(r"\d", what)


# «Чрезвычайного и Полномочного Посла …»: an ambassador's rank, which the officials list keeps; an event names the post
_RANK = re.compile(r"(?<![\w-])[Чч]резвычайн\w+\s+и\s+[Пп]олномочн\w+\s+(?=[Пп]осл)")


# «в первой половине следующего года», «на следующей неделе»: a time reckoned from the release, its date, no name
_TIME_IN_NAME = re.compile(
    r"\s+(?:в|во|на)\s+(?:(?:[а-яё]+\s+)?(?:половин|част|квартал|полугоди|месяц)\w*\s+)?"
    r"(?:следующ|текущ|прошл|будущ|нынешн)\w+\s+(?:года|году|неделе|месяце)(?![\w-])",
    re.I,
)


def _event(what: str, when: object | None, where: str | None, first: bool, n: int) -> Item:
    what = balanced(occasions.leader_named(re.sub(r"^(?:это|этот|эта|эти)\s+", "", what, flags=re.I)))  # «Это …»
    what = _TIME_IN_NAME.sub("", _RANK.sub("", what))
    data: dict = {"what": what[:1].upper() + what[1:]}
    if when is not None:
        data["when"] = when
    if where:
        data["where"] = where
    if first:
        data["first_time"] = True
    return Item(data, "guess", ["an event read from the sentence: check its name and date"], sentence=n)


def _adjectives_before(words: str) -> str:
    """Of the words before an event's noun, the run of adjectives and numerals that
    belong to its name («Международной промышленной», «X»)."""
    kept: list[str] = []
    for word in reversed(words.split()[-4:]):
        roman = re.fullmatch(r"(?!С$)[IVXLС]+|\d{1,3}-(?:м|е|й|го|му|ом|я|ю)", word)  # «XI», «12-м»; «С» a preposition
        if not roman and not any(p.tag.POS in ("ADJF", "PRTF") for p in inflect.parses(word)):
            break
        kept.insert(0, word)
    return " ".join(kept) + " " if kept else ""


_MONTH = MONTHS_GENITIVE
# «с 4 по 9 июля», «с 24 сентября по 1 октября 2019 года»: a span of days, kept in words
# «20–21 сентября»: days joined by a dash, likewise
_SPAN = re.compile(
    rf"\b(?:[сС]\s+\d{{1,2}}(?:\s+(?:{_MONTH}))?\s+по|\d{{1,2}}\s*[–—-])\s*\d{{1,2}}\s+(?:{_MONTH})"
    r"(?:\s+(?P<year>\d{4})\s*(?:года|г\.))?"
)


def _when(text: str, release: dt.date) -> object | None:
    span = _SPAN.search(text)
    if span:
        year = int(span["year"]) if span["year"] else release.year
        said = span.group()[:1].lower() + span.group()[1:] + ("" if span["year"] else f" {year}")
        said = re.sub(r"(\d)\s*[-—–]\s*(\d)", "\\1–\\2", said)  # «12-14 октября» → «12–14 октября»
        return {"text": re.sub(r"\s*(?:года|г\.)$", "", said) + "\u00a0г.", "year": year}
    m = _MONTH_DATE.search(text)
    if m:
        year = int(m["year"]) if m["year"] else release.year
        try:
            return dt.date(year, _MONTHS.index(m["month"]) + 1, int(m["day"]))
        except ValueError:
            return None
    fuzzy = _FUZZY_WHEN.search(text)
    if fuzzy:
        said = re.sub(r"^в\s+", "", fuzzy.group())
        said = re.sub(r"\s*[-–—]\s*", " – ", said)
        for form, nominative in (("начале", "начало"), ("середине", "середина"), ("конце", "конец")):
            said = re.sub(rf"\b{form}\b", nominative, said)
        said = re.sub(r"(\d{4})\s*года\b", "\\1 г.", said)
        found = re.search(r"\d{4}", said)
        return {"text": said, "year": int(found.group())} if found else {"text": said}
    return None


def _nearest_day(text: str, start: int, end: int, release: dt.date) -> object | None:
    """In a sentence that names two dates or more («Переговоры пройдут 15 мая, а 16 мая
    состоится бизнес-форум»), the one nearest the event's words at `start`..`end`; None
    when it names fewer (the sentence's one date is every event's)."""
    spans = [m.span() for m in _SPAN.finditer(text)]
    spans += [m.span() for m in _MONTH_DATE.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    if len({text[a:b] for a, b in spans}) < 2:
        return None
    own = [(a, b) for a, b in spans if not _CLAUSE_BREAK.search(text[min(b, start) : max(a, end)])] or spans
    a, b = min(own, key=lambda span: max(0, span[0] - end, start - span[1]))
    return _when(text[a:b], release)


# between two clauses of one sentence: «…, а …», «…; …», «…, затем …»
_CLAUSE_BREAK = re.compile(r"[;]|,\s+(?:а|но|затем|потом|после\s+чего|тогда\s+как)\s", re.I)


def _period_when(text: str, start: int, end: int, release: dt.date) -> dict | None:
    """The period the sentence names next to the event at `start`..`end` («провести в
    первом квартале 2026 года заседание» → «I квартал 2026 г.»), for an event given no
    day: a period of the sentence's figures further off is not the event's."""
    from memogen.russian import period_label

    near = [
        m for m in mentions(text, release)
        if m.period is not None and m.period.kind != "ytd" and m.role == "period"
        and (start - 60 <= m.end and m.start <= end + 60)
    ]
    set_for = _set_for(text, release)  # «намечен на февраль 2027 года»: the month, not the year alone
    if set_for is not None or not near:
        return set_for
    best = min(near, key=lambda m: min(abs(m.start - start), abs(m.end - start), abs(m.start - end)))
    period = best.period
    assert period is not None
    if best.year_guessed and period.kind == "month" and _COMING.search(text):
        period = Period(_coming_year(period.first, release), period.first, period.last, "month")
    return {"text": f"{period_label(period)}\u00a0г.", "year": period.year}


def _coming_year(month: int, release: dt.date) -> int:
    """The year of the next such month from the release on: «в сентябре пройдёт» in a
    May release is this September, in a November release next year's."""
    return release.year if month >= release.month else release.year + 1


def _set_for(text: str, release: dt.date) -> dict | None:
    """The month an event is set for («запланирован на октябрь»), the coming one when no
    year is named."""
    from memogen.russian import period_label

    m = _SET_FOR.search(text)
    if m is None:
        return None
    month = _MONTHS_NAMED.index(m["month"].lower()) + 1
    year = int(m["year"]) if m["year"] else _coming_year(month, release)
    return {"text": f"{period_label(Period(year, month, month, 'month'))}\u00a0г.", "year": year}


def _where(text: str) -> str | None:
    """«… в Минске …» → «Минск»: the first place after «в» the dictionary knows as one."""
    for m in re.finditer(r"\bв\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)", text):
        for p in inflect.parses(m.group(1)):
            if "Geox" in p.tag and p.tag.case == "loct":
                return inflect.restore(m.group(1), p.normal_form)
    return None


def agreements(sentences: list[str], release: dt.date) -> list[Item]:
    """Agreements and programmes signed, to be signed, being drafted or in force, each
    with the words of its title (`phrases.name_end`) and its term («на 2026–2028 годы»).
    A bare noun («соглашения», «контракты») names no document, unless two bodies sign it
    («Правительство области и тракторный завод заключили соглашение»)."""
    out = []
    status = None
    for n, text in enumerate(sentences):
        status = _agreement_status(text, release) or (status if _AMONG_THEM.match(text) else None)
        within = 0  # where a title that went on past its term ends: a document named in it is none of its own
        for m, taken, nested in _documents(text):
            if m.start() < within:
                continue
            own = _CARRIED if nested else _own_status(text[: m.start()], _told_status(sentences, n, m.start(), release)
                                                      or status)
            noun = inflect.pos(m.group()) == "NOUN"
            if own is None or not noun or not _named_contract(text, m) or _schedule(text, m) or _valued(text, m):
                continue  # no cue; «контрактной сборки», «программа визита»: no document
            end = _title_end(text, m.start(), taken)
            ahead = text[: _qualities(text, m.start())]
            # «подписано более 220 межрегиональных соглашений»: a statistic, no list of documents, unless
            # the sentence names the occasion they were signed at («по итогам переговоров в Сочи …»)
            hedged = _HEDGED_COUNT.search(ahead) and not _signed_at_once(text) or \
                _counted_so_far(text, m.start(), own[0])
            if hedged or _renamed(text, end) or _aliased(text, m) or _PREDICATE.search(ahead) and _in_ablt(m.group()):
                continue
            title = _counted_title(text, m, end, _qualities(text, m.start()), own[0] == "signed")
            title = _body_of_post(text, _minutes_of(text, title), end)
            alias = re.match(r"\s*\([^()]{1,60}\)", text[taken:])  # «План мероприятий («дорожная карта») на …»
            near = taken + (alias.end() if alias else 0)
            terms = [] if nested else mentions(text, release)  # a nested document's term is the outer one's
            term = next((x for x in terms if x.role == "term" and 0 <= x.start - near <= 5), None)
            own = _not_begun(own, term, release)
            if term is not None and _AFTER_TERM.match(text, term.end):  # «план на 2026–2027 годы между …»
                title += text[term.end : name_end(text, term.end)].rstrip()
                within = max(within, name_end(text, term.end))  # «… по реализации соглашения …»: this title's
            title = _own_sides(text, m.start(), _signer_of(text, m.start(), title))
            signed_by = _signed_between(text, m.start(), title) or _signers_after(text, end, title)
            title, told = _group(text, end, ahead, title, own[0] == "signed") if not signed_by and term is None \
                else (title, "")
            if " " not in title and term is None and not signed_by and not told:
                continue  # a bare noun names a document only with the two bodies that sign it or its occasion
            title += signed_by + (_gapped(text, m, title) or _between_before(text, m, title))
            title += told if " между " not in title and " с " not in title else ""
            lead = len(title) - len(title.lstrip("«\"„"))  # «"план действий" …»: its first letter
            data: dict = {"title": title[:lead] + title[lead : lead + 1].upper() + title[lead + 1 :], "status": own[0]}
            if term is not None and term.years is not None:
                data["years"] = list(term.years)
            signed_on = _SIGNED_ON.match(text, end)
            if signed_on:  # «…, заключённого 12 декабря 2019 года»
                month = _MONTHS.index(signed_on["month"]) + 1
                data["when"] = dt.date(int(signed_on["year"]), month, int(signed_on["day"]))
            for item in _each_document(data):  # «соглашения о … и о …»: one document for each
                out.append(Item(item, "check", ["title and status read from the sentence", *own[1:]], sentence=n))
    return told_again(out, sentences)


def _group(text: str, end: int, ahead: str, title: str, signed: bool) -> tuple[str, str]:
    """A group of documents (README convention 5) as (title, what tells it): documents no number
    names exactly («около 20 соглашений», «ряд контрактов», «пакет документов»; one a number names
    is its count, «16 контрактов») or told by their sum («контракты на $56 млн»), told by what
    they are for after the sum («… на 43 млн долларов на поставку техники» → «Контракты на
    поставку техники»), else by the occasion they are signed at («, подписанные во время визита
    …», `deals.occasion`), else, for a sum, by the sum as stated («Соглашения на 20,5 млрд рублей»);
    (`title`, "") for a document that is no group."""
    summed = None if title[:1].isdigit() else _sum_after(text, end)  # «15 контрактов на 20 млн»: named by its count
    exact = None if title[:1].isdigit() or _counted(ahead, len(ahead), 0) is None else _COUNT_BEFORE.search(ahead)
    counted = _HEDGED_COUNT.search(ahead) or _A_NUMBER_OF.search(ahead) or title.lower().startswith("пакет ") or exact
    if not counted and summed is None:
        return title, ""
    if summed is not None and " " not in title:
        about = text[summed.end : _title_end(text, summed.end, summed.end)].split(",")[0].strip()
        if about:
            return f"{title} {about}", ""
    told = deals.occasion(text, title, signed)
    told = re.split(rf"\s+(?={re.escape(title.split()[0][:6])})", told, flags=re.I)[0]  # «в ходе форума контрактов»
    if told or summed is None or " " in title:
        return title + (f" ({(_COUNT_SAID.search(ahead) or exact)[0].strip()})" if told and exact else ""), told
    return f"{title} {text[end : summed.end].strip(' .')}", ""


# «контракты на $56 млн», «соглашения почти на 20 млрд рублей», «контракты на общую сумму более 6 млрд»
_ON_SUM = re.compile(r"\s+(?:[а-яё]+\s+){0,2}?на\s+(?:общую\s+)?(?:сумму\s+)?(?:[а-яё]+\s+){0,2}?\$?\s*$", re.I)


def _sum_after(text: str, end: int):
    """The amount of money that tells documents ending at `end` by their sum: the first one after
    them, «на» (or «на сумму», «на общую сумму») and hedges between; None when none follows so."""
    after = next((a for a in amounts(text) if a.start >= end and a.currency is not None), None)
    between = text[end : after.start] if after is not None else ""
    words = re.findall(r"[а-яё]+", between.lower())
    plain = all(w in ("на", "общую", "сумму", "чем") or is_hedge(w) for w in words)
    return after if after is not None and plain and _ON_SUM.fullmatch(between) else None


def told_again(found: list[Item], sentences: list[str]) -> list[Item]:
    """The documents without one told again: a headline or a lead names a document and the
    text names it once more in other words («Области подписали дорожную карту» … «подписали
    дорожную карту по развитию сотрудничества между областями на 2024–2026 годы»), or the
    other way round. One is the other (`_holds`) when both are of the same kind and status and
    every word of the one is a word of the other, as a stem («России» is «Российской …»,
    «Беларусью» «белорусской …»), the sides its sentence names after «между» too («…
    соглашение подписано между предприятием …» is another document, its sides unread), and one
    of the two is told in the release's first two sentences; the document told in more words is
    kept (of two told in the same words, the first), with the term either gives. A title told
    again word for word is one document."""
    out: list[Item] = []
    for k, item in enumerate(found):
        sides = _sides_said(item, sentences)
        holder = next((o for n, o in enumerate(found) if n != k and _first(o, item) <= 1
                       and _holds(o, item, n < k) and sides <= _stems(o.data["title"])), None)
        if holder is not None:
            if "years" in item.data:
                holder.data.setdefault("years", item.data["years"])
            continue
        if not any(_same_item(kept, item) for kept in out):
            out.append(item)
    return out


def _sides_said(item: Item, sentences: list[str]) -> frozenset[str]:
    """The stems of the first three words after «между» in the sentence of `item`, if any."""
    n = item.sentence
    text = sentences[n] if n is not None and n < len(sentences) else ""
    between = re.search(r"(?<![\w-])между\s+(.*)", text)
    if between is None or _THE_TWO.match(between.group(1)):
        return frozenset()  # «между двумя странами», «между сторонами»: the release's two sides, any title's
    return _stems(" ".join(between.group(1).split()[:3]))


_THE_TWO = re.compile(
    r"(?:(?:двумя|обеими|нашими|нашими\s+двумя)\s+)?(?:странами|государствами|сторонами)(?![\w-])", re.I
)


def _same_item(a: Item, b: Item) -> bool:
    """The same title (case aside) and status: one document told twice («Меморандум … подпишут в
    Минске» in the headline, «планируется подписание меморандума …» in the text)."""
    return a.data["title"].casefold() == b.data["title"].casefold() and a.data["status"] == b.data["status"]


def _first(a: Item, b: Item) -> int:
    """The earlier of the sentences two items were read from."""
    return min(a.sentence if a.sentence is not None else 0, b.sentence if b.sentence is not None else 0)


def _holds(fuller: Item, other: Item, before: bool) -> bool:
    """Whether `other` is the document `fuller` is, told in fewer words: the same status,
    the same noun of kind first, no other term, and every stem of its title a stem of
    `fuller`'s, which has more of them or, told `before` it, as many."""
    years, others = fuller.data.get("years"), other.data.get("years")
    if fuller.data["status"] != other.data["status"] or years and others and years != others:
        return False
    big, small = _stems(fuller.data["title"]), _stems(other.data["title"])
    return _kind(fuller.data["title"]) == _kind(other.data["title"]) and (small < big or before and small == big)


# words that join a title's parts, no stem of what it names
_JOINS = {"о", "об", "по", "в", "во", "с", "со", "между", "и", "на", "для", "до", "к", "от", "из", "при"}


def _stems(title: str) -> frozenset[str]:
    """A title's words as the first five letters of their dictionary forms, a land's noun
    and its adjective as one («Беларусь», «Белоруссия», «белорусский»)."""
    words = re.findall(r"[а-яёa-z0-9-]+", title.lower().replace("ё", "е"))
    lemmas = (inflect.parses(w)[0].normal_form if inflect.parses(w) else w for w in words if w not in _JOINS)
    return frozenset(lemma.replace("беларус", "белорус")[:5] for lemma in lemmas)


def _kind(title: str) -> str:
    """The dictionary form of a title's first noun: the kind of document it names."""
    for word in re.findall(r"[А-Яа-яЁё-]+", title):
        noun = next((p for p in inflect.parses(word) if p.tag.POS == "NOUN"), None)
        if noun is not None:
            return noun.normal_form
    return ""


# what goes on in a title after its term: who it is between («план на 2026–2027 годы между …») and what it
# carries out or develops («план мероприятий на 2024–2026 годы по реализации соглашения …», «… по развитию …»)
_AFTER_TERM = re.compile(r"\s+(?:между|по\s+(?:реализации|развитию|выполнению|исполнению))\s", re.I)


# «портфель взаимных договоров оценивался в …», «сумма заключённых контрактов»: the value of documents, a figure
_VALUE_OF = re.compile(r"(?<![\w-])(?:портфел|сумм|стоимост)\w*\s+(?:[а-яё]+\s+){0,2}$", re.I)


def _valued(text: str, m: re.Match[str]) -> bool:
    """Whether a document is named only for its value («портфель взаимных договоров на
    поставку продукции оценивался в 12 млн долларов»): a figure of contracts, no document."""
    return _VALUE_OF.search(text, 0, m.start()) is not None


def _in_ablt(words: str) -> bool:
    """Whether a document's noun stands in the instrumental: the predicate after «станет», «служит»
    («станет планом действий»), not a subject after its verb («служат Основные направления …»)."""
    return any(p.tag.case == "ablt" for p in inflect.parses(words.split()[0]))


# «дорожная карта станет планом совместных действий …»: a document named as what another one is, no document
_PREDICATE = re.compile(r"(?<![\w-])(?:станет|станут|стал[аио]?|является|являются|служит|служат)\s+$", re.I)
# «договорённость о плане действий — дорожной карте на 2025–2027 годы»: the document after the dash names it
_RENAMED = re.compile(r"\s*[—–]\s+[«\"„]?")


def _renamed(text: str, end: int) -> bool:
    """Whether a document is named again right after a dash by another document's noun
    («договорённость о совместном плане действий — дорожной карте на …»): one document,
    drafted once, by its name after the dash."""
    dash = _RENAMED.match(text, end)
    return dash is not None and _AGREEMENT.match(text, dash.end()) is not None


# «соглашения о взаимном признании … и о сотрудничестве …»: documents in the plural, each about its own subject
# («дорожные карты по развитию … и о торгово-экономическом, научно-техническом … сотрудничестве»: «о» or «по» each)
_TWO_SUBJECTS = re.compile(
    r"^(?P<head>[^,]+?)\s+(?P<p1>об?|по)\s+(?P<a>[^,]+?)\s+и\s+(?P<p2>об?|по)\s+(?P<b>[^,]+(?:,\s+[^,]+)*)$"
)


def _each_subject(title: str) -> list[str]:
    """A title of documents in the plural with two subjects each after «о» or «по»
    («Межправительственные соглашения о взаимном признании … и о взаимном признании …»,
    «Дорожные карты по развитию … и о … сотрудничестве») is one document for each, in the
    singular («Межправительственное соглашение о …»); else the title alone."""
    m = _TWO_SUBJECTS.match(title)
    head = _singular(m["head"]) if m and not re.search(r"(?<![\w-])(?:об?|по)\s", m["head"]) else None
    if m is None or head is None:
        return [title]
    return [f"{head} {m['p1']} {m['a']}", f"{head} {m['p2']} {m['b']}"]


def _each_document(data: dict) -> list[dict]:
    """A document's data for each subject its title names (`_each_subject`); a term after the
    last bounds that one alone (README convention 7)."""
    titles = _each_subject(data["title"])
    items = [{**data, "title": each} for each in titles]
    for item in items[:-1]:
        item.pop("years", None)
    return items


def _singular(words: str) -> str | None:
    """A plural noun and its adjectives in the nominative singular («Межправительственные
    соглашения» → «Межправительственное соглашение»); None when the noun is not plural."""
    parses = [next((p for p in inflect.parses(w) if {"plur", "nomn"} <= p.tag.grammemes
                    and p.tag.POS in ("NOUN", "ADJF")), None) for w in words.split()]
    noun = parses[-1] if parses else None
    if noun is None or noun.tag.POS != "NOUN" or None in parses:
        return None
    single = noun.inflect({"sing", "nomn"})
    gender = single.tag.gender if single is not None else None
    forms = [p.inflect({"sing", "nomn", gender}) for p in parses[:-1] if p is not None and gender] + [single]
    if len(forms) != len(parses) or None in forms:
        return None
    return " ".join(inflect.restore(w, f.word) for w, f in zip(words.split(), forms) if f is not None)


# «Среди них …», «В их числе …»: documents of the count the sentence before gave, in its status
_AMONG_THEM = re.compile(r"\s*(?:Среди\s+(?:них|которых)|В\s+(?:их|том)\s+числе)\s", re.I)


def _aliased(text: str, m: re.Match[str]) -> bool:
    """Whether a document is another name, in brackets, of the one named just before it
    («План мероприятий («дорожная карта») на 2025–2027 годы …»): drafted once, by the first."""
    return re.search(r"(?<![\w-])[а-яё]+\s*\(\s*[«\"„]?\s*$", text[: _qualities(text, m.start())]) is not None


def _not_begun(status: tuple[str, ...], term, release: dt.date) -> tuple[str, ...]:
    """A document whose term begins after the release's year («дорожная карта на 2025–2027
    годы» in a 2024 release) is not in force yet, whatever the sentence says of the sides'
    work («стороны выполняют …»): planned."""
    if status[0] != "in_force" or term is None or term.years is None or term.years[0] <= release.year:
        return status
    return ("planned", "its term begins after the release's year: not in force yet")


# «По итогам заседания … подписали протокол»: the minutes of the event the sentence names
_AFTER_EVENT = re.compile(r"(?<![\w-])по\s+(?:итогам|результатам)\s+(?=\w)", re.I)


def _minutes_of(text: str, title: str) -> str:
    """A protocol named by its noun alone is the minutes of the event after whose end it is
    signed: «По итогам заседания комиссии подписан протокол» → «Протокол заседания комиссии»,
    «протокол, подписанный по результатам переговоров» → «Протокол переговоров»; else `title`."""
    after = _AFTER_EVENT.search(text)
    bare = title.lower() in ("протокол", "протоколы")
    ordinal = _ORDINALS_BEFORE.match(text, after.end()) if after and bare else None
    event = _EVENT.match(text, ordinal.end()) if ordinal else None
    if after is None or event is None:
        return title
    return f"{title} {text[after.end() : name_end(text, event.end())]}"


# «пятого заседания», «VI заседания», «очередного заседания»: what comes before an event's noun
_ORDINALS_BEFORE = re.compile(r"(?:(?:[IVXLC]+|\d+-?[а-я]*|[а-яё]+(?:ого|его|ой|ей|ых|их))\s+){0,2}", re.I)


# «соглашение о сотрудничестве с главой …»: a side named by its head's post
_POST_SIDE = re.compile(
    r"\s(?:с|со)\s+(?:глав|губернатор|председател|министр|мэр|аким|руководител|директор|президент|премьер)\w*$", re.I
)


def _body_of_post(text: str, title: str, end: int) -> str:
    """A title whose side is a person's post, cut there by `name_end`, is signed with the
    body the post heads: «соглашение о сотрудничестве с главой Минского облисполкома Иваном
    …» → «… с Минским облисполкомом»; with no body named, the side is left out."""
    post = _POST_SIDE.search(title)
    if post is None:
        return title
    body = text[end : name_end(text, end)].strip()
    named = nominative_head(body, "gent") if body[:1].isupper() else ""
    instrumental = inflect.inflect_phrase(named, "instrumental") if named else None
    return f"{title[: post.start()]} с {instrumental}" if instrumental else title[: post.start()]


def _schedule(text: str, m: re.Match[str]) -> bool:
    """A programme of a visit, a stay, a day or a forum is its schedule, no document signed:
    «в соответствии с программой пребывания», «программа визита предусматривает …», «в программе дня — …»."""
    if not m.group().lower().startswith("программ"):
        return False
    if _BROADCAST.match(text, m.end()):  # «программа «24 часа» телеканала СТВ»: a broadcast, no document
        return True
    if _DAYS_ORDER.search(text, 0, m.start()):  # «в рамках деловой программы мэра»
        return True
    # «программа предстоящего визита», «программы 14-го заседания»
    after = re.match(r"\s+(?:(?:[а-яё]+(?:ого|его|ой|ей)|\d+-?[а-я]*)\s+)?", text[m.end() :])
    at = m.end() + (after.end() if after else 0)
    # «программа пребывания», «программа дня», «программа недели»: a span's schedule
    return bool(after) and bool(_EVENT.match(text, at) or re.match(r"пребывани|дн(?:я|ей)\b|недел", text[at:], re.I))


# a broadcast's name and its channel after «программа»: «программа «Время» Первого канала», «программы … радио»
_BROADCAST = re.compile(r"\s+(?:[«\"„][^»\"“]{1,40}[»\"“]\s+)?(?:[а-яё]+\s+)?(?:теле|радио)[а-яё]*", re.I)
# a day's order: «деловая программа», «культурной программы»
_DAYS_ORDER = re.compile(r"(?<![\w-])(?:делов|культурн|развлекательн|насыщенн)\w+\s+$", re.I)


# «дорожная карта по реализации Соглашения между …»: a document carried out by another is one of its own
_CARRIED_OUT = re.compile(
    r"\s(?:по\s+(?:реализации|выполнению|исполнению)|во\s+исполнение|в\s+развитие|реализации\s+положений)\s+", re.I
)


def _documents(text: str):
    """Each document of the sentence with where its name ends (`_named`) and whether it is
    named inside another's title; one whose name holds another document it carries out
    («"дорожная карта" по реализации Соглашения между … о … на 2024–2026 годы») runs through
    that document's name to its own term (README convention 7), and that document is named
    in full too, with no term of its own."""
    for m, taken in _named(_AGREEMENT, text, quoted_ends=False):
        taken = _amended(text, m, taken)
        inner = _CARRIED_OUT.search(text, m.end(), taken)
        doc = _carried_out(text, inner.end()) if inner else None
        yield m, taken, False
        if doc is not None and name_end(text, doc.end()) > doc.end():
            yield doc, taken, True


def _carried_out(text: str, at: int) -> re.Match[str] | None:
    """The document named at `at` after «по реализации» or the like, straight away or after up to
    two words of a part of it in lower case («по реализации экономической части Дорожной карты …»)."""
    for _ in range(3):
        doc = _AGREEMENT.match(text, at)
        word = _LOWER_WORD.match(text, at)
        if doc is not None or word is None:
            return doc
        at = word.end()
    return None


_LOWER_WORD = re.compile(r"[а-яё]+\s+")
_CARRIED = ("in_force", "another document carries it out: in force")


# «протокол о внесении изменений и дополнений в соглашение …»: a document that amends another
_AMENDING = re.compile(r"(?<![\w-])(?:внесени|изменени|дополнени|поправ)", re.I)
_INTO = re.compile(rf"\s+(?:в|во)\s+(?:[а-яё]+\s+){{0,2}}?(?={_AGREEMENT.pattern})", re.I)


def _amended(text: str, m: re.Match[str], taken: int) -> int:
    """Where the title of a document that amends another ends: after the name of the one
    amended («протокол о внесении изменений в соглашение о свободной торговле между A и
    B»), which `_named` drafts again as a document of its own; else `taken`."""
    into = _INTO.match(text, taken)
    amended = _AGREEMENT.match(text, into.end()) if into and _AMENDING.search(text[m.end() : taken]) else None
    return name_end(text, amended.end()) if amended else taken


# a document named as a draft: «проект плана консультаций», «обсудили проекты соглашений»
_DRAFT_OF = re.compile(r"(?<![\w-])проект(?:а|ом|у|е|ы|ов|ами|ах)?\s+$", re.I)
# «заключённые ранее контракты на поставки …»: a participle of signing just before the document
_SIGNED_BEFORE = re.compile(r"(?<![\w-])(?:подписанн|заключ[её]нн)\w*\s+(?:ранее\s+|уже\s+|ещё\s+|прежде\s+)?$", re.I)


def _own_status(before: str, status: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """A document's own status where the words just before it say it: a draft («проект
    соглашения») is not signed yet, whatever the sentence says of it (planned); one a
    thing is done under («в рамках программы») is in force; else the sentence's."""
    if _DRAFT_OF.search(before):
        return ("planned", "the release names a draft: the facts model calls that planned")
    if _SIGNED_BEFORE.search(before) and status is not None and status[0] == "planned":
        return ("signed", "a participle says it was signed, whatever is still to come under it")
    return ("in_force",) if _IN_FORCE_BEFORE.search(before) else status


# a document a thing is done under is in force: «во исполнение соглашения …», «в рамках программы …»
_IN_FORCE_BEFORE = re.compile(
    # «на основе соглашения», «связи опираются на договор», «по реализации Соглашения»: it is in force
    # «: по соглашению с … ежегодно лечатся», «, по контракту … отгрузила»: under it, at a clause's head
    r"(?:(?:(?:^|[,:;—–]\s*)по|во\s+исполнение|в\s+рамках|в\s+соответствии\s+с(?:о)?|согласно|на\s+основ(?:ании|е)|в\s+развитие|"
    r"(?:опира|базиру|основыва)\w+\s+на|по\s+(?:реализации|выполнению|исполнению)|"
    r"ход\w*\s+(?:реализации|выполнения|исполнения)|"  # «обсудили ход выполнения соглашений»
    r"(?:внесени|изменени|дополнени|поправ)\w*\s+(?:[а-яё]+\s+){0,2}?в)\s+"
    r"(?:[а-яё]+(?:ой|ей|ого|его|ых|их|ым|им|ому|ему)\s+){0,2}"  # «в рамках реализуемой дорожной карты»
    # «действующий план», «реализуемая программа»: a document in force, whatever the verb
    r"|(?<![\w-])(?:действующ|реализуем|выполняем|исполняем)\w*\s+(?:[а-яё]+\s+)?"
    # «у нас есть соглашение о свободной торговле», «между странами имеется договор»: a document that exists
    r"|(?<![\w-])(?<!не\s)(?:есть|имеется|имеются|существует|существуют)\s+(?:[а-яё]+(?:ое|ая|ые|ий|ый)\s+)?)$",
    re.I,
)
_SIGNED_ON = re.compile(
    r",?\s*(?:подписанн|заключ[её]нн)\w*\s+(?P<day>\d{1,2})\s+(?P<month>"
    + MONTHS_GENITIVE
    + r")\s+(?P<year>\d{4})\s+г"
)
_SIGNING = re.compile(r"(?<![\w-])(?:подписал[иао]?|заключил[иао]?|утвердил[иао]?|подпишут|заключат)(?![\w-])", re.I)


def _signed_between(text: str, start: int, title: str) -> str:
    """« между A и B» when two bodies sign the document («Национальный центр маркетинга
    и Торговая палата Кении подписали меморандум о …»), its title naming no sides of its
    own; persons sign for their bodies, so they are none."""
    verb = list(_SIGNING.finditer(text, 0, start))
    if not verb or re.search(r"\b(?:между|с|со)\s", title) or re.search(r"[,;:]", text[verb[-1].end() : start]):
        return ""
    before = text[: verb[-1].start()]
    sides = signatories(text, verb[-1].start()) or _shared_body(before) or _counterparts(before)
    return f" между {sides}" if sides else ""


# «Белорусская торгово-промышленная палата и её иранские коллеги подписали …»: a body and its counterparts
_COUNTERPARTS = re.compile(r"\s+и\s+(?P<them>(?:его|её|ее|их)\s+(?:[а-яё]+\s+)?(?:коллеги|партн[её]ры))\s*$", re.I)


def _counterparts(before: str) -> str | None:
    """«A и её иранские коллеги» just before the verb of signing, A a body, → «A и её
    иранскими коллегами» in the instrumental: the body and its counterparts of the other side
    are the document's two sides."""
    m = _COUNTERPARTS.search(before)
    body = _signing_body(before[: m.start()]) if m else None
    forms = [inflect.inflect_phrase(said, "instrumental") for said in (body, m["them"])] if m and body else []
    return f"{forms[0]} и {forms[1]}" if forms and all(forms) else None


# «соглашение … заключили A и B.», «соглашение, которое в 2024 году подписали A и B», «… заключили также A и B»: the
# bodies that signed, named after the verb (in a relative clause of the document's own or not), to the clause's end
_SIGNED_BY = re.compile(
    r"(?:\s*,\s*котор\w+(?:\s+[^\s,.;:!?«»\"]+){0,4}?)?\s+(?:подписал[иа]?|заключил[иа]?|утвердил[иа]?)"
    r"(?:\s+(?:также|тоже|сегодня|вчера|накануне|ранее|уже|официально))*\s+(?P<who>[^,.;:!?]+?)\s*(?:[.;!?]|,\s|$)"
)


def _signers_after(text: str, end: int, title: str) -> str:
    """« между A и B» when the verb of signing follows the document and two bodies after it
    sign («В 2011 году соглашение о сотрудничестве заключили Гомельский университет и
    Павлодарский институт» → «… между Гомельским университетом и Павлодарским институтом»;
    «соглашение, которое подписали правительство области и горисполком», «… заключили также
    предприятие «Гомсельмаш» и министерство …»); each names itself by a capital or a name in
    quotes; persons and delegations are none."""
    m = _SIGNED_BY.match(text, end)
    parts = re.split(r"\s+и\s+", m["who"]) if m and not re.search(r"\b(?:между|с|со)\s", title) else []
    if len(parts) != 2 or not all(re.search(r"[А-ЯЁ«\"]", p) and _body(p) for p in parts):
        return ""
    forms = [inflect.inflect_phrase(p, "instrumental") for p in parts]
    return f" между {forms[0]} и {forms[1]}" if all(forms) else ""


# «…подписали план, а секретариат … и аппарат … — меморандум …»: the verb left out after «, а», a dash in its place
_GAPPED = re.compile(r",\s+а\s+(?P<who>[^,.;:—–«»\"]+?)\s+[—–]\s+$")


def _gapped(text: str, m: re.Match[str], title: str) -> str:
    """« между A и B» when the verb of signing is left out of a clause of its own, its signers
    before a dash («…, а государственный секретариат … и аппарат … — меморандум о …» → «… между
    государственным секретариатом … и аппаратом …»); persons are none."""
    gap = _GAPPED.search(text, 0, _qualities(text, m.start()))
    parts = re.split(r"\s+и\s+", gap["who"]) if gap and _SIGNING.search(text, 0, gap.start()) else []
    named = re.search(r"\b(?:между|с|со)\s", title)
    if len(parts) != 2 or named or not all(_body(p[:1].upper() + p[1:]) for p in parts):
        return ""
    forms = [inflect.inflect_phrase(p, "instrumental") for p in parts]
    return f" между {forms[0]} и {forms[1]}" if all(forms) else ""


# «между Минской областью и Южным Синаем подписана дорожная карта …»: the sides named before the verb
_BETWEEN_BEFORE = re.compile(
    r"(?<![\w-])между\s+(?P<sides>[^,.;:—–«»\"]+?\s+и\s+[^,.;:—–«»\"]+?)\s+"
    r"(?:(?:сегодня|вчера|накануне|ранее|уже|также|впервые)\s+)*(?:был[аио]?\s+|будут?\s+)?"  # «… сегодня подписано»
    r"(?:подписан|заключ[её]н|утвержд[её]н|принят)\w*\s+$",
    re.I,
)


def _between_before(text: str, m: re.Match[str], title: str) -> str:
    """« между A и B» when the sentence names the sides before the verb of signing that
    comes just before the document («…, между Минской областью и Южным Синаем подписана
    дорожная карта …»), its title naming none."""
    said = _BETWEEN_BEFORE.search(text, 0, _qualities(text, m.start()))
    return "" if said is None or re.search(r"\b(?:между|с|со)\s", title) else f" между {said['sides']}"


def _body(said: str) -> bool:
    """A body named by its noun in the nominative: no person, post or delegation
    («Гомельский государственный университет», «Минская область», «Минский облисполком»: an
    adjective first, whatever surname the dictionary also reads in it)."""
    for word in said.split():
        if inflect.pos(word) in ("ADJF", "PRTF"):
            continue
        noun = inflect.reading(word, "NOUN")
        if noun is not None:
            group = noun.normal_form in ("делегация", "группа")
            return noun.tag.case == "nomn" and "anim" not in noun.tag and not group
    return False


_WITH = re.compile(r"\s(?:с|со)\s")


def _signer_of(text: str, start: int, title: str) -> str:
    """A title naming only the side signed with («документы о сотрудничестве с китайскими
    провинциями») takes the one body that signs them, named by an adjective and its noun or
    a proper name just before the verb, in the genitive before «с»: «Могилёвская область
    подписала ряд документов о сотрудничестве с …» → «Документы о сотрудничестве Могилёвской
    области с …»; else `title`."""
    verb = list(_SIGNING.finditer(text, 0, start))
    with_whom = _WITH.search(title)
    if not verb or with_whom is None or "между" in title or re.search(r"[А-ЯЁ«\"]", title[1 : with_whom.start()]):
        return title
    if re.search(r"[,;:]", text[verb[-1].end() : start]):
        return title
    who = _signing_body(text[: verb[-1].start()])
    genitive = inflect.inflect_phrase(who, "genitive") if who else None
    return f"{title[: with_whom.start()]} {genitive}{title[with_whom.start() :]}" if genitive else title


def _signing_body(before: str) -> str | None:
    """The one body named just before a verb, up to three words in the nominative from a
    capital: a region's adjective and noun («Могилёвская область»), a proper name, or a body
    with a name after it («Правительство Хабаровского края»); no person, no bare noun that
    opens a sentence («Компания подписала …»)."""
    words = before.split()
    for n in (3, 2, 1):
        said = " ".join(words[-n:]) if len(words) >= n else ""
        first = inflect.parses(said.split()[0])[0] if said[:1].isupper() else None
        if first is None or first.tag.case != "nomn" or not re.fullmatch(r"[А-ЯЁа-яё -]+", said):
            continue
        named = first.tag.POS == "ADJF" or {"Geox", "Orgn"} & first.tag.grammemes or re.search(r"\s[А-ЯЁ]", said)
        if named and _body(said):
            return said
    return None


# «правительства Беларуси и Вологодской области подпишут …»: one body's noun in the plural for two sides
_SHARED_BODY = re.compile(
    r"(?<![\w-])(?P<body>(?i:правительств|министерств|парламент|администраци))[аыи]\s+(?P<of>(?:[а-яё]+\s+){0,3}?)"
    r"(?P<a>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁа-яё][а-яё-]+)?)\s+и\s+(?P<b>[А-ЯЁ][а-яё-]+(?:\s+[а-яё]+)?)\s*$"
)
_BODY_INSTRUMENTAL = {"правительств": "Правительством", "министерств": "Министерством", "парламент": "Парламентом",
                      "администраци": "Администрацией"}


def _shared_body(before: str) -> str | None:
    """«правительства Беларуси и Вологодской области» just before the verb of signing →
    «Правительством Беларуси и Правительством Вологодской области» («министерства
    экономики A и B»: «Министерством экономики A и Министерством экономики B»): each side is
    the body of one of the places named."""
    m = _SHARED_BODY.search(before)
    body = _BODY_INSTRUMENTAL.get(m["body"].lower()) if m else None
    if m is None or body is None or not (m["a"][:1].isupper() and m["b"][:1].isupper()):
        return None
    return f"{body} {m['of']}{m['a']} и {body} {m['of']}{m['b']}"


# «между своими областями»: the sides are the regions the signers head
_OWN_SIDES = re.compile(r"\s+между\s+своими\s+(?P<kind>област|район|город)\w*")
# a region's adjective in a head's post: «Николаевской областной государственной администрации»,
# «Минского облисполкома», «Гомельского областного исполнительного комитета»
_HEAD_OF = re.compile(r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+(?:ск|цк)(?:ой|ого))\s+(?:обл|област)\w*")


def _own_sides(text: str, start: int, title: str) -> str:
    """«соглашение о сотрудничестве между своими областями», signed by the heads of two
    regions («Глава Николаевской областной … администрации и председатель Минского
    облисполкома заключили …») → «… между Николаевской областью и Минской областью»."""
    own = _OWN_SIDES.search(title)
    if own is None or own["kind"] != "област":
        return title
    regions = []
    for m in _HEAD_OF.finditer(text, 0, start):
        parse = inflect.reading(m["adj"], "ADJF")
        form = parse.inflect({"ablt", "sing", "femn"}) if parse is not None else None
        if form is not None:
            regions.append(f"{inflect.restore(m['adj'], form.word)} областью")
    if len(regions) != 2:
        return title
    return f"{title[: own.start()]} между {regions[0]} и {regions[1]}{title[own.end() :]}"


def _title_end(text: str, start: int, taken: int) -> int:
    """Where a document's title ends: after what it is for («договоры на поставку
    молочной продукции», «контракт на строительство …») and its horizon («… до 2030
    года»), which `name_end` leaves out; never past a comma before «и», which joins a
    clause, not a name («… с крупнейшими городами, и город входит …»), nor before a word that
    opens a clause of its own («… сотрудничества, в каком состоянии оно находится …»)."""
    purpose = re.match(r"\s+на\s+([а-яё]+)", text[taken:])
    if purpose and any(
        p.tag.POS == "NOUN" and p.tag.case == "accs" and p.normal_form not in ("сумма", "период", "год", "срок")
        for p in inflect.parses(purpose.group(1))
    ):
        taken = name_end(text, taken + purpose.end())
    taken = _intent_done(text, taken)
    until = _UNTIL.match(text, taken) or _FOR_YEAR.match(text, taken)  # «… до 2030 года», «… на 2023 год»
    end = until.end() if until else taken
    clause = _CLAUSE_AFTER.search(text, start, end)
    end = clause.start() if clause else end
    side = _FROM_SIDE.search(text, start, end)  # «программу с белорусской стороны выполняют …»: who acts, no side
    return side.start() if side and re.match(r"\s+сторон[ыа](?![а-яё])", text[side.end() :]) else end


# nouns of an intent or a decision, which take an infinitive: «о намерениях сотрудничать …», «о решении создать …»
_INTENTS = {"намерение", "решение", "готовность", "стремление", "договорённость", "договоренность"}


def _intent_done(text: str, taken: int) -> int:
    """Where a title ending in a noun of intent goes on: over the infinitive after it and what
    that governs («протокол о намерениях сотрудничать между управлением … и агентством …»)."""
    last = re.search(r"([а-яё]+)$", text[:taken], re.I)
    verb = re.match(r"\s+([а-яё]+)", text[taken:])
    noun = inflect.reading(last.group(1), "NOUN") if last else None
    if noun is None or noun.normal_form not in _INTENTS or verb is None or inflect.pos(verb.group(1)) != "INFN":
        return taken
    return name_end(text, taken + verb.end())


# «с белорусской стороны», «со стороны …»: on whose part a deed is done, no side a document is signed with
_FROM_SIDE = re.compile(r"\s+со?\s+[а-яё]+(?:ой|ей)$", re.I)


# a comma and «и», or a comma and a word that opens a clause («, в каком …», «, как …», «, что …»), or a case of
# the documents named («…, в том числе в военно-технической сфере», «…, включая …», «…, среди них …»)
_CLAUSE_AFTER = re.compile(
    r",\s+(?:и|(?:(?:в|на|о|об|по|с|к|за|из)\s+)?(?:как\w*|котор\w+|что|чем|где|когда|куда|откуда|чтобы)|"
    r"в\s+том\s+числе|включая|среди\s+(?:них|которых))(?![\w-])",
    re.I,
)


# «подписали 22 контракта», «заключено 7 соглашений»: documents counted, the count in figures; a hedged
# count («почти 600 соглашений», «более 250 документов») is a statistic, no list of documents
_COUNT_BEFORE = re.compile(r"(?<!почти\s)(?<!более\s)(?<!около\s)(?<!свыше\s)(?<!порядка\s)(?:^|(?<=[\s(]))\d{1,4}\s+$")
_A_NUMBER_OF = re.compile(r"(?<![\w-])ряд\s+$", re.I)  # «подписан ряд стратегических контрактов»: documents counted
# («более чем 40 действующими соглашениями»: a participle of status between)
_HEDGED_COUNT = re.compile(
    r"(?<![\w-])(?:почти|более(?:\s+чем)?|около|свыше|порядка)\s+\d[\d\s]*\s+(?:[а-яё]+(?:ими|ыми|ых|их)\s+)?$", re.I
)


# a number and what may stand between it and the documents it counts: adverbs, adjectives and participles
# («26 уже действующих соглашений», «89 межрегиональных соглашений»), no noun («в 2024 году подписали соглашение»)
_NUMBER_AHEAD = re.compile(r"(?<![\w-])\d+\s+((?:[а-яё]+\s+){0,2})$", re.I)
_IN_ALL = re.compile(r"(?<![\w-])(?:всего|в\s+общей\s+сложности)(?![\w-])", re.I)


def _counted_so_far(text: str, at: int, status: str) -> bool:
    """Whether the agreements at `at` are a treaty base counted so far (README convention 5): a
    number counts them and they are in force («Ещё 89 соглашений реализуются …», «к 26 уже
    действующим соглашениям …») or the clause totals them with no event they were signed at
    («Всего область подписала 26 соглашений»; «всего подписано 14 документов в результате
    переговоров» totals a visit's); a count, no item. Programmes and plans counted are named
    packages («28 союзных программ»), no treaty base."""
    count = _NUMBER_AHEAD.search(text, 0, at)
    if count is None or not text[at:].lower().startswith(("соглашени", "договор", "документ")):
        return False
    if not all(inflect.pos(w) in ("ADJF", "PRTF", "ADVB") for w in count.group(1).split()):
        return False
    total = _IN_ALL.search(text, clauses.start(text, count.start(), clauses.PART), at) and not _EVENT.search(text)
    return status == "in_force" or bool(total)


def _counted_title(text: str, m: re.Match[str], end: int, start: int, signed: bool) -> str:
    """A document's title from its adjectives at `start` (`_qualities`) to `end` in the nominative,
    a count before it kept as written («подписали 22 контракта на поставку …» → «22 контракта на
    поставку …»); but documents a count names with nothing they are about, signed at one occasion
    their sentence names, are a group the occasion tells (README convention 5: «За время визита
    подписано 23 соглашения» → «Соглашения», `_group` making it «Соглашения (23), подписанные за время визита»);
    documents not `signed` yet («согласованы 28 программ») keep their count."""
    counted = _counted(text, start, end)
    if counted is not None and (text[m.end() : end].strip() or not signed or not _signed_at_once(text)):
        return counted
    plural = _plural(text[start:end]) if counted is not None and not counted.startswith("1 ") else None
    return plural or _quoted_title(text, m, end, start)


def _plural(words: str) -> str | None:
    """A noun and its adjectives after a count in the nominative plural («межрегиональных
    соглашения» → «межрегиональные соглашения», «меморандума» → «меморандумы»); None when
    a word is none of these."""
    forms = []
    for word in words.split():
        found = next((p for p in inflect.parses(word) if p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "gent"), None)
        plural = found.inflect({"plur", "nomn"}) if found is not None else None
        if plural is None:
            return None
        forms.append(inflect.restore(word, plural.word))
    return " ".join(forms)[:1].upper() + " ".join(forms)[1:] if forms else None


# «за время визита», «за время поездки делегации»: the span of one visit, an occasion said once
_VISIT_SPAN = re.compile(r"(?<![\w-])за\s+время\s+(?:[а-яё]+\s+){0,2}?(?:визит|поездк|мисси)", re.I)
# the count of a group as the release says it, with its hedge: «больше 9», «23»
_COUNT_SAID = re.compile(r"(?:(?:почти|более|больше|около|свыше|порядка)\s+)?\d{1,4}\s+$", re.I)


def _signed_at_once(text: str) -> bool:
    """Whether the sentence names one occasion its documents were signed at («по итогам переговоров»,
    «в ходе визита», «за время визита»; not «за время форума», which may span its years)."""
    told = deals.occasion(text, "документы", True)
    return bool(told) and (bool(deals.occasion(text, "документы", True, once=True)) or bool(_VISIT_SPAN.search(text)))


def _counted(text: str, start: int, end: int) -> str | None:
    """A title that a count stands before, with its count and as written («подписали 22
    контракта на общую сумму …» → «22 контракта»: a count of things is the same in the
    nominative and the accusative), not after a preposition («в рамках 5 соглашений»); else None."""
    count = _COUNT_BEFORE.search(text[:start])
    if count is None or re.search(r"(?<![\w-])(?:в|во|на|по|о|об|с|со|из|для|от|до|при|к|рамках|ходе)\s+$",
                                  text[: count.start()], re.I):
        return None
    return text[count.start() : end]


def _quoted_title(text: str, m: re.Match[str], end: int, start: int | None = None) -> str:
    """A document's title in the nominative, from `start` (its adjectives) or its noun;
    one whose name is in quotes keeps them, and what follows them («"Дорожную карту" по
    развитию …» → «"Дорожная карта" по развитию …»)."""
    closing = re.search(r"[»\"“”]", text[m.start() : end]) if text[m.start() - 1 : m.start()] in "«\"„" else None
    if closing is None:
        start = m.start() if start is None else start
        return _nominative_title(text[start:end], text[:start])
    inner = _nominative_title(text[m.start() : m.start() + closing.start()], text[: m.start() - 1])
    return f"«{inner}»{text[m.start() + closing.end() : end]}"


# «контракты на поставку …», «контракт ОАО "…" с …»; «на общую сумму» is a figure
# («контракты в сфере военно-технического сотрудничества», «контракты по поставкам …»: what they are about)
_CONTRACT_FOR = re.compile(
    r"\s+(?:(?:на|о|об|по|с|со)(?![а-яё-])|в\s+(?:сфер|област)[а-яё]*|[А-ЯЁ]{2,5}\s+[«\"„]|[«\"„])\s?"
)


def _named_contract(text: str, m: re.Match[str]) -> bool:
    """Whether a contract is named (what it is for follows, or adjectives of its kind
    precede: «взаимовыгодных контрактов»), and a document (what it is about follows, or it
    is signed with adjectives of its kind, «подпишут ряд официальных документов», or with a count,
    «подписали 14 документов», README convention 5); any other document is."""
    noun = m.group().lower()
    if noun.startswith("документ"):
        about = re.match(r"\s+(?:о|об)\s", text[m.end() :])
        kind = _qualities(text, m.start()) < m.start() or _COUNT_BEFORE.search(text[: m.start()]) is not None
        return bool(about) or kind and bool(_SIGNING_WORD.search(text))
    if not noun.startswith("контракт"):
        return True
    counted = _COUNT_BEFORE.search(text[: m.start()]) is not None  # «подписали 22 контракта»
    return counted or bool(_CONTRACT_FOR.match(text, m.end())) or _qualities(text, m.start()) < m.start()


_SIGNING_WORD = re.compile(r"(?<![\w-])(?:подпи[сш]|заключ|парафир)\w*", re.I)


# adjectives that point, count or refer back name no kind of document: «данное соглашение», «ряд»
_NO_QUALITY = {"данный", "настоящий", "такой", "который", "этот", "весь", "другой", "каждый", "указанный", "свой"}


def _qualities(text: str, at: int) -> int:
    """Where a document's adjectives of kind begin before its noun at `at` («взаимовыгодных
    контрактов», «межправительственное соглашение»): up to two, agreeing with the noun in
    case and number; `at` when there are none."""
    noun = re.findall(r"^[а-яё]*", text[at:].lower())[0]
    forms = {(p.tag.case, p.tag.number) for p in inflect.parses(noun) if p.tag.POS == "NOUN"}
    start = at
    for _ in range(2):
        word = re.search(r"([А-Яа-яЁё-]+)\s+$", text[:start])
        readings = inflect.parses(word.group(1)) if word else []
        adjectives = [p for p in readings if p.tag.POS == "ADJF"]
        if word is None or not any((a.tag.case, a.tag.number) in forms for a in adjectives) or any(
            a.normal_form in _NO_QUALITY or "Apro" in a.tag for a in adjectives
        ) or any(p.tag.POS == "PRTF" for p in readings):  # «действующая программа»: a participle of status
            break
        start = word.start(1)
    return start


def _nominative_title(title: str, before: str) -> str:
    """A title in the nominative; after «проект», «во исполнение», «в рамках», «помимо» a
    document stands in the genitive singular («проект соглашения о …» → «Соглашение о …»), not
    the plural; documents joined by «и» are each in the nominative («соглашений и
    банковских контрактов» → «соглашения и банковские контракты»)."""
    lead = nominative_phrase(title)
    if lead and " и " in lead and len(lead.split()) < len(title.split()) + 1:
        return " ".join([lead, *title.split()[len(lead.split()) :]])
    if re.search(r"(?:проект\w*|исполнени\w|рамках|основании|основе|развитие|подписани\w|заключени\w|ратификаци\w|"
                 r"реализации|выполнению|подготовк\w|разработк\w|доработк\w|обновлени\w|продлени\w|пересмотр\w*|"
                 # «помимо соглашения с …», «кроме договора о …»: a preposition that governs the genitive
                 r"(?<![\w-])(?:помимо|кроме|вместо|для|без|после|из|от))\s+$",
                 before, re.I) or _after_noun(before, title):
        singular = _genitive_singular(title)
        if singular:
            return singular
    return nominative_head(title)


def _after_noun(before: str, title: str) -> bool:
    """Whether a capitalised document's name stands in the genitive after a noun that governs
    it («положений Договора о создании …», «к 25-летию Договора …»): the singular is meant."""
    last = re.search(r"([А-Яа-яЁё0-9-]+)\s+$", before)
    if not title[:1].isupper() or last is None:
        return False
    return inflect.pos(last.group(1)) == "NOUN"


def _genitive_singular(title: str) -> str | None:
    """A title whose noun, and the adjectives before it, stand in the genitive singular, in
    the nominative singular («дорожной карты по …» → «дорожная карта по …»); None else."""
    words = title.split()
    found = [next((p for p in inflect.parses(word) if {"gent", "sing"} <= p.tag.grammemes
                   and p.tag.POS in ("NOUN", "ADJF")), None) for word in words[:3]]
    k = next((n for n, p in enumerate(found) if p is None or p.tag.POS == "NOUN"), None)
    noun = found[k] if k is not None else None
    if k is None or noun is None:
        return None
    # the adjectives take the noun's gender («большого пакета» → «большой пакет», not «большое»)
    forms = [p.inflect({"nomn", "sing", noun.tag.gender or "masc"}) for p in found[:k] if p is not None]
    forms.append(noun.inflect({"nomn", "sing"}))
    if None in forms:
        return None
    return " ".join([*(inflect.restore(w, f.word) for w, f in zip(words, forms) if f is not None), *words[k + 1 :]])


_OLD_SIGNING = ("in_force", "signed over a year before the release: counted as in force")


def _long_ago(text: str, release: dt.date) -> bool:
    """Whether `text` dates a signing a year or more before the release («подписанное в 1997 году», «год назад»)."""
    return any(_months_before(m, release) >= 12 for m in _SIGNED_IN.finditer(text)) or bool(_AGO.search(text))


def _earlier_year(text: str, release: dt.date) -> bool:
    """Whether `text` dates a signing in a year before the release's («в 2024 году подписали» in 2025)."""
    return any(_signed_when(m)[1] < release.year for m in _SIGNED_IN.finditer(text))


def _status_of(text: str, at: int, release: dt.date) -> tuple[str, ...] | None:
    """The status of the document at `at`: the one told by the predicate nearest it, read in
    its own stretch of the sentence (`clauses.PREDICATE`: «Год назад подписали дорожную карту, и
    сегодня тракторы готовятся …» signed, whatever the tractors do; «подписаны ряд соглашений и
    реализуется дорожная карта»: each its own), then outwards; a signing told by its noun alone
    («подписание») takes the tense of a plan or a drafting further on, if any, and a document only
    talked over the status any other stretch tells; a signing the sentence dates a year or more back
    is in force wherever it dates it. None when no stretch tells a status."""
    weak = None  # «вопрос подписания соглашения прорабатывался», «обсудили продление соглашения»: no tense of its own
    for a, b in clauses.nearest_first(clauses.pieces(text, clauses.PREDICATE), at):
        found = _agreement_status(text[a:b], release)
        cue = _SIGNED.search(text, a, b) if found is not None and found[0] == "signed" else None
        if found == _TALKED or cue is not None and _VERBAL_NOUN.fullmatch(cue.group()):
            weak = weak or found
        elif found is not None and (weak is None or weak == _TALKED or found[0] == "planned"):
            return _OLD_SIGNING if found[0] == "signed" and _long_ago(text, release) else found
    return _OLD_SIGNING if weak and weak[0] == "signed" and _long_ago(text, release) else weak


_VERBAL_NOUN = re.compile(r"подписани[ея]|заключени[ея]", re.I)
# a signing named by its noun with no verb in the past beside it is one to come («предусматривает подписание»),
# unless a time is counted from it («с момента подписания», «годовщина подписания», «после подписания»)
_SINCE_SIGNING = re.compile(
    r"(?<![\w-])(?:с\s+(?:момента|даты|дня|тех\s+пор)|со\s+дня|после|годовщин\w*|юбиле\w*|лет\w*|\d+-лети\w*)\s+(?:[а-яё]+\s+)?$",
    re.I,
)
_NOUN_ONLY = ("planned", "the release names the signing by its noun, with no verb in the past: planned")


def _told_status(sentences: list[str], n: int, at: int, release: dt.date) -> tuple[str, ...] | None:
    """The status of the document at `at` in sentence `n` (`_status_of`); a signing named by its
    noun alone right after a sentence telling documents signed is that signing («Подписанные
    сегодня документы — прорыв». «…, а подписание соглашений даст старт проекту»): signed."""
    found = _status_of(sentences[n], at, release)
    if found == _NOUN_ONLY and n and _agreement_status(sentences[n - 1], release) == ("signed",):
        return ("signed", "the sentence before tells the signing")
    return found


def _past_verb(text: str) -> bool:
    """Whether a verb in the past tense stands in `text` («состоялось подписание», «последовало заключение»)."""
    return any(
        (found := inflect.parses(w)) and found[0].tag.POS == "VERB" and found[0].tag.tense == "past"
        for w in re.findall(r"[а-яё]+", text.lower())
    )


_TALKED = ("planned", "the release says it was discussed: the facts model calls that planned")
# the verbs of signing a document, as dictionary lemmas
_SIGNING_VERBS = {"подписать", "заключить", "утвердить", "парафировать"}


def _signing_to_come(text: str) -> bool:
    """Whether a verb of signing in the future tense tells the signing, whoever signs («мы
    подпишем», «министр подпишет», «стороны заключат», «области утвердят»): a document to come."""
    for word in re.findall(r"(?<![\w-])(?:подпиш|заключ|утверд|парафир)[а-яё]*", text, re.I):
        parse = inflect.parses(word)[0]
        if parse.tag.POS == "VERB" and parse.tag.tense == "futr" and parse.normal_form in _SIGNING_VERBS:
            return True
    return False


def _agreement_status(text: str, release: dt.date) -> tuple[str, ...] | None:
    """(status, note): «подпишут» planned, «подготовить» planned (being drafted),
    «подписали» signed, «выполняет», «действует» in force; signed in a year before the
    release's («подписанное в 1997 году», «в 2023 году … подписали») in force; None without a cue."""
    if _PLANNED.search(text) or _TO_COME_INTO_FORCE.search(text) or _signing_to_come(text):
        return ("planned",)
    if _DRAFTING.search(text):
        return ("planned", "the release says it is being drafted: the facts model calls that planned")
    signed = list(_SIGNED.finditer(text))
    if signed and all(_NOT_YET.search(text[: m.start()]) for m in signed):
        return ("planned", "the release says it is not signed yet")  # «соглашение до сих пор не подписано»
    if signed and _UNREAL.search(text, 0, signed[0].start()):  # «чтобы были подписаны соглашения»: wished
        return ("planned", "the release wishes it signed: the facts model calls that planned")
    if signed and all(_ALREADY.search(text, 0, m.start()) and _STATE.fullmatch(m.group()) for m in signed):
        return ("in_force", "signed already: a total so far, counted as in force")  # «уже заключены соглашения с …»
    attributive = all(_attributive(text, m) for m in signed)
    if signed and (_long_ago(text, release) or attributive and _earlier_year(text, release)):
        return _OLD_SIGNING  # «соглашение, которое в 2024 году подписали …» in a 2025 release: in force
    if signed and all(_VERBAL_NOUN.fullmatch(m.group()) and not _SINCE_SIGNING.search(text, 0, m.start())
                      for m in signed) and not _past_verb(text):
        return _NOUN_ONLY  # «программа визита предусматривает подписание …», «в программе — подписание …»
    if signed and not (attributive and _IN_FORCE.search(text)):
        return ("signed",)  # «подписанный протокол сейчас выполняется»: in force
    if _IN_FORCE.search(text):
        return ("in_force",)
    if _TALKED_OVER.search(text):  # «Сегодня мы обсуждали дорожную карту …»: not signed yet
        return _TALKED
    return None


# a document talked over with no word of its signing or of its being carried out is still to come: the
# object of the talk («обсуждали дорожную карту …», «обсудят проект соглашения»), or its subject before it
# in one clause («Дорожную карту … обсудят в Караганде»); «обсудили участие в программе …» talks of a deed
_TALK = r"обсу(?:дил|ждал|ждают|ждает|дят|ждается|ждаются|ждались|ждался|ждалась)\w*"
_DOC_NOUN = r"(?:программ|соглашени|меморандум|договор(?!ил)|дорожн\w*\s+карт|план|протокол)\w*"
_TALKED_OVER = re.compile(
    rf"(?<![\w-]){_TALK}\s+(?:[а-яё]+\s+){{0,2}}?(?:проект\w*\s+)?{_DOC_NOUN}|"
    rf"(?<![\w-]){_DOC_NOUN}[^,.;:!?]{{0,80}}?\s{_TALK}",
    re.I,
)


# «уже заключены», «уже были подписаны»: documents signed so far, README convention 2's total so far; the state
# a short participle tells, not the act a verb does («стороны уже подписали соглашение» at the visit: signed)
_ALREADY = re.compile(r"(?<![\w-])уже\s+(?:был[аио]?\s+)?$", re.I)
_STATE = re.compile(r"(?:подписан|заключ[её]н)[ыоа]?", re.I)
# the subjunctive («чтобы были подписаны», «хорошо бы подписали»): a signing wished, not done
_UNREAL = re.compile(r"(?<![\w-])(?:чтобы|бы)(?![\w-])", re.I)


# «до сих пор не подписано», «так и не был подписан»: a signing denied, the document still to come
_NOT_YET = re.compile(r"(?<![\w-])не\s+(?:был[аои]?\s+|будет\s+|будут\s+)?$", re.I)


# «…, которую утвердили главы государств», «…, который был подписан в мае»: a signing told of a
# document in a clause of its own, as a participle would
_RELATIVE = re.compile(r"(?<![\w-])котор\w+(?:\s+[^\s,.;:]+){0,4}\s+$", re.I)


def _attributive(text: str, signed: re.Match[str]) -> bool:
    """Whether a word of signing describes a document rather than tells the news: a
    participle («подписанное в 1997 году») or a verb in a relative clause («карта, которую
    утвердили главы государств, выполняется»)."""
    word = signed.group().lower()
    return word.startswith(("подписанн", "заключённ", "заключенн")) or bool(_RELATIVE.search(text[: signed.start()]))


SECTORS = (
    ("food", "Продовольственные товары", r"продовольств|продукт\w+\s+питан|молоч|мясн|сельскохозяйственн\w+\s+продукц"),
    ("agriculture", "Сельское хозяйство", r"сельскохозяйственн\w+\s+техник|аграри|агропром|сельхоз"),
    ("construction", "Строительный комплекс", r"строител|строительств|проектирован"),
    ("lifts", "Лифтовое оборудование", r"лифт"),
    ("water", "Водоснабжение и коммунальное хозяйство", r"водоснабж|очистн|водоотвед|жкх|коммунальн"),
    ("transport", "Транспорт", r"транспорт|автобус|троллейбус|трамва|перевозчик|пассажирск"),
    ("industry", "Промышленный комплекс", r"промышлен|машиностро|трактор|завод|сборочн|локализац|кооперац"),
    ("energy", "Энергетика", r"энергет|электроэнерг|газ\b|нефт"),
    ("education", "Образование и наука", r"образован|университет|студент|наук"),
    ("health", "Здравоохранение", r"здравоохран|медицин|фармац"),
    ("tourism", "Туризм", r"туризм|турист"),
    ("culture", "Культура и гуманитарное сотрудничество", r"культур|гуманитарн"),
    ("logistics", "Логистика", r"логисти|бирж|склад"),
)
_PROPOSED = re.compile(
    r"готов[аы]?\b|предлага|предложил|заинтересован|перспектив|мож(?:ем|ет)\b|могут\b|надеем|надеюсь|планиру|"
    r"рассмотреть|намерен|потенциал|необходимо|следует|пригласил",
    re.I,
)
_EXISTING = re.compile(
    r"идут|осуществля|участву|поставля|работа[ею]т|введен|реализ|налажен|поставил|открыт|действу|сотруднича", re.I
)


def sectors(sentences: list[str], used: set[int]) -> list[Item]:
    """Sentences about a branch of cooperation, grouped by sector, as what exists
    («активно идут поставки») or what is proposed («готовы предложить»)."""
    grouped: dict[str, Item] = {}
    for n, text in enumerate(sentences):
        if n in used:
            continue
        sector = next(((sid, name) for sid, name, cue in SECTORS if re.search(cue, text, re.I)), None)
        part = "proposed" if _PROPOSED.search(text) else "existing" if _EXISTING.search(text) else None
        if sector is None or part is None:
            continue
        item = grouped.setdefault(
            sector[0],
            Item({"id": sector[0], "name": sector[1]}, "guess", ["sector and statements chosen by keywords"]),
        )
        item.data.setdefault(part, []).append({"text": statement(text), "quote": text.strip(), "_sentence": n})
    return list(grouped.values())


_LEAD = re.compile(
    r"^(?:(?:По\s+(?:его|ее|её|их)\s+словам|Кроме\s+того|Также|При\s+этом|В\s+то\s+же\s+время),\s+|"
    rf"(?:[А-ЯЁ][\w-]+\s+){{1,3}}{SAID},\s+что\s+)"
)
_QUOTES = "\"«»„“”"
# «…, – сказал он», «— считает министр», «— обратил внимание …»: who said the sentence, after it
_SAID_TAIL = re.compile(rf",?\s*[-–—]\s*(?:{SAID}|считает|обратил)[^.]*")


def statement(text: str) -> str:
    """A release's sentence as a memo's claim: without «, – сказал он», «По его словам,»
    and quotation marks left open by the sentence split."""
    text = _SAID_TAIL.sub("", text)
    text = _LEAD.sub("", text.strip()).rstrip(".").strip()
    while text and text[0] in _QUOTES and sum(text.count(q) for q in _QUOTES) % 2:
        text = text[1:].strip()
    while text and text[-1] in _QUOTES and sum(text.count(q) for q in _QUOTES) % 2:
        text = text[:-1].strip()
    text = re.sub(r"^[-–—]\s*", "", text)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


_FLOW = re.compile(
    r"(?P<exports>основ\w+\s+(?:белорусского\s+)?экспорта\s+(?:стали|составили|составляют|являются)|"
    r"(?:из\s+(?:Беларуси|Белоруссии|Республики\s+Беларусь)\s+в\s+\S+|белорусск\w+\s+экспорт\w*)\s+(?:\w+\s+)?"
    r"(?:поставля\w+|экспортир\w+|составля\w+|составили|стали))|"
    r"(?P<imports>(?:из\s+\S+(?:\s+\S+)?\s+в\s+(?:Беларусь|Белоруссию|Республику\s+Беларусь)|"
    r"\S+\s+(?:поставля\w+|поставил\w*|экспортир\w+)\s+в\s+(?:Беларусь|Белоруссию))\s+(?:\w+\s+)?(?:поставля\w+|поставлял\w*)?)",
    re.I,
)
_END_OF_LIST = re.compile(
    r"\s*(?:,\s*)?(?:а\s+также\s+)?(?:и\s+)?(?:друг\w+(?:\s+\w+){0,3}|прочее|и\s+т\.\s?д\.)\s*$", re.I
)


def structure(sentences: list[str], used: set[int]) -> dict[str, Item]:
    """«Основой белорусского экспорта стали A, B и другое» → exports: A, B;
    «Из области в Беларусь поставлялись C, D» → imports: C, D."""
    out: dict[str, Item] = {}
    for n, text in enumerate(sentences):
        m = _FLOW.search(text)
        if n in used or m is None:
            continue
        side = "exports" if m["exports"] else "imports"
        names = [nominative_head(x) for x in _list_items(text[m.end() :])]
        if len(names) >= 2 and side not in out:
            items = [{"name": name} for name in names]
            out[side] = Item({"items": items, "_sentence": n}, "check", ["goods read from a list"], sentence=n)
    return out


def _list_items(text: str) -> list[str]:
    text = text.strip().rstrip(".")
    text = _END_OF_LIST.sub("", text)
    # Only commas part the list: «тракторы и седельные тягачи» is one group of goods.
    parts = re.split(r",\s*|\s+а\s+также\s+", text)
    return [p.strip() for p in parts if p.strip() and len(p.split()) <= 8]
