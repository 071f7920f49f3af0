"""Agreements the heads of state set (status `set`), and titles read more fully: a body and
its counterparts as the sides, a plan whose kind has an adjective, a term of one year, a
document worked out but not signed, a document named as what another one is, and a broadcast
that is no programme signed. The sentences were written for these tests (their places,
people and companies are invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.goals import set_by_leaders
from memogen.draft.items import agreements
from memogen.facts.model import Agreement


def _set(*sentences: str) -> list[str]:
    return [a.data["title"] for a in set_by_leaders(list(sentences)) if a.data["status"] == "set"]


def _drafted(sentence: str) -> list[tuple[str, str]]:
    return [(a.data["title"], a.data["status"]) for a in agreements([sentence], dt.date(2024, 6, 1))]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Три года назад президенты Петров и Ахмедов поставили цель довести товарооборот до 3 млрд долларов.",
         "Цель президентов довести товарооборот до 3 млрд долларов"),
        ("Посол напомнил о задаче, которую главы государств поставили в мае 2021 года во время визита в Анкару: "
         "удвоить поставки зерна и сократить дисбаланс в торговле.",
         "Задача глав государств удвоить поставки зерна и сократить дисбаланс в торговле"),
        ("Перед Лаосом и Беларусью стоит задача увеличить взаимную торговлю втрое, сказал министр.",
         "Задача увеличить взаимную торговлю втрое"),
        ("Премьеры встречались, чтобы обсудить, как выполнять договорённости, достигнутые главами государств в Казани.",
         "Договорённости, достигнутые главами государств в Казани"),
    ],
)
def test_a_task_or_agreement_of_the_heads_of_state_is_set(sentence, title):
    assert _set(sentence) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент поставил задачу нарастить экспорт в Африку.",  # one state's own task
        "Перед экспортёрами области стоит задача обеспечить поставки мяса в Китай.",  # not both sides
        "Главы государств обсудили задачи по развитию кооперации.",  # no task set, no deed
    ],
)
def test_a_task_not_set_by_the_heads_of_state_is_no_agreement(sentence):
    assert _set(sentence) == []


def test_the_facts_model_holds_a_task_set():
    assert Agreement(title="Задача увеличить торговлю вдвое", status="set").status == "set"


def test_a_body_and_its_counterparts_are_the_sides():
    said = "Гродненская торговая палата и её омские коллеги подписали соглашение о сотрудничестве."
    assert _drafted(said) == [
        ("Соглашение о сотрудничестве между Гродненской торговой палатой и её омскими коллегами", "signed")]


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        ("Министры подписали план межведомственных консультаций на 2025 год.",
         [("План межведомственных консультаций на 2025 год", "signed")]),
        ("По словам посла, дорожная карта реализации двусторонних соглашений уже разработана.",
         [("Дорожная карта реализации двусторонних соглашений", "planned")]),
        ("Подписанная дорожная карта по туризму станет планом совместных действий в этой сфере.",
         [("Дорожная карта по туризму", "signed")]),
        ("Минск выполнит все договорённости, сообщила программа «Новости дня» телеканала «Восход».", []),
        # a participle of signing before the document: signed, whatever is still to come under it
        ("В мае начнут выполняться заключённые ранее контракты на поставку сеялок: 40 машин предстоит отгрузить.",
         [("Контракты на поставку сеялок", "signed")]),
        # documents named only for their value: a figure of contracts
        ("Портфель взаимных договоров на поставку мебели оценивался в 8 млн долларов.", []),
    ],
)
def test_titles_and_statuses_read_more_fully(sentence, drafted):
    assert _drafted(sentence) == drafted


def test_a_document_that_exists_is_in_force():
    said = "У нас с Никарагуа есть соглашение о научном обмене, сказал министр."
    assert _drafted(said) == [("Соглашение о научном обмене", "in_force")]


def test_what_only_states_agree_on_is_between_belarus_and_a_partner_country():
    from memogen.draft.model import Item
    from memogen.draft.signers import name_sides

    class Partner:
        kind, name, stems = "country", "Республика Гана", ("ган",)

    said = ["Торговле мешает то, что соглашение о защите инвестиций ещё не подписано.", "Гана ждёт инвесторов."]
    items = [Item({"title": "Соглашение о защите инвестиций", "status": "planned"}, sentence=0),
             Item({"title": "Соглашение о научном обмене", "status": "planned"}, sentence=0)]
    name_sides(items, said, None, Partner())
    assert [i.data["title"] for i in items] == [
        "Соглашение о защите инвестиций между Беларусью и Ганой", "Соглашение о научном обмене"]
