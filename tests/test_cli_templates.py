"""`memogen templates list/new/check`, and the example ministry themes built end to end:
the same facts in each theme, read back from the PDF (pypdf) and the DOCX (python-docx)."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from memogen import pipeline
from memogen.cli import main
from memogen.errors import ExitCode
from memogen.themes.loader import load_theme

REPO = Path(__file__).resolve().parents[1]
FACTS = REPO / "facts" / "vologda-2025.yaml"
THEMES = ("default", "mfa", "minprom")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MEMOGEN_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def workspace(tmp_path) -> Path:
    """A copy of the repository's workspace: facts/ and templates/."""
    ws = tmp_path / "ws"
    shutil.copytree(REPO / "templates", ws / "templates")
    (ws / "facts").mkdir()
    shutil.copy(FACTS, ws / "facts")
    return ws


# --- list / new / check ------------------------------------------------------------------


def test_list_shows_every_theme_and_its_parent():
    code, out, _ = run("--workspace", str(REPO), "templates", "list")
    assert code == ExitCode.OK
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert "built-in" in lines["default"]
    assert "extends default" in lines["mfa"] and "extends default" in lines["minprom"]


def test_new_creates_a_theme_that_extends_its_base_and_builds(workspace):
    code, out, _ = run("--workspace", str(workspace), "templates", "new", "mintrans", "--from", "minprom")
    assert code == ExitCode.OK and "extends minprom" in out
    text = (workspace / "templates" / "mintrans" / "theme.yaml").read_text(encoding="utf-8")
    assert "extends: minprom" in text and "# letterhead:" in text and "# sections:" in text
    theme = load_theme("mintrans", workspace).theme
    assert theme.letterhead.lines == load_theme("minprom", workspace).theme.letterhead.lines
    code, out, _ = run("--workspace", str(workspace), "templates", "list")
    assert re.search(r"^mintrans\s+extends minprom", out, re.M)


def test_new_theme_yaml_comments_are_valid_settings_when_uncommented(workspace):
    run("--workspace", str(workspace), "templates", "new", "t")
    path = workspace / "templates" / "t" / "theme.yaml"
    keep = ("profile", "doc_type", "sizes", "margins", "typography", "date_style", "palette",
            "signatory", "executor", "access", "sections", "letterhead")
    out, block = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        key = re.match(r"^# ([a-z_]+):", line)
        if key:
            block = key.group(1) in keep
        elif not line.startswith("#   ") or "{%" in line:
            block = False
        if block and line.startswith("# ") and "image:" not in line:
            line = line[2:]
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    theme = load_theme("t", workspace).theme
    assert theme.signatory is not None and theme.signatory.surname == "Иванова"
    assert [s.id for s in theme.sections] == ["general", "trade", "proposals"]


def test_new_refuses_to_overwrite_and_bad_names(workspace):
    before = (workspace / "templates" / "mfa" / "theme.yaml").read_bytes()
    code, _, err = run("--workspace", str(workspace), "templates", "new", "mfa")
    assert code == ExitCode.INPUT and "already exists; nothing was changed" in err
    assert (workspace / "templates" / "mfa" / "theme.yaml").read_bytes() == before
    for bad in ("../evil", "Mfa", "default", "a/b"):
        code, _, err = run("--workspace", str(workspace), "templates", "new", bad)
        assert code == ExitCode.INPUT and "cannot be a theme name" in err
    code, _, err = run("--workspace", str(workspace), "templates", "new", "x", "--from", "nosuch")
    assert code == ExitCode.INPUT and "unknown template 'nosuch'" in err
    assert not (workspace / "templates" / "x").exists()


@pytest.mark.parametrize("theme", ["mfa", "minprom"])
def test_check_builds_the_example_facts_in_both_formats(workspace, theme):
    code, out, err = run("--workspace", str(workspace), "templates", "check", theme)
    assert code == ExitCode.OK, err
    assert f"ok: theme '{theme}'" in out
    assert "built vologda-2025.pdf" in out and "built vologda-2025.docx" in out
    for kind in ("points", "letter"):  # every kind of the pack (docs/kinds.md)
        assert f"built vologda-2025-{kind}.pdf" in out and f"built vologda-2025-{kind}.docx" in out


def test_check_without_facts_uses_the_bundled_example(tmp_path):
    code, out, err = run("--workspace", str(tmp_path), "templates", "check", "default")
    assert code == ExitCode.OK, err
    assert "built vologda-2025.pdf" in out


def test_check_reports_a_template_error_with_file_and_line(workspace):
    path = workspace / "templates" / "mfa" / "points" / "proposals.md.j2"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = "{{ facts.proposal }}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("--workspace", str(workspace), "templates", "check", "mfa")
    assert code == ExitCode.INPUT
    assert "mfa/points/proposals.md.j2:4" in err and "proposal" in err
    assert "1 example failed to build" in err
    assert "built" not in out


def test_check_reports_an_invalid_theme_yaml(workspace):
    path = workspace / "templates" / "minprom" / "theme.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("palette:", "palete:"), encoding="utf-8")
    code, _, err = run("--workspace", str(workspace), "templates", "check", "minprom")
    assert code == ExitCode.INPUT and "unknown key 'palete'" in err and "did you mean 'palette'" in err


def test_build_uses_the_workspace_config_theme(workspace):
    (workspace / "memogen.yaml").write_text("theme: minprom\n", encoding="utf-8")
    code, _, err = run("--workspace", str(workspace), "build", "-f", "docx", "-o", str(workspace / "out"))
    assert code == ExitCode.OK, err
    paragraphs = [p.text for p in docx.Document(str(workspace / "out" / "vologda-2025.docx")).paragraphs]
    assert "МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ" in paragraphs
    code, _, err = run("--workspace", str(workspace), "build", "-f", "docx", "-t", "mfa", "-o", str(workspace / "out"))
    paragraphs = [p.text for p in docx.Document(str(workspace / "out" / "vologda-2025.docx")).paragraphs]
    assert "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ" in paragraphs


# --- the example themes, end to end --------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, dict]:
    """Each theme's PDF and DOCX of the same facts, read back."""
    root = tmp_path_factory.mktemp("themes")
    out = {}
    for theme in THEMES:
        result = pipeline.build(
            FACTS, ["pdf", "docx"], root / theme, workspace=REPO, theme_name=theme, cache_dir=root / "cache"
        )
        pdf_path, docx_path = result.outputs
        reader = PdfReader(str(pdf_path))
        fonts = set()
        for page in reader.pages:
            for font in (page["/Resources"].get("/Font") or {}).values():
                fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        document = docx.Document(str(docx_path))
        # No-break spaces (after short words, in numbers) are compared as plain spaces.
        paragraphs = [p.text.replace("\u00a0", " ") for p in document.paragraphs]
        cells = [c.text.replace("\u00a0", " ") for t in document.tables for row in t.rows for c in row.cells]
        out[theme] = {
            "pdf_text": " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages),
            "pdf_fonts": fonts,
            "paragraphs": paragraphs,
            "docx_text": "\n".join(paragraphs + cells),
            "headings": [p.text for p in document.paragraphs if p.style.name == "Heading 1"],
            "normal": (document.styles["Normal"].font.name, document.styles["Normal"].font.size.pt),
            "styles_xml": str(document.styles.element.xml),
            "images": len(document.inline_shapes),
        }
    return out


LETTERHEADS = {
    "mfa": ("МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ", "РЕСПУБЛИКИ БЕЛАРУСЬ"),
    "minprom": ("МИНИСТЕРСТВО ПРОМЫШЛЕННОСТИ", "РЕСПУБЛИКИ БЕЛАРУСЬ"),
}


@pytest.mark.parametrize("theme", ["mfa", "minprom"])
def test_letterhead_is_in_the_pdf_and_the_docx(built, theme):
    first, second = LETTERHEADS[theme]
    assert f"{first} {second}" in built[theme]["pdf_text"]
    paragraphs = built[theme]["paragraphs"]
    assert paragraphs.index(second) == paragraphs.index(first) + 1
    assert "МИНИСТЕРСТВО" not in built["default"]["pdf_text"]


def test_minprom_has_its_emblem_and_the_others_none(built):
    assert built["minprom"]["images"] >= 1
    assert built["minprom"]["images"] == built["default"]["images"] + 1


def test_fonts_embedded_in_the_pdf_differ(built):
    assert {"LiberationSerif", "LiberationSerif-Bold"} <= built["default"]["pdf_fonts"]
    assert built["mfa"]["pdf_fonts"] == built["default"]["pdf_fonts"]
    assert {"DejaVuSerif", "DejaVuSerif-Bold"} <= built["minprom"]["pdf_fonts"]
    assert not any(f.startswith("LiberationSerif") for f in built["minprom"]["pdf_fonts"])


def test_docx_style_definitions_differ(built):
    assert built["default"]["normal"] == ("Times New Roman", 15.0)
    assert built["mfa"]["normal"] == ("Times New Roman", 14.0)  # RU profile
    assert built["minprom"]["normal"] == ("DejaVu Serif", 14.0)
    assert len({b["styles_xml"] for b in built.values()}) == 3


def test_order_and_wording_of_headings_differ(built):
    strip = lambda hs: [re.sub(r"^\d+\. ", "", h) for h in hs]  # noqa: E731
    default, mfa, minprom = (strip(built[t]["headings"]) for t in THEMES)
    assert default[:3] == ["Общие сведения", "Договорно-правовая база", "Торгово-экономическое сотрудничество"]
    assert minprom[:3] == ["Торгово-экономическое сотрудничество", "Промышленная кооперация", "Предложения"]
    assert mfa[5] == default[5] == "Предложения"  # the MFA's talking points are a document of their own
    assert sorted(default) != sorted(minprom) or default != minprom


def test_every_memo_keeps_the_proposals_table(built):
    # The MFA's «Предложить …» wording moved to its talking points (tests/test_pack.py).
    for theme in THEMES:
        assert "Предложения для обсуждения" in built[theme]["docx_text"]
        assert "Предложить подписать" not in built[theme]["docx_text"]


def test_mfa_uses_the_ru_profile_and_marks_access(built):
    paragraphs = built["mfa"]["paragraphs"]
    assert paragraphs[0] == "Для служебного пользования"
    assert any("25 августа 2025 г." in p for p in paragraphs)
    assert "Для служебного пользования" not in built["default"]["docx_text"]


MONEY = re.compile(r"\d[\d ]*(?:,\d+)? млн долларов")


def test_money_figures_are_identical_in_every_theme(built):
    figures = {t: sorted(MONEY.findall(built[t]["docx_text"])) for t in THEMES}
    assert "678,1 млн долларов" in figures["default"]
    assert figures["default"] == figures["mfa"] == figures["minprom"]
    numbers = {t: sorted(re.findall(r"\d+,\d", built[t]["docx_text"])) for t in THEMES}
    assert numbers["default"] == numbers["mfa"] == numbers["minprom"]
    for t in THEMES:
        for value in ("678,1", "335", "316,4", "100,9"):
            assert value in built[t]["pdf_text"]
