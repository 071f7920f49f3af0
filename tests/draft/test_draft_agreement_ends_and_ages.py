"""Where an agreement's title ends (never inside a state's name or an amount) and what its
status is by tense and age (signed years ago, told in a relative clause, done under it,
amended by another), and visits planned that are events rather than proposals; read from
sentences written for these tests (their places, documents and amounts are invented)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

from memogen.draft.offers import proposals

RELEASE = dt.date(2024, 9, 10)


_read = partial(agreements_of, RELEASE)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Министры подписали меморандум о сотрудничестве Республики Беларусь и Республики Южная Корея в сфере "
         "образования.", "Меморандум о сотрудничестве Республики Беларусь и Республики Южная Корея в сфере образования"),
        ("Подписано соглашение между Республикой Беларусь и Королевством Саудовская Аравия о воздушном сообщении.",
         "Соглашение между Республикой Беларусь и Королевством Саудовская Аравия о воздушном сообщении"),
        ("Министерства подписали программу сотрудничества Республики Беларусь и Республики Северная Македония.",
         "Программа сотрудничества Республики Беларусь и Республики Северная Македония"),
    ],
)
def test_a_state_named_by_an_adjective_and_a_noun_after_its_form_stays_whole(sentence, title):
    assert _read(sentence) == [(title, "signed")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("В Гродно подписан контракт на поставку 350 тыс. тонн цемента.",
         "Контракт на поставку 350 тыс. тонн цемента"),
        ("Стороны заключили договор на поставку в Монголию 2,5 тыс. тонн сливочного масла.",
         "Договор на поставку в Монголию 2,5 тыс. тонн сливочного масла"),
        ("Подписан контракт на поставку 1,2 млн кубометров древесины.",
         "Контракт на поставку 1,2 млн кубометров древесины"),
    ],
)
def test_an_amount_in_a_title_is_read_whole_with_what_it_counts(sentence, title):
    assert _read(sentence) == [(title, "signed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Три года назад регионы подписали соглашение о торговом сотрудничестве, и с тех пор обмен вырос.",
        "Работа началась несколько лет назад, когда министерства заключили соглашение о торговом сотрудничестве.",
        "Год назад стороны подписали соглашение о торговом сотрудничестве.",
    ],
)
def test_a_document_signed_a_year_or_more_ago_is_in_force(sentence):
    assert _read(sentence) == [("Соглашение о торговом сотрудничестве", "in_force")]


def test_half_a_year_ago_is_not_long_ago():
    assert _read("Полгода назад стороны подписали соглашение о торговом сотрудничестве.") == [
        ("Соглашение о торговом сотрудничестве", "signed")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны обсудили, как выполняется план действий по развитию торговли, который утвердили министры.",
        "Реализуется план действий по развитию торговли, который одобрили и подписали главы правительств.",
        "Министры рассмотрели ход выполнения плана действий по развитию торговли.",
    ],
)
def test_a_document_carried_out_whose_signing_is_only_recalled_is_in_force(sentence):
    assert _read(sentence) == [("План действий по развитию торговли", "in_force")]


def test_signing_told_as_news_with_a_clause_about_the_document_is_signed():
    said = "Министры подписали план действий по развитию торговли, который будет выполняться три года."
    assert _read(said) == [("План действий по развитию торговли", "signed")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Дружат и университеты: по договору с Казанским университетом в Витебске ежегодно учатся 30 студентов.",
         "Договор с Казанским университетом"),
        ("Как сообщил директор, по контракту с компанией «Север» завод уже отгрузил первые 40 автобусов.",
         "Контракт с компанией «Север»"),
    ],
)
def test_a_document_things_are_done_under_at_the_head_of_a_clause_is_in_force(sentence, title):
    assert _read(sentence) == [(title, "in_force")]


def test_talks_on_a_document_do_not_make_it_in_force():
    assert _read("Стороны провели переговоры по соглашению о свободной торговле и подпишут его в декабре.") == [
        ("Соглашение о свободной торговле", "planned")
    ]


@pytest.mark.parametrize(
    ("sentence", "amending", "amended"),
    [
        ("Стороны намерены подписать протокол о внесении изменений в соглашение о свободной торговле между "
         "Беларусью и Египтом.",
         "Протокол о внесении изменений в соглашение о свободной торговле между Беларусью и Египтом",
         "Соглашение о свободной торговле между Беларусью и Египтом"),
        ("Правительства подписали протокол о внесении поправок в Договор о поощрении инвестиций.",
         "Протокол о внесении поправок в Договор о поощрении инвестиций", "Договор о поощрении инвестиций"),
    ],
)
def test_a_document_amended_by_another_is_in_force_and_named_in_the_amending_title(sentence, amending, amended):
    status = "planned" if "намерены" in sentence else "signed"
    assert _read(sentence) == [(amending, status), (amended, "in_force")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Осенью глава правительства собирается посетить Индию и Вьетнам.",
        "В планах делегации — посещение нескольких заводов и переговоры с губернатором.",
        "Министр намерен поехать в Ташкент в октябре.",
    ],
)
def test_a_visit_planned_is_no_proposal(sentence):
    assert [p.data["action"] for p in proposals([sentence])] == []


def test_an_invitation_to_visit_is_still_a_proposal():
    said = "Президент передал премьер-министру Лаоса приглашение посетить Минск с официальным визитом."
    assert [p.data["action"] for p in proposals([said])] != []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Белорусские компании подписали 15 контрактов на общую сумму 20 млн долларов.", "15 контрактов"),
        ("По итогам форума подписано 9 соглашений о сотрудничестве.", "9 соглашений о сотрудничестве"),
        ("Стороны заключили 3 контракта на поставку лифтов.", "3 контракта на поставку лифтов"),
    ],
)
def test_documents_counted_keep_their_count(sentence, title):
    assert _read(sentence) == [(title, "signed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "За двадцать лет регионы подписали почти 400 соглашений.",
        "За время форума подписано более 250 соглашений.",
    ],
)
def test_a_hedged_count_of_documents_is_a_statistic(sentence):
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Министры скорректировали прогнозный баланс спроса и предложения по сахару на текущий год.",
         "Прогнозный баланс спроса и предложения по сахару"),
        ("Страны ежегодно утверждают прогнозные балансы спроса и предложения по зерну, и они выполняются.",
         "Прогнозные балансы спроса и предложения по зерну"),
    ],
)
def test_a_balance_of_supply_and_demand_adjusted_or_carried_out_is_in_force(sentence, title):
    assert _read(sentence) == [(title, "in_force")]


def test_a_trade_balance_is_no_document():
    assert _read("Торговый баланс сложился положительным, и соглашения выполняются.") == []


def test_a_hedged_count_before_adjectives_is_a_statistic_too():
    assert _read("За годы форума подписано более 300 межрегиональных соглашений.") == []


def test_a_count_before_adjectives_stays_in_the_title():
    assert _read("Главы правительств подписали 14 межведомственных соглашений.") == [
        ("14 межведомственных соглашений", "signed")
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Утверждён план мероприятий («дорожная карта») по развитию торговли.",
         "План мероприятий («дорожная карта») по развитию торговли"),
        ("Подписана программа (”Дорожная карта“) по развитию туризма.",
         "Программа (”Дорожная карта“) по развитию туризма"),
    ],
)
def test_a_documents_other_name_in_brackets_is_passed_over(sentence, title):
    assert _read(sentence) == [(title, "signed")]
