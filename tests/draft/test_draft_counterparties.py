"""Statistics that are no trade with the partner (issue #10): trade with a customs union,
with a third country named after a dash that stands for a shared verb, with the states
outside a group, and Belarus's (or the partner's) trade with every country. Each gets its
`counterparty`; a flow named only as a cause names no figure. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release, sides
from memogen.draft.read import Release

RUSSIA = "Россия покупает белорусские тракторы. Россия остаётся главным партнёром. "


def _figures(text: str, when: dt.date = dt.date(2024, 3, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [
        (f.indicator, f.value, f.growth.change if f.growth else None, f.counterparty.name if f.counterparty else None,
         f.side)
        for f in facts.figures
    ]


@pytest.mark.parametrize(
    ("sentence", "indicator", "name"),
    [
        ("Торговля Беларуси со странами Таможенного союза в 2023 году выросла на 20 %.", "turnover",
         "страны Таможенного союза"),
        ("В 2023 году товарооборот Беларуси с государствами Таможенного союза увеличился на 14 %.", "turnover",
         "страны Таможенного союза"),
    ],
)
def test_trade_with_a_customs_union_is_no_trade_with_its_member(sentence, indicator, name):
    assert [(i, c) for i, _, _, c, _ in _figures(RUSSIA + sentence)] == [(indicator, name)]


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2023 году товарооборот с Казахстаном из-за сокращения импорта снизился на 8 %.",
        "В 2023 году товарооборот с Казахстаном вследствие падения экспорта уменьшился на 8 %.",
        "В 2023 году товарооборот с Казахстаном по причине снижения поставок сократился на 8 %.",
    ],
)
def test_a_flow_named_as_a_cause_names_no_figure(sentence):
    assert _figures(RUSSIA + sentence) == [("turnover", None, -8, "Республика Казахстан", "ours")]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Весь белорусский экспорт в 2023 году вырос на 20 %.", "exports"),
        ("Всего экспорт республики за 2023 год увеличился на 12 %.", "exports"),
        ("В 2023 году сальдо внешней торговли Беларуси сложилось отрицательным — 2,3 млрд долларов.", "balance"),
        ("Внешнеторговый оборот Беларуси в 2023 году составил 80 млрд долларов.", "turnover"),
    ],
)
def test_belarus_trade_with_every_country_is_no_trade_with_the_partner(sentence, indicator):
    found = _figures(RUSSIA + sentence)
    assert [(i, c, s) for i, _, _, c, s in found] == [(indicator, "все страны", "ours")]


def test_a_flow_joined_to_a_total_is_a_total_too():
    found = _figures(RUSSIA + "Весь белорусский экспорт в 2023 году вырос на 20 %, но и импорт увеличился на 9 %.")
    assert [(i, g, c) for i, _, g, c, _ in found] == [("exports", 20, "все страны"), ("imports", 9, "все страны")]


def test_the_partners_trade_with_every_country_is_the_partners():
    text = ("Тульская область закупает белорусские лифты. Губернатор Тульской области посетил Минск. "
            "Внешнеторговый оборот Тульской области в 2023 году составил 5 млрд долларов.")
    assert [(i, c, s) for i, _, _, c, s in _figures(text)] == [("turnover", "все страны", "partner")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Товарооборот с Россией в 2023 году составил 40 млрд долларов.",
        "Весь товарооборот с Россией в 2023 году составил 40 млрд долларов.",
        "В 2023 году взаимная торговля выросла на 5 %.",
    ],
)
def test_trade_with_the_partner_gets_no_counterparty(sentence):
    assert all(c is None for *_, c, _ in _figures(RUSSIA + sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("В 2023 году в государства дальнего зарубежья поставлено товаров на 2 млрд долларов.",
         "страны дальнего зарубежья"),
        ("В 2023 году ввоз из государств вне СНГ составил 1,5 млрд долларов.", "страны вне СНГ"),
        ("В 2023 году экспорт в остальные страны составил 3 млрд долларов.", "остальные страны"),
    ],
)
def test_trade_with_the_states_outside_a_group_has_them_as_its_counterparty(sentence, name):
    text = "Беларусь наращивает торговлю со странами СНГ. Товарооборот со странами СНГ растёт. " + sentence
    assert [c for *_, c, _ in _figures(text)] == [name]


def test_a_third_country_after_a_dash_for_the_shared_verb_gets_its_counterparty():
    found = _figures(RUSSIA + "В 2023 году белорусский экспорт вырос на 10 %: в Россию — на 12 %, в Казахстан — на 5 %.")
    assert [(i, g, c) for i, _, g, c, _ in found] == [
        ("exports", 10, None), ("exports", 12, None), ("exports", 5, "Республика Казахстан")]


def test_an_elided_place_is_read_only_before_a_dash():
    assert sides.elided_place(", в Казахстан — на ") == "в Казахстан"
    assert sides.elided_place(": из стран ЕС — почти на ") == "из стран ЕС"
    assert sides.elided_place(", а импорт — на ") is None
    assert sides.elided_place(", что на ") is None


def _partner(*sentences: str) -> str:
    from memogen.draft.parties import find_partner

    return find_partner(list(sentences)).name


def test_a_group_named_once_is_named_in_passing():
    assert _partner(
        "В 2023 году товарооборот Беларуси и России вырос на 8 %.",
        "Торговля Беларуси со странами Таможенного союза выросла на 6 %.",
    ) == "Российская Федерация"
    assert _partner(
        "Товарооборот Беларуси со странами СНГ вырос на 8 %.", "Экспорт в страны СНГ составил 20 млрд долларов.",
        "Импорт из Казахстана вырос.",
    ) == "Содружество Независимых Государств"


@pytest.mark.parametrize(
    "sentences",
    [
        ["Выставка в Екатеринбурге укрепила технологический суверенитет Союзного государства.",
         "Подписаны контракты на 16 млрд российских рублей.", "Раньше такие насосы закупали в Германии."],
        ["Министры обсудили промышленную кооперацию в Союзном государстве.",
         "Новые станки заменят оборудование, которое поставляла Италия."],
    ],
)
def test_the_union_state_votes_for_russia_over_a_country_in_passing(sentences):
    assert _partner(*sentences) == "Российская Федерация"


@pytest.mark.parametrize(
    ("word", "whose"),
    [("Минщины", "ours"), ("Брестчине", "ours"), ("Гомельщиной", "ours"), ("Смоленщины", "partner"),
     ("Брянщина", "partner"), ("Мужчины", None), ("Причина", None), ("Минска", None)],
)
def test_a_regions_colloquial_name_says_whose_it_is(word, whose):
    assert sides.colloquial_region(word) == whose


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("С начала 2023 года товарооборот Минщины с этой страной составил 19,6 млн долларов.", "19.6"),
        ("В 2023 году товарооборот Витебщины с Вьетнамом составил 12 млн долларов.", "12"),
    ],
)
def test_trade_a_colloquial_region_name_owns_is_no_group_of_goods(sentence, value):
    from decimal import Decimal

    text = "Минская область представила стенд в Ханое. Вьетнам закупает белорусские тракторы. " + sentence
    assert [(i, v) for i, v, *_ in _figures(text)] == [("turnover", Decimal(value))]


def test_a_flow_joined_to_a_total_is_a_total_though_the_total_is_not_drafted():
    found = _figures(RUSSIA + "В 2023 году совокупный экспорт страны прибавил рекордные 40 %, а импорт вырос на 12 %.")
    # «прибавил рекордные 40 %» is the total's growth (an adjective between verb and rate); the
    # imports after «а» are the same country's, as the flow before them
    assert ("exports", None, 40, "все страны", "partner") in found
    assert ("imports", None, 12, "все страны", "partner") in found


CIS = "Беларусь наращивает торговлю со странами СНГ. Товарооборот со странами СНГ растёт. "


def test_growth_of_every_countrys_trade_joins_no_figure_of_the_partners():
    found = _figures(CIS + "Экспорт в страны СНГ в 2023 году достиг 20 млрд долларов. "
                     "Весь экспорт республики в 2023 году вырос на 15 %.")
    assert [(v, g, c) for _, v, g, c, _ in found] == [(20, None, None), (None, 15, "все страны")]


def test_elided_places_after_a_total_are_the_partner_group_and_the_states_outside_it():
    found = _figures(CIS + "Экспорт белорусской продукции в страны Содружества за 2023 год достиг 20 млрд "
                     "долларов. В государства дальнего зарубежья поставлено товаров на 14 млрд долларов. "
                     "Всего экспорт республики за 2023 год увеличился на 18 %: в страны СНГ — на 21 %, "
                     "в остальные страны — на 13 %.")
    assert sorted((str(v), g, c) for _, v, g, c, _ in found) == sorted([
        ("20", 21, None), ("14", 13, "страны дальнего зарубежья"), ("None", 18, "все страны")])


@pytest.mark.parametrize(
    ("one", "two", "same"),
    [
        ({"counterparty": {"name": "страны дальнего зарубежья", "kind": "group"}},
         {"counterparty": {"name": "остальные страны", "kind": "group"}}, True),
        ({"counterparty": {"name": "страны вне СНГ", "kind": "group"}},
         {"counterparty": {"name": "прочие государства", "kind": "group"}}, True),
        ({}, {"counterparty": {"name": "все страны", "kind": "group"}}, False),
        ({"counterparty": {"name": "Республика Казахстан"}}, {"counterparty": {"name": "Республика Казахстан"}}, True),
        ({"side": "partner"}, {}, False),
    ],
)
def test_the_states_outside_a_group_are_one_party_however_worded(one, two, same):
    assert sides.same_counterparty(one, two) is same
