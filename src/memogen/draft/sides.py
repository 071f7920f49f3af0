"""Whose is what in a release: the country a foreign region lies in («Костанайская
область» is Kazakhstan's, «провинция Ганьсу» China's, «Вологодская область» Russia's),
a group of states as the partner («страны СНГ», «страны Латинской Америки»), and our
side when the release is a Belarusian region's («Гродненская область» whose executive
committee signs a programme with a province), not Belarus's. No I/O.

Russia's regions are the ISO 3166-2 subdivisions of RU (pycountry), compared in their
romanised spelling, plus the regions Russia lists that ISO 3166-2 does not: a region
of the same shape that is none of them lies in the foreign state the release names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from memogen import inflect
from memogen.abbreviations import EXPANSIONS
from memogen.abbreviations import made_of as _initials_fit
from memogen.draft import clauses, indicators
from memogen.draft import numbers as num
from memogen.draft.phrases import SAID
from memogen.draft.words import nominative_phrase, parses

RUSSIA = "Российская Федерация"
BELARUS = "Республика Беларусь"
UKRAINE = "Украина"
# Regions Russia lists that ISO 3166-2:RU does not (romanised as below)
_RUSSIAN_EXTRA = ("krym", "sevastopol", "donetsk", "lugansk", "zaporozhsk", "khersonsk")
_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
))


def _romanised(text: str) -> str:
    """A Russian word in ISO 3166-2:RU's spelling, with the marks that spelling varies
    in dropped («Ульяновская» → «ulyanovskaya», «Еврейская» → «evreyskaya»)."""
    latin = "".join(_LATIN.get(c, c) for c in text.lower())
    return latin.replace("'", "").replace("ye", "e").replace("yo", "e")


@cache
def _russian_stems() -> tuple[str, ...]:
    """The romanised first word of every region of Russia: «vologodskaya», «tatarstan»."""
    import pycountry

    out = []
    for sub in pycountry.subdivisions.get(country_code="RU"):
        name = sub.name.split(",")[0]  # «Tatarstan, Respublika»
        out.append(_romanised(name.split()[0].lower()))
    return tuple(out) + _RUSSIAN_EXTRA


def russian_region(name: str) -> bool:
    """Whether a region named in Russian («Вологодская область», «Ставропольского края»,
    «Ханты-Мансийский автономный округ») is one of Russia's."""
    word = _romanised(name.split()[0])
    stem = word[:-3] if word.endswith(("aya", "iy", "oy", "ogo", "oy", "uyu")) else word
    return any(r.startswith(stem[: max(5, len(stem) - 1)]) for r in _russian_stems() if len(stem) >= 4)


@cache
def _russian_region_names() -> frozenset[str]:
    """Russia's regions of the adjective-and-noun kind, romanised as ISO 3166-2:RU spells
    them: «altayskiy kray», «omskaya oblast»."""
    import pycountry

    names = (sub.name.replace("'", "").lower() for sub in pycountry.subdivisions.get(country_code="RU"))
    return frozenset(n for n in names if len(n.split()) == 2 and n.split()[1] in ("kray", "oblast"))


def russian_region_as_named(name: str) -> bool:
    """Whether «Алтайский край», «Омская область» is word for word the name of a region of
    Russia («Омский край» is not; `russian_region` asks less, the first word's stem)."""
    return _romanised(name).replace("'", "") in _russian_region_names()


@cache
def _noun_republics() -> frozenset[str]:
    """The romanised names of Russia's republics named by a noun, «tatarstan»,
    «buryatiya» (ISO 3166-2:RU's «Tatarstan, Respublika»), not by an adjective
    («Chuvashskaya Respublika») or in several words («Severnaya Osetiya»)."""
    import pycountry

    names = (s.name.split(",")[0] for s in pycountry.subdivisions.get(country_code="RU") if ", Respublika" in s.name)
    return frozenset(_romanised(n) for n in names if " " not in n)


# Russia's republics whose own name is not «Республика» with one noun of ISO 3166-2, as the
# Constitution (art. 65) names them, with the stems of the names releases call them by: a
# noun of their own («Якутия», «Чувашия», «Алания», «Тува»), their adjective («якутский»)
_OTHER_REPUBLICS = {
    "Республика Саха (Якутия)": ("якут",),
    "Чувашская Республика": ("чуваш",),
    "Удмуртская Республика": ("удмурт",),
    "Чеченская Республика": ("чечен", "чечн"),
    "Кабардино-Балкарская Республика": ("кабар", "кбр"),
    "Карачаево-Черкесская Республика": ("карач", "кчр"),
    "Республика Северная Осетия — Алания": ("осети", "алани", "рсо"),
    "Республика Тыва": ("тыв", "тув"),
    "Республика Марий Эл": ("марий",),
}
# their nouns' lemmas («саха» only after «Республика»: alone it opens «сахар»)
_REPUBLIC_NOUNS = {
    "якутия": "Республика Саха (Якутия)", "чувашия": "Чувашская Республика", "удмуртия": "Удмуртская Республика",
    "чечня": "Чеченская Республика", "кабардино-балкария": "Кабардино-Балкарская Республика",
    "карачаево-черкесия": "Карачаево-Черкесская Республика", "алания": "Республика Северная Осетия — Алания",
    "тува": "Республика Тыва", "башкирия": "Республика Башкортостан", "татария": "Республика Татарстан",
}
_REPUBLIC_AFTER_WORD = {"саха": "Республика Саха (Якутия)", "марий": "Республика Марий Эл", **_REPUBLIC_NOUNS}
# the names in two words: «Северной Осетии — Алании», «Республики Марий Эл»
_REPUBLIC_PHRASE = re.compile(
    r"(?<![\w-])(?:(?P<osetia>Северн\w+\s+Осети\w+(?:\s*[—–-]\s*Алани\w+)?|РСО(?:\s*[—–-]\s*Алани\w+)?)|"
    r"(?P<mari>Марий\s+Эл)|(?P<initials>КБР|КЧР))(?![\w-])"
)
_REPUBLIC_INITIALS = {"КБР": "Кабардино-Балкарская Республика", "КЧР": "Карачаево-Черкесская Республика"}
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
# a republic's name right after its word, or its second name in brackets after it:
# «Республики Татарстан», «Республика Саха (Якутия)»
_REPUBLIC_WORD = re.compile(r"(?<![\w-])[Рр]еспублик\w*\s+(?:[А-ЯЁ][а-яё]+\s*\(\s*)?$")


def republic_nouns(name: str) -> list[str]:
    """The nouns a release may call one of Russia's republics by alone: «Республика
    Башкортостан» → «башкирия»; none for a name that has no such noun."""
    return [noun for noun, full in _REPUBLIC_NOUNS.items() if full == name]


def republic_stems(name: str) -> tuple[str, ...] | None:
    """The stems a release calls one of Russia's republics by when its name is not
    «Республика» and one noun («Республика Саха (Якутия)» → «якут»); None for another."""
    return _OTHER_REPUBLICS.get(name)


def republic_named(word: str) -> str | None:
    """The official name of the republic of Russia a noun after «Республика» names in
    another way than ISO 3166-2 («Саха» → «Республика Саха (Якутия)»); None for another."""
    place = next((p for p in inflect.parses(word) if "Geox" in p.tag), None)
    return _REPUBLIC_AFTER_WORD.get(place.normal_form) if place is not None else None


def russian_republics(text: str) -> list[str]:
    """Russia's republics a sentence names by their own noun alone, in any case:
    «Башкортостана», «в Татарстане», «с Бурятией» → «Республика Башкортостан»; «Якутии»
    → «Республика Саха (Якутия)», «Чувашией» → «Чувашская Республика», «Северной
    Осетии» → «Республика Северная Осетия — Алания», as the Constitution names them (a
    noun name after «Республика» is the caller's to read)."""
    found = []
    phrases = list(_REPUBLIC_PHRASE.finditer(text))
    for m in phrases:
        found.append(
            "Республика Марий Эл" if m["mari"] else _REPUBLIC_INITIALS[m["initials"]] if m["initials"]
            else "Республика Северная Осетия — Алания"
        )
    for m in _CAPITALISED.finditer(text):
        if _REPUBLIC_WORD.search(text[: m.start()]) or any(p.start() <= m.start() < p.end() for p in phrases):
            continue
        word = m.group()
        place = next((p for p in inflect.parses(word) if "Geox" in p.tag), None)
        if place is None:
            continue
        if place.normal_form in _REPUBLIC_NOUNS:
            found.append(_REPUBLIC_NOUNS[place.normal_form])
        elif _romanised(place.normal_form) in _noun_republics():
            found.append(f"Республика {inflect.restore(word, place.normal_form)}")
    return found


# Russia's regions whose name in the Constitution (art. 65) and their own charter carries a
# second name after a dash, by that second name, the noun releases call them by alone
_SECOND_NAMES = {"кузбасс": "Кемеровская область", "югра": "Ханты-Мансийский автономный округ"}
_AFTER_DASH = re.compile(r"[—–-]\s*$")


def official_region(name: str) -> str:
    """A region of Russia by its whole official name: «Кемеровская область» →
    «Кемеровская область — Кузбасс», «Ханты-Мансийский автономный округ» → «… — Югра»;
    any other name as it is."""
    second = next((noun for noun, first in _SECOND_NAMES.items() if first == name), None)
    return f"{name} — {second.capitalize()}" if second else name


def second_name_stems(name: str) -> tuple[str, ...]:
    """The stem of a region's second name, which names it alone («кузбасс»)."""
    return tuple(noun[:5] for noun, first in _SECOND_NAMES.items() if name in (first, official_region(first)))


def regions_by_second_name(text: str) -> list[str]:
    """The regions of Russia a sentence names by their second name alone, in any case
    («с Кузбассом», «Югры» → «Кемеровская область», «Ханты-Мансийский автономный
    округ»); not after a dash, where it ends the region's whole name."""
    found = []
    for m in _CAPITALISED.finditer(text):
        place = next((p for p in inflect.parses(m.group()) if "Geox" in p.tag), None)
        if place is not None and place.normal_form in _SECOND_NAMES and not _AFTER_DASH.search(text[: m.start()]):
            found.append(_SECOND_NAMES[place.normal_form])
    return found


# A case ending after a name of two letters: «Ош» → «Оша», «в Оше», «Ошем»
_SHORT_NAME_ENDING = re.compile(r"(?:а|у|е|ом|ем|ой|ы|и)?")


def names_partner(word: str, stems: tuple[str, ...], shortest: int = 1) -> bool:
    """Whether a word names the partner: it opens with the first five letters of one of
    the partner's stems (parties.Partner.stems), the whole stem when it is shorter:
    «Казахстаном» and «казахский» for «казахст», «Китая» for «китай», «Перу» for «перу».
    A stem of one or two letters («ош» for «город Ош») is the whole word, in any case
    («Оша», «в Оше»): it would open ordinary words («ошибка»). Stems shorter than
    `shortest` letters are passed over."""
    low = word.lower()
    return any(
        _SHORT_NAME_ENDING.fullmatch(low, len(stem)) is not None and low.startswith(stem)
        if len(stem) < 3
        else low.startswith(stem[:5])
        for stem in stems
        if len(stem) >= shortest
    )


def partner_named(text: str, stems: tuple[str, ...]) -> bool:
    """Whether a text holds a word that names the partner (`names_partner`): a hyphened name
    whole («Шри-Ланки») or a part of a hyphened word («казахстанско-белорусского»)."""
    return any(names_partner(word, stems) for word in re.findall(r"\w+(?:-\w+)+|\w+", text)) or \
        any(names_partner(word, stems) for word in re.findall(r"\w+", text))


# A foreign state's own word for its region, before the region's name; and the state it
# alone names, when the release names no foreign state
_REGION_WORDS = {
    "провинция": None, "штат": None, "вилоят": "Республика Узбекистан", "аймак": "Монголия",
    "префектура": "Япония", "воеводство": "Республика Польша", "уезд": None, "эмират": "Объединённые Арабские Эмираты",
    "департамент": None, "кантон": None, "земля": None,
}
FOREIGN_REGION = re.compile(
    r"(?<![\w-])(?P<word>провинци[яиюей]й?|штат(?:а|е|у|ом)?|вилоят(?:а|е|у|ом)?|аймак(?:а|е|у|ом)?|"
    r"префектур(?:а|ы|е|у|ой)|воеводств(?:о|а|е|ом)|уезд(?:а|е|у|ом)?|эмират(?:а|е|у|ом)?)"
    r"\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+)?)"
)


def foreign_region(m: re.Match[str], is_state) -> str | None:
    """«провинции Ганьсу» → «провинция Ганьсу», «штата Гуджарат» → «штат Гуджарат»; the
    region's own name stays as written. None when the name is a state's («провинции
    Китая») or not a name at all."""
    word = next((p.normal_form for p in inflect.parses(m["word"]) if p.tag.POS == "NOUN"), None)
    name = m["name"].split()
    if word not in _REGION_WORDS or is_state(name[0]):
        return None
    if len(name) > 1 and inflect.pos(name[0]) != "ADJF":
        name = name[:1]  # «провинции Ганьсу Жэнь Чжэньхэ», «… Ганьсу Китая»: a person or the country follows
    return f"{word} {' '.join(name)}"


def _iso_ukrainian(name: str) -> bool:
    """Whether a region Russia lists is one ISO 3166-2 still lists as Ukraine's
    («Запорожская область», «Крым»)."""
    word = _romanised(name.split()[0])
    return any(word.startswith(stem[:5]) for stem in _RUSSIAN_EXTRA)


def region_country(name: str, sentences: list[str], states: Counter[str]) -> str | None:
    """The country a region lies in: Russia for one of Russia's, save one Russia alone lists
    in a release naming Ukraine, not Russia (Ukraine's then, as in a release of before 2022 on
    a region of the south-east); else the foreign state the release names
    most (Russia and Belarus aside), else the one its region word names («вилоят» —
    Uzbekistan); None when nothing says."""
    if " район " in name:  # «Зерноградский район Ростовской области»: its region's country
        name = name.split(" район ", 1)[1]
    word = name.split()[0].lower()
    if word not in _REGION_WORDS and russian_region(name) and not (_iso_ukrainian(name) and states[UKRAINE] > 0
                                                                   and not states[RUSSIA]):
        return RUSSIA
    foreign = [(n, c) for n, c in states.most_common() if n not in (RUSSIA, BELARUS)]
    if foreign:
        return foreign[0][0]
    return _REGION_WORDS.get(word)


# Groups of states by the abbreviation a release uses → the name a memo writes (the full
# name from memogen.abbreviations, where the build reads an abbreviation's gender)
_GROUPS = {a: EXPANSIONS[a] for a in ("СНГ", "ЕАЭС", "ЕврАзЭС", "ШОС", "ЕС", "АСЕАН", "ССАГПЗ", "ОДКБ")}
_GROUPS |= {"БРИКС": "страны БРИКС", "ТС": "Таможенный союз"}
# the same groups by their full names, in any case, as a stem → the abbreviation
_GROUP_NAMES = {
    r"Содружеств\w*(?:\s+Независимых\s+Государств)?": "СНГ", r"Евразийск\w+\s+экономическ\w+\s+союз\w*": "ЕАЭС",
    r"Шанхайск\w+\s+организаци\w+\s+сотрудничества": "ШОС", r"Европейск\w+\s+союз\w*|Евросоюз\w*": "ЕС",
    r"Таможенн\w+\s+союз\w*": "ТС",
}
# the states of a group as a memo names them when its initials say little: «страны Таможенного союза»
_MEMBER_NAMES = {"ТС": "страны Таможенного союза"}
_MEMBERS = r"(?:стран|государств)(?:а|ы|ам|ами|ах)?(?:\s*[-–—]\s*(?:участни|член)\w+)?"
GROUP = re.compile(
    rf"(?:(?P<members>{_MEMBERS})\s+)?(?:(?P<abbr>{'|'.join(a for a in _GROUPS if a != 'ТС')})(?![\w-])|"
    rf"(?P<full>{'|'.join(_GROUP_NAMES)}))"
)
# «страны Латинской Америки», «государствами Юго-Восточной Азии»: states of a part of the world
WORLD_PART = re.compile(
    rf"(?<![\w-]){_MEMBERS}\s+(?P<part>(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+)?(?:Африки|Азии|Европы|Америки|"
    r"Востока|Океании|Карибского\s+бассейна|Персидского\s+залива|Балтии|Скандинавии|Магриба|Латинской\s+Америки))"
)

# the same by the part of the world's adjective: «африканские страны», «азиатским государствам»
_PART_ADJECTIVES = {
    "африканск": "Африки", "азиатск": "Азии", "европейск": "Европы", "латиноамериканск": "Латинской Америки",
    "южноамериканск": "Южной Америки", "ближневосточн": "Ближнего Востока", "центральноазиатск": "Центральной Азии",
    "североафриканск": "Северной Африки", "карибск": "Карибского бассейна", "скандинавск": "Скандинавии",
}
WORLD_PART_ADJECTIVE = re.compile(
    rf"(?<![\w-])(?P<adj>{'|'.join(_PART_ADJECTIVES)})\w*\s+(?:стран|государств)(?:а|ы|ам|ами|ах)?(?![\w-])", re.I
)


_OUTSIDE = re.compile(r"(?<![\w-])(?:вне|кроме|помимо|за\s+пределами)\s+$", re.I)


def groups(text: str) -> list[tuple[str, int]]:
    """The groups of states a sentence names, each with its weight: 2 when named as
    states («со странами СНГ», «в страны Содружества», «странами Африки»), 1 alone
    («в рамках ЕАЭС»). A name after «Содружества» alone needs «стран» before it."""
    found = []
    for m in GROUP.finditer(text):
        if _OUTSIDE.search(text, 0, m.start()):
            continue  # «со странами вне СНГ»: the states outside a group are none of it
        abbr = m["abbr"] or next(a for p, a in _GROUP_NAMES.items() if re.fullmatch(p, m["full"]))
        if m["full"] and m["full"].startswith("Содружеств") and " " not in m["full"] and not m["members"]:
            continue  # «Содружество» alone may be any commonwealth
        found.append((_GROUPS[abbr], 2 if m["members"] else 1))
    for m in WORLD_PART.finditer(text):
        found.append((f"страны {' '.join(m['part'].split())}", 2))
    for m in WORLD_PART_ADJECTIVE.finditer(text):
        found.append((f"страны {_PART_ADJECTIVES[m['adj'].lower()]}", 2))
    return found


# Belarus's regions by their adjective's stem, and the cities their executive committees are of
_OUR_REGIONS = ("минск", "брестск", "гомельск", "гродненск", "витебск", "могилевск")
_BODY = (
    r"(?P<body>(?P<level>обл|гор|рай)исполком\w*|(?P<word>областн|городск|районн)\w+\s+исполнительн\w+\s+комитет\w*)"
)
_OUR_BODY = re.compile(rf"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+(?:ск|цк)\w+)\s+{_BODY}")
_OUR_REGION = re.compile(r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+ск\w+)\s+(?P<noun>област[ьиюей]\w*)")
# the executive committees of Minsk and its region in one word: «Мингорисполком», «Миноблисполкома»
_CONTRACTED_BODY = re.compile(r"(?<![\w-])Мин(?P<level>гор|обл)исполком\w*")
# a district named with its region: «Островецким районом Гродненской области»
_DISTRICT = re.compile(
    r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+(?:ск|цк)\w+)\s+район\w*\s+(?P<region>[А-ЯЁ][а-яё]+ск(?:ой|ая|ую)\s+област\w+)"
)
# a region's colloquial name: «Минщина», «Брестчина», «Могилёвщина»
_COLLOQUIAL = re.compile(r"(?<![\w-])(?P<stem>[А-ЯЁ][а-яё]+?)(?:щин|чин)(?:а|ы|е|у|ой)(?![\w-])")
# a trade's word and the words after it that may name its owner: «товарооборот Могилёвской
# области», «экспорт товаров Витебщины», «внешняя торговля Гродненской области»
_TRADE_OWNED = re.compile(
    rf"(?i:{indicators.TRADE_WORD})\s+"
    r"(?P<owner>(?:(?!между|через)[а-яё]{4,}\s+)?[А-ЯЁ][а-яё]+(?:\s+област\w*)?)"
)
# who acts for a region named after them: its delegation, its enterprises and exporters
# («делегация Гродненской области», «Предприятия Витебской области экспортировали …»); a region
# named as a trade's owner acts too (`_TRADE_OWNED`)
# who acts for a region named after them: its delegation, companies, head or leadership («руководства
# Могилёвской области», «губернатора Гродненской области»)
_ACTORS = re.compile(
    r"(?:делегаци|предприяти|организаци|экспортер|экспортёр|производител|компани|руководств|губернатор)\w*\s+$", re.I
)
# an adjective's endings only: «в Минске делегацию» names no Minsk delegation
_DELEGATION = re.compile(
    r"(?<![\w-])(?P<adj>[а-яё]+ск(?:ая|ой|ую|ие|их|им|ими|ое|ого|ому|ий|ом))\s+делегаци\w*", re.I
)
# Belarus by its own name, not a word it opens («Беларуськалий»)
_BELARUS = re.compile(r"(?<![\w-])(?:Беларус(?:ь|и|ью)|Белорусси(?:я|и|ю|ей))(?![\w-])")


# a third-person pronoun, and the genders (or plural) it agrees with: possessive («её экспорт», «его
# визит») or after a preposition («товарооборот с ней», «импорт из неё»)
PRONOUN_AGREES = {
    **dict.fromkeys(("её", "ее", "ней", "нею", "неё", "нее"), frozenset({"femn"})),
    **dict.fromkeys(("его", "него", "ним", "нём", "нем"), frozenset({"masc", "neut"})),
    **dict.fromkeys(("их", "них", "ними"), frozenset({"plur"})),
}


def antecedent(before: str, pronoun: str) -> str | None:
    """The place a pronoun stands for: the last capitalised place name in `before` (the
    words of its sentence before it) that agrees with it in gender and number («в пользу
    Якутии: её экспорт» → «Якутии», «торгует с Россией: товарооборот с ней» → «Россией»);
    None when no name agrees or the word is no such pronoun."""
    if pronoun.lower() not in PRONOUN_AGREES:
        return None
    for name in reversed(re.findall(r"[А-ЯЁ][а-яё-]+", before)):
        found = [p for p in parses(name) if p.tag.POS == "NOUN" and ("Geox" in p.tag or names_belarus(name))]
        if any(pronoun_agrees(pronoun, p) for p in found):
            return name
    return None


def pronoun_agrees(pronoun: str, noun) -> bool:
    """Whether a noun's reading agrees with a third-person pronoun in number and, in the
    singular, gender («её» with «Республика», «его» with «Татарстан», «их» with «Эмираты»);
    False for a word that is no such pronoun."""
    agrees = PRONOUN_AGREES.get(pronoun.lower(), frozenset())
    plural = noun.tag.number == "plur"
    return plural == ("plur" in agrees) and (plural or noun.tag.gender in agrees)


def names_belarus(text: str) -> bool:
    """Whether a sentence names Belarus by its own name."""
    return _BELARUS.search(text) is not None


def _our_adjective(word: str) -> str | None:
    """The stem of one of Belarus's six regions an adjective names, «Гродненского» →
    «гродненск»; None for another."""
    low = inflect.fold(word)
    return next((stem for stem in _OUR_REGIONS if low.startswith(stem)), None)


# a place's adjective in «-ский»/«-цкий» in any case, for one the dictionary knows only as
# a surname («Горецким», «Горецкого»)
_PLACE_ADJECTIVE = re.compile(r"(?P<stem>.+[сц]к)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)")
_NOMINATIVE_ENDS = {"masc": "ий", "femn": "ая", "neut": "ое"}


def _feminine(adjective: str, gender: str = "femn") -> str:
    """«Гродненского» → «Гродненская» (or the masculine for «район»: «Горецким» →
    «Горецкий», by its ending where the dictionary knows the word only as a surname)."""
    parse = inflect.reading(adjective, "ADJF")
    form = parse.inflect({"nomn", "sing", gender}) if parse else None
    if form:
        return inflect.restore(adjective, form.word)
    m = _PLACE_ADJECTIVE.fullmatch(adjective)
    return m["stem"] + _NOMINATIVE_ENDS[gender] if m else adjective


def _city(adjective: str) -> str | None:
    """«Минского» → «Минск», «Брестский» → «Брест», «Гродненский» → «Гродно»: the city a
    city executive committee's adjective names, as the dictionary knows the place."""
    word = _feminine(adjective, "masc")
    for name in (word[:-2], word[:-4], word[:-4] + "о"):
        if any(p.is_known and "Geox" in p.tag and p.normal_form == name.lower() for p in inflect.parses(name)):
            return name
    return None


def our_mentions(text: str) -> list[tuple[tuple[str, str], bool]]:
    """The Belarusian regions, cities and districts a sentence names, each as (name,
    kind) with whether the mention shows it acting: its executive committee (Minsk's also
    in one word: «Мингорисполком», «Миноблисполкома») or its delegation («председателя
    Гродненского облисполкома», «гродненской делегации»). A
    district named with its region («Островецкий район Гродненской области») is the
    district, by that whole name; a region's colloquial name («Минщины») is the region. A
    region named as a trade's owner acts («товарооборот Могилёвской области», «экспорт
    Витебщины»): a region whose own trade the release states acts as its executive committee does."""
    owners = [m.span("owner") for m in _TRADE_OWNED.finditer(text)]
    found = []
    for m in _OUR_BODY.finditer(text):
        level = m["level"] or {"областн": "обл", "городск": "гор", "районн": "рай"}[m["word"]]
        if level == "рай":
            found.append(((f"{_feminine(m['adj'], 'masc')} район", "region"), True))
        elif level == "гор" and _city(m["adj"]):
            found.append(((f"город {_city(m['adj'])}", "city"), True))
        elif level == "обл" and _our_adjective(m["adj"]):
            found.append(((f"{_feminine(m['adj'])} область", "region"), True))
    for m in _CONTRACTED_BODY.finditer(text):  # «Мингорисполком», «Миноблисполкома»
        found.append((("город Минск", "city") if m["level"] == "гор" else ("Минская область", "region"), True))
    districts = [m for m in _DISTRICT.finditer(text) if _our_adjective(m["region"])]
    for m in districts:
        found.append(((f"{_feminine(m['adj'], 'masc')} район {_genitive_region(m['region'])}", "region"), False))
    for m in _OUR_REGION.finditer(text):
        if _our_adjective(m["adj"]) and not any(d.start("region") <= m.start() < d.end() for d in districts):
            acting = _ACTORS.search(text[: m.start()]) is not None or _within(m.start(), owners)
            found.append(((f"{_feminine(m['adj'])} область", "region"), acting))
    for m in _DELEGATION.finditer(text):
        if _our_adjective(m["adj"]):
            found.append(((f"{_feminine(m['adj']).capitalize()} область", "region"), True))
    for m in _COLLOQUIAL.finditer(text):
        stem = _our_adjective(m["stem"] + "ск")
        if stem and len(m["stem"]) >= 4:
            found.append(((f"{_feminine(m['stem'] + 'ская')} область", "region"), _within(m.start(), owners)))
    return found


def _within(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _paired_cities(text: str) -> list[tuple[tuple[str, str], bool]]:
    """One of our cities paired with a foreign one in a sentence about cities as such
    («Белорусская столица и китайский город Циндао будут сотрудничать», «Гомель и Ухань
    стали побратимами»): our city acts, a city's counterpart being a city."""
    if not _AS_CITIES.search(text):
        return []
    found = []
    for m in [*_CITY_AFTER_OURS.finditer(text), *_CITY_BEFORE_OURS.finditer(text)]:
        if not _may_be_city(m["name"]) or m["name"].lower().startswith(OUR_CITIES):
            continue
        ours = inflect.fold(m["ours"])
        city = "Минск" if "столиц" in ours else next(
            (c for c in ("Минск", "Брест", "Витебск", "Могилёв", "Гомель", "Гродно")
             if ours.startswith(inflect.fold(c)[:4])), None)
        if city:
            found.append(((f"город {city}", "city"), True))
    return found


def foreign_districts(text: str) -> list[tuple[str, int, int]]:
    """The districts of a foreign region a sentence names with their region, each as its
    whole name with where it is said: «Зерноградским районом Ростовской области» →
    «Зерноградский район Ростовской области». A district of ours is none."""
    return [
        (f"{_feminine(m['adj'], 'masc')} район {_genitive_region(m['region'])}", m.start(), m.end())
        for m in _DISTRICT.finditer(text)
        if not _our_adjective(m["region"])
    ]


def colloquial_region(word: str) -> str | None:
    """Whose region a colloquial name is («Минщины», «Брестчина» ours; «Смоленщины» a
    foreign one, the partner's); None for any other word («Мужчины» the dictionary knows)."""
    m = re.fullmatch(r"(?P<stem>[А-ЯЁ][а-яё]{2,}?)(?:щин|чин)(?:а|ы|е|у|ой)", word)
    if m is None or any(p.is_known and "Geox" not in p.tag for p in inflect.parses(word)[:1]):
        return None
    return "ours" if _our_adjective(m["stem"] + "ск") else "partner"


def colloquial_regions(text: str) -> list[str]:
    """Russia's regions a sentence names by their colloquial name, by their own name:
    «Брянщине», «с Брянщиной» → «Брянская область», «Белгородчины» → «Белгородская
    область»; ours («Гомельщина») and a name of no region of Russia are none."""
    found = []
    for m in _COLLOQUIAL.finditer(text):
        name = f"{m['stem']}ская область"
        if colloquial_region(m.group()) == "partner" and russian_region(name):
            found.append(name)
    return found


def _genitive_region(said: str) -> str:
    """«Гродненской области», «Гродненская область» → «Гродненской области»."""
    return inflect.inflect_phrase(f"{_feminine(said.split()[0])} область", "genitive") or said


def _merge_districts(counts: Counter[tuple[str, str]], *marks: set[tuple[str, str]]) -> None:
    """A district named bare («Островецкий райисполком») and with its region
    («Островецкий район Гродненской области») is one: its mentions and marks go to the
    fuller name."""
    for full in [p for p in counts if " район " in p[0]]:
        bare = (full[0].split(" район ")[0] + " район", full[1])
        if bare in counts:
            counts[full] += counts.pop(bare)
            for mark in marks:
                if bare in mark:
                    mark.add(full)


def our_side(
    sentences: list[str], figure_sentences: set[int], partner_stems: tuple[str, ...], regional: bool = False
) -> tuple[str, str] | None:
    """A Belarusian region (or city, district) as our side, when the release is its own:
    it acts (its executive committee, its delegation, or it is named with the partner in
    one sentence: «программа между Гродненской областью и провинцией Ганьсу»; our city
    paired with a foreign one: «Белорусская столица и город Циндао»), it is named
    at least as often as Belarus — or, when the partner is a region or city (`regional`),
    it acts with the partner in one sentence: a region's counterpart is a region — and no
    trade figure of the release is Belarus's (a sentence with a figure that names Belarus
    and not the region: «Беларусь занимает четвёртое место …»). Else None: our side is
    the Republic of Belarus."""
    counts: Counter[tuple[str, str]] = Counter()
    acting: set[tuple[str, str]] = set()
    paired: set[tuple[str, str]] = set()
    for text in sentences:
        with_partner = partner_named(text, partner_stems)
        for party, acts in [*our_mentions(text), *_paired_cities(text)]:
            counts[party] += 1
            if acts or (with_partner and not _only_where(text, party[0])):
                acting.add(party)
            if acts and with_partner:
                paired.add(party)
    if not counts:
        return None
    _merge_districts(counts, acting, paired)
    party, n = counts.most_common(1)[0]
    belarus = sum(len(_BELARUS.findall(text)) for text in sentences)
    often = n >= belarus or (regional and party in paired and not _belarus_with(sentences, partner_stems))
    belarus_figure = any(
        _BELARUS.search(sentences[i]) and not our_mentions(sentences[i]) for i in figure_sentences
    )
    if party not in acting or not often or belarus_figure:
        return None
    return party


def _only_where(text: str, party: str) -> bool:
    """Whether a sentence names our region only as where something happens («форум пройдёт
    в Минске и Минской области»): it does not act with the partner named there."""
    stem = re.escape(party.split()[0][:-2])
    named = list(re.finditer(rf"(?<![\w-]){stem}", text))
    where = re.compile(r"(?:^|\s)(?:в|во|на)\s+(?:[А-ЯЁ][\w-]+\s+и\s+)?$", re.I)
    return bool(named) and all(where.search(text[: m.start()]) for m in named)


# Belarus named as the party of a cooperation: «сотрудничеству Республики Беларусь с городом
# Циндао», «между Беларусью и провинцией Шаньдун»
_BELARUS_WITH = re.compile(rf"{_BELARUS.pattern}\s+(?:со?|и)\s+(?P<words>(?:[\w-]+\s+){{0,2}}[\w-]+)")


def _belarus_with(sentences: list[str], partner_stems: tuple[str, ...]) -> bool:
    """Whether the release names Belarus itself as the partner's counterpart, «Беларуси с
    …» or «Беларусью и …» the partner: then our side is Belarus, not a region of ours that
    acts with the partner too."""
    return any(
        partner_named(m["words"], partner_stems) for text in sentences for m in _BELARUS_WITH.finditer(text)
    )


# States a release names by their initials, which CLDR does not list
INITIALS = {
    "КНР": "Китайская Народная Республика", "США": "Соединённые Штаты Америки",
    "ФРГ": "Федеративная Республика Германия",
    "РФ": "Российская Федерация", "КНДР": "Корейская Народно-Демократическая Республика",
    "ЮАР": "Южно-Африканская Республика", "ОАЭ": "Объединённые Арабские Эмираты",
}


def state_initials(text: str) -> list[tuple[str, str]]:
    """The states a sentence names by their initials («в КНР», «США», «РФ»), each as the
    initials and the state's official name."""
    found = _STATE_INITIALS.finditer(text)
    return [(m["word"], INITIALS[m["word"]]) for m in found if m["word"] in INITIALS and not m["currency"]]


# initials, and whether they name a currency's state («долл. США», «долларов США»)
_STATE_INITIALS = re.compile(r"(?P<currency>(?:долл\.|доллар\w*)\s+)?(?<![\w-])(?P<word>[А-ЯЁ]{2,4})(?![\w-])")


def without_currencies(text: str) -> str:
    """`text` with the initials of a currency's state blanked («на 13,5 млн долларов США» →
    «на 13,5 млн долларов»): a currency names no place a trade goes to."""
    return _STATE_INITIALS.sub(lambda m: m.group().replace(m["word"], " " * len(m["word"])) if m["currency"] else
                               m.group(), text)


# the states outside a group or all but some: «государства дальнего зарубежья», «страны вне СНГ»,
# «остальные страны», «прочие государства»
_OTHERS = re.compile(
    r"(?:стран|государств)\w*\s+(?:(?P<far>дальнего\s+зарубежья)|вне\s+(?P<outside>[А-ЯЁ]\w*))|"
    r"(?P<rest>прочи|остальн|други)\w*\s+(?:стран|государств)",
    re.I,
)


def _others_name(m: re.Match[str]) -> str:
    if m["far"]:
        return "страны дальнего зарубежья"
    return f"страны вне {m['outside']}" if m["outside"] else "остальные страны"


def counterparty(place: str, partner: str | None, partner_country: str | None, official) -> dict | None:
    """The third party a trade is with, from the words naming the place at its other end
    («в КНР», «с Китаем», «в страны ЕАЭС»): {"name": …} for a state, with `kind: group`
    for a group of states; None when it is Belarus, the partner or the partner's own
    state (a region's trade «с Россией» is none of a third country's), a state beside a
    group that is the partner («экспорт в страны СНГ, из них в Россию …»), or no state."""
    if partner is None:
        return None  # with no partner known, no party is a third one
    others = _OTHERS.match(place.split(maxsplit=1)[-1])
    if others:
        return {"name": _others_name(others), "kind": "group"}
    found = groups(place)
    if found:
        name = found[0][0]
        if name == partner:
            return None
        m = GROUP.search(place)  # «в страны ЕАЭС», «в ЕАЭС»: a trade is with its states, as the memo says it
        if m is not None and (m["abbr"] or m["members"]) and not name.startswith("страны "):
            abbr = m["abbr"] or next(a for p, a in _GROUP_NAMES.items() if re.fullmatch(p, m["full"]))
            name = _MEMBER_NAMES.get(abbr, "страны " + abbr)
        return {"name": name, "kind": "group"}
    region = _third_region(place)
    if region is not None:
        return {"name": region} if region not in (partner, f"город {partner}") else None
    if partner in _GROUPS.values() or (partner or "").startswith("страны "):
        return None  # a state named beside a group that is the partner is mostly its member
    for word in re.findall(r"(?<![\w-])[А-ЯЁ][А-ЯЁа-яё-]*", place):
        name = INITIALS.get(word) or official(word)
        if name is None:
            continue
        own = {w.lower()[:5] for w in f"{partner or ''} {partner_country or ''}".split() if len(w) >= 5}
        if name in (BELARUS, partner, partner_country) or word.lower()[:5] in own or word.lower().startswith(
            ("белорус", "беларус")
        ):
            return None
        return {"name": name}
    return None


# a region or one of Russia's cities of federal status right after the place's preposition:
# «с Москвой», «в Санкт-Петербург», «со Смоленской областью», «в Татарстан»
_FEDERAL = {"москв": "город Москва", "санкт-петербург": "город Санкт-Петербург", "севастопол": "город Севастополь"}
_PLACE_REGION = re.compile(
    r"\S+\s+(?:(?P<city>Москв|Санкт-Петербург|Севастопол)\w*|"
    r"(?P<region>[А-ЯЁ][а-яё]+(?:ск|цк)\w+\s+(?:област|кра[йяюеё]|округ)\w*)|(?P<word>[А-ЯЁ][а-яё]+))(?![\w-])"
)


def _third_region(place: str) -> str | None:
    """The region (or city of federal status) a place names right after its preposition,
    in the nominative: «с Москвой» → «город Москва», «со Смоленской областью» →
    «Смоленская область», «в Татарстан» → «Республика Татарстан»; None for another
    place or one of Belarus's regions."""
    m = _PLACE_REGION.match(place)
    if m is None:
        return None
    if m["city"]:
        return _FEDERAL[m["city"].lower()]
    if m["region"]:
        name = nominative_phrase(m["region"])
        return name if name and not _our_adjective(name) else None
    found = russian_republics(m["word"])
    return found[0] if found else None


# a post in a regional or district body named without its region: «Председатель облисполкома», «председатель
# комитета экономики облисполкома», «председатель областного Совета депутатов» (the body's word opens with its level)
_BARE_BODY = re.compile(
    r"(?P<post>\S.*?)\s+(?P<body>(?:обл|рай)(?:исполком|совет)а|(?:областн|районн)ого\s+"
    r"(?:исполнительного\s+комитета|[Сс]овета\s+депутатов))",
    re.I,
)


def our_body(position: str, ours: tuple[str, str]) -> str | None:
    """A position in our region's executive committee or council that names the body without
    its region, completed with it when the release is the region's own: «Председатель
    облисполкома» → «Председатель Гомельского облисполкома», «председатель областного Совета
    депутатов» → «… Гродненского областного Совета депутатов» for that region; None when it
    names none, names its region already (an adjective or a name before the body), or another
    level («райисполкома» for a region)."""
    m = _BARE_BODY.fullmatch(position)
    name, _ = ours
    level = "обл" if name.endswith("область") else "рай" if name.endswith("район") else None
    if m is None or level is None or not m["body"].lower().startswith(level):
        return None
    if re.search(r"\s[А-ЯЁ]", m["post"]) or inflect.pos(m["post"].split()[-1]) in ("ADJF", "PRTF"):
        return None  # «Председатель Гомельского облисполкома», «Посол Беларуси …»: named already, or no post of it
    parse = inflect.reading(name.split()[0], "ADJF")
    form = parse.inflect({"gent", "sing", "masc"}) if parse else None
    return f"{m['post']} {inflect.restore(name.split()[0], form.word)} {m['body']}" if form else None


# A city after «город» (or «г.»): «городом Цюнхай», «г. Казань»
_CITY_NAME = r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)"
_NAMED_CITY = re.compile(rf"(?<![\w-])(?:город(?:а|е|у|ом)?|г\.)\s+{_CITY_NAME}")
# a city's own authority: Belarus has none of these (its cities have executive committees)
# (the words of the authority in any case; the city's name with its capital: «мэрии областного центра» names none)
_CITY_AUTHORITY = re.compile(
    rf"(?<![\w-])(?i:(?:мэри[яиюей]|мэр(?:а|у|ом|е)?)(?:\s+город\w*)?|(?:городск\w+\s+)?(?:администраци\w+|"
    rf"правительств\w+|муниципалитет\w*|горсовет\w*|городск\w+\s+(?:дум|совет)\w*)\s+город\w*|"
    rf"глав\w+\s+город\w*)\s+{_CITY_NAME}"
)
# the stems of our regional centres: a city paired with one of them is ours, not a partner
OUR_CITIES = ("минск", "брест", "гомел", "гродн", "витебск", "могил")


def _city_name(word: str) -> str:
    """«Бишкека» → «Бишкек», «Казани» → «Казань»: a city the dictionary knows, in the
    nominative; a name it does not know («Цюнхай») stays as written."""
    place = next((p for p in inflect.parses(word) if p.is_known and "Geox" in p.tag), None)
    return inflect.restore(word, place.normal_form) if place else word


# a city that is the other side of a cooperation: «сотрудничество с городом Циндао»
_WITH_CITY = re.compile(rf"(?<![\w-])(?:с|со)\s+(?:город(?:ом|ами)|г\.)\s+{_CITY_NAME}")
# a city paired with one of ours by «и»: «Минск и Пекин», «между Минском и Шэньяном»,
# «Циндао и Минск», «Белорусская столица и китайский город Циндао»
_OUR_CITY = r"(?:Минск|Брест|Витебск|Могил[её]в)(?:а|у|ом|е)?|Гомел(?:ь|я|ю|ем|е)|Гродно"
# our capital named by its noun: «белорусская столица», «столица Беларуси»
_OUR_CAPITAL = r"(?i:белорусск\w+\s+столиц\w+|столиц\w+\s+(?:Беларуси|Белоруссии|Республики\s+Беларусь))"
_CITY_AFTER_OURS = re.compile(
    rf"(?<![\w-])(?P<ours>{_OUR_CITY}|{_OUR_CAPITAL})\s+и\s+(?:[а-яё]+(?:ий|ого|ому|им|ом)\s+)?"
    rf"(?:город(?:ом|ами|а|у|е)?\s+)?{_CITY_NAME}(?![\w-])"
)
_CITY_BEFORE_OURS = re.compile(rf"(?<![\w-]){_CITY_NAME}\s+и\s+(?P<ours>{_OUR_CITY})(?![\w-])")


_CITY_NOUN_CASE = {"города": "gent", "городе": "loct", "городу": "datv", "городом": "ablt"}


def _person_after_city_noun(m: re.Match[str]) -> bool:
    """«с мэром города Владимиром Соваренко»: after «города» a city's name is in the
    nominative or agrees with the noun («города Владимира»); a word in another case
    agrees with the post before it, so it is the mayor's first name, not a city."""
    noun = re.search(r"город\w*(?=\s+\S+$)", m.group(), re.I)
    case = _CITY_NOUN_CASE.get(noun.group().lower()) if noun else None
    if case is None:
        return False
    cases = {p.tag.case for p in inflect.parses(m["name"])}
    return not cases & {"nomn", case}


def foreign_cities(text: str, ours_named: bool, is_state=lambda word: False) -> list[str]:
    """The foreign cities a sentence names as a party: one whose mayor, mayoralty, city
    administration or government is named («мэрия Бишкека», «Народного правительства
    города Цюнхай»: Belarus's cities have none of these), one after «город» named as
    the other side of ours in «между … и городом …» (`ours_named`: the sentence names
    our side), one cooperated «с городом …», or a place paired with one of our cities in
    a sentence about cities as such («Минск и Пекин станут городами-побратимами», «между
    городами Минском и Шэньяном»; `is_state` rules out a state: «Минск и Пекин» is no
    «Минск и Китай»; «Минск и Ташкент договорились» names the states by their capitals).
    A city named only as where something happens («в городе Боао») is none."""
    found = [m["name"] for m in _CITY_AUTHORITY.finditer(text) if not _person_after_city_noun(m)]
    found += [m["name"] for m in _CITY_HEAD.finditer(text) if _headed_city(m["name"], is_state)]
    if ours_named:
        found += [m["name"] for m in _NAMED_CITY.finditer(text) if re.search(r"\sи\s+$", text[: m.start()])]
    found += [m["name"] for m in _WITH_CITY.finditer(text)]
    paired = [*_CITY_AFTER_OURS.finditer(text), *_CITY_BEFORE_OURS.finditer(text)] if _AS_CITIES.search(text) else []
    found += [_paired_nominative(m) for m in paired if _may_be_city(m["name"]) and not is_state(m["name"])]
    names = [_city_name(word) for word in found]
    return [f"город {name}" for name in names if not inflect.fold(name).startswith(OUR_CITIES)]


# a city's head named with the city's own name: «Глава Калининграда», «главой Казани»
_CITY_HEAD = re.compile(rf"(?<![\w-])[Гг]лав(?:а|ы|е|у|ой)\s+{_CITY_NAME}(?![\w-])")


def _headed_city(word: str, is_state) -> bool:
    """Whether the place a head is named of («Глава Калининграда») is a city: a place noun,
    not a state, a republic of Russia («Глава Татарстана») or a region by its second name
    («Глава Кузбасса»). The place stands in the genitive after «глава»: «глава Минспорта» is
    a ministry's head, whatever place the dictionary guesses its nominative to be."""
    parses = inflect.parses(word)
    place = next((p for p in parses if "Geox" in p.tag and p.tag.POS == "NOUN" and p.tag.case == "gent"), None)
    if place is None or is_state(word) or russian_republics(word) or regions_by_second_name(word):
        return False
    # a land's noun in «-ье» is a region's («Приморье», «Ставрополье», «Забайкалье»)
    return not place.normal_form.endswith("ье") and _romanised(place.normal_form) not in _russian_stems()


# a sentence about cities as such: «города-побратимы», «между городами …», a city's authority
_AS_CITIES = re.compile(r"город|побратим|горисполком|мэр", re.I)


def _paired_nominative(m: re.Match[str]) -> str:
    """A city paired with ours stands in our city's case: after «Минском и» a name the
    dictionary does not know loses the instrumental's ending («Шэньяном» → «Шэньян»)."""
    name = m["name"]
    ours = m.groupdict().get("ours") or ""
    known = any(p.is_known for p in inflect.parses(name))
    if not known and ours.endswith(("ом", "ем")) and name.endswith(("ом", "ем")) and len(name) > 5:
        return name[:-2]
    return name


def _may_be_city(word: str) -> bool:
    """Whether a capitalised word may name a city: a place the dictionary knows, not a
    region's or state's adjective, or a word it does not know at all («Шэньяном»)."""
    parses = inflect.parses(word)
    return any("Geox" in p.tag and p.tag.POS == "NOUN" for p in parses) or not any(p.is_known for p in parses)


def city_stem(name: str) -> str:
    """What a city's name keeps in every case: «город Ухань» → «ухан» («Уханя»), «город
    Ханой» → «хано», «город Циндао» → «циндао»."""
    own = name.removeprefix("город ").lower()
    return own[:-1] if len(own) > 4 and own[-1] in "аяьй" else own


def city_mentions(name: str, sentences: list[str]) -> int:
    """How often a release names a city it names as a party, by its own name in any case
    («город Циндао»: «Циндао», «совета Циндао»): a city's name once found is the party's
    wherever the release repeats it."""
    own = name.removeprefix("город ")
    stem = city_stem(name)
    words = (w.lower() for text in sentences for w in re.findall(r"(?<![\w-])[А-ЯЁ][\w-]*", text))
    return sum(1 for w in words if w == own.lower() or (w.startswith(stem) and w[len(stem) :] in _CITY_ENDINGS))


# the case endings of a city's name after its stem («Пекин-ом», «Казан-ью», «Ханое-м»), not
# an adjective's («Новосибирск-ой области» is the region)
_CITY_ENDINGS = frozenset({"", "а", "у", "ом", "е", "ем", "ю", "ью", "и", "я", "ём", "ой"})


def locates(text: str, start: int) -> bool:
    """Whether the region named at `start` only says where a city lies: «городом Цюнхай
    провинции Хайнань», «в городе Боао (провинция Хайнань, КНР)»."""
    return re.search(rf"(?:город\w*|г\.)\s+{_CITY_NAME}\s*[(,]?\s*$", text[:start]) is not None


def city_country(states: Counter[str]) -> str:
    """The country a foreign city lies in: the foreign state the release names most,
    else Russia."""
    foreign = [n for n, _ in states.most_common() if n not in (RUSSIA, BELARUS)]
    return foreign[0] if foreign else RUSSIA


# A body of a union of states or an international organisation, in a position's words
_SUPRANATIONAL = re.compile(
    r"союзн\w+\s+государств|евразийск\w+\s+(?:экономическ|межправительственн)|\bеэк\b|\bеаэс\b|\bснг\b|"
    r"содружеств\w+\s+независим|\bшос\b|шанхайск\w+\s+организаци|\bоон\b|объедин[её]нн\w+\s+наций|\bодкб\b|"
    r"организаци\w+\s+договора|межпарламентск\w+\s+ассамбле|\bвто\b|всемирн\w+\s+торгов\w+\s+организаци"
)


def supranational(position: str) -> bool:
    """Whether a position is held in a union of states or an international organisation
    («Государственный секретарь Союзного государства», «Председатель Коллегии Евразийской
    экономической комиссии», «Генеральный секретарь ШОС»): its holder is on neither side
    alone (`third`), unless it names Belarus or the partner, read before."""
    return _SUPRANATIONAL.search(position.lower()) is not None


# Trade with every country: «весь белорусский экспорт», «всего экспорт республики»,
# «сальдо внешней торговли», «внешнеторговый оборот страны»
_WHOLE = re.compile(r"(?<![\w-])(?:вес[ьяе]|всего|совокупн\w+)\s+(?:[а-яё]+\s+){0,2}$", re.I)
_FOREIGN_TRADE = re.compile(r"(?<![\w-])(?:внешн\w+\s+(?:торговл|(?:товаро)?оборот)\w*|внешнеторгов\w*)", re.I)
ALL_COUNTRIES = {"name": "все страны", "kind": "group"}


# The other end of a trade that is every foreign country: «с зарубежными странами», «со
# всеми странами», «с иностранными государствами», «со странами мира», «за рубеж»
_EVERY_COUNTRY = re.compile(
    r"(?<![\w-])(?:со?|во?|из)\s+(?:(?:зарубежн|иностранн|вс)\w*\s+(?:стран|государств)\w*(?!\s+(?-i:[А-ЯЁ]))|"
    r"(?:(?:вс|друг|ин)\w*\s+)?(?:стран|государств)\w*\s+мира)(?![\w-])|(?<![\w-])за\s+(?:рубеж|границу)(?![\w-])",
    re.I,
)


def every_country(words: str) -> bool:
    """Whether `words` name every foreign country as the other end of a trade («товарооборот
    области с зарубежными странами», «поставлено за рубеж»), not a group or a state."""
    return _EVERY_COUNTRY.search(words) is not None


# a side of a trade by its common noun after «с»: «с республикой», «с регионом», «с краем» (the
# partner or Belarus, whichever the noun is not the owner of; «импорт в республику» is the owner's)
_SIDE_NOUN = re.compile(r"(?<![\w-])со?\s+(?:республик\w*|регион\w*|област\w*|кра[ея]м|краями)(?![\w-])", re.I)


def names_side(words: str) -> bool:
    """Whether `words` name the other end of a trade by a side's common noun («товарооборот
    области с республикой»): the partner or Belarus, never every country."""
    return _SIDE_NOUN.search(words) is not None


def total_trade(before: str, said: str, after: str) -> bool:
    """Whether an indicator names trade with every country, not with the partner: a
    whole before its word («Весь белорусский экспорт», «Всего экспорт республики»), or
    foreign trade in its words («сальдо внешней торговли», «внешнеторговый оборот»);
    `before` is the text up to the indicator's words `said`, `after` the words after them
    up to the amount. A total of one side with the partner («весь товарооборот с
    Россией») is the caller's to rule out: it names the place."""
    clause = clauses.before(before, len(before), clauses.WHERE)
    last = clause.split()[-1:]  # «внешний товарооборот»: the adjective before the word
    return bool(whole_named(before) or _FOREIGN_TRADE.search(" ".join([*last, said])) or
                _FOREIGN_TRADE.match(after.lstrip()))


def whole_named(before: str) -> bool:
    """Whether the words `before` an indicator, in its clause, call it a whole («Весь
    белорусский экспорт», «Всего экспорт республики», «совокупный товарооборот»)."""
    return _WHOLE.search(clauses.before(before, len(before), clauses.WHERE)) is not None


# «…: в Россию — на 12 %, в Казахстан — на 5 %»: a place and a dash standing for the verb
_ELIDED = re.compile(
    r"^[\s,;:]*(?:а\s+|и\s+)?(?P<place>(?i:в|во|из|с|со)\s+[^—–,;:]+?)\s*[—–]\s*"
    rf"(?:(?i:{num.HEDGE})\s+)?(?:на\s+)?$"
)


def elided_place(between: str) -> str | None:
    """The place a clause names before a dash that stands for the verb shared with the
    clause before it («, в Казахстан — на 5 %», «, из стран ЕС — на 3 %»), the words
    `between` the previous figure and the rate; None for any other clause."""
    m = _ELIDED.match(between)
    return m["place"] if m else None


# «На прочие государства пришлось …», «На страны ЕС приходится …»: a place a trade falls on,
# the clause's own start, and the amount right after its verb
_FALLS_ON = re.compile(
    r"(?:^|[,;:]\s*(?:а\s+)?)(?i:на)\s+(?P<place>[^,;:—–]{3,60}?)\s+(?:приход\w+|пришл\w+|придется|придётся)\s+"
    rf"(?:(?i:{num.HEDGE})\s+)?\$?$"
)


def falls_on(before: str) -> str | None:
    """The place a clause says a trade falls on, from the words `before` its amount («На
    прочие государства пришлось» → «на прочие государства»), when the place is a state, a
    group or the states outside one (a capitalised name or «стран», «государств»); None for
    any other clause («на долю …», «на технику пришлось …»)."""
    m = _FALLS_ON.search(before)
    if m is None or not re.search(r"(?<![\w-])(?:[А-ЯЁ]|стран|государств)", m["place"]):
        return None
    return f"на {m['place']}"


def same_counterparty(a: dict, b: dict) -> bool:
    """Whether two drafted figures are trade with the same party on the same side: the
    same `counterparty` (none: the partner), or the states outside a group however the
    release words them («государства дальнего зарубежья», «остальные страны», «вне СНГ»)."""
    if a.get("side") != b.get("side"):
        return False
    one, two = a.get("counterparty"), b.get("counterparty")
    return one == two or bool(one and two and _OTHERS.match(one["name"]) and _OTHERS.match(two["name"]))


# Whose statistics a sentence gives: a trade whose owner is named before «с Беларусью»
# («внешнеторговый оборот Башкортостана с Беларусью», «сальдо торговли Азербайджана с
# Беларусью»), or Belarus's place or share in an owner's trade («Беларусь занимает третье
# место во внешнеторговом обороте Башкортостана», «Доля Беларуси в азербайджанском экспорте»)
_OWNED_TRADE = re.compile(
    rf"{indicators.TRADE_WORD}\s+"
    r"(?:торговл\w+\s+)?(?P<owner>[А-ЯЁ][^,;:.()«»]{2,40}?)\s+со?\s+(?:Беларусью|Белоруссией|Республикой\s+Беларусь)",
    re.I,
)
_BELARUS_IN = re.compile(
    r"(?<![\w-])(?:Беларус\w*|Белорусси\w*)\s+[^.;]{0,60}?(?<![\w-])во?\s+(?P<before>[А-ЯЁа-яё]+\s+){0,2}?"
    r"(?:товарообороте|обороте|экспорте|импорте|торговле)(?P<after>\s+[А-ЯЁ][а-яё]+)?"
)


# the words of an official a sentence reports: «Губернатор области Иван Петров отметил, что …»,
# «По словам заместителя губернатора края, …», «… , — сказал министр экономики республики»
_SPEAKER = (
    re.compile(rf"^(?P<who>[^.;:«»—–]{{3,140}}?)\s+{SAID}\b"),
    re.compile(r"(?<![\w-])[Пп]о\s+словам\s+(?P<who>[^,;:«»]{3,140}),"),
    re.compile(rf"[,»]\s*[—–]\s*{SAID}\s+(?P<who>[^.;:«»]{{3,140}})"),
)
# a post that opens the speaker's words: a governor, a head, a minister, a deputy …
_POST = re.compile(
    r"(?<![\w-])(?:губернатор|вице-губернатор|глав[аыеу]|председател|заместител|министр|мэр|руководител|"
    r"полпред|представител|начальник|директор)\w*", re.I
)
# words that make a speaker ours: Belarus, its bodies («облисполкома»), its capital and regions
_OUR_SPEAKER = re.compile(r"(?<![\w-])(?:бел[ао]рус|беларус|облисполком|райисполком|минск|брест|витебск|гомел|гродн|"
                          r"могил[её]в|посол|посольств)\w*", re.I)


def partner_speaks(text: str, stems: tuple[str, ...], kind_noun: str | None) -> bool:
    """Whether the sentence reports the words of the partner's official: a post («губернатор»,
    «заместитель председателя правительства») naming the partner by its stem or, for a
    region, by its place noun alone («правительства области» in a release about a Russian
    region: our regions' bodies are «облисполкомы»), and nothing of ours. A flow whose owner
    such words do not name is then the partner's («… отметил, что товарооборот вырос на 18 %,
    а экспорт — на 25 %»: the region's exports)."""
    for pattern in _SPEAKER:
        m = pattern.search(text)
        if m is None or not _POST.search(m["who"]) or _OUR_SPEAKER.search(m["who"]):
            continue
        words = re.findall(r"[А-ЯЁа-яё-]+", m["who"])
        if any(names_partner(w, stems) for w in words if w[:1].isupper() or len(w) > 4):
            return True
        if kind_noun and any(w.lower().startswith(kind_noun) for w in words):
            return True
    return False


def partner_view(text: str, is_partner) -> bool:
    """Whether a sentence gives the partner's own statistics of its trade with Belarus:
    the trade is named as the partner's (`is_partner` tells whether a word names it)
    before «с Беларусью», or Belarus's share or place is in the partner's trade. Its
    exports are then our imports, and a balance positive for it is negative for us."""
    for m in _OWNED_TRADE.finditer(text):
        if any(is_partner(w) for w in m["owner"].split()):
            return True
    for m in _BELARUS_IN.finditer(text):
        words = (m["before"] or "").split() + (m["after"] or "").split()
        if any(is_partner(w) for w in words):
            return True
    return False


def mark_totals(figures: list, partner_stems: tuple[str, ...]) -> None:
    """Trade with every country (`counterparty: все страны`) that a flow or turnover
    stated with no place is by what stands around it: broken down right after it (in its
    own sentence or the next) into trade with a group of states of the same indicator and
    period and a smaller amount («Предприятия области экспортировали товаров на $1,4 млрд.
    В страны СНГ ушло на $640 млн, …»: the partner's trade is a part of it, never the
    whole), or stated in the sentence right after one whose figures are all trade with
    every country, in a sentence naming no place nor the partner («внешнеторговый оборот
    Беларуси превысил $7,2 млрд. Экспорт за месяц составил $3,5 млрд»)."""
    _parts_of_partner_trade(figures)
    for k, item in enumerate(figures):
        data = item.data
        if data.get("indicator") not in ("turnover", "exports", "imports", "balance") or not _placeless(data):
            continue
        if _goes_on_total(figures, item, partner_stems):
            continue
        if data["indicator"] == "balance":
            continue
        parts = [
            o for o in figures[k + 1 :]
            if o.sentence in (item.sentence, item.sentence + 1) and _part_of(o.data, data)
        ]
        if any((o.data.get("counterparty") or {}).get("kind") == "group" for o in parts):
            data["counterparty"] = dict(ALL_COUNTRIES)
            item.doubt("check", "broken down into trade with groups of states right after it: trade with every "
                       "country, `counterparty: все страны`")
        elif _sum_of_later(figures[k + 1 :], data):
            data["counterparty"] = dict(ALL_COUNTRIES)
            item.doubt("check", "the sum of the trade with the partner and with a third party stated later: trade "
                       "with every country, `counterparty: все страны`")


_ANY_PLACE = re.compile(r"(?<![\w-])(?:с|со|в|во|из|на)\s+(?=[А-ЯЁ]|(?:[а-яё]+\s+)?(?:стран|государств|рын))")


def _sum_of_later(later: list, whole: dict) -> bool:
    """Whether a flow is the sum of two stated later, of the same indicator and period, one
    with the partner and one with a third party («импорт составил 3 584 млн … из стран СНГ —
    2 192 млн … из стран вне СНГ — 1 392 млн»): a whole, so trade with every country."""
    parts = [o.data for o in later if _part_of(o.data, whole)]
    ours = [_amount(p) for p in parts if not p.get("counterparty") and not p.get("label")]
    third = [_amount(p) for p in parts if (p.get("counterparty") or {}) not in ({}, ALL_COUNTRIES)]
    total = _amount(whole)
    return any(abs(a + b - total) <= total / 200 for a in ours for b in third)


def _goes_on_total(figures: list, item, partner_stems: tuple[str, ...]) -> bool:
    """Whether `item` goes on with the totals of the sentence right before it: then it is
    trade with every country too, of the same side («Внешнеторговый оборот области составил
    …. Экспорт составил …, импорт — …»: the region's, when the totals were)."""
    before = _sentence_before(figures, item)
    quote = item.data.get("_quote", "")
    if not before or any(o.data.get("counterparty") != ALL_COUNTRIES for o in before):
        return False
    # the partner named as the owner of a trade («экспорт Орловской области») is no place
    unowned = _TRADE_OWNED.sub(" ", quote).lower()
    if _ANY_PLACE.search(quote) or any(stem in unowned for stem in partner_stems):
        return False
    item.data["counterparty"] = dict(ALL_COUNTRIES)
    theirs = all(o.data.get("side") == "partner" or o.data["indicator"] == "balance" for o in before)
    if theirs and any(o.data.get("side") == "partner" for o in before) and item.data["indicator"] != "balance" \
            and not item.data.get("_owned"):
        item.data["side"] = "partner"
    item.doubt("check", "the sentence before states trade with every country and this one names no place: "
               "`counterparty: все страны`")
    return True


_BY_OWNER = "trade with every country, not with the partner"


def _parts_of_partner_trade(figures: list) -> None:
    """A trade read as with every country by its owner alone («Экспорт Беларуси составил 65
    млн») that is no larger than the partner's turnover of the same period stated before it
    («Объём торговли с Египтом достиг 70 млн») is a part of that trade: with the partner."""
    for k, item in enumerate(figures):
        data = item.data
        if not data.pop("_by_owner", False) or data.get("value") is None:
            continue
        whole = [
            o.data for o in figures[:k] if o.data.get("indicator") == "turnover" and not o.data.get("counterparty")
            and not o.data.get("holder") and o.data.get("period") == data.get("period") and o.data.get("value")
        ]
        if any(_amount(w) >= _amount(data) for w in whole):
            del data["counterparty"]
            item.notes = [n for n in item.notes if not n.startswith(_BY_OWNER)]
            item.doubt("check", "a part of the turnover with the partner stated before it: trade with the partner")


def _sentence_before(figures: list, item) -> list:
    """The figures with an amount or a growth of the last sentence before `item`'s that
    states any, up to three sentences back (a sentence whose growth joined a level before
    it, or that gives only a share of the total, is passed over)."""
    for back in (1, 2, 3):
        found = [o for o in figures if o.sentence == item.sentence - back
                 and (o.data.get("value") is not None or o.data.get("growth")) and not o.data.get("share")]
        if found:
            return found
    return []


def _placeless(data: dict) -> bool:
    return data.get("value") is not None and not data.get("counterparty") and not data.get("_dest") \
        and not data.get("label")


def _part_of(part: dict, whole: dict) -> bool:
    """Whether a figure is a part of another: the same indicator, period and side, a
    smaller amount."""
    same = all(part.get(k) == whole.get(k) for k in ("indicator", "period", "side", "unit"))
    return same and part.get("value") is not None and _amount(part) < _amount(whole)


def _amount(data: dict):
    """A drafted value in millions (a value with no `scale` is in millions, as drafted)."""
    scale = data.get("scale", "million")
    return num.Amount(data["value"], scale, "USD", None, None, "", 0, 0).amount_in("million")


# An international organisation by its name: an adjective that is no state's own
# («Евразийский», «Международный», «Всемирный», «Европейский», «Азиатский», «Исламский»),
# up to two more adjectives, an organisation's noun («банк», «фонд», «комиссия»,
# «организация», «агентство», «корпорация») and the genitives after it («развития»,
# «реконструкции и развития»); or a body named with the group of states it serves
# («Исполнительный комитет СНГ», «Постоянного комитета Союзного государства»)
_ORG_ADJECTIVE = (
    r"(?:Евразийск|Международн|Всемирн|Европейск|Азиатск|Исламск|Межгосударственн|Африканск|Арабск|"
    r"Черноморск|Межамериканск|Северн\w+\s+инвестиционн)\w*"
)
_ORG_NOUN = r"(?:банк|фонд|комисси|организаци|агентств|корпораци|ассамбле)\w*"
_ADJECTIVE_WORD = r"[а-яё]+(?:ый|ий|ой|ая|ого|его|ому|ему|ым|им|ом|ем|ую|ей|ое|ее)"
_ORGANISATION = re.compile(
    rf"(?<![\w-])(?P<head>{_ORG_ADJECTIVE}(?:\s+{_ADJECTIVE_WORD}){{0,2}}\s+{_ORG_NOUN})(?![\w-])"
    rf"|(?<![\w-])(?P<body>(?:[А-ЯЁ][а-яё]+\s+(?:{_ADJECTIVE_WORD}\s+)?(?:комитет|комисси|секретариат|программ|фонд|"
    r"агентств)|(?:Комитет|Комисси|Секретариат|Программ|Фонд|Агентств))\w*)(?P<between>(?:\s+[а-яё]+){0,2}?)\s+"
    r"(?P<group>СНГ|ЕАЭС|ШОС|ОДКБ|БРИКС|ООН|Союзного\s+государства|Содружества\s+Независимых\s+Государств)(?![\w-])"
)
_ABBREVIATION = re.compile(r"(?<![\w-])[А-ЯЁ][А-ЯЁа-я]{1,5}(?![\w-])")
# The United Nations' bodies a release may name by their abbreviations alone («ПРООН»)
UN_BODIES = frozenset({"ПРООН", "ЮНИСЕФ", "ЮНФПА", "ФАО", "ЮНИДО", "ЮНЕСКО"})
_UNITED_NATIONS = "Организации Объединённых Наций"


def _known_body(name: str) -> str:
    """An organisation's name as its abbreviation's full name writes it, where the words are
    the same in another form («Программы развития Организации Объединённых Наций» →
    «Программа развития Организации Объединённых Наций»)."""
    said = _lemmas(name)
    return next((EXPANSIONS[a] for a in sorted(UN_BODIES) if _lemmas(EXPANSIONS[a]) == said), name)


@cache
def _lemmas(name: str) -> frozenset[str]:
    """The dictionary forms of a name's words."""
    return frozenset(inflect.lemma(w) for w in re.findall(r"\w+", name.lower()))


def un_family(bodies: dict[str, tuple[int, tuple[str, ...]]], top: str) -> bool:
    """Whether a release names several of the United Nations' bodies, none (`top`, the one
    named most) more often than the others together: its partner is then the United Nations
    itself, none of its programmes alone."""
    counts = {name: count for name, (count, _) in bodies.items() if "Объединённых Наций" in name}
    return top in counts and len(counts) >= 2 and 2 * counts[top] <= sum(counts.values())


def _tail(text: str, at: int) -> str:
    """The genitives after an organisation's noun, from `at` on: «развития»,
    «реконструкции и развития» (up to four words, ending with a noun)."""
    words, taken = text[at:].split(), 0
    for n, word in enumerate(words[:4]):
        parse = [p for p in inflect.parses(word) if p.tag.case == "gent"]
        if word == "и" and n > 0:
            continue
        other = any(p.tag.POS not in ("NOUN", "ADJF") for p in inflect.parses(word))
        if not word.islower() or not parse or other:  # «банк развития готов»: no genitive
            break
        if any(p.tag.POS == "NOUN" for p in parse):
            taken = n + 1
    return " ".join(words[:taken])


def organisations(sentences: list[str]) -> dict[str, tuple[int, tuple[str, ...]]]:
    """The international organisations a release names, each by its name in the
    nominative, with how often the release names it (by that name or by an abbreviation
    made of it: «ЕАБР» of «Евразийский банк развития») and those abbreviations."""
    names: Counter[str] = Counter()
    for text in sentences:
        for m in _ORGANISATION.finditer(text):
            head = nominative_phrase(m["head"] or m["body"])
            if head is None:
                continue
            group = _UNITED_NATIONS if m["group"] == "ООН" else m["group"]  # a UN body by the UN's full name
            tail = _tail(text, m.end()) if m["head"] else " ".join(f"{m['between']} {group}".split())
            names[_known_body(f"{head} {tail}".strip())] += 1
        names.update(EXPANSIONS[m.group()] for m in _ABBREVIATION.finditer(text) if m.group() in UN_BODIES)
    out = {}
    for name, count in names.items():
        words = [w.lower() for w in name.split() if w not in ("и", "по", "в") and w[:1].isalpha()]
        said = Counter(
            m.group() for text in sentences for m in _ABBREVIATION.finditer(text)
            if m.group()[1:].isupper() and _initials_fit(m.group().lower(), words)
        )
        out[name] = (count + sum(said.values()), tuple(sorted(said)))
    return out
