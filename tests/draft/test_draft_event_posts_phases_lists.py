"""Events named as the curated files name them (issue #10): an event held by a post noun
alone is held by the one official with that post; an event whose own verb says it will
begin, end or last is told; «в том числе» before a place visited names no place. Sentences
written for these tests, in our own words."""

from __future__ import annotations

import datetime as dt

from memogen.draft import items, meetings, occasions

_DAY = dt.date(2024, 5, 14)


def _names(sentences: list[str], posts: dict[str, str] | None = None) -> list[str]:
    return [e.data["what"] for e in items.events(sentences, _DAY, posts)]


def test_a_visit_to_come_told_by_its_own_verb_of_beginning():
    assert _names(["Визит министра Лаоса начнётся с посещения выставки."]) == ["Визит министра Лаоса"]


def test_a_visit_with_no_verb_of_its_own_is_no_event():
    assert _names(["Визит министра Лаоса был полезен."]) == []


def test_a_post_alone_is_the_one_official_with_that_post():
    posts = {"Сидоренко": "губернатор Тверской области"}
    assert "Визит губернатора Тверской области" in _names(["Визит губернатора продлится три дня."], posts)


def test_a_post_alone_stays_when_two_officials_hold_it():
    posts = {"Сидоренко": "губернатор Тверской области", "Ковалёв": "губернатор Омской области"}
    assert "Визит губернатора" in _names(["Визит губернатора продлится три дня."], posts)


def test_the_post_of_a_named_holder_is_left_alone():
    posts = {"Сидоренко": "губернатор Тверской области"}
    assert "Визит губернатора Омской области" in _names(["Визит губернатора Омской области продлится три дня."], posts)


def test_among_them_names_no_place_called_at():
    said = "Министр побывал в том числе на Гомельском химическом заводе."
    assert [w for w, *_ in occasions._been_at(said)] == ["посещение Гомельского химического завода"]


def test_a_case_of_the_places_before_is_none_of_its_own():
    said = "Гости побывают на заводах Гродно, в том числе на тех, с которыми уже работают."
    assert [w for w, *_ in occasions._been_at(said)] == ["посещение заводов Гродно"]


def _met(said: str) -> list[str]:
    return [what for what, *_ in meetings.verb_events(said, lambda s: s)]


def test_one_who_discussed_things_with_someone_met_them():
    assert _met("Губернатор обсудил с генеральным консулом Беларуси поставки техники.") == [
        "встреча губернатора с генеральным консулом Беларуси"
    ]


def test_what_was_discussed_may_stand_before_the_person():
    assert _met("Важные вопросы губернатор обсудил с послом Армении.") == ["встреча губернатора с послом Армении"]


def test_things_discussed_and_the_person_after_them_are_no_holder():
    assert _met("Эти и другие вопросы обсудил с послом Армении.") == []


def test_what_was_discussed_after_whom_is_no_part_of_the_meeting():
    assert _met("Министр обсудил с заместителем премьер-министра Кубы перспективы поставок.") == [
        "встреча Министра с заместителем премьер-министра Кубы"
    ]


def test_how_one_discussed_is_no_word_of_who():
    assert _met("Министр кратко обсудил с послом Беларуси завтрашние переговоры.") == ["встреча Министра с послом Беларуси"]


def test_two_holders_joined_by_and_are_both_in_the_genitive():
    assert _names(["Президент Лаоса и Кузнецов проведут двусторонние переговоры."]) == [
        "Двусторонние переговоры Президента Лаоса и Кузнецова"
    ]


def test_one_post_of_two_branches_is_one_holder():
    assert meetings._genitive("Министр промышленности и торговли", lambda s: s, False) == (
        "Министра промышленности и торговли"
    )


def test_a_preposition_with_a_pronoun_alone_names_no_one():
    assert _names(["Вчера началась встреча с того, что гости вручили подарки."]) == []


def test_talks_under_way_are_told():
    assert _names(["В Ханое идут переговоры президентов Беларуси и Вьетнама."]) == [
        "Переговоры президентов Беларуси и Вьетнама"
    ]


def test_talks_at_which_something_was_said_were_held():
    said = "Дружбу двух народов подтвердили на переговорах в Ханое министры Иван Петров и Нгуен Ань."
    assert _names([said]) == ["Переговоры министров"]


def test_one_spoke_before_a_meeting_held_that_day():
    assert _names(["Об этом сегодня перед встречей с делегацией города Хюэ рассказал губернатор."]) == [
        "Встреча с делегацией города Хюэ"
    ]


def test_a_plural_post_alone_is_both_sides_holders():
    posts = {"Лукашенко": "Президент Республики Беларусь", "Нгуен": "Президент Социалистической Республики Вьетнам"}
    assert _names(["Сегодня в Ханое прошли переговоры президентов."], posts) == [
        "Переговоры Президента Республики Беларусь и Президента Социалистической Республики Вьетнам"
    ]


def test_his_event_is_the_subject_s_named_after_its_noun():
    said = "Министр Иван Петров сообщил, что его официальный визит в Ханой пройдёт в мае."
    assert _names([said]) == ["Официальный визит Министра в Ханой"]


def test_a_possessive_that_cannot_stand_for_the_subject_names_no_holder():
    said = "12 мая пресс-служба министра сообщила о его телефонном разговоре с послом Лаоса."
    assert _names([said]) == ["Телефонный разговор с послом Лаоса"]


def test_talks_about_something_going_on_are_a_process_no_event():
    assert _names(["Сейчас идут переговоры о поставках тракторов в Ханой."]) == []
