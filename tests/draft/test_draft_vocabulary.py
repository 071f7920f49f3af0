"""One vocabulary for the drafter's readers: the hedges (numbers._HEDGES) every reader
takes before an amount or a rate, the nouns of deals (deals.DEAL_WORD), the partner's
stems (parties.Partner.stems) deals look for a signer by; and one path for the rest of a
share a chart prints."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read, stems_of

from memogen import russian
from memogen.charts.spec import NBSP, ShareChart
from memogen.draft import deals, growth, sides
from memogen.draft import numbers as num
from memogen.draft.figures import Context
from memogen.draft.parties import find_partner


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(dt.date(2025, 10, 3)))


@pytest.mark.parametrize("words", ["около", "не менее", "свыше", "почти", "превысил", "примерно", "более чем"])
def test_a_hedge_is_known_as_a_whole(words):
    assert num.is_hedge(words)


@pytest.mark.parametrize("words", ["поставку", "сумму", "около 5", "на"])
def test_other_words_are_no_hedge(words):
    assert not num.is_hedge(words)


@pytest.mark.parametrize("sentence", [
    "Заключены контракты на общую сумму менее 5 млн долларов.",
    "Предприятия подписали договоры на сумму не менее 12 млн долларов.",
    "Стороны заключили сделки на сумму приблизительно 7 млн долларов.",
])
def test_deals_take_every_hedge_of_the_vocabulary(sentence):
    at = sentence.index(next(d for d in ("5", "12", "7") if f" {d} " in sentence))
    assert deals.kind(sentence, at) == "contracts"


@pytest.mark.parametrize("sentence, label", [
    ("Подписаны контракты на поставку тракторов на сумму не менее 3 млн долларов.", "на поставку тракторов"),
    ("Заключены договоры на закупку удобрений на общую сумму приблизительно 8 млн долларов.",
     "на закупку удобрений"),
])
def test_a_deal_s_label_stops_before_any_hedge(sentence, label):
    (f,) = figures(sentence)
    assert (f["indicator"], f["label"]) == ("contracts", label)


@pytest.mark.parametrize("sentence, change", [
    ("Экспорт прибавил не менее 4 % и достиг 50 млн долларов.", Decimal(4)),
    ("Рост товарооборота составил приблизительно 12 %, до 80 млн долларов.", Decimal(12)),
])
def test_growth_takes_every_hedge_of_the_vocabulary(sentence, change):
    (f,) = figures(sentence)
    assert f["growth"]["change"] == change


def test_an_amount_named_by_no_indicator_beside_an_agreement_is_its_value():
    (f,) = figures("В ходе визита подписано соглашение о поставках техники на 6 млн долларов.")
    assert f["indicator"] == "contracts"


def _event(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def test_a_partner_named_beside_the_deals_signed_them():
    stems = find_partner(["Китайская Народная Республика"]).stems
    text = "На выставке китайские компании заключили сделок на 3 млн долларов."
    assert not deals.everyone(text, _event(text, "выставке"), stems)


def test_the_partner_s_stem_inside_another_word_names_no_signer():
    stems = find_partner(["Республика Индия"]).stems  # «инд»: not «стройиндустрии»
    text = "На выставке предприятия стройиндустрии заключили сделок на 3 млн долларов."
    assert deals.everyone(text, _event(text, "выставке"), stems)


def test_a_share_chart_prints_the_rest_compose_gives():
    rest = russian.rest_of_share(Decimal(40), "более")
    chart = ShareChart("Доля", "часть", 40.0, "целое", share_text=f"более 40{NBSP}%", rest_text=rest)
    assert chart.rest_shown == rest == f"менее{NBSP}60{NBSP}%"


@pytest.mark.parametrize("share, rest", [(23.4, "76,6"), (40.0, "60,0"), (12.25, "87,8")])
def test_a_share_chart_built_without_a_rest_computes_it_as_its_share_is_shown(share, rest):
    assert ShareChart("Доля", "часть", share, "целое").rest_shown == f"{rest}{NBSP}%"


def test_growth_names_no_hedge_list_of_its_own():
    assert "приблизительно" in growth._GAINED.pattern and "приблизительно" in growth._RATE_NAMED.pattern


@pytest.mark.parametrize("sentence, percent, hedge", [
    ("Экспорт в 2024 году составил 300 млн долларов, или приблизительно 40 % всего товарооборота.", 40, "около"),
    ("Импорт в 2024 году достиг 120 млн долларов, или не менее 30 % всего товарооборота.", 30, "не менее"),
])
def test_a_share_restating_an_amount_takes_every_hedge_of_the_vocabulary(sentence, percent, hedge):
    (f,) = figures(sentence)
    assert (f["share"]["percent"], f["share"].get("qualifier")) == (Decimal(percent), hedge)


def test_by_how_much_a_figure_moved_takes_every_hedge_of_the_vocabulary():
    (f,) = figures("В 2024 году товарооборот вырос на приблизительно 20 млн долларов и достиг 500 млн долларов.")
    assert (f["value"], f["growth"]["amount"]["value"]) == (Decimal(500), Decimal(20))


@pytest.mark.parametrize("word, partner, named", [
    ("Китайской", "Китайская Народная Республика", True),
    ("Казахстаном", "Республика Казахстан", True),
    ("Кыргызстана", "Кыргызская Республика", True),
    ("Китая", "Республика Казахстан", False),
    ("Россией", None, False),
])
def test_a_word_names_the_partner_by_its_stem(word, partner, named):
    assert sides.names_partner(word, stems_of(partner)) is named


@pytest.mark.parametrize("between, place", [
    (", в Россию — приблизительно на ", "в Россию"),
    (", а в Казахстан — не менее чем на ", "в Казахстан"),
    (", в Китай — почти на ", "в Китай"),
])
def test_a_place_standing_for_the_verb_takes_every_hedge_of_the_vocabulary(between, place):
    assert sides.elided_place(between) == place


def test_goods_with_their_growth_in_brackets_take_every_hedge_of_the_vocabulary():
    said = ("В 2024 году рост экспорта объясняют молочной продукцией, поставки которой увеличились в 3 раза, "
            "а также мебелью ({} в 2 раза).")
    plain, widened = figures(said.format("почти")), figures(said.format("приблизительно"))
    assert len(plain) > 1 and [f.get("label") for f in widened] == [f.get("label") for f in plain]
