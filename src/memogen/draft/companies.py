"""Companies named in lists: the names after the first of a list take its reading
(«техники МАЗ, МТЗ и БелАЗ», «ОАО «Гомсельмаш», «Амкодор» и «Белшина»»), and a kind
shared by a list of names is given to each («Минским тракторным и Минским
автомобильным заводами» → «Минский тракторный завод», «Минский автомобильный завод»).
`parties.companies` gives them their side. No I/O.
"""

from __future__ import annotations

import re

from memogen import inflect
from memogen.draft import clauses
from memogen.draft.sides import russian_region
from memogen.draft.words import nominative_head

# between the names of a list: «, », « и », «, а также »
_JOIN = r"(?:\s*,\s*(?:а\s+также\s+)?|\s+и\s+)"
# a short name in capitals or with a capital end: «МТЗ», «БелАЗ», «МоАЗ»
SHORT = r"[А-ЯЁ]{2,6}(?![\w-])|[А-ЯЁ][а-яё]+[А-ЯЁ]{1,3}(?![\w-])"
# a short name declined as a noun: «БелАЗа», «МАЗу», «МТЗ» → the name without its ending
CASED_SHORT = r"([А-ЯЁ]{2,6}|[А-ЯЁ][а-яё]+[А-ЯЁ]{1,3})(?:а|у|ом|е)?(?![\w-])"
# a company's kind after the names that share it, in the plural: «заводами», «комбинаты»
_KINDS = ("завод", "комбинат", "холдинг", "концерн", "банк", "фабрика", "предприятие", "объединение")
# each name of the list: a capitalised adjective and at most one more («Борисовский»,
# «Минским тракторным»)
_NAME_OF_LIST = r"[А-ЯЁ][а-яё]+(?:\s+[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ом|ем))?"
_SHARED = re.compile(rf"(?P<list>(?:{_NAME_OF_LIST}{_JOIN}){{1,4}}{_NAME_OF_LIST})\s+(?P<kind>[а-яё]+)\b")
# a legal form written in words, in any case and number: «открытое акционерное общество»,
# «акционерные общества», «обществом с ограниченной ответственностью», «унитарного предприятия»
LEGAL_WORDS = (
    r"(?:(?:открыт|закрыт|публичн|непубличн)\w*\s+)?акционерн\w+\s+обществ\w*|обществ\w*\s+с\s+(?:ограниченной|дополнительной)\s+ответственностью|"
    r"унитарн\w+\s+предприяти\w*"
)
# between two names in quotes that share a legal form in the plural: a list's join, over
# where the first is from («акционерные общества «Х» из Солигорска и «Y»»)
_SHARED_FORM_JOIN = re.compile(rf"(?:\s+(?:из|в|во)\s+[А-ЯЁ][а-яё-]+)?{_JOIN}")
# nouns a list of makers' short names may follow: «продукции крупнейших предприятий — БелАЗа, МАЗа и МТЗ»
_MAKERS = {
    "предприятие", "завод", "компания", "производитель", "холдинг", "концерн", "корпорация", "продукция",
    "изготовитель", "бренд", "марка", "машиностроитель", "гигант", "флагман",
}


# capitals that name no company: states, unions, bodies, terms
_NO_COMPANY = {
    "РФ", "РБ", "США", "КНР", "ОАЭ", "КНДР", "СНГ", "ЕАЭС", "ЕС", "ШОС", "ООН", "БРИКС", "ОДКБ", "ВТО", "МИД", "ВВП",
    "НДС", "СЭЗ", "ИТ", "АПК", "ЖКХ", "ТЭК", "ЧП", "СМИ", "ВЭД",
}


def listed_after(text: str, end: int, name: str) -> list[tuple[str, tuple[int, int]]]:
    """The names that go on a list after the one ending at `end`, each written like it
    (`name`, a pattern with one group): each name with where it stands."""
    out = []
    item = re.compile(_JOIN + name)
    while (m := item.match(text, end)) is not None and m.group(1) not in _NO_COMPANY:
        out.append((m.group(1), m.span(1)))
        end = m.end()
    return out


def short_names(text: str) -> list[tuple[str, tuple[int, int]]]:
    """A list of two or more makers' short names with no legal form before it, each in
    the nominative («БелАЗа, МАЗа и МТЗ» → БелАЗ, МАЗ, МТЗ): read when a name of the list
    is declined or in mixed case (no state's or body's initials are), or when the list
    follows a maker's noun over adjectives and a dash («продукции предприятий — …»)."""
    out: list[tuple[str, tuple[int, int]]] = []
    for m in re.finditer(rf"(?<![\w-]){CASED_SHORT}", text):
        if any(a <= m.start() < b for _, (a, b) in out):
            continue
        names = [(m.group(1), m.span(1)), *listed_after(text, m.end(), CASED_SHORT)]
        names = [(name, at) for name, at in names if name not in _NO_COMPANY]
        if len(names) < 2:
            continue
        marked = any(at[1] < len(text) and text[at[1]].islower() or not name.isupper() for name, at in names)
        if marked or _after_makers(text[: m.start()]):
            out += names
    return out


def legal_form_in_words(said: str) -> tuple[str, bool]:
    """A legal form written in words as a facts file writes it, in the nominative
    singular and lower case, and whether the release wrote it in the plural (shared by the
    names after it): «акционерные общества» → («акционерное общество», True),
    «открытого акционерного общества» → («открытое акционерное общество», False)."""
    words = said.split()
    head = next((k for k, w in enumerate(words) if re.match(r"(?i)обществ|предприяти", w)), len(words) - 1)
    plural = any(p.tag.number == "plur" for w in words[: head + 1] for p in _parses(w)[:1])
    out = []
    for k, word in enumerate(words[: head + 1]):
        pos = "NOUN" if k == head else "ADJF"
        parse = next((p for p in _parses(word) if pos == p.tag.POS), None)
        form = parse.inflect({"nomn", "sing"} | ({"neut"} if k < head else set())) if parse is not None else None
        out.append(form.word if form is not None else word.lower())
    return " ".join(out + [w.lower() for w in words[head + 1 :]]), plural


def shares_form(between: str) -> bool:
    """Whether the words between two names in quotes join them in a list that shares the
    first one's legal form («, », « и », « из Солигорска и »)."""
    return _SHARED_FORM_JOIN.fullmatch(between) is not None


def makers_named(text: str, end: int) -> int:
    """Where a name ending at `end` in makers' noun ends when a dash names them next
    («продукции крупнейших предприятий — БелАЗа, МАЗа и МТЗ»): after the list of their
    short names; else `end`."""
    dash = re.match(r"\s*[—–]\s*", text[end:])
    if dash is None or not _after_makers(text[:end]):
        return end
    names = [at for _, at in short_names(text[end:]) if at[0] >= dash.end()]
    if not names or names[0][0] != dash.end():
        return end
    tail, last = text[end:], dash.end()
    for a, b in names:
        if a != dash.end() and not re.fullmatch(_JOIN, tail[last:a]):
            break
        last = b + next(re.finditer(r"[а-яё]*", tail[b:])).end()  # «БелАЗа»: the name with its ending
    return end + last


def _after_makers(before: str) -> bool:
    """Whether the words before a list end in a maker's noun, over adjectives and a dash
    or colon: «предприятий —», «белорусских производителей:», «техники заводов»."""
    for word in reversed(re.findall(r"[А-Яа-яЁё-]+", before.rstrip(" —–-:,"))[-4:]):
        parses = _parses(word)
        if any(p.tag.POS == "NOUN" and p.normal_form in _MAKERS for p in parses):
            return True
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return False
    return False


def complement(text: str, end: int) -> int:
    """Where a company's name ends after its kind: over a complement in the genitive
    plural («завод металлоконструкций», «заводы медицинских препаратов»), which names what
    it makes; a company's kind takes no other."""
    at = end
    for _ in range(4):
        w = re.compile(r"\s+([а-яё]+)").match(text, at)
        if w is None:
            break
        parses = _parses(w.group(1))
        if any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses):
            return w.end()
        if not any(p.tag.POS == "ADJF" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses):
            break
        at = w.end()
    return end


def shared_kind(text: str) -> list[tuple[str, tuple[int, int]]]:
    """«Минским тракторным и Гомельским вагоностроительным заводами» → each name with
    its kind in the nominative singular: a proper adjective, an adjective, and a plural
    kind all in one case."""
    out = []
    for m in _SHARED.finditer(text):
        kind = next((p for p in _parses(m["kind"]) if p.tag.POS == "NOUN" and p.tag.number == "plur"), None)
        if kind is None or kind.normal_form not in _KINDS:
            continue
        names = [_nominative(pair, kind) for pair in re.split(_JOIN, m["list"])]
        tail = complement(text, m.end())
        if all(names):
            out += [(f"{name}{text[m.end() : tail]}", (m.start(), tail)) for name in names if name]
    return out


def _parses(word: str):
    return inflect.morph().parse(word.lower())


def _nominative(pair: str, kind) -> str | None:
    """«Минским тракторным» and «заводами» → «Минский тракторный завод», when both words
    are adjectives in the kind's case."""
    words = pair.split()
    forms = []
    for word in words:
        fitting = (p for p in _parses(word) if p.tag.POS == "ADJF" and p.tag.number == "sing")
        parse = next((p for p in fitting if p.tag.case == kind.tag.case), None)
        form = parse.inflect({"nomn", "sing", kind.tag.gender}) if parse is not None else None
        said = inflect.restore(word, form.word) if form is not None else _place_adjective(word, kind.tag.gender)
        if said is None:
            return None
        forms.append(said)
    return " ".join(forms) + " " + kind.normal_form


_PLACE_ADJECTIVE = re.compile(r"([А-ЯЁ][а-яё]+[сц]к)(?:ом|им|ого|ому|ий|ие|их|ими|ой|ая|ую|ое)")
_ENDS = {"masc": "ий", "femn": "ая", "neut": "ое"}


def _place_adjective(word: str, gender: str | None) -> str | None:
    """«Слуцком», which the dictionary reads only as the town's name, in the nominative of
    the kind's gender: «Слуцкий»."""
    m = _PLACE_ADJECTIVE.fullmatch(word)
    return m.group(1) + _ENDS[gender] if m and gender in _ENDS else None


# what a name in quotes may itself say it is, besides a company: a document or an event
_NOT_COMPANIES = {
    "карта", "программа", "соглашение", "план", "стратегия", "концепция", "меморандум", "договор", "декларация",
    "протокол", "заявление", "выставка", "форум", "ярмарка", "фестиваль", "конференция", "саммит", "неделя",
}


def names_itself(name: str) -> bool:
    """Whether a name in quotes says by its own first noun that it is a document or an
    event («"Дорожную карту"», «"Программа совместных действий"», «"Белорусская неделя"»),
    so no company."""
    for word in re.findall(r"[А-Яа-яЁё]+", name)[:3]:
        parses = _parses(word)[:2]
        if any(p.tag.POS == "NOUN" for p in parses):
            return any(p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in _NOT_COMPANIES for p in parses)
    return False


def place_side(adjective: str, partner: str | None) -> str | None:
    """The side a place's adjective next to a company's name gives it: one of Belarus's
    regions («гродненское предприятие») ours; a region of Russia («свердловским
    предприятием») the partner's when the partner is Russia itself."""
    from memogen.draft.parties import our_region

    parse = next((p for p in _parses(adjective) if p.tag.POS == "ADJF"), None)
    form = parse.inflect({"nomn", "sing", "femn"}) if parse is not None else None
    if form is None:
        return None
    region = f"{form.word.capitalize()} область"
    if our_region(region):
        return "ours"
    return "partner" if partner == "Российская Федерация" and russian_region(region) else None


# a company's own noun as the head of its name before an abbreviation in brackets
_BRACKETED_KINDS = {"компания", "корпорация", "концерн", "холдинг", "объединение", "агентство", "банк", "фонд"}


def kind_before_bracket(text: str, start: int) -> str | None:
    """«Государственной нефтяной компании Азербайджанской Республики (SOCAR)» → «Государственная
    нефтяная компания»: a name whose short form stands in brackets after it is a company's when
    the words before the bracket are its noun with the capitalised adjectives that open it (and
    whose it is, in the genitive); that noun and adjectives in the nominative are its form."""
    bracket = re.search(r"\(\s*$", text[:start])
    if bracket is None:
        return None
    words = re.findall(r"[А-Яа-яЁё-]+", clauses.before(text, bracket.start(), clauses.BRACKETED))[-7:]
    for k in range(len(words) - 1, 0, -1):
        noun = next((p for p in _parses(words[k]) if p.tag.POS == "NOUN" and p.tag.number == "sing"), None)
        if noun is None or noun.normal_form not in _BRACKETED_KINDS:
            continue
        lead = k
        while lead and any(p.tag.POS == "ADJF" and "Apro" not in p.tag for p in _parses(words[lead - 1])):
            lead -= 1
        opening = _parses(words[lead])[0].tag if lead < k else None
        if opening is None or not words[lead][:1].isupper() or "Qual" in opening and text.find(words[lead]) == 0:
            return None  # «Крупная нефтяная компания (…)» opening a sentence: a capital, no name
        said = nominative_head(" ".join(words[lead : k + 1]), str(noun.tag.case))
        return said if said.split()[-1].lower() == noun.normal_form else None
    return None


# «…», — подчеркнул он: a quote a verb of saying follows is someone's words
_SAID_AFTER_QUOTE = re.compile(r"\s*,?\s*[—–-]\s*[а-яё]+(?:л[аи]?|[еи]т|ют|ят)(?:ся|сь)?(?![\w-])")


def quoted_speech(name: str, after: str) -> bool:
    """Whether a phrase in quotes is someone's words, not a company's name: a verb of
    saying follows it («"…", — сказал министр»), or it is a clause of its own — a
    finite verb or a personal pronoun in it («"Мы будем надёжным партнёром"», «"Каждый
    год оно растёт"») — or it opens with a preposition («"С каждым годом …"»)."""
    if _SAID_AFTER_QUOTE.match(after) and len(name.split()) > 1:
        return True
    words = re.findall(r"[А-Яа-яЁё]+", name)
    if len(words) < 3:
        return False
    tops = [_parses(w)[0] for w in words]
    if tops[0].tag.POS == "PREP" and words[0][:1].isupper():
        return True
    return any(t.tag.POS == "VERB" or t.tag.POS == "NPRO" and t.tag.person is not None for t in tops)


# the ends of compound company names that are masculine though the dictionary reads a
# neuter word in them: «-древ» (woodworking: «Пинскдрев», «Гомельдрев», «Борисовдрев»)
_MASCULINE_ENDS = ("древ",)


def masculine_stem(name: str, parse) -> str | None:
    """«Пинскдрева», read by the dictionary as a form of a neuter «Пинскдрево»: a
    one-word company's name in the genitive whose compound ends in a masculine company
    word («-древ») is put back as that masculine name («салоны "Гомельдрева"» →
    «Гомельдрев»); a neuter name proper («Полоцкстекловолокна») stays a neuter."""
    if parse.tag.gender != "neut" or parse.tag.case != "gent" or parse.tag.number != "sing":
        return None
    stem = name[:-1]
    return stem if name.endswith("а") and stem.lower().endswith(_MASCULINE_ENDS) else None
