"""PDF finishing: reportlab's PDF bytes and the memo's `Meta` → the same PDF, made
PDF/A-2b when asked.

reportlab writes the pages, embedded fonts, the outline, /Lang, the document
information dictionary and the XMP packet (`pdf_xmp`), but no output intent. For
PDF/A, pikepdf (qpdf) adds it and the PDF/A identification and saves with an /ID
derived from the content, so the same memo still gives the same bytes; a file that
is not PDF/A is left as reportlab wrote it (pikepdf is not even imported). What
PDF/A-2b asks for and how each point is met:

- XMP metadata with the PDF/A identification (part 2, conformance B), consistent with
  the document information dictionary: `_write_xmp`;
- an sRGB output intent with an embedded ICC profile: `_add_output_intent`;
- every font embedded, no encryption, no JavaScript or launch actions, no embedded
  files: `archive_problems` checks the finished file and the build fails if any is
  left, rather than claim PDF/A for a file that is not.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import TYPE_CHECKING

from memogen.document import Meta
from memogen.errors import OutputError

if TYPE_CHECKING:
    import pikepdf

SRGB = "sRGB IEC61966-2.1"
# A fixed creation date inside the ICC header (bytes 24-35: year, month, day, hour,
# minute, second as 16-bit numbers): LittleCMS stamps the clock there otherwise.
_ICC_DATE = (2024, 1, 1, 0, 0, 0)


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile made by Pillow's LittleCMS, with a fixed header date."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[24:36] = b"".join(v.to_bytes(2, "big") for v in _ICC_DATE)
    return bytes(data)


def finish(pdf: bytes, meta: Meta, *, pdf_a: bool) -> bytes:
    """`pdf` as it is, or with `pdf_a` as PDF/A-2b, saved reproducibly."""
    if not pdf_a:
        return pdf
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        _write_xmp(doc, meta, pdf_a)
        if pdf_a:
            _add_output_intent(doc)
            problems = archive_problems(doc)
            if problems:
                raise OutputError(
                    "the PDF cannot be made PDF/A-2b: " + "; ".join(problems),
                    hint="use the theme's own TrueType fonts and pictures, or build without --pdf-a",
                )
        out = io.BytesIO()
        doc.save(out, deterministic_id=True, fix_metadata_version=True)
        return out.getvalue()


def _write_xmp(doc: pikepdf.Pdf, meta: Meta, pdf_a: bool) -> None:
    """XMP from the document information reportlab wrote (title, author, subject,
    keywords, creator, producer, dates), plus the language and, for PDF/A, its
    identification. pikepdf is not named as editor: that would stamp the clock."""
    if "/Trapped" in doc.docinfo:
        del doc.docinfo["/Trapped"]  # reportlab's "not trapped" has no XMP twin
    with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp.load_from_docinfo(doc.docinfo)
        xmp["dc:language"] = [meta.language]
        if pdf_a:
            xmp["pdfaid:part"] = "2"
            xmp["pdfaid:conformance"] = "B"


def _add_output_intent(doc: pikepdf.Pdf) -> None:
    import pikepdf
    from pikepdf import Name

    profile = pikepdf.Stream(doc, srgb_profile())
    profile.N = 3
    intent = pikepdf.Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier=SRGB,
        Info=SRGB,
        RegistryName="http://www.color.org",
        DestOutputProfile=profile,
    )
    doc.Root.OutputIntents = pikepdf.Array([intent])


# --- what can be checked without veraPDF ------------------------------------------------


def archive_problems(doc: pikepdf.Pdf) -> list[str]:
    """What would keep `doc` from being PDF/A-2b, among the requirements that can be
    read off the file directly (fonts, encryption, actions, attachments, intent, XMP)."""
    import pikepdf

    problems = [f"font {name} is not embedded" for name in sorted(_unembedded_fonts(doc))]
    if doc.is_encrypted or "/Encrypt" in doc.trailer:
        problems.append("the file is encrypted")
    names = doc.Root.get("/Names", pikepdf.Dictionary())
    for key in ("/JavaScript", "/EmbeddedFiles"):
        if key in names:
            problems.append(f"the file has {key[1:]}")
    if "/OpenAction" in doc.Root or "/AA" in doc.Root:
        problems.append("the file runs an action when opened")
    if not _has_srgb_intent(doc):
        problems.append("no sRGB output intent")
    meta = doc.open_metadata()
    if meta.get("pdfaid:part") != "2" or meta.get("pdfaid:conformance") != "B":
        problems.append("no PDF/A-2b identification in the XMP metadata")
    return problems


def _has_srgb_intent(doc: pikepdf.Pdf) -> bool:
    from pikepdf import Name

    for intent in doc.Root.get("/OutputIntents", []):
        profile = intent.get("/DestOutputProfile")
        if intent.get("/S") == Name.GTS_PDFA1 and profile is not None and profile.get("/N") == 3:
            return True
    return False


def _unembedded_fonts(doc: pikepdf.Pdf) -> set[str]:
    from pikepdf import Name

    missing: set[str] = set()
    seen: set[tuple[int, int]] = set()

    def visit(resources) -> None:
        if resources is None:
            return
        for font in resources.get("/Font", {}).values():
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            described = font.DescendantFonts[0] if font.get("/Subtype") == Name.Type0 else font
            descriptor = described.get("/FontDescriptor", {})
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont", "?")).lstrip("/"))
        for xobject in resources.get("/XObject", {}).values():
            if xobject.get("/Subtype") == Name.Form and xobject.objgen not in seen:
                seen.add(xobject.objgen)
                visit(xobject.get("/Resources"))

    for page in doc.pages:
        visit(page.get("/Resources"))
    return missing
