"""Forms of figures read (issue #10): «от» before an amount no «до» ends is a floor; «с 3 по
6 июня» is a span of dates; a sentence that is an amount alone restates the figure the
sentence before named, and said again in another form with another hedge it is kept; the
trade of two sides named by a compound adjective («объём польско-белорусской торговли»);
a place within the first four, five … with the measure before the verb; a share that fell
«до 3,1 % с 3,6 %»; «за отчётный период» is the period named before; a quarter and its
three months are one period; a need before an infinitive sets a goal. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_read, growth_of

from memogen.draft import numbers as num
from memogen.draft.figures import Context

RELEASE = dt.date(2021, 4, 20)


def figures(*said: str) -> list[dict]:
    return figures_read(said, Context(RELEASE))


def test_an_amount_after_ot_with_no_upper_end_is_a_floor():
    (low,) = num.amounts("Подпишут соглашения на сумму от $200 млн.")
    assert low.hedge == "не менее"
    (rng,) = num.amounts("Объём оценивают от 2 до 3 млрд долларов.")
    assert rng.hedge is None and rng.upper is not None


def test_a_span_of_days_is_no_amount():
    assert num.amounts("Ярмарка пройдёт в Казани с 3 по 6 июня.") == []


def test_an_amount_alone_restates_the_figure_named_before_and_another_form_is_kept():
    found = figures("Товарооборот двух стран составил 500 миллионов долларов.", "«Немногим больше полумиллиарда.")
    assert [(f["value"], f.get("scale"), f.get("qualifier")) for f in found] == [
        (Decimal(500), None, None), (Decimal("0.5"), "billion", "более")]


def test_the_same_amount_hedged_alike_is_one_figure():
    found = figures("Выставку посетили более 12 тыс. человек.", "Всего её посетили свыше 12 000 человек.")
    assert len(found) == 1


def test_the_trade_of_two_sides_named_by_a_compound_adjective():
    found = figures("В 2020 году объём польско-белорусской торговли составил 2,1 млрд долларов (около 1,8 млрд евро).")
    assert [(f["indicator"], f["value"], f.get("currency")) for f in found] == [
        ("turnover", Decimal("2.1"), None), ("turnover", Decimal("1.8"), "EUR")]


def test_a_place_within_the_first_four_with_its_measure_before_the_verb():
    (found,) = figures("В первую четвёрку по объёму импорта входят Китай, Германия, Польша и Турция.")
    assert found["rank"]["top"] == 4 and found["rank"]["measure"] == "по объёму импорта"


def test_a_share_that_fell_to_a_level_from_another_and_the_reporting_period():
    found = figures("За январь–март товарооборот составил 1,2 млрд долларов.",
                    "Доля области в обороте страны за отчётный период снизилась до 3,1 % с 3,6 % годом ранее.")
    share = found[-1]
    assert share["period"] == "2021-01..03" and share["share"]["percent"] == Decimal("3.1")
    assert share["share"]["previous"] == Decimal("3.6") and len(found) == 2


def test_growth_of_a_quarter_joins_the_level_of_its_three_months():
    found = figures("За первый квартал товарооборот сократился на 12 %.",
                    "Экспорт составил 400 млн долларов.",
                    "Всего за первые три месяца года товарооборот составил 900 млн долларов.")
    turnover = [f for f in found if f["indicator"] == "turnover"]
    assert len(turnover) == 1 and growth_of(turnover[0]) == {"change": Decimal("-12")}


def test_a_need_before_an_infinitive_sets_a_goal():
    (found,) = figures("Экспорт нужно увеличить до 500 млн долларов.")
    assert found["status"] == "target"


def test_counts_in_words_about_ten_and_after_their_noun():
    (about,) = num.amounts("С десяток новых соглашений — таков итог встречи.")
    assert (about.value, about.unit, about.hedge) == (Decimal(10), "соглашение", "около")
    (after,) = num.amounts("Сегодня таких центров пять, и все работают.")
    assert (after.value, after.unit) == (Decimal(5), "центр")


def test_a_distance_is_no_figure():
    assert figures("От Минска до Гаваны почти 9 тыс. км, но торговля растёт.") == []


def test_funds_raised_are_investment_and_so_is_their_growth_alone():
    (raised,) = figures("В прошлом году по линии фонда в область привлекли более $4 млн.")
    assert (raised["indicator"], raised["period"], raised.get("qualifier")) == ("investment", "2020", "более")
    (grown,) = figures("Только за 2020 год объём инвестиций вырос в 1,8 раза.")
    assert grown["indicator"] == "investment" and growth_of(grown) == {"times": Decimal("1.8")}


def test_goods_a_verb_of_purchase_governs_are_a_product_to_come():
    (bought,) = figures("Партнёры купят у нас 30 тыс. тонн сливочного масла.")
    assert (bought["indicator"], bought["label"], bought["status"]) == ("product", "сливочное масло", "target")


def test_what_a_plan_holds_in_a_clause_with_no_verb_is_a_target():
    (planned,) = figures("Это одна из трёх ярмарок, намеченных на этот год.")
    assert planned["status"] == "target"
    (done,) = figures("По 12 программам выполнено около половины запланированных мероприятий.")
    assert done.get("status", "actual") == "actual"
