"""A trade in services or with a third country known only by its growth or by its
balance's sign (issue #10), read back from the PDF and DOCX: the growth in the words the
memo uses for our own growth-only figures («отмечен рост объема торговли услугами … на
8 %»), the sign as stated («сальдо … сложилось положительным»), never a bare dash or an
empty sentence."""

from __future__ import annotations

from test_truth import assert_everywhere, assert_nowhere, fig, outputs

CHINA = {"name": "Китайская Народная Республика", "kind": "country"}


def test_a_growth_alone_of_services_reads_like_our_growth_alone(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("st", "turnover", 2024, trade="services", growth={"change": 8},
            quote="Торговля услугами в 2024 году прибавила 8 %."),
        fig("se", "exports", "2025-01..06", trade="services", growth={"index": 112.5},
            quote="За полугодие экспорт услуг составил 112,5 % к уровню прошлого года."),
        fig("si", "imports", 2024, trade="services", growth={"change": -3.1},
            quote="Импорт услуг в 2024 году снизился на 3,1 %."),
    ])
    assert_everywhere(
        texts,
        "В 2024 году отмечен рост объема торговли услугами между Республикой Беларусь и Вологодской областью "
        "на 8 % к уровню 2023 года.",
        "За январь–июнь 2025 г. темп роста экспорта услуг Республики Беларусь в Вологодскую область составил "
        "112,5 % к уровню аналогичного периода 2024 года.",
        "В 2024 году отмечено снижение импорта услуг Республики Беларусь из Вологодской области на 3,1 % "
        "к уровню 2023 года.",
    )
    assert_nowhere(texts, "— рост", "— снижение", "— 112,5")


def test_a_third_countrys_growth_alone_names_whose_trade_grew(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("kc", "turnover", 2024, side="partner", counterparty=CHINA, growth={"change": 12, "qualifier": "более"},
            quote="Торговля области с Китаем в 2024 году выросла более чем на 12 %."),
        fig("ex", "exports", "unstated", counterparty={"name": "все страны", "kind": "group"},
            growth={"times": 2, "versus": 2020}, quote="Весь экспорт вырос в 2 раза к 2020 году."),
    ])
    assert_everywhere(
        texts,
        "В 2024 году отмечен рост товарооборота Вологодской области с Китайской Народной Республикой более чем "
        "на 12 % к уровню 2023 года.",
        "Отмечается рост экспорта Республики Беларусь во все страны в 2 раза к уровню 2020 года.",
    )


def test_a_balance_known_by_its_sign_alone_says_the_sign(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("sb", "balance", 2024, trade="services", sign="positive",
            quote="Сальдо торговли услугами в 2024 году сложилось положительным."),
        fig("cb", "balance", "2025-01..06", side="partner", counterparty=CHINA, sign="negative",
            quote="В первом полугодии торговля области с Китаем шла с дефицитом."),
    ])
    assert_everywhere(
        texts,
        "В 2024 году сальдо торговли услугами Республики Беларусь с Вологодской областью сложилось положительным.",
        "За январь–июнь 2025 г. сальдо торговли Вологодской области с Китайской Народной Республикой сложилось "
        "отрицательным.",
    )
    # never an empty sentence naming the balance and saying nothing of it
    assert_nowhere(texts, "с Вологодской областью.", "Народной Республикой.")
