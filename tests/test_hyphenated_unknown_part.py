"""A hyphenated noun whose last part the dictionary does not know on its own: it declines
as the dictionary's word written together («шоу-рум» as «шоурум»: «3 шоу-рума», «в
шоу-руме»), its hyphen kept; one the dictionary knows in neither spelling is taken as
written, as any unknown word is, never refused or guessed."""

from __future__ import annotations

import pytest

from memogen.inflect import inflect_phrase
from memogen.morphology import agree
from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts


@pytest.mark.parametrize(
    ("value", "expected"), [(3, "шоу-рума"), (5, "шоу-румов"), (21, "шоу-рум"), (1.5, "шоу-рума")]
)
def test_a_counted_noun_the_dictionary_knows_written_together(value, expected):
    assert agree("шоу-рум", value, False) == expected


def test_a_name_opening_with_it_declines_and_keeps_the_hyphen():
    assert inflect_phrase("шоу-рум белорусской продукции", "prepositional") == "шоу-руме белорусской продукции"
    assert inflect_phrase("Шоу-рум «Беларусь»", "instrumental") == "Шоу-румом «Беларусь»"


def test_one_known_in_neither_spelling_is_taken_as_written():
    assert agree("шоу-хаб", 5, False) == "шоу-хаб"


def test_the_facts_file_validates_and_the_memo_counts_it(tmp_path):
    figures = [fig("r", "count", 2024, 3, unit="шоу-рум", label="шоу-румы белорусской продукции")]
    code, _, err = _validate(write_facts(tmp_path, figures=figures))
    assert code == 0 and "шоу-рум" not in err, err
    texts = outputs(tmp_path, figures=figures)
    assert_everywhere(texts, "3 шоу-рума")
    assert_nowhere(texts, "шоурум")
