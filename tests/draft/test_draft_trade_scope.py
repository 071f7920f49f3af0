"""Whose trade a figure is when its words name foreign trade and nothing more (issue #10):
«внешнеторговый оборот», «сальдо внешней торговли» with no owner, no whole and no place go on
with the trade with the partner stated just before them, and stay trade with every country
otherwise. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from memogen.draft import draft_release
from memogen.draft.read import Release


def _figures(text: str, when: dt.date = dt.date(2024, 5, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.value, f.counterparty.name if f.counterparty else None) for f in facts.figures]


def test_a_balance_after_our_flows_with_the_partner_is_their_balance():
    text = (
        "Беларусь и Монголия развивают торговлю. В 2023 году белорусские товары поставлены в Монголию на "
        "40,2 млн долларов, импорт монгольских товаров составил 3,1 млн долларов. Сальдо внешней торговли "
        "товарами сложилось положительное и составило 37,1 млн долларов."
    )
    balance = [f for f in _figures(text) if f[0] == "balance"]
    assert balance and balance[0][2] is None


def test_foreign_trade_after_the_partners_export_in_its_sentence_is_the_same_trade():
    text = (
        "Губернатор Калужской области встретился с послом Беларуси. За полгода калужский экспорт в "
        "республику вырос на 11 %, а внешнеторговый оборот в целом увеличился на 7 %."
    )
    turnover = [f for f in _figures(text) if f[0] == "turnover"]
    assert turnover and turnover[0][2] is None


def test_foreign_trade_after_a_share_of_the_partners_trade_goes_on_with_it():
    text = (
        "Губернатор Смоленской области провёл встречу с делегацией Беларуси. На Беларусь приходится 40 % "
        "товарооборота Смоленской области. В прошлом году внешнеторговый оборот составил 510 млн долларов."
    )
    turnover = [f for f in _figures(text) if f[0] == "turnover" and f[1] is not None]
    assert turnover and turnover[0][2] is None


def test_foreign_trade_after_trade_with_every_country_stays_every_countrys():
    text = (
        "Беларусь и Монголия развивают торговлю. Весь белорусский экспорт за 2023 год составил 40 млрд "
        "долларов. Сальдо внешней торговли сложилось отрицательным и составило 1,2 млрд долларов."
    )
    balance = [f for f in _figures(text) if f[0] == "balance"]
    assert balance and balance[0][2] == "все страны"


def test_foreign_trade_with_nothing_stated_before_it_stays_every_countrys():
    text = "Беларусь и Монголия развивают торговлю. Внешнеторговый оборот в 2023 году составил 80 млрд долларов."
    assert [f[2] for f in _figures(text) if f[0] == "turnover"] == ["все страны"]


def test_foreign_trade_far_after_the_partners_trade_stays_every_countrys():
    text = (
        "Беларусь и Монголия развивают торговлю. В 2023 году белорусский экспорт в Монголию составил 40 млн "
        "долларов. Министр рассказал о новых рынках. Предприятия осваивают Африку и Азию. Сальдо внешней "
        "торговли сложилось положительное и составило 1,7 млрд долларов."
    )
    balance = [f for f in _figures(text) if f[0] == "balance"]
    assert balance and balance[0][2] == "все страны"


def _sides(text: str, when: dt.date = dt.date(2024, 5, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.value, f.side) for f in facts.figures if f.indicator in ("exports", "imports")]


def test_flows_after_the_regions_trade_with_belarus_named_by_its_noun_are_the_regions():
    text = (
        "Псковская область давно сотрудничает с Беларусью. За девять месяцев товарооборот области с "
        "Беларусью составил около 40 млн долларов: экспорт — 25 млн, импорт — 15 млн."
    )
    # the region's exports are our imports: the facts name each flow from our side, and who stated it
    assert [(i, s) for i, _, s in _sides(text)] == [("imports", "partner"), ("exports", "partner")]


def test_flows_after_our_trade_with_the_region_stay_ours():
    text = (
        "Псковская область давно сотрудничает с Беларусью. За девять месяцев товарооборот Беларуси с "
        "областью составил около 40 млн долларов: экспорт — 25 млн, импорт — 15 млн."
    )
    assert [(i, s) for i, _, s in _sides(text)] == [("exports", "ours"), ("imports", "ours")]


def _trades(text: str, when: dt.date = dt.date(2024, 11, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.value, f.trade) for f in facts.figures]


def test_flows_right_after_goods_and_services_trade_are_its_parts():
    text = (
        "Беларусь и Монголия развивают торговлю. За восемь месяцев взаимная торговля товарами и услугами "
        "составила 52 млн долларов. Экспорт при этом вырос на 4 % и достиг 40 млн долларов. Импорт за те же "
        "месяцы составил 12 млн долларов."
    )
    assert {i: t for i, _, t in _trades(text)} == {
        "turnover": "goods_and_services", "exports": "goods_and_services", "imports": "goods_and_services"}


def test_a_flow_naming_its_goods_after_goods_and_services_trade_is_goods():
    text = (
        "Беларусь и Монголия развивают торговлю. За восемь месяцев взаимная торговля товарами и услугами "
        "составила 52 млн долларов. Экспорт белорусских товаров достиг 30 млн долларов."
    )
    assert [t for i, _, t in _trades(text) if i == "exports"] == ["goods"]


def test_a_balance_after_services_trade_is_not_taken_for_services():
    text = (
        "Беларусь и Монголия развивают торговлю. Экспорт услуг в Монголию за восемь месяцев составил 9 млн "
        "долларов. Сальдо торговли сложилось положительным и составило 20 млн долларов."
    )
    assert [t for i, _, t in _trades(text) if i == "balance"] == ["goods"]


def test_the_trade_named_after_a_balance_is_the_balances():
    text = (
        "Беларусь и Монголия развивают торговлю. За полгода отрицательное сальдо внешнеторгового оборота "
        "товаров составило 210 млн долларов."
    )
    assert [(i, v) for i, v, _ in _trades(text)] == [("balance", -210)]


def test_an_aside_after_a_balance_saying_what_it_is_names_no_flow():
    text = (
        "Беларусь и Монголия развивают торговлю. Сальдо — превышение закупок за рубежом над нашим экспортом — "
        "сложилось отрицательным, на уровне 3,2 млрд долларов."
    )
    assert [i for i, _, _ in _trades(text)] == ["balance"]


def _holders(text: str, when: dt.date = dt.date(2024, 5, 1)):
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.holder.name if f.holder else None) for f in facts.figures]


def test_goods_named_right_after_a_regions_trade_are_that_regions():
    text = (
        "Посол Вьетнама посетил Гродненскую область. Товарооборот Беларуси с Вьетнамом в 2023 году составил "
        "240 млн долларов. За январь–март товарооборот Витебской области с Вьетнамом вырос на 30 %. Поставки "
        "льноволокна, например, увеличились вдвое."
    )
    assert ("product", "Витебская область") in _holders(text)


def test_goods_whose_owner_is_named_after_a_regions_trade_are_not_its():
    text = (
        "Посол Вьетнама посетил Гродненскую область. Товарооборот Беларуси с Вьетнамом в 2023 году составил "
        "240 млн долларов. За январь–март товарооборот Витебской области с Вьетнамом вырос на 30 %. Экспорт "
        "белорусских тракторов во Вьетнам увеличился вдвое."
    )
    assert ("product", "Витебская область") not in _holders(text)


def test_a_bare_turnover_of_goods_and_services_is_turnover():
    text = "Беларусь и Монголия развивают торговлю. В 2023 году оборот товаров и услуг двух стран достиг 60 млн долларов."
    assert _trades(text) == [("turnover", 60, "goods_and_services")]


def test_supplies_into_belarus_named_as_a_republic_are_the_partners_exports():
    text = (
        "Губернатор Луганской области принял посла. В 2008 году поставки в Республику Беларусь составили 10 млн "
        "долларов, а ввоз из Республики Беларусь составил 4 млн долларов."
    )
    # where a flow goes, named after «Республику», is its end: the region's supplies are our imports
    assert _sides(text) == [("imports", 10, "partner"), ("exports", 4, "partner")]


def test_flows_right_after_the_partners_official_speaks_are_the_partners():
    text = (
        "Псковская область и Беларусь нарастили торговлю. По итогам года товарооборот составил 90 млн "
        "долларов, сообщил губернатор Михаил Ведерников. Импорт оценивается в 30 млн долларов. На экспорт "
        "пришлось 60 млн долларов."
    )
    assert [(i, s) for i, _, s in _sides(text)] == [("exports", "partner"), ("imports", "partner")]


def test_flows_after_our_officials_words_stay_ours():
    text = (
        "Псковская область и Беларусь нарастили торговлю. По итогам года товарооборот составил 90 млн "
        "долларов, сообщил председатель Витебского облисполкома Александр Субботин. Импорт оценивается в 30 "
        "млн долларов."
    )
    assert [(i, s) for i, _, s in _sides(text)] == [("imports", "ours")]


def test_a_trade_opening_a_clause_after_as_a_result_is_the_figure_not_a_cause():
    text = (
        "Беларусь и Монголия развивают торговлю. В результате внешнеторговое сальдо в мае увеличилось до "
        "1 млрд 200 млн долларов."
    )
    assert [i for i, _, _ in _trades(text)] == ["balance"]


def test_a_trade_governed_by_a_word_of_cause_names_no_figure():
    text = "Беларусь и Монголия развивают торговлю. Из-за сокращения импорта товарооборот в мае снизился до 30 млн долларов."
    assert [i for i, _, _ in _trades(text)] == ["turnover"]
