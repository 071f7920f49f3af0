"""Which place is the partner (issue #10): a Russian republic named by its own noun alone,
a part of the world's states named by its adjective, a district named with its region,
Russia when a Belarusian region's release names several of its regions, and our side
named by its enterprises. Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft import sides
from memogen.draft.parties import find_partner


def partner_of(*sentences: str) -> tuple[str, str, str | None]:
    found = find_partner(list(sentences))
    assert found is not None
    return found.name, found.kind, found.country


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Товарооборот Татарстана с Беларусью в прошлом году вырос на 12 %.",
          "В Татарстане собирают белорусские автобусы."], "Республика Татарстан"),
        (["Делегация Бурятии прибыла в Минск.", "Бурятия поставляет в Беларусь лес, а закупает технику."],
         "Республика Бурятия"),
        (["Глава Башкортостана провёл переговоры с белорусской делегацией.",
          "Беларусь входит в число главных партнёров республики среди стран СНГ."], "Республика Башкортостан"),
        (["С Карелией у Беларуси давние связи.", "Руководство Карелии предложило новые проекты."],
         "Республика Карелия"),
    ],
)
def test_a_russian_republic_named_by_its_noun_alone_is_the_partner(sentences, name):
    assert partner_of(*sentences) == (name, "region", "Российская Федерация")


def test_a_republic_named_with_its_word_is_read_once_not_twice():
    assert sides.russian_republics("Правительство Республики Татарстан и республики Дагестан") == []
    assert sides.russian_republics("В Дагестане и Коми") == ["Республика Дагестан", "Республика Коми"]


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Экспорт в африканские страны с начала года вырос вдвое.",
          "Поставки в африканские государства идут по графику, а в Евросоюз упали."], "страны Африки"),
        (["Белорусские машины всё охотнее покупают латиноамериканские страны.",
          "С латиноамериканскими государствами подписаны новые контракты."], "страны Латинской Америки"),
        (["Торговля с азиатскими странами растёт.", "Азиатским государствам предложены новые модели тракторов."],
         "страны Азии"),
    ],
)
def test_the_states_of_a_part_of_the_world_named_by_its_adjective_are_a_group_partner(sentences, name):
    assert partner_of(*sentences) == (name, "group", None)


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Соглашение о побратимстве подписали Слонимский район Гродненской области и Павловский район "
          "Воронежской области.", "Стороны обменяются делегациями.", "Россия и Беларусь поддержали проект."],
         "Павловский район Воронежской области"),
        (["Между Кобринским районом Брестской области и Каменским районом Свердловской области заключён "
          "договор о дружбе.", "Первые поставки пойдут осенью в рамках Союзного государства."],
         "Каменский район Свердловской области"),
    ],
)
def test_a_russian_district_named_with_its_region_is_the_partner(sentences, name):
    assert partner_of(*sentences) == (name, "region", "Российская Федерация")


def test_a_district_adjective_known_only_as_a_surname_is_put_in_the_nominative_by_its_ending():
    mentions = sides.our_mentions("между Горецким районом Могилёвской области и городом Ельней")
    assert mentions[0][0] == ("Горецкий район Могилёвской области", "region")


@pytest.mark.parametrize(
    "sentences",
    [
        ["Гомельская область торгует со многими регионами России.",
         "Больше всего поставок идёт в Брянскую и Калужскую области.",
         "С Калужской областью и Брянской областью подписаны программы."],
        ["Председатель Гродненского облисполкома рассказал о связях с Псковской, Тверской и Ленинградской "
         "областями.", "С Тверской и Псковской областями торговля растёт быстрее всего.",
         "Товарооборот области с Российской Федерацией вырос на 9 %."],
    ],
)
def test_several_russian_regions_named_alike_with_russia_make_russia_the_partner(sentences):
    assert partner_of(*sentences) == ("Российская Федерация", "country", None)


def test_one_russian_region_named_most_stays_the_partner_beside_another_in_passing():
    found = partner_of(
        "Товарооборот Беларуси с Ярославской областью вырос на 15 %.",
        "Ярославская область закупает белорусские лифты.",
        "Для сравнения, с Костромской областью торговля меньше; Россия в целом остаётся главным партнёром.",
    )
    assert found == ("Ярославская область", "region", "Российская Федерация")


def test_russia_by_its_short_and_official_names_is_one_party():
    found = partner_of(
        "Товарооборот с Россией растёт.", "Российская Федерация остаётся главным рынком.",
        "Экспорт в страны ЕС упал, а в Казахстан вырос.", "Казахстан закупает молочную продукцию.",
    )
    assert found == ("Российская Федерация", "country", None)


@pytest.mark.parametrize(
    "text",
    [
        "Предприятия Гомельской области за полгода поставили товаров на 1,2 млрд долларов.",
        "Экспортёры Брестской области нарастили поставки на 8 %.",
        "Организации Минской области закупили оборудования на 300 млн долларов.",
    ],
)
def test_a_regions_enterprises_make_it_act(text):
    assert any(acts for _, acts in sides.our_mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот Гомельской области за полгода вырос на 6 %.",
        "Внешнеторговый оборот Брестской области составил 2 млрд долларов.",
        "Экспорт товаров Витебской области за год превысил 3 млрд долларов.",
        "Экспорт Гомельщины за полгода вырос на 4 %.",
    ],
)
def test_a_region_named_as_a_trades_owner_acts(text):
    assert any(acts for _, acts in sides.our_mentions(text))


def test_a_region_named_alone_does_not_act():
    assert not any(acts for _, acts in sides.our_mentions("Погода в Гомельской области была тёплой."))
