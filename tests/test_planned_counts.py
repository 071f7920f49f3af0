"""A count or a group of goods that is expected, forecast or set as a target says so in
its line (issue #10), read back from the PDF and DOCX: «в 2026 году (цель) — порядка
3,2 тыс. единиц», as the dynamics table marks such a row («2030 (цель)»); a plan is
never printed as what happened."""

from __future__ import annotations

from test_truth import assert_everywhere, assert_nowhere, fig, outputs


def test_a_planned_count_or_product_is_marked_as_planned(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("cg", "count", 2026, 3.2, scale="thousand", unit="единица", label="единицы техники", qualifier="порядка",
            status="target", counterparty={"name": "Республика Гана"}),
        fig("pf", "product", 2026, 12, label="молочная продукция", status="forecast"),
        fig("pe", "product", "unstated", 5, label="зерно", status="expected"),
        fig("ca", "count", 2024, 16, unit="трактор", label="тракторы"),
    ])
    assert_everywhere(
        texts,
        "Единицы техники (Республика Гана): в 2026 году (цель) — порядка 3,2 тыс. единиц.",
        "Молочная продукция: в 2026 году (прогноз) — 12 млн долларов США.",
        "Зерно: 5 млн долларов США (ожидается).",
        "Тракторы: в 2024 году — 16 тракторов.",
    )
    assert_nowhere(texts, "в 2026 году — порядка 3,2")
