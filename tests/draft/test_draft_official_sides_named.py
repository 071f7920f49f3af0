"""Whose an official is, by what the post names (issue #10): the partner by any of its
names — its initials («США», «КНР», «СРВ»), its adjective, its short name — makes the
official the partner's; Belarus or a Belarusian body ours; a state that is neither the
partner nor the state the partner lies in makes the official a third party's, marked
check; a post naming nothing is a guess, marked so. A state's generic adjective
(«Социалистическая») names no partner. Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft import sides
from memogen.draft.parties import find_partner, officials


def sides_of(*sentences: str) -> dict[str, tuple[str, list[str]]]:
    partner = find_partner(list(sentences))
    return {o.data["person"]["surname"]: (o.data["side"], o.notes) for o in officials(list(sentences), partner)}


@pytest.mark.parametrize(
    ("sentences", "surname"),
    [
        (["Китай остаётся вторым торговым партнёром Беларуси.", "Китай наращивает закупки.",
          "Генеральный консул КНР Ван Лэй посетил Гомель."], "Лэй"),
        (["Делегация США прибыла в Минск.", "Временный поверенный в делах США Майкл Браун провёл встречи."], "Браун"),
        (["Вьетнам закупает белорусские тракторы.", "Во Вьетнаме собирают автобусы МАЗ.",
          "Посол СРВ в Минске Нгуен Ван Тхао поддержал идею."], "Тхао"),
        (["Товарооборот с Казахстаном вырос на 8 %.", "Казахстан закупает технику.",
          "Казахстанский вице-министр торговли Ержан Бекенов предложил новые проекты."], "Бекенов"),
    ],
)
def test_a_post_naming_the_partner_by_any_of_its_names_is_the_partners(sentences, surname):
    assert sides_of(*sentences)[surname][0] == "partner"


@pytest.mark.parametrize(
    ("sentences", "surname"),
    [
        (["Товарооборот с Казахстаном вырос на 8 %.", "Казахстан закупает технику.",
          "На форуме выступил посол Индии в Беларуси Арун Капуров."], "Капуров"),
        (["Вологодская область и Беларусь развивают связи.", "Вологодские предприятия закупают технику.",
          "Посол Армении в Беларуси Ашот Саркисов присоединился к встрече."], "Саркисов"),
    ],
)
def test_a_post_naming_a_third_state_is_a_third_partys_marked_check(sentences, surname):
    side, notes = sides_of(*sentences)[surname]
    assert side == "third"
    assert any("third state" in note for note in notes)


def test_the_state_a_partner_region_lies_in_is_the_partners_side():
    side, _ = sides_of("Вологодская область и Беларусь развивают связи.",
                       "Посол России в Беларуси Борис Громов приветствовал участников.")["Громов"]
    assert side == "partner"


def test_a_post_naming_belarus_or_its_body_is_ours():
    found = sides_of("Товарооборот с Казахстаном вырос на 8 %.",
                     "Посол Беларуси в Казахстане Павел Утюпин и председатель Гомельского облисполкома "
                     "Иван Крупко провели встречи.")
    assert found["Утюпин"][0] == "ours"
    assert found["Крупко"][0] == "ours"


def test_a_post_naming_nothing_is_a_guess_marked_so():
    side, notes = sides_of("Товарооборот с Казахстаном вырос на 8 %.",
                           "Председатель правления Алексей Смирнов рассказал о проектах.")["Смирнов"]
    assert side == "ours"
    assert any("guess" in note for note in notes)


def test_a_generic_adjective_of_a_states_name_names_no_partner():
    partner = find_partner(["Социалистическая Республика Вьетнам и Беларусь подписали план.",
                            "Вьетнам закупает тракторы."])
    assert partner is not None and partner.name == "Социалистическая Республика Вьетнам"
    assert not sides.partner_named("министерства социальной защиты", partner.stems)
    assert sides.partner_named("вьетнамские партнёры", partner.stems)
    assert sides.partner_named("посол СРВ", partner.stems)


@pytest.mark.parametrize(
    ("sentences", "surname", "side"),
    [
        (["Товарооборот с Казахстаном вырос на 8 %.", "Казахстан закупает технику.",
          "На форуме выступил губернатор Тульской области Алексей Дюмин."], "Дюмин", "third"),
        (["Вологодская область и Беларусь развивают связи.", "Вологодские предприятия закупают технику.",
          "К ним присоединился аким Карагандинской области Ермаганбет Булекпаев."], "Булекпаев", "third"),
        (["Товарооборот с Казахстаном вырос на 8 %.", "Казахстан закупает технику.",
          "Аким Карагандинской области Ермаганбет Булекпаев принял делегацию."], "Булекпаев", "partner"),
    ],
)
def test_a_post_naming_a_region_of_another_state_than_the_partners_is_a_third_partys(sentences, surname, side):
    assert sides_of(*sentences)[surname][0] == side
