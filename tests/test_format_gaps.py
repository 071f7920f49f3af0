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
