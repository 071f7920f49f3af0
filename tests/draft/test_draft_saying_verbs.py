"""One table of verbs of saying (issue #10): the sentence reporting a speaker's words, the
partner's official speaking, the infinitives that propose nothing, a speaker at an event, a
quote's author and a memo's claim without who said it all read phrases.SAYING.
Sentences written for these tests; their people and places are invented."""

from __future__ import annotations

import datetime as dt
import re

from memogen.draft.items import events, statement
from memogen.draft.meetings import SPOKE, addressee_cut
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


def test_a_speaker_at_an_event_reads_every_verb_of_the_table():
    for verb in SAYING:
        assert SPOKE.fullmatch(verb[:-2] + "ла"), verb
    assert SPOKE.fullmatch("выступил")  # one spoke, whatever words they said
    assert not SPOKE.fullmatch("доложить")


def test_a_claim_drops_who_said_it_by_any_verb_of_the_table():
    assert statement("«Мы готовы возить зерно в Перу», — пояснил министр.") == "«Мы готовы возить зерно в Перу»."
    assert statement("Министр Иван Орлов напомнил, что поставки зерна выросли.") == "Поставки зерна выросли."
    # a dash that no verb of saying follows keeps its words
    assert statement("Зерно — главный товар в торговле с Перу.") == "Зерно — главный товар в торговле с Перу."


def test_one_who_remarked_at_an_event_tells_it_was_held_and_its_talk_of_a_visit_to_come():
    names = [e.data["what"] for e in events([
        "Губернатор Тверской области Пётр Сидоров 5 июня встретился с послом Перу Хуаном Ривасом.",
        "В начале встречи губернатор заметил, что в область готовится визит делегации Перу.",
    ], dt.date(2025, 6, 10))]
    # «В начале встречи»: the meeting named before, no second one
    assert names == ["Встреча губернатора Тверской области с послом Перу", "Визит делегации Перу"]


def test_whom_one_reported_to_is_no_speaker():
    assert addressee_cut(" Президенту Литвы Йонасу Каролису ").strip() == ""  # «… доложил министр»
    assert addressee_cut("посол журналистам агентства") == "посол"
    assert addressee_cut("к Президенту Литвы") == "к Президенту Литвы"  # governed by a preposition
