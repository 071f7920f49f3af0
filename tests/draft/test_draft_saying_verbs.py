"""One table of verbs of saying (issue #10): the sentence reporting a speaker's words, the
partner's official speaking and the infinitives that propose nothing all read phrases.SAYING.
Sentences written for these tests; their people and places are invented."""

from __future__ import annotations

import re

from memogen.draft.offers import proposals
from memogen.draft.phrases import SAID, SAYING
from memogen.draft.sides import partner_speaks


def test_said_reads_every_verb_of_the_table_in_the_past():
    for verb in SAYING:
        past = verb[:-2] + "л"
        for form in (past, past + "а", past + "и"):
            assert re.fullmatch(SAID, form), form


def test_said_is_no_other_word():
    for word in ("сказать", "отмечено", "заявление", "пояснения"):
        assert not re.fullmatch(SAID, word), word


def test_the_partner_official_who_reminded_speaks_for_the_partner():
    assert partner_speaks("Губернатор Тверской области Пётр Сидоров напомнил, что экспорт вырос на 20 %.",
                          ("тверск",), "област")


def test_the_partner_officials_written_words_are_the_partners_too():
    assert partner_speaks("Губернатор Тверской области Пётр Сидоров написал, что экспорт вырос на 20 %.",
                          ("тверск",), "област")


def test_a_need_to_say_proposes_nothing():
    assert proposals(["Инвесторам необходимо пояснить условия работы в свободной экономической зоне."]) == []
    assert proposals(["Можно заявить о белорусских комбайнах на рынках Африки."]) == []
    assert proposals(["Необходимо отметить высокий уровень связей между областями."]) == []


def test_a_verb_of_saying_that_deals_with_a_thing_is_a_deed():
    (p,) = proposals(["Стороны договорились уточнить сроки поставки комбайнов."])
    assert p.data["action"] == "Уточнить сроки поставки комбайнов"
    (p,) = proposals(["Нужно добавить в ассортимент магазинов белорусские сыры."])
    assert p.data["action"] == "Добавить в ассортимент магазинов белорусские сыры"
