"""Which words head a proposal, read by lemma: a side's intention, plan, decision, agreement,
undertaking, need, duty, task or future deed, each governing the infinitive of its deed a few
words on (adverbs, particles, pronouns and one preposition's phrase may stand between). A duty
or a future deed is a proposal only when a side holds it; help is a deed done with someone.
The sentences were written for these tests (their places, people and firms are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        # any form of a word of intention, by its lemma
        ("Заводы намереваются наладить выпуск сеялок.", ["Наладить выпуск сеялок"]),
        ("Стороны решили открыть в Гродно общий склад.", ["Открыть в Гродно общий склад"]),
        # a preposition's phrase between the head and its deed
        ("Стороны договорились в ближайшее время наладить поставки кормов.", ["Наладить поставки кормов"]),
        ("Достигнута договорённость о том, чтобы открыть дилерский центр.", ["Открыть дилерский центр"]),
        # a task set, with the infinitive after it or after a dash; «не» stays with the deed
        ("Стороны ставят задачу и дальше расширять поставки льна.", ["Дальше расширять поставки льна"]),
        ("Главная задача обоих регионов, по словам министра, — не потерять рынки сбыта.",
         ["Не потерять рынки сбыта"]),
        # a side's duty
        ("Область и республика должны вместе построить логистический центр.", ["Вместе построить логистический центр"]),
        # a side's future deed, or the sides' own plan with no one named
        ("Округ будет закупать у партнёров школьные автобусы.", ["Закупать у партнёров школьные автобусы"]),
        ("В крае будут собирать белорусские погрузчики.", ["Собирать белорусские погрузчики"]),
        # help, said as a chance
        ("Наши строители могли бы помочь коллегам в возведении мостов.", ["Помочь коллегам в возведении мостов"]),
    ],
)
def test_a_head_governs_its_deed(sentence: str, actions: list[str]) -> None:
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    "sentence",
    [
        "Выставка должна пройти в мае.",  # what is expected of a thing, no side
        "Объём торговли должен вырасти.",  # a figure
        "Товарооборот будет расти и дальше.",  # a verb of itself
        "Будут активнее сотрудничать и предприятия двух городов.",  # the subject after the verb: no plan of the sides
        "Машины ушли в районы, где будут помогать аграриям.",  # where they will help: no offer
        "Министерство решило закрыть представительство.",  # one side's decision told as done
        "Главная задача была — удержать экспорт на прежнем уровне.",  # a task of the past
        "Делегация планировала из Казани направиться в Минск.",  # a trip, drafted with the events
        "Склад построен с целью выйти на новый рынок.",  # «с целью»: the purpose of another deed
    ],
)
def test_no_side_holds_it(sentence: str) -> None:
    assert _actions(sentence) == []


def test_a_deed_agreed_on_ends_before_its_occasion() -> None:
    said = "Области достигли договорённости о создании совместного цеха по итогам визита делегации."
    assert _actions(said) == ["Создание совместного цеха"]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        # a side's deed told in the perfective future, the infinitive its action
        ("Когда контракты подпишут, республика направит в область своих наладчиков.", ["Направить в область своих наладчиков"]),
        ("Мы с радостью и в будущем году закупим у вас кормоуборочные комбайны.", ["Закупить у вас кормоуборочные комбайны"]),
        ("В Псковскую область поставят новые белорусские погрузчики.", ["Поставить новые белорусские погрузчики"]),
        # a dash and the verb of whoever said it end the deed; a dash before an amount does not
        ("Обеспечим сервис для всех ваших автобусов, — подытожил мэр.", ["Обеспечить сервис для всех ваших автобусов"]),
        ("Завод предложил закупать ячмень — около 50 тыс. тонн в год.", ["Закупать ячмень — около 50 тыс. тонн в год"]),
    ],
)
def test_a_future_deed_of_a_side(sentence: str, actions: list[str]) -> None:
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр примет участие в заседании совета.",  # an agenda, drafted with the events
        "Стороны обсудят поставки льна.",  # a talk to come: its topic, no offer
        "Республика сократит закупки зерна.",  # a cut in one side's own trade
        "Республика поставит в область 300 тракторов.",  # a plan's amount: the figure's
        "Область должна поставить 40 тыс. тонн муки.",
        "Республика импортирует из области лес.",  # a present, not a future
        "С ремонта начнём, затем модернизация и сборка.",  # a start with no deed of its own
        "В протоколе записаны договорённости о сотрудничестве в энергетике.",  # what a text records
    ],
)
def test_no_future_offer(sentence: str) -> None:
    assert _actions(sentence) == []
