"""Agreements already in force, to come into force, or carried out by another document,
and titles that stop before a clause joined by «, и», read from sentences written for
these tests (their places and documents are invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import agreements

RELEASE = dt.date(2025, 10, 14)


def _read(sentence: str) -> list[dict]:
    return [a.data for a in agreements([sentence], RELEASE)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Соглашение о торгово-экономическом сотрудничестве было подписано ещё в апреле 2009 года.",
         "Соглашение о торгово-экономическом сотрудничестве"),
        ("Связи двух регионов опираются на соглашение о научном сотрудничестве, подписанное в 2001 году.",
         "Соглашение о научном сотрудничестве"),
        ("В 2022 году министерства подписали меморандум о сотрудничестве в энергетике, и сейчас он выполняется.",
         "Меморандум о сотрудничестве в энергетике"),
        ("Договор о дружбе заключён ещё в 1996 году.", "Договор о дружбе"),
    ],
)
def test_a_document_signed_over_a_year_before_the_release_is_in_force(sentence, title):
    assert [(a["title"], a["status"]) for a in _read(sentence)] == [(title, "in_force")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Контракт на поставку лифтов был подписан в июле 2025 года.",
        "В 2025 году стороны подписали соглашение о поставках молока.",
        "Стороны подписали соглашение о поставках молока.",
    ],
)
def test_a_document_signed_this_year_or_lately_stays_signed(sentence):
    assert [a["status"] for a in _read(sentence)] == ["signed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Работа ведётся на основе соглашения о межрегиональном сотрудничестве.",
        "Сотрудничество областей строится на основе программы развития приграничной торговли.",
        "Партнёрство базируется на договоре о сотрудничестве в образовании.",
    ],
)
def test_a_document_things_rest_on_is_in_force(sentence):
    assert [a["status"] for a in _read(sentence)] == ["in_force"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Торговле поможет соглашение о свободной торговле услугами: вступления его в силу ждут в будущем году.",
        "Ожидается, что соглашение о взаимной защите инвестиций вступит в силу весной.",
        "Стороны ждут скорейшего вступления в силу соглашения о транспортном сообщении.",
    ],
)
def test_a_document_yet_to_come_into_force_is_planned(sentence):
    assert [a["status"] for a in _read(sentence)] == ["planned"]


def test_a_document_carried_out_by_another_is_drafted_apart_and_in_force():
    # README convention 7: the term after the nested title is the outer document's and ends its title
    said = _read("Министерствам поручено подготовить «план действий» по реализации Соглашения между "
                 "Правительством Республики Беларусь и администрацией края о сотрудничестве на 2025–2027 годы.")
    assert [(a["title"], a["status"], a.get("years")) for a in said] == [
        ("«План действий» по реализации Соглашения между Правительством Республики Беларусь и администрацией края "
         "о сотрудничестве", "planned", [2025, 2027]),
        ("Соглашение между Правительством Республики Беларусь и администрацией края о сотрудничестве", "in_force",
         None),
    ]
    said = _read("Дорожная карта по выполнению Договора о партнёрстве между двумя городами будет подписана осенью.")
    assert [(a["title"], a["status"]) for a in said] == [
        ("Дорожная карта по выполнению Договора о партнёрстве между двумя городами", "planned"),
        ("Договор о партнёрстве между двумя городами", "in_force"),
    ]
    said = _read("Подписан план мероприятий по реализации экономической части Программы развития связей между "
                 "Гомелем и Тулой на 2026–2027 годы.")
    assert [(a["title"], a["status"], a.get("years")) for a in said] == [
        ("План мероприятий по реализации экономической части Программы развития связей между Гомелем и Тулой",
         "signed", [2026, 2027]),
        ("Программа развития связей между Гомелем и Тулой", "in_force", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Стороны подписали соглашение о сотрудничестве с ведущими портами региона, и Находка стала одним из них.",
         "Соглашение о сотрудничестве с ведущими портами региона"),
        ("Области подписали программу обмена студентами, и Гродно примет первых гостей в мае.",
         "Программа обмена студентами"),
    ],
)
def test_a_title_stops_before_a_clause_joined_by_a_comma_and(sentence, title):
    assert [a["title"] for a in _read(sentence)] == [title]


def test_the_main_directions_carrying_out_a_treaty_are_a_document_with_its_term():
    # README convention 7: the term after the treaty's title ends the outer document's title
    said = _read("Ориентиром для работы служат Основные направления реализации положений Договора о дружбе "
                 "на 2025–2027 годы: выполняются 40 мероприятий из 90.")
    assert [(a["title"], a["status"], a.get("years")) for a in said] == [
        ("Основные направления реализации положений Договора о дружбе", "in_force", [2025, 2027]),
        ("Договор о дружбе", "in_force", None),
    ]


def test_a_document_named_as_the_predicate_of_another_is_none():
    said = _read("Выполняемый меморандум о туризме станет программой действий на 2025–2027 годы.")
    assert [a["title"] for a in said] == ["Меморандум о туризме"]
