"""Facts with every kind of chart → built PDF and DOCX, read back: vector charts with
their Russian labels as text, embedded fonts, alt text, the chart cache and identical
bytes from build to build."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import subprocess
import sys
import textwrap
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

import pypdf
import pytest

from paths import EXAMPLE, ROOT
from readback import STANDARD_14, assert_qpdf_check, content_stream, fonts, needs_qpdf, pages

SRC = ROOT / "src"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
CHART_FONT = "LiberationSans"  # the theme's chart font; the body is Liberation Serif

# The labels each chart writes, as a reader extracts them from the PDF (chart font only).
CHART_WORDS = {
    "Рисунок 1": ["678,1", "335", "316,4", "январь–июнь", "(неполный", "период)", "2,0"],
    "Рисунок 2": ["512,3", "165,8", "346,5", "230,1", "86,3", "143,8"],
    "Рисунок 3": ["1,5", "98,5", "продовольственные", "прочее"],
    "Рисунок 4": ["41,5", "6,25", "лазеры", "азотные"],
}


def all_charts_facts() -> dict:
    """The example facts with exports, imports and product values: all four charts."""
    from memogen.yamlfile import read_yaml

    data = copy.deepcopy(read_yaml(EXAMPLE)[0])
    data["figures"] += [
        {"id": "exports-2024", "indicator": "exports", "period": 2024, "value": 512.3},
        {"id": "imports-2024", "indicator": "imports", "period": 2024, "value": 165.8},
        {"id": "exports-2025-h1", "indicator": "exports", "period": "2025-01..06", "value": 230.1},
        {"id": "imports-2025-h1", "indicator": "imports", "period": "2025-01..06", "value": 86.3},
    ]
    for item, value in zip(data["structure"]["exports"]["items"], [41.5, 22.0, 18.25, 12.0, 6.25]):
        item["value"] = value
    # ruamel's scalar types carry formatting; JSON turns them into plain numbers.
    return json.loads(json.dumps(data, ensure_ascii=False))


def run_build(workspace: Path, facts: Path, out: Path, cache: Path) -> dict:
    """`memogen build --format all` in a fresh interpreter; which drawing modules it
    imported (memogen's chart drawing, and matplotlib or svglib, which no build may need)."""
    code = textwrap.dedent(f"""
        import json, sys
        from memogen.cli import main
        rc = main(["build", {str(facts)!r}, "--format", "all", "--out", {str(out)!r}])
        drawing = sorted(m for m in sys.modules if m in ("memogen.charts._draw", "memogen.charts._render")
                         or m.split(".")[0] in ("matplotlib", "svglib"))
        print(json.dumps({{"rc": rc, "drawing": drawing}}))
    """)
    env = {**os.environ, "PYTHONPATH": str(SRC), "MEMOGEN_CACHE_DIR": str(cache)}
    env.pop("SOURCE_DATE_EPOCH", None)
    done = subprocess.run([sys.executable, "-c", code], cwd=workspace, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["rc"] == 0, done.stderr
    return result


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict:
    """The all-charts facts built twice in subprocesses sharing one new chart cache:
    first cold (charts drawn), then warm (charts read back)."""
    ws = tmp_path_factory.mktemp("charts-e2e")
    facts = ws / "facts" / "charts.yaml"
    facts.parent.mkdir()
    # JSON is YAML: the facts loader reads it as a facts file.
    facts.write_text(json.dumps(all_charts_facts(), ensure_ascii=False, indent=1), encoding="utf-8")
    cache = ws / "cache"
    result = {}
    for run in ("cold", "warm"):
        out = ws / run
        info = run_build(ws, facts, out, cache)
        result[run] = {**info, "pdf": (out / "charts.pdf").read_bytes(),
                       "docx": (out / "charts.docx").read_bytes()}
    result["cache"] = cache
    return result


@pytest.fixture(scope="module")
def pdf(builds) -> bytes:
    return builds["cold"]["pdf"]


def figure_pages(pdf: bytes) -> dict[str, int]:
    """Caption label («Рисунок N») → index of the page it is printed on."""
    found = {}
    for page in pages(pdf):
        words = [w["text"] for w in page.words]
        for i, w in enumerate(words[:-1]):
            if w == "Рисунок" and words[i + 1].isdigit():
                found[f"Рисунок {words[i + 1]}"] = page.number - 1
    return found


# --- PDF ------------------------------------------------------------------------------


def test_every_chart_kind_is_in_the_pdf(pdf):
    assert sorted(figure_pages(pdf)) == sorted(CHART_WORDS)


@pytest.mark.parametrize("label", sorted(CHART_WORDS))
def test_chart_labels_are_text_in_the_chart_font(pdf, label):
    page = pages(pdf)[figure_pages(pdf)[label]]
    chart_words = [w["text"] for w in page.words if CHART_FONT in w["fontname"]
                   and "Serif" not in w["fontname"]]
    missing = [w for w in CHART_WORDS[label] if w not in chart_words]
    assert not missing, (missing, chart_words)


@pytest.mark.parametrize("label", sorted(CHART_WORDS))
def test_chart_page_is_vector_with_no_image(pdf, label):
    index = figure_pages(pdf)[label]
    page = pages(pdf)[index]
    assert page.images == []
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    xobjects = reader.pages[index]["/Resources"].get("/XObject") or {}
    assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    ops = Counter(re.findall(rb"(?<![\w/(])([a-zA-Z*]{1,2})(?=\s)", content_stream(pdf, index)))
    # Bars are closed paths (m, l, h) that are filled (f, or B with a border; f* and B*
    # with the even-odd rule reportlab fills polygons with); the baseline and the
    # hatching are stroked lines (S).
    assert ops[b"m"] >= 3 and ops[b"l"] >= 6 and ops[b"h"] >= 3, ops
    assert ops[b"f"] + ops[b"f*"] + ops[b"B"] + ops[b"B*"] >= 3 and ops[b"S"] >= 1, ops
    assert page.curves >= 3


def test_partial_period_is_marked_in_the_pdf(pdf):
    page = pages(pdf)[figure_pages(pdf)["Рисунок 1"]]
    text = " ".join(w["text"] for w in page.words if CHART_FONT in w["fontname"])
    assert "январь–июнь 2025 (неполный период)" in text


def test_chart_font_is_embedded_and_no_standard_font_is_used(pdf):
    used = fonts(pdf)
    assert any(CHART_FONT in f["name"] and "Serif" not in f["name"] for f in used), used
    assert all(f["embedded"] for f in used), used
    names = [f["name"].split("+")[-1] for f in used]
    assert not set(names) & set(STANDARD_14), names


# --- DOCX -----------------------------------------------------------------------------


def docx_pictures(docx: bytes) -> list[tuple[str, str]]:
    """(name, descr) of every picture in the document body."""
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    return [(d.get("name", ""), d.get("descr", "")) for d in root.iter(f"{WP}docPr")]


def test_docx_pictures_carry_descriptions_with_the_figures(builds):
    pictures = docx_pictures(builds["cold"]["docx"])
    assert len(pictures) == 4
    assert all(descr.strip() for _, descr in pictures), pictures
    descr = [d for _, d in pictures]
    assert "678,1" in descr[0] and "январь–июнь 2025 (неполный период)" in descr[0]
    assert "экспорт 512,3, импорт 165,8, сальдо 346,5" in descr[1]
    assert "1,5" in descr[2] and "лазеры — 22,0" in descr[3]


def test_docx_pictures_are_png_at_300_dpi(builds):
    from PIL import Image

    with zipfile.ZipFile(io.BytesIO(builds["cold"]["docx"])) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(media) == 4
        for name in media:
            with Image.open(io.BytesIO(z.read(name))) as im:
                assert im.format == "PNG"
                assert round(im.info["dpi"][0]) >= 300
                assert im.width >= 170 / 25.4 * 300 - 2  # the text width at 300 dpi


# --- cache and reproducibility ----------------------------------------------------------


def test_first_build_draws_second_build_does_not_import_the_drawing_code(builds):
    assert builds["cold"]["drawing"] == ["memogen.charts._draw", "memogen.charts._render"], \
        "the cold build should have drawn the charts, without matplotlib or svglib"
    assert builds["warm"]["drawing"] == []
    entries = [p for p in builds["cache"].glob("*/*") if p.is_dir()]
    assert len(entries) == 4


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_cold_and_warm_builds_give_identical_bytes(builds, fmt):
    assert builds["cold"][fmt] == builds["warm"][fmt]


def test_two_composes_draw_identical_charts(tmp_path):
    """Each compose draws into its own empty cache: drawing itself is deterministic."""
    from memogen.document import Figure
    from memogen.facts.model import Facts
    from memogen.figures import derive_figures
    from memogen.pipeline import Loaded, compose

    facts = Facts.model_validate(all_charts_facts())
    loaded = Loaded(EXAMPLE, facts, derive_figures(facts))
    runs = []
    for name in ("one", "two"):
        memo, _ = compose(loaded, ROOT, cache_dir=tmp_path / name)
        runs.append([(b.svg, b.png, b.alt) for b in memo.blocks if isinstance(b, Figure)])
    assert len(runs[0]) == 4
    assert runs[0] == runs[1]


# --- alt text in the PDF ----------------------------------------------------------------


def span_alts(pdf: bytes, index: int) -> list[str]:
    """The /Alt texts of the /Span marked-content sequences on page `index`."""
    found = re.findall(rb"/Span <</Alt <FEFF([0-9A-F]*)>>> BDC", content_stream(pdf, index))
    return [bytes.fromhex(h.decode()).decode("utf-16-be") for h in found]


def test_pdf_charts_carry_their_alt_text_without_changing_the_text(builds, pdf):
    descr = [d for _, d in docx_pictures(builds["cold"]["docx"])]
    placed = figure_pages(pdf)
    alts = []
    for label in sorted(placed):
        alts += [a for a in span_alts(pdf, placed[label]) if a not in alts]
    assert alts == descr  # the same sentences as the DOCX descriptions, in order
    ops = content_stream(pdf, placed["Рисунок 1"])
    assert ops.count(b" BDC") == ops.count(b"EMC")
    # /Alt is for assistive technology only: extraction shows the chart as drawn.
    text = " ".join(p.strip() for p in pages_text(pdf))
    assert "Столбчатая диаграмма" not in text and "Линейчатая диаграмма" not in text


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join(w["text"] for w in page.words) for page in pages(pdf)]


@needs_qpdf
def test_pdf_with_marked_content_passes_qpdf_check(pdf):
    assert_qpdf_check(pdf)
