"""Russian word groups found in a release, in any case → the nominative a facts file
writes: «продовольственными товарами» → «продовольственные товары», «губернатором
Вологодской области» → «губернатор Вологодской области», «Георгием Филимоновым» →
«Георгий Филимонов». pymorphy3 reads each word; only the leading group that agrees
(adjectives and their noun) changes, a genitive complement stays. No I/O.
"""

from __future__ import annotations

import re
from functools import cache

from memogen import inflect


@cache
def _parses(word: str):
    return inflect.parses(word)


def parses(word: str):
    """pymorphy3's readings of a word, likeliest first (cached)."""
    return _parses(word)


def _restore(model: str, word: str) -> str:
    return inflect.restore(model, word)


def _to_nominative(word: str, case: str, number: str | None, pos: tuple[str, ...], gender: str | None = None):
    if word.lower() == "и" and "NOUN" not in pos:
        return word
    # «основным» reads first as the rare qualitative «основный»: the plain adjective «основной» first
    for p in sorted(_parses(word), key=lambda p: "Qual" in p.tag):
        if gender and number == "sing" and p.tag.POS != "NOUN" and p.tag.gender not in (gender, None):
            continue
        if p.tag.POS in pos and p.tag.case == case and (number is None or p.tag.number == number):
            if case == "nomn":
                return p.word  # already so: «Лучший» stays, not its lemma's «наихороший»
            wanted = {"nomn"} | ({number} if number else set())
            form = p.inflect(wanted) or p.inflect({"nomn"})
            return form.word if form else None
    return None


def _head_case(words: list[str], case: str | None = None) -> tuple[int, str, str, str | None] | None:
    """The first noun of the group: its index, case and number (in `case` when it may
    be: «зерна» genitive, not the plural). A word that may also be an adjective
    («Первого», «Могилевская») is taken as one when a noun follows."""
    for n, w in enumerate(words):
        parses = _parses(w)
        if w.lower() == "и":
            continue  # «сборочных и сервисных предприятий»: «и» joins, it is no noun
        if any(p.tag.POS == "NOUN" for p in parses) and not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            clean = _agreeing_noun(parses, words[n - 1] if n else None, case)
            return n, str(clean.tag.case), str(clean.tag.number), clean.tag.gender
        if w.lower() != "и" and not any(p.tag.POS in ("ADJF", "PRTF", "NOUN") for p in parses):
            break
    for n, w in enumerate(words):
        nouns = [p for p in _parses(w) if p.tag.POS == "NOUN"]
        adjs = [p for p in _parses(w) if p.tag.POS in ("ADJF", "PRTF")]
        if nouns and not (adjs and adjs[0].score > nouns[0].score):
            return n, str(nouns[0].tag.case), str(nouns[0].tag.number), nouns[0].tag.gender
    return None


def _agreeing_noun(parses, before: str | None, case: str | None = None):
    """Of a noun's readings, the one the adjective before it agrees with («торгового
    дома»: genitive singular, not «дома» the plural)."""
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    nouns.sort(key=lambda p: p.tag.case != (case or "nomn"))  # a word that may be nominative is read as one
    if before is None:
        return nouns[0]
    adjs = [p for p in _parses(before) if p.tag.POS in ("ADJF", "PRTF")]
    for noun in nouns:
        if any(a.tag.case == noun.tag.case and a.tag.number == noun.tag.number for a in adjs):
            return noun
    return nouns[0]


def nominative_phrase(text: str, case: str | None = None) -> str | None:
    """The word group at the start of `text` (in `case`, when known) in the nominative:
    adjectives and the noun they agree with, plus nouns joined by «и» in the same case
    («овощей и фруктов» → «овощи и фрукты»). None when it holds no noun."""
    words = re.findall(r"[А-Яа-яЁё-]+", text)
    head = _head_case(words[:6], case)
    if head is None:
        return None
    at, case, number, gender = head
    out = []
    for n, w in enumerate(words[: at + 1]):
        pos = ("NOUN",) if n == at else ("ADJF", "PRTF")
        form = _to_nominative(w, case, number, pos, gender)
        if form is None:
            return None
        out.append(_restore(w, form))
    rest = words[at + 1 : at + 4]
    if len(rest) >= 2 and rest[0] == "и":
        more = nominative_phrase(" ".join(rest[1:]), case)
        if more and _same_case(rest[1], case):
            out += ["и", more]
    return " ".join(out)


def _same_case(word: str, case: str) -> bool:
    return any(p.tag.case == case for p in _parses(word))


def nominative_head(text: str, case: str | None = None) -> str:
    """`text` with its leading word group (in `case`, when known) in the nominative and
    the rest as written: «губернатором Вологодской области» → «губернатор Вологодской
    области»."""
    words = list(re.finditer(r"[А-Яа-яЁё-]+", text))
    head = _head_case([w.group() for w in words[:6]], case)
    if head is None:
        return text
    at, case, number, gender = head
    out, pos = [], 0
    for n, w in enumerate(words[: at + 1]):
        form = _to_nominative(w.group(), case, number, ("NOUN",) if n == at else ("ADJF", "PRTF"), gender)
        if form is None:
            return text
        out += [text[pos : w.start()], _restore(w.group(), form)]
        pos = w.end()
    return "".join(out) + text[pos:]


def inflect_word(word: str, grammemes: set[str]) -> str | None:
    """One word in other grammemes, written like the original: «торговым» → «торговых»."""
    parse = _parses(word)[0] if _parses(word) else None
    form = parse.inflect(grammemes) if parse is not None else None
    return _restore(word, form.word) if form is not None else None


def is_nominative(word: str) -> bool:
    """Whether the word's likeliest reading is in the nominative."""
    parses = _parses(word.strip("«»\"„“"))
    return bool(parses) and parses[0].tag.case == "nomn"


def tells_past(text: str) -> bool:
    """Whether a finite verb of `text` is in the past tense («участвовали», «подписали»),
    or a short passive participle («подписано», «заключены»): the sentence reports an
    event, not how things stand («экспортируют», «в проработке»)."""
    for word in re.findall(r"[А-Яа-яЁё]+", text):
        parses = _parses(word)
        if parses and parses[0].tag.POS in ("VERB", "PRTS") and parses[0].tag.tense == "past":
            return True
    return False


def balanced(name: str) -> str:
    """A name without a quotation mark left over at its ends: one that closes a quoted
    speech the name was read from («визита главы государства", рассказал …» → «визит главы
    государства») or opens a title the name was cut before; paired quotes stay."""
    name = name.strip()
    while name and _unpaired(name) and name[-1] in "»\"“”„«":
        name = name[:-1].rstrip()
    while name and _unpaired(name) and name[0] in "«\"„“”»":
        name = name[1:].lstrip()
    return name


def _unpaired(name: str) -> bool:
    return name.count("«") != name.count("»") or name.count('"') % 2 == 1
