"""A Russian name in the nominative → the same name in another case, or None when unsure.

Place and organisation names go through pymorphy3 (the OpenCorpora dictionary): the head
noun and the adjectives that agree with it change («Вологодская область» → «Вологодской
области»), a complement in the genitive and anything in quotes stay («Правительство
Вологодской области», «ОАО "МТЗ"»), and a place's name after «город», «деревня»… changes
with it («города Минска») while a state's name after «Республика» does not («Республики
Узбекистан»). Personal names go through pytrovich (the petrovich rules), which knows
surnames no dictionary holds («Каранкевич») and those that never change («Лукашенко»).

A form is returned only when every word was understood: a head noun the dictionary
knows, adjectives that agree with it, a gender for a person. Otherwise the answer is
None and the caller asks the user to write the form.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # loading the dictionaries takes a third of a second: only when needed
    from pymorphy3.analyzer import Parse

CASES = ("genitive", "dative", "accusative", "instrumental", "prepositional")
_GRAMMEME = {
    "nominative": "nomn",
    "genitive": "gent",
    "dative": "datv",
    "accusative": "accs",
    "instrumental": "ablt",
    "prepositional": "loct",
}
# Generic words after which a place's own name is declined too: «в городе Минске».
# After «Республика», «Королевство»… a state's name stays: «в Республике Беларусь».
_DECLINED_APPOSITION = {
    "город", "деревня", "село", "посёлок", "поселок", "агрогородок", "станица", "хутор",
    "река", "озеро", "остров",
}
_WORD_RE = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_DASHES = ("—", "–", "-")
_QUOTES = "«\"„“”'"


@cache
def morph():
    """The one pymorphy3 analyser of the process (its dictionaries load once)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=50_000)
def parses(word: str) -> tuple[Parse, ...]:
    """Every reading of a word, likeliest first, case aside. Cached: drafting asks about the
    same words again and again."""
    return tuple(morph().parse(word.lower()))


def lemma(word: str) -> str:
    """A word's dictionary form by its likeliest reading, case aside: «подписали» →
    «подписать», «Минске» → «минск»."""
    return parses(word)[0].normal_form


def pos(word: str) -> str | None:
    """A word's part of speech by its likeliest reading (OpenCorpora's tag: «NOUN»,
    «ADJF», «INFN», …), case aside."""
    return parses(word)[0].tag.POS


def reading(word: str, *kinds: str) -> Parse | None:
    """The likeliest reading of a word as one of the parts of speech `kinds` («NOUN»,
    «ADJF», …), or None when the dictionary has no such reading."""
    return next((p for p in parses(word) if p.tag.POS in kinds), None)


def fold(text: str) -> str:
    """Text compared as a word is, whatever its case and whether it writes «ё»."""
    return text.lower().replace("ё", "е")



def from_dictionary(p: Parse) -> bool:
    """The analysis comes from the dictionary, not from a guess by the word's ending."""
    return len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def restore(model: str, word: str) -> str:
    """`word` written like `model`: capitals where it had them, «е» where it had no «ё»."""
    if "ё" not in model.lower():
        word = word.replace("ё", "е")
    if model.isupper() and len(model) > 1:
        return word.upper()
    word = _rehyphenated(model, word)
    parts, models = word.split("-"), model.split("-")
    if len(parts) != len(models):
        return word.capitalize() if model[:1].isupper() else word
    return "-".join(p.capitalize() if m[:1].isupper() else p for p, m in zip(parts, models))


def _rehyphenated(model: str, word: str) -> str:
    """A form of a hyphenated word the dictionary knows written together, with its hyphen
    back where `model` has it: «шоу-рум» → «шоурума» → «шоу-рума» (the part before the
    hyphen unchanged); `word` as it is otherwise."""
    head, hyphen, _ = model.partition("-")
    if not hyphen or "-" in word or not word.lower().startswith(head.lower()) or len(word) <= len(head):
        return word
    return f"{word[: len(head)]}-{word[len(head) :]}"


def _inflected(p: Parse, case: str, model: str, animacy: str | None) -> str | None:
    wanted = {_GRAMMEME[case]}
    if case == "accusative" and p.tag.POS in ("ADJF", "PRTF") and animacy and p.tag.gender in ("masc", None):
        wanted.add(animacy)  # «Нижний Новгород» → «Нижний Новгород», not «Нижнего»
    form = p.inflect(wanted)
    return None if form is None else restore(model, form.word)


def _head(word: str) -> Parse | None:
    """The word as the phrase's head: a noun in the nominative that the dictionary knows
    (an abbreviation such as «ОАО» among them, which does not change)."""
    found = [
        p
        for p in morph().parse(word)
        if p.tag.POS == "NOUN" and p.tag.case == "nomn" and from_dictionary(p)
    ]
    if word[:1].isupper():  # «Орел» the city before «орел» the bird
        found.sort(key=lambda p: not ({"Geox", "Orgn"} & p.tag.grammemes))
    return found[0] if found else None


def _agreeing(word: str, head: Parse) -> Parse | None:
    """The word as an adjective (or participle) in the nominative agreeing with `head`."""
    for p in morph().parse(word):
        if p.tag.POS not in ("ADJF", "PRTF") or p.tag.case != "nomn":
            continue
        if p.tag.number != head.tag.number:
            continue
        if head.tag.number == "sing" and p.tag.gender != head.tag.gender:
            continue
        if from_dictionary(p) or p.score >= 0.5:
            return p
    return None


class _Word(NamedTuple):
    """A word of a phrase and where it stands in it (a part of «города-побратимы» too)."""

    text: str
    start: int
    end: int


def _words(text: str, offset: int = 0) -> list[_Word]:
    return [_Word(m.group(), m.start() + offset, m.end() + offset) for m in _WORD_RE.finditer(text)]


def _abbreviation(word: str) -> bool:
    """«ЕАЭС», «ШОС», «ООН», «МИД»: a word in capitals, which official writing never
    declines («в рамках ЕАЭС», «с ЕАЭС»), known to the dictionary or not."""
    return len(word) > 1 and word.isupper() and "-" not in word


def inflect_phrase(name: str, case: str) -> str | None:
    """`name` (a place or organisation, nominative) in `case`, or None when unsure. Names
    joined by «и» change each («Республика Беларусь и Российская Федерация» →
    «Республикой Беларусь и Российской Федерацией»)."""
    if case == "nominative":
        return name
    parts = _conjuncts(name)
    if len(parts) > 1:
        forms = [_inflect_one(part, case) for part in parts]
        return None if None in forms else " и ".join(f for f in forms if f is not None)
    return _inflect_one(name, case)


def _conjuncts(name: str) -> list[str]:
    """Names joined by « и », each opening with a capital word in the nominative (a
    genitive after «и» belongs to the first name: «Палата Беларуси и России»)."""
    parts = name.split(" и ")
    if len(parts) == 1 or any(q in name for q in _QUOTES):
        return [name]
    if all(_adjective(w) for w in parts[0].split()):  # «Чрезвычайный и Полномочный Посол»: one head
        return [name]
    for part in parts[1:]:
        first = part.split()[0] if part.split() else ""
        if not first[:1].isupper():
            return [name]
        oblique = {p.tag.case for p in morph().parse(first) if p.tag.case} - {"nomn", "accs"}
        if oblique and not _abbreviation(first):
            return [name]
    return parts


def _inflect_one(name: str, case: str) -> str | None:
    quote = min((name.find(q) for q in _QUOTES if q in name), default=len(name))
    words = _words(name[:quote])
    if not words:
        return None
    # The head is the first word that is not an adjective: «Могилевская» is also a
    # surname, but before «область» it is the adjective.
    head_at = next((n for n, w in enumerate(words) if not _adjective(w.text) and not _joins(words, n)), None)
    if head_at is None:
        return None
    if _abbreviation(words[head_at].text):  # «ЕАЭС», «ОАО "МТЗ"»: nothing changes
        return name if head_at == 0 else None
    heads = _heads(words[head_at])
    if heads is None:
        return None
    head = heads[0][1]
    changes: list[tuple[_Word, Parse]] = []
    for w in (w for n, w in enumerate(words[:head_at]) if not _joins(words, n)):
        adj = _agreeing(w.text, head)
        if adj is None:
            return None
        changes.append((w, adj))
    changes += heads
    if head_at + 1 < len(words) and _declined_apposition(name, head, heads[-1][0], words[head_at + 1]):
        own = _head(words[head_at + 1].text)
        if own is None:
            return None
        changes.append((words[head_at + 1], own))
    return _replace(name, changes, case, head.tag.animacy)


def _joins(words: list[_Word], n: int) -> bool:
    """Whether the word at `n` is «и» between two adjectives of the head («Чрезвычайный
    и Полномочный Посол»): it joins them and stays as it is."""
    return (
        words[n].text == "и" and 0 < n < len(words) - 1
        and _adjective(words[n - 1].text) and _adjective(words[n + 1].text)
    )


def _heads(word: _Word) -> list[tuple[_Word, Parse]] | None:
    """The head word as the dictionary knows it, or a compound of two nouns joined by a
    hyphen whose parts both change («города-побратимы» → «городов-побратимов»)."""
    head = _head(word.text)
    if head is not None:
        return [(word, head)]
    parts = _words(word.text.replace("-", " "), word.start)
    if "-" not in word.text or len(parts) != 2:
        return None
    first, second = (_head(p.text) for p in parts)
    if first is None or second is None or not both_decline(first, second):
        return None
    return [(parts[0], first), (parts[1], second)]


def both_decline(first: Parse, second: Parse) -> bool:
    """Whether both nouns of a hyphenated pair change: plurals («страны-члены»), a
    feminine or neuter first noun («страна-участница»), a place's kind («город-герой»).
    A masculine first noun may be a fixed attribute that never changes («бизнес-форум»,
    «пресс-центр», «интернет-магазин»): no guess then."""
    if first.tag.number == "plur":
        return second.tag.number == "plur"
    return first.tag.gender in ("femn", "neut") or first.normal_form in _DECLINED_APPOSITION


def _adjective(word: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in morph().parse(word))


def _declined_apposition(name: str, head: Parse, head_word: _Word, next_word: _Word) -> bool:
    """Whether the word after the head is a name that declines with it: after «город»
    («города Минска»), or after a dash («автономного округа — Югры», «государствами –
    членами ШОС»)."""
    between = name[head_word.end : next_word.start]
    if head.normal_form.split("-")[0] in _DECLINED_APPOSITION and not between.strip():
        return True
    return between.strip() in _DASHES and between != between.strip()


def _replace(name: str, changes: list[tuple[_Word, Parse]], case: str, animacy: str | None) -> str | None:
    out, at = [], 0
    for n, (word, parse) in enumerate(changes):
        if n and _apposition_keeps(parse, case, animacy):
            form: str | None = word.text  # «страны – члены»: the accusative of a thing
        else:
            form = _inflected(parse, case, word.text, animacy)
        if form is None:
            return None
        out += [name[at : word.start], form]
        at = word.end
    return "".join(out) + name[at:]


def _apposition_keeps(parse: Parse, case: str, animacy: str | None) -> bool:
    """A noun in apposition to an inanimate head takes the head's accusative, which is
    its nominative when it is masculine or plural («в страны – члены ЕАЭС», «в
    город-герой»); the other cases follow the noun's own declension."""
    return (
        case == "accusative" and parse.tag.POS == "NOUN" and animacy == "inan"
        and (parse.tag.number == "plur" or parse.tag.gender == "masc")
    )


@cache
def _petrovich():
    from pytrovich import PetrovichDeclinationMaker, PetrovichGenderDetector

    return PetrovichDeclinationMaker(), PetrovichGenderDetector()


_VOWEL_END = re.compile(r"[аяоеёиуюыэ]$")


@cache
def _listed_first_names() -> dict[str, str]:
    """The first names the petrovich rules list by name as a man's or a woman's («ингрид»,
    «агнес», «даниэль»), not by their ending: {name: "male" | "female"}."""
    import json

    from pytrovich.detector import PetrovichGenderDetector

    with open(PetrovichGenderDetector.DEFAULT_PATH_TO_RULES_FILE, encoding="utf-8") as rules:
        listed = json.load(rules)["gender"]["firstname"]["exceptions"]
    return {name: gender for gender in ("male", "female") for name in listed.get(gender) or ()}


def _gender(given: str, surname: str, patronymic: str | None):
    """The person's gender, only where something tells it: a patronymic, a Slavic
    surname's ending (by the petrovich rules), a first name the petrovich rules list by name, the dictionary's
    first names when the rules' endings agree with them, or a first name ending in a vowel
    (declined alike for a man and a woman). None otherwise: a foreign first name in a
    consonant that the dictionary does not know («Мерседес», «Кэрол») or knows as a
    woman's where the rules read a man's («Кармен») is no man's name by its ending, and one
    in «-ь» the dictionary gives only women («Эммануэль», «Мишель», «Гюзель») tells nothing
    unless the rules list it by name («Любовь», «Нинель»): transliteration spells a man's
    «Emmanuel» and a woman's «Emmanuelle» alike, and Russian men's names end in «-ь» too."""
    from pytrovich.enums import Gender

    _, detector = _petrovich()
    if patronymic and not patronymic.endswith("."):
        found = detector.detect(middlename=patronymic)
        if found != Gender.ANDROGYNOUS:
            return found
    by_surname = detector.detect(lastname=surname)  # a Slavic ending: «Иванов», «Иванова», «Рудницкая»
    if by_surname != Gender.ANDROGYNOUS:
        return by_surname
    first = given.lower().split("-")[-1]
    listed = _listed_first_names().get(first)
    if listed:
        return Gender[listed.upper()]
    rules = detector.detect(firstname=given)
    known = {p.tag.gender for p in morph().parse(given.lower())
             if "Name" in p.tag and from_dictionary(p) and p.tag.case == "nomn" and p.tag.number == "sing"}
    if known == {"femn"} and first.endswith("ь"):
        return None  # «Эммануэль», «Мишель»: a man's name too, spelt alike; only the rules' list tells
    if known in ({"masc"}, {"femn"}):
        told = Gender.MALE if known == {"masc"} else Gender.FEMALE
        return told if rules in (told, Gender.ANDROGYNOUS) else None
    return rules if _VOWEL_END.search(first) and rules != Gender.ANDROGYNOUS else None


def by_first_name(given: str, surname: str, patronymic: str | None) -> bool:
    """Whether the person's gender, as memogen reads it, rests on the first name alone (no
    patronymic, no surname telling it): what a release says of the person may overrule it
    («Эммануэль», a woman's name in the dictionary, is a man who «заявил»)."""
    from pytrovich.enums import Gender

    return not patronymic and _petrovich()[1].detect(lastname=surname) == Gender.ANDROGYNOUS


# Particles of foreign surnames that never decline («Аль-Бусаиди», «фон Браун», «ибн
# Сина»); the petrovich rules would decline them as Russian words («Алем-Бусаиди»).
_PARTICLES = frozenset({
    "аль", "эль", "ад", "ас", "ар", "ат", "ан", "аш", "аз", "бен", "бин", "ибн",
    "фон", "ван", "дер", "де", "ди", "да", "дель", "ла", "ле", "лос",
})


def has_particle(surname: str) -> bool:
    return any(part.lower() in _PARTICLES for part in surname.replace("-", " ").split())


# How a patronymic ends («Юрьевич», «Ильич», «Сергеевна», «Ильинична», «Мамед оглы»)
_PATRONYMIC = re.compile(r"(?:ич|вна|чна|оглы|кызы|улы|уулы|уулу)$", re.I)


def _patronymic(middle: str | None) -> bool:
    """Whether the words between a given name and a surname are a patronymic (or its
    initial), which the petrovich rules decline. Other middle names are not told apart:
    «Луис Хорхе» declines («Карлосом Луисом Хорхе Мендесом»), «Тан» of «Нгуен Тан Зунг»
    does not, and an Arabic «бин Фархан» declines its name only."""
    return middle is None or middle.endswith(".") or all(_PATRONYMIC.search(w) for w in middle.split())


def inflect_person(given: str, surname: str, patronymic: str | None, case: str,
                   gender: str | None = None) -> str | None:
    """«Георгий Филимонов» in `case` («Георгием Филимоновым»), patronymic between when
    given; an initial («В.») stays as it is. None when the gender cannot be told (`gender`,
    "male" or "female", tells it when the caller knows), the surname holds a foreign
    particle or the middle words are no patronymic."""
    from pytrovich.enums import Case, Gender, NamePart

    full = [given, patronymic, surname]
    if case == "nominative":
        return " ".join(p for p in full if p)
    if has_particle(surname) or not _patronymic(patronymic):
        return None
    told = Gender[gender.upper()] if gender else _gender(given, surname, patronymic)
    if told is None:
        return None
    maker, _ = _petrovich()
    wanted = Case[case.upper()]
    parts = zip(full, (NamePart.FIRSTNAME, NamePart.MIDDLENAME, NamePart.LASTNAME))
    return " ".join(
        text if text.endswith(".") else maker.make(part, told, wanted, text)
        for text, part in parts
        if text
    )


def _as_person(name: str) -> tuple[str, str | None, str] | None:
    """«Георгий Филимонов» or «Георгий Юрьевич Филимонов» as (given, patronymic,
    surname) when its first word is a first name the dictionary knows."""
    words = name.split()
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return None
    if not any("Name" in p.tag and p.tag.case == "nomn" and p.score >= 0.3 for p in morph().parse(words[0])):
        return None
    return words[0], (words[1] if len(words) == 3 else None), words[-1]


def inflect(name: str, case: str, kind: str | None = None) -> str | None:
    """`name` in `case`: a personal name when `kind` is "person" or it reads as one,
    otherwise a place or organisation. None when the form cannot be told for sure."""
    if case not in _GRAMMEME:
        raise ValueError(f"unknown case {case!r}; one of {', '.join(_GRAMMEME)}")
    person = _as_person(name) if kind in (None, "person") else None
    if person is not None:
        given, patronymic, surname = person
        return inflect_person(given, surname, patronymic, case)
    if kind == "person":
        return None
    return inflect_phrase(name, case)
