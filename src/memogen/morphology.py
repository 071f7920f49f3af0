"""Russian nouns → the forms numbers and verbs need, from pymorphy3's dictionary
(OpenCorpora): «5 стран», «900 мест», «1,5 тонны», and the gender that agrees a past
verb with its subject («Республика Беларусь заняла»).

A word the dictionary does not know is returned unchanged rather than guessed at.
"""

from __future__ import annotations

import re
from decimal import Decimal

from memogen.abbreviations import expansion, is_abbreviation


def _analyzer():
    from memogen.inflect import morph  # one dictionary load for the whole process

    return morph()


def _noun(word: str):
    parses = [p for p in _analyzer().parse(word) if "NOUN" in p.tag and "nomn" in p.tag]
    return parses[0] if parses else None


# Borrowed words that stand before a noun as an attribute that never changes («бизнес-форум»,
# «пресс-тур», «онлайн-встреча»): only the noun after the hyphen counts («8 бизнес-форумов»).
_ATTRIBUTIVE = frozenset({
    "бизнес", "интернет", "пресс", "онлайн", "офлайн", "медиа", "экспресс", "шоу", "веб", "арт", "фитнес", "блиц",
    "топ", "мини", "макси", "экстра", "супер", "вип", "кибер", "смарт", "эко", "агро", "био", "видео", "аудио",
    "фото", "мега", "гипер", "бренд", "контент", "промо", "стартап", "ивент", "экспо", "инвест",
})


class UncountedNoun(ValueError):
    """A hyphenated counted noun whose first part may or may not change («вагон-цистерна»:
    «5 вагонов-цистерн»; «бренд-менеджер»: «5 бренд-менеджеров»): memogen does not guess."""

    def __init__(self, noun: str) -> None:
        super().__init__(
            f"cannot tell how «{noun}» is counted: whether its first part changes with the number "
            f"(«5 вагонов-цистерн») or stays («5 бизнес-форумов»)"
        )
        self.noun = noun


def counted_parts(head: str) -> list[tuple[str, object | None]] | None:
    """The parts of a counted noun that change with the number, as (text, its reading):
    the noun itself («компания»); a hyphenated one the dictionary knows whole
    («интернет-магазин»); only the noun after an unchanging attribute («бизнес-|форум»,
    «IT-|компания»); both nouns when both change («компания-|экспортёр», «город-|побратим»).
    None for a word the dictionary does not know (a hyphenated one whose last part it does
    not know, unless it knows the word written together: «шоу-рум» as «шоурум»);
    `UncountedNoun` when a hyphenated noun may be read either way."""
    from memogen.inflect import both_decline, from_dictionary

    whole = _noun(head)
    if "-" not in head:
        return None if whole is None else [(head, whole)]
    plural = whole.inflect({"gent", "plur"}) if whole is not None else None
    if whole is not None and from_dictionary(whole) and plural is not None and "-" in plural.word:
        return [(head, whole)]  # the dictionary's own «пресс-конференция»
    prefix, _, last = head.rpartition("-")
    tail = _noun(last.lower())
    together = whole is not None and from_dictionary(whole) and whole.normal_form == head.lower().replace("-", "")
    if tail is None and together:
        return [(head, whole)]  # «шоу-рум»: the dictionary knows «шоурум» written together
    if tail is None:
        return None  # a last part the dictionary does not know («шоу-хаб»): as written, never guessed
    if prefix.lower() in _ATTRIBUTIVE or not re.fullmatch(r"[а-яё]+", prefix) or len(prefix) < 3:
        return [(prefix + "-", None), (last, tail)]  # «бизнес-», «IT-», «B2B-», «ИТ-»: the attribute stays
    first = _noun(prefix.lower())
    if first is not None and both_decline(first, tail):
        return [(prefix, first), ("-", None), (last, tail)]
    raise UncountedNoun(head)


def countable(unit: str) -> str:
    """`unit` when memogen can count it; `UncountedNoun` (a ValueError) otherwise."""
    head = unit.partition(" ")[0]
    if "-" in head:
        counted_parts(head)
    return unit


def agree(phrase: str, value: float | Decimal, scaled: bool, governed: bool = False,
          accusative: bool = False) -> str:
    """The counted phrase agreeing with `value`: its first noun in the right form, words
    after it unchanged («место в общежитии» → «900 мест в общежитии»). After a scale
    word («тыс.») and after a fraction («1,5») the genitive: plural and singular. After
    a hedge that takes the genitive (`governed`: «более», «около», «до») the number is
    in the genitive too: «около 43 компаний», «более 21 компании». After «на» (`accusative`)
    a number ending in one takes the accusative: «на 1 встречу», «на 21 компанию». A
    hyphenated noun changes the parts `counted_parts` names («8 бизнес-форумов»)."""
    head, _, rest = phrase.partition(" ")
    parts = counted_parts(head)
    if parts is None:
        return phrase
    word = "".join(text if parse is None else _agreeing(parse, text, value, scaled, governed, accusative)
                   for text, parse in parts)
    return f"{word} {rest}".strip()


def _agreeing(parse, text: str, value: float | Decimal, scaled: bool, governed: bool, accusative: bool) -> str:
    """One changing word of a counted noun in the form `value` asks for, written like `text`."""
    from memogen.inflect import restore

    whole = Decimal(str(value)) == Decimal(str(value)).to_integral_value()
    if governed and whole and not scaled:
        n = abs(int(Decimal(str(value))))
        form = parse.inflect({"gent", "sing" if n % 10 == 1 and n % 100 != 11 else "plur"})
    elif scaled:
        form = parse.inflect({"gent", "plur"})
    elif not whole:
        form = parse.inflect({"gent", "sing"})
    elif accusative and abs(int(value)) % 10 == 1 and abs(int(value)) % 100 != 11:
        form = parse.inflect({"accs", "sing"})
    else:
        form = parse.make_agree_with_number(abs(int(Decimal(str(value)))))
    if form is None:
        return text
    if parse.normal_form == "год" and form.word == "годов":
        return "лет"  # the counting form after numerals is suppletive: «5 лет», not «5 годов»
    return restore(text, form.word)


class UnknownGender(ValueError):
    """A name whose head is an abbreviation memogen does not know: its gender is not
    guessed (the dictionary reads «ЕАЭС» as a feminine by its last letters)."""

    def __init__(self, name: str, word: str) -> None:
        super().__init__(f"cannot tell the gender of «{word}» in «{name}»")
        self.name, self.word = name, word


def gender(name: str) -> str:
    """The grammatical gender of a name's head noun: «Республика Беларусь» → femn,
    «Узбекистан» → masc, «Объединенные Арабские Эмираты» → plur; masc when unknown. An
    abbreviation heading the name takes its full name's («ЕАЭС» → «союз», masc; «США» →
    plur); one memogen does not know raises `UnknownGender`."""
    for word in name.split():
        if is_abbreviation(word.strip("«»\"")):
            full = expansion(word.strip("«»\""))
            if full is None:
                raise UnknownGender(name, word)
            return gender(full)
        for p in _analyzer().parse(word):
            if "NOUN" in p.tag and "nomn" in p.tag:
                if "plur" in p.tag and "Sgtm" not in p.tag and p.tag.number == "plur":
                    return "plur"
                return p.tag.gender or "masc"
    return "masc"


PAST = {"masc": "", "femn": "а", "neut": "о", "plur": "и"}


def past(stem: str, subject_gender: str) -> str:
    """«занял» + femn → «заняла»; «составил» + plur → «составили»."""
    return stem + PAST.get(subject_gender, "")
