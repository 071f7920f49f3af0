"""Agreements whose title goes on past a name in quotes, plans of cooperation, and
documents in force named with a participle, read from sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import agreements

RELEASE = dt.date(2025, 6, 10)


def _read(sentence: str) -> list[dict]:
    return [a.data for a in agreements([sentence], RELEASE)]


def test_a_title_in_quotes_goes_on_with_what_it_is_for_and_its_term():
    assert _read("Витебская область и Псковская область утвердили «Дорожную карту» по развитию торговли на 2025–2027 годы.") \
        == [{"title": "«Дорожная карта» по развитию торговли между Витебской областью и Псковской областью",
             "status": "signed", "years": [2025, 2027]}]
    assert _read("Исполняется контракт ЗАО «Белтехмаш» с компанией «Агроинвест» на поставку зерносушилок.") == [
        {"title": "Контракт ЗАО «Белтехмаш» с компанией «Агроинвест» на поставку зерносушилок", "status": "in_force"}
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "status"),
    [
        ("Министры подписали план культурного сотрудничества.", "План культурного сотрудничества", "signed"),
        ("Стороны намерены принять план развития приграничной торговли.", "План развития приграничной торговли",
         "planned"),
        ("Ведомства выполняют план взаимодействия в сфере образования.", "План взаимодействия в сфере образования",
         "in_force"),
    ],
)
def test_a_plan_of_cooperation_or_development_is_a_document(sentence, title, status):
    assert _read(sentence) == [{"title": title, "status": status}]


def test_a_plan_of_a_trip_is_no_document():
    assert _read("Гостям показали план города.") == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("В рамках реализуемой дорожной карты стороны открыли два торговых дома.", "Дорожная карта"),
        ("Согласно действующей программе сотрудничества регионы обменяются делегациями.", "Программа сотрудничества"),
        ("Действующий план мероприятий предусматривает ярмарку в Гродно.", "План мероприятий"),
        ("Реализуемое соглашение о торгово-экономическом сотрудничестве дало результат.",
         "Соглашение о торгово-экономическом сотрудничестве"),
    ],
)
def test_a_document_in_force_named_with_a_participle_or_under_which_a_thing_is_done(sentence, title):
    assert _read(sentence) == [{"title": title, "status": "in_force"}]


def test_a_documents_own_words_stop_before_the_clauses_subject_only_under_a_preposition():
    assert _read("Протокол совещания подписали заместители министров.") == [
        {"title": "Протокол совещания", "status": "signed"}
    ]


def test_between_their_own_regions_names_the_regions_their_heads_lead():
    assert _read("Губернатор Псковской области Иван Петров и председатель Витебского облисполкома Пётр Иванов "
                 "подписали соглашение о торговом сотрудничестве между своими областями.") == [
        {"title": "Соглашение о торговом сотрудничестве между Псковской областью и Витебской областью",
         "status": "signed"}
    ]
    # with no two regions named, the words stay as written
    assert _read("Губернаторы подписали соглашение о сотрудничестве между своими областями.")[0]["title"] == (
        "Соглашение о сотрудничестве между своими областями"
    )
