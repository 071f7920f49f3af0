"""A DOCX that behaves like a Word document: file properties, live numbers (SEQ fields,
multilevel heading numbering), named styles for the requisites, validation by an
independent reader of the OOXML schemas, and round trips through LibreOffice and pandoc
that lose nothing."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import warnings
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from kitchen_sink import kitchen_sink
from memogen.themes.model import Theme
from memogen.writers.docx import write_docx
from memogen.writers.pdf import write_pdf
from readback import libreoffice_pdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}
TITLE = "Справка о сотрудничестве Республики Беларусь с Вологодской областью Российской Федерации"


def needs(tool: str, package: str):
    return pytest.mark.skipif(
        shutil.which(tool) is None, reason=f"{tool} not installed (Debian package {package})"
    )


@pytest.fixture(scope="module")
def data() -> bytes:
    return write_docx(kitchen_sink(), Theme())


def part(data: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()


# --- the package ------------------------------------------------------------------------


def test_opens_without_compatibility_mode(data):
    settings = part(data, "word/settings.xml")
    mode = settings.find("w:compat/w:compatSetting[@w:name='compatibilityMode']", NS)
    assert mode.get(f"{{{W}}}val") == "15"
    # Word 2010's duplicate of styles.xml, out of step with ours, is gone.
    assert "word/stylesWithEffects.xml" not in names(data)


def test_app_properties_name_memogen(data):
    app = part(data, "docProps/app.xml")
    assert app.findtext("ep:Application", namespaces=NS) == "memogen"
    text = etree.tostring(app, encoding="unicode")
    assert "Microsoft" not in text and "<Words>0</Words>" not in text


def test_no_stale_printing_or_proofing_state(data):
    core = part(data, "docProps/core.xml")
    assert core.find("cp:lastPrinted", NS) is None
    assert part(data, "word/settings.xml").find("w:proofState", NS) is None


def test_title_is_the_memos_real_title_in_both_formats(data):
    assert docx.Document(io.BytesIO(data)).core_properties.title == TITLE
    from readback import metadata

    info, lang = metadata(write_pdf(kitchen_sink(), Theme()))
    assert info["/Title"] == TITLE
    assert lang == "ru-RU"


# --- live numbers -------------------------------------------------------------------------


def _fields(paragraph) -> list[tuple[str, str]]:
    """(instruction, cached result) of every complex field in a paragraph."""
    out, instr, result, state = [], "", "", None
    for el in paragraph.iter(f"{{{W}}}fldChar", f"{{{W}}}instrText", f"{{{W}}}t"):
        tag = etree.QName(el).localname
        if tag == "fldChar":
            kind = el.get(f"{{{W}}}fldCharType")
            if kind == "begin":
                instr, result, state = "", "", "instr"
            elif kind == "separate":
                state = "result"
            else:
                out.append((instr.strip(), result))
                state = None
        elif tag == "instrText" and state == "instr":
            instr += el.text or ""
        elif tag == "t" and state == "result":
            result += el.text or ""
    return out


def test_captions_number_with_seq_fields_and_correct_cached_results(data):
    document = docx.Document(io.BytesIO(data))
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert [p.text for p in captions] == [
        "Таблица 1 — Динамика товарооборота",
        "Рисунок 1 — Товарооборот, млн долларов США",
    ]
    assert _fields(captions[0]._p) == [("SEQ Таблица \\* ARABIC", "1")]
    assert _fields(captions[1]._p) == [("SEQ Рисунок \\* ARABIC", "1")]


def test_section_numbers_come_from_multilevel_numbering(data):
    document = docx.Document(io.BytesIO(data))
    numbering = part(data, "word/numbering.xml")
    for level, text in ((1, "%1."), (2, "%1.%2.")):
        style = document.styles[f"Heading {level}"]
        num_id = style.element.pPr.numPr.numId.val
        abstract = numbering.find(f"w:num[@w:numId='{num_id}']/w:abstractNumId", NS).get(f"{{{W}}}val")
        lvl = numbering.find(
            f"w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl[@w:ilvl='{level - 1}']", NS
        )
        assert lvl.find("w:lvlText", NS).get(f"{{{W}}}val") == text
        assert lvl.find("w:pStyle", NS).get(f"{{{W}}}val") == style.style_id
    # The number is not typed into the heading: Word and LibreOffice compute it.
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Общие сведения", "Торговля", "Предложения"]


# --- named styles for the requisites --------------------------------------------------------


REQUISITE_STYLES = {
    "Для служебного пользования": "Access Marking",
    "МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ": "Letterhead",
    "по состоянию на 01.07.2025": "As Of",
    "25.08.2025": "Date",
    "Иванова 222 33 44": "Executor",
}


def test_requisites_have_named_styles(data):
    document = docx.Document(io.BytesIO(data))
    by_text = {p.text: p for p in document.paragraphs}
    for text, style in REQUISITE_STYLES.items():
        assert by_text[text].style.name == style, text
    signature = next(p for p in document.paragraphs if "В.И.Каранкевич" in p.text)
    assert signature.style.name == "Signature"
    # The look lives in the styles, so a ministry can restyle them in reference.docx.
    assert document.styles["Access Marking"].paragraph_format.alignment == 2  # right
    assert document.styles["Executor"].font.size.pt == Theme().sizes.small


# --- an independent reader of the schemas -----------------------------------------------------


def _validate(data: bytes, path: Path):
    """openxml-audit's verdict: a port of the Open XML SDK validator, that is the
    ECMA-376 / ISO 29500 transitional schemas (with Office's extensions) and the
    semantic constraints Word enforces, for every part of the package."""
    audit = pytest.importorskip("openxml_audit.validator", reason="openxml-audit not installed (test extra)")
    from openxml_audit.errors import FileFormat

    path.write_bytes(data)
    return audit.OpenXmlValidator(file_format=FileFormat.MICROSOFT_365, max_errors=0).validate(path)


def _errors(result) -> list[tuple[str, str, str]]:
    """The validator's errors, less one it gets wrong: numId 0 is how WordprocessingML
    says «no number here» (ECMA-376 part 1, 17.9.18; Word writes it too), which it
    takes for a reference to a missing list."""
    return [
        (e.part_uri, e.path, e.description) for e in result.errors
        if e.description != "Numbering definition '0' referenced but not found"
    ]


@pytest.mark.parametrize("theme", [Theme(), Theme(profile="RU", signature={"style": "RU"})])
def test_every_part_is_valid_against_the_ooxml_schemas(theme, tmp_path):
    assert _errors(_validate(write_docx(kitchen_sink(), theme), tmp_path / "memo.docx")) == []


@pytest.mark.parametrize("theme", ["default", "mfa", "minprom"])
def test_the_example_memo_is_valid_in_every_theme(theme, tmp_path):
    from memogen.pipeline import render

    root = Path(__file__).resolve().parents[2]
    built = render(root / "facts" / "vologda-2025.yaml", ["docx"], tmp_path, workspace=root, theme_name=theme)
    ((_, data),) = built.files
    assert _errors(_validate(data, tmp_path / "memo.docx")) == []


def test_the_validator_does_refuse_a_broken_part(data, tmp_path):
    """A control: the same file with one paragraph's properties out of schema order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        files = {n: z.read(n) for n in z.namelist()}
    body = etree.fromstring(files["word/document.xml"])
    pPr = next(p for p in body.iter(f"{{{W}}}pPr") if len(p) >= 2)
    pPr.insert(0, pPr[-1])  # its last property first: out of order
    files["word/document.xml"] = etree.tostring(body, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    assert not _validate(out.getvalue(), tmp_path / "broken.docx").is_valid


# --- round trips -------------------------------------------------------------------------------


def _docx_text(path_or_bytes) -> str:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    document = docx.Document(source)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(c.text for row in table.rows for c in row.cells)
    return re.sub(r"\s+", " ", " ".join(parts).replace("\u00a0", " "))


@needs("soffice", "libreoffice-writer-nogui")
def test_libreoffice_round_trip_keeps_text_tables_numbering_and_page_field(data, tmp_path):
    src = tmp_path / "memo.docx"
    src.write_bytes(data)
    out = tmp_path / "out"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)],
        check=True, capture_output=True, timeout=300,
    )
    back = (out / "memo.docx").read_bytes()
    before, after = _docx_text(data), _docx_text(back)
    for piece in ("Товарооборот в 2024 году достиг", "Действие 60" if False else "Действие 3",
                  "вложенный пункт", "335,0", "100,2 %", "В.И.Каранкевич", "Иванова 222 33 44"):
        assert piece in before and piece in after, piece
    document = docx.Document(io.BytesIO(back))
    assert len(document.tables) == 1 and len(document.tables[0].rows) == 4
    body = part(back, "word/document.xml")
    numbered = body.findall(".//w:p/w:pPr/w:numPr", NS)
    assert len(numbered) >= 6  # list items (and headings) still carry list numbering
    instr = " ".join(
        t.text or "" for name in names(back) if name.startswith("word/header")
        for t in part(back, name).iter(f"{{{W}}}instrText")
    )
    fld = " ".join(
        el.get(f"{{{W}}}instr") or "" for name in names(back) if name.startswith("word/header")
        for el in part(back, name).iter(f"{{{W}}}fldSimple")
    )
    assert "PAGE" in instr + fld
    seq = " ".join(t.text or "" for t in body.iter(f"{{{W}}}instrText"))
    assert "SEQ Таблица" in seq and "SEQ Рисунок" in seq


@needs("pandoc", "pandoc")
def test_pandoc_round_trip_keeps_text_tables_and_lists(data, tmp_path):
    src = tmp_path / "memo.docx"
    src.write_bytes(data)
    back = tmp_path / "back.docx"
    subprocess.run(["pandoc", str(src), "-o", str(back)], check=True, capture_output=True, timeout=120)
    after = _docx_text(back)
    for piece in ("Товарооборот в 2024 году достиг", "вложенный пункт", "335,0", "Действие 3",
                  "Таблица 1 — Динамика товарооборота", "Рисунок 1 — Товарооборот"):
        assert piece in after, piece
    document = docx.Document(str(back))
    assert len(document.tables) == 1
    native = subprocess.run(["pandoc", str(src), "-t", "native"], check=True, capture_output=True,
                            text=True, timeout=120).stdout
    assert "OrderedList" in native and "BulletList" in native


# --- reference documents -----------------------------------------------------------------------


@needs("soffice", "libreoffice-writer-nogui")
def test_reference_saved_by_libreoffice_gives_no_warning_and_its_header_style_wins(tmp_path):
    from docx.shared import Pt

    ref = docx.Document()
    ref.styles["Header"].font.size = Pt(9)
    ref.styles["Header"].font.name = "Arial"
    src = tmp_path / "ref-src.docx"
    ref.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo-out"), str(src)],
        check=True, capture_output=True, timeout=300,
    )
    reference = tmp_path / "lo-out" / "ref-src.docx"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = write_docx(kitchen_sink(actions=20), Theme(reference_docx=reference))
    document = docx.Document(io.BytesIO(out))
    header = document.sections[0].header.paragraphs[0]
    assert header.style.font.size.pt == 9
    assert header.style.font.name == "Arial"
    assert header._p.findall(f".//{{{W}}}r/{{{W}}}rPr") == []  # nothing overrides the style
    # And LibreOffice prints the page number as that style says.
    path = tmp_path / "memo.docx"
    path.write_bytes(out)
    pdf = libreoffice_pdf(path, tmp_path)
    import pdfplumber

    with pdfplumber.open(pdf) as rendered:
        page = rendered.pages[1]
        number = [c for c in page.chars if c["text"] == "2" and c["top"] < 20 * 72 / 25.4]
    assert number and round(number[0]["size"]) == 9, number
    assert "Arial" in number[0]["fontname"] or "LiberationSans" in number[0]["fontname"]


def test_same_memo_same_bytes(data):
    assert write_docx(kitchen_sink(), Theme()) == data
