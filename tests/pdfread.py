"""Reading PDFs back for tests: PDF bytes → text, characters with positions, fonts, images.

Positions are in PDF points with pdfplumber's convention: `top`/`bottom` measured from
the top edge of the page, `x0`/`x1` from the left edge; `baseline` is added (from the
top edge) because the text matrix holds it exactly.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber
import pypdf

MM = 72 / 25.4  # points per millimetre
NBSP = "\u00a0"
STANDARD_14 = (
    "Helvetica", "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Courier", "Symbol", "ZapfDingbats",
)


def normalize(text: str) -> str:
    """Text with no-break and thin spaces as plain spaces, as a reader would search it."""
    return text.replace(NBSP, " ").replace("\u202f", " ").replace("\u2009", " ")


def page_texts(pdf: bytes) -> list[str]:
    """The text of every page (pdfplumber's reading order), spaces normalized."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [normalize(p.extract_text() or "") for p in doc.pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def one_line(text: str) -> str:
    """Text with line breaks (and the hyphen of a hyphenated word) joined, for `in` tests."""
    return text.replace("-\n", "").replace("\n", " ")


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    chars: list[dict]
    words: list[dict]
    images: list[dict]
    curves: int  # count of vector path objects (lines, rects, curves)


def pages(pdf: bytes) -> list[Page]:
    """Every page with its characters (each with `baseline`), words and images."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
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
                     list(p.images), len(p.curves) + len(p.rects) + len(p.lines))
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
