"""Issue 17: no text ever leaves the page. A memo with long addresses and long words in
every free-text field (sources, sectors, proposals, signatory, executor, occasion) is
built in both formats; its rendered pages keep all ink inside the margins and their
text gives every address back whole."""

from __future__ import annotations

import io
import itertools
import re
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from memogen import layout
from memogen.pipeline import build
from memogen.themes.loader import load_theme
from paths import EXAMPLE
from readback import LIBREOFFICE, ink_box, libreoffice_pdf, page_count, render_pdf_page, uses_libreoffice

URL_1 = (
    "https://www.belta.by/regions/view/bryanskij-gubernator-aleksandr-bogomaz-provel-rabochuyu-"
    "vstrechu-s-poslom-respubliki-belarus-2970171-2025/?utm_source=belta&utm_medium=news"
)
URL_2 = "https://government.by/upload/docs/file2a7b3c9d_dlinnoe-nazvanie-dokumenta.pdf?download=1&v=2025-08-25"
URLS = {URL_1: 2, URL_2: 4}  # how often the memo shows each
# How often each is a link: not in the signatory's position (plain text in the model).
LINKED = {URL_1: 2, URL_2: 3}
WORD = "Сверхдлинноесловобезединогопробеламеждусоставнымичастямикотороеневлезаетниводнустроку"
WORDS = 8  # the long word in: occasion, sector name and text, proposal action and
# responsible, source title, signatory position, executor
DPI = 150
SLACK_MM = 0.5  # a pixel at DPI and anti-aliasing


def _long_facts(folder: Path) -> Path:
    yaml = YAML(typ="safe")
    data = yaml.load(EXAMPLE.read_text(encoding="utf-8"))
    memo = data["memo"]
    memo["occasion"] = f"встрече (материалы: {URL_2}) и обсуждению {WORD}"
    memo["signatory"]["position"] = [f"Начальник {WORD}", URL_2]
    memo["executor"]["name"] = f"Петров {WORD}"
    data["sources"][0]["url"] = URL_1
    data["sources"].append({"id": "long", "title": f"Документ {WORD}", "url": URL_2})
    sector = data["sectors"][0]
    sector["name"] = f"Продовольствие {WORD}"
    sector["existing"][0]["text"] += f" Подробнее: {URL_1} и {WORD}."
    proposal = data["proposals"][0]
    proposal["action"] += f" ({URL_2}) {WORD}"
    proposal["responsible"] += f", {WORD}"
    (folder / "facts").mkdir(parents=True)
    shutil.copytree(EXAMPLE.parent / "sources", folder / "facts" / "sources")
    path = folder / "facts" / "long.yaml"
    out = io.StringIO()
    yaml.allow_unicode = True
    yaml.dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def long_memo(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("long")
    built = build(_long_facts(folder), ["pdf", "docx"], folder / "output", workspace=folder)
    return {p.suffix[1:]: p for p in built.outputs}


def _text_area_mm() -> tuple[float, float]:
    margins = load_theme("default", EXAMPLE.parent.parent).theme.margins
    return margins.left, layout.A4_WIDTH_MM - margins.right


def _assert_inside_margins(pdf: Path) -> None:
    left, right = _text_area_mm()
    for index in range(page_count(pdf)):
        box = ink_box(render_pdf_page(pdf, index, DPI), DPI)
        assert box is not None, f"page {index + 1} is blank"
        assert box.left >= left - SLACK_MM, f"page {index + 1}: ink at {box.left:.1f} mm, margin {left} mm"
        assert box.right <= right + SLACK_MM, f"page {index + 1}: ink to {box.right:.1f} mm, margin {right} mm"


def _text_and_line_ends(pdf: Path, line_end_hyphen: str = "-") -> tuple[str, set[int]]:
    """The text of every page with its line ends removed (a broken address, no hyphen
    added, reads whole again) and the offsets in it where lines ended. PDFium reports a
    hyphen ending a line as U+0002 or U+FFFE (in place of the line end): the address's
    own hyphen, or (`line_end_hyphen=""`) one hyphenation added."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        raw = "\r\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()
    text, ends = "", set()
    for piece in re.split(r"(\r\n|[\r\n\x02\ufffe])", raw):
        if piece in ("\x02", "\ufffe"):
            text += line_end_hyphen
        if piece in ("\x02", "\ufffe", "\r\n", "\r", "\n"):
            ends.add(len(text))
        else:
            text += piece
    return text, ends


def _joined_text(pdf: Path, line_end_hyphen: str = "-") -> str:
    return _text_and_line_ends(pdf, line_end_hyphen)[0]


def test_addresses_break_after_their_break_characters_only():
    assert layout.find_urls(f"см. {URL_2}.") == [(4, 4 + len(URL_2))]
    breaks = layout.url_breaks("https://a.by/b-c?d=1&e")
    assert ["https://a.by/b-c?d=1&e"[:i][-1] for i in breaks] == [".", "/", "-", "?", "=", "&"]
    assert layout.url_breaks("(https://a.by)")[0] == len("(https://a.")
    assert not layout.breaks_as_address(WORD)


def test_an_address_ends_a_line_at_a_break_point_else_moves_else_meets_the_margin():
    def width(i: int) -> float:  # one point a character
        return float(i)

    word = "https://a.by/news/2970171"
    assert layout.address_break(word, room=20, line=40, width=width) == len("https://a.by/news/")
    assert layout.address_break(word, room=8, line=40, width=width) == 0  # to the next line
    assert layout.address_break("x" * 50 + "/y", room=30, line=30, width=width) == 30  # the margin


@pytest.fixture(scope="module")
def renders(long_memo, tmp_path_factory) -> dict[str, Path]:
    """The pages to measure: memogen's PDF, and LibreOffice's PDF of the DOCX when
    LibreOffice is installed."""
    out = {"pdf": long_memo["pdf"]}
    if shutil.which("soffice"):
        out["docx"] = libreoffice_pdf(long_memo["docx"], tmp_path_factory.mktemp("lo"))
    return out


BOTH = pytest.mark.parametrize(
    "fmt", ["pdf", pytest.param("docx", marks=LIBREOFFICE)]
)


@BOTH
def test_all_ink_stays_inside_the_margins(renders, fmt):
    _assert_inside_margins(renders[fmt])


@BOTH
def test_every_address_and_long_word_comes_back_whole(renders, fmt):
    text = _joined_text(renders[fmt])
    for url, times in URLS.items():
        assert text.count(url) == times, url
    assert _joined_text(renders[fmt], line_end_hyphen="").count(WORD) == WORDS


@BOTH
def test_addresses_break_only_after_their_break_characters(renders, fmt):
    """Every line end inside an address falls at one of `layout.url_breaks` (after
    / - ? & = . , no hyphen added: the address reads whole across it)."""
    text, ends = _text_and_line_ends(renders[fmt])
    inside = 0
    for url, times in URLS.items():
        starts = [m.start() for m in re.finditer(re.escape(url), text)]
        assert len(starts) == times, url
        for start in starts:
            cuts = {end - start for end in ends if start < end < start + len(url)}
            assert cuts <= set(layout.url_breaks(url)), [url[:cut] for cut in cuts]
            inside += len(cuts)
    assert inside >= 8, "the long addresses were expected to break across lines"


@pytest.fixture(scope="module")
def huge_cell(tmp_path_factory) -> dict[str, Path]:
    """The long memo with a proposal of one 10,000-letter word."""
    folder = tmp_path_factory.mktemp("huge")
    yaml = YAML(typ="safe")
    facts = _long_facts(folder)
    data = yaml.load(facts.read_text(encoding="utf-8"))
    data["proposals"][1]["action"] = "Б" + "а" * 10_000
    out = io.StringIO()
    yaml.allow_unicode = True
    yaml.dump(data, out)
    facts.write_text(out.getvalue(), encoding="utf-8")
    built = build(facts, ["pdf", "docx"], folder / "output", workspace=folder)
    return {p.suffix[1:]: p for p in built.outputs}


def _assert_huge_cell_whole(pdf: Path) -> None:
    _assert_inside_margins(pdf)
    text = _joined_text(pdf, line_end_hyphen="")
    assert sum(len(run) for run in re.findall("а{20,}", text)) == 10_000  # other cells cut in


def test_a_cell_of_ten_thousand_characters_runs_over_pages(huge_cell):
    """Its row is split between pages (no LayoutError), every page stays inside the
    margins and no letter is lost."""
    _assert_huge_cell_whole(huge_cell["pdf"])


def test_docx_lets_only_a_row_taller_than_half_a_page_split(huge_cell):
    """Word keeps a w:cantSplit row whole even when it is taller than a page, clipping
    the rest: the 10,000-letter row may split, the others still may not."""
    import docx

    proposals = next(t for t in docx.Document(str(huge_cell["docx"])).tables if "Мероприятие" in t.rows[0].cells[1].text)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    kept = [row._tr.find(f"{w}trPr/{w}cantSplit") is not None for row in proposals.rows]
    huge = [len(row.cells[1].text) > 10_000 for row in proposals.rows]
    assert huge.count(True) == 1 and kept == [not h for h in huge]


@uses_libreoffice
def test_libreoffice_shows_the_huge_cell_inside_the_margins(huge_cell, tmp_path):
    _assert_huge_cell_whole(libreoffice_pdf(huge_cell["docx"], tmp_path))


def test_pdf_addresses_are_links_over_exactly_their_text(long_memo):
    """Each link annotation of the PDF (read with pikepdf) covers a piece of its
    address as shown; together they give the address back, once per place it is a link."""
    import pdfplumber
    import pikepdf

    under: dict[str, str] = {}
    with pikepdf.open(long_memo["pdf"]) as pdf, pdfplumber.open(long_memo["pdf"]) as plumber:
        for page, chars in zip(pdf.pages, (p.chars for p in plumber.pages), strict=True):
            height = float(page.mediabox[3])
            for annot in page.obj.get("/Annots", []):
                if annot.get("/Subtype") != "/Link":
                    continue
                assert annot.A.S == "/URI"
                x0, x1 = sorted((float(annot.Rect[0]), float(annot.Rect[2])))
                y0, y1 = sorted((float(annot.Rect[1]), float(annot.Rect[3])))
                shown = "".join(
                    c["text"] for c in chars
                    if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and y0 <= height - (c["top"] + c["bottom"]) / 2 <= y1
                )  # fmt: skip
                uri = str(annot.A.URI)
                under[uri] = under.get(uri, "") + shown
    assert under == {url: url * times for url, times in LINKED.items()}


def test_docx_addresses_are_hyperlinks_breakable_at_their_break_points(long_memo):
    """Each address is a w:hyperlink whose relationship targets it; its text is the
    address with a zero-width break opportunity at each of `layout.url_breaks`."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    document = docx.Document(str(long_memo["docx"]))
    rels = document.part.rels
    targets = {rels[rid].target_ref for rid in rels if rels[rid].reltype == RT.HYPERLINK}
    assert targets == set(URLS)
    seen: dict[str, int] = {}
    for link in document.element.body.iter(f"{w}hyperlink"):
        url = rels[link.get(r_id)].target_ref
        pieces = "".join(t.text for t in link.iter(f"{w}t")).split(layout.ZERO_WIDTH_BREAK)
        assert "".join(pieces) == url
        assert list(itertools.accumulate(len(p) for p in pieces[:-1])) == layout.url_breaks(url)
        seen[url] = seen.get(url, 0) + 1
    assert seen == LINKED


def _lines(pdf: Path) -> list[list[dict]]:
    """The text lines inside the margins of every page, in order: each its words
    (pdfplumber's, with their font `size`), left to right."""
    import pdfplumber

    margins = load_theme("default", EXAMPLE.parent.parent).theme.margins
    out: list[list[dict]] = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            top, bottom = margins.top * layout.PT_PER_MM, page.height - margins.bottom * layout.PT_PER_MM
            words = [w for w in page.extract_words(extra_attrs=["size"]) if top - 1 <= w["top"] <= bottom]
            rows: list[list[dict]] = []
            for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0]["top"] - word["top"]) < 2:
                    rows[-1].append(word)
                else:
                    rows.append([word])
            out += [sorted(row, key=lambda w: w["x0"]) for row in rows]
    return out


def _text(line: list[dict]) -> str:
    return " ".join(w["text"] for w in line)


def _widest_gap(line: list[dict]) -> float:
    """The widest space between two words of the line, in spaces of its font (a
    space of Liberation Serif, like Times, is a quarter of the size)."""
    return max((b["x0"] - a["x1"]) / (a["size"] / 4) for a, b in itertools.pairwise(line)) if len(line) > 1 else 0


def _paragraph(lines: list[list[dict]], first: str, last: str) -> list[list[dict]]:
    start = next(i for i, line in enumerate(lines) if _text(line).startswith(first))
    end = next(i for i in range(start, len(lines)) if _text(lines[start : i + 1][-1]).endswith(last))
    return lines[start : end + 1]


WIDE_GAP = 3.0  # spaces: the "wide gaps"
OWN_WIDTH = 1.3  # spaces: a space of its own width, give or take the glyphs' side bearings


@BOTH
def test_a_paragraph_with_a_word_wider_than_a_line_is_not_spread(renders, fmt):
    """The occasion and the sector text hold an address and a word each wider than a
    line: their lines, the one before the word included, keep spaces of their own
    width (flush left). A justified paragraph elsewhere still spreads its lines."""
    lines = _lines(renders[fmt])
    for first in ("Справка подготовлена", "Товарооборот продовольственными"):
        paragraph = _paragraph(lines, first, "строку.")
        assert len(paragraph) >= 4, [_text(line) for line in paragraph]
        for line in paragraph:
            assert _widest_gap(line) < WIDE_GAP, _text(line)
            assert _widest_gap(line) < OWN_WIDTH, f"{_text(line)!r} is justified"
    justified = _paragraph(lines, "Белорусские компании", "областях.")
    assert max(_widest_gap(line) for line in justified[:-1]) > OWN_WIDTH


@BOTH
def test_sources_are_bibliographic_entries(renders, fmt):
    """Each entry's number at the margin, all its lines flush left from the hanging
    indent, none spread (its spaces keep their own width), measured on the page."""
    left, _ = _text_area_mm()
    hang = layout.reference_indent_mm(load_theme("default", EXAMPLE.parent.parent).theme)
    lines = _lines(renders[fmt])
    start = next(i for i, line in enumerate(lines) if _text(line) == "Источники") + 1
    end = next(i for i in range(start, len(lines)) if lines[i][0]["text"] == "Начальник")
    entries: list[list[list[dict]]] = []
    for line in lines[start:end]:
        if re.fullmatch(r"\d+\.", line[0]["text"]):
            assert line[0]["text"] == f"{len(entries) + 1}."
            assert line[0]["x0"] / layout.PT_PER_MM == pytest.approx(left, abs=0.3)
            entries.append([line[1:]])
        else:
            entries[-1].append(line)
    assert len(entries) == 2 and all(len(entry) >= 3 for entry in entries)
    for line in (line for entry in entries for line in entry):
        assert line[0]["x0"] / layout.PT_PER_MM == pytest.approx(left + hang, abs=0.3), _text(line)
        assert _widest_gap(line) < OWN_WIDTH, _text(line)


def test_docx_sources_carry_a_hanging_indent_flush_left(long_memo):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    hang = layout.reference_indent_mm(load_theme("default", EXAMPLE.parent.parent).theme)
    body = docx.Document(str(long_memo["docx"])).paragraphs
    first = next(i for i, p in enumerate(body) if p.text == "Источники") + 1
    for p in body[first : first + 2]:
        fmt = p.paragraph_format
        assert fmt.alignment == WD_ALIGN_PARAGRAPH.LEFT
        assert fmt.left_indent.mm == pytest.approx(hang, abs=0.1) and fmt.first_line_indent == -fmt.left_indent


def test_only_a_word_wider_than_the_line_sets_a_paragraph_flush_left():
    theme = load_theme("default", EXAMPLE.parent.parent).theme
    line = 400.0
    assert layout.justifies(f"Текст со ссылкой https://a.by/news и {WORD[:20]}", line, theme)
    assert not layout.justifies(f"Подробнее: {URL_1}", line, theme)
    assert not layout.justifies(f"Слово {WORD}", line, theme)
    assert layout.justifies(URL_2[:30], layout.measure_with(theme.fonts.regular, theme.sizes.body)(URL_2[:30]), theme)


def test_break_opportunities_go_into_addresses_only():
    marked = layout.mark_address_breaks(f"См. https://a.by/b-c?d=1 и {WORD}-{WORD}, т.\u00a0е. так")
    assert marked == f"См. https://a.\u200bby/\u200bb-\u200bc?\u200bd=\u200b1 и {WORD}-{WORD}, т.\u00a0е. так"


def test_markdown_makes_each_address_a_link_left_as_written():
    from memogen.compose.markdown import parse
    from memogen.document import Link, Paragraph, Text

    (para,) = parse("См. https://a.by/news/2020-2025 и www.gov.by/a-b.", lambda kind, name: [])
    assert isinstance(para, Paragraph)
    links = [node for node in para.children if isinstance(node, Link)]
    assert links == [
        Link("https://a.by/news/2020-2025", (Text("https://a.by/news/2020-2025"),)),
        Link("https://www.gov.by/a-b", (Text("www.gov.by/a-b"),)),
    ]
