"""Facts → the memo's figures: which charts compose places, with which numbers, captions
and alt text, and how a chart that cannot be built is reported."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET

import pytest

from memogen.document import Figure, ListBlock, plain_text
from memogen.errors import InputError
from memogen.facts.model import Facts
from memogen.figures import derive_figures
from memogen.pipeline import Loaded, compose
from memogen.yamlfile import read_yaml
from paths import EXAMPLE, ROOT

SVG_TEXT = "{http://www.w3.org/2000/svg}text"
NBSP = "\u00a0"

DYNAMICS = "Динамика товарооборота"
TRADE = "Экспорт, импорт и сальдо торговли"
SHARE = "Продовольственные товары в общем объеме товарооборота"
STRUCTURE = "Структура экспорта"


@pytest.fixture(scope="module")
def example() -> dict:
    return read_yaml(EXAMPLE)[0]


def edited(example: dict, **changes) -> dict:
    data = copy.deepcopy(example)
    data.update(copy.deepcopy(changes))
    return data


def with_trade(data: dict) -> dict:
    """The example plus exports and imports for 2024 and January–June 2025."""
    data = copy.deepcopy(data)
    data["figures"] += [
        {"id": "exports-2024", "indicator": "exports", "period": 2024, "value": 512.3},
        {"id": "imports-2024", "indicator": "imports", "period": 2024, "value": 165.8},
        {"id": "exports-2025-h1", "indicator": "exports", "period": "2025-01..06", "value": 230.1},
        {"id": "imports-2025-h1", "indicator": "imports", "period": "2025-01..06", "value": 86.3},
    ]
    return data


def with_structure_values(data: dict, key: str = "value") -> dict:
    data = copy.deepcopy(data)
    numbers = [41.5, 22.0, 18.25, 12.0, 6.25]
    for item, n in zip(data["structure"]["exports"]["items"], numbers, strict=True):
        item[key] = n
    return data


def without_share(data: dict) -> dict:
    data = copy.deepcopy(data)
    for f in data["figures"]:
        f.pop("share", None)
    return data


def blocks_of(data: dict) -> tuple:
    facts = Facts.model_validate(data)
    memo, _ = compose(Loaded(EXAMPLE, facts, derive_figures(facts)), ROOT)
    return memo.blocks


def figures_of(data: dict) -> list[Figure]:
    return [b for b in blocks_of(data) if isinstance(b, Figure)]


def list_items(blocks: tuple) -> list[str]:
    return [plain_text(item.blocks[0].children).replace(NBSP, " ")
            for b in blocks if isinstance(b, ListBlock) for item in b.items]


def caption(fig: Figure) -> str:
    return plain_text(fig.caption).replace(NBSP, " ")


def titled(figs: list[Figure], title: str) -> Figure:
    found = [f for f in figs if title in caption(f)]
    assert len(found) == 1, [caption(f) for f in figs]
    return found[0]


def has_title(figs: list[Figure], title: str) -> bool:
    return any(title in caption(f) for f in figs)


def svg_texts(fig: Figure) -> list[str]:
    root = ET.fromstring(fig.svg)
    return ["".join(node.itertext()).replace(NBSP, " ") for node in root.iter(SVG_TEXT)]


# --- which charts exist -----------------------------------------------------------------


def test_the_example_has_dynamics_and_share_but_no_trade_or_structure(example):
    figs = figures_of(example)
    assert [caption(f) for f in figs] == [
        f"Рисунок 1 — {DYNAMICS}",
        f"Рисунок 2 — {SHARE} в 2024 году",
    ]
    # exports/imports are not in the example, product groups carry no values:
    # the structure stays a plain list in the text, with no chart
    assert not has_title(figs, TRADE) and not has_title(figs, STRUCTURE)
    items = list_items(blocks_of(example))
    assert any(i.startswith("лазеры") for i in items), items


def test_every_figure_has_both_renditions_sized_to_the_text(example):
    for fig in figures_of(with_structure_values(with_trade(example))):
        assert fig.svg.startswith(b"<?xml") and fig.png.startswith(b"\x89PNG")
        assert fig.width_mm == 170.0 and 30 <= fig.height_mm <= 150
        assert fig.alt.strip() and fig.alt.endswith(".")


def test_dynamics_chart_has_every_period_and_the_growth(example):
    fig = titled(figures_of(example), DYNAMICS)
    assert "2020 — 335; 2024 — 678,1" in fig.alt
    assert "316,4" in fig.alt and "в 2,0 раза" in fig.alt.replace(NBSP, " ")
    texts = svg_texts(fig)
    for label in ("2020", "2024", "335", "678,1", "316,4", "млн долларов США"):
        assert label in texts


def test_dynamics_chart_needs_two_periods(example):
    data = copy.deepcopy(example)
    data["figures"] = [f for f in data["figures"] if f["id"] not in ("turnover-2020", "turnover-2025-h1")]
    assert not has_title(figures_of(data), DYNAMICS)


def test_trade_chart_when_exports_and_imports_are_known(example):
    figs = figures_of(with_trade(example))
    fig = titled(figs, TRADE)
    assert "экспорт 512,3, импорт 165,8, сальдо 346,5" in fig.alt
    assert "экспорт 230,1, импорт 86,3, сальдо 143,8" in fig.alt
    assert "млн долларов США" in fig.alt
    texts = svg_texts(fig)
    for label in ("512,3", "165,8", "346,5", "230,1", "86,3", "143,8"):
        assert label in texts, texts


def test_no_trade_chart_with_exports_alone(example):
    data = copy.deepcopy(example)
    data["figures"].append({"id": "exports-2024", "indicator": "exports", "period": 2024, "value": 512.3})
    assert not has_title(figures_of(data), TRADE)


@pytest.mark.parametrize("key, unit, first", [("value", "млн долларов США", "41,5"),
                                               ("share", "%", "41,5 %")])
def test_structure_chart_when_products_carry_values_or_shares(example, key, unit, first):
    fig = titled(figures_of(with_structure_values(example, key)), STRUCTURE)
    alt = fig.alt.replace(NBSP, " ")
    assert f"«{STRUCTURE}», {unit}" in alt
    assert f"устройства на жидких кристаллах — {first}" in alt
    assert "азотные удобрения — 6,25" in alt  # as stated: no digit dropped
    assert "устройства на жидких кристаллах" in " ".join(svg_texts(fig))


def test_structure_with_some_values_missing_is_a_list_not_a_chart(example):
    data = with_structure_values(example)
    del data["structure"]["exports"]["items"][2]["value"]
    blocks = blocks_of(data)
    assert not has_title([b for b in blocks if isinstance(b, Figure)], "Структура")
    assert any(i.startswith("тракторы и седельные тягачи") for i in list_items(blocks))


def test_share_chart_only_when_the_share_is_stated(example):
    fig = titled(figures_of(example), SHARE)
    assert "продовольственные товары — 1,5 %" in fig.alt.replace(NBSP, " ")
    assert "1,5 %" in svg_texts(fig) and "98,5 %" in svg_texts(fig)
    assert not has_title(figures_of(without_share(example)), SHARE)


# --- the facts file's `charts:` option ----------------------------------------------------


def test_show_false_removes_a_chart_and_renumbers_the_rest(example):
    figs = figures_of(edited(example, charts={"dynamics": {"show": False}}))
    assert not has_title(figs, DYNAMICS)
    assert [caption(f) for f in figs] == [f"Рисунок 1 — {SHARE} в 2024 году"]


def test_title_retitles_the_caption_and_the_alt_text(example):
    figs = figures_of(edited(example, charts={"share": {"title": "Доля продовольствия"}}))
    fig = figs[1]
    assert caption(fig) == "Рисунок 2 — Доля продовольствия"
    assert "«Доля продовольствия»" in fig.alt
    assert not has_title(figs, SHARE)


def test_a_title_for_an_absent_chart_adds_nothing(example):
    figs = figures_of(edited(example, charts={"trade": {"title": "Торговля"}}))
    assert len(figs) == 2 and not has_title(figs, "Торговля")


def test_all_four_charts_are_numbered_consecutively_in_text_order(example):
    data = with_structure_values(with_trade(example))
    captions = [caption(f) for f in figures_of(data)]
    assert captions == [
        f"Рисунок 1 — {DYNAMICS}",
        f"Рисунок 2 — {TRADE}",
        f"Рисунок 3 — {SHARE} в 2024 году",
        f"Рисунок 4 — {STRUCTURE}",
    ]
    data["charts"] = {"trade": {"show": False}}
    numbers = [int(re.match(r"Рисунок (\d+)", caption(f))[1]) for f in figures_of(data)]
    assert numbers == [1, 2, 3]


# --- partial periods ---------------------------------------------------------------------


def test_half_year_is_labelled_as_such_never_as_a_year(example):
    figs = figures_of(with_trade(example))
    for title in (DYNAMICS, TRADE):
        fig = titled(figs, title)
        assert "январь–июнь 2025 (неполный период) —" in fig.alt
        assert not re.search(r"(?<![–-])2025( г\.| год)? —", fig.alt), fig.alt
        texts = svg_texts(fig)
        assert "январь–июнь 2025" in texts and "(неполный период)" in texts
        assert not {"2025", "2025 г.", "2025 год"} & set(texts), texts


# --- charts that cannot be built ----------------------------------------------------------


def _build_error(data: dict) -> InputError:
    with pytest.raises(InputError) as caught:
        figures_of(data)
    return caught.value


@pytest.mark.parametrize("title", ["   ", ""])
def test_blank_title_is_an_input_error_naming_the_chart(example, title):
    err = _build_error(edited(example, charts={"dynamics": {"title": title}}))
    text = str(err)
    assert "chart 'dynamics' (placed by sections/trade.md.j2) cannot be built" in text and "title" in text
    assert "show: false" in text  # the fix is spelled out
    assert "trade.md.j2" in text  # where the chart is placed
    assert "charts.dynamics:" in text  # the field of the facts file to fix


def test_chart_without_alt_text_is_an_input_error(example, monkeypatch):
    import memogen.compose.placement as placement

    monkeypatch.setattr(placement, "alt_text", lambda spec, words: "  ")
    err = _build_error(example)
    assert "chart 'dynamics' (placed by sections/trade.md.j2) cannot be built: the chart has no alt text" in str(err)


def test_missing_chart_font_is_an_input_error(example, monkeypatch, tmp_path):
    import memogen.compose.placement as placement
    from memogen.charts import ChartStyle

    class NoFontStyle(ChartStyle):
        def __init__(self, **kw):
            super().__init__(**{**kw, "font_path": tmp_path / "gone.ttf"})

    monkeypatch.setattr(placement, "ChartStyle", NoFontStyle)
    err = _build_error(example)
    assert "chart 'dynamics' (placed by sections/trade.md.j2) cannot be built" in str(err) and "gone.ttf" in str(err)


def test_compose_places_charts_and_the_pipeline_draws_them(example, monkeypatch, tmp_path):
    import memogen.pipeline as pipeline
    from memogen.compose import compose_memo
    from memogen.themes.loader import load_theme

    facts = Facts.model_validate(with_trade(example))
    loaded = load_theme("default", ROOT)

    def no_drawing(*args):
        raise AssertionError("compose drew a chart")

    monkeypatch.setattr(pipeline, "render_cached", no_drawing)
    composed = compose_memo(facts, derive_figures(facts), loaded, source=EXAMPLE)
    placeholders = [b for b in composed.memo.blocks if isinstance(b, Figure)]
    assert [p.name for p in composed.charts] == ["dynamics", "trade", "share"]
    assert all(f.svg == f.png == b"" and f.alt for f in placeholders)
    monkeypatch.undo()
    drawn = [b for b in pipeline.draw_charts(composed, tmp_path).blocks if isinstance(b, Figure)]
    assert [f.caption for f in drawn] == [f.caption for f in placeholders]
    assert all(f.svg.startswith(b"<?xml") and f.png.startswith(b"\x89PNG") for f in drawn)


def test_cli_reports_a_chart_error_without_traceback(tmp_path):
    import io

    from memogen.cli import main

    path = tmp_path / "facts.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8") + '\ncharts:\n  share:\n    title: " "\n',
                    encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["build", str(path), "--format", "pdf", "--out", str(tmp_path / "out")],
                stdout=out, stderr=err)
    assert code == 3, err.getvalue()
    assert (
        f"error: {path}: charts.share: chart 'share' (placed by sections/trade.md.j2) cannot be built"
        in err.getvalue()
    )
    assert "Traceback" not in err.getvalue()
    assert not (tmp_path / "out" / "facts.pdf").exists()
