"""A state named by its short name after a state committee or a chamber of parliament in a
post goes by its official name, as after a ministry or an embassy; a party's or an
academy's own name keeps its state as it is; a mission named by its state's adjective
(«белорусского посольства») names the state officially after it. Posts written for these
tests."""

from __future__ import annotations

import pytest

from memogen.draft.parties import _mission_by_adjective, official_states


@pytest.mark.parametrize(
    ("post", "written"),
    [
        ("заместитель председателя Государственного таможенного комитета Беларуси",
         "заместитель председателя Государственного таможенного комитета Республики Беларусь"),
        ("депутат Мажилиса Парламента Казахстана", "депутат Мажилиса Парламента Республики Казахстан"),
        ("член Сената Олий Мажлиса Узбекистана", "член Сената Олий Мажлиса Республики Узбекистан"),
    ],
)
def test_a_state_committee_or_chamber_names_its_state_officially(post, written):
    assert official_states(post) == written


@pytest.mark.parametrize(
    "post",
    [
        "первый секретарь ЦК Коммунистической партии Вьетнама",
        "вице-президент Национальной академии наук Беларуси",
        "проректор Белорусского государственного университета",
    ],
)
def test_a_partys_or_an_academys_own_name_keeps_its_state(post):
    assert official_states(post) == post


@pytest.mark.parametrize(
    ("post", "written"),
    [
        ("первый секретарь казахстанского посольства", "первый секретарь Посольства Республики Казахстан"),
        ("советник белорусского генерального консульства в Шанхае",
         "советник Генерального консульства Республики Беларусь в Шанхае"),
        ("начальник областного представительства", "начальник областного представительства"),
    ],
)
def test_a_mission_named_by_its_states_adjective_names_the_state(post, written):
    assert _mission_by_adjective(post) == written
