"""The partner a release names in full once and then by its noun alone, and a state whose
regions the release pairs with ours (issue #10). A foreign region named in full once and
then again as «регион», «области» (no region of ours named) is the release's subject, over
a third state it names more often by name; several regions of one state, each paired with
one of several regions of ours (a forum of regions, a round of regional agreements), are
that state's, the partner when the release names the state; a region Russia lists that
ISO 3166-2 still lists as Ukraine's lies in Ukraine in a release naming Ukraine, not
Russia. Sentences written for these tests."""

from __future__ import annotations

from collections import Counter

from tests.draft.drafted import partner_of

from memogen.draft import sides


def test_a_region_named_again_by_its_noun_outvotes_a_third_state():
    partner = partner_of(
        "Глава Пензенской области на выставке в Казани побеседовал с послами Турции и Беларуси.",
        "Регион торгует с обеими странами.",
        "Оборот области с Турцией за год вырос вдвое, экспорт области в Турцию достиг 30 млн долларов.",
        "С Турцией связи давние, а с Республикой Беларусь оборот составил 90 млн долларов.",
    )
    assert (partner.name, partner.kind) == ("Пензенская область", "region")


def test_a_noun_of_a_field_or_after_an_adjective_is_no_second_mention():
    partner = partner_of(
        "Делегация Пензенской области побывала в Турции.",
        "Турция интересна в области машиностроения, Турция закупает зерно.",
        "Турецкие партнёры ждут ответного визита в Турцию.",
    )
    assert partner.name == "Турецкая Республика"


def test_a_noun_alone_counts_for_no_region_when_one_of_ours_is_named():
    partner = partner_of(
        "Председатель Гродненского облисполкома встретился с губернатором Тверской области.",
        "Экспорт области в Китай растёт, Китай стал вторым рынком, а в Китае открыт торговый дом.",
        "Китаю поставлено молоко, оборот области с Китаем вырос.",
    )
    assert partner.name == "Китайская Народная Республика"


def test_regions_of_a_state_paired_with_several_of_ours_are_the_state():
    partner = partner_of(
        "На форуме регионов Беларуси и Казахстана подписаны пять документов.",
        "Витебский облисполком заключил соглашение с Акмолинской областью, а Гомельский облисполком — "
        "с Акмолинской и Павлодарской областями.",
        "Акмолинская область пригласила белорусских аграриев.",
    )
    assert (partner.name, partner.kind) == ("Республика Казахстан", "country")


def test_two_regions_met_by_one_region_of_ours_stay_a_region():
    partner = partner_of(
        "Делегация Витебской области и Лепельского района побывала на форуме.",
        "Витебский облисполком подписал соглашение с Правительством Тамбовской области.",
        "Прошли встречи с губернаторами Тамбовской и Липецкой областей, Тамбовская область ждёт гостей.",
        "Делегация посетила Россию.",
    )
    assert (partner.name, partner.kind) == ("Тамбовская область", "region")


def test_a_region_russia_alone_lists_lies_in_ukraine_where_only_ukraine_is_named():
    named = Counter({"Украина": 2})
    assert sides.region_country("Херсонская область", [], named) == "Украина"
    assert sides.region_country("Херсонская область", [], Counter({"Украина": 1, sides.RUSSIA: 1})) == sides.RUSSIA
    assert sides.region_country("Курская область", [], named) == sides.RUSSIA
