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
from memogen.draft.words import nominative_head, nominative_phrase

# between the names of a list: «, », « и », «, а также »
_JOIN = r"(?:\s*,\s*(?:а\s+также\s+)?|\s+и\s+)"
# a short name in capitals or with a capital end: «МТЗ», «БелАЗ», «МоАЗ»
SHORT = r"[А-ЯЁ]{2,6}(?![\w-])|[А-ЯЁ][а-яё]+[А-ЯЁ]{1,3}(?![\w-])"
# a short name declined as a noun: «БелАЗа», «МАЗу», «МТЗ» → the name without its ending
CASED_SHORT = r"([А-ЯЁ]{2,6}|[А-ЯЁ][а-яё]+[А-ЯЁ]{1,3})(?:а|у|ом|е)?(?![\w-])"
# a name in quotes as an item of a list of short names
_QUOTED_ITEM = r"[«\"„][^«»\"“”„]{2,80}[»\"“”]"
# whom a plant is named after, part of its name: «имени Козлова», «имени В. И. Ленина»
NAMED_FOR = re.compile(r"\s+имени\s+(?:[А-ЯЁ]\.\s*){0,2}[А-ЯЁ][а-яё]+")
# a plant's short name on its own: initials ending in «З», the initial of «завод» («МАЗ»,
# «УАЗ», «МТЗ»), also with a word's letters («БелАЗ», «КамАЗа»), in any case; its vehicles in
# the plural are named for it too («белорусские МАЗы», «колонна БелАЗов»)
_PLANT_SHORT = re.compile(r"(?<![\w-])([А-ЯЁ]{1,5}З|[А-ЯЁ][а-яё]{1,3}[А-ЯЁ]{0,2}З)(?:а|у|ом|е|ы|ов|ами|ах)?(?![\w-])")
# a company's kind after the names that share it, in the plural: «заводами», «комбинаты»
_KINDS = ("завод", "комбинат", "холдинг", "концерн", "банк", "фабрика", "предприятие", "объединение")
# each name of the list: a capitalised adjective and at most one more («Борисовский»,
# «Минским тракторным»)
_NAME_OF_LIST = r"[А-ЯЁ][а-яё]+(?:\s+[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ом|ем))?"
# … and the adjectives the names share, before the kind: «Туровский и Калинковичский молочные комбинаты»
_SHARED = re.compile(
    rf"(?P<list>(?:{_NAME_OF_LIST}{_JOIN}){{1,4}}{_NAME_OF_LIST})"
    r"(?P<shared>(?:\s+[а-яё]+(?:ые|ие|ых|их|ым|им|ыми|ими)){0,2})\s+(?P<kind>[а-яё]+)\b"
)
# a legal form written in words, in any case and number: «открытое акционерное общество»,
# «акционерные общества», «обществом с ограниченной ответственностью», «унитарного предприятия»
LEGAL_WORDS = (
    r"(?:(?:открыт|закрыт|публичн|непубличн)\w*\s+)?акционерн\w+\s+обществ\w*|обществ\w*\s+с\s+(?:ограниченной|дополнительной)\s+ответственностью|"
    r"(?:(?:республиканск|коммунальн|частн|дочерн)\w*\s+)?унитарн\w+\s+предприяти\w*"
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
    "НДС", "СЭЗ", "ИТ", "АПК", "ЖКХ", "ТЭК", "ЧП", "СМИ", "ВЭД", "ОЭЗ", "ВУЗ",
}


def listed_after(text: str, end: int, name: str) -> list[tuple[str, tuple[int, int]]]:
    """The names that go on a list after the one ending at `end`, each written like it
    (`name`, a pattern with one group): each name with where it stands, with whom a
    plant is named after («МЭТЗ имени Козлова»). A name in quotes between them goes on
    the list (it is read as a name in quotes); a short name a name in quotes follows is
    that name's legal form («, ООО "…"») and ends the list."""
    out = []
    item = re.compile(rf"{_JOIN}(?:{name}|{_QUOTED_ITEM})")
    while (m := item.match(text, end)) is not None:
        end = m.end()
        if m.group(1) is None:
            continue
        if m.group(1) in _NO_COMPANY or re.match(r"\s*[«\"„]", text[end:]):
            break
        named = NAMED_FOR.match(text, end)
        end = named.end() if named else end
        out.append((m.group(1) + (named.group() if named else ""), (m.start(1), end)))
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


def plants_named_short(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Plants named by their short name alone, in any case: initials ending in «З», the
    initial of «завод» («посетили МАЗ», «на базе МАЗа», «УАЗ вместе с …», «МЭТЗ имени
    Козлова»); not one a name in quotes follows, whose legal form it would be."""
    out = []
    for m in _PLANT_SHORT.finditer(text):
        if m.group(1) in _NO_COMPANY or re.match(r"\s*[«\"„]", text[m.end() :]):
            continue
        named = NAMED_FOR.match(text, m.end())
        out.append((m.group(1) + (named.group() if named else ""), (m.start(1), named.end() if named else m.end())))
    return out


# the case a preposition puts the name after it in, where a name's ending tells it apart
_PREPOSITION_CASE = {
    "у": "gent", "от": "gent", "из": "gent", "до": "gent", "для": "gent", "без": "gent", "около": "gent",
    "кроме": "gent", "после": "gent", "среди": "gent", "к": "datv", "ко": "datv", "по": "datv", "с": "ablt",
    "со": "ablt", "за": "ablt", "под": "ablt", "перед": "ablt", "над": "ablt", "между": "ablt", "о": "loct",
    "об": "loct", "при": "loct", "в": "loct", "во": "loct", "на": "loct",
}
# a company named by its kind after its adjectives, in any case: «Минском моторном заводе»
_KIND_ITEM = r"(?<![\w-])[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,3}\s+(?:завод|комбинат|фабрик|холдинг|концерн|объединени)[а-яё]*"
# the names of a list before a name: short ones, in any case, ones in quotes and ones by their kind, each with its join
_NAMES_BEFORE = re.compile(
    rf"(?:(?:{_QUOTED_ITEM}|{_KIND_ITEM}|(?<![\w-])[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ][а-яё]{{0,2}}){_JOIN})+$"
)


def governed_case(before: str) -> str | None:
    """The case the words before a name put it in, over the names of a list before it
    («руководством МАЗа, "…"»): a noun's complement is in the genitive («продукции
    "…"»), a preposition's in its own case («на "…"», «с "…"»); None after anything else,
    and where the list shows the nominative: a legal form before a name in quotes, or a
    name in quotes ending in a consonant («"Амкодор" и "…"»), as no declined one does."""
    before = before[-300:]
    listed = _NAMES_BEFORE.search(before)
    if listed and re.search(r"[А-ЯЁ]\s+[«\"„]|[бвгджзклмнпрстфхцчшщ][»\"“”]", listed.group()):
        return None  # «ОАО "Гомсельмаш", "Амкодор" и "…"»: names of a legal form, in the nominative
    words = re.findall(r"[А-Яа-яЁё-]+", before[: listed.start()] if listed else before)
    if not words or before[: listed.start() if listed else len(before)].rstrip()[-1:] in ",.:;—–(":
        return None
    last = words[-1].lower()
    if last in _PREPOSITION_CASE:
        return _PREPOSITION_CASE[last]
    return "gent" if _parses(last)[0].tag.POS == "NOUN" else None


def nominative_in_quotes(name: str, before: str) -> str | None:
    """A name in quotes standing alone put back in the nominative by the case the words
    before it give it («с руководством "Амкодора"» → «Амкодор», «под гарантию "Дойче
    Банка"» → «Дойче Банк»): one word the dictionary does not know, read in that case; or
    the words after foreign ones («Дойче») whose leading noun group is in that case.
    None when the case is not known or the name reads in no such form."""
    case = governed_case(before)
    if case is None:
        return None
    words = name.split()
    if len(words) == 1:
        if "-" in name or inflect.morph().word_is_known(name.lower()):
            return None
        fitting = [p for p in _parses(name) if p.tag.POS == "NOUN" and p.tag.number == "sing"
                   and (p.tag.case == case or {p.tag.case, case} == {"loct", "loc2"})]
        parse = _likeliest_name(fitting)
        return inflect.restore(name, parse.normal_form) if parse is not None and parse.tag.case != "nomn" else None
    foreign = 0
    while foreign < len(words) - 1 and not inflect.morph().word_is_known(words[foreign].lower()):
        foreign += 1  # «Дойче»: a foreign word the dictionary does not know, kept as it is
    rest = " ".join(words[foreign:])
    said = nominative_head(rest, case)
    return " ".join([*words[:foreign], said]) if said != rest else None


def _likeliest_name(parses: list[inflect.Parse]) -> inflect.Parse | None:
    """Of the readings of an unknown name in one case, the likeliest nominative by the
    scores of its readings summed; a masculine one ending in a consonant wins with half the
    best score, as most one-word company names are («Амкодоре» → «Амкодор», not «Амкодора»;
    «Атланте» → «Атлант»), while a feminine one alone stays («Белшине» → «Белшина»)."""
    totals: dict[str, float] = {}
    for p in parses:
        totals[p.normal_form] = totals.get(p.normal_form, 0.0) + p.score
    if not totals:
        return None
    best = max(totals.values())
    masculine = [f for f, t in totals.items() if t >= best / 2 and re.search(r"[бвгджзклмнпрстфхцчшщ]$", f)
                 and any(p.normal_form == f and p.tag.gender == "masc" for p in parses)]
    chosen = masculine[0] if masculine else max(totals, key=lambda f: totals[f])
    return next(p for p in parses if p.normal_form == chosen)


# the nouns a company's full name ends in, whose initials its short name keeps («БКК», «МТЗ»)
_NAMED_KINDS = {"компания", "корпорация", "завод", "комбинат", "фабрика", "банк", "объединение", "холдинг", "концерн"}


def spelled_out(short: str, sentences: list[str]) -> str | None:
    """The full name a short one stands for, in the nominative, when the release writes it
    out: a capitalised word and the lower-case ones after it whose initials are the short
    name's letters, ending in a company's noun («Белорусской калийной компании» for
    «БКК», «Минский тракторный завод» for «МТЗ»). None when the release does not."""
    if not re.fullmatch(r"[А-ЯЁ]{2,6}", short):
        return None
    run = short[0] + "[а-яё]+" + "".join(f" +{c.lower()}[а-яё]+" for c in short[1:])
    for text in sentences:
        for m in re.finditer(rf"(?<![\w-]){run}(?![\w-])", text):
            noun = next((p for p in _parses(m.group().split()[-1]) if p.tag.POS == "NOUN"), None)
            if noun is not None and noun.normal_form in _NAMED_KINDS:
                return nominative_phrase(m.group()) or None
    return None


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


# business forms a release may name once in the plural for the names listed after it
_PLURAL_KINDS = {"концерн", "холдинг", "корпорация", "компания", "объединение", "банк", "завод", "комбинат", "фабрика"}


def plural_kind(said: str) -> str | None:
    """«концерны», «холдингам» before a list of names in quotes → «концерн», «холдинг»:
    a business form named in the plural (a noun alone) is each listed name's own, in the
    nominative singular; None for any other."""
    if " " in said.strip():
        return None
    parse = next((p for p in _parses(said.strip()) if p.tag.POS == "NOUN"), None)
    if parse is None or parse.tag.number != "plur" or parse.normal_form not in _PLURAL_KINDS:
        return None
    return parse.normal_form


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
    plural («завод металлоконструкций», «заводы медицинских препаратов»), or in the
    genitive singular with its adjective («завод гражданской авиации», «завод бытовой
    химии»), which names what it makes, and over whom it is named after («завод имени
    Козлова»); a company's kind takes no other («комбинат региона» is whose it is)."""
    at = end
    for n in range(4):
        w = re.compile(r"\s+([а-яё]+)").match(text, at)
        if w is None:
            break
        parses = _parses(w.group(1))
        if parses[0].tag.POS in ("CONJ", "PREP", "PRCL", "ADJS", "PRTS"):
            break  # «завода и …»: «и» is no noun of a complement; «завод готов …»: a predicate, read first as one
        if any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses):
            return _named_for(text, w.end())
        if n and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" for p in parses[:1]):
            return _named_for(text, w.end())  # «гражданской авиации»: over an adjective before it
        if not any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses):
            break
        at = w.end()
    return _named_for(text, end)


def _named_for(text: str, end: int) -> int:
    named = NAMED_FOR.match(text, end)
    return named.end() if named else end


def shared_kind(text: str) -> list[tuple[str, tuple[int, int]]]:
    """«Минским тракторным и Гомельским вагоностроительным заводами» → each name with
    its kind in the nominative singular: a proper adjective, an adjective, and a plural
    kind all in one case."""
    out = []
    for m in _SHARED.finditer(text):
        kind = next((p for p in _parses(m["kind"]) if p.tag.POS == "NOUN" and p.tag.number == "plur"), None)
        if kind is None or kind.normal_form not in _KINDS:
            continue
        shared = _shared_adjectives(m["shared"], kind)
        names = [_nominative(pair, kind, shared) for pair in re.split(_JOIN, m["list"])]
        tail = complement(text, m.end())
        if all(names) and shared is not None:
            out += [(f"{name}{text[m.end() : tail]}", (m.start(), tail)) for name in names if name]
    return out


def _shared_adjectives(said: str, kind) -> str | None:
    """The adjectives a list's names share before their plural kind («молочными» of «Туровским и Калинковичским
    молочными комбинатами»), in the nominative singular of the kind's gender: «молочный»; "" for none, None
    when one is no adjective in the kind's case."""
    forms = []
    for word in said.split():
        parse = next((p for p in _parses(word) if p.tag.POS == "ADJF" and p.tag.number == "plur"
                      and p.tag.case == kind.tag.case), None)
        form = parse.inflect({"nomn", "sing", kind.tag.gender}) if parse is not None else None
        if form is None:
            return None
        forms.append(form.word)
    return " ".join(forms)


def _parses(word: str):
    return inflect.parses(word)


def _nominative(pair: str, kind, shared: str | None = "") -> str | None:
    """«Минским тракторным» and «заводами» → «Минский тракторный завод», when both words
    are adjectives in the kind's case (with the adjectives the list shares before the kind:
    «Туровский» + «молочный» + «комбинат»)."""
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
    return " ".join([*forms, *([shared] if shared else []), kind.normal_form])


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
    # «"Дни Республики Беларусь в … крае"», «"Праздник …"»: days and feasts are events too
    "день", "праздник", "семинар", "конкурс", "чемпионат", "турнир", "олимпиада",
    # «"Актуальное интервью"»: a rubric or a piece of the press that carries the release
    "интервью", "репортаж", "рубрика", "передача",
}


def names_itself(name: str) -> bool:
    """Whether a name in quotes says by its own first noun that it is a document, an event
    or a piece of the press («"Дорожную карту"», «"Программа совместных действий"»,
    «"Белорусская неделя"», «"Актуальное интервью"»), so no company."""
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


# Belarus's towns as the adjective a plant's name opens with («Борисовский хрустальный завод»,
# «Слонимская мебельная фабрика»): the adjective's stem, «ё» as «е». Towns whose adjective also
# names a well-known place in Russia («Кировский», «Дзержинский», «Берёзовский», «Октябрьский»)
# are left out: such a name says nothing of its side.
_TOWN_STEMS = (
    "белорусск беларуск минск брестск витебск гомельск гродненск могилевск бобруйск барановичск борисовск "
    "пинск оршанск мозырск солигорск новополоцк полоцк лидск молодечненск жлобинск светлогорск речицк "
    "жодинск слуцк кобринск волковысск калинковичск сморгонск рогачевск осиповичск горецк новогрудск "
    "вилейск кричевск пружанск ивацевичск лунинецк поставск глубокск лепельск шкловск быховск "
    "климовичск костюковичск дятловск щучинск ошмянск мостовск скидельск островецк несвижск столбцовск "
    "червенск логойск смолевичск мядельск клецк копыльск любанск воложинск новолукомльск чашникск "
    "докшицк браславск верхнедвинск толочинск дубровенск сенненск столинск микашевичск ганцевичск "
    "жабинковск малоритск ляховичск ивьевск слонимск зельвенск свислочск кореличск наровлянск хойникск "
    "брагинск лоевск добрушск ветковск чечерск петриковск житковичск глусск чериковск краснопольск "
    "хотимск мстиславск белыничск круглянск дрибинск чаусск кличевск узденск березинск марьиногорск "
    "пуховичск стародорожск фанипольск заславск"
)
_BELARUS_TOWNS = frozenset(_TOWN_STEMS.split())
# «-ский» adjectives a company's name may open with that name no place
_NO_PLACE = re.compile(
    r".*(?:ическ|ческ)ий|(?:республиканск|городск|сельск|морск|европейск|азиатск|евразийск|американск|"
    r"славянск|христианск|братск|дружеск|человеческ|детск|женск|мужск|народн)ий"
)


def town_of_name(name: str) -> tuple[str, str] | None:
    """The place a company's name opens with, as (its adjective, «ours» for a town of
    Belarus or «abroad» for another place the dictionary knows): «Борисовский хрустальный
    завод» → ours, «Челябинский тракторный завод» → abroad. None for a name that opens with
    no place («Научно-производственный центр», «Республиканское унитарное предприятие») or
    with a place the dictionary does not know. A state's adjective («Казахстанская …») is
    the caller's to read."""
    first = name.split()[0] if name.split() else ""
    m = re.fullmatch(r"([А-ЯЁ][а-яё]+(?:ск|цк))(?:ий|ая|ое|ие)", first)
    if m is None:
        return None
    lemma = inflect.fold(m[1]).lower() + "ий"  # by its ending: the dictionary reads some as surnames
    if _NO_PLACE.fullmatch(lemma):
        return None
    if lemma[:-2] in _BELARUS_TOWNS:
        return first, "ours"
    # the dictionary knows the adjectives of Russia's and the world's better-known places, not
    # those of Belarus's villages («Городейский сахарный комбинат»): an unknown one says nothing
    known = any(p.is_known and p.tag.POS == "ADJF" for p in inflect.parses(first))
    return (first, "abroad") if known or _place_of_adjective(m[1]) else None


def _place_of_adjective(stem: str) -> bool:
    """Whether an adjective's stem in «-ск» the dictionary does not know is made from the
    name of a place it knows: «Гянджинск(ий)» from «Гянджа», «Ялтинск(ий)» from «Ялта»,
    «Курганск(ий)» from «Курган»."""
    base = stem[: -len("ск")]
    names = {base, base + "а", base + "ь", base + "о"}
    if base.endswith("ин"):
        names |= {base[:-2] + "а", base[:-2] + "я"}
    return any(p.is_known and "Geox" in p.tag and p.tag.POS == "NOUN" and p.normal_form == name.lower()
               for name in names for p in inflect.parses(name))


def town_after(after: str) -> tuple[str, str] | None:
    """The town or land a company is said to be from right after its name («"ПромСервис" из
    Димитровграда», «из Солигорска», «"Абрау-Дюрсо" с Кубани»: «с» with the genitive, not
    «с Минском»), as (the place, «ours» or «abroad»); None when no place follows."""
    m = re.match(r"\s+(?P<from>из|с|со)\s+([А-ЯЁ][а-яё-]+)", after)
    if m is None:
        return None
    parses = inflect.parses(m[2])
    if m["from"] != "из" and any(p.tag.case == "ablt" for p in parses):
        return None  # «с Казанью»: with, not from
    cased = [p for p in parses if m["from"] == "из" or p.tag.case == "gent"]
    parse = next((p for p in cased if "Geox" in p.tag and p.tag.POS == "NOUN"), None)
    if parse is None:
        return None
    stem = inflect.fold(parse.normal_form).lower().rstrip("аеоыьяю")
    ours = len(stem) >= 3 and any(town.startswith(stem) for town in _BELARUS_TOWNS)
    return m[2], "ours" if ours else "abroad"
