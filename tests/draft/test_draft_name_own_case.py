"""A name in another case than its post's: a first name the dictionary knows in none of
the cases the post before it asks is read in its own case («назначил главой … заместителя
Петра Иванова»: the post in the instrumental, the name in the genitive), with a note; and a
person found again with a post whose case agrees replaces that reading. Sentences written
for these tests."""

from __future__ import annotations

from memogen.draft.names import read_name
from memogen.draft.parties import find_partner, officials


def test_a_first_name_known_in_another_case_is_read_in_it():
    name = read_name(["Сергея", "Иванова"], ["ablt"])
    assert name is not None and (name.given, name.surname) == ("Сергей", "Иванов")
    assert any("first name" in note for note in name.notes)


def test_a_name_in_the_case_its_post_asks_is_read_as_before():
    name = read_name(["Сергеем", "Ивановым"], ["ablt"])
    assert name is not None and (name.surname, name.notes) == ("Иванов", [])


def test_without_own_case_the_name_is_read_in_the_posts_case_only():
    name = read_name(["Сергея", "Иванова"], ["ablt"], own_case=False)
    assert name is not None and name.given == "Сергея"


def test_a_person_found_again_with_a_fitting_post_replaces_the_first_reading():
    sentences = [
        "Премьер-министр назначил новым руководителем ведомства первого заместителя Сергея Иванова.",
        "Министр торговли Сергей Иванов провёл совещание.",
    ]
    found = [o for o in officials(sentences, find_partner(sentences)) if o.data["person"]["surname"] == "Иванов"]
    assert [(o.data["position"], o.sentence) for o in found] == [("Министр торговли Республики Беларусь", 1)]
