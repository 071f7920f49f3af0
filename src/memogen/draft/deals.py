"""A sentence and an amount in it → whether the amount is the value of contracts or deals
signed («подписаны контракты на сумму 120 млн долларов», «на выставке заключено сделок на
45 млн», «портфель заказов составляет 60 млн») or an amount of investment («объём
инвестиций достиг 30 млн»), and the event they were signed during. Such money is agreed
or put in, never a flow of trade, even when the words name what the contracts supply
(«договор на экспорт самосвалов на общую сумму 3 млн»). No I/O.
"""

from __future__ import annotations

import re

from memogen.draft import clauses, indicators, sides
from memogen.draft import numbers as num
from memogen.draft.words import inflect_word, parses

_HEDGE = rf"(?:{num.HEDGE})\s+"
_DEAL_NOUN = r"(?:контракт|договор|сделк|сделок|соглашени|документ|заказ)\w*"
# «контракты … на сумму 120 млн», «сделок на 45 млн», «договор … на общую сумму более 3 млн»
_VALUE_OF = re.compile(rf"\bна\s+(?:общую\s+)?(?:сумму\s+)?(?:{_HEDGE})?\$?\s*$", re.I)
# «сумма подписанных контрактов составила», «объём заключённых сделок — », «портфель заказов»
_DEAL_SUBJECT = re.compile(
    rf"\b(?:(?:сумм|объ[её]м|стоимост)\w*\s+(?:[а-яё]+\s+){{0,2}}{_DEAL_NOUN}|портфел\w*\s+(?:[а-яё]+\s+)?заказ\w*)",
    re.I,
)
DEAL_WORD = re.compile(rf"\b{_DEAL_NOUN}", re.I)
_INVESTMENT = re.compile(r"\b(?:инвестиц|капиталовложени)\w*", re.I)
# «министр инвестиций, промышленности и торговли»: a body's name, not an amount
_BODY = re.compile(r"\b(?:министр|министерств|комитет|агентств|ведомств|фонд|по\s+вопросам)\w*(?:\s+\w+){0,2}\s*$",
                   re.I)


def kind(text: str, at: int) -> str | None:
    """`contracts` when the amount at `at` is the value of deals its clause names,
    `investment` when it is an amount of investment, else None."""
    clause = clauses.before(text, at, clauses.PART)
    subject = list(_DEAL_SUBJECT.finditer(clause))
    if subject and not indicators.names_trade(clause, subject[-1].end()):
        return "contracts"
    if DEAL_WORD.search(clause) and _VALUE_OF.search(clause) or _under_deals(text, at):
        return "contracts"
    invest = _investment(clause) or list(_RAISED.finditer(clause))
    if invest and not indicators.names_trade(clause, invest[-1].end()):
        return "investment"
    return None


# «По этим контрактам предприятия поставят …»: deals named at a sentence's head, what is done under them
_UNDER = re.compile(r"\s*по\s+(?:[а-яё]+\s+){0,2}(?:контракт|договор|сделк)\w*", re.I)


def _under_deals(text: str, at: int) -> bool:
    """Whether the amount at `at` is done under deals named at its sentence's head («По этим
    контрактам белорусские предприятия поставят … на $47 млн, а закупят сырьё на $14
    млн»): read back over the parts joined by «, а» or «, но» that open with a finite verb,
    no subject of their own, to the part they share it with. A part with a subject of its
    own («…, а товарооборот составил …») is governed by none; the first part is `kind`'s."""
    hops = 0
    while bounds := list(clauses.PART.finditer(text, 0, at)):
        last = bounds[-1]
        if not last.group().startswith(","):  # a sentence or a statement of its own begins
            break
        verb = re.match(r"[а-яё]+", text[last.end() :], re.I)
        if verb is None or not any(p.tag.POS == "VERB" for p in parses(verb.group())[:1]):
            return False
        hops, at = hops + 1, last.start()
    begin = bounds[-1].end() if bounds else 0
    return hops > 0 and _UNDER.match(text, begin) is not None


# «гостиничный комплекс общей стоимостью 240 млн», «смета проекта — до $100 млн», «портфель совместных
# проектов на сумму 2,5 млрд рублей»: what a project, a portfolio or goods to be supplied cost («в
# стоимостном выражении» names no cost, «себестоимость» no value agreed)
_COST = re.compile(
    r"(?<![\w-])(?:стоимост(?:ь|и|ью)(?![а-яё])|смет(?:а|ы|е|у|ой)(?![а-яё])|"
    r"портфел\w*\s+(?:[а-яё]+\s+)?(?:проект|контракт|договор|заказ)\w*)",
    re.I,
)
_INVESTOR = re.compile(r"(?<![\w-])инвест\w*", re.I)


def cost(text: str, at: int) -> str | None:
    """`investment` when the amount at `at` is what investors' project costs («инвесторы строят
    комплекс общей стоимостью 240 млн»), `contracts` for any other cost its clause names
    («общая стоимость проектов … 8,5 млрд», «техника стоимостью более $60 млн»), else None."""
    clause = clauses.before(text, at, clauses.PART)
    found = list(_COST.finditer(clause))
    if not found or indicators.names_trade(clause, found[-1].end()):
        return None
    return "investment" if _INVESTOR.search(clause) else "contracts"


# «в Беларусь привлекли более $10 млн», «привлечено средств на 5 млн»: funds raised are put in
_RAISED = re.compile(r"(?<![\w-])привле(?:к|кл|кли|кла|кло|чен|чён|чено|чены|чь|кать|кает|кают)\w*", re.I)


def _investment(clause: str) -> list[re.Match[str]]:
    """The words of investment in `clause`, but for those naming a body («министр инвестиций»)."""
    return [m for m in _INVESTMENT.finditer(clause) if not _BODY.search(clause[: m.start()])]


_DURING = re.compile(r"\b(?:в\s+ходе|в\s+рамках|во\s+время|по\s+итогам)\s+", re.I)
_AT_EVENT = re.compile(r"\bна\s+(?=(?:[\w«»\"-]+\s+){0,4}?(?:выставк|ярмарк|форум|бизнес-форум|конференци|саммит)\w*)",
                       re.I)
_PLACE = {"в", "во", "с", "со"}  # «в Ханое», «с Китаем»: a place or partner completing the event's name


def during(text: str, at: int) -> tuple[str, int, int] | None:
    """The event the deals were signed during, in the genitive as `during` writes it, and
    where the sentence names it: «в ходе визита премьера в Минск …» → «визита премьера в
    Минск», «на бизнес-форуме в Минске» → «бизнес-форума в Минске»; None when the
    sentence names none."""
    for m in _DURING.finditer(text):
        words = _event_words(text, m.end(), "gent")
        if words:
            return " ".join(words), m.start(), m.end() + len(" ".join(words))
    at_event = _AT_EVENT.search(text)
    named = _event_words(text, at_event.end(), "loct") if at_event else []
    if not at_event or not named:
        return None
    genitive = [inflect_word(w, {"gent"}) or w if k < _leading(named) else w for k, w in enumerate(named)]
    return " ".join(genitive), at_event.start(), at_event.end() + len(" ".join(named))


def _event_words(text: str, start: int, case: str) -> list[str]:
    """The words naming an event from `start`: those in `case` (its name and the words
    agreeing with it), then genitive complements («импортных товаров»), a name in quotes
    and a place («в Ханое»), up to the first word that is none of these (a subject, a verb)."""
    words: list[str] = []
    quoted = place = named = False
    for m in re.finditer(r"\S+", text[start:]):
        word = m.group()
        bare = word.strip("«»\"").rstrip(",.;:!?")
        inside = quoted or word.startswith(("«", '"'))
        complement = words and not named and _in_case(bare, "gent")  # after a name in quotes only a place
        if not (inside or place or _in_case(bare, case) and not named or complement or words and bare in _PLACE):
            break
        named = named or (inside and word.rstrip(",.;:!?").endswith(("»", '"')))
        words.append(word.rstrip(",.;:!?") if word[-1] in ",.;:!?" and not inside else word)
        quoted = inside and not word.rstrip(",.;:!?").endswith(("»", '"'))
        place = bare.lower() in _PLACE
        if clauses.STOP.search(word[-1]) and not quoted:
            break
    return words[:8]


def _in_case(word: str, case: str) -> bool:
    return bool(word) and any(case in p.tag for p in parses(word))


def _leading(words: list[str]) -> int:
    """How many words from the first may stand in the prepositional (the event and its adjectives)."""
    n = 0
    while n < len(words) and _in_case(words[n].strip("«»\""), "loct") and words[n].lower() not in _PLACE:
        n += 1
    return n


# Our side or the partner named as who signed: the deals are the parties', not an event's total.
_OURS_NAMED = re.compile(r"\b(?:белорус|беларус|отечествен|наш|стороны|сторон)\w*", re.I)


def everyone(text: str, event: tuple[int, int], partner_stems: tuple[str, ...]) -> bool:
    """Whether the deals are the total of an event the sentence names (`event`: where),
    signed by no side it names — neither ours nor the partner (a word opening with one of
    `partner_stems`, parties.Partner.stems) — («всего на ярмарке заключено сделок на 2 млрд рублей»);
    the event's own name («Китайская международная выставка») names no signer."""
    rest = (text[: event[0]] + text[event[1] :]).lower()
    if _OURS_NAMED.search(rest) or sides.partner_named(rest, partner_stems):
        return False
    return bool(_AT_EVENT.search(text))


_ORDER_BOOK = re.compile(r"\bпортфел\w*\s+(?:[а-яё]+\s+)?заказ\w*", re.I)
_FOR = re.compile(rf"\b{_DEAL_NOUN}\s+((?:на|о|об|по)\s+.+)$", re.I)
_SUM = re.compile(rf"\s+на\s+(?:общую\s+)?(?:сумму|{_HEDGE}|\$?\s*\d)"
                  r"|\s+(?:подписан|заключ|был|стал|состав|достиг|превы)\w*", re.I)
_VERBAL = ("VERB", "INFN", "PRTS", "GRND")
_TRAILING = {"на", "в", "общую", "сумму", "сумма"}


def label(clause: str, kind: str) -> str | None:
    """What the deals are for, or whose the investment is, as words continuing «объем
    контрактов» / «объем инвестиций» (the clause up to the amount): «контракты на поставку
    тракторов на сумму …» → «на поставку тракторов», «портфель заказов …» → «в портфеле
    заказов», «объём инвестиций белорусских компаний в экономику края достиг …» →
    «белорусских компаний в экономику края»; None when the words say nothing more."""
    if re.search(r"\d\s*(?:млн|млрд|тыс|трлн|долл|руб|евро)", clause):
        return None  # «… на 3 млн долларов и автобусов на 700 тыс.»: the words before are the first amount's
    if kind == "contracts":
        if _ORDER_BOOK.search(clause):
            return "в портфеле заказов"
        found = list(_FOR.finditer(clause))
        tail = found[-1].group(1) if found else ""
    else:
        invest = _investment(clause)
        tail = clause[invest[-1].end() :] if invest else ""
    stop = _SUM.search(" " + tail)
    words = (" " + tail)[: stop.start() if stop else None].split()
    words = words[: next((k for k, w in enumerate(words) if _verbal(w)), len(words))]
    while words and (words[-1].lower() in _TRAILING or num.is_hedge(words[-1])):  # «… продукции на сумму около»
        words.pop()
    phrase = " ".join(words).strip(" ,;:—–-")
    return phrase if 0 < len(phrase.split()) <= 8 and not re.search(r"\d[\d,]*\s*(?:млн|млрд|тыс)", phrase) else None


def _verbal(word: str) -> bool:
    found = parses(word.strip("«»\",.;:"))
    return bool(found) and found[0].tag.POS in _VERBAL


# words a title names a document by other than its kind: what it is about or for, whom it is between
_NAMED_BY = {"о", "об", "на", "по", "с", "со", "между", "в", "во", "для", "до", "к"}
_SIGNED = "подписанный"
_OF_STATES = re.compile(r"(?<![\w-])(?:двусторонн|межправительственн|межгосударственн)\w*", re.I)
_LEADS = re.compile(r"(?:по\s+итогам|в\s+ходе|за\s+время|во\s+время|в\s+рамках|на)\s+", re.I)
# the events documents are signed at: a visit, talks, a forum, a session, a meeting, a fair, a mission
_OCCASION = re.compile(r"(?:[а-яё-]+\s+){0,2}?(?:визит|переговор|форум|бизнес-форум|заседани|встреч|выставк|ярмарк|"
                       r"саммит|конференци|бизнес-мисси|мисси|поездк|сесси)\w*", re.I)


def _over(text: str) -> tuple[str, int, int] | None:
    """«за время визита …»: the span of an event as `during` gives one (a span of anything else,
    «за время существования форума», is checked by the caller)."""
    m = re.search(r"\bза\s+время\s+", text, re.I)
    words = _event_words(text, m.end(), "gent") if m else []
    return (" ".join(words), m.start(), m.end() + len(" ".join(words))) if m and words else None


def occasion(text: str, title: str, signed: bool, once: bool = False) -> str:
    """What a document named by its kind alone is told by: the occasion its sentence says it was
    (or is to be) signed at («По итогам переговоров в Сочи было подписано около 20 межрегиональных
    соглашений» → «, подписанные по итогам переговоров в Сочи»; «по итогам визита … будет подписан
    пакет двусторонних документов» → « по итогам визита»), the participle agreeing with the
    title's head; "" for a document its title tells (what it is about, whom it is between, a
    name in quotes) or a sentence that names no occasion. `once`: only an occasion said as one
    event («по итогам», «в ходе», «во время»; «за время форума» may span its years)."""
    words = title.split()
    if any(w.lower() in _NAMED_BY for w in words) or re.search(r"[«\"„()]", title) or _OF_STATES.search(title):
        return ""  # a document of states («двусторонние документы») is told by its two sides (signers.py)
    found = during(text, 0) or _over(text)
    told = re.sub(r"\s+сторон[ыа]?$", "", text[found[1] : found[2]].strip(" ,")) if found else ""  # the signers
    lead = _LEADS.match(told)
    if lead is None or not _OCCASION.match(told, lead.end()) or once and lead.group().lower().startswith("за"):
        return ""  # «в рамках программы», «за время существования форума»: no event
    told = told[:1].lower() + told[1:]
    if not signed:
        return f" {told}"
    head = next((w for w in words if any(p.tag.POS == "NOUN" for p in parses(w))), words[-1])
    noun = next((p for p in parses(head) if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
    grammemes = {"plur"} if noun is None or noun.tag.number == "plur" else {"sing", noun.tag.gender or "masc"}
    participle = inflect_word(_SIGNED, {"nomn", *grammemes}) or _SIGNED
    return f", {participle} {told}"
