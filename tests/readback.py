"""Reading memogen's outputs back for tests, as a reader and tools we did not write see them.

- text: `normalize` (spaces as a reader searches them), `squash`, `one_line`;
- PDF: pages with characters, words and images, fonts, metadata, content streams
  (pdfplumber, pypdf). Positions are in PDF points with pdfplumber's convention: `top`/
  `bottom` from the top edge of the page, `x0`/`x1` from the left edge; `baseline` is
  added (from the top edge) because the text matrix holds it exactly;
- ink: a page rendered to pixels (pypdfium2) → the box around its ink in millimetres,
  and the font metrics that turn a line's top into its ink top;
- reading order: `memo_texts`, every paragraph of a `Memo` in the order a reader meets it;
- system tools: `needs(...)` skip markers, LibreOffice, qpdf, pdffonts and pandoc.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import assert_never

import pdfplumber
import pypdf
import pytest

from memogen.document import (
    Block,
    ExecutorMark,
    Figure,
    Heading,
    ListBlock,
    Memo,
    Paragraph,
    SignatureBlock,
    Table,
    plain_text,
)

MM = 72 / 25.4  # points per millimetre
NBSP = "\u00a0"
STANDARD_14 = (
    "Helvetica", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Courier", "Symbol", "ZapfDingbats",
)


ZERO_WIDTH_BREAK = "\u200b"


def normalize(text: str) -> str:
    """Text with no-break and thin spaces as plain spaces, as a reader would search it,
    and without the zero-width break opportunities the DOCX puts into addresses (they
    show nothing)."""
    return text.replace(NBSP, " ").replace("\u202f", " ").replace("\u2009", " ").replace(ZERO_WIDTH_BREAK, "")


SOFT_HYPHEN = "\u00ad"


def join_soft_hyphens(text: str) -> str:
    """A word hyphenated at a line end joined again: memogen's PDF draws that hyphen as
    a soft hyphen (U+00AD), which readers drop."""
    return re.sub(SOFT_HYPHEN + r"\s*", "", text)


def squash(text: str) -> str:
    """`normalize`d, hyphenated words joined, every run of whitespace (line breaks too)
    as one space."""
    return " ".join(join_soft_hyphens(normalize(text)).split())


def page_texts(pdf: bytes | Path) -> list[str]:
    """The text of every page (pdfplumber's reading order), spaces normalized."""
    with _open(pdf) as doc:
        return [normalize(p.extract_text() or "") for p in doc.pages]


def all_text(pdf: bytes | Path) -> str:
    return "\n".join(page_texts(pdf))


def docx_words(data: bytes) -> str:
    """A DOCX as one `squash`ed text: paragraphs, table cells, and pictures' alt text
    (`wp:docPr/@descr`), so a figure is found wherever the document prints it."""
    import xml.etree.ElementTree as ET
    import zipfile

    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    wp = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
    parts += [d.get("descr", "") for d in root.iter(f"{wp}docPr")]
    return squash("\n".join(parts))


def one_line(text: str) -> str:
    """Text with line breaks (and the hyphen of a hyphenated word) joined, for `in` tests."""
    return join_soft_hyphens(text).replace("-\n", "").replace("\n", " ")


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    chars: list[dict]
    words: list[dict]  # with `size` and `fontname`
    images: list[dict]
    curves: int  # count of vector path objects (lines, rects, curves)
    text: str  # pdfplumber's text of the page, normalized


def _open(pdf: bytes | Path):
    return pdfplumber.open(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)


def pages(pdf: bytes | Path) -> list[Page]:
    """Every page with its characters (each with `baseline`), words and images."""
    out = []
    with _open(pdf) as doc:
        for p in doc.pages:
            chars = []
            for c in p.chars:
                c = dict(c)
                c["text"] = normalize(c["text"])
                c["baseline"] = float(p.height) - c["matrix"][5]
                chars.append(c)
            words = p.extract_words(extra_attrs=["size", "fontname"])
            for w in words:
                w["text"] = normalize(w["text"])
            out.append(
                Page(p.page_number, float(p.width), float(p.height), chars, words,
                     list(p.images), len(p.curves) + len(p.rects) + len(p.lines),
                     normalize(p.extract_text() or ""))
            )
    return out


def find_words(page: Page, text: str) -> list[dict]:
    return [w for w in page.words if w["text"] == text]


def chars_of(page: Page, text: str) -> list[dict]:
    """The characters of the first occurrence of `text` on the page (in stream order)."""
    s = "".join(c["text"] for c in page.chars)
    i = s.find(text)
    if i < 0:
        raise AssertionError(f"{text!r} not on page {page.number}")
    return page.chars[i : i + len(text)]


def chars_of_or_none(page: Page, text: str) -> list[dict] | None:
    """Like `chars_of`, but None when the text is not on the page."""
    try:
        return chars_of(page, text)
    except AssertionError:
        return None


def fonts(pdf: bytes) -> list[dict]:
    """Every font dictionary reachable from the pages (including form XObjects) as
    {name, subtype, embedded}; `embedded` is true when a FontFile/2/3 is present."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: dict[int | str, dict] = {}

    def visit_resources(res) -> None:
        if res is None:
            return
        res = res.get_object()
        for ref in (res.get("/Font") or {}).values():
            font = ref.get_object()
            key = getattr(ref, "idnum", None) or str(font.get("/BaseFont"))
            if key in found:
                continue
            desc_font = font
            if font.get("/Subtype") == "/Type0":
                desc_font = font["/DescendantFonts"][0].get_object()
            desc = desc_font.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            found[key] = {
                "name": str(font.get("/BaseFont", "")).lstrip("/"),
                "subtype": str(font.get("/Subtype", "")),
                "embedded": any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")),
                "truetype": "/FontFile2" in desc,
            }
        for xo in (res.get("/XObject") or {}).values():
            xo = xo.get_object()
            if xo.get("/Subtype") == "/Form":
                visit_resources(xo.get("/Resources"))

    for page in reader.pages:
        visit_resources(page.get("/Resources"))
    return list(found.values())


def metadata(pdf: bytes) -> tuple[dict, str]:
    """The document information dictionary and the catalog's /Lang."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    info = {k: str(v) for k, v in (reader.metadata or {}).items()}
    lang = str(reader.trailer["/Root"].get("/Lang", ""))
    return info, lang


def content_stream(pdf: bytes, index: int) -> bytes:
    """The decoded content stream of page `index` (0-based), form XObjects included."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    page = reader.pages[index]
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    xobjs = (page["/Resources"].get("/XObject") or {})
    for xo in xobjs.values():
        xo = xo.get_object()
        if xo.get("/Subtype") == "/Form":
            data += b"\n" + xo.get_data()
    return data


# --- ink ----------------------------------------------------------------------------
#
# Render a page at a known resolution with pdfium, take every pixel darker than a
# threshold as ink, and convert the extreme rows and columns to millimetres from the
# page's top-left corner. Measuring ink, not text objects, checks what a reader sees; a
# DOCX is measured the same way after LibreOffice has converted it to PDF.
#
# Text ink does not start where a line box starts, and the two engines place the first
# baseline differently: reportlab at `size` below the top of the line box, Word and
# LibreOffice at the font's Windows ascent below it. Capitals stand `cap_height` above
# the baseline, so their ink top lies `size - cap` (reportlab) or `ascent - cap` (Word,
# LibreOffice) below the line's top. A glyph's left side bearing puts ink slightly right
# of the text edge; at body sizes that is well under 1 mm.

MM_PER_INCH = 25.4
PT_TO_MM = MM_PER_INCH / 72


@dataclass(frozen=True)
class Box:
    """An ink bounding box in millimetres from the page's top-left corner."""

    left: float
    top: float
    right: float
    bottom: float


def render_pdf_page(pdf: bytes | Path, index: int = 0, dpi: int = 100):
    """Page `index` (0-based) of a PDF (bytes or a path) as a greyscale PIL image."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72)
        image = bitmap.to_pil().convert("L")
        bitmap.close()
        page.close()
    finally:
        doc.close()
    return image


def page_count(pdf: bytes | Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


def ink_box(
    image, dpi: int, threshold: int = 160, region: tuple[float, float, float, float] | None = None
) -> Box | None:
    """The box around every pixel darker than `threshold` (0 black, 255 white), in mm,
    or None when there is no ink. `region` (left, top, right, bottom in mm) limits the
    search to part of the page."""
    img = image.convert("L")
    px_per_mm = dpi / MM_PER_INCH
    dx = dy = 0
    if region is not None:
        dx, dy, r, b = (round(v * px_per_mm) for v in region)
        img = img.crop((dx, dy, r, b))
    bbox = img.point(lambda v: 255 if v < threshold else 0).getbbox()
    if bbox is None:
        return None
    left, top, right, bottom = bbox
    return Box(
        (left + dx) / px_per_mm,
        (top + dy) / px_per_mm,
        (right + dx) / px_per_mm,
        (bottom + dy) / px_per_mm,
    )


def ink_box_of_page(pdf: bytes | Path, index: int = 0, dpi: int = 200) -> Box:
    """The ink box of page `index`; a blank page fails the test."""
    box = ink_box(render_pdf_page(pdf, index, dpi), dpi)
    if box is None:
        raise AssertionError(f"page {index + 1} has no ink")
    return box


@dataclass(frozen=True)
class FontMetrics:
    """Vertical metrics in em: `ascent` (the Windows ascent) is where Word and
    LibreOffice put a single-spaced line's baseline below its top; `cap_height` is
    how tall capitals stand above the baseline."""

    ascent: float
    cap_height: float

    def cap_top_below_line_top_mm(self, size_pt: float) -> float:
        """Word and LibreOffice: capitals' ink top below the line's top, in mm."""
        return (self.ascent - self.cap_height) * size_pt * PT_TO_MM

    def cap_top_below_frame_top_mm(self, size_pt: float) -> float:
        """reportlab (first baseline `size` below the frame top): the same, in mm."""
        return (1 - self.cap_height) * size_pt * PT_TO_MM


def font_metrics(path: Path | str) -> FontMetrics:
    """The vertical metrics of a TrueType/OpenType font file."""
    from fontTools.ttLib import TTFont

    with TTFont(str(path)) as font:
        upem = font["head"].unitsPerEm
        os2 = font["OS/2"]
        ascent = os2.usWinAscent / upem
        # Fonts with an OS/2 table older than version 2 have no cap height; 0.66 em is
        # typical of Latin and Cyrillic serif faces.
        cap = getattr(os2, "sCapHeight", 0) / upem or 0.66
    return FontMetrics(ascent, cap)


def cap_top_offset_mm(font_path: Path | str, size_pt: float) -> float:
    """How far below the top of a reportlab frame the top of a capital's ink lies, mm."""
    return font_metrics(font_path).cap_top_below_frame_top_mm(size_pt)


# --- reading order ---------------------------------------------------------------------


def memo_texts(memo: Memo, heading_numbers: bool = True) -> list[str]:
    """Every paragraph of the memo as a reader meets it, `squash`ed: requisites (access
    marking, letterhead, document type, title, date of the data), headings with their
    numbers (unless `heading_numbers` is false: pandoc does not print the numbers Word's
    list numbering gives headings), paragraphs, list items, table captions and cells,
    figures' alt text and captions, the signature and the executor mark."""
    meta = memo.meta
    out = [*meta.access_marking, *meta.letterhead, meta.doc_type, meta.title, meta.as_of]

    def walk(blocks: tuple[Block, ...]) -> None:
        for block in blocks:
            match block:
                case Heading(children=c, number=number):
                    numbered = number and heading_numbers
                    out.append(f"{number}. {plain_text(c)}" if numbered else plain_text(c))
                case Paragraph(children=c):
                    out.append(plain_text(c))
                case ListBlock(items=items):
                    for item in items:
                        walk(item.blocks)
                case Table(caption=c, header=header, rows=rows):
                    out.append(plain_text(c))
                    out.extend(plain_text(cell.children) for row in (*header, *rows) for cell in row)
                case Figure(caption=c, alt=alt):
                    out.extend((alt, plain_text(c)))
                case SignatureBlock(position=position, name=name, date=date):
                    out.extend((" ".join((*position, name)), date))
                case ExecutorMark(lines=lines):
                    out.extend(lines)
                case _:
                    assert_never(block)

    walk(memo.blocks)
    return [squash(t) for t in out if squash(t)]


def assert_in_order(expected: list[str], text: str, reader: str) -> None:
    """Each of `expected` occurs in `text` after the one before it."""
    position = 0
    for item in expected:
        found = text.find(item, position)
        assert found >= 0, f"{item!r} missing from {reader}'s text or out of order (after {text[position - 80:position]!r})"
        position = found + len(item)


# --- system tools ----------------------------------------------------------------------


def needs(tool: str, package: str) -> pytest.MarkDecorator:
    """Skip unless the command `tool` is installed (from the Debian `package`)."""
    return pytest.mark.skipif(
        shutil.which(tool) is None,
        reason=f"{tool} not installed (Debian package {package}; .ci/run installs it)",
    )


needs_soffice = needs("soffice", "libreoffice-writer-nogui")
needs_qpdf = needs("qpdf", "qpdf")
needs_pdffonts = needs("pdffonts", "poppler-utils")
needs_pandoc = needs("pandoc", "pandoc")
# LibreOffice takes seconds to start: its tests are also `slow` (CI still runs them;
# `pytest -m "not slow"` leaves them out while developing).
LIBREOFFICE = (needs_soffice, pytest.mark.slow)


def uses_libreoffice(test):
    """Marks a test that converts with LibreOffice: skipped without it, and `slow`."""
    for mark in LIBREOFFICE:
        test = mark(test)
    return test


def libreoffice_to_pdf(docx_files: list[Path], outdir: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    """Every DOCX converted to `outdir/<stem>.pdf` in one headless call, with a private
    profile (a shared one would clash with a user's running LibreOffice). The files it
    wrote no PDF for are converted once more: the call that creates a fresh profile
    sometimes ends without converting (LibreOffice's first start), which says nothing
    about the DOCX."""
    run = _soffice(docx_files, outdir, timeout)
    missing = [f for f in docx_files if not (outdir / f"{f.stem}.pdf").is_file()]
    return _soffice(missing, outdir, timeout) if missing else run


def _soffice(docx_files: list[Path], outdir: Path, timeout: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(outdir / 'lo-profile').as_uri()}",
            "--headless", "--convert-to", "pdf", "--outdir", str(outdir),
            *map(str, docx_files),
        ],
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def libreoffice_pdf(docx_file: Path, outdir: Path) -> Path:
    """One DOCX as LibreOffice's PDF; fails the test when LibreOffice writes none."""
    run = libreoffice_to_pdf([docx_file], outdir, timeout=180)
    pdf = outdir / f"{docx_file.stem}.pdf"
    assert run.returncode == 0 and pdf.is_file(), f"LibreOffice wrote no PDF: {run.stdout}{run.stderr}"
    return pdf


@contextmanager
def _as_file(data: bytes | Path, suffix: str) -> Iterator[Path]:
    if isinstance(data, Path):
        yield data
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(data)
        yield path


def assert_qpdf_check(pdf: bytes | Path) -> None:
    """qpdf --check finds no syntax or stream encoding error (it exits 0 when clean,
    3 on warnings, 2 on errors)."""
    with _as_file(pdf, ".pdf") as path:
        run = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No syntax or stream encoding errors found" in run.stdout, run.stdout


@dataclass(frozen=True)
class FontRow:
    """One font as poppler's pdffonts lists it."""

    line: str
    embedded: bool
    subset: bool
    unicode: bool


def pdffonts(pdf: bytes | Path) -> list[FontRow]:
    """The fonts pdffonts lists for the file."""
    with _as_file(pdf, ".pdf") as path:
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:  # after the header and its rule
        # Columns from the right: emb sub uni object-id generation; names may hold spaces.
        emb, sub, uni = line.split()[-5:-2]
        rows.append(FontRow(line, emb == "yes", sub == "yes", uni == "yes"))
    return rows


def pandoc_text(docx_file: bytes | Path) -> str:
    """pandoc's plain text of a DOCX, title and subtitle first, footnote marks left out,
    `squash`ed."""
    with _as_file(docx_file, ".docx") as path, tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "plain.template"
        # pandoc lifts Title and Subtitle paragraphs (document type, title) that open the
        # document into its metadata: print them first, where they stood.
        template.write_text("$title$\n\n$subtitle$\n\n$body$\n", encoding="utf-8")
        plain = subprocess.run(
            ["pandoc", "--from=docx", "--to=plain", "--wrap=none", f"--template={template}", str(path)],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
    return squash(re.sub(r"\[\d+\]", "", plain))


# --- DOCX as Word shows it ----------------------------------------------------------------

_HEADING_LEVELS = {"Heading 1": 0, "Heading 2": 1}


def docx_paragraph_texts(document) -> list[str]:
    """The text of every paragraph of a python-docx `Document` as Word shows it: a
    heading that its style numbers (Word's multilevel list) gets its number, «1. »,
    «1.1. », which python-docx's `text` leaves out."""
    counters = [0, 0]
    out = []
    for p in document.paragraphs:
        level = _HEADING_LEVELS.get(p.style.name)
        text = p.text
        if level is not None and _numbered(p):
            counters[level] += 1
            counters[level + 1 :] = [0] * (len(counters) - level - 1)
            text = ".".join(str(c) for c in counters[: level + 1]) + ". " + text
        out.append(text)
    return out


def _numbered(paragraph) -> bool:
    pPr = paragraph._p.pPr
    if pPr is not None and pPr.numPr is not None:  # a direct numId 0 takes the number away
        return pPr.numPr.numId is not None and pPr.numPr.numId.val != 0
    style_pPr = paragraph.style.element.pPr
    return style_pPr is not None and style_pPr.numPr is not None
