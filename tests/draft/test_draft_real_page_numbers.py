"""How numbers are read where real releases from outside the repository were read wrong
(issue #10): a hedge in words («без малого»), a mark said to be passed («превысит планку
в …»), a move «с $X до $Y» whose «до» is no upper bound, the currency of the level a move
reached, a place name that looks like a comparative («Нижегородской» is no «ниже»), growth
«рост … составил N %» read as an index, a bare number read as money, and a line break that
ends a headline or a byline. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ruamel.yaml import YAML
from tests.draft.drafted import figures_for, growth_of

from memogen.draft import Release, draft_release, sentences
from memogen.draft.model import Item
from memogen.draft.numbers import amounts
from memogen.draft.write import commented, dump, mark

RELEASE = dt.date(2024, 5, 10)


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(str(a.value), a.currency, a.hedge) for a in amounts(text)]


def test_bez_malogo_is_almost():
    assert _read("В этом году оборот составит без малого 2,4 млрд долларов.") == [("2.4", "USD", "почти")]


def test_a_mark_said_to_be_passed_is_over():
    assert _read("К декабрю торговля превысит планку в 3 млрд долларов.") == [("3", "USD", "более")]
    assert _read("Стороны подписали контракты, превышающие сумму в 40 млн евро.") == [("40", "EUR", "более")]


def test_a_mark_merely_named_is_no_hedge():
    assert _read("Торговля достигла отметки в 3 млрд долларов.") == [("3", "USD", None)]


def test_do_after_a_level_in_dollars_is_the_level_reached():
    assert _read("За десять лет оборот вырос с $40 млн до $2 млрд.") == [("40", "USD", None), ("2", "USD", None)]


def test_an_upper_bound_do_stays():
    assert _read("Стоимость проекта составит до $80 млн.") == [("80", "USD", "до")]


def test_the_level_reached_is_in_the_currency_of_the_level_left():
    said = "Оборот области с Россией за пять лет со 150 млрд российских рублей вырос до 260 млрд."
    assert _read(said) == [("150", "RUB", None), ("260", "RUB", None)]


def test_the_level_left_takes_the_currency_of_the_level_reached_as_before():
    assert _read("Оборот поднялся со 120 млрд до 210 млрд российских рублей.") == [
        ("120", "RUB", None),
        ("210", "RUB", None),
    ]


def test_a_region_whose_name_begins_like_a_comparative_is_no_fall():
    [fig] = figures_for(
        RELEASE,
        "Нижегородская область",
        "Вырос и товарооборот между Беларусью и Нижегородской областью на 21,5 % и составил 640 млн долларов.",
    )
    assert growth_of(fig) == {"change": Decimal("21.5")}


def test_a_region_whose_name_begins_like_rost_is_no_rise_and_its_level_no_change():
    [fig] = figures_for(
        RELEASE,
        "Ростовская область",
        "Снизился и товарооборот Беларуси с Ростовской областью на 6 % и составил 310 млн долларов.",
    )
    assert fig["value"] == Decimal("310")
    assert growth_of(fig) == {"change": Decimal("-6")}


def test_growth_said_to_amount_to_a_percent_is_a_change():
    [fig] = figures_for(
        RELEASE,
        "Республика Армения",
        "За пять месяцев рост товарооборота Беларуси и Армении составил 41,2 % относительно "
        "того же периода прошлого года.",
    )
    assert growth_of(fig) == {"change": Decimal("41.2")}


def test_a_rate_of_growth_above_a_hundred_stays_an_index():
    [fig] = figures_for(
        RELEASE,
        "Республика Армения",
        "За пять месяцев экспорт Беларуси в Армению составил 131,4 % к уровню прошлого года.",
    )
    assert growth_of(fig) == {"index": Decimal("131.4")}


def test_a_bare_number_is_no_trade_value():
    figures = figures_for(
        RELEASE, "Республика Армения", "В январе – апреле область продавала товары в 56 стран, а из 71 закупала сырье."
    )
    assert all(f["indicator"] == "count" for f in figures)


def test_a_line_break_before_a_capital_ends_a_sentence():
    said = "Об этом сообщил министр, передает Агентство Север\nПо его словам, экспорт вырос на 9 %."
    assert sentences(said) == [
        "Об этом сообщил министр, передает Агентство Север",
        "По его словам, экспорт вырос на 9 %.",
    ]


def test_a_line_wrapped_inside_a_sentence_stays_in_it():
    said = "Министр отметил, что это еще раз\nпоказывает размах связей."
    assert sentences(said) == [said]


def test_a_note_quoting_across_a_line_break_keeps_the_file_valid():
    item = Item(data={"indicator": "turnover", "period": 2023})
    item.doubt("check", "growth stated again in «Экспорт вырос\nна 5 %»")
    node = commented({"indicator": "turnover", "period": 2023})
    mark(node, item)
    text = dump(commented({"figures": [node]}), "x.txt", [], [])
    assert YAML(typ="safe").load(text)["figures"][0]["period"] == 2023


def test_a_release_with_a_byline_line_drafts_a_valid_file():
    text = (
        "Экспорт Беларуси в Армению за январь – май 2024 года вырос в 1,3 раза. Об этом заявил министр, "
        "пишет Агентство Север\nПо его словам, в январе – мае экспорт в Армению вырос на 30 %."
    )
    draft = draft_release(Release(text, RELEASE, None, None), RELEASE, url=None, file=None, name="x")
    assert YAML(typ="safe").load(draft.yaml)["figures"]


def test_the_level_reached_after_a_hedge_takes_the_growth_and_its_year():
    figures = figures_for(
        RELEASE,
        "Республика Армения",
        "За эти годы товарооборот Беларуси и Армении вырос в 6 раз — с 90 млн долларов в 2005 году "
        "до почти 540 млн долларов в 2023-м.",
    )
    start, reached = figures
    assert (start["value"], start["period"], growth_of(start)) == (Decimal("90"), "2005", None)
    assert (reached["value"], reached.get("qualifier"), reached["period"]) == (Decimal("540"), "почти", "2023")
    assert growth_of(reached) == {"times": Decimal("6")}


def test_the_level_reached_after_a_verb_takes_the_growth_not_the_start():
    figures = figures_for(
        RELEASE,
        "Республика Армения",
        "Товарооборот с Арменией за четыре года со 120 млн долларов увеличился в 2 раза до 240 млн долларов.",
    )
    start, reached = figures
    assert growth_of(start) is None
    assert growth_of(reached) == {"times": Decimal("2"), "years": 4}
