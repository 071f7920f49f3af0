"""A meeting whose two sides a release tells by one word for both («лидеров двух стран»,
«двух глав государств», «министров иностранных дел двух стран») or whose other side it
describes by its land («с казахстанским коллегой») is named by the posts the officials
list gives, read from sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.parties import Partner

_DAY = dt.date(2024, 6, 5)
_HEADS = {"Иванов": "Президент Республики Беларусь", "Ахметов": "Президент Республики Казахстан"}
_MINISTERS = {
    "Петров": "Министр иностранных дел Республики Беларусь",
    "Нурланов": "Министр иностранных дел Республики Казахстан",
    "Сидоров": "Президент Республики Беларусь",
}


def _what(sentence: str, posts: dict[str, str]) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, posts)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Сегодня в Минске прошла встреча лидеров двух стран.",
         ["Встреча Президента Республики Беларусь и Президента Республики Казахстан"]),
        ("Вчера состоялись переговоры двух глав государств.",
         ["Переговоры Президента Республики Беларусь и Президента Республики Казахстан"]),
        ("Неформальные переговоры двух лидеров прошли 4 июня.",
         ["Неформальные переговоры Президента Республики Беларусь и Президента Республики Казахстан"]),
        # a body of heads of state is no meeting of two sides
        ("Заседание Совета глав государств прошло 4 июня.", ["Заседание Совета глав государств"]),
    ],
)
def test_both_heads_told_together(sentence, what):
    assert _what(sentence, _HEADS) == what


def test_a_plural_post_of_two_countries_is_that_post_on_each_side():
    assert _what("4 июня прошла встреча министров иностранных дел двух стран.", _MINISTERS) == [
        "Встреча Министра иностранных дел Республики Беларусь и Министра иностранных дел Республики Казахстан"
    ]


def test_sides_not_given_one_each_are_left_as_the_release_words_them():
    # two of our heads or none of theirs: no pair to name
    posts = {"Иванов": "Президент Республики Беларусь"}
    assert _what("Сегодня в Минске прошла встреча лидеров двух стран.", posts) == ["Встреча лидеров двух стран"]


def test_a_colleague_described_by_the_land_is_that_lands_official():
    said = "Президент Беларуси Иван Иванов провёл 4 июня переговоры со своим казахстанским коллегой."
    assert _what(said, _HEADS) == ["Переговоры Президента Беларуси с Президентом Республики Казахстан"]


def test_colleagues_in_the_plural_are_no_one_official():
    said = "Делегация прибыла в Минск 4 июня для переговоров с казахстанскими коллегами."
    assert all("Президент" not in w for w in _what(said, _HEADS))


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # a leader is a head of state; the words' case is kept
        ("4 июня состоялся визит казахстанского лидера в Минск.", ["Визит Президента Республики Казахстан в Минск"]),
        ("4 июня прошла встреча белорусского президента с послом.",
         ["Встреча Президента Республики Беларусь с послом"]),
        # no official of that land and post in the list: the words stay
        ("4 июня прошла встреча белорусского министра с послом.", ["Встреча белорусского министра с послом"]),
    ],
)
def test_one_official_described_by_the_lands_adjective(sentence, what):
    assert _what(sentence, _HEADS) == what


def test_a_time_reckoned_from_the_release_is_no_part_of_a_name():
    said = "Стороны готовят визит казахстанского лидера в Минск в первой половине следующего года."
    assert _what(said, _HEADS) == ["Визит Президента Республики Казахстан в Минск"]


def test_what_a_visits_programme_holds_is_an_event():
    said = "В программе визита — встреча посла с губернатором Псковской области."
    assert _what(said, {}) == ["Встреча посла с губернатором Псковской области"]


_REGION = {"Орлов": "Губернатор Тверской области", "Иванов": "Президент Республики Беларусь"}


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("4 июня глава региона встретился с Президентом Беларуси.",
         ["Встреча Губернатора Тверской области с Президентом Беларуси"]),
        ("4 июня прошла встреча Президента Беларуси с губернатором области.",
         ["Встреча Президента Беларуси с Губернатором Тверской области"]),
        # a region named after the words is that region, not the list's
        ("4 июня прошла встреча Президента Беларуси с губернатором области Нью-Мексико.",
         ["Встреча Президента Беларуси с губернатором области Нью-Мексико"]),
    ],
)
def test_a_regions_head_named_by_no_region_is_the_lists_one(sentence, what):
    assert _what(sentence, _REGION) == what


def test_a_surname_alone_after_the_event_is_named_by_its_post():
    said = "4 июня состоялась встреча Орлова с Президентом Беларуси."
    assert _what(said, _REGION) == ["Встреча Губернатора Тверской области с Президентом Беларуси"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Вчера в национальном павильоне прошёл День Витебской области.", ["День Витебской области"]),
        ("Гостей собрал праздник в честь Дня единения народов, который прошёл 2 апреля.",
         ["День единения народов"]),
        # a day in lower case is no day's name
        ("В день визита прошла встреча Президента Беларуси с губернатором 4 июня.",
         ["Встреча Президента Беларуси с губернатором"]),
    ],
)
def test_a_day_named_with_a_capital_is_an_event(sentence, what):
    assert _what(sentence, {}) == what


def test_a_named_day_takes_no_words_before_it():
    said = "Министр примет участие в торжественном собрании, посвящённом Дню Татарстана, 4 июня."
    assert "День Татарстана" in _what(said, {})


def _lands_what(sentence: str, partner: Partner | None) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, {}, partner)]


def test_two_countries_in_a_name_are_belarus_and_the_partners_state():
    region = Partner(name="Омская область", kind="region", country="Российская Федерация", stems=())
    state = Partner(name="Республика Казахстан", kind="country", country=None, stems=())
    said = "4 июня прошло заседание межправительственной комиссии двух стран."
    assert _lands_what(said, region) == ["Заседание межправительственной комиссии Беларуси и России"]
    assert _lands_what(said, state) == ["Заседание межправительственной комиссии Беларуси и Казахстана"]
    # no partner known: the words stay
    assert _lands_what(said, None) == ["Заседание межправительственной комиссии двух стран"]
