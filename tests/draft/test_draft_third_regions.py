"""A region or one of Russia's cities of federal status named as the other end of a
trade that is not the partner is a third party (`counterparty`), as a state is; in a
clause turned to by contrast («тогда как», «а») naming a place of its own, the amount
is that place's (issue #10). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import sides
from memogen.draft.parties import official_name

RELEASE = dt.date(2023, 10, 2)


def figures(partner: str, *sentences: str) -> list[dict]:
    return figures_for(RELEASE, partner, *sentences, country="Российская Федерация")


@pytest.mark.parametrize(
    ("place", "partner", "name"),
    [
        ("с Москвой превышает", "Тверская область", "город Москва"),
        ("с Санкт-Петербургом", "Псковская область", "город Санкт-Петербург"),
        ("со Смоленской областью составил", "Брянская область", "Смоленская область"),
        ("с Краснодарским краем", "Российская Федерация", "Краснодарский край"),
        ("с Татарстаном", "Республика Башкортостан", "Республика Татарстан"),
    ],
)
def test_another_region_at_the_other_end_is_a_third_party(place, partner, name):
    assert sides.counterparty(place, partner, "Российская Федерация", official_name) == {"name": name}


@pytest.mark.parametrize(
    ("place", "partner"),
    [
        ("с Москвой", "город Москва"),
        ("со Смоленской областью", "Смоленская область"),
        ("с Гомельской областью", "Брянская область"),
    ],
)
def test_the_partner_or_our_own_region_is_no_third_party(place, partner):
    assert sides.counterparty(place, partner, "Российская Федерация", official_name) is None


@pytest.mark.parametrize(
    ("sentence", "third"),
    [
        ("Торговля Беларуси с Москвой превышает 900 млн долларов, тогда как с Тверской областью она составляет "
         "около 60 млн долларов.", "900"),
        ("Товарооборот Беларуси с Санкт-Петербургом достиг 700 млн долларов, в то время как с Тверской "
         "областью — лишь 60 млн долларов.", "700"),
    ],
)
def test_a_third_region_given_for_comparison_is_not_the_partners(sentence, third):
    found = figures("Тверская область", sentence)
    assert [(str(f["value"]), "counterparty" in f) for f in found] == [(third, True), ("60", False)]
