"""One event named twice — in a headline and again in the text, shorter or longer, its
sides in either order — is drafted once, by its fullest name, with the date either naming
gives; two events whose dates, places or (for visits) destinations differ stay two.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from memogen.draft.items import events

_DAY = dt.date(2025, 10, 2)


def _drafted(*sentences: str) -> list[tuple[str, object]]:
    return [(e.data["what"], e.data.get("when")) for e in events(list(sentences), _DAY)]


def test_a_shorter_naming_is_the_fuller_one():
    said = _drafted("Форум регионов открылся сегодня в Минске.", "Форум регионов Беларуси и России проходит в Минске.")
    assert said == [("Форум регионов Беларуси и России", _DAY)]


def test_a_headline_and_its_lead_are_one_visit():
    said = _drafted(
        "Начался официальный визит президента Кении в Беларусь",
        "Начался официальный визит президента Кении Ивана Петрова в Беларусь.",
    )
    assert [w for w, _ in said] == ["Официальный визит президента Кении в Беларусь"]


def test_sides_in_either_order_are_one_meeting():
    said = _drafted(
        "Губернатор Омской области встретился с Президентом Беларуси.",
        "1 октября Президент Беларуси встретился с губернатором Омской области.",
    )
    assert said == [("Встреча Президента Беларуси с губернатором Омской области", dt.date(2025, 10, 1))]


def test_visits_each_way_are_two():
    said = _drafted(
        "В сентябре делегация Беларуси совершила визит в Китай.",
        "В сентябре делегация Китая совершила визит в Беларусь.",
    )
    assert len(said) == 2


def test_the_same_session_on_other_dates_is_two():
    said = _drafted(
        "1 октября прошло заседание рабочей группы по сотрудничеству.",
        "12 мая 2024 года прошло заседание рабочей группы по сотрудничеству.",
    )
    assert len(said) == 2


def test_a_state_named_with_its_form_or_without_is_one_destination():
    said = _drafted("3 марта состоялся визит в Зимбабве.", "Итоги визита в Республику Зимбабве подвели в Минске.")
    assert [w for w, _ in said] == ["Визит в Зимбабве"]
