"""Who signed a document named after the verb of signing, documents named with two subjects,
and a signing dated to an earlier year in a clause describing the document. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.draft.drafted import agreements_of

from memogen.draft.items import agreements

RELEASE = dt.date(2025, 9, 10)


_read = partial(agreements_of, RELEASE)


def test_bodies_after_the_verb_with_a_word_between_and_names_in_quotes_are_the_sides():
    said = "Договор о поставках заключили также минское предприятие «Ромашка» и министерство транспорта Тверской области."
    assert _read(said) == [
        ("Договор о поставках между минским предприятием «Ромашка» и министерством транспорта Тверской области", "signed")
    ]


def test_bodies_signing_in_a_relative_clause_are_the_sides():
    said = "Губернатор рассказал о соглашении, которое подписали Правительство Тверской области и Гомельский облисполком."
    assert _read(said) == [("Соглашение между Правительством Тверской области и Гомельским облисполкомом", "signed")]


def test_a_document_described_by_a_signing_in_an_earlier_year_is_in_force():
    said = "Губернатор напомнил о соглашении, которое в 2024 году подписали Правительство Тверской области и Гомельский облисполком."
    assert _read(said) == [("Соглашение между Правительством Тверской области и Гомельским облисполкомом", "in_force")]


def test_the_news_of_a_signing_in_this_year_stays_signed():
    said = "В 2025 году соглашение о сотрудничестве заключили Тверской университет и Гомельский институт."
    assert _read(said) == [("Соглашение о сотрудничестве между Тверским университетом и Гомельским институтом", "signed")]


def test_people_after_the_verb_are_no_sides():
    said = "Соглашение о сотрудничестве подписали губернатор области и председатель облисполкома."
    assert all(" между " not in t for t, _ in _read(said))


def test_documents_with_subjects_after_po_and_o_are_one_each_the_term_with_the_last():
    said = ("Стороны подписали дорожные карты по развитию сотрудничества в сфере туризма и о торговом, "
            "научном и культурном сотрудничестве на 2026–2028 годы.")
    found = [(a.data["title"], a.data.get("years")) for a in agreements([said], RELEASE)]
    assert found == [
        ("Дорожная карта по развитию сотрудничества в сфере туризма", None),
        ("Дорожная карта о торговом, научном и культурном сотрудничестве", [2026, 2028]),
    ]


def test_a_signing_dated_by_a_full_date_years_back_is_in_force():
    said = "Соглашение о сотрудничестве между Тверской областью и Гомельской областью было подписано 3 марта 2011 года."
    assert [status for _, status in _read(said)] == ["in_force"]
    said = "Соглашение о сотрудничестве между Тверской областью и Гомельской областью подписано 3 сентября 2025 года."
    assert [status for _, status in _read(said)] == ["signed"]


def test_contracts_named_by_their_field_are_documents():
    said = "Беларусь подписала с Кенией контракты в сфере энергетики на 40 млн долларов."
    assert [t for t, _ in _read(said)] == ["Контракты в сфере энергетики"]


def test_a_word_opening_with_a_preposition_names_no_contract():
    assert _read("Стороны заключили контракты почти на все виды техники.") != [("Контракты почти", "signed")]


def test_a_case_of_the_documents_after_a_comma_is_no_part_of_their_title():
    said = "Стороны подписали 12 соглашений, в том числе в сфере образования."
    assert [t for t, _ in _read(said)] == ["12 соглашений"]


def test_on_whose_part_a_document_is_carried_out_is_no_side_of_it():
    said = "Выполнять программу с российской стороны будет министерство промышленности области."
    assert all(not t.endswith("российской") for t, _ in _read(said))


def test_a_title_ending_in_an_intent_goes_on_over_its_infinitive():
    said = "Подписан протокол о намерениях сотрудничать между управлением культуры Гомельского облисполкома и музеем Твери."
    assert [t for t, _ in _read(said)] == [
        "Протокол о намерениях сотрудничать между управлением культуры Гомельского облисполкома и музеем Твери"
    ]
