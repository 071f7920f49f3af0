"""What the release says of an official's gender writes the forms memogen would not guess
(«Кармен Диас заявила»: her name stays in every case), and a diplomat named with no state
takes the side of the one mission the release names, else is marked as the draft's guess.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.names import gender_cue
from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


@pytest.mark.parametrize(
    ("sentence", "who", "gender"),
    [
        ("Посол Королевства Испания Кармен Диас заявила, что поставки растут.", "Кармен Диас", "female"),
        ("Как отметила министр торговли Франции Ирен Жакоб, спрос высок.", "Ирен Жакоб", "female"),
        ("Делегацию приняла госпожа Мерседес Лопес.", "Мерседес Лопес", "female"),
        ("Министр иностранных дел Германии Олаф Брандт провёл переговоры.", "Олаф Брандт", "male"),
    ],
)
def test_a_title_or_a_verb_agreeing_with_the_name_tells_the_gender(sentence, who, gender):
    at = sentence.index(who)
    assert gender_cue(sentence, at, at + len(who), nominative=True)[0] == gender


def test_no_cue_from_another_subjects_verb_or_a_name_in_another_case():
    sentence = "В визите участвовал посол Олаф Брандт, сообщила пресс-служба."
    at = sentence.index("Олаф Брандт")
    # «сообщила» is the press service's; «участвовал» may agree with «посол», not with the name
    assert gender_cue(sentence, at, at + 11, nominative=True) is None
    sentence = "Встреча с послом Кармен Диас прошла в Минске."
    at = sentence.index("Кармен Диас")
    assert gender_cue(sentence, at, at + 11, nominative=False) is None  # «прошла» is the meeting's


def test_a_woman_with_a_foreign_first_name_gets_her_forms_written_and_checked():
    official = drafted("Посол Королевства Испания в Республике Беларусь Кармен Диас заявила, что поставки растут.")["Диас"]
    assert official.data["person"]["cases"]["genitive"] == "Кармен Диас"
    assert official.data["person"]["cases"]["instrumental"] == "Кармен Диас"
    assert official.mark == "check" and any("a woman's name" in note for note in official.notes)


def test_how_the_release_declined_a_first_name_tells_the_gender():
    woman = drafted("Губернатор встретился с послом Королевства Испания Кармен Диас.")["Диас"]
    assert woman.data["person"]["given"] == "Кармен"
    assert woman.data["person"]["cases"]["dative"] == "Кармен Диас"
    man = drafted("Губернатор встретился с послом Королевства Дания Олафом Брандтом.")["Брандт"]
    assert man.data["person"]["cases"]["dative"] == "Олафу Брандту"


def test_nothing_told_leaves_the_forms_to_the_analyst():
    official = drafted("Посол Французской Республики Ирен Жакоб посетила выставку в Гродно.")["Жакоб"]
    assert official.data["person"]["cases"]["genitive"] == "Ирен Жакоб"  # «посетила» tells it
    official = drafted("На выставке был посол Королевства Испания Кэрол Мозли и министр Иван Петров.")["Мозли"]
    assert "cases" not in official.data["person"]
    assert any("person.cases" in note for note in official.notes)


def test_a_bare_ambassador_takes_the_side_of_the_one_mission_named():
    found = drafted(
        "Посол Виктор Руденко встретился с губернатором Омской области.",
        "Встреча прошла по инициативе Посольства Республики Беларусь в Российской Федерации.",
    )
    assert found["Руденко"].data["side"] == "ours" and found["Руденко"].mark == "check"
    found = drafted(
        "Чрезвычайный и Полномочный Посол Ху Вэньтао посетил Могилёв.",
        "Посольство Китайской Народной Республики в Республике Беларусь передало приглашение.",
    )
    assert found["Вэньтао"].data["side"] == "partner"


def test_a_bare_ambassador_with_nothing_to_go_by_is_the_drafts_guess():
    found = drafted("Посол Виктор Руденко провёл встречу в Омске.")
    assert found["Руденко"].mark == "guess"
    assert any("no state" in note for note in found["Руденко"].notes)
