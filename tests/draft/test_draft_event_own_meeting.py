"""The release's own meeting (issue #10): a meeting or talks told with someone are held by
whoever the text is about when the sentence names no holder; a meeting told by a gerund,
by «на встрече с …» after any verb, and «с ним» standing for a person named before."""

from __future__ import annotations

import datetime as dt

from memogen.draft.items import events

RELEASE = dt.date(2026, 3, 2)


def _names(*sentences: str, posts: dict[str, str] | None = None) -> list[str]:
    return [e.data["what"] for e in events(list(sentences), RELEASE, posts or {})]


def test_a_meeting_told_by_a_gerund_is_the_speakers():
    said = _names("Так считает глава Курганской области Пётр Сидоров, встретившись с послом Беларуси в России.")
    assert said == ["Встреча главы Курганской области с послом Беларуси в России"]


def test_a_meeting_told_as_where_one_spoke_is_held_whatever_the_verb():
    said = _names("О поставках техники губернатор Омской области размышлял на встрече с делегацией Гомельской области.")
    assert said == ["Встреча губернатора Омской области с делегацией Гомельской области"]


def test_with_him_stands_for_the_person_named_before():
    posts = {"Лукашенко": "Президент Республики Беларусь", "Кравцов": "губернатор Пензенской области"}
    said = _names(
        "Президент Беларуси Александр Лукашенко сделал предложение губернатору Пензенской области Олегу Кравцову"
        " на встрече с ним.",
        posts=posts,
    )
    assert said == ["Встреча Президента Беларуси с губернатором Пензенской области"]


def test_a_meeting_named_with_no_holder_is_the_last_subjects():
    posts = {"Павлов": "Министр промышленности Республики Беларусь"}
    said = _names(
        "Министр промышленности Беларуси Игорь Павлов прибыл в Казань.",
        "На встрече с руководством завода «Камский литейщик» говорили о поставках узлов.",
        posts=posts,
    )
    assert "Встреча Министра промышленности Беларуси с руководством завода «Камский литейщик»" in said


def test_whose_day_holds_a_meeting_is_its_holder():
    posts = {"Орлов": "губернатор Курганской области"}
    said = _names("В среду, 4 марта, у Орлова запланирована встреча с руководством холдинга «Гомсельмаш».", posts=posts)
    assert said == ["Встреча губернатора Курганской области с руководством холдинга «Гомсельмаш»"]


def test_both_sides_or_a_guest_word_hold_no_meeting():
    posts = {"Павлов": "Министр промышленности Республики Беларусь"}
    said = _names(
        "Министр промышленности Беларуси Игорь Павлов прибыл в Казань.",
        "Министры обсудили кооперацию.",
        "На встрече с руководством завода «Камский литейщик» говорили о поставках.",
        posts=posts,
    )
    assert "Встреча Министра промышленности Беларуси с руководством завода «Камский литейщик»" in said
    lone = _names("Эксперт выступил.", "На встрече с руководством завода «Камский литейщик» говорили о поставках.")
    assert lone == ["Встреча с руководством завода «Камский литейщик»"]


def test_a_foreign_minister_described_by_a_generic_title_is_named_by_the_post():
    posts = {"Петров": "Министр иностранных дел Республики Беларусь", "Ортис": "Министр иностранных дел Республики Перу"}
    said = _names("Глава белорусского МИД Иван Петров встретился с послом Перу.", posts=posts)
    assert said == ["Встреча Министра иностранных дел Республики Беларусь с послом Перу"]
    said = _names("В Минск с рабочим визитом прибыл глава перуанской дипломатии.", posts=posts)
    assert said == ["Рабочий визит Министра иностранных дел Республики Перу в Минск"]
