"""A first place said by a superlative (`rank.words`: «крупнейший торговый партнер»), the
fractions «две трети» and «три четверти» (`share.words`) and a share of a whole that is no
trade (`indicator: other` with `share.whole`): loaded, checked against the quote, printed as
said in the PDF and the DOCX."""

from __future__ import annotations

import pytest

from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts

FIGURES = [
    fig("r", "turnover", 2024, rank={"position": 1, "words": "крупнейший торговый партнер", "holder": "ours",
                                     "among": "среди торговых партнеров Вологодской области"},
        quote="По итогам 2024 года Беларусь стала крупнейшим торговым партнером Вологодской области."),
    fig("r2", "turnover", "unstated", rank={"position": 1, "words": "ведущий инвестор", "holder": "ours",
                                            "among": "среди иностранных инвесторов области", "measure": ""},
        quote="Белорусская сторона остается ведущим инвестором области."),
    fig("i", "imports", 2024, share={"percent": 66.7, "words": "две трети", "qualifier": "почти",
                                     "whole": "импорта Вологодской области"},
        quote="В 2024 году на Беларусь пришлось почти две трети импорта Вологодской области."),
    fig("o", "other", "unstated", label="белорусские тракторы на рынке области",
        share={"percent": 75, "words": "три четверти", "whole": "парка тракторов области"},
        quote="Три четверти парка тракторов области — белорусские машины."),
    fig("p", "other", 2024, label="жители области, пользующиеся белорусскими товарами",
        share={"percent": 80, "qualifier": "около", "whole": "населения области"},
        quote="В 2024 году белорусскими товарами пользовались около 80 % населения области."),
]


def test_superlatives_fractions_and_non_trade_wholes_are_printed_as_said(tmp_path):
    texts = outputs(tmp_path, figures=FIGURES)
    assert_everywhere(
        texts,
        "По итогам 2024 года Республика Беларусь — крупнейший торговый партнер (1-е место среди торговых "
        "партнеров Вологодской области по объему товарооборота).",
        "Республика Беларусь — ведущий инвестор (1-е место среди иностранных инвесторов области",
        "импорт Республики Беларусь из Вологодской области составил почти две трети импорта Вологодской области",
        "Белорусские тракторы на рынке области: три четверти парка тракторов области.",
        "Жители области, пользующиеся белорусскими товарами: в 2024 году — около 80 % населения области.",
    )
    assert_nowhere(texts, "66,7", "75 %", "заняла 1-е место")


def test_they_validate_against_their_quotes(tmp_path):
    code, _, err = _validate(write_facts(tmp_path, figures=FIGURES), "--strict")
    assert code == 0 and err == "", err


def test_a_superlative_not_in_the_quote_is_named(tmp_path):
    figure = fig("r", "turnover", 2024, rank={"position": 1, "words": "ведущий партнер", "among": "среди стран"},
                 quote="В 2024 году Беларусь стала крупнейшим партнером области.")
    _, _, err = _validate(write_facts(tmp_path, figures=[figure]))
    assert "rank: «ведущий партнер» is not in its quote" in err, err


@pytest.mark.parametrize(
    ("rank", "share", "message"),
    [
        ({"position": 2, "words": "крупнейший партнер", "among": "среди стран"}, None, "it goes with `position: 1`"),
        (None, {"percent": 60, "words": "две трети", "whole": "импорта"}, "«две трети» is 66.7 %, but percent is 60"),
    ],
)
def test_words_that_contradict_the_number_are_one_error(tmp_path, rank, share, message):
    extra = {"rank": rank} if rank else {"share": share}
    path = write_facts(tmp_path, "bad", figures=[fig("x", "turnover", 2024, **extra)])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and "figures[0]" in err and message in err, err
