"""A group of goods' share of a trade (issue #10): «N % of the supplies fell on metals», a
list of groups after it with a dash or in brackets; each is that group's share of the same
whole, `product` labelled with the goods, and a place's share stays a place's. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from memogen.draft import draft_release, shares
from memogen.draft.read import Release

KALUGA = "Губернатор Калужской области посетил Минск. Калужская область покупает белорусские тракторы. "


def _shares(text: str, when: dt.date = dt.date(2024, 3, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.label, f.share.percent) for f in facts.figures if f.share is not None]


def test_groups_of_goods_after_a_share_of_supplies_each_take_their_share():
    sentence = "В 2023 году 48 % всех поставок из области в Беларусь пришлось на древесину, 17 % — на удобрения."
    assert _shares(KALUGA + sentence) == [("product", "древесина", 48), ("product", "удобрения", 17)]


def test_groups_of_goods_with_their_shares_in_brackets():
    sentence = ("Из Беларуси в область в прошлом году шли молочные продукты (31 % общего объёма поставок), "
                "мебель (12 %) и строительные материалы (9 %).")
    assert _shares(KALUGA + sentence) == [
        ("product", "молочные продукты", 31), ("product", "мебель", 12), ("product", "строительные материалы", 9)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Доля машин в экспорте выросла до 30 %.",
        "На долю России пришлось 50 % товарооборота, на страны ЕС — 20 %.",
        "Экспорт вырос на 20 % — до 5 млн долларов.",
        "На Беларусь приходится 60 % всего товарооборота Брянской области.",
        "Около 40 % экспорта приходится на предприятия концерна, 10 % — на районы области.",
    ],
)
def test_no_goods_named_after_a_percent(sentence):
    assert [shares.goods_part(sentence, m.start(), m.end()) for m in re.finditer(r"\d+ %", sentence)] == \
        [None] * len(re.findall(r"\d+ %", sentence))


def test_a_list_of_goods_keeps_its_whole_name():
    sentence = ("40 % экспорта приходится на машины, оборудование и транспортные средства, 25 % — на продукцию "
                "химпрома, а 5 % — на остальные товары.")
    found = [shares.goods_part(sentence, m.start(), m.end()) for m in re.finditer(r"\d+ %", sentence)]
    assert found == ["машины, оборудование и транспортные средства", "продукция химпрома", "остальные товары"]
