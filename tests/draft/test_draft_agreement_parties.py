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


def _read(sentence: str, release: dt.date = RELEASE) -> list[tuple[str, str]]:
    return [(a.data["title"], a.data["status"]) for a in agreements([sentence], release)]


def test_a_document_whose_term_begins_after_the_release_is_not_in_force_yet():
    said = "Стороны выполняют план мероприятий на 2026–2027 годы."
    assert _read(said) == [("План мероприятий", "planned")]
    assert _read(said, dt.date(2026, 3, 1)) == [("План мероприятий", "in_force")]


def test_a_document_named_again_after_a_dash_is_one_document():
    said = "Стороны выполняют договорённость о совместной программе — дорожной карте на 2024–2025 годы."
    assert [t for t, _ in _read(said)] == ["Дорожная карта"]


def test_a_document_in_the_genitive_after_signing_is_in_the_nominative_singular():
    said = "Министр отметил подписание дорожной карты по туризму."
    assert [t for t, _ in _read(said)] == ["Дорожная карта по туризму"]


def test_a_road_map_adopted_is_signed():
    assert _read("Эквадор и Беларусь приняли дорожную карту по туризму.") == [("Дорожная карта по туризму", "signed")]


def test_two_regions_told_as_such_are_the_sides():
    said = [
        "Работа двух областей началась, когда они подписали соглашение о сотрудничестве.",
        "Тамбовская область поставляет зерно, Тамбовская область растёт.",
    ]
    assert _titles(said, ("Витебская область", "region")) == [
        "Соглашение о сотрудничестве между Витебской областью и Тамбовской областью"
    ]


def test_a_title_naming_two_things_in_lowercase_still_names_no_sides():
    said = ["Стороны подписали соглашение о защите и поощрении инвестиций.", "Эквадор ждёт гостей, Эквадор растёт."]
    assert _titles(said) == ["Соглашение о защите и поощрении инвестиций между Беларусью и Эквадором"]


def test_documents_among_those_counted_before_take_their_status():
    said = ["Всего подписано 9 документов.", "Среди них межведомственный меморандум о сотрудничестве в туризме."]
    assert [(a.data["title"], a.data["status"]) for a in agreements(said, RELEASE)][-1] == (
        "Межведомственный меморандум о сотрудничестве в туризме",
        "signed",
    )


def test_documents_in_the_plural_with_two_subjects_are_one_each():
    said = "Стороны подписали межведомственные соглашения о взаимном признании дипломов и о защите инвестиций."
    assert [t for t, _ in _read(said)] == [
        "Межведомственное соглашение о взаимном признании дипломов",
        "Межведомственное соглашение о защите инвестиций",
    ]


def test_signers_before_a_dash_where_the_verb_is_left_out_are_the_sides():
    said = (
        "Министры подписали план консультаций, а Торговая палата Лимы и Белорусская торговая палата — "
        "меморандум о партнёрстве."
    )
    assert _read(said)[-1] == (
        "Меморандум о партнёрстве между Торговой палатой Лимы и Белорусской торговой палатой",
        "signed",
    )


def test_sides_named_before_the_verb_of_signing_are_the_documents():
    said = "Так, между Брестским районом и уездом Лин подписана дорожная карта по туризму."
    assert _read(said) == [("Дорожная карта по туризму между Брестским районом и уездом Лин", "signed")]


def test_another_name_of_a_document_in_brackets_is_the_same_document():
    said = "Подписан также план мероприятий («дорожная карта») на 2025–2026 годы по развитию туризма."
    found = agreements([said], RELEASE)
    assert len(found) == 1 and found[0].data["title"].startswith("План мероприятий")
    assert found[0].data["years"] == [2025, 2026]


def test_a_document_whose_measures_are_carried_out_is_in_force():
    said = "Помогли и межрегиональные программы: по шести из них выполнено около трети мероприятий."
    assert _read(said) == [("Межрегиональные программы", "in_force")]


def test_a_capitalised_document_after_a_noun_governing_it_is_singular():
    said = "Стороны выполняют положения Договора о дружбе между двумя странами."
    assert [t for t, _ in _read(said)] == ["Договор о дружбе между двумя странами"]
