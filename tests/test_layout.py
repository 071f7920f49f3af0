"""One layout for both writers: the decisions in `memogen.layout`, checked in the
numbers themselves, in the DOCX's XML, and on the page, where memogen's PDF and
LibreOffice's rendering of memogen's DOCX must put the same things the same distance
apart."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile

import pdfplumber
import pytest
from lxml import etree

from kitchen_sink import _chart
from memogen import layout
from memogen.document import (
    Cell,
    Figure,
    Heading,
    ListBlock,
    ListItem,
    Memo,
    Meta,
    Paragraph,
    SignatureBlock,
    Table,
    Text,
)
from memogen.themes.model import Theme, Typography
from memogen.writers.docx import write_docx
from memogen.writers.pdf import write_pdf
from readback import LIBREOFFICE, libreoffice_to_pdf, page_texts, uses_libreoffice

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
THEME = Theme()
MEASURE = layout.table_measure(THEME)
LONG_WORD = "Минстройархитектуры,"
QUOTED = "«Могилевлифтмаш»"


def _table(widths=(1, 7, 4, 3), rows=None) -> Table:
    rows = rows or (
        (Cell((Text("1"),), "center"), Cell((Text("Провести переговоры о поставках лифтов"),)),
         Cell((Text(f"{LONG_WORD} ОАО {QUOTED}"),)), Cell((Text("IV квартал 2025 г."),))),
    )
    return Table(
        caption=(Text("Таблица 1 — Предложения"),),
        continuation="Продолжение таблицы 1",
        header=((Cell((Text("№ п/п"),)), Cell((Text("Мероприятие"),)), Cell((Text("Ответственные"),)),
                 Cell((Text("Срок"),))),),
        rows=rows,
        widths=widths,
    )


# --- the decisions ------------------------------------------------------------------


def test_columns_follow_relative_widths_when_words_fit():
    table = _table(widths=(2, 3, 2, 3), rows=((Cell((Text("а"),)),) * 4,))
    widths = layout.column_widths(table, 500, MEASURE)
    assert widths == pytest.approx((100, 150, 100, 150))


def test_missing_widths_count_one_and_extra_ones_are_ignored():
    rows = ((Cell((Text("а"),)),) * 4,)
    assert layout.column_widths(_table(widths=(3,), rows=rows), 600, MEASURE) == pytest.approx(
        (300, 100, 100, 100))
    assert layout.column_widths(_table(widths=(1, 1, 1, 1, 9), rows=rows), 400, MEASURE) == pytest.approx(
        (100,) * 4)


def test_a_column_is_widened_to_hold_its_longest_word():
    text_pt = layout.text_width_mm(THEME) * layout.PT_PER_MM
    table = _table(widths=(1, 7, 2, 3))  # «Ответственные» gets 2/13 of 170 mm: too narrow
    widths = layout.column_widths(table, text_pt, MEASURE)
    pad = layout.CELL_PADDING.left + layout.CELL_PADDING.right
    assert widths[2] >= MEASURE(LONG_WORD) + pad
    assert sum(widths) == pytest.approx(text_pt)
    assert widths[1] < text_pt * 7 / 13  # the room came from the columns with room to spare


def test_a_table_without_columns_is_refused_by_both_writers():
    empty = Table(caption=(Text("Таблица 1 — Пусто"),), continuation="", header=(), rows=())
    memo = Memo(Meta(title="о проверке", date=dt.date(2025, 8, 25)), (empty,))
    for write in (write_pdf, write_docx):
        with pytest.raises(ValueError, match="has no columns"):
            write(memo, THEME)


def test_hyphenation_language_comes_from_the_memo():
    assert layout.hyphenation_language("ru-RU") == "ru_RU"
    assert layout.hyphenation_language("be-BY") == "be_BY"
    assert layout.hyphenation_language("xx-XX") == ""


def test_pdf_hyphenates_in_the_memos_language_only():
    long = " ".join(["сотрудничество взаимодействие машиностроительный"] * 12)

    def text(language: str) -> str:
        memo = Memo(Meta(title="о проверке", date=dt.date(2025, 8, 25), language=language),
                    (Paragraph((Text(long),)),))
        return page_texts(write_pdf(memo, THEME))[0]

    assert "\u00ad\n" in text("ru-RU")  # the added hyphen is drawn as a soft hyphen
    assert "\u00ad\n" not in text("xx-XX") and "-\n" not in text("xx-XX")  # no dictionary: no breaks by another language's rules


# --- the DOCX states the same numbers ---------------------------------------------------


def _memo() -> Memo:
    svg, png = _chart()
    blocks = (
        Paragraph((Text("Вводный абзац перед разделом, одна строка текста."),)),
        Heading(1, (Text("Раздел"),), number="1"),
        Paragraph((Text("Первый абзац раздела."),)),
        Heading(2, (Text("Подраздел"),), number="1.1"),
        Paragraph((Text("Абзац подраздела перед таблицей."),)),
        _table(widths=(1, 7, 2, 3)),
        Paragraph((Text("Абзац после таблицы."),)),
        Figure(caption=(Text("Рисунок 1 — Проба"),), alt="Проба.", width_mm=150, height_mm=60,
               svg=svg, png=png),
        Paragraph((Text("Перспективные направления:"),)),
        ListBlock(tuple(ListItem((Paragraph((Text(f"направление {i}"),)),)) for i in range(1, 4))),
        SignatureBlock(position=("Министр",), name="А.Б.Иванов", date="25.08.2025"),
    )
    return Memo(Meta(title="о проверке", date=dt.date(2025, 8, 25)), blocks)


def _xml(data: bytes, name: str = "word/document.xml"):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def _twips(pt: float) -> int:
    return round(pt * 20)


def test_docx_table_has_the_shared_padding_and_widths():
    doc = _xml(write_docx(_memo(), THEME))
    mar = doc.find(".//w:tblPr/w:tblCellMar", NS)
    pad = layout.CELL_PADDING
    got = {etree.QName(e).localname: int(e.get(f"{{{W}}}w")) for e in mar}
    assert got == {"top": _twips(pad.top), "left": _twips(pad.left), "bottom": _twips(pad.bottom),
                   "right": _twips(pad.right)}
    grid = [int(g.get(f"{{{W}}}w")) for g in doc.findall(".//w:tblGrid/w:gridCol", NS)]
    text_pt = layout.text_width_mm(THEME) * layout.PT_PER_MM
    expected = layout.column_widths(_table(widths=(1, 7, 2, 3)), text_pt, MEASURE)
    assert grid == pytest.approx([w * 20 for w in expected], abs=2)


def test_docx_spacing_is_the_shared_spacing():
    import docx

    document = docx.Document(io.BytesIO(write_docx(_memo(), THEME)))
    for level in (1, 2):
        fmt = document.styles[f"Heading {level}"].paragraph_format
        spacing = layout.heading_spacing(THEME, level)
        assert (fmt.space_before.pt, fmt.space_after.pt) == pytest.approx((spacing.before, spacing.after))
    signature = next(p for p in document.paragraphs if "А.Б.Иванов" in p.text)
    assert signature.style.paragraph_format.space_before.pt == pytest.approx(layout.signature_gap_pt(THEME))
    after_table = next(p for p in document.paragraphs if p.text == "Абзац после таблицы.")
    assert after_table.paragraph_format.space_before.pt == pytest.approx(layout.table_after_pt(THEME))
    picture = next(p for p in document.paragraphs if p._p.findall(f".//{{{W}}}drawing"))
    assert picture.paragraph_format.space_before.pt == pytest.approx(layout.figure_spacing(THEME).before)


# --- on the page: memogen's PDF and LibreOffice's rendering of the DOCX agree -------------

@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, bytes]:
    """The test memo as memogen's PDF ("pdf") and as LibreOffice renders its DOCX
    ("docx"), with the default theme and with a theme that spaces paragraphs."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) not installed (Debian package libreoffice-writer-nogui)")
    tmp = tmp_path_factory.mktemp("layout")
    spaced = Theme(typography=Typography(space_after_pt=6))
    out, docs = {}, []
    for name, theme in (("plain", THEME), ("spaced", spaced)):
        out[f"{name}-pdf"] = write_pdf(_memo(), theme)
        path = tmp / f"{name}.docx"
        path.write_bytes(write_docx(_memo(), theme))
        docs.append(path)
    run = libreoffice_to_pdf(docs, tmp)
    assert run.returncode == 0, run.stdout + run.stderr
    for path in docs:
        out[f"{path.stem}-docx"] = (tmp / f"{path.stem}.pdf").read_bytes()
    return out


def _lines(pdf: bytes) -> list[dict]:
    """Text lines of page 1 with their baseline (pt from the top)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        lines = page.extract_text_lines(return_chars=True)
        for line in lines:
            line["baseline"] = page.height - line["chars"][0]["matrix"][5]
            line["text"] = line["text"].replace("\u00a0", " ")
        return lines


def _baseline(lines: list[dict], start: str) -> float:
    return next(line["baseline"] for line in lines if line["text"].startswith(start))


GAPS = [
    ("Вводный абзац", "1. Раздел"),  # space above a section heading
    ("1. Раздел", "Первый абзац"),  # below it
    ("Первый абзац", "1.1. Подраздел"),
    ("Абзац подраздела", "Таблица 1"),
    ("Перспективные", "– направление 1"),
    ("– направление 1", "– направление 2"),  # list items are spaced like paragraphs
    ("– направление 3", "Министр"),  # two empty lines above the signature
    ("Министр", "25.08.2025"),
]


@uses_libreoffice
@pytest.mark.parametrize("theme", ["plain", "spaced"])
@pytest.mark.parametrize(("above", "below"), GAPS)
def test_both_formats_space_lines_alike(rendered, theme, above, below):
    gaps = {}
    for fmt in ("pdf", "docx"):
        lines = _lines(rendered[f"{theme}-{fmt}"])
        gaps[fmt] = _baseline(lines, below) - _baseline(lines, above)
    assert gaps["docx"] == pytest.approx(gaps["pdf"], abs=1.0), gaps


@uses_libreoffice
def test_both_formats_put_cell_text_the_padding_inside_the_border(rendered):
    offsets = {}
    for fmt in ("pdf", "docx"):
        with pdfplumber.open(io.BytesIO(rendered[f"plain-{fmt}"])) as doc:
            page = doc.pages[0]
            word = next(w for w in page.extract_words() if w["text"] == "Мероприятие")
            edges = page.edges
        left_rules = [e["x0"] for e in edges if e["orientation"] == "v" and e["x0"] < word["x0"]]
        offsets[fmt] = word["x0"] - max(left_rules)
    assert offsets["docx"] == pytest.approx(offsets["pdf"], abs=0.75), offsets
    assert offsets["pdf"] == pytest.approx(layout.CELL_PADDING.left, abs=1.0)


@uses_libreoffice
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_longest_words_stay_whole_in_their_column(rendered, fmt):
    with pdfplumber.open(io.BytesIO(rendered[f"plain-{fmt}"])) as doc:
        words = [w["text"] for w in doc.pages[0].extract_words()]
    assert LONG_WORD in words and QUOTED in words, words


@uses_libreoffice
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_chart_has_air_above_it_and_stays_inside_the_margins(rendered, fmt):
    pdf = rendered[f"plain-{fmt}"]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        images = page.images
        lines = _lines(pdf)
    above = next(line for line in lines if line["text"].startswith("Абзац после таблицы"))
    top = min(i["top"] for i in images) if images else None
    if top is None:  # PDF: the chart is vector; its first drawing is below the text
        rects = [r["top"] for r in page.rects + page.curves + page.lines if r["top"] > above["bottom"]]
        top = min(rects)
    assert top - above["bottom"] >= layout.figure_spacing(THEME).before - 1
    x1 = max((i["x1"] for i in images), default=0)
    assert x1 <= (layout.A4_WIDTH_MM - THEME.margins.right) * layout.PT_PER_MM + 0.5


# --- a lead-in stays with what it introduces ---------------------------------------------

LEAD_IN_SWEEP = range(30, 44)


def _lead_in_memo(filler: int) -> Memo:
    blocks = (
        *(Paragraph((Text(f"Абзац номер {i}."),)) for i in range(1, filler + 1)),
        Paragraph((Text("Перспективные направления:"),)),
        ListBlock(tuple(ListItem((Paragraph((Text(f"направление {i}"),)),)) for i in range(1, 4))),
        Paragraph((Text("Заключительный абзац."),)),
    )
    return Memo(Meta(title="о проверке", date=dt.date(2025, 8, 25)), blocks)


def _pages_of(pdf: bytes, *starts: str) -> list[int]:
    """The page (1-based) each line starting with one of `starts` is on."""
    found = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for line in page.extract_text_lines():
                text = line["text"].replace("\u00a0", " ")
                for start in starts:
                    if text.startswith(start):
                        found.setdefault(start, page.page_number)
    return [found[s] for s in starts]


@pytest.fixture(scope="module")
def lead_ins(tmp_path_factory) -> dict[str, list[bytes]]:
    """The sweep's memos as memogen's PDF and as LibreOffice renders their DOCX."""
    tmp = tmp_path_factory.mktemp("lead-in")
    docs = []
    for n in LEAD_IN_SWEEP:
        path = tmp / f"lead-{n}.docx"
        path.write_bytes(write_docx(_lead_in_memo(n), THEME))
        docs.append(path)
    out: dict[str, list[bytes]] = {"pdf": [write_pdf(_lead_in_memo(n), THEME) for n in LEAD_IN_SWEEP]}
    if shutil.which("soffice") is not None:
        run = libreoffice_to_pdf(docs, tmp)
        assert run.returncode == 0, run.stdout + run.stderr
        out["docx"] = [(tmp / f"{p.stem}.pdf").read_bytes() for p in docs]
    return out


@pytest.mark.parametrize("fmt", ["pdf", pytest.param("docx", marks=LIBREOFFICE)])
def test_a_lead_in_never_ends_a_page_without_its_list(lead_ins, fmt):
    moved = 0
    for n, pdf in zip(LEAD_IN_SWEEP, lead_ins[fmt], strict=True):
        lead, first, last_filler = _pages_of(pdf, "Перспективные направления:", "– направление 1",
                                             f"Абзац номер {n}.")
        assert lead == first, f"{fmt}, {n} paragraphs before it: the lead-in is alone on page {lead}"
        moved += lead > last_filler
    assert moved, "the sweep never put the lead-in at the foot of a page"
