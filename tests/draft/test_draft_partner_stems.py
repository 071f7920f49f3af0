"""One rule says whether words name the partner: a word opens with one of its stems
(parties.Partner.stems), as flows, figures, parties, deals and sides all read it."""

from __future__ import annotations

from memogen.draft import parties, sides


def test_a_word_names_the_partner_by_its_stem_in_any_case() -> None:
    stems = parties.find_partner(["Делегация Казахстана прибыла в Минск.", "С Казахстаном подписан договор."]).stems
    assert sides.names_partner("Казахстаном", stems)
    assert sides.names_partner("казахстанские", stems)
    assert sides.names_partner("казахский", stems)  # an adjective: the stem's first five letters
    assert not sides.names_partner("Республики", stems)  # the word for the form of state is no stem
    assert not sides.names_partner("Кыргызстана", stems)


def test_a_stem_shorter_than_asked_is_passed_over() -> None:
    assert sides.names_partner("Перуанской", ("перу",))
    assert not sides.names_partner("Перуанской", ("перу",), shortest=5)


def test_a_text_names_the_partner_only_where_a_word_opens_with_its_stem() -> None:
    stems = ("оман",)
    assert sides.partner_named("переговоры с делегацией омана", stems)
    assert sides.partner_named("Оманские компании предложили проекты", stems)
    assert not sides.partner_named("наша команда представила проекты", stems)  # «к-оман-да»
