"""Growth said with the colloquial verbs of press releases (issue #10): «прибавил 6 %» with
no «на», «подрос», «просел», «потерял», and the sign each one gives. Sentences written for
these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 9, 10)


def growths(*sentences: str) -> list[tuple]:
    """(indicator, period, value, growth without its quote) of each figure."""
    out = []
    for f in figures_read(sentences, Context(RELEASE)):
        growth = {k: v for k, v in (f.get("growth") or {}).items() if k not in ("quote", "versus")} or None
        out.append((f["indicator"], f["period"], f.get("value"), growth))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В 2024 году экспорт в край прибавил 6 % и составил 120 млн долларов.",
         ("exports", "2024", Decimal(120), {"change": Decimal(6)})),
        ("За январь–июнь товарооборот прибавил 12 процентов.",
         ("turnover", "2025-01..06", None, {"change": Decimal(12)})),
        ("По итогам 2024 года товарооборот прибавил почти 9 % и достиг 300 млн долларов.",
         ("turnover", "2024", Decimal(300), {"change": Decimal(9), "qualifier": "почти"})),
        ("Экспорт в первом полугодии добавил 4,5 % к уровню прошлого года.",
         ("exports", "2025-H1", None, {"change": Decimal("4.5")})),
    ],
)
def test_a_gain_verb_takes_the_change_without_na(text, expected):
    assert growths(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В первом полугодии импорт просел на 7 %.", ("imports", "2025-H1", None, {"change": Decimal(-7)})),
        ("Импорт в 2024 году просел на 11 % и составил 40 млн долларов.",
         ("imports", "2024", Decimal(40), {"change": Decimal(-11)})),
        ("За январь–май экспорт потерял 5 %.", ("exports", "2025-01..05", None, {"change": Decimal(-5)})),
        ("Товарооборот в 2024 году потерял почти 3 процента и составил 90 млн долларов.",
         ("turnover", "2024", Decimal(90), {"change": Decimal(-3), "qualifier": "почти"})),
    ],
)
def test_sagging_and_losing_are_falls(text, expected):
    assert growths(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Экспорт за пять месяцев подрос на 2,3 %.", ("exports", "2025-01..05", None, {"change": Decimal("2.3")})),
        ("В 2024 году импорт подрос на 4 % и составил 30 млн долларов США.",
         ("imports", "2024", Decimal(30), {"change": Decimal(4)})),
    ],
)
def test_a_small_rise_is_a_rise(text, expected):
    assert growths(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В 2024 году экспорт упал на 15 % до 80 млн долларов.",
         ("exports", "2024", Decimal(80), {"change": Decimal(-15)})),
        ("Товарооборот в 2024 году снизился на 3,2 % и составил 210 млн долларов.",
         ("turnover", "2024", Decimal(210), {"change": Decimal("-3.2")})),
        ("Прирост товарооборота в 2024 году составил 14 %.", ("turnover", "2024", None, {"change": Decimal(14)})),
        ("Товарооборот в 2024 году составил 500 млн долларов (плюс 12 % к прошлому году).",
         ("turnover", "2024", Decimal(500), {"change": Decimal(12)})),
        ("Экспорт за январь–июль — 90 млн долларов, минус 5 % к аналогичному периоду.",
         ("exports", "2025-01..07", Decimal(90), {"change": Decimal(-5)})),
        ("Товарооборот в 2024 году вырос в 1,3 раза и составил 400 млн долларов.",
         ("turnover", "2024", Decimal(400), {"times": Decimal("1.3")})),
        ("Белорусские предприятия в 2024 году нарастили поставки в край на 18 %.",
         ("exports", "2024", None, {"change": Decimal(18)})),
    ],
)
def test_the_verbs_read_already_stay_read(text, expected):
    assert growths(text) == [expected]


def test_a_gain_verb_before_a_share_is_no_growth():
    """«приходится 6 %» holds no verb of gain: a share, not growth."""
    (f,) = figures_read(("На долю Беларуси в 2024 году пришлось 6 % импорта края.",), Context(RELEASE))
    assert "growth" not in f


def counts(*sentences: str) -> list[tuple]:
    """(label, value, period, remark) of each count drafted."""
    return [(f["label"], f["value"], f["period"], f.get("remark"))
            for f in figures_read(sentences, Context(RELEASE)) if f["indicator"] == "count"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("С 2016 по 2023 год в крае прошло 8 бизнес-форумов.", ("бизнес-форумы", Decimal(8), "2016..2023", None)),
        ("С 2012 года по 2020 год открыто 6 торговых домов.", ("торговые дома", Decimal(6), "2012..2020", None)),
        ("В 2018–2022 годах подписано 40 контрактов на поставку техники.",
         ("контракты", Decimal(40), "2018..2022", None)),
        ("За последние пять лет регион посетили 25 делегаций.", ("делегации", Decimal(25), "2020..2024", None)),
        ("За три последних года в области собрано 300 автобусов МАЗ.", ("автобусы", Decimal(300), "2022..2024", None)),
    ],
)
def test_a_count_over_a_run_of_years_is_one_total(text, expected):
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("С начала сотрудничества реализовано 20 совместных проектов.",
         ("совместные проекты", Decimal(20), "unstated", "с начала сотрудничества")),
        ("За годы сотрудничества в области создано 7 совместных предприятий.",
         ("совместные предприятия", Decimal(7), "unstated", "за годы сотрудничества")),
        ("С момента подписания соглашения проведено 9 заседаний рабочей группы.",
         ("заседания", Decimal(9), "unstated", "с момента подписания соглашения")),
        ("За всё время работы торгового дома продано 450 тракторов.",
         ("тракторы", Decimal(450), "unstated", "за всё время работы торгового дома")),
    ],
)
def test_a_count_since_a_start_named_by_no_date_keeps_the_words(text, expected):
    assert counts(text) == [expected]


@pytest.mark.parametrize(
    "text, period",
    [
        ("С 2015 года проведено 11 заседаний совместной комиссии.", "2015-01..2025-09"),
        ("С начала года в край отправлено 4 делегации.", "2025-YTD"),
    ],
)
def test_a_count_since_a_dated_start_still_runs_to_the_release(text, period):
    assert [c[2] for c in counts(text)] == [period]


@pytest.mark.parametrize(
    "text, words, percent, hedge, whole",
    [
        ("На долю Беларуси приходится треть импорта области.", "треть", Decimal("33.3"), None, "импорта области"),
        ("На Беларусь в 2024 году пришлось более половины экспорта края.", "половина", Decimal(50), "более",
         "экспорта края"),
        ("На белорусскую продукцию приходится около трети товарооборота области.", "треть", Decimal("33.3"),
         "около", "товарооборота области"),
        ("Доля республики во внешней торговле региона составляет почти четверть.", "четверть", Decimal(25),
         "почти", "внешней торговли региона"),
        ("На белорусские грузы приходится пятая часть перевозок края.", "пятая часть", Decimal(20), None,
         "перевозок края"),
    ],
)
def test_a_share_in_words_keeps_its_words(text, words, percent, hedge, whole):
    shares = [f["share"] for f in figures_read((text,), Context(RELEASE)) if "share" in f]
    assert [(s.get("words"), s["percent"], s.get("qualifier"), s["whole"]) for s in shares] == [
        (words, percent, hedge, whole)]


@pytest.mark.parametrize("text", ["Экспорт в 2024 году вырос на треть.", "В 2024 году импорт сократился наполовину."])
def test_a_change_in_words_is_no_share(text):
    (f,) = figures_read((text,), Context(RELEASE))
    assert "share" not in f and "words" in f["growth"]
