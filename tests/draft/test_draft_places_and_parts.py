"""Places beside shares and parts of a total (issue #10): a place and the share that falls
to its holder are one figure («главным покупателем …: на неё пришлось 40 %»), two places
with two shares in one sentence each keep their own, «с долей N %» after a place is the
share of the whole the place is in, «среди стран СНГ — второе место» names what the place
is among, companies hold no place of a partner's ranking; a bare «оборот» with its sides
or a dash is turnover, «более чем в десяти отраслях» is hedged, and an amount that
«приходится на» goods is that product group's. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft import ranks
from memogen.draft.figures import Context

RELEASE = dt.date(2024, 4, 2)


def drafted(*said: str) -> list[dict]:
    return figures_read(said, Context(RELEASE))


@pytest.mark.parametrize(
    ("text", "percent", "position"),
    [
        ("Казахстан остаётся главным покупателем продукции области: на него в 2023 году пришлось почти 30 % "
         "областного экспорта.", Decimal(30), 1),
        ("В 2023 году Китай стал крупнейшим поставщиком товаров в край: на него приходится 45 % импорта края.",
         Decimal(45), 1),
        ("Республика занимает второе место среди торговых партнёров края: на неё в 2023 году пришлось 12 % "
         "товарооборота края.", Decimal(12), 2),
    ],
)
def test_a_place_and_the_share_falling_to_its_holder_are_one_figure(text, percent, position):
    (found,) = drafted(text)
    assert found["share"]["percent"] == percent
    assert found["rank"]["position"] == position


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году Беларусь занимает четвёртое место во внешнеторговом обороте края с долей 5,2 %, а среди стран "
        "ЕАЭС — первое место: на неё приходится 61,5 % оборота края с Союзом.",
        "В 2023 году Беларусь заняла четвёртое место во внешней торговле края с долей 5,2 %, а среди стран ЕАЭС — "
        "первое место: на неё пришлось 61,5 % торговли края с Союзом.",
    ],
)
def test_two_places_with_two_shares_keep_their_own(text):
    found = [(f["rank"]["position"], f["share"]["percent"], f["rank"]["holder"]) for f in drafted(text)]
    assert found == [(4, Decimal("5.2"), "ours"), (1, Decimal("61.5"), "ours")]


def test_a_place_among_a_group_named_before_it():
    text = "Область занимает пятое место среди регионов России, а среди регионов Сибири — первое место."
    assert [r["among"] for _, r in ranks.read(text)] == ["среди регионов России", "среди регионов Сибири"]


@pytest.mark.parametrize(
    "text",
    [
        "Крупнейшими экспортёрами края остаются ОАО «Нефтехим» и ООО «Агроснаб».",
        "Ведущими поставщиками продукции в область стали ЗАО «Техмаш» и ОАО «Стройдеталь».",
    ],
)
def test_companies_hold_no_place_of_a_partners_ranking(text):
    assert ranks.read(text) == []


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("«Оборот у нас — около полумиллиарда долларов», — сказал глава региона.", Decimal("0.5"), "около"),
        ("Оборот с Беларусью составил 120 млн долларов.", Decimal(120), None),
        ("Оборот между регионами превысил 80 млн долларов.", Decimal(80), "более"),
    ],
)
def test_a_bare_turnover_with_its_sides_or_a_dash_is_turnover(text, value, hedge):
    (found,) = drafted(text)
    assert (found["indicator"], found["value"], found.get("qualifier")) == ("turnover", value, hedge)


def test_a_companys_turnover_is_no_trade():
    assert drafted("Оборот компании за год составил 80 млн долларов.") == []


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("Стороны сотрудничают более чем в десяти отраслях.", Decimal(10), "более"),
        ("Продукция поставляется более чем в 30 стран.", Decimal(30), "более"),
        ("Компания работает почти в двадцати регионах.", Decimal(20), "почти"),
    ],
)
def test_a_hedge_reaches_over_a_preposition(text, value, hedge):
    (found,) = drafted(text)
    assert (found["value"], found.get("qualifier")) == (value, hedge)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Большая часть, примерно 300 миллионов, приходится на наши нефтепродукты.", "нефтепродукты", Decimal(300)),
        ("Около 40 млн долларов приходится на молочную продукцию.", "молочная продукция", Decimal(40)),
        ("Из этой суммы 12 млн долларов пришлось на минеральные удобрения.", "минеральные удобрения", Decimal(12)),
    ],
)
def test_an_amount_falling_to_goods_is_that_group_s(text, label, value):
    (found,) = drafted("Товарооборот в 2023 году составил 500 млн долларов.", text)[1:]
    assert (found["indicator"], found["label"], found["value"]) == ("product", label, value)


@pytest.mark.parametrize(
    ("text", "percent", "whole"),
    [
        ("В аграрном секторе республики занято около 60 % населения.", Decimal(60), "населения"),
        ("Местные компании контролируют 35 % рынка тракторов.", Decimal(35), "рынка тракторов"),
        ("Белорусская техника обеспечивает почти 20 % парка машин региона.", Decimal(20), "парка машин региона"),
    ],
)
def test_a_percent_before_a_whole_in_the_genitive_is_a_share_of_it(text, percent, whole):
    (found,) = drafted(text)
    assert (found["share"]["percent"], found["share"]["whole"]) == (percent, whole)


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году экспорт вырос на 20 % прошлогоднего объёма.",
        "Товарооборот составил 95 % уровня прошлого года.",
        "Доля выросла до 30 % от прежнего.",
    ],
)
def test_a_change_an_index_or_a_level_reached_is_no_share_of_a_whole(text):
    assert not any("whole" in (f.get("share") or {}) for f in drafted(text))


def test_a_percent_restating_an_amount_is_that_amounts_share_alone():
    text = ("За 2023 год торговля с краем превысила 90 млн долларов, что составляет 40 % всего товарооборота "
            "Беларуси с регионами Сибири.")
    (found,) = drafted(text)
    assert (found["value"], found["share"]["percent"]) == (Decimal(90), Decimal(40))
