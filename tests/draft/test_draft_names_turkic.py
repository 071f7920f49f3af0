"""A Turkic patronymic written with its particle in lower case inside a name («… Гасан оглы
…», «… Мурат кызы …») is part of the name, read as the patronymic, the surname after it
(issue #10). Sentences written for these tests."""

from __future__ import annotations

from memogen.draft import sentences
from memogen.draft.parties import find_partner, officials


def test_a_name_with_a_turkic_patronymic_is_read_whole():
    said = sentences("Премьер-министр Беларуси провёл встречу с Послом Азербайджана в Беларуси "
                     "Рашадом Гасан оглы Мамедовым.")
    found = {o.data["person"]["surname"]: o.data["person"] for o in officials(said, find_partner(said))}
    assert found["Мамедов"]["given"] == "Рашад"
    assert found["Мамедов"]["patronymic"] == "Гасан оглы"


def test_a_daughters_patronymic_is_read_too():
    said = sentences("Министр экономики Киргизии Айгуль Мурат кызы Асанова посетила Минск.")
    [person] = [o.data["person"] for o in officials(said, find_partner(said))]
    assert (person["given"], person.get("patronymic"), person["surname"]) == ("Айгуль", "Мурат кызы", "Асанова")
