"""Trade that is not with the partner, as the memo prints it (issue #10): Belarus's trade
with every country (`counterparty: все страны`), with a customs union and with a third
state, read back from the PDF and DOCX with the prepositions Russian needs («со всеми
странами», «во все страны»)."""

from __future__ import annotations

from memogen import russian
from test_truth import assert_everywhere, assert_nowhere, fig, outputs

EVERY = {"name": "все страны", "kind": "group"}


def test_trade_with_every_country_and_a_third_party_reads_as_such(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t", "turnover", 2011, 38.5, scale="billion", quote="В 2011 году товарооборот составил 38,5 млрд долларов."),
        fig("e", "exports", 2011, growth={"change": 59.4}, counterparty=EVERY,
            quote="Весь белорусский экспорт в 2011 году прибавил 59,4 %."),
        fig("i", "imports", 2011, growth={"change": 31.1}, counterparty=EVERY,
            quote="Импорт в 2011 году вырос на 31,1 %."),
        fig("b", "balance", 2011, -5.4, scale="billion", qualifier="почти", counterparty=EVERY,
            quote="Сальдо внешней торговли осталось отрицательным: почти 5,4 млрд долларов."),
        fig("c", "turnover", 2011, growth={"change": 35.9},
            counterparty={"name": "страны Таможенного союза", "kind": "group"},
            quote="Торговля со странами Таможенного союза выросла на 35,9 %."),
    ])
    assert_everywhere(
        texts,
        "В 2011 году отмечен рост экспорта Республики Беларусь во все страны на 59,4 % к уровню 2010 года.",
        "В 2011 году отмечен рост импорта Республики Беларусь из всех стран на 31,1 % к уровню 2010 года.",
        "В 2011 году сальдо торговли Республики Беларусь со всеми странами составило почти −5,4 млрд долларов США.",
        "В 2011 году отмечен рост товарооборота Республики Беларусь со странами Таможенного союза на 35,9 %",
    )
    assert_nowhere(texts, "с всеми", "в все")


def test_so_before_a_form_of_ves_and_vtoroy():
    assert russian.preposition("с", "всеми странами") == "со всеми странами"
    assert russian.preposition("с", "вторым партнёром") == "со вторым партнёром"
    assert russian.preposition("с", "Вьетнамом") == "с Вьетнамом"
    assert russian.preposition("с", "Венесуэлой") == "с Венесуэлой"
