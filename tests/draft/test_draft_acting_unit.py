"""The partner (and our side) is whose people act in the release: a foreign city or province named as
the holder of a delegation, a government, a head or an administration is the partner
even when the state it lies in is named more often, unless that state acts too (its
envoy, government or ministers). Sentences written for these tests."""

from __future__ import annotations

from tests.draft.drafted import partner_of


def test_a_citys_delegation_makes_the_city_the_partner():
    partner = partner_of(
        "Министр торговли Беларуси принял делегацию города Сиань — столицы провинции Шэньси Китайской Народной Республики.",
        "Китайская Народная Республика остаётся важным рынком, и Китай закупает белорусское молоко.",
        "Стороны обсудили поставки в Китай.",
    )
    assert (partner.name, partner.kind, partner.country) == ("город Сиань", "city", "Китайская Народная Республика")


def test_a_provinces_government_makes_the_province_the_partner():
    partner = partner_of(
        "В Гродно прибудут представители Народного правительства провинции Хэбэй.",
        "Хэбэй — один из крупных промышленных регионов Китая, а Китай — второй партнёр Беларуси.",
        "Гости из Китая осмотрят предприятия области.",
    )
    assert (partner.name, partner.kind) == ("провинция Хэбэй", "region")


def test_a_city_head_named_without_the_word_city():
    partner = partner_of(
        "Посол Беларуси в Казахстане встретился с заместителем акима Алматы.",
        "Дипломатические отношения Беларуси и Казахстана развиваются, Казахстан — наш давний партнёр.",
    )
    assert (partner.name, partner.kind) == ("город Алматы", "city")


def test_the_state_stays_the_partner_when_it_acts_too():
    partner = partner_of(
        "Посол Китая и делегация города Сиань посетили Минский тракторный завод.",
        "Китайская Народная Республика закупает белорусскую технику, Китай расширяет заказы.",
    )
    assert (partner.name, partner.kind) == ("Китайская Народная Республика", "country")


def test_two_acting_cities_leave_the_state():
    partner = partner_of(
        "В Минске побывали делегации городов Сиань и Ухань.",
        "Делегацию города Сиань принял министр, делегацию города Ухань — вице-премьер.",
        "Китай и Китайская Народная Республика в целом наращивают закупки, Китай ведёт переговоры.",
    )
    assert partner.kind == "country"


def test_our_region_whose_leadership_acts_is_our_side():
    from memogen.draft import sides

    said = [
        "В Гродно пройдёт бизнес-форум с делегацией провинции Хэбэй.",
        "Запланированы встречи руководства Гродненской области с деловыми кругами провинции.",
    ]
    assert sides.our_side(said, set(), ("хэбэ",), True) == ("Гродненская область", "region")
    assert sides.our_mentions("Встреча руководства Гродненской области с гостями.") == [
        (("Гродненская область", "region"), True)
    ]


def test_a_city_in_the_locative_before_a_delegation_is_no_delegation_of_ours():
    from memogen.draft import sides

    assert sides.our_mentions("Президент принял в Витебске делегацию Омской области.") == []
    assert sides.our_mentions("Гомельская делегация прибыла в Омск.") == [(("Гомельская область", "region"), True)]
