"""Numbers, money, periods and dates are written as docs/memo-style.md says."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen import russian
from memogen.facts.periods import Period
from readback import normalize

NBSP = "\u00a0"


@pytest.mark.parametrize(
    "args, expected",
    [
        ((678.1,), "678,1 млн долларов США"),
        ((335,), "335 млн долларов США"),
        ((10.2, "USD", "million", "более"), "более 10,2 млн долларов США"),
        ((1.5, "USD", "billion"), "1,5 млрд долларов США"),
        ((12.3, "USD", "thousand"), "12,3 тыс. долларов США"),
        ((2.5, "RUB", "million"), "2,5 млн российских рублей"),
        ((21, "USD", "units"), "21 доллар США"),
    ],
)
def test_money(args, expected):
    assert normalize(russian.money(*args)) == expected


def test_money_keeps_number_and_scale_together():
    assert "678,1\u00a0млн" in russian.money(678.1)


@pytest.mark.parametrize(
    "value, digits, kwargs, expected",
    [
        (678.1, 1, {}, "678,1"),
        (15100, 0, {}, "15 100"),
        (1234.5, 1, {}, "1234,5"),
        (1234.5, 1, {"group_four": True}, "1 234,5"),
        (45.25, 1, {}, "45,3"),
        (-3.5, 1, {}, "\u22123,5"),
    ],
)
def test_number(value, digits, kwargs, expected):
    assert normalize(russian.number(value, digits, **kwargs)) == expected


def test_percent_times_change_years():
    assert russian.percent(100.9) == f"100,9{NBSP}%"
    assert normalize(russian.times(678.1 / 335)) == "в 2,0 раза"
    assert normalize(russian.change(2.4)) == "рост на 2,4 %"
    assert normalize(russian.change(-1.25)) == "снижение на 1,3 %"
    assert normalize(russian.years(2026, 2028)) == "2026–2028 годы"


@pytest.mark.parametrize(
    "period, in_text, label",
    [
        ("2024", "в 2024 году", "2024"),
        ("2025-Q1", "в I квартале 2025 г.", "I квартал 2025"),
        ("2025-H2", "во II полугодии 2025 г.", "II полугодие 2025"),
        ("2025-03", "за март 2025 г.", "март 2025"),
        ("2025-01..06", "за январь–июнь 2025 г.", "январь–июнь 2025"),
        ("2024-01..11", "за январь–ноябрь 2024 г.", "январь–ноябрь 2024"),
    ],
)
def test_periods(period, in_text, label):
    p = Period.parse(period)
    assert normalize(russian.period_in(p)) == in_text
    assert normalize(russian.period_label(p)) == label


def test_dates():
    assert russian.date(dt.date(2025, 8, 25)) == "25.08.2025"
    assert normalize(russian.date(dt.date(2025, 8, 5), "verbal")) == "5 августа 2025 г."


def test_initials_by_profile():
    assert russian.initials("Каранкевич", "Виктор", "Иванович", "BY") == "В.И.Каранкевич"
    assert russian.initials("Каранкевич", "Виктор", "Иванович", "RU") == f"В.И.{NBSP}Каранкевич"
    assert russian.initials("Иванова", "Ирина", None) == "И.Иванова"


def test_quoted_nests_inner_quotes():
    assert russian.quoted("МАЗ") == "«МАЗ»"
    assert russian.quoted("ОАО «МАЗ»") == "«ОАО „МАЗ“»"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024", "2024 года"),
        ("2025-Q1", "I квартала 2025 г."),
        ("2025-H2", "II полугодия 2025 г."),
        ("2025-03", "марта 2025 г."),
        ("2024-01..11", "января–ноября 2024 г."),
    ],
)
def test_period_of_is_the_genitive_after_po_itogam(text, expected):
    assert normalize(russian.period_of(Period.parse(text))) == expected


@pytest.mark.parametrize(
    "ratio, expected",
    [(2.024, "рост в 2,0 раза"), (1.2, "рост в 1,2 раза"), (1.085, "рост на 8,5 %"), (0.8, "снижение на 20,0 %")],
)
def test_trend_never_says_growth_for_a_fall(ratio, expected):
    assert normalize(russian.trend(ratio)) == expected


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({"index": 100.9}, "100,9 %"),
        ({"change_pct": 10}, "рост на 10,0 %"),
        ({"change_pct": -3.1}, "снижение на 3,1 %"),
        ({"ratio": 2}, "рост в 2,0 раза"),
    ],
)
def test_growth_is_written_the_way_it_was_stated(kwargs, expected):
    assert normalize(russian.growth(**kwargs)) == expected


def test_rank():
    assert normalize(russian.rank(7, "среди партнеров")) == "7-е место среди партнеров"


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (1, "встреча", "рост на 1 встречу"),
        (21, "компания", "рост на 21 компанию"),
        (-1, "проект", "снижение на 1 проект"),
        (11, "встреча", "рост на 11 встреч"),
        (3, "встреча", "рост на 3 встречи"),
        (5, "компания", "рост на 5 компаний"),
    ],
)
def test_a_change_of_a_count_names_its_noun_in_the_accusative_after_na(value, unit, expected):
    from decimal import Decimal

    text = russian.by_amount(Decimal(value), None, "units", unit)
    assert normalize(text) == expected
