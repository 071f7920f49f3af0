"""A party's name in the memo's sentences: the form the facts file writes wins, a
missing one is derived from the nominative, and a name memogen cannot inflect for sure
stops the build with a message naming the file, line and field to fill in."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from memogen.compose.environment import make_environment
from memogen.document import Paragraph, plain_text
from memogen.errors import InputError
from memogen.pipeline import compose, load_facts
from paths import ROOT

NBSP = "\u00a0"


def facts_file(tmp_path, partner: dict, ours: dict | None = None):
    data = {
        "memo": {
            "title": "о сотрудничестве",
            "date": "2025-05-20",
            "signatory": {"position": ["Начальник управления"], "given": "Анна", "surname": "Кравец"},
        },
        "parties": {"ours": ours or {"name": "Республика Беларусь"}, "partner": partner},
        "figures": [{"id": "t", "indicator": "turnover", "period": 2024, "value": 120.5}],
    }
    path = tmp_path / "facts.yaml"
    with path.open("w", encoding="utf-8") as out:
        YAML().dump(data, out)
    return path


def text(path) -> str:
    memo, _ = compose(load_facts(path), ROOT)
    return "\n".join(plain_text(b.children) for b in memo.blocks if isinstance(b, Paragraph)).replace(NBSP, " ")


def test_forms_missing_from_the_file_are_derived(tmp_path):
    path = facts_file(tmp_path, {"name": "Республика Узбекистан"})
    assert "товарооборот между Республикой Беларусь и Республикой Узбекистан составил" in text(path)


def test_a_city_declines_with_its_generic_word(tmp_path):
    path = facts_file(tmp_path, {"name": "город Минск", "kind": "city"}, ours={"name": "Вологодская область", "kind": "region"})
    assert "между Вологодской областью и городом Минском" in text(path)


def test_a_form_written_in_the_file_wins(tmp_path):
    path = facts_file(tmp_path, {"name": "Узбекистан", "cases": {"instrumental": "Республикой Узбекистан"}})
    assert "и Республикой Узбекистан составил" in text(path)


def test_a_name_that_cannot_be_inflected_is_an_error_asking_for_the_form(tmp_path):
    path = facts_file(tmp_path, {"name": "Зурбаган", "kind": "city"})
    with pytest.raises(InputError) as caught:
        text(path)
    message = str(caught.value)
    line = next(n for n, s in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if s.strip() == "partner:")
    assert message.startswith(f"{path}:{line}")
    assert "parties.partner.cases.instrumental" in message
    assert "«Зурбаган»" in message and "cases: {instrumental: …}" in message


def official_facts(tmp_path, person: dict):
    path = facts_file(tmp_path, {"name": "Вологодская область", "kind": "region"})
    data = YAML().load(path.read_text(encoding="utf-8"))
    data["parties"]["officials"] = [{"person": person, "position": "Губернатор", "side": "partner"}]
    with path.open("w", encoding="utf-8") as out:
        YAML().dump(data, out)
    return path


def official_in(path, case: str) -> str:
    """What a ministry theme's `{{ o.person | case }}` prints for the file's official."""
    facts = load_facts(path).facts
    env = make_environment([], date_style="verbal", signature_style="initials", markdown=False, facts_file=path)
    template = env.from_string("{{ facts.parties.officials[0].person | " + case + " }}")
    return template.render(facts=facts)


def test_an_officials_name_is_derived_unless_the_file_writes_it(tmp_path):
    derived = official_facts(tmp_path, {"given": "Георгий", "patronymic": "Юрьевич", "surname": "Филимонов"})
    assert official_in(derived, "instrumental") == "Георгием Юрьевичем Филимоновым"
    written = official_facts(tmp_path, {"given": "Бадр", "surname": "Аль-Бусаиди",
                                        "cases": {"instrumental": "Бадром Аль-Бусаиди"}})
    assert official_in(written, "instrumental") == "Бадром Аль-Бусаиди"


def test_an_official_memogen_cannot_inflect_is_an_error_asking_for_the_form(tmp_path):
    path = official_facts(tmp_path, {"given": "Буй", "patronymic": "Тхань", "surname": "Шон"})
    with pytest.raises(InputError) as caught:
        official_in(path, "instrumental")
    message = str(caught.value)
    assert message.startswith(f"{path}:")
    assert "parties.officials.0.person.cases.instrumental" in message
    assert "«Буй Тхань Шон»" in message
    assert "under parties.officials.0.person, add `cases: {instrumental: …}`" in message


def test_an_abbreviation_and_a_dashed_group_need_no_written_forms(tmp_path):
    # «ШОС» alone is its own form in every case; «страны – участники СНГ» change head and apposition
    assert "между Республикой Беларусь и ШОС составил" in text(facts_file(tmp_path, {"name": "ШОС", "kind": "group"}))
    path = facts_file(tmp_path, {"name": "страны – участники СНГ", "kind": "group"})
    assert "между Республикой Беларусь и странами – участниками СНГ составил" in text(path)
