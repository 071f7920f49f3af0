"""A figure's status (measured, forecast, target) read from sentences written for this
test: a cue in another clause of the sentence does not change a measured figure."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(dt.date(2025, 4, 15)))


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2023 и 2024 годах товарооборот превышал 400 млн долларов, а в этом году стороны рассчитывают на рекорд.",
        "В прошлом году экспорт составил 120 млн долларов; в текущем ожидается его рост.",
        "Товарооборот за 2024 год вырос до 250 млн долларов, но стороны надеются на большее.",
    ],
)
def test_a_forecast_in_another_clause_leaves_a_measured_figure_actual(sentence):
    first = figures(sentence)[0]
    assert first.get("status", "actual") == "actual", first


@pytest.mark.parametrize(
    "sentence",
    [
        "В этом году товарооборот превысит 300 млн долларов, а в 2024 году он составил 260 млн долларов.",
        "Стороны рассчитывают, что товарооборот в этом году достигнет 300 млн долларов.",
    ],
)
def test_a_forecast_in_the_figures_own_clause_stays_a_forecast(sentence):
    forecast, *measured = figures(sentence)
    assert forecast["status"] == "forecast", forecast
    assert all(f.get("status", "actual") == "actual" for f in measured), measured


def test_a_target_named_before_a_colon_stays_a_target():
    (f,) = figures("Президенты поставили задачу: выйти на товарооборот в 500 млн долларов к 2027 году.")
    assert f["status"] == "target"
