"""A foreign city as the partner (issue #10): a city the release cooperates with («с
городом …»), or pairs with one of our cities («Минск и Пекин», «между Гомелем и …»), is
the partner, of kind `city`, in the state the release names, however often that state is
named; each time the city is named again alone counts for it; its officials are the
partner's. A city that is only the centre of a region the release names is that region's,
and a city's distance from ours makes it no party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.draft.drafted import partner_of

from memogen.draft import sides
from memogen.draft.parties import officials


@pytest.mark.parametrize(
    ("sentences", "name", "country"),
    [
        (["Министерство экономики Беларуси обсудило сотрудничество с городом Ухань.",
          "Ухань известен автомобильной промышленностью, а китайские партнёры ищут поставщиков.",
          "Власти КНР поддерживают связи Уханя с белорусскими регионами."], "город Ухань", "Китайская Народная Республика"),
        (["Минск и Ханой договорились о побратимстве.",
          "Делегация Ханоя осмотрела предприятия столицы, а Вьетнам пригласил белорусов на выставку."],
         "город Ханой", "Социалистическая Республика Вьетнам"),
        (["Соглашение о партнёрстве между городами Гомелем и Харбином подписано в Китае.",
          "Харбин готов закупать белорусскую технику."], "город Харбин", "Китайская Народная Республика"),
    ],
)
def test_a_city_cooperated_with_or_paired_with_ours_is_the_partner(sentences, name, country):
    partner = partner_of(*sentences)
    assert (partner.name, partner.kind, partner.country) == (name, "city", country)


def test_a_city_named_with_its_region_is_the_regions_centre_not_the_partner():
    partner = partner_of(
        "Губернатор Новосибирской области прибыл в Минск.",
        "Несмотря на расстояние между Минском и Новосибирском, торговля растёт.",
        "В Новосибирске соберут белорусские тракторы.",
    )
    assert (partner.name, partner.kind) == ("Новосибирская область", "region")


def test_a_city_is_counted_in_its_own_cases_not_by_an_adjective_sharing_its_stem():
    said = ["Харбин и Минск сотрудничают.", "Харбинский институт и Харбину предложено."]
    assert sides.city_mentions("город Харбин", said) == 2


def test_a_state_paired_with_our_capital_is_no_city():
    assert sides.foreign_cities("Минск и Китай связывают давние отношения", False, lambda w: w == "Китай") == []


@pytest.mark.parametrize(
    ("sentences", "surname", "side"),
    [
        (["Рабочая группа по сотрудничеству Беларуси с городом Ухань провела заседание.",
          "Его вели председатель Минского горисполкома Иван Павлов и секретарь горкома Уханя Ли Вэй."], "Вэй", "partner"),
        (["Рабочая группа по сотрудничеству Беларуси с городом Ухань провела заседание.",
          "Его вели председатель Минского горисполкома Иван Павлов и секретарь горкома Уханя Ли Вэй."], "Павлов", "ours"),
        (["Сотрудничество Беларуси с городом Ухань обсудили в Минске.",
          "Председатель консультативного совета Уханя Чжан Мин поблагодарил белорусских коллег."], "Мин", "partner"),
        (["Сотрудничество Беларуси с городом Ухань обсудили в Минске.",
          "Заместитель министра экономики Анна Котова предложила расширить поставки."], "Котова", "ours"),
    ],
)
def test_the_sides_of_officials_in_a_release_about_a_foreign_city(sentences, surname, side):
    found = {o.data["person"]["surname"]: o for o in officials(sentences, partner_of(*sentences))}
    assert found[surname].data["side"] == side


def test_belarus_named_as_the_citys_counterpart_is_our_side_though_a_city_of_ours_acts():
    said = ["Заседание рабочей группы по сотрудничеству Республики Беларусь с городом Ухань прошло в Минске.",
            "Его провели председатель Минского горисполкома Иван Павлов и мэр Уханя Ли Вэй.",
            "Министерство экономики Беларуси поддержало проекты.", "Беларусь и Китай готовят новое соглашение."]
    partner = partner_of(*said)
    assert sides.our_side(said, set(), partner.stems, regional=True) is None


def test_a_city_the_dictionary_does_not_know_loses_the_case_of_our_city_it_is_paired_with():
    said = "Договор о дружбе городов между Минском и Ляньюньганом подписан, а между Брестом и Линьи готовится."
    assert "город Ляньюньган" in sides.foreign_cities(said, False)
    assert "город Линьи" in sides.foreign_cities(said, False)


def test_a_capital_paired_with_ours_where_no_city_is_meant_names_its_state():
    said = "Минск и Ташкент договорились нарастить взаимную торговлю."
    assert sides.foreign_cities(said, False) == []
    partner = partner_of(said, "Узбекистан закупает белорусскую технику.", "В Ташкенте прошёл форум.")
    assert partner.kind == "country"


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("Председатель Мингорисполкома и мэр Ханоя подписали план", ("город Минск", "city")),
        ("Делегацию принял председатель Миноблисполкома", ("Минская область", "region")),
    ],
)
def test_minsks_executive_committees_named_in_one_word_act_for_minsk(text, ours):
    assert (ours, True) in sides.our_mentions(text)


def test_a_sister_city_agreement_signed_by_minsks_executive_committee_is_minsks():
    said = ["Минск и Ханой стали городами-побратимами.",
            "Соглашение подписали председатель Мингорисполкома Иван Павлов и мэр Ханоя Ле Ван Ан.",
            "Делегация Ханоя посетила Беларусь."]
    partner = partner_of(*said)
    assert partner.name == "город Ханой"
    assert sides.our_side(said, set(), partner.stems, regional=True) == ("город Минск", "city")


def test_the_head_of_a_contracted_ministry_is_no_citys_head():
    # the dictionary guesses a place «Минспорта» in the nominative; after «глава» a city is genitive
    said = "В делегацию вошли глава Минспорта Олег Орлов и глава Казани Иван Петров."
    assert sides.foreign_cities(said, False) == ["город Казань"]
