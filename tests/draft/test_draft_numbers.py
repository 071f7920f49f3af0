"""Quantities in a Russian sentence (`memogen.draft.numbers`): each number form, hedge,
rate and place the drafter must read, with the digits the text gave."""

from __future__ import annotations

from decimal import Decimal

import pytest

from memogen.draft.numbers import amounts, places, rates


def one(text: str):
    found = amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "scale", "currency"),
    [
        ("товарооборот составил $316,4 млн", "316.4", "million", "USD"),
        ("достиг 678,1 миллиона долларов", "678.1", "million", "USD"),
        ("около полмиллиарда долларов", "0.5", "billion", "USD"),
        ("до двух миллиардов долларов", "2", "billion", "USD"),
        ("составил 220 миллиардов рублей", "220", "billion", "RUB"),
        ("295 млрд российских рублей", "295", "billion", "RUB"),
        ("12,5 млн белорусских рублей", "12.5", "million", "BYN"),
        ("€ 5 млн", "5", "million", "EUR"),
        ("1 200,5 тыс. долларов США", "1200.5", "thousand", "USD"),
        ("на сумму $13,9 млн", "13.9", "million", "USD"),
    ],
)
def test_money_in_every_form(text, value, scale, currency):
    amount = one(text)
    assert (amount.value, amount.scale, amount.currency) == (Decimal(value), scale, currency)
    assert not amount.currency_assumed


def test_a_scale_without_currency_is_dollars_marked_as_assumed():
    amount = one("почти 900 млн")
    assert (amount.value, amount.scale, amount.currency, amount.hedge) == (Decimal(900), "million", "USD", "почти")
    assert amount.currency_assumed


def test_the_digits_are_kept_as_written():
    assert str(one("$5,10 млн").value) == "5.10"


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("превысил $10,2 млн", "более"),
        ("более 40 компаний", "более"),
        ("свыше $1 млрд", "свыше"),
        ("больше 850 млн", "более"),
        ("почти 900 млн", "почти"),
        ("около 200 предприятий", "около"),
        ("порядка $300 млн", "порядка"),
        ("не менее $5 млн", "не менее"),
        ("будет выше $1 млрд", "более"),
        ("где-то на уровне от 900 млн до миллиарда долларов", "около"),
        ("составил $335 млн", None),
    ],
)
def test_hedges(text, hedge):
    assert one(text).hedge == hedge


def test_a_range_is_one_amount_with_its_upper_end():
    amount = one("где-то на уровне от 900 млн до миллиарда долларов")
    assert (amount.value, amount.scale, amount.currency) == (Decimal(900), "million", "USD")
    assert amount.upper is not None and (amount.upper.value, amount.upper.scale) == (Decimal(1), "billion")


@pytest.mark.parametrize(
    ("text", "value", "unit", "scale"),
    [
        ("пополнили 16 тракторов", "16", "трактор", "units"),
        ("7 очистных сооружений", "7", "сооружение", "units"),
        ("17,7 тыс. тонн овощей", "17.7", "тонна", "thousand"),
        ("около двух тысяч тонн ежегодно", "2", "тонна", "thousand"),
    ],
)
def test_counts_name_what_they_count(text, value, unit, scale):
    amount = one(text)
    assert (amount.value, amount.unit, amount.scale, amount.currency) == (Decimal(value), unit, scale, None)


@pytest.mark.parametrize(
    "text",
    ["в 2024 году", "17 ноября", "на 2026-2028 годы", "трактор МТЗ-82 и Т-150", "20-е заседание", "по итогам 2025 г."],
)
def test_dates_years_and_codes_are_no_quantities(text):
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value", "hedge"),
    [
        ("100,9% к уровню", "percent", "100.9", None),
        ("вырос на 2,5 %", "percent", "2.5", None),
        ("более чем на 34 %", "percent", "34", "более"),
        ("почти на 20 %", "percent", "20", "почти"),
        ("плюс три процента", "percent", "3", None),
        ("вырос в 1,5 раза", "times", "1.5", None),
        ("увеличить в два раза", "times", "2", None),
        ("вырос вдвое", "times", "2", None),
        ("увеличился на треть", "fraction", "33.3", None),
    ],
)
def test_rates(text, kind, value, hedge):
    (rate,) = rates(text)
    assert (rate.kind, rate.value, rate.hedge) == (kind, Decimal(value), hedge)


def test_places_in_a_ranking():
    assert [p.position for p in places("занимает 16-е место, затем третье место")] == [16, 3]
    assert [p.position for p in places("является вторым торговым партнёром Беларуси")] == [2]


@pytest.mark.parametrize(
    "text, fall",
    [
        ("Несмотря на сокращение поставок сельхозтехники в регион на 12 %", True),
        ("экспорт молока снизился за полугодие на 4,5 %", True),
        ("импорт упал на 20 %", True),
        ("продажи выросли на 7 %, тогда как импорт за тот же период — на 3 %", False),
        ("импорт снизился на 5 %, тогда как рост экспорта составил 3 %", False),
        ("это на 6 % меньше, чем в прошлом году", True),
        ("это на 6 % больше, чем годом ранее, хотя в 2023 году торговля падала", False),
        ("минус 2,1 % к уровню прошлого года", True),
    ],
)
def test_whether_a_rate_is_a_fall_is_read_from_the_nearest_word_of_change(text, fall):
    assert rates(text)[-1].fall is fall


@pytest.mark.parametrize(
    "text, change",
    [
        ("экспорт увеличился на 15 %, или на 2,3 млрд долларов", True),
        ("товарооборот за год вырос на 40 млн долларов", True),
        ("импорт сократился на 8,5 млн долларов", True),
        ("поставки оказались на 11 млн долларов больше, чем годом ранее", True),
        ("прирост товарооборота составил 95 млн долларов", True),
        ("рост экспорта молочной продукции за январь–май 2024 года составил 9 млн долларов", True),
        ("область поставила в республику продукции на 30 млн долларов", False),
        ("товарооборот вырос, и край закупил техники на 30 млн долларов", False),
        ("объём торговли достиг 95 млн долларов", False),
        ("подписаны контракты на сумму 17 млн долларов", False),
    ],
)
def test_an_amount_a_figure_moved_by_is_no_level(text, change):
    from memogen.draft.numbers import is_change

    assert is_change(text, amounts(text)[-1]) is change


@pytest.mark.parametrize(
    ("said", "value", "scale"),
    [
        ("тридцать миллионов долларов", "30", "million"),
        ("двадцати миллиардов долларов", "20", "billion"),
        ("пятьдесят тысяч тонн", "50", "thousand"),
        ("трёх миллионов долларов", "3", "million"),
    ],
)
def test_a_number_in_words_is_read_by_its_longest_stem(said, value, scale):
    # «тридцать» starts with «три», «двадцать» with «два», «пятьдесят» with «пят»
    found = amounts(f"Товарооборот составил {said}.")
    assert [(a.value, a.scale) for a in found] == [(Decimal(value), scale)]


@pytest.mark.parametrize(
    ("text", "value", "scale", "currency"),
    [
        ("оборот составил 6 млрд 80,3 млн долларов", "6080.3", "million", "USD"),
        ("за год поставлено на 1 млрд 200 млн долларов США", "1200", "million", "USD"),
        ("импорт достиг 2 миллиарда 150 миллионов долларов", "2150", "million", "USD"),
        ("выручка — 3 млн 500 тыс. рублей", "3500", "thousand", "RUB"),
        ("экспорт вырос до $4 млрд 5 млн", "4005", "million", "USD"),
        ("объём составил 1 трлн 20 млрд российских рублей", "1020", "billion", "RUB"),
    ],
)
def test_an_amount_in_two_scales_is_one_amount_with_every_digit(text, value, scale, currency):
    amount = one(text)
    assert (amount.value, amount.scale, amount.currency) == (Decimal(value), scale, currency)
    assert str(amount.value) == value  # no digit added or lost
    assert amount.stated.split()[0] in text and amount.stated.endswith(text.split()[-1])


@pytest.mark.parametrize(
    "text",
    ["в 2024 году — 2 млрд, в 2025 году — 150 млн долларов", "не 1,5 млрд 200 млн", "2 млрд и 150 млн долларов"],
)
def test_two_amounts_that_do_not_make_one_stay_two(text):
    assert len(amounts(text)) == 2


@pytest.mark.parametrize(
    ("text", "low", "high", "scale"),
    [
        ("выйти на уровень от двух до трёх миллиардов долларов", "2", "3", "billion"),
        ("товарооборот в 500–700 млн долларов", "500", "700", "million"),
        ("колеблется в пределах 40–50 млн долларов", "40", "50", "million"),
        ("способны выйти на 1,5–2 млрд долларов в год", "1.5", "2", "billion"),
        ("от 3 до 4 млрд долларов", "3", "4", "billion"),
        ("от пяти до семи миллионов долларов", "5", "7", "million"),
    ],
)
def test_a_range_keeps_its_lower_end_and_its_upper_end(text, low, high, scale):
    amount = one(text)
    assert (amount.value, amount.scale, amount.currency) == (Decimal(low), scale, "USD")
    assert amount.upper is not None and (amount.upper.value, amount.upper.scale) == (Decimal(high), scale)


def test_a_range_of_percents_is_no_amount():
    assert amounts("экспорт вырос на 5–7 % к уровню прошлого года") == []


@pytest.mark.parametrize(
    ("word", "value"),
    [("семнадцать", 17), ("семнадцати", 17), ("двенадцати", 12), ("пятидесяти", 50), ("семидесяти", 70),
     ("восьмидесяти", 80), ("девяноста", 90), ("одиннадцать", 11), ("пятнадцать", 15), ("семь", 7)],
)
def test_numbers_in_words_beyond_ten(word, value):
    from memogen.draft.numbers import word_number

    assert word_number(word) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("экспорт за год удвоился", 2),
        ("поставки удвоились по сравнению с 2023 годом", 2),
        ("импорт утроился", 3),
        ("планируется удвоить товарооборот", 2),
        ("удвоение товарооборота к 2030 году", 2),
        ("товарооборот вырос вдвое", 2),
    ],
)
def test_a_multiple_said_by_a_verb_or_noun_is_a_rate_in_times(text, value):
    (rate,) = rates(text)
    assert (rate.kind, rate.value, rate.fall) == ("times", Decimal(value), False)


def test_morning_is_no_multiple():
    assert rates("утром делегация прибыла в Минск") == []


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        ("экспорт вырос на 5–7 %", "percent", "5", "7"),
        ("импорт снизился на 3-4 процента", "percent", "3", "4"),
        ("товарооборот увеличился в 1,5–2 раза", "times", "1.5", "2"),
        ("рост на двадцать пять процентов", "percent", "25", None),
        ("в период 2024–25 % роста не было", "percent", "25", None),
    ],
)
def test_a_rate_keeps_its_range_and_every_word_of_its_number(text, kind, low, high):
    (rate,) = rates(text)
    assert (rate.kind, rate.value, rate.upper) == (kind, Decimal(low), None if high is None else Decimal(high))


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("в форуме приняли участие 30–40 компаний", "30", "40", "компания"),
        ("поставлено 12-15 тракторов", "12", "15", "трактор"),
        ("участвовали от 30 до 40 фирм", "30", "40", "фирма"),
    ],
)
def test_a_range_of_counts_keeps_both_ends_and_the_noun(text, low, high, unit):
    amount = one(text)
    assert (amount.value, amount.upper.value, amount.unit) == (Decimal(low), Decimal(high), unit)


@pytest.mark.parametrize("text", ["программа на 2026–28 годы", "визит состоится 1–2 июля", "в 2024–2025 годах"])
def test_a_span_of_years_or_days_is_no_range_of_amounts(text):
    assert amounts(text) == []
