"""A document's status read from the predicate nearest it, in its own stretch of the sentence
(between commas, «;», «:», a dash, «и», «а», «но»), then outwards: each document of a sentence
that tells two things has its own status. Sentences written for these tests (their places and
documents are invented)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

from memogen.draft import clauses

RELEASE = dt.date(2025, 10, 14)


_read = partial(agreements_of, RELEASE)


def test_a_signing_and_a_plan_in_force_in_one_sentence_each_keep_their_own():
    said = "За год подписаны ряд важных соглашений и успешно выполняется дорожная карта совместных проектов."
    assert ("Дорожная карта совместных проектов", "in_force") in _read(said)


def test_what_else_is_being_prepared_does_not_make_a_signed_document_planned():
    said = "Три года назад в Гомеле подписали дорожную карту, и сейчас сеялки готовятся к отправке на поля."
    assert [status for _, status in _read(said)] == ["in_force"]


def test_programmes_carried_out_stay_in_force_beside_a_plan_being_prepared():
    said = "Министры рассказали, как выполняются 12 отраслевых программ, и добавили, что готовится новый план действий."
    assert _read(said) == [("12 отраслевых программ", "in_force"), ("Новый план действий", "planned")]


def test_a_relative_clause_of_signing_tells_the_status_of_its_document():
    said = "Меморандум о партнёрстве, который стороны подписали утром, определяет, как будут работать биржи."
    assert _read(said) == [("Меморандум о партнёрстве", "signed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2019 году, во время визита в Казань, стороны подписали соглашение о поставках зерна.",
        "Два года назад, на форуме в Могилёве, стороны подписали соглашение о поставках зерна.",
    ],
)
def test_a_signing_dated_years_back_anywhere_in_the_sentence_is_in_force(sentence):
    assert _read(sentence) == [("Соглашение о поставках зерна", "in_force")]


def test_the_stretches_of_a_sentence_from_the_one_holding_a_position_outwards():
    text = "раз, два и три"
    spans = clauses.pieces(text, clauses.PREDICATE)
    assert [text[a:b] for a, b in spans] == ["раз", "два", "три"]
    assert [text[a:b] for a, b in clauses.nearest_first(spans, text.index("два"))] == ["два", "раз", "три"]


def test_a_signing_named_by_its_noun_takes_the_tense_of_the_work_on_it():
    said = "Вопрос подписания соглашения между мэрией Бреста и администрацией Твери о культурном обмене прорабатывался на встрече."
    assert [status for _, status in _read(said)] == ["planned"]


def test_a_document_adopted_years_before_the_release_is_in_force():
    said = "В декабре 2021 года стороны утвердили дорожную карту по сельскому хозяйству."
    assert _read(said) == [("Дорожная карта по сельскому хозяйству", "in_force")]


def test_a_signing_wished_in_the_subjunctive_is_to_come():
    said = "Готовим визит, чтобы были подписаны соглашения о торговом сотрудничестве."
    assert [status for _, status in _read(said)] == ["planned"]


def test_documents_signed_already_are_a_total_so_far_in_force():
    said = "У Витебского облисполкома уже заключены соглашения с администрациями 12 регионов Казахстана."
    assert [status for _, status in _read(said)] == ["in_force"]


def test_documents_the_sides_have_already_signed_by_a_verb_are_signed():
    said = "Стороны уже подписали соглашение о поставках сеялок, а теперь обсуждают сборку."
    assert _read(said) == [("Соглашение о поставках сеялок", "signed")]
