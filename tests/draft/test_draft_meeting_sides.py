"""A meeting is held between two sides, read from sentences written for these tests: a
side its name leaves out is the other side's first official in the officials list (the
release's own principal there), «с белорусским коллегой» is our official of the holder's
post, and a given name left alone after a post is no word of the event's name."""

from __future__ import annotations

import datetime as dt

from memogen.draft.items import events

_DAY = dt.date(2025, 4, 11)


def _what(sentences: list[str], posts: dict[str, str]) -> list[str]:
    return [e.data["what"] for e in events(sentences, _DAY, posts)]


_POSTS = {
    "Нкоси": "Президент Республики Малави",
    "Петров": "Управляющий делами Президента Республики Беларусь",
}


def test_a_meeting_named_by_whom_alone_is_held_by_the_other_sides_first_official():
    said = ["Сегодня после встречи с Президентом Малави в Лилонгве о планах рассказал Иван Петров."]
    assert _what(said, _POSTS) == ["Встреча Управляющего делами Президента Республики Беларусь с Президентом Малави"]


def test_a_meeting_named_by_its_holder_alone_was_with_the_other_sides_first_official():
    posts = {"Орлов": "Губернатор Томской области", "Сидоров": "Генеральный директор Минского моторного завода"}
    said = ["Вчера состоялась встреча губернатора Томской области."]
    assert _what(said, posts) == ["Встреча губернатора Томской области с Генеральным директором Минского моторного завода"]


def test_a_colleague_is_our_official_of_the_same_post():
    posts = {
        "Ахмед": "Министр иностранных дел Республики Мали",
        "Иванов": "Министр иностранных дел Республики Беларусь",
    }
    said = ["В программе 20 апреля — переговоры с белорусским коллегой."]
    assert _what(said, posts) == [
        "Переговоры Министра иностранных дел Республики Мали с Министром иностранных дел Республики Беларусь"
    ]


def test_a_meeting_of_many_or_with_no_official_known_stays_as_named():
    said = ["Вчера состоялась встреча членов делегации с руководством завода."]
    assert _what(said, {}) == ["Встреча членов делегации с руководством завода"]


def test_a_meeting_named_by_a_surname_alone_is_named_by_posts_and_both_sides():
    posts = {"Петров": "Президент Республики Беларусь", "Ахмед": "Посол Республики Мали"}
    said = ["Вчера прошла встреча Петрова."]
    assert _what(said, posts) == ["Встреча Президента Республики Беларусь с Послом Республики Мали"]


def test_whom_a_post_of_each_side_fits_is_on_the_side_its_land_names():
    posts = {"Иванов": "Глава МИД Республики Беларусь", "Смит": "Глава МИД Республики Мали"}
    said = ["Завтра пройдут переговоры с главой МИД Мали."]
    assert _what(said, posts) == ["Переговоры Главы МИД Республики Беларусь с главой МИД Мали"]
