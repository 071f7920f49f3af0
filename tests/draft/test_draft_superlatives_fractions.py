"""The drafter on a first place said by a superlative (`rank.words`), on the fractions
«две трети» and «три четверти», and on a share of a whole that is no trade. Sentences
written for this test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 6, 10)


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(RELEASE))


@pytest.mark.parametrize(
    ("sentence", "words", "holder"),
    [
        ("Беларусь является крупнейшим торговым партнером Курской области.", "крупнейший торговый партнер", "ours"),
        ("В 2024 году Беларусь стала главным торговым партнером Алтайского края.", "главный торговый партнер",
         "ours"),
        ("Казахстан остаётся ведущим поставщиком зерна в Беларусь.", "ведущий поставщик", "partner"),
        # «основной» is the one main partner, as «главный»
        ("Аргентина — основной торговый партнёр Беларуси в Южной Америке.", "основной торговый партнёр", "partner"),
        ("Вьетнам остаётся основным торговым партнёром Беларуси в Азии.", "основной торговый партнёр", "partner"),
    ],
)
def test_a_superlative_is_a_first_place_keeping_its_words(sentence, words, holder):
    (f,) = figures(sentence)
    assert (f["rank"]["position"], f["rank"]["words"], f["rank"]["holder"]) == (1, words, holder)


@pytest.mark.parametrize(
    "sentence",
    ["Беларусь является одним из ведущих партнеров области.",
     "Минский тракторный завод — один из крупнейших производителей техники.",
     "Беларусь остаётся одним из основных партнёров области.",
     "Основной объём поставок пришёлся на калийные удобрения.",
     "Основными торговыми партнёрами области были Китай, Казахстан и Беларусь.",
     "Крупнейшими покупателями продукции остаются Россия и Китай."],
)
def test_one_of_the_leading_is_no_first_place(sentence):
    assert not any("rank" in f for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "words", "percent", "hedge"),
    [
        ("В 2024 году на Беларусь пришлось две трети импорта Курской области.", "две трети", "66.7", None),
        ("По итогам 2023 года более трёх четвертей экспорта края пришлось на Беларусь.", "три четверти", "75",
         "более"),
        ("В 2024 году почти двум третям экспорта области обязана белорусская сторона.", "две трети", "66.7",
         "почти"),
    ],
)
def test_two_thirds_and_three_quarters_are_shares_in_words(sentence, words, percent, hedge):
    (f,) = figures(sentence)
    share = f["share"]
    assert (share["words"], share["percent"], share.get("qualifier")) == (words, Decimal(percent), hedge)
    # a share of a trade: the flow its whole names when the words say whose («импорта Курской области»)
    assert f["indicator"] in ("turnover", "exports", "imports")


def test_a_fraction_of_a_whole_that_is_no_trade_is_another_figure_with_its_whole():
    (f,) = figures("Почти две трети техники, закупаемой хозяйствами района, — это белорусские машины.")
    assert (f["indicator"], f["share"]["words"], f["share"]["whole"]) == (
        "other", "две трети", "техники, закупаемой хозяйствами района")


def test_a_fraction_naming_a_part_of_a_period_is_no_share():
    assert figures("В последней трети года поставки выросли.") == []


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        ("В 2024 году товарооборот с областью сократился вдвое и составил 150 млн долларов.", "2"),
        ("Экспорт в край за 2023 год снизился в 1,5 раза — до 40 млн долларов.", "1.5"),
        ("По итогам 2024 года импорт из республики уменьшился в три раза.", "3"),
    ],
)
def test_a_fall_by_a_multiple_is_times_with_fall(sentence, times):
    (f,) = figures(sentence)
    assert (f["growth"]["times"], f["growth"]["fall"]) == (Decimal(times), True)


def test_a_rise_by_a_multiple_is_no_fall():
    (f,) = figures("В 2024 году товарооборот с областью вырос в 2,5 раза и составил 300 млн долларов.")
    assert f["growth"] == {"times": Decimal("2.5")}


@pytest.mark.parametrize(
    ("sentence", "among", "holder"),
    [
        ("Из всех регионов Сибири именно Новосибирская область торгует с Беларусью больше всего.",
         "среди регионов Сибири", "partner"),
        ("Среди поставщиков области Беларусь лидирует уже третий год.", "среди поставщиков области", "ours"),
        ("Из всех стран ЕАЭС, Армения наращивает закупки активнее всех.", "среди стран ЕАЭС", "partner"),
    ],
)
def test_the_most_of_all_is_a_first_place(sentence, among, holder):
    (f,) = figures(sentence)
    assert f["rank"] == {"position": 1, "among": among, "holder": holder}


@pytest.mark.parametrize(
    "sentence",
    ["Из всех предложенных проектов больше всего понравился первый.", "Беларусь больше всего торгует с Россией."],
)
def test_the_most_of_no_group_of_parties_is_no_place(sentence):
    assert not any("rank" in f for f in figures(sentence))
