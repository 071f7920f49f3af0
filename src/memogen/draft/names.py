"""A person's name as a release writes it, in whatever case the sentence puts it →
its nominative, how sure that is, and the form the release used («Бадром Аль-Бусаиди»
after «с министром» → «Бадр Аль-Бусаиди», its instrumental kept as read). No I/O.

Names the dictionary knows (pymorphy3's first names, patronymics and surnames) are put
back in the nominative by it. A name it does not know is put back only when the petrovich
rules (pytrovich), declining the candidate nominative, give exactly the form the release
wrote («Бадр» → «Бадром»); a word that cannot have changed («Аль-Бусаиди», «Тхань») stays
as written. Anything derived so is marked for the analyst to check; nothing in an oblique
case is passed off as a nominative without a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from memogen import inflect
from memogen.draft import clauses

CASE_NAMES = {
    "gent": "genitive", "datv": "dative", "accs": "accusative", "ablt": "instrumental", "loct": "prepositional"
}
# pymorphy3's secondary cases read as the main case they belong to; a vocative («Саш») is no
# case a position puts a name in, so a name after one is read as a nominative.
_MAIN_CASE = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct", "voct": "nomn"}
# Endings a Russian case adds to a name (an adjectival surname's «-ого», «-ому» too), and
# endings a nominative may have instead.
_CASE_ENDINGS = (
    "ого", "его", "ому", "ему", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ым", "им", "ью",
    "а", "я", "у", "ю", "е", "ы", "и",
)
_NOMINATIVE_ENDINGS = ("", "а", "я", "ь", "й", "ия", "ий", "ый", "ой", "ая", "яя")


# Endings only an oblique case gives a foreign name after a particle: no «аль-…» name ends
# so in the nominative, while one in «-и» («аль-Кувари») is kept as it is.
_OBLIQUE_ONLY = ("ю", "ом", "ем", "ём", "ой", "ей")
# Endings of a nominative that does not change (foreign «Мукерджи», «Шапо», «Хорхе»).
_INDECLINABLE = ("и", "у", "ю", "е", "э", "о")
_IMPOSSIBLE = re.compile(r"[аеёиоуыэюя]ь$|[^аеёиоуыэюя]й$|[жшчщц]ы|[аеёиоуыэюя]ы")


@dataclass
class Name:
    given: str
    surname: str
    patronymic: str | None = None
    notes: list[str] = field(default_factory=list)  # empty when every word was read for sure
    cases: dict[str, str] = field(default_factory=dict)  # the form the release wrote, by case

    @property
    def sure(self) -> bool:
        return not self.notes


@cache
def _maker():
    from pytrovich import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


def _known(word: str, case: str, gender: str | None = None) -> str | None:
    """The nominative of a name word the dictionary knows in `case` («Шоном» → «Шон»;
    «Русого» after a first name → «Русый», a man's since a person is never neuter). A
    surname in «-ов», «-ин» is no adjective where their forms meet («Горловым» is «Горлов»'s,
    «Анной Горловой» «Горлова»'s, not an adjective «Горловой»): the rules read those."""
    parses = [p for p in inflect.parses(word) if p.is_known and p.tag.case == case]
    names = [p for p in parses if {"Name", "Surn", "Patr"} & p.tag.grammemes and p.tag.number != "plur"]
    adjectives = [p for p in parses if p.tag.POS == "ADJF" and p.tag.number == "sing" and "Apro" not in p.tag]
    if re.search(r"(?:ов|ев|ёв|ин|ын)(?:ым|ой)$", word.lower()):
        adjectives = []
    wanted = {"male": "masc", "female": "femn"}.get(gender or "")
    for p in names + sorted(adjectives, key=lambda p: wanted is not None and p.tag.gender != wanted):
        told = wanted or (p.tag.gender if p.tag.gender == "femn" else "masc" if p.tag.POS == "ADJF" else p.tag.gender)
        form = p.inflect({"nomn", "sing"} | ({told} if told in ("masc", "femn") else set()))
        if form:
            return inflect.restore(word, form.word)
    return None


def _petrovich(word: str, case: str, part: str, gender: str | None = None) -> list[tuple[str, str]]:
    """(nominative, gender) readings of an unknown name word whose declension by the
    petrovich rules in `case` gives back `word` — by the rules for its part of the name,
    else by those for another part (the surname rules leave «Вэй» as it is, the first-name
    rules decline it: «Вэем»). Only readings of `gender` when it is known; a surname read
    by other rules is a man's (a woman's surname in a consonant or «ь» never changes)."""
    from pytrovich.enums import Case, Gender, NamePart

    wanted = Case[CASE_NAMES[case].upper()]
    stems = {word[: -len(e)] for e in _CASE_ENDINGS if word.lower().endswith(e) and len(word) > len(e) + 1}
    candidates = sorted({stem + e for stem in stems for e in _NOMINATIVE_ENDINGS} - {word})
    candidates = [c for c in candidates if _possible(c)]
    genders = [g for g in (Gender.MALE, Gender.FEMALE) if gender in (None, g.name.lower())]
    for kind in dict.fromkeys([NamePart[part], NamePart.FIRSTNAME, NamePart.LASTNAME]):
        found = [
            (candidate, g.name.lower())
            for candidate in candidates
            for g in genders
            if (kind == NamePart[part] or part != "LASTNAME" or g == Gender.MALE)
            and same_form(_maker().make(kind, g, wanted, candidate), word)
        ]
        if found:
            return found
    return []


def same_form(form: str, word: str) -> bool:
    """A declined form is the word the release wrote, «ё» written or not («Чеботарём» is
    the rules' «Чеботарем»)."""
    return form.replace("ё", "е").replace("Ё", "Е") == word.replace("ё", "е").replace("Ё", "Е")


def _possible(candidate: str) -> bool:
    """Whether a nominative the rules could give is a name at all: no «Вэь», «Шонй»,
    «Каранкевичь» (no man's name ends in a hissing sound and «ь»: the rules would read
    «Каранкевичем» so); an adjective's ending («-ая», «-ий», «-ой») only after «-ск-»,
    «-цк-», as Slavic surnames have it («Рудницким»), never on a foreign stem
    («Мишрой» is «Мишра», not «Мишрая»)."""
    low = candidate.lower()
    if _IMPOSSIBLE.search(low) or re.search(r"[жшчщ]ь$|йь$", low):
        return False
    return not low.endswith(("ая", "яя", "ий", "ый", "ой")) or bool(re.search(r"[сц]к(?:ая|ий|ой)$", low))


def _gender(word: str, case: str) -> str | None:
    """The gender a first name tells in `case`: the dictionary's, else the petrovich
    rules' when all their readings agree («Пранабу» can only be a man's); else None."""
    known = {p.tag.gender for p in inflect.parses(word)
             if p.is_known and "Name" in p.tag and p.tag.case == case and p.score >= 0.1}
    if known in ({"masc"}, {"femn"}):
        return "male" if known == {"masc"} else "female"
    if case == "nomn":
        return None
    readings = {g for _, g in _petrovich(word, case, "FIRSTNAME")}
    return readings.pop() if len(readings) == 1 else None


def _word(word: str, case: str, part: str, gender: str | None = None) -> tuple[str, int]:
    """One word of a name → (its nominative, the evidence for it): 2 when the dictionary
    knows it in `case`, 1 when the petrovich rules decline the nominative to it, 0 when it
    is kept as written (-1 when it is kept though it may be a form of another word)."""
    if inflect.has_particle(word):  # «Аль-Бусаиди» stays; «Аль-Джабером» declines its last part
        cut = max(word.rfind(" "), word.rfind("-")) + 1  # «Аль-|Джабером», «бин |Фарханом»
        head, tail = word[:cut], word[cut:]
        if not head or inflect.has_particle(tail):
            return word, 2
        nominative, evidence = _word(tail, case, part, gender)
        if nominative == tail:  # kept, unless its ending is a case's only («аль-Аттыйю», «аль-Джабером»)
            return word, -1 if tail.lower().endswith(_OBLIQUE_ONLY) else 2
        return f"{head}{nominative}", 1  # the particle's part read by a rule: to check
    known = _known(word, case, gender)
    if known:
        return known, 2
    if case == "nomn":  # «Бозоровым» read as a nominative: no surname ends so, check it
        return word, -1 if word.lower().endswith(("ым", "ого", "ому")) else 0
    if "-" in word.strip("-"):
        return _hyphenated(word, case, part, gender)
    readings = _petrovich(word, case, part, gender)
    if len({n for n, _ in readings}) > 1:  # «Рудницким»: «Рудницкий» or «Рудницкой»? as the dictionary guesses
        guessed = {p.normal_form for p in inflect.parses(word) if {"Surn", "Name"} & p.tag.grammemes}
        readings = [r for r in readings if r[0].lower() in guessed] or readings
    if len({n for n, _ in readings}) > 1:  # «Зеленской»: a Slavic «Зеленская» before a «Зеленска»
        readings = [r for r in readings if re.search(r"[сц]к(?:ая|ий)$", r[0])] or readings
    if readings and len({n for n, _ in readings}) == 1:
        return readings[0][0], 1
    if not readings and word.lower().endswith(_INDECLINABLE):
        return word, 0  # «Мукерджи» after «Президенту»: no name of the kind declines to it
    return word, -1 if readings or word.lower().endswith(_CASE_ENDINGS) else 0


def _units(words: list[str]) -> list[str]:
    """A particle standing alone joins the word after it: «бин Фархан», «Аль Сауд»."""
    out: list[str] = []
    for word in words:
        if out and PARTICLE.fullmatch(out[-1]):
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def _hyphenated(word: str, case: str, part: str, gender: str | None) -> tuple[str, int]:
    """A name of parts joined by a hyphen: a first or middle name declines its last part
    only («Касым-Жомартом» → «Касым-Жомарт»), a surname each part that declines
    («Петровой-Водкиной» → «Петрова-Водкина», «Оюун-Эрдэнэ» stays)."""
    parts = word.split("-")
    read = [
        _word(text, case, part, gender) if part == "LASTNAME" or n == len(parts) - 1 else (text, 0)
        for n, text in enumerate(parts)
    ]
    evidence = [e for _, e in read]
    worst = -1 if -1 in evidence else 1 if 1 in evidence else min(evidence)
    return "-".join(text for text, _ in read), worst


def read_name(words: list[str], cases: list[str], own_case: bool = True) -> Name | None:
    """A name of two to four words (given, [patronymic or middle names,] surname) in one of
    `cases` (pymorphy3 grammemes: the case of the position it stands after) → its
    nominative, read in the case that gives the most evidence (the first on a tie), but as
    written where it may stand in the nominative and the dictionary knows no word of it in
    another case («Посол … Ишенкуль Болджурова»: the rules alone would read a man's
    «Болджуров» in the accusative). The first name tells the gender the other words are
    read in («Пранабу Мукерджи» is a man: «Мукерджи», not a woman's «Мукерджь»). With
    `own_case`, a first name the dictionary knows in none of `cases` is read in its own case
    too (`_own_case_readings`)."""
    words = _units(words)
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return None  # «бен Али аль-Аттыйю»: a name never opens with its particle
    readings = _readings(words, cases) + (_own_case_readings(words, cases) if own_case else [])
    _, case, read = max(readings, key=lambda r: r[0])  # the first on a tie
    as_written = next((r for r in readings if r[1] == "nomn" and min(e for _, e in r[2]) >= 0), None)
    if as_written is not None and all(evidence < 2 for _, evidence in read):
        _, case, read = as_written  # no word the dictionary knows in another case: the name as written
    nominative = [nom for nom, _ in read]
    name = Name(nominative[0], nominative[-1], " ".join(nominative[1:-1]) or None)
    unsure = [w for w, (_, evidence) in zip(words, read) if evidence in (1, -1)]
    if unsure:
        name.notes.append(
            f"the release writes «{' '.join(words)}» ({CASE_NAMES.get(case, 'the nominative')}); "
            f"the nominative of «{'», «'.join(unsure)}» is the draft's reading: check it"
        )
    if case != "nomn":
        name.cases[CASE_NAMES[case]] = " ".join(words)
    if case not in {_MAIN_CASE.get(c, c) for c in cases or ["nomn"]}:
        name.notes.append(f"read in the case its first name «{words[0]}» is in, not the one its post asks: check it")
    return name


def _own_case_readings(words: list[str], cases: list[str]) -> list[tuple[int, str, list[tuple[str, int]]]]:
    """The name read in the cases its first name is known in, when the dictionary knows that
    name in none of `cases` («с первым замминистра Сергея Алейника»: the post is in the
    instrumental, the name in the genitive; «встреча с … Михаилом Мишустиным» after a post
    in the dative): the name's own case is the likelier one. None when it is known in one."""
    own = {
        _MAIN_CASE.get(p.tag.case, p.tag.case)
        for p in inflect.parses(words[0])
        if p.is_known and "Name" in p.tag and p.tag.case
    }
    wanted = {_MAIN_CASE.get(c, c) for c in cases or ["nomn"]}
    if not own or own & wanted or "nomn" in own:  # «Абдель Фаттаха»: a first name that stands unchanged
        return []
    return [r for r in _readings(words, sorted(own)) if r[2][0][1] == 2]


def _readings(words: list[str], cases: list[str]) -> list[tuple[int, str, list[tuple[str, int]]]]:
    """(evidence, case, each word's nominative and evidence) of the name `words` (its
    particles joined) read in each of `cases`, in their order."""
    parts = ["FIRSTNAME", *["MIDDLENAME"] * (len(words) - 2), "LASTNAME"]
    foreign = not any(p.is_known and "Name" in p.tag for p in inflect.parses(words[0]))
    out = []
    for case in dict.fromkeys(_MAIN_CASE.get(c, c) for c in cases or ["nomn"]):
        gender = _gender(words[0], case)
        read = [_word(w, case, part, gender) for w, part in zip(words, parts)]
        read = [(w, 0) if foreign and _soft_reading(w, nom) else (nom, e) for w, (nom, e) in zip(words, read)]
        out.append((sum(evidence for _, evidence in read), case, read))
    return out


def _soft_reading(word: str, nominative: str) -> bool:
    """Whether the rules read a foreign name's word in «-и» as a nominative in «-ь» or in
    «-я» after a consonant («Моди» → «Модя», «Драупади» → «Драупадь»): no foreign name
    ends so, and the word is kept as written, an indeclinable («Моди», «Мукерджи»)."""
    low, nom = word.lower(), nominative.lower()
    return low.endswith("и") and nom != low and bool(re.search(r"(?:[^аеёиоуыэюя]я|ь)$", nom))


def read_alone(words: list[str]) -> Name | None:
    """A name standing where nothing tells its case (no post before it) → its nominative,
    read in the case its first name is known to the dictionary in and the rest fits best;
    where two nominatives read as well, the one the dictionary finds far likelier, else None:
    «Евгения Петрова» is a woman's nominative or a man's genitive; «Александра Турчина» a
    man's genitive; «Лариса Петрова», «Уго Чавесе», «Алеси Петровой» are one name each (no
    «Ларис», «Алеси» the dictionary knows)."""
    words = _units(words)
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return None
    readings = [r for r in _readings(words, ["nomn", *CASE_NAMES]) if r[2][0][1] == 2]
    top = max((score for score, _, _ in readings), default=None)
    best = [r for r in readings if r[0] == top]
    if len({tuple(nom for nom, _ in read) for _, _, read in best}) > 1:  # the reading the dictionary finds usual
        best = [r for r in best if _usual(words[0], r[1])]
    if len({tuple(nom for nom, _ in read) for _, _, read in best}) != 1:
        return None
    return read_name(words, [best[0][1]])


def _usual(given: str, case: str) -> bool:
    """Whether the dictionary finds a first name far likelier in `case` than in any other
    («Марина» a nominative, «Александра» a man's genitive; «Евгения» either)."""
    return any("Name" in p.tag and p.tag.case == case and p.score >= 0.6 for p in inflect.parses(given))


_TITLES = {"госпожа": "female", "г-жа": "female", "мадам": "female", "господин": "male", "г-н": "male"}


def gender_cue(text: str, start: int, end: int, nominative: bool) -> tuple[str, str] | None:
    """(gender, the words that tell it) of the person named at `text[start:end]`: a title
    before the name («госпожа», «господин»); for a name in the nominative, the subject
    of its clause, the past-tense verb after it («… Кармен Диас заявила …») or, the order
    turned, a woman's before it in its clause («Как отметила посол Ирен Жакоб»: «отметил»
    may agree with «посол»). None when nothing
    tells it (a name in another case has no verb of its own: «встреча с Ирен Жакоб
    прошла»)."""
    words = text[:start].split()
    title = re.sub(r"[^\w-]", "", words[-1].lower()) if words else ""
    told = _TITLES.get(title) or _TITLES.get(inflect.lemma(title) if title else "")
    if told:
        return told, words[-1]
    if not nominative:
        return None
    after = text[end : clauses.end(text, end, clauses.PERSON)]
    for word in re.findall(r"[А-Яа-яЁё]+", after)[:6]:
        verb = _past_gender(word)
        if verb:
            return verb, word
    # before the name a man's verb may agree with the post («сообщил посол …»), a woman's only with her
    before = clauses.before(text, start, clauses.PERSON)
    word = next((w for w in reversed(re.findall(r"[А-Яа-яЁё]+", before)) if _past_gender(w)), None)
    return ("female", word) if word and _past_gender(word) == "female" else None


def _past_gender(word: str) -> str | None:
    """«заявила» → female, «отметил» → male: the gender a past-tense verb in the singular
    agrees in; None for any other word or one the dictionary reads both ways."""
    genders = {p.tag.gender for p in inflect.parses(word)
               if p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "sing"}
    return {"femn": "female", "masc": "male"}.get(genders.pop()) if len(genders) == 1 else None


def declension_gender(name: Name) -> tuple[str, str] | None:
    """(gender, the words that tell it) from how the release declined the first name: a
    first name in a consonant kept as it is in another case is a woman's («с послом Кармен
    Диас»), one declined a man's («с послом Олафом Шольцем»); None when both decline alike."""
    from pytrovich.enums import Case, Gender, NamePart

    for case, written in name.cases.items():
        first = written.split()[0]
        forms = {g: _maker().make(NamePart.FIRSTNAME, Gender[g.upper()], Case[case.upper()], name.given)
                 for g in ("male", "female")}
        told = [g for g, form in forms.items() if form == first]
        indeclinable = _maker().make(NamePart.LASTNAME, Gender.MALE, Case[case.upper()], name.surname) == name.surname
        if told == ["female"] and indeclinable:
            continue  # «с Ван И»: a whole name that never declines; its first name kept tells nothing
        if len(told) == 1:
            return told[0], written
    return None


# A run of words that may be a name: capitalised words, with a particle «аль-», «ибн», «фон».
_WORD = r"(?:[А-ЯЁ][а-яё]+|(?:аль|эль|ад|ас|ар|ибн|бин)(?=-[А-ЯЁ]))(?:-[А-ЯЁа-яё][а-яё]+)*"
# A particle standing alone inside a name: Arabic ones written either way («бин», «Аль»),
# European ones in lower case only («ди Фрейтас»; a capitalised «Ван», «Ле» is a surname).
PARTICLE = re.compile(r"(?:[аА]ль|[эЭ]ль|[иИ]бн|[бБ]ин|[бБ]инт|[бБ]ен|ди|де|да|дос|дас|дель|фон|ван|дер)")
_GAP = r"[^\S\n]+"  # a name never runs over a line break: the next line's first word is another sentence's
# The word after a Turkic patronymic, in lower case inside a name: «Али Теймур оглы Нагиев»
TURKIC_PATRONYMIC = re.compile(r"(?:оглы|кызы|улы|уулу)")
NAME_RUN = re.compile(  # a one-letter syllable may end it: «Ван И»
    rf"(?<![\w-]){_WORD}(?:{_GAP}(?:(?:{PARTICLE.pattern}|{TURKIC_PATRONYMIC.pattern}){_GAP}(?=[А-ЯЁ]))?{_WORD})+"
    rf"(?:{_GAP}[А-ЯЁ](?![\w-])(?!\.\s*[А-ЯЁ]))?(?![\w-])"
)
