"""What is no company, read from sentences written for these tests: a news agency told
to or named by its abbreviation, a name of common words after a noun of no company's
kind, days of a state named in quotes; and what still is one (a plant's name after its
kind, a name after a legal form's abbreviation). An event named in quotes keeps its
whole name."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.parties import companies


def _companies(text: str) -> list[str]:
    return [c.data["name"] for c in companies([text], None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Поставки сои выросли втрое, сообщили «Вестнику» в пресс-службе управления.",
        "Об этом рассказал «Курьеру» министр торговли области.",
        "Как передаёт РИА «Заря», губернатор встретился с послом.",
        "В учебном центре повышения квалификации «Рост» прошли обучение 40 рабочих.",
        "Выставка будет посвящена теме «Новый город — новая жизнь».",
        "Во Владимире начались «Дни Гомельской области в Верхневолжье».",
    ],
)
def test_a_medium_a_motto_or_days_in_quotes_are_no_company(sentence):
    assert _companies(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Делегация посетила завод «Восход».", "Восход"),
        ("Контракт подписало АО АПК «Северный».", "Северный"),
    ],
)
def test_a_name_after_a_plants_kind_or_a_forms_abbreviation_is_a_company(sentence, name):
    assert name in _companies(sentence)


def test_an_event_named_in_quotes_keeps_its_whole_name() -> None:
    said = ["3 мая во Владимире начались «Дни Гомельской области в Верхневолжье»."]
    assert [e.data["what"] for e in events(said, dt.date(2024, 5, 20))] == [
        "Дни Гомельской области в Верхневолжье"
    ]
