"""Deeds discussed keep their adjectives; a deed in the prepositional is one only after
«о»; projects with nothing said of them are no proposal (sentences written for these tests)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Делегации обсудили новые совместные проекты в деревообработке.",
         ["Новые совместные проекты в деревообработке"]),
        ("Мэр и консул обсуждали поставки городских автобусов и капитальный ремонт трамвайного депо.",
         ["Поставки городских автобусов", "Капитальный ремонт трамвайного депо"]),
        ("Прорабатывается масштабное строительство теплиц с участием белорусских подрядчиков.",
         ["Масштабное строительство теплиц с участием белорусских подрядчиков"]),
    ],
)
def test_a_deed_discussed_keeps_its_adjectives(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    "sentence",
    [
        "На встрече обсуждались перспективы торгового сотрудничества, научной кооперации и спортивных обменов.",
        "Губернаторы обсуждали текущие проекты и будущие направления сотрудничества.",
    ],
)
def test_no_deed_from_a_genitive_list_or_projects_with_nothing_said_of_them(sentence):
    assert _actions(sentence) == []


def test_a_deed_in_the_prepositional_after_o_is_one():
    assert _actions("Шла речь о поставках белорусского льна в область.") == ["Поставки белорусского льна в область"]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Надеемся, что скоро мы перейдём к совместным проектам по переработке льна.",
         ["Совместные проекты по переработке льна"]),
        ("Стороны перейдут к совместному производству сеялок в следующем году.", ["Совместное производство сеялок"]),
    ],
)
def test_a_step_the_sides_mean_to_take_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


def test_moving_on_to_a_topic_is_none():
    assert _actions("Затем министр перешёл к следующему вопросу повестки.") == []


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Область нацелена на закупку белорусских тракторов и комбайнов.", ["Закупка белорусских тракторов и комбайнов"]),
        ("Завод ориентирован на расширение экспорта в страны Персидского залива.",
         ["Расширение экспорта в страны Персидского залива"]),
    ],
)
def test_a_deed_a_side_aims_at_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


def test_aiming_at_better_ties_alone_is_none():
    assert _actions("Документ нацелен на развитие торгово-экономических и инвестиционных связей.") == []
