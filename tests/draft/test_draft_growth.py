"""Growth as the drafter attaches it (issue #10): which figure a growth belongs to, its
own period, a fall, an index, a comparison that is no growth, growth said twice or over
a span of years. Sentences written for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, growth_of

from memogen.draft.figures import Context
from memogen.draft.model import supports

RELEASE = dt.date(2025, 9, 10)


def figures(*sentences: str, release: dt.date = RELEASE) -> list[dict]:
    return figures_read(sentences, Context(release))


def read(*sentences: str) -> list[tuple]:
    """(indicator, period, value, growth without its quote) of each figure."""
    out = []
    for f in figures(*sentences):
        growth = growth_of(f)
        out.append((f["indicator"], f["period"], f.get("value"), growth))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "В 2024 году товарооборот с областью вырос на 8 %, а экспорт в регион — на 15 %.",
            [("turnover", "2024", None, {"change": Decimal(8)}), ("exports", "2024", None, {"change": Decimal(15)})],
        ),
        (
            "Во втором квартале товарооборот сократился на 3 %, экспорт вырос на 6 %, а импорт — на 2 %.",
            [
                ("turnover", "2025-Q2", None, {"change": Decimal(-3)}),
                ("exports", "2025-Q2", None, {"change": Decimal(6)}),
                ("imports", "2025-Q2", None, {"change": Decimal(2)}),
            ],
        ),
        (
            "За январь–июль импорт из края увеличился на 11 %; экспорт в край — на 4,5 %.",
            [("imports", "2025-01..07", None, {"change": Decimal(11)}),
             ("exports", "2025-01..07", None, {"change": Decimal("4.5")})],
        ),
    ],
)
def test_each_clause_naming_another_indicator_states_growth_of_its_own(text, expected):
    assert read(text) == expected


def test_a_second_rate_of_the_same_clause_restates_the_first():
    assert read("В 2024 году товарооборот увеличился на 25 %, или в 1,25 раза.") == [
        ("turnover", "2024", None, {"change": Decimal(25)})
    ]


@pytest.mark.parametrize(
    "text, growth",
    [
        (
            "В прошлом году товарооборот составил 250 млн долларов, за восемь месяцев этого года он "
            "составляет 106 % к уровню прошлого года.",
            {"index": Decimal(106)},
        ),
        (
            "По итогам 2024 года экспорт достиг 80 млн долларов, а за первое полугодие 2025 года вырос ещё на 14 %.",
            {"change": Decimal(14)},
        ),
        (
            "В 2024 году импорт составил 35 млн долларов, в январе–июне этого года — 112 % к аналогичному периоду.",
            {"index": Decimal(112)},
        ),
    ],
)
def test_growth_with_a_period_of_its_own_is_not_the_growth_of_the_amount_before(text, growth):
    (level, rise) = read(text)
    assert level[3] is None and level[2] is not None
    assert rise[0] == level[0] and rise[1] != level[1] and rise[2] is None and rise[3] == growth


def test_growth_stated_after_another_indicator_is_that_indicators():
    assert read("В 2024 году товарооборот составил 300 млн долларов, экспорт вырос на 9 %.") == [
        ("turnover", "2024", Decimal(300), None),
        ("exports", "2024", None, {"change": Decimal(9)}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году экспорт составил 40 млн долларов, а импорт оказался в полтора раза меньше.",
        "В 2024 году импорт из области в пять раз превысил экспорт и составил 75 млн долларов.",
        "Экспорт в 2024 году превысил импорт в 1,8 раза.",
    ],
)
def test_a_comparison_with_another_figure_is_no_growth(text):
    assert all(f[3] is None for f in read(text))


@pytest.mark.parametrize(
    "text, change",
    [
        ("За девять месяцев товарооборот уменьшился на 5,2 %.", Decimal("-5.2")),
        ("Снижение товарооборота на 11 % в первом полугодии объясняется санкциями.", Decimal(-11)),
        ("Несмотря на сокращение товарооборота с регионом в 2024 году на 12 %, экспорт удалось сохранить.", Decimal(-12)),
        ("В 2024 году товарооборот составил 90 млн долларов, что на 6 % меньше, чем годом ранее.", Decimal(-6)),
        ("В 2024 году товарооборот, снизившись в 2023 году, вырос на 7 %.", Decimal(7)),
    ],
)
def test_a_fall_is_a_negative_change_whatever_the_word(text, change):
    (f,) = figures(text)
    assert f["growth"]["change"] == change


@pytest.mark.parametrize(
    "text, growth",
    [
        ("В январе–мае темп роста экспорта в республику превысил 115 %.", {"index": Decimal(115), "qualifier": "более"}),
        ("Экспорт белорусских товаров в область за полугодие составил 132,4 %.", {"index": Decimal("132.4")}),
        ("В 2024 году темп прироста товарооборота — 6 %.", {"change": Decimal(6)}),
        ("Темпы роста взаимной торговли в 2024 году составили 98,5 %.", {"index": Decimal("98.5")}),
    ],
)
def test_an_index_is_read_from_its_words_or_from_being_above_a_hundred(text, growth):
    (f,) = figures(text)
    if not supports("Growth", "qualifier"):
        growth.pop("qualifier", None)
    assert {k: v for k, v in f["growth"].items() if k != "versus"} == growth


@pytest.mark.parametrize(
    "text", ["В 2024 году экспорт составил 45 % товарооборота.", "Импорт за полугодие составил 87 %."]
)
def test_a_percent_below_a_hundred_with_no_words_of_growth_is_no_index(text):
    assert all("growth" not in f for f in figures(text))


def test_growth_said_again_in_another_sentence_is_kept_once():
    fs = read(
        "В первом полугодии экспорт в республику вырос почти в 2,2 раза по сравнению с первым полугодием 2024 года.",
        "По итогам полугодия товарооборот составил 5,1 млн долларов, темп роста экспорта — 218 %.",
    )
    assert [f[0] for f in fs] == ["exports", "turnover"]
    assert fs[0][3]["times"] == Decimal("2.2") and "versus" not in fs[0][3]


@pytest.mark.skipif(not supports("Growth", "years"), reason="the facts model of this memogen has no growth.years")
@pytest.mark.parametrize(
    "first",
    [
        "За последние четыре года товарооборот вырос в 3,1 раза.",
        "В последние четыре года товарооборот увеличился в 3,1 раза.",
    ],
)
def test_growth_over_a_span_of_years_joins_the_latest_years_figure_after_it(first):
    (f,) = figures(first, "В 2024 году объём взаимной торговли превысил 210 млн долларов.")
    assert (f["period"], f["value"], f["growth"]["times"], f["growth"]["years"]) == (
        "2024", Decimal(210), Decimal("3.1"), 4
    )


def test_this_group_of_goods_is_the_group_named_before():
    fs = figures(
        "В 2024 году товарооборот молочной продукции увеличился на 18 %, а белорусский экспорт этой продукции — на 21 %.",
    )
    assert [(f["indicator"], f.get("label"), f["growth"]["change"]) for f in fs] == [
        ("product", "молочная продукция", Decimal(18)),
        ("product", "экспорт молочной продукции", Decimal(21)),
    ]


@pytest.mark.parametrize(
    "text, growth",
    [
        ("В первом квартале 2025 года товарооборот достиг 31,4 млн долларов, что на 8,2 % выше уровня "
         "января–марта прошлого года.", {"change": Decimal("8.2")}),
        ("В 2024 году экспорт составил 12 млн долларов, что на 4 % ниже уровня 2023 года.", {"change": Decimal(-4)}),
    ],
)
def test_a_comparative_before_the_level_of_a_period_is_growth_against_it(text, growth):
    (f,) = figures(text)
    assert {k: v for k, v in f["growth"].items() if k != "versus"} == growth


@pytest.mark.parametrize(
    "text",
    [
        "«За первое полугодие мы получили плюс пять процентов к аналогичному периоду прошлого года», — сказал министр.",
        "В первом полугодии товарооборот показал плюс 5 % к уровню прошлого года.",
    ],
)
def test_plus_n_percent_against_a_base_is_a_change_not_an_index(text):
    (f,) = figures("В первом полугодии 2025 года товарооборот вырос.", text)
    assert f["growth"].get("change") == Decimal(5) and "index" not in f["growth"]
