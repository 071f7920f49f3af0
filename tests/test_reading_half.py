"""Half a scale in words is read in every case («полмиллиарда», «полумиллиарда», «около
полумиллиона»), so `memogen validate` finds such a value in its quote."""

from __future__ import annotations

from decimal import Decimal

import pytest

from memogen.reading import numbers_in


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Товарооборот достиг полмиллиарда долларов.", "billion"),
        ("Экспорт приблизился к полумиллиарду долларов.", "billion"),
        ("Поставки оцениваются полумиллиардом рублей.", "billion"),
        ("Речь идёт о полумиллионе тонн зерна.", "million"),
        ("Объём не дотянул до полумиллиона долларов.", "million"),
        ("Выпущено полтысячи машин.", "thousand"),
    ],
)
def test_half_a_scale_is_read_in_any_case(text: str, scale: str) -> None:
    halves = [r for r in numbers_in(text) if r.value == Decimal("0.5")]
    assert [(r.kind, r.scale) for r in halves] == [("number", scale)]


def test_a_hedge_before_half_a_scale_is_kept() -> None:
    (half,) = [r for r in numbers_in("Экспорт составил около полумиллиарда долларов.") if r.value == Decimal("0.5")]
    assert half.hedge is not None


def test_polu_inside_another_word_is_no_half() -> None:
    assert not [r for r in numbers_in("Полуостров Крым и полуфабрикаты.") if r.value == Decimal("0.5")]
