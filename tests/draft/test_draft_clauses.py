"""The one clause splitter the drafter's readers share (memogen.draft.clauses): the clause
around a position, between the boundaries of a named set."""

from __future__ import annotations

import pytest

from memogen.draft import clauses, counts, deals


def _at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        # a contrasting conjunction after a comma starts a statement of its own
        ("В прошлом году оборот превышал 1 млрд, а в этом году ждём большего.", "1 млрд",
         "В прошлом году оборот превышал 1 млрд"),
        ("Экспорт вырос до 40 млн, тогда как импорт упал.", "40 млн", "Экспорт вырос до 40 млн"),
        ("Импорт упал, однако экспорт достигнет 70 млн в будущем году.", "70 млн",
         "экспорт достигнет 70 млн в будущем году."),
        # a semicolon or a colon, and a dash before a word
        ("Итоги таковы: поставки составили 12 млн; закупки — 3 млн.", "12 млн", " поставки составили 12 млн"),
        ("Планы большие — намечено выйти на 500 млн.", "500 млн", "намечено выйти на 500 млн."),
        # a dash before a number joins an indicator and its amount: no break
        ("Экспорт — 300 млн, импорт — 200 млн.", "300 млн", "Экспорт — 300 млн, импорт — 200 млн."),
        # a plain comma is no statement's end
        ("По итогам года, как сообщили в министерстве, объём достиг 9 млн.", "9 млн",
         "По итогам года, как сообщили в министерстве, объём достиг 9 млн."),
    ],
)
def test_a_statement_runs_between_its_boundaries(text, word, clause):
    assert clauses.around(text, _at(text, word), breaks=clauses.STATEMENT) == clause


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("Экспорт вырос, а импорт сократился на 4 %.", "4 %", "импорт сократился на "),
        ("Поставки выросли, но закупки упали на 9 %.", "9 %", "закупки упали на "),
        ("Товарооборот, по данным таможни, вырос на 12 %.", "12 %", " вырос на "),
        ("Темп роста экспорта составил 112 %.", "112 %", "Темп роста экспорта составил "),
    ],
)
def test_a_phrase_ends_at_every_comma_and_conjunction(text, word, clause):
    assert clauses.before(text, _at(text, word), clauses.PHRASE) == clause


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        # a comma inside a deal's words keeps them together; «, а» does not
        ("Подписаны контракты, рассчитанные на три года, на сумму 20 млн.", "20 млн",
         "Подписаны контракты, рассчитанные на три года, на сумму "),
        ("Оборот вырос; заключены сделки на 45 млн.", "45 млн", "заключены сделки на "),
        ("Сделок заключено много, а инвестиции достигли 30 млн.", "30 млн", "инвестиции достигли "),
    ],
)
def test_a_part_ends_at_a_stop_or_a_contrast(text, word, clause):
    assert clauses.before(text, _at(text, word), clauses.PART) == clause


def test_the_clause_runs_to_the_text_end_with_no_boundary():
    text = "Стороны встречались 11 раз"
    at = _at(text, "11")
    assert clauses.start(text, at, clauses.PHRASE) == 0
    assert clauses.end(text, at, clauses.PHRASE) == len(text)
    assert clauses.around(text, at, at + 2) == text


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("С 2015 г. губернатор посещал республику более 20 раз.", "визит"),  # «г.» ends no clause
        ("Комиссия, созданная в 2010 г., собиралась восемь раз.", "заседание"),
        ("Премьеры созванивались, а встречались уже 11 раз.", "встреча"),  # the verb of its own clause
    ],
)
def test_a_count_of_occasions_takes_the_verb_of_its_clause(text, unit):
    assert [o.unit for o in counts.read(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Подписаны контракты, рассчитанные на три года, на общую сумму 20 млн долларов.", "contracts"),
        ("Сделок заключено много, а инвестиции достигли 30 млн долларов.", "investment"),
        ("Договоров подписано десять; товарооборот составил 90 млн долларов.", None),
    ],
)
def test_a_deal_is_read_in_its_part_of_the_sentence(text, kind):
    assert deals.kind(text, text.index(next(w for w in ("20", "30", "90") if w in text))) == kind


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("По итогам визита, 12 марта, посол провёл встречу.", "провёл", "посол "),
        ("Переговоры прошли успешно — министры подписали план.", "подписали", "министры "),
        ("Товарооборот достиг 3,5 млн, и министр подписал план.", "подписал", "и министр "),
    ],
)
def test_a_subject_is_read_after_a_comma_before_a_space_or_a_dash(text, word, clause):
    assert clauses.before(text, _at(text, word), clauses.SUBJECT) == clause


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("По данным таможни, в страны Азии поставлено товаров на 9 млн.", "поставлено", "в страны Азии "),
        ("Итоги года подведены. Весь экспорт вырос.", "экспорт", "Весь "),
        ("Торговля росла — в Китай отгружено больше.", "отгружено", "в Китай "),
    ],
)
def test_where_trade_goes_is_read_after_a_mark_before_a_space_or_a_dash(text, word, clause):
    assert clauses.before(text, _at(text, word), clauses.WHERE) == clause
