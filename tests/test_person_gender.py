"""A person's gender decides how a name declines («Олафа Шольца», «Кармен Диас»); memogen
takes it only from what tells it (a patronymic, a Slavic surname, a first name the rules
list by name or the dictionary knows as the rules read it) and otherwise asks for the
forms: a foreign first name ending in a consonant is no man's name by its ending alone."""

from __future__ import annotations

import pytest

from memogen.compose.environment import make_environment
from memogen.errors import InputError
from memogen.inflect import inflect_person
from memogen.pipeline import load_facts
from test_truth import write_facts


@pytest.mark.parametrize(
    ("given", "surname", "genitive"),
    [
        ("Георгий", "Филимонов", "Георгия Филимонова"),
        ("Анна", "Кравец", "Анны Кравец"),  # a woman's first name in «-а»: her surname in a consonant stays
        ("Айгуль", "Нурланова", "Айгуль Нурлановой"),  # a Slavic surname tells a woman
        ("Хуррам", "Тешабаев", "Хуррама Тешабаева"),  # and a man
        ("Ингрид", "Ольсен", "Ингрид Ольсен"),  # the rules list «Ингрид» as a woman's
        ("Александр", "Лукашенко", "Александра Лукашенко"),
    ],
)
def test_a_gender_something_tells_declines_the_name(given, surname, genitive):
    assert inflect_person(given, surname, None, "genitive") == genitive


@pytest.mark.parametrize(
    ("given", "surname"),
    [
        ("Кармен", "Диас"),  # the dictionary knows a woman's name; the rules' endings read a man's
        ("Ирен", "Жакоб"),
        ("Мерседес", "Лопес"),  # known to neither: no gender by a consonant ending
        ("Кэрол", "Мозли"),
    ],
)
def test_a_foreign_first_name_in_a_consonant_with_nothing_telling_is_asked_for(given, surname):
    assert inflect_person(given, surname, None, "genitive") is None


def test_a_patronymic_tells_the_gender_whatever_the_first_name():
    assert inflect_person("Кармен", "Петрова", "Ивановна", "dative") == "Кармен Ивановне Петровой"


@pytest.mark.parametrize(
    ("gender", "instrumental"),
    [("female", "Кармен Диас"), ("male", "Карменом Диасом")],
)
def test_a_gender_the_caller_knows_is_used(gender, instrumental):
    assert inflect_person("Кармен", "Диас", None, "instrumental", gender) == instrumental


def _official_in(tmp_path, person: dict, case: str) -> str:
    """What a theme's `{{ o.person | case }}` prints for an official of a facts file."""
    path = write_facts(tmp_path, parties={
        "ours": {"name": "Республика Беларусь"},
        "partner": {"name": "Королевство Испания", "kind": "country"},
        "officials": [{"person": person, "position": "Посол Королевства Испания", "side": "partner"}],
    })
    env = make_environment([], date_style="verbal", signature_style="initials", markdown=False, facts_file=path)
    template = env.from_string("{{ facts.parties.officials[0].person | " + case + " }}")
    return template.render(facts=load_facts(path).facts)


def test_a_theme_naming_her_asks_for_the_forms_and_takes_them_when_written(tmp_path):
    with pytest.raises(InputError) as caught:
        _official_in(tmp_path, {"given": "Кармен", "surname": "Диас"}, "instrumental")
    assert "parties.officials.0.person.cases.instrumental" in str(caught.value)
    written = {"given": "Кармен", "surname": "Диас", "cases": {"instrumental": "Кармен Диас"}}
    assert _official_in(tmp_path, written, "instrumental") == "Кармен Диас"
