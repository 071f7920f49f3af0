"""Deeds read past what stands between a head and them, and lists of them: an aside between
commas («, в частности,», «, например,») is no part of the structure; a deed after «о» is
followed by the next one where «о» is said again; «обмен» is a deed that takes the
instrumental («обмен опытом»); deeds in a side's plans follow «в планах» with or without a
dash. The sentences were written for these tests (their places and firms are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


def test_an_aside_stands_between_the_talk_and_its_deeds():
    said = "Речь, в частности, идёт об обмене опытом между садоводами и о совместном участии в ярмарках."
    assert _actions(said) == ["Обмен опытом между садоводами", "Совместное участие в ярмарках"]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Говорили о поставках льна, а также о ремонте депо.", ["Поставки льна", "Ремонт депо"]),
        ("Стороны договорились об обмене делегациями.", ["Обмен делегациями"]),
    ],
)
def test_deeds_after_o_each_its_own(sentence, actions):
    assert _actions(sentence) == actions


def test_deeds_in_plans_without_a_dash():
    said = "В планах и совместная работа с речным пароходством, в том числе поставки буксиров для порта."
    assert _actions(said) == ["Совместная работа с речным пароходством, в том числе поставки буксиров для порта"]
