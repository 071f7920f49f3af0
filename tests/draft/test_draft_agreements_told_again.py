"""One document told twice: a headline or a lead names a document and the text names it again
in other words (its sides in other forms, its subject in full, its term). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.draft.drafted import agreements_of

from memogen.draft.items import told_again
from memogen.draft.model import Item

RELEASE = dt.date(2025, 6, 10)


_titles = partial(agreements_of, RELEASE)


def _item(title: str, status: str, sentence: int, **more) -> Item:
    return Item({"title": title, "status": status, **more}, "check", [], sentence=sentence)


def test_a_headlines_document_named_again_with_its_sides_in_other_forms_is_one():
    found = told_again([
        _item("Дорожная карта по развитию сотрудничества Витебской и Псковской областей", "signed", 0),
        _item("Дорожная карта по развитию сотрудничества между Витебской и Псковской областями", "signed", 2),
    ], ["", "", ""])
    assert [i.data["title"] for i in found] == [
        "Дорожная карта по развитию сотрудничества Витебской и Псковской областей"
    ]


def test_a_land_named_by_its_noun_or_its_adjective_is_one_side():
    found = told_again([
        _item("Соглашения о сотрудничестве с двумя регионами России", "planned", 0),
        _item("Соглашения о сотрудничестве с двумя регионами Российской Федерации", "planned", 1),
    ], ["", ""])
    assert [i.data["title"] for i in found] == ["Соглашения о сотрудничестве с двумя регионами Российской Федерации"]


def test_the_fuller_title_is_kept_with_the_term_the_shorter_gave():
    found = told_again([
        _item("План мероприятий между Гродненской областью и Пермским краем", "signed", 0),
        _item("План мероприятий", "signed", 1, years=[2026, 2027]),
    ], ["", ""])
    assert [(i.data["title"], i.data.get("years")) for i in found] == [
        ("План мероприятий между Гродненской областью и Пермским краем", [2026, 2027])
    ]


def test_documents_of_another_status_kind_or_term_stay_apart():
    found = told_again([
        _item("Соглашение о сотрудничестве", "signed", 0),
        _item("Соглашение о сотрудничестве с Тверской областью", "planned", 1),
        _item("Программа сотрудничества с Тверской областью", "signed", 1),
        _item("План мероприятий", "signed", 0, years=[2024, 2025]),
        _item("План мероприятий с Тверской областью", "signed", 1, years=[2026, 2027]),
    ], ["", ""])
    assert len(found) == 5


def test_a_shorter_title_far_from_the_headline_and_lead_is_its_own_document():
    found = told_again([
        _item("Соглашение о сотрудничестве с Брестской областью", "signed", 3),
        _item("Соглашение о сотрудничестве", "signed", 6),
    ], [""] * 7)
    assert len(found) == 2


def test_a_document_whose_sentence_names_other_sides_is_another():
    sentences = [
        "Облисполком подписал соглашение о сотрудничестве с министерством спорта края.",
        "Ещё одно соглашение о сотрудничестве подписано между заводом «Ромашка» и институтом.",
    ]
    assert _titles(*sentences) == [
        ("Соглашение о сотрудничестве с министерством спорта края", "signed"),
        ("Соглашение о сотрудничестве", "signed"),
    ]


def test_a_lead_naming_the_headlines_sides_after_between_is_the_same_document():
    found = told_again([
        _item("Соглашение о сотрудничестве между Орлом и Гомелем", "signed", 0),
        _item("Соглашение о сотрудничестве", "signed", 1),
    ], ["Орёл и Гомель подписали соглашение о сотрудничестве", "Соглашение заключено между Орлом и Гомелем."])
    assert [i.data["title"] for i in found] == ["Соглашение о сотрудничестве между Орлом и Гомелем"]


def test_the_two_states_named_after_between_are_any_titles_sides():
    found = told_again([
        _item("Соглашение Беларуси с Кубой", "signed", 1),
        _item("Соглашение между Беларусью и Кубой", "signed", 3),
    ], ["", "", "", "Год назад было подписано соглашение между двумя странами."])
    assert [i.data["title"] for i in found] == ["Соглашение Беларуси с Кубой"]
