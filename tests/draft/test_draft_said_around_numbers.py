"""How a number is hedged, qualified and placed by the words around it (issue #10): «с
лишним» after a number or its scale is more than it; a currency an editor put in square
brackets in a quote is the amount's; «до» after the level a move started from is the level
reached, no upper bound; a level owed («должен составлять») or proposed («предложил
закупать») is a target; a purchase in the infinitive is a flow; «среди них» names what a
place is among; «21 из них» is a part of the count before. Sentences written for these
tests, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release, ranks
from memogen.draft import numbers as num
from memogen.draft.read import Release


@pytest.mark.parametrize(
    ("said", "value", "scale", "hedge"),
    [
        ("Оборот тогда был где-то $400 млн с лишним.", 400, "million", "более"),
        ("У нас 900 с лишним миллионов долларов оборота.", 900, "million", "более"),
        ("Экспорт вышел на 2 млрд долларов с небольшим.", 2, "billion", "более"),
        ("Экспорт вышел на 2 млрд долларов.", 2, "billion", None),
    ],
)
def test_s_lishnim_is_more_than_the_number(said, value, scale, hedge):
    found = num.amounts(said)
    assert [(a.value, a.scale, a.currency, a.hedge) for a in found] == [(value, scale, "USD", hedge)]


@pytest.mark.parametrize(
    ("said", "currency"),
    [("«Но 300 млн [долларов] мы удержим», — сказал он.", "USD"), ("«Около 40 млн [рублей] ушло на это».", "RUB")],
)
def test_a_currency_in_square_brackets_is_the_amounts(said, currency):
    assert [(a.value, a.currency, a.unit) for a in num.amounts(said)] == [(num.number(said.split()[1]), currency, None)]


@pytest.mark.parametrize(
    "said",
    [
        "Республика сократит поставки масла со 40 тыс. до 25 тыс. тонн.",
        "Поставки зерна уменьшатся с 200 тыс. до 150 тыс. тонн.",
        "Вывоз сахара увеличат со 60 тыс. до 90 тыс. тонн.",
    ],
)
def test_do_after_the_level_a_move_started_from_is_no_upper_bound(said):
    assert [a.hedge for a in num.amounts(said)] == [None, None]


def _figures(text: str, when: dt.date = dt.date(2024, 5, 20)) -> list[tuple]:
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.value, f.qualifier, f.status) for f in facts.figures]


@pytest.mark.parametrize(
    "sentence",
    [
        "Товарооборот Беларуси с Омской областью должен составлять не менее 300 млн долларов, заявил губернатор.",
        "По словам посла, товарооборот Беларуси с Кенией в ближайшие годы должен превысить 300 млн долларов.",
        "Министр предложил довести товарооборот Беларуси с Кенией как минимум до 300 млн долларов.",
    ],
)
def test_a_level_owed_or_proposed_is_a_target(sentence):
    assert [(i, s) for i, _, _, s in _figures(sentence)] == [("turnover", "target")]


def test_a_proposed_purchase_in_the_infinitive_is_a_flow_and_a_target():
    sentence = "Вице-губернатор предложил закупать в Кении чай — около 5 тыс. тонн ежегодно."
    assert _figures(sentence) == [("product", 5, "около", "target")]


@pytest.mark.parametrize(
    ("sentence", "position", "among"),
    [
        ("Край торгует с 95 странами, и Беларусь занимает среди них седьмое место.", 7, "среди стран"),
        ("Область поставляет продукцию в 40 государств, из них Беларусь занимает второе место.", 2, "среди государств"),
    ],
)
def test_among_them_is_the_plural_noun_named_before(sentence, position, among):
    assert [(r["position"], r["among"]) for _, r in ranks.read(sentence)] == [(position, among)]


def test_n_of_them_is_a_part_of_the_count_before():
    found = num.amounts("На форум приехали 64 делегации, 18 из них впервые.")
    assert [(a.value, a.unit, a.out_of) for a in found] == [(64, "делегация", None), (18, "делегация", 64)]
