"""Proposals from deeds under way or talked of («речь шла о …», «идёт процедура …»),
projects as deeds, and comparatives before an infinitive, in sentences written for these
tests (their places are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Гости побывали и в облисполкоме: речь шла о проектах Гродненской области с уездами провинции.",
         ["Проекты Гродненской области с уездами провинции"]),
        ("На переговорах шла речь о поставках белорусских лифтов в столицу республики.",
         ["Поставки белорусских лифтов в столицу республики"]),
        ("Сейчас идёт процедура получения разрешения на ввоз белорусской говядины.",
         ["Получение разрешения на ввоз белорусской говядины"]),
        ("Ведётся процедура аккредитации молочных предприятий Витебской области.",
         ["Аккредитация молочных предприятий Витебской области"]),
    ],
)
def test_a_deed_talked_of_or_under_way(sentence, actions):
    assert _actions(sentence) == actions


def test_a_documents_draft_discussed_is_an_agreement_not_a_proposal():
    assert _actions("Министры обсудили проект программы сотрудничества на 2026–2028 годы.") == []


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Посол предложил активнее использовать белорусские автобусы в городском транспорте.",
         ["Активнее использовать белорусские автобусы в городском транспорте"]),
        ("Губернатор предложил шире привлекать белорусских подрядчиков к ремонту дорог.",
         ["Шире привлекать белорусских подрядчиков к ремонту дорог"]),
    ],
)
def test_a_comparative_before_the_infinitive_stays_with_it(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Фермеры края обратились с просьбой рассмотреть закупки белорусских доильных установок.",
         ["Рассмотреть закупки белорусских доильных установок"]),
        ("Экспортёры просят разрешения на ввоз семенного картофеля.", ["Разрешение на ввоз семенного картофеля"]),
        ("Губернатор просит ускорить поставки коммунальной техники.", ["Ускорить поставки коммунальной техники"]),
    ],
)
def test_a_request_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


def test_greetings_passed_on_are_no_proposal():
    assert _actions("Гость просил передать белорусским коллегам наилучшие пожелания.") == []
