"""A release saved from a web page keeps the page's layout: a headline without a full
stop, paragraphs parted by blank lines, a dateline with a time zone, the office's
address and telephone. None of it may become a figure, a name or part of a name.
Texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from memogen.draft import sentences
from memogen.draft.numbers import amounts
from memogen.draft.parties import officials
from memogen.draft.phrases import name_end
from memogen.draft.read import _html


@pytest.mark.parametrize(
    "text",
    [
        "10:12, 3 Апрель 2024 | GMT +6",
        "Обновлено в 18:40 (UTC+3)",
        "Дата: 14/09/2023",
        "Телефон приёмной: 8 (0232) 75-41-18",
        "Справки по телефону +375 (17) 222-35-40",
        "247760, г. Мозырь, ул. Ленинская, 12",
        "Адрес: 224005 г. Брест, пр. Машерова",
    ],
)
def test_a_pages_contacts_time_zone_and_dates_are_no_quantity(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Из 120 предприятий района (около 40 %) экспортируют продукцию", [Decimal(120)]),
        ("в 2024 году поставлено 150 000 тонн, а в 2023 году — 142 000 тонн", [Decimal(150000), Decimal(142000)]),
        ("план на 2025/2026 учебный год: 35 студентов", [Decimal(35)]),
    ],
)
def test_numbers_beside_brackets_and_slashes_are_still_read(text: str, kept: list[Decimal]) -> None:
    assert [a.value for a in amounts(text)] == kept


def test_a_paragraph_after_a_blank_line_is_a_sentence_of_its_own() -> None:
    text = (
        "Гомельская делегация посетила Тульскую область\n\n"
        "В ходе визита стороны обсудили поставки техники.\n\n"
        "Справка: область сотрудничает с Беларусью с 1996 года."
    )
    assert sentences(text) == [
        "Гомельская делегация посетила Тульскую область",
        "В ходе визита стороны обсудили поставки техники.",
        "Справка: область сотрудничает с Беларусью с 1996 года.",
    ]


def test_a_sentence_over_a_single_line_break_stays_one() -> None:
    text = "Товарооборот вырос на 12 %, сообщил\nгубернатор области."
    assert len(sentences(text)) == 1


@pytest.mark.parametrize(
    "said",
    [
        # the next line's first word is no surname
        "Встреча прошла с губернатором Тульской области Сергеем Ивановым\nНа переговорах обсудили поставки.",
        "Источник: канал губернатора Тульской области Сергея Иванова\n\nВ Минске стороны подписали план.",
    ],
)
def test_a_name_never_runs_over_a_line_break(said: str) -> None:
    found = [o.data["person"] for o in officials(sentences(said), None)]
    assert [(p["given"], p["surname"]) for p in found] == [("Сергей", "Иванов")]


def test_a_name_never_ends_in_a_quotation_mark_left_open() -> None:
    text = "Стороны встретятся на выставке-ярмарке «Славянский базар «Дружба» в июне."
    start = text.index("выставке-ярмарке") + len("выставке-ярмарке")
    assert text[: name_end(text, start)].endswith("выставке-ярмарке")


def test_a_line_break_inside_a_pages_paragraph_is_a_space() -> None:
    page = "<html><body><p>Губернатор области\nСергей Иванов провёл встречу.</p><p>Второй абзац.</p></body></html>"
    assert _html(page) == "Губернатор области Сергей Иванов провёл встречу.\n\nВторой абзац."
