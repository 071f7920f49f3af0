"""Real memos read back by tools we did not write: facts files → memogen's PDF and DOCX →
LibreOffice, qpdf, poppler's pdffonts, pandoc and pixel rendering → checks against the
memo's own document model and the theme's layout profile.

Three memos are built through the pipeline, as a user would build them: the example
facts file; the same facts with 60 more proposals, so the proposals table runs over
several pages; and the example in a theme with the RU profile. LibreOffice is slow to
start, so every DOCX is converted once per session, all in one `soffice` call.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from ruamel.yaml import YAML

from memogen.document import ExecutorMark, Memo, SignatureBlock, Table, plain_text
from memogen.pipeline import build, compose, load_facts
from memogen.themes.model import Theme
from paths import EXAMPLE, copy_example
from readback import (
    LIBREOFFICE,
    MM,
    NBSP,
    assert_in_order,
    assert_qpdf_check,
    font_metrics,
    ink_box_of_page,
    libreoffice_to_pdf,
    memo_texts,
    needs_pandoc,
    needs_pdffonts,
    needs_qpdf,
    page_count,
    pandoc_text,
    pdffonts,
    squash,
    uses_libreoffice,
)
from readback import pages as _pages

EXTRA_PROPOSALS = 60
read_pages = functools.cache(_pages)  # each PDF is read by several tests


# --- the memos -----------------------------------------------------------------------


@dataclass(frozen=True)
class Built:
    memo: Memo
    theme: Theme
    pdf: Path
    docx: Path


# name → (facts file stem in the workspace, theme name)
MEMOS = {"example": ("vologda-2025", None), "long": ("vologda-2025-long", None), "ru": ("vologda-2025", "ru")}


def _write_long_facts(example: Path, target: Path) -> None:
    """The example facts plus EXTRA_PROPOSALS action items, each a table row."""
    yaml = YAML()  # round trip: the file stays as the example wrote it
    data = yaml.load(example.read_text(encoding="utf-8"))
    for i in range(1, EXTRA_PROPOSALS + 1):
        data["proposals"].append(
            {
                "action": f"Проработать поставки продукции белорусских предприятий для нужд региона, этап {i}",
                "responsible": "Минпром, облисполкомы",
                "deadline": "IV квартал 2026 г.",
            }
        )
    with target.open("w", encoding="utf-8") as f:
        yaml.dump(data, f)


@pytest.fixture(scope="session")
def memos(tmp_path_factory) -> dict[str, Built]:
    """The three memos built by the pipeline into a scratch workspace."""
    ws = tmp_path_factory.mktemp("readers-ws")
    (ws / "facts").mkdir()
    copy_example(ws)
    _write_long_facts(EXAMPLE, ws / "facts" / "vologda-2025-long.yaml")
    (ws / "templates" / "ru").mkdir(parents=True)
    (ws / "templates" / "ru" / "theme.yaml").write_text("profile: RU\n", encoding="utf-8")

    out = {}
    for name, (stem, theme_name) in MEMOS.items():
        facts = ws / "facts" / f"{stem}.yaml"
        result = build(facts, ["pdf", "docx"], ws / "output" / name, workspace=ws, theme_name=theme_name)
        assert result.warnings == ()
        files = {p.suffix: p for p in result.outputs}
        memo, theme = compose(load_facts(facts), ws, theme_name)
        out[name] = Built(memo, theme, files[".pdf"], files[".docx"])
    return out


@dataclass(frozen=True)
class Converted:
    run: subprocess.CompletedProcess
    pdfs: dict[str, Path]


@pytest.fixture(scope="session")
def libreoffice(memos, tmp_path_factory) -> Converted:
    """Every memo's DOCX converted to PDF by LibreOffice, all in one call."""
    if shutil.which("soffice") is None:
        pytest.skip("soffice not installed (Debian package libreoffice-writer-nogui; .ci/run installs it)")
    tmp = tmp_path_factory.mktemp("libreoffice")
    sources = []
    for name, built in memos.items():
        sources.append(tmp / f"{name}.docx")
        shutil.copy(built.docx, sources[-1])
    run = libreoffice_to_pdf(sources, tmp / "pdf")
    return Converted(run, {name: tmp / "pdf" / f"{name}.pdf" for name in memos})


def lo_pdf(libreoffice: Converted, name: str) -> Path:
    path = libreoffice.pdfs[name]
    assert path.is_file(), f"LibreOffice wrote no PDF for {name}: {libreoffice.run.stderr}"
    return path


def pdf_of(memos, libreoffice, name: str, engine: str) -> Path:
    """memogen's own PDF of a memo, or LibreOffice's PDF of memogen's DOCX."""
    return memos[name].pdf if engine == "memogen" else lo_pdf(libreoffice, name)


ENGINES = [
    pytest.param("memogen", id="memogen-pdf"),
    pytest.param("libreoffice", id="libreoffice-pdf-of-docx", marks=LIBREOFFICE),
]


@pytest.fixture
def libreoffice_if_needed(request):
    """LibreOffice's PDFs only for tests that ask for them, so memogen-only cases run
    (and pass) on a machine without LibreOffice."""
    if request.node.callspec.params.get("engine") == "libreoffice":
        return request.getfixturevalue("libreoffice")
    return None


# --- LibreOffice ---------------------------------------------------------------------


@uses_libreoffice
def test_libreoffice_converts_every_docx(libreoffice, memos):
    run = libreoffice.run
    assert run.returncode == 0, run.stderr
    # soffice reports a file it cannot load as "Error: ..." and still exits 0.
    assert "Error" not in run.stdout + run.stderr, run.stdout + run.stderr
    for name in memos:
        assert lo_pdf(libreoffice, name).read_bytes().startswith(b"%PDF-")


@uses_libreoffice
@pytest.mark.parametrize("name", MEMOS)
def test_libreoffice_page_count_is_within_one(memos, libreoffice, name):
    ours = page_count(memos[name].pdf)
    theirs = page_count(lo_pdf(libreoffice, name))
    assert abs(ours - theirs) <= 1, f"memogen PDF {ours} pages, LibreOffice {theirs}"


# --- qpdf and poppler ----------------------------------------------------------------


@needs_qpdf
@pytest.mark.parametrize("name", MEMOS)
def test_qpdf_check_passes(memos, name):
    assert_qpdf_check(memos[name].pdf)


@needs_pdffonts
@pytest.mark.parametrize("name", MEMOS)
def test_pdffonts_lists_only_embedded_fonts(memos, name):
    rows = pdffonts(memos[name].pdf)
    assert rows
    for row in rows:
        assert row.embedded, f"font not embedded: {row.line}"
        assert row.unicode, f"font without a ToUnicode map (text cannot be copied): {row.line}"


# --- pandoc --------------------------------------------------------------------------


@needs_pandoc
@pytest.mark.parametrize("name", MEMOS)
def test_pandoc_reads_the_memos_paragraphs_in_order(memos, name):
    # pandoc leaves out the numbers Word's multilevel list gives the headings.
    assert_in_order(memo_texts(memos[name].memo, heading_numbers=False), pandoc_text(memos[name].docx), "pandoc")


# --- page geometry from pixels -------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["example", "ru"])
def test_page_one_ink_starts_at_the_margins(memos, libreoffice_if_needed, name, engine):
    """The first ink on page 1 is the top of the capitals of the document type (the
    example has no access marking or letterhead); its left edge is the left margin."""
    built = memos[name]
    meta, theme = built.memo.meta, built.theme
    assert not meta.access_marking and not meta.letterhead, "page 1 should open with the document type"
    box = ink_box_of_page(pdf_of(memos, libreoffice_if_needed, name, engine), 0)
    metrics = font_metrics(theme.fonts.bold)
    if engine == "memogen":
        cap = metrics.cap_top_below_frame_top_mm(theme.sizes.title)
    else:
        cap = metrics.cap_top_below_line_top_mm(theme.sizes.title)
    assert box.top == pytest.approx(theme.margins.top + cap, abs=1), box
    assert box.left == pytest.approx(theme.margins.left, abs=1), box
    # Justified lines and table borders reach the right margin, and nothing crosses it.
    assert box.right == pytest.approx(210 - theme.margins.right, abs=1), box


# --- a memo long enough for four pages -----------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_long_memo_numbers_pages_from_two_in_the_top_margin(memos, libreoffice_if_needed, engine):
    theme = memos["long"].theme
    pages = read_pages(pdf_of(memos, libreoffice_if_needed, "long", engine))
    assert len(pages) >= 4
    column_centre = (theme.margins.left + 210 - theme.margins.right) / 2
    for page in pages:
        in_margin = [w for w in page.words if w["bottom"] < theme.margins.top * MM]
        if page.number == 1:
            assert in_margin == [], f"page 1 carries {in_margin}"
            continue
        assert [w["text"] for w in in_margin] == [str(page.number)], f"page {page.number}"
        number = in_margin[0]
        assert (number["x0"] + number["x1"]) / 2 / MM == pytest.approx(column_centre, abs=1)
        assert 10 <= number["bottom"] / MM <= 15  # 10-15 mm from the top edge


def proposals_table(memo: Memo) -> Table:
    return next(b for b in memo.blocks if isinstance(b, Table) and any(
        plain_text(c.children) == "Мероприятие" for c in b.header[0]))


@pytest.mark.parametrize("engine", ENGINES)
def test_long_memo_repeats_the_table_header_on_every_page(memos, libreoffice_if_needed, engine):
    built = memos["long"]
    theme, table = built.theme, proposals_table(built.memo)
    pages = read_pages(pdf_of(memos, libreoffice_if_needed, "long", engine))
    header = ["Мероприятие", "Ответственные", "Срок"]
    assert all(any(plain_text(c.children) == h for c in table.header[0]) for h in header)

    # Row numbers stand alone, centred in the first column: they show which pages hold rows.
    text_width = 210 - theme.margins.left - theme.margins.right
    widths = table.widths or (1,) * len(table.header[0])
    first_column = (theme.margins.left, theme.margins.left + text_width * widths[0] / sum(widths))
    rows_on: dict[int, list[dict]] = {}
    for page in pages:
        for w in page.words:
            centre = (w["x0"] + w["x1"]) / 2 / MM
            if (
                w["text"].isdigit()
                and 1 <= int(w["text"]) <= len(table.rows)
                and abs(centre - sum(first_column) / 2) < 2
                and w["top"] > theme.margins.top * MM
            ):
                rows_on.setdefault(page.number, []).append(w)
    numbers = sorted(int(w["text"]) for ws in rows_on.values() for w in ws)
    assert numbers == list(range(1, len(table.rows) + 1)), "every row number once"
    assert len(rows_on) >= 3, f"the table should run over pages, it is on {sorted(rows_on)}"

    for index, (number, rows) in enumerate(sorted(rows_on.items())):
        page = pages[number - 1]
        first_row_top = min(w["top"] for w in rows)
        found = {h: [w for w in page.words if w["text"] == h and w["top"] < first_row_top] for h in header}
        assert all(found.values()), f"page {number}: header {found}"
        header_top = min(w["top"] for ws in found.values() for w in ws)
        if engine == "memogen" and index > 0:
            label = [w for w in page.words if w["text"] == table.continuation.split()[0]]
            assert label and label[0]["top"] < header_top, f"page {number}: no «{table.continuation}» above the header"
            assert squash(table.continuation) in squash(page.text)


@pytest.mark.parametrize("engine", ENGINES)
def test_long_memo_ends_with_the_executor_mark(memos, libreoffice_if_needed, engine):
    built = memos["long"]
    theme = built.theme
    mark = next(b for b in built.memo.blocks if isinstance(b, ExecutorMark))
    first_word = mark.lines[0].split()[0]
    pages = read_pages(pdf_of(memos, libreoffice_if_needed, "long", engine))
    *others, last = pages
    for page in others:
        assert first_word not in {w["text"] for w in page.words}, f"executor mark on page {page.number}"
    word = next(w for w in last.words if w["text"] == first_word)
    assert word["x0"] / MM == pytest.approx(theme.margins.left, abs=1)
    assert word["size"] == pytest.approx(theme.sizes.small, abs=0.1)
    # Bottom left: below everything else on the page, above the bottom margin.
    assert word["top"] >= max(w["top"] for w in last.words if w["size"] > theme.sizes.small + 0.1)
    assert word["top"] > last.height * 0.75
    assert (last.height - max(w["bottom"] for w in last.words)) / MM >= theme.margins.bottom - 1
    # The phone number is never broken, not even at its hyphens.
    assert mark.lines[-1].split()[-1] in {w["text"] for w in last.words}


# --- the RU profile ------------------------------------------------------------------


def test_ru_profile_composes_the_name_with_a_no_break_space(memos):
    built = memos["ru"]
    assert built.theme.profile == "RU" and built.theme.sizes.body == 14
    signature = next(b for b in built.memo.blocks if isinstance(b, SignatureBlock))
    assert signature.name == f"И.С.{NBSP}Иванова"
    document = docx.Document(str(built.docx))
    assert any(p.text.endswith(f"\tИ.С.{NBSP}Иванова") for p in document.paragraphs)
    assert document.styles["Normal"].font.size.pt == 14


@pytest.mark.parametrize("engine", ENGINES)
def test_ru_profile_name_ends_at_the_right_margin_and_body_is_14_pt(memos, libreoffice_if_needed, engine):
    theme = memos["ru"].theme
    pages = read_pages(pdf_of(memos, libreoffice_if_needed, "ru", engine))
    last = pages[-1]
    initials = next(w for w in last.words if w["text"] == "И.С.")
    surname = next(w for w in last.words if w["text"] == "Иванова" and w["x0"] > initials["x0"])
    assert surname["top"] == pytest.approx(initials["top"], abs=0.5), "the name stays on one line"
    assert surname["x1"] / MM == pytest.approx(210 - theme.margins.right, abs=1)
    sizes = Counter(round(w["size"], 1) for page in pages for w in page.words)
    assert sizes.most_common(1)[0][0] == 14.0, sizes
