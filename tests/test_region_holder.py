"""A Belarusian region's own figure (`holder`) and a count to a third state
(`counterparty` on a count), end to end (issue #10): loaded and refused by `memogen
validate` with the file, line, field and fix, printed in the PDF and DOCX as whose they
are, and never tabulated, charted or summed with our side's trade."""

from __future__ import annotations

import pytest

from test_truth import _validate, assert_everywhere, assert_nowhere, fig, outputs, write_facts

MOGILEV = {"name": "Могилевская область"}
VITEBSK = {"name": "Витебская область"}
GHANA = {"name": "Республика Гана"}


def test_a_regions_own_trade_is_named_as_its_own_and_kept_out_of_ours(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t23", "turnover", 2023, 410, qualifier="почти"),
        fig("t24", "turnover", 2024, 450),
        fig("e24", "exports", 2024, 300),
        fig("i24", "imports", 2024, 150),
        fig("m23", "turnover", 2023, 120, qualifier="около", holder=MOGILEV),
        fig("ve", "exports", 2024, 95.5, holder=VITEBSK, growth={"change": 7}),
        fig("vi", "imports", 2024, growth={"change": -2.5}, holder=VITEBSK),
        fig("vb", "balance", "2025-01..06", holder=VITEBSK, sign="positive"),
        fig("va", "exports", 2024, 1.9, scale="billion", holder=VITEBSK,
            counterparty={"name": "все страны", "kind": "group"}),
    ])
    assert_everywhere(
        texts,
        "В 2023 году товарооборот Могилевской области с Вологодской областью составил около 120 млн долларов США.",
        "В 2024 году экспорт Витебской области в Вологодскую область составил 95,5 млн долларов США "
        "(рост на 7 % к уровню 2023 года).",
        "В 2024 году отмечено снижение импорта Витебской области из Вологодской области на 2,5 % к уровню 2023 года.",
        "За январь–июнь 2025 г. сальдо торговли Витебской области с Вологодской областью сложилось положительным.",
        "В 2024 году экспорт Витебской области во все страны составил 1,9 млрд долларов США.",
        # our trade stays ours: the balance from our exports and imports alone
        "экспорт составил 300 млн долларов США, импорт — 150 млн долларов США, сальдо — 150 млн долларов США",
    )
    # the region's amounts join no row of our dynamics table and no balance of ours
    assert_nowhere(texts, "2023 около 120", "сальдо — 245", "сальдо — 204,5", "95,5 млн долларов США, импорт")


def test_a_regions_figures_validate_strictly_beside_ours(tmp_path):
    path = write_facts(tmp_path, figures=[
        fig("t24", "turnover", 2024, 450, quote="В 2024 году товарооборот составил 450 млн долларов."),
        fig("e24", "exports", 2024, 300, quote="Экспорт составил 300 млн долларов."),
        fig("i24", "imports", 2024, 150, quote="Импорт составил 150 млн долларов."),
        fig("ve", "exports", 2024, 9.5, holder=VITEBSK,
            quote="Экспорт Витебской области составил 9,5 млн долларов."),
    ])
    code, _, err = _validate(path, "--strict")
    assert code == 0 and err == "", err  # 300 + 150 = 450, and 9,5 is not 0,5 % of it: no scale warning


def test_a_count_to_a_third_state_names_it_and_a_products_region_too(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("ct", "count", 2026, 4.5, scale="thousand", unit="единица", label="единицы техники", qualifier="порядка"),
        fig("cg", "count", 2026, 3.2, scale="thousand", unit="единица", label="единицы техники", qualifier="порядка",
            counterparty=GHANA),
        fig("pm", "product", 2024, 40.2, label="молочная продукция", holder=VITEBSK),
    ])
    assert_everywhere(
        texts,
        "Единицы техники: в 2026 году — порядка 4,5 тыс. единиц.",
        "Единицы техники (Республика Гана): в 2026 году — порядка 3,2 тыс. единиц.",
        "Молочная продукция (Витебская область): в 2024 году — 40,2 млн долларов США.",
    )


def test_a_count_to_a_third_state_is_no_repetition_of_the_partners(tmp_path):
    path = write_facts(tmp_path, figures=[
        fig("ct", "count", 2024, 45, unit="трактор", label="тракторы", quote="Поставили 45 тракторов, в Гану — 32."),
        fig("cg", "count", 2024, 32, unit="трактор", label="тракторы", counterparty=GHANA,
            quote="Поставили 45 тракторов, в Гану — 32."),
    ])
    code, _, err = _validate(path, "--strict")
    assert code == 0 and "given twice" not in err, err


@pytest.mark.parametrize(
    ("figure", "field", "message"),
    [
        (fig("c", "contracts", 2024, 12, holder=VITEBSK), "holder", "it belongs to turnover, exports, imports"),
        (fig("o", "other", 2024, 3, label="доля", holder=VITEBSK), "holder", "for other, name the region in `label` instead"),
        (fig("x", "exports", 2024, 5, holder={"name": "Польша", "kind": "country"}), "holder.kind",
         "'region', 'city' or 'organisation'"),
        (fig("k", "turnover", 2024, 5, side="partner", counterparty=GHANA, holder=VITEBSK), "holder",
         "the partner's trade with a third state"),
        (fig("r", "exports", 2024, 5, holder={"name": "Республика Беларусь"}), "holder.name",
         "is our side itself"),
        (fig("p", "imports", 2024, 5, holder={"name": "Вологодская область"}), "holder.name", "is the partner"),
        (fig("q", "product", 2024, 5, label="зерно", counterparty=GHANA), "counterparty",
         "or the third state a count is of"),
    ],
)
def test_a_misplaced_holder_is_one_error_naming_file_line_field_and_fix(tmp_path, figure, field, message):
    path = write_facts(tmp_path, "bad", figures=[figure])
    code, _, err = _validate(path)
    assert code == 3 and f"{path}:" in err and f"figures[0].{field}" in err and message in err, err
    assert "Traceback" not in err


def test_a_regions_share_is_charted_as_that_regions_and_a_third_states_not_at_all(tmp_path):
    every = {"name": "все страны", "kind": "group"}
    texts = outputs(tmp_path, figures=[
        fig("ea", "exports", 2023, 500, counterparty=every),
        fig("cs", "exports", 2023, 300, counterparty={"name": "страны ЕАЭС", "kind": "group"},
            share={"percent": 60, "of": "ea"}),
        fig("t23", "turnover", 2023, 410),
        fig("ms", "turnover", 2023, 120, holder=MOGILEV, share={"percent": 29, "of": "t23"}),
    ])
    assert_everywhere(
        texts,
        "В 2023 году товарооборот Могилевской области с Вологодской областью составил 120 млн долларов США, "
        "или 29 % общего объема товарооборота.",
        "Могилевская область в общем объеме товарооборота в 2023 году",
    )
    # one share chart, the region's: never the third states' share under our trade's name
    assert_nowhere(texts, "Экспорт — 60", "Рисунок 2")


@pytest.mark.parametrize(
    ("quote", "warned"),
    [
        ("Из них около 120 млн долларов пришлось на Могилёвскую область.", False),
        ("Товарооборот Могилевщины превысил 120 млн долларов.", False),
        ("Из них около 120 млн долларов пришлось на Гомельскую область.", True),
    ],
)
def test_validate_warns_when_the_quote_does_not_name_the_holder(tmp_path, quote, warned):
    path = write_facts(tmp_path, figures=[fig("m", "turnover", 2023, 120, qualifier="около", holder=MOGILEV,
                                              quote=quote)])
    _, _, err = _validate(path)
    assert ("holder is Могилевская область, but its quote does not name it" in err) == warned, err


def test_the_partners_supplies_to_a_region_are_that_regions_imports(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("ps", "exports", 2024, 33.3, side="partner", holder=VITEBSK,
            quote="Поставки области в Витебскую область в 2024 году составили 33,3 млн долларов."),
    ])
    assert_everywhere(texts, "В 2024 году импорт Витебской области из Вологодской области составил 33,3 млн "
                             "долларов США.")
    assert_nowhere(texts, "экспорт Витебской области")
