"""Whose trade and which indicator a number is, read from the sentence's structure (issue
#10): a flow owned by a possessive pronoun is the flow of the place it stands for; a word
read first as a noun but agreeing with the noun after it is no goods («прошлого года»); a
count is a Belarusian region's own only when its clause speaks of trade. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from tests.draft.drafted import figures_for, stems_of

from memogen.draft import holders, sides, whose
from memogen.draft.flows import flow_before, goods_after, read
from memogen.draft.model import Item
from memogen.draft.parties import Partner

RELEASE = dt.date(2023, 6, 20)


def _flow(text: str, partner: str):
    at = re.search(r"\d+\s+млн", text).start()  # the amount's number
    word = flow_before(text, at)
    assert word is not None
    return read(text, word, at, partner, stems=stems_of(partner))


@pytest.mark.parametrize(
    ("text", "partner", "side", "ours"),
    [
        # the pronoun stands for the partner: its exports are our imports
        ("Перевес в торговле у Чувашии: её экспорт достиг 20 млн долларов.", "Чувашская Республика", "partner", "imports"),
        ("Торговля с Казахстаном растёт, и его импорт составил 12 млн долларов.", "Республика Казахстан", "partner",
         "exports"),
        # the pronoun stands for Belarus: our own exports
        ("Беларусь нарастила поставки, и её экспорт составил 9 млн долларов.", "Алтайский край", "ours", "exports"),
    ],
)
def test_a_pronoun_owns_the_flow_of_the_place_it_stands_for(text, partner, side, ours):
    flow = _flow(text, partner)
    assert (flow.side, flow.said, flow.ours) == (side, True, ours)


def test_a_pronoun_whose_place_does_not_agree_names_no_owner():
    # «их» is plural: neither «Чувашии» nor «Беларуси» is what it stands for
    flow = _flow("Чувашия и Беларусь договорились, а их экспорт составил 5 млн долларов.", "Чувашская Республика")
    assert flow.said is False


@pytest.mark.parametrize(
    "tail",
    [" прошлого года составил 40 млн долларов", " текущего года оценивают в 40 млн долларов"],
)
def test_an_adjective_read_as_a_noun_is_no_goods(tail):
    assert goods_after(tail, "Республика Куба", ("gent", "ablt"))[0] is None


def test_goods_are_still_goods():
    assert goods_after(" молочной продукции составил 40 млн", "Республика Куба", ("gent", "ablt"))[0] == \
        "молочной продукции"


def test_a_turnover_of_last_year_is_the_turnover():
    (f,) = figures_for(RELEASE, "Республика Куба", "Товарооборот прошлого года составил всего 40 млн долларов.")
    assert (f["indicator"], f["value"], f["period"]) == ("turnover", 40, "2022")


def _count(quote: str, at: str) -> Item:
    return Item({"indicator": "count", "value": 1, "_quote": quote, "_at": quote.index(at)})


def test_a_region_within_a_counts_own_words_is_what_is_counted_not_its_holder():
    firms = _count("На форуме были 20 компаний из края и 12 компаний Гомельской области.", "20")
    firms2 = _count("На форуме были 20 компаний из края и 12 компаний Гомельской области.", "12")
    works = _count("В Гомельской области действуют 7 сборочных производств.", "7")
    markets = _count("Гомельская область поставляла товары в 58 стран.", "58")
    turnover = Item({"indicator": "turnover", "value": 5, "_quote": "Товарооборот края с Минской областью "
                     "составил 5 млн.", "_at": 44})
    holders.assign([firms, firms2, works, markets, turnover], None)
    assert "holder" not in firms.data and "holder" not in firms2.data
    assert works.data["holder"] == markets.data["holder"] == {"name": "Гомельская область"}
    assert turnover.data["holder"] == {"name": "Минская область"}


@pytest.mark.parametrize(
    "text",
    [
        "Стороны выполняют задачу, которую поставил глава государства, — выйти на 900 млн долларов товарооборота.",
        "Президент поставил перед правительством цель довести товарооборот до 900 млн долларов.",
    ],
)
def test_a_task_set_is_no_supply(text):
    at = re.search(r"\d+\s+млн", text).start()
    assert flow_before(text, at) is None


def test_a_supply_is_still_a_supply():
    text = "Предприятия поставили в край техники на 12 млн долларов."
    word = flow_before(text, re.search(r"\d+\s+млн", text).start())
    assert word is not None and word.group() == "поставили"


@pytest.mark.parametrize(
    ("tail", "goods"),
    [
        # a preposition («в», read also as an abbreviated noun) ends the genitive chain it follows
        (" ещё до всяких событий в рамках большой стройки в 2021 году вырос до 9 млн", None),
        # an adjective that could be a noun, agreeing with the noun after it, joins the group
        (" зерна и молочных продуктов составил 9 млн", "зерна и молочных продуктов"),
        # money earned or ordered is no goods («экспортная выручка», «экспортная заявка»)
        (" выручка организаций составила 9 млн", None),
        (" заявка по товарам составила 9 млн", None),
    ],
)
def test_goods_are_read_from_the_noun_groups_structure(tail, goods):
    assert goods_after(tail, None)[0] == goods


@pytest.mark.parametrize(
    ("before", "pronoun", "name"),
    [
        ("Перевес в торговле у Чувашии: ", "её", "Чувашии"),
        ("Область больше всего торгует с Казахстаном: товарооборот с ", "ним", "Казахстаном"),
        ("Экспорт в Грузию и Армению вырос, а ввоз из ", "неё", "Армению"),
        ("Экспорт в Грузию и Армению вырос, а ввоз из ", "них", None),  # no plural place named
        ("Экспорт в Грузию вырос, а ", "свой", None),  # no pronoun of a place
    ],
)
def test_a_pronoun_stands_for_the_last_place_that_agrees_with_it(before, pronoun, name):
    assert sides.antecedent(before, pronoun) == name


def test_a_place_said_by_a_pronoun_is_the_trades_other_end():
    text = "Больше всего область торгует с Казахстаном: товарооборот с ним составил 40 млн долларов."
    partner = Partner("Республика Узбекистан", "country", "Республика Узбекистан", stems_of("Республика Узбекистан"))
    assert whose._own_place(text, text.index("40"), partner) == {"name": "Республика Казахстан"}


def test_whose_reads_the_partner_the_parties_found_and_none_when_none_was():
    # one model of the partner: the places carried read the parties' own `Partner`
    text = "Товарооборот составил 40 млн долларов."
    assert whose.names_no_place(text, text.index("40"), None)
    partner = Partner("Республика Узбекистан", "country", None, stems_of("Республика Узбекистан"))
    text = "Товарооборот с Узбекистаном составил 40 млн долларов."
    assert not whose.names_no_place(text, text.index("40"), partner)
