"""A hyphenated counted noun takes the number's form in the parts that change: only the
noun after an unchanging attribute («8 бизнес-форумов», «12 IT-компаний»), both nouns of
a pair that both change («5 компаний-экспортёров», «3 города-побратима»); one that may be
read either way («вагон-цистерна») is asked for in other words, never guessed."""

from __future__ import annotations

import pytest

from memogen.draft.numbers import amounts
from memogen.morphology import UncountedNoun, agree
from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts


@pytest.mark.parametrize(
    ("unit", "value", "expected"),
    [
        ("бизнес-форум", 8, "бизнес-форумов"),
        ("бизнес-форум", 22, "бизнес-форума"),
        ("бизнес-миссия", 5, "бизнес-миссий"),  # the gender is the noun's after the hyphen
        ("онлайн-встреча", 2, "онлайн-встречи"),
        ("IT-компания", 12, "IT-компаний"),  # a Latin attribute stays as written
        ("B2B-встреча", 40, "B2B-встреч"),
        ("пресс-конференция", 3, "пресс-конференции"),  # the dictionary knows it whole
        ("компания-экспортер", 5, "компаний-экспортеров"),  # both nouns change
        ("город-побратим", 3, "города-побратима"),
        ("страна-участница", 7, "стран-участниц"),
        ("бизнес-форум в Минске", 6, "бизнес-форумов в Минске"),
    ],
)
def test_a_hyphenated_noun_changes_only_the_parts_that_change(unit, value, expected):
    assert agree(unit, value, False) == expected


def test_after_a_scale_or_a_fraction_the_attribute_stays_too():
    assert agree("бизнес-форум", 1.5, False) == "бизнес-форума"
    assert agree("интернет-магазин", 3, True) == "интернет-магазинов"
    assert agree("бизнес-миссия", 21, False, accusative=True) == "бизнес-миссию"


def test_a_noun_that_may_be_read_either_way_is_not_guessed():
    with pytest.raises(UncountedNoun):
        agree("вагон-цистерна", 5, False)


def test_a_count_of_a_hyphenated_noun_reads_right_in_the_pdf_and_the_docx(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("f", "count", 2024, 8, unit="бизнес-форум", label="деловые мероприятия"),
        fig("c", "count", 2024, 5, unit="компания-экспортер", label="новые экспортеры"),
    ])
    assert_everywhere(texts, "8 бизнес-форумов", "5 компаний-экспортеров")
    assert_nowhere(texts, "бизнесов-форумов")


def test_a_unit_memogen_cannot_count_is_an_error_naming_the_field(tmp_path):
    path = write_facts(tmp_path, figures=[fig("w", "count", 2024, 5, unit="вагон-цистерна", label="вагоны")])
    code, _, err = _validate(path)
    assert code != 0
    assert "figures" in err and "unit" in err and "«вагон-цистерна»" in err and "«цистерна»" in err
    assert "Traceback" not in err


def test_the_drafter_counts_a_hyphenated_noun_it_can_count_and_the_last_noun_of_one_it_cannot():
    counted = {a.unit for a in amounts("На выставке прошли 8 бизнес-форумов и поставлено 5 вагонов-цистерн.")}
    assert "бизнес-форум" in counted
    assert "вагон-цистерна" not in counted
