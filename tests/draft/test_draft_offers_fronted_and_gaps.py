"""An agreement's infinitive after up to three words of neither («договорились и дальше регулярно
поддерживать …»), and an object fronted before «нужно» when a preposition's phrase with its
adjectives follows the verb («… капитал нужно превращать во взаимовыгодные проекты») (issue #10).
Sentences written for these tests; their places and firms are invented."""

from __future__ import annotations

from memogen.draft.offers import proposals


def _actions(*said: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(said))]


def test_three_words_between_the_agreement_and_its_infinitive():
    assert _actions("Договорились и дальше регулярно закупать в области семенной картофель.") == [
        "Регулярно закупать в области семенной картофель"
    ]


def test_an_object_fronted_before_a_phrase_with_adjectives():
    assert _actions("Накопленный в регионе опыт нужно превращать в новые совместные производства.") == [
        "Превращать в новые совместные производства накопленный в регионе опыт"
    ]


def test_a_verb_whose_phrase_is_all_it_governs_keeps_its_words():
    said = "Для этого область предлагает переходить от поставок к глубокому производственному и научному сотрудничеству."
    assert _actions(said) == ["Переходить от поставок к глубокому производственному и научному сотрудничеству"]
