"""Every example facts file (and every theme under templates/) → a PNG of its memo's
first page in docs/, for the README; for the facts' own theme also page 1 of the
talking points and of the cover letter.

Run from anywhere, after `pip install -e '.[test]'` (pypdfium2 renders the page):

    python3 docs/render_previews.py

The same inputs give the same PNG bytes: the memo is reproducible, pdfium renders it
the same way each time, and Pillow writes no time or text chunks unless asked to.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DPI = 80  # 661 × 935 px for A4: legible in a README, small in git

try:
    import memogen  # noqa: F401
except ImportError:  # run from a checkout without installing memogen
    sys.path.insert(0, str(ROOT / "src"))

import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402

from memogen.kinds import KINDS, MEMO  # noqa: E402
from memogen.pipeline import build, find_facts  # noqa: E402
from memogen.themes.loader import DEFAULT, theme_folders  # noqa: E402


def first_page_png(pdf: bytes) -> bytes:
    """Page 1 of a PDF as PNG bytes at DPI, in a 64-colour palette (a page is mostly
    black on white; the palette keeps the file small and the text crisp)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        bitmap = page.render(scale=DPI / 72)
        image: Image.Image = bitmap.to_pil().convert("RGB")
        bitmap.close()
        page.close()
    finally:
        doc.close()
    # A grey hairline shows the page's edge against a white README background.
    image.paste((160, 160, 160), (0, 0, image.width, 1))
    image.paste((160, 160, 160), (0, image.height - 1, image.width, image.height))
    image.paste((160, 160, 160), (0, 0, 1, image.height))
    image.paste((160, 160, 160), (image.width - 1, 0, image.width, image.height))
    image = image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def render_previews(workspace: Path = ROOT, docs: Path = DOCS) -> list[Path]:
    """Write docs/preview-<facts>.png (the memo in the facts' own theme),
    docs/preview-<facts>.points.png and .letter.png (the other kinds, same theme) and
    docs/preview-<facts>-<theme>.png for each theme in templates/; previews of facts
    or themes that no longer exist are removed. Returns the files written."""
    themes = [None, *(name for name in theme_folders(workspace) if name != DEFAULT)]
    written = []
    with tempfile.TemporaryDirectory() as tmp:  # charts render fresh, not from a user's cache
        for facts_path in find_facts(workspace):
            for theme_name in themes:
                kinds = list(KINDS) if theme_name is None else [MEMO]
                built = build(
                    facts_path, ["pdf"], Path(tmp) / "out", workspace=workspace,
                    theme_name=theme_name, cache_dir=Path(tmp) / "cache", kinds=kinds,
                )
                for document in built.documents:
                    suffix = f"-{theme_name}" if theme_name else ""
                    if document.kind != MEMO:
                        suffix += f".{document.kind}"
                    target = docs / f"preview-{facts_path.stem}{suffix}.png"
                    target.write_bytes(first_page_png(document.files["pdf"]))
                    written.append(target)
    for stale in set(docs.glob("preview-*.png")) - set(written):
        stale.unlink()
    return written


if __name__ == "__main__":
    for path in render_previews():
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")
