"""A side's plans named by a noun that an infinitive completes are a proposal («о планах открыть
…», «есть планы создать …»), and a target with its amount in words («до полумиллиарда
долларов», «до двух миллиардов») is a figure, no proposal, as one in digits is (issue #10).
Sentences written for these tests; their places and firms are invented."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Губернатор рассказал о планах открыть в области центр сервиса белорусских комбайнов.",
         "Открыть в области центр сервиса белорусских комбайнов"),
        ("Есть планы вместе построить в порту элеватор.", "Вместе построить в порту элеватор"),
    ],
)
def test_plans_an_infinitive_completes_are_a_proposal(sentence, action):
    assert _actions(sentence) == [action]


@pytest.mark.parametrize(
    "sentence",
    [
        "Планы нарушила непогода.",
        "В планах министерства — посещение завода.",
        "Стороны обсудили план мероприятий на будущий год.",
    ],
)
def test_plans_with_no_infinitive_propose_nothing(sentence):
    assert _actions(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Министры условились довести торговлю до полумиллиарда долларов.",
        "Стороны договорились за три года довести товарооборот до двух миллиардов долларов.",
    ],
)
def test_a_target_with_its_amount_in_words_is_no_proposal(sentence):
    assert _actions(sentence) == []


def test_a_deed_with_a_quantity_in_words_is_still_a_proposal():
    assert _actions("Стороны договорились закупить до миллиона тонн зерна.") == ["Закупить до миллиона тонн зерна"]
