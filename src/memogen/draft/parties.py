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
_REPUBLIC = re.compile(r"\b(?P<head>[Рр]еспублик[аиуео]й?)\s+(?P<name>[А-ЯЁ][а-яё]+(?![-\w])(?:\s+[А-ЯЁ][а-яё]+)?)")
# Russia's cities of federal status are regions of their own: a partner as a region is.
_FEDERAL_CITY = re.compile(r"(?<![\w-])(?P<city>Москв|Санкт-Петербург|Севастопол)\w*")
_FEDERAL_NAMES = {
    "Москв": "город Москва", "Санкт-Петербург": "город Санкт-Петербург", "Севастопол": "город Севастополь"
}
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
    r"фестивал|конкурс|акци|операци|премии|журнал|сайт|издани|"
    r"переда[её]т|сообща\w*|пишет|по\s+данным|по\s+сообщению|ссылкой\s+на|приводит)\w*\s*$",
    re.I,
)
_COMPANY_NOUN = re.compile(
    rf"(?P<name>(?:{_NAME}\s+)(?:[а-яё]+\s+){{0,2}}(?:завод\w*|торгов\w+\s+дом\w*|бирж\w+|комбинат\w*|банк\w*|холдинг\w*))",
)
# «35 автобусов МАЗ», «самосвалы БелАЗ»: a maker's short name after what it makes
_BRAND = re.compile(
    r"\b(?:автобус|троллейбус|трамва|трактор|комбайн|грузовик|автомобил|самосвал|лифт|тягач|погрузчик|"
    r"экскаватор|техник|машин|станк|вагон|шин)\w*\s+(?P<name>[А-ЯЁ]{2,6}\b|[А-ЯЁ][а-яё]+[А-ЯЁ]{1,3}\b)"
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
        for m in _ADJ_REPUBLIC.finditer(text):
            found = _adjective_republic(m)
            if found:
                votes[found] += 3
        for m in _FEDERAL_CITY.finditer(text):
            votes[(_FEDERAL_NAMES[m["city"]], "city")] += 1
        for word in re.findall(r"\b[А-ЯЁ][а-яё]+\b", text):
            lemma = inflect.morph().parse(word.lower())[0].normal_form
            state = _territories().get(lemma)
            if state and lemma not in ("беларусь", "белоруссия"):
                votes[(state, "country")] += 1
    if not votes:
        return None
    for name, kind in list(votes):
        # «Социалистическая Республика Вьетнам» takes the votes of «Вьетнам» it names
        tail = name.split()[-1]
        if kind == "country" and " " in name and tail[:1].isupper() and tail != "Республика":
            votes[(name, kind)] += votes.pop((tail, "country"), 0) + votes.pop((f"Республика {tail}", "republic"), 0)
    (name, kind), _ = votes.most_common(1)[0]
    return _partner(name, kind)


def _republic(m: re.Match[str]) -> str | None:
    """«Республики Узбекистан» → «Республика Узбекистан»; a name after «Республики» that
    is a person's («Республики Асан Токтогулов») is none."""
    words = m["name"].split()
    parse = inflect.morph().parse(words[0].lower())[0]
    lemma = parse.normal_form
    if lemma in ("беларусь", "белоруссия") or {"Name", "Surn", "Patr"} & parse.tag.grammemes:
        return None
    if parse.is_known and "Geox" not in parse.tag and lemma not in _territories():
        return None
    return "Республика " + inflect.restore(words[0], lemma)


# Russia's republics named by an adjective; any other «…ская Республика» is a state.
_RUSSIAN_REPUBLICS = ("чувашск", "удмуртск", "кабардино-балкарск", "карачаево-черкесск", "чеченск", "донецк", "луганск")
_ADJ_REPUBLIC = re.compile(
    r"\b(?P<adj>(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ая|ой|ую)\s+){0,2}"
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ая|ой|ую))\s+"
    r"(?P<noun>Республик(?:а|и|е|у|ой))\b(?P<name>\s+[А-ЯЁ][а-яё]+)?"
)


def _adjective_republic(m: re.Match[str]) -> tuple[str, str] | None:
    """«Кыргызской Республики» → («Кыргызская Республика», country); «Социалистической
    Республики Вьетнам» → («Социалистическая Республика Вьетнам», country)."""
    name = nominative_phrase(f"{m['adj']} {m['noun']}")
    if not name or name.lower().startswith(("белорусск", "беларуск")):
        return None
    tail = m["name"].strip() if m["name"] else ""
    if tail and inflect.morph().parse(tail.lower())[0].normal_form in _territories():
        name = f"{name} {tail}"
    elif tail:
        tail = ""
    russian = name.lower().startswith(_RUSSIAN_REPUBLICS)
    return name, "region_republic" if russian else "country"


def _partner(name: str, kind: str) -> Partner:
    stem = name.split()[-1 if name.startswith("Республика") else 0].lower()[:-3]
    if kind == "region":
        russian = name.split()[0] not in _OUR_REGIONS
        return Partner(name, "region", "Российская Федерация" if russian else None, (stem,))
    if kind == "city":
        return Partner(name, "city", "Российская Федерация", (name.split()[-1].lower()[:5],))
    if kind == "region_republic":
        return Partner(name, "region", "Российская Федерация", (name.lower()[:5],))
    if kind == "country" and " " in name:  # «Кыргызская Республика»: the adjective names it
        return Partner(name, "country", None, (name.lower()[:5],))
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
    said = before[_position_start(before, positions[-1].start()) :].strip(" ,")
    if len(said.split()) > 12:
        return None
    position = _complete(nominative_head(said), partner)
    given, surname = person_nominative(m["given"], m["surname"])
    item = Item({"person": {"given": given, "surname": surname}, "position": position[:1].upper() + position[1:]})
    item.data["side"] = _side(position, partner, item)
    return item


def _position_start(before: str, start: int) -> int:
    """«заместитель Председателя Кабинета Министров …»: the position found last, extended
    back over the position words and genitives that lead to it."""
    words = list(re.finditer(r"[\w-]+", before[:start]))
    for w in reversed(words[-4:]):
        word = w.group()
        if _POSITION.fullmatch(word) or re.fullmatch(r"(?:заместител|замести|перв)\w*", word, re.I):
            start = w.start()
            continue
        if not any(p.tag.case == "gent" for p in inflect.morph().parse(word.lower())[:2]):
            break
    lead = re.search(r"(?:перв\w+\s+)?$", before[:start], re.I)
    return lead.start() if lead and lead.group() else start


_SURNAME = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ских|ский|цкий|ко|ук|юк|ич|ян|дзе|швили)(?:а|у|ым|ой|ом|е|ого|ому|ым|ы|и|ую|ая)?$"
)


def looks_like_person(given: str, surname: str) -> bool:
    """A given name and a surname: the given name is one the dictionary knows as a name
    (or a word it does not know at all), and the surname is no place, organisation,
    given name or ordinary word («Председателя Кабинета», «Беларусь Николай» are none)."""
    morph = inflect.morph()
    first, last = morph.parse(given.lower()), morph.parse(surname.lower())
    # what the dictionary knows counts; its guesses for unknown words («Хуррам») do not
    if any({"Geox", "Orgn"} & p.tag.grammemes for p in first[:1] + last[:1] if p.is_known):
        return False
    if any("Surn" in p.tag for p in last):
        return any("Name" in p.tag for p in first) or not first[0].is_known
    top = last[0]
    if top.is_known and ("Name" in top.tag or "Patr" in top.tag):
        return False
    if any("Name" in p.tag for p in first[:1]) and (not top.is_known or top.tag.POS in ("NOUN", "ADJF", None)):
        return True  # «Александр Богомаз», «Михаила Русого»: after a given name a surname may be a common word
    if top.is_known and top.tag.POS not in ("NOUN", None):
        return False
    return not first[0].is_known and (not last[0].is_known or bool(_SURNAME.search(surname)))


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
    for m in _BRAND.finditer(text):
        out.append((m["name"], None))
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
