"""Whose an official is when the post names no state (issue #10): the delegation the
person leads or belongs to says it, named by its side's adjective or genitive
(«Мьянманскую делегацию возглавил …», «в составе узбекской делегации …», «делегация
Смоленской области во главе с …», «В российскую делегацию входят …»), as «с белорусской
стороны» does; a delegation the sentence's people only meet says nothing. A state's
official name put into a post takes «в» or «во» as its first word needs («Посол … во
Вьетнаме» → «… в Социалистической Республике Вьетнам»), and an academic title before the
name («доктор») is no part of the post. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.draft.drafted import partner_of

from memogen.draft.parties import officials


def _people(sentences: list[str]) -> dict[str, tuple[str, str]]:
    partner = partner_of(*sentences)
    return {o.data["person"]["surname"]: (o.data["position"], o.data["side"]) for o in officials(sentences, partner)}


@pytest.mark.parametrize(
    ("sentences", "surname", "side"),
    [
        (["Прошло заседание белорусско-лаосской рабочей группы в Минске.",
          "Лаосскую делегацию возглавил заместитель министра промышленности Сисай Вонгсай.",
          "Лаос заинтересован в белорусской технике."],
         "Вонгсай", "partner"),
        (["Товарооборот с Монголией вырос на 10 %.",
          "В составе монгольской делегации прибыл заместитель министра Батбаяр Ганбат.",
          "Монголия закупает белорусские тракторы."],
         "Ганбат", "partner"),
        (["Торговля с Вьетнамом растёт, Вьетнам закупает технику.",
          "Делегацию Вьетнама возглавил заместитель министра Нгуен Ван Хынг."],
         "Хынг", "partner"),
        (["Переговоры с Эфиопией прошли в Минске, Эфиопия заинтересована в тракторах.",
          "Белорусскую делегацию возглавил заместитель министра Павел Козлов."],
         "Козлов", "ours"),
    ],
)
def test_the_delegation_a_person_leads_gives_the_side(sentences, surname, side):
    assert _people(sentences)[surname][1] == side


def test_a_delegation_the_person_only_meets_gives_no_side():
    sentences = [
        "Мьянма и Беларусь обсудили поставки, Мьянма заинтересована в технике.",
        "Мьянманская делегация провела переговоры с заместителем министра Иваном Петровым.",
    ]
    position, side = _people(sentences)["Петров"]
    assert side == "ours"


def test_a_state_s_official_name_takes_the_preposition_it_needs():
    sentences = [
        "В заседании участвовал Посол Беларуси во Вьетнаме Олег Сидоров.",
        "Вьетнам и Беларусь договорились расширить торговлю, Вьетнам закупит технику.",
    ]
    position, side = _people(sentences)["Сидоров"]
    assert position == "Посол Республики Беларусь в Социалистической Республике Вьетнам"
    assert side == "ours"
    sentences = [
        "Посол Беларуси во Франции Анна Миронова открыла выставку.",
        "Франция и Беларусь обсудили культурные обмены.",
    ]
    assert _people(sentences)["Миронова"][0] == "Посол Республики Беларусь во Французской Республике"


def test_an_academic_title_before_the_name_is_no_part_of_the_post():
    sentences = [
        "Индонезия заинтересована в белорусских тракторах, сообщили в Индонезии.",
        "Делегацию Индонезии возглавил заместитель министра сельского хозяйства доктор Сутарто Алимоесо.",
    ]
    position, side = _people(sentences)["Алимоесо"]
    assert "доктор" not in position
    assert side == "partner"
