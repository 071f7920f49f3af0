"""Sentences of a release and its date → drafted figures: indicator, period, value,
hedge, growth with its base, share, rank and status, each keeping its sentence.

One sentence is read at a time. An amount takes the indicator named nearest before it
(«товарооборот … составил $316,4 млн»), the period named nearest before it (else after
it, else the sentence before), and the growth, share or place stated after it up to the
next amount. What cannot be tied to an indicator is left for the list of sentences
the draft could not place. No I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from memogen.draft import balance, clauses, counts, deals, flows, growth, holders, periods, ranks, shares, sides, tenses
from memogen.draft import numbers as num
from memogen.draft.indicators import BUYING, EXPORT_NOUN, IMPORT_NOUN, SELLING, TRADE_WORD, indicator_of, names_trade
from memogen.draft.model import UNSTATED, Item, accepts, count_indicator, supports
from memogen.draft.periods import Mention, mentions
from memogen.draft.words import nominative_phrase, parses
from memogen.facts.periods import Period
from memogen.indicators import AMOUNTS, FLOWS, MIRROR, TRADE
from memogen.inflect import inflect_phrase
from memogen.reading import HEDGE_GROUPS

_INDICATORS = (
    # «сальдо взаимной торговли с …», «дефицит торгового баланса»: the trade named is the balance's
    ("balance", r"(?:сальдо|(?<!\w)(?:дефицит|профицит)\w*"
                r"(?=\s+(?:торгов|баланс|внешн|взаимн|составил|достиг|[—–]|в\s+размере)))"
                r"(?:\s+(?:во?\s+)?(?:(?:внешн|взаимн|двусторонн)\w*\s+)?(?:торгов\w*|(?:товаро)?оборот\w*))?"
                r"(?:\s+баланс\w*)?"),  # «сальдо внешнеторгового оборота товаров»: the balance's, no turnover
    (
        "turnover",
        # «объём экспорта и импорта достиг 229 млн»: both flows together, one amount, are the turnover
        # (turnover is read before the flows so that the pair wins over its first word)
        r"(?:экспорт\w*|вывоз\w*)\s+и\s+(?:импорт\w*|ввоз\w*)(?![^.;]*соответственно)|"
        r"(?:импорт\w*|ввоз\w*)\s+и\s+(?:экспорт\w*|вывоз\w*)(?![^.;]*соответственно)|"
        r"товарооборот\w*|товарообмен\w*|(?:внешне)?торгов\w+\s+оборот\w*|"
        r"внешнеэкономическ\w+\s+оборот\w*|"  # «внешнеэкономический оборот Коми и Беларуси»: foreign trade
        r"оборот\w*\s+(?:(?:внешн|взаимн|двусторонн)\w*\s+)?торговл\w*|"  # «оборот внешней торговли с …»
        # «оборот товаров и услуг двух стран достиг …»: a bare «оборот» of goods
        r"(?<![-\w])оборот\w*(?=\s+(?:(?:взаимн|внешн)\w+\s+)?товар(?:ов|ами)(?![\w-]))|"
        # «объём германо-белорусской торговли», «российско-белорусская торговля»: the two sides' trade
        r"объ[её]м\w*\s+(?:взаимн\w+\s+|двусторонн\w+\s+|[а-яё]+о-[а-яё]+\w*\s+|(?:[а-яё]+\s+)?внешн\w+\s+)?торговл\w*|"
        r"(?:взаимн|двусторонн|[а-яё]+о-[а-яё]+(?:ая|ой|ую))\w*\s+торговл\w*|"
        r"торговл\w+\s+между|торговл\w+\s+(?:с|со)\s|цифр\w+\s+взаимной\s+торговли|(?<![-\w])торговля\b|"
        r"наторгова\w*|"  # «стороны наторговали на 9 млрд»
        r"(?<![-\w])торгу(?:ет|ют|ем)\b|(?<![-\w])торговал[аио]?\b|"  # «область торгует с Аргентиной — 7,7 млн»
        # «Оборот у нас — …», «оборот с краем составил …»: a bare «оборот» with the sides or a dash
        r"(?<![-\w])оборот(?:а|у|ом|е)?(?=\s+(?:у\s+нас\b|между\b|со?\s+[А-ЯЁ]|[—–]\s))",
    ),
    # «экспортёры» are people, «импортозамещение» and «экспортно-ориентированный» a policy: not a flow
    ("exports", rf"(?:{EXPORT_NOUN})\w*"),
    ("imports", rf"(?:{IMPORT_NOUN})\w*"),
)
_INDICATOR = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _INDICATORS), re.I)
_STATUS = (
    (
        "target",
        re.compile(
            r"задач\w*|цел[ьи]\b|довести|планиру\w*\s+(?:увелич|нарастить|довести)|"
            # «рассчитывает как минимум удвоить эти объёмы»: an intent to raise a level is a target
            r"рассчитыва\w*\s+(?:(?:как\s+)?минимум\s+)?(?:увелич|нарасти|довести|удвои|утрои)|стрем(?:имся|ится|ятся|иться)\b|"
            r"намерен[аы]?\b|намерева\w*|"
            # «эту сумму мы можем удвоить», «объёмы нужно утроить»: a multiple a level can or must reach
            r"(?:мож(?:ем|ет|ете|ут|но)|сможем|смогут|нужно|надо|необходимо)\s+(?:[а-яё]+\s+)?(?:удвои|утрои|учетвери)\w*|"
            # «поручил как минимум втрое увеличить товарооборот»: a task set
            r"поруч(?:ил|ен|ени)\w*\s+(?:[а-яё]+\s+){0,4}?(?:увелич|нарасти|довести|удвои|утрои)|"
            # «проект по поставке 700 единиц»: a supply planned, not made
            r"\bпроект\w*\s+по\s+(?:поставк|выпуск|производств|строительств|сборк)\w*|"
            r"планк\w*|(?<!удалось )(?<!смогли )(?<!сумели )(?<!может )(?<!могут )\bвыйти\s+на\b|\bвыход\w*\s+на\b|"
            # «этап рассчитан на технику …», «поручил втрое увеличить»: a plan's size, a task set
            r"\bрассчитан[аоы]?\s+на\b|\bпоруч(?:ил|ила|или|ено|ение)\b",
            re.I,
        ),
    ),
    (
        "forecast",
        re.compile(
            r"ожида|прогноз|(?<![а-яё])будет\b|планиру(?:ем|ет|ют|ется|ются)\b|превыс(?:ит|ят)\b|состав(?:ит|ят)\b|"
            # «достигнут» is also the participle: «был достигнут объём в 2,2 млрд» reports it
            r"(?<!был\s)(?<!была\s)(?<!было\s)(?<!были\s)достигн(?:ет|ут)\b|"
            r"выйд(?:[её]м|ет|ут)\b|"
            r"мо(?:жет|гут)\s+(?:достичь|составить|вырасти|выйти|превысить|увеличиться)|рассчитыва|надеюсь",
            re.I,
        ),
    ),
    ("estimate", re.compile(r"где-то|насколько\s+я\s+знаю|по\s+оценк|оценива|\bоценки\b", re.I)),
    ("preliminary", re.compile(r"предварительн|с\s+начала\s+(?:\d{4}\s+|этого\s+|текущего\s+)?года", re.I)),
)
_MEASURES = {"тонна", "килограмм", "литр", "кубометр", "штука", "голова", "кубический", "баррель"}
_DISTANCES = {"километр", "км", "миля"}


@dataclass
class Context:
    release: dt.date
    last_period: Mention | None = None  # the period of the sentence before, for «за этот период»
    period_at: int = -1  # the number of the sentence that named `last_period`
    deed: bool = False  # `last_period` dates a deed of a sentence with no figure: it dates no figure after it
    sentence: int = 0  # the number of the sentence being read
    last: Item | None = None  # the figure drafted last, for «это 1,5 % …»
    indicator: str | None = None  # the indicator the sentence before named, for «он вырос …»
    named: Counter[str] = field(default_factory=Counter)  # how often each indicator was named so far
    partner_genitive: str | None = None  # «Брянской области»: whose «нашего товарооборота» is
    partial: set[int] = field(default_factory=set)  # sentences with an amount no figure was drafted for
    partner: str | None = None  # the partner's name: «из республики» is Belarus unless it is a republic
    partner_stems: tuple[str, ...] = ()  # how the text may refer to the partner (parties.Partner.stems)
    partner_country: str | None = None  # a region's country: its trade «с Россией» is no third country's
    group: str | None = None  # the group of goods named last (genitive), for «экспорт этой продукции»
    group_age: int = 0  # sentences since it was named: it is referred back to in the next one at most
    side: str | None = None  # whose flow this sentence stated last, for «… из Кыргызстана, 49 млн — на импорт»
    party: dict | None = None  # the counterparty of the trade this sentence stated last, for «…, импорт — на 15 %»
    party_side: str = "ours"  # and whose that trade was
    with_partner: bool = False  # this sentence stated a trade with a side at its other end («с республикой»)
    before: Item | None = None  # the last figure of the sentence before, for «экспорт в эти страны»
    dates: Mention | None = None  # the days an event was held on («с 29 сентября по 1 октября»), for its counts
    since: Mention | None = None  # «с 2009 года» of the sentence before, for «За этот период … 10 объектов»
    view: str | None = None  # «partner» once the release gives the partner's own statistics of its trade with us
    run: Mention | None = None  # «на период 2022–2026 годов» named last, for «До 2026 года … составит»
    whole: str | None = None  # the whole of the sentence before's last share, for «… 3,8 млрд долларов (38,5 %)»
    order: list[str] = field(default_factory=list)  # the indicators the sentence before named, in order
    traded: str | None = None  # the goods the sentence before's last turnover was named with, for «он вырос»
    text: str = ""  # the sentence being read, for whose words it reports
    previous: str = ""  # the sentence right before it, for the event a count is of
    trade: str = "goods"  # what the indicator named last trades («торговли товарами и услугами»), for «она составит»


_COMPARED = re.compile(r"(?:превы\w+|больше|меньше|выше|ниже|чем|над)\s+$", re.I)
# «сальдо — превышение ввоза над экспортом — сложилось …»: what an aside after «сальдо» says it is names nothing
_BALANCE_ASIDE = re.compile(r"(?<![\w-])сальдо\s+[—–][^—–.;]*$", re.I)


def _indicator_before(text: str, at: int) -> tuple[str, re.Match[str]] | None:
    # «импорт … превысил экспорт и достиг 17 млн»: what a flow is compared with is not its name
    found = [
        m for m in _INDICATOR.finditer(text)
        if m.end() <= at and not _COMPARED.search(text[: m.start()]) and not flows.caused(text[: m.start()], m.group())
        and not _BALANCE_ASIDE.search(text[: m.start()])
    ]
    if not found:
        return None
    m = found[-1]
    return _name_of(m), m


def _indicator_near(
    text: str, at: int, end: int, earlier: list[str] | None = None
) -> tuple[str, re.Match[str] | None] | None:
    """The indicator named before the amount at `at` (a flow word nearer to it than the
    indicator names it: «экспорт вырос …: поставки в КНР достигли 1,2 млрд»), else the
    first one after it. «24 млн пришлось на экспорт», «49 млн — на импорт»: the one the
    amount falls to."""
    falls_to = _FALLS_TO.match(text, end)
    named = falls_to and (_INDICATOR.match(text, falls_to.end()) or flows.FLOW.match(text, falls_to.end()))
    if named:
        return _name_of(named), named
    elided = _elided_subject(text, at)
    if elided is not None:
        return elided
    paired = _paired_in_order(text, at, earlier or [])
    if paired is not None:
        return paired
    before = _indicator_before(text, at)
    word = flows.subject_before(text, at)
    if word is not None and _COMPARED.search(text[: word.start()]):
        word = None  # «импорт … превысил экспорт и достиг 17 млн»: what is compared names nothing
    if word is not None and (before is None or word.start() >= before[1].end()):
        return _name_of(word), word
    if before is not None:
        return before
    after = _INDICATOR.search(text, end)
    if after is None or clauses.TURN.search(text, end, after.start()):
        return None  # «объём вырос на 29 %, причём увеличились и экспорт, и импорт»: another statement's
    if _PARTS.search(text, end, after.start()):
        return _whole_of_parts(text, after.start())
    return _name_of(after), after


# «115 млн долларов, из которых 36 млн пришлось на экспорт»: the parts of the amount before follow
_PARTS = re.compile(r"(?<![\w-])(?:из\s+(?:которых|них)|в\s+том\s+числе|включая)(?![\w-])", re.I)


def _whole_of_parts(text: str, start: int) -> tuple[str, None] | None:
    """The indicator of an amount whose parts the words after it name: exports and imports
    together are parts of turnover; any other parts name no whole (the sentence before's
    indicator is then taken, when the sentence refers back to it)."""
    parts = {_name_of(m) for m in _INDICATOR.finditer(text, start)}
    return ("turnover", None) if {"exports", "imports"} <= parts else None


# a state's name and the bracket the amount stands in: «Германия (115 млн долларов)»
_LISTED = re.compile(r"(?<![\w-])(?P<place>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})\s*\(\s*(?:[а-яё]+\s+){0,2}\$?$")


def _listed_state(text: str, at: int) -> str | None:
    """The state whose name an amount follows in brackets («Германия (115 млн долларов)», in
    a list of a trade's partners), its name as written; None for any other place or word."""
    from memogen.draft.parties import official_name, state_code

    m = _LISTED.search(text, 0, at)
    if m is None:
        return None
    place = m["place"]
    single = " " not in place and (place in sides.INITIALS or official_name(place))
    return place if single or state_code(place) else None


# «и экспорт (…), и импорт (…): они составили 938 млн и 679 млн»: a plural subject standing for
# the indicators named before it, its amounts theirs in order
_THEY = re.compile(
    r"(?<![\w-])(?:они|оба|обе)\s+(?:[а-яё]+\s+){0,2}?(?:состав(?:ил|л)|достиг|превысил|равнял)\w*", re.I
)
_SOME_AMOUNT = re.compile(r"\d[\d\s]*(?:[,.]\d+)?\s*(?:млн|млрд|тыс|миллион|миллиард)", re.I)


def _paired_in_order(text: str, at: int, earlier: list[str]) -> tuple[str, re.Match[str] | None] | None:
    """The indicator an amount after «они составили» stands for: the k-th of those named
    before the pronoun (in its sentence, else the sentence before: `earlier`), for the k-th
    amount after it; None when fewer than two are named or more amounts than indicators follow."""
    they = list(_THEY.finditer(text, 0, at))
    if not they:
        return None
    named: dict[str, re.Match[str] | None] = {}
    for m in _INDICATOR.finditer(text, 0, they[-1].start()):
        named.setdefault(_name_of(m), m)
    if not named:
        named = dict.fromkeys(earlier)
    k = len(_SOME_AMOUNT.findall(text, they[-1].end(), at))
    if len(named) < 2 or k >= len(named):
        return None
    name = list(named)[k]
    return name, named[name]


_FALLS_TO = re.compile(r"\s*(?:(?:приход\w+|пришл\w+|придется|придётся)\s+|[—–]\s*)на\s+", re.I)
_OUR_WORDS = {"наш", "белорусский"}


def _elided_subject(text: str, at: int) -> tuple[str, re.Match[str]] | None:
    """«Растёт и экспорт Беларуси в Казахстан, и казахстанский экспорт к нам: наш увеличился
    на 15 %, казахстанский — на 26 %»: a clause whose subject is an adjective alone, its noun
    left out, before a verb or a dash, stands for the flow or indicator named before it in
    the sentence that the same adjective qualifies («казахстанский экспорт»), or, for «наш»
    and «белорусский», the one whose owner is ours («экспорт Беларуси»); None unless
    exactly one such is named."""
    begin = clauses.start(text, at, clauses.ELIDED)
    words = re.findall(r"[А-Яа-яЁё-]+|[—–]", text[begin:at])
    if words and words[0].lower() in ("а", "и", "но"):
        words = words[1:]
    first = parses(words[0])[:1] if words else []
    if len(words) < 2 or not first or first[0].tag.POS != "ADJF" or first[0].tag.case != "nomn":
        return None
    if words[1] not in "—–" and not any(p.tag.POS == "VERB" for p in parses(words[1])[:1]):
        return None
    adjective = first[0].normal_form
    named = [*_INDICATOR.finditer(text, 0, begin), *flows.FLOW.finditer(text, 0, begin)]
    found = list({m.start(): m for m in named if _qualified(text, m, adjective)}.values())  # a word both match once
    return (_name_of(found[0]), found[0]) if len(found) == 1 else None


def _qualified(text: str, word: re.Match[str], adjective: str) -> bool:
    """Whether the adjective qualifies the flow or indicator `word`: it stands right before
    it («казахстанский экспорт»), or, for ours, the owner right after it is Belarus
    («экспорт Беларуси»)."""
    before = re.findall(r"[А-Яа-яЁё-]+", text[max(0, word.start() - 30) : word.start()])[-1:]
    lemma = parses(before[0])[0].normal_form if before and parses(before[0]) else ""
    if lemma == adjective:
        return True
    after = re.match(r"\s+([А-ЯЁа-яё-]+)", text[word.end() :])
    return adjective in _OUR_WORDS and (lemma in _OUR_WORDS or bool(after and flows.OURS.match(after.group(1))))


def _name_of(m: re.Match[str]) -> str:
    """The indicator an _INDICATOR or flows.FLOW match names."""
    if "out" in m.re.groupindex:
        return "exports" if m["out"] else "imports"
    return next(name for name, _ in _INDICATORS if m[name])


# «он вырос», «этот показатель», «звучат оценки в районе 60 млрд»: the indicator of the sentence before
_ANAPHORA = re.compile(
    r"\b(?:он|она|оно|показател\w*|мы\s+получили|рост|этот\s+показатель|оценк[иа]\w*|объ[её]м(?:ы|ов)?)\b", re.I
)


def _dash_for_verb(before: str) -> bool:
    """Whether a dash right before the amount or rate stands for a verb left out with its
    subject («За пять месяцев — 176,3 миллиона»): none when its clause has a finite verb of
    its own before it («увеличился объём реализации … – в 6,3 раза»: the dash parts the
    subject from its rate, and the subject is the clause's own)."""
    m = re.search(r"\s[—–]\s*\$?$", before)
    if m is None:
        return False
    words = re.findall(r"[а-яё]+", clauses.before(before, m.start(), clauses.PHRASE), re.I)
    return not any(p.tag.POS == "VERB" for w in words for p in parses(w)[:1])


def _anaphora(before: str) -> bool:
    """Whether the words `before` an amount or rate point back at the sentence before's
    indicator (`_ANAPHORA`). «Объём» followed by a noun in the genitive names a measure of
    its own («объём реализации белорусской продукции в магазинах вырос в 6,3 раза», «объём
    инвестиций»), no indicator pointed back at; alone it is one («объёмы выросли»)."""
    for m in _ANAPHORA.finditer(before):
        if m.group().lower().startswith("объ"):
            after = re.match(r"\s+([а-яё]+)", before[m.end() :], re.I)
            found = parses(after.group(1)) if after else []
            if found and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent":
                continue
        return True
    return False


# a level pointed back at: «эту сумму», «эту величину», «этот показатель», «эти объёмы», «данную цифру»
_POINTER = r"(?<![\w-])(?:эт(?:от|а|о|у|ой|и|их)|данн\w+|указанн\w+)\s+(?:сумм|цифр|величин|объ[её]м|показател)\w*"
# «эту цифру, без сомнения, можно увеличить втрое»: pointed at before the verb that moves it, in its clause
_POINTED_BEFORE = re.compile(_POINTER + r"(?:\s*,?\s*[а-яё]+){0,5}\s*,?\s*$", re.I)
# «удвоить эту величину», «нарастить этот показатель»: pointed at right after the rate
_POINTED_AFTER = re.compile(r"\s*" + _POINTER, re.I)
# a multiple to move by: «удвоить», «втрое», «в 2,5 раза», «почти в три раза»
_MULTIPLIED = re.compile(
    r"\s*(?:(?:почти|более\s+чем|как\s+минимум|минимум)\s+)?"
    r"(?:удвои|утрои|учетвери|вдвое|втрое|вчетверо|в\s+(?:[\d,]+|два|три|четыре|пять|полтора|полторы)\s+раз)",
    re.I,
)


def _points_back(text: str, at: int, end: int) -> bool:
    """Whether the clause of the amount or rate at `at`..`end` names what it measures
    only by pointing back at a level stated before («эту сумму мы можем удвоить»,
    «удвоить эти объёмы»)."""
    return bool(_POINTED_AFTER.match(text, end) or _POINTED_BEFORE.search(text[:at]) and _MULTIPLIED.match(text, at))


def _indicator_or_context(text: str, at: int, end: int, ctx: Context, item_notes: list[str]):
    """The indicator near the amount; else, when the sentence refers back («он вырос»),
    the one the sentence before named."""
    near = _indicator_near(text, at, end, ctx.order)
    if near is not None:
        return near
    # «он вырос …», or an ellipsis «За пять месяцев — 176,3 миллиона», «Немногим больше полумиллиарда.»
    if ctx.indicator is not None and (_anaphora(text[:at]) or _dash_for_verb(text[:at])
                                      or _points_back(text, at, end) or tenses.nominal(text, at)):
        item_notes.append(f"the indicator ({ctx.indicator}) is the sentence before's: this one refers back to it")
        return ctx.indicator, None
    # «Далее следуют Германия (115 млн долларов) и Украина (108 млн)»: the sentence before's trade, by states
    if ctx.indicator in _FLOW_KINDS and (listed := _listed_state(text, at)) is not None:
        item_notes.append(f"the indicator ({ctx.indicator}) is the sentence before's, with {listed} at its other end")
        return ctx.indicator, None
    # «На прочие государства пришлось 3,8 млрд»: the sentence before's trade, split by places
    if ctx.indicator in _OURS and (fell := sides.falls_on(text[:at])) is not None:
        item_notes.append(f"the indicator ({ctx.indicator}) is the sentence before's, with «{fell}» at its other end")
        return ctx.indicator, None
    if ctx.named and num.THRESHOLD.search(text[:at]):
        topic = ctx.named.most_common(1)[0][0]
        item_notes.append(f"a threshold of the release's main indicator ({topic})")
        return topic, None
    return None


# A verb of measurement in the past tense: what the figure's own clause reports happened.
_REPORTED = re.compile(
    r"\b(?:уже|составил|превысил|превышал|достиг|достигал|вырос|вырастал|вырост|увеличил|сократил|"
    r"снизил|уменьшил|остал|сложил|насчитывал|выросл|оценивал|прибавил|добавил|потерял|подрос|упал)\w*",
    re.I,
)


# «согласовали объёмы поставок на 2017 год: они составят …»: what an agreed plan will make is its target
_AGREED = re.compile(
    r"\b(?:согласова|утверди|утвержд|установи|определи)\w*\s+(?:[а-яё]+\s+)?(?:объ[её]м|показател|задани|план)\w*",
    re.I,
)


# «товарооборот должен составлять не менее $500 млн», «предложил закупать около 120 тыс. тонн
# ежегодно»: a level owed or proposed, a target unless its words report a level reached
_OWED = re.compile(r"(?<![\w-])долж(?:ен|на|но|ны)\b|(?<![\w-])предл(?:ожил|ожила|ожили|агает|агают|агаем)\b", re.I)


def _status(text: str, at: int | None = None) -> str:
    """The status the sentence states, read from the figure's own clause first: in «В
    прошлом году товарооборот превышал $1 млрд, а в этом году рассчитываем на большее» the
    first figure was measured, whatever the second clause expects."""
    return _status_read(text, at)[0]


def _status_read(text: str, at: int | None = None) -> tuple[str, bool]:
    """`_status` and whether words said it: False where no word of the sentence tells the
    status and «actual» is the default taken (no verb reports the amount, no word expects it)."""
    span = tenses.inner_clause(text, at) if at is not None else None
    if span is not None and at is not None:  # «…, когда товарооборот составил …»: that clause's own words
        text, at = text[span[0] : span[1]], at - span[0]
    elif at is not None:  # «…, деятельность которых в этом году будет …»: that clause's own tense
        text = tenses.without_clauses(text, at)
    if at is not None and _TASK_OF.search(text, 0, at):
        return "target", True  # «поставила на 13,5 млн при задании в 5,6 млн»: the amount the task set
    if at is not None:
        clause = clauses.around(text, at, breaks=tenses.OWN_STATEMENT)
        own = next((status for status, cue in _STATUS if cue.search(clause)), None) or _owed(clause)
        ahead = tenses.to_come(text, at)  # «поставит», «будет поставлено», «помогут построить»
        if own is None and ahead is not None or own == "forecast" and ahead == "target":
            own = ahead  # a supply to come is a target, whether planned («планируется отправить») or told
        if own is not None or _REPORTED.search(clause) or tenses.past(text, at) or tenses.level_now(text, at):
            # «создано 13 производств: … в этом году их будет поставлено …»: the clause's own verb
            # reports what was done or how things are, whatever the sentence goes on to expect
            return _agreed(text, own or "actual"), True
        text = tenses.up_to_later(text, at)  # «Китай — второй партнёр, и палата стремится …»: not the place's
    said = next((status for status, cue in _STATUS if cue.search(text)), None) or _owed(text)
    return _agreed(text, said or "actual"), said is not None


# the amount a task or plan set, beside what was done: «при задании в 5,6 млн», «при плане 40 единиц» (not «при
# прогнозе в 55 млн»: an expectation)
_TASK_OF = re.compile(
    r"(?<![\w-])при\s+(?:задани[еию]|план[еау]?)(?:\s+в)?\s+(?:(?:почти|около|более)\s+)?$", re.I
)


def _owed(words: str) -> str | None:
    return "target" if _OWED.search(words) and not _REPORTED.search(words) else None


def _agreed(text: str, status: str) -> str:
    """A forecast is a target when the sentence says the sides agreed on it (`_AGREED`)."""
    return "target" if status == "forecast" and _AGREED.search(text) else status


def _ends_run(text: str, target: Mention, run: Mention) -> bool:
    """«Программа на 2022–2026 годы. До 2026 года вложим 1,6 млрд»: «до» (until, not «к»,
    by) the last year of the run named last in the sentences before sums the run."""
    if run.period is None or target.role != "target" or target.period is None:
        return False
    until = re.search(r"(?<![\w-])до\s+$", text[max(0, target.start - 5) : target.start], re.I)
    return bool(until) and target.period.is_whole_year and target.period.year == run.period.year


def _period_for(ms: list[Mention], at: int, ctx: Context, text: str = "") -> tuple[Mention | None, str | None]:
    """The figure's period: the nearest one named before `at`, else after, else the
    sentence before's; with a note when it was not read from this place. A run of
    years («в 2022–2026 годах») is one total over the run; «до 2026 года» ending the run
    the sentence before named is that run."""
    own = sorted([m for m in ms if m.role in ("period", "target") and m.period is not None] + runs(ms),
                 key=lambda m: m.start)
    if text:  # «к концу года начнут выполняться контракты: 3161 трактор предстоит поставить в 2023–2025 годах»
        begin, end = clauses.start(text, at, clauses.STATEMENT), clauses.end(text, at, clauses.STATEMENT)
        own = [m for m in own if begin <= m.start and m.end <= end] or own
    before = [m for m in own if m.end <= at]
    chosen = _when_clause(text, ms, at) or (before[-1] if before else own[0] if own else None)
    run = ctx.run
    if chosen is not None and run is not None and _ends_run(text, chosen, run):
        ended = Mention(run.period, "target", chosen.stated, chosen.start, chosen.end)
        return ended, f"«{chosen.stated}» ends the run «{run.stated}» named before"
    if chosen is not None:
        return chosen, None
    if ctx.last_period is not None and not ctx.deed:
        return ctx.last_period, "period taken from the sentence before"
    return None, "the release names no period"


# «… к уровню 2008 года, когда товарооборот составил почти миллиард»: the clause «когда» opens after a time
_WHEN = re.compile(r"\s*,\s*когда\s[^,;:]*", re.I)


def _when_clause(text: str, ms: list[Mention], at: int) -> Mention | None:
    """The time a clause «, когда …» holding the amount at `at` is of, the period named
    right before it, whatever that period's role in the sentence (a base, a start): «готовы
    вернуться к уровню 2008 года, когда товарооборот составил почти миллиард» (2008)."""
    for m in ms:
        when = _WHEN.match(text, m.end) if m.period is not None else None
        if when is not None and when.start() <= at < when.end():
            return replace(m, role="period")
    return None


def runs(ms: list[Mention]) -> list[Mention]:
    """«в 2022–2026 годах», «за 2021–2024 гг.», «на период 2022–2026 годов»: a run of whole
    years a total is stated over, as a period (`2022..2026`)."""
    out = []
    for m in ms:
        if m.role == "term" and m.period is None and m.years is not None and 1900 < m.years[0] < m.years[1]:
            out.append(Mention(Period.parse(f"{m.years[0]}..{m.years[1]}"), "period", m.stated, m.start, m.end))
    return out


def _label_after(text: str, end: int) -> str | None:
    """«товарооборот продовольственными товарами» → «продовольственные товары»."""
    words = re.match(r"\s+((?:[а-яё-]+\s+){0,3}[а-яё-]+)", text[end:])
    return nominative_phrase(words.group(1)) if words else None


def _counted_before(ctx: Context, n: int) -> str | None:
    """What the last figure of the sentence before counted, when it was a count."""
    last = ctx.last
    return last.data.get("unit") if last is not None and last.sentence == n - 1 else None


# «за отчётный период», «за указанный период»: the period the sentences before named
_REPORTED_PERIOD = re.compile(r"\bза\s+(?:отч[её]тный|указанный|данный)\s+период\b", re.I)


# «Тогда …», «На тот момент …» opening a sentence: the time the sentence before named («тогда как»,
# «в то время как» join a contrast, no time)
_THEN = re.compile(r"^[\s«\"„“]*(?:[АИ]\s+)?(?:тогда|в\s+то\s+время|на\s+тот\s+момент)\b(?!\s+как\b)", re.I)


def _referred(text: str, ctx: Context) -> list[Mention]:
    """The period a sentence refers back to by «за отчётный период» (the period named
    last), or by «Тогда» opening it (the one the sentence right before named, a month
    too: «… в сентябре 2009 года на форуме. Тогда подписали 91 протокол»), as a mention of it."""
    last = ctx.last_period
    if last is None or last.period is None:
        return []
    found = [Mention(last.period, "period", m.group(), m.start(), m.end()) for m in _REPORTED_PERIOD.finditer(text)]
    then = _THEN.match(text)
    if then is not None and ctx.period_at == ctx.sentence - 1:
        found.append(Mention(last.period, "period", then.group().strip(" «\"„“"), then.start(), then.end()))
    return found


# the common noun of a side other than Belarus: the owner of a trade «с Беларусью» («товарооборот
# области с Беларусью», «оборот республики с Беларусью»), or whose trade Belarus has a place in
_SIDE_NOUN = re.compile(r"(?:област|регион|республик|стран)[а-яё]*$|кра(?:я|ю|ем|е)$", re.I)


def _carry_on(text: str, n: int, ctx: Context) -> None:
    """What sentence number `n` carries on from the one before: the last figure when it was
    the sentence just before, the partner's view once a sentence takes it, a group of goods for
    one sentence more."""
    ctx.before = ctx.last if ctx.last is not None and ctx.last.sentence == n - 1 else None
    if sides.partner_view(text, lambda word: sides.names_partner(word, ctx.partner_stems) or _SIDE_NOUN.match(word)):
        ctx.view = "partner"
    ctx.group_age += 1
    if ctx.group_age > 1:
        ctx.group = None


def read_sentence(text: str, n: int, ctx: Context) -> list[Item]:
    """The figures of sentence number `n`."""
    ctx.previous = ctx.text if ctx.sentence == n - 1 else ""
    ctx.side, ctx.party, ctx.with_partner, ctx.sentence, ctx.text = None, None, False, n, text
    ms = sorted(mentions(text, ctx.release) + _referred(text, ctx), key=lambda m: m.start)
    # «за 10 месяцев» is a period, not ten of something
    found = [a for a in num.amounts(text, _counted_before(ctx, n)) if not any(m.start <= a.start < m.end for m in ms)]
    found = _counted_again(text, [_money_of_trade(a) for a in found])
    # «вырос на 31 %, или на 3,7 млрд»: by how much it moved, never the level
    changes = [a for a in found if num.is_change(text, a)]
    found = [a for a in found if a not in changes]
    rates = num.rates(text)
    items: list[Item] = []
    _carry_on(text, n, ctx)
    starts = [_from_level(text, found, k) for k in range(len(found))]
    at_start = _start_periods(text, found, starts, ms)
    for k, amount in enumerate(found):
        stop = found[k + 1].start if k + 1 < len(found) else len(text)
        # «…на 18,4 млн, а импорт … втрое больше»: growth after «а» or «;» is the next clause's
        turn = clauses.NEXT.search(text, amount.end, stop)
        stop = _growth_stop(text, amount, turn.start() if turn else stop, ms)
        first = not k or starts[k - 1]  # the level reached «с 27 млн до 3 млрд» takes the growth before it
        own_rates = [] if starts[k] else _rates_before_too(text, amount, rates, ms) if first else \
            [r for r in rates if r.start >= amount.start]
        # «с 252 млн в 2015 году до 356 млн в 2019 году»: the year between is the start's
        item = _figure(text, amount, stop, [m for m in ms if m not in at_start], own_rates, ctx)
        if item is None:
            ctx.partial.add(n)
        else:
            item.sentence = n
            item.data.update(_quote=text, _at=amount.start)
            if starts[k]:
                before = periods.move_started(text, ms, amount.start)
                _starting_level(item, [m for m in at_start if m.start >= amount.end], before, ctx)
            elif k and items and not _elided_group(item, text[found[k - 1].end : amount.start], items[-1]):
                _elided_end(item, text[found[k - 1].end : amount.start], ctx)
            _mark_destination(item, clauses.before(text, amount.start, clauses.PHRASE), ctx)
            items += _each_year(item)
            ctx.last = item
    _parts_of_trade(text, found, [i for i in items if i.sentence == n])
    items += _as_much(text, n, ms, found, items, ctx)
    items += _shares(text, n, ms, rates, found, ctx)
    items += _shares_of_count(text, rates, [i for i in items if i.sentence == n])
    items += _shares_by_place(text, n, ms, rates, items, ctx)
    items += _shares_by_goods(text, n, ms, rates, items, ctx)
    _shares_of_amounts(text, rates, found, [i for i in items if i.sentence == n])
    _bracketed_shares(text, rates, found, [i for i in items if i.sentence == n], ctx)
    items += _growth_figures(text, n, ms, rates, found, items, ctx)
    items += _occasions(text, n, ms, ctx)
    items += _moved_by(text, n, changes, items, ms, ctx)
    items += _growth_of_counts(text, n, [i for i in items if i.sentence == n], found, ms, rates)
    items = _ranks_with_shares(text, items + _ranks(text, n, ms, ctx), n)
    items += _sign_only(text, n, found, ms, ctx)
    _remember(text, ms, at_start, bool(items or found or rates), items, ctx)
    if items:
        ctx.last = items[-1]
    _remember_named(text, ctx)
    return items


# «экспорт достиг 22,9 млн долларов, импорт составил столько же»: a level stated as the one before it
_AS_MUCH = re.compile(r"(?<![\w-])(?:столько\s+же|(?:на\s+)?(?:том|таком)\s+же\s+уровне)(?![\w-])", re.I)


def _as_much(text: str, n: int, ms, found: list[num.Amount], items: list[Item], ctx: Context) -> list[Item]:
    """«Белорусский экспорт достиг 22,9 млн долларов, импорт составил столько же»: a flow or
    indicator whose clause gives its level only as the amount before it in the sentence
    («столько же», «на том же уровне») is a figure of that amount, of its own indicator."""
    out: list[Item] = []
    for m in _AS_MUCH.finditer(text):
        amount = next((a for a in reversed(found) if a.end <= m.start()), None)
        at = amount.start if amount is not None else -1
        last = next((i for i in reversed(items) if i.sentence == n and i.data.get("_at") == at), None)
        near = _indicator_near(text, m.start(), m.end())
        if amount is None or last is None or near is None or near[1] is None or near[1].start() < amount.end:
            continue
        item = _named(text, m.start(), near, [], ctx)
        if item is None or item.data["indicator"] == last.data["indicator"]:
            continue
        item.sentence = n
        item.data.update(_quote=text, _at=m.start())
        _amount(item, amount)
        _when(item, text, ms, m.start(), ctx)
        item.doubt("check", f"«{m.group()}»: the amount stated before it, {amount.stated}")
        out.append(item)
    return out


# «около 600 компаний завозят …, а ещё 1000 экспортируют …»: a number that adds to a count before it
_MORE_OF = re.compile(r"(?:^|[\s,;—–])(?:а\s+|и\s+)?ещё\s+(?:(?:" + num.HEDGE + r")\s+)?$", re.I)


def _counted_again(text: str, found: list[num.Amount]) -> list[num.Amount]:
    """A bare number right after «ещё» counts what the count before it in the sentence counted
    («600 нижегородских компаний …, а ещё 1000 экспортируют» is 1000 companies)."""
    out: list[num.Amount] = []
    for amount in found:
        bare = amount.unit is None and amount.currency is None and amount.scale in ("units", None)
        counted = next((a for a in reversed(out) if a.unit and a.unit != num.UNREAD), None)
        if bare and counted is not None and _MORE_OF.search(text, 0, amount.start):
            amount = replace(amount, unit=counted.unit)
        out.append(amount)
    return out


def _money_of_trade(amount: num.Amount) -> num.Amount:
    """An amount whose noun is a trade («1 млрд товарооборота», «примерно на миллиард
    взаимной торговли») is money, dollars assumed, as a scale with no currency is."""
    if amount.currency is not None or indicator_of(amount.unit or "") is None:  # a trade is money, never counted
        return amount
    scale = list(num.SCALE_WORD.finditer(amount.stated))
    if not scale:
        return amount
    stated = amount.stated[: scale[-1].end()]  # the trade's noun names the indicator, after the amount
    return replace(amount, unit=None, currency="USD", currency_assumed=True, stated=stated,
                   end=amount.start + len(stated))


def _parts_of_trade(text: str, found: list[num.Amount], items: list[Item]) -> None:
    """«товарообмен составил 135 млн, в том числе 125 млн пришлось на товары и около 10 млн — на
    услуги»: the part falling to services is trade in services, and the amount whose parts
    follow is trade in goods and services together."""
    parts = {}
    for amount in found:
        falls = _FALLS_TO.match(text, amount.end)
        said = text[falls.end() : falls.end() + 8].lower() if falls else ""
        if said.startswith(("услуг", "товар")):
            parts[amount.start] = "services" if said.startswith("услуг") else "goods"
    if "services" not in parts.values() or not supports("FigureFact", "trade"):
        return
    first = min(parts)
    for item, amount in ((i, a) for i in items for a in found if i.data.get("_at") == a.start):
        if item.data["indicator"] not in _OURS or "trade" in item.data:
            continue
        if parts.get(amount.start) == "services":
            item.data["trade"] = "services"
            item.doubt("check", "the part of trade falling to services: trade in services")
        elif amount.start < first and _PARTS.search(text, amount.end, first):
            item.data["trade"] = "goods_and_services"
            item.doubt("check", "its parts follow, goods and services: trade in goods and services together")


# «177 тракторов, 75 % из них — белорусские», «из них 40 % — …», «60 % которых …»: a part of a count
_OF_THEM_AFTER = re.compile(r"\s*(?:из\s+(?:них|которых)|от\s+(?:их|этого)\s+(?:числа|количества))(?![\w-])", re.I)
_OF_THEM_BEFORE = re.compile(rf"(?:из\s+(?:них|которых))\s+(?:(?:{num.HEDGE})\s+)?$", re.I)
_OF_COUNT = re.compile(rf"\s*из\s+(?:(?:{num.HEDGE})\s+)?", re.I)


def _shares_of_count(text: str, rates: list[num.Rate], items: list[Item]) -> list[Item]:
    """A percent of the things a count before it in the sentence counted («купили 177
    тракторов, 75 % из них — белорусского производства») or right after it («почти 40 % из
    528 экспортёров продают …»): a share of that count, of its period, as a figure of its
    own (the number it is of is the count's)."""
    out = []
    for rate in rates:
        if rate.kind != "percent" or rate.value >= 100 or any(i.data.get("_at") == rate.start for i in items):
            continue
        counts = [i for i in items if i.data.get("unit") and i.data.get("value") is not None and "share" not in i.data]
        # «почти 40 % из 528 экспортёров»: the count the percent is of, right after «из»
        count = next((i for i in counts if i.data.get("_at", 0) > rate.end
                      and _OF_COUNT.fullmatch(text, rate.end, i.data["_at"])), None)
        if count is None and (_OF_THEM_AFTER.match(text, rate.end) or _OF_THEM_BEFORE.search(text, 0, rate.start)):
            count = next((i for i in reversed(counts) if i.data.get("_at", rate.start) < rate.start), None)
        if count is None or not supports("Share", "whole"):
            continue
        share: dict = {"percent": rate.value, "whole": count.data["label"]}
        if rate.hedge and supports("Share", "qualifier"):
            share["qualifier"] = rate.hedge
        item = Item({"indicator": "other", "label": "доля", "share": share, "period": count.data["period"],
                     "_quote": text, "_at": rate.start}, sentence=count.sentence)
        for key in ("_status", "status"):
            if key in count.data:
                item.data[key] = count.data[key]
        item.doubt("check", f"a share of the {count.data['label']} counted before it: say what the part is in `label`")
        out.append(item)
    return out


def _remember_named(text: str, ctx: Context) -> None:
    """The indicators a sentence names, for the sentences after it: the last («он вырос»),
    how often each («рубеж в миллиард»), and all in order («…: они составили X и Y»)."""
    named = list(_INDICATOR.finditer(text))
    ctx.order = list(dict.fromkeys(_name_of(m) for m in named))
    ctx.traded = None
    if named:
        ctx.indicator = _name_of(named[-1])
        ctx.trade = flows.traded(text, named[-1].end())
        ctx.named.update(_name_of(m) for m in named)
        if ctx.indicator == "turnover" and flows.traded(text, named[-1].end()) == "goods":
            # «товарооборот сельхозпродукцией … демонстрирует рост. За 2017 год он увеличился …»
            tail = flows.clause_after(text, named[-1].end(), len(text))
            ctx.traded = flows.goods_after(tail, ctx.partner, _TRADED_IN)[0]


def _bracketed(text: str, at: int) -> bool:
    """Whether `at` lies inside brackets: an aside."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def _remember(text: str, ms: list[Mention], at_start: list[Mention], told: bool, items: list[Item],
              ctx: Context) -> None:
    """The periods a sentence named, for the sentences after it that name none (a
    starting level's year, «с 252 млн в 2015 году», is none of them; one dating a deed of a
    sentence that `told` no figure and names no indicator dates none of their figures, though
    «Тогда», «за этот период» still refer back to it), and the whole of its last share, for a
    share in brackets in the next."""
    shared = [i.data["share"]["whole"] for i in items if (i.data.get("share") or {}).get("whole")]
    ctx.whole = shared[-1] if shared else None
    own = [m for m in ms if m.role == "period" and m.period is not None and m not in at_start]
    # «… на 50 % (санкции введены только в конце июня)»: an aside in brackets dates no figure after it
    own = [m for m in own if not _bracketed(text, m.start)] or own
    if own:
        ctx.last_period, ctx.period_at = own[-1], ctx.sentence
        ctx.deed = not (told or _INDICATOR.search(text)) and periods.of_deed(text, own[-1], ctx.release)
    ctx.since = next((m for m in reversed(ms) if m.role == "since" and m.period is not None), None)
    ctx.dates = next((m for m in reversed(ms) if m.dated and m.role == "period"), ctx.dates)
    if own or runs(ms):  # kept, as the period is, over sentences that name none
        ctx.run = next(reversed(runs(ms)), None)


# «вырос в 100 раз — с 27 млн долларов до 3 млрд», «с 252 млн в 2015 году до 356 млн»
_FROM = re.compile(r"(?:\bс|\bсо)\s+(?:уровня\s+)?$", re.I)
# «с 40 млн в 2015 году до …», «со 130 млрд рублей увеличился в 1,8 раза до …», «… до почти 55 млрд»
_TO = re.compile(
    rf"\s*(?:[а-яё]+\s+){{0,3}}?(?:(?:в|за)\s+[^,;.]{{0,30}}?)?\s*до\s+(?:(?:{num.HEDGE})\s+)?(?:уровня\s+)?$", re.I
)


def _elided_group(item: Item, between: str, before: Item) -> bool:
    """«экспорт молока составил 20 млн, мяса — 15 млн», «…выросли в 2 раза, мяса — в 1,5
    раза»: a product group named alone before a dash is traded as the figure before's,
    with its flow («экспорт мяса»); True when `item` was relabelled so."""
    label = before.data.get("label")
    goods = flows.elided_goods(between)
    if goods is None or before.data.get("indicator") != "product" or not label:
        return False
    flow = label.split()[0].lower()
    if flow not in ("экспорт", "импорт"):
        return False
    item.data.update(indicator="product", label=f"{flow} {goods}")
    for key in ("side", "counterparty"):
        item.data.pop(key, None)
        if key in before.data:
            item.data[key] = before.data[key]
    item.doubt("check", f"a product group named alone after a dash, read as «{flow} {goods}» like the one before it")
    return True


def _elided_end(item: Item, between: str, ctx: Context) -> None:
    """«В страны СНГ ушло на $640 млн, в государства ЕАЭС — на $605 млн, в том числе в
    Российскую Федерацию — на $578 млн»: an amount after a place and a dash standing for the
    shared verb is trade with that place: a third party's (`counterparty`), or the
    partner's (no counterparty), whatever the flow's words named first."""
    between = re.sub(r"^\s*\S*[$€₽]?\s*(?:млн|млрд|тыс)?\.?\s*(?:долл\w*|евро|руб\w*)?", "", between)
    if _elided_trade(item, between):
        return
    place = sides.elided_place(between)
    if place is None or item.data.get("indicator") not in _OURS or "label" in item.data:
        return
    place = re.sub(r"^(?:в\s+том\s+числе|из\s+них|включая)\s+", "", place, flags=re.I)
    party = sides.counterparty(place, ctx.partner, ctx.partner_country, _official)
    partner = party is None and (_names_partner(place, ctx) or _destination(place, ctx) == "partner")
    if party is None and not partner:
        return
    item.notes = [note for note in item.notes if not note.startswith("a third country's trade")]
    item.data.pop("counterparty", None)
    if party is not None:
        item.data["counterparty"] = party
    whose = f"with {party['name']}, not with the partner: `counterparty`" if party else "with the partner"
    item.doubt("check", f"«{place} —»: the verb left out, trade {whose}")


# «Экспорт товаров и услуг составил $3,5 млрд, в том числе товаров — $2,8 млрд, услуг — $0,7 млрд»
_TRADE_PART = re.compile(
    r"^[\s,;]*(?:(?:в\s+том\s+числе|из\s+них|включая)\s+)?(?P<what>товар\w*|услуг\w*)\s*[—–]\s*(?:на\s+)?$", re.I
)


def _elided_trade(item: Item, between: str) -> bool:
    """The goods or the services part of trade in goods and services, named alone before a
    dash: trade in goods (no `trade`) or in services."""
    m = _TRADE_PART.match(between)
    if m is None or item.data.get("trade") != "goods_and_services":
        return False
    services = m["what"].lower().startswith("услуг")
    item.notes = [note for note in item.notes if not note.startswith("trade in goods and services")]
    if services:
        item.data["trade"] = "services"
        item.remark("trade in services: never summed or compared with goods")
    else:
        del item.data["trade"]
    return True


def _official(word: str) -> str | None:
    from memogen.draft.parties import official_name

    return official_name(word)


_REACHED = re.compile(r"\bдо\s+(?:уровня\s+)?$", re.I)
_JUST_AFTER = re.compile(r"\s*(?:(?:в|во|за)\s+)?", re.I)
_FROM_AFTER = re.compile(r"\s*(?:с|со)\s+(?:уровня\s+)?", re.I)


def _from_level(text: str, found: list[num.Amount], k: int) -> bool:
    """Whether the amount `k` is where a move started: «с … до …» (the level it reached
    comes next and takes the growth) or «до 84 млн с 131 млн в 2019 году» (the level
    reached came first); the start is a figure of its own, with no growth."""
    if k + 1 < len(found) and _FROM.search(text, 0, found[k].start):
        return bool(_TO.fullmatch(text, found[k].end, found[k + 1].start))
    return k > 0 and bool(_REACHED.search(text, 0, found[k - 1].start)) and \
        bool(_FROM_AFTER.fullmatch(text, found[k - 1].end, found[k].start))


def _start_periods(text: str, found: list[num.Amount], starts: list[bool], ms: list[Mention]) -> list[Mention]:
    """The periods named with a starting level, its own and no other figure's: between it
    and the level reached («с 252 млн в 2015 году до 356 млн»), or right after it when the
    level reached came first («до 84 млн с 131 млн в январе–сентябре 2019 года»)."""
    own = []
    for k, amount in enumerate(found):
        if not starts[k]:
            continue
        ahead = k + 1 < len(found) and _TO.fullmatch(text, amount.end, found[k + 1].start)
        for m in ms:
            if ahead and amount.end <= m.start < found[k + 1].start or \
                    not ahead and m.start >= amount.end and _JUST_AFTER.fullmatch(text, amount.end, m.start):
                own.append(m)
    return own


def _starting_level(item: Item, own: list[Mention], before: Mention | None, ctx: Context) -> None:
    """The starting level of a move is of the period named with it (`_start_periods`), else
    of the span a year `before` the one the move was named in (`periods.move_started`), else of
    one the release does not give."""
    own = [m for m in own if m.role in ("period", "base") and m.period] or ([before] if before else [])
    if own:
        item.notes = [n for n in item.notes if n != "period taken from the sentence before"]
        item.data["period"] = str(own[0].period)
        item.data["_status"] = "actual"
        if own[0] is before:
            item.doubt("check", f"the level a move «{before.stated} … с … до …» started from: the span a year before")
    else:
        _no_period(item, ctx, "the level a move «с … до …» started from, of a period not named")
    item.data.pop("status", None)
    item.data["_start"] = True  # growth said in another sentence is the level reached's, never the start's


def _rates_before_too(text: str, amount: num.Amount, rates: list[num.Rate], ms) -> list[num.Rate]:
    """The rates the sentence's first amount may take, before it too («вырос вдвое и
    достиг …»); not one of an earlier clause when the amount's clause names a period of
    its own («в 2024 году вырос на 6,4 %, а за первое полугодие 2025 года превысил
    2,1 млрд»: that growth is the year's, a figure of its own)."""
    out = []
    for r in rates:
        between = (r.end, amount.start)
        turn = r.end <= amount.start and clauses.OTHER.search(text, *between)
        if turn and any(m.period is not None and turn.end() <= m.start < amount.start for m in ms):
            continue
        out.append(r)
    return out


def _figure(text, amount: num.Amount, stop: int, ms, rates, ctx: Context) -> Item | None:
    if num.approached(text, amount.start):
        return None  # «приближаемся к отметке в 100 млн»: no level is stated; the sentence is listed
    if amount.unit is not None and amount.unit not in _MEASURES:
        return _count(text, amount, stop, ms, ctx)
    if amount.unit is None and amount.currency is None and amount.scale == "units":
        return None  # «на рынки 74 стран и из 87 импортировал»: a bare number, neither money nor a count
    notes: list[str] = []
    deal = deals.kind(text, amount.start) if amount.currency and _deals_known() else None
    if deal is not None:  # «контракты на поставку … на сумму 3 млн»: money agreed, never a flow
        return _contract(text, amount, ms, ctx, deal)
    priced = deals.cost(text, amount.start) if amount.currency and _deals_known() else None
    if priced is not None:  # «комплекс общей стоимостью 240 млн»: what a project costs, of no month
        cost = _contract(text, amount, ms, ctx, priced, priced=True)
        growth.attach(cost, text, amount, stop, ms, rates)  # «стоимость … выросла в 10 раз — до …»
        return cost
    near = _indicator_or_context(text, amount.start, amount.end, ctx, notes)
    if near is None and amount.currency and deals.DEAL_WORD.search(text):
        return _contract(text, amount, ms, ctx)
    item = _named(text, amount.start, near, notes, ctx) or _falls_to_goods(text, amount.end) \
        or _delivered_goods(text, amount)
    if item is None and amount.unit in _MEASURES and not amount.currency:
        item = _measured(text, amount, stop, ms, ctx)
        if item is None or item.data["indicator"] != "product":
            return item
    if item is None:
        return None
    if amount.unit in _MEASURES or item.data["indicator"] == "product" and "label" not in item.data:
        _product(item, text, amount, item.data.get("label"), ctx)
    _amount(item, amount)
    _trade_after(item, text, amount.end)
    if item.data["indicator"] == "balance":
        _signed(item, balance.sign(balance.window(text, amount.start, amount.end), ctx.partner_stems,
                                   _after_partner_flows(ctx)))
    _when(item, text, ms, amount.start, ctx)
    if near is not None:  # «товарооборот составил $1,7 млн, темп роста экспорта — 236 %»: not the turnover's
        other = next((m for m in _INDICATOR.finditer(text, amount.end, stop) if _name_of(m) != near[0]), None)
        stop = other.start() if other else stop
    growth.attach(item, text, amount, stop, ms, [r for r in rates if _may_take(text, r, amount, item)])
    _per_year(item, text, amount)
    return item


# «Львиная доля, примерно 410 миллионов, приходится на нефтепродукты»: the goods an amount falls to
_TO_GOODS = re.compile(
    r"\s*,?\s*(?:приход\w+|пришл\w+|придется|придётся)\s+на\s+(?:(?:наш|сво|их|его|её)\w*\s+)?"
    r"(?P<goods>(?:[а-яё-]+\s+){0,2}?[а-яё-]+)(?=\s*[,.;:]|\s+(?:а|и|но)\s|$)",
    re.I,
)


def _falls_to_goods(text: str, end: int) -> Item | None:
    """A product group an amount with no indicator «приходится на» («…410 миллионов,
    приходится на нефтепродукты», «на машины и оборудование пришлось 12 млн» is read
    before it as a flow): its label in the nominative."""
    m = _TO_GOODS.match(text, end)
    if m is None or _INDICATOR.match(m["goods"]) or flows.FLOW.match(m["goods"]):
        return None
    item = Item({"indicator": "product", "label": nominative_phrase(m["goods"])})
    item.doubt("check", "the goods the amount falls to, with no flow named: check whose trade it is")
    return item


_OURS = AMOUNTS  # our flows with the partner, and their balance
_YEARLY = re.compile(r"\bежегодн\w*|\bв\s+год\b|\bкаждый\s+год\b|\bв\s+среднем\s+за\s+год\b", re.I)
_SWINGS = re.compile(r"\b(?:колебл|колеблет|варьиру|держит)\w*", re.I)  # a range of yearly values


def _per_year(item: Item, text: str, amount: num.Amount) -> None:
    """«ежегодно поставляется около 2 тыс. тонн», «выйти на 500–700 млн долларов в год»,
    «товарооборот колеблется в пределах 7–13,5 млн»: a value each year reaches, over
    years the release does not name (`yearly`)."""
    period = item.data.get("period")
    if period not in (UNSTATED, None) and ".." not in str(period) or not supports("FigureFact", "yearly"):
        return
    clause = _amount_clause(text, amount.start, amount.end)
    if _YEARLY.search(clause) or ("upper" in item.data and _SWINGS.search(clause)):
        item.data["yearly"] = True
        item.doubt("check", "a value per year over years the release does not name (`yearly`)")


_NUMBER_AND_SCALE = re.compile(r"[\d\s,]*(?:(?:тыс|млн|млрд|трлн)\.)?", re.I)


def _amount_clause(text: str, at: int, end: int | None = None) -> str:
    """The words around an amount between commas, semicolons, colons and full stops (not
    the one of its scale, «120 тыс. тонн»)."""
    start = max([0, *(m.end() for m in re.finditer(r"[,;:.]\s", text[:at]))])
    if end is None:
        scale = _NUMBER_AND_SCALE.match(text, at)
        end = scale.end() if scale else at
    stop = re.compile(r"[,;:.]\s|[.;]$").search(text, end)
    return text[start : stop.start() if stop else len(text)]


def _may_take(text: str, rate: num.Rate, amount: num.Amount, item: Item) -> bool:
    """Whether the figure of `amount` may take a growth stated before it: not one another
    flow or indicator is said to make («экспорт вырос на 7 %, импорт сократился на 4 %, а
    товарооборот составил 300 млн»: those are growth-only figures of their own), nor one
    of a clause before «а» or «;»."""
    if _to_reach(text, rate.start, rate.end):
        return False  # «…, эту цифру можно увеличить втрое»: a level to reach, a figure of its own
    if rate.start >= amount.end:
        return True
    if clauses.NEXT.search(text, rate.end, amount.start):
        return False  # «вырос на 6,4 %, а за первое полугодие превысил 2,1 млрд»: the clause before's growth
    if item.data["indicator"] not in _OURS:
        return True
    subject = _subject_kind(text, rate.start, 0)
    return subject is None or subject not in _OURS or subject == item.data["indicator"]


def _named(text: str, at: int, near, notes: list[str], ctx: Context) -> Item | None:
    """A new figure for the amount or rate at `at`, with what it measures: the indicator
    `near` it, as whose flow and of which goods the words say («закупки белорусской
    продукции», «экспорт молочной продукции»), or the group of goods a turnover names
    («товарооборот продовольственных товаров»); None when nothing names it."""
    flow = _flow(text, near, at, ctx)
    if near is None and flow is None:
        return None
    indicator, where = near if near is not None else ("exports", None)
    item = Item({"indicator": indicator})
    for note in notes:
        item.doubt("check", note)
    named_end = flow.end if flow else where.end() if where else at
    opened = flow.start if flow else where.start() if where else at
    trade = _trade_of(text, (opened, named_end), near, ctx)
    if trade == "goods" and _part_of_services(text, named_end, near[0] if near else None, flow, ctx):
        trade = "goods_and_services"
    if trade != "goods" and supports("FigureFact", "trade"):
        item.data["trade"] = trade  # «экспорт услуг»: all of a flow, in services, never goods
        item.remark(f"trade in {trade.replace('_', ' ')}: never summed or compared with goods")
        flow = replace(flow, goods=None) if flow is not None else None
    if flow is not None and flow.goods is None and (left := flows.goods_left_out(text, flow.start, flow.end)):
        flow = replace(flow, goods=f"товаров, кроме {left}")  # «без калийных удобрений экспорт …»: the rest of goods
    if flow is not None:
        _apply_flow(item, flow, ctx)
    elif indicator == "turnover" and where is not None and trade == "goods":
        named = where.group().lower()  # «торговля между»: the sides follow, which goods_after skips
        _traded_group(item, text, where.start() + named.rindex("между") if named.endswith("между") else where.end(),
                      at, ctx)
    elif indicator == "turnover" and where is None and ctx.traded and _anaphora(text[:at]):
        _label_goods(item, ctx.traded, ctx)  # «он вырос» of a turnover named with its goods in the sentence before
    elif indicator in FLOWS and where is None and _group_goes_on(indicator, ctx, item):
        pass  # «… молочных товаров на 1,6 млрд. Это на 7,2 % больше …»: the group's growth
    _with_whom(item, text, (opened, named_end), at, flow, ctx)
    fell = sides.falls_on(text[:at]) if near is not None and near[1] is None else None
    listed = _listed_state(text, at)
    if listed and item.data["indicator"] in _OURS and "label" not in item.data:
        _listed_party(item, listed, ctx)
    elif fell is not None and "counterparty" not in item.data and item.data["indicator"] in _OURS:
        _third_party(item, fell, "ours", ctx)
    if near is not None and near[1] is None and fell is None and not listed:
        _refers_back(item, text, at, ctx)
    return item


def _trade_of(text: str, named: tuple[int, int], near, ctx: Context) -> str:
    """What the figure trades: what its indicator's words say, after them («экспорт услуг»)
    or right before them («по услугам сальдо»); for an indicator carried from a sentence
    before («Объём торговли товарами и услугами … Она составит …»), what that one traded."""
    trade = flows.traded(text, named[1])
    if trade == "goods" and near is not None and near[1] is not None:
        trade = flows.traded_before(text, named[0])
    if trade == "goods" and near is not None and near[1] is None and near[0] == ctx.indicator:
        return ctx.trade
    return trade


# goods a flow's words name of their own: «экспорт белорусских товаров», «ввоз продукции»
_OWN_GOODS = re.compile(r"\s*(?:[а-яё-]+\s+){0,2}?(?:товар|продукц|продукт|издели|груз)", re.I)


def _part_of_services(text: str, named_end: int, indicator: str | None, flow: flows.Flow | None, ctx: Context) -> bool:
    """«Объём торговли товарами и услугами достиг 63 млрд. Экспорт при этом сократился до 29,6
    млрд», «Экспорт товаров и услуг вырос на 6,4 %, импорт — на 21,4 %»: a flow or balance
    stated after trade in goods and services (that trade is in force: the figure drafted
    last, in this sentence or the one before), naming no goods of its own, is a part
    of that trade and trades what it does; one naming its goods («экспорт товаров»,
    «поставки молочной продукции») or a turnover of its own does not. Trade in services alone
    is a part itself: what follows it may be goods («сальдо услугами — 1,5 млрд.
    Внешнеторговое сальдо сложилось отрицательным»)."""
    last = ctx.last if ctx.last is not None and ctx.last.sentence == ctx.sentence else ctx.before
    if last is None:
        return False
    if last.data.get("trade") != "goods_and_services":
        return False
    if (indicator or (flow.stated if flow else None)) not in TRADE:
        return False
    if flow is not None and flow.goods is not None:
        return False
    return _OWN_GOODS.match(text, named_end) is None


# «товарооборот …: 50 млрд долларов в торговле товарами и услугами»: what the amount counts, said after it
_TRADE_AFTER = re.compile(
    r"\s*(?:в\s+(?:торговл|обмен|товарооборот|оборот)\w*(?=\s+(?:товар\w+\s+и\s+)?услуг)|(?=по\s+(?:товар\w+\s+и\s+)?услуг))",
    re.I,
)


def _trade_after(item: Item, text: str, end: int) -> None:
    """«50 млрд долларов в торговле товарами и услугами», «… по товарам и услугам»: a phrase
    right after the amount says what it trades when the indicator's own words did not."""
    after = _TRADE_AFTER.match(text, end)
    if after is None or "trade" in item.data or item.data["indicator"] not in _OURS or \
            not supports("FigureFact", "trade"):
        return
    trade = flows.traded(text, after.end())
    if trade != "goods":
        item.data["trade"] = trade
        item.remark(f"trade in {trade.replace('_', ' ')}: never summed or compared with goods")


def _listed_party(item: Item, listed: str, ctx: Context) -> None:
    """An amount in brackets right after a state's name is the trade with that state
    («Германия (115 млн долларов)», «…, а также Кыргызстаном (до $5 млн)»), whatever place
    the clause named before it; whose trade it is stays as read."""
    item.data.pop("counterparty", None)
    item.notes = [n for n in item.notes if not n.startswith("a third country's trade")]
    _third_party(item, f"с {listed}", item.data.get("side", "ours"), ctx)


def _refers_back(item: Item, text: str, at: int, ctx: Context) -> None:
    """A figure that refers back to the sentence before's («Показатель вырос на 29,6 %», «он
    составил …») trades with whom that one's last figure of the same indicator does."""
    before = ctx.before
    if before is None or "counterparty" in item.data or not _anaphora(text[:at]):
        return
    if before.data.get("indicator") != item.data["indicator"] or not before.data.get("counterparty"):
        return
    item.data["counterparty"] = dict(before.data["counterparty"])
    if before.data.get("side") == "partner" and item.data["indicator"] != "balance":
        item.data["side"] = "partner"
    item.doubt("check", f"refers back to the trade with {before.data['counterparty']['name']} stated before it")


_STATES = r"(?:(?:прочи|остальн|други)\w*\s+)?(?:стран|государств)"  # «в страны ЕАЭС», «в остальные страны»
_WITH_WHOM = re.compile(rf"(?<![\w-])(?i:с|со|в|во|из)\s+(?=[А-ЯЁ]|{_STATES})")


def _with_whom(
    item: Item, text: str, word: tuple[int, int], at: int, flow: flows.Flow | None, ctx: Context
) -> None:
    """A trade whose other end is a group of states («экспорт в страны ЕАЭС») or, for a
    turnover, a third state («товарооборот Кыргызстана с Китаем», whose it is by the
    words before «с»), or every country (`_total`); `word` is where the indicator's word
    is. A flow's third state is read with the flow (`_apply_flow`)."""
    if "counterparty" in item.data or "label" in item.data or item.data["indicator"] not in _OURS:
        return
    # «государств — членов ШОС»: the dash inside a group's name ends no clause
    joined = re.sub(r"\s[-–—]\s(?=член|участни)", lambda m: " " * (len(m.group()) - 1) + "-", text)
    # «втрое увеличить товарооборот с Иркутской областью»: a rate before the word, its place after it
    clause = flows.clause_after(joined, word[1], at if at > word[1] else len(joined))
    # «В государства дальнего зарубежья поставлено …»: where a flow goes may come before its word
    # «Со странами вне СНГ товарооборот составил …»: and whom a trade is with
    lead = clauses.before(joined, word[0], clauses.WHERE)
    front = clauses.before(joined, word[0], clauses.STATEMENT)
    fronted = _FRONTED.match(front)
    if fronted and not _WITH_WHOM.search(lead):  # «С Казахстаном, партнёром по …, товарооборот …»
        lead = f"{fronted.group()} {lead}"
    turns = list(_CONTRAST.finditer(joined, word[1], at))
    if turns and _WITH_WHOM.search(joined, turns[-1].end(), at):  # the amount's own clause names its place
        lead, clause = "", joined[turns[-1].end() : at]
    placed = _own_country(item, clause, flow, ctx) or _between(item, clause, flow, ctx) or \
        _third_with(item, f"{lead} {clause}", flow, ctx)
    if not (placed or _these_states(item, f"{lead} {clause}", flow, ctx)):
        _total(item, text, word, (lead, clause), flow, ctx)
    if flow is None or flow.said:
        ctx.party = item.data.get("counterparty")
    elif ctx.party and "counterparty" not in item.data and not _WITH_WHOM.search(clause):
        # «Экспорт в эти страны снизился …, импорт — на 15,9 %», «Товарооборот со странами СНГ снизился на
        # 11,5 %, в том числе экспорт — на 8,7 %»: a flow after one with a third party trades with it too
        item.data["counterparty"] = dict(ctx.party)
        if ctx.party_side == "partner" and item.data["indicator"] != "balance":
            item.data["side"] = "partner"
        item.doubt("check", f"traded with {ctx.party['name']} as the trade stated before it in the sentence")
    ctx.party_side = item.data.get("side", "ours")


# «товарооборот России и Беларуси», «… между Беларусью и Россией», «… Беларуси с Россией»: two states
_TWO_STATES = re.compile(r"\s*(?:между\s+)?(?P<one>[А-ЯЁ][\w-]+)\s+(?:и|со?)\s+(?P<two>[А-ЯЁ][\w-]+)")


def _own_country(item: Item, clause: str, flow: flows.Flow | None, ctx: Context) -> bool:
    """In a release about a region, a turnover whose sides are Belarus and the region's own
    state («торговый оборот России и Беларуси в целом растёт») is Belarus's trade with that
    whole state, not with the region: `counterparty` the state."""
    m = _TWO_STATES.match(clause)
    country = ctx.partner_country
    if m is None or flow is not None or item.data["indicator"] != "turnover" or not country:
        return False
    stems = {w.lower()[:5] for w in country.split() if len(w) >= 5}
    for own, other in ((m["one"], m["two"]), (m["two"], m["one"])):
        if flows.OURS.match(own) and (other.lower()[:5] in stems or other in ("РФ", "России", "Россия")
                                      and "Росси" in country):
            item.data["counterparty"] = {"name": country}
            item.doubt("check", f"Belarus's trade with {country} as a whole, not with the partner: `counterparty`")
            return True
    return False


_SIDES = re.compile(r"\s*между\s+(?P<one>[^,;:()—–]+?)\s+и\s+(?P<two>[А-ЯЁ][^,;:()—–]*)", re.I)


def _between(item: Item, clause: str, flow: flows.Flow | None, ctx: Context) -> bool:
    """A turnover «между» two sides one of which is the partner or ours and the other a
    third state («оборот между Омской областью и Туркменистаном» in a release about Omsk):
    that state's trade with the side named, `counterparty`."""
    m = _SIDES.match(clause)
    if m is None or flow is not None or item.data["indicator"] != "turnover":
        return False
    one, two = m["one"], m["two"]
    for own, other in ((one, two), (two, one)):
        theirs = _names_partner(own, ctx)
        side = "partner" if theirs else "ours"
        if (theirs or flows.OURS.search(own)) and _third_party(item, f"с {other}", side, ctx):
            return True
    return False


# a sentence opening with whom its trade is, before an apposition: «С Казахстаном, партнёром
# Беларуси по Таможенному союзу, товарооборот области вырос …»
_FRONTED = re.compile(r"\s*(?:Со?|со?)\s+[А-ЯЁ][^,;:—–]*")


# «в эти страны», «с этими государствами», «из этих стран»: the states the sentence before named
_THESE = re.compile(rf"(?<![\w-])(?i:с|со|в|во|из)\s+эт(?:и|их|ими)\s+{_STATES}", re.I)


def _these_states(item: Item, clause: str, flow: flows.Flow | None, ctx: Context) -> bool:
    """A trade with «these states» is with the third party of the sentence before's last figure."""
    before = ctx.before
    party = before.data.get("counterparty") if before is not None else None
    if not party or not _THESE.search(clause):
        return False
    item.data["counterparty"] = dict(party)
    if flow is not None:
        item.data["indicator"] = flow.stated if flow.side == "partner" else flow.ours
        if flow.side == "partner":
            item.data["side"] = "partner"
    item.doubt("check", f"«these states» are {party['name']}, named in the sentence before: `counterparty`")
    return True


def _total(
    item: Item, text: str, word: tuple[int, int], around: tuple[str, str], flow: flows.Flow | None, ctx: Context
) -> None:
    """Trade with every country («Весь белорусский экспорт прибавил 59 %», «сальдо внешней
    торговли осталось отрицательным», «товарооборот области с зарубежными странами»), trade
    whose one owner the words name with no place at its other end («товарооборот Могилёвской
    области составил …», «Беларусь экспортировала … на 3,5 млрд»), and a flow joined to such a
    figure of the sentence with no place of its own («…, но и импорт вырос на 31 %»):
    `counterparty: все страны`, whose by the owner it names (the partner's «внешнеторговый
    оборот области»), unless its sentence stated a trade with the partner before it («оборот
    области с республикой вырос на 19 %: экспорт области — на 22 %»: its part). `around`:
    the clause's words before the trade's word and after it."""
    lead, clause = around
    if not supports("FigureFact", "counterparty"):
        return
    everywhere = sides.every_country(f"{lead} {clause}")
    if not everywhere and (_WITH_WHOM.search(clause) or sides.names_side(clause) or (flow is not None and flow.given)):
        ctx.with_partner = True  # «с республикой»: its other end is the partner (a third one was read before)
        return
    if not everywhere and flow is not None and flow.elsewhere:
        return
    said = text[word[0] : word[1]]
    # «взаимный внешнеторговый оборот», «оборот двух республик», «между ними»: the two sides' trade
    near = " ".join(lead.split()[-2:])
    both = _BOTH.search(f"{near} {said} {clause}")
    if both and _both_states(item, both.group(), ctx):
        return
    if _BETWEEN.match(clause) or _paired(clause) or both:
        return
    placed = _WITH_WHOM.search(lead) is not None or flows.names_place(
        f"{lead} {clause}", ctx.partner, ctx.partner_stems)
    # «…с республикой увеличился на 19 %: экспорт области вырос на 22 %»: after a trade with the
    # partner in its sentence, a trade named by its owner alone is that trade's part, not every country's
    owner = None if placed or ctx.with_partner else flows.owner_named(
        text, word[0], word[1], clause, ctx.partner, ctx.partner_stems)
    joined = everywhere or _after_total(text, word[0])
    foreign = sides.total_trade(text[: word[0]], said, clause)
    if not (joined or owner or foreign):
        return
    item.data["counterparty"] = dict(sides.ALL_COUNTRIES)
    if owner and not (joined or foreign):
        item.data["_by_owner"] = True  # by its owner alone: a part of the partner's trade stated before is none
    elif not (joined or owner or sides.whole_named(text[: word[0]])):
        item.data["_foreign_words"] = True  # «внешнеторговый оборот» alone: scope.follow_trade may narrow it
    named = owner == "partner" or _names_partner(said + clause, ctx)
    side = flow.side if flow is not None else "partner" if named else "ours"
    if owner == "partner" or (flow is None and named):
        ctx.view = "partner"  # the partner's own statistics: a trade whose owner is not named is its own
    if side == "partner" and item.data["indicator"] != "balance":
        item.data["side"] = "partner"
    item.doubt("check", f"trade with every country, not with the partner: `counterparty: все страны` ({side})")


# two sides of one trade: «оборот Беларуси и Китая», «товарооборот двух стран», «взаимная торговля»
_PAIRED = re.compile(r"\s*(?P<first>(?:[А-ЯЁа-яё-]+\s+){1,3})и\s+[А-ЯЁ]")


def _paired(clause: str) -> bool:
    """Whether the words right after a trade's word name two places joined by «и»: «оборот
    Беларуси и Китая», «внешнеторговый оборот Тульской области и Беларуси» (the first a
    name, with its place's common noun after it if any), the two sides' trade; not «оборот
    области и …» nor «оборот вырос и …»."""
    m = _PAIRED.match(clause)
    words = m["first"].split() if m else []
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or flows.is_place(w) for w in words[1:])


_BOTH = re.compile(
    r"(?<![\w-])(?:(?:двух|обеих|обоих|наших)\s+(?:[а-яё]+\s+)?"
    r"(?:стран|сторон|государств|регионов|республик|областей|кра[её]в|субъектов)|(?:взаимн|двусторонн)\w+)",
    re.I,
)


_BETWEEN = re.compile(r"\s*между\s", re.I)


def _both_states(item: Item, both: str, ctx: Context) -> bool:
    """«товарооборот наших стран», «торговля двух государств» in a release about a region of
    another state: Belarus's trade with that whole state, not with the region (`counterparty`)."""
    country = ctx.partner_country
    if not country or country == ctx.partner or not re.search(r"(?:стран|государств)\w*$", both, re.I):
        return False
    item.data["counterparty"] = {"name": country}
    item.doubt("check", f"the two states' trade: Belarus's with {country} as a whole, not with the partner: "
               "`counterparty`")
    return True
_JOINED = re.compile(r"(?:,\s*(?:но\s+и|а(?:\s+также)?|и)|\s(?:но\s+и|а))\s+(?:[а-яё]+\s+)?$", re.I)


def _after_total(text: str, start: int) -> bool:
    """Whether the indicator at `start` is joined («, но и», «, а», «, и») to a clause before
    it that names trade with every country and no place («Весь белорусский экспорт
    прибавил 59 %, но и импорт вырос …»): it shares that scope."""
    turn = _JOINED.search(text[:start])
    if turn is None:
        return False
    for m in _INDICATOR.finditer(text, 0, turn.start()):
        said = text[m.end() : turn.start()]
        if not _WITH_WHOM.search(said) and sides.total_trade(text[: m.start()], m.group(), said):
            return True
    return False


# a turn to a contrasted clause whose place is the amount's own: «с Москвой превышает 85 млн,
# тогда как с Новгородской областью она составляет около 48 млн»
_CONTRAST = re.compile(r"тогда\s+как|в\s+то\s+время\s+как|,\s+а\s|;\s", re.I)


def _third_with(item: Item, clause: str, flow: flows.Flow | None, ctx: Context) -> bool:
    """A group of states or, for a turnover «с» one, a third state at the other end of
    the trade: `counterparty`."""
    for m in _WITH_WHOM.finditer(clause):
        place = clause[m.start() :]
        if flow is None and m.group().split()[0].lower() in ("с", "со"):
            owner = clause[: m.start()]
            theirs = ctx.view == "partner" and not re.search(r"[А-ЯЁ]", owner)  # the partner's statistics
            side = "partner" if theirs or _names_partner(owner, ctx) else "ours"
        elif flow is not None and re.match(rf"\S+\s+{_STATES}", place):
            side = flow.side
        else:
            continue
        if _third_party(item, place, side, ctx):
            item.data["indicator"] = flow.stated if flow else item.data["indicator"]
            return True
    return False


def _names_partner(words: str, ctx: Context) -> bool:
    return any(sides.names_partner(w, ctx.partner_stems) for w in re.findall(r"[А-ЯЁ][а-яё]+", words))


def _third_party(item: Item, place: str, side: str, ctx: Context) -> bool:
    """A trade with a third country or group (`counterparty`), whose it is in `side`:
    «поставки в КНР» in a release about Russia, «товарооборот Кыргызстана с Китаем»."""
    from memogen.draft.parties import official_name

    party = sides.counterparty(place, ctx.partner, ctx.partner_country, official_name)
    if party is None or not supports("FigureFact", "counterparty"):
        return False
    item.data["counterparty"] = party
    if side == "partner":
        item.data["side"] = "partner"
    item.doubt("check", f"a third country's trade, with {party['name']}, not with the partner: `counterparty` ({side})")
    return True


def _traded_group(item: Item, text: str, start: int, at: int, ctx: Context) -> None:
    """«товарооборот продовольственных товаров и сельскохозяйственного сырья», «торговля
    продовольственными товарами»: trade in a group of goods, labelled in the nominative;
    «товарооборот области», «… двух стран» name whose it is, not goods."""
    clause = flows.clause_after(text, start, at)
    by = _BY_GOODS.match(clause)
    if by is not None:  # «товарооборот по молочной продукции»: the group in the dative after «по»
        _by_goods(item, by["goods"], ctx)
        return
    goods, _, _ = flows.goods_after(clause, ctx.partner, _TRADED_IN, ctx.group)
    if goods is not None:
        _label_goods(item, goods, ctx)


# «Товарооборот по сельскохозяйственной продукции», «… по продовольственным товарам и сырью»: a
# group of goods in the dative after «по» (never «по итогам», «по данным», «по сравнению с»)
_BY_GOODS = re.compile(
    r"\s*по\s+(?P<goods>(?:[а-яё-]+\s+){0,3}?(?:продукци|товар|продовольстви|сырь|продукт|издели|техник|оборудовани)"
    r"[а-яё]*(?:\s+и\s+(?:[а-яё-]+\s+){0,2}?[а-яё-]+)?)",
    re.I,
)


def _by_goods(item: Item, goods: str, ctx: Context) -> None:
    """A turnover «по» a group of goods (`goods` in the dative): a product figure, labelled in
    the nominative; goods named by their generic noun alone («по товарам») are all trade."""
    label = nominative_phrase(goods, "datv")
    if label is None or all(parses(w) and parses(w)[0].normal_form in flows.GENERIC | {"и"} for w in label.split()):
        return
    ctx.group, ctx.group_age = inflect_phrase(label, "genitive") or label, 0
    item.data.update(indicator="product", label=label)
    item.doubt("check", f"product group read as «{label}»")


def _label_goods(item: Item, goods: str, ctx: Context) -> None:
    """A turnover in a group of goods (`goods` in the genitive): a product figure, labelled in the nominative."""
    label = nominative_phrase(goods, "gent") or goods
    ctx.group, ctx.group_age = goods, 0
    item.data.update(indicator="product", label=label)
    item.doubt("check", f"product group read as «{label}»")


_TRADED_IN = ("gent", "ablt")  # «товарооборот продовольственных товаров», «торговля зерном»


def _flow(text: str, near, at: int, ctx: Context) -> flows.Flow | None:
    """The flow an exports or imports figure names («область экспортировала в Беларусь»,
    «экспорт молочной продукции»), or the flow word before an amount no indicator
    names («поставки продовольствия в Китай в объёме $400 млн»)."""
    if near is not None:
        indicator, where = near
        word = flows.FLOW.match(text, where.start()) if where is not None and indicator in FLOWS else None
    else:
        word = flows.flow_before(text, at)
    return flows.read(text, word, at, ctx.partner, ctx.group, stems=ctx.partner_stems) if word is not None else None




def _kind_noun(partner: str | None) -> str | None:
    """The stem of the place noun a region partner goes by («Саратовская область» → «област»,
    «Пермский край» → «кра»), for «губернатор области»; None for a state or a city."""
    last = (partner or "").split()[-1:]
    return {"область": "област", "край": "кра", "округ": "округ"}.get(last[0].lower()) if last else None


def _apply_flow(item: Item, flow: flows.Flow, ctx: Context) -> None:
    """A product group's trade, or exports and imports as whose the sentence states them.
    A flow whose owner the words do not name is the owner's of the flow stated before it
    in the sentence («24 млн — на экспорт из Кыргызстана и 49 млн — на импорт»), else
    ours, marked for review."""
    if flow.sold:
        ctx.side = flow.side
        item.doubt("check", "a sale whose seller the words do not name: read as ours to where it is sold; if "
                   "the partner's traders sold our goods, it is a product figure")
    elif flow.said:
        ctx.side = flow.side
        item.data["_owned"] = True  # whose flow it is, the words say
    elif ctx.side is not None:
        flow = replace(flow, side=ctx.side)
        item.doubt("check", "whose flow it is, is read from the flow stated before it in the sentence")
    elif ctx.view == "partner":
        flow = replace(flow, side="partner")
        item.remark("the release gives the partner's own statistics: a flow whose owner it does not name is "
                   "the partner's")
    elif sides.partner_speaks(ctx.text, ctx.partner_stems, _kind_noun(ctx.partner)):
        flow = replace(flow, side="partner")
        item.doubt("check", "the partner's official says it: a flow whose owner the words do not name is the partner's")
    else:
        item.data["_unowned"] = True  # scope.voiced_flows may give it to the side whose official says it
        item.doubt("check", "the release does not say whose flow it is: drafted as ours")
    if flow.goods is not None:
        ctx.group, ctx.group_age = flow.goods, 0
    if flow.elsewhere and flow.label is None and _third_party(item, flow.elsewhere, flow.side, ctx):
        item.data["indicator"] = flow.stated
        return
    if flow.elsewhere:
        item.doubt("check", f"«{flow.elsewhere}»: neither Belarus nor the partner; a third country's trade "
                   "is no trade with the partner")
    if flow.label is not None:
        item.data.update(indicator="product", label=flow.label)
        item.doubt("check", f"a product group's trade, read as «{flow.label}»: check the group and its direction")
        return
    if flow.goods is None and _group_goes_on(flow.ours, ctx, item):
        return
    if flow.side == "partner" and supports("FigureFact", "side"):
        item.data.update(indicator=flow.stated, side="partner")
        item.doubt("check", f"stated from the partner's side (`side: partner`): its {flow.stated} are our {flow.ours}")
    else:
        item.data["indicator"] = flow.ours


# a flow of all goods said as such: «экспорт в целом», «общий объём поставок»
_ALL_OF_IT = re.compile(r"(?<![\w-])(?:в\s+целом|всего|общ(?:ий|его|ем|ая|ей)|совокупн|суммарн)\w*", re.I)


def _group_goes_on(ours: str, ctx: Context, item: Item) -> bool:
    """«Белоруссия вдвое увеличит экспорт молочной продукции. … поставки увеличатся до 4
    млрд»: a flow naming no goods, or a figure referring back, in the sentence right after
    one whose last figure is a product group's flow the same way, is that group's trade."""
    before = ctx.before
    label = before.data.get("label", "") if before is not None and before.data["indicator"] == "product" else ""
    way = "exports" if label.startswith(("экспорт", "поставк")) else "imports" if label.startswith("импорт") else None
    if way != ours or _ALL_OF_IT.search(ctx.text):
        return False
    item.data.update(indicator="product", label=label)
    item.doubt("check", f"no goods named: the group of the sentence before, «{label}»")
    return True


_ON_SUM = re.compile(rf"на\s+(?:общую\s+)?сумму\s*(?:(?:{num.HEDGE})\s*)?$", re.I)


# a verb of goods moving: «ушло», «ввезли», «отгружено», «закупили», «взяла»
_MOVED = re.compile(
    r"(?<![\w-])(?:ушл|ввез|вывез|ввоз|вывоз|постав|отгру|закуп|купил|куплен|продал|продан|экспортир|импортир|"
    r"взял|отправ|перевез|перевоз)\w*",
    re.I,
)


_ELSEWHERE = re.compile(r"(?<![\w-])(?:в|во|на)\s+(?:друг|трет|ины|остальн)\w*\s+(?:стран|государств|рынк)", re.I)


def _measured(text: str, amount: num.Amount, stop: int, ms: list[Mention], ctx: Context) -> Item | None:
    """A quantity in a unit of measure that no trade names, never dropped: goods when a verb
    of goods moving is in its sentence («сои из края ушло чуть более 1 тыс. тонн»), else a
    count of the unit («грузооборот поднялся до 90 тысяч тонн», «производят 1,3 млн тонн»)."""
    if amount.unit == "килограмм" or _ELSEWHERE.search(text):
        return None  # «лифты на 400 кг»: a size, no quantity; «ушло в другие страны»: no trade of the sides
    if not _MOVED.search(text):
        return _count(text, amount, stop, ms, ctx)
    item = Item({"indicator": "product"})
    item.doubt("check", "goods moved in a unit of measure, named by no flow word: check what and whose they are")
    return item


def _delivered_goods(text: str, amount: num.Amount) -> Item | None:
    """«Венесуэла купит у Беларуси 16 тыс. тонн сухого молока»: a measure of goods that a
    verb of supply or purchase governs is trade in those goods, whoever's it is."""
    if amount.unit not in _MEASURES or not tenses.delivered(text, amount.start):
        return None
    item = Item({"indicator": "product"})
    item.doubt("check", "goods supplied or bought, named by no flow word: check whose flow it is")
    return item


def _signed(item: Item, said: str | None) -> None:
    """A balance's value signed from our side, as its words give it («отрицательное
    сальдо — 550,5 млн» → -550.5, «дефицит 50 млн» → -50), with `sign` where the facts
    model has it."""
    if said is None:
        return
    value = abs(item.data["value"])
    item.data["value"] = -value if said == "negative" else value
    if supports("FigureFact", "sign"):
        item.data["sign"] = said
    item.remark(f"the balance is {said} as the release words it: check it is ours (exports minus imports)")


def _after_partner_flows(ctx: Context) -> bool:
    """Whether the figure drafted last, in this sentence or the one before, is a flow with the
    partner stated from the partner's side («нижегородский экспорт в Беларусь …»): a balance
    after it that names no side is the partner's."""
    last = ctx.last
    if last is None or last.sentence is None or last.sentence < ctx.sentence - 1:
        return False
    data = last.data
    return data.get("indicator") in FLOWS and data.get("side") == "partner" and \
        "counterparty" not in data


def _sign_only(text: str, n: int, found: list[num.Amount], ms: list[Mention], ctx: Context) -> list[Item]:
    """«Сальдо взаимной торговли сложилось положительное», «сальдо — в пользу белорусской
    стороны»: a balance stated by its sign alone, where the facts model has `sign` (the
    memo computes its amount from exports and imports of the period, when they are given)."""
    said = balance.sign(text, ctx.partner_stems, _after_partner_flows(ctx)) \
        if not found and supports("FigureFact", "sign") else None
    if said is None:
        return []
    item = Item({"indicator": "balance", "sign": said, "_quote": text}, sentence=n)
    _when(item, text, ms, 0, ctx)
    item.doubt("guess", f"a balance stated only as {said}: check it is ours (exports minus imports)")
    word = balance.named(text)
    if word is not None:  # «сальдо торговли услугами», «сальдо внешней торговли»: what and with whom
        trade = flows.traded(text, word.end())
        if trade != "goods" and supports("FigureFact", "trade"):
            item.data["trade"] = trade
            item.remark(f"trade in {trade.replace('_', ' ')}: never summed or compared with goods")
        _with_whom(item, text, word.span(), word.end(), None, ctx)
    return [item]


def _deals_known() -> bool:
    """Whether the facts model has `contracts` and `investment` (else the labelled `other`)."""
    probe = (("id", "c"), ("indicator", "contracts"), ("period", "2024"), ("value", 1))
    return accepts("FigureFact", probe)


def _contract(
    text: str, amount: num.Amount, ms: list[Mention], ctx: Context, kind: str = "contracts", priced: bool = False
) -> Item:
    """«подписали 22 контракта на общую сумму 61 млн долларов», «по этим контрактам …
    поставят продукцию на $47 млн, а закупят сырьё на $14 млн», «объём инвестиций — 30
    млн»: the value of contracts (what they sell or buy, the event they were signed
    during, whose they are), or investment; where the facts model has no such indicator,
    a labelled `other`."""
    item = Item({"indicator": kind if _deals_known() else "other"})
    if kind == "contracts":
        _deal_of(item, text, amount, ctx)
    elif not _deals_known():
        item.data["label"] = "объем инвестиций"
    elif said := deals.label(clauses.before(text, amount.start, clauses.PHRASE), kind):
        item.data["label"] = said
        item.doubt("check", f"whose investment, read as «{said}»: check `label`")
    _amount(item, amount)
    # «подписано договоров на 543 млн, а в прошлом году их заключили на 40 млн»: that year is the 40 млн's
    ms = periods.before_next_amount(text, ms, amount.start)
    own = [m for m in ms if m.role in ("period", "target") and m.period is not None] + runs(ms)
    if priced:  # «стоимость проектов за последние три года выросла в 10 раз — до …»: the span is the growth's
        own = [m for m in own if not (m.years and m.year_guessed)]
    if own or _deal_to_come(text, amount.start):  # deals to come are of no month yet
        _when(item, text, ms, amount.start, ctx)
    elif priced:  # what a project costs is no deal of the release's month
        _no_period(item, ctx, "a cost with no period stated")
    elif tenses.so_far(text, amount.start) and not counts.occasion(text):  # «контракты уже заключены на 42 млн»
        item.data["_status"] = "actual"
        _no_period(item, ctx, f"{kind} made so far («уже»), of no one month")
    else:
        item.data["period"] = f"{ctx.release.year}-{ctx.release.month:02d}"
        item.data["_status"] = "actual"
        item.doubt("check", f"no period is stated: {kind} are dated to the release's month")
    return item


def _deal_to_come(text: str, at: int) -> bool:
    """Whether deals are still to be made («рассчитывают подписать контракты на …»); what
    signed contracts will deliver («по этим контрактам поставят продукцию на $47 млн») is
    their value, agreed."""
    return _status(text, at) in ("target", "forecast") and not tenses.delivered(text, at)


def _deal_of(item: Item, text: str, amount: num.Amount, ctx: Context) -> None:
    """What contracts sell or buy, as a `label` continuing «объем контрактов», the event
    they were signed during, and whether they are the event's total (`signed_by: all`)."""
    clause = clauses.before(text, amount.start, clauses.PHRASE)
    label = "на закупку" if BUYING.search(clause) else "на поставку" if SELLING.search(clause) else None
    if not _deals_known():
        label = {None: "сумма контрактов", "на закупку": "закупки по контрактам"}.get(label, "поставки по контрактам")
    else:
        label = deals.label(clause, "contracts") or label
    if label:
        item.data["label"] = label
    item.doubt("check", f"the value of contracts{f', read as «{label}»' if label else ''}: say what for in `label`")
    event = deals.during(text, amount.start) if _deals_known() else None
    if event is None:
        return
    item.data["during"] = event[0]
    if deals.everyone(text, event[1:], ctx.partner_stems):
        item.data["signed_by"] = "all"
        item.doubt("check", "no side is named as signing them: drafted as the event's total (`signed_by: all`)")
    else:
        item.remark(f"signed during «{event[0]}» (`during`, genitive): check the event")


def _product(item: Item, text: str, amount: num.Amount, label: str | None, ctx: Context) -> None:
    """A group of goods: named after a measure («17,7 тыс. тонн овощей и фруктов»), or
    the group the tonnage before named («… на сумму $13,9 млн»)."""
    if amount.unit in _MEASURES:
        label = _label_after(text, amount.end) or label
    elif label is None and _ON_SUM.search(text[: amount.start]) and ctx.last is not None:
        label = ctx.last.data.get("label")
    if item.data.pop("side", None) == "partner":  # a product has no side: say it in words
        item.notes.append("the partner's side of the trade: for Belarus these are imports")
    item.data.update(indicator="product", label=label or "товары")
    item.doubt("check", f"product group read as «{item.data['label']}»")


def _amount(item: Item, amount: num.Amount) -> None:
    data = item.data
    data["value"] = amount.value
    if amount.currency is not None and amount.currency != "USD":
        data["currency"] = amount.currency
    if amount.unit is not None and supports("FigureFact", "unit"):
        data["unit"] = amount.unit
    if amount.scale != "million" or "unit" in data:
        data["scale"] = amount.scale  # a figure with a unit is in units unless it says its scale
    if amount.hedge:
        data["qualifier"] = amount.hedge
    if amount.hedge == "до":  # «обвалился до $58 млн»: the level a fall reached, unless the verb is known
        item.doubt("guess", "«до» read as an upper bound: if it is the level a change reached, no hedge")
    if amount.out_of is not None and supports("FigureFact", "out_of"):
        data["out_of"] = amount.out_of  # «118 из 210 мероприятий»: the count and its whole
    if amount.currency_assumed:
        item.doubt("check", "no currency is named: US dollars assumed")
    if amount.upper is not None and supports("FigureFact", "upper"):
        upper: dict = {"value": amount.upper.value}
        if amount.upper.scale != amount.scale:
            upper["scale"] = amount.upper.scale
        data["upper"] = upper
        if data.get("qualifier") and data["qualifier"] not in _RANGE_HEDGES:
            data["qualifier"] = "примерно"  # «около от 900 млн» is no Russian: a range is «примерно»
        item.doubt("check", f"a range, «{amount.stated}»: `value` is its lower end, `upper` its upper")
    elif amount.upper is not None:
        item.doubt("check", f"a range, «{amount.stated}»: its lower end is drafted")


_RANGE_HEDGES = ("примерно", "ориентировочно")


def _span(item: Item, text: str, ms: list[Mention], at: int, ctx: Context) -> tuple[Mention | None, str | None]:
    """The span in force for the amount at `at` (periods.py says which), with a note when
    its own words did not name it."""
    if _status(text, at) == "actual":  # «партнёр по товарообороту, который в прошлом году дошёл до …»
        ms = periods.outside_clauses(text, ms, at)
    ms = periods.since_then(text, periods.before_next_amount(text, ms, at), at)
    later = periods.of_later_amount(text, ms, at)  # «…, в 2024 году — и до 850 тыс.»: that amount's
    ms = [m for m in ms if m not in later]
    level = periods.base_level(text, ms, at, next((a.end for a in num.amounts(text) if a.start == at), at))
    if level is not None:  # «превысил уровень 2010 года — около 7 млн»: the base's own level
        return replace(level, role="period"), f"the level of the base «{level.stated}»: {level.period}"
    mention, note = _period_for(_before_a_later_statement(text, ms, at), at, ctx, text)
    why = _none_before(item, text, at) if mention is not None and mention is ctx.last_period and note else None
    if why:
        mention, note = None, why
    begin, end = clauses.start(text, at, clauses.STATEMENT), clauses.end(text, at, clauses.STATEMENT)
    # «тогда как годом ранее было …» names no year: only the amount after it is the year before's
    same = next((m for m in ms if m.role == "same" and begin <= m.start < (end if m.period else at)), None)
    held = periods.year_before(same, mention) if same is not None else None
    if held is not None:
        return held, f"«{held.stated}» a year before the span in force: {held.period}"
    based = periods.dated_by_base(mention, bool(note), periods.compared_spans(text, ms, at), ctx.release)
    if based is not None:
        return based, f"compared with «{based.stated}», the same span a year before: it is {based.period}"
    since = periods.since_start(text, ms, at) if mention is None or note else None
    if since is not None and item.data.get("value") is not None and tenses.summed(text, at):
        run = periods.up_to_release(since, ctx.release)
        if run is not None:
            return run, f"«{since.stated}» up to the release's month: {run.period}"
    return mention, note


def _span_kept(item: Item, text: str, ms: list[Mention], at: int, ctx: Context) -> tuple[Mention | None, str | None]:
    """The span in force for the amount at `at` (`_span`), none when the amount is said of now
    in a clause of its own or is a value per year and the span is a part of a year."""
    mention, note = _span(item, text, ms, at, ctx)
    carried = mention is not None and mention is ctx.last_period and bool(note)  # its offset is another sentence's
    if mention is not None and tenses.now_apart(text, at, -1 if carried else mention.start):
        return None, "said of now («сегодня», «сейчас») in a clause of its own: no period around it"
    if mention is not None and _within_year(mention) and _YEARLY.search(_amount_clause(text, at)):
        # «комбинат введён в марте 2017 года и рассчитан на выпуск 1,4 млн тонн в год»: the month is the deed's
        return None, f"a value per year is of no span shorter than a year: «{mention.stated}» dates another deed"
    return mention, note


def _when(item: Item, text: str, ms: list[Mention], at: int, ctx: Context) -> None:
    mention, note = _span_kept(item, text, ms, at, ctx)
    # before the release names any span, and not said of today («Сейчас товарооборот превышает …»)
    item.data["_unsaid"] = mention is None and ctx.last_period is None and not counts.NOW.search(
        clauses.around(text, at, breaks=clauses.STATEMENT))
    status, read = _status_read(text, at)
    # «за четыре месяца вышли на 90 тыс. тонн, а планируем нарастить до 650 тыс.»: an earlier statement's
    apart = mention is not None and tenses.earlier_statement(text, at, mention.start)
    if mention is not None and status in periods.TO_COME and (
            mention.day or (note or apart) and _not_carried(mention, ctx.release)):
        mention, note = None, "no period is stated for this expectation"
    elif note and mention is not None and _over(mention, ctx.release) and counts.NOW.search(clauses.around(
            text, at, breaks=clauses.STATEMENT)):
        # «За пять лет экспорт вырос в 8 раз. На сегодня отправлено 48 машин»: today is in no period over
        mention, note = None, "«на сегодня» names no period, and the one before is over"
    elif mention is not None and status != "actual" and tenses.inner(text, mention.start):
        # «на форуме, который намечен на сентябрь, …»: the date of the event the figure is to come at;
        # «задача, которую поставили в апреле 2019 года: выйти на …»: a past act's, none of the figure's
        said, over = mention.stated, _over(mention, ctx.release)
        mention = None if over else _year_of(mention)
        note = f"«{said}» dates what a clause of its own names" + ("" if over else ": the year of the event is taken")
    if mention is None or mention.period is None:
        _no_period(item, ctx, note or "no period is stated")
    else:
        item.data["period"] = str(mention.period)
        item.data["_carried"] = mention is ctx.last_period and bool(note)  # not its own sentence's
        _joined_period(item, text, ms, mention)
        if note:
            item.doubt("check", note)
        if mention.years is not None and note:
            # «… а за последние три года вырос в 4,5 раза. Ввоз достиг 36,2 млн»: a span carried
            # from the sentence before gives a level its latest year, never each year
            item.doubt("check", f"«{mention.stated}» of the sentence before: its latest year is taken")
        elif mention.years is not None and _summed_over(mention, text, at, ms):
            first, last = mention.years  # «за последние три года поставила 635 тыс. тонн»: one total
            item.data["period"] = f"{first}-01..{last}-12"
            item.doubt("check", f"«{mention.stated}» is {first}–{last}: one total over the years")
        elif mention.years is not None:
            first, last = mention.years
            item.data["_years"] = mention.years
            item.doubt("check", f"«{mention.stated}» is {first}–{last}: drafted once for each year")
        elif mention.year_guessed:
            item.doubt("check", f"«{mention.stated}» names no year of its own: the year is inferred")
    if mention is not None and mention.role == "target" and not (status == "forecast" and tenses.predicted(text, at)):
        status = "target"  # «к 2026 году довести …»; «По прогнозу, к концу года он превысит …» stays a forecast
    if mention is not None and mention.preliminary and status == "actual":
        status = "preliminary"
    _set_status(item, text, status, read, ctx)


def _set_status(item: Item, text: str, status: str, read: bool, ctx: Context) -> None:
    """The status `_when` read, against the figure's period: a span not begun is not measured
    yet, one over is no forecast; an actual no word said (`_status_read`) of a span not over
    is a default, `check`."""
    begins = _period_of(item)
    release = (ctx.release.year, ctx.release.month)
    if begins and status in ("actual", "preliminary") and (begins.start_year, begins.first) > release:
        status = _agreed(text, "forecast")  # «объёмы поставок на 2017 год» in a 2016 release: not measured yet
    elif begins and status == "forecast" and (begins.year, begins.last) < release:
        status = "preliminary"  # «за весь 2023 год она составит около 54 млрд» in January 2024: over, not yet counted
    item.data["_status"] = status  # kept apart: one figure is never merged with another's forecast
    if status == "actual" and not read and not (begins and (begins.year, begins.last) < release):
        # «в этом году может подойти к миллиарду», «договорились о достижении …»: no verb reports
        # the amount and its period is not over, so nothing says it was reached
        item.doubt("check", "no word says the amount was reached and its period is not over: read as actual; "
                   "check it is no target or forecast (`status`)")
    if status != "actual":
        if supports("FigureFact", "status"):
            item.data["status"] = status
        item.doubt("check", f"status read as {status}")


def _within_year(mention: Mention) -> bool:
    """Whether a period is a part of one year (months, a quarter, a half), not a whole one."""
    period = mention.period
    return period is not None and period.kind in ("month", "months", "quarter", "half") and not period.is_whole_year


def _joined_period(item: Item, text: str, ms: list[Mention], mention: Mention) -> None:
    """«за 2016 год и первый квартал 2017 года составил $4,3 млн»: the period taken is the
    latter of two joined by «и» or a comma, where the amount may be of both: `check`."""
    if any(m.period and re.fullmatch(r"\s*(?:и|,)\s*(?:за|в|во)?\s*", text[m.end : mention.start]) for m in ms):
        item.doubt("check", f"«{mention.stated}» joined to a period before it: the latter taken, not both")


# «в отдельные годы экспорт превышал $250 млн»: years the release does not name
_SOME_YEARS = re.compile(
    r"(?<![\w-])(?:в|за)\s+(?:отдельные|некоторые|иные|лучшие|былые|прежние)\s+годы(?![\w-])", re.I
)


def _none_before(item: Item, text: str, at: int) -> str | None:
    """Why a figure takes no period of the sentences before it, or None: a place or a share
    said in the present, a value per year, a value of years the release does not name."""
    if _stands(item, text, at):
        return "a place or a share said in the present tells how things stand, not of the period before"
    if _YEARLY.search(_amount_clause(text, at)):
        return "a value per year («в год», «ежегодно») is of no period a sentence before named"
    some = _SOME_YEARS.search(text)
    return f"«{some.group()}» names no year" if some else None


def _before_a_later_statement(text: str, ms: list[Mention], at: int) -> list[Mention]:
    """The periods an expectation may take: none of a statement after a «;» or «:» that
    follows it («поставлена задача удвоить товарооборот; для этого в следующем году …»)."""
    stop = re.compile(r"[;:]\s").search(text, at)
    if stop is None or _status(text, at) == "actual":
        return ms
    return [m for m in ms if m.start < stop.start()]


# «также» (not «а также», a list's), «по этому показателю», «этого оборота», «Это позволило …», «и в
# импорте»: a sentence that refers back to the figures before, whose period it goes on with
_GOES_ON_WITH = re.compile(
    r"(?<![\w-])(?:(?<!а\s)также|эт(?:о|от|ого|ому|им|ом|а|ой|у|и|их)|тот\s+же|и\s+(?:в|по))(?![\w-])", re.I
)


def _stands(item: Item, text: str, at: int) -> bool:
    """Whether a place or a share with no amount («Беларусь занимает третье место …», «на
    Россию приходится 60 % …», «её удельный вес — 66 %») is said in the present or with no
    verb, in a sentence that does not refer back to the figures before it: it tells how
    things stand, and the period a sentence before named is none of its."""
    data = item.data
    if data.get("value") is not None or data.get("growth") or not (data.get("rank") or data.get("share")):
        return False
    if tenses.done(text, at) or tenses.to_come(text, at) is not None:
        return False
    return not _GOES_ON_WITH.search(text)


def _year_of(mention: Mention) -> Mention:
    """«На форуме, который намечен на третью декаду сентября, рассчитывают подписать …»: the
    date a relative clause gives is the event's; what is to come at it is of that year."""
    period = mention.period
    if period is None or period.is_whole_year or period.kind in ("years", "run"):
        return mention
    return replace(mention, period=Period(period.year, 1, 12, "year"))


def _not_carried(mention: Mention, release: dt.date) -> bool:
    """Whether the sentence before's period is none of an expectation's that names none: one
    already over, or a part of a year (a month, a season: the date of that sentence's
    event, «Осенью откроют производство. Собирать намерены 10 моделей»); a plan takes the
    year or the run of years named before."""
    period = mention.period
    if mention.day:  # «27 июня 2017 года …»: the day something happened, no plan's year
        return True
    return _over(mention, release) or period is None or not (period.is_whole_year or period.kind == "years")


def _over(mention: Mention, release: dt.date) -> bool:
    """Whether a period ended before the release's month: an expectation in the sentence
    after it is not of it («В 2024 году … 1 млрд. Планируем выйти на 2 млрд»), while a
    plan «на 2026 год» goes on in the next sentence («В Того намерены поставить …»)."""
    period = mention.period
    return period is None or (period.year, period.last) < (release.year, release.month)


def _no_period(item: Item, ctx: Context, note: str) -> None:
    """A figure whose period the release does not give: `period: unstated` where the
    facts model has it (the memo then names none), else the release's year, guessed."""
    if accepts("FigureFact", (("id", "x"), ("indicator", "turnover"), ("period", UNSTATED), ("value", 1))):
        item.data["period"] = UNSTATED
        item.doubt("check", f"{note}: `period: unstated` (write the period if the release implies one)")
    else:
        item.data["period"] = str(ctx.release.year)
        item.doubt("guess", f"{note}: the release's year is assumed")


def _period_of(item: Item) -> Period | None:
    period = item.data.get("period")
    return None if period in (None, UNSTATED) else Period.parse(period)


_OVER_SPAN = re.compile(r"^за\s", re.I)


def _summed_over(mention: Mention, text: str, at: int, ms: list[Mention]) -> bool:
    """«За последние три года Беларусь поставила 635 тыс. тонн»: a sum over the years the
    sentence's own «за …» names, said by a perfective verb, with no growth over those years
    («за пять лет вырос вдвое и составил …» gives the level of the latest year; a rate with a
    base of its own, «114,4 % к 2016 году», is no such growth); a run of months where the model has it."""
    if not _OVER_SPAN.match(mention.stated) or mention.years is None or not tenses.summed(text, at):
        return False
    begin = clauses.start(text, at, clauses.STATEMENT)
    statement = text[begin : clauses.end(text, at, clauses.STATEMENT)]
    if any(growth.own_base(text, begin + r.end, ms) is None for r in num.rates(statement)):
        return False
    first, last = mention.years
    return accepts("FigureFact", (("id", "x"), ("indicator", "turnover"), ("period", f"{first}-01..{last}-12"),
                                  ("value", 1)))


def _each_year(item: Item) -> list[Item]:
    """«в последние два года товарооборот превышал $1 млрд»: the same figure for each year."""
    span = item.data.pop("_years", None)
    if span is None:
        return [item]
    first, last = span
    out = []
    for year in range(first, last + 1):
        twin = Item({**item.data, "period": str(year)}, item.mark, list(item.notes), item.sentence)
        out.append(twin)
    return out


def _count(text: str, amount: num.Amount, stop: int, ms: list[Mention], ctx: Context) -> Item | None:
    """«16 тракторов»: a count, drafted when the facts model knows units; a distance («до
    страны 10 тыс. км») is no quantity of the sides' dealings."""
    if not supports("FigureFact", "unit") or amount.unit in _DISTANCES:
        return None
    counted = num.counted(amount.stated)
    label = nominative_phrase(counted) or amount.unit or "единицы"
    label = _plural(label) or label
    item = Item({"indicator": count_indicator(), "label": label})
    _amount(item, amount)
    item.data["scale"] = amount.scale
    _count_destination(item, text, amount, ctx)
    # a period of a later statement («создано 13 производств: … — в этом году поставят …», «Сегодня …
    # более 50 договоров, главный из них — Договор … 2006 года») is not the count's; one right after
    # a dash after it is («из них 3 — в 2024 году»: the verb left out)
    end = clauses.end(text, amount.start, clauses.STATEMENT)
    own = [m for m in ms if m.role in ("period", "target") and m.period is not None
           and (m.start < end or _DASHED.fullmatch(text, amount.end, m.start))]
    own = counts.in_force(text, amount.start, own)
    if _status(text, amount.start) == "actual":  # «работа 10 отделений, деятельность которых в этом году …»
        own = periods.outside_clauses(text, own, amount.start)
    if counts.occasion(text):  # «22 декабря 2020 г. состоялась церемония передачи 4 автобусов»: that month
        ms = [periods.day_month(text, m) for m in ms]
    since = [m for m in ms if m.role == "since" and m.end <= amount.start]
    if _over_years(item, text, ms, amount, ctx):
        pass
    elif since or _THIS_PERIOD.search(text[: amount.start]):
        # «С 2020 года … 48 единиц, из них 12 – в 2024 году», «За этот период … 10 объектов,
        # из них 4 …»: only a period stated for the count itself, after it, holds; a span
        # up to now («с 2009 года», «этот период») no period of the model can.
        own = [m for m in own if amount.end <= m.start < stop]
        if not own:
            return _up_to_now(item, since[-1] if since else ctx.since, ctx)
        _when(item, text, own, amount.start, ctx)
    elif _at_event(text, own, ctx):
        _release_month(item, ctx, "a count of those taking part in an event the release reports")
    elif own or _status(text, amount.start) != "actual":
        _when(item, text, ms, amount.start, ctx)  # an expectation: of the plan the sentence before dated
    else:
        _count_when(item, text, ctx, amount.start)
    _per_year(item, text, amount)
    item.doubt("check", "a count: say what is counted in `label`")
    return item


_DASHED = re.compile(r"\s*[—–]\s*(?:(?:в|во|за|на)\s+)?")


def _count_destination(item: Item, text: str, amount: num.Amount, ctx: Context) -> None:
    """«в Гану — порядка 3,2 тыс. единиц»: a count supplied to a third state (`counterparty`)."""
    party = holders.count_destination(text, amount.start, ctx.partner, ctx.partner_country)
    if party is not None:
        item.data["counterparty"] = party
        item.doubt("check", f"a count of what goes to {party['name']}, not to the partner: `counterparty`")


def _over_years(item: Item, text: str, ms: list[Mention], amount: num.Amount, ctx: Context) -> bool:
    """A count that is a total over a run of years («с 2015 по 2024 год», «за последние три
    года»: one figure, `2015..2024`) or since a start named by no date («с начала
    сотрудничества»: `unstated`, the words kept in `remark`)."""
    run = periods.years_counted(text, ms, amount.start)
    probe = (("id", "c"), ("indicator", "count"), ("label", "x"), ("value", 1), ("unit", "x"))
    if run is not None and accepts("FigureFact", (*probe, ("period", run))):
        item.data.update(period=run, _status="actual")
        item.doubt("check", f"a count over the years {run}: one total for the whole run")
        return True
    ever = periods.ever_since(text[: amount.start])
    if run is None and ever is not None and supports("FigureFact", "remark"):
        item.data["_status"] = "actual"
        _no_period(item, ctx, f"«{ever}» names no date")
        item.data["remark"] = ever[0].lower() + ever[1:]
        return True
    return False


def _at_event(text: str, own: list[Mention], ctx: Context) -> bool:
    """«В этом году в выставке участвуют 512 компаний»: those taking part in an event the
    release reports are counted at the event; «в этом году» names which year's event it
    is, not the count's period. A period of its own shorter than the year still holds."""
    if not (counts.EVENT.search(text) and counts.TAKING_PART.search(text)):
        return False
    return all(m.period is not None and m.period.is_whole_year and m.period.year == ctx.release.year for m in own)


def _up_to_now(item: Item, since: Mention | None, ctx: Context) -> Item | None:
    """«С 2009 года … построено 10 объектов»: a count from a start up to the release's
    month, a run of months across years (`2009-01..2025-08`) where the facts model has it."""
    start = since.period if since is not None else None
    release = ctx.release
    if start is None or (start.year, start.first) >= (release.year, release.month):
        return None
    if start.year == release.year:
        period = f"{start.year}-{start.first:02d}..{release.month:02d}"
    else:
        period = f"{start.year}-{start.first:02d}..{release.year}-{release.month:02d}"
    if not accepts("FigureFact", (("id", "c"), ("indicator", "count"), ("label", "x"), ("period", period),
                                  ("value", 1), ("unit", "x"))):
        return None
    item.data.update(period=period, _status="actual")
    item.remark(f"«{since.stated if since else ''}» up to the release's month: the count's period is {period}")
    return item


def _release_month(item: Item, ctx: Context, why: str) -> None:
    """An event's count: the months of the event's days the release named («с 29 сентября по
    1 октября»: 2025-09..10), else the release's month."""
    item.data["_status"] = "actual"
    if ctx.dates is not None and ctx.dates.period is not None:
        item.data["period"] = str(ctx.dates.period)
        item.doubt("check", f"{why}: the months of its days, «{ctx.dates.stated}», are taken")
        return
    item.data["period"] = f"{ctx.release.year}-{ctx.release.month:02d}"
    item.doubt("check", f"{why}: the release's month is taken")


def _count_when(item: Item, text: str, ctx: Context, at: int) -> None:
    """A count with no period of its own, dated as counts.when reads its statement: by its
    event, by the period of the sentence right before, or by none (`unstated`)."""
    item.data["_status"] = "actual"
    if counts.of_occasions(item.data.get("unit")):  # «Проведено семнадцать заседаний комиссии»
        _no_period(item, ctx, "how many times up to the release's date")
        return
    before = ctx.last_period if ctx.period_at == ctx.sentence - 1 else None
    dated = before is not None and before.period is not None and counts.dates_after(ctx.previous, before)
    # «В этом году … На сегодня поставлено …»: the period before still runs
    running = before is not None and dated and not _over(before, ctx.release)
    said = counts.when(text, at, item.data.get("label") or "", ctx.previous, dated, running)
    if said == counts.BEFORE and before is not None:
        # «В 2007 году товарооборот вырос … Причиной стала продажа более 2 тыс. тракторов»: what
        # the sentence before dated, not an event of the release's month
        item.data["period"] = str(before.period)
        item.doubt("guess", f"a count of what «{before.stated}» of the sentence before dates: its period is taken")
    elif said == counts.AT_EVENT:
        # «подписали 9 соглашений», «На форуме подписывается ещё 20 документов»: the release's event
        _release_month(item, ctx, "no period is stated and the sentence reports an event")
    elif said == counts.SO_FAR:
        # «В Тбилиси открыты два салона», «На сегодня отправлено 48 машин»: what stands by the release's date
        _no_period(item, ctx, "a count of what has been made, opened or done up to the release's date")
    else:
        _no_period(item, ctx, "no period is stated and the sentence tells how things stand")


_REFERS_BACK = re.compile(r"(?:[—–-]\s*это|,\s*что)\s", re.I)


def _growth_of_counts(text: str, n: int, items: list[Item], found: list[num.Amount], ms, rates) -> list[Item]:
    """«16 тракторов, комбайн и 11 единиц техники — это почти в три раза больше, чем в
    2024 году»: growth stated after counts and referring back to them is the growth of
    their total (of the one count, when there is one)."""
    counts = [i for i in items if i.data.get("unit") and i.data.get("indicator") in ("count", "other")]
    if not counts or len(counts) != len(items) or not found:
        return []
    tail = text[found[-1].end :]
    back = _REFERS_BACK.search(tail)
    if back is None:
        return []
    at = found[-1].end + back.end()
    if len(counts) == 1:
        growth.attach(counts[0], text, found[-1], len(text), ms, [r for r in rates if r.start >= at])
        return []
    total = Item({**{k: v for k, v in counts[0].data.items() if k not in ("value", "qualifier")}}, sentence=n)
    total.data.update(label=f"{', '.join(c.data['label'] for c in counts)} (всего)", unit="единица")
    growth.attach(total, text, found[-1], len(text), ms, [r for r in rates if r.start >= at])
    if "growth" not in total.data:
        return []
    total.doubt("check", "growth of the counts before it, taken together: say what is counted in `label`")
    return [total]


_THIS_PERIOD = re.compile(r"\bза\s+(?:этот\s+период|это\s+время|эти\s+годы)\b", re.I)


def _shares(text: str, n: int, ms, rates, found: list[num.Amount], ctx: Context) -> list[Item]:
    """A share of the figure drafted just before («Это 1,5 % …»), or of a total the
    release names («на Беларусь приходится 48 % …», «доля России в экспорте выросла с 41 %
    до 55 %»), in a clause of its own; a share stated beside an amount («168 млн, или 70 %
    …») is that amount's, left to the analyst."""
    items: list[Item] = []
    said = shares.in_words(text) if supports("Share", "words") else []
    for rate in [*rates, *said]:
        # «две трети продукции»: a fraction in words is a share by itself, no cue needed
        cued = rate in said and shares.fraction_alone(text, rate.start) or shares.is_share(text, rate.start, rate.end) \
            or rate.kind == "percent" and shares.part_of_named_whole(text, rate.start, rate.end, rate.value)
        if rate.kind == "percent" and not cued and items:
            items += _elided_share(text, rate, items[-1], ms, ctx)
        if rate.kind != "percent" or not cued or shares.moves_on(text, rate.end) or shares.was_before(text, rate.start):
            continue
        if not found and re.match(r"\W*(?:это|что)\b", text, re.I):
            _share_of_last(text, rate, n, ctx)
        elif supports("Share", "whole") and not _beside_amount(text, rate, found):
            items += _share_of_whole(text, rate, n, ms, ctx)
    return items


# «В страны ЕС направлено свыше 35 %, в остальные государства — около 25 %»: a percent whose
# clause names only the place it goes to or falls on, with a verb of flow or a dash for it
_TO_PLACE = re.compile(
    r"(?:^|[,;:]\s*(?:а\s+)?)(?i:в|во|на)\s+(?P<place>[^,;:—–%]{2,60}?)\s*"
    r"(?:[—–]|\b(?i:направлен|поставлен|отгружен|отправлен|вывезен|ушл|пришл|приход)\w*)\s*"
    rf"(?:(?i:{num.HEDGE})\s+(?:чем\s+)?)?$"
)
# «на ЕС и прочие государства — немногим более 5 % и около 7 % соответственно»
_RESPECTIVELY = re.compile(
    r"(?:^|[,;:]\s*(?:а\s+)?)(?i:в|во|на)\s+(?P<places>[^,;:—–%]{2,80}?)\s*[—–]\s*(?P<rates>[^;.—–]*?%)\s*,?\s*"
    r"(?i:соответственно)"
)


def _shares_by_place(text: str, n: int, ms, rates: list[num.Rate], items: list[Item], ctx: Context) -> list[Item]:
    """Percents no figure took whose clause names only a place («в страны ЕС направлено
    свыше 35 %», «на ЕС и прочие государства — 5 % и 7 % соответственно») after a share of
    a named whole in this sentence or the one before: each that place's share of the same
    whole, with the place as `counterparty` when it is a third one."""
    last = [ctx.last] if ctx.last is not None and ctx.last.sentence == n - 1 else []
    before = [i for i in last + items if i.sentence in (n - 1, n) and (i.data.get("share") or {}).get("whole")]
    source = before[-1] if before else None
    if source is None or not supports("FigureFact", "counterparty"):
        return []
    taken = {i.data.get("_at") for i in items if i.sentence == n} | {i.data.get("_rate_at") for i in items}
    free = [r for r in rates if r.kind == "percent" and r.value < 100 and r.start not in taken]
    out = []
    for rate, place in _placed_rates(text, free):
        item = _placed_share(text, n, rate, place, source.data["share"]["whole"], ms, ctx)
        if item is not None:
            out.append(item)
    return out


def _placed_rates(text: str, free: list[num.Rate]) -> list[tuple[num.Rate, str]]:
    """Each free percent with the place its clause names, the places of a «соответственно»
    list paired with its percents in order."""
    out: list[tuple[num.Rate, str]] = []
    paired: set[int] = set()
    for m in _RESPECTIVELY.finditer(text):
        listed = [r for r in free if m.start("rates") <= r.start < m.end("rates")]
        places = re.split(r"\s*,\s*|\s+и\s+", m["places"].strip())
        if len(listed) == len(places) > 1:
            out += [(r, f"на {p}") for r, p in zip(listed, places)]
            paired |= {r.start for r in listed}
    for rate in free:
        if rate.start in paired:
            continue
        start = max([0, *(k.start() for k in re.finditer(r"[,;:]\s", text[: rate.start]))])
        clause = text[start : rate.start]
        to = _TO_PLACE.search(clause)
        if to is not None and not re.search(r"\bна\s*$", clause):
            out.append((rate, f"в {to['place']}"))
    return sorted(out, key=lambda pair: pair[0].start)


def _names_place(clause: str, ctx: Context) -> bool:
    """Whether a clause before a dash names a third party or the partner it falls on or goes to."""
    m = _TO_PLACE.search(clause) or _RESPECTIVELY.search(clause + " % соответственно")
    place = m.groupdict().get("place") or m.groupdict().get("places") if m else None
    if not place:
        return False
    return sides.counterparty(place, ctx.partner, ctx.partner_country, _official) is not None \
        or _names_partner(place, ctx)


def _placed_share(text: str, n: int, rate: num.Rate, place: str, whole: str, ms, ctx: Context) -> Item | None:
    party = sides.counterparty(place, ctx.partner, ctx.partner_country, _official)
    if party is None and not _names_partner(place, ctx):
        return None
    item = Item({"indicator": "turnover", "share": {"percent": rate.value, "whole": whole},
                 "_quote": text, "_at": rate.start}, sentence=n)
    if rate.hedge and supports("Share", "qualifier"):
        item.data["share"]["qualifier"] = rate.hedge
    if party is not None:
        item.data["counterparty"] = party
    _when(item, text, ms, rate.start, ctx)
    whose = f"{party['name']}'s (`counterparty`)" if party else "the partner's"
    item.doubt("check", f"{whose} share of «{whole}», read from the place its clause names")
    return item


# «…приходилось 15,8 % оборота, а в первом квартале 2023 года — уже 23,4 %»: the same share in
# a clause of its own, its verb left out for a dash
_ELIDED_SHARE = re.compile(
    rf"^[^;.%]*?(?:,\s*а|;)\s+[^,;.%]*?[—–]\s*(?:(?:уже|ещё|еще|лишь|только|всего)\s+)?(?:(?:{num.HEDGE})\s+)?$", re.I
)


def _elided_share(text: str, rate: num.Rate, before: Item, ms, ctx: Context) -> list[Item]:
    """A percent after «, а …—» following a share of the same sentence, with no word of
    its own, is that share again, of the same whole, in the period its clause names."""
    share = before.data.get("share")
    between = re.sub(r"^[\d\s,.]*(?:%|процент\w*)", "", text[before.data["_at"] : rate.start])  # past its own rate
    if not share or "whole" not in share or not _ELIDED_SHARE.match(between) or _names_place(between, ctx):
        return []  # «, а на ЕС — 5 %»: a place's share (`_shares_by_place`)
    item = Item({"indicator": before.data["indicator"], "share": {"percent": rate.value, "whole": share["whole"]},
                 "_quote": text, "_at": rate.start}, sentence=before.sentence)
    if "label" in before.data:
        item.data["label"] = before.data["label"]
    if rate.hedge and supports("Share", "qualifier"):
        item.data["share"]["qualifier"] = rate.hedge
    _when(item, text, ms, rate.start, ctx)
    item.doubt("check", f"the share of «{share['whole']}» stated again after a dash, its verb left out")
    return [item]


_RESTATES = re.compile(
    r"^\s*(?:,\s*или|,\s*что\s+(?:составля\w+|состав\w+)|\s*[—–](?:\s*это)?|,\s*это|\s*[(/]\s*(?:это|или)?)\s*"
    rf"(?:(?:{num.HEDGE})\s+(?:чем\s+)?)?$",
    re.I,
)


def _shares_of_amounts(text: str, rates: list[num.Rate], found: list[num.Amount], items: list[Item]) -> None:
    """«…составил 6 млрд 80,3 млн долларов, или 61,5 % всего внешнеторгового оборота»,
    «…168 млн, что составляет 12 % общего объёма экспорта», «2 164 трактора (это 62 % от
    общего количества)»: a percent restating the amount or count before it as a part of a
    whole it names is that figure's share."""
    taken = {i.data.get("_rate_at") for i in items}
    for rate in rates:
        amount = next((a for a in reversed(found) if a.end <= rate.start), None)
        if rate.kind != "percent" or rate.value > 100 or rate.start in taken or amount is None:
            continue
        restates = _RESTATES.match(text[amount.end : rate.start])
        whole = shares.genitive_run(shares.after_percent(text, rate.end)) if restates else None
        first = parses(whole.split()[0]) if whole else []
        item = next((i for i in items if i.data.get("_at") == amount.start and "value" in i.data), None)
        if item is not None and not whole and _part_of_total(text, amount, rate, item):
            continue
        if not first or first[0].tag.POS not in ("NOUN", "ADJF", "PRTF") or item is None or "share" in item.data:
            continue
        if not supports("Share", "whole"):
            continue
        share: dict = {"percent": rate.value, "whole": whole}
        if rate.hedge and supports("Share", "qualifier"):
            share["qualifier"] = rate.hedge
        item.data["share"] = share
        item.doubt("check", f"a share of «{whole}», a total the release does not give: check whose it is")


def _bracketed_shares(text: str, rates: list[num.Rate], found: list[num.Amount], items: list[Item],
                      ctx: Context) -> None:
    """«…составил 6 млрд долларов, или 61,5 % всего оборота. На прочие государства пришлось
    3,8 млрд долларов (38,5 %)»: a percent below a hundred in brackets right after an
    amount, once a share of a named whole was stated in this sentence or the one before,
    is that amount's share of the same whole (else it may be an index: «(95,3 %)»)."""
    wholes = [ctx.whole] + [i.data["share"]["whole"] for i in items if (i.data.get("share") or {}).get("whole")]
    wholes = [w for w in wholes if w]
    if not wholes or not supports("Share", "whole"):
        return
    for rate in rates:
        amount = next((a for a in reversed(found) if a.end <= rate.start), None)
        if rate.kind != "percent" or rate.value >= 100 or amount is None or rate.hedge:
            continue
        if not re.fullmatch(r"\s*\(\s*", text[amount.end : rate.start]) or not re.match(r"\s*\)", text[rate.end :]):
            continue
        item = next((i for i in items if i.data.get("_at") == amount.start and "value" in i.data), None)
        if item is None or "share" in item.data or "growth" in item.data:
            continue
        whole = wholes[-1]
        item.data["share"] = {"percent": rate.value, "whole": whole}
        item.doubt("check", f"a share in brackets, of «{whole}» as the share stated before it")


# «…около 90 миллионов, меньше 20 %»: a hedged percent set off after an amount
_PART_HEDGED = re.compile(rf"\s*,\s*(?:{num.HEDGE})\s+(?:чем\s+)?", re.I)


def _part_of_total(text: str, amount: num.Amount, rate: num.Rate, item: Item) -> bool:
    """«Оборот — около полумиллиарда. … а на технику — около 90 миллионов, меньше 20 %»:
    a hedged percent right after a part's amount, naming no whole, is its share of the
    turnover of the same period (resolved to that figure, `of`, once all are read; none
    when the release gives no such turnover). True when `item` took it."""
    if not _PART_HEDGED.fullmatch(text, amount.end, rate.start) or item.data["indicator"] == "turnover":
        return False
    if "share" in item.data or re.match(r"\s*(?:к|по\s+сравнению|больше|меньше|выше|ниже)\b", text[rate.end :]):
        return False
    item.data["share"] = {"percent": rate.value, "of": None}
    if rate.hedge and supports("Share", "qualifier"):
        item.data["share"]["qualifier"] = rate.hedge
    item.doubt("check", "a share of the turnover stated before, read from a percent beside the amount")
    return True


def _beside_amount(text: str, rate: num.Rate, found: list[num.Amount]) -> bool:
    """Whether a percent restates an amount of its clause («168 млн долларов, или 70 %»)."""
    clause = max([0, *(m.end() for m in re.finditer(r"[,;]|\s(?:а|но|однако)\s", text[: rate.start]))])
    restates = re.search(r"\bили\s+(?:\S+\s+)?$", text[: rate.start])
    last = next((a for a in reversed(found) if a.end <= rate.start), None)
    if last is not None and _RESTATES.match(text[last.end : rate.start]):
        return True  # «…128 млн долларов, что составляет 51 % всего товарооборота»
    return bool(restates) or any(clause <= a.start < rate.start and (a.currency or a.unit) for a in found)


def _growth_stop(text: str, amount: num.Amount, stop: int, ms: list[Mention]) -> int:
    """Where the growth of the amount's figure may be stated up to: before a period of
    its own («420 млн долларов, за восемь месяцев этого года он составляет 109 %» when
    the amount's period was named before it) and before another indicator or flow
    («… 100 млн долларов, экспорт вырос на 5 %»)."""
    if any(m.role == "period" and m.period is not None and m.end <= amount.start for m in ms):
        later = [m.start for m in ms if m.role == "period" and m.period is not None and amount.end <= m.start < stop]
        stop = min([stop, *later])
    subject = _subject_kind(text, amount.start, 0)
    if subject is None:
        return stop
    for word in [*_INDICATOR.finditer(text, amount.end, stop), *flows.FLOW.finditer(text, amount.end, stop)]:
        if _kind(word) != subject and not _COMPARED.search(text[: word.start()]):
            stop = min(stop, word.start())
    return stop


def _kind(word: re.Match[str]) -> str:
    """The indicator an indicator or flow word names: «экспорт», «поставки» → exports."""
    groups = {k: v for k, v in word.groupdict().items() if v}
    if "out" in groups or "in" in groups:
        return "exports" if "out" in groups else "imports"
    return next(iter(groups))


def _subject_kind(text: str, at: int, since: int) -> str | None:
    """The indicator named last before `at` (and after `since`), by an indicator or a flow word."""
    words = [*_INDICATOR.finditer(text, since, at), *flows.FLOW.finditer(text, since, at)]
    words = [w for w in words if w.end() <= at and not _COMPARED.search(text[: w.start()])]
    return _kind(max(words, key=lambda w: w.start())) if words else None


def _growth_figures(text: str, n: int, ms, rates, found: list[num.Amount], items: list[Item], ctx) -> list[Item]:
    """Growth no amount took, each a figure of its own: in a sentence with no amount
    («товарооборот вырос на 12 %»), and after it each clause that names another indicator
    or flow («…, а экспорт — на 4 %») or a period of its own («за восемь месяцев этого
    года он составляет 109 %»); a second rate of the same clause restates the first
    («на 31 %, или в 1,3 раза»)."""
    taken = {i.data.get("_rate_at") for i in items}
    out: list[Item] = []
    anchor = 0
    for rate in rates:
        anchor = max([anchor, *(a.end for a in found if a.end <= rate.start)])
        if rate.start in taken:
            anchor = rate.end
            continue
        share = rate.kind == "percent" and shares.is_share(text, rate.start, rate.end)
        if share or growth.of_economy(text, rate.start):
            continue  # a share; «ВВП вырос на 3,9 %»: an economy's growth, no trade's
        rise = None if growth.compares(text, rate, ms) else growth.read(text, rate)
        same = None if rise is None else _its_growth(text, rate, anchor, [*items, *out], n, ms) \
            or _this_flow(text, rate, [*items, *out], n)
        if same is not None and rise is not None:
            growth.settle(same, rise, text, ms, rate)
            anchor = rate.end
            continue
        first = not found and not out
        item = None if rise is None else _growth_figure(text, n, rate, anchor, [*items, *out], first, ms, ctx)
        if item is None or rise is None:
            continue
        growth.settle(item, rise, text, ms, rate)
        growth.unstated_base(item, rise, text, ms, rate.end)
        out.append(item)
        ctx.last, anchor = item, rate.end
    return out


# «…, а прирост к тем же месяцам — почти 12 %», «…; рост при этом составил 5 %»: the growth
# of the figure just stated, its subject a bare word of growth
_ITS_GROWTH = re.compile(
    r"\s*(?:[,;]\s*)?(?:(?:а|и|при\s+этом)\s+)?(?:е[её]\s+|его\s+)?(?:темп\w*\s+)?(?:при)?рост\w*\b", re.I
)


# «…, и этот экспорт составил 128 % к …»: the flow of the figure just stated, pointed at
_THIS_FLOW = re.compile(
    rf"(?<![\w-])эт(?:от|а|о|и)\s+{TRADE_WORD}\s+"
    r"(?:[а-яё]+\s+){0,3}$",
    re.I,
)


def _this_flow(text: str, rate: num.Rate, before: list[Item], n: int) -> Item | None:
    """«на Беларусь пришлось более 9 % всего экспорта области, и этот экспорт составил
    128 %»: a rate whose clause names its flow by a demonstrative is the growth of the figure
    stated just before it in the sentence, when that one has none yet."""
    if not _THIS_FLOW.search(clauses.before(text, rate.start, clauses.ELIDED)):
        return None
    own = [i for i in before if i.sentence == n and i.data.get("_at", rate.start) < rate.start]
    last = max(own, key=lambda i: i.data["_at"], default=None)
    return None if last is None or "growth" in last.data else last


def _its_growth(text: str, rate: num.Rate, anchor: int, before: list[Item], n: int, ms) -> Item | None:
    """The figure stated just before `rate` in this sentence, when the clause of the rate
    goes on with a bare word of growth and names no indicator, flow or period of its
    own, and that figure has no growth yet."""
    last = before[-1] if before and before[-1].sentence == n else None
    if last is None or "growth" in last.data or last.data.get("_at", rate.start) >= anchor:
        return None
    between = text[anchor : rate.start]
    if not _ITS_GROWTH.match(between) or _INDICATOR.search(between) or flows.FLOW.search(between):
        return None
    own = any(m.role == "period" and anchor <= m.start < rate.start for m in ms)
    return None if own else last


def _growth_figure(text: str, n: int, rate: num.Rate, anchor: int, before: list[Item], first: bool, ms, ctx):
    """The figure a growth rate is stated for: the indicator or flow named since `anchor`
    (the first growth of a sentence with no amount looks further, as an amount does);
    else, when a period of its own was named since, the figure stated before it."""
    notes: list[str] = []
    if first:
        near = _indicator_or_context(text, rate.start, rate.end, ctx, notes)
    else:
        # «…, казахстанский — на 26 %»: a subject left out stands for a flow named before the anchor
        elided = _elided_subject(text, rate.start)
        near = elided or _indicator_near(text, rate.start, rate.end)
        near = near if near is not None and near[1] is not None and (
            anchor <= near[1].start() < rate.start or near is elided) else None
        word = flows.flow_before(text, rate.start)
        if near is None and (word is None or word.start() < anchor):
            return _elided(text, n, rate, anchor, before, ctx) or _elided_growth(text, n, rate, anchor, before) \
                or _bracketed_growth(text, n, rate, anchor, before) or _pointed_back(text, n, rate, before, ms, ctx) \
                or _restated(text, n, rate, anchor, before, ms, ctx)
    return _growth_only(text, n, rate.start, near, notes, ms, ctx)


def _pointed_back(text: str, n: int, rate: num.Rate, before: list[Item], ms, ctx: Context) -> Item | None:
    """«довести товарооборот до миллиарда долларов, а в перспективе — и удвоить эту
    величину», «…составляет 133 млн; эту цифру можно увеличить втрое»: a multiple whose
    clause names what it moves only by pointing back at the level stated before is a
    figure of its own, of that level's indicator (a level to reach, not the level's
    growth), dated by its own words."""
    if not before or not _to_reach(text, rate.start, rate.end):
        return None
    last = before[-1].data
    item = Item({k: last[k] for k in ("indicator", "label", "side", "trade", "counterparty") if k in last}, sentence=n)
    item.data.update(_quote=text, _at=rate.start, _apart=True)
    item.doubt("check", "a multiple of the level stated before it, pointed back at: a figure of its own")
    # a level to reach is dated by its own clause only, never by the level's span
    begin = clauses.start(text, rate.start, clauses.OTHER)
    _when(item, text, [m for m in ms if m.start >= begin], rate.start, replace(ctx, last_period=None, run=None))
    if item.data["_status"] == "actual" and supports("FigureFact", "status"):
        item.data["_status"] = item.data["status"] = "target"  # a level to reach (README convention 8)
        item.doubt("check", "status read as target: an infinitive moves the level")
    return item


def _to_reach(text: str, at: int, end: int) -> bool:
    """Whether the rate at `at`..`end` is a multiple an infinitive applies to a level pointed
    back at («удвоить эту величину», «эту цифру можно увеличить втрое»): a level to reach."""
    if not _points_back(text, at, end):
        return False
    after = _POINTED_AFTER.match(text, end)
    return _infinitive_moves(text[clauses.start(text, at, clauses.OTHER) : after.end() if after else end])


_SUCCEEDED = re.compile(r"(?<![\w-])(?:удалось|смогли|сумели|получилось)\s", re.I)


def _infinitive_moves(clause: str) -> bool:
    """Whether an infinitive of the clause («удвоить», «увеличить») moves the level, and
    no word of success («удалось удвоить») says it was moved."""
    words = re.findall(r"[а-яё]+", clause, re.I)
    return not _SUCCEEDED.search(clause) and any(parses(w) and parses(w)[0].tag.POS == "INFN" for w in words)


def _elided(text: str, n: int, rate: num.Rate, anchor: int, before: list[Item], ctx: Context) -> Item | None:
    """«экспорт вырос на 10 %: в Россию — на 12 %, в Казахстан — на 5 %»: a clause that
    names only a place and a dash for the shared verb is the figure before's indicator and
    period with that place at its other end: the partner's (our trade with it), or a third
    party's (`counterparty`); None when the place is neither."""
    between = text[anchor : rate.start]
    place = sides.elided_place(clauses.before(between, len(between), clauses.ELIDED))
    if place is None or not before or before[-1].data["indicator"] not in _OURS:
        return None
    last = before[-1].data
    item = Item({k: last[k] for k in ("indicator", "period", "status", "_status", "trade") if k in last}, sentence=n)
    item.data.update(_quote=text, _at=rate.start)
    stated = last.get("side", "ours")
    partner = _names_partner(place, ctx) or any(name == ctx.partner for name, _ in sides.groups(place))
    if not _third_party(item, place, stated, ctx) and not partner \
            and _destination(place, ctx) != "partner":  # «в СНГ»: the partner by its initials
        return None
    # «Всего экспорт вырос на 25,1 %: в СНГ — на 21,7 %, в остальные — на 29,2 %»: each joins the figure of
    # its end in `merge`; the growth before them is the whole flow's, a figure of its own (`_dest: all`)
    _mark_destination(item, place, ctx)
    if before[-1].sentence == n and before[-1].data.get("value") is None:
        before[-1].data.setdefault("_dest", "all")
    item.doubt("check", f"«{place.strip()} —»: the indicator and period of the figure before, the verb left out")
    return item


def _elided_growth(text: str, n: int, rate: num.Rate, anchor: int, before: list[Item]) -> Item | None:
    """«поставки молока выросли в 2 раза, мяса — в 1,5 раза»: the growth of a product group
    named alone after the figure before, of that figure's flow and period."""
    last = before[-1] if before and before[-1].sentence == n else None
    if last is None:
        return None
    item = Item({k: last.data[k] for k in ("period", "status", "_status") if k in last.data}, sentence=n)
    if not _elided_group(item, text[anchor : rate.start], last):
        return None
    item.data.update(_quote=text, _at=rate.start)
    return item


# the rest of the world beside the partner: «в остальные страны», «в государства дальнего зарубежья»
_REST = re.compile(r"\b(?:остальн|прочи|други|дальн\w*\s+зарубеж|вне\s)", re.I)
_FLOW_KINDS = ("turnover", *FLOWS)


def _destination(words: str, ctx: Context) -> str | None:
    """Which end a flow's words name: the partner («в страны Содружества», «в СНГ»), the rest
    of the world beside it («в остальные страны», «дальнего зарубежья»), or neither (None)."""
    if _REST.search(words):
        return "rest"
    initials = "".join(w[0] for w in (ctx.partner or "").split() if w[:1].isupper())
    capital = [w.lower() for w in re.findall(r"[А-ЯЁ][а-яё]+", words)]
    named = any(sides.names_partner(w, ctx.partner_stems, shortest=4) for w in capital)
    return "partner" if named or len(initials) > 1 and re.search(rf"\b{initials}\b", words) else None


def _mark_destination(item: Item, words: str, ctx: Context) -> None:
    """Keep, for `merge`, which end of the flow the figure's own words name (`_dest`)."""
    if item.data.get("indicator") in _FLOW_KINDS and (dest := _destination(words, ctx)) is not None:
        item.data["_dest"] = dest


# «…, а также кордными тканями (почти в 4 раза) и частями для тракторов (в 2 раза)»: goods and their growth in brackets
_BRACKETED = re.compile(
    r"\s*\)?\s*(?:,\s*)?(?:(?:а\s+также|и|а)\s+)?(?P<goods>[а-яё][а-яё -]{2,80}?)\s*\(\s*"
    rf"(?:(?:{num.HEDGE})\s+)?(?:на\s+)?",
    re.I,
)


def _bracketed_growth(text: str, n: int, rate: num.Rate, anchor: int, before: list[Item]) -> Item | None:
    """«рост объясняют электроэнергией, поставки которой увеличились в 436 раз, а также
    кордными тканями (почти в 4 раза)»: a group of goods listed after a product group's
    growth, with its own growth in brackets, is traded the same way, in the same period."""
    last = before[-1] if before and before[-1].sentence == n else None
    m = _BRACKETED.fullmatch(text, anchor, rate.start)
    label = last.data.get("label", "") if last is not None and last.data.get("indicator") == "product" else ""
    flow = label.split()[0].lower() if label else ""
    words = m["goods"].split() if m else []
    k = len(words)  # the noun phrase that ends the words: «рост обеспечили также сыры» → «сыры»
    while k and parses(words[k - 1]) and parses(words[k - 1])[0].tag.POS in ("NOUN", "ADJF", "PRTF", "CONJ", "PREP"):
        k -= 1
    words = words[k:]
    while words and parses(words[0]) and parses(words[0])[0].tag.POS in ("CONJ", "PREP"):
        words = words[1:]
    nouns = any(parses(w) and parses(w)[0].tag.POS == "NOUN" for w in words)
    if last is None or flow not in ("экспорт", "импорт") or not nouns:
        return None
    item = Item({k: last.data[k] for k in ("period", "status", "_status") if k in last.data}, sentence=n)
    item.data.update(indicator="product", label=f"{flow} {flows.genitive(words)}", _quote=text, _at=rate.start)
    item.doubt("check", f"goods listed with their growth in brackets, read as «{item.data['label']}»")
    return item


def _restated(text: str, n: int, rate: num.Rate, anchor: int, before: list[Item], ms, ctx) -> Item | None:
    """«… составил 420 млн долларов, за восемь месяцев этого года он составляет 109 %»:
    growth with a period of its own and no indicator named is the figure before's."""
    own = [m for m in ms if m.role == "period" and anchor <= m.start < rate.start]
    if not before or not own and not _second_growth(text, rate, before[-1], ms):
        return None
    last = before[-1].data
    item = Item({k: last[k] for k in ("indicator", "label", "side", "trade") if k in last}, sentence=n)
    item.data.update(_quote=text, _at=rate.start)
    if own:
        item.doubt("check", "the indicator is the one named before it in the sentence")
        _when(item, text, ms, rate.start, ctx)
        return item
    # «вырос на 12 % к 2023 году и в 2,5 раза к 2020 году»: a second growth of the same figure
    item.data.update({k: last[k] for k in ("period", "status", "_status") if k in last})
    item.doubt("check", "a second growth of the figure before it, against a base of its own: a figure of its own")
    return item


def _second_growth(text: str, rate: num.Rate, last: Item, ms: list[Mention]) -> bool:
    """Whether `rate` is a second growth of the figure before it: that figure has growth,
    and this rate names a base of its own, another than that growth's."""
    first = last.data.get("growth")
    base = growth.own_base(text, rate.end, ms)
    if first is None or base is None or last.data.get("period") in (None, UNSTATED):
        return False
    return growth.versus(text, ms, rate.end, last.data["period"]) != first.get("versus")


def _growth_only(text: str, n: int, at: int, near, notes: list[str], ms, ctx: Context) -> Item | None:
    """A figure that states how something moved, with no level: its indicator and period
    («объём инвестиций увеличился в 2,5 раза»: investment, where the facts model has it)."""
    item = _named(text, at, near, notes, ctx)
    if item is None and near is None and _deals_known() and deals.kind(text, at) == "investment":
        item = Item({"indicator": "investment"})
        item.doubt("check", "growth of investment, with no level: check whose investment it is")
    if item is None:
        return None
    item.sentence = n
    item.data.update(_quote=text, _at=at)
    _when(item, text, ms, at, ctx)
    return item


def _moved_by(text: str, n: int, changes: list[num.Amount], items: list[Item], ms, ctx: Context) -> list[Item]:
    """«увеличился на 31 %, или на 3,7 млрд долларов», «вырос на 20 млн»: an absolute change
    goes with the figure stated before it in the sentence (else the one after it), or is
    a figure of its own; it is never a level. Where the facts model has no field for it,
    the figure says so and the sentence is listed at the end."""
    out: list[Item] = []
    for change in changes:
        own = [i for i in items + out if i.sentence == n and "_at" in i.data]
        target = max((i for i in own if i.data["_at"] < change.start), key=lambda i: i.data["_at"], default=None)
        target = target or min(own, key=lambda i: i.data["_at"], default=None)
        if target is None:
            notes: list[str] = []
            near = _indicator_or_context(text, change.start, change.end, ctx, notes)
            target = _growth_only(text, n, change.start, near, notes, ms, ctx)
            if target is not None:
                out.append(target)
        if target is None or not _put_change(target, text, change):
            ctx.partial.add(n)
    return [i for i in out if "growth" in i.data]


def _put_change(item: Item, text: str, change: num.Amount) -> bool:
    """The absolute change into the figure's `growth.amount`, negative for a fall."""
    if not supports("Growth", "amount"):
        item.doubt("check", f"«{change.stated}» is an absolute change, which the facts model cannot hold: not drafted")
        return False
    value = -change.value if num.falls(text, change.start, change.end) else change.value
    moved: dict = {"value": value, "scale": change.scale}
    if change.currency not in (None, "USD"):
        moved["currency"] = change.currency
    if change.hedge:
        moved["qualifier"] = change.hedge
    item.data.setdefault("growth", {})["amount"] = moved
    item.doubt("check", f"«{change.stated}» read as an absolute change (`growth.amount`)")
    return True


def _occasions(text: str, n: int, ms: list[Mention], ctx: Context) -> list[Item]:
    """«Главы государств встречались уже 11 раз»: a count of occasions (src/memogen/draft/
    counts.py), dated by a period of its own, else up to the release's date (`unstated`);
    one over a span of years («за пять лет») no period of the facts model holds."""
    if not supports("FigureFact", "unit"):
        return []
    items = []
    for said in counts.read(text):
        own = [m for m in ms if m.role in ("period", "target") and m.period is not None]
        if any(m.years is not None or m.role == "since" for m in ms):
            ctx.partial.add(n)
            continue
        item = Item({"indicator": count_indicator(), "label": _plural(said.unit) or said.unit}, sentence=n)
        item.data.update(value=said.value, unit=said.unit, scale="units", _quote=text)
        if said.hedge:
            item.data["qualifier"] = said.hedge
        if own:
            _when(item, text, ms, said.start, ctx)
        else:
            item.data["_status"] = "actual"
            _no_period(item, ctx, "how many times up to the release's date")
        item.remark(f"a count of occasions («{said.stated}»): say who met or visited in `label`")
        items.append(item)
    return items


def _share_of_whole(text: str, rate: num.Rate, n: int, ms, ctx: Context) -> list[Item]:
    """«на Белоруссию приходится 48 % товарооборота Брянской области»: a share of a total
    the release names without giving it, as a figure of its own."""
    whole = shares.whole_of(text, rate.start, rate.end, ctx.partner_genitive)
    if whole is None:
        return []
    share: dict = {"percent": rate.value, "whole": whole}
    if rate.words is not None and rate.kind == "percent":
        share["words"] = rate.words  # «треть импорта»: a share in words
    before = shares.moved_from(text, rate.start, rate.end)
    if rate.hedge and supports("Share", "qualifier") and before is None:
        share["qualifier"] = rate.hedge
    subject = _share_subject(text, rate.start)
    in_whole = _whole_flow(text, rate.end) if subject is None else None
    named = _named(text, rate.start, subject or in_whole, [], ctx) if subject or in_whole else None
    if in_whole is not None and named is not None and not named.data.get("_owned"):
        named = None  # «7 % экспорта»: whose exports the whole does not say, a turnover's share as before
    elif in_whole is not None and named is not None:  # «всего экспорта»: the whole's words, not the share's ends
        named.data.pop("counterparty", None)
        named.notes[:] = [note for note in named.notes if "every country" not in note]
    item = named or Item({"indicator": "turnover"})
    item.sentence = n
    item.data.update(share=share, _quote=text, _at=rate.start)
    if named is None and not names_trade(whole.partition(",")[0]):  # «80 % населения»: no trade
        item.data.update(indicator="other", label="доля")
        item.doubt("check", "a share of a whole that is no trade: say whose share it is in `label`")
    if before is not None and supports("Share", "previous"):
        share["previous"] = before
    elif before is not None:
        item.doubt("check", f"the share moved from {before} %, which the facts model cannot hold: say it in words")
    _when(item, text, ms, rate.start, ctx)
    if _goods_share(item, text, rate):
        return [item]
    item.doubt("check", f"a share of «{whole}», a total the release does not give: check whose share it is")
    _share_holder(item, text, rate.start, ctx)
    return [item]


def _goods_share(item: Item, text: str, rate: num.Rate) -> bool:
    """A share of a trade that a group of goods takes («57 % всех поставок … пришлось на
    металлы», «машиностроительная продукция (26 % общего объёма поставок)»): that group's
    share, `product` labelled with the goods, its whole the trade's words."""
    goods = shares.goods_part(text, rate.start, rate.end)
    if goods is None or item.data["indicator"] not in _OURS or not names_trade(item.data["share"]["whole"]):
        return False
    item.data.update(indicator="product", label=goods, _goods_share=True)
    item.data.pop("counterparty", None)
    item.notes[:] = [note for note in item.notes if "every country" not in note]
    item.doubt("check", f"the share of «{item.data['share']['whole']}» that «{goods}» take: check the goods and "
               "whose trade it is")
    return True


def _shares_by_goods(text: str, n: int, ms, rates: list[num.Rate], items: list[Item], ctx: Context) -> list[Item]:
    """Percents no figure took, after a group of goods' share in the sentence, whose clause
    names another group («…пришлось на металлы, 19 % — на машиностроительную продукцию»,
    «химическая продукция (21 %)»): each that group's share of the same whole."""
    source = next((i for i in reversed(items) if i.sentence == n and i.data.get("_goods_share")), None)
    if source is None:
        return []
    taken = {i.data.get("_at") for i in items if i.sentence == n} | {i.data.get("_rate_at") for i in items}
    out = []
    for rate in rates:
        goods = shares.goods_part(text, rate.start, rate.end) if rate.start > source.data["_at"] else None
        if rate.kind != "percent" or rate.value >= 100 or rate.start in taken or goods is None:
            continue
        item = Item({"indicator": "product", "label": goods, "_quote": text, "_at": rate.start,
                     "share": {"percent": rate.value, "whole": source.data["share"]["whole"]}}, sentence=n)
        if rate.hedge and supports("Share", "qualifier"):
            item.data["share"]["qualifier"] = rate.hedge
        _when(item, text, ms, rate.start, ctx)
        item.doubt("check", f"«{goods}»'s share of «{source.data['share']['whole']}», the whole of the share "
                   "before it in the sentence: check the goods")
        out.append(item)
    return out


# «9 % всего экспорта области», «треть общего объёма поставок»: the words before a whole's flow
_WHOLE_OPENS = re.compile(r"\s*(?:(?:всего|всей|общего|общей|совокупного|суммарного)\s+)?(?:объ[её]ма\s+)?", re.I)


def _whole_flow(text: str, end: int) -> tuple[str, re.Match[str]] | None:
    """The flow a share's whole opens with, after the percent ending at `end` («на Беларусь
    пришлось 9 % всего экспорта области»: the region's exports, of which the share falls on
    its holder); None when the whole opens with no flow word (a turnover, a trade)."""
    opens = _WHOLE_OPENS.match(text, len(text) - len(shares.after_percent(text, end)))
    word = flows.FLOW.match(text, opens.end()) if opens is not None else None
    return (_name_of(word), word) if word is not None else None


def _share_subject(text: str, at: int) -> tuple[str, re.Match[str]] | None:
    """The flow or indicator a share's clause names as its subject, before the percent
    («Импорт товаров из стран СНГ составил 35,9 % от общего объёма импорта», «экспорт
    продуктов питания составляет 86 % …»); None when the clause names none, or names it
    only in an oblique case («на долю товарооборота», «доля в экспорте»)."""
    begin = clauses.start(text, at, clauses.SHARE)
    word = flows.subject_before(text, at)
    if word is None or word.start() < begin:
        found = _indicator_before(text, at)
        word = found[1] if found is not None and found[1].start() >= begin else None
    said = word.group().split()[0] if word is not None else ""
    if word is None or not any(p.tag.case == "nomn" and p.tag.POS == "NOUN" for p in parses(said)):
        return None
    return _name_of(word), word


# whose a share is, named before its percent: «на долю России пришлось 50 %», «удельный вес
# Китая — 10 %», «на Россию приходится 48 %»
_SHARE_OF = re.compile(
    r"(?:(?<![\w-])(?:[Нн]а\s+)?[Дд]ол[еяюи]\w*|(?<![\w-])[Уу]дельн\w+\s+вес\w*)\s+(?P<owner>[А-ЯЁ][\w-]+)|"
    r"(?<![\w-])[Нн]а\s+(?P<onto>[А-ЯЁ][\w-]+)\s+(?:[а-яё]+\s+)?(?:приход|пришл|прид[её]тся)"
)


def _share_holder(item: Item, text: str, at: int, ctx: Context) -> None:
    """A share held by a third state, named in the share's clause before its percent («На
    долю России пришлось 50 % товарооборота» in a release about China): `counterparty`."""
    if item.data["indicator"] not in _OURS or not supports("FigureFact", "counterparty"):
        return
    found = list(_SHARE_OF.finditer(clauses.before(text, at, clauses.SHARE)))
    if not found:
        return
    place = found[-1]["owner"] or found[-1]["onto"]
    if place.lower().startswith(("беларус", "белорус")):
        return
    _third_party(item, f"с {place}", "ours", ctx)


def _share_of_last(text: str, rate: num.Rate, n: int, ctx: Context) -> None:
    last = ctx.last
    if last is None or "share" in last.data or not re.match(r"\W*(?:это|что)\b", text, re.I):
        return
    last.data["share"] = {"percent": rate.value, "of": None}
    if supports("Share", "quote"):
        last.data["share"]["quote"] = text.strip()
    if rate.hedge and supports("Share", "qualifier"):
        last.data["share"]["qualifier"] = rate.hedge
    last.notes.append("the share is read from the next sentence")
    last.data["_share_sentence"] = n




def merge(found: list[Item]) -> list[Item]:
    """One figure per fact: growth stated in a sentence of its own joins the figure of
    the same indicator and period before it («… 850 млн. … вырос более чем на 34 %»), or
    after it when none came before («За последние пять лет товарооборот вырос в 4,6 раза.
    В 2012 году он превысил $320 млн»); growth stated again for the same figure («почти в
    2,4 раза … темп роста — 236 %») is kept once; a figure stated twice is kept once,
    hedged if either statement is."""
    out: list[Item] = []
    for item in periods.lead_spans(found):
        data = item.data
        if data.get("value") is None and "growth" in data and (_joined(out, item) or _said_again(out, item)):
            continue
        if _share_joined(out, item) or _trade_refined(out, item):
            continue
        twin = next((o for o in out if _same(o.data, data, _WHAT + _KIND) and o.data.get("value") is not None), None)
        if twin is not None and _same_amount(data, twin.data) and not _refined(twin.data, data):
            if data.get("qualifier") and not twin.data.get("qualifier"):
                # the hedged statement is the one to quote: it says what the figure says
                twin.data["qualifier"] = data["qualifier"]
                twin.sentence, twin.data["_quote"] = item.sentence, data["_quote"]
            twin.doubt("check", "stated twice in the release: drafted once")
            continue
        out.append(item)
    kept = [
        item for k, item in enumerate(out)
        if not _joined(out[k + 1 :], item, later=True) and not _restated_later(out[k + 1 :], item)
    ]
    return [item for item in kept if not _dated_elsewhere(kept, item)]


def markets_in_labels(found: list[Item]) -> None:
    """A counterparty is a trade flow's other side or the state a count goes to; a group of
    goods sold to a third market («… в Россию, Украину и Молдову, куда поставлено 21,5 тыс.
    т») says its market in the label, as the facts model asks, never as `counterparty`."""
    for item in found:
        data = item.data
        if data["indicator"] in (*_OURS, "count") or "counterparty" not in data:
            continue
        party = data.pop("counterparty")
        data.pop("side", None)
        if data.get("label"):
            data["label"] = f"{data['label']} ({party['name']})"
        item.doubt("check", f"goods traded with {party['name']}, not with the partner: the market is in `label`")


def _trade_refined(figures: list[Item], item: Item) -> bool:
    """«товарооборот достиг 135 млн. … товарообмен составил 135 млн, в том числе … на услуги»:
    an amount restated as trade in goods and services is the figure stated before with no
    trade named; that one takes the trade (one amount is never goods alone and goods and
    services both)."""
    trade = item.data.get("trade")
    if trade != "goods_and_services" or item.data.get("value") is None:
        return False
    keys = ("indicator", "period", "value", "scale", "currency", "side", "label")
    twin = next((o for o in figures if "trade" not in o.data and _same(o.data, item.data, keys)), None)
    if twin is None:
        return False
    twin.data["trade"] = trade
    if item.data.get("qualifier") and not twin.data.get("qualifier"):
        # the hedged statement is the one to quote, as `merge` keeps it
        twin.data["qualifier"] = item.data["qualifier"]
        twin.sentence, twin.data["_quote"] = item.sentence, item.data["_quote"]
    twin.notes += [note for note in item.notes if note not in twin.notes]
    twin.doubt("check", "stated again as trade in goods and services: drafted once")
    return True


def _bare_growth(data: dict, dropped: tuple[str, ...] = ("quote", "qualifier", "versus")) -> dict:
    """A figure's growth without the parts that may differ where one growth is said twice."""
    return {k: v for k, v in (data.get("growth") or {}).items() if k not in dropped}


def _borrowed(item: Item) -> bool:
    """Whether an expectation took its period from the sentence before («В 2016 году … снизились.
    Увеличить товарооборот до 500 млн — реальная задача»): a year of another statement, maybe."""
    return bool(item.data.get("_carried")) and item.data.get("_status") != "actual"


def _dated_elsewhere(items: list[Item], item: Item) -> bool:
    """«Товарооборот … обвалился более чем на 25 %» in a headline, «За 7 месяцев этого года
    товарооборот снизился более чем на четверть» in the text: a figure the drafter found no
    period for, stated again with its period (the same amount, or the same growth), is that
    dated figure, drafted once; not when an expectation only borrowed that period (`_borrowed`)."""
    data = item.data
    if data.get("period") != UNSTATED or data.get("rank") or data.get("share"):
        return False
    growth = _bare_growth(data)

    def restates(o: Item) -> bool:
        if data.get("value") is not None:
            return _same_amount(o.data, data)
        return bool(growth) and _bare_growth(o.data) == growth

    twin = next((
        o for o in items
        if o is not item and o.data.get("period") not in (None, UNSTATED) and not _borrowed(o)
        and _ours_way(o.data) == _ours_way(data) and _same(o.data, data, ("label", "trade", "counterparty", *_KIND))
        and restates(o)
    ), None)
    if twin is None:
        return False
    if data.get("qualifier") and not twin.data.get("qualifier"):
        twin.data["qualifier"] = data["qualifier"]
    twin.doubt("check", f"stated also with no period: «{data['_quote']}» (kept once)")
    return True


def _ours_way(data: dict) -> str:
    """The indicator from our side: the partner's exports are our imports."""
    indicator = data.get("indicator", "")
    return MIRROR.get(indicator, indicator) if data.get("side") == "partner" else indicator


def _restated_later(later: list[Item], item: Item) -> bool:
    """«За январь–август товарооборот вырос на 97 %, а белорусский экспорт — на 65 %. … товарооборот
    составил 5,83 млрд, что на 97 % больше … Импорт из Беларуси в Китай составил 1,99 млрд,
    увеличившись на 65 %»: growth a lead states alone and a later sentence states again with its
    level, of the same figure seen from our side, is that figure's, drafted once."""
    data = item.data
    if data.get("value") is not None or "growth" not in data or data.get("share") or data.get("rank"):
        return False
    said = _bare_growth(data, ("quote", "qualifier"))
    twin = next((
        o for o in later
        if o.data.get("value") is not None and o.sentence != item.sentence
        and _ours_way(o.data) == _ours_way(data) and _same(o.data, data, ("label", "period", "trade"))
        and o.data.get("counterparty") == data.get("counterparty")
        and _bare_growth(o.data, ("quote", "qualifier")) == said
    ), None)
    if twin is None:
        return False
    # the lead's sentence stays listed at the end, as a growth said again is (`_said_again`): no quote holds it
    twin.doubt("check", f"its growth is stated first alone: «{data['_quote']}» (kept once)")
    return True


def _joined(figures: list[Item], item: Item, later: bool = False) -> bool:
    """Whether growth stated on its own (`item`) joins a figure of `figures` of the same
    indicator and period: one with no growth takes it; one with growth of its own stated
    in another sentence keeps its own (the same growth said again)."""
    data = item.data
    if later and (data.get("value") is not None or "growth" not in data or data.get("share") or data.get("rank")):
        return False
    if data.get("_apart"):  # a multiple of a level pointed back at: a level to reach, no growth of that level
        return False
    # a trade with another counterparty or side is another figure («Всего экспорт … вырос на 25 %»
    # is no growth of the exports to the partner stated before)
    same = [o for o in figures if o is not item and _same(o.data, data, _WHAT)]
    if "_dest" in data:  # growth to one destination: only the figure whose words name the same end
        same = [o for o in same if o.data.get("_dest") == data["_dest"]]
    else:
        same = [o for o in same if sides.same_counterparty(o.data, data)]
    if later:  # the level stated after its growth («… вырос в 4,6 раза. В 2012 году он превысил …»)
        same = [o for o in same if o.data.get("value") is not None]
        if data.get("period") == UNSTATED:  # two figures of no period are not one: the very next sentence only
            same = [o for o in same if o.sentence == (item.sentence or 0) + 1]
        same = same[:1] or _span_end(figures, item)
    # «импорт уменьшился на 13,5 % и составил 2 192 млн»: a level of its own sentence comes first
    same.sort(key=lambda o: o.sentence != item.sentence or o.data.get("value") is None)
    twin = next((o for o in same if "growth" not in o.data and not o.data.get("_start") and not _contrasted(o, item)),
                None)
    if twin is not None:
        twin.data["growth"] = data["growth"]
        if supports("Growth", "quote"):
            twin.data["growth"]["quote"] = data["_quote"]
            twin.data.setdefault("_joined_from", []).append(item.sentence)
        twin.doubt("check", f"the growth is read from {'a later' if not later else 'an earlier'} sentence")
        return True
    again = next((o for o in same if o.data.get("value") is None and "growth" in o.data), None)
    if again is not None and not later and again.sentence != item.sentence:
        again.doubt("check", f"growth stated again in another sentence: «{data['_quote']}» (kept once)")
        return True
    return False


_CAUTIOUS = ("estimate", "preliminary")


def _said_again(figures: list[Item], item: Item) -> bool:
    """«Торговля выросла почти на четверть. «По предварительной оценке, … увеличилась почти на
    четверть»»: the same growth of the same figure said again in another sentence, the second
    time with its status, is one figure, of the more cautious status."""
    data = item.data
    keys = tuple(k for k in _WHAT if k != "_status")
    said = {k: v for k, v in data["growth"].items() if k != "quote"}
    twin = next((o for o in figures if o.data.get("value") is None and o.sentence != item.sentence
                 and _same(o.data, data, keys + _WHOSE)
                 and {k: v for k, v in (o.data.get("growth") or {}).items() if k != "quote"} == said), None)
    if twin is None:
        return False
    if data.get("_status") in _CAUTIOUS and twin.data.get("_status") == "actual":
        twin.data["_status"] = data["_status"]
        if "status" in data:
            twin.data["status"] = data["status"]
    twin.doubt("check", f"the same growth is stated again: «{data['_quote']}» (kept once)")
    return True


def _contrasted(level: Item, grown: Item) -> bool:
    """«В прошлом году торговля составила 43 млн, а за последние три года выросла в 4,5
    раза»: growth over a span of years set against a level of its own period by «, а» is
    a second figure, not the level's growth."""
    at, since = level.data.get("_at"), grown.data.get("_at")
    if level.sentence != grown.sentence or at is None or since is None or not grown.data["growth"].get("years"):
        return False
    return at < since and bool(clauses.NEXT.search(grown.data["_quote"], at, since))


def _span_end(figures: list[Item], item: Item) -> list[Item]:
    """«За два года торговля сократилась в 45 раз. Если в 2014 году …на $97 млн, то в
    2016-м — на $2 млн»: growth over a number of years, with no period of its own, is the
    growth of the last level of the same indicator stated in the very next sentence (the
    level the span ended at), whatever its period."""
    data = item.data
    if data.get("period") != UNSTATED or not data["growth"].get("years"):
        return []
    keys = tuple(k for k in _WHAT if k != "period")
    ends = [o for o in figures if o.sentence == (item.sentence or 0) + 1 and _same(o.data, data, keys)]
    ends = [o for o in ends if o.data.get("value") is not None and sides.same_counterparty(o.data, data)]
    return ends[-1:]


# «за эти восемь месяцев», «за этот период», «в тот же период»: the period of the figure before
_SAME_PERIOD = re.compile(r"\b(?:эти|этот|тот\s+же)\s+(?:[а-яё]+\s+)?(?:месяц|период)\w*", re.I)


def _share_joined(figures: list[Item], item: Item) -> bool:
    """«… торговля со странами ШОС составила 32,6 млрд. На них за эти восемь месяцев
    пришлось 70 % всей внешней торговли»: a share stated on its own in a later sentence
    joins the figure of the same indicator, period and counterparty that has a level and
    no share."""
    data = item.data
    if data.get("value") is not None or "growth" in data or "share" not in data or data.get("rank"):
        return False
    if not _SAME_PERIOD.search(data.get("_quote", "")):
        return False  # «на Россию приходится 60 % оборота» names no figure's period: a fact of its own
    twin = next((o for o in reversed(figures) if _same(o.data, data, _WHAT + _WHOSE)), None)
    if twin is None or twin.data.get("value") is None or "share" in twin.data or twin.sentence == item.sentence:
        return False
    twin.data["share"] = data["share"]
    if supports("Share", "quote"):  # else the sentence is listed at the end, unplaced
        twin.data["share"]["quote"] = data["_quote"].strip()
        twin.data.setdefault("_joined_from", []).append(item.sentence)
    twin.doubt("check", f"the share is read from a later sentence: «{data['_quote']}»")
    twin.notes += [n for n in item.notes if n not in twin.notes and "share" in n]
    return True


_WHAT = ("indicator", "label", "period", "_status", "trade")
_WHOSE = ("counterparty", "side")
_HOW = ("scale", "currency", "unit")
_KIND = ("currency", "unit")


def _same_amount(a: dict, b: dict) -> bool:
    """«более 15 тыс. человек» and «свыше 15 000 человек»: one amount however it is scaled."""
    if a.get("value") is None or b.get("value") is None:
        return False
    return bool(num.Amount(a["value"], a.get("scale", "million"), None, None, None, "", 0, 0).amount_in("units")
                == num.Amount(b["value"], b.get("scale", "million"), None, None, None, "", 0, 0).amount_in("units"))


def _refined(a: dict, b: dict) -> bool:
    """«составил 500 миллионов долларов. … Немногим больше полумиллиарда»: the amount said
    again in another form (another scale) and hedged another way is a statement of its
    own; «более 15 тыс.» and «свыше 15 000» hedge it alike and are one."""
    hedges = [HEDGE_GROUPS.get(x.get("qualifier") or "", x.get("qualifier")) for x in (a, b)]
    return a.get("scale", "million") != b.get("scale", "million") and hedges[0] != hedges[1]


def _same(a: dict, b: dict, keys: tuple[str, ...]) -> bool:
    return all(_months(a.get(k)) == _months(b.get(k)) if k == "period" else a.get(k) == b.get(k) for k in keys)


def _months(period: str | None) -> tuple | str | None:
    """A period as the months it covers: «2020-Q1» («за первый квартал») and «2020-01..03»
    («за первые три месяца года») are one period."""
    if period in (None, UNSTATED):
        return period
    p = Period.parse(period)
    return p.since, p.year, p.first, p.last, p.kind in ("years", "ytd")




def _ranks(text: str, n: int, ms: list[Mention], ctx: Context) -> list[Item]:
    """«Беларусь занимает 16-е место среди торговых партнёров Узбекистана»: a place with
    its holder, what it is among and by what (src/memogen/draft/ranks.py); drafted when
    the facts model has ranks of their own (holder, measure)."""
    if not supports("Rank", "holder"):
        return []
    found = [(place.start, rank, _share_beside(text, place.end, rank)) for place, rank in ranks.read(text)]
    if supports("Rank", "top"):
        found += [(at, rank, None) for at, rank in ranks.tops(text)]  # «входит в число трёх крупнейших партнёров»
    if not found:
        found = [(at, rank, None) for at, rank in ranks.leaders(text)]  # «из всех регионов … больше всего»
    items = []
    for at, rank, share in found:
        item = Item({"indicator": "turnover", "rank": rank, "_at": at}, sentence=n)
        if share is not None:
            item.data["share"] = share
            item.doubt("check", f"a share of «{share['whole']}», a total the release does not give: check whose it is")
        _when(item, text, ms, at, ctx)
        item.doubt("check", "a rank: check its holder and what it is among")
        items.append(item)
    return items


def _share_beside(text: str, end: int, rank: dict) -> dict | None:
    return ranks.share_beside(text, end, rank["among"]) if supports("Share", "whole") else None


# «на неё пришлось 40 %», «на него приходится 27,9 %»: a share falling to the holder named before
_FALLS_TO_IT = re.compile(rf"\bна\s+(?:не[её]|него|них)\b[^.;]*?\b(?:приход\w+|пришл\w+)\s*(?:(?:{num.HEDGE})\s+)?$|"
                          r"\b(?:приход\w+|пришл\w+)\s+на\s+(?:не[её]|него|них)\b", re.I)
# «87 % закупок приходится на соседнюю страну»: after the share, the holder named by a place noun
_FALLS_TO_IT_AFTER = re.compile(
    r"[^,;.]*?\b(?:приход\w+|пришл\w+)\s+на\s+(?:не[её]|него|них|(?:[а-яё]+\s+)?(?:стран|республик|государств)\w*)\b",
    re.I,
)


def _ranks_with_shares(text: str, items: list[Item], n: int) -> list[Item]:
    """«Россия остаётся главным покупателем …: на неё пришлось почти 40 % экспорта»,
    «…, а среди стран СНГ — второе место: на неё приходится 27,9 % оборота»: a place and
    the share that falls to its holder after it in the same sentence, before the next
    place, are one figure's; the rank joins the share and is not drafted apart."""
    placed = [i for i in items if i.sentence == n and "rank" in i.data and "share" not in i.data]
    alone = [i for i in items if i.sentence == n and "share" in i.data and "rank" not in i.data and "_at" in i.data]
    joined = []
    for k, rank in enumerate(placed):
        until = placed[k + 1].data["_at"] if k + 1 < len(placed) else len(text)
        share = next((i for i in alone if rank.data["_at"] < i.data["_at"] < until and i.data.get("value") is None
                      and (_FALLS_TO_IT.search(text, rank.data["_at"], i.data["_at"])
                           or _FALLS_TO_IT_AFTER.match(text, i.data["_at"]))), None)
        if share is None:
            continue
        alone.remove(share)
        share.data["rank"] = rank.data["rank"]
        share.notes += [note for note in rank.notes if note not in share.notes]
        joined.append(rank)
    kept = [i for i in items if i not in joined]
    # in the order the sentence states them: «третье место … с долей 6,1 %, а … второе: … 27,9 %»
    slots = [k for k, i in enumerate(kept) if i.sentence == n and "_at" in i.data and "value" not in i.data]
    for k, item in zip(slots, sorted((kept[k] for k in slots), key=lambda i: i.data["_at"])):
        kept[k] = item
    return kept


def _plural(phrase: str) -> str | None:
    """«трактор» → «тракторы»: a count's label names the things counted."""
    from memogen.draft.words import inflect_word

    words = phrase.split()
    forms = [inflect_word(w, {"nomn", "plur"}) for w in words]
    return " ".join(f for f in forms if f) if all(forms) else None
