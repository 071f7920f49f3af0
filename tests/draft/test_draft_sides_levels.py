"""Sides at the level below the state (issue #10): a foreign region named by its body's
adjective, a foreign city as the partner, a Belarusian region or district as our side
when the partner is a region or city. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release, sides
from memogen.draft.parties import find_partner
from memogen.draft.read import Release


def _draft(text: str):
    return draft_release(Release(text, None, None, None), dt.date(2024, 6, 10), url=None, file=None, name="test")


def partner_of(*sentences: str) -> tuple[str, str, str | None]:
    found = find_partner(list(sentences))
    return found.name, found.kind, found.country


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Председатель Гомельского облисполкома и глава Житомирской областной государственной администрации "
          "подписали план совместных действий.", "Украина и Беларусь провели форум регионов.",
          "Делегации Украины были представлены широко."], ("Житомирская область", "region", "Украина")),
        (["Депутаты Тамбовской областной думы приехали в Брест.", "Россия остаётся главным партнёром."],
         ("Тамбовская область", "region", "Российская Федерация")),
        (["Председатель Витебского облисполкома встретился с руководством Алтайского краевого "
          "законодательного собрания.", "Визит прошёл в рамках форума регионов России и Беларуси.",
          "Россия и Беларусь готовят новые проекты."], ("Алтайский край", "region", "Российская Федерация")),
    ],
)
def test_a_region_named_by_its_bodys_adjective_is_the_partner_with_our_region_acting(sentences, expected):
    assert partner_of(*sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Подписан меморандум о побратимстве между Кобринским районом Брестской области и городом Дэян "
          "провинции Сычуань Китайской Народной Республики.",
          "Документ с китайской стороны подписал мэр города Дэян."],
         ("город Дэян", "city", "Китайская Народная Республика")),
        (["Делегация мэрии Кишинёва прибыла в Гродно.", "Мэр Кишинёва обсудил с председателем Гродненского "
          "горисполкома поставки техники.", "Молдова заинтересована в белорусских лифтах."],
         ("город Кишинёв", "city", "Республика Молдова")),
        (["Глава администрации города Казани провёл встречу с белорусской делегацией.",
          "Администрация города Казани предложила открыть торговый дом."],
         ("город Казань", "city", "Российская Федерация")),
    ],
)
def test_a_foreign_city_named_by_its_own_authority_or_as_our_counterpart_is_the_partner(sentences, expected):
    name, kind, country = partner_of(*sentences)
    assert (name, kind) == expected[:2]
    assert country == expected[2]


def test_a_city_named_only_as_where_something_happens_is_no_partner():
    name, kind, _ = partner_of(
        "Форум прошёл в городе Урумчи (Синьцзян-Уйгурский автономный район, КНР).",
        "Белорусские предприятия подписали контракты с китайскими партнёрами из провинции Ганьсу.",
        "Провинция Ганьсу закупит белорусские тракторы.",
    )
    assert (name, kind) == ("провинция Ганьсу", "region")


def test_a_region_that_only_says_where_a_city_lies_gets_no_vote():
    """«городом Дэян провинции Сычуань»: the province locates the city."""
    assert sides.locates("между районом и городом Дэян провинции Сычуань", len("между районом и городом Дэян "))
    assert sides.locates("в городе Боао (провинция Хайнань", len("в городе Боао ("))
    assert not sides.locates("делегация провинции Сычуань", len("делегация "))


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        # a district named with its region, acting through its executive committee
        ("Подписан меморандум о побратимстве между Кобринским районом Брестской области Республики Беларусь и "
         "городом Дэян Китайской Народной Республики. Председатель Кобринского райисполкома выступил по видеосвязи.",
         "Кобринский район Брестской области"),
        # a region's colloquial name, and a company whose name opens with «Беларусь»
        ("Витебская область открыла свой стенд в Ханое рядом с продукцией «Беларуськалия». "
         "Товарооборот Витебщины с Вьетнамом за год составил 12 млн долларов.", "Витебская область"),
        # a count's sentence names Belarus in passing: the region's own release still
        ("На выставке в Москве открылись Дни Могилёвской области. Могилёвская область представила "
         "продукцию почти ста предприятий, многие из которых известны по всей Беларуси.", "Могилёвская область"),
        # our region acts with the partner region in one sentence, Belarus named more often
        ("На форуме регионов Беларуси и Украины, где были делегации всех областей Беларуси, председатель "
         "Брестского облисполкома и глава Волынской областной государственной администрации подписали "
         "соглашение. Беларусь и Украина договорились продолжить форумы.", "Брестская область"),
    ],
)
def test_our_region_or_district_is_our_side(text, ours):
    facts = _draft(text).facts
    assert facts.parties.ours.name == ours
    assert facts.parties.ours.kind == "region"


@pytest.mark.parametrize(
    "text",
    [
        # a trade figure of Belarus's keeps Belarus ours, though our region acts with the partner region
        "Председатель Брестского облисполкома и глава Волынской областной государственной администрации "
        "подписали соглашение. Товарооборот Беларуси и Украины вырос на 12 % и достиг 5 млрд долларов.",
        # Belarus named more often, and the partner a state
        "Минская область представила стенд в Каракасе. Беларусь и Венесуэла обсудили поставки. "
        "Беларусь готова расширять экспорт в Венесуэлу.",
    ],
)
def test_belarus_stays_ours_when_the_region_is_not_the_releases_subject(text):
    assert _draft(text).facts.parties.ours.name == "Республика Беларусь"


def test_belarus_is_named_by_its_own_name_not_a_word_it_opens():
    assert sides.names_belarus("продукция Беларуси")
    assert sides.names_belarus("в Белоруссии")
    assert not sides.names_belarus("продукция «Беларуськалия» и «Белорусского автомобильного завода»")


def _official_side(position: str, partner_sentences: list[str]) -> str:
    from memogen.draft.model import Item
    from memogen.draft.parties import _side

    return _side(position, find_partner(partner_sentences), Item({}))


@pytest.mark.parametrize(
    ("position", "side"),
    [
        ("Государственный секретарь Союзного государства", "third"),
        ("Председатель Постоянного комитета Союзного государства", "third"),
        ("Генеральный секретарь ШОС", "third"),
        ("Председатель Исполнительного комитета — Исполнительный секретарь СНГ", "third"),
        ("Член Коллегии (Министр) по торговле Евразийской экономической комиссии", "third"),
        # a post that names a side is that side's, wherever it is held
        ("Постоянный представитель Республики Беларусь при ООН", "ours"),
        ("Министр иностранных дел Российской Федерации", "partner"),
    ],
)
def test_an_official_of_a_union_of_states_or_an_organisation_is_on_neither_side(position, side):
    assert _official_side(position, ["Россия и Беларусь обсудили поставки.", "Россия закупает технику."]) == side


def test_an_official_of_the_group_that_is_the_partner_is_the_partners():
    sentences = ["Беларусь и страны ЕАЭС нарастили торговлю.", "Торговля со странами ЕАЭС выросла."]
    assert _official_side("Председатель Коллегии Евразийской экономической комиссии", sentences) == "partner"


def test_a_drafted_union_state_official_validates_as_third():
    facts = _draft("Государственный секретарь Союзного государства Пётр Смирнов открыл Дни Брестской области "
                   "в Москве. Россия остаётся крупнейшим партнёром.").facts
    assert [(o.person.surname, o.side) for o in facts.parties.officials] == [("Смирнов", "third")]


@pytest.mark.parametrize(
    ("sentences", "name", "stem"),
    [
        (["Делегация Кыргызстана посетила Минск.", "Кыргызстан закупает белорусские лифты."],
         "Кыргызская Республика", "кыргыз"),
        (["Товарооборот с Кыргызстаном вырос.", "В Кыргызстане открыт торговый дом."], "Кыргызская Республика", "кыргыз"),
        (["Азербайджан закупает белорусские автобусы.", "Делегация Азербайджана посетила МАЗ."],
         "Азербайджанская Республика", "азерб"),
        (["Султанат Оман готов закупать тракторы.", "Оман и Беларусь подписали меморандум."], "Султанат Оман", "оман"),
    ],
)
def test_a_state_named_as_in_its_official_name_not_as_cldr_names_it_is_found(sentences, name, stem):
    """CLDR writes «Киргизия»; Belarusian releases write «Кыргызстан», the short name inside
    ISO's official «Республика Кыргызстан»; the state's own official name is «Кыргызская
    Республика» (and «Азербайджанская Республика», where ISO writes «Республика
    Азербайджан»); the partner's stem is its name's, not «республ…»."""
    found = find_partner(sentences)
    assert found.name == name
    assert any(s.startswith(stem) for s in found.stems) and not any(s.startswith(("респу", "султа")) for s in found.stems)
