"""The sides of an agreement told in other ways than by name before the verb (issue #10): the
sides signing in mid-sentence («в ходе визита стороны подписали …»), Minsk beside a partner
state's capital («Минск и Лима готовятся подписать …»), «двух стран» in a title, a title naming
one side after «с» only, a document ready for signing, and a title going on past its term
(«план мероприятий на 2025–2026 годы по реализации соглашения …»). Sentences written for these
tests; their places, bodies and documents are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import partner_of

from memogen.draft.items import agreements
from memogen.draft.signers import name_sides

RELEASE = dt.date(2025, 6, 10)


def _drafted(sentences: list[str], ours: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    found = agreements(sentences, RELEASE)
    name_sides(found, sentences, ours, partner_of(*sentences))
    return [(a.data["title"], a.data["status"]) for a in found]


PERU = "Перу закупает у нас тракторы, Перу ждёт белорусских гостей."


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Во время визита белорусских гостей стороны подписали меморандум о туризме.",
         "Меморандум о туризме между Беларусью и Перу"),
        ("Минск и Лима готовятся подписать договор о воздушном сообщении.",
         "Договор о воздушном сообщении между Беларусью и Перу"),
        ("Минску и Лиме ещё предстоит подготовить дорожные карты.", "Дорожные карты между Беларусью и Перу"),
    ],
)
def test_the_sides_told_as_such_or_by_their_capitals_sign(sentence, title):
    assert _drafted([sentence, PERU])[0][0] == title


def test_a_side_in_the_genitive_is_no_signer():
    said = ["Представители белорусской стороны подписали меморандум о туризме.", PERU]
    assert _drafted(said)[0][0] == "Меморандум о туризме"


def test_a_place_of_ours_beside_minsk_is_no_capital_of_the_partner():
    said = ["Минск и Минская область подписали программу о туризме.", PERU]
    # the two bodies that sign are the sides (items.agreements); neither is the partner Peru
    assert _drafted(said)[0][0] == "Программа о туризме между Минском и Минской областью"


def test_two_states_in_a_title_are_named():
    said = ["К подписанию готов и меморандум о сотрудничестве между таможенными службами двух стран.", PERU]
    assert _drafted(said) == [("Меморандум о сотрудничестве между таможенными службами Беларуси и Перу", "planned")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Соглашение с Правительством Беларуси действует с 2020 года.",
         "Соглашение Тверской области с Правительством Беларуси"),
        ("В мае был подписан план мероприятий с Витебским облисполкомом.",
         "План мероприятий Тверской области с Витебским облисполкомом"),
    ],
)
def test_a_title_with_our_side_only_takes_the_partner(sentence, title):
    said = [sentence, "Тверская область поставляет лён, Тверская область растёт."]
    assert _drafted(said)[0][0] == title


def test_a_title_with_the_partner_only_takes_our_side():
    said = ["В мае было подписано соглашение о сотрудничестве с Перу.", PERU]
    assert _drafted(said)[0][0] == "Соглашение о сотрудничестве Беларуси с Перу"


def test_a_ministry_or_a_district_after_with_is_no_side():
    said = ["В мае было подписано соглашение о сотрудничестве с министерством спорта Тверской области.",
            "Тверская область поставляет лён, Тверская область растёт."]
    assert _drafted(said)[0][0] == "Соглашение о сотрудничестве с министерством спорта Тверской области"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Министры подписали план мероприятий на 2025–2026 годы по реализации соглашения между Правительством "
         "Республики Беларусь и Правительством Тверской области.",
         "План мероприятий по реализации соглашения между Правительством Республики Беларусь и Правительством "
         "Тверской области"),
        ("Эксперты обсудили, как выполняется план мероприятий на 2025–2026 годы по развитию торговли Беларуси и "
         "Тверской области.",
         "План мероприятий по развитию торговли Беларуси и Тверской области"),
    ],
)
def test_a_title_goes_on_past_its_term_over_what_it_carries_out(sentence, title):
    found = agreements([sentence], RELEASE)
    assert [(a.data["title"], a.data["years"]) for a in found] == [(title, [2025, 2026])]


def test_a_circumstance_after_the_term_is_no_part_of_the_title():
    found = agreements(["По итогам визита подписан план мероприятий на 2025–2026 годы по линии министерств."],
                       RELEASE)
    assert [a.data["title"] for a in found] == ["План мероприятий"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Президенты подписали договор о дружбе между двумя странами.",
        "Министры подписали дорожную карту по сотрудничеству между нашими странами.",
    ],
)
def test_the_two_states_between_which_a_title_runs_are_named(sentence):
    assert _drafted([sentence, PERU])[0][0].endswith(" между Беларусью и Перу")


def test_a_time_word_before_the_signing_is_no_side():
    said = ["На заседании комиссии между Беларусью и Перу сегодня подписано соглашение о туризме.", PERU]
    assert _drafted(said)[0][0] == "Соглашение о туризме между Беларусью и Перу"


@pytest.mark.parametrize("lead", ["Помимо", "Кроме"])
def test_a_document_after_a_preposition_of_the_genitive_is_one(lead):
    said = f"{lead} соглашения с Правительством Беларуси, действующего с 2020 года, область работает с Витебском."
    assert [a.data["title"] for a in agreements([said], RELEASE)] == ["Соглашение с Правительством Беларуси"]
