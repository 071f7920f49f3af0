"""Names read back to the nominative where two readings meet: a surname in «-ов», «-ин»
whose instrumental an adjective shares («Горловым» is «Горлов», «Анной Горловой»
«Горлова»), an adjective surname of a man («Ивана Горлового» → «Горловой», never a neuter),
a Chinese name ending in a one-letter syllable («Ван И»), which tells no gender by being
kept as written. Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.names import read_name
from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


@pytest.mark.parametrize(
    ("words", "case", "given", "surname"),
    [
        (["Юрием", "Горловым"], "ablt", "Юрий", "Горлов"),
        (["Анной", "Горловой"], "ablt", "Анна", "Горлова"),
        (["Петром", "Лисиным"], "ablt", "Пётр", "Лисин"),
        (["Ивана", "Горлового"], "gent", "Иван", "Горловой"),  # an adjective surname, a man's
        (["Михаила", "Русого"], "gent", "Михаил", "Русый"),
        (["Львом", "Толстым"], "ablt", "Лев", "Толстой"),
    ],
)
def test_a_surname_is_read_as_a_surname_where_an_adjective_shares_its_form(words, case, given, surname):
    name = read_name(words, [case])
    assert (name.given.replace("ё", "е"), name.surname) == (given.replace("ё", "е"), surname)


def test_a_minister_in_the_instrumental_keeps_his_surname_in_ov():
    found = drafted("Беларусь и Казахстан развивают торговлю.",
                    "Соглашение подписано министром сельского хозяйства Беларуси Юрием Горловым и министром "
                    "сельского хозяйства Казахстана Айданом Сарыбаем.")
    assert "Горлов" in found and "Горловой" not in found


def test_a_name_ending_in_a_one_letter_syllable_is_a_name():
    for sentence in (
        "Подписи поставили министр иностранных дел Беларуси Максим Рыженков и министр иностранных дел Китая Ван И.",
        "Максим Рыженков провёл переговоры с министром иностранных дел Китая Ван И в Пекине.",
    ):
        found = drafted("Беларусь и Китай развивают торговлю.", sentence)
        assert found["И"].data["person"]["given"] == "Ван", sentence
        assert found["И"].data["side"] == "partner", sentence
        # kept as written in the instrumental, the name tells no gender: its forms are asked for
        assert not any("woman" in note for note in found["И"].notes), sentence


def test_an_initial_is_no_syllable():
    assert "И" not in drafted("Беларусь и Китай развивают торговлю.", "Рост отметил министр Иван И. Петров.")
