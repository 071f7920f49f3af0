"""The flow words (flows.FLOW) are read from the one table of goods moving
(indicators.MOVES): every form of a verb of buying or selling is a flow word, a trader
is none; a purchase's seller named after «у» is its other end; what is done under deals
named at a sentence's head is their value in each predicate that shares its subject
(issue #10). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import deals, flows, indicators

RELEASE = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("sentence", "way"),
    [
        ("Монголия закупит у нас комбайны.", "in"),
        ("Партнёры купят зерноуборочную технику.", "in"),
        ("Область намерена приобрести автобусы.", "in"),
        ("Завод продаёт станки в Китай.", "out"),
        ("Предприятия продадут молоко.", "out"),
        ("В Китай отправлено продукции на 5 млн долларов.", "out"),
    ],
)
def test_every_form_of_buying_or_selling_is_a_flow_word(sentence, way):
    word = flows.FLOW.search(sentence)
    assert word is not None and ("out" if word["out"] else "in") == way


@pytest.mark.parametrize(
    "sentence",
    ["Крупным поставщиком зерна остаётся Казахстан.", "Покупатели ценят надёжность.", "Продавцы снизили цены."],
)
def test_a_trader_is_no_flow_word(sentence):
    assert flows.FLOW.search(sentence) is None
    assert not indicators.SELLING.search(sentence) and not indicators.BUYING.search(sentence)


def test_the_flow_words_are_the_table_s_words():
    for word in ("поставили", "отгружено", "продажи", "вывезли", "закупили", "приобретение", "ввезено", "импорта"):
        found = flows.FLOW.fullmatch(word)
        assert found is not None and ("out" if found["out"] else "in") == indicators.way_of(word)


PARTNER = "Боливарианская Республика Венесуэла"


def _counterparty(sentence: str):
    [figure] = figures_for(RELEASE, PARTNER, sentence)
    return (figure.get("counterparty") or {}).get("name")


def test_a_purchase_s_seller_after_u_is_its_other_end():
    assert _counterparty("Венесуэла закупает у Беларуси 16 тыс. тонн сухого молока.") is None
    assert _counterparty("Венесуэла будет закупать у Бразилии 16 тыс. тонн сухого молока.") == (
        "Федеративная Республика Бразилия"
    )


def test_a_purchase_whose_seller_is_no_place_is_with_every_country():
    assert _counterparty("Венесуэла закупает у соседей 16 тыс. тонн сухого молока.") == "все страны"


UNDER = "По этим контрактам белорусские заводы поставят в Азербайджан технику на $30 млн, "


def test_deals_at_a_sentence_s_head_govern_a_predicate_sharing_its_subject():
    text = UNDER + "а закупят сырьё на $9 млн."
    assert deals.kind(text, text.index("$9")) == "contracts"
    assert [(f["indicator"], f["value"]) for f in figures_for(RELEASE, "Азербайджанская Республика", text)] == [
        ("contracts", Decimal(30)), ("contracts", Decimal(9))
    ]


def test_a_part_with_a_subject_of_its_own_is_not_under_the_deals():
    text = UNDER + "а товарооборот в 2023 году составил $400 млн."
    assert deals.kind(text, text.index("$400")) is None
