"""Trade in services (`trade`) and a count with its whole «N из M» (`out_of`), end to
end: loaded, checked against the quote by `memogen validate`, printed as stated in the
PDF and the DOCX, and never summed, tabulated or compared with trade in goods."""

from __future__ import annotations

import pytest

from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts

SERVICES = [
    fig("t", "turnover", 2024, 640, quote="В 2024 году товарооборот составил 640 млн долларов."),
    fig("e", "exports", 2024, 400, quote="Экспорт товаров достиг 400 млн долларов."),
    fig("i", "imports", 2024, 240, quote="Импорт товаров составил 240 млн долларов."),
    fig("se", "exports", 2024, 95.5, trade="services", growth={"change": 12},
        quote="Экспорт белорусских услуг в 2024 году вырос на 12 % и составил 95,5 млн долларов."),
    fig("si", "imports", 2024, 31, trade="services", qualifier="около",
        quote="Импорт услуг из области составил около 31 млн долларов."),
    fig("st", "turnover", "2025-01..06", 70.2, trade="services",
        quote="За первое полугодие 2025 года взаимная торговля услугами составила 70,2 млн долларов."),
    fig("gs", "turnover", 2024, 767, trade="goods_and_services",
        quote="Товарооборот товаров и услуг за 2024 год достиг 767 млн долларов."),
]


def test_trade_in_services_is_printed_as_stated_and_apart_from_goods(tmp_path):
    texts = outputs(tmp_path, figures=SERVICES)
    assert_everywhere(
        texts,
        "В 2024 году экспорт услуг Республики Беларусь в Вологодскую область составил 95,5 млн долларов США "
        "(рост на 12 % к уровню 2023 года).",
        "В 2024 году импорт услуг Республики Беларусь из Вологодской области составил около 31 млн долларов США.",
        "За январь–июнь 2025 г. объем торговли услугами между Республикой Беларусь и Вологодской областью "
        "составил 70,2 млн долларов США.",
        "В 2024 году объем торговли товарами и услугами между Республикой Беларусь и Вологодской областью "
        "составил 767 млн долларов США.",
        # our trade in goods stays as it was: exports 400, imports 240, balance computed from goods alone
        "экспорт составил 400 млн долларов США, импорт — 240 млн долларов США, сальдо — 160 млн долларов США",
    )
    # services never join the goods' sentence, balance or dynamics table
    assert_nowhere(texts, "сальдо — 64,5", "сальдо — 224", "январь–июнь 2025 70,2", "2024 767")


def test_trade_in_services_validates_against_its_quote_and_is_never_summed(tmp_path):
    code, _, err = _validate(write_facts(tmp_path, figures=SERVICES), "--strict")
    assert code == 0 and err == "", err  # 400 + 240 = 640: services summed in would warn


@pytest.mark.parametrize(
    ("figure", "message"),
    [
        (fig("s", "exports", 2024, 95.5, trade="services", quote="Экспорт в 2024 году составил 95,5 млн долларов."),
         "trade is services, but its quote does not say «услуг…»"),
        (fig("s", "turnover", 2024, 50, trade="goods_and_services", quote="Торговля услугами — 50 млн долларов."),
         "trade is goods_and_services, but its quote does not say «товар… и услуг…»"),
        (fig("c", "count", 2024, 12, unit="проект", label="проекты", out_of=16,
             quote="В 2024 году завершено 12 из 15 проектов."), "out_of 16 is not in its quote"),
    ],
)
def test_what_is_traded_and_the_whole_are_looked_up_in_the_quote(tmp_path, figure, message):
    _, _, err = _validate(write_facts(tmp_path, figures=[figure]))
    assert message in err, err


@pytest.mark.parametrize(
    ("figure", "field", "message"),
    [
        (fig("p", "product", 2024, 5, label="зерно", trade="services"), "trade",
         "`trade` says what a trade flow trades"),
        (fig("c", "count", 2024, 20, unit="проект", label="проекты", out_of=15), "out_of",
         "cannot be less than the count 20"),
        (fig("t", "turnover", 2024, 20, out_of=30), "out_of", "give the count's `value` and `unit` too"),
    ],
)
def test_a_misplaced_trade_or_whole_is_one_error_naming_the_field(tmp_path, figure, field, message):
    path = write_facts(tmp_path, "bad", figures=[figure])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and f"figures[0].{field}" in err and message in err, err


def test_a_count_with_its_whole_is_printed_n_of_m(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("a", "count", "unstated", 118, unit="мероприятие", label="выполненные мероприятия плана", out_of=210),
        fig("b", "count", 2024, 1, unit="регион", label="регионы-участники", out_of=21),
        fig("c", "count", 2024, 12, unit="проект", label="завершенные проекты", out_of=15, qualifier="около"),
    ])
    assert_everywhere(
        texts,
        "Выполненные мероприятия плана: 118 из 210 мероприятий.",
        "Регионы-участники: в 2024 году — 1 из 21 региона.",
        "Завершенные проекты: в 2024 году — около 12 из 15 проектов.",
    )
    assert_nowhere(texts, "118 мероприятий.", "210 мероприятий (")
