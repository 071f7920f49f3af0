"""Levels of trade in one passage (issue #10): a total with every country, then with a
group of states, then with the partner («в том числе в …»), each level with its own
counterparty; a passage that goes on with the totals of the sentence before; who owns a
flow whose subject is our region's enterprises; «республики» in a share's whole beside a
partner that is no republic. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import context_for, figures_read

from memogen.draft import flows, shares, sides
from memogen.draft.figures import Context, merge, read_sentence

RELEASE = dt.date(2023, 9, 14)


def _ctx(partner: str) -> Context:
    return context_for(RELEASE, partner)


def levels(partner: str, stems: tuple[str, ...], *sentences: str) -> list[tuple[str, str | None]]:
    """(value, counterparty name) of each figure, totals marked as the drafter marks them."""
    ctx = _ctx(partner)
    found = []
    for n, text in enumerate(sentences):
        found += read_sentence(text, n, ctx)
    found = merge(found)
    sides.mark_totals(found, stems)
    return [(str(i.data["value"]), (i.data.get("counterparty") or {}).get("name")) for i in found]


@pytest.mark.parametrize(
    "sentences",
    [
        ("Предприятия Гродненской области за полугодие экспортировали продукции на $900 млн.",
         "В страны ЕАЭС отгружено товаров на $610 млн, в том числе в Российскую Федерацию — на $560 млн."),
        ("За полугодие Гродненская область экспортировала товаров на $900 млн.",
         "В государства ЕАЭС поставлено продукции на $610 млн, из них в Российскую Федерацию — на $560 млн."),
    ],
)
def test_a_total_a_group_and_the_partner_each_get_their_counterparty(sentences):
    found = levels("Российская Федерация", ("росси",), *sentences)
    assert found == [("900", "все страны"), ("610", "страны ЕАЭС"), ("560", None)]


def test_a_place_before_a_dash_gives_the_amount_its_own_counterparty():
    found = levels(
        "Республика Казахстан", ("казахст",),
        "В страны СНГ ушло продукции на $300 млн, в страны Евросоюза — на $120 млн, в Казахстан — на $40 млн.",
    )
    assert found == [("300", "страны СНГ"), ("120", "страны ЕС"), ("40", None)]


def test_a_total_broken_down_only_into_the_partner_stays_the_partners():
    found = levels(
        "Российская Федерация", ("росси",),
        "Экспорт области в Россию за полугодие составил $500 млн.",
        "Из них в Москву — на $200 млн.",
    )
    assert found[0] == ("500", None)


@pytest.mark.parametrize(
    ("total", "next_one"),
    [
        ("В январе внешнеторговый оборот Беларуси превысил $6 млрд.", "Экспорт за месяц составил $3 млрд."),
        ("Внешнеторговый оборот страны за квартал составил $19 млрд.", "Импорт достиг $10 млрд."),
    ],
)
def test_a_sentence_going_on_with_the_totals_before_it_is_a_total_too(total, next_one):
    found = levels("Монголия", ("монгол",), total, next_one)
    assert [name for _, name in found] == ["все страны", "все страны"]


@pytest.mark.parametrize(
    "next_one",
    ["Экспорт в Монголию за месяц составил $30 млн.", "Монгольский импорт достиг $10 млн.",
     "Экспорт на рынки Азии за месяц составил $300 млн."],
)
def test_a_sentence_naming_a_place_or_the_partner_does_not_go_on_with_the_totals(next_one):
    found = levels("Монголия", ("монгол",), "В январе внешнеторговый оборот Беларуси превысил $6 млрд.", next_one)
    assert found[-1][1] != "все страны"


@pytest.mark.parametrize(
    "sentence",
    [
        "Предприятия Брестской области экспортировали товаров на 300 млн долларов.",
        "Организации Минской области поставили продукции на 120 млн долларов.",
    ],
)
def test_our_regions_enterprises_own_their_flow(sentence):
    word = flows.FLOW.search(sentence)
    assert word is not None
    assert flows.read(sentence, word, len(sentence) - 5, "Российская Федерация").side == "ours"


def test_a_group_a_preposition_governs_is_no_owner():
    sentence = "В страны СНГ экспортировано продукции на 640 млн долларов."
    word = flows.FLOW.search(sentence)
    assert word is not None
    assert flows.read(sentence, word, sentence.index("640"), "Российская Федерация").side == "ours"


@pytest.mark.parametrize(
    ("partner_genitive", "whole"),
    [
        ("Шанхайской организации сотрудничества", "всей внешней торговли Беларуси"),
        ("Вологодской области", "всей внешней торговли Беларуси"),
        ("Республики Татарстан", "всей внешней торговли Республики Татарстан"),
    ],
)
def test_the_republic_in_a_shares_whole_is_the_partner_only_when_it_is_a_republic(partner_genitive, whole):
    text = "На эти страны пришлось 70 % всей внешней торговли республики."
    at = text.index("70")
    assert shares.whole_of(text, at, at + 4, partner_genitive) == whole


def test_figures_read_keeps_the_elided_partner_without_counterparty():
    found = figures_read(
        ("В страны ЕАЭС ушло товаров на $700 млн, в том числе в Казахстан — на $90 млн.",), _ctx("Республика Казахстан")
    )
    assert [f.get("counterparty") for f in found] == [{"name": "страны ЕАЭС", "kind": "group"}, None]


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("внешнеторговый оборот Беларуси по товарам и услугам превысил", "goods_and_services"),
        ("оборот по услугам вырос", "services"),
        ("оборот Беларуси с Китаем вырос", "goods"),
    ],
)
def test_what_is_traded_after_po(text, trade):
    assert flows.traded(text, text.index("оборот") + len("оборот")) == trade


@pytest.mark.parametrize(
    "sentence",
    [
        "Экспорт товаров и услуг за квартал составил $9 млрд, в том числе товаров — $7 млрд, услуг — $2 млрд.",
        "Экспорт товаров и услуг за квартал составил $9 млрд, из них товаров — на $7 млрд, услуг — на $2 млрд.",
    ],
)
def test_the_goods_and_the_services_parts_of_a_total_are_traded_as_named(sentence):
    found = figures_read((sentence,), _ctx("Монголия"))
    assert [(str(f["value"]), f.get("trade")) for f in found] == [
        ("9", "goods_and_services"), ("7", None), ("2", "services")
    ]
