"""A PDF that a records system keeps: outline from the headings, language, XMP metadata,
PDF/A-2b on request (checked with pikepdf, qpdf and pdffonts: veraPDF is not available
here), text that copies whole across hyphenated line ends, and chart alt text."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys

import pikepdf
import pypdf
import pytest

from kitchen_sink import kitchen_sink
from memogen.document import Memo, Meta, Paragraph, Text
from memogen.themes.model import Theme
from memogen.writers.pdf import write_pdf
from memogen.writers.pdf_archive import archive_problems, srgb_profile
from readback import assert_qpdf_check, content_stream, metadata, needs, needs_pdffonts, needs_qpdf, pdffonts

TITLE = "Справка о сотрудничестве Республики Беларусь с Вологодской областью Российской Федерации"
SOFT_HYPHEN = "\u00ad"


@pytest.fixture(scope="module")
def plain() -> bytes:
    return write_pdf(kitchen_sink(), Theme())


@pytest.fixture(scope="module")
def archival() -> bytes:
    return write_pdf(kitchen_sink(), Theme(pdf_a=True))


# --- outline, language, metadata ----------------------------------------------------------


def _titles(outline) -> list:
    return [_titles(item) if isinstance(item, list) else item.title for item in outline]


def test_outline_follows_the_section_headings(plain):
    reader = pypdf.PdfReader(io.BytesIO(plain))
    assert _titles(reader.outline) == ["1. Общие сведения", ["1.1. Торговля"], "2. Предложения"]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    # Each entry opens the page its heading is on.
    first = reader.outline[0]
    assert reader.get_destination_page_number(first) == 0


def test_language_and_document_information(plain):
    info, lang = metadata(plain)
    assert lang == "ru-RU"
    assert info["/Title"] == TITLE
    assert info["/Author"] == "memogen"


def test_xmp_metadata_matches_the_document_information(plain):
    with pikepdf.open(io.BytesIO(plain)) as pdf:
        xmp = pdf.open_metadata()
        assert xmp["dc:title"] == TITLE
        assert xmp["dc:creator"] == ["memogen"]
        assert set(xmp["dc:language"]) == {"ru-RU"}
        assert xmp["xmp:CreatorTool"] == "memogen"
        assert xmp["xmp:CreateDate"].startswith("2025-08-25T00:00:00")
        assert xmp["xmp:ModifyDate"] == xmp["xmp:CreateDate"]
        assert "pdfaid:part" not in xmp  # only a PDF/A claims to be one
        assert xmp["dc:description"] == str(pdf.docinfo.Subject)
        assert xmp["pdf:Producer"] == str(pdf.docinfo.Producer)
        assert "/Filter" not in pdf.Root.Metadata  # readable as plain text
        assert "/Trapped" not in pdf.docinfo  # reportlab's "not trapped" has no XMP twin


def test_xmp_escapes_what_the_memo_says(tmp_path):
    meta = Meta(title="«A & B» <i>", date=dt.date(2025, 8, 25), author="Иванов & Co", subject="x < y")
    data = write_pdf(Memo(meta=meta, blocks=(Paragraph((Text("Текст."),)),)), Theme())
    with pikepdf.open(io.BytesIO(data)) as pdf:
        xmp = pdf.open_metadata()
        assert xmp["dc:title"] == str(pdf.docinfo.Title)
        assert xmp["dc:creator"] == ["Иванов & Co"] and xmp["dc:description"] == "x < y"


def test_a_plain_pdf_is_written_without_pikepdf():
    code = ("import sys; from memogen.writers.pdf import write_pdf; from memogen.themes.model import Theme; "
            "sys.path.insert(0, 'tests'); from kitchen_sink import kitchen_sink; "
            "write_pdf(kitchen_sink(), Theme()); print('pikepdf' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_same_memo_same_bytes(plain, archival):
    assert write_pdf(kitchen_sink(), Theme()) == plain
    assert write_pdf(kitchen_sink(), Theme(pdf_a=True)) == archival


# --- PDF/A-2b -------------------------------------------------------------------------------


def test_pdf_a_has_an_srgb_output_intent(archival):
    with pikepdf.open(io.BytesIO(archival)) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert profile.N == 3
        icc = profile.read_bytes()
        assert icc == srgb_profile()
        assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB " and icc[12:16] == b"mntr"
        assert int.from_bytes(icc[:4], "big") == len(icc)


def test_pdf_a_identifies_itself_in_xmp(archival):
    with pikepdf.open(io.BytesIO(archival)) as pdf:
        xmp = pdf.open_metadata()
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B")
        assert xmp["dc:title"] == str(pdf.docinfo.Title) == TITLE
        # The XMP packet stays readable as plain text (PDF/A forbids filtering it).
        assert "/Filter" not in pdf.Root.Metadata
        assert archive_problems(pdf) == []
        assert not pdf.is_encrypted and "/Encrypt" not in pdf.trailer


@needs_qpdf
def test_pdf_a_passes_qpdf_check(archival):
    assert_qpdf_check(archival)


@needs_pdffonts
def test_pdf_a_embeds_every_font(archival):
    rows = pdffonts(archival)
    assert rows and all(row.embedded and row.unicode for row in rows), [r.line for r in rows]


def test_archive_check_finds_what_would_break_pdf_a():
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, encrypt="secret")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 100, "Hello")
    canvas.save()
    with pikepdf.open(io.BytesIO(buf.getvalue()), password="secret") as pdf:
        problems = archive_problems(pdf)
    assert "font Helvetica is not embedded" in problems
    assert "the file is encrypted" in problems
    assert "no sRGB output intent" in problems


def test_build_pdf_a_from_the_command_line_and_from_the_theme(workspace):
    from memogen.cli import main

    assert main(["--workspace", str(workspace), "build", "--pdf-a"], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    with pikepdf.open(workspace / "output" / "vologda-2025.pdf") as pdf:
        assert pdf.open_metadata()["pdfaid:part"] == "2"
    theme = workspace / "templates" / "archive"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("pdf_a: true\n", encoding="utf-8")
    out = workspace / "themed"
    args = ["--workspace", str(workspace), "build", "--template", "archive", "--out", str(out)]
    assert main(args, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    with pikepdf.open(out / "vologda-2025.pdf") as pdf:
        assert archive_problems(pdf) == []


# --- copying hyphenated words -----------------------------------------------------------------

WORDS = ("сотрудничество", "взаимодействие", "машиностроительный", "Минск-Вологда", "СПРАВКА", "о", "проверке")


@pytest.fixture(scope="module")
def hyphenated() -> bytes:
    long = " ".join(["сотрудничество взаимодействие машиностроительный Минск-Вологда"] * 14)
    memo = Memo(Meta(title="о проверке", date=dt.date(2025, 8, 25)), (Paragraph((Text(long),)),))
    return write_pdf(memo, Theme())


def _joined(text: str) -> str:
    """Lines joined where a soft hyphen ends one, the soft hyphens dropped (as readers
    and search do), other line ends a space."""
    text = re.sub(SOFT_HYPHEN + r"\s*\n\s*", "", text)
    return " ".join(text.replace(SOFT_HYPHEN, "").split())


def _check_hyphenated_text(text: str) -> None:
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    broken = [line for line in lines if line.endswith(SOFT_HYPHEN)]
    assert broken, "the paragraph should hyphenate some words"
    assert not [line for line in lines if re.search(r"[а-я]-$", line)], "a hyphen-minus at a line end"
    words = _joined(text).split()
    assert set(words) <= set(WORDS), sorted(set(words) - set(WORDS))


@needs("pdftotext", "poppler-utils")
def test_pdftotext_gives_whole_words(hyphenated, tmp_path):
    path = tmp_path / "h.pdf"
    path.write_bytes(hyphenated)
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    _check_hyphenated_text(text)


def test_pypdf_gives_whole_words(hyphenated):
    text = pypdf.PdfReader(io.BytesIO(hyphenated)).pages[0].extract_text()
    _check_hyphenated_text(text)


# --- chart alt text ------------------------------------------------------------------------------


def test_chart_alt_text_survives_finishing(plain):
    alt = kitchen_sink().blocks[7].alt
    stream = content_stream(plain, 0) + content_stream(plain, 1)
    hexed = "FEFF" + alt.encode("utf-16-be").hex().upper()
    assert f"/Span <</Alt <{hexed}>>> BDC".encode() in stream


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed (poppler-utils)")
def test_the_chart_labels_stay_text(plain, tmp_path):
    path = tmp_path / "p.pdf"
    path.write_bytes(plain)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "млн долларов США" in text
