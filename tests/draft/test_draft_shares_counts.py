"""Shares of a whole and counts of occasions as the drafter reads them (issue #10): a share
in a clause of its own beside a count, a share that moved, «на уровне прошлого года» as a
base, «встречались N раз». Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft import counts
from memogen.draft.figures import Context, read_sentence
from memogen.draft.model import supports

RELEASE = dt.date(2025, 6, 20)
NEEDS_WHOLE = pytest.mark.skipif(
    not supports("Share", "whole"), reason="the facts model of this memogen has no share.whole (issue #9)"
)


def shares_read(text: str, partner: str | None = "Псковской области") -> list[dict]:
    ctx = Context(RELEASE, partner_genitive=partner)
    return [i.data["share"] for i in read_sentence(text, 0, ctx) if "share" in i.data]


@NEEDS_WHOLE
@pytest.mark.parametrize(
    "text, percent, whole",
    [
        ("Область торгует почти с 60 странами, однако на Беларусь приходится более 35 % её товарооборота.",
         Decimal(35), "товарооборота Псковской области"),
        ("У региона 12 зарубежных партнёров, но доля Беларуси в его внешней торговле — 48 %.",
         Decimal(48), "внешней торговли Псковской области"),
    ],
)
def test_a_share_in_a_clause_of_its_own_beside_a_count(text, percent, whole):
    (share,) = shares_read(text)
    assert (share["percent"], share["whole"]) == (percent, whole)


@NEEDS_WHOLE
@pytest.mark.parametrize(
    "text",
    [
        "За пять месяцев доля Казахстана в белорусском импорте выросла с 12 % до 19 %.",
        "В 2024 году доля Китая в экспорте республики увеличилась с 12 до 19 процентов.",
    ],
)
def test_a_share_that_moved_is_one_share_at_its_new_level(text):
    (share,) = shares_read(text, None)
    assert share["percent"] == Decimal(19) and "qualifier" not in share
    assert share.get("previous", Decimal(12)) == Decimal(12)
    assert "выросла" not in share["whole"] and "увеличилась" not in share["whole"]


@NEEDS_WHOLE
@pytest.mark.parametrize(
    ("text", "percent", "whole", "hedge"),
    [
        ("Торговля с Арменией составила 80 млн долларов, или 40 % всего товарооборота с регионом.", 40,
         "всего товарооборота с регионом", None),
        ("В 2024 году экспорт в край достиг 168 млн долларов, что составляет почти 12 % общего объёма его импорта.",
         12, "общего объёма его импорта", "почти"),
        ("Импорт из области составил 2 млрд 15 млн долларов — это 70 % всего товарооборота.", 70,
         "всего товарооборота", None),
        ("В 2023 году товарооборот составил 90 млн долларов, или 3,5 % внешнеторгового оборота области.", "3.5",
         "внешнеторгового оборота области", None),
    ],
)
def test_a_share_restating_an_amount_is_that_amounts_share(text, percent, whole, hedge):
    (share,) = shares_read(text)
    assert (share["percent"], share["whole"], share.get("qualifier")) == (Decimal(percent), whole, hedge)


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году товарооборот составил 300 млн долларов, или 112 % к уровню 2023 года.",
        "В 2024 году товарооборот составил 300 млн долларов, или 97,5 % к уровню 2023 года.",
        "В 2024 году экспорт составил 300 млн долларов, или на 12 % больше, чем годом ранее.",
    ],
)
def test_a_rate_restating_an_amount_is_no_share(text):
    assert shares_read(text) == []


def test_the_level_of_last_year_is_a_base_not_the_figures_period():
    fs = figures_read(
        ("В январе–мае 2025 года товарооборот составил 90 млн долларов.",
         "Несмотря на снижение товарооборота на 6 %, экспорт удалось сохранить на уровне прошлого года."),
        Context(RELEASE),
    )
    assert [(f["period"], f.get("value"), f["growth"]) for f in fs] == [
        ("2025-01..05", Decimal(90), {"change": Decimal(-6), "quote": fs[0]["growth"]["quote"]})
    ]


@pytest.mark.parametrize(
    "text, value, unit, hedge",
    [
        ("Главы двух государств встречались уже 14 раз.", Decimal(14), "встреча", None),
        ("Губернатор посещал Беларусь более 20 раз.", Decimal(20), "визит", "более"),
        ("Совместная комиссия собиралась девять раз.", Decimal(9), "заседание", None),
    ],
)
def test_how_many_times_people_met_or_visited_is_a_count(text, value, unit, hedge):
    (said,) = counts.read(text)
    assert (said.value, said.unit, said.hedge) == (value, unit, hedge)


@pytest.mark.parametrize(
    "text", ["Товарооборот вырос в 11 раз.", "Министры встречаются три раза в год.", "Экспорт увеличился в два раза."]
)
def test_a_multiple_or_how_often_is_no_count_of_occasions(text):
    assert counts.read(text) == []


@pytest.mark.skipif(not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts")
def test_a_count_of_occasions_has_no_period_unless_it_names_one():
    (always,) = figures_read(("Президенты встречались уже 14 раз.",), Context(RELEASE))
    (this_year,) = figures_read(("В 2024 году министры встречались пять раз.",), Context(RELEASE))
    assert (always["period"], always["value"], always["unit"]) == ("unstated", Decimal(14), "встреча")
    assert (this_year["period"], this_year["value"]) == ("2024", Decimal(5))


def counts_read(text: str) -> list[tuple]:
    found = figures_read((text,), Context(RELEASE))
    return [(f["value"], f["unit"], f.get("qualifier")) for f in found if f.get("unit")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedge"),
    [
        ("За год комиссия провела семнадцать заседаний.", 17, "заседание", None),
        ("По итогам визита подписано двенадцать документов.", 12, "документ", None),
        ("В форуме приняли участие около сорока компаний из обеих стран.", 40, "компания", "около"),
        ("В области открыто двадцать пять торговых домов.", 25, "дом", None),
        ("На переговорах подписано почти два десятка соглашений.", 20, "соглашение", "почти"),
        ("С начала года в регион отгружено полтора десятка тракторов.", 15, "трактор", None),
        ("Продукцию закупают более ста сорока двух предприятий.", 142, "предприятие", "более"),
        ("В ярмарке участвовали около десятка фирм.", 10, "фирма", "около"),
    ],
)
def test_a_count_in_words_is_a_count(text, value, unit, hedge):
    assert counts_read(text) == [(Decimal(value), unit, hedge)]


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот двух стран вырос за три года в два раза.",
        "Готовится восемнадцатое заседание комиссии.",
        "Одна из компаний открыла склад в Минске.",
        "Китай входит в число пяти крупнейших партнёров республики.",
        "Делегация провела не один десяток встреч.",
        "Лидеры трёх государств обсудили логистику.",
        "Рост составил пять процентов.",
    ],
)
def test_a_number_in_words_that_counts_nothing_is_no_count(text):
    assert counts_read(text) == []


@pytest.mark.parametrize("number", ["десять", "10"])
def test_of_them_counts_the_things_counted_before(number):
    found = counts_read(f"В делегацию вошли представители 31 предприятия, {number} из них показали свою продукцию.")
    assert found == [(Decimal(31), "предприятие", None), (Decimal(10), "предприятие", None)]
