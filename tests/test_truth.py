"""The memo says exactly what the source says (issue #9): facts with hedges, statuses,
ranks, counts, directions, currencies and markup → built PDF and DOCX, read back.

Each test builds a small facts file in both formats and looks for the printed words in
the PDF's text (pdfplumber), the DOCX's paragraphs and tables (python-docx) and the
charts' alt text (DOCX `descr`), so a figure is checked wherever it is printed.
"""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path

import pytest

from memogen.cli import main
from memogen.pipeline import build
from paths import ROOT
from readback import all_text, docx_words, squash

BASE = {
    "memo": {
        "title": "о сотрудничестве Республики Беларусь с Вологодской областью",
        "date": "2025-08-25",
        "signatory": {"position": ["Начальник управления"], "given": "Анна", "surname": "Кравец"},
    },
    "parties": {
        "ours": {"name": "Республика Беларусь",
                 "cases": {"instrumental": "Республикой Беларусь", "accusative": "Республику Беларусь",
                           "genitive": "Республики Беларусь"}},
        "partner": {"name": "Вологодская область", "kind": "region",
                    "cases": {"instrumental": "Вологодской областью", "genitive": "Вологодской области"}},
    },
}


def fig(id, indicator, period, value=None, **extra):
    out = {"id": id, "indicator": indicator, "period": period, **extra}
    if value is not None:
        out["value"] = value
    return out


def write_facts(folder: Path, name: str = "case", **sections) -> Path:
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(sections))
    path = folder / f"{name}.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
    return path


def pdf_text(data: bytes) -> str:
    # A hyphenated line end joins its word again; the chart labels are text too.
    return squash(re.sub(r"(\w)-\n(\w)", r"\1\2", all_text(data)))


def outputs(tmp_path: Path, **sections) -> dict[str, str]:
    """Both formats of a memo built from `sections`, as searchable text."""
    path = write_facts(tmp_path, **sections)
    built = build(path, ["pdf", "docx"], tmp_path / "out", workspace=ROOT)
    data = {p.suffix[1:]: p.read_bytes() for p in built.outputs}
    return {"pdf": pdf_text(data["pdf"]), "docx": docx_words(data["docx"])}


def assert_everywhere(texts: dict[str, str], *phrases: str) -> None:
    for fmt, text in texts.items():
        for phrase in phrases:
            assert squash(phrase) in text, f"{fmt}: {phrase!r} not in {text[:3000]!r}"


def assert_nowhere(texts: dict[str, str], *phrases: str) -> None:
    for fmt, text in texts.items():
        for phrase in phrases:
            assert squash(phrase) not in text, f"{fmt}: {phrase!r} printed"


# --- 1, 2: hedges on every quantity, digits exactly as stated ---------------------------


def test_hedges_and_stated_digits_travel_to_sentences_tables_and_charts(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t23", "turnover", 2023, 600),
        fig("t24", "turnover", 2024, 750, qualifier="почти", growth={"change": 12, "qualifier": "более"}),
        fig("t25", "turnover", "2025-01..06", "5.08", scale="billion", currency="RUB", growth={"index": 118}),
    ])
    assert_everywhere(
        texts,
        "составил почти 750 млн долларов США (рост более чем на 12 % к уровню 2023 года)",
        "5,08 млрд российских рублей, или 118 % к уровню аналогичного периода 2024 года",
        "почти 750",  # the table cell and the chart label
    )
    assert "2024 — почти 750" in texts["docx"]  # the dynamics chart's alt text
    assert_nowhere(texts, "750,0", "5,1 млрд", "118,0", "12,0 %", "112,0")


def test_a_hedged_share_and_product_keep_their_hedges(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t", "turnover", 2024, 678.1),
        fig("f", "product", 2024, 10.2, label="продовольственные товары", qualifier="более",
            share={"percent": 1.5, "of": "t", "qualifier": "около"}),
    ])
    assert_everywhere(texts, "более 10,2 млн долларов США (около 1,5 % общего объема товарооборота)",
                      "около 1,5 %", "около 98,5 %")  # the chart's labels: the rest is approximate too
    assert "продовольственные товары — около 1,5 %, прочее — около 98,5 %" in texts["docx"]  # alt text


@pytest.mark.parametrize(
    ("share", "part", "rest"),
    [
        ({"percent": 40, "qualifier": "более"}, "более 40 %", "менее 60 %"),
        ({"percent": 12.5, "qualifier": "почти"}, "почти 12,5 %", "более 87,5 %"),
        ({"percent": 40}, "40 %", "60 %"),
        ({"percent": 50, "words": "половина", "qualifier": "более"}, "более половины", "менее половины"),
        ({"percent": 33.3, "words": "треть"}, "треть", "две трети"),
    ],
)
def test_the_rest_of_a_share_is_hedged_the_other_way_and_adds_no_digit(tmp_path, share, part, rest):
    """«более 40 %» leaves «менее 60 %» (not «около 60 %»), «треть» leaves «две трети»
    (not «66,7 %», a precision the source never gave); both in the chart and its alt text."""
    texts = outputs(tmp_path, figures=[
        fig("t", "turnover", 2024, 678.1),
        fig("f", "product", 2024, 10.2, label="продовольственные товары", share={**share, "of": "t"}),
    ])
    assert f"продовольственные товары — {part}, прочее — {rest};" in texts["docx"]  # alt text
    assert_everywhere(texts, rest)  # the chart's label
    assert_nowhere(texts, "66,7", "60,0 %")


# --- 3: status and tense ---------------------------------------------------------------------


def test_status_and_period_choose_the_verb(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t24", "turnover", 2024, 678.1, status="preliminary"),
        fig("t25", "turnover", 2025, 1, scale="billion", status="forecast"),
        fig("t30", "turnover", 2030, 2, scale="billion", status="target"),
        fig("e25", "exports", "2025-01..06", 200.5),
        fig("x25", "exports", 2025, 400, status="expected"),
    ], structure={"exports": {"period": 2024, "items": [{"name": "тракторы"}]}})
    assert_everywhere(
        texts,
        "В 2024 году товарооборот между Республикой Беларусь и Вологодской областью, по предварительным "
        "данным, составил 678,1 млн долларов США.",
        "В 2025 году товарооборот прогнозируется на уровне 1 млрд долларов США.",
        "В 2030 году товарооборот планируется довести до 2 млрд долларов США.",
        "2025 (прогноз)", "2030 (цель)",
        "За январь–июнь 2025 г. экспорт составил 200,5 млн долларов США",
        "В 2025 году экспорт ожидается на уровне 400 млн долларов США",
        "Основу белорусского экспорта в 2024 году составили",
    )
    assert_nowhere(texts, "рост на", "рост в", "снижение")  # a forecast or target is never compared with a measured year


def test_a_running_period_reads_in_the_present(tmp_path):
    texts = outputs(tmp_path, figures=[fig("t", "turnover", "2025-01..09", 500)])
    assert_everywhere(texts, "За январь–сентябрь 2025 г. товарооборот между Республикой Беларусь "
                             "и Вологодской областью составляет 500 млн долларов США")


# --- 4: ranks name who holds the place -----------------------------------------------------------


def test_a_rank_names_its_holder_and_agrees_the_verb(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t", "turnover", 2024, 678.1, rank={
            "position": 5, "holder": "ours", "among": "среди торговых партнеров Вологодской области"}),
    ])
    assert_everywhere(texts, "По итогам 2024 года Республика Беларусь заняла 5-е место среди торговых "
                             "партнеров Вологодской области по объему товарооборота.")
    assert_nowhere(texts, "Вологодская область занимает")


# --- 5: counts in other units, growth over a span -----------------------------------------------


def test_counts_agree_with_their_numbers(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("c", "other", 2024, 80, label="страны-партнеры", unit="страна", qualifier="почти"),
        fig("o", "other", 2024, 96, label="организации-участники", unit="организация"),
        fig("m", "other", 2025, 900, label="места в общежитии", unit="место"),
        fig("g", "other", 2024, 1, label="поставки тракторов", unit="трактор",
            growth={"times": 1.5, "years": 4}),
    ])
    assert_everywhere(texts, "почти 80 стран", "96 организаций", "900 мест",
                      "1 трактор, рост в 1,5 раза за 4 года")


# --- 8: currencies and scales never share a column or an axis -------------------------------------


def test_roubles_and_dollars_get_their_own_columns(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t23", "turnover", 2023, 700.1),
        fig("t24", "turnover", 2024, 60.2, currency="RUB", scale="billion"),
        fig("t25", "turnover", 2025, "1.2", currency="RUB", scale="trillion", status="target"),
    ])
    assert_everywhere(texts, "1,2 трлн российских рублей", "2023 700,1 — —", "2024 — 60,2 —")
    for header in ("Товарооборот, млн долларов США", "Товарооборот, млрд российских рублей",
                   "Товарооборот, трлн российских рублей"):
        assert header in texts["docx"]  # one column each (the PDF wraps the header cells)
    # no growth is computed between dollars and roubles
    assert_nowhere(texts, "рост в", "снижение на")


def test_growth_in_words_is_printed_as_said(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t", "turnover", 2024, 400, growth={"words": "вдвое"}),
        fig("e", "exports", 2024, 300, growth={"words": "в полтора раза"}),
        fig("i", "imports", 2024, 100, growth={"words": "на треть", "versus": 2023}),
    ])
    assert_everywhere(texts, "(рост вдвое к уровню 2023 года)", "(рост в полтора раза",
                      "(рост на треть к уровню 2023 года)")


# --- 11: direction from either side --------------------------------------------------------------


def test_the_partners_exports_are_our_imports(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("p", "exports", 2024, 120.4, side="partner"),
        fig("e", "exports", 2024, 300.2),
    ])
    assert_everywhere(texts, "В 2024 году экспорт составил 300,2 млн долларов США, импорт — 120,4 млн долларов США")


# --- 10: proposals without who and when, statements that were no meeting --------------------------


@pytest.mark.parametrize("theme", ["default", "mfa"])
def test_an_idea_without_responsible_or_deadline(tmp_path, theme):
    facts = write_facts(tmp_path, proposals=[{"action": "Открыть сервисный центр в Вологде"}],
                        parties={**BASE["parties"], "officials": [
                            {"person": {"given": "Георгий", "surname": "Филимонов"},
                             "position": "Губернатор Вологодской области", "side": "partner",
                             "role": "quoted"}]})
    built = build(facts, ["pdf", "docx"], tmp_path / "out", workspace=ROOT, theme_name=theme)
    for path in built.outputs:
        data = path.read_bytes()
        text = pdf_text(data) if path.suffix == ".pdf" else docx_words(data)
        assert "ткрыть сервисный центр в Вологде" in text
        assert "Ответственные" not in text and "None" not in text
        assert "Участники встречи" not in text
        assert "Приводятся высказывания:" in text and "Губернатор Вологодской области Г." in text


# --- 12: facts text is printed exactly, through every filter ---------------------------------------


def test_markdown_in_facts_text_is_printed_literally(tmp_path):
    texts = outputs(
        tmp_path,
        figures=[fig("t", "turnover", 2024, 100), fig("p", "product", 2024, 5, label="шины *R17*")],
        sectors=[{"id": "s", "name": "Машиностроение", "existing": ["Работает завод."],
                  "companies": [{"name": "Завод *Луч*", "legal_form": "ОАО"}]}],
        structure={"exports": {"items": [{"name": "детали _ходовой_ части"}]}},
        events=[{"what": "Форум", "when": "конец *мая* 2025 г."}],
    )
    assert_everywhere(texts, "«Завод *Луч*»", "Шины *R17*", "детали _ходовой_ части", "конец *мая* 2025 г.")


# --- 7, 9: validate catches what an analyst mistypes --------------------------------------------------


def _validate(path: Path, *flags: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["validate", *flags, str(path)], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _example_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (ROOT / "facts" / "vologda-2025.yaml").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "gov-2025-08-25.txt").write_bytes(
        (ROOT / "facts" / "sources" / "gov-2025-08-25.txt").read_bytes())
    path = tmp_path / "planted.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_seed_validates_strictly():
    code, out, err = _validate(ROOT / "facts" / "vologda-2025.yaml", "--strict")
    assert code == 0 and err == "" and "0 warnings" in out


def test_a_mistyped_value_is_caught_by_its_quote(tmp_path):
    path = _example_with(tmp_path, "value: 678.1", "value: 687.1")
    code, _, err = _validate(path)
    assert code == 0
    assert "figure 'turnover-2024': value 687.1 is not in its quote: «если в 2020 году" in err
    code, _, _ = _validate(path, "--strict")
    assert code == 3


@pytest.mark.parametrize("old, new, expected", [
    ("qualifier: более", "qualifier: почти", "figure 'food-2024': value is hedged «почти», but its quote"),
    ("    qualifier: более\n", "", "the quote hedges value 10.2 («более…»); add a qualifier"),
    ("percent: 1.5", "percent: 1.6", "share 1.6 is not in its quote"),
    ("index: 100.9", "index: 109.9", "growth 109.9 is not in its quote"),
    ("в 2024 году цифра взаимной торговли достигла $678,1 млн.\n  - id: turnover-2025-h1",
     "в 2024 году цифра достигла $678,1 млн.\n  - id: turnover-2025-h1", "quote not found in"),
])
def test_planted_quote_errors_are_caught(tmp_path, old, new, expected):
    path = _example_with(tmp_path, old, new)
    _, _, err = _validate(path)
    assert expected in err, err


def test_exports_and_imports_must_make_the_turnover(tmp_path):
    path = write_facts(tmp_path, figures=[
        fig("t", "turnover", 2024, 284.3), fig("e", "exports", 2024, 200.1), fig("i", "imports", 2024, 94.2)])
    _, _, err = _validate(path)
    assert "figure 't': exports 200.1 (e) plus imports 94.2 (i) make 294.3, but turnover 284.3 is stated for 2024" in err


def test_a_figure_in_the_wrong_scale_stands_out(tmp_path):
    path = write_facts(tmp_path, figures=[
        fig("t", "turnover", 2024, 284.3), fig("e", "exports", 2024, 212.7, scale="thousand")])
    _, _, err = _validate(path)
    assert "figure 'e': exports 212.7 thousand is 0.07% of turnover 284.3 million (t) for 2024: check the scale" in err


def test_a_repeated_period_names_both_figures_and_never_compares_with_itself(tmp_path):
    texts_path = write_facts(tmp_path, figures=[
        fig("a", "turnover", 2022, 300.1), fig("b", "turnover", 2022, 309.4)])
    _, _, err = _validate(texts_path)
    assert "turnover is given twice for 2022: 'a' (300.1) and 'b' (309.4)" in err
    texts = outputs(tmp_path, figures=[fig("a", "turnover", 2022, 300.1), fig("b", "turnover", 2022, 309.4)])
    assert_nowhere(texts, "2022–2022", "309,4")


def test_growth_against_its_own_period_is_flagged(tmp_path):
    path = write_facts(tmp_path, figures=[fig("a", "turnover", 2024, 300, growth={"index": 103, "versus": 2024})])
    _, _, err = _validate(path)
    assert "measured against 2024 itself" in err


def test_explain_lists_every_computed_figure():
    out = io.StringIO()
    main(["validate", "--explain", str(ROOT / "facts" / "vologda-2025.yaml")], stdout=out, stderr=io.StringIO())
    text = out.getvalue()
    assert "turnover growth 2020–2024 = 2,0  (678.1 / 335 (turnover-2024 / turnover-2020))" in text
    assert "rest of food-2024's total = 98,5" in text


# --- #15.2: one indicator vocabulary -------------------------------------------------------------


def test_the_indicator_registry_is_the_one_vocabulary():
    """memogen.indicators.INDICATORS is the registry; the model's choices, the JSON
    Schema, the Russian names and the docs must list the same indicators."""
    from typing import get_args

    from memogen import russian
    from memogen.facts.model import IndicatorName
    from memogen.facts.schema import facts_schema
    from memogen.indicators import INDICATORS

    names = set(INDICATORS)
    assert set(get_args(IndicatorName)) == names
    schema = facts_schema()["$defs"]["FigureFact"]["properties"]["indicator"]
    assert set(schema["enum"]) == names
    assert set(russian.INDICATORS) == {n for n, i in INDICATORS.items() if not i.labelled}
    docs = (ROOT / "docs" / "facts.md").read_text(encoding="utf-8")
    assert all(f"`{n}`" in docs for n in names)


# --- the rules found on the corpus: forecasts, stated growth, zero change, hedges read ------------


def test_a_forecast_is_never_compared_and_a_stated_growth_wins(tmp_path):
    """A forecast for the running year is no measured year: the last actual year keeps
    its stated, hedged growth (no computed trend against the forecast)."""
    texts = outputs(tmp_path, memo={**BASE["memo"], "date": "2018-11-12"}, figures=[
        fig("t17", "turnover", 2017, 970, growth={"change": 20, "qualifier": "почти", "versus": "previous_period"}),
        fig("t18", "turnover", 2018, 1, scale="billion", qualifier="более", status="forecast"),
    ])
    assert_everywhere(texts, "составил 970 млн долларов США (рост почти на 20 % к уровню 2016 года)",
                      "В 2018 году товарооборот прогнозируется на уровне более 1 млрд долларов США",
                      "2018 (прогноз)")
    assert_nowhere(texts, "примерно", "+20")


def test_the_index_column_prints_a_stated_change_as_the_index_it_is(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t23", "turnover", 2023, 370), fig("t24", "turnover", 2024, 570, growth={"change": 52}),
        fig("t25", "turnover", "2025-01..06", 300, growth={"change": -3.1, "qualifier": "почти"}),
        fig("t26", "turnover", "2025-01..09", 400, growth={"times": 1.5, "years": 4}),
    ])
    assert_everywhere(texts, "2024 570 152", "январь–июнь 2025 300 почти 96,9", "январь–сентябрь 2025 400 —")
    assert_nowhere(texts, "+52", "−3,1 ")


def test_no_change_reads_as_the_same_level_and_two_bounds_compare_nothing(tmp_path):
    texts = outputs(tmp_path, figures=[fig("a", "turnover", 2021, 500), fig("b", "turnover", 2022, 500.1)])
    assert_everywhere(texts, "(в 2021 году — 500 млн долларов США, на уровне 2021 года)")
    assert_nowhere(texts, "0,0 %")
    (tmp_path / "b").mkdir()
    bounds = outputs(tmp_path / "b", figures=[
        fig("a", "turnover", 2021, 1, scale="billion", qualifier="более"),
        fig("b", "turnover", 2022, 1, scale="billion", qualifier="более")])
    assert_everywhere(bounds, "В 2022 году товарооборот между Республикой Беларусь и Вологодской областью "
                              "составил более 1 млрд долларов США.")
    assert_nowhere(bounds, "рост на", "рост в", "0,0")


def test_a_hedge_taking_the_genitive_agrees_the_count(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("c", "other", 2024, 43, label="компании-участники", unit="компания", qualifier="около"),
        fig("d", "other", 2024, 21, label="регионы", unit="регион", qualifier="более"),
        fig("e", "other", 2024, 43, label="проекты", unit="проект", qualifier="почти")])
    assert_everywhere(texts, "около 43 компаний", "более 21 региона", "почти 43 проекта")


@pytest.mark.parametrize("quote, value, group", [
    ("товарооборот будет выше $1 млрд", ("1", "billion"), "over"),
    ("рубеж в 1 млрд долларов будет преодолён", ("1", "billion"), "over"),
    ("миллиард будет преодолён в ближайшей перспективе", ("1", "billion"), "over"),
    ("где-то на уровне от 900 млн до миллиарда долларов", ("900", "million"), "about"),
    ("довести оборот до рекордных 300 млрд рублей", ("300", "billion"), None),
    ("вырос до 356 млн", ("356", "million"), None),
    ("поставки до 300 млн долларов в год", ("300", "million"), "under"),
])
def test_hedges_are_read_as_releases_write_them(quote, value, group):
    from decimal import Decimal

    from memogen.reading import numbers_in

    found = [r for r in numbers_in(quote) if (r.value, r.scale) == (Decimal(value[0]), value[1])]
    assert found and found[0].hedge == group


def test_remarks_and_agreement_parties_are_printed(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t20", "turnover", 2020, 300), fig("t22", "turnover", 2022, 350, remark="рекордный уровень"),
        fig("t24", "turnover", 2024, 400),
        fig("e", "exports", 2024, 250, remark="в основном техника"), fig("i", "imports", 2024, 150)],
        agreements=[{"title": "Соглашение о сотрудничестве", "status": "signed", "parties": "правительства"}])
    assert_everywhere(texts, "В 2022 году товарооборот составил 350 млн долларов США; рекордный уровень.",
                      "экспорт составил 250 млн долларов США, в основном техника", "Стороны: правительства.")


def test_the_cover_note_keeps_every_hedge(tmp_path):
    """A theme's e-mail note that prints figures prints them as the memo does: each
    hedge (of the value, of the growth) kept, digits as stated, no Markdown escapes."""
    from memogen.pipeline import cover
    from themes.helpers import make_theme

    make_theme(tmp_path, "note", "extends: default\n", {"mail/body.txt.j2": (
        "{% for f in facts.figures %}{{ f.period | period_in }}: {{ f | money }}{{ f | growth_clause }}\n"
        "{% endfor %}")})
    path = write_facts(tmp_path, memo={**BASE["memo"], "theme": "note"}, figures=[
        fig("t", "turnover", 2024, 750, qualifier="почти", growth={"change": 12, "qualifier": "более"}),
        fig("c", "count", 2024, 43, label="компании *МТЗ*", unit="компания", qualifier="около")])
    built = build(path, ["pdf"], tmp_path / "out", workspace=tmp_path)
    _, body = cover(built)
    assert "в 2024 году: почти 750 млн долларов США (рост более чем на 12 % к уровню 2023 года)" in squash(body)
    assert "около 43 компаний" in squash(body)
    assert "\\" not in body


# --- model additions: shares of a total in words, a base left unstated, counts --------------------


def test_a_share_of_the_partners_own_total_is_printed_as_stated(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("s", "turnover", 2024, share={"percent": 67, "whole": "внешнеторгового оборота Вологодской области"}),
        fig("t", "turnover", 2023, 500, share={"percent": 9, "qualifier": "почти",
                                              "whole": "внешней торговли Вологодской области"})])
    assert_everywhere(texts, "В 2024 году товарооборот между Республикой Беларусь и Вологодской областью составил "
                             "67 % внешнеторгового оборота Вологодской области.",
                      "составил 500 млн долларов США, или почти 9 % внешней торговли Вологодской области")


def test_a_share_names_one_whole(tmp_path):
    path = write_facts(tmp_path, figures=[fig("s", "turnover", 2024, share={"percent": 67})])
    code, _, err = _validate(path)
    assert code == 3 and "give either `of` (a figure id) or `whole`" in err


def test_growth_against_an_unstated_base_names_none(tmp_path):
    texts = outputs(tmp_path, figures=[fig("t", "turnover", 2030, 2, scale="billion", status="target",
                                           growth={"words": "в два раза", "versus": "unstated"})])
    assert_everywhere(texts, "В 2030 году товарооборот между Республикой Беларусь и Вологодской областью "
                             "планируется довести до 2 млрд долларов США (рост в два раза).")
    assert_nowhere(texts, "к уровню")


def test_a_rank_of_a_running_year_reads_in_the_present(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("r", "turnover", 2025, rank={"position": 2, "holder": "ours", "among": "среди партнеров области"}),
        fig("q", "turnover", "2025-01..06", rank={"position": 3, "holder": "ours", "among": "среди стран СНГ"})])
    assert_everywhere(texts, "В 2025 году Республика Беларусь занимает 2-е место среди партнеров области",
                      "По итогам января–июня 2025 г. Республика Беларусь заняла 3-е место")
    assert_nowhere(texts, "По итогам 2025 года")


def test_one_period_in_two_currencies_is_one_row_and_no_repetition(tmp_path):
    figures = [fig("u", "turnover", 2024, 284.3), fig("r", "turnover", 2024, 25.1, scale="billion", currency="RUB"),
               fig("m", "product", 2024, 13.9, label="овощи"),
               fig("n", "product", 2024, 17.7, label="овощи", scale="thousand", unit="тонна")]
    code, _, err = _validate(write_facts(tmp_path, figures=figures), "--strict")
    assert code == 0, err
    texts = outputs(tmp_path, figures=figures)
    assert_everywhere(texts, "2024 284,3 25,1 —", "17,7 тыс. тонн", "13,9 млн долларов США")


def test_a_count_needs_its_unit(tmp_path):
    path = write_facts(tmp_path, figures=[fig("c", "count", 2024, 12, label="документы")])
    code, _, err = _validate(path)
    assert code == 3 and "a count needs `unit`" in err


# --- model additions: ranges, figures without a period, «с начала года» -------------------------------


def test_a_range_is_printed_as_stated_and_never_tabulated(tmp_path):
    texts = outputs(tmp_path, memo={**BASE["memo"], "date": "2025-11-04"}, figures=[
        fig("t23", "turnover", 2023, 570), fig("t24", "turnover", 2024, 600, growth={"change": 5, "upper": 7}),
        fig("r", "turnover", "unstated", 900, upper={"value": 1, "scale": "billion"}, qualifier="примерно",
            status="estimate"),
        fig("e", "exports", 2024, 300, upper=350),
        fig("c", "count", 2024, 5, upper=7, unit="тонна", label="поставки", scale="thousand")])
    assert_everywhere(texts, "составил 600 млн долларов США (рост на 5–7 % к уровню 2023 года)",
                      "Товарооборот между Республикой Беларусь и Вологодской областью, по оценке, составляет "
                      "примерно от 900 млн до 1 млрд долларов США.",
                      "В 2024 году экспорт Республики Беларусь в Вологодскую область составил от 300 до 350 млн",
                      "Поставки: в 2024 году — от 5 до 7 тыс. тонн.")
    assert_nowhere(texts, "2023–2024", "рост на 5,3", "105,3")  # a stated growth wins over the computed one


@pytest.mark.parametrize("extra, message", [
    ({"upper": 800}, "`upper` must be larger than `value`"),
    ({"upper": 1000, "qualifier": "около"}, "a range takes «примерно» or «ориентировочно»"),
    ({"growth": {"change": 7, "upper": 5}}, "`upper` is the larger end"),
])
def test_a_range_is_checked(tmp_path, extra, message):
    code, _, err = _validate(write_facts(tmp_path, figures=[fig("t", "turnover", 2024, 900, **extra)]))
    assert code == 3 and message in err, err


def test_a_figure_without_a_period_speaks_of_now_and_is_never_compared(tmp_path):
    texts = outputs(tmp_path, figures=[
        fig("t24", "turnover", 2024, 850, qualifier="более"),
        fig("f", "turnover", "unstated", 1, scale="billion", qualifier="более", status="forecast"),
        fig("r", "turnover", "unstated", rank={"position": 2, "holder": "partner",
                                               "among": "среди торговых партнеров Республики Беларусь"}),
        fig("s", "turnover", "unstated", share={"percent": 48, "whole": "товарооборота Вологодской области"}),
        fig("g", "other", "unstated", 2, scale="thousand", unit="тонна", label="семена кукурузы", qualifier="около")])
    assert_everywhere(texts, "Товарооборот между Республикой Беларусь и Вологодской областью прогнозируется на "
                             "уровне более 1 млрд долларов США.",
                      "Вологодская область занимает 2-е место среди торговых партнеров Республики Беларусь",
                      "Товарооборот между Республикой Беларусь и Вологодской областью составляет 48 % "
                      "товарооборота Вологодской области.", "Семена кукурузы: около 2 тыс. тонн.")
    assert_nowhere(texts, "прогноз)", "рост в", "рост на")


def test_since_the_start_of_the_year_is_a_period_of_its_own(tmp_path):
    texts = outputs(tmp_path, memo={**BASE["memo"], "date": "2023-06-28"}, figures=[
        fig("y", "turnover", "2023-YTD", growth={"change": 38}, status="preliminary"),
        fig("s", "turnover", "2023-YTD", share={"percent": 10, "whole": "внешнеторгового оборота области"}),
        fig("r", "turnover", "2023-YTD", rank={"position": 2, "holder": "ours", "among": "среди партнеров области"})])
    assert_everywhere(texts, "С начала 2023 г., по предварительным данным, отмечается рост товарооборота на 38 % "
                             "к уровню аналогичного периода 2022 года.",
                      "С начала 2023 г. товарооборот между Республикой Беларусь и Вологодской областью составляет "
                      "10 % внешнеторгового оборота области.",
                      "С начала 2023 г. Республика Беларусь занимает 2-е место")


@pytest.mark.parametrize(
    ("quote", "value", "scale", "group"),
    [
        ("составил 6 млрд 80,3 млн долларов", "6080.3", "million", None),
        ("более 2 миллиардов 150 миллионов долларов", "2150", "million", "over"),
        ("почти 3 млн 500 тыс. рублей", "3500", "thousand", "under"),
    ],
)
def test_an_amount_in_two_scales_is_read_as_one_number(quote, value, scale, group):
    from decimal import Decimal

    from memogen.reading import numbers_in

    found = [r for r in numbers_in(quote) if (r.value, r.scale) == (Decimal(value), scale)]
    assert found and found[0].hedge == group


@pytest.mark.parametrize(
    ("quote", "value", "kind"),
    [
        ("проведено семнадцать заседаний", "17", "number"),
        ("подписано почти два десятка документов", "20", "number"),
        ("около полутора десятков компаний", "15", "number"),
        ("рост на двадцать пять процентов", "25", "percent"),
        ("закупают более ста сорока двух предприятий", "142", "number"),
        ("экспорт за год удвоился", "2", "times"),
        ("утроение поставок", "3", "times"),
    ],
)
def test_numbers_in_words_are_read_whole(quote, value, kind):
    from decimal import Decimal

    from memogen.reading import numbers_in

    assert any((r.value, r.kind) == (Decimal(value), kind) for r in numbers_in(quote))
