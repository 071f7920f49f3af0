"""Where the name of an event or a document ends: its noun and the words that depend on
it, read with pymorphy3, up to where the sentence goes on to something else. No I/O.

«… состоялось двадцатое заседание Российско-Белорусского совета по долгосрочному
сотрудничеству Калининградской области с областями, министерствами и органами
государственного управления Республики Беларусь.» — the name runs over genitives
(«совета», «Калининградской области»), a preposition and the case it governs («по
сотрудничеству», «с областями»), a list in one case («областями, министерствами и
органами»), and stops at a place («в Ханое»), a date, a verb or a new clause («, который
проходит …»). A name in quotes («"Иннопром. Беларусь"») ends the name.
"""

from __future__ import annotations

import re
from functools import cache

from memogen import inflect

# Verbs of saying: one table for every reading of reported words. A sentence with one in the past
# reports someone's words («…, сообщил губернатор», «Министр отметил, что …»: who speaks, whose figures,
# a speaker at an event, a quote's author, a person only quoted), and one in the infinitive after
# «важно», «необходимо» proposes nothing («необходимо отметить, что …»).
SAYING = frozenset({
    "сказать", "заявить", "отметить", "сообщить", "написать", "подчеркнуть", "рассказать", "напомнить",
    "уточнить", "пояснить", "добавить", "заметить", "признать", "доложить", "констатировать", "ответить",
})
# of which these also deal with a thing, a deed when one is named: «уточнить сроки поставки», «добавить в
# ассортимент сыры», «написать программу», «ответить на запросы рынка»
SAYING_ALSO_DOING = frozenset({"уточнить", "добавить", "написать", "ответить"})
# the same verbs in the past, of one speaker or of several: «отметил», «сообщила», «заявили»
SAID = "(?:" + "|".join(sorted(verb[:-2] + "л" for verb in SAYING)) + ")[аи]?"

# Prepositions that keep a name going, and the cases they govern.
_GOVERNS = {"по": {"datv"}, "с": {"ablt"}, "со": {"ablt"}, "между": {"ablt"}, "о": {"loct"}, "об": {"loct"}}
# meetings held at someone's: «совещание у Президента», «встреча у губернатора области»
_HOSTED = {"встреча", "совещание", "приём", "прием"}
# «с участием», «с целью»: what follows is no part of the name
_NOT_AFTER_C = {"участием", "целью", "помощью", "учетом", "учётом", "использованием"}
# a name in quotes is one token, also one holding a name in quotes of its own («"Еврорегион "Неман" — 2018"»)
_TOKEN = re.compile(
    r"«[^«»]{0,60}«[^«»]{1,60}»[^«»]{0,40}»|[«\"„][^«»\"“”„]{1,80}[»\"“”]|[А-Яа-яЁёA-Za-z0-9]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*|[^\sА-Яа-яЁёA-Za-z0-9]"
)
# A state's or body's name after the noun that names its form: «Республики Вьетнам»
# («провинции Ганьсу», «штата Керала», «города Минска»): an undeclined foreign name too
_FORM_NOUNS = {
    "республика", "федерация", "султанат", "королевство", "княжество", "государство", "эмират", "провинция", "штат",
    "префектура", "округ", "уезд", "кантон", "департамент", "город",
}
# Nouns of going or sending somewhere: «в» + the accusative after them is where to, part of the
# name («визит в Республику Куба», «поставки во Вьетнам», «поездка в провинцию Ганьсу»)
_MOTION = {
    "визит", "поездка", "командировка", "миссия", "бизнес-миссия", "поставка", "экспорт", "ввоз", "вывоз",
    "отправка", "доставка", "экспедиция", "турне",
}
# Posts held somewhere: «в» + a place after them says where, part of the name («Посла
# Республики Беларусь в Российской Федерации Ивана Петрова с губернатором …»)
_POSTED = {"посол", "посольство", "представительство", "консул", "консульство", "представитель", "атташе"}
# a name a preposition governs: «в рамках реализуемой дорожной карты»
_UNDER_PREPOSITION = re.compile(
    r"(?<![\w-])(?:в|во|на|по|о|об|с|со|для|при|к|согласно)\s+(?:[\w-]+\s+){0,3}[\w-]*$", re.I
)
_SCALES = {"тыс", "млн", "млрд", "трлн"}
_STATE_FORMS = {"республика", "федерация", "султанат", "королевство", "княжество", "государство", "эмират"}
# Documents whose «на» + the accusative says what they are for: «подписания контрактов на поставку …»
_FOR = {
    "контракт", "договор", "соглашение", "заказ", "грант", "кредит", "лицензия", "разрешение", "квота",
    "тендер", "аукцион", "конкурс",  # «тендер на строительство дорог»: what it is for
}
_WORDS = ("NOUN", "ADJF", "PRTF", "NUMR", "ADJS")
# nouns whose complement stands in the instrumental: «торговля услугами», «обмен опытом»
_TAKES = {noun: {"ablt"} for noun in ("торговля", "обмен", "управление", "обеспечение", "снабжение")}
# «государств — участников Договора», «стран — членов союза»: a dash joins what the states are to them
_MEMBERS = {"участник", "член"}
_MEMBERS_OF = {"государство", "страна", "организация"}


@cache
def _parses(word: str):
    """A word's readings as a word of a name; «20-летия» is read as «летия»."""
    word = re.sub(r"^\d+-(?=[А-Яа-яЁё])", "", word)
    return tuple(p for p in inflect.parses(word) if p.tag.POS in _WORDS)


def _cases(word: str, nouns_only: bool = False) -> set[str]:
    return {str(p.tag.case) for p in _parses(word) if p.tag.case and (not nouns_only or p.tag.POS == "NOUN")}


def _is_noun(word: str, cases: set[str]) -> bool:
    """A noun in one of `cases` that cannot be an adjective there («Быховским» before
    «районом» is an adjective, though a surname too)."""
    fitting = [p for p in _parses(word) if p.tag.case in cases]
    return any(p.tag.POS == "NOUN" for p in fitting) and not any(p.tag.POS in ("ADJF", "PRTF") for p in fitting)


def _governs(low: str, after: str, noun: str) -> set[str] | None:
    """The cases a preposition keeping the name going governs, or None: «у» only after a
    meeting's noun and before a person («рабочая встреча у губернатора области»: whose
    office it was held in), «с» not before «участием», «целью»."""
    if low == "у":
        return {"gent"} if noun in _HOSTED and _is_noun(after, {"gent"}) and _person_noun(after) else None
    if not after or low in ("с", "со") and after.lower() in _NOT_AFTER_C:
        return None
    return _GOVERNS.get(low)


def _person_noun(word: str) -> bool:
    """A noun naming a person («губернатора», «Президента»), not a pronoun or a thing."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in _parses(word)[:2])


def _top_noun(word: str) -> bool:
    """A word whose likeliest reading is a noun («главой», which the dictionary also guesses an adjective)."""
    found = _parses(word)
    return bool(found) and found[0].tag.POS == "NOUN"


def _stops(word: str) -> bool:
    """A verb, adverb, pronoun or conjunction: the name does not run on over it."""
    top = inflect.parses(word)[0]
    return top.tag.POS in ("VERB", "INFN", "GRND", "PRTS", "ADVB", "NPRO", "CONJ", "PRCL", "PREP", "COMP", "PRED")


def _this_paragraph(text: str, start: int, tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens up to a quotation that opens a new line (the next paragraph's, no
    name's) or a quotation mark left open (quotes in quotes, «выставки «Еврорегион «…»»,
    that no token spans): a name never ends in an opening quotation mark."""
    for i, t in enumerate(tokens):
        gap = text[tokens[i - 1].end() if i else start : t.start()]
        if t.group() in ("«", "„") or (t.group()[0] in "«\"„" and "\n" in gap):
            return tokens[:i]
    return tokens


def name_end(text: str, start: int, quoted_ends: bool = True) -> int:
    """The end of the name whose noun ends at `start` (see the module's description); a
    document's goes on after a name in quotes when `quoted_ends` is false («"…" по …»)."""
    tokens = _this_paragraph(text, start, list(_TOKEN.finditer(text, start)))
    head = re.search(r"[\w-]+$", text[:start])
    noun = _lemma(head.group()) if head else ""  # the last noun of the name so far
    going, posted = noun in _MOTION, noun in _POSTED  # a visit's name goes on over where to, a post's where held
    # joined: the case a list goes on in; arrived: the last word was where to; «обмен опытом»: _TAKES at once
    end, allowed, joined, k, arrived = start, {"gent"} | _TAKES.get(noun, set()), {"gent"}, 0, False
    governed: set[str] = set()  # cases a preposition of the name governed: «между A и B» lists in them
    under_preposition = bool(_UNDER_PREPOSITION.search(text[:start]))  # so the clause's subject may follow
    while k < len(tokens):
        tok, low = tokens[k].group(), tokens[k].group().lower()
        after = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if tok[0] in "«\"„" and quoted_ends:
            return tokens[k].end()
        if tok[0] in "«\"„":  # a document's name in quotes, and what it is for after it
            end, allowed, k = tokens[k].end(), {"gent"}, k + 1
            continue
        if under_preposition and _subject_before_verb(tok, after) and not _follows_adjective(tokens, k):
            break  # «в рамках дорожной карты стороны обсудили …»: the clause's subject
        governs = _governs(low, after, noun)
        if governs:
            if not _cases(after) & governs or after.lower().startswith("котор"):
                break  # «соглашение, о котором …»: a clause, no part of the name
            allowed, k, governed = governs, k + 1, governed | governs
            continue
        if low in ("в", "во", "на"):
            into = _after_preposition(tokens, k, noun, going, posted)
            if into is None:
                break
            going, posted = (going and into != {"accs"}) or (low == "на" and noun in _FOR), False  # «на поставку в …»
            allowed, k = into, k + 1
            continue
        listed = set() if low == "," and _clause_after(tokens, k) else _listed(low, after, joined | governed)
        if listed:
            allowed, k, arrived = (_cases(after) & joined) or listed, k + 1, False
            continue
        if (past := _passed_over(tokens, k, allowed, noun)) > k:  # «№ 27» ends the name unless more follows
            end, k = (tokens[past - 1].end() if tok == "№" else end), past
            continue
        maker = tokens[k - 1].group() if k else (head.group() if head else "")
        if re.fullmatch(r"[A-ZА-ЯЁ]{2,7}", tok) and _is_noun(maker, allowed | {"gent"}) | _top_noun(maker):
            end, k, allowed = tokens[k].end(), k + 1, {"gent"}  # «тракторов BELARUS», «с главой МИД»: a maker, a body
            continue
        if not _word_fits(tok, allowed, tokens[k - 2].group() if k > 1 else "", tokens[k - 1].group() if k else ""):
            break
        if arrived and _subject_after_place(tok, after, tokens[k - 1].group()):
            break  # «визит в Мапуту стороны подписали»: the clause's subject
        arrived = allowed == {"accs"} and _is_noun(tok, allowed) and _lemma(tok) not in _MOTION  # no «поставку»
        end = tokens[k].end()
        joined = (_cases(tok) & allowed) or joined
        if _is_noun(tok, allowed):
            # a noun takes genitives after it; a proper one may be an adjective: «Быховским районом»
            noun = _lemma(tok)  # «торговле услугами»: a few nouns take the instrumental
            allowed = {"gent"} | (_cases(tok) & allowed if tok[:1].isupper() else set()) | _TAKES.get(noun, set())
            going = going or noun in _MOTION
            posted = posted or noun in _POSTED
        k += 1
    return end


def _passed_over(tokens: list[re.Match[str]], k: int, allowed: set[str], noun: str = "") -> int:
    """Where a name goes on past the token at `k` when it is a number before its noun
    («закрытия II Европейских игр», «поставку 50 автобусов», «2,5 тыс.»), the point of a
    scale's abbreviation («поставку 470 тыс. тонн удобрений»), a side's country or a
    document's other name in brackets («между … комитетом (Республика Беларусь) и
    Правительством …», «План мероприятий ("Дорожная карта") по …»), «№» and the number a
    thing goes by («гимназией № 27 и школой № 23»), a dash between states (the last `noun`)
    and what they are to a treaty («государств — участников Договора …»); `k` when it is none."""
    tok = tokens[k].group()
    after = tokens[k + 1].group() if k + 1 < len(tokens) else ""
    if tok == "№" and after.isdigit():
        return k + 2
    if tok in "—–" and _lemma(after) in _MEMBERS and noun in _MEMBERS_OF:
        return k + 1
    if tok == "." and k and tokens[k - 1].group().lower() in _SCALES:
        return k + 1
    if tok == "(":
        inside = next((j for j in range(k + 1, min(k + 7, len(tokens))) if tokens[j].group() == ")"), None)
        words = [t.group() for t in tokens[k + 1 : inside or k]]
        # «(Республика Беларусь)», «(”Дорожная карта“)»: a country, or the name the document goes by
        named = bool(words) and words[0][:1] in "«\"„”“" or all(w[:1].isupper() for w in words)
        return inside + 1 if named and inside is not None else k
    past = _number_end(tokens, k) if re.fullmatch(r"[IVXLC]+|\d{1,5}", tok) else k
    counted = tokens[past].group() if k < past < len(tokens) else ""
    return past if counted and _cases(counted) & allowed and _counted(counted) else k


def _number_end(tokens: list[re.Match[str]], k: int) -> int:
    """The index just past the number at `k`: «470», or «2,5» with no space about its comma."""
    j = k + 1
    comma, fraction = tokens[j : j + 2] if j + 1 < len(tokens) else (None, None)
    if comma and fraction and comma.group() == "," and fraction.group().isdigit() \
            and comma.start() == tokens[k].end() and fraction.start() == comma.end():
        j += 2
    return j


def _after_preposition(tokens: list[re.Match[str]], k: int, noun: str, going: bool, posted: bool) -> set[str] | None:
    """The case a name goes on in after «в» or «на» at `k`, or None where it ends there:
    «на» only after a document, with what it is for («контрактов на поставку …»), or after
    a delivery, with where it goes («поставки на Средний Урал …»); and «на базе …», «на
    мощностях …» after a deed, where it is done («сборочной площадки на базе АО "…"»)."""
    if tokens[k].group().lower() == "на":  # or where a delivery goes: «поставки на Средний Урал»
        basis = k + 1 < len(tokens) and tokens[k + 1].group().lower() in _BASES
        return {"accs"} if (noun in _FOR or going) and _purpose(tokens[k + 1 : k + 4]) else {"loct"} if basis else None
    return _in_case(tokens, k, noun, going) or _posted_in(tokens, k, posted)


def _listed(low: str, after: str, cases: set[str]) -> set[str]:
    """The cases a list goes on in after «и» or a comma: none before a participle's or a
    relative clause («программы, утверждённой …», «…, который …»); places a visit goes to
    are listed («в Россию и Казахстан»), no other accusative."""
    if low not in ("и", ",") or not after or after.lower().startswith("котор"):
        return set()
    if low == "," and inflect.pos(after) == "PRTF":
        return set()
    listed = _cases(after) & cases
    return set() if listed == {"accs"} and not after[:1].isupper() else listed


def _clause_after(tokens: list[re.Match[str]], k: int) -> bool:
    """After the comma at `k`, a participle (or an adjective) with no noun of its own that
    a preposition follows opens a clause of its own, no item of a list («договорённостей,
    достигнутых в ходе визита»; «научной, культурной и …» is a list)."""
    word, then = (t.group() for t in tokens[k + 1 : k + 3]) if k + 2 < len(tokens) else ("", "")
    parses = _parses(word) if word else ()
    adjective = bool(parses) and not any(p.tag.POS == "NOUN" for p in parses)
    return adjective and bool(then) and inflect.pos(then) == "PREP"


def _subject_before_verb(word: str, after: str) -> bool:
    """A word that may be a nominative just before a verb in the past or present is the
    subject of its clause, no genitive of a name («карты стороны обсудили»)."""
    if not after or not re.fullmatch(r"[а-яё]+", word):
        return False
    verb = inflect.pos(after) == "VERB"
    return verb and any(p.tag.case == "nomn" for p in _parses(word))


def _counted(word: str) -> bool:
    """A word a number may stand before within a name: no month, year or other time."""
    lemmas = {p.normal_form for p in _parses(word)}
    return bool(lemmas) and not lemmas & _NOT_IN


def _lemma(word: str) -> str:
    noun = next((p for p in _parses(word) if p.tag.POS == "NOUN"), None)
    return noun.normal_form if noun else ""


def _in_case(tokens: list[re.Match[str]], k: int, noun: str, going: bool) -> set[str] | None:
    """The case a name goes on in after «в» at `k`, or None where «в» ends it: a branch in
    the prepositional («в сельском хозяйстве», «в сфере …»: no place, no time); where a
    visit or a delivery goes, in the accusative («визит в Республику Куба»); and after a
    noun of doing, a place and what is done there («о создании в Пакистане сборочного
    производства», «об открытии в Казани консульства»)."""
    if _in_what(tokens[k + 1 : k + 10]):
        return {"loct"}
    if going and _destination(tokens[k + 1 : k + 4]):
        return {"accs"}
    deed = noun.endswith(("ние", "тие")) or noun in _DOINGS
    if deed and _place_then_object(tokens[k + 1 : k + 4]):
        return {"loct"}
    return None


def _posted_in(tokens: list[re.Match[str]], k: int, posted: bool) -> set[str] | None:
    """After a post, «в» and a place in the prepositional is where it is held («Посла … в
    Российской Федерации»): the name goes on in that case."""
    place = tokens[k + 1].group() if k + 1 < len(tokens) else ""
    if not posted or not place[:1].isupper() or "loct" not in _cases(place):
        return None
    from memogen.draft.parties import official_name

    lemma = next((_lemma(t.group()) for t in tokens[k + 1 : k + 4] if _lemma(t.group())), "")
    state = lemma in _STATE_FORMS or official_name(lemma.capitalize()) is not None  # «Посла … в Минске»: no
    return {"loct"} if state else None


def _purpose(tokens: list[re.Match[str]]) -> bool:
    """«на поставку …», «на строительство …»: what a document is for, in the accusative;
    not «на общую сумму», «на срок», «на 2026 год»."""
    return _destination(tokens) and not any(_lemma(t.group()) in ("сумма", "срок", "период", "год") for t in tokens)


def _destination(tokens: list[re.Match[str]]) -> bool:
    """Adjectives and a noun in the accusative, not the prepositional: «Китайскую Народную
    Республику», «провинцию Ганьсу», «Минск» (never «Минске», where a thing is held)."""
    for tok in tokens:
        parses = _parses(tok.group())
        if not parses or parses[0].tag.case == "loct" or not any(p.tag.case == "accs" for p in parses):
            return False
        if any(p.tag.POS == "NOUN" and p.tag.case == "accs" for p in parses):
            return not {p.normal_form for p in parses} & _NOT_IN
    return False


def _place_then_object(tokens: list[re.Match[str]]) -> bool:
    """«Пакистане сборочного …», «Казани консульства»: a proper name in the prepositional,
    then a word in the genitive that goes on with what is done."""
    if len(tokens) < 2 or not tokens[0].group()[:1].isupper():
        return False
    place = [p for p in _parses(tokens[0].group()) if p.tag.case == "loct"]
    return bool(place) and "gent" in _cases(tokens[1].group()) and tokens[1].group()[:1].islower()


# «на базе завода», «на мощностях предприятия», «на площадке …»: where a deed is done, part of its name
_BASES = {"базе", "мощностях", "площадке", "площадях"}
# nouns of doing not in «-ние»: «о продаже в Казахстане техники», «сборка в Ташкенте тракторов»
_DOINGS = {"строительство", "производство", "продажа", "закупка", "сборка", "выпуск", "реализация"}
# Nouns after «в» that make a preposition or a time, not part of a name: «в рамках», «в марте»
_NOT_IN = frozenset({
    "рамка", "ход", "течение", "связь", "цель", "случай", "результат", "качество", "период", "год", "квартал",
    "полугодие", "месяц", "неделя", "день", "время", "дальнейший", "работа", "составе", "состав", "честь",
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
    "декабрь", "начало", "середина", "конец", "режим", "формат", "глава",
})


def _in_what(tokens: list[re.Match[str]]) -> bool:
    """Whether «в» opens a phrase of the name: adjectives and a noun in the prepositional,
    written in lower case (no place), naming no time or circumstance; adjectives may be
    listed («в торгово-экономической, научной и гуманитарной областях»)."""
    for tok in tokens:
        word = tok.group()
        if word in (",", "и"):
            continue
        if not re.fullmatch(r"[а-яё]+(?:-[а-яё]+)*", word):
            return False
        parses = [p for p in _parses(word) if p.tag.case == "loct"]
        if not parses:
            return False
        if any(p.tag.POS == "NOUN" for p in parses):
            return not {p.normal_form for p in parses} & _NOT_IN
    return False


def _subject_after_place(word: str, after: str, before: str) -> bool:
    """After where a visit or delivery goes, whether a word is the clause's subject, no
    part of the name: a nominative, unless it may be a genitive with no verb after it
    («поставки в Россию продукции заводов») or a name after its form («Республику Куба»)."""
    cases = _cases(word)
    if "nomn" not in cases or _after_form(word, before):
        return False
    if _adjectives_noun(word, before):
        return False  # «в Кировскую область провёл»: the noun of the place's adjective
    return "gent" not in cases or _subject_before_verb(word, after)


def _follows_adjective(tokens: list[re.Match[str]], k: int) -> bool:
    return k > 0 and _adjectives_noun(tokens[k].group(), tokens[k - 1].group())


def _adjectives_noun(word: str, before: str) -> bool:
    """Whether a noun may be in the accusative of the adjective before it («Кировскую
    область»), so goes with it, whatever verb follows."""
    return "accs" in _cases(word) and any(p.tag.POS == "ADJF" and p.tag.case == "accs" for p in _parses(before))


def _after_form(word: str, before: str) -> bool:
    """A capitalised name after the noun that names its form («Республики Вьетнам», «провинции
    Ганьсу»), not a person's given name («губернатором области Сергеем …»)."""
    if not word[:1].isupper() or not any(p.normal_form in _FORM_NOUNS for p in _parses(before)):
        return False
    known = inflect.morph().word_is_known(word.lower())
    return not (known and any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in _parses(word)))


def _word_fits(word: str, allowed: set[str], earlier: str, before: str) -> bool:
    """Whether `word` goes on with the name: a noun or adjective in a case the name
    allows here (a person's name in apposition too: «Министра … Сергея Алейника»), or a
    state's name after «Республики», «Султаната», of one word or of an adjective and a
    noun («Республики Экваториальная Гвинея», «Королевства Саудовская Аравия»)."""
    if not re.fullmatch(r"(?:\d+-)?[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", word):  # «20-летия»
        return False
    if _stops(word) and not _noun_governed(word, before, allowed):
        return False
    if _after_form(word, before) or _after_form(before, earlier) and _second_word(word, before):
        return True
    return bool(_cases(word) & allowed)


# prepositions after which a word that reads first as an adverb is a noun they govern: «с рядом регионов»
_GOVERNING = {"с", "со", "к", "ко", "по", "за", "перед", "над", "под"}


def _noun_governed(word: str, before: str, allowed: set[str]) -> bool:
    """Whether a word the dictionary reads first as an adverb is a noun governed by the
    preposition just before it («с рядом российских регионов»: «рядом» a noun in the
    instrumental, not «nearby»)."""
    return before.lower() in _GOVERNING and any(p.tag.POS == "NOUN" and p.tag.case in allowed for p in _parses(word))


def _second_word(word: str, before: str) -> bool:
    """A state's name's noun after its adjective, both in the nominative and capitalised,
    the name undeclined after its form («Республики Южная Корея»)."""
    adjective = any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in _parses(before))
    return word[:1].isupper() and adjective and "nomn" in _cases(word, nouns_only=True)
