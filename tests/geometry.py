"""Ink geometry for layout tests: a PDF page → its rendered pixels → the bounding box of
its ink in millimetres, plus the font metrics that turn a line's top into its ink top.

Render a page at a known resolution with pdfium, take every pixel darker than a
threshold as ink, and convert the extreme rows and columns to millimetres from the
page's top-left corner. Measuring ink, not text objects, checks what a reader sees; a
DOCX is measured the same way after LibreOffice has converted it to PDF.

Text ink does not start where a line box starts, and the two engines place the first
baseline differently: reportlab at `size` below the top of the line box, Word and
LibreOffice at the font's Windows ascent below it. Capitals stand `cap_height` above
the baseline, so their ink top lies `size - cap` (reportlab) or `ascent - cap` (Word,
LibreOffice) below the line's top. A glyph's left side bearing puts ink slightly right
of the text edge; at body sizes that is well under 1 mm.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
