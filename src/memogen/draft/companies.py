"""Companies named in lists: the names after the first of a list take its reading
(«техники МАЗ, МТЗ и БелАЗ», «ОАО «Гомсельмаш», «Амкодор» и «Белшина»»), and a kind
shared by a list of names is given to each («Минским тракторным и Минским
автомобильным заводами» → «Минский тракторный завод», «Минский автомобильный завод»).
`parties.companies` gives them their side. No I/O.
"""

from __future__ import annotations

import re

from memogen import inflect

# between the names of a list: «, », « и », «, а также »
_JOIN = r"(?:\s*,\s*(?:а\s+также\s+)?|\s+и\s+)"
# a short name in capitals or with a capital end: «МТЗ», «БелАЗ», «МоАЗ»
SHORT = r"[А-ЯЁ]{2,6}(?![\w-])|[А-ЯЁ][а-яё]+[А-ЯЁ]{1,3}(?![\w-])"
# a company's kind after the names that share it, in the plural: «заводами», «комбинаты»
_KINDS = ("завод", "комбинат", "холдинг", "концерн", "банк", "фабрика", "предприятие", "объединение")
_SHARED = re.compile(
    r"(?P<list>(?:[А-ЯЁ][а-яё]+\s+[а-яё]+" + _JOIN + r"){1,4}[А-ЯЁ][а-яё]+\s+[а-яё]+)\s+(?P<kind>[а-яё]+)\b"
)


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
        if all(names):
            out += [(name, m.span()) for name in names if name]
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
