"""Proposals read by the grammar of the sentence rather than by its phrases: a verb of
offering in any tense, a side taking a deed on, each «как» and its infinitive after a verb of
talking, and the clauses that end an action (a concession, a reason, a question, a relative
clause after a preposition); a signing denied leaves a document still to come. The sentences
were written for these tests (their places, people and companies are invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import agreements
from memogen.draft.offers import proposals, specific


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Прошлой весной мэр Лиды предлагал открыть в городе склад удобрений.", "Открыть в городе склад удобрений"),
        ("Профсоюзы не раз призывали наладить выпуск запчастей в Орше.", "Наладить выпуск запчастей в Орше"),
        ("Губернатор приглашала коллег на ярмарку льняных тканей в Пскове.", "Участие в ярмарке льняных тканей"),
    ],
)
def test_a_verb_of_offering_in_any_tense_is_an_offer(sentence, action):
    assert _actions(sentence) == [action]


def test_a_document_whose_purpose_a_participle_tells_offers_nothing():
    assert _actions("Новый договор призван укрепить связи двух городов в торговле зерном.") == []


def test_an_interest_named_first_and_the_deeds_a_participle_describes():
    said = "Особый интерес Киргизия проявляет к проектам, связанным с теплицами."
    assert _actions(said) == ["Проекты, связанные с теплицами"]
    assert _actions("Гости готовы к сотрудничеству, основанному на взаимной выгоде.") == []


def test_a_side_taking_a_deed_on_proposes_it():
    said = "Казахская сторона берётся построить у себя завод по сборке сеялок, в котором долю получит Гомель."
    assert _actions(said) == ["Построить у себя завод по сборке сеялок"]


def test_each_how_to_after_a_verb_of_talking_is_a_deed():
    said = ("Министры обсудят, как работать дальше: в частности, как наладить продажу в Анголу автобусов и "
            "грузовиков, как организовать совместный ремонт вагонов и могут ли проектировщики участвовать "
            "в программе жилья.")
    assert _actions(said) == [
        "Наладить продажу в Анголу автобусов и грузовиков",
        "Организовать совместный ремонт вагонов",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a question of how things stand, and a deed that is an agreement carried out
        "Послы обсудили, как складываются связи регионов и как выполнять договорённости, достигнутые в Гродно.",
        "Собеседники обсудили, как развивается торговое сотрудничество и что может дать ему новый импульс.",
        "Стороны обсудили, как важно наращивать совместную работу в энергетике.",  # exclaims, asks no deed
    ],
)
def test_a_question_of_how_things_stand_is_no_proposal(sentence):
    assert _actions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Обе стороны хотели бы вместе добывать торф, хотя сроки пока не названы.", "Вместе добывать торф"),
        ("Стороны обсудили, как расширить экспорт сыров, какие рынки открыты и что мешает.",
         "Расширить экспорт сыров"),
        ("Стороны готовы участвовать в обновлении автопарка Твери, белорусские заводы способны выполнить любой заказ.",
         "Участвовать в обновлении автопарка Твери"),
        ("Стороны хотят вернуться к уровню 2019 года, когда оборот был почти миллиард долларов.",
         "Вернуться к уровню 2019 года"),
        ("Мэр предлагает обновить парк трамваев, искал поставщиков и в Китае.", "Обновить парк трамваев"),
        ("Стороны договорились поставлять не только сеялки, но для уборки и комбайны.",
         "Поставлять не только сеялки, но для уборки и комбайны"),
    ],
)
def test_another_clause_ends_the_action(sentence, action):
    assert _actions(sentence) == [action]


@pytest.mark.parametrize("action", ["Сотрудничать дальше", "Двигаться вместе в этом направлении",
                                    "Дальше расширять торговые связи республики с российским городом",
                                    "Укрепление многопланового сотрудничества между Тверской областью и Беларусью",
                                    "Укрепление взаимодействия с белорусскими партнёрами",
                                    "Поддерживать высокий темп диалога",
                                    "Вывести отношения на более высокий политический уровень"])
def test_going_on_with_nothing_named_is_not_specific(action):
    assert not specific(action)


@pytest.mark.parametrize(
    "sentence",
    [
        "Выгодной торговле мешает то, что договор о защите инвестиций до сих пор не подписан.",
        "Министерства так и не подписали договор о защите инвестиций.",
    ],
)
def test_a_signing_denied_leaves_the_document_planned(sentence):
    drafted = agreements([sentence], dt.date(2025, 3, 1))
    assert [(a.data["title"], a.data["status"]) for a in drafted] == [("Договор о защите инвестиций", "planned")]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        # a deed with a quantity is a proposal; raising or reaching a level with an amount is a target (a figure)
        ("Завод планирует организовать сборку сеялок в Курске в количестве до 200 штук в год.",
         ["Организовать сборку сеялок в Курске в количестве до 200 штук в год"]),
        ("Область намерена закупить до 300 белорусских троллейбусов.", ["Закупить до 300 белорусских троллейбусов"]),
        ("Стороны намерены увеличить экспорт в Анголу на 40 %.", []),
        ("Стороны хотят выйти на объём товарооборота в 2 млрд долларов.", []),
        ("Область ставит цель преодолеть отметку в 300 млрд рублей.", []),
        # an intention in a relative clause governs the relative pronoun, told before it
        ("Сумма инвестиций, которые компании планируют вложить в проекты до 2027 года, превышает 9 млрд рублей.", []),
        # a proposal made, named by its noun, and its deed
        ("Президент внёс предложение о создании белорусско-чилийского делового совета.",
         ["Создание белорусско-чилийского делового совета"]),
        ("Мэр выдвинул предложение об очном формате встречи.", []),
        # a deed offered as the object of «предлагать»; an object that is no deed is none
        ("Гродненская сторона предлагает создание совместных предприятий по выпуску сыров.",
         ["Создание совместных предприятий по выпуску сыров"]),
        ("Предлагаем вам широкую линейку сеялок.", []),
        ("Республика предлагает сотрудничество и в других сферах.", []),
        # «не только …, но и …» under one offer: one proposal per deed (README convention 12)
        ("Мы готовы не только открыть у себя цех по сборке лифтов, но и строить дома в Гомеле.",
         ["Открыть у себя цех по сборке лифтов", "Строить дома в Гомеле"]),
    ],
)
def test_targets_quantities_relatives_and_proposals_made(sentence, actions):
    assert _actions(sentence) == actions
