"""An abbreviation agrees a verb by its full name's head noun («ЕАЭС» is a «союз»: «ЕАЭС
занял»), never by the dictionary's guess from its last letters («ЕАЭС заняла»); one memogen
does not know stops the build with a message naming the file, line and field."""

from __future__ import annotations

import pytest

from memogen.abbreviations import expansion, is_abbreviation
from memogen.errors import InputError
from memogen.morphology import UnknownGender, gender
from memogen.pipeline import build
from paths import ROOT
from test_truth import assert_everywhere, assert_nowhere, fig, outputs, write_facts


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ЕАЭС", "masc"),  # Евразийский экономический союз; pymorphy3 alone guesses a feminine
        ("ШОС", "femn"),  # Шанхайская организация сотрудничества
        ("СНГ", "neut"),  # Содружество …
        ("США", "plur"),
        ("КНР", "femn"),
        ("МИД Беларуси", "neut"),
        ("ОАО «Гомсельмаш»", "neut"),
        ("страны ЕАЭС", "plur"),  # the head is a noun before the abbreviation
        ("Белорусская ТПП", "femn"),
        ("Республика Беларусь", "femn"),
    ],
)
def test_an_abbreviation_takes_the_gender_of_its_full_names_head(name, expected):
    assert gender(name) == expected


def test_an_abbreviation_memogen_does_not_know_is_not_guessed():
    with pytest.raises(UnknownGender) as caught:
        gender("ВЭКС")
    assert caught.value.word == "ВЭКС"
    assert expansion("ВЭКС") is None


@pytest.mark.parametrize("word", ["ЕАЭС", "ЕврАзЭС", "МИД", "РФ"])
def test_abbreviations_are_told_from_names(word):
    assert is_abbreviation(word)


@pytest.mark.parametrize("word", ["Минск", "А", "ИнтерТрейд", "Беларусь"])
def test_words_are_no_abbreviations(word):
    assert not is_abbreviation(word)


def test_a_rank_held_by_an_abbreviation_agrees_in_the_pdf_and_the_docx(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t", "turnover", 2024, 750, rank={"position": 2, "among": "среди торговых партнеров области",
                                               "holder": "ЕАЭС"}),
    ])
    assert_everywhere(texts, "ЕАЭС занял 2-е место среди торговых партнеров области")
    assert_nowhere(texts, "ЕАЭС заняла")


def test_a_rank_held_by_an_unknown_abbreviation_asks_for_the_full_name(tmp_path):
    path = write_facts(tmp_path, figures=[
        fig("t", "turnover", 2024, 750, rank={"position": 3, "among": "среди партнеров", "holder": "ВЭКС"}),
    ])
    with pytest.raises(InputError) as caught:
        build(path, ["pdf"], tmp_path / "out", workspace=ROOT)
    message = str(caught.value)
    assert str(path) in message and "figures.0.rank.holder" in message
    assert "«ВЭКС»" in message and "in full" in message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
