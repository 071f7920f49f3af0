"""One table of the words of goods moving and the way each goes (indicators.MOVES), used by
whose flow a figure is, what contracts are for, where counted goods go and whether a party
changes its supplies; and a sale whose seller no words name (issue #10). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release, indicators
from memogen.draft.read import Release


@pytest.mark.parametrize(
    ("word", "way"),
    [
        ("поставила", "out"), ("поставок", "out"), ("отгружено", "out"), ("продают", "out"), ("продано", "out"),
        ("вывезли", "out"), ("экспортировала", "out"), ("закупили", "in"), ("купит", "in"), ("покупки", "in"),
        ("приобрела", "in"), ("ввезено", "in"), ("импорта", "in"),
        ("экспортёры", None), ("импортозамещение", None), ("торговля", None), ("выставка", None),
    ],
)
def test_each_word_of_goods_moving_goes_one_way(word, way):
    assert indicators.way_of(word) == way


@pytest.mark.parametrize(
    ("word", "deed"),
    [("поставки", True), ("закупок", True), ("продажи", True), ("отгрузки", True), ("экспорт", False),
     ("поставил", False)],
)
def test_a_deed_of_moving_is_a_noun_a_party_changes(word, deed):
    assert bool(indicators.DEEDS.fullmatch(word)) is deed


@pytest.mark.parametrize(("word", "market"), [("продажи", True), ("закупки", True), ("приобрели", True),
                                              ("поставки", False), ("экспорт", False)])
def test_a_sale_or_a_purchase_is_made_at_a_market(word, market):
    assert bool(indicators.MARKET.match(word)) is market


def _marked(text: str, when: dt.date = dt.date(2024, 3, 1)):
    draft = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test")
    return [(f.indicator, mark) for f, mark in zip(draft.facts.figures, draft.item_marks["figures"])], draft.yaml


OMSK = "Губернатор Омской области встретился с Президентом Беларуси. Омская область покупает белорусские тракторы. "


def test_a_sale_of_our_goods_whose_seller_is_not_named_is_for_review():
    sentence = "Белорусских товаров в регионе стали продавать вдвое больше: за 2023 год их продали на 80 млн рублей."
    [(indicator, mark)], yaml = _marked(OMSK + sentence)
    assert (indicator, mark) == ("exports", "check")
    assert "a sale whose seller the words do not name" in yaml


def test_a_sale_whose_seller_is_named_is_read_straight():
    sentence = "В 2023 году белорусские предприятия продали в регион товаров на 80 млн долларов."
    [(indicator, _)], yaml = _marked(OMSK + sentence)
    assert indicator == "exports"
    assert "seller" not in yaml
