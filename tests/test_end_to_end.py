"""The example memo, built in both formats and read back like a reader would."""

from __future__ import annotations

import io
import re

import docx
import pytest
from docx.shared import Mm

from paths import SOURCE
from readback import all_text, docx_paragraph_texts, fonts, normalize, one_line, pages

# Every figure and claim of the press release, written the memo's way.
RELEASE_FIGURES = [
    "678,1 млн долларов США",
    "335 млн долларов США",
    "316,4 млн долларов США",
    "100,9 %",
    "более 10,2 млн долларов США",
    "1,5 %",
    "2026–2028 годы",
    "в 2,0 раза",
    "январь–июнь 2025 г.",
    "«Иннопром. Беларусь»",
    "«Белгоспроекта»",
    "«Полимерконструкция»",
    "«МЛМ Невский Лифт»",
    "«Могилевлифтмаш»",
    "АО «Череповецкий литейно-механический завод»",
    "«МАЗ»",
    "«Белкоммунмаш»",
    "7 очистных сооружений",
    "10 объектов",
    "2009 года",
    "конец сентября – начало октября 2025 г.",
]
HEADINGS = [
    "1. Общие сведения",
    "2. Договорно-правовая база",
    "3. Торгово-экономическое сотрудничество",
    "4. Отраслевое сотрудничество",
    "4.1. Продовольственные товары",
    "5. Межрегиональные связи и мероприятия",
    "6. Предложения",
    "Источники",
]


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return normalize("\n".join(parts))


def test_source_is_the_press_release():
    text = SOURCE.read_text(encoding="utf-8")
    for raw in ("$678,1 млн", "$335 млн", "$316,4 млн", "100,9%", "$10,2 млн", "1,5%", "2026-2028"):
        assert raw in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_every_figure_of_the_release_is_in_the_memo(built, fmt):
    text = one_line(all_text(built["pdf"])) if fmt == "pdf" else docx_text(built["docx"]).replace("\n", " ")
    text = re.sub(r"\s+", " ", text)
    missing = [f for f in RELEASE_FIGURES if f not in text]
    assert not missing, f"{fmt} lacks {missing}"
    assert "$" not in text and "678.1" not in text and "100,9%" not in text


def test_pdf_embeds_every_font_and_is_a4_with_profile_margins(built):
    used = fonts(built["pdf"])
    assert used and all(f["embedded"] for f in used), used
    assert any("LiberationSerif" in f["name"] for f in used)
    mm = 72 / 25.4
    for page in pages(built["pdf"]):
        assert (round(page.width, 1), round(page.height, 1)) == (595.3, 841.9)
        body = [c for c in page.chars if c["top"] > 20 * mm]  # below the page number
        assert min(c["x0"] for c in body) >= 30 * mm - 0.5 * mm
        assert max(c["x1"] for c in body) <= (210 - 10) * mm + 0.5 * mm
        assert max(c["bottom"] for c in body) <= (297 - 20) * mm + 0.5 * mm
    first = pages(built["pdf"])[0]
    assert min(c["x0"] for c in first.chars if c["top"] > 60 * mm) == pytest.approx(30 * mm, abs=1 * mm)


def test_docx_has_named_styles_and_margins(built):
    document = docx.Document(io.BytesIO(built["docx"]))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    for name, mm in (("left_margin", 30), ("right_margin", 10), ("top_margin", 20), ("bottom_margin", 20)):
        assert abs(getattr(section, name) - Mm(mm)) < Mm(0.1), name
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Normal", "Caption", "List Bullet"} <= used, used
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.tables and document.tables[0].style.name == "Table Grid"


def _headings_pdf(data: bytes) -> list[str]:
    lines = [line.strip() for line in all_text(data).splitlines()]
    return [line for line in lines if line in HEADINGS]


def test_both_formats_carry_the_same_headings_and_paragraphs(built):
    document = docx.Document(io.BytesIO(built["docx"]))
    texts = docx_paragraph_texts(document)  # headings with the numbers Word gives them
    docx_headings = [
        normalize(t) for t, p in zip(texts, document.paragraphs, strict=True) if p.style.name.startswith("Heading")
    ]
    assert [h for h in docx_headings if h in HEADINGS] == HEADINGS
    assert _headings_pdf(built["pdf"]) == HEADINGS
    # Every body paragraph of the DOCX reads the same in the PDF, in the same order.
    pdf_text = re.sub(r"\s+", " ", one_line(all_text(built["pdf"])))
    position = 0
    for p in document.paragraphs:
        text = re.sub(r"\s+", " ", normalize(p.text)).strip()
        if not text or p.style.name in ("Title", "Subtitle"):
            continue
        found = pdf_text.find(text[:60], position)
        assert found >= 0, f"not in the PDF (in order): {text[:60]!r}"
        position = found
