"""The partner and the officials' names: the United Nations' bodies named by their
abbreviations, a federal city named as a party, a foreign city paired with our capital,
a region's own foreign trade, a delegation's body and state, foreign names read as written.
Sentences written for these tests."""

from __future__ import annotations

from memogen.draft import sides
from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


def test_a_un_programme_named_by_its_abbreviation_alone_is_the_partner():
    said = ["ПРООН открыла в Беларуси три новых проекта.", "В ПРООН рассказали, что проекты продлятся два года.",
            "Об этом сообщил координатор проектов ПРООН в Беларуси Олег Лапко."]
    partner = find_partner(said)
    assert (partner.name, partner.kind) == ("Программа развития Организации Объединённых Наций", "organisation")
    official = drafted(*said)["Лапко"]
    assert official.data["side"] == "partner"
    assert official.data["position"] == "Координатор проектов ПРООН в Республике Беларусь"


def test_several_un_bodies_none_named_most_make_the_united_nations_the_partner():
    said = ["С ЮНИСЕФ и ЮНФПА Беларусь готовит новые программы.", "Такую же программу готовят с ФАО."]
    partner = find_partner(said)
    assert (partner.name, partner.kind) == ("Организация Объединённых Наций", "organisation")


def test_a_federal_city_named_by_its_authority_outweighs_its_state_named_in_passing():
    said = ["Премьер-министр Беларуси прилетит в Москву, сообщили в посольстве в России.",
            "Он встретится с мэром Москвы, а затем примет участие в форуме регионов России.",
            "Торговля Беларуси с Москвой выросла на 12 %."]
    partner = find_partner(said)
    assert (partner.name, partner.kind) == ("город Москва", "city")
    said = ["Поддержка России важна, считает премьер.", "Москва и Минск вместе ответят на санкции."]
    assert find_partner(said).name == "Российская Федерация"  # a capital named once, not as a party


def test_our_capital_paired_with_a_foreign_city_is_our_side():
    said = ["Белорусская столица и китайский город Ухань подписали соглашение о партнёрстве.",
            "В Ухане учатся белорусские студенты."]
    partner = find_partner(said)
    assert (partner.name, partner.kind) == ("город Ухань", "city")
    assert sides.our_side(said, set(), partner.stems, regional=True) == ("город Минск", "city")


def test_a_regions_own_foreign_trade_makes_it_our_side():
    said = ["Товарооборот Гродненской области с зарубежными странами вырос на 4 %.",
            "Больше всего область торгует с Польшей и Германией."]
    assert sides.our_side(said, set(), ()) == ("Гродненская область", "region")


def test_a_delegations_body_and_state_complete_a_bare_deputy_minister():
    found = drafted("В Минске побывала делегация Министерства иностранных дел Перу во главе с заместителем "
                    "министра Хуаном Пересом.", "Перу и Беларусь обсудили поставки.")
    assert found["Перес"].data["position"] == "Заместитель министра иностранных дел Республики Перу"
    assert found["Перес"].data["side"] == "partner"
    found = drafted("Делегация российского правительства во главе с премьер-министром Иваном Орловым прибыла в "
                    "Минск.", "Россия и Беларусь обсудят торговлю.")
    assert found["Орлов"].data["side"] == "partner"
    assert found["Орлов"].data["position"] == "Премьер-министр Российской Федерации"


def test_each_post_of_a_double_post_is_in_the_nominative():
    found = drafted("Министр Беларуси встретился с заместителем Премьер-министра — Министром торговли Республики "
                    "Казахстан Нурланом Беков.")
    assert found["Беков"].data["position"] == (
        "Заместитель Премьер-министра — Министр торговли Республики Казахстан"
    )


def test_a_foreign_name_is_kept_as_written_where_only_rules_would_decline_it():
    found = drafted("Об этом сообщила Посол Кыргызстана в Беларуси Айнура Токтосунова.")
    assert found["Токтосунова"].data["person"]["given"] == "Айнура"


def test_a_foreign_name_after_a_post_and_its_state_though_its_first_word_is_a_common_one():
    found = drafted("Премьер-министр Беларуси встретился с Премьер-министром Хорватии Аной Плетикош.")
    assert (found["Плетикош"].data["person"]["given"], found["Плетикош"].data["side"]) == ("Ана", "partner")


def test_a_person_found_with_a_post_is_not_drafted_again_where_named_alone_in_another_case():
    found = drafted("Премьер-министр Беларуси Роман Савич прилетел в Ташкент.",
                    "Там запланирована встреча Романа Савича с коллегой.")
    assert list(found) == ["Савич"]


def test_a_foreign_head_of_state_named_by_name_alone_gets_the_post_he_is_known_by():
    found = drafted("Эксперты обсуждают встречу Александра Лукашенко и Владимира Путина в Сочи.",
                    "Россия остаётся главным партнёром Беларуси.")
    assert found["Путин"].data["position"] == "Президент Российской Федерации"
    assert found["Путин"].data["side"] == "partner" and found["Путин"].mark == "check"
    found = drafted("Торговля с Кубой росла и при Уго Чавесе, отметил посол Кубы.", "Куба закупает тракторы.")
    assert found["Чавес"].data["side"] == "third"  # Venezuela's, in a release about Cuba


def test_a_states_combining_form_before_belarusian_names_that_state():
    partner = find_partner(["Объём германо-белорусской торговли вырос.", "Россия и Украина остаются впереди."])
    assert partner.name == "Федеративная Республика Германия"


def test_our_region_named_only_as_where_an_event_is_held_does_not_act_with_the_partner():
    said = ["Форум регионов двух стран пройдёт в Минске и Минской области, Россия пришлёт губернаторов.",
            "На форуме подпишут контракты."]
    assert sides.our_side(said, set(), find_partner(said).stems) is None


def test_a_three_word_name_whose_first_word_spells_a_common_noun_after_a_posts_state():
    found = drafted("Президент Беларуси встретился со спикером парламента Непала Сардаром Рамом Бахадуром.")
    person = found["Бахадур"].data["person"]
    assert (person["given"], person.get("patronymic")) == ("Сардар", "Рам")
