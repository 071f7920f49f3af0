"""Page geometry for writer tests: a PDF page → its rendered pixels → the bounding box
of the ink in millimetres, and font metrics to turn a line's top into its ink top.

The approach: render at a known resolution with pdfium, take every pixel darker than a
threshold as ink, and convert the extreme rows and columns to millimetres from the
page's top-left corner. A text line's box starts at its top; the ink of capital letters
starts (ascent − cap height) lower, both read from the font file itself.
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


def render_page(pdf: Path, index: int, dpi: int = 200):
    """Page `index` (0-based) of `pdf` as a greyscale PIL image at `dpi`."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72)
        image = bitmap.to_pil().convert("L")
        bitmap.close()
        page.close()
    finally:
        doc.close()
    return image


def ink_box(image, dpi: int, threshold: int = 160) -> Box:
    """The box around every pixel darker than `threshold` (0 black, 255 white)."""
    mask = image.point(lambda v: 255 if v < threshold else 0)
    bbox = mask.getbbox()
    if bbox is None:
        raise AssertionError("the page has no ink")
    left, top, right, bottom = bbox
    k = MM_PER_INCH / dpi
    return Box(left * k, top * k, right * k, bottom * k)


def ink_box_of_page(pdf: Path, index: int, dpi: int = 200) -> Box:
    return ink_box(render_page(pdf, index, dpi), dpi)


@dataclass(frozen=True)
class FontMetrics:
    """Vertical metrics in em: `ascent` is where a line's baseline sits below the
    line's top (what Word and LibreOffice use for single spacing), `cap_height` how
    tall capitals stand above the baseline."""

    ascent: float
    cap_height: float

    def cap_top_below_line_top_mm(self, size_pt: float) -> float:
        return (self.ascent - self.cap_height) * size_pt * PT_TO_MM


def font_metrics(path: Path) -> FontMetrics:
    from fontTools.ttLib import TTFont

    with TTFont(str(path)) as font:
        upem = font["head"].unitsPerEm
        os2 = font["OS/2"]
        # LibreOffice and Word place the first baseline at the Windows ascent.
        ascent = os2.usWinAscent / upem
        cap = getattr(os2, "sCapHeight", 0) / upem or 0.66
    return FontMetrics(ascent, cap)
