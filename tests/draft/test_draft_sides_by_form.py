"""Whose an official is and who the partner is, read from the form of what the release
says (issue #10): a state's initials in a post («Президент РК», «комитета РБ»); a side
named right after a person («… Петра Паршина с белорусской стороны»); a person named
with no post whose name is of the Russian form in a release about a far state (ours); a
city's head named with the city («Глава Калининграда»: the city is a party, its head the
partner's); a dateline («Москва.», «ЧЕЛЯБИНСК, 11 июля.», «10 ноября, Минск /Корр.
БЕЛТА/.») casts no vote; a Russian region's colloquial name («Брянщине») is that region;
a state administration of a region («облгосадминистрации») is a foreign body; a bare
«глава государства» who is not our President is the partner state's. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from tests.draft.drafted import partner_of

from memogen.draft.parties import NO_POST, dateline, officials


def _people(*sentences: str) -> dict[str, tuple[str, str]]:
    partner = partner_of(*sentences)
    found = officials(list(sentences), partner)
    return {o.data["person"]["surname"]: (o.data["position"], o.data["side"]) for o in found}


def test_a_state_s_initials_in_a_post_name_its_side():
    found = _people(
        "Казахстан и Беларусь нарастили торговлю, Казахстан закупил тракторы.",
        "Об этом заявил Президент РК Нурлан Абдиров на встрече с председателем комитета РБ Ольгой Лисовской.",
    )
    assert found["Абдиров"][1] == "partner"
    assert found["Лисовская"][1] == "ours"


def test_a_side_named_right_after_a_person_wins_over_the_cue_before():
    found = _people(
        "Египет и Беларусь обсудили сборку тракторов, Египет заинтересован в технике.",
        "Комиссию возглавили министр торговли Египта Ахмед Самир с египетской стороны и министр "
        "промышленности Петр Паршин с белорусской стороны.",
    )
    assert found["Паршин"] == ("Министр промышленности Республики Беларусь", "ours")


@pytest.mark.parametrize(
    ("sentences", "surname", "side"),
    [
        (["Колумбия и Беларусь открыли посольства, Колумбия интересуется техникой.",
          "Интересы страны в Боготе представляет Николай Морозенко, сообщили в ведомстве."],
         "Морозенко", "ours"),
        (["Торговля с Индонезией выросла, Индонезия закупает удобрения.",
          "На переговорах присутствовала Ольга Михайлова."],
         "Михайлова", "ours"),
        (["Торговля с Венесуэлой выросла, Венесуэла закупает грузовики.",
          "При Луисе Гомесе торговля была вдвое больше."],
         "Гомес", "partner"),
        (["Беларусь и Курская область развивают торговлю.", "На встрече присутствовал Олег Сидоренко."],
         "Сидоренко", "partner"),
        (["Беларусь и Казахстан развивают торговлю, Казахстан закупает технику.",
          "На встрече присутствовал Олег Сидоренко."],
         "Сидоренко", "partner"),
    ],
)
def test_a_person_with_no_post_is_ours_by_a_name_of_our_form_in_a_far_state(sentences, surname, side):
    found = _people(*sentences)
    assert found[surname] == (NO_POST, side)


def test_a_city_s_head_named_with_the_city_makes_it_a_party():
    sentences = [
        "Глава Калининграда Алексей Силин встретился с делегацией Гродненского горисполкома.",
        "Стороны обсудили торговлю, а Россия и Беларусь — поставки.",
    ]
    partner = partner_of(*sentences)
    assert (partner.name, partner.kind) == ("город Калининград", "city")
    assert _people(*sentences)["Силин"][1] == "partner"
    # a region's noun in «-ье», a republic and a state are none
    assert partner_of("Глава Приморья посетил Минск.", "Приморский край закупит автобусы.").kind == "region"


@pytest.mark.parametrize(
    ("text", "after", "is_dateline"),
    [
        ("Москва.", "3 сентября.", True),
        ("ЧЕЛЯБИНСК, 11 июля.", "", True),
        ("10 ноября, Минск /Корр. БЕЛТА/.", "", True),
        ("Москва.", "Товарооборот вырос.", False),
        ("Москва и Минск подписали план.", "", False),
    ],
)
def test_a_dateline_is_told_from_a_sentence(text, after, is_dateline):
    assert dateline(text, after) is is_dateline


def test_a_dateline_city_casts_no_vote():
    partner = partner_of("Товарооборот РФ и Беларуси вырос.", "Москва.", "3 сентября.", "Россия нарастила поставки.")
    assert partner.name == "Российская Федерация"


def test_a_russian_region_s_colloquial_name_is_the_region():
    partner = partner_of(
        "Губернатор встретился с Президентом Беларуси в Минске.",
        "Беларусь готова помочь Брянщине, связи с Брянщиной прочны.",
    )
    assert (partner.name, partner.kind) == ("Брянская область", "region")


def test_a_region_s_state_administration_is_a_foreign_body():
    found = _people(
        "Украина и Беларусь провели форум регионов, Украина представила проекты.",
        "Соглашение подписал глава Житомирской облгосадминистрации Виталий Бунечко.",
    )
    assert found["Бунечко"][1] == "partner"


def test_a_bare_head_of_state_who_is_not_our_president_is_the_partner_s():
    found = _people(
        "Президент Беларуси прибудет в Таджикистан, Таджикистан ждёт визита.",
        "Его пригласил глава государства Эмомали Рахмон.",
    )
    assert found["Рахмон"] == ("Президент Республики Таджикистан", "partner")


def test_a_local_council_of_deputies_is_ours():
    found = _people(
        "Делегация Гродненской области провела переговоры с руководством Ставропольского края.",
        "В переговорах участвовал сенатор — председатель областного Совета депутатов Игорь Жданович.",
        "Ставропольский край закупает белорусскую технику.",
    )
    assert found["Жданович"][1] == "ours"


def test_a_region_named_by_its_body_s_contracted_name_is_the_partner():
    partner = partner_of(
        "Украина и Беларусь провели форум регионов в Гомеле.",
        "Глава Черниговской ОГА и председатель Гомельского облисполкома подписали соглашение.",
        "Глава Черниговской облгосадминистрации пригласил гостей на ярмарку.",
    )
    assert (partner.name, partner.kind, partner.country) == ("Черниговская область", "region", "Украина")


def test_a_federal_city_named_only_as_where_is_no_party():
    partner = partner_of(
        "Белорусская делегация направилась в Москву на переговоры о поставках в Россию.",
        "Встреча министров пройдёт в Москве, сообщили в ведомстве.",
        "Россия остаётся главным покупателем белорусского продовольствия.",
    )
    assert partner.name == "Российская Федерация"
    partner = partner_of("Правительство Москвы и Минский горисполком подписали план.", "Москва закупит автобусы.")
    assert (partner.name, partner.kind) == ("город Москва", "city")
