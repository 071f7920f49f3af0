"""Which span is in force for a figure (issue #10, this session's model of «which span»): a
period of a sentence that states no figure and is over dates a deed, never the figures after
it (a plan's time to come goes on), while
«за этот период» and «Тогда» still refer back to it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_for

from memogen.draft import numbers as num
from memogen.draft import periods, tenses
from memogen.draft.model import UNSTATED

RELEASE = dt.date(2024, 5, 14)


def _periods(*sentences: str) -> list[str]:
    return [f["period"] for f in figures_for(RELEASE, "Омская область", *sentences)]


def test_a_year_a_treaty_was_signed_in_dates_no_growth_after_it():
    assert _periods(
        "В 1998 году главы двух государств подписали договор о дружбе.",
        "С 2019 года товарооборот вырос в 4,1 раза.",
    ) == [UNSTATED]


def test_talks_held_months_ago_date_no_level_after_them():
    assert _periods(
        "Три месяца назад министры провели раунд переговоров.",
        "Товарооборот, дошедший до 60 млн долларов, пока невелик.",
    ) == [UNSTATED]


def test_a_span_the_figures_are_counted_over_still_dates_the_next_sentence():
    assert _periods(
        "Статистики опубликовали итоги за первое полугодие 2024 года.",
        "Экспорт за этот период достиг 12 млн долларов.",
    ) == ["2024-H1"]
    assert _periods(
        "Вчера появились данные за четыре месяца.",
        "Товарооборот составил 31 млн долларов.",
    ) == ["2024-01..04"]


def test_a_sentence_with_a_figure_still_dates_the_next_one():
    assert _periods(
        "В 2023 году товарооборот вырос на 12 %.",
        "Экспорт составил 40 млн долларов.",
    ) == ["2023", "2023"]


def test_a_deed_and_a_span_counted_over_told_apart():
    release = dt.date(2023, 10, 1)
    said = "Посол приехал в Минск в 2021 году."
    assert [periods.of_deed(said, m, release) for m in periods.mentions(said, release)] == [True]
    said = "Поделились цифрами по итогам девяти месяцев."
    assert [periods.of_deed(said, m, release) for m in periods.mentions(said, release)] == [False]
    said = "Контракт рассчитан на поставки в 2024 году."  # a plan's year still to come
    assert [periods.of_deed(said, m, release) for m in periods.mentions(said, release)] == [False]


def test_a_level_a_participle_says_was_reached_is_no_upper_bound():
    found = figures_for(RELEASE, "Омская область", "Товарооборот, дошедший до 60 млн долларов, пока невелик.")
    assert [f.get("hedge") for f in found] == [None]


def test_what_was_already_done_on_a_day_named_is_that_days_act():
    assert _periods("Накануне в Минске уже подписано 7 документов.") == ["2024-05"]
    assert _periods("Вчера уже заключены контракты на 12 млн долларов.") == ["2024-05"]
    assert _periods("В Минске уже подписано 7 документов.") == [UNSTATED]  # a total so far


def test_a_clause_with_an_amount_of_its_own_keeps_its_time_to_itself():
    found = figures_for(
        RELEASE, "Омская область",
        "Казахстан сегодня — второй партнёр области по товарообороту, который в прошлом году достиг 90 млн долларов.",
    )
    assert sorted(("rank" in f, f["period"]) for f in found) == [(False, "2023"), (True, UNSTATED)]


def test_a_clause_with_no_amount_tells_of_what_the_figure_counts_and_keeps_its_time():
    said = "Объём вложений, которые фирмы сделают до конца 2026 года, составляет 30 млн долларов."
    ms = periods.mentions(said, RELEASE)
    assert periods.outside_clauses(said, ms, said.index("30")) == ms


def test_the_level_a_move_started_from_is_of_the_span_a_year_before():
    assert _periods("Товарооборот в 2023 году вырос с 40 млн до 52 млн долларов.") == ["2022", "2023"]
    assert _periods("В первом полугодии 2023 года экспорт увеличился вдвое — с 8 млн до 16 млн долларов.") == [
        "2022-H1", "2023-H1"]
    # a span over years names no one year before it
    assert _periods("За десять лет товарооборот вырос с 5 млн до 50 млн долларов в 2023 году.")[0] == UNSTATED


def test_one_hundred_in_words_is_a_count_and_hundreds_are_none():
    assert [(a.value, a.unit, a.hedge) for a in num.amounts("Завод выпустил более сотни новых станков.")] == [
        (Decimal(100), "станок", "более")]
    assert [(a.value, a.unit) for a in num.amounts("Область закупила сотню автобусов.")] == [(Decimal(100), "автобус")]
    assert num.amounts("Сотни фермеров работают на белорусской технике.") == []


def test_a_temperature_is_no_count():
    assert _periods("В Минске солнечно, плюс 12 градусов.") == []


def test_a_later_clause_with_an_amount_of_its_own_keeps_its_year_from_a_deal():
    assert _periods(
        "На форуме подписано контрактов на 300 млн долларов, а в прошлом году их заключили на 90 млн долларов."
    ) == ["2024-05", "2023"]


def test_a_clause_with_a_subject_of_its_own_keeps_its_tense_and_time():
    said = ("Успеху помогла работа 6 торговых домов, деятельность которых в следующем году будет "
            "направлена на новые рынки.")
    found = figures_for(RELEASE, "Омская область", said)
    assert [(f["period"][:4], f.get("status", "actual")) for f in found] == [("2024", "actual")]
    assert tenses.clause_apart(said, said.index("следующем году"))
    said = "Объём вложений, которые фирмы сделают до конца 2026 года, составляет 30 млн долларов."
    assert not tenses.clause_apart(said, said.index("2026"))


def test_a_sentence_of_trade_with_no_amount_still_dates_the_next_one():
    assert _periods(
        "В январе–марте 2024 года заводы поставили в край рекордный объём продукции.",
        "Экспорт вырос на 40 %.",
    ) == ["2024-01..03"]


def test_a_clause_before_the_amount_still_dates_it():
    said = "Не помню края, где бы товарооборот за прошлый год вырос на 30 %, а экспорт — на 45 %."
    assert _periods(said) == ["2023", "2023"]


def test_somewhere_about_opens_no_clause():
    said = "Мы держимся на уровне 200 млн долларов, где-то меньше, где-то больше."
    assert not tenses.inner(said, said.index("меньше"))


def test_a_count_told_in_all_is_a_total_so_far_unless_an_event_is_named():
    assert _periods("Всего район подписал с белорусскими партнёрами 14 соглашений.") == [UNSTATED]
    assert _periods("Всего на форуме район подписал 14 соглашений.") == ["2024-05"]
