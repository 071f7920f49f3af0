"""Places in a ranking as the drafter reads them (issue #10): several places in one
sentence, what a place is among when its measure comes first, a group named before
(«…, где занимает седьмое место»), whose place it is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft import ranks


def read(text: str) -> list[tuple]:
    return [(r["position"], r["holder"], r["among"], r.get("measure")) for _, r in ranks.read(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "По итогам 2024 года Псковская область занимает 11-е место по товарообороту с Беларусью среди "
            "регионов России, 6-е — по импорту и 23-е — по экспорту.",
            [
                (11, "partner", "среди регионов России", "по товарообороту с Беларусью"),
                (6, "partner", "среди регионов России", "по импорту"),
                (23, "partner", "среди регионов России", "по экспорту"),
            ],
        ),
        (
            "Беларусь занимает первое место среди поставщиков в Казахстан по поставкам сухого молока и третье "
            "по поставкам сыров.",
            [
                (1, "ours", "среди поставщиков в Казахстан", "по поставкам сухого молока"),
                (3, "ours", "среди поставщиков в Казахстан", "по поставкам сыров"),
            ],
        ),
        (
            "Край занимает второе место по объёму торговли с Беларусью среди субъектов Дальнего Востока, а пятое — "
            "по экспорту.",
            [
                (2, "partner", "среди субъектов Дальнего Востока", "по объёму торговли с Беларусью"),
                (5, "partner", "среди субъектов Дальнего Востока", "по экспорту"),
            ],
        ),
    ],
)
def test_places_listed_after_the_first_share_its_holder_and_group(text, expected):
    assert read(text) == expected


def test_a_group_ends_before_a_verb_and_a_place_in_it_is_the_holders():
    assert read(
        "Беларусь занимает четвёртое место среди поставщиков мяса во Вьетнам и входит в первую двадцатку "
        "поставщиков сыров, где занимает двенадцатое место."
    )[:1] == [(4, "ours", "среди поставщиков мяса во Вьетнам", None)]
    assert read("Республика входит в первую десятку покупателей тракторов, где занимает шестое место.") == [
        (6, "partner", "среди покупателей тракторов", None)
    ]


@pytest.mark.parametrize(
    "text, holder",
    [
        ("В 2024 году товарооборот области с Беларусью вырос, и по этому показателю область заняла пятое место в стране.",
         "partner"),
        ("Товарооборот вырос вдвое, и по его объёму Беларусь заняла второе место среди партнёров края.", "ours"),
    ],
)
def test_the_holder_is_the_subject_of_the_places_own_clause(text, holder):
    assert read(text)[0][1] == holder


def test_a_place_by_size_is_no_measure():
    assert read("Узбекистан является третьим по величине торговым партнёром Беларуси в Азии.") == [
        (3, "partner", "среди торговых партнёров Беларуси в Азии", None)
    ]


@pytest.mark.parametrize(
    "text, top, among",
    [
        ("Китай входит в число трёх крупнейших торговых партнёров Беларуси.", 3, "среди торговых партнёров Беларуси"),
        ("Беларусь входит в пятёрку ведущих поставщиков сыра в Россию.", 5, "среди поставщиков сыра в Россию"),
        ("Область входит в число 10 крупнейших инвесторов республики.", 10, "среди инвесторов республики"),
    ],
)
def test_a_place_within_the_first_n_is_a_top_not_the_nth_place(text, top, among):
    ((_, rank),) = ranks.tops(text)
    assert (rank["top"], rank["among"]) == (top, among)
    assert all(place.position != top for place, _ in ranks.read(text))


def test_a_group_whose_place_is_given_is_no_top():
    assert ranks.tops("Беларусь входит в первую десятку поставщиков молока, где занимает седьмое место.") == []


def test_a_superlative_partner_of_the_partners_common_noun_is_a_first_place():
    [(_, rank)] = ranks.read("Среди соседних стран Беларусь — крупнейший торговый партнёр края.")
    assert (rank["position"], rank["holder"], rank["among"]) == (1, "ours", "среди торговых партнёров края")
    assert ranks.read("Беларусь остаётся главным торговым партнёром.") == []
    # a third state's first place among the region's partners is none of ours
    assert ranks.read("Главным торговым партнёром края остаётся Армения.") == []
