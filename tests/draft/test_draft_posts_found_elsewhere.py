"""A person's post found where the release gives it in another form (issue #10): a person
named in full with no post, whom the release names elsewhere by initial and surname after a
post, holds that post; a colleague named by his state's adjective in the nominative holds the
post of the person before, in his own state, however many adjectives open it. Sentences
written for these tests."""

from __future__ import annotations

from memogen.draft import sentences
from memogen.draft.parties import find_partner, officials


def drafted(text: str) -> dict[str, tuple[str, str]]:
    said = sentences(text)
    return {o.data["person"]["surname"]: (o.data["position"], o.data["side"]) for o in officials(said, find_partner(said))}


def test_a_person_named_in_full_takes_the_post_given_with_his_initial():
    found = drafted("Вчера министр промышленности Беларуси П. Зайцев прилетел в Ташкент. "
                    "Пётр Зайцев осмотрел заводы Узбекистана.")
    assert found["Зайцев"] == ("Министр промышленности Республики Беларусь", "ours")


def test_an_initial_of_another_letter_gives_no_post():
    found = drafted("Министр промышленности Беларуси И. Зайцев прилетел в Ташкент. "
                    "Пётр Зайцев осмотрел заводы Узбекистана.")
    assert found["Зайцев"][0] == "Должность (уточнить)"


def test_a_colleague_in_the_nominative_holds_the_post_opened_by_adjectives():
    found = drafted("Первый заместитель премьер-министра Армении Ашот Саргсян и его белорусский коллега "
                    "Пётр Зайцев провели заседание комиссии.")
    assert found["Зайцев"] == ("Первый заместитель премьер-министра Республики Беларусь", "ours")


def test_an_ambassador_in_a_capital_serves_in_its_state():
    assert drafted("Товарооборот вырос вдвое, сообщил посол Армении в Минске Ашот Саргсян.")["Саргсян"] == (
        "Посол Республики Армения в Республике Беларусь", "partner")
    assert drafted("Посол Беларуси в Ереване Пётр Зайцев выступил на форуме.")["Зайцев"][0] == (
        "Посол Республики Беларусь в Республике Армения")
    assert drafted("Посол Беларуси в Гюмри Пётр Зайцев выступил на форуме.")["Зайцев"][0].endswith("в Гюмри")


def test_our_embassy_named_by_a_city_is_its_branch_in_the_partners_state():
    found = drafted("Губернатор Курской области Иван Орлов встретился с руководителем отделения Посольства "
                    "Беларуси в Воронеже Петром Зайцевым.")
    assert found["Зайцев"][0] == ("Руководитель отделения Посольства Республики Беларусь в Российской Федерации "
                                  "в Воронеже")
    found = drafted("Губернатор Курской области Иван Орлов встретился с советником Посольства Беларуси в Москве "
                    "Петром Зайцевым.")
    assert found["Зайцев"][0] == "Советник Посольства Республики Беларусь в Российской Федерации"
