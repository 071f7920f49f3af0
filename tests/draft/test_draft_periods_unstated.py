"""Figures the release gives no period for (issue #10): a memo must not print a period its
source never stated. A count's period is read from the verb that governs it, not from a
verb that says who told it nor from a later statement; a count of what stands (made,
opened, «на сегодня»), of sittings, or since an undated start runs to the release's date;
a place or a share said in the present, and a value per year, take no period from the
sentences before; weeks and days of a year are the months they fall in. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import tenses
from memogen.draft.model import UNSTATED, supports
from memogen.draft.periods import mentions

RELEASE = dt.date(2025, 6, 20)
STATS = "В 2024 году товарооборот области с Беларусью составил 410 млн долларов, увеличившись на 6 %."

pytestmark = pytest.mark.skipif(
    not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts (unit)"
)


def _periods_of_places_and_shares(text: str) -> set[str]:
    """The periods of the places and shares with no amount drafted from `text` said after
    a sentence of last year's figures."""
    found = figures_for(RELEASE, "Пермский край", STATS, text)
    return {f["period"] for f in found if ("rank" in f or "share" in f) and f.get("value") is None}


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор сообщил, что область ведёт торговлю с 76 государствами.",
        "Участники встречи отметили: с белорусскими партнёрами уже работают более 30 предприятий края.",
        "Министр рассказал, что совместные мощности позволяют выпускать до 4 тысяч погрузчиков в год.",
    ],
)
def test_a_count_of_how_things_stand_is_not_dated_by_a_verb_of_saying(text):
    (count,) = [f for f in figures_for(RELEASE, "Пермский край", text) if "unit" in f]
    assert count["period"] == UNSTATED


@pytest.mark.parametrize(
    "text",
    [
        "На форуме стороны подписали 9 соглашений о сотрудничестве.",
        "В деловой встрече участвовали представители 35 белорусских фирм, а с другой стороны — около 150 компаний.",
        "На этом форуме подписывается ещё 12 новых соглашений.",
        "Председатель отметил, что стороны уже успели обсудить 15 вопросов повестки.",
    ],
)
def test_a_count_of_what_the_release_reports_keeps_its_month(text):
    counts = [f for f in figures_for(RELEASE, "Пермский край", text) if "unit" in f]
    assert counts and all(c["period"] == "2025-06" for c in counts)


@pytest.mark.parametrize(
    ("text", "at", "past"),
    [
        ("Губернатор сообщил, что край торгует с 76 государствами.", "76", False),
        ("Он отметил, что 40 % оборота приходится на соседей.", "40", False),
        ("Подписано 9 контрактов на поставку техники.", "9", True),
        ("Более 200 лифтов изготовлено и смонтировано в столице.", "200", True),
        ("Участвовали 35 фирм, а с другой стороны — около 150 компаний.", "150", True),
    ],
)
def test_the_verb_that_governs_a_count_says_whether_it_is_done(text, at, past):
    assert tenses.done(text, text.index(at)) is past


@pytest.mark.parametrize(
    "text",
    [
        "Среди регионов России область занимает пятое место по товарообороту с Беларусью.",
        "На Беларусь приходится 38 % внешнеторгового оборота области.",
        "Беларусь — второй торговый партнёр области среди стран СНГ.",
        "Беларусь остаётся крупнейшим покупателем молочной продукции края.",
        "Губернатор отметил, что на Беларусь приходится почти треть товарооборота области.",
        "Беларусь занимает пятое место среди партнёров области, а также третье — среди стран СНГ.",
    ],
)
def test_a_place_or_a_share_in_the_present_takes_no_period_from_before(text):
    assert _periods_of_places_and_shares(text) == {UNSTATED}


@pytest.mark.parametrize(
    "text",
    [
        "По этому показателю Беларусь занимает пятое место среди партнёров области.",
        "На Беларусь пришлось 38 % внешнеторгового оборота области.",
        "Беларусь также входит в число трёх крупнейших партнёров области.",
        "Лидирует Беларусь и в импорте: на неё приходится 44 % закупок области.",
        "Это позволило Беларуси занять второе место среди партнёров области.",
    ],
)
def test_a_place_or_a_share_that_goes_on_with_the_figures_before_keeps_their_period(text):
    assert _periods_of_places_and_shares(text) == {"2024"}


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот края с Беларусью составляет около 80 млн долларов в год.",
        "Уже несколько лет мы поставляем в Беларусь семена подсолнечника — около трёх тысяч тонн ежегодно.",
        "Губернатор предложил закупать в Беларуси технику — примерно на 20 млн долларов ежегодно.",
    ],
)
def test_a_value_per_year_takes_no_period_from_the_sentence_before(text):
    found = figures_for(RELEASE, "Пермский край", STATS, text)
    (yearly,) = [f for f in found if f.get("value") is not None and f.get("period") != "2024"]
    assert yearly["period"] == UNSTATED


@pytest.mark.parametrize(
    "text",
    [
        "Проведено двенадцать заседаний межправительственной комиссии, готовится тринадцатое.",
        "С момента его основания на заводе собрано уже 5 тыс. белорусских комбайнов.",
        "За годы независимости стороны заключили 25 межгосударственных договоров.",
    ],
)
def test_a_count_of_sittings_or_since_an_undated_start_runs_to_the_release(text):
    (count,) = [f for f in figures_for(RELEASE, "Пермский край", text) if "unit" in f]
    assert count["period"] == UNSTATED


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Экспорт в первые недели 2023 года вырос на 40 %.", "2023-01..02"),
        ("За первые шесть недель года поставки выросли.", "2023-01..02"),
        ("За шесть недель экспорт вырос на 10 %.", "2023-01..02"),
        ("Январь и 20 дней февраля этого года дали рост на 15 %.", "2023-01..02"),
    ],
)
def test_weeks_and_days_are_the_months_they_fall_in_never_the_year(text, period):
    assert [str(m.period) for m in mentions(text, dt.date(2023, 2, 28))] == [period]


@pytest.mark.parametrize(
    "text",
    [
        "В Ташкенте и Самарканде открыты три фирменных магазина белорусской мебели.",
        "Губернатор добавил, что на совместном заводе изготовлено 150 автобусов.",
        "В области создано 9 сборочных производств: выпускаются тракторы — в этом году их будет поставлено 800 штук.",
        "Сегодня стороны связывают более 40 соглашений, главное из них — Договор о дружбе 2001 года.",
    ],
)
def test_a_count_of_what_stands_takes_no_period_of_a_later_statement_or_of_the_release(text):
    count = next(f for f in figures_for(RELEASE, "Пермский край", text) if "unit" in f)
    assert count["period"] == UNSTATED


def test_growth_over_the_last_years_with_no_level_names_no_period():
    (grown,) = figures_for(RELEASE, "Пермский край", "За последние четыре года экспорт края в Беларусь вырос в три раза.")
    assert grown["period"] == UNSTATED and grown["growth"]["years"] == 4


def test_growth_over_the_last_years_still_joins_the_level_stated_next():
    found = figures_for(RELEASE, "Пермский край", "За последние пять лет товарооборот вырос в 4,6 раза.",
                        "В 2024 году он превысил 320 млн долларов.")
    (level,) = found
    assert level["period"] == "2024" and level["growth"]["years"] == 5


def test_a_value_of_years_the_release_does_not_name_takes_no_period_from_before():
    found = figures_for(RELEASE, "Пермский край", STATS,
                        "В отдельные годы белорусский экспорт в край превышал 300 млн долларов.")
    (then,) = [f for f in found if f.get("value") == 300]
    assert then["period"] == UNSTATED


def test_a_target_takes_no_period_of_a_statement_after_a_semicolon():
    found = figures_for(RELEASE, "Пермский край", "Поставлена задача удвоить товарооборот; для этого в следующем "
                        "году в Беларусь поедут предприниматели края.")
    assert [f["period"] for f in found] == [UNSTATED]


@pytest.mark.parametrize(
    "said",
    [
        ("Стороны подписали соглашение в 2021 году, и с тех пор товарооборот вырос до 400 млн долларов.",),
        ("Губернатор впервые побывал в Минске в 2021 году.", "С тех пор торговля увеличилась до 400 млн долларов."),
    ],
)
def test_a_level_moved_to_since_then_is_of_now_not_of_the_start(said):
    (found,) = figures_for(RELEASE, "Республика Казахстан", *said)
    assert (found["period"], found["value"]) == (UNSTATED, 400)


def test_a_count_since_then_runs_from_the_start_to_the_release():
    said = "Сборочное производство открыли в 2019 году, и с тех пор на нём собрано более 3 тыс. тракторов."
    (found,) = figures_for(RELEASE, "Республика Казахстан", said)
    assert found["period"] == "2019-01..2025-06"


def test_a_level_of_the_year_named_before_since_then_keeps_it():
    said = "В 2021 году товарооборот составил 300 млн долларов, и с тех пор он только рос."
    (found,) = figures_for(RELEASE, "Республика Казахстан", said)
    assert (found["period"], found["value"]) == ("2021", 300)


@pytest.mark.parametrize(
    "said",
    [
        "Завод запущен в мае 2024 года и рассчитан на выпуск 300 тыс. тонн удобрений в год.",
        "Линию открыли в марте, и теперь она ежегодно выпускает 2 тыс. тракторов.",
    ],
)
def test_a_value_per_year_takes_no_month_of_another_deed(said):
    (found,) = figures_for(RELEASE, "Республика Казахстан", said)
    assert found["period"] == UNSTATED


@pytest.mark.parametrize(
    ("said", "period"),
    [
        ("В 2026 году завод выйдет на выпуск 300 тыс. тонн удобрений в год.", "2026"),
        ("В мае 2024 года завод отгрузил в Беларусь 30 тыс. тонн удобрений.", "2024-05"),
    ],
)
def test_a_value_per_year_keeps_a_year_and_a_month_dates_a_value_not_per_year(said, period):
    (found,) = figures_for(RELEASE, "Республика Казахстан", said)
    assert found["period"] == period
