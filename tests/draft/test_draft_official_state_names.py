"""The partner by its official name, whatever name the release gives it (issue #10): a
state by the name of the Russian classifier of the states of the world (ОКСМ) and the
foreign ministries' lists, which is ISO 3166's Russian translation save where that words it
otherwise («Иракская Республика» → «Республика Ирак», «Республика Мьянма» → «Республика
Союз Мьянма») or writes «республика» in lower case; a state named in several words is not
the one-word state its last word names («Экваториальная Гвинея» is not «Гвинея»); a
region of Russia whose official name has a second name after a dash goes by the whole of
it and is known by that second name alone («Кузбасс»); the other state of a two states'
adjective («белорусско-мьянманской») is a party named. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.draft.drafted import partner_of

from memogen.draft.parties import official_name, state_code


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Делегация Ирака провела переговоры в Минске.", "Ирак интересуется белорусскими тракторами."],
         "Республика Ирак"),
        (["Министр принял посла Иракской Республики.", "Стороны обсудили поставки техники в Ирак."],
         "Республика Ирак"),
        (["В Минске побывала делегация Мьянмы.", "Мьянма закупает белорусские удобрения."],
         "Республика Союз Мьянма"),
        (["Посол Республики Мьянма посетил Гродно.", "Торговля с Мьянмой выросла."], "Республика Союз Мьянма"),
        (["Министры обсудили дорожную карту с Экваториальной Гвинеей.",
          "План сотрудничества Беларуси и Республики Экваториальная Гвинея утверждён."],
         "Республика Экваториальная Гвинея"),
        (["Беларусь поставит в Уругвай партию тракторов.", "Уругвай заинтересован в грузовиках."],
         "Восточная Республика Уругвай"),
        (["Глава ведомства посетил Доминиканскую Республику.", "Доминиканская Республика закупит автобусы."],
         "Доминиканская Республика"),
        (["Торговое представительство открыто в Камбодже.", "В Республике Камбоджа соберут трактора."],
         "Королевство Камбоджа"),
    ],
)
def test_a_state_goes_by_its_official_name_whatever_the_release_calls_it(sentences, name):
    partner = partner_of(*sentences)
    assert (partner.name, partner.kind) == (name, "country")


def test_the_name_the_release_gave_stays_known_and_is_told():
    partner = partner_of("Министр принял посла Иракской Республики.", "Иракская сторона предложила план.")
    assert "«Иракская Республика»" in partner.note
    assert any("иракская".startswith(stem[:5]) for stem in partner.stems)


def test_a_state_of_several_words_is_not_the_state_its_last_word_names():
    assert state_code("Экваториальная Гвинея") == "GQ"
    assert state_code("Гвинея") == "GN"
    assert state_code("Республика Гвинея") == "GN"
    assert official_name("Гвинея") == "Гвинейская Республика"
    assert state_code("Иракская Республика") == state_code("Республика Ирак") == "IQ"
    assert state_code("Вологодская область") is None


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Губернатор Кемеровской области встретился с послом Беларуси.",
          "Кузбасс поставляет в Беларусь уголь, а закупает в республике технику.",
          "Белорусские машины работают на разрезах Кузбасса."],
         "Кемеровская область — Кузбасс"),
        (["Делегация Кемеровской области — Кузбасса прибыла в Гомель."], "Кемеровская область — Кузбасс"),
        (["Предприятия Югры закупают белорусские автобусы.", "Товарооборот с Югрой вырос на 12 %."],
         "Ханты-Мансийский автономный округ — Югра"),
        (["Глава Вологодской области посетил Минск."], "Вологодская область"),
    ],
)
def test_a_region_with_a_second_name_goes_by_its_whole_official_name(sentences, name):
    partner = partner_of(*sentences)
    assert (partner.name, partner.kind, partner.country) == (name, "region", "Российская Федерация")


def test_a_region_known_by_its_second_name_alone_is_still_found_by_it():
    partner = partner_of("Кузбасс и Беларусь подписали план.", "Кузбасс закупит у Беларуси самосвалы.")
    assert partner.name == "Кемеровская область — Кузбасс"
    assert "кузба" in partner.stems


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Прошло заседание белорусско-мьянманской рабочей группы.",
          "В переговорах участвовал посол Беларуси во Вьетнаме.",
          "Обсуждался доступ на рынок Мьянмы."],
         "Республика Союз Мьянма"),
        (["В Минске собралась белорусско-иракская комиссия.",
          "Делегация посетила МТЗ; ранее министр побывал в Иордании.",
          "Стороны договорились о поставках в Ирак."],
         "Республика Ирак"),
    ],
)
def test_the_other_state_of_a_two_states_adjective_counts_as_named(sentences, name):
    assert partner_of(*sentences).name == name
