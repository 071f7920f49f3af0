"""The status of an amount still to come, read from the verb that governs it (issue #10):
an amount left alone after a dash («собираются увеличить товарооборот — до $1 млрд») takes
the statement before it; an intent to raise a level («собираются нарастить», «договорились
довести») is a target, as a supply to come is; what «можно» reach is a forecast; a delivery
awaited («страна ждёт 700 машин») is a target. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2024, 4, 18)


def _statuses(text: str) -> list[str]:
    return [f.get("status", "actual") for f in figures_for(RELEASE, "Республика Гана", text) if f.get("value")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Гана и Беларусь собираются втрое увеличить годовой товарооборот — до 90 млн долларов.", "target"),
        ("Стороны договорились нарастить товарооборот до 150 млн долларов.", "target"),
        ("В будущем году товарооборот вполне можно поднять до 120 млн долларов.", "forecast"),
        ("Всего республика ждёт 340 тракторов и комбайнов.", "target"),
        ("Товарооборот может вырасти до 100 млн долларов.", "forecast"),
    ],
)
def test_an_amount_to_come_takes_the_status_its_verb_gives(text, status):
    assert _statuses(text) == [status]


def test_an_amount_after_a_dash_of_a_past_statement_stays_actual():
    assert _statuses("В 2023 году экспорт составил 60 млн долларов — на 10 % больше, чем годом ранее.") == ["actual"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("По прогнозу, к концу года товарооборот превысит 80 млн долларов.", "forecast"),
        ("К 2027 году объём инвестиций составит 50 млн долларов.", "target"),
        ("Всего 300 тракторов предстоит поставить в 2025–2026 годах.", "target"),
    ],
)
def test_a_deadline_makes_a_target_unless_the_statement_predicts(text, status):
    assert _statuses(text) == [status]
