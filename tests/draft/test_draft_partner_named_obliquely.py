"""The partner named obliquely (issue #10): a release naming no place by name but a
region of Russia by its adjective alone («курские фермеры», «курской пшеницы», «из
края») is about that region, when ISO 3166-2:RU has a region so named and the release
names it so twice; a state named again by a demonstrative («в эту страну», «этого
государства») takes a vote for the one state named just before. Sentences written for
these tests."""

from __future__ import annotations

from memogen.draft.parties import _region_adjectives, find_partner


def test_a_region_named_by_its_adjective_alone_is_the_partner():
    partner = find_partner(["Курские фермеры отправили в Беларусь 12 тыс. тонн пшеницы.",
                            "Год назад курской пшеницы ушло вдвое меньше."])
    assert partner is not None
    assert (partner.name, partner.kind, partner.country) == ("Курская область", "region", "Российская Федерация")


def test_an_adjective_named_once_or_of_no_region_names_no_partner():
    assert find_partner(["Курские фермеры отправили в Беларусь 12 тыс. тонн пшеницы."]) is None
    assert _region_adjectives("Белорусские и российские фермеры, минские заводы") == []
    assert _region_adjectives("пермского картона") == ["Пермский край"]


def test_a_state_named_again_by_a_demonstrative_takes_a_vote():
    partner = find_partner(["Беларусь наращивает поставки в страны Азии.",
                            "Больше всего удалось добиться в Лаосе.",
                            "В эту страну уже отправлены 40 тракторов."])
    assert partner is not None and partner.kind == "country"
