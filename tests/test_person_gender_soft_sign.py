"""A first name in «-ь» that the dictionary gives only to women tells no gender: the
transliteration spells a man's «Emmanuel» and a woman's «Emmanuelle» alike («Эммануэль»,
«Мишель», «Габриэль»), and Russian men's names end in «-ь» too («Игорь»). memogen asks for
such a person's forms unless something else tells the gender (a patronymic, a Slavic
surname, the rules' list of names); a facts file that writes them builds a memo that
prints them, read back from the PDF and the DOCX."""

from __future__ import annotations

import pytest

from memogen.errors import InputError
from memogen.inflect import inflect_person
from memogen.pipeline import build
from readback import all_text, docx_words, squash
from test_truth import BASE, _validate, write_facts
from themes.helpers import make_theme


@pytest.mark.parametrize(("given", "surname"), [("Эммануэль", "Макрон"), ("Мишель", "Платини"), ("Гюзель", "Ким")])
def test_a_soft_sign_name_the_dictionary_gives_women_alone_tells_nothing(given, surname):
    assert inflect_person(given, surname, None, "genitive") is None


@pytest.mark.parametrize(
    ("given", "surname", "patronymic", "genitive"),
    [
        ("Любовь", "Кравец", None, "Любови Кравец"),  # the rules list «Любовь» as a woman's
        ("Нинель", "Шмидт", None, "Нинели Шмидт"),
        ("Игорь", "Кравец", None, "Игоря Кравца"),  # a man's name in «-ь» the dictionary knows
        ("Гюзель", "Ахметова", None, "Гюзель Ахметовой"),  # a Slavic surname tells a woman
        ("Эммануэль", "Петров", None, "Эммануэля Петрова"),  # and a man
        ("Мишель", "Дюпон", "Ивановна", "Мишель Ивановны Дюпон"),  # a patronymic tells
    ],
)
def test_what_else_tells_the_gender_still_declines_the_name(given, surname, patronymic, genitive):
    assert inflect_person(given, surname, patronymic, "genitive") == genitive


def _talks(tmp_path, person: dict):
    make_theme(tmp_path, "talks", "extends: default\nsections: [general]\n",
               {"sections/general.md.j2": "Переговоры с {{ facts.parties.officials[0].person | instrumental }}.\n"})
    return write_facts(tmp_path, memo={**BASE["memo"], "theme": "talks"}, parties={
        "ours": {"name": "Республика Беларусь"},
        "partner": {"name": "Французская Республика", "kind": "country"},
        "officials": [{"person": person, "position": "Президент Французской Республики", "side": "partner"}],
    })


def test_a_facts_file_naming_him_without_forms_is_asked_for_them(tmp_path):
    path = _talks(tmp_path, {"given": "Эммануэль", "surname": "Макрон"})
    _, _, err = _validate(path, "--workspace", str(tmp_path))
    assert "parties.officials.0.person" in err and "cases:" in err and "Traceback" not in err
    with pytest.raises(InputError) as caught:  # the theme names him in a sentence: no form is guessed
        build(path, ["pdf"], tmp_path / "out", workspace=tmp_path)
    assert "parties.officials.0.person.cases.instrumental" in str(caught.value)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_forms_written_are_printed_in_the_pdf_and_the_docx(tmp_path):
    person = {"given": "Эммануэль", "surname": "Макрон",
              "cases": {"genitive": "Эммануэля Макрона", "dative": "Эммануэлю Макрону",
                        "accusative": "Эммануэля Макрона", "instrumental": "Эммануэлем Макроном",
                        "prepositional": "Эммануэле Макроне"}}
    built = build(_talks(tmp_path, person), ["pdf", "docx"], tmp_path / "out", workspace=tmp_path)
    data = {p.suffix[1:]: p.read_bytes() for p in built.outputs}
    for text in (squash(all_text(data["pdf"])), docx_words(data["docx"])):
        assert "Переговоры с Эммануэлем Макроном." in text
        assert "Эммануэль Макрон." not in text
