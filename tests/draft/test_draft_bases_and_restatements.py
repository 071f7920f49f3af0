"""Bases, owners and restatements of figures (issue #10): «того же периода прошлого года» is
the base of a growth, not a period of its own; an index is read against «тому же периоду»,
«прошлогоднему уровню», a year or a run of months; foreign trade «между ними» is the two
sides' trade, not trade with every country; a supply due («должна поставить», «поставят»)
is a flow; the same growth said twice, the second time with its status, is one figure.
Sentences written for these tests, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release, shares
from memogen.draft.periods import mentions
from memogen.draft.read import Release


def _figures(text: str, when: dt.date = dt.date(2012, 5, 14)) -> list[tuple]:
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [
        (f.indicator, str(f.period), f.value, f.growth.index if f.growth else None,
         f.counterparty.name if f.counterparty else None)
        for f in facts.figures
    ]


@pytest.mark.parametrize(
    "said", ["того же периода прошлого года", "того же квартала 2011 года", "тех же месяцев прошлого года"]
)
def test_the_same_period_a_year_before_is_a_base(said):
    text = f"В первом квартале 2012 года оборот составил 120 % к уровню {said}."
    assert [m.role for m in mentions(text, dt.date(2012, 5, 14))] == ["period", "base"]


@pytest.mark.parametrize(
    "base",
    ["к тому же периоду 2011 года", "к прошлогоднему уровню", "к 2011 году", "к январю–апрелю 2011 года"],
)
def test_an_index_against_a_base_named_after_it(base):
    text = f"За январь–апрель 2012 года товарооборот Беларуси с Чили составил 12,5 млн долларов, или 131 % {base}."
    assert _figures(text) == [("turnover", "2012-01..04", 12.5, 131, None)]


def test_foreign_trade_between_the_two_sides_is_the_partners():
    text = (
        "Внешнеторговый оборот между Минской и Псковской областями в первом квартале 2012 года составил "
        "48 млн долларов."
    )
    assert [c for *_, c in _figures(text)] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "В обмен казахстанская сторона должна в течение 2012 года поставить 50 тыс. тонн пшеницы.",
        "В 2012 году казахстанские компании поставят 50 тыс. тонн пшеницы.",
    ],
)
def test_a_supply_due_is_a_flow(sentence):
    assert [(i, v) for i, _, v, _, _ in _figures(sentence)] == [("product", 50)]


def test_the_same_growth_said_twice_is_one_figure_of_the_cautious_status():
    text = (
        "По итогам 2011 года торговля продукцией АПК между двумя странами выросла почти на треть. "
        "«По предварительной оценке, в 2011 году торговля продукцией АПК выросла почти на треть», — сообщили в "
        "министерстве."
    )
    facts = draft_release(Release(text, None, None, None), dt.date(2012, 1, 20), url=None, file=None,
                          name="test").facts
    assert [(f.indicator, str(f.period), f.status) for f in facts.figures] == [("product", "2011", "preliminary")]


@pytest.mark.parametrize(
    "sentence",
    [
        "В государства СНГ в январе–июне 2003 года было экспортировано белорусской продукции на 4 млрд 100 млн "
        "долларов.",
        "В страны Содружества Независимых Государств за первое полугодие 2003 года поставлено товаров на 4 млрд "
        "100 млн долларов.",
    ],
)
def test_a_group_named_before_a_flow_verb_is_where_it_goes_not_who_sends_it(sentence):
    text = "Торговля Беларуси со странами СНГ растёт. " + sentence
    facts = draft_release(Release(text, None, None, None), dt.date(2003, 8, 1), url=None, file=None,
                          name="test").facts
    assert [(f.indicator, f.value, f.side) for f in facts.figures] == [("exports", 4100, "ours")]


@pytest.mark.parametrize(
    ("partner", "whole"),
    [
        ("Российской Федерации", "импорта области"),  # a state: «области» is our region's, kept as said
        ("Республики Казахстан", "импорта края"),
        ("Смоленской области", "импорта Смоленской области"),  # a region: the partner's
    ],
)
def test_a_bare_region_in_a_whole_is_the_partner_only_when_it_is_one(partner, whole):
    noun = "края" if "края" in whole else "области"
    text = f"Свыше 60 % импорта {noun} приходится на эту страну."
    start = text.index("60")
    assert shares.whole_of(text, start, start + 4, partner) == whole


@pytest.mark.parametrize(
    ("sentence", "versus"),
    [
        ("Товарооборот Беларуси и Ганы с 2016 года вырос в 5 раз.", "2016"),
        ("С 2016 года товарооборот Беларуси и Ганы увеличился почти вдвое.", "2016"),
        # another clause's start, a month: the default base
        ("С 2016 года в Гане работает сборочное производство, а товарооборот вырос на 12 %.", "same_period_last_year"),
        ("С марта товарооборот Беларуси и Ганы вырос на 12 %.", "same_period_last_year"),
    ],
)
def test_growth_since_a_year_is_against_that_year(sentence, versus):
    facts = draft_release(Release(sentence, None, None, None), dt.date(2024, 5, 20), url=None, file=None,
                          name="test").facts
    assert [str(f.growth.versus) for f in facts.figures if f.growth] == [versus]


def test_flows_after_a_turnover_with_a_third_party_trade_with_it_too():
    text = (
        "Беларусь и Монголия обсудили торговлю. В 2019 году товарооборот Беларуси со странами Евросоюза сократился "
        "на 3,2 %, в том числе экспорт — на 5,1 %, импорт — на 1,4 %."
    )
    facts = draft_release(Release(text, None, None, None), dt.date(2020, 2, 10), url=None, file=None,
                          name="test").facts
    assert [(f.indicator, f.counterparty.name if f.counterparty else None) for f in facts.figures] == [
        ("turnover", "страны ЕС"), ("exports", "страны ЕС"), ("imports", "страны ЕС")
    ]


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("Губернатор предложил расширить поставки, отметив, что в 2023 году товарооборот Беларуси с Омской "
         "областью составил 300 млн долларов.", ["actual"]),
        ("В 2023 году товарооборот Беларуси с Омской областью составил 300 млн долларов, и он должен расти "
         "дальше.", ["actual"]),
        ("Товарооборот Беларуси с Омской областью должен составлять не менее 300 млн долларов, а в 2023 году он "
         "составил 250 млн долларов.", ["target", "actual"]),
    ],
)
def test_a_level_reached_stays_actual_beside_words_of_owing_or_proposing(text, statuses):
    facts = draft_release(Release(text, None, None, None), dt.date(2024, 3, 1), url=None, file=None,
                          name="test").facts
    assert [f.status for f in facts.figures] == statuses
