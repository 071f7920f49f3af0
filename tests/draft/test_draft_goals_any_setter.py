"""A trade target set as a task or goal is an agreement `set` whoever sets it (README
convention 8): one head of state («поставил цель»), the speaker's side («мы ставим цель»),
the sides, or a passive «поставлена задача», with the deed the task names; a task of one side
that names no amount of trade to reach is none, nor is a hope («рассчитывают довести»).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.goals import set_by_leaders


def _set(*sentences: str) -> list[str]:
    return [a.data["title"] for a in set_by_leaders(list(sentences)) if a.data["status"] == "set"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Президент Казахстана поставил цель за два года довести товарооборот с областью до 300 млн долларов.",
         "Цель довести товарооборот с областью до 300 млн долларов"),
        ("«Мы ставим цель удвоить товарооборот с Беларусью», — сказал губернатор.",
         "Цель удвоить товарооборот с Беларусью"),
        ("Стороны поставили задачу к 2027 году довести товарооборот до 150 млн долларов.",
         "Задача довести товарооборот до 150 млн долларов"),
        ("Когда-то мы ставили перед собой задачу выйти на товарооборот в полмиллиарда долларов.",
         "Задача выйти на товарооборот в полмиллиарда долларов"),
    ],
)
def test_a_trade_target_set_as_a_task_is_set_whoever_sets_it(sentence, title):
    assert _set(sentence) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор поставил задачу нарастить выпуск молока в районах области.",  # no trade
        "Министр поставил задачу активнее продвигать экспорт.",  # no amount to reach
        "Стороны рассчитывают в ближайшие годы довести товарооборот до 500 млн долларов.",  # a hope, no task
    ],
)
def test_a_task_with_no_amount_of_trade_or_a_hope_is_no_agreement(sentence):
    assert _set(sentence) == []


def test_one_head_named_after_the_setting_verb_is_the_setter():
    sentence = "Области выполняют задачу, которую поставил Президент Казахстана, — выйти на $1 млрд товарооборота."
    assert _set(sentence) == ["Задача Президента Казахстана выйти на $1 млрд товарооборота"]
