"""A head of intention and the deed it governs: a readiness, a plan or a thought governs a
deed named by its noun through its own preposition (each in that preposition's case), and a
task ahead, a hope or an interest governs an infinitive; chances a side sees are read with
the chances named first too. Striving names no deed, and a meeting hoped for is an event to
come, no proposal. The sentences were written for these tests (their places and firms are
invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # readiness named «открыты для»: the deed in the genitive
        ("«Мы открыты для сотрудничества в речном судоходстве», — сказал мэр Заречья.",
         "Сотрудничество в речном судоходстве"),
        # plans named by their noun, the deed after «по» in the dative
        ("У завода есть планы по созданию в Заречье сервисного центра.", "Создание в Заречье сервисного центра"),
        # a thought about a deed, after «о» in the prepositional
        ("Власти Заречья думают о покупке белорусских катеров.", "Покупка белорусских катеров"),
        # an invitation for a deed
        ("Строителей из Лиды пригласили для участия в конкурсе на ремонт мостов.",
         "Участие в конкурсе на ремонт мостов"),
    ],
)
def test_a_head_governs_its_deed_by_its_preposition(sentence, action):
    assert _actions(sentence) == [action]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("До 2030 года двум городам предстоит воплотить общие проекты в рыбоводстве.",
         "Воплотить общие проекты в рыбоводстве"),
        ("Мы надеемся наладить выпуск катеров в Лиде.", "Наладить выпуск катеров в Лиде"),
        ("Заречью было бы интересно познакомиться с продукцией лидских заводов.",
         "Познакомиться с продукцией лидских заводов"),
    ],
)
def test_a_task_ahead_a_hope_or_an_interest_governs_an_infinitive(sentence, action):
    assert _actions(sentence) == [action]


def test_chances_named_before_the_side_that_sees_them():
    said = "Перспективы Заречье видит в расширении поставок льна."
    assert _actions(said) == ["Расширение поставок льна"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Палата стремится и дальше наполнять партнёрство реальными делами.",
        "Город служит воротами для тех, кто стремится выйти на южный рынок.",
        "Мэр надеется встретиться с губернатором Заречья в будущем году.",
        "Интересно посмотреть, как всё сложится.",
    ],
)
def test_striving_a_meeting_or_a_remark_is_no_proposal(sentence):
    assert _actions(sentence) == []
