"""DOCX writer: write the kitchen-sink memo, read it back with python-docx, the raw XML,
LibreOffice (rendered to PDF) and pandoc, and check what a reader would see."""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Mm
from lxml import etree

from kitchen_sink import NBSP, kitchen_sink
from memogen.document import (
    Figure,
    ListBlock,
    ListItem,
    Memo,
    Paragraph,
    SignatureBlock,
    Text,
)
from memogen.themes.model import Signature, Sizes, Theme
from memogen.writers.docx import write_docx
from readback import (
    MM,
    assert_in_order,
    docx_paragraph_texts,
    find_words,
    font_metrics,
    ink_box_of_page,
    libreoffice_pdf,
    memo_texts,
    needs_pandoc,
    pages,
    pandoc_text,
    uses_libreoffice,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
}

RU_THEME = Theme(
    profile="RU", signature=Signature(style="RU"), sizes=Sizes(body=14, heading=14, title=14)
)


@pytest.fixture(scope="module")
def data() -> bytes:
    return write_docx(kitchen_sink(), Theme())


@pytest.fixture(scope="module")
def document(data):
    return docx.Document(io.BytesIO(data))


def part_xml(data: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def all_text(document) -> str:
    parts = docx_paragraph_texts(document)
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


# --- content -------------------------------------------------------------------------


def test_every_piece_of_text_is_there(document):
    text = all_text(document)
    for piece in (
        "Для служебного пользования",
        f"Экз. №{NBSP}1",
        "МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ",
        "СПРАВКА",
        "о сотрудничестве Республики Беларусь с Вологодской областью Российской Федерации",
        "по состоянию на 01.07.2025",
        "1. Общие сведения",
        "1.1. Торговля",
        "2. Предложения",
        f"678,1{NBSP}млн долларов США",
        f"100,9{NBSP}%",
        "Таблица 1 — Динамика товарооборота",
        "Рисунок 1 — Товарооборот, млн долларов США",
        "Темп роста",
        "335,0",
        f"100,2{NBSP}%",
        "вложенный пункт",
        "Действие 3: принять участие",
        f"Приложение: на 2{NBSP}л. в 1{NBSP}экз.",
        "Заместитель Премьер-министра",
        "В.И.Каранкевич",
        "25.08.2025",
        "Иванова 222 33 44",
    ):
        assert piece in text, piece
    # The continuation label is PDF-only: Word cannot print it above a continued table.
    assert "Продолжение таблицы" not in text


def test_inline_formatting(document):
    para = next(p for p in document.paragraphs if p.text.startswith("Товарооборот"))
    bold = [r.text for r in para.runs if r.bold]
    italic = [r.text for r in para.runs if r.italic]
    assert bold == [f"678,1{NBSP}млн долларов США"]
    assert italic == [f"100,9{NBSP}%"]
    item = next(p for p in document.paragraphs if p.text.startswith("первый пункт"))
    assert item._p.findall(f".//{{{W}}}br"), "LineBreak must be a w:br"
    assert item.text == "первый пункт\nсо второй строкой"


def test_footnote_is_a_real_word_footnote(data, document):
    para = next(p for p in document.paragraphs if p.text.startswith("Товарооборот"))
    refs = para._p.findall(f".//{{{W}}}footnoteReference")
    assert len(refs) == 1
    note_id = refs[0].get(qn("w:id"))
    notes = part_xml(data, "word/footnotes.xml")
    note = notes.find(f"w:footnote[@w:id='{note_id}']", NS)
    assert "".join(note.itertext()).strip() == "По данным Белстата."
    assert note.find(".//w:footnoteRef", NS) is not None
    # The note's text is not in the running text.
    assert "Белстата" not in para.text


# --- styles --------------------------------------------------------------------------


def test_real_word_styles_are_used(document):
    used = {p.style.name for p in document.paragraphs}
    for name in ("Title", "Heading 1", "Heading 2", "List Number", "List Bullet", "Caption", "Normal"):
        assert name in used, name
    assert {t.style.name for t in document.tables} == {"Table Grid"}
    heading = next(p for p in document.paragraphs if p.text == "Общие сведения")
    assert heading.style.name == "Heading 1"
    assert document.styles["Heading 1"].font.bold is True
    assert document.styles["Heading 1"].paragraph_format.keep_with_next is True
    assert document.styles["Heading 1"].paragraph_format.first_line_indent == 0
    assert document.styles["Heading 1"].element.find(qn("w:rPr")).find(qn("w:color")) is None
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Таблица 1 — Динамика товарооборота", "Рисунок 1 — Товарооборот, млн долларов США"]


def test_normal_style_follows_the_theme(document):
    theme = Theme()
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert fonts.get(qn(f"w:{script}")) == "Times New Roman", script
    assert normal.font.size.pt == theme.sizes.body
    fmt = normal.paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(fmt.first_line_indent - Cm(theme.typography.first_line_indent_cm)) < 635  # one twip
    assert fmt.line_spacing == 1.0
    assert fmt.space_after == 0


def test_document_language_and_hyphenation(data):
    styles = part_xml(data, "word/styles.xml")
    default_lang = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert default_lang.get(qn("w:val")) == "ru-RU"
    normal_lang = styles.find("w:style[@w:styleId='Normal']/w:rPr/w:lang", NS)
    assert normal_lang.get(qn("w:val")) == "ru-RU"
    settings = part_xml(data, "word/settings.xml")
    assert settings.find("w:autoHyphenation", NS) is not None
    # Word rejects settings in the wrong order: autoHyphenation follows defaultTabStop.
    tags = [etree.QName(e).localname for e in settings]
    assert tags.index("autoHyphenation") == tags.index("defaultTabStop") + 1


def test_core_properties_have_no_clock(document):
    props = document.core_properties
    assert props.title.startswith("Справка о сотрудничестве")
    assert props.author == "memogen"
    assert props.last_modified_by == "memogen"
    assert props.subject == "Справка"
    assert props.language == "ru-RU"
    assert props.revision == 1
    assert props.created.isoformat().startswith("2025-08-25T00:00:00")
    assert props.modified == props.created


def test_same_memo_gives_same_bytes(data):
    assert write_docx(kitchen_sink(), Theme()) == data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in z.infolist()} == {(2025, 8, 25, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in z.namelist()


# --- page ----------------------------------------------------------------------------


def test_page_is_a4_with_theme_margins(document):
    section = document.sections[0]
    assert abs(section.page_width.mm - 210) < 0.1
    assert abs(section.page_height.mm - 297) < 0.1
    for side, mm in (("left", 30), ("right", 10), ("top", 20), ("bottom", 20)):
        assert abs(getattr(section, f"{side}_margin").mm - mm) < 0.1, side


def test_page_numbers_from_page_two(document):
    section = document.sections[0]
    assert section.different_first_page_header_footer  # w:titlePg
    assert section._sectPr.find(qn("w:titlePg")) is not None
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert "".join(p.text for p in first.paragraphs).strip() == ""
    header = section.header._element
    instr = "".join(t.text for t in header.iter(qn("w:instrText")))
    assert instr.strip() == "PAGE"
    para = section.header.paragraphs[0]
    # The number's look is the «Header» style's alone: no direct formatting.
    assert para.style.name == "Header"
    assert para.alignment is None and para.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert para.style.font.size.pt == Theme().sizes.page_number
    assert header.findall(f".//{{{W}}}r/{{{W}}}rPr") == []
    # Header top + ascent of the 12 pt number = 12 mm from the top edge.
    assert 7.5 < section.header_distance.mm < 9


def test_first_page_requisites(document):
    paras = document.paragraphs
    assert paras[0].text == "Для служебного пользования"
    assert paras[0].style.name == "Access Marking"
    assert paras[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    letterhead = next(p for p in paras if p.text == "МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ")
    assert letterhead.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    doc_type = next(p for p in paras if p.text == "СПРАВКА")
    assert doc_type.style.name == "Title"
    assert document.styles["Title"].font.bold is True
    assert document.styles["Title"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_no_access_marking_when_unset():
    document = docx.Document(io.BytesIO(write_docx(kitchen_sink(access=False), Theme())))
    assert "Для служебного пользования" not in all_text(document)
    assert document.paragraphs[0].text == "МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ"


# --- blocks --------------------------------------------------------------------------


def test_table_rows_repeat_header_and_never_split(document):
    table = document.tables[0]
    rows = table._tbl.tr_lst
    assert len(rows) == 4
    assert rows[0].find(f"{{{W}}}trPr/{{{W}}}tblHeader") is not None
    for tr in rows[1:]:
        assert tr.find(f"{{{W}}}trPr/{{{W}}}tblHeader") is None
    for tr in rows:
        assert tr.find(f"{{{W}}}trPr/{{{W}}}cantSplit") is not None
    # Relative widths 2:3:2 over the 170 mm text width.
    widths = [c.width.mm for c in table.rows[0].cells]
    assert [round(w) for w in widths] == [49, 73, 49]
    cell = table.rows[1].cells[1].paragraphs[0]
    assert cell.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert cell.style.font.size.pt == Theme().sizes.table


def test_figure_has_alt_text_and_size(document):
    inline = document.inline_shapes[0]
    assert inline._inline.docPr.get("descr") == kitchen_sink().blocks[7].alt
    assert abs(inline.width.mm - 160) < 0.1
    assert abs(inline.height.mm - 71) < 0.1


def test_figure_without_png_is_reported():
    memo = kitchen_sink()
    blocks = tuple(
        dataclasses.replace(b, png=b"") if isinstance(b, Figure) else b for b in memo.blocks
    )
    with pytest.raises(ValueError, match="only an SVG rendition"):
        write_docx(Memo(memo.meta, blocks), Theme())


def _num_of(paragraph) -> tuple[str, str]:
    numPr = paragraph._p.pPr.find(qn("w:numPr"))
    return numPr.find(qn("w:numId")).get(qn("w:val")), numPr.find(qn("w:ilvl")).get(qn("w:val"))


def test_each_ordered_list_restarts(document, data):
    memo = kitchen_sink()
    two = ListBlock((ListItem((Paragraph((Text("второй список"),)),)),), ordered=True, start=3)
    out = write_docx(Memo(memo.meta, (*memo.blocks[:-2], two, *memo.blocks[-2:])), Theme())
    doc = docx.Document(io.BytesIO(out))
    first = next(p for p in doc.paragraphs if p.text.startswith("Действие 1:"))
    second = next(p for p in doc.paragraphs if p.text == "второй список")
    (num1, _), (num2, _) = _num_of(first), _num_of(second)
    assert num1 != num2
    numbering = part_xml(out, "word/numbering.xml")
    abstract = {
        n.get(qn("w:numId")): n.find("w:abstractNumId", NS).get(qn("w:val"))
        for n in numbering.findall("w:num", NS)
    }
    assert abstract[num1] == abstract[num2]  # the same List Number definition
    start = numbering.find(f"w:num[@w:numId='{num2}']/w:lvlOverride/w:startOverride", NS)
    assert start.get(qn("w:val")) == "3"
    lvl = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract[num1]}']/w:lvl", NS)
    assert lvl.find("w:numFmt", NS).get(qn("w:val")) == "decimal"


def test_bullets_are_en_dashes_and_nest(document, data):
    outer = next(p for p in document.paragraphs if p.text == "второй пункт")
    inner = next(p for p in document.paragraphs if p.text == "вложенный пункт")
    (num, level), (_, inner_level) = _num_of(outer), _num_of(inner)
    assert (level, inner_level) == ("0", "1")
    numbering = part_xml(data, "word/numbering.xml")
    abstract_id = numbering.find(f"w:num[@w:numId='{num}']/w:abstractNumId", NS).get(qn("w:val"))
    texts = numbering.findall(f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl/w:lvlText", NS)
    assert {t.get(qn("w:val")) for t in texts} == {"\u2013"}


def _signature(document):
    return next(p for p in document.paragraphs if "В.И.Каранкевич" in p.text)


def test_signature_by_name_at_twelve_cm(document):
    sig = _signature(document)
    assert sig.text == "Заместитель Премьер-министра\nРеспублики Беларусь\tВ.И.Каранкевич"
    assert sig.style.name == "Signature"  # the tab stop lives in the style
    stops = list(sig.style.paragraph_format.tab_stops)
    assert [(s.alignment, round(s.position.cm, 2)) for s in stops] == [(WD_TAB_ALIGNMENT.LEFT, 12.0)]
    assert sig.style.paragraph_format.first_line_indent == 0
    assert sig.style.paragraph_format.keep_together and sig.paragraph_format.keep_with_next


def test_ru_profile_right_tab_and_size_14():
    document = docx.Document(io.BytesIO(write_docx(kitchen_sink(), RU_THEME)))
    assert document.styles["Normal"].font.size.pt == 14
    stops = list(_signature(document).style.paragraph_format.tab_stops)
    assert len(stops) == 1
    assert stops[0].alignment == WD_TAB_ALIGNMENT.RIGHT
    assert abs(stops[0].position - Mm(170)) < Mm(0.1)


def test_signature_without_date_is_not_kept_with_next():
    memo = kitchen_sink()
    blocks = tuple(
        dataclasses.replace(b, date="") if isinstance(b, SignatureBlock) else b for b in memo.blocks
    )
    document = docx.Document(io.BytesIO(write_docx(Memo(memo.meta, blocks), Theme())))
    assert "25.08.2025" not in all_text(document)
    assert not _signature(document).paragraph_format.keep_with_next


def test_executor_mark_is_framed_bottom_left(document):
    mark = document.paragraphs[-1]
    assert mark.text == "Иванова 222 33 44"
    frame = mark._p.pPr.find(qn("w:framePr"))
    assert frame.get(qn("w:yAlign")) == "bottom" and frame.get(qn("w:vAnchor")) == "margin"
    assert frame.get(qn("w:xAlign")) == "left"
    assert mark.style.name == "Executor" and mark.style.font.size.pt == Theme().sizes.small


# --- LibreOffice ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("docx-lo")
    path = tmp / "long.docx"
    path.write_bytes(write_docx(kitchen_sink(actions=60, table_rows=80), Theme()))
    return libreoffice_pdf(path, tmp)


@uses_libreoffice
def test_libreoffice_pages_and_numbers(long_pdf):
    pages_ = pages(long_pdf)
    assert len(pages_) >= 4
    for index, words in enumerate(p.words for p in pages_):
        in_top_margin = [w for w in words if w["bottom"] < 20 * MM]
        if index == 0:
            assert in_top_margin == [], "no page number on page 1"
            continue
        assert [w["text"] for w in in_top_margin] == [str(index + 1)]
        number = in_top_margin[0]
        # Centred over the text column (30..200 mm), as Word centres header text.
        assert abs((number["x0"] + number["x1"]) / 2 - 115 * MM) < 1 * MM
        assert 10 * MM < number["bottom"] < 14 * MM  # baseline ~12 mm from the top edge


@uses_libreoffice
def test_libreoffice_repeats_the_table_header(long_pdf):
    pages_ = pages(long_pdf)
    with_rows = [i for i, p in enumerate(pages_) if find_words(p, "2045")]
    with_rows += [i for i, p in enumerate(pages_) if find_words(p, "2099")]
    for index in with_rows:
        texts = [w["text"] for w in pages_[index].words]
        assert "Год" in texts and "роста" in texts, f"no header on page {index + 1}"
    assert len(set(with_rows)) >= 2


@uses_libreoffice
def test_libreoffice_puts_executor_mark_at_bottom_of_last_page(long_pdf):
    *others, last = pages(long_pdf)
    mark = find_words(last, "Иванова")[0]
    assert mark["bottom"] > last.height * 0.8
    assert last.height - mark["bottom"] > 19 * MM  # inside the bottom margin's edge
    assert abs(mark["x0"] - 30 * MM) < 1 * MM
    for other in others:
        assert not find_words(other, "Иванова")


@uses_libreoffice
def test_libreoffice_page_one_geometry(tmp_path):
    path = tmp_path / "memo.docx"
    path.write_bytes(write_docx(kitchen_sink(), Theme()))
    pdf = libreoffice_pdf(path, tmp_path)
    box = ink_box_of_page(pdf, 0)
    theme = Theme()
    # The first line (access marking) starts at the top margin; its capitals' ink
    # starts (ascent - cap height) lower. Liberation Serif stands in for Times.
    metrics = font_metrics(theme.fonts.regular)
    expected_top = theme.margins.top + metrics.cap_top_below_line_top_mm(theme.sizes.body)
    assert abs(box.top - expected_top) < 1.0, box
    # Headings, table borders and the footnote rule start on the left margin.
    assert abs(box.left - theme.margins.left) < 1.0, box
    # Justified lines and the right-aligned marking end on the right margin.
    assert abs(box.right - (210 - theme.margins.right)) < 1.0, box


# --- pandoc --------------------------------------------------------------------------


@needs_pandoc
def test_pandoc_reads_paragraphs_in_order(data):
    # pandoc leaves out the numbers Word's multilevel list gives the headings.
    assert_in_order(memo_texts(kitchen_sink(), heading_numbers=False), pandoc_text(data), "pandoc")


# --- theme variants ------------------------------------------------------------------


def test_reference_docx_lends_styles_and_first_page_header(tmp_path):
    ref = docx.Document()
    ref.add_paragraph("шаблонный текст")
    section = ref.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section.first_page_header.paragraphs[0].text = "БЛАНК МИНИСТЕРСТВА"
    ref.styles["Caption"].font.all_caps = True
    path = tmp_path / "reference.docx"
    ref.save(path)
    theme = Theme(reference_docx=path)
    out = docx.Document(io.BytesIO(write_docx(kitchen_sink(), theme)))
    assert "шаблонный текст" not in all_text(out)
    section = out.sections[0]
    assert section.first_page_header.paragraphs[0].text == "БЛАНК МИНИСТЕРСТВА"
    assert abs(section.left_margin.mm - 30) < 0.1  # layout still follows the theme
    assert out.styles["Caption"].font.all_caps is True


def test_reference_docx_with_footnotes_keeps_only_new_notes(data, tmp_path):
    path = tmp_path / "reference.docx"
    path.write_bytes(data)  # our own output: it already has a footnotes part
    out = write_docx(kitchen_sink(), Theme(reference_docx=path))
    notes = part_xml(out, "word/footnotes.xml").findall("w:footnote", NS)
    assert [n.get(qn("w:id")) for n in notes] == ["-1", "0", "1"]
    assert "По данным Белстата." in "".join(notes[-1].itertext())


def test_emblem_is_at_most_17_mm_wide():
    from PIL import Image as PILImage

    from memogen.document import Image

    buf = io.BytesIO()
    PILImage.new("RGB", (200, 240), "red").save(buf, format="PNG")
    memo = kitchen_sink()
    meta = dataclasses.replace(memo.meta, emblem=Image(buf.getvalue(), width_mm=25))
    out = docx.Document(io.BytesIO(write_docx(Memo(meta, memo.blocks), Theme())))
    emblem = out.inline_shapes[0]
    assert abs(emblem.width.mm - 17) < 0.1
    para = next(p for p in out.paragraphs if p._p.findall(f".//{{{W}}}drawing"))
    assert para.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_signature_keeps_the_texts_last_lines_with_it(document):
    """Word moves the paragraph before the signature with it, so the signature never
    stands alone on a page."""
    paragraphs = document.paragraphs
    signature = next(i for i, p in enumerate(paragraphs) if "В.И.Каранкевич" in p.text)
    assert paragraphs[signature - 1].paragraph_format.keep_with_next is True
    assert paragraphs[signature].style.paragraph_format.keep_together is True
