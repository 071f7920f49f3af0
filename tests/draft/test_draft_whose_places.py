"""Whose trade a number is, and who the release's partner is: places named by the sentence's
structure (the drafter's rules of session eight, in our own words)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from drafted import partner_of

from memogen.draft import draft_release
from memogen.draft.read import Release


def test_a_hyphened_state_name_is_one_state() -> None:
    # «Шри-Ланка», «Коста-Рика»: a state named with a hyphen takes the votes its mentions give,
    # so a state named once in passing is not the partner
    partner = partner_of(
        "Делегация Шри-Ланки приехала в Минск.",
        "Для Шри-Ланки белорусский рынок почти не освоен, сказал министр.",
        "Среди поставщиков калия Беларусь третья после Канады.",
    )
    assert partner.name.endswith("Шри-Ланка")
    assert partner.kind == "country"


def test_a_hyphened_pair_still_names_each_state() -> None:
    partner = partner_of("Форум «Беларусь-Китай» открылся в Минске.", "Китай закупает белорусские удобрения.")
    assert partner.name == "Китайская Народная Республика"


def _figures(text: str, when: dt.date = dt.date(2021, 3, 1)) -> list[tuple[str, Decimal | None, str | None]]:
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.value, f.counterparty.name if f.counterparty else None) for f in facts.figures]


def test_a_flow_naming_no_place_goes_on_with_the_third_party_named_before_it() -> None:
    # the paragraph turns from the partner to a group of states; its last flow names no place
    text = (
        "Товарооборот Беларуси с Арменией в 2020 году вырос на 12 %.\n\n"
        "Торговля со странами Евросоюза сократилась: оборот с ними уменьшился на 7 % — до 9 млрд долларов. "
        "Импорт снизился на 5 % — до 4,2 млрд долларов."
    )
    found = {value: party for _, value, party in _figures(text) if value is not None}
    assert found[Decimal("9")] is not None
    assert found[Decimal("4.2")] == found[Decimal("9")]


def test_a_place_in_force_ends_with_its_paragraph() -> None:
    text = (
        "Товарооборот Беларуси с Арменией вырос на 12 %. Экспорт в Грузию составил 80 млн долларов.\n\n"
        "В 2020 году белорусский экспорт составил 210 млн долларов."
    )
    found = {value: party for _, value, party in _figures(text) if value is not None}
    assert found[Decimal("80")] == "Грузия"
    assert found[Decimal("210")] is None


def test_a_place_compared_with_is_not_in_force() -> None:
    text = (
        "Товарооборот Беларуси с Арменией вырос на 12 %, тогда как с Грузией он сократился.\n\n"
        "Экспорт в Армению вырос больше, чем в Грузию: экспорт составил 210 млн долларов."
    )
    found = {value: party for _, value, party in _figures(text) if value is not None}
    assert found[Decimal("210")] is None


def test_a_state_opening_its_sentence_puts_its_trade_in_force() -> None:
    text = (
        "Товарооборот Беларуси с Арменией вырос на 12 %.\n\n"
        "Грузия тоже входит в число покупателей белорусских тракторов. Экспорт вырос на 9 % — до 40 млн долларов."
    )
    found = {value: party for _, value, party in _figures(text) if value is not None}
    assert found[Decimal("40")] == "Грузия"


def test_a_share_keeps_the_place_of_its_whole() -> None:
    text = (
        "Товарооборот Брестской области с Арменией вырос на 12 %. На Армению приходится 15 % оборота "
        "области со странами СНГ."
    )
    assert all(party is None for _, _, party in _figures(text))


def test_of_two_regions_visited_the_partner_is_the_one_the_release_goes_on_about() -> None:
    # a republic named first in the headline; the release then speaks of the other by its centre
    # («Мурманск») and by its noun alone («в область»), which only an «область» can be
    partner = partner_of(
        "Делегация Беларуси побывала в Карелии и Мурманске.",
        "В Мурманске прошло заседание рабочей группы по сотрудничеству с Мурманской областью.",
        "В область уже поставлены белорусские автобусы.",
        "Карелия тоже заинтересована в технике.",
    )
    assert partner.name == "Мурманская область"


def test_a_region_noun_names_no_one_of_two_regions_of_its_kind() -> None:
    # «регион» may be either of two regions: it votes for neither, and the first named leads
    partner = partner_of(
        "Делегация посетила Тверскую и Псковскую области.",
        "Соглашение с Тверской областью подписано. Соглашение с Псковской областью готовится.",
        "Регион заинтересован в поставках техники.",
    )
    assert partner.name in ("Тверская область", "Российская Федерация")


def _held(text: str, when: dt.date = dt.date(2023, 2, 1)) -> list[tuple[str, str | None, str | None]]:
    facts = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test").facts
    return [(f.indicator, f.holder.name if f.holder else None, f.counterparty.name if f.counterparty else None)
            for f in facts.figures]


def test_a_ministrys_enterprises_flow_has_them_as_its_holder() -> None:
    # README convention 4: one body's enterprises hold a flow of their own; with no place it is
    # their trade with every country
    text = (
        "Беларусь и Армения обсудили поставки техники.\n\n"
        "В 2022 году предприятия Минсельхозпрода Беларуси нарастили экспорт на 12 %. "
        "В 2021 году экспорт в Армению составил 40 млн долларов."
    )
    found = _held(text)
    assert ("exports", "предприятия Минсельхозпрода Беларуси", "все страны") in found
    assert ("exports", None, None) in found


def test_an_industrys_enterprises_hold_their_flow_and_a_bare_one_later_too() -> None:
    text = (
        "Товарооборот Беларуси с Арменией растёт.\n\n"
        "Машиностроительные предприятия Беларуси увеличили поставки в Армению в 1,4 раза. "
        "Темп роста экспорта товаров организаций составил 112 %."
    )
    found = _held(text)
    assert ("exports", "машиностроительные предприятия Беларуси", None) in found
    assert ("exports", "машиностроительные предприятия Беларуси", "все страны") in found


def test_enterprises_of_no_body_or_industry_hold_nothing() -> None:
    text = "Товарооборот Беларуси с Арменией растёт. Белорусские предприятия нарастили экспорт в Армению на 9 %."
    assert all(holder is None for _, holder, _ in _held(text))


def test_a_dateline_city_puts_no_trade_in_force() -> None:
    text = "Москва, 13 января.\n\nВ 2022 году экспорт в Россию вырос на 15 %, а импорт — на 4 %."
    assert all(party is None for _, _, party in _held(text))


def test_a_post_naming_a_hyphened_partner_is_the_partners() -> None:
    # «министр» named bare, then written in full with the one ministry the release names
    text = (
        "Посол Беларуси 20 мая встретился в Министерстве торговли и промышленности Шри-Ланки с делегацией "
        "во главе с министром Ахмедом Фаруком. Шри-Ланка закупает белорусские удобрения, сказал министр Ахмед Фарук."
    )
    facts = draft_release(Release(text, None, None, None), dt.date(2014, 5, 21), url=None, file=None, name="t").facts
    sides = {o.person.surname: o.side for o in facts.parties.officials}
    assert sides.get("Фарук") == "partner"


def test_states_outside_a_group_are_none_of_it_and_a_state_leads_a_group_at_a_tie() -> None:
    # a statistics release: the CIS as a whole, a member state, the states outside the CIS
    partner = partner_of(
        "Торговля со странами СНГ составила 59 % прошлогоднего уровня, с Россией — 60 %.",
        "Оборот со странами вне СНГ составил 64 % уровня прошлого года.",
    )
    assert partner.name == "Российская Федерация"


def test_a_whole_turnover_after_the_two_sides_trade_is_theirs() -> None:
    # «совокупный» sums the two flows with the partner when the sentence before speaks of both sides
    text = (
        "Посол Беларуси посетил Псковскую область.\n\n"
        "Торгово-экономические связи сторон быстро развиваются. В 2013 году совокупный товарооборот "
        "достиг 310 млн долларов."
    )
    assert [party for _, value, party in _figures(text) if value == Decimal("310")] == [None]


def test_a_whole_turnover_naming_foreign_trade_stays_every_countrys() -> None:
    text = (
        "Товарооборот Псковской области с Беларусью вырос на 9 %. Весь внешнеторговый оборот "
        "области составил 900 млн долларов."
    )
    assert [party for _, value, party in _figures(text) if value == Decimal("900")] == ["все страны"]
