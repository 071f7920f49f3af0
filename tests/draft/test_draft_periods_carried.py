"""Periods and growth the drafter carries from one sentence or clause to another (issue
#10): «долл. США» ending no sentence, a base named with the dative of months, a run of
months with no year in digits, «к тем же месяцам», a plan's year from the sentence
before, growth and a share of a figure stated apart from its amount, hedges in words.
Sentences written for these tests, in several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft import numbers as num
from memogen.draft import sentences
from memogen.draft.figures import Context
from memogen.draft.model import UNSTATED
from memogen.draft.periods import mentions

RELEASE = dt.date(2025, 9, 10)


def figures(*said: str, release: dt.date = RELEASE) -> list[dict]:
    return figures_read(said, Context(release))


def periods(text: str, release: dt.date = RELEASE) -> list[tuple[str, str]]:
    return [(str(m.period), m.role) for m in mentions(text, release)]


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт составил 48,2 млн долл. США, увеличившись на 7 %. Импорт сократился.",
        "Поставки достигли 3,5 млрд долл. США и выросли вдвое. Импорт сократился.",
        "Объём торговли — 12 млн дол. США. Импорт сократился.",
    ],
)
def test_dollars_of_the_usa_end_no_sentence(text):
    said = sentences(text)
    assert said == [text.removesuffix(" Импорт сократился."), "Импорт сократился."]


def test_a_sentence_ending_in_roubles_still_ends():
    assert sentences("Инвестиции — 5 млн руб. Экспорт вырос.") == ["Инвестиции — 5 млн руб.", "Экспорт вырос."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("рост на 12 % к январю–маю 2024 года", [("2024-01..05", "base")]),
        ("прибавил 9 % к январю–сентябрю прошлого года", [("2024-01..09", "base")]),
        ("в 1,3 раза больше по сравнению с мартом 2024 года", [("2024-03", "base")]),
    ],
)
def test_months_in_the_dative_name_a_base(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("С января по июль этого года товарооборот вырос", "2025-01..07"),
        ("с февраля по июнь текущего года экспорт составил", "2025-02..06"),
        ("с марта по май прошлого года", "2024-03..05"),
        ("с января по август торговля выросла", "2025-01..08"),
        ("с января по ноябрь торговля выросла", "2024-01..11"),  # months still to come: last year's
    ],
)
def test_a_run_of_months_from_to_with_no_year_in_digits(text, expected):
    assert periods(text)[0] == (expected, "period")


@pytest.mark.parametrize(
    "text",
    [
        "а прирост к тем же месяцам прошлого года — 8 %",
        "рост по сравнению с тем же периодом 2024 года",
        "к соответствующему периоду прошлого года",
        "в сравнении с аналогичным кварталом 2024 года",
    ],
)
def test_the_same_months_a_year_before_are_a_base(text):
    assert [role for _, role in periods(text)] == ["base"]


@pytest.mark.parametrize(
    "said",
    [
        ("С января по июль этого года торговля с областью составила 420 млн долларов, "
         "а прирост к тем же месяцам прошлого года — почти 9 %.",),
        ("За семь месяцев товарооборот составил 420 млн долларов, а прирост к аналогичному периоду — почти 9 %.",),
        ("За январь–июль товарооборот достиг 420 млн долларов; рост при этом составил почти 9 %.",),
    ],
)
def test_a_bare_word_of_growth_after_a_figure_is_its_growth(said):
    found = figures(*said)
    assert len(found) == 1
    assert found[0]["period"] == "2025-01..07" and found[0]["value"] == Decimal(420)
    assert found[0]["growth"]["change"] == Decimal(9) and found[0]["growth"]["qualifier"] == "почти"


def test_growth_with_a_period_of_its_own_after_a_is_no_growth_of_the_figure():
    found = figures("В 2024 году товарооборот составил 420 млн долларов, а рост в первом полугодии 2025 года — 9 %.")
    assert found[0]["period"] == "2024" and "growth" not in found[0]


@pytest.mark.parametrize(
    "said",
    [
        ("В январе–июле 2025 года товарооборот вырос на 4,2 %, сообщил министр.",
         "Он отметил, что санкции не ослабевают.",
         "По данным статистики, за январь–июль товарооборот достиг 3,1 млрд долларов."),
        ("В январе–июле 2025 года взаимная торговля увеличилась на 4,2 %.",
         "За семь месяцев товарооборот составил 3,1 млрд долларов."),
    ],
)
def test_growth_stated_sentences_before_its_amount_joins_it(said):
    found = figures(*said)
    assert len(found) == 1
    assert found[0]["value"] == Decimal("3.1") and found[0]["growth"]["change"] == Decimal("4.2")


@pytest.mark.parametrize(
    "said",
    [
        ("С января по июль товарооборот составил 420 млн долларов.",
         "На эту страну за эти семь месяцев пришлось 4 % внешней торговли Беларуси."),
        ("За январь–июль товарооборот составил 420 млн долларов.",
         "За этот период на страну пришлось 4 % внешней торговли Беларуси."),
    ],
)
def test_a_share_that_refers_back_to_the_period_joins_the_figure(said):
    found = figures(*said)
    assert len(found) == 1 and found[0]["share"]["percent"] == Decimal(4)


def test_a_share_that_names_no_period_stays_a_fact_of_its_own():
    found = figures("За январь–июль товарооборот составил 420 млн долларов.",
                    "Ранее сообщалось, что на страну приходится 4 % внешней торговли Беларуси.")
    assert len(found) == 2 and "share" not in found[0]


@pytest.mark.parametrize(
    "said",
    [
        ("Речь идёт о поставках в течение 2026 года белорусских тракторов.",
         "В Замбию Беларусь намерена поставить порядка 600 тракторов."),
        ("Контракт рассчитан на поставки в 2026 году.", "Всего Беларусь намерена поставить около 600 тракторов."),
    ],
)
def test_a_plan_takes_the_year_the_sentence_before_named(said):
    found = figures(*said)
    assert [(f["period"], f["value"]) for f in found] == [("2026", Decimal(600))]


def test_an_expectation_takes_no_year_that_is_over():
    found = figures("В 2024 году товарооборот составил 1,2 млрд долларов.",
                    "Стороны намерены довести товарооборот до 2 млрд долларов.")
    assert found[1]["period"] != "2024"


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("звучат оценки где-то в районе 60 миллиардов долларов", Decimal(60), "около"),
        ("товарооборот в районе 2 млрд долларов", Decimal(2), "около"),
        ("стороны наторговали более чем на девять миллиардов долларов", Decimal(9), "более"),
        ("объём составил около полутора миллиардов долларов", Decimal("1.5"), "около"),
        ("экспорт достиг почти двух миллиардов долларов", Decimal(2), "почти"),
    ],
)
def test_hedged_amounts_in_words(text, value, hedge):
    (amount,) = num.amounts(text)
    assert (amount.value, amount.scale, amount.hedge) == (value, "billion", hedge)


def test_a_place_named_in_a_region_is_no_hedge():
    (amount,) = num.amounts("в районе города работают 5 предприятий")
    assert amount.hedge is None


@pytest.mark.parametrize(
    "said",
    [
        ("Товарооборот в этом году снова обновит рекорд.", "«Сегодня звучат оценки в районе 6 миллиардов долларов»."),
        ("Товарооборот в этом году вырастет.", "Оценки — где-то в районе 6 миллиардов долларов."),
    ],
)
def test_an_estimate_in_the_next_sentence_is_of_the_indicator_before(said):
    (found,) = figures(*said)
    assert (found["indicator"], found["period"], found["value"]) == ("turnover", "2025", Decimal(6))
    assert found["qualifier"] == "около" and found["status"] == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "По итогам 2024 года стороны наторговали на 3,2 млрд долларов.",
        "В 2024 году регионы наторговали почти на 3,2 млрд долларов.",
    ],
)
def test_trading_for_an_amount_is_the_turnover(text):
    (found,) = figures(text)
    assert (found["indicator"], found["period"], found["value"]) == ("turnover", "2024", Decimal("3.2"))


@pytest.mark.parametrize(
    "text",
    [
        "Стороны намерены нарастить товарооборот до 800 млн долларов.",
        "Беларусь и Куба намереваются довести товарооборот до 800 млн долларов.",
    ],
)
def test_an_intention_is_a_target(text):
    (found,) = figures(text)
    assert found["status"] == "target"


@pytest.mark.parametrize(
    "before",
    [
        "Губернатор намерен посетить Минск в ноябре с рабочим визитом.",
        "За январь–июль экспорт составил 210 млн долларов.",
    ],
)
def test_a_level_said_of_now_takes_no_span_of_the_sentence_before(before):
    found = figures(before, "Сейчас товарооборот двух стран составляет около 400 млн долларов.")
    (now,) = [f for f in found if f["value"] == Decimal(400)]
    assert now["period"] == UNSTATED


def test_a_level_not_said_of_now_keeps_the_span_of_the_sentence_before():
    found = figures("За январь–июль экспорт составил 210 млн долларов.", "Импорт при этом составил 190 млн долларов.")
    assert [str(f["period"]) for f in found] == ["2025-01..07", "2025-01..07"]


@pytest.mark.parametrize(
    "said",
    [
        ("За январь–июнь экспорт составил 40 млн долларов, тогда как годом ранее было 25 млн долларов.",),
        ("За январь–июнь экспорт составил 40 млн долларов.", "Годом раньше он составлял 25 млн долларов."),
    ],
)
def test_a_level_a_year_earlier_is_of_the_span_in_force_a_year_before(said):
    found = figures(*said)
    assert [(str(f["period"]), f["value"]) for f in found] == [("2025-01..06", 40), ("2024-01..06", 25)]


def test_a_year_earlier_compared_with_is_a_base_not_the_figures_span():
    (found,) = figures("За январь–июнь экспорт составил 40 млн долларов, что на 60 % больше, чем годом ранее.")
    assert (str(found["period"]), found["growth"]["change"]) == ("2025-01..06", 60)
