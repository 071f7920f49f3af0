"""A fall by a multiple («сократился вдвое», «снизился в 1,5 раза»): `growth.times` with
`fall`, checked against its quote and against the figure it compares with, printed as
said in the PDF and the DOCX (never «рост в 2 раза», never «50 %»)."""

from __future__ import annotations

import pytest

from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts

FALLS = [
    fig("t23", "turnover", 2023, 300, quote="В 2023 году товарооборот составил 300 млн долларов."),
    fig("t24", "turnover", 2024, 200, growth={"times": 1.5, "fall": True},
        quote="В 2024 году товарооборот снизился в 1,5 раза, до 200 млн долларов."),
    fig("e24", "exports", 2024, growth={"times": 2, "words": "вдвое", "fall": True},
        quote="Экспорт в 2024 году сократился вдвое."),
]


def test_a_fall_by_a_multiple_is_printed_as_said(tmp_path):
    texts = outputs(tmp_path, figures=FALLS)
    assert_everywhere(
        texts,
        "В 2024 году товарооборот между Республикой Беларусь и Вологодской областью составил 200 млн долларов "
        "США (снижение в 1,5 раза к уровню 2023 года).",
        "В 2024 году отмечено снижение экспорта вдвое к уровню 2023 года.",
        "снижение в 1,5 раза",  # the dynamics table's rate, as said
    )
    assert_nowhere(texts, "рост в 1,5 раза", "рост вдвое", "150,0", "66,7")


def test_a_fall_by_a_multiple_agrees_with_the_figure_it_compares_with(tmp_path):
    code, _, err = _validate(write_facts(tmp_path, figures=FALLS), "--strict")
    assert code == 0 and err == "", err
    rise = [FALLS[0], fig("t24", "turnover", 2024, 200, growth={"times": 1.5},
                          quote="В 2024 году товарооборот снизился в 1,5 раза, до 200 млн долларов.")]
    _, _, err = _validate(write_facts(tmp_path, "rise", figures=rise))
    assert "stated growth 150.0 %, but 200 against 300 (t23) is 66.7 %" in err, err


def test_a_fall_its_quote_does_not_state_is_named(tmp_path):
    figure = fig("t", "turnover", 2024, 200, growth={"times": 2, "fall": True},
                 quote="В 2024 году товарооборот изменился в 2 раза и составил 200 млн долларов.")
    _, _, err = _validate(write_facts(tmp_path, figures=[figure]))
    assert "growth is a fall (`fall`), but its quote says no fall" in err, err


@pytest.mark.parametrize(
    "growth",
    [{"change": -20, "fall": True}, {"index": 80, "fall": True}, {"times": 0.5, "fall": True}],
)
def test_fall_goes_with_a_multiple_greater_than_one(tmp_path, growth):
    path = write_facts(tmp_path, "bad", figures=[fig("t", "turnover", 2024, 200, growth=growth)])
    code, _, err = _validate(path)
    assert code == 3 and "figures[0].growth" in err and "`fall` is a fall by a multiple greater than 1" in err, err
