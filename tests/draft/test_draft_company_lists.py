"""Companies named in quotes in a list, read from sentences written for these tests: a
compound name the dictionary does not know is a name, not a verb; a name in a list that
a plant named by its kind stands in is declined by the preposition before the list, and
read as a masculine name where it could be either."""

from __future__ import annotations

from memogen.draft.parties import companies


def _names(sentence: str) -> list[str]:
    return [c.data["name"] for c in companies([sentence], None)]


def test_a_compound_name_no_dictionary_knows_is_no_verb():
    names = _names("Область выпускает комплектующие: это «Омскстройстекло», «Сибкабель» и «Омскшина».")
    assert "Омскстройстекло" in names


def test_a_name_after_a_plant_named_by_its_kind_is_declined_by_the_lists_preposition():
    names = _names("Речь идёт о МТЗ, Гомельском литейном заводе, «Гидромаше» и «Светлогорске».")
    assert "Гидромаш" in names
