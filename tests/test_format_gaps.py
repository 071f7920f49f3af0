"""What real releases say that the facts format learnt to hold (issue #10): each field is
loaded, validated against its quote, and printed exactly as stated in the PDF and DOCX.

- an absolute change of a figure («вырос на 3,7 млрд долларов»): `growth.amount`;
"""

from __future__ import annotations

import pytest

from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts

# --- an absolute change: growth.amount ------------------------------------------------------------

AMOUNTS = [
    fig("t23", "turnover", 2023, 8.7, scale="billion", quote="В 2023 году товарооборот составил 8,7 млрд долларов."),
    fig("t24", "turnover", 2024, 12.4, scale="billion", growth={"amount": 3.7},
        quote="В 2024 году товарооборот составил 12,4 млрд долларов, или на 3,7 млрд больше, чем годом ранее."),
    fig("e", "exports", "2024-01..09", growth={"change": 31, "amount": {"value": 3.7, "scale": "billion"}},
        quote="Экспорт за январь–сентябрь увеличился на 31 %, или на 3,7 млрд долларов."),
    fig("i", "imports", "2024-01..06", growth={"amount": {"value": -120.5, "qualifier": "почти"}},
        quote="Импорт в первом полугодии сократился почти на 120,5 млн долларов."),
    fig("c", "count", 2024, 40, unit="компания", label="компании-экспортеры",
        growth={"amount": 12, "versus": "unstated"}, quote="Число компаний-экспортеров выросло на 12 и составило 40."),
]


def test_an_absolute_change_is_printed_as_stated_never_as_the_value(tmp_path):
    texts = outputs(tmp_path, figures=AMOUNTS)
    assert_everywhere(
        texts,
        "В 2024 году товарооборот между Республикой Беларусь и Вологодской областью составил 12,4 млрд "
        "долларов США (рост на 3,7 млрд долларов США к уровню 2023 года).",
        "За январь–сентябрь 2024 г. отмечен рост экспорта на 3,7 млрд долларов США, или на 31 % к уровню "
        "аналогичного периода 2023 года.",
        "За январь–июнь 2024 г. отмечено снижение импорта почти на 120,5 млн долларов США к уровню "
        "аналогичного периода 2023 года.",
        "Компании-экспортеры: в 2024 году — 40 компаний, рост на 12 компаний.",
    )
    assert_nowhere(texts, "экспорт составил 3,7", "3,7 млрд долларов США, или 31")


def test_an_absolute_change_validates_against_its_quote_and_the_figures(tmp_path):
    path = write_facts(tmp_path, figures=AMOUNTS)
    code, out, err = _validate(path, "--strict")
    assert code == 0 and err == "", err
    wrong = [*AMOUNTS[:1], fig("t24", "turnover", 2024, 12.4, scale="billion", growth={"amount": 4.7},
                               quote=AMOUNTS[1]["quote"])]
    _, _, err = _validate(write_facts(tmp_path, "wrong", figures=wrong))
    assert "figure 't24': stated growth amount 4.7, but 12.4 minus 8.7 (t23) is 3.7" in err
    assert "figure 't24': growth amount 4.7 is not in its quote" in err
    unhedged = [fig("i", "imports", 2024, growth={"amount": -120.5}, quote=AMOUNTS[3]["quote"])]
    _, _, err = _validate(write_facts(tmp_path, "unhedged", figures=unhedged))
    assert "the quote hedges growth amount -120.5 («почти…»); add a qualifier" in err


def test_a_change_taken_for_the_value_is_named(tmp_path):
    both = [fig("t", "turnover", 2024, 3.7, scale="billion", growth={"amount": 3.7},
                quote="Товарооборот вырос на 3,7 млрд долларов.")]
    _, _, err = _validate(write_facts(tmp_path, figures=both))
    assert "figure 't': value 3.7 equals its growth amount" in err and "leave `value` out" in err


@pytest.mark.parametrize("growth, message", [
    ({"change": -5, "amount": 3.7}, "growth: `amount` 3.7 and change -5 disagree: one says a rise, the other a fall"),
    ({"amount": 3.7, "qualifier": "более"}, "hedge an absolute change with `amount.qualifier`"),
    ({"amount": 0}, "growth.amount: a change of 0 is no change"),
    ({"amount": {"value": 2, "currency": "EUR", "unit": "тонна"}}, "counted either in `unit` or in `currency`"),
])
def test_an_inconsistent_absolute_change_is_one_clear_error(tmp_path, growth, message):
    path = write_facts(tmp_path, figures=[fig("t", "turnover", 2024, 12.4, growth=growth)])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and "figures[0].growth" in err and message in err, err


def test_a_counts_change_is_in_its_unit(tmp_path):
    path = write_facts(tmp_path, figures=[fig("c", "count", 2024, 40, unit="компания", label="компании",
                                              growth={"amount": {"value": 3, "currency": "USD"}})])
    code, _, err = _validate(path)
    assert code == 3 and "the change of a count is counted in its `unit`" in err, err


# --- a share that moved: share.previous, share.previous_period ----------------------------------------

SHARES = [
    fig("e", "exports", "2024-01..09", share={"percent": 55, "previous": 41, "whole": "белорусского экспорта товаров"},
        quote="За девять месяцев доля России в белорусском экспорте товаров выросла с 41 % до 55 %."),
    fig("t", "turnover", 2024, 678.1, share={"percent": 9.5, "previous": 7.2, "previous_period": 2020,
                                               "whole": "внешней торговли Вологодской области"},
        quote="Товарооборот достиг 678,1 млн долларов, а доля Беларуси во внешней торговле области "
              "выросла с 7,2 % в 2020 году до 9,5 %."),
]


def test_a_share_that_moved_prints_where_it_moved_from(tmp_path):
    texts = outputs(tmp_path, figures=SHARES)
    assert_everywhere(
        texts,
        "За январь–сентябрь 2024 г. экспорт Республики Беларусь в Вологодскую область составил 55 % "
        "белорусского экспорта товаров против 41 % ранее.",
        "составил 678,1 млн долларов США, или 9,5 % внешней торговли Вологодской области против 7,2 % в 2020 году.",
    )
    code, _, err = _validate(write_facts(tmp_path, figures=SHARES), "--strict")
    assert code == 0 and err == "", err


def test_a_share_that_moved_is_checked(tmp_path):
    moved = [fig("e", "exports", 2024, share={"percent": 55, "previous": 44, "whole": "экспорта"},
                 quote=SHARES[0]["quote"])]
    _, _, err = _validate(write_facts(tmp_path, figures=moved))
    assert "figure 'e': share (previous) 44 is not in its quote" in err
    for share, message in (
        ({"percent": 55, "previous_period": 2020, "whole": "экспорта"}, "give `previous` too"),
        ({"percent": 55, "previous": 41, "previous_period": 2024, "whole": "экспорта"},
         "share.previous_period 2024 must come before the figure's period 2024"),
    ):
        path = write_facts(tmp_path, "bad", figures=[fig("e", "exports", 2024, share=share)])
        code, _, err = _validate(path)
        assert code == 3 and f"{path}:" in err and "figures[0]" in err and message in err, err


# --- a place among the first N: rank.top -------------------------------------------------------------

TOPS = [
    fig("t", "turnover", 2024, rank={"top": 3, "holder": "ours", "among": "среди торговых партнеров Вологодской области"},
        quote="Беларусь входит в число трёх крупнейших торговых партнёров Вологодской области."),
    fig("g", "turnover", "unstated", rank={"top": 5, "holder": "страны ЕАЭС", "among": "среди партнеров области"},
        quote="Страны ЕАЭС — в пятёрке партнёров области."),
    fig("k", "exports", "2025-01..06", rank={"top": 15, "among": "среди покупателей белорусских товаров"},
        quote="Область в первом полугодии вошла в топ-15 покупателей белорусских товаров."),
]


def test_a_place_among_the_first_n_reads_as_stated(tmp_path):
    texts = outputs(tmp_path, figures=TOPS)
    assert_everywhere(
        texts,
        "По итогам 2024 года Республика Беларусь вошла в первую тройку среди торговых партнеров Вологодской "
        "области по объему товарооборота.",
        "Страны ЕАЭС входят в первую пятерку среди партнеров области по объему товарооборота.",
        "По итогам января–июня 2025 г. Вологодская область вошла в число первых 15 среди покупателей белорусских "
        "товаров по объему экспорта.",
    )
    assert_nowhere(texts, "-е место")
    code, _, err = _validate(write_facts(tmp_path, figures=TOPS), "--strict")
    assert code == 0 and err == "", err


def test_a_top_is_checked_and_needs_one_place(tmp_path):
    wrong = [fig("t", "turnover", 2024, rank={"top": 5, "among": "среди партнеров"}, quote=TOPS[0]["quote"])]
    _, _, err = _validate(write_facts(tmp_path, figures=wrong))
    assert "figure 't': rank: the first 5 places are not in its quote" in err
    for rank in ({"among": "среди партнеров"}, {"position": 2, "top": 3, "among": "среди партнеров"}):
        path = write_facts(tmp_path, "bad", figures=[fig("t", "turnover", 2024, rank=rank)])
        code, _, err = _validate(path)
        assert code == 3 and f"{path}:" in err and "figures[0].rank" in err
        assert "rank: give either `position` (the place) or `top` (within the first N)" in err, err


@pytest.mark.parametrize("quote, value", [
    ("доля выросла с 7,2 % в 2020 году до 9,5 %.", "9.5"),
    ("товарооборот вырос с 300 млн долларов в 2020 году до 400 млн.", "400"),
])
def test_the_end_of_a_move_from_a_to_b_is_no_hedge(quote, value):
    from decimal import Decimal

    from memogen.reading import numbers_in

    assert [r.hedge for r in numbers_in(quote) if r.value == Decimal(value)] == [None]


# --- a span of years: period 2015..2025 ----------------------------------------------------------------

SPANS = [
    fig("m", "count", "2015..2025", 11, unit="встреча", label="встречи на высшем уровне",
        quote="За 2015–2025 годы главы государств встречались 11 раз."),
    fig("t", "turnover", "2016..2020", 2.1, scale="billion", qualifier="более",
        quote="За пять лет, с 2016 по 2020 год, товарооборот составил более 2,1 млрд долларов."),
    fig("t20", "turnover", 2020, 480, quote="В 2020 году товарооборот составил 480 млн долларов."),
    fig("v", "count", "unstated", 40, unit="визит", label="визиты делегаций", qualifier="более",
        remark="за десять лет", quote="За десять лет состоялось более 40 визитов делегаций."),
]


def test_a_span_of_years_is_said_and_never_tabulated(tmp_path):
    texts = outputs(tmp_path, figures=SPANS)
    assert_everywhere(
        texts,
        "Встречи на высшем уровне: за 2015–2025 годы — 11 встреч.",
        "За 2016–2020 годы товарооборот между Республикой Беларусь и Вологодской областью составил более 2,1 млрд "
        "долларов США.",
        "Визиты делегаций: более 40 визитов, за десять лет.",
    )
    assert_nowhere(texts, "2016–2020 более 2")  # a span is no table row
    code, _, err = _validate(write_facts(tmp_path, figures=SPANS), "--strict")
    assert code == 0 and err == "", err


def test_a_span_of_years_is_written_in_order_and_compares_with_a_named_period(tmp_path):
    from memogen.facts.periods import Period

    span = Period.parse("2015..2025")
    assert (str(span), span.months, span.spans_years, span.is_whole_year) == ("2015..2025", 132, True, False)
    assert span != Period.parse("2025") and span.same_span_year_before() == Period.parse("2014..2024")
    path = write_facts(tmp_path, figures=[fig("m", "count", "2025..2015", 11, unit="встреча", label="встречи")])
    code, _, err = _validate(path)
    assert code == 3 and "figures[0].period" in err and "must come before the last" in err, err
    path = write_facts(tmp_path, "g", figures=[fig("t", "turnover", "2016..2020", 2.1, growth={"times": 2})])
    code, _, err = _validate(path)
    assert code == 3 and "a span of years has no «same period last year»" in err, err


# --- a trade with a third country: figures[].counterparty --------------------------------------------

THIRD = [
    fig("t", "turnover", 2024, 678.1, quote="В 2024 году товарооборот достиг 678,1 млн долларов."),
    fig("kc", "turnover", 2024, 22.7, scale="billion", side="partner",
        counterparty={"name": "Китайская Народная Республика"},
        quote="Товарооборот области с Китаем в 2024 году составил 22,7 млрд долларов."),
    fig("eaeu", "exports", 2024, 3.1, scale="billion", qualifier="более", counterparty={"name": "страны ЕАЭС", "kind": "group"},
        growth={"change": 12}, quote="Экспорт Беларуси в страны ЕАЭС вырос на 12 % и превысил 3,1 млрд долларов."),
    fig("cn", "imports", 2024, side="partner", counterparty={"name": "Китай"}, growth={"change": -4.5},
        quote="Импорт области из Китая снизился на 4,5 %."),
]


def test_a_third_countrys_trade_names_who_trades_with_whom(tmp_path):
    texts = outputs(tmp_path, figures=THIRD)
    assert_everywhere(
        texts,
        "В 2024 году товарооборот между Республикой Беларусь и Вологодской областью составил 678,1 млн долларов США.",
        "В 2024 году товарооборот Вологодской области с Китайской Народной Республикой составил 22,7 млрд "
        "долларов США.",
        "В 2024 году экспорт Республики Беларусь в страны ЕАЭС составил более 3,1 млрд долларов США (рост на 12 % "
        "к уровню 2023 года).",
        "В 2024 году отмечено снижение импорта Вологодской области из Китая на 4,5 % к уровню 2023 года.",
    )
    # not our imports, not in the dynamics table or checked against our turnover
    assert_nowhere(texts, "импорт Республики Беларусь из Китая", "22,7 млрд долларов США, или", "2024 22,7")
    code, _, err = _validate(write_facts(tmp_path, figures=THIRD), "--strict")
    assert code == 0 and err == "", err


def test_a_counterparty_belongs_to_a_trade_flow_and_needs_its_case_forms(tmp_path):
    path = write_facts(tmp_path, figures=[fig("p", "product", 2024, 5, label="молоко", counterparty={"name": "Китай"})])
    code, _, err = _validate(path)
    assert code == 3 and "figures[0]" in err and "`counterparty` names the other side of a trade flow" in err, err
    path = write_facts(tmp_path, "cases", figures=[fig("x", "turnover", 2024, 5, counterparty={"name": "Зурбаган"})])
    with pytest.raises(Exception) as failure:
        outputs(tmp_path, figures=[fig("x", "turnover", 2024, 5, counterparty={"name": "Зурбаган"})])
    assert "figures.0.counterparty" in str(failure.value) and "cannot tell the instrumental" in str(failure.value)


# --- a group of states as the partner, a Belarusian region as our side ------------------------------------

def test_a_group_of_states_and_a_belarusian_region_read_correctly(tmp_path):
    parties = {
        "ours": {"name": "Брестская область", "kind": "region", "country": "Республика Беларусь"},
        "partner": {"name": "страны Африки", "kind": "group"},
    }
    texts = outputs(tmp_path, parties=parties, figures=[
        fig("t", "turnover", 2024, 96.4, rank={"position": 2, "holder": "partner", "among": "среди рынков области"}),
        fig("e", "exports", 2024, 60.2), fig("i", "imports", 2024, 36.2)],
        structure={"exports": {"items": [{"name": "молочная продукция"}]},
                   "imports": {"items": [{"name": "фрукты"}]}})
    assert_everywhere(
        texts,
        "В 2024 году товарооборот между Брестской областью и странами Африки составил 96,4 млн долларов США.",
        "По итогам 2024 года страны Африки заняли 2-е место среди рынков области по объему товарооборота.",
        "Основу экспорта Брестской области составляют:",
        "Из стран Африки в Брестскую область преимущественно поставляются:",
    )
    assert_nowhere(texts, "белорусского экспорта", "Республикой Беларусь")


@pytest.mark.parametrize("word, name, expected", [
    ("с", "странами ЕАЭС", "со странами ЕАЭС"), ("с", "Швецией", "со Швецией"), ("с", "Сербией", "с Сербией"),
    ("с", "Китаем", "с Китаем"), ("с", "Вологодской областью", "с Вологодской областью"),
    ("в", "Владимирскую область", "во Владимирскую область"), ("в", "Францию", "во Францию"),
    ("в", "Вологодскую область", "в Вологодскую область"), ("в", "страны ЕАЭС", "в страны ЕАЭС"),
])
def test_a_preposition_takes_its_vowel_where_russian_needs_it(word, name, expected):
    from memogen.russian import preposition

    assert preposition(word, name) == expected


# --- the value of contracts and deals, and investment: never a trade flow -----------------------

DEALS = [
    fig("t24", "turnover", 2024, 310.5, quote="В 2024 году товарооборот составил 310,5 млн долларов."),
    fig("visit", "contracts", "2025-06", 120, during="визита Премьер-министра Республики Беларусь в Вологду",
        quote="В ходе визита премьера подписаны контракты на сумму 120 млн долларов."),
    fig("tractors", "contracts", "2025-06", 12, qualifier="около", label="на поставку тракторов",
        quote="Белорусские заводы заключили договоры на поставку тракторов на сумму около 12 млн долларов."),
    fig("fair", "contracts", "2025-05", 4.2, scale="billion", signed_by="all", during="выставки «Агро-2025»",
        quote="Всего на выставке участники заключили сделок на 4,2 млрд долларов."),
    fig("inv", "investment", 2024, 30, label="белорусских компаний в экономику области",
        quote="Объём инвестиций белорусских компаний в экономику области достиг 30 млн долларов."),
    fig("plan", "contracts", 2026, 200, status="target",
        quote="В следующем году стороны намерены довести объём контрактов до 200 млн долларов."),
    fig("aug", "contracts", "2025-08", 9, quote="В августе подписаны контракты на 9 млн долларов."),
]


def test_contracts_and_investment_have_sentences_of_their_own_and_never_join_trade(tmp_path):
    texts = outputs(tmp_path, figures=DEALS)
    assert_everywhere(
        texts,
        "В июне 2025 г. в рамках визита Премьер-министра Республики Беларусь в Вологду объем подписанных "
        "контрактов составил 120 млн долларов США.",
        "объем подписанных контрактов на поставку тракторов составил около 12 млн долларов США.",
        "в рамках выставки «Агро-2025» общий объем сделок всех участников составил 4,2 млрд долларов США.",
        "В 2024 году объем инвестиций белорусских компаний в экономику области составил 30 млн долларов США.",
        "В 2026 году объем контрактов планируется довести до 200 млн долларов США.",
        "В августе 2025 г. объем подписанных контрактов составил 9 млн долларов США.",  # signed, though August runs
    )
    # never a row of the trade table, a term of the turnover, nor Belarus's own deals
    assert_nowhere(texts, "экспорт составил 120", "импорт", "объем подписанных контрактов составил 4,2")


def test_contracts_validate_against_their_quotes(tmp_path):
    code, _, err = _validate(write_facts(tmp_path, figures=DEALS), "--strict")
    assert code == 0 and err == "", err


@pytest.mark.parametrize("extra, field, message", [
    ({"indicator": "exports", "during": "визита"}, "during", "they belong to `indicator: contracts`"),
    ({"indicator": "investment", "signed_by": "all"}, "signed_by", "they belong to `indicator: contracts`"),
    ({"signed_by": "all"}, "signed_by", "name the event in `during`"),
    ({"unit": "контракт"}, "unit", "`indicator: count` with `unit: контракт`"),
    ({"side": "partner"}, "side", "`side` is for trade flows"),
    ({"counterparty": {"name": "Китай"}}, "counterparty", "`counterparty` is for trade flows"),
])
def test_a_contradiction_in_contracts_is_one_error_naming_its_field(tmp_path, extra, field, message):
    figure = {**fig("c", "contracts", 2024, 120), **extra}
    path = write_facts(tmp_path, figures=[figure])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and f"figures[0].{field}:" in err and message in err, err
    assert err.count("error:") == 1 and "Traceback" not in err


# --- a balance stated in words: its sign, and in whose favour -------------------------------------

SIGNS = [
    fig("e", "exports", "2024-01..09", 268, quote="Экспорт за девять месяцев составил 268 млн долларов."),
    fig("i", "imports", "2024-01..09", 117.5, quote="Импорт за девять месяцев составил 117,5 млн долларов."),
    fig("b", "balance", "2024-01..09", sign="positive", quote="Сальдо торговли за девять месяцев положительное."),
    fig("b23", "balance", 2023, sign="negative", quote="В 2023 году сальдо сложилось в пользу области."),
    fig("b22", "balance", 2022, -50, sign="negative", quote="В 2022 году дефицит торговли составил 50 млн долларов."),
]


def test_a_balance_stated_by_its_sign_says_in_whose_favour(tmp_path):
    texts = outputs(tmp_path, figures=SIGNS)
    assert_everywhere(
        texts,
        "За январь–сентябрь 2024 г. экспорт составил 268 млн долларов США, импорт — 117,5 млн долларов США, "
        "сальдо — 150,5 млн долларов США (в пользу Республики Беларусь).",
        "В 2023 году сальдо торговли сложилось в пользу Вологодской области.",
        "В 2022 году сальдо составило −50 млн долларов США.",
    )


def test_a_sign_validates_and_is_checked_against_exports_and_imports(tmp_path):
    code, _, err = _validate(write_facts(tmp_path, figures=SIGNS), "--strict")
    assert code == 0 and err == "", err
    wrong = [*SIGNS[:2], {**SIGNS[2], "sign": "negative"}]
    _, _, err = _validate(write_facts(tmp_path, "wrong", figures=wrong))
    assert "figure 'b': stated sign negative, but exports 268 minus imports 117.5 is 150.5" in err, err


@pytest.mark.parametrize("figure, field, message", [
    (fig("b", "balance", 2024, 50, sign="negative"), "value",
     "the balance is negative (`sign`), but its value 50 is not: write `value: -50`"),
    (fig("b", "balance", 2024, -50, sign="positive"), "value", "write `value: 50`"),
    (fig("e", "exports", 2024, 50, sign="positive"), "sign", "it belongs to `indicator: balance`"),
])
def test_a_sign_that_contradicts_is_one_error_naming_its_field(tmp_path, figure, field, message):
    path = write_facts(tmp_path, figures=[figure])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and f"figures[0].{field}:" in err and message in err, err
    assert err.count("error:") == 1 and "Traceback" not in err


# --- two growths of one figure: the second is a growth-only figure of the same period ------------

TWICE = [
    fig("t21", "turnover", 2021, 400, quote="В 2021 году товарооборот составил 400 млн долларов."),
    fig("t23", "turnover", 2023, 592.6, quote="В 2023 году товарооборот составил 592,6 млн долларов."),
    fig("t24", "turnover", 2024, 640, growth={"change": 8},
        quote="В 2024 году товарооборот составил 640 млн долларов, увеличившись на 8 % к 2023 году и в 1,6 раза "
              "к 2021 году."),
    fig("t24-21", "turnover", 2024, growth={"times": 1.6, "versus": 2021},
        quote="В 2024 году товарооборот составил 640 млн долларов, увеличившись на 8 % к 2023 году и в 1,6 раза "
              "к 2021 году."),
]


def test_two_growths_of_one_figure_each_name_their_base(tmp_path):
    texts = outputs(tmp_path, figures=TWICE)
    assert_everywhere(
        texts,
        "В 2024 году товарооборот между Республикой Беларусь и Вологодской областью составил 640 млн долларов "
        "США (рост на 8 % к уровню 2023 года).",
        "В 2024 году отмечен рост товарооборота в 1,6 раза к уровню 2021 года.",
    )
    code, _, err = _validate(write_facts(tmp_path, "twice", figures=TWICE), "--strict")
    assert code == 0 and err == "", err
    wrong = [*TWICE[:3], {**TWICE[3], "growth": {"times": 2.6, "versus": 2021}}]
    _, _, err = _validate(write_facts(tmp_path, "wrong", figures=wrong))
    assert "figure 't24-21'" in err and "2.6" in err, err


# --- a value per year over years the source does not name ----------------------------------------

YEARLY = [
    fig("range", "turnover", "unstated", 7, upper=13.5, yearly=True,
        quote="В последние годы товарооборот держится в пределах 7–13,5 млн долларов в год."),
    fig("grain", "count", "unstated", 2, unit="тонна", scale="thousand", qualifier="около", label="зерно",
        yearly=True, quote="Ежегодно в область поставляется около 2 тыс. тонн зерна."),
    fig("goal", "turnover", "unstated", 500, upper=700, status="target", yearly=True,
        quote="Стороны намерены выйти на товарооборот 500–700 млн долларов в год."),
]


def test_a_value_per_year_says_so(tmp_path):
    texts = outputs(tmp_path, figures=YEARLY)
    assert_everywhere(
        texts,
        "Товарооборот между Республикой Беларусь и Вологодской областью составляет от 7 до 13,5 млн долларов США "
        "в год.",
        "Зерно: около 2 тыс. тонн в год.",
        "планируется довести до уровня от 500 до 700 млн долларов США в год.",
    )
    code, _, err = _validate(write_facts(tmp_path, "yearly", figures=YEARLY), "--strict")
    assert code == 0 and err == "", err


@pytest.mark.parametrize("figure, message", [
    (fig("y", "turnover", 2024, 300, yearly=True), "a figure of 2024 is that period's own"),
    (fig("y", "turnover", "unstated", growth={"change": 5}, yearly=True), "give `value`"),
])
def test_yearly_on_one_period_is_one_error_naming_its_field(tmp_path, figure, message):
    path = write_facts(tmp_path, figures=[figure])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and "figures[0].yearly:" in err and message in err, err


# --- a run of months across years: «с 2009 года» up to the release, «с июля 2024 по июнь 2025» ----

RUNS = [
    fig("built", "count", "2009-01..2025-08", 10, unit="объект", label="объекты водоснабжения",
        quote="С 2009 года белорусские предприятия построили в области 10 объектов водоснабжения."),
    fig("season", "exports", "2024-07..2025-06", 41.5,
        quote="С июля 2024 по июнь 2025 года экспорт составил 41,5 млн долларов."),
]


def test_a_run_of_months_across_years_is_said_and_never_tabulated(tmp_path):
    texts = outputs(tmp_path, figures=RUNS)
    assert_everywhere(
        texts,
        "Объекты водоснабжения: за период с января 2009 г. по август 2025 г. — 10 объектов.",
        "За период с июля 2024 г. по июнь 2025 г. экспорт Республики Беларусь в Вологодскую область составил "
        "41,5 млн долларов США.",
    )
    assert_nowhere(texts, "Динамика")
    code, _, err = _validate(write_facts(tmp_path, "runs", figures=RUNS), "--strict")
    assert code == 0 and err == "", err


@pytest.mark.parametrize("period, message", [
    ("2025-01..2025-08", "ends in the year it starts: write 2025-01..08"),
    ("2024-13..2025-02", "months out of range"),
    ("2025-01..2024-08", "the first year of '2025-01..2024-08' must come before the last"),
])
def test_a_run_written_wrong_is_one_error_naming_the_period(tmp_path, period, message):
    path = write_facts(tmp_path, figures=[fig("r", "turnover", period, 10)])
    code, _, err = _validate(path)
    assert code == 3 and "figures[0].period:" in err and message in err, err
