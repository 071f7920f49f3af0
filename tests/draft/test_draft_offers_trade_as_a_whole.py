"""More trade as a whole is no proposal (issue #10): «нарастить товарооборот», «удержать темпы
роста», «превзойти прошлогодний результат» say only that trade should grow or hold, a wish (README
convention 12) or, with an amount, a target drafted as a figure (convention 8); a deed on named
goods stays one. Sentences written for these tests; their places and firms are invented."""

from __future__ import annotations

from memogen.draft.offers import proposals, specific


def _actions(*said: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(said))]


def test_raising_trade_as_a_whole_is_no_proposal():
    assert _actions("Стороны договорились нарастить товарооборот.") == []
    assert _actions("Губернатор предложил дальше наращивать взаимную торговлю с Гродненской областью.") == []


def test_keeping_growth_or_beating_last_year_is_no_proposal():
    assert not specific("Удержать темпы роста")
    assert not specific("Превзойти прошлогодний результат")
    assert not specific("Остановить падение товарооборота")


def test_raising_supplies_of_named_goods_is_still_a_proposal():
    assert _actions("Стороны договорились нарастить поставки белорусских сыров в область.") == [
        "Нарастить поставки белорусских сыров в область"
    ]


def test_a_sum_of_money_to_reach_or_spend_is_a_figure_not_a_proposal():
    assert _actions("Предприятия области готовы поставить в провинцию продукции на 20 млн долларов.") == []
    assert _actions("Стороны договорились осуществить проекты на сумму более $2 млрд.") == []


def test_a_billion_to_reach_is_a_target_without_a_currency_word():
    assert _actions("Губернатор призвал выйти на заветный миллиард в торговле.") == []


def test_a_deed_with_a_quantity_of_goods_stays_a_proposal():
    assert _actions("Стороны договорились закупать в области фуражное зерно, около 100 тыс. тонн в год.") != []
