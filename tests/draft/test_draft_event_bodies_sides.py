"""Bodies of the two sides' cooperation named with no sides, and events held over a link
(issue #10): «Форум регионов» is Belarus's and the partner's state's, a working group's
session is of Belarus and the partner, «онлайн-совещание» is a meeting."""

from __future__ import annotations

import datetime as dt

from memogen.draft.items import events
from memogen.draft.parties import Partner

RELEASE = dt.date(2026, 3, 2)
REGION = Partner("Курганская область", "region", "Российская Федерация", ("курганск",))
STATE = Partner("Республика Перу", "country", None, ("перу",))


def _names(sentence: str, partner: Partner | None) -> list[str]:
    return [e.data["what"] for e in events([sentence], RELEASE, {}, partner)]


def test_a_forum_of_regions_named_bare_is_of_belarus_and_the_partners_state():
    said = _names("Летом в Гродно пройдёт Форум регионов.", REGION)
    assert said == ["Форум регионов Беларуси и России"]


def test_a_working_groups_session_named_bare_is_of_belarus_and_the_region():
    said = _names("Вчера в Кургане прошло пятое заседание рабочей группы.", REGION)
    assert said == ["Пятое заседание рабочей группы по сотрудничеству Беларуси и Курганской области"]


def test_a_working_group_of_a_state_partner_is_of_the_two_states():
    said = _names("Вчера в Лиме прошло заседание рабочей группы.", STATE)
    assert said == ["Заседание рабочей группы по сотрудничеству Беларуси и Перу"]


def test_sides_named_already_stay():
    said = _names("Вчера прошло заседание рабочей группы по сотрудничеству в сфере образования.", REGION)
    assert said == ["Заседание рабочей группы по сотрудничеству в сфере образования"]
    assert _names("Летом пройдёт Форум регионов.", None) == ["Форум регионов"]


def test_a_meeting_held_online_is_a_meeting():
    said = _names(
        "Об этом вице-губернатор Курганской области сказал на онлайн-совещании заместителя министра торговли России.",
        REGION,
    )
    assert said == ["Онлайн-совещание заместителя министра торговли России"]


def test_a_body_whose_sides_an_adjective_names_stays():
    said = _names("Вчера в Гомеле прошёл первый белорусско-российский Форум регионов.", REGION)
    assert said == ["Первый белорусско-российский Форум регионов"]
