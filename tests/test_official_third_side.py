"""An official of neither side alone (issue #10): `side: third` for the Union State's, an
international organisation's or a third state's official — loaded, validated, and printed
among the participants like any other official in the PDF and DOCX."""

from __future__ import annotations

from test_truth import _validate, assert_everywhere, outputs, write_facts

OFFICIALS = [
    {"person": {"given": "Игорь", "surname": "Лаптев", "patronymic": "Олегович"},
     "position": "Государственный секретарь Союзного государства", "side": "third"},
    {"person": {"given": "Анна", "surname": "Кравец", "patronymic": "Петровна"},
     "position": "Заместитель Министра иностранных дел Республики Беларусь", "side": "ours"},
]


def _parties(officials: list[dict]) -> dict:
    from test_truth import BASE

    return {**BASE["parties"], "officials": officials}


def test_a_third_sides_official_is_printed_among_the_participants(tmp_path):
    texts = outputs(tmp_path, parties=_parties(OFFICIALS))
    assert_everywhere(texts, "Участники встречи:", "Государственный секретарь Союзного государства И.О.Лаптев",
                      "Заместитель Министра иностранных дел Республики Беларусь А.П.Кравец")


def test_a_third_side_validates_and_an_unknown_side_is_one_clear_error(tmp_path):
    code, _, err = _validate(write_facts(tmp_path, parties=_parties(OFFICIALS)))
    assert code == 0, err
    wrong = [{**OFFICIALS[0], "side": "neutral"}]
    path = write_facts(tmp_path, "wrong", parties=_parties(wrong))
    code, _, err = _validate(path)
    assert code == 3 and f"{path}" in err and "parties.officials[0].side" in err and "third" in err, err
