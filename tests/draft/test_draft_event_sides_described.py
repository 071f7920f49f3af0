"""An event's side a release names by a common noun («российский регион», «наша страна»,
«соседняя республика», «эта страна») is named as the curated files name it, by the side's
own name; read from sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.parties import Partner

_DAY = dt.date(2024, 3, 14)
_OMSK = Partner("Омская область", "region", "Российская Федерация", ("омск",))
_MARI = Partner("Республика Марий Эл", "region", "Российская Федерация", ("марий",))
_LAOS = Partner("Лаосская Народно-Демократическая Республика", "country", None, ("лаос",))


def _what(sentence: str, partner: Partner) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, {}, partner)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # both sides described: the state facing a region abroad is Belarus, the region the partner
        ("Вчера в Гомеле прошло заседание рабочей группы по сотрудничеству нашей страны с российским регионом.",
         "Заседание рабочей группы по сотрудничеству Беларуси с Омской областью"),
        # the region's state after it goes with it
        ("Сегодня в Гродно прошло третье заседание рабочей группы Беларуси и западносибирского региона России.",
         "Третье заседание рабочей группы Беларуси и Омской области"),
        ("По итогам встречи решили, что делегация региона приедет в Минск 20 марта.",
         "Визит делегации Омской области в Минск"),
        ("В мае состоятся Дни Омской области в соседней стране.", "Дни Омской области в Беларуси"),
    ],
)
def test_a_region_partner_and_the_state_facing_it(sentence, what):
    assert _what(sentence, _OMSK) == [what]


def test_a_republic_among_regions_is_the_partner_unless_called_neighbouring():
    assert _what("12 марта прошла встреча министра с руководством республики.", _MARI) == [
        "Встреча министра с руководством Республики Марий Эл"
    ]
    # the days take the place the sentence holds them in (test_draft_event_calls_days_joined.py)
    assert _what("12 марта в Минске прошли Дни соседней республики.", _OMSK) == ["Дни Беларуси в Минске"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare «области» may be our own region as well as theirs
        "12 марта прошла встреча с руководителями предприятий области.",
        # a name of its own: a capital adjective before the noun
        "12 марта прошло заседание Совета министров Союзного государства.",
        # a head of state's post is no side
        "12 марта прошла встреча главы государства с министрами.",
    ],
)
def test_names_and_posts_are_left_as_they_are(sentence):
    assert _what(sentence, _OMSK) == [_what(sentence, Partner("Минская область", "region", None, ()))[0]]


def test_a_country_partner_is_named_for_this_country_and_ours_for_our_country():
    assert _what("12 марта прошла встреча министра с первым вице-премьером этой страны.", _LAOS) == [
        "Встреча министра с первым вице-премьером Лаосской Народно-Демократической Республики"
    ]
    assert _what("12 марта начался первый визит президента Лаоса в нашу страну.", _LAOS) == [
        "Первый визит президента Лаоса в Беларусь"
    ]
    # «ваша страна»: our side speaks to the partner
    assert _what("Премьер-министр напомнил о недавней поездке нашей делегации в вашу страну 2 марта.", _LAOS) == [
        "Недавняя поездка делегации Беларуси в Лаосскую Народно-Демократическую Республику"
    ]
    # with the partner not named, «наша страна» may be either side's
    assert _what("12 марта прошла встреча министров нашей страны.", _LAOS) == ["Встреча министров нашей страны"]


def test_a_working_group_with_the_partner_alone_gets_our_side():
    said = "12 марта прошло заседание рабочей группы по сотрудничеству с Омской областью."
    assert _what(said, _OMSK) == ["Заседание рабочей группы по сотрудничеству Беларуси с Омской областью"]
    said = "12 марта прошло третье заседание рабочей группы по сотрудничеству."
    assert _what(said, _OMSK) == ["Третье заседание рабочей группы по сотрудничеству Беларуси и Омской области"]
