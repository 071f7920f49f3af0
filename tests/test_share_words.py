"""A share said in words («треть импорта», «более половины товарооборота»; issue #10):
`share.words` is loaded, checked against its quote and the percent it means, and printed
as the words in the case the sentence needs, in the PDF and the DOCX."""

from __future__ import annotations

import pytest

from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts

WORDS = [
    fig("e", "exports", 2024, share={"percent": 50, "words": "половина", "qualifier": "более",
                                     "whole": "импорта Вологодской области"},
        quote="В 2024 году на белорусские товары пришлось более половины импорта Вологодской области."),
    fig("i", "imports", "2025-01..06", share={"percent": 33.3, "words": "треть", "whole": "экспорта области"},
        quote="В первом полугодии треть экспорта области пришлась на Беларусь."),
    fig("c", "count", "unstated", 40, unit="компания", label="компании-экспортеры",
        share={"percent": 25, "words": "четверть", "whole": "экспортеров области"},
        quote="Сорок компаний, или четверть экспортеров области, торгуют с Беларусью."),
]


def test_a_share_in_words_is_printed_as_its_words(tmp_path):
    texts = outputs(tmp_path, figures=WORDS)
    assert_everywhere(
        texts,
        "составил более половины импорта Вологодской области",
        "составил треть экспорта области",
        "(четверть экспортеров области)",
    )
    assert_nowhere(texts, "33,3", "50 % импорта", "25 % экспортеров")


def test_a_share_in_words_validates_against_its_quote(tmp_path):
    code, _, err = _validate(write_facts(tmp_path, figures=WORDS), "--strict")
    assert code == 0 and err == "", err


@pytest.mark.parametrize(
    ("share", "quote", "message"),
    [
        ({"percent": 33.3, "words": "треть", "whole": "импорта"}, "На Беларусь приходится четверть импорта.",
         "share «треть» is not in its quote"),
        ({"percent": 50, "words": "половина", "qualifier": "около", "whole": "импорта"},
         "На Беларусь приходится более половины импорта.", "does not say «около половина»"),
    ],
)
def test_a_share_in_words_missing_from_its_quote_is_named(tmp_path, share, quote, message):
    _, _, err = _validate(write_facts(tmp_path, figures=[fig("e", "exports", 2024, share=share, quote=quote)]))
    assert message in err, err


@pytest.mark.parametrize(
    ("share", "message"),
    [
        ({"percent": 30, "words": "треть", "whole": "импорта"}, "«треть» is 33.3 %, but percent is 30"),
        ({"percent": 40, "words": "две пятых", "whole": "импорта"}, "cannot read words 'две пятых'"),
    ],
)
def test_words_that_do_not_mean_the_percent_are_one_error_naming_the_field(tmp_path, share, message):
    path = write_facts(tmp_path, "bad", figures=[fig("e", "exports", 2024, share=share)])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and "figures[0]" in err and message in err, err
