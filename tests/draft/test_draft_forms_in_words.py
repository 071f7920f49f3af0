"""Figures in forms the drafter once left unread (issue #10): counts said by an adverb
(«дважды», «трижды»), floors said by a verb of passing a mark («переваливает за»,
«перешагнёт»). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen import reading
from memogen.draft import counts
from memogen.draft import numbers as num
from memogen.draft.figures import Context
from memogen.draft.model import supports

RELEASE = dt.date(2024, 10, 8)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("В этом году вице-премьер приезжал в Минск уже дважды.", 2, "визит"),
        ("За минувший год мэр трижды побывал на белорусских заводах.", 3, "визит"),
        ("С весны рабочая группа собиралась четырежды.", 4, "заседание"),
    ],
)
def test_an_adverb_of_how_many_times_is_a_count_of_occasions(text, value, unit):
    (said,) = counts.read(text)
    assert (said.value, said.unit, said.hedge) == (Decimal(value), unit, None)


@pytest.mark.parametrize(
    "text",
    [
        "Министр дважды подчеркнул значение кооперации.",  # no verb of meeting or visiting
        "Делегации встречаются дважды в год.",  # how often, not how many
    ],
)
def test_an_adverb_that_counts_no_occasion_is_no_count(text):
    assert counts.read(text) == []


@pytest.mark.skipif(not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts")
def test_a_count_in_an_adverb_takes_the_year_its_sentence_names():
    (found,) = figures_read(("В 2024 году губернатор побывал в Гродно дважды.",), Context(RELEASE))
    assert (found["period"], found["value"], found["unit"]) == ("2024", Decimal(2), "визит")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Сейчас взаимная торговля едва переваливает за 40 млн долларов.", Decimal(40)),
        ("Оборот уже перевалил за отметку в 300 млн долларов.", Decimal(300)),
        ("Уверен, что в этом году торговля перешагнёт 2 млрд долларов.", Decimal(2)),
        ("Объём поставок может перешагнуть рубеж в 1,2 млрд долларов.", Decimal("1.2")),
    ],
)
def test_a_mark_said_to_be_passed_is_a_floor(text, value):
    (amount,) = num.amounts(text)
    assert (amount.value, amount.hedge) == (value, "более")
    (read,) = reading.numbers_in(text)  # and `memogen validate` reads the same floor in the quote
    assert (read.value, read.hedge) == (value, "over")


@pytest.mark.parametrize(
    "text",
    [
        "За десять лет оборот вырос в 40 раз — с 5 миллионов долларов в 2014 году до 200 миллионов долларов.",
        "Поставки поднялись с 12 млн долларов до 30 млн долларов.",
        "Импорт сократился с 300 млн долларов в 2015-м до 150 млн долларов.",
    ],
)
def test_the_end_of_a_move_from_a_level_is_no_ceiling(text):
    start, reached = num.amounts(text)
    assert (start.hedge, reached.hedge) == (None, None)
    assert [r.hedge for r in reading.numbers_in(text) if r.value in (reached.value,)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "С 1 января до 300 тонн в месяц могут поставлять по новой квоте.",  # a date starts no level
        "Кредит выдан на сумму до 300 млн долларов.",
    ],
)
def test_a_ceiling_after_no_level_stays_a_ceiling(text):
    assert num.amounts(text)[-1].hedge == "до"


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "hedge"),
    [
        ("Осталось согласовать около восьми-девяти программ.", 8, 9, "программа", "около"),
        ("На ярмарку приехали пять – шесть фирм из Гомеля.", 5, 6, "фирма", None),
        ("В год область отправляет десять-двенадцать составов.", 10, 12, "состав", None),
    ],
)
def test_a_range_of_a_count_in_words_is_one_count_with_its_upper_end(text, low, high, unit, hedge):
    (count,) = num.amounts(text)
    assert (count.value, count.upper.value if count.upper else None, count.unit, count.hedge) == (
        Decimal(low), Decimal(high), unit, hedge,
    )


def test_a_hyphen_after_no_number_starts_no_range():
    (count,) = num.amounts("Партнёры из Ростова-на-Дону открыли три склада.")
    assert (count.value, count.upper, count.unit) == (Decimal(3), None, "склад")


def test_a_range_in_words_keeps_the_whole_it_is_part_of():
    (count,) = num.amounts("Доработать нужно семь-восемь карт из 40.")
    assert (count.value, count.upper.value, count.out_of) == (Decimal(7), Decimal(8), Decimal(40))


@pytest.mark.parametrize("part", ["пять", "5"])
def test_a_part_said_of_them_leaves_its_whole_a_count_of_its_own(part):
    whole, of_them = num.amounts(f"Готовится набор из 12 соглашений, {part} из них уже парафированы.")
    assert (whole.value, whole.unit, whole.out_of) == (Decimal(12), "соглашение", None)
    assert (of_them.value, of_them.unit, of_them.out_of) == (Decimal(5), "соглашение", Decimal(12))


def test_a_whole_named_first_with_no_pronoun_is_still_one_count():
    (count,) = num.amounts("Из 40 намеченных мероприятий проведено 25.")
    assert (count.value, count.out_of) == (Decimal(25), Decimal(40))


@pytest.mark.skipif(not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts")
@pytest.mark.parametrize(
    ("text", "value", "unit", "period"),
    [
        ("В прошлом году в Узбекистан поставлено 2000 тракторов.", 2000, "трактор", "2023"),
        ("За 2023 год на рынок вышло 1990 новых комбайнов.", 1990, "комбайн", "2023"),
    ],
)
def test_a_count_that_looks_like_a_year_is_a_count(text, value, unit, period):
    (found,) = figures_read((text,), Context(RELEASE))
    assert (found["value"], found["unit"], found["period"]) == (Decimal(value), unit, period)


def test_a_year_before_no_counted_noun_is_still_a_year():
    (found,) = figures_read(("В 2020 товарооборот вырос на 5 %.",), Context(RELEASE))
    assert found["period"] == "2020"


def test_as_many_counts_its_noun_as_the_count_before_it():
    counted = num.amounts("Завод отгрузит 150 тягачей и столько же полуприцепов.")
    assert [(a.value, a.unit) for a in counted] == [(Decimal(150), "тягач"), (Decimal(150), "полуприцеп")]


@pytest.mark.parametrize(
    "text",
    ["Мы покупаем у партнёров столько же, сколько продаём.", "Сейчас столько же компаний работает в Гродно."],
)
def test_as_many_with_no_count_or_noun_counts_nothing(text):
    assert num.amounts(text) == []


@pytest.mark.parametrize(
    ("text", "hedge", "over"),
    [
        ("Смета нового цеха — до 60 млн долларов.", "до", "under"),  # a dash after words alone: a ceiling
        ("Экспорт вырос на 15 % — до 60 млн долларов.", None, None),  # after a rate: the level reached
        ("Экспорт снизился на 9 %, а импорт — на 4 %, до 60 млн долларов.", None, None),
        ("Рост поставок — до 60 млн долларов.", None, None),  # a word of change before the dash
    ],
)
def test_a_dash_before_do_is_a_ceiling_only_after_words_alone(text, hedge, over):
    assert num.amounts(text)[-1].hedge == hedge
    assert [r.hedge for r in reading.numbers_in(text) if r.value == 60] == [over]


def test_what_a_project_is_estimated_to_cost_is_its_cost():
    from memogen.draft import deals

    text = "Смета нового цеха — до 60 млн долларов."
    assert deals.cost(text, text.index("60")) == "contracts"


_NUMERALS = (
    "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "пятнадцать",
    "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто", "сто",
    "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот",
)


@pytest.mark.parametrize("lemma", _NUMERALS)
def test_every_case_of_a_numeral_pymorphy_knows_is_read_as_its_number(lemma):
    from memogen import inflect

    (numeral,) = [p for p in inflect.morph().parse(lemma) if p.tag.POS == "NUMR"][:1]
    value = reading.spelled_number(lemma)
    for form in {f.word for f in numeral.lexeme} | {f.word.replace("ё", "е") for f in numeral.lexeme}:
        if inflect.morph().parse(form)[0].tag.POS != "NUMR":
            continue  # «семью» is a family's more often than seven
        assert re.fullmatch(reading.SPELLED, form), form
        assert reading.spelled_number(form) == value, form


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Область дружит с пятью регионами Казахстана.", 5, "регион"),
        ("Завод сотрудничает с двумя десятками дилеров.", 20, "дилер"),
        ("Соглашения подписаны с тремя сотнями фермеров.", 300, "фермер"),
    ],
)
def test_a_count_in_the_instrumental_is_a_count(text, value, unit):
    (count,) = num.amounts(text)
    assert (count.value, count.unit) == (Decimal(value), unit)


def test_the_sides_between_which_something_runs_are_no_count():
    assert num.amounts("Стороны обсудили связи между двумя территориями.") == []


def test_the_two_people_met_are_no_count():
    assert num.amounts("Мэр встретился с двумя дипломатами из Ирана.") == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Каждую неделю приходит один, а то и два состава с удобрениями.", 1, 2, "состав"),
        ("Фирмы подписывают 5, а то и 6 контрактов в месяц.", 5, 6, "контракт"),
    ],
)
def test_or_even_joins_a_range_of_a_count(text, low, high, unit):
    (count,) = num.amounts(text)
    assert (count.value, count.upper.value, count.unit) == (Decimal(low), Decimal(high), unit)


def test_or_even_of_years_is_no_count():
    assert num.amounts("На это уйдёт два, а то и три года.") == []


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Экспорт вырос на четверть: товаров за рубеж отгружено на 2 млн 300 тыс. долларов.", False),
        ("Экспорт вырос: на 20 млн долларов.", True),  # no verb of its own after the colon: by how much
        ("Экспорт вырос на 20 млн долларов.", True),
    ],
)
def test_an_amount_told_after_a_colon_with_its_own_verb_is_a_level(text, change):
    (amount,) = num.amounts(text)
    assert num.is_change(text, amount) is change


def test_a_multiple_with_a_little_more_is_hedged_over():
    (rate,) = num.rates("Оборот вырастет в 10 с лишним раз.")
    assert (rate.kind, rate.value, rate.hedge) == ("times", Decimal(10), "более")
    (read,) = reading.numbers_in("Оборот вырастет в 10 с лишним раз.")
    assert (read.kind, read.value, read.hedge) == ("times", Decimal(10), "over")
