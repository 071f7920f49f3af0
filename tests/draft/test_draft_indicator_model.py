"""Which indicator a number is, read from the sentence's structure: what the clause of
the number names, or what it points back at (issue #10). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_for

RELEASE = dt.date(2025, 5, 20)


def figures(*sentences: str, partner: str = "Республика Чили") -> list[dict]:
    return figures_for(RELEASE, partner, *sentences)


def test_a_multiple_of_a_level_pointed_back_at_is_a_target_of_its_own():
    found = figures("Стороны надеются вскоре довести товарооборот до 300 млн долларов, а затем и утроить эту сумму.")
    level, multiple = found
    assert level["value"] == Decimal("300") and "growth" not in level
    assert multiple["indicator"] == "turnover" and multiple.get("value") is None
    assert multiple["growth"]["times"] == Decimal("3")
    assert multiple["status"] == "target" and multiple["period"] == "unstated"


def test_the_pointer_may_stand_before_the_verb_that_multiplies():
    found = figures("Сейчас взаимная торговля составляет 40 млн долларов; эту цифру, уверен, можно увеличить вдвое.")
    assert [f.get("value") for f in found] == [Decimal("40"), None]
    assert found[1]["growth"]["times"] == Decimal("2") and found[1]["status"] == "target"


def test_the_multiple_takes_a_year_of_its_own_clause_only():
    found = figures(
        "В 2024 году экспорт в Чили составил 12 млн долларов, к 2028 году эту цифру нужно увеличить в два раза."
    )
    level, multiple = found
    assert level["period"] == "2024" and "growth" not in level
    assert multiple["indicator"] == "exports" and multiple["period"] == "2028"


def test_a_multiple_reached_is_no_target():
    found = figures("В 2024 году товарооборот составил 90 млн долларов, и эту цифру удалось увеличить в два раза.")
    assert all(f.get("status") != "target" for f in found)


def test_a_flow_elided_after_trade_in_goods_and_services_trades_the_same():
    found = figures("За полугодие экспорт товаров и услуг вырос на 5,1 процента, импорт — на 9,3 процента.")
    assert [(f["indicator"], f.get("trade")) for f in found] == [
        ("exports", "goods_and_services"),
        ("imports", "goods_and_services"),
    ]


def test_a_flow_naming_its_own_goods_is_goods_after_goods_and_services():
    found = figures("За полугодие экспорт товаров и услуг составил 9 млрд долларов, а экспорт товаров — 6 млрд долларов.")
    assert [f.get("trade") for f in found] == ["goods_and_services", None]


def test_trade_in_services_said_before_the_balance():
    (found,) = figures("При этом по услугам сальдо за полгода положительное — около 1,2 млрд долларов.")
    assert found["indicator"] == "balance" and found["trade"] == "services"


def test_a_growth_restated_for_another_month_keeps_the_trade():
    found = figures(
        "Если в марте импорт товаров и услуг увеличился на 30 процентов к марту прошлого года, "
        "то в апреле прирост составил 12 процентов."
    )
    assert [f.get("trade") for f in found] == ["goods_and_services", "goods_and_services"]


def test_a_percent_of_the_count_named_after_it():
    count, share = figures("Почти 30 % из 410 экспортёров края работают с этой страной.", partner="Республика Чили")
    assert count["value"] == Decimal("410") and count["unit"] == "экспортёр"
    assert share["share"]["percent"] == Decimal("30") and share["share"]["whole"] == "экспортёры"
    assert share["share"]["qualifier"] == "почти"


def test_a_percent_of_a_total_after_from_restates_the_amount():
    (found,) = figures("Поставки в Чили составили 14 млн долларов — 2,1 % от общего объёма экспорта области.")
    assert found["value"] == Decimal("14")
    assert found["share"] == {"percent": Decimal("2.1"), "whole": "общего объёма экспорта области"}


def test_a_percent_in_brackets_restates_a_count():
    (found,) = figures("В хозяйствах области работают 850 чилийских тракторов (это 40 % от общего количества).")
    assert found["value"] == Decimal("850") and found["share"]["percent"] == Decimal("40")


def test_a_share_takes_the_flow_its_clause_names_as_subject():
    (found,) = figures("Импорт товаров из Чили составил 7,5 % от общего объёма импорта области.")
    assert found["indicator"] == "imports" and found["share"]["whole"] == "импорта области"


def test_a_share_falling_on_a_place_stays_the_wholes_trade():
    (found,) = figures("На Чили приходится 12 % товарооборота области.")
    assert found["indicator"] == "turnover" and found["share"]["percent"] == Decimal("12")


def test_a_flow_leaving_goods_out_is_the_rest_of_the_goods():
    (found,) = figures("Без меди и селитры экспорт в Чили в 2024 году составил всего 900 тыс. долларов.")
    assert found["indicator"] == "product" and found["label"] == "экспорт товаров, кроме меди и селитры"


def test_goods_left_out_after_the_flow_word():
    (found,) = figures("Импорт без учёта фруктов в 2024 году составил 2 млн долларов.")
    assert found["indicator"] == "product" and found["label"] == "импорт товаров, кроме фруктов"


def test_besides_is_no_goods_left_out():
    found = figures("Экспорт в 2024 году составил 5 млн долларов, кроме того, импорт составил 3 млн долларов.")
    assert [f["indicator"] for f in found] == ["exports", "imports"]


def test_a_place_restating_the_share_before_it():
    share, place = figures("На Чили приходится около 9 % товарооборота области с Латинской Америкой — это второе место.")
    assert share["share"]["percent"] == Decimal("9")
    assert place["rank"]["position"] == 2 and place["rank"]["among"].startswith("в структуре товарооборота области")


def test_an_adjective_standing_for_a_flow_named_before():
    found = figures(
        "За полгода выросли и экспорт Беларуси в Чили, и чилийский экспорт к нам: наш увеличился на 11 %, "
        "чилийский — на 4 %.",
    )
    assert [(f["indicator"], f.get("side"), f["growth"]["change"]) for f in found] == [
        ("exports", None, Decimal("11")),
        ("exports", "partner", Decimal("4")),
    ]


def test_a_level_stated_as_much_as_the_one_before():
    found = figures("В 2024 году белорусский экспорт в Чили достиг 6,1 млн долларов, импорт составил столько же.")
    assert [(f["indicator"], f["value"]) for f in found] == [("exports", Decimal("6.1")), ("imports", Decimal("6.1"))]
    assert found[1]["period"] == "2024"


def test_the_same_level_of_the_same_flow_is_no_second_figure():
    found = figures("В 2023 году экспорт достиг 8 млн долларов, и в 2024 году он остался на том же уровне.")
    assert len(found) == 1


def test_a_share_of_the_partners_flow_pointed_at_takes_its_index():
    (found,) = figures(
        "В первом квартале 2024 года на Беларусь пришлось около 6 % всего экспорта края, "
        "и этот экспорт составил 131 % к тому же периоду прошлого года.",
        partner="Алтайский край",
    )
    assert found["indicator"] == "exports" and found["side"] == "partner"
    assert found["share"]["percent"] == Decimal("6") and found["growth"]["index"] == Decimal("131")


def test_a_share_of_a_flow_whose_owner_is_unsaid_stays_a_turnovers():
    (found,) = figures("На неё пришлось 7 % экспорта.")
    assert found["indicator"] == "turnover" and found["share"]["percent"] == Decimal("7")


def test_the_share_ends_the_whole_it_is_of():
    (found,) = figures("Главным покупателем остаётся Чили: её доля в объёме экспорта почти 70 %.")
    assert found["share"]["whole"] == "экспорта" and found["share"]["qualifier"] == "почти"
