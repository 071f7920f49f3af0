"""Every text run is set the Russian way, whoever typed it."""

from __future__ import annotations

import pytest

from memogen.compose.typography import typograph

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ('специалисты "Белгоспроекта"', "специалисты «Белгоспроекта»"),
        ('АО "Череповецкий "ЛМЗ""', "АО «Череповецкий „ЛМЗ“»"),
        ("«ОАО «МАЗ»»", "«ОАО „МАЗ“»"),
        ("на 2026-2028 годы", f"на{NBSP}2026–2028{NBSP}годы"),
        ("2026 – 2028", "2026–2028"),
        ("№65", f"№{NBSP}65"),
        ("В.И. Каранкевич", f"В.И.{NBSP}Каранкевич"),
        ("678,1 млн", f"678,1{NBSP}млн"),
        ("100,9 %", f"100,9{NBSP}%"),
        ("конец сентября - начало", f"конец сентября{NBSP}– начало"),
        ("годы — планируется", f"годы{NBSP}— планируется"),
        ("в Минске и по плану", f"в{NBSP}Минске и{NBSP}по{NBSP}плану"),
    ],
)
def test_typograph(raw, expected):
    assert typograph(raw) == expected


@pytest.mark.parametrize("raw", ['"А" и "Б" - 2020-2024 гг.', "№ 5, В.И. Иванов, в 2024 году"])
def test_idempotent(raw):
    once = typograph(raw)
    assert typograph(once) == once


def test_leaves_ordinary_hyphens_alone():
    assert typograph("торгово-экономическое") == "торгово-экономическое"
