"""One model of «is this a trade word» (memogen.draft.indicators): which words name a trade,
and which indicator each one names; the sentences are our own."""

import datetime as dt
import re

import pytest

from memogen.draft import draft_file, indicators


@pytest.mark.parametrize(
    ("word", "indicator"),
    [
        ("товарооборот", "turnover"),
        ("внешнеторговому", None),  # an adjective alone names no amount
        ("оборотом", "turnover"),
        ("товарообмена", "turnover"),
        ("торговли", "turnover"),
        ("торгуют", "turnover"),
        ("экспорта", "exports"),
        ("вывозе", "exports"),
        ("поставками", "exports"),
        ("поставок", "exports"),
        ("поставляет", "exports"),
        ("продажи", "exports"),
        ("отгрузки", "exports"),
        ("сбыта", "exports"),  # «рынки сбыта»: where goods are sold
        ("импорту", "imports"),
        ("ввоза", "imports"),
        ("закупок", "imports"),
        ("сальдо", "balance"),
    ],
)
def test_each_trade_word_names_its_indicator(word, indicator):
    assert indicators.indicator_of(word) == indicator


@pytest.mark.parametrize(
    "word",
    ["экспортёров", "импортеры", "импортозамещения", "экспортно-ориентированных", "торгово-промышленной",
     "поставлена", "сторонами"],
)
def test_words_that_only_look_like_trade_are_none(word):
    assert indicators.indicator_of(word) is None


def test_a_clause_names_trade_by_any_of_its_words():
    assert indicators.names_trade("Область закупает у партнёров зерно и масло")
    assert indicators.names_trade("Заводы наладили отгрузки станков в три страны")
    assert not indicators.names_trade("Импортёры встретились с губернатором")
    assert not indicators.names_trade("Стороны обсудили торгово-экономическое сотрудничество")


def test_a_trade_word_inside_another_word_is_none():
    # «внеоборотные» holds «оборот» inside: a word of its own, not a trade's
    assert not indicators.names_trade("внеоборотные активы предприятия")
    assert indicators.names_trade("товарооборот вырос", 0, 12)
    assert not indicators.names_trade("товарооборот вырос", 12)


def test_a_side_that_acts_is_no_trades_other_end(tmp_path):
    # «со стороны ЕС» says who presses, not where the goods go: the flows after it keep no counterparty
    release = tmp_path / "r.txt"
    release.write_text(
        "Экспорт Беларуси в Россию растёт.\n\nПод давлением со стороны ЕС и США Минск засекретил часть своих "
        "поставок на внешние рынки. За семь месяцев экспорт составил $8 млрд. За прошлый год он достиг $2 млрд.\n",
        encoding="utf-8",
    )
    figures = draft_file(release, date=dt.date(2024, 8, 1), out=tmp_path / "r.yaml").facts.figures
    assert figures
    assert all(f.counterparty is None or "ЕС" not in f.counterparty.name for f in figures)


@pytest.mark.parametrize(("word", "trader"), [("покупателем", True), ("поставщиков", True), ("экспортёр", True),
                                              ("инвесторы", True), ("экспорт", False), ("поставки", False)])
def test_a_trader_is_who_trades_never_the_trade(word, trader):
    assert bool(re.fullmatch(indicators.TRADER_WORD, word, re.I)) is trader
    assert indicators.indicator_of(word) is None or not trader
