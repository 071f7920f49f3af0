"""A release's sentences → the partner (region, country, city), the officials with their
positions and sides, and the companies it names. No I/O.

The partner is the place named most often besides Belarus, a region («Вологодской
области») counting over the country it lies in; country names come from CLDR (Babel's
Russian territory names), so any state is recognised, not a list of our own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from memogen import inflect
from memogen.draft.model import Item, supports
from memogen.draft.words import nominative_head, nominative_phrase, person_nominative

OURS = {"беларусь", "белоруссия", "республика беларусь"}
_REGION = re.compile(
    r"\b(?P<adj>(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+(?:ск|цк)(?:ая|ой|ую|ий|ого|ому|им|ом|ие|их))\s+"
    r"(?P<noun>област[ьиюей]\w*|кра[йяюе]м?\b|округ\w*)",
)
_REPUBLIC = re.compile(r"\b(?P<head>[Рр]еспублик[аиуео]й?)\s+(?P<name>[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)")
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# Overlapping: in «Республики Казахстан Касым-Жомарт Токаев» the pair after «Казахстан» is the person.
PERSON = re.compile(rf"(?<![\w-])(?=(?P<given>{_NAME})\s+(?P<surname>{_NAME})(?![\w-]))")
_POSITION = re.compile(
    r"(?:перв\w+\s+)?(?:заместител\w+\s+|вице-)?(?:премьер-министр\w*|министр\w*|губернатор\w*|президент\w*|"
    r"глав[аеуыо]й?\b|председател\w*|посл[аеуо]м?\b|посол|вице-премьер\w*|мэр\w*|директор\w*|руководител\w*|"
    r"полпред\w*|спикер\w*|начальник\w*|замминистр\w*|министерств\w*|губернатор|секретар\w*|"
    r"раис\w*|аким\w*|хоким\w*|консул\w*|представител\w*|вице-губернатор\w*|ректор\w*)",
    re.I,
)
_FORMS = r"ОАО|ЗАО|ООО|ПАО|НАО|АО|ОДО|УП|РУП|ЧУП|СООО|ИООО|ЧТУП|СП|ГК|группа компаний|холдинг|концерн"
_QUOTED = re.compile(rf"(?:(?P<form>{_FORMS})\s+)?[«\"„](?P<name>[^«»\"“”„]{{2,80}})[»\"“”]")
_NOT_COMPANY = re.compile(
    r"(выставк|форум|ярмарк|программ|соглашени|меморандум|телеканал|газет|агентств|проект[аеу]?\s*$|"
    r"фестивал|конкурс|акци|операци|премии|журнал|сайт|издани)\w*\s*$",
    re.I,
)
_COMPANY_NOUN = re.compile(
    rf"(?P<name>(?:{_NAME}\s+)(?:[а-яё]+\s+){{0,2}}(?:завод\w*|торгов\w+\s+дом\w*|бирж\w+|комбинат\w*|банк\w*|холдинг\w*))",
)
_RUSSIAN_FORMS = {"ПАО", "АО", "НАО"}
# Belarus's own six regions: a region named in a release is Russia's unless it is one of these.
_OUR_REGIONS = {"Минская", "Брестская", "Гомельская", "Гродненская", "Витебская", "Могилевская"}


@cache
def _territories() -> dict[str, str]:
    """Lower-case lemma of a state's Russian name → that name («узбекистан» → «Узбекистан»)."""
    from babel import Locale

    out = {}
    for code, name in Locale("ru").territories.items():
        if code.isalpha() and len(code) == 2 and " " not in name:
            out[inflect.morph().parse(name.lower())[0].normal_form] = name
    return out


@dataclass
class Partner:
    name: str
    kind: str
    country: str | None
    stems: tuple[str, ...]  # how the text may refer to it: «вологодск», «узбекистан»


def find_partner(sentences: list[str]) -> Partner | None:
    """The place named most often besides Belarus, or None."""
    votes: Counter[tuple[str, str]] = Counter()
    for text in sentences:
        for m in _REGION.finditer(text):
            name = nominative_phrase(m.group())
            if name and name.lower() not in OURS:
                votes[(name, "region")] += 2
        for m in _REPUBLIC.finditer(text):
            name = _republic(m)
            if name and name.lower() not in OURS:
                votes[(name, "republic")] += 2
        for word in re.findall(r"\b[А-ЯЁ][а-яё]+\b", text):
            lemma = inflect.morph().parse(word.lower())[0].normal_form
            state = _territories().get(lemma)
            if state and lemma not in ("беларусь", "белоруссия"):
                votes[(state, "country")] += 1
    if not votes:
        return None
    (name, kind), _ = votes.most_common(1)[0]
    return _partner(name, kind)


def _republic(m: re.Match[str]) -> str | None:
    words = m["name"].split()
    lemma = inflect.morph().parse(words[0].lower())[0].normal_form
    if lemma in ("беларусь", "белоруссия"):
        return None
    return "Республика " + inflect.restore(words[0], lemma)


def _partner(name: str, kind: str) -> Partner:
    stem = name.split()[-1 if name.startswith("Республика") else 0].lower()[:-3]
    if kind == "region":
        russian = name.split()[0] not in _OUR_REGIONS
        return Partner(name, "region", "Российская Федерация" if russian else None, (stem,))
    if kind == "republic":
        is_state = inflect.morph().parse(name.split()[-1].lower())[0].normal_form in _territories()
        return Partner(name, "country" if is_state else "region", None if is_state else "Российская Федерация", (stem,))
    return Partner(name, "country", None, (stem,))


def officials(sentences: list[str], partner: Partner | None) -> list[Item]:
    """People named with a position: «губернатором Вологодской области Георгием
    Филимоновым» → Георгий Филимонов, «Губернатор Вологодской области», partner."""
    found: dict[tuple[str, str], Item] = {}
    for n, text in enumerate(sentences):
        for m in PERSON.finditer(text):
            item = _official(text, m, partner)
            if item is None:
                continue
            key = (item.data["person"]["given"], item.data["person"]["surname"])
            if key not in found:
                item.sentence = n
                found[key] = item
    if supports("Official", "role"):
        for item in found.values():
            _role(item, sentences)
    return list(found.values())


_MEETING = re.compile(r"встреч|переговор|принял[аи]?\b|визит|совещани|заседани|участ|посетил|прибыл", re.I)
_SPEECH = re.compile(r"сказал|заявил|отметил|сообщил|написал|подчеркнул|считает|рассказал|привел|привёл", re.I)


def _role(item: Item, sentences: list[str]) -> None:
    """A person who only speaks in the release is `quoted`; one at a meeting, visit or
    session takes part in it (the memo lists participants)."""
    stem = item.data["person"]["surname"][:-2].lower() or item.data["person"]["surname"].lower()
    theirs = [s for s in sentences if stem in s.lower()]
    if not any(_MEETING.search(s) for s in theirs) and any(_SPEECH.search(s) for s in theirs):
        item.data["role"] = "quoted"
        item.doubt("check", "only quoted in the release: not listed among the participants")


def _official(text: str, m: re.Match[str], partner: Partner | None) -> Item | None:
    if not looks_like_person(m["given"], m["surname"]):
        return None
    before = re.split(r"[.;:!?«»\"()]|\s[-–—]\s", text[: m.start("given")])[-1]
    positions = list(_POSITION.finditer(before))
    if not positions:
        return None
    said = before[positions[-1].start() :].strip(" ,")
    if len(said.split()) > 12:
        return None
    position = _complete(nominative_head(said), partner)
    given, surname = person_nominative(m["given"], m["surname"])
    item = Item({"person": {"given": given, "surname": surname}, "position": position[:1].upper() + position[1:]})
    item.data["side"] = _side(position, partner, item)
    return item


_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ских|ский|цкий|ко|ук|юк|ич|ян|дзе|швили|ов[аыуе]|ев[аыуе]|ин[аыуе])\w{0,3}$")


def looks_like_person(given: str, surname: str) -> bool:
    morph = inflect.morph()
    if any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.parse(surname.lower())[:1]):
        return False
    return any("Name" in p.tag for p in morph.parse(given.lower())) or bool(_SURNAME.search(surname))


def _complete(position: str, partner: Partner | None) -> str:
    """«губернатор области» → «губернатор Смоленской области»: a bare «области»,
    «края» or «региона» means the partner's."""
    generic = re.search(r"\s(области|края|региона|республики)$", position)
    word_before = position[: generic.start()].split()[-1] if generic else ""
    if generic and partner is not None and not any(
        p.tag.POS == "ADJF" for p in inflect.morph().parse(word_before.lower())
    ):
        genitive = inflect.inflect_phrase(partner.name, "genitive")
        if genitive:
            return position[: generic.start()] + " " + genitive
    return position


def _side(position: str, partner: Partner | None, item: Item) -> str:
    low = position.lower()
    if "беларус" in low or "белорус" in low:
        return "ours"
    if partner is not None and any(s in low for s in partner.stems):
        return "partner"
    if re.search(r"губернатор|област|кра[яй]|мэр", low) and partner is not None and partner.kind == "region":
        return "partner"
    item.doubt("check", "the side is a guess: the position names no country")
    return "ours"


def companies(sentences: list[str], partner: Partner | None) -> list[Item]:
    """Companies in quotes («ОАО "МТЗ"», «"Белгоспроекта"») or named with their kind
    («Минский тракторный завод»), in the nominative, each once."""
    found: dict[str, Item] = {}
    for n, text in enumerate(sentences):
        for name, form in _company_names(text):
            if name.lower() in found:
                continue
            data: dict = {"name": name}
            if form:
                data["legal_form"] = form
            russian = form in _RUSSIAN_FORMS and partner is not None and partner.country == "Российская Федерация"
            if russian:
                data["side"] = "partner"
            item = Item(data, "check", ["the side is a guess from the legal form"], sentence=n)
            found[name.lower()] = item
    return list(found.values())


def _company_names(text: str) -> list[tuple[str, str | None]]:
    out = []
    for m in _QUOTED.finditer(text):
        if not m["form"] and _NOT_COMPANY.search(text[: m.start()]):
            continue
        name = m["name"].strip()
        if len(name.split()) > 6 or not name[:1].isupper():
            continue
        out.append((_quoted_nominative(name), m["form"]))
    for m in _COMPANY_NOUN.finditer(text):
        name = nominative_phrase(m["name"])
        if name and name[:1].isupper():
            out.append((name, None))
    return out


def _quoted_nominative(name: str) -> str:
    """«Белгоспроекта» in quotes → «Белгоспроект»: a one-word name is put back in the
    nominative when the dictionary reads it as a form of an organisation's name."""
    if " " in name or "-" in name:
        return name
    for p in inflect.morph().parse(name.lower()):
        if p.tag.POS == "NOUN" and p.tag.case != "nomn" and ("Orgn" in p.tag or p.score >= 0.3):
            return inflect.restore(name, p.normal_form)
        break
    return name
