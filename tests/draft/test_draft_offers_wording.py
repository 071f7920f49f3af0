"""Proposals: offers denied, invitations in the passive, interest shown in a deed, two
actions set against each other, and wishes too vague to be proposals, in sentences written
for these tests (their places and companies are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals, specific


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Минск не намерен сокращать закупки казахстанского зерна даже в трудный год.",
        "Компания не готова открывать склад в Ташкенте.",
        "Стороны не собираются отказываться от совместных проектов в энергетике.",
    ],
)
def test_an_offer_or_intention_denied_is_none(sentence):
    assert _actions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Белорусские строители приглашены принять участие в реконструкции городского стадиона.",
         ["Принять участие в реконструкции городского стадиона"]),
        ("Мы приглашаем армянских производителей представить продукцию на ярмарке в Гомеле.",
         ["Представить продукцию на ярмарке в Гомеле"]),
        ("Администрация края приглашает белорусские компании участвовать в строительстве мостов.",
         ["Участвовать в строительстве мостов"]),
    ],
)
def test_an_invitation_in_any_voice_is_an_offer(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Вьетнамские фирмы проявили интерес к совместному производству лифтов и эскалаторов.",
         ["Совместное производство лифтов и эскалаторов"]),
        ("Губернатор выразил интерес к строительству логистического центра с белорусскими подрядчиками.",
         ["Строительство логистического центра с белорусскими подрядчиками"]),
        ("Партнёры проявили интерес к технической кооперации с Беларусью, в том числе к совместной сборке "
         "автобусов с ОАО «Автозавод» и ОАО «Моторы».",
         ["Техническая кооперация с Беларусью",
          "Совместная сборка автобусов с ОАО «Автозавод» и ОАО «Моторы»"]),
    ],
)
def test_a_deed_of_interest_is_a_proposal_with_its_adjectives(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Область намерена продавать в Казахстан молочные продукты, а покупать там пшеницу и ячмень.",
         ["Продавать в Казахстан молочные продукты", "Покупать там пшеницу и ячмень"]),
        ("Завод собирается собирать в регионе автобусы, а обучать местных механиков в Минске.",
         ["Собирать в регионе автобусы", "Обучать местных механиков в Минске"]),
    ],
)
def test_two_actions_set_against_each_other_are_two_proposals(sentence, actions):
    assert _actions(sentence) == actions


def test_verbs_sharing_their_object_stay_one_and_a_takzhe_makes_two():
    assert _actions("Стороны намерены обновлять действующие, а строить новые зернохранилища.") == [
        "Обновлять действующие, а строить новые зернохранилища"
    ]
    assert _actions("Города намерены обмениваться выставками, а также проводить совместные конкурсы.") == [
        "Обмениваться выставками", "Проводить совместные конкурсы"
    ]


@pytest.mark.parametrize(
    "action",
    [
        "Оживить сотрудничество во всех сферах",
        "Придать ему новый импульс",
        "Укрепление связей с Вьетнамом по всем направлениям",
        "Расширять торгово-экономическое взаимодействие двух стран",
        "Вывести двусторонние отношения на новый уровень",
    ],
)
def test_a_wish_for_better_relations_alone_is_no_proposal(action):
    assert not specific(action)
    assert _actions(f"Стороны договорились {action[:1].lower()}{action[1:]}.") == []


@pytest.mark.parametrize(
    "action",
    [
        "Развивать сотрудничество в фармацевтике",
        "Расширить поставки картофеля",
        "Развивать туризм",
        "Укреплять связи между университетами Минска и Казани",
    ],
)
def test_relations_in_a_branch_or_with_a_deed_stay(action):
    assert specific(action)


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Минский завод планирует поставлять в край коммунальную технику, а закупать там пиломатериалы.",
         ["Поставлять в край коммунальную технику", "Закупать там пиломатериалы"]),
        ("Мы хотим открыть в Бишкеке сервисный центр для белорусских комбайнов.",
         ["Открыть в Бишкеке сервисный центр для белорусских комбайнов"]),
        ("Губернатор просит рассмотреть поставки белорусских троллейбусов в областной центр.",
         ["Рассмотреть поставки белорусских троллейбусов в областной центр"]),
        ("Регион заинтересован также в расширении закупок белорусской мебели.",
         ["Расширение закупок белорусской мебели"]),
    ],
)
def test_a_sides_plan_wish_or_request_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны планируют подписать соглашение о сотрудничестве в медицине.",
        "Регионы договорились провести в марте бизнес-форум в Гродно.",
        "Министерства решили подготовить дорожную карту по развитию кооперации.",
        "На форуме мы планируем заключить новые.",
    ],
)
def test_a_plan_to_sign_a_document_or_hold_an_event_is_drafted_as_that_not_as_a_proposal(sentence):
    assert _actions(sentence) == []


def test_taking_part_in_an_event_stays_a_proposal():
    assert _actions("Белорусские предприятия приглашены принять участие в выставке «Агро-2026».") == [
        "Принять участие в выставке «Агро-2026»"
    ]
