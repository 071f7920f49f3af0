"""An offer said as a chance: a side that can do a deed («завод может открыть …», «мы можем
поставлять …», «специалисты могут предложить …») or a deed that can be done («в край можно
продавать …»). What a figure can reach, what
a thing can become, what one can say or compare, a verb of itself, a question and a topic offer
nothing. The sentences were written for these tests (their places, people and companies are
invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Гомельский завод может открыть в Чите склад запчастей.", "Открыть в Чите склад запчастей"),
        ("Губернатор считает, что его область может участвовать в строительстве элеваторов под Гродно.",
         "Участвовать в строительстве элеваторов под Гродно"),
        ("Инженеры «Белводпроекта» могут предложить свой опыт в очистке стоков для Курска.",
         "Предложить свой опыт в очистке стоков для Курска"),
        ("Анализ показал, что в Карелию можно продавать белорусские сыры и льняные ткани.",
         "Продавать белорусские сыры и льняные ткани"),
        ("Совместно можем наладить выпуск тракторных прицепов в Орле.", "Наладить выпуск тракторных прицепов в Орле"),
    ],
)
def test_a_side_that_can_do_a_deed_offers_it(sentence, action):
    assert _actions(sentence) == [action]


def test_a_figure_named_as_the_object_is_no_subject():
    assert _actions("Торговлю можно оживить поставками сыра в Казань.") == ["Оживить поставками сыра в Казань"]


def test_a_turn_to_another_statement_ends_the_deed():
    assert _actions("Минск может поставлять в край лифты и автобусы, но это лишь начало.") == [
        "Поставлять в край лифты и автобусы"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Товарооборот может достичь 300 млн долларов.",  # a figure's reach
        "Эта встреча может стать примером для других регионов.",  # becoming
        "Сегодняшний визит можно считать началом новой работы.",  # thinking
        "Мы можем прирастать и дальше.",  # no object
        "Сотрудничество может развиваться и в туризме.",  # a verb of itself
        "Где можно открыть склад, пока не решено.",  # a question
        "О том, что Минск может предложить Курску, говорили в правительстве.",  # a topic
        "Новый импульс связям может придать визит министра.",  # no side has the chance
    ],
)
def test_what_can_happen_to_things_offers_nothing(sentence):
    assert _actions(sentence) == []
