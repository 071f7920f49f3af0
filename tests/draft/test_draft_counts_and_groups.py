"""Counts that name their things elsewhere and groups of goods in an oblique case (issue
#10): «их поставлено более девяноста» counts the plural noun named before the clause; a
count's label is the counted noun, never the number or its scale («1,7 тыс. тракторов» →
«тракторы»); «частями и оборудованием для автомобилей» goes to the genitive word by word
in its own number, the complement kept. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft import flows
from memogen.draft.figures import Context

RELEASE = dt.date(2024, 3, 5)


def counts(text: str) -> list[tuple]:
    return [(f["label"], f["value"], f["scale"], f.get("qualifier"))
            for f in figures_read((text,), Context(RELEASE)) if f["indicator"] == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Беларусь поставляет в страну пожарные автомобили — за 2023 год их отправлено более шестидесяти.",
         ("автомобили", Decimal(60), "units", "более")),
        ("Белорусские автобусы знают в республике: в 2023 году их продано около сорока.",
         ("автобусы", Decimal(40), "units", "около")),
        ("Область закупает у партнёров тракторы, и в 2023 году их было получено 120.",
         ("тракторы", Decimal(120), "units", None)),
    ],
)
def test_a_number_with_their_counts_the_noun_named_before(text, expected):
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В 2023 году фермерам передано свыше 1,7 тыс. тракторов.", ("тракторы", Decimal("1.7"), "thousand", "свыше")),
        ("В 2023 году в республику поставлено 2,5 тысячи автобусов.", ("автобусы", Decimal("2.5"), "thousand", None)),
    ],
)
def test_a_counts_label_leaves_out_its_scale(text, expected):
    assert counts(text) == [expected]


def test_a_number_with_no_noun_and_no_their_counts_nothing():
    assert counts("В 2023 году стороны провели встречу, и результат составил 120.") == []


@pytest.mark.parametrize(
    ("words", "genitive"),
    [
        ("частями и оборудованием для автомобилей и тракторов", "частей и оборудования для автомобилей и тракторов"),
        ("запасными частями", "запасных частей"),
        ("минеральными удобрениями и шинами", "минеральных удобрений и шин"),
        ("молочной продукцией", "молочной продукции"),
        ("мясом и молоком", "мяса и молока"),
    ],
)
def test_goods_in_an_oblique_case_go_to_the_genitive_in_their_own_number(words, genitive):
    assert flows.genitive(words.split()) == genitive


def test_goods_listed_with_growth_in_brackets_keep_their_number_and_complement():
    text = ("В 2023 году рост импорта объясняют прежде всего электроэнергией, поставки которой увеличились в 5 раз, "
            "а также запасными частями и оборудованием для станков (в 2 раза).")
    labels = [f.get("label") for f in figures_read((text,), Context(RELEASE))]
    assert "импорт запасных частей и оборудования для станков" in labels


@pytest.mark.parametrize(
    ("part", "percent", "hedge"),
    [
        ("Импорт из края составил около 60 млн долларов, меньше 15 %.", Decimal(15), "менее"),
        ("Экспорт составил около 60 млн долларов, почти 15 %.", Decimal(15), "почти"),
        ("Экспорт в край — около 60 млн долларов, более 15 %.", Decimal(15), "более"),
    ],
)
def test_a_hedged_percent_beside_a_parts_amount_is_its_share_of_the_turnover(part, percent, hedge):
    from memogen.draft import draft_release
    from memogen.draft.read import Release

    text = f"В 2023 году товарооборот с краем составил 400 млн долларов. {part}"
    facts = draft_release(Release(text, None, None, None), RELEASE, url=None, file=None, name="t").facts
    turnover, part_figure = facts.figures
    assert part_figure.share is not None and part_figure.share.of == turnover.id
    assert (part_figure.share.percent, part_figure.share.qualifier) == (percent, hedge)


def test_a_change_beside_an_amount_is_no_share():
    found = figures_read(("В 2023 году экспорт составил 60 млн долларов, больше на 15 %.",), Context(RELEASE))
    assert all("share" not in f for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из 40 запланированных мероприятий выполнено 25.", ("запланированные мероприятия", Decimal(25), Decimal(40))),
        ("Из 12 намеченных проектов реализовано уже 9.", ("намеченные проекты", Decimal(9), Decimal(12))),
        ("Из двадцати совместных предприятий сейчас работают 15.", ("совместные предприятия", Decimal(15), Decimal(20))),
    ],
)
def test_a_whole_named_first_and_its_part_after_are_one_count(text, expected):
    found = [(f["label"], f["value"], f.get("out_of")) for f in figures_read((text,), Context(RELEASE))]
    assert found == [expected]


def test_a_part_larger_than_the_whole_before_it_is_no_part():
    text = "Из 12 намеченных проектов в 2023 году профинансировано 30."
    assert all(f.get("out_of") is None for f in figures_read((text,), Context(RELEASE)))
