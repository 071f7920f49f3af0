"""Proposals read from what the sides agreed to do, what they discussed doing and what a
release calls promising, in sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Губернатор и посол договорились расширить поставки льна в Китай.", ["Расширить поставки льна в Китай"]),
        ("Достигнута договорённость изучить спрос на белорусские автобусы, напомнив, что парк устарел.",
         ["Изучить спрос на белорусские автобусы"]),
        ("По словам министра, главное сейчас — запустить совместное производство удобрений.",
         ["Запустить совместное производство удобрений"]),
        ("Казахстанская компания собирается наладить сборку белорусских погрузчиков.",
         ["Наладить сборку белорусских погрузчиков"]),
        ("Делегации обсудили, как увеличить закупки белорусской мебели.", ["Увеличить закупки белорусской мебели"]),
        # a verb of saying is no action
        ("Необходимо отметить, что товарооборот растёт.", []),
    ],
)
def test_what_the_sides_agreed_or_set_out_to_do(sentence, actions):
    assert _actions(sentence) == actions


def test_a_list_carried_on_by_a_takzhe_is_one_action_each_with_the_verb():
    assert _actions("Стороны договорились проработать поставки зерна, а также открытие торгового дома в Гродно.") == [
        "Проработать поставки зерна", "Проработать открытие торгового дома в Гродно"
    ]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("На встрече обсуждались модернизация городского транспорта, строительство жилья и участие белорусских "
         "проектировщиков в реконструкции вокзала.",
         ["Модернизация городского транспорта", "Строительство жилья",
          "Участие белорусских проектировщиков в реконструкции вокзала"]),
        ("Сейчас прорабатывается создание совместного предприятия по выпуску тракторов.",
         ["Создание совместного предприятия по выпуску тракторов"]),
        ("Ведутся переговоры о поставках в Монголию белорусских лифтов.", ["Поставки в Монголию белорусских лифтов"]),
        ("Министр обсудил с послом поставки на Дальний Восток грузовиков и автобусов.",
         ["Поставки на Дальний Восток грузовиков и автобусов"]),
    ],
)
def test_deeds_discussed_or_being_worked_out(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    "sentence",
    [
        # a state of things, prospects and genitives are no deeds
        "Стороны обсудили состояние и перспективы сотрудничества.",
        "На встрече обсуждались перспективы развития промышленной кооперации.",
    ],
)
def test_no_deed_from_a_state_of_things_or_a_genitive(sentence):
    assert _actions(sentence) == []


def test_a_branch_named_promising_is_a_proposal_to_cooperate_in_it():
    assert _actions("Перспективным направлением сотрудничества министр назвал фармацевтическую отрасль.") == [
        "Сотрудничество в фармацевтической отрасли"
    ]
