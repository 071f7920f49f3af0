"""A state named by its short name after a state committee or a chamber of parliament in a
post goes by its official name, as after a ministry or an embassy; a party's or an
academy's own name keeps its state as it is. Posts written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.parties import official_states


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
