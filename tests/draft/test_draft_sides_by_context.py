"""Whose an official is by what the release says around the post (issue #10): a post
naming its country by «страны» alone is of the state named last before it, in its
sentence or the two before, when that is Belarus or the partner; an official whose post
names no side and who came to Belarus («прибыл в Минск») is the partner's; a partner
republic of Russia is known by its initials too («Президент РТ»); the post after «занимает
пост» is read in the genitive; an ambassador whose state the post names serves in Belarus;
a correspondent closing a bracketed dateline is no official; a release naming no place but
a state by its initials and a city where its people will meet is about the state, not that
city. Sentences written for these tests."""

from __future__ import annotations

from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, dict]:
    partner = find_partner(list(sentences))
    return {o.data["person"]["surname"]: o.data for o in officials(list(sentences), partner)}


def test_a_post_of_the_country_is_the_state_named_last_before_it():
    found = drafted("Президент Беларуси вылетел с визитом в Армению.",
                    "В Ереване глава белорусского государства проведёт переговоры с премьер-министром страны "
                    "Ашотом Мартиросяном.", "Армения закупает белорусские грузовики.")
    assert found["Мартиросян"]["side"] == "partner"
    assert found["Мартиросян"]["position"] == "Премьер-министр Республики Армения"


def test_a_post_of_the_country_after_belarus_is_ours():
    found = drafted("Товарооборот между Удмуртией и Белоруссией растёт, сказал вице-премьер страны "
                    "Олег Дубровский.", "Удмуртия закупает белорусские тракторы.")
    assert found["Дубровский"]["side"] == "ours"
    assert found["Дубровский"]["position"] == "Вице-премьер Республики Беларусь"


def test_a_partner_republic_by_its_initials():
    found = drafted("Республика Татарстан и Беларусь наращивают поставки.", "Татарстан закупает технику.",
                    "Об этом сказал министр сельского хозяйства РТ Марат Зябиров.")
    assert found["Зябиров"]["side"] == "partner"


def test_a_state_by_its_initials_before_the_city_its_people_meet_in():
    partner = find_partner(["Делегация правительства РФ прибыла в Минск.",
                            "Следующая встреча представителей РБ и РФ пройдёт в Москве."])
    assert partner is not None and (partner.name, partner.kind) == ("Российская Федерация", "country")


def test_a_correspondent_closing_a_bracketed_dateline_is_no_official():
    found = drafted("(Уфа, 3 марта, «Южный вестник», Анна Соколова). Башкортостан наращивает поставки в Беларусь.",
                    "Башкортостан закупает белорусские тракторы.")
    assert "Соколова" not in found


def test_a_person_in_brackets_without_a_dateline_stays():
    found = drafted("Башкортостан наращивает поставки в Беларусь (об этом рассказал Пётр Иванов).",
                    "Башкортостан закупает белорусские тракторы.")
    assert "Иванов" in found


def test_an_official_who_came_to_belarus_is_the_partners():
    found = drafted("Казахстан и Беларусь подписали план консультаций.",
                    "Министры юстиции Марат Ахметов и Игорь Сушко подписали протокол.",
                    "Марат Ахметов прибыл в Минск с рабочим визитом.")
    assert found["Ахметов"]["side"] == "partner"
    assert found["Ахметов"]["position"] == "Министр юстиции Республики Казахстан"
    assert found["Сушко"]["side"] == "ours"


def test_the_post_a_person_holds_after_the_verb():
    found = drafted("Оман и Беларусь обсудили поставки.", "Оман закупает белорусские грузовики.",
                    "Саид бен Хамуд аль-Маавали занимает пост министра транспорта Омана.")
    assert found["аль-Маавали"]["position"].startswith("Министр транспорта")
    assert found["аль-Маавали"]["side"] == "partner"


def test_an_ambassador_of_the_partner_named_by_its_adjective_serves_in_belarus():
    found = drafted("Россия и Беларусь готовят заседание Совета министров.", "Россия закупает белорусские автобусы.",
                    "Об этом рассказал посол Российской Федерации Игорь Сомов.")
    assert found["Сомов"]["position"] == "Посол Российской Федерации в Республике Беларусь"
