"""Ink geometry for layout tests: a rendered page → where its ink is, in millimetres.

Render a page to pixels (PDF via pypdfium2 here; a DOCX can be converted to PDF with
LibreOffice first and measured the same way), then find the bounding box of all pixels
darker than a threshold. Measuring ink, not text objects, checks what a reader sees.

Text ink does not start where a line box starts: the top of a capital letter lies
`size - cap_height` below the top of the line box in reportlab (first baseline at
`top + size`), and a glyph's left side bearing puts ink slightly right of the text edge.
`cap_top_offset_mm` gives the first number for a font so tests can compare like with like.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Box:
    """An ink bounding box in millimetres from the page's top-left corner."""

    left: float
    top: float
    right: float
    bottom: float


def render_pdf_page(pdf: bytes, index: int = 0, dpi: int = 100):
    """Page `index` (0-based) of a PDF as a greyscale PIL image at `dpi`."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[index]
        image = page.render(scale=dpi / 72).to_pil().convert("L")
        page.close()
    finally:
        doc.close()
    return image


def ink_box(image, dpi: int, threshold: int = 160, region: tuple[float, float, float, float] | None = None) -> Box | None:
    """The bounding box of pixels darker than `threshold` (0-255 grey), in mm, or None
    for a blank image. `region` (left, top, right, bottom in mm) limits the search."""
    img = image.convert("L")
    px_per_mm = dpi / MM_PER_INCH
    offset = (0, 0)
    if region is not None:
        l, t, r, b = (round(v * px_per_mm) for v in region)
        img = img.crop((l, t, r, b))
        offset = (l, t)
    mask = img.point(lambda v: 255 if v < threshold else 0)
    bbox = mask.getbbox()
    if bbox is None:
        return None
    l, t, r, b = bbox
    return Box(
        left=(l + offset[0]) / px_per_mm,
        top=(t + offset[1]) / px_per_mm,
        right=(r + offset[0]) / px_per_mm,
        bottom=(b + offset[1]) / px_per_mm,
    )


def cap_top_offset_mm(font_path: Path | str, size_pt: float) -> float:
    """How far below the top of a reportlab line box (first baseline at `size` below the
    top) the top of a capital letter's ink lies, in mm, for a TrueType font."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(font_path))
    cap = face.capHeight / 1000  # reportlab scales font units to 1/1000 em
    return (size_pt - cap * size_pt) * MM_PER_INCH / 72
