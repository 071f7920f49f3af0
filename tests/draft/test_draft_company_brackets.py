"""A company named by its kind and adjectives, with its short name in Latin letters in
brackets after it, read from sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.parties import companies


def _names(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.data["name"], c.data.get("legal_form")) for c in companies([sentence], None)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Сырьё поставляет Китайская национальная нефтяная корпорация (CNPC), сообщил министр.",
         [("CNPC", "Китайская национальная нефтяная корпорация")]),
        ("Договор подписан с Государственной горнорудной компанией Республики Казахстан (KMG) в марте.",
         [("KMG", "Государственная горнорудная компания")]),
        ("Оборудование закупил Национальный нефтехимический концерн Ирана (NPC).",
         [("NPC", "Национальный нефтехимический концерн")]),
    ],
)
def test_a_short_name_in_brackets_after_a_companys_kind(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize(
    "sentence",
    [
        # no company's noun before the bracket: a body, an organisation, a programme
        "Вопрос обсуждался во Всемирной торговой организации (WTO).",
        "Заявку рассмотрело министерство сельского хозяйства (USDA).",
    ],
)
def test_no_company_without_its_named_kind_before_the_bracket(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize("opening", ["Одна", "Крупная"])
def test_a_capital_opening_the_sentence_gives_no_form(opening):
    assert _names(f"{opening} нефтяная компания (PMC) подала заявку.") == [("PMC", None)]
