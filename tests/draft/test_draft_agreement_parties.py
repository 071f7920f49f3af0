"""The two sides of a release written into an agreement's title that names none, where the
sentence says the document is between them; read from sentences written for these tests
(their places, people and documents are invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import partner_of

from memogen.draft.items import agreements
from memogen.draft.signers import name_sides

RELEASE = dt.date(2024, 9, 10)


def _titles(sentences: list[str], ours: tuple[str, str] | None = None) -> list[str]:
    partner = partner_of(*sentences)
    found = agreements(sentences, RELEASE)
    name_sides(found, sentences, ours, partner)
    return [a.data["title"] for a in found]


@pytest.mark.parametrize(
    ("sentences", "title"),
    [
        (
            ["Беларусь и Эквадор подписали соглашение о культурном обмене. Эквадор заинтересован в поставках."],
            "Соглашение о культурном обмене между Беларусью и Эквадором",
        ),
        (
            ["Стороны подпишут меморандум о туризме.", "Делегация Эквадора прибыла в Минск, Эквадор ждёт гостей."],
            "Меморандум о туризме между Беларусью и Эквадором",
        ),
        (
            ["Готовится двусторонний договор о перевозках.", "Эквадор и Беларусь давно дружат, Эквадор ждёт гостей."],
            "Двусторонний договор о перевозках между Беларусью и Эквадором",
        ),
    ],
)
def test_a_document_between_the_two_sides_names_them(sentences, title):
    assert _titles(sentences)[0] == title


def test_heads_of_two_regions_sign_for_their_regions():
    said = [
        "Тамбовский губернатор Пётр Осипов и председатель Витебского облисполкома Ян Лис подписали план "
        "мероприятий по развитию связей.",
        "Тамбовская область поставляет зерно, Тамбовская область растёт.",
    ]
    assert _titles(said, ("Витебская область", "region")) == [
        "План мероприятий по развитию связей между Витебской областью и Тамбовской областью"
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        # no sides named: nothing is invented
        ["Подписан меморандум о туризме.", "Эквадор ждёт гостей, Эквадор растёт."],
        # companies sign, not the sides
        ["Белорусский МАЗ и эквадорская компания «Андес» подписали соглашение о сервисе.", "Эквадор растёт."],
        # the title names its sides already
        ["Стороны подписали меморандум между министерствами спорта.", "Эквадор ждёт гостей."],
        # a contract is the signers' own
        ["Стороны подписали контракт на поставку тракторов.", "Эквадор ждёт гостей, Эквадор растёт."],
    ],
)
def test_a_document_whose_sentence_names_no_two_sides_is_left_alone(sentences):
    before = [a.data["title"] for a in agreements(sentences, RELEASE)]
    assert _titles(sentences) == before
