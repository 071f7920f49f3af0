"""Issue 17: no text ever leaves the page. A memo with long addresses and long words in
every free-text field (sources, sectors, proposals, signatory, executor, occasion) is
built in both formats; its rendered pages keep all ink inside the margins and their
text gives every address back whole."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from memogen import layout
from memogen.pipeline import build
from memogen.themes.loader import load_theme
from paths import EXAMPLE
from readback import ink_box, libreoffice_pdf, page_count, render_pdf_page, uses_libreoffice

URL_1 = (
    "https://www.belta.by/regions/view/bryanskij-gubernator-aleksandr-bogomaz-provel-rabochuyu-"
    "vstrechu-s-poslom-respubliki-belarus-2970171-2025/?utm_source=belta&utm_medium=news"
)
URL_2 = "https://government.by/upload/docs/file2a7b3c9d_dlinnoe-nazvanie-dokumenta.pdf?download=1&v=2025-08-25"
URLS = {URL_1: 2, URL_2: 4}  # how often the memo shows each
WORD = "Сверхдлинноесловобезединогопробеламеждусоставнымичастямикотороеневлезаетниводнустроку"
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


def _joined_text(pdf: Path, line_end_hyphen: str = "-") -> str:
    """The text of every page with its line ends removed: a broken address (no hyphen
    added) reads whole again. PDFium reports a hyphen ending a line as U+0002 or U+FFFE: the
    address's own hyphen, or (`line_end_hyphen=""`) one hyphenation added."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        text = "".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()
    return text.replace("\r", "").replace("\n", "").replace("\x02", line_end_hyphen).replace("\ufffe", line_end_hyphen)


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


def test_pdf_keeps_all_ink_inside_the_margins(long_memo):
    _assert_inside_margins(long_memo["pdf"])


def test_pdf_gives_every_address_back_whole(long_memo):
    text = _joined_text(long_memo["pdf"])
    for url, times in URLS.items():
        assert text.count(url) == times, url
    assert WORD in _joined_text(long_memo["pdf"], line_end_hyphen="")


@uses_libreoffice
def test_docx_keeps_all_ink_inside_the_margins_and_addresses_whole(long_memo, tmp_path):
    pdf = libreoffice_pdf(long_memo["docx"], tmp_path)
    _assert_inside_margins(pdf)
    text = _joined_text(pdf)
    for url, times in URLS.items():
        assert text.count(url) == times, url


def test_a_cell_of_ten_thousand_characters_runs_over_pages(tmp_path):
    """A proposal of one 10,000-letter word: its row is split between pages (no
    LayoutError), every page stays inside the margins and no letter is lost."""
    yaml = YAML(typ="safe")
    facts = _long_facts(tmp_path)
    data = yaml.load(facts.read_text(encoding="utf-8"))
    data["proposals"][1]["action"] = "Б" + "а" * 10_000
    out = io.StringIO()
    yaml.allow_unicode = True
    yaml.dump(data, out)
    facts.write_text(out.getvalue(), encoding="utf-8")
    built = build(facts, ["pdf", "docx"], tmp_path / "output", workspace=tmp_path)
    pdf = next(p for p in built.outputs if p.suffix == ".pdf")
    _assert_inside_margins(pdf)
    text = _joined_text(pdf, line_end_hyphen="")
    assert sum(len(run) for run in re.findall("а{20,}", text)) == 10_000  # other cells cut in


def test_addresses_are_links_in_both_formats(long_memo):
    import docx
    import pdfplumber
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    with pdfplumber.open(long_memo["pdf"]) as pdf:
        uris = {link["uri"] for page in pdf.pages for link in page.hyperlinks}
    assert uris == set(URLS)
    document = docx.Document(str(long_memo["docx"]))
    rels = document.part.rels
    targets = {rels[rid].target_ref for rid in rels if rels[rid].reltype == RT.HYPERLINK}
    assert targets == set(URLS)
    for link in document.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink"):
        rid = link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        shown = "".join(t.text for t in link.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"))
        assert shown == rels[rid].target_ref


def test_sources_are_bibliographic_entries(long_memo):
    """Each entry's number at the margin, all its lines flush left from the hanging
    indent, none justified (its spaces keep their own width)."""
    import docx
    import pdfplumber
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    left, _ = _text_area_mm()
    hang = layout.reference_indent_mm(load_theme("default", EXAMPLE.parent.parent).theme)
    with pdfplumber.open(long_memo["pdf"]) as pdf:
        lines = [
            (round(line["x0"] / layout.PT_PER_MM, 1), line["text"])
            for page in pdf.pages
            for line in page.extract_text_lines()
        ]
    start = next(i for i, (_, text) in enumerate(lines) if text == "Источники")
    entry = lines[start + 1 : start + 5]  # the first entry: its number and three more lines
    assert entry[0][1].startswith("1. Пресс-служба") and entry[0][0] == pytest.approx(left, abs=0.3)
    assert all(x == pytest.approx(left + hang, abs=0.3) for x, _ in entry[1:])
    body = docx.Document(str(long_memo["docx"])).paragraphs
    first = next(i for i, p in enumerate(body) if p.text == "Источники") + 1
    for p in body[first : first + 2]:
        fmt = p.paragraph_format
        assert fmt.alignment == WD_ALIGN_PARAGRAPH.LEFT
        assert fmt.left_indent.mm == pytest.approx(hang, abs=0.1) and fmt.first_line_indent == -fmt.left_indent


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
