"""DOCX writer with a theme's reference.docx: build a reference in Word's way with
python-docx, write the kitchen-sink memo on it, and read back which style properties,
page layout and headers came from the reference and which from memogen."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from kitchen_sink import kitchen_sink
from memogen.themes.model import Theme
from memogen.writers.docx import write_docx
from readback import libreoffice_pdf, needs_pdffonts, pdffonts, uses_libreoffice

RED = RGBColor(0xC0, 0x00, 0x00)
REF_MARGINS_MM = {"left": 25.0, "right": 15.0, "top": 15.0, "bottom": 25.0}
REF_PAGE_MM = (200.0, 280.0)  # neither A4 nor Letter, so it cannot come from a default


def _arial(style) -> None:
    """Name Arial as Word's Modify Style does: python-docx keeps the theme-font
    attributes (w:asciiTheme…), which would win over the name in every reader."""
    rFonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in list(rFonts.attrib):
        del rFonts.attrib[attr]
    for script in ("ascii", "hAnsi", "cs"):
        rFonts.set(qn(f"w:{script}"), "Arial")


def make_reference(path: Path, *, running_header: str | None = None) -> Path:
    """A reference.docx: Heading 1 red Arial 20 pt, Normal Arial 12 pt with 12 pt after,
    its own page size and margins, a first-page header, some text of its own."""
    ref = docx.Document()
    ref.add_paragraph("шаблонный текст")
    heading = ref.styles["Heading 1"]
    _arial(heading)
    heading.font.size = Pt(20)
    heading.font.color.rgb = RED
    normal = ref.styles["Normal"]
    _arial(normal)
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(12)
    section = ref.sections[0]
    section.page_width, section.page_height = Mm(REF_PAGE_MM[0]), Mm(REF_PAGE_MM[1])
    for side, mm in REF_MARGINS_MM.items():
        setattr(section, f"{side}_margin", Mm(mm))
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section.first_page_header.paragraphs[0].text = "БЛАНК МИНИСТЕРСТВА"
    if running_header:
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = running_header
    ref.save(path)
    return path


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    return make_reference(tmp_path_factory.mktemp("ref") / "reference.docx")


@pytest.fixture(scope="module")
def data(reference) -> bytes:
    return write_docx(kitchen_sink(), Theme(reference_docx=reference))


@pytest.fixture(scope="module")
def document(data):
    return docx.Document(io.BytesIO(data))


def _font_names(style) -> dict[str, str]:
    rFonts = style.element.rPr.rFonts
    return {k.split("}")[1]: v for k, v in rFonts.attrib.items()}


# --- styles ----------------------------------------------------------------------------


def test_reference_heading_keeps_red_arial_20(document):
    h1 = document.styles["Heading 1"]
    assert _font_names(h1) == {"ascii": "Arial", "hAnsi": "Arial", "cs": "Arial"}
    assert h1.font.size == Pt(20)
    assert h1.font.color.rgb == RED
    # The reference's own spacing (python-docx's template: 24 pt before) wins …
    assert h1.paragraph_format.space_before == Pt(24)
    # … and what it leaves unset is memogen's: flush left, no indent.
    assert h1.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert h1.paragraph_format.first_line_indent == Cm(0)


def test_reference_normal_keeps_arial_12_and_space_after(document):
    normal = document.styles["Normal"]
    assert _font_names(normal)["ascii"] == "Arial"
    assert normal.font.size == Pt(12)
    assert normal.paragraph_format.space_after == Pt(12)
    # No w:szCs in the reference: the complex-script size follows its 12 pt, not 15 pt.
    assert normal.element.rPr.find(qn("w:szCs")).get(qn("w:val")) == "24"
    # Undefined in the reference: justified with the theme's 1.25 cm first-line indent.
    assert normal.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(normal.paragraph_format.first_line_indent.cm - 1.25) < 0.01


def test_style_missing_from_reference_gets_memogens_definition(document):
    cell = document.styles["Table Text"]
    assert _font_names(cell)["ascii"] == "Times New Roman"
    assert cell.font.size == Pt(12)
    assert cell.paragraph_format.first_line_indent == Cm(0)


def test_reference_properties_memogen_used_to_clear_survive(document):
    # python-docx's template: Title has a blue rule and colour, Caption is blue bold 9 pt.
    title = document.styles["Title"]
    assert title.element.pPr.find(qn("w:pBdr")) is not None
    assert title.font.color.rgb == RGBColor(0x17, 0x36, 0x5D)
    caption = document.styles["Caption"]
    assert caption.font.size == Pt(9)
    assert caption.font.color.rgb == RGBColor(0x4F, 0x81, 0xBD)
    # Caps: absent in the reference's Title, so memogen's.
    assert title.font.all_caps is True


# --- what memogen always enforces ------------------------------------------------------


def test_language_hyphenation_and_lists_are_memogens(document):
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "ru-RU"  # python-docx's template says en-US
    assert document.settings.element.find(qn("w:autoHyphenation")) is not None
    numbering = document.part.numbering_part.element
    for name, nsid in (("List Number", "4D454D31"), ("List Bullet", "4D454D32")):
        pPr = document.styles[name].element.pPr
        num_id = pPr.find(f"{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
        abstract = numbering.xpath(f"./w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val")[0]
        got = numbering.xpath(f"./w:abstractNum[@w:abstractNumId='{abstract}']/w:nsid/@w:val")
        assert got == [nsid], name


def test_table_rows_still_repeat_header_and_never_split(document):
    rows = document.tables[0].rows
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows)


def test_first_page_header_survives_and_page_numbers_from_page_two(document):
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == "БЛАНК МИНИСТЕРСТВА"
    instr = "".join(section.header._element.itertext())
    assert "PAGE" in instr
    assert "шаблонный текст" not in "\n".join(p.text for p in document.paragraphs)


def test_reference_running_header_is_kept(tmp_path):
    path = make_reference(tmp_path / "r.docx", running_header="Минпром — справка")
    out = docx.Document(io.BytesIO(write_docx(kitchen_sink(), Theme(reference_docx=path))))
    header = out.sections[0].header
    assert [p.text for p in header.paragraphs] == ["Минпром — справка"]
    assert "PAGE" not in "".join(header._element.itertext())


def test_same_reference_gives_same_bytes(reference, data):
    assert write_docx(kitchen_sink(), Theme(reference_docx=reference)) == data


# --- page layout -----------------------------------------------------------------------


def test_layout_follows_the_theme_by_default(document):
    s = document.sections[0]
    assert (round(s.page_width.mm, 1), round(s.page_height.mm, 1)) == (210.0, 297.0)
    got = [round(getattr(s, f"{side}_margin").mm, 1) for side in ("left", "right", "top", "bottom")]
    assert got == [30.0, 10.0, 20.0, 20.0]


def test_reference_layout_keeps_the_reference_page(reference):
    theme = Theme(reference_docx=reference, reference_layout="reference")
    out = docx.Document(io.BytesIO(write_docx(kitchen_sink(), theme)))
    s = out.sections[0]
    assert (round(s.page_width.mm, 1), round(s.page_height.mm, 1)) == REF_PAGE_MM
    for side, mm in REF_MARGINS_MM.items():
        assert round(getattr(s, f"{side}_margin").mm, 1) == mm, side
    # Tables fill the reference's text width, not the theme's.
    width = sum(c.width for c in out.tables[0].columns)
    assert abs(Mm(0) + width - Mm(REF_PAGE_MM[0] - 25 - 15)) < Mm(0.1)


# --- LibreOffice -----------------------------------------------------------------------


@uses_libreoffice
@needs_pdffonts
def test_libreoffice_renders_the_heading_in_red_arial(data, tmp_path):
    import pdfplumber

    path = tmp_path / "memo.docx"
    path.write_bytes(data)
    pdf = libreoffice_pdf(path, tmp_path)
    fonts = "\n".join(row.line for row in pdffonts(pdf))
    assert re.search(r"Arial|LiberationSans", fonts), fonts
    with pdfplumber.open(pdf) as doc:
        chars = [c for page in doc.pages for c in page.chars]
    text = "".join(c["text"] for c in chars)
    start = text.index("Общие сведения")
    heading = chars[start : start + len("Общие сведения")]
    for c in heading:
        assert re.search(r"Arial|LiberationSans", c["fontname"]), c["fontname"]
        assert abs(c["size"] - 20) < 0.5
        assert tuple(round(v, 2) for v in c["non_stroking_color"]) == (0.75, 0.0, 0.0)
    body = text.index("Товарооборот в 2024")
    assert all(abs(c["size"] - 12) < 0.5 for c in chars[body : body + 11])
