"""Who the partner is, answered from the whole release: the party whose people act in it (a
region's legislature or head, a state's president, envoy or delegation), not the place named
most; a few regions of one state at a forum are that state; a federal district, a republic by
its colloquial name and a part of the world named alone are parties too. Sentences written for
these tests (issue #10)."""

from __future__ import annotations

from tests.draft.drafted import partner_of


def test_the_one_region_of_the_state_whose_body_acts_is_the_partner():
    partner = partner_of(
        "Витебский областной Совет депутатов и Тверская областная дума заключили соглашение о сотрудничестве.",
        "Россия — главный партнёр Беларуси, а товарооборот с Россией растёт.",
        "Российская Федерация лидирует и по инвестициям.",
    )
    assert (partner.name, partner.kind, partner.country) == ("Тверская область", "region", "Российская Федерация")


def test_a_regions_head_meeting_the_states_envoy_makes_the_region_the_partner():
    partner = partner_of(
        "Губернатор Псковской области обсудил с послом России в Беларуси связи с белорусскими районами.",
        "Псковские фирмы поставляют товары в Россию и Беларусь, а посол России рассказал о планах.",
    )
    assert (partner.name, partner.kind) == ("Псковская область", "region")


def test_a_region_named_in_passing_leaves_the_state_the_partner():
    partner = partner_of(
        "Товарооборот Беларуси и России вырос, Россия покупает белорусское молоко.",
        "В Россию поставлены и тракторы, а Тверская область закупила автобусы.",
    )
    assert partner.name == "Российская Федерация"


def test_a_state_whose_president_talks_with_ours_is_the_partner_not_its_continent():
    partner = partner_of(
        "После переговоров с Президентом Мозамбика глава государства сказал, что со странами Африки нужно дружить.",
        "Страны Африки ждут белорусскую технику, а Африка растёт быстрее всех.",
        "Мозамбику поставлены тракторы.",
    )
    assert (partner.name, partner.kind) == ("Республика Мозамбик", "country")


def test_the_state_whose_envoy_acts_is_the_partner_not_a_province_twinned_long_ago():
    partner = partner_of(
        "Посол КНР встретился с руководством Гродненской области и назвал Китай её надёжным партнёром.",
        "Область дружит с провинцией Хэнань с 1996 года, а города провинции Хэнань — побратимы наших.",
    )
    assert (partner.name, partner.kind) == ("Китайская Народная Республика", "country")


def test_a_province_whose_delegation_acts_stays_the_partner_beside_the_states_envoy():
    partner = partner_of(
        "Делегация провинции Хэнань прибыла в Гродно, её встретил и посол КНР.",
        "Провинция Хэнань закупает белорусские удобрения, провинция Хэнань строит с областью завод.",
    )
    assert (partner.name, partner.kind) == ("провинция Хэнань", "region")


def test_a_few_regions_of_one_state_at_a_forum_are_that_state():
    partner = partner_of(
        "На форуме регионов Беларуси и России соглашения подписали Тульская область, Омская область и Курская область.",
        "С Псковской областью договорились о туризме, а с Тульской — о торговле.",
        "Делегаты съехались со всей России, от Пскова до Сахалина.",
    )
    assert (partner.name, partner.kind) == ("Российская Федерация", "country")


def test_two_regions_of_a_state_named_with_it_are_that_state_whatever_the_state():
    partner = partner_of(
        "На форуме регионов Беларуси и Казахстана Витебская область подпишет соглашения с Карагандинской и Павлодарской областями.",
        "Казахстан — важный партнёр области, Казахстан закупает молоко.",
        "Карагандинская область и Павлодарская область готовят делегации.",
    )
    assert (partner.name, partner.kind) == ("Республика Казахстан", "country")


def test_a_federal_district_is_one_party_by_its_name_and_its_initials():
    partner = partner_of(
        "Товарооборот Приволжского федерального округа и Беларуси вырос.",
        "Больше всего в ПФО торгуют с Беларусью Пермский край и Самарская область.",
        "Представительство в ПФО открылось в 2005 году.",
    )
    assert (partner.name, partner.kind, partner.country) == (
        "Приволжский федеральный округ", "region", "Российская Федерация")
    assert "пфо" in partner.stems


def test_a_republic_by_its_colloquial_name():
    partner = partner_of(
        "Правительство Татарии сообщило, что торговля Татарии с Беларусью выросла.",
        "Татария поставляет в Беларусь нефтепродукты.",
    )
    assert (partner.name, partner.kind, partner.country) == ("Республика Татарстан", "region", "Российская Федерация")
    assert any("татари".startswith(stem) for stem in partner.stems)


def test_a_part_of_the_world_named_alone_is_its_states():
    partner = partner_of(
        "Поставки белорусского сыра в Латинскую Америку выросли вдвое.",
        "Латинская Америка — перспективный рынок для наших молочников.",
    )
    assert (partner.name, partner.kind) == ("страны Латинской Америки", "group")


def test_a_district_named_as_where_a_city_lies_is_no_party():
    partner = partner_of(
        "Автобусы МАЗ прибыли в Екатеринбург, административный центр Уральского федерального округа.",
        "Церемонию провели в России при участии посольства.",
    )
    assert partner.name == "Российская Федерация"


def test_districts_listed_together_are_no_party():
    partner = partner_of(
        "Поставки в Россию растут, особенно в Уральский и Сибирский федеральные округа.",
        "Россия остаётся главным рынком.",
    )
    assert partner.name == "Российская Федерация"


def test_a_region_acting_only_far_into_the_release_leaves_the_state_the_partner():
    partner = partner_of(
        "Посол России рассказал о предстоящем Форуме регионов.",
        "Россия направит на форум более 500 участников.",
        "Беларусь уже посетили делегации многих субъектов России.",
        "Сейчас в Минске находится делегация Тамбовской области.",
    )
    assert partner.name == "Российская Федерация"


def test_a_regions_body_in_the_neuter_and_capitalised_names_the_region():
    partner = partner_of(
        "Тверское областное Собрание депутатов и Гродненский областной Совет депутатов подписали соглашение.",
        "Церемония прошла в Москве.",
    )
    assert (partner.name, partner.kind) == ("Тверская область", "region")


def test_a_districts_turnover_with_belarus_is_the_two_sides_trade():
    import datetime as dt

    from tests.draft.drafted import figures_for

    found = figures_for(
        dt.date(2005, 3, 1), "Приволжский федеральный округ",
        "Товарооборот Приволжского федерального округа и Республики Беларусь в 2004 году составил 900 млн долларов.",
        stems=("приволжс", "пфо"), country="Российская Федерация",
    )
    assert [f["indicator"] for f in found] == ["turnover"]
    assert "counterparty" not in found[0]


def _company_sides(*sentences: str) -> dict[str, str]:
    from memogen.draft.parties import companies, find_partner

    said = list(sentences)
    return {c.data["name"]: c.data.get("side", "ours") for c in companies(said, find_partner(said))}


def test_one_partner_company_unnamed_leaves_the_named_plant_ours():
    sides = _company_sides(
        "Китай — крупный партнёр области, посол Китая посетил Брест.",
        "С участием китайской компании готовится проект на ОАО «Лунинецкий льнозавод».",
    )
    assert sides["Лунинецкий льнозавод"] == "ours"


def test_the_partners_companies_listed_are_the_partners():
    sides = _company_sides(
        "Китай — крупный партнёр области, посол Китая посетил Брест.",
        "Китайские компании строят в парке заводы: ООО «Синьхуа» и ООО «Хуафэн».",
    )
    assert sides["Синьхуа"] == "partner"


def test_a_kind_in_the_singular_inside_a_companys_quoted_name_still_places_the_sentences_companies():
    sides = _company_sides(
        "Губернатор Новосибирской области встретился с делегацией, Новосибирская область закупает технику.",
        "Делегация посетит предприятия АО «Новосибирский завод приборов» и ООО «Сибпривод».",
    )
    assert sides["Сибпривод"] == "partner"
