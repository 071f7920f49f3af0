"""Charts: each kind drawn from a spec, read back from its SVG (as XML and as the
reportlab drawing the PDF writer places), its PNG (Pillow) and its alt text; the cache
checked from a fresh interpreter so that the drawing code's absence can be asserted."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

import memogen.charts.cache as chart_cache
from memogen.charts import (
    Bar,
    ChartStyle,
    DynamicsChart,
    ShareChart,
    StructureChart,
    TradeChart,
    alt_text,
    cache_key,
    format_percent,
    format_value,
    render_cached,
    render_chart,
)
from memogen.charts._draw import HATCH_GID, PNG_DPI
from memogen.charts.drawing import PLACEHOLDER_FONT, svg_drawing
from paths import ROOT

SRC = ROOT / "src"
FONT = SRC / "memogen" / "fonts" / "LiberationSans-Regular.ttf"
PALETTE = ("#1f3b73", "#8c8c8c", "#4d7cc7", "#2b2b2b")
NBSP = "\u00a0"
SVG_NS = "{http://www.w3.org/2000/svg}"

DYNAMICS = DynamicsChart(
    title="Товарооборот",
    unit="млн долларов США",
    bars=(
        Bar("2020 год", 335.0),
        Bar("2024 год", 678.1),
        Bar("I полугодие 2025 г.", 316.4, partial=True),
    ),
    growth_note="рост в 2,0 раза к 2020 году",
)
TRADE = TradeChart(
    title="Экспорт, импорт и сальдо",
    unit="млн долларов США",
    periods=("2023 год", "2024 год", "I полугодие 2025 г."),
    exports=(400.2, 450.3, 210.0),
    imports=(190.2, 227.8, 313.6),
    balance=(210.0, 222.5, -103.6),
    partial=(False, False, True),
)
STRUCTURE = StructureChart(
    title="Структура экспорта",
    unit="%",
    items=(("мясо и мясные субпродукты", 20.1), ("молочная продукция", 45.3),
           ("тракторы", 12.0), ("прочие товары", 22.6)),
)
SHARE = ShareChart(
    title="Доля продовольственных товаров в товарообороте",
    part_label="продовольственные товары",
    share_percent=23.4,
    total_label="товарооборот",
)

# For each kind: the Russian texts and figures that must appear in the picture.
EXPECTED = {
    "dynamics": (DYNAMICS, ["2020 год", "2024 год", "I полугодие 2025 г.", "(неполный период)",
                            "млн долларов США", "рост в 2,0 раза к 2020 году",
                            "335,0", "678,1", "316,4"]),
    "trade": (TRADE, ["экспорт", "импорт", "сальдо", "2023 год", "(неполный период)",
                      "400,2", "227,8", "\u2212103,6"]),
    "structure": (STRUCTURE, ["молочная продукция", "мясо и мясные субпродукты",
                              f"45,3{NBSP}%", f"12,0{NBSP}%"]),
    "share": (SHARE, ["продовольственные товары", f"23,4{NBSP}%", f"76,6{NBSP}%",
                      f"товарооборот = 100{NBSP}%"]),
}
KINDS = sorted(EXPECTED)


def style(**changes) -> ChartStyle:
    base = ChartStyle(palette=PALETTE, font_path=FONT, font_size_pt=12.0,
                      width_mm=170.0, height_mm=80.0)
    return dataclasses.replace(base, **changes)


@pytest.fixture(scope="module")
def rendered():
    """Each kind drawn once for the module (drawing is the slow part)."""
    return {kind: render_chart(EXPECTED[kind][0], style()) for kind in KINDS}


def svg_texts(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(node.itertext()) for node in root.iter(f"{SVG_NS}text")]


def run_python(code: str) -> str:
    """Run code in a fresh interpreter (no drawing code imported by this test process)."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(SRC)},
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- numbers --------------------------------------------------------------------------


def test_values_are_written_the_russian_way():
    assert format_value(678.1) == "678,1"
    assert format_value(335) == "335,0"
    assert format_value(12345.67) == f"12{NBSP}345,7"
    assert format_value(45.25) == "45,3"  # half up, as in statistical tables
    assert format_value(-0.04) == "0,0"
    assert format_percent(23.44) == f"23,4{NBSP}%"


# --- each kind ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_svg_keeps_russian_labels_and_figures_as_text(rendered, kind):
    texts = svg_texts(rendered[kind].svg)
    for expected in EXPECTED[kind][1]:
        assert expected in texts, f"{expected!r} not among the SVG's <text>: {texts}"
    assert "font-family: 'Liberation Sans'" in rendered[kind].svg.decode()
    assert b"<image" not in rendered[kind].svg  # vector only, no embedded raster


@pytest.mark.parametrize("kind", KINDS)
def test_png_is_300_dpi_at_the_requested_size(rendered, kind):
    chart = rendered[kind]
    with Image.open(io.BytesIO(chart.png)) as image:
        dpi_x, dpi_y = image.info["dpi"]
        width, height = image.size
    assert dpi_x == pytest.approx(PNG_DPI, abs=0.01)
    assert dpi_y == pytest.approx(PNG_DPI, abs=0.01)
    assert width == pytest.approx(170 / 25.4 * PNG_DPI, abs=1)
    assert height == pytest.approx(80 / 25.4 * PNG_DPI, abs=1)
    assert (chart.width_mm, chart.height_mm) == (170.0, 80.0)


def test_png_size_follows_the_style():
    chart = render_chart(SHARE, style(width_mm=150.0, height_mm=40.0))
    with Image.open(io.BytesIO(chart.png)) as image:
        assert image.size == pytest.approx((150 / 25.4 * 300, 40 / 25.4 * 300), abs=1)
    root = ET.fromstring(chart.svg)
    assert float(root.get("width").removesuffix("pt")) == pytest.approx(150 / 25.4 * 72, abs=0.01)


@pytest.mark.parametrize("kind", KINDS)
def test_alt_text_is_one_sentence_with_the_figures(rendered, kind):
    alt = rendered[kind].alt
    assert alt == alt_text(EXPECTED[kind][0])
    # One sentence: a full stop at the end only («г.» abbreviations aside).
    assert alt.endswith(".") and not re.search(r"\.\s+[А-ЯA-Z]", alt) and "\n" not in alt
    figures = [t for t in EXPECTED[kind][1] if re.fullmatch(r"-?[\d\u00a0]+,\d(\u00a0%)?", t)]
    assert figures
    for figure in figures:
        assert figure in alt


def test_alt_text_examples():
    assert alt_text(DYNAMICS) == (
        "Столбчатая диаграмма «Товарооборот», млн долларов США: 2020 год — 335,0; "
        "2024 год — 678,1; I полугодие 2025 г. (неполный период) — 316,4; "
        "рост в 2,0 раза к 2020 году."
    )
    assert "I полугодие 2025 г. (неполный период) — экспорт 210,0, импорт 313,6, " \
           "сальдо \u2212103,6" in alt_text(TRADE)
    # Largest first, as drawn, and the catch-all group last.
    assert [label for label, _ in STRUCTURE.sorted_items] == [
        "молочная продукция", "мясо и мясные субпродукты", "тракторы", "прочие товары"]
    structure = alt_text(STRUCTURE)
    assert structure.index("молочная") < structure.index("тракторы") < structure.index("прочие")
    assert f"продовольственные товары — 23,4{NBSP}%" in alt_text(SHARE)


def test_a_chart_without_data_cannot_exist():
    # No data, no alt text: compose turns this ValueError into a build error.
    with pytest.raises(ValueError):
        DynamicsChart(title="Товарооборот", unit="млн долларов США", bars=())
    with pytest.raises(ValueError):
        DynamicsChart(title=" ", unit="млн долларов США", bars=(Bar("2024 год", 1.0),))
    with pytest.raises(ValueError):
        Bar("", 1.0)
    with pytest.raises(ValueError):
        Bar("2024 год", float("nan"))
    with pytest.raises(ValueError):
        TradeChart("Торговля", "млн", ("2024 год",), (1.0,), (1.0, 2.0), (0.0,))
    with pytest.raises(ValueError):
        ShareChart("Доля", "часть", 120.0, "целое")
    with pytest.raises(ValueError):
        StructureChart("Структура", "%", ())


# --- partial periods ------------------------------------------------------------------


def test_partial_period_is_hatched_lighter_and_labelled(rendered):
    svg = rendered["dynamics"].svg.decode()
    assert f'id="{HATCH_GID}"' in svg
    hatch = ET.fromstring(rendered["dynamics"].svg).find(f".//{SVG_NS}g[@id='{HATCH_GID}']")
    assert len(hatch.findall(f".//{SVG_NS}path")) >= 5  # real lines, not an SVG <pattern>
    assert "<pattern" not in svg  # plain lines, which every SVG reader and the PNG show alike
    assert "(неполный период)" in svg_texts(rendered["dynamics"].svg)


def test_whole_years_only_have_no_hatching():
    whole = dataclasses.replace(DYNAMICS, bars=DYNAMICS.bars[:2])
    chart = render_chart(whole, style())
    assert HATCH_GID.encode() not in chart.svg
    assert "неполный период" not in chart.alt
    assert not any("неполный" in t for t in svg_texts(chart.svg))


def test_partial_label_is_not_repeated():
    spec = DynamicsChart("Товарооборот", "млн", (Bar("январь–май 2025 г. (неполный период)", 1.0,
                                                      partial=True),))
    assert alt_text(spec).count("неполный период") == 1


# --- grayscale print ------------------------------------------------------------------


def _bar_centre_px(svg: bytes, gid: str) -> tuple[int, int]:
    """Centre of a bar in PNG pixels, from its path in the SVG (points at 72 dpi)."""
    group = ET.fromstring(svg).find(f".//{SVG_NS}g[@id='{gid}']")
    numbers = [float(n) for n in re.findall(r"-?\d+\.?\d*", group.find(f"{SVG_NS}path").get("d"))]
    xs, ys = numbers[0::2], numbers[1::2]
    scale = PNG_DPI / 72
    return round((min(xs) + max(xs)) / 2 * scale), round((min(ys) + max(ys)) / 2 * scale)


@pytest.mark.parametrize("palette", [PALETTE, ("#1f3b73", "#23407a"), ("#444444",)])
def test_exports_and_imports_differ_in_grayscale(palette):
    chart = render_chart(TRADE, style(palette=palette))
    with Image.open(io.BytesIO(chart.png)) as image:
        grey = image.convert("L")
        exports = grey.getpixel(_bar_centre_px(chart.svg, "exports-0"))
        imports = grey.getpixel(_bar_centre_px(chart.svg, "imports-0"))
        balance = grey.getpixel(_bar_centre_px(chart.svg, "balance-0"))
    # Even with a palette of near-identical blues the two flows print apart.
    assert abs(exports - imports) >= 60, (exports, imports)
    assert abs(balance - imports) >= 40, (balance, imports)


# --- the SVG read back into reportlab shapes, as the PDF writer does ---------------------


def _shapes(node):
    for child in getattr(node, "contents", None) or []:
        yield child
        yield from _shapes(child)


def _strings(node):
    from reportlab.graphics.shapes import String

    return [s for s in _shapes(node) if isinstance(s, String)]


@pytest.mark.parametrize("kind", KINDS)
def test_svg_reads_back_with_its_size_and_text(rendered, kind):
    from reportlab.graphics.shapes import Drawing, Polygon

    drawing = svg_drawing(rendered[kind].svg)
    assert isinstance(drawing, Drawing)
    assert drawing.width == pytest.approx(170 / 25.4 * 72, abs=0.01)
    assert drawing.height == pytest.approx(80 / 25.4 * 72, abs=0.01)
    found = list(_strings(drawing))
    texts = [s.text for s in found]
    for expected in EXPECTED[kind][1]:
        assert expected in texts
    # One placeholder font, which the PDF writer points at the theme's chart font.
    assert {s.fontName for s in found} == {PLACEHOLDER_FONT}
    bars = [s for s in _shapes(drawing) if isinstance(s, Polygon) and s.fillColor is not None]
    assert len(bars) >= {"dynamics": 3, "trade": 9, "structure": 4, "share": 2}[kind]


@pytest.mark.parametrize("svg", [
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="10pt"><circle r="3"/></svg>',
    b'<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg" width="1pt" height="1pt"/>',
    b'<svg xmlns="http://www.w3.org/2000/svg" width="1pt" height="1pt"><path d="M0 0 C1 1 2 2 3 3"/></svg>',
    b"<svg",
    b"\xff\xfe garbage",
])
def test_an_svg_memogen_did_not_draw_is_refused(svg):
    assert svg_drawing(svg) is None


def test_pdf_of_the_drawing_has_vector_operators_and_text(rendered, tmp_path):
    from reportlab.graphics import renderPDF
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pypdf = pytest.importorskip("pypdf")
    pdfmetrics.registerFont(TTFont("ChartTestFont", str(FONT)))
    drawing = svg_drawing(rendered["dynamics"].svg)
    for string in _strings(drawing):
        string.fontName = "ChartTestFont"
    target = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(target))
    page = pypdf.PdfReader(target).pages[0]
    content = page.get_contents().get_data()
    assert re.search(rb"\d re\b", content) or re.search(rb"\sl\s", content)  # paths, not pixels
    assert "/XObject" not in page["/Resources"]
    text = page.extract_text()
    for expected in ("678,1", "I полугодие 2025 г.", "(неполный период)"):
        assert expected in text


# --- reproducibility ------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_two_renders_give_identical_bytes(rendered, kind):
    again = render_chart(EXPECTED[kind][0], style())
    assert again.svg == rendered[kind].svg
    assert again.png == rendered[kind].png


def test_another_process_draws_the_same_bytes(rendered):
    out = run_python(f"""
        import hashlib
        from pathlib import Path
        from memogen.charts import Bar, ChartStyle, DynamicsChart, render_chart
        spec = {DYNAMICS!r}
        chart = render_chart(spec, ChartStyle({PALETTE!r}, Path({str(FONT)!r}), 12.0, 170.0, 80.0))
        print(hashlib.sha256(chart.svg).hexdigest(), hashlib.sha256(chart.png).hexdigest())
    """)

    assert out.split() == [hashlib.sha256(rendered["dynamics"].svg).hexdigest(),
                           hashlib.sha256(rendered["dynamics"].png).hexdigest()]


# --- cache ----------------------------------------------------------------------------


DRAWING_MODULES = ("memogen.charts._draw", "memogen.charts._render", "matplotlib", "svglib")


def test_importing_charts_does_not_import_the_drawing_code():
    out = run_python(f"""
        import sys
        import memogen.charts
        print(any(m in sys.modules for m in {DRAWING_MODULES!r}))
    """)
    assert out.strip() == "False"


def test_cache_hit_returns_same_bytes_without_drawing(tmp_path):
    specs = [EXPECTED[kind][0] for kind in KINDS]
    first = [render_cached(spec, style(), tmp_path) for spec in specs]
    assert not any(chart.from_cache for chart in first)
    out = run_python(f"""
        import hashlib, json, sys
        from pathlib import Path
        from memogen.charts import *
        style = ChartStyle({PALETTE!r}, Path({str(FONT)!r}), 12.0, 170.0, 80.0)
        result = []
        for spec in [{", ".join(repr(s) for s in specs)}]:
            chart = render_cached(spec, style, Path({str(tmp_path)!r}))
            result.append([chart.from_cache, hashlib.sha256(chart.svg).hexdigest(),
                           hashlib.sha256(chart.png).hexdigest(), chart.alt])
        result.append(sorted(m for m in sys.modules if m.split(".")[0] in ("matplotlib", "svglib")
                             or m.startswith(("memogen.charts._draw", "memogen.charts._render"))))
        print(json.dumps(result))
    """)
    *charts, drawing_modules = json.loads(out)
    assert drawing_modules == []

    for chart, (hit, svg, png, alt) in zip(first, charts):
        assert hit
        assert (svg, png, alt) == (hashlib.sha256(chart.svg).hexdigest(),
                                   hashlib.sha256(chart.png).hexdigest(), chart.alt)


def test_cache_entry_is_complete_and_leaves_no_temporary_files(tmp_path):
    chart = render_cached(SHARE, style(), tmp_path)
    key = cache_key(SHARE, style())
    entry = tmp_path / key[:2] / key
    assert sorted(p.name for p in entry.iterdir()) == ["alt.txt", "chart.png", "chart.svg", "sha256.txt"]
    assert (entry / "chart.svg").read_bytes() == chart.svg
    assert [p.name for p in (tmp_path / key[:2]).iterdir()] == [key]
    again = render_cached(SHARE, style(), tmp_path)
    assert again.from_cache and again == chart


def test_incomplete_cache_entry_is_redrawn(tmp_path):
    chart = render_cached(SHARE, style(), tmp_path)
    key = cache_key(SHARE, style())
    (tmp_path / key[:2] / key / "chart.png").unlink()
    again = render_cached(SHARE, style(), tmp_path)
    assert not again.from_cache and again.png == chart.png


def test_cache_key_follows_data_style_and_versions(monkeypatch, tmp_path):
    key = cache_key(DYNAMICS, style())
    assert key == cache_key(DYNAMICS, style())
    # The same data written differently is the same chart.
    as_ints = dataclasses.replace(DYNAMICS, bars=[Bar("2020 год", 335), *DYNAMICS.bars[1:]])
    assert cache_key(as_ints, style()) == key

    changed_value = dataclasses.replace(
        DYNAMICS, bars=(Bar("2020 год", 335.1), *DYNAMICS.bars[1:]))
    changed_partial = dataclasses.replace(
        DYNAMICS, bars=(*DYNAMICS.bars[:2], Bar("I полугодие 2025 г.", 316.4)))
    others = {
        cache_key(changed_value, style()),
        cache_key(changed_partial, style()),
        cache_key(dataclasses.replace(DYNAMICS, title="Оборот"), style()),
        cache_key(DYNAMICS, style(palette=("#000000", *PALETTE[1:]))),
        cache_key(DYNAMICS, style(font_size_pt=13.0)),
        cache_key(DYNAMICS, style(height_mm=70.0)),
    }
    copy = tmp_path / "font.ttf"
    copy.write_bytes(FONT.read_bytes())
    assert cache_key(DYNAMICS, style(font_path=copy)) == key  # the bytes count, not the path
    copy.write_bytes(FONT.read_bytes() + b"\0")
    others.add(cache_key(DYNAMICS, style(font_path=copy)))
    monkeypatch.setattr(chart_cache, "CHART_CODE_VERSION", "test")
    others.add(cache_key(DYNAMICS, style()))
    monkeypatch.undo()
    monkeypatch.setattr(chart_cache, "installed_version", lambda name: f"{name}-0.0")
    others.add(cache_key(DYNAMICS, style()))
    assert key not in others and len(others) == 9


@pytest.mark.parametrize("kind", KINDS)
def test_png_keeps_every_label_inside_the_picture(kind):
    """Nothing is cut at the PNG's edges (a clipped label leaves ink on the border)."""
    import io

    from PIL import Image

    spec = EXPECTED[kind][0]
    if kind == "structure":  # the longest labels, where clipping showed first
        spec = StructureChart(spec.title, spec.unit, spec.items + (("тракторы и седельные тягачи", 1.0),))
    image = Image.open(io.BytesIO(render_chart(spec, style()).png)).convert("L")
    width, height = image.size
    border = [image.getpixel((x, y)) for x in range(width) for y in (0, 1, height - 2, height - 1)]
    border += [image.getpixel((x, y)) for y in range(height) for x in (0, 1, width - 2, width - 1)]
    assert min(border) > 200, f"{kind}: ink on the picture's edge"
