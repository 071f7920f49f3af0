"""Whose is what: a foreign region's country, a group of states as the partner, a
Belarusian region as our side, and the side of each official (issue #10). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release, sides
from memogen.draft.model import Item
from memogen.draft.parties import _side, find_partner
from memogen.draft.read import Release


def partner_of(*sentences: str) -> tuple[str, str, str | None]:
    found = find_partner(list(sentences))
    return found.name, found.kind, found.country


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Делегация посетила Карагандинскую область.", "Карагандинская область закупает белорусские лифты.",
          "Посол Беларуси в Казахстане принял участие во встрече."],
         ("Карагандинская область", "region", "Республика Казахстан")),
        (["Андижанская область заинтересована в тракторах.", "Хоким Андижанской области посетил Минск.",
          "Товарооборот с Узбекистаном растёт."], ("Андижанская область", "region", "Республика Узбекистан")),
        (["Сотрудничество с Тульской областью расширяется.", "Тульская область поставляет металл.",
          "Часть продукции уходит в Китай."], ("Тульская область", "region", "Российская Федерация")),
        (["Ставропольский край закупил комбайны.", "Губернатор Ставропольского края посетил выставку."],
         ("Ставропольский край", "region", "Российская Федерация")),
    ],
)
def test_a_region_lies_in_its_own_country_not_always_in_russia(sentences, expected):
    assert partner_of(*sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Делегация побывала в провинции Хэйлунцзян.", "Губернатор провинции Хэйлунцзян Ли Мин встретил гостей.",
          "Стороны обсудили поставки в Китайскую Народную Республику.", "Провинция Хэйлунцзян граничит с Россией."],
         ("провинция Хэйлунцзян", "region", "Китайская Народная Республика")),
        (["Представители вилоята Сурхандарья приехали в Гомель.", "Хоким вилоята Сурхандарья осмотрел завод."],
         ("вилоят Сурхандарья", "region", "Республика Узбекистан")),
        (["Белорусские машины работают в провинции Тайнинь Вьетнама.",
          "Руководство провинции Тайнинь готово к новым закупкам."],
         ("провинция Тайнинь", "region", "Социалистическая Республика Вьетнам")),
    ],
)
def test_a_foreign_province_is_the_partner_and_keeps_its_country(sentences, expected):
    assert partner_of(*sentences) == expected


def test_several_provinces_of_one_state_make_the_state_the_partner():
    name, kind, _ = partner_of(
        "Делегация посетила провинцию Юньнань и провинцию Сычуань.",
        "В провинции Юньнань прошёл форум, в провинции Сычуань — переговоры.",
        "Китай остаётся крупным покупателем калия.",
    )
    assert (name, kind) == ("Китайская Народная Республика", "country")


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Экспорт в страны ЕАЭС вырос.", "Со странами ЕАЭС подписано соглашение.", "Делегация прибыла в Москву."],
         "Евразийский экономический союз"),
        (["Товарооборот со странами Содружества увеличился.", "Импорт из стран СНГ сократился.",
          "Об этом сообщили в Москве."], "Содружество Независимых Государств"),
        (["Поставки в страны Африки растут.", "Со странами Африки налажен диалог.", "Переговоры прошли в Каире."],
         "страны Африки"),
        (["Государства Юго-Восточной Азии интересуются техникой.", "Экспорт в страны Юго-Восточной Азии вырос."],
         "страны Юго-Восточной Азии"),
    ],
)
def test_a_group_of_states_is_the_partner_over_a_city_named_once(sentences, name):
    assert partner_of(*sentences)[:2] == (name, "group")


def test_a_state_named_only_by_its_adjective_is_the_partner_when_nothing_else_is_named():
    assert partner_of("Белорусские фирмы показали продукцию на китайской ярмарке.",
                      "Китайские покупатели заключили контракты.")[:2] == ("Китайская Народная Республика", "country")


def _draft(text: str):
    return draft_release(Release(text, None, None, None), dt.date(2025, 5, 20), url=None, file=None, name="test")


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("Председатель Витебского облисполкома Олег Ковалёв встретился с губернатором Псковской области. "
         "Стороны подписали план между Витебской областью и Псковской областью на два года.", "Витебская область"),
        ("Брестская делегация посетила провинцию Аньхой. Брестская область и провинция Аньхой "
         "договорились о поставках молока.", "Брестская область"),
        ("Делегация Могилёвской области прибыла в Самарскую область. Товарооборот области с Самарской "
         "областью вырос на 12 %.", "Могилёвская область"),
        ("Председатель Минского горисполкома провёл переговоры с мэром Еревана. Минск и Ереван подпишут "
         "программу побратимства.", "город Минск"),
    ],
)
def test_a_belarusian_regions_own_release_makes_the_region_our_side(text, ours):
    facts = _draft(text).facts
    assert facts.parties.ours.name == ours
    assert facts.parties.ours.kind in ("region", "city")


@pytest.mark.parametrize(
    "text",
    [
        # Belarus's own figure: our side is the state, though a region's committee took part
        "Председатель Гомельского облисполкома встретился с губернатором Курской области. "
        "Беларусь занимает второе место среди партнёров Курской области, товарооборот достиг 300 млн долларов.",
        # a region named as a place only
        "Президент Беларуси посетил Минскую область. Беларусь и Казахстан обсудили поставки в Казахстан.",
    ],
)
def test_belarus_stays_our_side_when_the_release_is_not_a_regions_own(text):
    assert _draft(text).facts.parties.ours.name == "Республика Беларусь"


@pytest.mark.parametrize(
    ("position", "side"),
    [
        ("Губернатор провинции Хайнань", "partner"),
        ("Аким Павлодарской области", "partner"),
        ("Заместитель хокима Ферганской области", "partner"),
        ("Мэр города Тяньцзинь", "partner"),
        ("Чрезвычайный и Полномочный Посол Республики Казахстан в Республике Беларусь", "partner"),
        ("Посол в Республике Беларусь", "partner"),
        ("Чрезвычайный и Полномочный Посол в Республике Казахстан", "ours"),
        ("Посол Республики Беларусь в Республике Казахстан", "ours"),
        ("Председатель Гродненского облисполкома", "ours"),
        ("Министр иностранных дел Индии", "third"),  # a third state: neither side
        ("Министр сельского хозяйства провинции Пенджаб", "partner"),
        ("Глава города Уральска", "partner"),
        ("Глава администрации Заречного района", "partner"),
        ("Депутат областной думы", "partner"),
        ("Председатель Законодательного собрания", "partner"),
        ("Член Совета Федерации", "partner"),
        ("Полпред Президента в Приволжском федеральном округе", "partner"),
        ("Глава Администрации Президента Республики Беларусь", "ours"),
        ("Член Совета Республики Национального собрания Республики Беларусь", "ours"),
    ],
)
def test_an_officials_side_follows_the_post_and_whom_it_represents(position, side):
    partner = find_partner(["Республика Казахстан развивает связи.", "Казахстан закупает технику."])
    assert _side(position, partner, Item({})) == side


def test_a_foreign_regions_official_is_the_partners_even_when_the_partner_is_a_state():
    partner = find_partner(["Вьетнам закупает тракторы.", "Социалистическая Республика Вьетнам строит дороги."])
    assert _side("Председатель народного комитета провинции Донгнай", partner, Item({})) == "partner"


def test_russias_regions_are_known_and_others_are_not():
    assert sides.russian_region("Нижегородская область")
    assert sides.russian_region("Ханты-Мансийский автономный округ")
    assert not sides.russian_region("Туркестанская область")
    assert not sides.russian_region("Иссык-Кульская область")


def _figures(text: str, partner: str, country: str | None = None) -> list[dict]:
    from tests.draft.drafted import figures_for

    return figures_for(dt.date(2025, 5, 20), partner, text, country=country)


@pytest.mark.parametrize(
    ("text", "partner", "indicator", "side", "party"),
    [
        ("За полгода поставки в КНР выросли до 2,4 млрд долларов.", "Российская Федерация", "exports", None,
         {"name": "Китайская Народная Республика"}),
        ("Импорт из Германии сократился до 310 млн долларов.", "Республика Казахстан", "imports", None,
         {"name": "Федеративная Республика Германия"}),
        ("Товарооборот Узбекистана с Китаем в прошлом году составил 13 млрд долларов.", "Республика Узбекистан",
         "turnover", "partner", {"name": "Китайская Народная Республика"}),
        ("Экспорт Казахстана в Турцию достиг 4 млрд долларов.", "Республика Казахстан", "exports", "partner",
         {"name": "Турецкая Республика"}),
        ("Экспорт белорусских товаров в страны ЕАЭС составил 9 млрд долларов.", "Республика Казахстан", "exports",
         None, {"name": "страны ЕАЭС", "kind": "group"}),
        ("Импорт из государств — членов ШОС вырос до 2 млрд долларов.", "Республика Казахстан", "imports",
         None, {"name": "страны ШОС", "kind": "group"}),
        ("Товарооборот Беларуси со странами Африки превысил 600 млн долларов.", "Арабская Республика Египет",
         "turnover", None, {"name": "страны Африки", "kind": "group"}),
    ],
)
def test_a_trade_with_a_third_country_or_group_has_its_counterparty(text, partner, indicator, side, party):
    (figure,) = _figures(text, partner)
    assert (figure["indicator"], figure.get("side"), figure["counterparty"]) == (indicator, side, party)


@pytest.mark.parametrize(
    ("text", "partner", "country"),
    [
        ("Товарооборот с Китаем составил 5 млрд долларов.", "Китайская Народная Республика", None),
        ("Товарооборот Беларуси с Азербайджаном составил 400 млн долларов.", "Азербайджанская Республика", None),
        ("Товарооборот с Россией превысил 50 млрд долларов.", "Псковская область", "Российская Федерация"),
        ("Экспорт в страны Содружества достиг 2 млрд долларов.", "Содружество Независимых Государств", None),
        ("Поставки в Беларусь выросли до 70 млн долларов.", "Республика Казахстан", None),
        ("Экспорт в Армению вырос до 80 млн долларов.", "Евразийский экономический союз", None),
    ],
)
def test_a_trade_with_the_partner_or_its_own_state_has_no_counterparty(text, partner, country):
    assert all("counterparty" not in f for f in _figures(text, partner, country))


def test_a_companys_side_is_read_from_its_forms_adjective_and_from_the_partners_name_inside_it():
    from memogen.draft.parties import companies

    vietnam = find_partner(["Вьетнам закупает тракторы.", "Социалистическая Республика Вьетнам строит дороги."])
    (company,) = companies(["Соглашение подписано с вьетнамской корпорацией «Хоа Бинь Моторс»."], vietnam)
    assert company.data.get("side") == "partner"
    tatarstan = find_partner(["Республика Татарстан закупает тракторы.", "Республика Татарстан строит дороги."])
    (company,) = companies(["Сборку ведёт ООО «Казань-Татарстан-Агро»."], tatarstan)
    assert company.data.get("side") == "partner"


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Председатель облисполкома Пётр Смирнов провёл переговоры с губернатором Тверской области. Делегация "
         "Витебской области подписала с Тверской областью план на три года.",
         "Председатель Витебского областного исполнительного комитета"),
        ("Первый заместитель председателя облисполкома Анна Кравец встретилась с акимом Павлодарской области. "
         "Делегация Брестской области и Павлодарская область договорились о поставках.",
         "Первый заместитель председателя Брестского областного исполнительного комитета"),
        # a unit of the committee, and the region's council, named without the region
        ("Делегация Могилёвской области приехала в Тверскую область. В неё вошли председатель областного Совета "
         "депутатов Олег Белый и председатель комитета по сельскому хозяйству облисполкома Павел Грач. "
         "Могилёвская область и Тверская область подписали план.",
         "Председатель Могилёвского областного Совета депутатов"),
        ("Делегация Могилёвской области приехала в Тверскую область. В неё вошли председатель областного Совета "
         "депутатов Олег Белый и председатель комитета по сельскому хозяйству облисполкома Павел Грач. "
         "Могилёвская область и Тверская область подписали план.",
         "Председатель комитета по сельскому хозяйству Могилёвского областного исполнительного комитета"),
        # the council in one contracted word, named with its region
        ("Председатель Витебского облсовета Пётр Смирнов встретился с губернатором Тверской области. Витебская "
         "область и Тверская область подписали план.", "Председатель Витебского областного Совета депутатов"),
    ],
)
def test_our_regions_executive_committee_named_without_its_region_is_completed(text, position):
    positions = [o.position for o in _draft(text).facts.parties.officials]
    assert position in positions


@pytest.mark.parametrize(
    ("position", "ours"),
    [
        ("Председатель Гомельского облисполкома", ("Витебская область", "region")),  # its region named already
        ("Председатель областного Совета депутатов", ("Республика Беларусь", "country")),  # no region is our side
        ("Председатель райисполкома", ("Витебская область", "region")),  # another level than our side's
        ("Председатель областной думы", ("Витебская область", "region")),  # no body of ours
    ],
)
def test_a_body_named_with_its_region_or_not_ours_is_left_as_said(position, ours):
    assert sides.our_body(position, ours) is None


def test_a_first_deputy_of_a_regions_head_named_without_the_region_is_the_partner_regions():
    text = ("Калужская область и Витебская область подписали программу. С калужской стороны её подписал первый "
            "вице-губернатор Олег Ветров.")
    positions = [o.position for o in _draft(text).facts.parties.officials]
    assert "Первый вице-губернатор Калужской области" in positions


def test_a_first_deputy_of_a_regions_head_is_no_state_partners():
    text = "Казахстан и Беларусь подписали программу. С казахстанской стороны её подписал первый вице-губернатор Олег Ветров."
    positions = [o.position for o in _draft(text).facts.parties.officials]
    assert not any("Казахстан" in p for p in positions)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the commission is with the partner: the co-chair is ours
        ("В Ташкенте работает делегация Беларуси во главе с заместителем Премьер-министра, сопредседателем "
         "совместной комиссии по сотрудничеству с Узбекистаном Иваном Петровым. Узбекистан закупает тракторы.", "ours"),
        # the commission is with Belarus: the co-chair is the partner's, though his post names Belarus
        ("Гостей принял председатель комиссии по сотрудничеству с Беларусью Иван Петров. Узбекистан закупает "
         "тракторы.", "partner"),
    ],
)
def test_the_party_a_posts_cooperation_is_with_is_not_the_holders(text, side):
    assert [o.side for o in _draft(text).facts.parties.officials] == [side]


def test_a_head_of_government_before_a_comma_takes_the_state_its_delegation_names():
    text = ("В Ташкенте работает делегация Беларуси во главе с заместителем Премьер-министра, сопредседателем "
            "совместной комиссии по сотрудничеству с Узбекистаном Иваном Петровым. Узбекистан закупает тракторы.")
    [official] = _draft(text).facts.parties.officials
    assert official.position.startswith("Заместитель Премьер-министра Республики Беларусь, сопредседатель")


def test_a_cooperation_with_a_third_state_says_nothing_of_the_side():
    text = ("Гостей принял министр иностранных дел Узбекистана, председатель комиссии по сотрудничеству с Индией "
            "Иван Петров. Узбекистан закупает тракторы.")
    assert [o.side for o in _draft(text).facts.parties.officials] == ["partner"]


def test_the_second_delegation_with_its_noun_and_verb_left_out_names_its_side():
    text = ("Белорусскую делегацию на переговорах возглавляет вице-премьер Иван Петров, казахстанскую — вице-премьер "
            "Олег Смирнов. Казахстан закупает тракторы.")
    sides_of = {o.person.surname: o.side for o in _draft(text).facts.parties.officials}
    assert sides_of["Смирнов"] == "partner"


def test_an_adjective_after_a_comma_with_no_delegation_before_is_no_side():
    text = ("Белорусская продукция идёт в Казахстан, российская — вице-премьер Олег Смирнов это отметил — в Смоленск. "
            "Казахстан закупает тракторы.")
    drafted = {o.person.surname: o for o in _draft(text).facts.parties.officials}
    assert "Российской" not in drafted["Смирнов"].position
