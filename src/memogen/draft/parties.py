"""A release's sentences → the partner (region, country, city), the officials with their
positions and sides, and the companies it names. No I/O.

The partner is the place named most often besides Belarus, a region («Вологодской
области») counting over the country it lies in; country names come from CLDR (Babel's
Russian territory names), so any state is recognised, not a list of our own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from memogen import inflect
from memogen.abbreviations import EXPANSIONS, TWO_PART_REGIONS, contracted
from memogen.draft import sides
from memogen.draft.companies import (
    CASED_SHORT,
    LEGAL_WORDS,
    complement,
    kind_before_bracket,
    legal_form_in_words,
    listed_after,
    masculine_stem,
    names_itself,
    nominative_in_quotes,
    place_side,
    plants_named_short,
    plural_kind,
    quoted_speech,
    shared_kind,
    shares_form,
    short_names,
    spelled_out,
    town_after,
    town_of_name,
)
from memogen.draft.model import Item, supports
from memogen.draft.names import (
    CASE_NAMES,
    NAME_RUN,
    PARTICLE,
    TURKIC_PATRONYMIC,
    Name,
    declension_gender,
    gender_cue,
    read_alone,
    read_name,
    same_form,
)
from memogen.draft.phrases import SAID
from memogen.draft.posts import sides_state
from memogen.draft.words import nominative_head, nominative_phrase

OURS = {"беларусь", "белоруссия", "республика беларусь"}
_REGION = re.compile(
    r"\b(?P<adj>(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+(?:ск|цк)(?:ая|ой|ую|ий|ого|ому|им|ом|ие|их))\s+"
    r"(?P<noun>област[ьиюей]\w*|кра[йяюе]м?\b|округ\w*)",
)
# regions sharing their noun: «Костанайской и Гродненской областями», «с Орловской,
# Пензенской и Иркутской областями»
_LISTED_REGION = r"[А-ЯЁ][а-яё]+(?:ск|цк)(?:ой|ую|ая)"
_REGION_PAIR = re.compile(
    rf"\b(?P<all>(?:{_LISTED_REGION},\s+)*{_LISTED_REGION}\s+и\s+{_LISTED_REGION})\s+"
    r"(?P<noun>област(?:ями|ей|ях|ям|и)|края(?:ми|х)|краев|краёв)\b"
)
# a region named by its body's adjective: «Николаевской областной государственной
# администрации», «Курской областной думы», «Алтайского краевого законодательного собрания»
_REGION_BODY = re.compile(
    r"\b(?P<adj>(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+(?:ск|цк)(?:ая|ой|ую|ий|ого|ому|им|ом|ое))\s+"
    r"(?:(?P<level>областн|краев)\w+\s+(?:[а-яё]+(?:ой|ого|ая|ый|ую|ым|ом)\s+){0,2}"
    r"(?i:администраци|дум|собрани|совет|рад[аыеуо]|комитет|правительств)\w*|"
    # a region's body named by its contracted name: «Николаевской облгосадминистрации», «… ОГА», «облдумы»
    r"(?:облгосадминистраци|облдум|облсовет)\w*|ОГА(?![\w-]))"
)
_REPUBLIC = re.compile(r"\b(?P<head>[Рр]еспублик[аиуео]й?)\s+(?P<name>[А-ЯЁ][а-яё]+(?![-\w])(?:\s+[А-ЯЁ][а-яё]+)?)")
# Russia's cities of federal status are regions of their own: a partner as a region is.
_FEDERAL_CITY = re.compile(r"(?<![\w-])(?P<city>Москв|Санкт-Петербург|Севастопол)\w*")
_FEDERAL_NAMES = {
    "Москв": "город Москва", "Санкт-Петербург": "город Санкт-Петербург", "Севастопол": "город Севастополь"
}
_UNION_STATE = re.compile(r"(?<![\w-])Союзн(?:ое|ого|ому|ым|ом)\s+государств")
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# Overlapping: in «Республики Казахстан Касым-Жомарт Токаев» the pair after «Казахстан» is the person.
PERSON = re.compile(rf"(?<![\w-])(?=(?P<given>{_NAME})\s+(?P<surname>{_NAME})(?![\w-]))")
_POSITION = re.compile(
    r"(?:перв\w+\s+)?(?:заместител\w+\s+|вице-)?(?:премьер-министр\w*|министр\w*|губернатор\w*|президент\w*|"
    r"(?<![Вв]о\s)глав(?:[аеуыо]й?|ам|ами|ах)?\b|председател(?!ьств)\w*|посл(?:а|у|ом)\b|командующ\w+|посол\b|вице-премьер\w*|мэр\w*|директор\w*|руководител\w*|"
    r"(?:(?<=\bо\s)|(?<=\bпри\s))после\b|"  # «о после Кубы»; «после переговоров» is the preposition
    r"полпред\w*|спикер\w*|премьер(?:а|у|ом|е)?\b|начальник\w*|замминистр\w*|министерств\w*|губернатор|секретар\w*|"
    r"раис\w*|аким\w*|хоким\w*|консул\w*|представител\w*|вице-губернатор\w*|ректор\w*|координатор\w*|"
    r"(?:управляющ\w+\s+|управ)делами(?:\s+президент\w*)?|член\w*|депутат\w*|сенатор\w*|атташе|советник\w*|"
    r"генеральн\w+\s+директор\w*|посланник\w*|помощник\w*|зампред\w*|замглав\w*|генконсул\w*|"
    r"(?:временн\w+\s+)?поверенн\w+\s+в\s+делах|султан(?:а|у|ом|е)?\b|корол(?:ь|я|ю|ём|е)\b|эмир(?:а|у|ом|е)?\b)",
    re.I,
)
_ABBREVIATED_FORMS = r"ОАО|ЗАО|ООО|ПАО|НАО|АО|ОДО|УП|РУПП|РУП|ЧУП|КУП|ГУП|СООО|ИООО|ЧТУП|СП|ГК|НПО|ПО|ТОО"
# a form may be two («РУП ПО "Беларуськалий"»: a republican unitary enterprise, a production association)
_FORM_PAIR = rf"(?:{_ABBREVIATED_FORMS})(?:\s+(?:{_ABBREVIATED_FORMS}))?"
# a business form in words, in any case: «группы компаний», «холдинга», «концерном»
# «Государственным концерном», «холдинга»: a form's opening adjective is part of it, a place's
# adjective is not («Ульяновский торговый дом "…"»: whose it is)
_FORMS = (
    rf"{_FORM_PAIR}|(?i:(?:(?<![\w-])(?-i:(?![А-ЯЁ][а-яё]+[сц]к[а-яё]+\s)[А-ЯЁ])[а-яё]+(?:ый|ая|ое|ого|ой|ому|ым|ую|ом)\s+)?"
    rf"(?:групп[аеиуыой]{{1,2}}\s+компаний|холдинг\w*|концерн\w*|корпораци\w*|торгов\w+\s+дом\w*|{LEGAL_WORDS}|"
    # «компании «Дизель»», «фирма «Монолиттранс»»: the business form the release names it by
    r"(?<![\w-])(?:компани(?:я|и|ю|ей|ею)|фирм(?:а|ы|е|у|ой|ою))(?=\s+[«\"„])))"
)
_QUOTED = re.compile(rf"(?:(?P<form>{_FORMS})\s+)?[«\"„](?P<name>[^«»\"“”„]{{2,80}})[»\"“”]")
# a name in quotes after a news source's verb is the source, not a company
_NEWS_SOURCE = re.compile(
    rf"(?:переда[её]т|сообща\w*|{SAID}|пиш(?:ет|ут)|рассказыва\w*|информиру\w*|указыва\w*|по\s+данным|по\s+сообщению|ссылкой\s+на|"
    r"приводит(?:\s+(?:его|её|ее|их)\s+слова)?)\s*$",
    re.I,
)
# a name in quotes that writes is a medium's: «ранее "…" писал», «как пишет "…"» (see _NEWS_SOURCE)
_WRITES = re.compile(r"[»\"“”]?\s*(?:писал[аио]?|пишет|пишут)(?![\w-])", re.I)
# The noun a name in quotes stands after says what it names: a company («компании», «холдинга»)
# or something else — a place, an event, a document, a medium, a product's model.
_COMPANY_KINDS = {
    "компания", "корпорация", "холдинг", "агрохолдинг", "концерн", "группа", "предприятие", "завод",
    "фабрика", "комбинат", "фирма", "агрофирма", "банк", "объединение", "общество", "производитель",
    "поставщик", "дистрибьютор", "оператор", "кооператив", "институт", "трест", "партнёр", "инвестор",
}
# Machines a brand in quotes names after their noun («тракторов «Беларус»», «автомобили «Урал»»)
_PRODUCT_KINDS = {
    "трактор", "минитрактор", "мототрактор", "мотоблок", "комбайн", "автобус", "электробус", "троллейбус",
    "трамвай", "автомобиль", "грузовик", "самосвал", "тягач", "погрузчик", "экскаватор", "бульдозер",
}
_OTHER_KINDS = {
    "парк", "технопарк", "город", "посёлок", "село", "деревня", "район", "улица", "проспект", "площадь", "зона",
    "порт", "аэропорт", "станция", "вокзал", "кластер", "санаторий", "гостиница", "отель", "стадион", "музей",
    "театр", "выставка", "форум", "ярмарка", "фестиваль", "конкурс", "акция", "операция", "марафон", "премия",
    "программа", "проект", "соглашение", "меморандум", "газета", "журнал", "телеканал", "агентство", "сайт",
    "портал", "издание", "радио", "марка", "модель", "сорт", "бренд", "слоган", "лозунг", "девиз",
    # a memorial and its inscription: «к мемориальной плите «Ленинград»»
    "плита", "памятник", "монумент", "мемориал", "стела", "обелиск",
    # an event's own name: «семинар «Клуб технологов»»
    "семинар", "конференция", "конгресс", "саммит", "сессия", "церемония", "презентация",
    # a medium's issue, broadcast or post; a contest; a cross-border region
    "номер", "выпуск", "эфир", "передача", "канал", "сообщение", "соревнование", "турнир", "чемпионат",
    "еврорегион", "нацпроект", "госпрограмма", "подпрограмма", "телеграм",  # «телеграм-канал»: a compound's first
}
# a name in Latin letters: «SUMEC Group», «ZOOMLION», «China Merchants»
_LATIN_WORD = r"[A-Z][A-Za-z0-9&'.-]*[A-Za-z0-9]|[A-Z]"
# «Shanghai Electric Co., Ltd»: a legal form after a comma is part of the name
_LATIN = re.compile(
    rf"(?<![\w-])(?:{_LATIN_WORD})(?:\s+(?:{_LATIN_WORD}|[a-z]{{2,3}}))*(?<![\s.])"
    r"(?:\.?,\s*(?:Ltd|LLC|Inc|Limited|Co)\b\.?)?(?![\w-])"
)
_LATIN_BUSINESS = re.compile(
    r"\b(?:Group|Holdings?|Corporation|Corp|Company|Co|Ltd|Limited|Inc|LLC|GmbH|AG|SA|S\.A|Technologies|"
    r"Technology|Industries|International|Motors|Bank|Logistics|Trading|Machinery|Electric)\.?$"
)
_COMPANY_NOUN = re.compile(
    rf"(?P<name>(?:{_NAME}\s+)(?:[а-яё]+\s+){{0,2}}(?:завод\w*|торгов\w+\s+дом\w*|бирж\w+|комбинат\w*|банк\w*|холдинг\w*|"
    r"фабрик\w*|(?<=[а-яё]\s)компани\w*))",
)
# «35 автобусов МАЗ», «самосвалы БелАЗ»: a maker's short name after what it makes
_BRAND = re.compile(
    r"\b(?i:автобус|троллейбус|трамва|трактор|комбайн|грузовик|автомобил|самосвал|лифт|тягач|погрузчик|"
    r"экскаватор|техник|машин|станк|вагон|шин)\w*\s+(?P<name>[А-ЯЁ]{2,6}\b|[А-ЯЁ][а-яё]+[А-ЯЁ]{1,3}\b)"
)
_RUSSIAN_FORMS = {"ПАО", "АО", "НАО"}
# «ОАО МТЗ»: a legal form before a name in capitals, with no quotes
_FORM_ABBREVIATION = re.compile(
    rf"(?<![\w-])(?P<form>{_ABBREVIATED_FORMS})\s+(?P<name>[А-ЯЁ]{{2,}}(?:-[А-ЯЁ\d]+)?)(?![\w-])"
)
# Belarus's own six regions: a region named in a release is Russia's unless it is one of these.
_OUR_REGIONS = {"Минская", "Брестская", "Гомельская", "Гродненская", "Витебская", "Могилевская"}


def our_region(name: str) -> bool:
    """One of Belarus's six regions («Брестская область», «Могилёвской области»): our
    side when a release of its executive committee names it, never the partner."""
    return name.split()[0].replace("ё", "е").replace("Ё", "Е").capitalize() in _OUR_REGIONS


@cache
def _territories() -> dict[str, str]:
    """Lower-case lemma of a state's Russian name → that name («узбекистан» → «Узбекистан»)."""
    return {lemma: name for lemma, (name, _) in _states().items()}


@cache
def _states() -> dict[str, tuple[str, str]]:
    """Lower-case lemma of a state's Russian name → (that name, its ISO 3166 code)."""
    from babel import Locale

    out = {}
    for code, name in Locale("ru").territories.items():
        if code.isalpha() and len(code) == 2 and " " not in name:
            out[inflect.lemma(name)] = (name, code)
    # the short name inside ISO's official one, where CLDR uses another: «Республика
    # Кыргызстан» → «Кыргызстан» (CLDR: «Киргизия»)
    for code, name in _iso_official().items():
        words = name.split()
        if len(words) == 2 and words[0] in _STATE_FORMS and words[1][:1].isupper():
            out.setdefault(inflect.lemma(words[1]), (words[1], code))
    out.setdefault("белоруссия", ("Белоруссия", "BY"))  # the name Russian media give Belarus
    return out


_STATE_FORMS = ("Республика", "Королевство", "Султанат", "Княжество", "Государство")


@cache
def _iso_russian() -> Callable[[str], str]:
    """pycountry's Russian translation of ISO 3166's English names, loaded once."""
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True).gettext


@cache
def _iso_official() -> dict[str, str]:
    """ISO code → the state's official name in Russian (pycountry's translations)."""
    import pycountry

    russian = _iso_russian()
    # a stress mark some translations carry («Респу́блика») is dropped
    return {
        c.alpha_2: _capitalised(russian(getattr(c, "official_name", None) or c.name).replace("\u0301", ""))
        for c in pycountry.countries
    }


def _capitalised(name: str) -> str:
    """A state's official name as Russian writes it: «Республика» is capitalised in it,
    and so is each part of a hyphened adjective («Центрально-африканская республика» →
    «Центрально-Африканская Республика», «Восточная республика Уругвай» → «Восточная
    Республика Уругвай»), as ISO 3166's Russian translation does not always do."""
    words = [re.sub(r"(?<=-)[а-яё]", lambda m: m.group().upper(), w) if w[:1].isupper() else w for w in name.split(" ")]
    return " ".join(w.capitalize() if w.startswith("республик") else w for w in words)


@cache
def _state_codes() -> dict[str, str]:
    """A state's Russian name of several words, as CLDR (Babel) or ISO 3166 (pycountry)
    write it, lower case with «е» for «ё» → its ISO code: «саудовская аравия» → SA,
    «объединенные арабские эмираты» → AE."""
    from babel import Locale

    out = {}
    for code, name in Locale("ru").territories.items():
        if code.isalpha() and len(code) == 2 and " " in name:
            out[inflect.fold(name)] = code
    for code, name in _iso_names().items():
        if " " in name:
            out.setdefault(inflect.fold(name), code)
    return out


@cache
def _iso_names() -> dict[str, str]:
    """ISO code → the state's name in Russian as pycountry's translations give it."""
    import pycountry

    russian = _iso_russian()
    return {c.alpha_2: russian(c.name).replace("\u0301", "") for c in pycountry.countries}


@cache
def official_name(short: str) -> str | None:
    """A state's official Russian name from its short one, as ISO 3166 gives it
    (pycountry's Russian translations): «Турция» → «Турецкая Республика», «Оман» →
    «Султанат Оман», «Россия» → «Российская Федерация», «ОАЭ» → «Объединённые Арабские
    Эмираты». None for no state."""
    found = _states().get(inflect.lemma(short))
    code = found[1] if found else _state_codes().get(inflect.fold(short))
    return _official_of(code) if code else None


def _official_of(code: str) -> str | None:
    return _OWN_NAMES.get(code) or _iso_official().get(code)


def state_code(name: str) -> str | None:
    """The ISO code of the state a name in the nominative names, short or full, in any of
    the spellings the release may use: «Ирак», «Иракская Республика», «Республика Ирак»,
    «Экваториальная Гвинея», «Республика Мьянма»; None for no state. A state's form
    before its short name («Республика Гвинея») names that state; a region does not."""
    key = inflect.fold(name)
    if " " not in name:
        found = _states().get(inflect.lemma(key))
        return found[1] if found else _state_codes().get(key)
    code = _state_codes().get(key) or _official_codes().get(key)
    words = name.split()
    if code is None and len(words) == 2 and words[0] in _STATE_FORMS:
        found = _states().get(inflect.lemma(words[1]))
        code = found[1] if found else None
    return code


@cache
def _official_codes() -> dict[str, str]:
    """A state's official name, ISO 3166's and the one used here (lower case, «е» for
    «ё») → its ISO code."""
    out = {inflect.fold(name): code for code, name in _iso_official().items()}
    out.update({inflect.fold(name): code for code, name in _OWN_NAMES.items()})
    return out


# A state's official name in Russian where ISO 3166's Russian translation words it otherwise:
# as its own constitution and Belarus's documents write it («Республика Кыргызстан»), and
# where the Russian classifier of the states of the world (ОКСМ) and the two foreign
# ministries' lists name it otherwise (ISO: «Иракская Республика», the older «Республика
# Мьянма»)
_OWN_NAMES = {
    "KG": "Кыргызская Республика",
    "AZ": "Азербайджанская Республика",
    "IQ": "Республика Ирак",
    "MM": "Республика Союз Мьянма",
}


@dataclass
class Partner:
    name: str
    kind: str
    country: str | None
    stems: tuple[str, ...]  # how the text may refer to it: «вологодск», «узбекистан»
    note: str = "the place named most often besides Belarus"


# A state's name after the word for its form of state: «Султаната Оман», «Королевства Бельгия».
_STATE_FORM = re.compile(
    r"\b(?P<form>(?:Султанат|Королевств|Княжеств|Государств|Эмират|Содружеств)[а-я]{0,2})\s+(?P<name>[А-ЯЁ][а-яё]+)"
)


def find_partner(sentences: list[str]) -> Partner | None:
    """The place named most often besides Belarus, or None. A state goes by the fullest
    name the release gives it («Республика Казахстан» over «Казахстан»), else by its
    official name («Турция» → «Турецкая Республика»). A state is known in the text by
    its initials too («США», «КНР», «СРВ»), and one whose name is a generic adjective
    before its own («Социалистическая Республика Вьетнам») by that own name alone."""
    partner = _find_partner(sentences)
    if partner is not None and partner.kind == "country":
        partner.stems = _state_stems(partner)
    elif partner is not None and partner.kind == "region" and len(own_initials(partner.name)) > 1:
        partner.stems += (own_initials(partner.name).lower(),)  # «Президент РТ»: Республика Татарстан
    return partner


def _state_stems(partner: Partner) -> tuple[str, ...]:
    """A partner state's stems without a generic adjective's («социа» of «Социалистическая
    Республика Вьетнам» would name «социальный»), with its initials («сша», «срв»)."""
    words = partner.name.split()
    tail = inflect.lemma(words[-1])
    stems = partner.stems
    if len(words) > 2 and tail in _territories():
        stems = tuple(s for s in stems if not words[0].lower().startswith(s)) or stems
    name = partner.name.replace("ё", "е")
    initials = {a for a, full in {**EXPANSIONS, **sides.INITIALS}.items() if full.replace("ё", "е") == name}
    initials.add(own_initials(partner.name))
    return stems + tuple(sorted(a.lower() for a in initials if len(a) > 1 and a.lower() not in stems))


def own_initials(name: str) -> str:
    """The initials of a state's official name of several capitalised words, as releases
    write them («Республика Казахстан» → «РК», «Кыргызская Республика» → «КР»); none for
    a name of one word, and never «РБ», which is Belarus."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    found = "".join(w[0] for w in words) if len(words) > 1 else ""
    return "" if found == "РБ" else found


def _find_partner(sentences: list[str]) -> Partner | None:
    found = _all_votes(sentences)
    if found is None:
        return None
    votes, bodies, merged = found
    # a state before a group at as many votes: a group the partner belongs to is named beside it
    (name, kind), _ = max(votes.items(), key=lambda vote: (vote[1], vote[0][1] != "group"))
    (name, kind), acting = _who_acts((name, kind), votes, sentences)
    if kind == "organisation" and sides.un_family(bodies, name):
        return _organisation("Организация Объединённых Наций", ("оон",))  # several of its bodies: the UN
    if kind == "organisation":
        return _organisation(name, bodies[name][1])
    partner = _partner(name, kind)
    if acting is not None:
        partner.note = acting
    if kind == "foreign_region" or (kind == "region" and not our_region(name)):
        partner.country = sides.region_country(name, sentences, _states_named(votes))
        if partner.country is None:
            partner.note = "a region of no state the release names: write its country"
        elif _of_its_country(votes, (name, kind), sentences, partner.country):
            return _country_of_regions(partner.country)
    if kind == "foreign_city":
        partner.country = sides.city_country(_city_states(votes, sentences))
    if (name, kind) in merged:
        partner.stems += (merged[(name, kind)].lower()[:-2],)
    return _officially_named(partner) if partner.kind == "country" else partner


def _all_votes(sentences: list[str]) -> tuple[Counter[tuple[str, str]], dict, dict[tuple[str, str], str]] | None:
    """Every place's and organisation's votes, a state's names joined into its fullest; the
    organisations named; the full names → the short ones they took the votes of. None when
    the release names no party at all."""
    votes = _votes(sentences)
    where = Counter({(name, "city"): votes.pop((name, kind)) for name, kind in list(votes) if kind == "where"})
    if not votes:  # «представителей РБ и РФ» … «встреча в Москве»: the state, not where its people meet
        votes.update((name, "country") for text in sentences for _, name in sides.state_initials(text))
    votes = votes or where  # «Дни Могилёвской области в Москве»: where, when the release names no other place
    _count_cities(votes, sentences)
    _region_centres(votes, sentences)
    bodies = sides.organisations(sentences)
    votes.update({(name, "organisation"): 2 * count for name, (count, _) in bodies.items()})
    if not votes:  # a release that names no place but by initials («США») or adjectives: «китайских регионов»
        votes.update((name, "country") for text in sentences for _, name in sides.state_initials(text))
        votes.update((state, "country") for text in sentences for state in _state_adjectives(text))
    if not votes:  # «алтайские аграрии», «из края»: a region of Russia named by its adjective alone
        regions = Counter(name for text in sentences for name in _region_adjectives(text))
        plants = {name for text in sentences for name in _plant_regions(text)}  # «Челябинский тракторный завод»
        votes.update({(name, "region"): n for name, n in regions.items() if n >= 2 or name in plants})
    if not votes:  # «поставки в Африку», «африканского континента»: a part of the world alone
        votes.update((name, "group") for text in sentences for name in _world_parts(text))
    if not votes:
        return None
    merged: dict[tuple[str, str], str] = {}  # the full name → the short one it took the votes of
    for name, kind in list(votes):
        tail = name.split()[-1]
        lemma = inflect.lemma(tail)
        if kind in ("country", "republic") and " " in name and tail[:1].isupper() and lemma in _territories():
            # «Социалистическая Республика Вьетнам» takes the votes of «Вьетнам» it names
            short = _territories()[lemma]
            votes[(name, kind)] += votes.pop((short, "country"), 0)
            if kind == "country":
                votes[(name, kind)] += votes.pop((f"Республика {tail}", "republic"), 0)
            merged[(name, kind)] = short
    _merge_official(votes)
    _region_named_again(votes, sentences)
    return votes, bodies, merged


# a part of the world by its own noun or adjective, the states in it being the party: «в Африку»,
# «африканского континента», «Латинской Америки»
_WORLD_PARTS = {"Африки": r"Африк|африканск\w*\s+континент", "Латинской Америки": r"Латинск\w*\s+Америк"}


def _world_parts(text: str) -> list[str]:
    """The parts of the world a sentence names by their noun («в Африку», «Латинской Америки»)
    or as a continent («африканского континента»), as a party: «страны Африки»."""
    return [f"страны {part}" for part, said in _WORLD_PARTS.items()
            for _ in re.finditer(rf"(?<![\w-])(?:{said})", text)]


def _who_acts(top: tuple[str, str], votes: Counter[tuple[str, str]], sentences: list[str]
              ) -> tuple[tuple[str, str], str | None]:
    """The party the release is about when another is named more (`top`), with why: the one
    city or province of a state that acts in it, the state named most (`_acting_unit`); the one
    region of that state it names, whose head or body acts (`_acting_region`); the one state
    that acts in a release naming a group it belongs to, or a province of it, more
    (`_acting_state`). `top` itself, with None, when none does."""
    name, kind = top
    if kind == "country" or (kind == "republic" and inflect.lemma(name.split()[-1]) in _territories()):
        unit = _acting_unit(name, votes, sentences)
        if unit is not None:  # «делегация города Чанчунь» in a release that names China more: the city
            return unit, "the city or province whose delegation, government or head acts in the release"
        region = _acting_region(name, votes, sentences)
        if region is not None:  # «Магаданская областная дума подписала …» in a release naming Russia more
            return region, "the one region of the state named most whose head or body acts in the release"
    if kind in ("group", "foreign_region"):
        state = _acting_state(top, votes, sentences)
        if state is not None:  # «переговоры с Президентом Зимбабве» in a release naming Africa more
            return state, f"the state whose head, envoy, government or delegation acts in the release, not {name}"
    return top, None


# Who acts for a city or a province: its delegation, government, head or administration
# («делегацией города Чанчунь», «Народного правительства провинции Цзянсу», «хокима Ташкента»)
_UNIT_ACTOR = (
    r"(?<![\w-])(?:делегаци|правительств|администраци|мэри|хокимият|акимат|губернатор|вице-губернатор|мэр|хоким|"
    r"аким|глав|руководств|руководител|власт)(?:[а-яё]{0,3})\s+"
)
# Who acts for a state: its envoy, government, head, ministers or delegation («Посол Китая»)
_STATE_ACTOR = (
    r"(?<![\w-])(?:посол|посл|посольств|правительств|президент|премьер|вице-премьер|министр|министерств|делегаци|"
    r"парламент|лидер)[а-яё]{0,4}\s+(?:[А-Яа-яЁё-]+\s+){0,3}?"
)


def _acting_unit(state: str, votes: Counter[tuple[str, str]], sentences: list[str]) -> tuple[str, str] | None:
    """The one foreign city or province a release names as the holder of a delegation, a
    government, a head or an administration («встретилась с делегацией города Чанчунь»,
    «делегацию провинции Цзянсу возглавит губернатор», «на встрече и.о. хокима Ташкента»),
    when the state the release names most («Китайская Народная Республика» as where the city
    lies, «Китай — второй партнёр») is never named, by any of its names, as the holder of
    one itself (no «Посол Китая», «правительство КНР»; an envoy «в Узбекистане» is another
    state's): the release is about that city or province, whose people act in it. None when
    there are several such, or none, or the state acts too."""
    units = {k for k in votes if k[1] in ("foreign_city", "foreign_region") and _acts(k[0], sentences)}
    units |= {(city, "foreign_city") for city in _city_heads(sentences)}
    if len(units) != 1 or _state_acts(state, sentences):
        return None
    return units.pop()


def _state_acts(state: str, sentences: list[str]) -> bool:
    """Whether a state is named, by any of its names, as the holder of an envoy, a government,
    a head, ministers or a delegation («Посол Китая», «правительство КНР», «Президентом
    Зимбабве»); an envoy «в Узбекистане» is another state's."""
    full = official_name(state) or state
    names = {state, full}
    names |= {n for n in set(_territories().values()) if official_name(n) == full}  # «Китай», «КНР» merged away
    stems = tuple(s for n in names for s in _state_stems(_partner(n, "country")))
    # «Посол Беларуси в Узбекистане» is no act of Uzbekistan
    said = rf"{_STATE_ACTOR}(?<!\sв\s)(?<!\sво\s)(?:{'|'.join(re.escape(s) for s in stems)})"
    return any(re.search(said, text, re.I) for text in sentences)


# Who acts for a region: its head, legislature, deputies, government or delegation («председатель
# Законодательного собрания Нижегородской области», «губернатора Магаданской области»)
_REGION_ACTOR = (
    r"(?<![\w-])(?:делегаци|правительств|администраци|губернатор|вице-губернатор|глав|руководств|руководител|"
    r"председател|спикер|дум|собрани|парламент|депутат)[а-яё]{0,4}\s+(?:[А-Яа-яЁё-]+\s+){0,2}?"
)


def _acting_region(state: str, votes: Counter[tuple[str, str]], sentences: list[str]) -> tuple[str, str] | None:
    """The one region of the state the release names most (a region of Russia for Russia), when
    it is the only region of that state the release names and it is named as the holder of a
    head, a legislature, a government or a delegation in the title or the lead's first sentence
    («Магаданская областная дума подписала соглашение», «Председатель
    Законодательного собрания Нижегородской области провёл встречу»): a release about two
    regions' ties that names their states too. None for two regions of the state or more
    («Форум регионов»: the state), or for one that does not act there («Сейчас в Беларуси
    находится делегация Воронежской области», said by the state's envoy further on)."""
    full = official_name(state) or state
    states = _states_named(votes)
    regions = [k for k in votes if k[1] in ("region", "region_republic") and not our_region(k[0])]
    regions = [k for k in regions if full == (
        sides.RUSSIA if k[1] == "region_republic" else sides.region_country(k[0], sentences, states))]
    if len(regions) != 1:
        return None
    name = regions[0][0]
    lead = [text for n, text in enumerate(sentences) if not dateline(text, "".join(sentences[n + 1 : n + 2]))][:2]
    stem = re.escape(name.split()[0][:-3] if not name.startswith("Республика") else name.split()[-1][:-2])
    said = rf"{_REGION_ACTOR}{stem}|{stem}[а-яё]*\s+(?:областн|краев|республиканск)\w*\s+(?:[а-яё]+\s+)?" \
           r"(?:дум|собрани|совет|правительств|администраци)"
    return regions[0] if any(re.search(said, text, re.I) for text in lead) else None


def _acting_state(top: tuple[str, str], votes: Counter[tuple[str, str]], sentences: list[str]
                  ) -> tuple[str, str] | None:
    """The one state the release names that acts in it (`_state_acts`: «после переговоров с
    Президентом Зимбабве», «Посол КНР», «делегации Китайской Народной Республики») when the
    party named most is a group of states («страны Африки») or a province of that state that
    does not act itself («соглашение с провинцией Хубэй было подписано в 1994 году»)."""
    states = [k for k in votes if k[1] == "country" and k[0] not in ("Россия", sides.RUSSIA)]
    acting = [k for k in states if _state_acts(k[0], sentences)]
    if len(acting) != 1:
        return None
    if top[1] == "foreign_region":
        country = sides.region_country(top[0], sentences, _states_named(votes))
        if _acts(top[0], sentences) or (official_name(acting[0][0]) or acting[0][0]) != country:
            return None
    return acting[0]


def _acts(unit: str, sentences: list[str]) -> bool:
    """Whether a city or province («город Чанчунь», «провинция Цзянсу») is named as the
    holder of a delegation, government, head or administration, with its kind or without."""
    kind, _, own = unit.partition(" ")
    stem = own[: max(4, len(own) - 2)]
    said = rf"{_UNIT_ACTOR}(?:[А-Яа-яЁё-]+\s+){{0,2}}?(?:{kind[:5]}[а-яё]*\s+)?{re.escape(stem)}"
    return any(re.search(said, text, re.I) for text in sentences)


def _city_heads(sentences: list[str]) -> set[str]:
    """Foreign cities named by their own name as the holder of a city's government or head
    («хокимиятом города Ташкента», «мэра Астаны»), that no vote found: «город Ташкент»."""
    found = set()
    for text in sentences:
        for m in re.finditer(rf"{_UNIT_ACTOR}(?:город[а-я]*\s+)?(?P<city>[А-ЯЁ][а-яё-]+)", text):
            parse = next((p for p in inflect.parses(m["city"]) if p.tag.POS == "NOUN" and "Geox" in p.tag), None)
            if parse is None or official_name(parse.normal_form.capitalize()) is not None:
                continue
            name = parse.normal_form.capitalize()
            if not inflect.fold(name).lower().startswith(sides.OUR_CITIES) and not sides.russian_region(name):
                found.add(f"город {name}")
    return found


def _officially_named(partner: Partner) -> Partner:
    """A partner state goes by its official name whatever name the release gives it
    («Турция», «Иракская Республика» → «Турецкая Республика», «Республика Ирак»), keeping
    the stems the release's name gave it; a state of no ISO code keeps its own name."""
    said = partner.name
    code = state_code(said)
    full = _official_of(code) if code else None
    if full is None or full.replace("ё", "е") == said.replace("ё", "е"):
        return partner
    named = _partner(full, "country")
    own = said.lower()[:-2] if len(said) > 4 else said.lower()
    named.stems += tuple(s for s in (*partner.stems, *((own,) if " " not in said else ())) if s not in named.stems)
    whose = "the state's own (the Russian classifier's)" if full in _OWN_NAMES.values() else "ISO 3166's"
    named.note = f"the release calls it «{said}»: the official name is {whose}"
    return named


def _city_states(votes: Counter[tuple[str, str]], sentences: list[str]) -> Counter[str]:
    """The states a release about a foreign city names, where the city may lie: by name,
    by initials («КНР») or, when it names none, by adjective («китайские партнёры»)."""
    states = _states_named(votes)
    for text in sentences:
        states.update(name for _, name in sides.state_initials(text))
    if not any(n not in (sides.RUSSIA, sides.BELARUS) for n in states):
        states.update(official_name(s) or s for text in sentences for s in _state_adjectives(text))
    return states


def _count_cities(votes: Counter[tuple[str, str]], sentences: list[str]) -> None:
    """A foreign city found as a party («с городом Циндао») takes a vote for each time the
    release names it alone («совета Циндао»); a city named after a region the release
    names («Новосибирск», «Новосибирская область») is that region's centre: its votes go
    to the region, the party a governor speaks for."""
    for city in [k for k in votes if k[1] == "foreign_city"]:
        count = max(votes[city], 2 * sides.city_mentions(city[0], sentences))
        stem = city[0].removeprefix("город ").lower()[:4]
        regions = [k for k in votes if k[1] in ("region", "foreign_region", "republic", "region_republic")]
        region = next((k for k in regions if re.search(rf"(?<!\w){re.escape(stem)}\w", k[0].lower())), None)
        if region is not None:
            votes[region] += votes.pop(city)
        else:
            votes[city] = count


# a city by its own noun: «Мурманск», «в Ярославле», «Твери» (a place name in pymorphy3's dictionary)
_CITY_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?![\w-])")


def _region_centres(votes: Counter[tuple[str, str]], sentences: list[str]) -> None:
    """A region named in full («Мурманская область») takes a vote for each time the release
    names the city it is named after, its centre («в Карелию и Мурманск», «в Ярославле»): a
    release about a visit to a region names it by its centre as often as in full. A city found
    as a party of its own (`_count_cities`) has given its votes already."""
    stems = {}
    for name, kind in votes:
        adjective = inflect.reading(name.split()[0], "ADJF") if kind == "region" else None
        lemma = adjective.normal_form if adjective else ""
        stem = re.sub(r"(?:ск|цк)(?:ий|ой)$", "", lemma)
        if len(stem) >= 3 and stem != lemma:
            stems[stem] = (name, kind)
    if not stems:
        return
    for text in sentences:
        for m in _CITY_WORD.finditer(text):
            parses = inflect.parses(m.group())
            city = next((p.normal_form for p in parses if p.tag.POS == "NOUN" and "Geox" in p.tag), "")
            # «мурманск» of «мурман(ский)», «ярославль» of «ярослав(ский)», «тверь» of «твер(ской)»
            region = next((k for s, k in stems.items() if city.startswith(s) and len(city) - len(s) <= 3), None)
            if region is not None:
                votes[region] += 1


def _organisation(name: str, abbreviations: tuple[str, ...]) -> Partner:
    """An international organisation as the partner («Евразийский банк развития»), known
    in the text by the abbreviations made of its name («ЕАБР»), else by its first word."""
    stems = tuple(a.lower() for a in abbreviations) or (name.split()[0].lower()[:5],)
    note = "the organisation named most often, more than any place besides Belarus"
    return Partner(name, "organisation", None, stems, note)


def _votes(sentences: list[str]) -> Counter[tuple[str, str]]:
    """Each sentence's votes; a foreign region or city named where one of our regions'
    bodies acts («Глава … областной администрации и председатель Минского облисполкома
    заключили соглашение») counts twice: a region's counterpart is the release's subject.
    A group of states named once is named in passing: one vote. Places with as many
    votes go by the order the release names them: the first is the lead's."""
    votes: Counter[tuple[str, str]] = Counter()
    last: tuple[str, str] | None = None  # the one state the sentence before named
    for n, text in enumerate(sentences):
        if dateline(text, sentences[n + 1] if n + 1 < len(sentences) else ""):
            continue
        own: Counter[tuple[str, str]] = Counter()
        _vote(text, own)
        last = _named_again(text, own, last)
        if any(acts for _, acts in sides.our_mentions(text)):
            own.update({k: n for k, n in own.items() if k[1] in ("region", "foreign_region", "foreign_city")})
        votes.update(own)
    for key in [k for k, n in votes.items() if k[1] == "group" and n == 2]:
        votes[key] = 1  # a group named once («торговля со странами Таможенного союза») is named in passing
    return votes


# A state named again by a demonstrative: «в эту страну», «этого государства»
_THIS_STATE = re.compile(
    r"(?<![\w-])(?:эт|данн)(?:а|ой|у|ою|ого|ому|ом|о)\s+(?:[а-яё]+\s+)?(?:стран|государств)\w*", re.I
)


def _named_again(text: str, own: Counter[tuple[str, str]], last: tuple[str, str] | None) -> tuple[str, str] | None:
    """A state a sentence names again by a demonstrative («Белорусская техника идёт в эту
    страну»: the one state named just before, in it or in the sentence before) takes a
    vote for it; returns the one state this sentence names, for the next."""
    states = [k for k in own if k[1] == "country"]
    for m in _THIS_STATE.finditer(text):
        before: Counter[tuple[str, str]] = Counter()
        _vote(text[: m.start()], before)
        named = [k for k in before if k[1] == "country"] or ([last] if last else [])
        if len(named) == 1:
            own[named[0]] += 1
    return states[0] if len(states) == 1 else (last if not own else None)


_MONTH = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
_DATE = rf"\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
# a city where the news was written, with the date and the agency, alone as a sentence:
# «Москва.» (the date after it), «ЧЕЛЯБИНСК, 11 июля.», «10 ноября, Минск /Корр. БЕЛТА/.»
_DATELINE = re.compile(
    rf"(?P<date>{_DATE}\s*,\s*)?[А-ЯЁ][А-ЯЁа-яё-]+(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+)?"
    rf"(?P<after>\s*[.,]\s*{_DATE})?\s*[.,]?\s*(?P<agency>[/(][^/()]{{1,60}}[/)]\s*\.?)?",
    re.I,
)


def dateline(text: str, after: str = "") -> bool:
    """Whether a sentence is a dateline, the city the news was written in with its date or
    agency («Москва.» before «3 сентября.», «ЧЕЛЯБИНСК, 11 июля.», «10 ноября, Минск /Корр.
    БЕЛТА/.»): that city is no party of the release and casts no vote."""
    m = _DATELINE.fullmatch(text.strip())
    if m is None:
        return False
    dated = re.fullmatch(rf"\s*{_DATE}\s*\.?\s*", after, re.I) is not None  # «Москва.» then «3 сентября.»
    return bool(m["date"] or m["after"] or m["agency"]) or dated


def _several_regions(votes: Counter[tuple[str, str]], top: tuple[str, str]) -> bool:
    """Whether the release names another foreign region about as often as the first
    («провинции Цзянсу и Хунань»), or another of Russia's regions as often («с
    Пензенской и Иркутской областями», where Russia is named too): then it is about
    their country, not one of them. A Russian region named less is one given for
    comparison («для сравнения, с Костромской областью …»)."""
    factor = 2 if top[1] == "foreign_region" else 1
    others = [n for k, n in votes.items() if k != top and k[1] == top[1]]
    # «с Калужской, Самарской и Смоленской областями … от Калининграда до Камчатки»: a few named about as often
    return any(factor * n >= votes[top] for n in others) or sum(2 * n >= votes[top] for n in others) >= 3


def _of_its_country(votes: Counter[tuple[str, str]], top: tuple[str, str], sentences: list[str], country: str) -> bool:
    """Whether a release naming several regions of a state is about that state: a foreign
    state's regions named about as often, or a few of them, when the release names that state too, or
    regions of a state it names paired with several of ours."""
    if _several_regions(votes, top) and (top[1] == "foreign_region" or _states_named(votes)[country]):
        return True
    return _paired_regions(votes, top, sentences) and _states_named(votes)[country] > 0


def _paired_regions(votes: Counter[tuple[str, str]], top: tuple[str, str], sentences: list[str]) -> bool:
    """Whether the release pairs several regions of one state with several of ours («Витебский
    облисполком — с Акмолинской областью, Гомельский — с Павлодарской»): a forum or a round of
    agreements between two states' regions, whose party is the state when the release names it."""
    if not any(k != top and k[1] == top[1] for k in votes):
        return False
    ours = {name for text in sentences for (name, _), _ in sides.our_mentions(text) if name.endswith("область")}
    return len(ours) >= 2  # a district of ours («Лепельский район») is no second region


# A region named again by its noun alone, lower case save at a sentence's start: «Регион торгует»,
# «оборот области»; never after an adjective («Брестской области», «соседнего региона») nor «в области»
# (also «in the field of»)
_REGION_AGAIN = re.compile(r"(?:^\W*|(?<![\w-])(?<![а-яё]ск\w\w\s)(?<![а-яё]ск\w\w\w\s))"
                           r"(?P<noun>(?i:о)бласть|(?i:р)егион|(?i:к)рай|"  # «в область»: where to, the region again
                           r"(?<!\bв\s)(?:(?i:о)бласт(?:и|ью)|(?i:р)егион(?:а|у|ом|е)|(?i:к)ра(?:я|ю|ем|е)))(?![\w-])")


def _region_named_again(votes: Counter[tuple[str, str]], sentences: list[str]) -> None:
    """A foreign region (none of ours named) takes a vote each time the release names it again
    by its noun alone («Губернатор Пензенской области …», then «регион торгует», «оборот
    области», «в область поставлен»), when the noun may name it alone: «регион» the one region
    named, «область» the one «область» beside a republic or a «край»: a place named in full once
    and then as «the region» is the release's subject, more than a state it trades with named
    three times."""
    regions = [k for k in votes if k[1] in ("region", "foreign_region", "region_republic")
               or (k[1] == "republic" and not _state(k[0].split()[-1]))]
    if not regions or any(kind == "region" for text in sentences for (_, kind), _ in sides.our_mentions(text)):
        return
    for text in sentences:
        for m in _REGION_AGAIN.finditer(text):
            noun = m["noun"].lower()
            # «области» names an «область» again, «края» a «край»; «регион» either: the one region it may name
            named = [k for k in regions if noun.startswith("регион") or k[0].lower().split()[-1].startswith(noun[:3])]
            if len(named) == 1:
                votes[named[0]] += 1


def _merge_official(votes: Counter[tuple[str, str]]) -> None:
    """A state's short name gives its votes to its official name when the release uses
    both («Россия» and «Российская Федерация»): they are one party."""
    for name, kind in [k for k in votes if k[1] == "country" and " " not in k[0]]:
        full = official_name(name)
        if full and full != name and (full, "country") in votes:
            votes[(full, "country")] += votes.pop((name, kind))


def _country_of_regions(country: str) -> Partner:
    partner = _partner(country, "country")
    short = next((s for s, (name, _) in _states().items() if official_name(name) == country), None)
    if short:
        partner.stems += (short[:-2] if len(short) > 4 else short,)
    partner.note = "the release names several regions of this state: the state is the partner"
    return partner


def _state_adjectives(text: str) -> list[str]:
    """The states a sentence names by an adjective of the plain kind, «китайский»,
    «вьетнамский», «индийский» (the state's name with «-ский»), Belarus and Russia aside."""
    found = []
    for word in re.findall(r"[А-Яа-яЁё]+ск(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими)\b", text):
        lemma = inflect.lemma(word)
        # китай-ский, инди-йский, росси-йский, мьянма-нский
        for short in (lemma[:-4], lemma[:-5] + "я", lemma[:-4] + "я", lemma[:-5]):
            state = _territories().get(short)
            if state and short not in ("беларусь", "белоруссия", "россия"):
                found.append(state)
                break
    return found


def _region_adjectives(text: str) -> list[str]:
    """The regions of Russia a sentence names by an adjective alone («Алтайские аграрии»,
    «алтайской ржи» → «Алтайский край»): the adjective's nominative with «край» or
    «область», when ISO 3166-2:RU has a region so named."""
    found = []
    for word in re.findall(r"(?<![\w-])[А-Яа-яЁё]+ск(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими)(?![\w-])", text):
        adjective = inflect.reading(word, "ADJF")
        for gender, noun in (("masc", "край"), ("femn", "область")):
            form = adjective.inflect({"nomn", "sing", gender}) if adjective else None
            name = f"{form.word} {noun}" if form else ""
            if form and sides.russian_region_as_named(name):
                found.append(name.capitalize())
    return found


# A plant named for a place: the place's adjective, capitalised, before the plant's kind
_PLANT_NAMED = re.compile(
    r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+ск(?:ий|ая|ое|ого|ому|им|ом|ой|ую))\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:завод|комбинат|фабрик|предприяти|объединени)"
)


def _plant_regions(text: str) -> list[str]:
    """The regions of Russia a sentence names as what a plant is named for («Челябинский
    тракторный завод» → «Челябинская область»): a release about a plant is about its region."""
    return [name for m in _PLANT_NAMED.finditer(text) for name in _region_adjectives(m["adj"])]


def _states_named(votes: Counter[tuple[str, str]]) -> Counter[str]:
    """The states the release names, by their official names, with their votes."""
    out: Counter[str] = Counter()
    for (name, kind), n in votes.items():
        if kind in ("country", "republic") and (kind == "country" or _state(name.split()[-1])):
            out[(official_name(name) or name) if " " not in name else name] += n
    return out


# Before a city named as a party: its authority, or the other side of «с» («торговли … с Москвой»)
_CITY_AS_PARTY = re.compile(
    r"(?<![\w-])(?:губернатор\w*|мэр\w*|правительств\w*|администраци\w*|мэри\w*|с|со)\s+$", re.I
)


def _vote(text: str, votes: Counter[tuple[str, str]]) -> None:
    """One sentence's votes: a region or republic 2, a state named by its adjective 3,
    a city of federal status 1 (2 named as a party: by its authority or after «с»), a
    state's short name or its name with its form 1."""
    _vote_regions(text, votes)
    for m in _REGION_BODY.finditer(text):
        name = _region_of_body(m["adj"], m["level"])
        if name and not our_region(name):
            votes[(name, "region")] += 2
    for m in _REGION_PAIR.finditer(text):  # «между Костанайской и Гродненской областями»
        head = "края" if m["noun"].startswith("кра") else "области"
        for adj in re.findall(_LISTED_REGION, m["all"]):
            name = nominative_phrase(f"{adj} {head}")
            if name and not our_region(name):
                votes[(name, "region")] += 2
    for name, weight in sides.groups(text):
        votes[(name, "group")] += weight
    for m in sides.FOREIGN_REGION.finditer(text):
        name = sides.foreign_region(m, _state)
        if name and not sides.locates(text, m.start()):
            votes[(name, "foreign_region")] += 2
    for name in sides.russian_republics(text):  # «Башкортостана», «в Татарстане», «Якутии»
        votes[(name, _republic_kind(name))] += 2
    for name in sides.regions_by_second_name(text):  # «с Кузбассом»
        votes[(name, "region")] += 2
    for name in sides.colloquial_regions(text):  # «Брянщине»
        votes[(name, "region")] += 2
    for name in _districts(text):  # «Дальневосточного федерального округа», «ДВФО»
        votes[(name, "district")] += 2
    for m in _REPUBLIC.finditer(text):
        name = _republic(m)
        if name and name.lower() not in OURS:
            votes[(name, _republic_kind(name))] += 2
    for m in _ADJ_REPUBLIC.finditer(text):
        found = _adjective_republic(m)
        if found:
            votes[found] += 3
    for _ in _UNION_STATE.finditer(text):  # «Союзное государство» is Belarus's union with Russia
        votes[("Россия", "country")] += 1
    for m in _FEDERAL_CITY.finditer(text):  # «в Москву», «в Москве» says where: a vote of its own kind
        where = re.search(r"(?<![\w-])во?\s+$", text[: m.start()])
        party = _CITY_AS_PARTY.search(text[: m.start()])  # «губернатора Санкт-Петербурга», «с Москвой»: a party
        votes[(_FEDERAL_NAMES[m["city"]], "where" if where else "city")] += 2 if party else 1
    for name in sides.foreign_cities(text, bool(sides.our_mentions(text)) or sides.names_belarus(text), _state):
        if name not in _FEDERAL_NAMES.values():
            votes[(name, "foreign_city")] += 2
    _vote_states(text, votes)
    for name in _multiword_states(text):
        votes[(name, "country")] += 1
    for state in _bilateral_states(text):  # «белорусско-мьянманской рабочей группы»
        votes[(state, "country")] += 1


def _region_of_body(adjective: str, level: str | None) -> str | None:
    """The region whose body an adjective names, in the nominative, whatever the body's case:
    «Магаданская областная дума», «Магаданской областной думы», «Магаданскую областную думу» →
    «Магаданская область»; «Псковское областное Собрание» → «Псковская область»;
    «Краснодарский краевой …» → «Краснодарский край»."""
    noun = ("край", "края") if level == "краев" else ("область", "области")
    adjective_parse = inflect.reading(adjective, "ADJF")
    # the region noun's gender, whatever the body's: «Псковское областное Собрание» → «Псковской области»
    gender = "masc" if level == "краев" else "femn"
    genitive = adjective_parse.inflect({"gent", "sing", gender}) if adjective_parse else None
    said = inflect.restore(adjective, genitive.word) if genitive else adjective
    return nominative_phrase(f"{said} {noun[1]}") or nominative_phrase(f"{adjective} {noun[1]}")


# Russia's federal districts by their adjective and by their initials: «Дальневосточного федерального
# округа», «в ДВФО» → «Дальневосточный федеральный округ»
_DISTRICTS = {
    "Центральный": ("ЦФО",), "Северо-Западный": ("СЗФО",), "Южный": ("ЮФО",), "Северо-Кавказский": ("СКФО",),
    "Приволжский": ("ПФО",), "Уральский": ("УФО",), "Сибирский": ("СФО",), "Дальневосточный": ("ДФО", "ДВФО"),
}
_DISTRICT = re.compile(
    rf"(?<![\w-])(?:(?P<adj>{'|'.join(a[:-2] for a in _DISTRICTS)})[а-яё]{{1,3}}\s+федеральн(?:ый|ого|ому|ым|ом)\s+"
    r"округ(?:а|у|ом|е)?(?![\w-])|"  # one district: «в Сибирь, Дальневосточный и Уральский федеральные округа» are none
    rf"(?P<abbr>{'|'.join(a for all_ in _DISTRICTS.values() for a in all_)})(?![\w-]))"
)


# a city's place in a larger unit: «административный центр …», «столица …»
_WHERE_IN = re.compile(r"(?<![\w-])(?:центр|столиц)\w*\s+$", re.I)


def _districts(text: str) -> list[str]:
    """Russia's federal districts a sentence names, in full or by initials: «Товарооборот
    Дальневосточного федерального округа …», «посольства … в ДВФО» → «Дальневосточный
    федеральный округ», one party with its regions' country."""
    found = []
    for m in _DISTRICT.finditer(text):
        if _WHERE_IN.search(text, 0, m.start()):
            continue  # «административный центр Сибирского федерального округа»: where a city lies
        said = m["adj"] or ""
        found += [f"{a} федеральный округ" for a, initials in _DISTRICTS.items()
                  if (said and a.startswith(said)) or m["abbr"] in initials]
    return found


def _vote_states(text: str, votes: Counter[tuple[str, str]]) -> None:
    """A state named with its form, «Султаната Оман» 1, and a state's short name 1
    («Оман», «ОАЭ»), save the one a form before it has counted already («Республику
    Камбоджу», «Социалистической Республики Вьетнам»): one mention, one party's votes."""
    formed = [m.span("name") for pattern in (_REPUBLIC, _ADJ_REPUBLIC) for m in pattern.finditer(text) if m["name"]]
    for m in _STATE_FORM.finditer(text):
        formed.append(m.span("name"))
        state = _territories().get(inflect.lemma(m["name"]))
        noun = inflect.reading(m["form"], "NOUN")
        form = inflect.restore(m["form"], noun.normal_form) if noun else None
        if state and form and state not in ("Беларусь", "Белоруссия"):
            votes[(f"{form} {state}", "country")] += 1
    for word in _state_words(text):  # «Оман», «ОАЭ», «Шри-Ланки»
        if any(start <= word.start() < end for start, end in formed):
            continue
        lemma = inflect.lemma(word.group())
        state = _territories().get(lemma) or _territories().get(word.group().lower())
        if state and lemma not in ("беларусь", "белоруссия"):
            votes[(state, "country")] += 1


_SHORT_STATE = re.compile(r"\b[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]{1,4})\b")
_HYPHENED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[\w’']+)+")


def _state_words(text: str) -> list[re.Match[str]]:
    """The capitalised words a sentence may name a state by: a hyphened name whole when it is a
    state's («Шри-Ланки», «Гвинея-Бисау», «Коста-Рике»), any other word alone, a part of a
    hyphened pair too («Беларусь-Китай» names China)."""
    whole = [m for m in _HYPHENED.finditer(text) if inflect.lemma(m.group()) in _territories()]
    parts = [m for m in _SHORT_STATE.finditer(text) if not any(w.start() <= m.start() < w.end() for w in whole)]
    return sorted(whole + parts, key=lambda m: m.start())


# an adjective of two states joined, Belarus's first or second: «белорусско-иракской», «узбекско-белорусский»
_BILATERAL = re.compile(
    r"(?<![\w-])(?:белорусско-(?P<second>[а-яё]+ск)(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими)|"
    r"(?P<first>[а-яё]+ск)о-белорусск\w*|(?P<combining>[а-яё]{4,}?)о-белорусск\w*)(?![\w-])",
    re.I,
)


def _bilateral_states(text: str) -> list[str]:
    """The other state of a two states' adjective (a commission, a working group, a forum
    of Belarus and that state: «белорусско-мьянманской», «узбекско-белорусского») by its
    short name; none for an adjective of no state («белорусско-российский» is Russia's)."""
    found = [s for m in _BILATERAL.finditer(text) if not m["combining"]
             for s in _state_adjectives(f"{m['second'] or m['first']}ий")]
    # a state's combining form: «германо-белорусской» (Германия), «франко-»: the state its stem opens
    return found + [s for m in _BILATERAL.finditer(text) if m["combining"]
                    for s in [_combining_state(m["combining"])] if s]


def _combining_state(stem: str) -> str | None:
    """The state whose short name opens with a combining form's stem («герман» → Германия),
    when one state only does."""
    names = {name for short, name in _territories().items() if short.startswith(stem.lower()) and len(stem) >= 4}
    return names.pop() if len(names) == 1 else None


def _vote_regions(text: str, votes: Counter[tuple[str, str]]) -> None:
    """A foreign region 2 votes; a district named with its region («Зерноградским районом
    Ростовской области») its region's 2 and one more, its region none of its own."""
    districts = sides.foreign_districts(text)
    for district, _, _ in districts:
        votes[(district, "region")] += 3
    for m in _REGION.finditer(text):
        if any(start <= m.start() < end for _, start, end in districts):
            continue
        name = nominative_phrase(m.group())
        if name and name.lower() not in OURS and not our_region(name) and not sides.locates(text, m.start()):
            votes[(name, "region")] += 2


_CAPITALISED = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?"
# a name never runs over a line break: the next line's first word («…Иваном Петровым\nНа встрече …») is another's
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_CAPITALISED}(?:[^\S\n]+{_CAPITALISED}){{1,2}}")


def _multiword_states(text: str) -> list[str]:
    """States named in several words, in any case: «Саудовской Аравии» → «Саудовская
    Аравия», «Объединенных Арабских Эмиратов» → «Объединенные Арабские Эмираты»."""
    found = []
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        for k in (3, 2):
            phrase = nominative_phrase(" ".join(words[:k])) if len(words) >= k else None
            if phrase and len(phrase.split()) == k and inflect.fold(phrase) in _state_codes():
                found.append(phrase)
                break
    return found


def _republic_kind(name: str) -> str:
    """A republic of Russia named otherwise than «Республика» and one noun («Республика
    Саха (Якутия)», «Чувашская Республика») is one party however the release calls it."""
    return "region_republic" if sides.republic_stems(name) else "republic"


def _republic(m: re.Match[str]) -> str | None:
    """«Республики Узбекистан» → «Республика Узбекистан», «Республики Саха» → «Республика
    Саха (Якутия)»; a name after «Республики» that is a person's («Республики Асан
    Токтогулов») is none."""
    words = m["name"].split()
    other = sides.republic_named(words[0])
    if other is not None:
        return other
    parse = inflect.parses(words[0])[0]
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
    if tail and inflect.lemma(tail) in _territories():
        name = f"{name} {tail}"
    elif tail:
        tail = ""
    russian = name.lower().startswith(_RUSSIAN_REPUBLICS)
    return name, "region_republic" if russian else "country"


def _partner(name: str, kind: str) -> Partner:
    word = name.split()[-1 if name.startswith("Республика") else 0].lower()
    stem = word[:-3] if len(word) >= 8 else word[:-2] if len(word) >= 5 else word  # «перу», «египе», «вологод»
    if kind == "region":
        russian = not our_region(name)
        if russian:  # «Кемеровская область» → «Кемеровская область — Кузбасс», known as «Кузбасс» too
            return Partner(sides.official_region(name), "region", sides.RUSSIA, (stem, *sides.second_name_stems(name)))
        return Partner(name, "region", None, (stem,))
    if kind == "city":
        return Partner(name, "city", "Российская Федерация", (name.split()[-1].lower()[:5],))
    if kind == "foreign_city":  # «город Цюнхай»: its country is set from the states named
        return Partner(name, "city", None, (sides.city_stem(name),))
    if kind == "group":  # «Содружество Независимых Государств», «страны Латинской Америки»
        return Partner(name, "group", None, tuple(w.lower()[:6] for w in name.split() if w[:1].isupper()))
    if kind == "foreign_region":  # «провинция Ганьсу»: its own name is the stem
        own = name.split()[1].lower()
        return Partner(name, "region", None, (own[:-2] if len(own) >= 6 else own,))
    if kind == "district":  # «Дальневосточный федеральный округ»: by its adjective and its initials
        initials = _DISTRICTS[name.split()[0]]
        return Partner(name, "region", sides.RUSSIA, (stem, *(i.lower() for i in initials)))
    if kind == "region_republic":
        return Partner(name, "region", "Российская Федерация", sides.republic_stems(name) or (name.lower()[:5],))
    if kind == "country" and " " in name and name.split()[0] in _STATE_FORMS:  # «Республика Кыргызстан»: its name
        own = name.split()[-1].lower()
        return Partner(name, "country", None, (own[:-3] if len(own) >= 8 else own[:-2] if len(own) >= 5 else own,))
    if kind == "country" and " " in name:  # «Кыргызская Республика»: the adjective names it
        return Partner(name, "country", None, (name.lower()[:5],))
    if kind == "republic":
        is_state = inflect.lemma(name.split()[-1]) in _territories()
        # «Башкирии», «Татарии»: a republic of Russia known by its colloquial name too
        stems = (stem, *(noun[:-2] for noun in sides.republic_nouns(name)))
        return Partner(name, "country" if is_state else "region", None if is_state else "Российская Федерация", stems)
    return Partner(name, "country", None, (stem,))


def officials(sentences: list[str], partner: Partner | None) -> list[Item]:
    """People named with a position: «губернатором Вологодской области Георгием
    Филимоновым» → Георгий Филимонов, «Губернатор Вологодской области», partner; a name
    the dictionary does not know is put back in the nominative with a note to check. A
    person named nowhere with a post is drafted with the post to fill in (`_unposted`)."""
    found: dict[tuple[str, str], Item] = {}
    unposted: list[tuple[int, int, list[str]]] = []  # people named with no post: (sentence, start, words)
    # the position of the person named last, which «его казахстанский коллега» names again; a
    # sentence that names no one before the colleague («переговоры с белорусским коллегой …» after
    # the guest was named) means the person of the sentence before
    last = ""
    for n, text in enumerate(sentences):
        after = 0  # where the last person of the sentence ended: a position starts after it
        shared: list[str] = []  # a plural post the people after share («президентов А X и Б Y»)
        for start, words in (p for m in NAME_RUN.finditer(text) for p in people_in(m, text)):
            end = start + len(" ".join(words))
            said, shares = _said(text[after:start], text[end:], shared)
            colleague = None if said else _colleague(text[after:start], last)
            said = said or colleague or _our_head(words)
            item = _official(said, words, partner, (text, start, end)) if said else None
            if item is None:
                unposted += [] if said else [(n, start, words)]
                continue
            if colleague:
                item.doubt("check", "called the colleague of the person before: their post, in the state named")
            _country_named_before(item, sentences[max(0, n - 2) : n] + [text[:start]], partner)
            shared, after, last = shares, end, said or last
            item.sentence = n
            key = (item.data["person"]["given"], item.data["person"]["surname"].replace("ё", "е"))
            kept = found.get(key)
            if kept is None or (kept.mark != "sure" and item.mark == "sure") or _post_of_another(kept, item):
                found[key] = item
    found = _nominatives_written(found, sentences)
    for n, start, words in unposted:
        if _found_already(words, found):
            continue  # «встреча Романа Головченко …» after «премьер-министр Роман Головченко»
        item = _unposted(words, (sentences[n], start, start + len(" ".join(words))))
        titled = _posted_by_initial(item, sentences, partner) if item is not None else None
        if titled is not None:
            item = titled  # «… А. Петров» given a post elsewhere
        elif item is not None:
            _unposted_side(item, partner)
            _known_head(item, partner)
        person = item.data["person"] if item is not None else {}
        key = (person.get("given"), person.get("surname", "").replace("ё", "е"))
        if item is not None and key not in found:
            item.sentence, found[key] = n, item
    _heads_by_surname(sentences, found, partner)
    _post_said_apart(found, sentences, partner)
    for item in found.values():
        _bare_diplomat(item, sentences, partner)
        _our_presidents_office(item, sentences, partner)
        _body_named_before(item, sentences, partner)
        _side_by_name_form(item, partner)
        _visitor(item, sentences, partner)
        sides_state(item, partner)
    if supports("Official", "role"):
        for item in found.values():
            _role(item, sentences)
    return list(found.values())


def _post_of_another(kept: Item, new: Item) -> bool:
    """Whether a person found again should replace the first reading: the first read the
    name in another case than its post asks (so the post before it is likely no post of
    theirs: «назначил новым главой ведомства первого замминистра Сергея Алейника») and the
    new one did not."""
    def off(item: Item) -> bool:
        return any(note.startswith("read in the case its first name") for note in item.notes)

    return off(kept) and not off(new)


def _nominatives_written(found: dict[tuple[str, str], Item], sentences: list[str]) -> dict[tuple[str, str], Item]:
    """People whose surname the draft read from an oblique case, with the nominative the
    release writes elsewhere after the same first name instead, when the form read is a
    form of it («Леонидом Зайцем» … «Леонид Заяц подтвердил» → Заяц, not «Зайцем»)."""
    out: dict[tuple[str, str], Item] = {}
    for key, item in found.items():
        person = item.data["person"]
        written = _written_nominative(person["given"], person["surname"], sentences) if item.notes else None
        if written is not None and written.replace("ё", "е") != key[1]:
            item.notes = [note for note in item.notes if f"{person['surname']}»" not in note]  # said of the form read
            person["surname"] = written
            item.doubt("check", f"the surname as the release writes it elsewhere after «{person['given']}»")
            key = (person["given"], written.replace("ё", "е"))
        if key not in out or (out[key].mark != "sure" and item.mark == "sure"):
            out[key] = item
    return out


def _written_nominative(given: str, surname: str, sentences: list[str]) -> str | None:
    """The one surname the release writes right after `given` (in the nominative) of which
    `surname`, as the draft read it, is a form by the dictionary («Зайцем» of «Заяц»); only
    after a first name the dictionary knows and declines, so that it tells the case
    («То Лама» is no nominative)."""
    names = [p for p in inflect.parses(given) if p.is_known and "Name" in p.tag and p.tag.case == "nomn"]
    declined = {(p.inflect({"gent"}) or p).word for p in names}
    if not names or given.lower() in declined:
        return None
    after = re.compile(rf"(?<![\w-]){re.escape(given)}\s+(?P<surname>[А-ЯЁ][а-яё]+)(?![\w-])")
    forms = {p.normal_form for p in inflect.parses(surname)}
    written = {m["surname"] for text in sentences for m in after.finditer(text)} - {surname}
    written = {w for w in written if w.lower() in forms}
    return written.pop() if len(written) == 1 else None


# A post of a country the release names by «страна» alone: «Президент страны», «Премьер-министр этой страны»
_OF_THE_COUNTRY = re.compile(r"\s(?:этой\s+)?страны$")


def _country_named_before(item: Item, before: list[str], partner: Partner | None) -> None:
    """A post of a country named by «страны» alone («с президентом страны Ильхамом
    Алиевым», «Премьер-министр страны Андрей Кобяков»): of the state named last before
    it, in its sentence or the two before («в Азербайджан», «между Татарстаном и
    Белоруссией»), when that is Belarus (ours) or the partner state, or the state a
    partner region lies in; marked check. Any other stays as it is."""
    m = _OF_THE_COUNTRY.search(item.data["position"])
    if m is None:
        return
    named = [w for text in before for w in re.findall(r"(?<![\w-])[А-ЯЁ][а-яё]+(?![\w-])", text)]
    last = next((w for w in reversed(named) if sides.names_belarus(w) or _state(w)), None)
    country = (partner.name if partner.kind == "country" else partner.country) if partner is not None else None
    if last is None:
        return
    state = "Республика Беларусь" if sides.names_belarus(last) else official_name(last)
    side = "ours" if sides.names_belarus(last) else "partner" if state and state == country else None
    genitive = inflect.inflect_phrase(state, "genitive") if side and state else None
    if genitive is None:
        return
    item.data["position"] = f"{item.data['position'][: m.start()]} {genitive}"
    item.notes = [note for note in item.notes if note != _SIDE_GUESS]
    item.data["side"] = side
    item.doubt("check", f"a post of «страны»: the state named last before it, «{last}»")


# Coming to Belarus: «прибыл в Минск», «прилетела в Беларусь с визитом»
_ARRIVES = (
    r"(?:прибы|прилете|приеха)(?:л|ла|ли)\s+(?:в|во)\s+(?:Минск|Беларусь|Белоруссию|Республику\s+Беларусь)(?![\w-])"
)


def _visitor(item: Item, sentences: list[str], partner: Partner | None) -> None:
    """An official whose post names no side, who the release says came to Belarus
    («Сергей Лавров прибыл в Минск с официальным визитом»): a visitor, so the partner's,
    marked check; the side stays a guess otherwise."""
    if _SIDE_GUESS not in item.notes or partner is None or partner.kind in ("group", "organisation"):
        return
    surname = re.escape(item.data["person"]["surname"][:-1])  # «Лавров», «Лавровы»: the stem
    came = re.compile(rf"(?<![\w-]){surname}\w*(?:\s+[а-яё]+){{0,2}}\s+{_ARRIVES}")
    if not any(came.search(text) for text in sentences):
        return
    item.notes = [note for note in item.notes if note != _SIDE_GUESS]
    item.data["side"] = "partner"
    item.doubt("check", "came to Belarus, as the release says: a visitor, the partner's")


def _found_already(words: list[str], found: dict[tuple[str, str], Item]) -> bool:
    """Whether a person named with no post is one found with a post, the name read in any
    case («Романа Головченко» is «Роман Головченко» in the genitive, not a woman's name)."""
    for case in ("nomn", *CASE_NAMES):
        name = read_name(words, [case])
        if name is not None and (name.given, name.surname.replace("ё", "е")) in found:
            return True
    return False


# What an official named with no post holds in the draft, for the analyst to write
NO_POST = "Должность (уточнить)"


# Before a name that is no party: a thing named after a person, a page's credits
_CREDIT = re.compile(
    r"(?<![\w-])(?:имени|фото\w*|автор\w*|текст|видео|корреспондент\w*|источник|редактор\w*|оператор\w*)"
    r"\s*[:—–-]?\s*$",
    re.I,
)


# After a correspondent's name in a dateline: «Москва /Иван Петров — БЕЛТА/», «(Иван Петров, ТАСС)»
_BYLINE = re.compile(r"\s*[—–,-]\s*[А-ЯЁA-Z][А-ЯЁA-Z-]{2,}\s*[/)]")


# A correspondent closing a dateline in brackets, after its date or agency: «(Казань, 25 мая, «Агентство», Иван Петров)»
_BRACKETED_BYLINE = re.compile(r"\((?=[^()]*(?:\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|"
                               r"октябр|ноябр|декабр)|«[^»]+»))[^()]*,\s*$")


def _dateline_byline(text: str, start: int, end: int) -> bool:
    """Whether a name closes a bracketed dateline with a date or an agency before it: the
    page's correspondent, no party of the release."""
    return _BRACKETED_BYLINE.search(text[:start]) is not None and re.match(r"\s*\)", text[end:]) is not None


def _posted_by_initial(item: Item, sentences: list[str], partner: Partner | None) -> Item | None:
    """A person named in full with no post, whom the release names elsewhere by initial and
    surname after a post («премьер-министр Беларуси А. Петров» … «Андрей Петров провёл …»):
    that post's official, read where the post is given."""
    given, surname = item.data["person"]["given"], item.data["person"]["surname"]
    stem = re.escape(surname[: max(4, len(surname) - 2)])
    initial = rf"(?<![\w-]){re.escape(given[0])}\.\s?(?:[А-ЯЁ]\.\s?)?{stem}\w*"
    for text in sentences:
        for m in re.finditer(initial, text):
            said = _position_before(text[: m.start()])
            if said is not None:
                found = _official(_nominative_posts(said), [given, surname], partner, (text, m.start(), m.end()))
                if found is not None:
                    found.doubt("check", f"the post given where the release names «{m.group()}»")
                    return found
    return None


# A head's post the release gives with whose it is and no name after it: «премьер-министра
# Беларуси», «глава белорусского правительства», «губернатору Тверской области»
_POST_ALONE = re.compile(
    r"(?<![\w-])(?:[Пп]ремьер-министр\w*|[Гг]убернатор\w*|[Гг]лав(?:а|ы|е|у|ой))\s+(?:[а-яё]+ск\w+\s+"
    r"правительств[аеуо]\w*|правительств[аеуо]\w*\s+(?:Республики\s+)?[А-ЯЁ][\w-]+|[А-ЯЁ][а-яё]+(?:ой|ого)\s+(?:област|кра)\w*|"
    r"(?:Республики\s+)?[А-ЯЁ][\w-]+(?<!ой)(?<!ого)(?<!ий)(?<!ый))(?![\w-])(?!\s+[А-ЯЁ])"
)

# Another post the release gives with whose it is and no name after it («встретился с послом
# Беларуси»): a second person named with no post may hold it, so no post is given apart
_OTHER_ALONE = re.compile(
    r"(?<![\w-])(?:[Пп]ос(?:ол|л(?:а|у|ом|е))|министр\w*|[Зз]аместител\w*|посланник\w*|консул\w*)\s+"
    r"(?:[а-яё]+\s+){0,3}?(?:Республики\s+)?[А-ЯЁ][\w-]+(?![\w-])(?!\s+[А-ЯЁ])"
)


def _post_said_apart(found: dict[tuple[str, str], Item], sentences: list[str], partner: Partner | None) -> None:
    """The one official named with no post holds the head's post the release gives apart
    from any name, naming whose it is («Петр Зайцев отметил …» … «глава белорусского
    правительства»): when no other official holds it and every such post is one side's.
    A post titled by its own noun («премьер-министр») is preferred to a «глава» of a body."""
    unposted = [key for key, item in found.items() if item.data["position"] == NO_POST]
    if len(unposted) != 1 or any(_OTHER_ALONE.search(text) for text in sentences):
        return
    held = {item.data["position"].lower() for item in found.values()}
    given, surname = unposted[0]
    posts: list[tuple[bool, Item]] = []
    for text in sentences:
        for m in _POST_ALONE.finditer(text):
            item = _official(_nominative_posts(m.group()), [given, surname], partner, (text, m.end(), m.end()))
            if item is not None and item.data["position"].lower() not in held:
                posts.append((m.group().lower().startswith("глав"), item))
    if not posts or len({item.data["side"] for _, item in posts}) != 1:
        return
    item = min(posts, key=lambda post: post[0])[1]
    item.sentence = found[unposted[0]].sentence
    item.doubt("guess", "named with no post: the head's post the release gives apart from any name")
    found[unposted[0]] = item


def _unposted(words: list[str], where: tuple[str, int, int]) -> Item | None:
    """A person the release names with no post («— подчеркнула Лариса Иванова», «при Уго
    Чавесе»), drafted for the analyst to complete or delete: a first name the dictionary
    knows and a surname, read in the case that gives the most evidence, never inside quotes
    (a company's or a street's name). Their side is a guess: the partner's, as our own
    officials are named with their posts."""
    text, start, end = where
    if text[:start].count("«") > text[:start].count("»") or len(words) not in (2, 3):
        return None
    given = [p for p in inflect.parses(words[0]) if p.is_known and "Name" in p.tag]
    if not given or _CREDIT.search(text[:start]) or _BYLINE.match(text[end:]) or _dateline_byline(text, start, end):
        return None  # «парк имени …»: a thing's name; «Фото Ивана Петрова», «/Иван Петров — БЕЛТА/»: the page's
    if _POSITION.fullmatch(words[0]) and re.match(r"\s*(?:област|кра[йяюеё]|район|округ|город)", text[end:], re.I):
        return None  # «Аким Алматинской области»: a post and its region, no person named «Аким»
    name = read_alone(words)  # None for «визит Александра Турчина»: whose nominative?
    if name is None or not looks_like_person(name.given, name.surname):
        return None  # a surname that is a town's name too stays one («Александр Гусев»)
    person: dict = {"given": name.given, "surname": name.surname}
    if name.patronymic:
        person["patronymic"] = name.patronymic
    item = Item({"person": person, "position": NO_POST, "side": "partner"})
    item.doubt("guess", "named with no post in the release: write the post and the side, or delete the official")
    for note in name.notes:
        item.doubt("check", note)
    _cases(item, name, gender_cue(*where, nominative=not name.cases) or declension_gender(name))
    return item


# The states whose officials bear names of the Russian form, as Belarus's do: a person so
# named in a release about them may be of either side
_RUSSIAN_NAMED = frozenset({"RU", "UA", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "MD", "LT", "LV", "EE", "BY"})
# the endings of East Slavic surnames: «Авсянко», «Андрейченко», «Огородников», «Ходосок»
_SLAVIC_SURNAME = re.compile(
    r"(?:[оеё]в|ин|ын|[сц]кий|[сц]кая|[оеё]ва|ина|ына|енко|нко|[ую]к|ич|вич|ник|[оеё]к|ец|ой|ый|ая)$"
)


def _unposted_side(item: Item, partner: Partner | None) -> None:
    """The side of a person named with no post, by the form of the name: one of the Russian
    form (a given name the dictionary knows, an East Slavic surname) in a release about a
    state, or a region or city of a state, whose officials are not so named is ours (our
    ambassador, deputy minister, director named in passing); any other stays the partner's
    guess."""
    if _foreign_named(partner) and _russian_form(item.data["person"]):
        item.data["side"] = "ours"
        item.doubt("guess", "a name of the Russian form in a release about a state whose officials are not: ours")


def _russian_form(person: dict) -> bool:
    """Whether a person's name is of the Russian form: a given name the dictionary knows
    and an East Slavic surname («Сергей Алейник», «Николай Авсянко»)."""
    given = [p for p in inflect.parses(person["given"]) if "Name" in p.tag and p.is_known]
    return bool(given) and bool(_SLAVIC_SURNAME.search(person["surname"].lower()))


def _foreign_named(partner: Partner | None) -> bool:
    """Whether the partner is a state, or a region or city of a state, whose officials are
    not named in the Russian form, as Belarus's are."""
    if partner is None or partner.kind in ("group", "organisation"):
        return False
    code = state_code(partner.name if partner.kind == "country" else partner.country or "")
    return code is not None and code not in _RUSSIAN_NAMED


def _side_by_name_form(item: Item, partner: Partner | None) -> None:
    """An official whose post names no side, in a release about a state whose officials are
    not named in the Russian form: the partner's when the dictionary does not know the given
    name («Премьер-министр Нгуен Тан Зунг», «заместитель министра Дагоберто Родригес»),
    still a guess; any other stays ours, the guess for a post naming no side."""
    if _SIDE_GUESS not in item.notes or not _foreign_named(partner) or _known_given(item.data["person"]):
        return
    item.notes = [note for note in item.notes if note != _SIDE_GUESS]
    item.data["side"] = "partner"
    item.doubt("guess", "the post names no side, and the dictionary knows no such given name: the partner's")


def _known_given(person: dict) -> bool:
    """Whether the dictionary knows a person's given name as a name («Сергей», but also
    «Джон»: a name it does not know, «Нгуен», «Дагоберто», is surely no Belarusian's)."""
    return any("Name" in p.tag and p.is_known for p in inflect.parses(person["given"]))


# An embassy, ambassador or consulate the release names with whose it is («пресс-служба
# Посольства Республики Беларусь», «белорусское посольство», «посла Кубы»)
_MISSION = re.compile(
    r"(?:[А-Яа-яЁё-]+\s+)?(?:посольств|посл(?:а|у|ом)(?![а-яё])|посол(?![а-яё])|консульств|генконсульств)\w*"
    r"(?:\s+[А-ЯЁ][\w-]*){0,3}",
    re.I,
)


def _bare_diplomat(item: Item, sentences: list[str], partner: Partner | None) -> None:
    """A diplomat named with no state («Посол», «Чрезвычайный и Полномочный Посол»): the
    side of the one mission the release names with its state elsewhere («в Посольстве
    Республики Беларусь» → ours), else the side stays the draft's guess, marked so."""
    position = item.data["position"]
    low = position.lower()
    if not _DIPLOMAT.search(low) or _side_named(low, partner) or _names_state(position) or re.search(r"\sво?\s", low):
        return
    named = {_mission_side(m.group(), partner) for text in sentences for m in _MISSION.finditer(text)} - {None}
    item.notes = [note for note in item.notes if note != _SIDE_GUESS]  # said once, below, for a diplomat
    if len(named) == 1:
        item.data["side"] = named.pop()
        whose = "ours" if item.data["side"] == "ours" else "the partner's"
        item.doubt("check", f"a diplomat named with no state: {whose}, as the only mission the release names")
        _embassy_in_full(item, partner)
    else:
        item.doubt("guess", "a diplomat named with no state: whose the draft cannot tell, confirm the side")


def _embassy_in_full(item: Item, partner: Partner | None) -> None:
    """A post in an embassy named by its noun alone («Советник посольства»), the side read:
    the embassy in full, whose and where it is («советник Посольства Российской Федерации
    в Республике Беларусь»; ours in the partner's state)."""
    m = re.fullmatch(r"(?P<post>.+\s)посольства", item.data["position"], re.I)
    state = partner.country if partner is not None and partner.kind in ("region", "city") else None
    state = state or (partner.name if partner is not None and partner.kind == "country" else None)
    if m is None or state is None:
        return
    ours = item.data["side"] == "ours"
    whose = inflect.inflect_phrase("Республика Беларусь" if ours else state, "genitive")
    where = inflect.inflect_phrase(state if ours else "Республика Беларусь", "prepositional")
    if whose and where:
        item.data["position"] = f"{m['post']}Посольства {whose} в {where}"


def _mission_side(mission: str, partner: Partner | None) -> str | None:
    """Whose a mission is, by the state it names: Belarus or the partner (`_side_named`),
    or the state a partner region or city lies in («Посольства России» in a release about
    a Russian region is the partner's), not the one it is held in; None when it names no
    state or a third one."""
    mission = re.split(_HELD, mission, maxsplit=1)[0]  # «Посольства России в Беларуси»: Russia's
    found = _side_named(mission.lower(), partner)
    if found or partner is None or partner.kind not in ("region", "city") or not partner.country:
        return found
    states = {official_name(w) for w in re.findall(r"[А-ЯЁ][а-яё]{2,}", mission) if _state(w)}
    return "partner" if states == {partner.country} else None


# A post in a body named by its noun alone («Руководитель департамента», «начальник управления»)
_BARE_BODY_POST = re.compile(
    r"(?:\w+\s+){1,3}?(?P<body>департамент|управлени|комитет|министерств|ведомств|агентств|служб|отдел)\w*", re.I
)
# whose a body is by the words after it: a region's own government («регионального
# правительства», «областной администрации»)
_REGIONAL_BODY = re.compile(r"(?<![\w-])(?:региональн|областн|краев|губернатор)\w*", re.I)


def _body_named_before(item: Item, sentences: list[str], partner: Partner | None) -> None:
    """A post in a body named by its noun alone, whose side the post does not name
    («Руководитель департамента»): the side of that body where the release named it in
    full before («в департаменте внешних связей регионального правительства» is the
    partner region's), marked check."""
    m = _BARE_BODY_POST.fullmatch(item.data["position"])
    if m is None or _SIDE_GUESS not in item.notes or item.sentence is None:
        return
    noun = m["body"].lower()
    for text in reversed(sentences[: item.sentence + 1]):
        for named in re.finditer(rf"(?<![\w-]){noun}\w*((?:\s+[\w-]+){{1,6}})", text, re.I):
            words = named.group(1)
            side = _side_named(words.lower(), partner)
            regional = partner is not None and partner.kind == "region" and _REGIONAL_BODY.search(words)
            side = side or ("partner" if regional else None)
            if side is not None:
                item.notes = [note for note in item.notes if note != _SIDE_GUESS]
                item.data["side"] = side
                whose = "ours" if side == "ours" else "the partner's"
                item.doubt("check", f"a post in a body named before in full («{noun}…{words}»): {whose}")
                return


# A place's kind before its name: the capitalised word after it names the place, not a person.
_PLACE_NOUN = re.compile(
    r"(?:провинци|штат|префектур|округ|район|уезд|земл|город|кантон|департамент|эмират|губерни)[а-яё]*\s+$|\bг\.\s*$",
    re.I,
)


def people_in(run: re.Match[str], text: str) -> list[tuple[int, list[str]]]:
    """The names in a run of capitalised words, with where each starts: the words after
    a position and the name of the state or body it ends with («Министром Султаната Оман
    Бадром Аль-Бусаиди» → «Бадром», «Аль-Бусаиди»); two to four words each, a particle
    («бин», «аль») not counted."""
    words = list(re.finditer(r"\S+", run.group()))
    found, i = [], 0
    if _names_place_next(text[: run.start()]) and len(words) > 2:
        i = 1  # «провинции Шаньдун Чжоу Найсяном»: the place's name comes first
    elif re.search(r"(?:^|\s)(?:в|во|из|на|под|от|до|к|у)\s+$", text[: run.start()], re.I) and _place(words[0].group()):
        i = 1  # «в Минске Иван Петров»: a place after a preposition
    elif re.search(r"(?:^|[.!?…:;«\"(])\s*$", text[: run.start()]) and _function_word(words[0].group()):
        i = 1  # «По Минску …», «В Китае …»: a sentence's capitalised preposition is no name
    texts = [w.group() for w in words]
    if i == 0 and _unknown_after_post(text[: run.start()], texts):
        return [(run.start(), texts)]  # «президента Болы Тинубу»: «Болы» spells a common word too
    while i < len(words):
        named = _name_like(texts[i]) or _syllable_first(texts, i)
        if _body_before_name(texts, i) and not _title_name(texts, i):
            i += 1  # «Председатель правления Новоблпотребсоюза Станислав Садальский»: the body's name first
            continue
        if not named and _foreign_after_state(texts, i, text[: run.start()]):
            found.append((run.start() + words[i].start(), texts[i:]))  # «Премьер-министром Сербии Аной Брнабич»
            break
        if not named and _title_name(texts, i):
            found.append((run.start() + words[i].start(), texts[i:]))  # «… Пакистана Сардаром Аязом Садиком»
            break
        if not _before_kinship(texts, i) and (_complement_word(texts, i) or not named or _lead_in(texts, i)):
            i += 1
            continue
        j = _name_end(texts, i)
        if j + 1 < len(texts) and _state(texts[j]) and _complement(texts[j]):
            i = j  # «Халк Маслахаты Туркменистана Гурбангулы …»: a body's name, then its state's
            continue
        name = texts[i:j]
        counted = [w for k, w in enumerate(name) if not (_particle(w) and k < len(name) - 1)]
        if len(counted) >= 3 or (len(counted) == 2 and _pair(*counted)):
            found.append((run.start() + words[i].start(), name))
        i = j
    return found


# Posts of a state or place, whose complement is never a body's name: «президента», «послу»
_STATE_POST = re.compile(
    r"(?:вице-)?(?:президент|премьер-министр|премьер|губернатор|министр|мэр|аким|хоким|раис|посл|посол|король|"
    r"корол|султан|эмир)(?:а|у|ом|е|ем|ю|я)?", re.I
)


def _unknown_after_post(before: str, texts: list[str]) -> bool:
    """Two capitalised words right after a post, the second unknown to the dictionary
    and no place: a foreign name, though its first word spells a common one («президента
    Болы Тинубу», «министром Бамой Нгуемой»); a post's complement is a known word or a
    place («министра Энергетики Узбекистана»). Only after a post whose complement is a
    state or place, never a body («директора Завода …», «председателя Правления …»)."""
    last = before.split()[-1:]
    if len(texts) != 2 or not last or not _STATE_POST.fullmatch(last[0]) or _state_kind(texts[0]):
        return False
    return not any(p.is_known for p in inflect.parses(texts[1])) and not _state(texts[1])


def _foreign_after_state(texts: list[str], i: int, before: str = "") -> bool:
    """The last two words of a run after a post and its state («Премьер-министром Сербии
    Аной Брнабич», «министр экономики Сирии Ламия Асси»: the post and its field before the
    run), the second unknown to the dictionary and no place: a foreign name, though its first
    word spells a common one, as after a post alone (`_unknown_after_post`)."""
    if i + 2 != len(texts) or not _state(texts[i - 1]) or i < 1:
        return False
    if i == 1 and _POST_AND_FIELD.search(before):  # the post's field closed by its state: a name after it
        return not any(_state(w) or _place(w) or _POSITION.fullmatch(w) for w in texts[i:])
    if i < 2 or not _STATE_POST.fullmatch(texts[i - 2]):
        return False
    return not any(p.is_known for p in inflect.parses(texts[i + 1])) and not _state(texts[i + 1])


# a state's post and its field in lower case, right before a run of capitalised words: «министр экономики »
_POST_AND_FIELD = re.compile(rf"(?<![\w-]){_STATE_POST.pattern}(?:\s+[а-яё]+){{1,3}}\s+$", re.I)


def _body_before_name(texts: list[str], i: int) -> bool:
    """Whether the run's last three words from `i` are a body's name, then a person's given
    name and surname («правления Новоблпотребсоюза Станислав Садальский»): the middle word a
    first name the dictionary knows, the first none and the last no patronymic. A name never
    puts a first name second but after a surname with a patronymic («Петров Иван Сергеевич»)."""
    if i + 3 != len(texts) or len(texts[i]) < 6 or _given_name(texts[i]) or _known_given_or_middle(texts[i + 2]):
        return False  # «Чан Дай Куанг»: a short syllable opens a name of three
    given = [p for p in inflect.parses(texts[i + 1]) if p.is_known and "Name" in p.tag and p.tag.number == "sing"]
    return bool(given) and looks_like_person(texts[i + 1], texts[i + 2])


def _title_name(texts: list[str], i: int) -> bool:
    """The last three words of a run after a post's state, the first a common noun in the
    same case as the name after it («Пакистана Сардаром Аязом Садиком»: a name's first word
    that spells a common one, «Сардар»), no post, state or place: a three-word name."""
    if i < 1 or i + 3 != len(texts) or not _state(texts[i - 1]) or _POSITION.fullmatch(texts[i]):
        return False
    word, given = texts[i], texts[i + 1]
    cases = {str(p.tag.case) for p in inflect.parses(word) if p.is_known and p.tag.POS == "NOUN"}
    same = cases & _cases_of(given) - {"nomn", "gent"}  # a genitive is a body's name («Совета»)
    return bool(same) and not _place(word) and not _state(word) and _pair(given, texts[i + 2])


def _names_place_next(before: str) -> bool:
    """Whether `before` ends with a place's kind whose name comes next («провинции
    Шаньдун», «китайской провинции Шаньдун»), not one its own adjective named already
    («Зерноградского района Василий Панасенко»: the person comes next)."""
    m = _PLACE_NOUN.search(before)
    if m is None:
        return False
    word = before[: m.start()].split()[-1:]
    return not (word and word[0][:1].isupper() and _adjective(word[0]))


def _name_end(texts: list[str], i: int) -> int:
    """Where the name opening at `texts[i]` ends: up to four words of a name (a particle
    not counted), stopping at a state, at a first name that opens another person in
    another case («… Нарендрой Моди Александр Лукашенко»)."""
    j, counted = i + 1, 1
    while j < len(texts) and counted < 4:
        word = texts[j]
        if _particle(word) and j + 1 < len(texts):
            j += 1
            continue
        if _new_person(texts, i, j):
            break
        if not (
            (_name_like(word) and not _state(word))  # «Карлоса Мендосы»: no place
            or (counted == 1 and looks_like_person(texts[i], word))  # «Александр Богомаз»
            or _syllable(texts, j)  # «Чыонг Тан Шангом»
            or (counted >= 2 and _between_names(texts, j))  # «Луисом Альберто Морено Кастро»
            or (_short_first(texts, i, counted) and j == len(texts) - 1 and _common_surname(word))  # «… Кинги»
            or (len(word) == 1 and j == len(texts) - 1 and _syllable_name(texts[j - 1], []))  # «Ван И»
        ):
            break
        if counted == 3 and (_place(word) or word.isupper()):
            break  # a fourth word is a name's, never a place's
        j, counted = j + 1, counted + 1
    while j > i + 1 and _particle(texts[j - 1]) and texts[j - 1].islower():
        j -= 1
    return j


# Arabic particles of descent written in lower case between names: «Хамад бен Али», «ибн»
_KINSHIP = frozenset({"бен", "бин", "ибн", "бинт"})


def _before_kinship(texts: list[str], i: int) -> bool:
    """A capitalised word right before «бен», «бин», «ибн» in lower case: a given name,
    whatever common word it also spells («Хамада бен Али», «Салема бин Рашида»)."""
    return i + 2 < len(texts) and texts[i + 1] in _KINSHIP and texts[i][:1].isupper()


def _particle(word: str) -> bool:
    """«бин», «ибн», «Аль» standing alone in a name («Фейсалом бин Фарханом Аль Саудом»,
    «ди Фрейтасом»): part of the name, not a word of it to count."""
    return PARTICLE.fullmatch(word) is not None or TURKIC_PATRONYMIC.fullmatch(word) is not None


def _lead_in(texts: list[str], i: int) -> bool:
    """A word the run opens with that leads to a person but is not their name: a position
    («Раиса Татарстана Рустама …»: «раис» before a place), a place before a person
    («Татарстан Олег Коробченко»)."""
    if i + 1 >= len(texts):
        return False
    word, after = texts[i], texts[i + 1]
    if _POSITION.fullmatch(word) and (_place(after) or _state(after) or _complement(after)):
        return True
    # «Республики Корея Чо Тхэ Ёлем»: the state's own name after its kind; after
    # «Китайской Народной Республики» the state is named, and «Ван» is a name
    if _place(word) and i > 0 and _state_kind(texts[i - 1]) and not (i > 1 and _adjective(texts[i - 2])):
        return not _syllable_name(word, inflect.parses(word))
    return _place(word) and i + 2 < len(texts) and looks_like_person(texts[i + 1], texts[i + 2])


_STATE_KINDS = frozenset({
    "республика", "королевство", "султанат", "эмират", "государство", "федерация", "княжество",
    "провинция", "штат", "область", "край", "округ", "префектура", "уезд", "город", "союз",
})


def _state_kind(word: str) -> bool:
    """«Республики», «Королевства»: the kind of a state or place, its name after it."""
    return any(p.normal_form in _STATE_KINDS for p in inflect.parses(word) if p.is_known)


def _new_person(texts: list[str], i: int, j: int) -> bool:
    """A first name the dictionary knows at `j` in the nominative, where the name's first
    word cannot be: the subject of the clause starts there («… Нарендрой Моди Александр
    Лукашенко отметил»), not a middle name in the name's own case."""
    if j + 1 >= len(texts):
        return False
    given = [p for p in inflect.parses(texts[j]) if p.is_known and "Name" in p.tag]
    if not given or any("Fixd" in p.tag for p in given) or not looks_like_person(texts[j], texts[j + 1]):
        return False
    first = _cases_of(texts[i])
    if j == i + 2 and _given_name(texts[i]) and not _known_given_or_middle(texts[i + 1]):
        return "nomn" in {p.tag.case for p in given}  # «губернатора Евгения Куйвашева Алексей Орлов»: two people
    return bool(first) and "nomn" not in first and "nomn" in {p.tag.case for p in given}


# The cases an ending shows on a name the dictionary does not know («Рахулом»: instrumental)
_ENDING_CASES = (("ом", {"ablt"}), ("ем", {"ablt"}), ("ём", {"ablt"}), ("ой", {"ablt", "gent", "datv", "loct"}),
                 ("ей", {"ablt", "gent", "datv", "loct"}))


def _cases_of(word: str) -> set[str]:
    """The cases a name word may stand in: the dictionary's, else its ending's; empty
    when neither tells."""
    known = {str(p.tag.case) for p in inflect.parses(word) if p.is_known and p.tag.case}
    if known:
        return known
    return next((cases for ending, cases in _ENDING_CASES if word.lower().endswith(ending)), set())


def _complement_word(texts: list[str], i: int) -> bool:
    """A word of the position's complement (`_complement`), unless it opens a run of
    syllables of an East Asian name, whatever genitive it also spells («мира Мин Аун
    Хлайн»): a state, a contracted body or an abbreviation («МИД Ли Цян») still is one."""
    word = texts[i]
    if not _complement(word):
        return False
    return not _syllable_first(texts, i) or _state(word) or bool(contracted(word)) or word.isupper()


def _syllable_first(texts: list[str], i: int) -> bool:
    """A short capitalised word before a syllable of a name opens an East Asian name
    («Пак Ро Бёком»), whatever noun it also spells; never a preposition or pronoun."""
    parses = inflect.parses(texts[i])
    return (
        _syllable(texts, i) and i + 1 < len(texts) and _syllable(texts, i + 1)
        and not any(p.tag.POS in ("PREP", "CONJ", "NPRO") for p in parses)
    )


def _syllable(texts: list[str], j: int) -> bool:
    """A capitalised word of two or three letters between two words of a name is a
    syllable of an East Asian name («Нгуен Тан Зунгом», «Ким Мин Су»), whatever common
    word it also spells."""
    return 2 <= len(texts[j]) <= 3 and texts[j][:1].isupper() and j + 1 < len(texts) and _name_like(texts[j + 1])


def _between_names(texts: list[str], j: int) -> bool:
    """A capitalised word the dictionary knows otherwise, between two words of a name that
    has two already: one of its surnames («Морено»), no position, state or place."""
    word = texts[j]
    if j + 1 >= len(texts) or not _name_like(texts[j + 1]) or not word[:1].isupper():
        return False
    top = inflect.parses(word)[0]
    return top.tag.POS not in ("VERB", "INFN", "GRND", "PREP", "CONJ") and not (
        _POSITION.fullmatch(word) or _state(word) or _place(word)
    )


def _short_first(texts: list[str], i: int, counted: int) -> bool:
    """Enough of a name before a last word the dictionary knows as a common one: two
    words, or a one-syllable East Asian name («Ли Бином»)."""
    return counted >= 2 or _syllable_name(texts[i], inflect.parses(texts[i]))


def _common_surname(word: str) -> bool:
    """The last word of a name that the dictionary knows as a common noun («Кинги»): no
    position, state or place."""
    return (
        not _POSITION.fullmatch(word) and not _state(word) and not _place(word)
        and any(p.tag.POS == "NOUN" for p in inflect.parses(word))
    )


def _pair(given: str, surname: str) -> bool:
    """Two words that are a person's name: a given name and a surname, two foreign names,
    or a one-syllable East Asian name and a word the dictionary knows otherwise («Ли Бином»)."""
    return looks_like_person(given, surname) or _foreign_pair(given, surname) or (
        _syllable_name(given, inflect.parses(given)) and _common_surname(surname)
    ) or (len(surname) == 1 and _name_like(given))  # «Ван И»: a one-letter syllable


def _foreign_pair(given: str, surname: str) -> bool:
    """«Хосе Гарсия», «Карлоса Мендосы», «Ван Чжэнпу»: two words that may be names, no
    state (a position must stand before them)."""
    return _name_like(given) and _name_like(surname) and not _state(given) and not _state(surname)


def _state(word: str) -> bool:
    return inflect.lemma(word) in _territories()


def _place(word: str) -> bool:
    """A word the dictionary knows as a place and not as a first name."""
    parses = inflect.parses(word)
    return any(p.is_known and "Geox" in p.tag for p in parses) and not _given_name(word)


def _given_name(word: str) -> bool:
    return any("Name" in p.tag for p in inflect.parses(word))


def _known_given_or_middle(word: str) -> bool:
    """Whether the dictionary knows a word as a first name or a patronymic, not as a guess."""
    return any(p.is_known and ("Name" in p.tag or "Patr" in p.tag) for p in inflect.parses(word))


def _complement(word: str) -> bool:
    """A word of the position's complement, not of a name: a state («Вьетнам») or a
    known word in the genitive that is no first name or surname («Республики»)."""
    parses = inflect.parses(word)
    if _state(word) or contracted(word):  # «Миноблисполкома Семён Шапиро»: a body, then the person
        return True
    if any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return False
    return any(
        p.is_known and p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") and "Fixd" not in p.tag for p in parses
    )


def _name_like(word: str) -> bool:
    """A word that may be part of a personal name: one the dictionary does not know, or
    knows as a name or a place (a Vietnamese «Буй»), never an ordinary word."""
    parses = inflect.parses(word)
    return inflect.has_particle(word) or not parses[0].is_known or _syllable_name(word, parses) or any(
        {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes for p in parses
    )


def _syllable_name(word: str, parses: Sequence) -> bool:
    """A capitalised word of two or three letters the dictionary knows only as an
    indeclinable noun or a function word («Си», «Ли», «Ху», «То», «Во»): a one-syllable
    name («Си Цзиньпин», «То Лам», «Во Ван Тхыонг»), as no common word of that kind is
    capitalised inside a sentence (people_in passes over one opening a sentence)."""
    return len(word) <= 3 and all("Fixd" in p.tag or _function_parse(p) for p in parses)


def _function_parse(parse) -> bool:
    """A reading as a preposition, conjunction, particle, interjection or pronoun («то»,
    «во», «он», «тот»)."""
    return parse.tag.POS in ("PRCL", "CONJ", "INTJ", "PREP", "NPRO") or "Apro" in parse.tag


def _function_word(word: str) -> bool:
    """A word the dictionary reads first as a function word («По», «То», «Во»)."""
    return _function_parse(inflect.parses(word)[0])


_MEETING = re.compile(r"встре[чт]|переговор|принял[аи]?\b|визит|совещани|заседани|участ|посетил|прибыл", re.I)
# one who speaks: a verb of saying, an opinion («считает»), words or data cited («привёл»)
_SPEECH = re.compile(rf"{SAID}|считает|привел|привёл", re.I)


def _role(item: Item, sentences: list[str]) -> None:
    """A person who only speaks in the release is `quoted`; one at a meeting, visit or
    session takes part in it (the memo lists participants)."""
    stem = item.data["person"]["surname"][:-2].lower() or item.data["person"]["surname"].lower()
    theirs = [s for s in sentences if stem in s.lower()]
    if not any(_MEETING.search(s) for s in theirs) and any(_SPEECH.search(s) for s in theirs):
        item.data["role"] = "quoted"
        item.doubt("check", "only quoted in the release: not listed among the participants")


def _official(said: str, words: list[str], partner: Partner | None, where: tuple[str, int, int]) -> Item | None:
    """The person named by `words` holding the position `said` (as the release words it,
    before the name or in apposition after it: «Иваном Петровым, министром …»), where
    the sentence `where[0]` names them (from `where[1]` to `where[2]`)."""
    said = without_gloss(_without_honorific(said))
    ours = _our_head(words)
    name = _our_head_name(words) or read_name(words, _head_cases(said))
    if name is None:
        return None
    if ours and (not _side_named(said.lower(), partner) and not _names_state(said) or _our_head_post(said, partner)):
        said = ours  # «Президент Александр Лукашенко», «заявил Александр Лукашенко»: our head of state
    said = _possessed_post(said, where[0][: where[1]], partner)
    after = _SIDE_AFTER.match(where[0][where[2] :])  # «… Гаргаша со стороны ОАЭ»: closer than one before
    cue = _side_cue(after.group() if after else where[0][: where[1]], partner)
    nominative = _mission_by_adjective(_nominative_posts(_acting_in_full(said)))
    expanded = _expanded(_state_adjective_post(nominative))
    position, completed = _head_of_body_named(expanded, where[0]) or _complete(expanded, partner, cue)
    person: dict = {"given": name.given, "surname": name.surname}
    if name.patronymic:
        person["patronymic"] = name.patronymic
    item = Item({"person": person, "position": position[:1].upper() + position[1:]})
    for note in name.notes:
        item.doubt("check", note)
    _cases(item, name, gender_cue(*where, nominative=not name.cases) or declension_gender(name))
    item.data["side"] = _side(position, partner, item)
    if cue is not None and (_SIDE_GUESS in item.notes or (cue[0] == "third" and cue[1] in position)):
        item.notes = [note for note in item.notes if note != _SIDE_GUESS]
        item.data["side"] = cue[0]
        item.doubt("check", f"the side is read from «{cue[2]}» before the name")
    item.data["position"] = _region_in_full(_without_regions_state(official_states(item.data["position"])), partner)
    if completed:
        item.doubt("check", completed)
    _where_served(item, partner)
    _embassy_branch(item, partner)
    return item


# a post owned by a pronoun, right before it: «делегация Чувашской Республики, которую возглавляет её президент»
_POSSESSIVE = re.compile(r"(?<![\w-])(?:её|ее|его)\s+$", re.I)


def _possessed_post(said: str, before: str, partner: Partner | None) -> str:
    """A bare post owned by «её» or «его» («возглавляет её президент Николай Федоров») is the
    post of the place the pronoun stands for: the partner, when the place its sentence names
    last before the pronoun is the partner («делегация Чувашской Республики, которую …»):
    «президент Чувашской Республики»; else the post as said."""
    at = before.rfind(said)
    m = _POSSESSIVE.search(before[:at]) if at >= 0 else None
    if partner is None or m is None or re.search(r"[А-ЯЁ]", said[1:]):
        return said
    names = re.findall(r"[А-ЯЁ][а-яё-]+", before[: m.start()])[-2:]  # the place named last before the pronoun
    genitive = inflect.inflect_phrase(partner.name, "genitive")
    if genitive is None or not any(sides.partner_named(w, partner.stems) for w in names):
        return said
    noun = next((p for w in partner.name.split() for p in inflect.parses(w)[:1] if p.tag.POS == "NOUN"), None)
    feminine = noun is not None and noun.tag.gender == "femn"
    if feminine != m.group().lower().startswith(("её", "ее")):
        return said  # «его председатель» after «Удмуртской Республике» is the district's, named before it
    return f"{said} {genitive}"


def _region_in_full(position: str, partner: Partner | None) -> str:
    """A post naming the partner region by the first part of its official name, with the
    whole of it: «Губернатор Кемеровской области» → «… Кемеровской области — Кузбасса»."""
    if partner is None or partner.kind != "region" or " — " not in partner.name:
        return position
    short = inflect.inflect_phrase(partner.name.split(" — ")[0], "genitive")
    full = inflect.inflect_phrase(partner.name, "genitive")
    if not short or not full:
        return position
    return re.sub(rf"{re.escape(short)}(?![\w-])(?!\s*[—–-])", full, position)


def _our_presidents_office(item: Item, sentences: list[str], partner: Partner | None) -> None:
    """A post in a president's office naming no state («Управляющий делами Президента»,
    «помощник Президента», «заместитель главы Администрации Президента») is our
    President's when the release names him, with his state or by his name («Президент
    Беларуси», «Александр Лукашенко»), and no other state's President; the partner's
    when the release names the partner's President alone."""
    position = item.data["position"]
    if not re.search(r"\s[Пп]резидента$", position) or item.sentence is None:
        return
    states = {_president_state(m) for text in sentences for m in _PRESIDENT.finditer(text)} - {None}
    named = any(re.search(r"Президент\w*\s+(?:Республики\s+)?Беларус", text) for text in sentences) or any(
        surname in text for text in sentences for _, surname in OUR_HEAD_OF_STATE
    )
    only = next(iter(states)) if len(states) == 1 else None
    if not named and only is not None:
        _partners_presidents_office(item, only, partner)
    if not named or states - {"ours"}:
        return
    item.data["position"] = f"{position[:-len('Президента')]}Президента Республики Беларусь"  # an office's title
    item.notes = [note for note in item.notes if note != _SIDE_GUESS]
    item.data["side"] = "ours"
    item.doubt("check", "a post of a president's office: our President's, whom the release names")


def _partners_presidents_office(item: Item, state: str, partner: Partner | None) -> None:
    """A post in a president's office naming no state («помощник президента») in a release
    naming one President only, the partner's («Президент Татарстана»): the partner's."""
    if partner is None or not sides.partner_named(state, partner.stems):
        return
    genitive = inflect.inflect_phrase(partner.name, "genitive")
    if genitive is None:
        return
    position = item.data["position"]
    item.data["position"] = f"{position[:-len('Президента')]}Президента {genitive}"
    item.notes = [note for note in item.notes if note != _SIDE_GUESS]
    item.data["side"] = "partner"
    item.doubt("check", "a post of a president's office: the partner's President's, the only one the release names")


# A President named with his state after the post: «Президента Казахстана», «Президент Республики Узбекистан»
_PRESIDENT = re.compile(r"(?<![\w-])[Пп]резидент\w*\s+(?P<whose>(?:[А-ЯЁ][\w-]*\s*){1,3})")


def _president_state(m: re.Match[str]) -> str | None:
    """Whose President `m` names: «ours» for Belarus's, the state for another, None for no state."""
    for word in m["whose"].split():
        if word.lower().startswith(("беларус", "белорус")):
            return "ours"
        if _state(word) or sides.russian_republics(word):
            return word
    return None


# «С российской стороны …», «с белорусской — …», «со стороны Китая …»: whose the people after are;
# and a delegation the people after lead or make up, named by its side's adjective or
# genitive: «Мьянманскую делегацию возглавил …», «в составе узбекской делегации …»,
# «делегация Смоленской области во главе с …», «В российскую делегацию входят …»
_LEADS = r"(?:возглав\w*|представля\w*|(?:в\s*)?ход\w*|во\s+главе\s+с)"
# A body a delegation is of, named before its state: «Министерства иностранных дел», «Правительства»
_DELEGATIONS_BODY = (
    r"(?=(?-i:[А-ЯЁ]))(?:министерств|правительств|администраци|парламент|мэри|совет|комитет|палат|собрани|дум|ведомств)\w*"
)
_SIDE_CUE = re.compile(
    r"(?<![\w-])(?:(?:с|со)\s+(?:(?P<adj>[а-яё]+)\s+(?:стороны|[—–-])|стороны\s+(?P<state>[А-ЯЁ][\w-]+))|"
    rf"(?P<team>[а-яё]+ск\w+)\s+делегаци\w*\s+{_LEADS}|(?:в\s+состав[е]?|возглав\w*)\s+(?P<led>[а-яё]+ск\w+)\s+делегаци|"
    rf"делегаци\w*\s+(?P<of>[а-яё]+ск\w+)\s+(?:правительств|парламент)\w*\s+{_LEADS}|"
    rf"делегаци\w*\s+(?P<body>(?:{_DELEGATIONS_BODY}(?:\s+[а-яё]+){{0,3}}?\s+)?)"
    rf"(?P<whose>(?-i:[А-ЯЁ])[\w-]+(?:\s+(?:област|кра|республик|провинци)\w*)?)\s+{_LEADS})",
    re.I,
)


# A side named right after a person: «… Иваном Петровым с белорусской стороны», «… со стороны Китая»
_SIDE_AFTER = re.compile(r"\s*(?:со\s+стороны\s+[А-ЯЁ][\w-]+|с\s+[а-яё]+\s+стороны)(?![\w-])")


def _side_cue(before: str, partner: Partner | None) -> tuple[str, str, str] | None:
    """The side the last «с … стороны» or delegation before a person names, with that
    state's name in the genitive and the cue's words: ours («с белорусской стороны», «с
    нашей —», «белорусскую делегацию возглавил»), the partner's («с российской стороны» for
    Russia or a Russian region, «со стороны Китая», «делегацию Мьянмы возглавил»,
    «делегация Смоленской области во главе с»); None when there is no cue or it names a
    third state."""
    m = next(reversed(list(_SIDE_CUE.finditer(before))), None)
    return _cue_side(m, partner) if m is not None else None


def _cue_side(m: re.Match[str], partner: Partner | None) -> tuple[str, str, str] | None:
    adjective = m["adj"] or m["team"] or m["led"] or m["of"]
    word = (adjective or m["state"] or m["whose"]).lower()
    if word.startswith(("белорус", "беларус", "наш")):
        return "ours", "Республики Беларусь", m.group()
    if m["whose"] and partner is not None and sides.partner_named(m["whose"], partner.stems):
        genitive = inflect.inflect_phrase(partner.name, "genitive")
        return ("partner", genitive, m.group()) if genitive else None
    if m["whose"] and official_name(m["whose"].split()[0]) is None:
        return None  # «делегация Минского облисполкома»: a body, no state
    named = m["state"] or m["whose"]
    states = (["Российская Федерация"] if word.startswith("российск") else _adjective_states(word)) if adjective else [
        official_name(named) or named
    ]
    if partner is None or len(states) != 1:
        return None
    state = official_name(states[0]) or states[0]
    country = partner.country if partner.kind != "country" else partner.name
    genitive = inflect.inflect_phrase(state, "genitive")
    if genitive is None:
        return None
    return ("partner" if state in (partner.name, country) else "third"), genitive, m.group()


# The capitals an ambassador is said to serve in instead of his host state, in the
# prepositional, with that state's official name in the prepositional
_CAPITALS = {
    "Минске": "Республике Беларусь", "Москве": "Российской Федерации", "Пекине": "Китайской Народной Республике",
    "Астане": "Республике Казахстан", "Ташкенте": "Республике Узбекистан", "Баку": "Азербайджанской Республике",
    "Ереване": "Республике Армения", "Бишкеке": "Кыргызской Республике", "Душанбе": "Республике Таджикистан",
    "Ашхабаде": "Туркменистане", "Кишиневе": "Республике Молдова", "Кишинёве": "Республике Молдова",
    "Тбилиси": "Грузии", "Ханое": "Социалистической Республике Вьетнам", "Тегеране": "Исламской Республике Иран",
    "Анкаре": "Турецкой Республике", "Каире": "Арабской Республике Египет", "Гаване": "Республике Куба",
    "Каракасе": "Боливарианской Республике Венесуэла", "Дели": "Республике Индия", "Нью-Дели": "Республике Индия",
}


def _embassy_branch(item: Item, partner: Partner | None) -> None:
    """Our embassy named by a city: in a capital, the embassy in that state («Посольства
    Республики Беларусь в Москве» → «… в Российской Федерации»); in a city that is neither a
    state nor a capital («отделения Посольства Республики Беларусь в Смоленске»), its
    branch there, in the partner's state, which the post names before the city. Marked check."""
    position = item.data["position"]
    m = re.search(r"Посольства\s+Республики\s+Беларусь(?P<city>\s+во?\s+(?P<name>[А-ЯЁ][а-яё-]+))$", position)
    if m is None or _state(m["name"]) or (partner is not None and sides.partner_named(m["name"], partner.stems)):
        return
    if m["name"] in _CAPITALS:
        item.data["position"] = f"{position[: m.start('city')]} в {_CAPITALS[m['name']]}"
        item.doubt("check", f"our embassy «в {m['name']}»: in the state whose capital it is")
        return
    country = partner.name if partner is not None and partner.kind == "country" else (partner and partner.country)
    where = inflect.inflect_phrase(country, "prepositional") if country else None
    if where:
        item.data["position"] = f"{position[: m.start('city')]} в {where}{m['city']}"
        item.doubt("check", f"our embassy named by a city: its branch there, in {where}")


def _where_served(item: Item, partner: Partner | None) -> None:
    """An ambassador named with his state but not where he serves: a foreign one serves in
    Belarus («посол Армении» meets our officials in Minsk), ours in the partner's state
    (in Russia for a Russian region); marked check. One named where he serves but not
    whose he is, by the side that place gives him (`_whose_envoy`)."""
    position, side = item.data["position"], item.data["side"]
    if not re.match(r"(?:Чрезвычайный\s+и\s+Полномочный\s+)?Посол\s", position, re.I):
        return
    capital = re.search(r"\sв\s+(?P<city>[А-ЯЁ][а-яё-]+)$", position)
    if capital and capital["city"] in _CAPITALS:  # «посол Китая в Минске»: the state he serves in
        item.data["position"] = f"{position[: capital.start('city')]}{_CAPITALS[capital['city']]}"
        item.doubt("check", f"an ambassador «в {capital['city']}»: in the state whose capital it is")
        return
    if _whose_envoy(item, partner):
        return
    named = _names_state(position) or _side_named(position.lower(), None) is not None
    named = named or (partner is not None and sides.partner_named(position, partner.stems))  # «Российской Федерации»
    if re.search(r"\s(?:во?|на)\s", position) or not named:
        return
    where: str | None = None
    if side == "partner":
        where = "Республике Беларусь"
    elif side == "ours" and partner is not None and partner.kind == "country":
        where = inflect.inflect_phrase(partner.name, "prepositional")
    elif side == "ours" and partner is not None and partner.country == "Российская Федерация":
        where = "Российской Федерации"
    if where:
        item.data["position"] = f"{position} в {where}"
        item.doubt("check", f"an ambassador named without where he serves: in {where}, as the release's sides say")


def _whose_envoy(item: Item, partner: Partner | None) -> bool:
    """An ambassador named where he serves but not whose he is («Посол в Колумбии»): ours
    when he serves abroad, the partner state's when he serves in Belarus; marked check."""
    position, side = item.data["position"], item.data["side"]
    m = re.match(r"(?:Чрезвычайный\s+и\s+Полномочный\s+)?Посол(?=\s+(?:во?|при)\s)", position, re.I)
    if m is None:
        return False
    whose = "Республики Беларусь" if side == "ours" else None
    if side == "partner" and partner is not None and partner.kind == "country":
        whose = inflect.inflect_phrase(partner.name, "genitive")
    if whose:
        item.data["position"] = f"{position[: m.end()]} {whose}{position[m.end():]}"
        item.doubt("check", f"an ambassador named without his state: {whose}, as the place he serves in says")
    return True


# Belarus's head of state, whom our releases often name by name alone («заявил Александр
# Лукашенко», «Александр Лукашенко посетил Египет»), by (given name, surname) in the nominative.
OUR_HEAD_OF_STATE = {("Александр", "Лукашенко"): "Президент Республики Беларусь"}


# Foreign heads of state our releases name by name alone («встреча Александра Лукашенко и
# Владимира Путина», «во время визита Уго Чавеса»), by (given name, surname): the post they are
# known by
FOREIGN_HEADS_OF_STATE = {
    ("Владимир", "Путин"): "Президент Российской Федерации",
    ("Уго", "Чавес"): "Президент Боливарианской Республики Венесуэла",
    ("Николас", "Мадуро"): "Президент Боливарианской Республики Венесуэла",
    ("Си", "Цзиньпин"): "Председатель Китайской Народной Республики",
    ("Касым-Жомарт", "Токаев"): "Президент Республики Казахстан",
    ("Нурсултан", "Назарбаев"): "Президент Республики Казахстан",
    ("Шавкат", "Мирзиеев"): "Президент Республики Узбекистан",
    ("Ильхам", "Алиев"): "Президент Азербайджанской Республики",
    ("Реджеп Тайип", "Эрдоган"): "Президент Турецкой Республики",
    ("Эмомали", "Рахмон"): "Президент Республики Таджикистан",
    ("Садыр", "Жапаров"): "Президент Кыргызской Республики",
    ("Владимир", "Зеленский"): "Президент Украины",
    ("Пётр", "Порошенко"): "Президент Украины",
    ("Гурбангулы", "Бердымухамедов"): "Президент Туркменистана",
    ("Эммерсон", "Мнангагва"): "Президент Республики Зимбабве",
}
# A head of state named by surname alone after the post («президенты Лукашенко и Эрдоган»,
# «президента Путина»): the surname, in any case, of one of `FOREIGN_HEADS_OF_STATE`
_PRESIDENT_SURNAME = re.compile(
    r"(?<![\w-])[Пп]резидент\w*\s+(?P<first>[А-ЯЁ][а-яё]+)(?:\s+и\s+(?P<second>[А-ЯЁ][а-яё]+))?(?![\w-])"
)


# a head named by initials before his surname: «Президент А.Г. Лукашенко», «В. Путин»
_INITIALS_SURNAME = re.compile(r"(?<![\w-])[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?(?P<first>[А-ЯЁ][а-яё]+)(?![\w-])")
# a foreign head named in full, a given name the dictionary may not know: «Гурбангулы Бердымухамедов»
_FULL_HEAD = re.compile(
    r"(?<![\w-])(?:" + "|".join(rf"{re.escape(g[:-1])}\w{{0,3}}" for g, _ in FOREIGN_HEADS_OF_STATE)
    + r")\s+(?P<first>[А-ЯЁ][а-яё]+)(?![\w-])"
)
_TITLE_WORD = re.compile(r"(?<![\w-])(?P<first>[А-ЯЁ][а-яё]+)(?![\w-])")


def _heads_by_surname(sentences: list[str], found: dict[tuple[str, str], Item], partner: Partner | None) -> None:
    """A head of state, ours or a foreign one, the release names by surname alone, never in
    full: after «президент» («президенты Лукашенко и Эрдоган договорились …»), after his
    initials («Президент А.Г. Лукашенко примет …») or anywhere in the title («Зеленский приедет
    в Гродно …»), a head the curators list as the release's official wherever he is named.
    Drafted by his full name and post as `OUR_HEAD_OF_STATE` and `FOREIGN_HEADS_OF_STATE` know
    them, marked to check."""
    surnames = {inflect.fold(s) for _, s in found}
    for n, text in enumerate(sentences):
        patterns = (_PRESIDENT_SURNAME, _INITIALS_SURNAME, _FULL_HEAD, *((_TITLE_WORD,) if n == 0 else ()))
        for word in (w for p in patterns for m in p.finditer(text) for w in m.groupdict().values() if w):
            said = inflect.fold(word)
            head = next(((g, s) for g, s in (*FOREIGN_HEADS_OF_STATE, *OUR_HEAD_OF_STATE)
                         if said.startswith(inflect.fold(s)) and len(said) - len(s) <= 2), None)
            if head is None or inflect.fold(head[1]) in surnames:
                continue
            item = Item({"person": {"given": head[0], "surname": head[1]}, "position": NO_POST, "side": "partner"})
            if head in OUR_HEAD_OF_STATE:
                item.data.update(position=OUR_HEAD_OF_STATE[head], side="ours")
            _known_head(item, partner)
            item.doubt("check", f"named «{word}» without his post: the head of state's full name and post")
            item.sentence, found[head] = n, item
            surnames.add(inflect.fold(head[1]))


def _known_head(item: Item, partner: Partner | None) -> None:
    """A foreign head of state named with no post: the post he is known by, and the side
    the state it names gives (the partner's, or a third state's); marked to check."""
    person = item.data["person"]
    post = FOREIGN_HEADS_OF_STATE.get((person["given"], person["surname"].replace("ё", "е")))
    if post is None:
        return
    item.notes = [note for note in item.notes if not note.startswith(("named with no post", "a name of the Russian"))]
    item.data["position"] = post
    item.data["side"] = "third" if _third_state(post, partner) else "partner"
    item.mark = "check"  # no guess left: the post is known, the name's reading may be to check
    item.doubt("check", "named with no post: a head of state, by the post he is known by")


# A head of state's post naming his state by an adjective or a pronoun: «Глава белорусского
# государства», «Президент нашей страны», «глава государства»
_HEAD_OF_STATE = re.compile(
    r"(?:[Пп]резидент|[Гг]лав)\w*\s+(?:(?:[а-яё]+\s+)?(?:государств|стран)\w*|[А-ЯЁ]\w+(?:\s+[А-ЯЁ]\w+)?)"
)


def _our_head_post(said: str, partner: Partner | None) -> bool:
    """Whether `said`, given to our head of state, is the post of a head of state that names
    no other state («Глава белорусского государства», «Президент Белоруссии»)."""
    return bool(_HEAD_OF_STATE.fullmatch(said)) and _side_named(said.lower(), partner) in (None, "ours")


def _our_head(words: list[str]) -> str | None:
    """The post of our head of state when `words` name him, in whatever case; else None."""
    name = _our_head_name(words)
    return OUR_HEAD_OF_STATE[name.given, name.surname] if name is not None else None


def _our_head_name(words: list[str]) -> Name | None:
    """Our head of state's name read in the case that gives it («Александра Лукашенко» is
    his genitive, not a woman's «Александра»); None when `words` are no such name."""
    if len(words) not in (2, 3) or words[-1] not in {surname for _, surname in OUR_HEAD_OF_STATE}:
        return None  # «Александра Григорьевича Лукашенко»: with his patronymic too
    for case in ("nomn", *CASE_NAMES):
        name = read_name(words, [case], own_case=False)
        if name is not None and (name.given, name.surname) in OUR_HEAD_OF_STATE:
            return name
    return None


def _said(before: str, after: str, shared: list[str]) -> tuple[str | None, list[str]]:
    """The position of a person between the text `before` and `after` them, and the
    plural post the people after them share: its words, then the complements left to give
    out one each, in the order named («премьер-министры Беларуси и Узбекистана Роман
    Головченко и Абдулла Арипов»: «Беларуси» is Головченко's, «Узбекистана» Арипов's)."""
    said = _position_before(before) or _position_after(after) or _predicate_post(before, after)
    if said is not None:
        plural = _plural_post(said)
        said = _one_body(_EACH_STATE.sub("", said)) if plural else said  # «министры … двух стран»: each his state's
        if len(plural) > 2:
            return f"{plural[0]} {plural[1]}", [plural[0], *plural[2:]]
        return said, plural[:1]
    m = re.fullmatch(r"\s*и\s+(?P<own>[А-ЯЁ][^,;:.!?()«»]*?)?\s*", before)
    if not shared or m is None or (m["own"] and any(_verb(w) for w in m["own"].split())):
        return None, []
    if m["own"]:  # «… Украины Владимира Зеленского и Беларуси Александра Лукашенко»
        return f"{shared[0]} {m['own']}", shared
    return " ".join(shared[:2]), shared[:1] + shared[2:]


# A verb that makes a post in the instrumental the predicate of its holder: «Послом … останется
# Иван Петров», «Иван Петров назначен послом …», «Генеральным директором стал …»
_COPULA = (
    r"(?:стал[аи]?|станет|станут|остал(?:ся|ась|ись)|останется|оста[её]тся|назначен[аы]?|избран[аы]?|"
    r"утвержд[её]н[аы]?|является|являлся|являлась|работает|работал[аи]?)"
)
_PREDICATE_BEFORE = re.compile(rf"(?<![\w-]){_COPULA}\s+$", re.I)
_PREDICATE_AFTER = re.compile(
    rf"\s+(?:был[аи]?\s+|ранее\s+)?{_COPULA}\s+(?P<said>[^,;:.!?()«»\"–—]+?)\s*(?:[,;:.!?()–—]|$)", re.I
)


# A post a person holds, named after the verb: «занимает (также) пост заместителя …», «занимает должность министра …»
_HOLDS_POST = re.compile(
    r"\s+(?:также\s+)?занима(?:ет|ют)\s+(?:также\s+)?(?:пост|должность)\s+(?P<said>[^,;:.!?()«»\"–—]+?)\s*(?:[,;:.!?()–—]|$)",
    re.I,
)
_DEPUTY = re.compile(r"(?:перв\w+\s+)?заместител\w+\s+\S", re.I)


def _predicate_post(before: str, after: str) -> str | None:
    """A post in the instrumental that a verb makes the predicate of the person named in
    the nominative, before or after it («Послом в Колумбии останется Иван Петров», «Иван
    Петров назначен Послом Беларуси в Колумбии»), or the post after «занимает пост» in the
    genitive, put in the nominative; None for another."""
    m = _PREDICATE_BEFORE.search(before)
    said = _position_before(before[: m.start()]) if m else None
    held = _HOLDS_POST.match(after)  # «… аль-Нахайян занимает также пост заместителя …»: the post in the genitive
    if said is None and held and (any(at == 0 for at, _ in named_posts(held["said"])) or _DEPUTY.match(held["said"])):
        return _nominative_posts(held["said"])
    if said is None:
        after_m = _PREDICATE_AFTER.match(after)
        said = after_m["said"] if after_m else None
        if said is None or not any(at == 0 for at, _ in named_posts(said)) or _not_a_position(said):
            return None
    if "ablt" not in _head_cases(said):
        return None
    return _nominative_posts(said)


_COLLEAGUE = re.compile(r"(?:(?:его|её|ее|их|сво\w+)\s+)?(?P<adj>[а-яё]+ск\w+)\s+(?P<noun>коллег\w*)\s*$", re.I)


def _colleague(before: str, last: str) -> str | None:
    """The post of the person before held in another state, for a person the release calls
    their colleague by that state's adjective: after «глава МИД Беларуси …», «и его
    казахстанский коллега» is «глава МИД Казахстана», in the case «коллега» stands in."""
    m = _COLLEAGUE.search(before)
    ours = m is not None and m["adj"].lower().startswith(("белорус", "беларус"))
    states = (["Беларусь"] if ours else _adjective_states(m["adj"])) if m and last else []
    words = last.split()
    state = next((w for w in re.finditer(r"[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,}", last)
                  if _state(w.group()) or _state_initials(w.group())), None)
    if m is None or len(states) != 1 or state is None:
        return None
    case = next((p.tag.case for p in inflect.parses(m["noun"])
                 if p.tag.POS == "NOUN" and p.tag.number == "sing"), None)
    head = inflect.reading(words[0], "NOUN")
    form = head.inflect({case}) if head is not None and case else None
    named = inflect.inflect_phrase(official_name(states[0]) or states[0], "genitive")
    if (form is None and case != "nomn") or named is None:
        return None
    start = state.start()
    kind = re.search(r"([А-ЯЁ][а-яё]+)\s+$", last[:start])
    if kind and _state_kind(kind.group(1)):
        start = kind.start(1)  # «Республики Беларусь»: the state's kind goes with it
    said = f"{last[:start]}{named}{last[state.end():]}"
    if form is None:  # «Первый заместитель … и его белорусский коллега»: the post as it stands
        return said
    return inflect.restore(words[0], form.word) + said[len(words[0]) :]


def _adjective_states(adjective: str) -> list[str]:
    """The state an adjective names, as a list of one or none (`state_of_adjective`)."""
    state = state_of_adjective(adjective)
    return [state] if state else []


def _plural_post(said: str) -> list[str]:
    """A position whose post is plural, split: its post, then each complement joined by
    «и» («премьер-министры Беларуси и Узбекистана» → the post, «Беларуси», «Узбекистана»);
    empty for a singular post."""
    heads = named_posts(said)
    if not heads:
        return []
    start, m = heads[0]
    parses = inflect.parses(m.group().split()[0])
    if not any(p.tag.number == "plur" and p.tag.POS == "NOUN" for p in parses):
        return []
    tail = said[m.end() :]
    at = next((w.start() for w in re.finditer(r"[А-ЯЁ]\S*", tail)), len(tail))
    post = _one_body(_EACH_STATE.sub("", said[start : m.end() + at]).strip())
    return [post, *filter(None, re.split(r"\s+и\s+", tail[at:].strip()))]


# Words saying each holds a shared post for his own state: «министры … двух стран», «обеих сторон»
_EACH_STATE = re.compile(r"\s+(?:двух|обеих|обоих)\s+(?:стран|государств|сторон)(?![\w-])", re.I)
# Bodies a shared post names in the plural, one each: «глав государств», «глав правительств»
_BODIES = frozenset({"государство", "правительство", "министерство", "ведомство", "парламент", "администрация",
                     "палата"})


def _one_body(post: str) -> str:
    """A plural post's body in the singular, as each person holds it, with the adjectives
    before it: «главы правительств» → «главы правительства», «спикеры верхних палат
    парламентов» → «… верхней палаты парламента»."""
    out: list[str] = []
    for word in post.split():
        parse = next((p for p in inflect.parses(word)
                      if p.tag.POS == "NOUN" and p.normal_form in _BODIES and p.tag.number == "plur"), None)
        form = parse.inflect({"gent", "sing"}) if parse is not None and parse.tag.case == "gent" else None
        k = len(out)
        while form is not None and k and (adjective := _plural_genitive_adjective(out[k - 1])) is not None:
            agreed = adjective.inflect({"gent", "sing", form.tag.gender or "masc"})
            out[k - 1] = inflect.restore(out[k - 1], agreed.word) if agreed is not None else out[k - 1]
            k -= 1
        out.append(inflect.restore(word, form.word) if form is not None else word)
    return " ".join(out)


def _plural_genitive_adjective(word: str) -> inflect.Parse | None:
    """The reading of a word as an adjective in the genitive plural («верхних»), or None."""
    return next((p for p in inflect.parses(word)
                 if p.tag.POS == "ADJF" and p.tag.number == "plur" and p.tag.case == "gent"), None)


def official_states(position: str) -> str:
    """A state a position names by its short name, by its official one, as a memo writes
    it: «Президент Ирана» → «Президент Исламской Республики Иран», «Посол Беларуси в
    России» → «Посол Республики Беларусь в Российской Федерации». A state inside a body's
    own name stays («Коммунистической партии Вьетнама»), and so does a one-word official
    name («Монголии»). A monarch's title names the state as the title has it («Султан
    Омана», «Король Иордании»)."""
    if re.match(r"(?:султан|корол|эмир)", position, re.I):
        return position
    out, at = [], 0
    for m in re.finditer(r"[А-ЯЁ][а-яё]+", position):
        if position.count("(", 0, m.start()) > position.count(")", 0, m.start()):
            continue  # «Республики Саха (Якутия)»: a word in brackets is a name's own
        official = _official_state(position[: m.start()], m.group())
        if official is not None:
            out += [_preposition_before(position[at : m.start()], official), official]
            at = m.end()
    return "".join(out) + position[at:]


# A post ending with a region and then its state: «губернатор Мурманской области Российской Федерации»
_REGIONS_STATE = re.compile(
    r"(?<=[а-яё])(?:ой|ого)\s+(?:области|края|провинции|автономного\s+округа)(?P<state>\s+[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)$"
)


def _without_regions_state(position: str) -> str:
    """A post without the state its region lies in, named after the region only to say where
    it is («губернатор Рязанской области России» → «губернатор Рязанской области»), as a
    memo names a region's post."""
    m = _REGIONS_STATE.search(position)
    if m is None:
        return position
    state = m["state"].strip()
    named = nominative_phrase(state) or state
    if not (_country(named) or (" " not in state and _state(state))):
        return position
    return position[: m.start("state")]


def _preposition_before(before: str, word: str) -> str:
    """`before` with its last «в» or «во» as the word after it asks: «во Вьетнаме» but «в
    Социалистической Республике Вьетнам», «в России» but «во Французской Республике»."""
    m = re.search(r"(?:^|(?<=\s))(в|во)\s+$", before)
    if m is None:
        return before
    wanted = "во" if re.match(r"[вфВФ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]", word) else "в"
    return before[: m.start(1)] + wanted + before[m.end(1) :]


# A state's own organ, named after its state as a post's complement («Посольства России»,
# «Правительства Индии», «Кабинета Министров Украины»): its state goes by its official name.
_STATE_ORGAN = re.compile(
    r"(?:посольств|правительств|министерств|консульств|генеральн\w+|торгов\w+|представительств|парламент|"
    r"администраци|кабинет|совет|министр|президент|мид|"
    # a state committee, a chamber of parliament: «Государственного комитета по науке … Беларуси»,
    # «Мажилиса Парламента Казахстана», «Сената Олий Мажлиса Узбекистана»
    r"государственн|мажилис|мажлис|сенат|олий)",
    re.I,
)


# A state's own parliament, court or bank, whose name a post's state follows: «Палаты
# представителей Национального собрания Беларуси» → «… Республики Беларусь»
_STATE_BODY = re.compile(
    r"(?:Национальн\w+\s+(?:собрани|банк)|Верховн\w+\s+(?:совет|суд)|Государственн\w+\s+(?:дум|совет)|"
    r"Федеральн\w+\s+собрани|Конституционн\w+\s+суд|Совет\w*\s+Республик|Палат\w*\s+представител)\w*",
    re.I,
)


def _official_state(before: str, word: str) -> str | None:
    """The official name of the state `word` names, in the case `word` stands in after
    `before` (the genitive of a post's state, the prepositional after «в»); None when it
    names no state or stands in a body's capitalised name. A republic of Russia named by
    its noun goes by its name «Республика …» too («Глава Башкортостана»)."""
    republic = next(iter(sides.russian_republics(word)), None)
    where = bool(re.search(r"(?:^|\s)во?\s+$", before))
    if republic is not None and named_posts(before) and not _state_kind((before.split() or [""])[-1]):
        return inflect.inflect_phrase(republic, "prepositional" if where else "genitive")
    if not _state(word):
        return None
    case = "loct" if where else "gent"
    if not any(p.is_known and p.tag.case == case for p in inflect.parses(word)):
        return None
    posts = named_posts(before)
    between = _STATE_BODY.sub("", before[posts[-1][1].end() :]) if posts else ""
    own_body = bool(re.search(rf"(?:{_STATE_BODY.pattern})\s+$", before, re.I))  # «Национального собрания Беларуси»
    if not where and not own_body and (
        not posts or any(w[:1].isupper() and not _STATE_ORGAN.match(w) for w in between.split())
    ):
        return None
    full = official_name(word)
    if full is None or " " not in full:
        return None
    return inflect.inflect_phrase(full, "prepositional" if where else "genitive")


def _position_before(before: str) -> str | None:
    """The position that `before` ends with, back to where it starts."""
    # a name in quotes closed before the person belongs to the position («директор ОАО «Х»»)
    masked = re.sub(r"[«\"„][^«»\"“”„]{1,60}[»\"“”]", lambda m: "_" * len(m.group()), before)
    masked = _BRACKET.sub(lambda m: "_" * len(m.group()) if _remark(m["inner"]) else m.group(), masked)
    masked = re.sub(r"(?i)(?<![\w.])и\.\s?о\.", lambda m: "_" * len(m.group()), masked)  # «и.о. губернатора»: no stop
    # a source's words end what comes before: «пресс-служба губернатора … со ссылкой на вице-губернатора …»
    stops = (m for m in re.finditer(r"[.;:!?«»\"()\n]|\s[-–—]\s|(?<![\w-])со?\s+ссылкой\s+на\s", masked)
             if not _double_post(masked, m))
    cut = max((m.end() for m in stops), default=0)
    before = before[cut:]
    head = _head_post(before)
    if head is None or re.search(r"(?:\s(?:и|а|с|со)|,)\s*$", before):
        return None
    start = _position_start(before, head)
    dash = re.search(r"\s[-–—]\s*$", before[:start])
    if dash is not None and _double_post(before, dash) and _head_post(before[: dash.start()]) is not None:
        prior = before[: dash.start()]  # «заместитель Премьер-министра … — министр …»: both posts of one person
        start = _position_start(prior, _head_post(prior) or 0)
    said = before[start:].strip(" ,")
    if _not_a_position(said):
        return None
    joined = _post_before_comma(before, start)  # another post of the person before a comma
    return before[joined:].strip(" ,") if not _not_a_position(before[joined:start].strip(" ,")) else said


# A short remark in brackets inside a post, before the name or the rest of the post: an
# abbreviation («Корпорации … (BADC)»), a part of a name («Республики Саха (Якутия)»), where
# a place lies («главой Томской области (Россия)»)
_BRACKET = re.compile(r"(?<=\S)\s+\((?P<inner>[^()\n]{1,40})\)(?=\s)")


def _remark(inner: str) -> bool:
    """Whether a bracket's words are a remark inside a post: up to four words, no number,
    no verb (a clause in brackets, «(он возглавляет …)», ends the post)."""
    words = re.findall(r"[\w-]+", inner)
    return 0 < len(words) <= 4 and not re.search(r"\d", inner) and not any(_verb(w) for w in words)


def without_gloss(position: str) -> str:
    """A post without the states a bracket names only to say where a place lies: «глава
    Томской области (Россия)» → «глава Томской области», «(Якутия, Российская Федерация)»
    → «(Якутия)»; an abbreviation or a part of a name in brackets stays («(BADC)»)."""

    def kept(m: re.Match[str]) -> str:
        parts = [part.strip() for part in m["inner"].split(",")]
        left = [part for part in parts if not _country(part)]
        return f" ({', '.join(left)})" if left else ""

    return _BRACKET.sub(kept, f"{position} ").rstrip()


def _country(words: str) -> bool:
    """Whether words are a state's name, short or official («Россия», «Российская Федерация»)."""
    if " " not in words:
        return _state(words)
    return words.replace("ё", "е") in _official_names()


def _state_initials(word: str) -> bool:
    """Whether `word` is an abbreviation of a state's official name («РФ», «КНР», «РБ»)."""
    full = EXPANSIONS.get(word)
    return full is not None and full.replace("ё", "е") in _official_names()


@cache
def _official_names() -> frozenset[str]:
    """Every state's official name («Российская Федерация», «Республика Казахстан»), «ё» as «е»."""
    names = (official_name(name) for name in _territories().values())
    return frozenset(name.replace("ё", "е") for name in names if name)


def _post_before_comma(before: str, start: int) -> int:
    """Where a position starting at `start` starts when another post of the same person
    comes before it, after a comma, in the same case: «заместитель Премьер-министра,
    министр иностранных дел …», «первым заместителем министра, министром …»; not a clause
    before it («Выступая в Палате представителей, Заместитель …»: a noun leads to that post),
    nor a role at the event («Сопредседатель комиссии, …»)."""
    comma = re.search(r",\s*$", before[:start])
    segment = before[: comma.start()] if comma else ""
    head = _head_post(segment) if segment else None
    if head is None:
        return start
    first = _position_start(segment, head)
    lead = re.findall(r"[А-Яа-яЁё-]+", segment[:first])[-1:]
    if lead and not (lead[0].lower() in _PREPOSITIONS or _verb(lead[0])):
        return start
    if re.match(r"(?:сопредседател|(?:член|руководител)\w*\s+делегаци)", segment[first:], re.I):
        return start  # a role at the event («Сопредседатель комиссии, первый заместитель …»), no post
    cases = {str(p.tag.case) for p in inflect.parses(segment[head:].split()[0]) if p.tag.case}
    own = {str(p.tag.case) for p in inflect.parses(before[start:].split()[0]) if p.tag.case}
    return first if cases & own else start


_PREPOSITIONS = frozenset({"с", "со", "у", "для", "к", "от", "при", "между", "перед", "за"})


# What may open a post's word before the post («пресс-секретарь», «Госсекретарь»,
# «экс-президент», «сопредседатель»); other letters before a post's letters make another word («администрации»).
_POST_PREFIX = re.compile(r"(?:(?:пресс|вице|экс|генерал|статс|обер)-|гос|зам|ген|со)", re.I)
# A director of a field, its name joined by a hyphen: «маркетинг-директор», «арт-директора», «IT-директором»
_DIRECTOR_OF = re.compile(r"(?:[а-яё]{2,}|[A-Z]{2,})-директор\w*", re.I)
# A body a post's complement names («Посольства …», «Министерства …»), never a position's head.
_BODY = re.compile(r"(?:министерств|посольств|представительств|консульств)\w*", re.I)


def named_posts(text: str) -> list[tuple[int, re.Match[str]]]:
    """The posts `text` names, each with where its word starts: a hyphenated or prefixed
    post is one («советник-посланник», «пресс-секретарь», «Госсекретарь»), and a post's
    letters inside another word are none («администрации» is no «министр»)."""
    out: list[tuple[int, re.Match[str]]] = []
    for m in _POSITION.finditer(text):
        start = m.start()
        while start and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        if out and out[-1][0] == start:
            continue  # «советник-посланник»: the word's first post stands for it
        prefix = text[start : m.start()]
        if start == m.start() or _POST_PREFIX.fullmatch(prefix) or _DIRECTOR_OF.fullmatch(prefix + m.group()):
            out.append((start, m))
    return out


def _head_post(before: str) -> int | None:
    """Where the post heading the position that `before` ends with starts: the last post
    named, or, while that one is in the genitive and only its complement lies between, the
    post before it that governs it («Председатель комиссии … Палаты представителей»,
    «помощник Президента»); a body («Посольства») is no head."""
    heads = [(start, m) for start, m in named_posts(before) if not _BODY.fullmatch(m.group())]
    if not heads:
        return None
    k = len(heads) - 1
    while k and _genitive(heads[k][1].group().split()[0]):
        between = before[heads[k - 1][1].end() : heads[k][0]]
        if "," in between or re.search(r"(?<!\w)и(?!\w)", between) or any(_verb(w) for w in between.split()):
            break
        k -= 1
    return heads[k][0]


def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in inflect.parses(word))


def _double_post(text: str, dash: re.Match[str]) -> bool:
    """A dash joining two posts of one person: «заместитель Премьер-министра — министр
    экономики …», where a post ends before the dash and another opens after it; or the two
    parts of a region's name («губернатор Кемеровской области — Кузбасса …»)."""
    if dash.group().strip() not in "-–—":
        return False
    after = " — " + text[dash.end() :]
    if any(text[: dash.start()].endswith(first) and after.startswith(whole[len(first) :])
           for first, whole in TWO_PART_REGIONS.items()):
        return True
    if not _POSITION.match(text[dash.end() :]):
        return False
    words = text[: dash.start()].split()[-5:]  # «Заместитель Председателя Правительства — Министр …»
    posts = [k for k, w in enumerate(words) if _POSITION.fullmatch(w)]
    return bool(posts) and not any(_verb(w) or "," in w for w in words[posts[-1] :])


def _position_after(after: str) -> str | None:
    """A position in apposition after a name: «, губернатор Омской области,» or «—
    министр …» up to the next comma, dash or full stop, opening with a position's word or
    the adjectives of a title («, Чрезвычайный и Полномочный Посол …:»); a company's name in
    quotes is part of it («, генеральный директор ОАО «Гомсельмаш»:»)."""
    masked = re.sub(r"[«\"„][^«»\"“”„]{1,60}[»\"“”]", lambda q: "_" * len(q.group()), after)
    m = re.match(r"\s*(?:,|\s[-–—])\s*(?P<said>[^,;:.!?()«»\"–—]+?)\s*(?:[,;:.!?()–—]|$)", masked)
    if m is None:
        return None
    said = after[m.start("said") : m.end("said")]
    if not any(_title_words(said, start) == 0 for start, _ in named_posts(said)) or _not_a_position(said):
        return None
    return said


def _not_a_position(said: str) -> bool:
    """Too long to be a position, or holding a verb: «Глава Казахстана назвал … визит
    Александра Турчина» gives Турчин no position there."""
    return len([w for w in said.split() if w != "и"]) > 16 or any(_verb(w) for w in re.findall(r"[А-Яа-яЁё]+", said))


def _verb(word: str) -> bool:
    """A verb, an infinitive, a gerund or a short participle («проинформирован»): no post holds one."""
    return inflect.pos(word) in ("VERB", "INFN", "GRND", "PRTS")


def _head_cases(position: str) -> list[str]:
    """The cases the position's head noun may be in («министром» → instrumental): a name
    after it stands in the same case. The nominative first; every case after a post the
    press shortens to a word that never declines («Управделами», «замминистра»), where the
    name's own endings tell its case."""
    first = position.split()[0].lower() if position.split() else ""
    if first in _CONTRACTED and first.endswith(("а", "и", "ами")) or re.match(r"(?i)врио\s|и\.\s?о\.", position):
        return ["nomn", "gent", "datv", "accs", "ablt", "loct"]  # «врио посла»: the post after it tells nothing
    substantive = _substantive_head(position)
    if substantive:
        return sorted(dict.fromkeys(str(p.tag.case) for p in substantive), key=lambda c: c != "nomn")
    for word in re.findall(r"[А-Яа-яЁё-]+", position):
        parses = inflect.parses(word)
        if "-" in word and not any(p.is_known for p in parses):  # «советником-посланником»: by its last part
            parses = inflect.parses(word.lower().rsplit("-", 1)[-1])
        nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case and p.is_known and "Fixd" not in p.tag]
        nouns = nouns or [p for p in parses if "Subx" in p.tag and p.tag.number == "sing"]  # «поверенным в делах»
        nouns = [p for p in nouns if "anim" in p.tag] or nouns  # a post is a person's: «посол» is no salting
        if not nouns and _POSITION.fullmatch(word):  # «хокимом»: a post the dictionary guesses by its ending
            nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case and "Fixd" not in p.tag]
        if nouns:
            cases = list(dict.fromkeys(str(p.tag.case) for p in nouns))
            return sorted(cases, key=lambda c: c != "nomn")
    return ["nomn"]


def _cases(item: Item, name: Name, cue: tuple[str, str] | None = None) -> None:
    """The form the release wrote goes to `person.cases` when memogen would not decline
    the name to it; a name memogen cannot decline asks for its forms, unless the release
    tells the person's gender (`cue`: «заявила», «госпожа», «с послом Кармен Диас»), when
    the forms of that gender are written, for the analyst to check."""
    person = item.data["person"]
    full = " ".join(p for p in (name.given, name.patronymic, name.surname) if p)
    if cue is not None and _gendered_cases(item, name, cue):
        return
    wrong = {
        case: form for case, form in name.cases.items()
        if not same_form(inflect.inflect_person(name.given, name.surname, name.patronymic, case) or "", form)
    }
    if wrong and supports("Participant", "cases"):
        person["cases"] = wrong
    missing = [
        case for case in inflect.CASES
        if case not in wrong and inflect.inflect_person(name.given, name.surname, name.patronymic, case) is None
    ]
    if missing or wrong:
        item.doubt("check", f"memogen cannot decline «{full}» for sure: write person.cases "
                   f"({', '.join(missing or inflect.CASES)}) if the theme names officials in a sentence")


def _gendered_cases(item: Item, name: Name, cue: tuple[str, str]) -> bool:
    """Writes the forms of the gender the release tells (`cue`: the gender and the words
    telling it) to `person.cases` where memogen, which never guesses a gender, would derive
    none, or other ones from the first name alone; the forms the release wrote win. False
    when there is nothing to write."""
    gender, words = cue
    derived = {case: inflect.inflect_person(name.given, name.surname, name.patronymic, case) for case in inflect.CASES}
    told = {case: inflect.inflect_person(name.given, name.surname, name.patronymic, case, gender)
            for case in inflect.CASES}
    overruled = told != derived and inflect.by_first_name(name.given, name.surname, name.patronymic)
    if None in told.values() or not (None in derived.values() or overruled) or not supports("Participant", "cases"):
        return False
    forms = {case: form for case, form in {**told, **name.cases}.items() if form != derived[case]}
    item.data["person"]["cases"] = forms
    who = "a woman" if gender == "female" else "a man"
    item.doubt("check", f"declined as {who}'s name, as «{words}» in the release says: check person.cases")
    return True


def _position_start(before: str, start: int) -> int:
    """«заместитель Председателя Кабинета Министров …»: the position found last, extended
    back over the position words and genitives that lead to it."""
    words = list(re.finditer(r"\w[\w-]*", before[:start]))  # a dash joining two posts is no word
    for w in reversed(words[-4:]):
        word = w.group()
        if "," in before[w.end() : start] or re.search(r"\s[-–—]\s", before[w.end() : start]):
            break  # «Выступая в Палате представителей, Заместитель …»: a comma (or a dash) ends what leads to it
        if _POSITION.fullmatch(word) or re.fullmatch(r"(?:заместител|замести|перв)\w*", word, re.I):
            start = w.start()
            continue
        if not any(p.tag.case == "gent" for p in inflect.parses(word)[:2]):
            break
    acting = _ACTING_BEFORE.search(before[:start])  # «врио главы …», «исполняющим обязанности губернатора …»
    return _title_words(before, acting.start() if acting else start)


# Words that make a post an acting one, right before it: «временно исполняющий обязанности»,
# «исполняющим обязанности», «врио», «и.о.»
_ACTING_BEFORE = re.compile(
    r"(?<![\w.-])(?:(?:временно\s+)?исполняющ\w*\s+обязанност\w*|врио|и\.\s?о\.)\s*$", re.I
)
_ACTING = re.compile(r"^(?P<time>временно\s+)?исполняющ\w*\s+обязанност\w*\s+|^(?P<vrio>врио)\s+|^и\.\s?о\.\s*", re.I)


# A state's mission named by the state's adjective inside a post: «отделения белорусского посольства»
_MISSION_ADJECTIVE = re.compile(
    r"(?<![\w-])(?P<adj>[а-яё]+(?:ск|цк)(?:ого|ой|ому|им|ом))\s+"
    r"(?P<body>посольств|генеральн\w+\s+консульств|консульств|торгов\w+\s+представительств)(?P<end>[а-яё]*)",
    re.I,
)


def _mission_by_adjective(position: str) -> str:
    """A mission a post names by its state's adjective, with the state by its official name
    after it, as an official document and the curated files write it: «руководитель
    отделения белорусского посольства в Хабаровске» → «… отделения Посольства Республики
    Беларусь в Хабаровске», «советник российского посольства» → «… Посольства Российской
    Федерации»; an adjective of no state stays («областного представительства»)."""
    m = _MISSION_ADJECTIVE.search(position)
    state = state_of_adjective(m["adj"]) if m is not None else None
    full = (official_name(state) or state) if state else None
    genitive = inflect.inflect_phrase(full, "genitive") if full else None
    if m is None or genitive is None:
        return position
    body = m["body"][:1].upper() + m["body"][1:]
    return f"{position[: m.start()]}{body}{m['end']} {genitive}{position[m.end():]}"


# A bare head's post and the bodies its sentence may name it the head of
_BARE_HEAD = re.compile(r"(?i)(?P<head>председатель|губернатор|глава|аким|хоким)")
_HEADED_BODY = {
    "председатель": re.compile(r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+(?:ск|цк)\w+)\s+(?P<level>обл|гор|рай)исполком\w*"),
    "region": re.compile(r"(?<![\w-])(?P<adj>[А-ЯЁ][а-яё]+ск\w+)\s+(?P<noun>област|кра[йяюеё])\w*"),
}


def _head_of_body_named(position: str, text: str) -> tuple[str, str] | None:
    """A head's post the release gives bare («встреча председателя Ивана Крупко»,
    «встреча с губернатором Игорем Кобзевым»), completed with the one body of that head its
    sentence names («В Гомельском облисполкоме …» → «Председатель Гомельского облисполкома»,
    «… направится в Иркутскую область, где …» → «Губернатор Иркутской области»), with a
    note; None when the post is not bare or the sentence names no such body, or several."""
    m = _BARE_HEAD.fullmatch(position)
    if m is None:
        return None
    head = m["head"].lower()
    pattern = _HEADED_BODY["председатель" if head == "председатель" else "region"]
    bodies = set()
    for body in pattern.finditer(text):
        chair = head == "председатель"
        noun = f"{body['level']}исполком" if chair else ("область" if body["noun"] == "област" else "край")
        gender = "femn" if noun == "область" else "masc"
        adjective = inflect.reading(body["adj"], "ADJF")
        form = adjective.inflect({"nomn", "sing", gender}) if adjective is not None else None
        if form is not None:
            bodies.add(inflect.inflect_phrase(f"{form.word.capitalize()} {noun}", "genitive"))
    if len(bodies) != 1 or None in bodies:
        return None
    named = bodies.pop()
    return f"{position} {named}", f"a bare «{head}»: of the one body its sentence names, {named}"


def _acting_in_full(said: str) -> str:
    """An acting post with its qualifier in the nominative and in words, as an official
    document writes it: «врио главы агентства» → «временно исполняющий обязанности главы
    агентства», «и.о. губернатора» → «исполняющий обязанности губернатора», «исполняющим
    обязанности президента» → «исполняющий обязанности президента». Other posts stay."""
    m = _ACTING.match(said)
    if m is None:
        return said
    timed = "временно " if m["time"] or m["vrio"] else ""
    return f"{timed}исполняющий обязанности {said[m.end():]}"


def _nominative_posts(said: str) -> str:
    """A position in the nominative, and each further post of the person after a comma too
    («заместителем Премьер-министра, министром иностранных дел …» → «Заместитель
    Премьер-министра, министр иностранных дел …»); a comma inside one post («министр
    культуры, спорта и молодёжи») opens no post."""
    parts = said.split(", ")
    rest = [_nominative_title(p) if any(at == 0 for at, _ in named_posts(p)) else p for p in parts[1:]]
    first = parts[0].split(" — ")  # «заместителем Премьер-министра — Министром иностранных дел …»: each post
    joined = [_nominative_title(first[0]), *(_nominative_title(p) if any(at == 0 for at, _ in named_posts(p)) else p
                                             for p in first[1:])]
    return ", ".join([" — ".join(joined), *rest])


def _nominative_title(said: str) -> str:
    """A position in the nominative, its opening adjectives agreeing with its noun:
    «Чрезвычайного и Полномочного Посла …» → «Чрезвычайный и Полномочный Посол …»;
    a participle that is the head («Управляющего делами …») alone; a position's own noun
    that opens it alone too («Главой Администрации …» → «Глава Администрации …»)."""
    if re.match(r"(?i)(?:временно\s+)?исполняющий\s+обязанности\s", said):
        return said  # an acting post: its qualifier in the nominative, the post after it in the genitive
    words = said.split()
    own = _position_noun(words[0]) if words else None
    if own is not None:
        return " ".join([own, *words[1:]])
    substantive = _substantive_head(said)
    if substantive:
        form = substantive[0].inflect({"nomn", "sing", "masc"})
        return " ".join([inflect.restore(words[0], form.word) if form else words[0], *words[1:]])
    k = 0
    while k < len(words) and (words[k] == "и" or _adjective(words[k])):
        k += 1
    rest = nominative_head(" ".join(words[k:]))
    if k == 0 or k == len(words):
        return nominative_head(said)
    head = inflect.reading(rest.split()[0], "NOUN")
    if head is None:
        return nominative_head(said)
    wanted = {"nomn", head.tag.number or "sing"} | ({head.tag.gender} if head.tag.number != "plur" else set())
    out = []
    for word in words[:k]:
        # «временным поверенным»: a title's «временный», which the dictionary reads first as «временной»
        parses = sorted(inflect.parses(word), key=lambda p: p.normal_form == "временной")
        form = None if word == "и" else parses[0].inflect(wanted)
        out.append(inflect.restore(word, form.word) if form else word)
    return " ".join([*out, rest])


# Posts the press shortens, as an official document writes them in full.
_CONTRACTED = {
    "госсекретарь": "государственный секретарь", "генконсул": "генеральный консул", "генсек": "генеральный секретарь",
    "замминистра": "заместитель министра", "зампред": "заместитель председателя",
    "зампредседателя": "заместитель председателя", "замглавы": "заместитель главы",
    "управделами": "управляющий делами",
}


def _expanded(title: str) -> str:
    """A title in the nominative with its shortened post written in full: «Госсекретарь
    Союзного государства» → «Государственный секретарь Союзного государства»."""
    first, _, rest = title.partition(" ")
    full = _CONTRACTED.get(first.lower())
    if full is None:
        return title
    return " ".join(filter(None, [inflect.restore(first, full.split()[0]), *full.split()[1:], rest]))


def _position_noun(word: str) -> str | None:
    """A position's noun («Главой», «министром», «Послу») in the nominative singular, as
    the dictionary declines it (not as a name: «Главой» is no adjective «Главая»); None
    when the word is no such noun."""
    if not _POSITION.fullmatch(word):
        return None
    nouns = [p for p in inflect.parses(word)
             if p.tag.POS == "NOUN" and p.is_known and not {"Name", "Surn", "Patr"} & p.tag.grammemes]
    nouns.sort(key=lambda p: "anim" not in p.tag)  # «глава» the head of a body, not of a book
    if not nouns:  # «Раиса», «акимом»: a post the dictionary knows only as a first name
        stem = re.sub(r"(?:ом|ем|а|я|у|ю|е)$", "", word)
        return stem if stem != word and _POSITION.fullmatch(stem) else None
    if nouns[0].tag.case == "nomn" and nouns[0].tag.number != "plur":
        return None
    form = nouns[0].inflect({"nomn", "sing"})  # a plural post shared by several people: one each
    return inflect.restore(word, form.word) if form else None


_HONORIFICS = frozenset({
    "принц", "принцесса", "шейх", "шейха", "эмир", "султан", "король", "королева", "доктор", "профессор", "академик",
})


def _without_honorific(said: str) -> str:
    """A position without the honorific that ends it before a name: «министр … принцем
    Фейсалом …» holds «принц» as a title of the person, not of the post, and so does a
    degree written before a name, in full or shortened («министр здравоохранения доктор
    Ахмед Али», «министра д-ра Анвара …»)."""
    words = said.split()
    if len(words) > 1 and words[-1].islower() and (re.fullmatch(r"д-р\w*", words[-1]) or any(
        p.is_known and p.tag.POS == "NOUN" and p.normal_form in _HONORIFICS for p in inflect.parses(words[-1])
    )):
        return " ".join(words[:-1])
    return said


def _substantive_head(position: str) -> list | None:
    """The readings of a position's first word when it is an adjective or participle used
    as a noun (pymorphy3's Subx: «Управляющего делами», «Уполномоченного по …») that the
    next word does not agree with, so it is the head; else None."""
    words = re.findall(r"[А-Яа-яЁё-]+", position)[:2]
    if len(words) < 2:
        return None
    first = [p for p in inflect.parses(words[0]) if "Subx" in p.tag and p.tag.number == "sing"]
    second = {str(p.tag.case) for p in inflect.parses(words[1]) if p.tag.case}
    if not first or {str(p.tag.case) for p in first} & second:
        return None
    return first


def _adjective(word: str) -> bool:
    return inflect.pos(word) in ("ADJF", "PRTF")


# Adjectives a title opens with in lower case too: «первый заместитель», «генеральный консул»,
# «торговый представитель», «полномочный представитель», «специальный посланник».
_TITLE_ADJECTIVE = re.compile(
    r"перв|временн|генеральн|торгов|государствен|главн|исполнительн|ответственн|постоянн|специальн|полномочн|"
    r"чрезвычайн|старш"
)


# States whose adjective is not their name with «-ский» and an ending («белорусский» — Беларусь)
_ADJECTIVE_STATES = {"белорусский": "Беларусь", "немецкий": "Германия", "польский": "Польша"}


def state_of_adjective(word: str) -> str | None:
    """The state an adjective of nationality names, by its short name: «российский» →
    Россия, «казахстанского» → Казахстан, «узбекский» → Узбекистан, «турецкий» → Турция,
    «белорусский» → Беларусь; None for an adjective of no state («московский»)."""
    lemma = inflect.lemma(word)
    if not lemma.endswith("кий"):
        return None
    if lemma in _ADJECTIVE_STATES:
        return _ADJECTIVE_STATES[lemma]
    for cut in (4, 5, 6):
        for ending in ("", "я", "ия", "а", "стан", "истан", "ция", "ения", "ва"):
            state = _territories().get(lemma[:-cut] + ending)
            if state:
                return state
    return None


# A state's body a state's adjective qualifies inside a post: «глава белорусского МИД», «глава
# российского правительства» (the state is named after the body, as after a post)
_ADJECTIVE_BODY = re.compile(r"(?:МИД|[Мм]инистерств|[Пп]равительств|[Пп]арламент|[Пп]осольств|[Вв]едомств)\w*")


def _state_adjective_post(position: str) -> str:
    """A post a state's adjective opens, with the state named after the post and its
    complement as an official document names it: «российский вице-премьер» → «вице-премьер
    России», «белорусский посол в Узбекистане» → «посол Беларуси в Узбекистане»,
    «казахстанский министр торговли» → «министр торговли Казахстана», «пресс-секретарь
    российского президента» → «пресс-секретарь президента России»; a post naming its
    state already stays («белорусский министр иностранных дел Беларуси»)."""
    for m in re.finditer(r"(?<![\w-])(?P<adjective>[А-ЯЁа-яё]+[сц]к\w+)\s+(?=\S)", position):
        state = state_of_adjective(m["adjective"])
        rest = position[m.end() :]
        at = next((p.start() for p in re.finditer(r"\s(?:в|во|при|на)\s", rest)), len(rest))
        post_first = bool(named_posts(rest)) and named_posts(rest)[0][0] == 0
        # «глава белорусского МИД»: a body the adjective qualifies, after a post
        body = bool(_ADJECTIVE_BODY.match(rest)) and bool(named_posts(position[: m.start()]))
        if state is None or not (post_first or body) or _whose_named(rest[:at]):
            continue
        whose = inflect.inflect_phrase(state, "genitive") or state
        return f"{position[: m.start()]}{rest[:at]} {whose}{rest[at:]}"
    return position


def _whose_named(post: str) -> bool:
    """Whether a post names a state, Belarus too («министр торговли Казахстана»)."""
    return any(_state(w) or w.lower().startswith("белорус") for w in re.findall(r"[А-ЯЁ][а-яё]{2,}", post))


def _title_words(before: str, start: int) -> int:
    """The adjectives that open a title, with the «и» between them: «Чрезвычайный и
    Полномочный Посол», «Первый заместитель» (capitalised, or «первый»); an «и» after a
    name or a noun joins two people, not two adjectives."""
    words = list(re.finditer(r"[А-Яа-яЁё-]+", before[:start]))[-4:]

    def title_adjective(word: str) -> bool:
        return _adjective(word) and (word[:1].isupper() or bool(_TITLE_ADJECTIVE.match(word.lower()))
                                     or state_of_adjective(word) is not None)  # «российский вице-премьер»

    for k in range(len(words) - 1, -1, -1):
        gap = before[words[k].end() : start]
        if gap.strip() or not gap:
            break
        word = words[k].group()
        joins = word == "и" and k > 0 and title_adjective(words[k - 1].group()) and title_adjective(
            before[start:].split()[0] if before[start:].split() else ""
        )
        if not (title_adjective(word) or joins):
            break
        start = words[k].start()
    return start


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
    short = top.tag.POS == "ADJS" and bool(_SURNAME.search(surname))  # «Травников», a short adjective too
    common = top.tag.POS is None or any(p.tag.POS in ("NOUN", "ADJF") for p in last)  # «Чеботарь», a verb too
    if any("Name" in p.tag for p in first[:1]) and (not top.is_known or short or common):
        # «Александр Богомаз», «Михаила Русого», «Андрей Травников»: a surname may be a common word
        return True
    if top.is_known and top.tag.POS not in ("NOUN", None):
        return False
    return not first[0].is_known and (not last[0].is_known or bool(_SURNAME.search(surname)))


# A government minister's post naming only the ministry's field, no state or body: «первый
# заместитель министра экономики», «Министр иностранных дел»
_BARE_MINISTER = re.compile(
    r"(?i:(?:перв\w+\s+)?(?:заместитель\s+министра|министр))(?:\s+(?!республик|област|кра[яй])[а-яё,]+)+"
)


# A minister or his deputy named by the post alone: «заместитель министра»
_MINISTER_ALONE = re.compile(r"(?:перв\w+\s+)?(?:заместитель\s+министра|министр)", re.I)


def _complete(
    position: str, partner: Partner | None, cue: tuple[str, str, str] | None = None
) -> tuple[str, str | None]:
    """A position that leaves out whose it is, completed, with a note saying so:
    «губернатор области» → «губернатор Смоленской области» (a bare «области», «края» or
    «региона» is the partner's, and so is a bare «губернатор» of a partner region);
    «Заместитель Премьер-министра» → «… Республики Беларусь» when the partner is
    Russian (Russia's government has no Премьер-министр)."""
    genitive = inflect.inflect_phrase(partner.name, "genitive") if partner is not None else None
    named = _named_before(position, partner)
    if named != position:
        if _DEMONSTRATIVE.search(position):
            return named, "a place named by «этот»: the partner the release names"
        return named, "a region named by its state's adjective («российского региона»): the partner region"
    if cue is not None and _BARE_MINISTER.fullmatch(position):
        return f"{position} {cue[1]}", f"a minister named without a state: the one «{cue[2]}» names"
    ministry = re.search(r"Министерства((?:\s+[а-яё]+,?)+)", cue[2]) if cue is not None else None
    if cue is not None and ministry and _MINISTER_ALONE.fullmatch(position):
        return f"{position}{ministry[1]} {cue[1]}", f"a minister named alone: of the ministry «{cue[2]}» names"
    state_post = _state_post(position, partner, genitive)
    if state_post is not None:
        return state_post
    chamber = _OUR_CHAMBER.search(position)
    if chamber:  # «член Совета Республики»: Belarus's parliament, named in full
        full = f"{chamber.group()} Национального собрания Республики Беларусь"
        return position[: chamber.start()] + full + position[chamber.end() :], None
    russian = partner is not None and "Российская Федерация" in (partner.name, partner.country)
    premier = re.fullmatch(r"(?:перв\w+\s+)?(?:заместител\w+\s+)?премьер-министр\w*|вице-премьер", position, re.I)
    if premier and cue is not None:
        return f"{position} {cue[1]}", f"a head of government named without a state: the one «{cue[2]}» names"
    if russian and premier:
        return f"{position} Республики Беларусь", "no state named: Belarus's (Russia has no Премьер-министр)"
    bare = re.search(r"\sреспублики$", position)
    if russian and bare and partner is not None and not _fits("республики", partner):
        # «замминистра сельского хозяйства республики», «премьер-министра республики»: Belarus, as
        # the Russian press calls it where the partner is no republic
        return f"{position[: bare.start()]} Республики Беларусь", "«республики» in a release about Russia: Belarus"
    head = _regions_head(position, partner)
    if head is not None:
        return head, "a region's or city's head named without his region or city: the partner's"
    generic = re.search(r"\s(области|края|региона|республики|провинции|штата)$", position)
    word_before = position[: generic.start()].split()[-1] if generic else ""
    adjective = any(p.tag.POS == "ADJF" for p in inflect.parses(word_before))
    if generic and genitive and partner is not None and not adjective and _fits(generic.group(1), partner):
        return position[: generic.start()] + " " + genitive, None
    return position, None


# A region's or city's head named without it: «губернатор», «заместитель акима», «мэр»
_HEAD = re.compile(
    r"(?:(?:перв\w+\s+)?заместител\w+\s+(?:губернатора|акима|хокима|мэра)|вице-губернатор|губернатор|аким|хоким|мэр)",
    re.I,
)
# … or by its adjective: «Брянский губернатор»
_ADJECTIVE_HEAD = re.compile(
    r"(?P<adj>[А-ЯЁ][а-яё]+(?:ск|цк))(?:ий|ого|ому|им|ом)\s+(?P<head>(?:вице-)?губернатор)", re.I
)


def _regions_head(position: str, partner: Partner | None) -> str | None:
    """The head of the partner region or city named without it, with its name: «губернатор»
    → «губернатор Смоленской области», «губернатор Санкт-Петербурга» (a city's «город»
    aside), «Брянский губернатор» → «губернатор Брянской области» when the partner is the
    region the adjective names; None for any other post."""
    if partner is None or partner.kind not in ("region", "city"):
        return None
    name = partner.name.removeprefix("город ") if partner.kind == "city" else partner.name
    genitive = inflect.inflect_phrase(name, "genitive")
    if genitive is None:
        return None
    if _HEAD.fullmatch(position) and (partner.kind == "city" or "мэр" not in position.lower()):
        return f"{position} {genitive}"  # a region has no mayor
    m = _ADJECTIVE_HEAD.fullmatch(position)
    if m and partner.kind == "region" and partner.name.startswith(m["adj"]):
        return f"{m['head'].lower()} {genitive}"
    return None


# A place a post names by a demonstrative, standing for the partner named before: «губернатор
# этого российского региона», «Посол Беларуси в этой африканской стране»
_DEMONSTRATIVE = re.compile(
    r"(?<![\w-])(?:это(?:го|й|м)|данно(?:го|й|м))\s+(?:[а-яё]+\s+){0,2}?"
    r"(?P<noun>регион|област|кра|стран|государств|республик)[а-яё]*"
)
_PLACE_NOUNS = {"регион": "region", "област": "region", "кра": "region", "стран": "country", "государств": "country",
                "республик": "country"}


# a region named by its state's adjective: «глава российского региона», «губернатора китайской провинции»
_STATES_REGION = re.compile(
    r"(?<![\w-])(?P<adj>[а-яё]+ск(?:ого|ой|ом|ому|ий|ая|ую))\s+(?P<noun>регион|провинци)[а-яё]*"
)


def _named_before(position: str, partner: Partner | None) -> str:
    """`position` with a place it names by «этот» («этого российского региона», «в этой
    африканской стране») written as the partner, in the same case, where the partner is a
    place of that kind, or a region by its state's adjective when the partner is a region of
    that state («Глава российского региона» → «Глава Чувашской Республики»); else as it is."""
    m = _DEMONSTRATIVE.search(position)
    if m is None and partner is not None and partner.kind == "region":
        m = _STATES_REGION.search(position)
        state = state_of_adjective(m["adj"]) if m is not None else None
        m = m if state is not None and (official_name(state) or state) == partner.country else None
        if m is not None:
            named = inflect.inflect_phrase(partner.name, "genitive")
            return f"{position[: m.start()]}{named}{position[m.end():]}" if named else position
    if m is None or partner is None or partner.kind != _PLACE_NOUNS.get(m["noun"], ""):
        return position
    case = "prepositional" if re.search(r"(?:^|\s)(?:во?|об?)\s+$", position[: m.start()]) else "genitive"
    named = inflect.inflect_phrase(partner.name, case)
    return f"{position[: m.start()]}{named}{position[m.end():]}" if named else position


# The chambers of Belarus's parliament named without it: «член Совета Республики»
_OUR_CHAMBER = re.compile(r"(?:Совет\w*\s+Республики|Палат\w*\s+представителей)(?!\s+(?:Национальн|[А-ЯЁ]))")


def _state_post(position: str, partner: Partner | None, genitive: str | None) -> tuple[str, str] | None:
    """A state's post named without its state, in a release about a state, an
    organisation or a foreign city (none of which has ministers of its own): a bare
    «президент» is the partner state's (a minister named by his ministry's field takes his
    side's state once the side is read: posts.sides_state)."""
    foreign_city = partner is not None and partner.kind == "city" and partner.country != sides.RUSSIA
    if partner is None or (partner.kind not in ("country", "group", "organisation") and not foreign_city):
        return None
    if partner.kind == "country" and genitive and re.fullmatch(r"президент", position, re.I):
        return f"{position} {genitive}", "a head of state named without a state: the partner's"
    republic = "Республик" in partner.name  # a republic's head of state is its President
    if partner.kind == "country" and genitive and republic and re.fullmatch(r"глава\s+государства", position, re.I):
        return f"Президент {genitive}", "a head of state named without a state: the partner's, a republic's President"
    if partner.kind == "country" and genitive and re.fullmatch(r"глава\s+государства", position, re.I):
        return f"{position} {genitive}", "a head of state named without a state: the partner's"
    return None


def _state_adjective(position: str) -> bool:
    """Whether a post names a state by its adjective («заместитель министра российского
    ведомства»): it is no post naming no state."""
    return any(w.startswith(("белорус", "беларус", "российск")) or _state_adjectives(w)
               for w in re.findall(r"[а-яё]+(?:ск|цк)(?:ого|ой|ий|ая|им|ом)", position.lower()))


# The word a partner's name has for each bare place noun a position may end with
_PLACE_WORDS = {"области": "област", "края": "край", "республики": "республик", "провинции": "провинц", "штата": "штат"}


def _fits(noun: str, partner: Partner) -> bool:
    """Whether a bare «области», «республики» may be the partner's: its name is of that
    kind («Глава республики» is no head of «Содружества Независимых Государств»); a bare
    «региона» is any region's."""
    if noun == "региона":
        return partner.kind == "region"
    return _PLACE_WORDS[noun] in partner.name.lower()


# Belarus's own bodies and places in a position: an executive committee, a region's or city's name
# (a region's, district's or town's «Совет депутатов» is Belarus's local council: Russia's regions
# have a duma or a legislative assembly)
_OUR_BODIES = re.compile(
    r"исполком|минск|брест|гомел|гродн|витебск|могил[её]в|бобруйск|барановичск|пинск|мозыр|"
    r"(?:областн|районн|городск|сельск|поселков)\w*\s+совет\w*\s+депутатов"
)


# Posts Belarus has none of (its regions and cities are headed by executive committees'
# chairmen): a governor, akim, hokim, rais, mayor, prefect, a city's or district's head, a
# member of a duma, legislative assembly or senate, is a foreign official.
_FOREIGN_POST = re.compile(
    r"губернатор|\bаким|\bхоким|\bраис|\bмэр|\bпрефект|провинци|штат[аеу]?\b|вилоят|аймак|воеводств|полпред|"
    r"\bглав\w*\s+(?:администрации\s+)?(?:\w+\s+)?(?:город|район|муниципальн|округ)|\bдум\w*\b|совета\s+федерации|"
    r"законодательн\w+\s+собрани|сенат|\bглав\w*\s+республики$|госадминистраци|государственн\w+\s+администраци"
)
# A post held abroad: whose it is, is the state it represents, never the one it is held in.
_DIPLOMAT = re.compile(r"посол|посланник|посольств|консул(?!ьт)|атташе|представител|представительств|поверенн")
# Where a post is held, after its title: «в …», «при …»; a chargé d'affaires' «в делах» is his title's
_HELD = r"\s+(?:во?|при)\s+(?!делах(?![\w-]))"


_SIDE_GUESS = "the side is a guess: the position names no country"


def _side(position: str, partner: Partner | None, item: Item) -> str:
    """Whose official: the state or region the position names before any «в …» or «при …»
    (where the post is held: «Посол Китая в Беларуси» is the partner's, «Постоянный
    представитель Беларуси при ЕЭК» ours), then the whole. A
    post Belarus does not have («губернатор», «аким», «мэр») or a foreign state named
    before «в …» is the partner's; a diplomat held in Belarus is the partner's, one
    held elsewhere ours («Посол в Республике Казахстан»)."""
    low = position.lower()
    head, where = (re.split(_HELD, low, maxsplit=1) + [""])[:2]
    found = _side_named(head, partner)
    if found:
        return found
    if sides.supranational(head):
        item.doubt("check", "an official of a union of states or an organisation: neither side alone")
        return "third"
    named = re.split(_HELD, position, maxsplit=1)[0]
    if _third_state(named, partner):
        item.doubt("check", "the post names a third state or its region, neither Belarus nor the partner's: `third`")
        return "third"
    if _FOREIGN_POST.search(head) or _names_state(named) or bool(sides.russian_republics(named)):
        return "partner"
    if where.strip() and _DIPLOMAT.search(head):
        return "partner" if "беларус" in where or "белорус" in where else "ours"
    found = _side_named(low, partner)
    if found:
        return found
    if re.search(r"област|кра[яй]", low) and partner is not None and partner.kind == "region":
        return "partner"
    item.doubt("check", _SIDE_GUESS)
    return "ours"


def sides_of_full_posts(officials: list[Item], partner: Partner | None) -> None:
    """An official whose side was a guess (his post as the release gave it named no country)
    is read again once his post is written in full («министр» → «Министр промышленности и
    торговли Шри-Ланки», the one ministry the release names): the partner's when the full post
    names the partner (a post completed with our state by assumption stays a guess)."""
    for item in officials:
        if _SIDE_GUESS not in item.notes:
            continue
        probe = Item({})
        side = _side(item.data["position"], partner, probe)
        if probe.notes or side != "partner":  # a guess again, a third party's, or ours as first read
            continue
        item.data["side"] = side
        item.notes = [note for note in item.notes if note != _SIDE_GUESS]
        item.doubt("check", "the post written in full names whose it is")


def _third_state(post: str, partner: Partner | None) -> bool:
    """Whether a post names only states that are neither the partner nor the state it lies
    in («министр иностранных дел Индии» in a release about Kazakhstan); a group of states
    as the partner has any state as its member."""
    if partner is None or partner.kind == "group":
        return False
    ours = {n.replace("ё", "е") for n in (partner.name, partner.country) if n}
    states = [official_name(w) or w for w in re.findall(r"[А-ЯЁ][а-яё]{2,}", post) if _state(w)]
    states = [s for s in states if not s.lower().startswith(("белорус", "беларус", "республика беларусь"))]
    if states:
        return not any(s.replace("ё", "е") in ours for s in states)
    return _third_region(post, partner)


def _third_region(post: str, partner: Partner) -> bool:
    """Whether a post names a region of another state than the partner's own: one of
    Russia's («губернатор Калужской области») in a release about Kazakhstan, a foreign one
    («аким Павлодарской области») in a release about a Russian region."""
    russian_partner = sides.RUSSIA in (partner.name, partner.country, official_name(partner.name))
    for m in _REGION.finditer(post):
        name = nominative_phrase(m.group())
        if not name or our_region(name) or sides.partner_named(name, partner.stems):
            continue
        if sides.russian_region(name) != russian_partner:
            return True
    return False


def _side_named(text: str, partner: Partner | None) -> str | None:
    """The side a position's words name: Belarus, the partner, or a Belarusian body. A
    post in the partner organisation is its own, even where it names the state it works
    in («директор банка по Республике Беларусь»)."""
    if partner is not None and partner.kind == "organisation" and _names_body(text, partner):
        return "partner"
    if "беларус" in text or "белорус" in text or re.search(r"(?<![\w-])рб(?![\w-])", text):
        return "ours"  # «комитета РБ»: Belarus by its initials
    # «Всекитайского собрания», «всероссийского»: a body of the whole state named by its adjective
    if partner is not None and sides.partner_named(re.sub(r"(?<![\w-])все(?=\w{4})", "", text), partner.stems):
        return "partner"
    return "ours" if _OUR_BODIES.search(text) else None


def _names_body(text: str, partner: Partner) -> bool:
    """Whether a text names an organisation by an abbreviation of its name («ЕАБР») or by
    every word of its name in any case («правления Евразийского банка развития»)."""
    words = re.findall(r"\w+", text.lower())
    if any(w in partner.stems for w in words):
        return True
    said = {inflect.lemma(w) for w in words}
    return _lemmas(partner.name) <= said


@cache
def _lemmas(name: str) -> frozenset[str]:
    """The dictionary forms of a name's words, read once per name."""
    return frozenset(inflect.lemma(w) for w in re.findall(r"\w+", name.lower()))


def _names_state(text: str) -> bool:
    """Whether a position names a foreign state («министр иностранных дел Индии»)."""
    return any(_state(w) for w in re.findall(r"[А-ЯЁ][а-яё]{2,}", text) if not w.lower().startswith("белорус"))


def companies(sentences: list[str], partner: Partner | None) -> list[Item]:
    """Companies in quotes («ОАО "МТЗ"», «"Белгоспроекта"», «холдинга "Белавтомаз"»),
    after a legal form («ОАО МТЗ»), named with their kind («Минский тракторный завод») or
    after what they make («автобусов МАЗ»), in the nominative, each once, with its side."""
    found: dict[str, Item] = {}
    for n, text in enumerate(sentences):
        for said, form, at in _company_names(text):
            name = spelled_out(said, sentences) or said  # «БКК» → «Белорусская калийная компания»
            known = found.get(name.lower())
            if known is not None and form and "legal_form" not in known.data:
                known.data["legal_form"] = form  # «Белорусская калийная компания» … «ОАО "БКК"»
            if known is not None or _is_partner_body(name, partner) or _no_company(name, form):
                continue
            data: dict = {"name": name}
            if form:
                data["legal_form"] = form
            side, note = _company_side(text, at, form, partner)
            if side == "ours" and note.startswith("the side is a guess"):
                side, note = _side_by_name(name, partner) or _side_of_sentence(text, partner) or (side, note)
            if side == "partner":
                data["side"] = "partner"
            found[name.lower()] = Item(data, "check", [note], sentence=n)
    return list(found.values())


def _no_company(name: str, form: str | None) -> bool:
    """Whether a name read as a company's names none: a legal form alone («ОАО» of «"ОАО
    "…" приглашает"»), or a state («павильон "Республика Беларусь"»)."""
    if re.fullmatch(_ABBREVIATED_FORMS, name.strip()):
        return True
    return not form and (official_name(name) is not None or official_name(name.split()[-1]) == name)


def _is_partner_body(name: str, partner: Partner | None) -> bool:
    """Whether a name read as a company's is the partner organisation itself, or the
    opening of its name («Евразийский банк» of «Евразийский банк развития»)."""
    if partner is None or partner.kind != "organisation":
        return False
    low = name.lower()
    return partner.name.lower().startswith(low) or low in partner.stems


def _company_side(text: str, at: tuple[int, int], form: str | None, partner: Partner | None) -> tuple[str, str]:
    """Ours or the partner's: a Russian legal form (АО, ПАО) for a Russian partner, else
    an adjective of the name's own phrase — just before it («калининградская компания
    "X"») or in an apposition after it («"X", крупный калининградский инвестор»): the
    partner's or ours («белорусский»)."""
    if form in _RUSSIAN_FORMS and partner is not None and partner.country == "Российская Федерация":
        return "partner", "the side is read from the Russian legal form"
    before = _own_phrase(text[: at[0]])
    after = text[at[1] :]
    # an apposition: «, крупный калининградский инвестор», not «, а тверское предприятие …»
    opens = re.match(r"\s*(?:,|[-–—]\s)\s*([а-яё]+)", after, re.I)
    joins = opens is not None and opens.group(1).lower() in ("а", "и", "но", "однако") or (
        opens is not None and opens.group(1).lower().startswith("котор")
    )
    apposition = " ".join(after.split()[:4]) if opens and not joins else ""
    # «вьетнамская корпорация «…»»: the form's own adjective places it too
    for word in re.findall(r"[а-яё]+(?:ск|цк)[а-яё]{2,3}\b", f"{form or ''} {before} {apposition}".lower()):
        if re.match(r"белорус|беларус", word):
            return "ours", f"the side is read from «{word}» next to the name"
        if partner is not None and sides.names_partner(word, partner.stems, shortest=4):
            return "partner", f"the side is read from «{word}» next to the name"
        placed = place_side(word, partner.name if partner is not None else None)
        if placed is not None:  # «гродненское», «свердловским» (for Russia)
            return placed, f"the side is read from the place «{word}» next to the name"
    town = town_after(after)  # «"ПромСервис" из Димитровграда»
    side = _town_side(town, partner) if town is not None else None
    if side is not None and town is not None:
        return side, f"the side is read from «из {town[0]}» after the name"
    return "ours", "the side is a guess: nothing next to the name says whose it is"


def _town_side(town: tuple[str, str], partner: Partner | None) -> str | None:
    """The side a place a company is from or named for gives it: a town of Belarus ours;
    a state's name or adjective the partner's when it is the partner or the partner's
    state, else a third party's; any other place the partner's, the one other side of the
    release («Челябинский тракторный завод» in a release about Chelyabinsk, «Гянджинский
    автомобильный завод» in one about Azerbaijan). None when there is no partner."""
    word, where = town
    if where == "ours" or partner is None:
        return "ours" if where == "ours" else None
    state = state_of_adjective(word) or (official_name(word) and inflect.lemma(word).capitalize())
    if not state:
        return "partner"
    full = official_name(state) or state
    return "partner" if full in (partner.name, partner.country) else None


# Companies named as a kind, with whose they are: «саратовские предприятия», «белорусские и
# тверские заводы», «заводы Ярославской области» (the kind's adjectives or the words after it)
_KIND_OF = re.compile(
    r"(?<![\w-])(?P<adj>(?:[а-яё]+(?:ск|цк)(?:ие|их|им|ими|ая|ой|ую|ое|ого|ий)(?:\s+и|\s*,)?\s+){0,3})"
    r"(?:предприяти|компани|завод|производител|фирм|заводчан)[а-яё]*(?P<after>(?:\s+[А-ЯЁа-яё-]+){1,2})?",
    re.I,
)


def _side_of_sentence(text: str, partner: Partner | None) -> tuple[str, str] | None:
    """The partner's side for a company its own words do not place, when its sentence names
    companies of one side only and that side is the partner («саратовские предприятия
    выпускают комплектующие: это «Резинотехника», «Сигнал»»); none when it names ours too
    («белорусские предприятия», «предприятия Беларуси»)."""
    if partner is None or partner.kind == "organisation":
        return None
    whose = set()
    for m in _KIND_OF.finditer(text):
        if re.match(r"\s*[«\"„]", text[m.end() :]):
            continue  # «тверское предприятие «Верхневолжский агрокомплекс»»: that company's own phrase
        quoted = text[: m.start()].count("«") > text[: m.start()].count("»")  # «Новосибирский завод …»: a name's own
        if _one_of_a_kind(m["adj"] or "") and not quoted:
            continue  # «с участием китайской компании … на ОАО «…»»: one other company, unnamed
        words = f"{m['adj'] or ''} {m['after'] or ''}".lower()
        if re.search(r"белорус|беларус|наш", words):
            whose.add("ours")
        elif sides.partner_named(words, partner.stems):
            whose.add("partner")
    if whose == {"partner"}:
        return "partner", "the side is read from the partner's companies its sentence names"
    return None


def _one_of_a_kind(adjectives: str) -> bool:
    """Whether the adjectives before a kind of company («китайской компании») say one company,
    in the singular only: another company than the one named, not the companies it lists."""
    words = re.findall(r"[а-яё]+(?:ск|цк)[а-яё]+", adjectives.lower())
    return bool(words) and all(
        all(p.tag.number == "sing" for p in inflect.parses(w) if p.tag.POS == "ADJF") for w in words)


def _side_by_name(name: str, partner: Partner | None) -> tuple[str, str] | None:
    """A company nothing next to it places: one named in Latin letters is foreign, so
    the partner's when the partner is a state; one whose name opens with the partner's
    own root («Туркменхимия», «Узбекнефтегаз», «Брянсксельмаш» for a partner of that
    name) is the partner's."""
    if partner is None:
        return None
    town = town_of_name(name)  # «Борисовский хрустальный завод», «Гянджинский автомобильный завод»
    side = _town_side(town, partner) if town is not None else None
    if side is not None and town is not None:
        return side, f"the side is read from the place «{town[0]}» its name opens with"
    if re.fullmatch(r"[A-Za-z0-9&'., -]+", name) and partner.kind == "country":
        return "partner", "the side is read from the name in Latin letters: a foreign company"
    low = inflect.fold(name)
    if any(low.startswith(root) for root in _roots(partner)):
        return "partner", "the side is read from the name, which opens with the partner's"
    if any(re.search(rf"(?<![а-яё]){root}", low) for root in _roots(partner)):
        return "partner", "the side is read from the name, which holds the partner's («МТЗ-Татарстан»)"
    return None


def _roots(partner: Partner) -> list[str]:
    """The partner's own root as a company's name may open with it: its stems of six
    letters or more, and a state's name without «-стан» («туркмен», «кыргыз»)."""
    words = [inflect.fold(w) for w in partner.name.split()]
    roots = [stem for stem in partner.stems if len(stem) >= 6]
    roots += [w[: -len(end)] for w in words for end in ("истан", "стан") if w.endswith(end) and len(w) - len(end) >= 5]
    return roots


def _own_phrase(before: str) -> str:
    """The words just before a name that belong with it: adjectives and at most one
    noun («крупная калининградская компания»), not a phrase the name depends on
    («саратовскому карьеру самосвалов» → «самосвалов»)."""
    kept: list[str] = []
    noun = False
    for word in reversed(before.split()[-4:]):
        pos = {p.tag.POS for p in inflect.parses(word.strip(",.:;"))[:2]}
        if pos & {"ADJF", "PRTF"}:
            kept.insert(0, word)
        elif "NOUN" in pos and not noun:
            kept.insert(0, word)
            noun = True
        else:
            break
    return " ".join(kept)


def _company_names(text: str) -> list[tuple[str, str | None, tuple[int, int]]]:
    """(name, legal form, where) of each company the sentence names."""
    out = []
    shared: tuple[str | None, int] = (None, -1)  # a legal form in the plural, and where its last name ends
    for m in _QUOTED.finditer(text):
        name = m["name"].strip()
        if len(name.split()) > 6 or not name[:1].isupper():
            continue
        form = _form(m["form"]) or (shared[0] if shared[1] >= 0 and shares_form(text[shared[1] : m.start()]) else None)
        if not form and not _company_in_quotes(text, m.start(), name) or quoted_speech(name, text[m.end() :]):
            continue
        if not form and _WRITES.match(text, m.end()) and _kind_before(text, m.start()) not in _COMPANY_KINDS:
            continue  # «"Курсив" писал»: a medium
        if _stands_alone(text, m):  # «"Белгоспроекта"», «руководством "Амкодора"»: put back in the nominative
            said = _quoted_nominative(name)
            name = said if said != name else nominative_in_quotes(name, text[: m.start()]) or name
        out.append((name, form, m.span()))
        out += [(short, None, at) for short, at in listed_after(text, m.end(), CASED_SHORT)]  # «"…", МТЗ и "…"»
        plural = form is not None and (m["form"] is None or _plural_form(m["form"]))
        shared = (form, m.end()) if plural else (None, -1)
    for m in _FORM_ABBREVIATION.finditer(text):
        if re.fullmatch(_ABBREVIATED_FORMS, m["name"]):
            continue  # «РУП ПО "…"»: two forms, the name in quotes after them
        out.append((m["name"], m["form"], m.span()))
        out += [(name, None, at) for name, at in listed_after(text, m.end(), CASED_SHORT)]
    for m in _BRAND.finditer(text):
        if not re.fullmatch(_ABBREVIATED_FORMS, m["name"]):  # «технику ОАО "…"»: a form, no maker
            out.append((m["name"], None, m.span("name")))
            out += [(name, None, at) for name, at in listed_after(text, m.end(), CASED_SHORT)]
    out += [(name, None, at) for name, at in shared_kind(text) + short_names(text)]
    quoted = [q.span() for q in re.finditer(r"[«\"„][^«»\"“”„]*[»\"“”]", text)]
    for m in _COMPANY_NOUN.finditer(text):
        if any(a < m.start() < b and m.end() < b - 1 for a, b in quoted):
            continue  # «ТОО «Машиностроительный завод МТЗ-Казахстан»»: the start of a longer name in quotes
        name = nominative_phrase(m["name"])
        if (len(m["name"].split()) == 2 or _kind_word(m["name"])) and re.match(r"\s*[«\"„]", text[m.end() :]):
            continue  # «Свердловский завод "Пневмостроймашина"»: where the plant in quotes is, and its kind
        if re.search(r"компани\w*$", m["name"]) and (_opens_sentence(text, m) or not _PLACE_WORD.match(m["name"])):
            continue  # «Китайская строительная компания …» opening a sentence, «Государственной нефтяной компании»
        if not all(_adjective(w) for w in m["name"].split()[1:-1] if not w.startswith("торгов")):
            continue  # «Проектная мощность нового завода»: a noun between, of the plant, no plant's name
        if name and name[:1].isupper() and _adjective(m["name"].split()[0]):  # «Минский … завод», not «Душанбе … дом»
            end = complement(text, m.end())  # «завод металлоконструкций»
            out.append((name + text[m.end() : end], None, (m.start(), end)))
    return out + _latin_companies(text) + [(name, None, at) for name, at in plants_named_short(text)]


def _kind_word(name: str) -> bool:
    """Whether a name read before a name in quotes ends in a kind that is no plant's own
    name («Ульяновский торговый дом "…"», «Белорусская калийная компания "…"»)."""
    return bool(re.search(r"(?:торгов\w+\s+дом|компани)\w*$", name))


# a place's adjective opening a company's name: «Белорусской калийной компании»
_PLACE_WORD = re.compile(r"[А-ЯЁ][а-яё]+[сц]к[а-яё]{2,3}\s")


def _opens_sentence(text: str, m: re.Match[str]) -> bool:
    return not text[: m.start()].strip(" «\"„(—–-")


def _company_in_quotes(text: str, start: int, name: str) -> bool:
    """Whether a name in quotes with no legal form is a company: not after a news
    source's verb («сообщает "…"»), nor after a noun naming something else (a park, a
    city, an exhibition, a programme, a newspaper), nor a place's name after a
    preposition («в "Душанбе"»)."""
    if _NEWS_SOURCE.search(text[:start]) or names_itself(name) or _words_said(name):
        return False
    kind = _kind_before(text, start)
    if kind in _OTHER_KINDS or _AGENCY_BEFORE.search(text[:start]):  # «корреспондент МИА "…"»: a news agency
        return False
    if kind in _PRODUCT_KINDS and _brand(name):  # «тракторов «Беларус»»: a brand
        return False
    # a noun of another kind, not a preposition read as a noun («с "…"») nor a form («АО АПК "…"»)
    after_noun = kind is not None and len(kind) > 2 and not re.search(r"[А-ЯЁ]{2,}\s*$", text[:start])
    if kind not in _COMPANY_KINDS and (_no_firm_name(name) or after_noun and _common_words(name)):
        return False
    after_preposition = re.search(r"(?:^|\s)(?:в|во|из|на|под|до|через|к|ко)\s+$", text[:start], re.I)
    return not (after_preposition and " " not in name and _place(name))


def _brand(name: str) -> bool:
    """Whether a name in quotes after a machine's noun is a brand named for a country or a
    place («тракторы «Беларус»», «грузовики «Урал»»), not its maker, which machines are named
    for as often («погрузчики «Амкодор»», «комбайн «Гомсельмаш»», «автобусы «МАЗ»»)."""
    word = name.split()[0] if name.split() else ""
    if inflect.fold(word).lower().startswith(("беларус", "белорус")):
        return True
    return " " not in name and any(p.is_known and "Geox" in p.tag for p in inflect.parses(word)[:1])


# «корреспондент МИА "…"», «ИА "…"», «информагентство "…"»: a news agency's name follows
_AGENCY_BEFORE = re.compile(r"(?<![\w-])(?:[А-ЯЁ]{0,3}ИА|информагентств\w*|информационн\w+\s+агентств\w*)\s*$")
# «"ЭКСПО-2017"», «"Беларусь-2026"», «"Беларус-2103"»: an event of a year or a product's model
_NUMBERED = re.compile(r"[-–]\s?\d{2,5}$")


def _common_words(name: str) -> bool:
    """«"Становление"», «"Сварка и резка"», «"Лучший город – лучшая жизнь"»: a name made of
    common words only (no proper name, no word the dictionary does not know), which a noun
    of no company's kind before it names («центре повышения квалификации», «тематике»)."""
    words = re.findall(r"[А-Яа-яЁё]+", name)
    if not words or len(words) != len(re.sub(r"[-–—]", " ", name).split()):
        return False  # «"Беларус 2103"», «"АМКОДОР-Агидель"»: digits or a compound
    for word in words:
        parses = inflect.parses(word)
        if not parses[0].is_known or word.isupper() or {"Name", "Surn", "Geox", "Orgn", "Trad"} & _grammemes(parses[0]):
            return False
    return True


def _grammemes(parse) -> set[str]:
    return set(str(parse.tag).replace(" ", ",").split(","))


def _no_firm_name(name: str) -> bool:
    """Whether a name in quotes is no company's by its own form: an event of a year or a
    product's model («ЭКСПО-2017», «Беларус-2103»), a news agency («Казинформ», «Татар-
    информ»), or a verb quoted alone («"Взять" … под силу»)."""
    if _NUMBERED.search(name) or name.lower().replace("-", "").endswith("информ"):
        return True
    if " " in name:
        return False
    parses = inflect.parses(name)  # «Саратовстройстекло», read as a verb by a guess, is a word no dictionary knows
    return bool(parses) and parses[0].tag.POS in ("INFN", "VERB") and inflect.morph().word_is_known(name.lower())


def _words_said(name: str) -> bool:
    """«"Я уверен: …"», «"Мы готовы!"»: words in quotes that someone said, no name."""
    return bool(re.search(r"[:!?]", name)) or name.split()[0] in ("Я", "Мы", "Вы", "Ты")


def _kind_before(text: str, start: int) -> str | None:
    """The lemma of the noun just before `start`, over the adjectives between
    («Китайско-Белорусский индустриальный парк "…"» → «парк»); None when a word of
    another kind comes first."""
    first: str | None = None
    for word in reversed(re.findall(r"[А-Яа-яЁё-]+", text[:start].split(",")[-1])[-4:]):
        parses = inflect.parses(word.lower().strip("-"))  # «Telegram-канал»: the Russian noun
        if parses[0].tag.POS in ("ADJF", "PRTF"):
            continue
        # «выставке-форуме»: a compound is the kind of its first noun, an exhibition; «парке»
        # is a park before a parka: a reading that names a kind wins
        nouns = [p.normal_form.replace("ё", "е").split("-") for p in parses[:3] if p.tag.POS == "NOUN"]
        # «онлайн-радио»: a compound whose second noun names the kind
        kind = next((n for parts in nouns for n in parts if n in _OTHER_KINDS | _COMPANY_KINDS | _PRODUCT_KINDS), None)
        if kind is not None or first is not None or parses[0].tag.case != "gent":
            return kind or first or (nouns[0][0] if nouns else None)
        first = nouns[0][0] if nouns else None  # «фестиваль искусств "…"»: the noun the genitive depends on
    return first


def _latin_companies(text: str) -> list[tuple[str, str | None, tuple[int, int]]]:
    """Names in Latin letters with no quotes: after a company's noun or a legal form
    («корпораций SUMEC Group, ZOOMLION и Farsoon Technologies» — a list takes the noun
    of its first name), or ending in a business word («Harbin Electric Group»)."""
    out: list[tuple[str, str | None, tuple[int, int]]] = []
    kind, end = None, -1
    for m in _LATIN.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] in ("«", '"', "„"):
            continue  # in quotes: read as a quoted name
        listed = end >= 0 and re.fullmatch(r"\s*,\s*|\s+и\s+|\s*,\s*а\s+также\s+", text[end : m.start()])
        if not listed:
            kind = _latin_kind(text, m.start())
        end = m.end()
        if kind is not None or _LATIN_BUSINESS.search(m.group()):
            out.append((m.group(), kind or None, m.span()))
    return out


def _latin_kind(text: str, start: int) -> str | None:
    """The form a Latin name stands after: a legal form («ООО», «LLC») as written, a
    business form («корпорации» → «корпорация»), «» for another company's noun, else None."""
    form = re.search(rf"(?<![\w-])({_ABBREVIATED_FORMS})\s+$", text[:start])
    if form:
        return form.group(1)
    bracketed = kind_before_bracket(text, start)  # «… нефтяной компании … (SOCAR)»
    if bracketed:
        return bracketed
    kind = _kind_before(text, start)
    if kind not in _COMPANY_KINDS:
        return None
    return kind if re.fullmatch(_FORMS, kind) else ""


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """Whether a name in quotes stands as a noun of its own, so the release may have
    declined it («специалисты "Белгоспроекта"»): not after a legal form or a company's
    noun, whose apposition it is and so written as it is named («компанией «Санта»»)."""
    return not m["form"] and _kind_before(text, m.start()) not in _COMPANY_KINDS


def _plural_form(said: str) -> bool:
    """Whether a legal form in words is in the plural, shared by the names listed after it."""
    return bool(re.search(LEGAL_WORDS, said, re.I)) and legal_form_in_words(said)[1] or plural_kind(said) is not None


def _form(said: str | None) -> str | None:
    """A legal form as a facts file writes it: «ОАО» as it is, «группы компаний» →
    «группа компаний», «холдинга» → «холдинг», «Государственным концерном» →
    «Государственный концерн» (a capitalised adjective is part of its name), «акционерные
    общества» → «акционерное общество»."""
    if not said or said.isupper():
        return said
    if plural_kind(said):  # «концерны «…», «…» и «…»»: each is a «концерн»
        return plural_kind(said)
    words = re.search(LEGAL_WORDS, said, re.I)
    if words:
        return legal_form_in_words(said[: words.end()])[0]
    if re.fullmatch(r"(?i:компани|фирм)\w*", said.strip()):  # «компании «…»» is one company's
        return inflect.lemma(said.strip())
    form = nominative_head(said)
    return form if len(form.split()) > 1 and _adjective(form.split()[0]) and form[:1].isupper() else form.lower()


def _quoted_nominative(name: str) -> str:
    """«Белгоспроекта» in quotes → «Белгоспроект»: a one-word name is put back in the
    nominative when the dictionary reads it as a form of an organisation's name."""
    if " " in name or "-" in name:
        return name
    for p in inflect.parses(name):  # a company is one: «Беларуськалий» is no plural genitive
        oblique = p.tag.case != "nomn" and p.tag.number != "plur"
        if p.tag.POS == "NOUN" and (stem := masculine_stem(name, p)):
            return stem  # «Пинскдрева» → «Пинскдрев», not a neuter «Пинскдрево»
        if p.tag.POS == "NOUN" and oblique and ("Orgn" in p.tag or p.score >= 0.3):
            return inflect.restore(name, p.normal_form)
        break
    return name
