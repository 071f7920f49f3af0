"""Growth and levels the drafter reads apart from the words that name them (issue #10):
«объём» referring back to the indicator before, a trend with no number, the starting
level of «с … до …», growth over a number of years, product groups of a list sharing
one flow word and verb. Sentences written for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, growth_of

from memogen.draft.figures import Context
from memogen.draft.model import UNSTATED

RELEASE = dt.date(2025, 9, 10)


def figures(*said: str) -> list[dict]:
    return figures_read(said, Context(RELEASE))


@pytest.mark.parametrize(
    "said",
    [
        ("За восемь месяцев товарооборот с Перу составил 41 млн долларов.",
         "По сравнению с прошлым годом объём вырос на 17 %, причём увеличились и экспорт, и импорт."),
        ("За январь–август торговля с Перу достигла 41 млн долларов.",
         "Объём вырос на 17 % к уровню прошлого года, при этом выросли и экспорт, и импорт."),
    ],
)
def test_a_volume_referring_back_takes_the_growth_and_a_trend_with_no_number_drafts_nothing(said):
    (found,) = figures(*said)
    assert (found["indicator"], found["value"]) == ("turnover", Decimal(41))
    assert growth_of(found) == {"change": Decimal(17)}


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году экспорт увеличился, но импорт сократился на 6 %.",
        "Импорт сократился на 6 % в 2024 году, а экспорт и товарооборот выросли.",
    ],
)
def test_growth_goes_to_the_indicator_of_its_own_clause(text):
    found = figures(text)
    assert [(f["indicator"], growth_of(f)) for f in found] == [("imports", {"change": Decimal(-6)})]


@pytest.mark.parametrize(
    ("text", "reached", "times"),
    [
        ("За тридцать лет товарооборот вырос в 40 раз — с 5 млн долларов до 200 млн долларов в 2024 году.",
         Decimal(200), Decimal(40)),
        ("Товарооборот увеличился более чем в 8 раз: с 25 млн долларов до 210 млн долларов в 2024 году.",
         Decimal(210), Decimal(8)),
    ],
)
def test_from_to_the_level_reached_takes_the_growth(text, reached, times):
    start, end = figures(text)
    assert start["period"] == UNSTATED and "growth" not in start
    assert (end["period"], end["value"], growth_of(end)["times"]) == ("2024", reached, times)


def test_from_to_a_starting_level_keeps_the_year_named_with_it():
    start, end = figures("Товарооборот вырос с 252 млн долларов в 2015 году до 356 млн долларов в 2019 году.")
    assert (start["period"], start["value"]) == ("2015", Decimal(252))
    assert (end["period"], end["value"]) == ("2019", Decimal(356))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("За пять лет товарооборот вырос вдвое и в 2024 году достиг 500 млн долларов.", 5),
        ("За десять лет сотрудничества экспорт увеличился в 3 раза — до 90 млн долларов в 2024 году.", 10),
    ],
)
def test_growth_over_a_number_of_years_is_not_against_the_year_before(text, years):
    found = [f for f in figures(text) if f.get("growth")]
    assert growth_of(found[0]).get("years") == years and "versus" not in found[0]["growth"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В 2024 году поставки молока выросли в 2 раза, мяса — в 1,5 раза, сыров — на 30 %.",
            [("экспорт молока", {"times": Decimal(2)}), ("экспорт мяса", {"times": Decimal("1.5")}),
             ("экспорт сыров", {"change": Decimal(30)})],
        ),
        (
            "В первом полугодии импорт фруктов увеличился на 12 %, овощей и зелени — на 4 %.",
            [("импорт фруктов", {"change": Decimal(12)}), ("импорт овощей и зелени", {"change": Decimal(4)})],
        ),
        (
            "Экспорт пищевых продуктов в 2024 году вырос на 8 %, бытовой и электронной техники — на 11 %.",
            [("экспорт пищевых продуктов", {"change": Decimal(8)}),
             ("экспорт бытовой и электронной техники", {"change": Decimal(11)})],
        ),
    ],
)
def test_later_product_groups_of_a_list_share_the_first_ones_flow_and_verb(text, expected):
    assert [(f["label"], growth_of(f)) for f in figures(text)] == expected


def test_later_product_groups_take_amounts_too():
    found = figures("В 2024 году экспорт молока составил 20 млн долларов, мяса — 15 млн долларов.")
    assert [(f["label"], f["value"]) for f in found] == [("экспорт молока", Decimal(20)), ("экспорт мяса", Decimal(15))]


def test_a_flow_named_after_a_dash_is_no_product_group():
    found = figures("В 2024 году импорт составил 20 млн долларов, экспорт — 15 млн долларов.")
    assert [f["indicator"] for f in found] == ["imports", "exports"]


def read_with_partner(partner: str, stems: tuple[str, ...], *said: str) -> list[dict]:
    return figures_read(said, Context(RELEASE, partner=partner, partner_stems=stems))


@pytest.mark.parametrize(
    "said",
    [
        ("В январе–июне экспорт в страны Содружества достиг 2 млрд долларов.",
         "В государства дальнего зарубежья поставлено товаров на 1,5 млрд долларов.",
         "Всего экспорт вырос на 20 %: в страны СНГ — на 15 %, в остальные страны — на 28 %."),
        ("В январе–июне в страны Содружества экспортировано товаров на 2 млрд долларов, "
         "в прочие государства — на 1,5 млрд долларов.",
         "В целом экспорт увеличился на 20 %; в СНГ — на 15 %, в другие страны — на 28 %."),
    ],
)
def test_growth_split_by_destination_joins_the_figure_of_that_destination(said):
    found = read_with_partner("Содружество Независимых Государств", ("содруж", "незави", "госуда"), *said)
    by_value = {f.get("value"): growth_of(f) for f in found}
    assert by_value[Decimal(2)] == {"change": Decimal(15)}
    assert by_value[Decimal("1.5")] == {"change": Decimal(28)}
    assert by_value[None] == {"change": Decimal(20)}  # the whole flow's growth: a figure of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В первом полугодии рост ввоза объясняют прежде всего зерном, поставки которого увеличились в 3 раза, "
            "а также кормовыми добавками (почти в 2 раза) и запчастями для комбайнов (на 40 %).",
            [("импорт зерна", {"times": Decimal(3)}),
             ("импорт кормовых добавок", {"times": Decimal(2), "qualifier": "почти"}),
             ("импорт запчастей", {"change": Decimal(40)})],
        ),
        (
            "В 2024 году рост экспорта обеспечили сыры, поставки которых выросли на 30 %, и масло (на 8 %).",
            [("экспорт сыров", {"change": Decimal(30)}), ("экспорт масла", {"change": Decimal(8)})],
        ),
    ],
)
def test_goods_named_before_which_and_in_brackets_are_product_groups_of_the_flow_named_first(text, expected):
    found = [(f["label"], growth_of(f)) for f in figures(text)]
    assert [(label.split(" для ")[0], rise) for label, rise in found] == expected
