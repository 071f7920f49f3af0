"""Russian nouns → the forms numbers and verbs need, from pymorphy3's dictionary
(OpenCorpora): «5 стран», «900 мест», «1,5 тонны», and the gender that agrees a past
verb with its subject («Республика Беларусь заняла»).

A word the dictionary does not know is returned unchanged rather than guessed at.
"""

from __future__ import annotations

from decimal import Decimal


def _analyzer():
    from memogen.inflect import morph  # one dictionary load for the whole process

    return morph()


def _noun(word: str):
    parses = [p for p in _analyzer().parse(word) if "NOUN" in p.tag and "nomn" in p.tag]
    return parses[0] if parses else None


def agree(phrase: str, value: float | Decimal, scaled: bool, governed: bool = False,
          accusative: bool = False) -> str:
    """The counted phrase agreeing with `value`: its first noun in the right form, words
    after it unchanged («место в общежитии» → «900 мест в общежитии»). After a scale
    word («тыс.») and after a fraction («1,5») the genitive: plural and singular. After
    a hedge that takes the genitive (`governed`: «более», «около», «до») the number is
    in the genitive too: «около 43 компаний», «более 21 компании». After «на» (`accusative`)
    a number ending in one takes the accusative: «на 1 встречу», «на 21 компанию»."""
    head, _, rest = phrase.partition(" ")
    parse = _noun(head)
    if parse is None:
        return phrase
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
    word = form.word if form is not None else head
    if parse.normal_form == "год" and word == "годов":
        word = "лет"  # the counting form after numerals is suppletive: «5 лет», not «5 годов»
    if head[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{word} {rest}".strip()


def gender(name: str) -> str:
    """The grammatical gender of a name's head noun: «Республика Беларусь» → femn,
    «Узбекистан» → masc, «Объединенные Арабские Эмираты» → plur; masc when unknown."""
    for word in name.split():
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
