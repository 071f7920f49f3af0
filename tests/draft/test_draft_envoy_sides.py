"""Whose a diplomat is (issue #10): a chargé d'affaires' «в делах» is part of his title,
not where he serves, so the state after it is his («Временный поверенный в делах
Туркменистана в Беларуси» is the partner's); a diplomat of an embassy named by its noun
alone takes the side of the one mission the release names with its state, the state a
partner region lies in being the partner's, and that embassy is written in full; a post
after a hyphenated or substantivised title («советником-посланником», «поверенным в
делах») gives the name after it that title's case. Sentences written for these tests."""

from __future__ import annotations

from memogen.draft.parties import _head_cases, find_partner, officials


def drafted(*sentences: str) -> dict[str, dict]:
    partner = find_partner(list(sentences))
    return {o.data["person"]["surname"]: o.data for o in officials(list(sentences), partner)}


def test_a_charge_d_affaires_is_of_the_state_after_his_title():
    found = drafted("Туркменистан закупает белорусские тракторы.",
                    "Туркменистан и Беларусь обсудили поставки.",
                    "Об этом сообщил временный поверенный в делах Туркменистана в Беларуси Довлет Мурадов.")
    assert found["Мурадов"]["side"] == "partner"
    assert found["Мурадов"]["position"].startswith("Временный поверенный в делах Туркменистана")


def test_our_charge_d_affaires_abroad_stays_ours():
    found = drafted("Туркменистан закупает белорусские тракторы.",
                    "Туркменистан и Беларусь обсудили поставки.",
                    "Встречу провёл временный поверенный в делах Беларуси в Туркменистане Олег Ковалёв.")
    assert found["Ковалёв"]["side"] == "ours"


def test_an_embassy_named_alone_is_the_one_the_release_names_with_the_partner_regions_state():
    found = drafted("Губернатор Тверской области Игорь Лапин встретился с советником-посланником "
                    "Посольства России в Беларуси Олегом Сидоренко и советником посольства Антоном Гришиным.",
                    "Тверская область наращивает поставки в Беларусь.")
    assert found["Гришин"]["side"] == "partner"
    assert found["Гришин"]["position"] == "Советник Посольства Российской Федерации в Республике Беларусь"
    assert found["Сидоренко"]["person"]["given"] == "Олег"  # «Олегом» after the hyphenated title


def test_the_case_of_a_hyphenated_or_substantivised_title():
    assert _head_cases("советником-посланником Посольства") == ["ablt"]
    assert _head_cases("Временный поверенный в делах") == ["nomn", "accs"]
