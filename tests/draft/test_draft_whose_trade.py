"""Whose trade a figure is, by the structure of its sentence and of the release (issue
#10): a trade whose one owner the words name and no place at its other end is trade with
every country («товарооборот Гомельской области составил …», «Беларусь экспортировала …»),
and so is trade «с зарубежными странами»; two sides named are trade with the partner
(«внешнеторговый оборот Беларуси и Вьетнама»); flows that go on with totals of the
sentence before inherit their counterparty and side; a statistics release of a Belarusian
region about its own trade has that region as our side. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release, sides
from memogen.draft.read import Release


def _draft(text: str, when: dt.date = dt.date(2024, 8, 20)):
    return draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts


def _figures(text: str, when: dt.date = dt.date(2024, 8, 20)):
    return [
        (f.indicator, float(f.value) if f.value is not None else None, f.counterparty.name if f.counterparty else None,
         f.side)
        for f in _draft(text, when).figures
    ]


GOMEL = (
    "Товарооборот Гомельской области с зарубежными странами за январь–июнь 2024 года составил 2,4 млрд долларов. "
    "Экспорт за полугодие составил 1,5 млрд долларов, импорт — 0,9 млрд долларов. "
    "Сальдо сложилось положительным и достигло 600 млн долларов. "
    "Крупнейшим партнёром области остаётся Россия: товарооборот с ней достиг 1,6 млрд долларов. "
    "Меньше всего область торгует с Чили — 0,3 млн долларов."
)


def test_a_regions_statistics_are_its_trade_with_every_country_then_with_each_state():
    assert _figures(GOMEL) == [
        ("turnover", 2.4, "все страны", "ours"),
        ("exports", 1.5, "все страны", "ours"),
        ("imports", 0.9, "все страны", "ours"),
        ("balance", 600, "все страны", "ours"),
        ("turnover", 1.6, None, "ours"),
        ("turnover", 0.3, "Республика Чили", "ours"),
    ]


def test_a_region_whose_own_trade_the_release_states_is_our_side():
    facts = _draft(GOMEL)
    assert facts.parties.ours.name == "Гомельская область"
    assert facts.parties.partner.name == "Российская Федерация"


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("За январь–июль 2024 года Беларусь экспортировала товаров на 25 млрд долларов.", "exports"),
        ("Экспорт Беларуси за январь–июль 2024 года составил 25 млрд долларов.", "exports"),
        ("Товарооборот Гродненской области за январь–июль 2024 года составил 3 млрд долларов.", "turnover"),
        ("Всего за семь месяцев 2024 года внешний товарооборот составил 3 млрд долларов.", "turnover"),
        ("Объём внешней торговли республики за январь–июль 2024 года составил 40 млрд долларов.", "turnover"),
    ],
)
def test_a_trade_whose_owner_is_named_with_no_place_is_with_every_country(sentence, indicator):
    text = "Вьетнам — давний партнёр Беларуси. " + sentence
    assert [(i, c) for i, _, c, _ in _figures(text)] == [(indicator, "все страны")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Внешнеторговый оборот Беларуси и Вьетнама за январь–июль 2024 года составил 200 млн долларов.",
        "Белорусский экспорт за январь–июль 2024 года составил 150 млн долларов.",
        "За январь–июль 2024 года Беларусь экспортировала во Вьетнам товаров на 150 млн долларов.",
        "Взаимный товарооборот за январь–июль 2024 года составил 200 млн долларов.",
    ],
)
def test_two_sides_an_adjective_or_a_place_keep_the_trade_with_the_partner(sentence):
    text = "Вьетнам — давний партнёр Беларуси. " + sentence
    assert [c for _, _, c, _ in _figures(text)] == [None]


def test_the_partners_own_totals_and_the_flows_after_them_are_the_partners():
    text = (
        "Внешнеторговый оборот Тульской области за январь–июнь 2024 года составил 900 млн долларов. "
        "По данным таможни, импорт увеличился на 12 % и составил 500 млн долларов, а экспорт — 400 млн долларов."
    )
    assert _figures(text) == [
        ("turnover", 900, "все страны", "partner"),
        ("imports", 500, "все страны", "partner"),
        ("exports", 400, "все страны", "partner"),
    ]


def test_a_trade_fronted_before_an_apposition_is_with_that_state():
    text = (
        "Россия остаётся главным партнёром Брестской области, и с Россией торгуют почти все её предприятия. "
        "Товарооборот Брестской области с зарубежными странами за январь–июнь 2024 года вырос на 5 %. "
        "С Арменией, партнёром Беларуси по ЕАЭС, товарооборот Брестской области вырос на 12 %."
    )
    grown = [f for f in _draft(text).figures if f.growth is not None]
    assert [(f.counterparty.name if f.counterparty else None, f.growth.change) for f in grown] == [
        ("все страны", 5), ("Республика Армения", 12)]


def test_one_period_in_two_wordings_joins_its_growth_to_its_level():
    text = (
        "Товарооборот Могилёвской области с зарубежными странами в первом полугодии 2024 года сократился на 4 %. "
        "Всего за первые шесть месяцев 2024 года внешний товарооборот составил 2 млрд долларов."
    )
    assert [(f.value, f.growth.change if f.growth else None) for f in _draft(text).figures] == [(2, -4)]


def test_every_country_in_words():
    assert sides.every_country("товарооборот области с зарубежными странами")
    assert sides.every_country("поставлено за рубеж товаров")
    assert sides.every_country("со странами мира")
    assert not sides.every_country("со всеми странами ЕС")
    assert not sides.every_country("со странами СНГ")
    assert not sides.every_country("в 106 стран мира")


def test_states_listed_with_amounts_in_brackets_trade_the_sentence_befores_indicator():
    text = (
        "Крупнейший партнёр Гомельской области — Россия: товарооборот с ней за январь–июнь 2024 года составил "
        "1,6 млрд долларов. Далее идут Польша (90 млн долларов) и Китай (75 млн долларов)."
    )
    assert [f for f in _figures(text) if f[1] is not None][-2:] == [
        ("turnover", 90, "Республика Польша", "ours"),
        ("turnover", 75, "Китайская Народная Республика", "ours"),
    ]


def test_a_partners_statistics_name_its_own_trade_with_a_group():
    text = (
        "Внешнеторговый оборот товаров Тверской области за январь–июнь 2024 года составил 700 млн долларов. "
        "Товарооборот со странами дальнего зарубежья составил 500 млн долларов."
    )
    assert _figures(text) == [
        ("turnover", 700, "все страны", "partner"),
        ("turnover", 500, "страны дальнего зарубежья", "partner"),
    ]


def test_a_trade_owned_but_no_larger_than_the_partners_turnover_before_it_is_with_the_partner():
    text = (
        "Делегация Беларуси посетила Египет. Объём торговли с Египтом за 2023 год достиг 70 млн долларов. "
        "Экспорт Беларуси в 2023 году составил 65 млн долларов."
    )
    assert [c for _, _, c, _ in _figures(text, dt.date(2024, 3, 1))] == [None, None]


def test_a_region_as_the_subject_of_a_flow_in_a_release_about_a_state_is_ours():
    text = (
        "Гродненский облисполком принял делегацию Польши. Экспорт области в Польшу за 2023 год составил 300 млн "
        "долларов. Всего область экспортировала товаров на 2,5 млрд долларов."
    )
    assert _figures(text, dt.date(2024, 3, 1))[-1] == ("exports", 2.5, "все страны", "ours")


def test_a_growth_that_refers_back_trades_with_whom_its_figure_does():
    text = (
        "Внешнеторговый оборот Тверской области за январь–июнь 2024 года составил 700 млн долларов. "
        "Товарооборот со странами дальнего зарубежья составил 500 млн долларов. Показатель вырос на 8 %."
    )
    facts = _draft(text)
    assert [(f.counterparty.name, f.growth.change if f.growth else None) for f in facts.figures] == [
        ("все страны", None), ("страны дальнего зарубежья", 8)]


def test_a_share_a_third_state_holds_names_it():
    text = (
        "Китай — важный партнёр Беларуси. Внешнеторговый оборот Беларуси за 2023 год составил 80 млрд долларов. "
        "На долю России пришлось 50 % товарооборота."
    )
    shared = [f for f in _draft(text, dt.date(2024, 3, 1)).figures if f.share is not None]
    assert [(f.share.percent, f.counterparty.name if f.counterparty else None) for f in shared] == [
        (50, "Российская Федерация")]


def test_a_turnover_between_the_partner_and_a_state_listed_in_brackets_is_with_each_state():
    text = (
        "Внешнеторговый оборот Тульской области за январь–июнь 2024 года составил 900 млн долларов. "
        "Втрое вырос оборот между Тульской областью и Арменией (до $40 млн), а также Грузией (до $12 млн)."
    )
    assert [(c, s) for _, v, c, s in _figures(text) if v in (40, 12)] == [
        ("Республика Армения", "partner"), ("Грузия", "partner")]


def test_all_goods_and_their_owner_are_no_group_of_goods():
    text = "Внешнеторговый оборот товаров Тульской области за январь–июнь 2024 года составил 900 млн долларов."
    assert _figures(text) == [("turnover", 900, "все страны", "partner")]


def test_a_plural_subject_takes_the_indicators_named_before_it_in_order():
    text = (
        "Товарооборот Брестской области с зарубежными странами за январь–март 2024 года составил 1,2 млрд долларов. "
        "Выросли и экспорт (на 3 %), и импорт (на 5 %): за три месяца они составили 700 млн и 500 млн долларов."
    )
    assert [(i, v, c) for i, v, c, _ in _figures(text)] == [
        ("turnover", 1.2, "все страны"), ("exports", 700, "все страны"), ("imports", 500, "все страны")]


def test_the_pronoun_may_stand_for_the_indicators_of_the_sentence_before():
    text = (
        "Товарооборот Брестской области с зарубежными странами за январь–март 2024 года составил 1,2 млрд долларов. "
        "Выросли как экспорт (на 3 %), так и импорт (на 5 %). За три месяца они составляли 700 млн долларов и "
        "500 млн долларов соответственно."
    )
    assert [(i, v) for i, v, _, _ in _figures(text) if v is not None] == [
        ("turnover", 1.2), ("exports", 700), ("imports", 500)]


def test_a_balance_positive_for_our_region_is_ours():
    text = (
        "Товарооборот Брестской области с зарубежными странами за январь–март 2024 года составил 1,2 млрд долларов. "
        "Сальдо внешней торговли у Брестской области осталось положительным и составило 200 млн долларов."
    )
    assert [(i, v) for i, v, _, _ in _figures(text)][-1] == ("balance", 200)


def test_a_flow_named_by_its_owner_after_a_trade_with_the_partner_in_its_sentence_is_with_the_partner():
    text = (
        "Губернатор Калужской области встретился с послом Беларуси. "
        "В 2024 году внешнеторговый оборот Калужской области с республикой вырос на 14 %: "
        "экспорт области увеличился на 20 %, импорт — на 9 %."
    )
    assert [(i, c, s) for i, _, c, s in _figures(text, dt.date(2025, 3, 1))] == [
        ("turnover", None, "ours"),
        ("imports", None, "partner"),  # the region's exports: our imports
        ("exports", None, "partner"),
    ]


def test_a_side_by_its_common_noun_after_with_is_no_place_of_every_country():
    assert sides.names_side("области с республикой вырос на")
    assert sides.names_side("края с регионом составил")
    assert not sides.names_side("области в республику составил")  # where a flow goes: the flow's to read
    assert not sides.names_side("области составил")


def test_a_flow_named_by_its_owner_alone_in_its_own_sentence_stays_with_every_country():
    text = (
        "Губернатор Калужской области встретился с послом Беларуси. "
        "В 2024 году внешнеторговый оборот Калужской области с республикой вырос на 14 %. "
        "Экспорт Калужской области за 2024 год составил 2 млрд долларов."
    )
    assert [(i, c) for i, _, c, _ in _figures(text, dt.date(2025, 3, 1))] == [
        ("turnover", None), ("exports", "все страны")]


def test_two_sides_as_the_subject_of_a_trade_verb_own_no_trade_alone():
    text = (
        "Вьетнам — давний партнёр Беларуси. "
        "Больше всего Беларусь и Вьетнам наторговали в 2022 году — почти 300 млн долларов."
    )
    assert [c for _, _, c, _ in _figures(text)] == [None]


def test_a_flow_verbs_dative_is_where_the_goods_go():
    text = (
        "Посол Беларуси встретился с министром экономики России. "
        "В 2023 году Россия поставила Белоруссии товаров на 1,5 млрд долларов, "
        "а Беларусь продала России товаров на 2,1 млрд долларов."
    )
    assert _figures(text) == [("imports", 1.5, None, "partner"), ("exports", 2.1, None, "ours")]


def test_a_flow_verbs_dative_may_be_a_third_state():
    text = (
        "Посол Беларуси встретился с министром экономики России. "
        "В 2023 году Россия поставила Китаю товаров на 90 млрд долларов."
    )
    assert [(c, s) for _, _, c, s in _figures(text)] == [("Китайская Народная Республика", "partner")]


def test_a_flow_after_a_place_and_where_to_goes_there():
    text = (
        "Литва опустилась на седьмое место среди партнёров Беларуси: её обошли Нидерланды, "
        "куда белорусский экспорт за январь–июнь 2024 года вырос в 3 раза."
    )
    assert [(i, c) for i, _, c, _ in _figures(text) if i == "exports"] == [("exports", "Королевство Нидерландов")]


def test_a_turnover_referred_back_to_keeps_the_goods_it_was_named_with():
    text = (
        "Министр сельского хозяйства России встретился с послом Беларуси. "
        "Товарооборот молочной продукцией и мясом между странами растёт который год. "
        "За 2023 год он увеличился на 14 % и составил 600 млн долларов."
    )
    facts = _draft(text)
    assert [(f.indicator, f.label, float(f.value)) for f in facts.figures] == [("product", "молочная продукция и мясо", 600)]


def test_a_turnover_referred_back_to_with_no_goods_stays_the_turnover():
    text = (
        "Министр сельского хозяйства России встретился с послом Беларуси. "
        "Товарооборот между странами растёт который год. "
        "За 2023 год он увеличился на 14 % и составил 40 млрд долларов."
    )
    assert [(i, v) for i, v, _, _ in _figures(text)] == [("turnover", 40)]
