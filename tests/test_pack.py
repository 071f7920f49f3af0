"""The briefing pack read back: one facts file → memo, talking points and cover letter in
PDF and DOCX, in every theme of the repository; the letter's attachment line against
the memo's page count as poppler (`pdfinfo`) and LibreOffice count it."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx
import pypdf
import pytest

from memogen.cli import main
from memogen.errors import ExitCode
from memogen.pipeline import build
from readback import (
    LIBREOFFICE,
    all_text,
    libreoffice_to_pdf,
    needs,
    normalize,
    one_line,
    pages,
)

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "facts" / "vologda-2025.yaml"
THEMES = ("default", "mfa", "minprom")
KINDS = ("memo", "points", "letter")
SUFFIX = {"memo": "", "points": "-points", "letter": "-letter"}
AMOUNT = re.compile(r"(?:более |около |свыше |менее |до )?\d[\d ]*(?:,\d+)? (?:тыс\.|млн|млрд)")
CORPUS = sorted((ROOT / "tests" / "data" / "releases" / "facts").glob("*.yaml"))
MONEY = re.compile(r"(?:более |около |свыше )?\d[\d ]*(?:,\d+)? млн долларов США")


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return normalize("\n".join([p.text for p in document.paragraphs] + cells))


@pytest.fixture(scope="session")
def pack(tmp_path_factory) -> dict[str, dict[str, dict[str, bytes]]]:
    """theme → kind → format → bytes, each theme's whole pack built in one run."""
    root = tmp_path_factory.mktemp("pack")
    out: dict = {}
    for theme in THEMES:
        result = build(
            FACTS, ["pdf", "docx"], root / theme, workspace=ROOT, theme_name=theme, kinds=KINDS
        )
        names = {p.name for p in result.outputs}
        assert names == {f"vologda-2025{SUFFIX[k]}.{f}" for k in KINDS for f in ("pdf", "docx")}
        out[theme] = {
            kind: {f: (root / theme / f"vologda-2025{SUFFIX[kind]}.{f}").read_bytes() for f in ("pdf", "docx")}
            for kind in KINDS
        }
    return out


def texts(pack, theme: str, kind: str) -> tuple[str, str]:
    files = pack[theme][kind]
    return one_line(all_text(files["pdf"])), docx_text(files["docx"])


def pdf_pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


# --- talking points ---------------------------------------------------------------------


@pytest.mark.parametrize("theme", THEMES)
def test_points_read_as_talking_points_in_both_formats(pack, theme):
    for text in texts(pack, theme, "points"):
        assert "ТЕЗИСЫ К БЕСЕДЕ" in text.upper()
        assert "Иннопром. Беларусь" in text
        assert "СПРАВКА" not in text  # the facts' type names the memo only
        if theme == "mfa":  # the MFA rewords them as instructions to the speaker
            assert "Предложить подписать Программу развития сотрудничества" in text
            assert "Пригласить делегацию Вологодской области" in text
        else:
            assert "Предлагаем обеспечить участие делегации Вологодской области" in text
            assert "Приглашаем делегацию Вологодской области" in text
        assert "Просим поддержать предложение подписать Программу" in text or theme == "mfa"


@pytest.mark.parametrize("theme", THEMES)
def test_points_print_the_memos_figures_as_the_memo_does(pack, theme):
    memo_pdf, memo_docx = texts(pack, theme, "memo")
    points_pdf, points_docx = texts(pack, theme, "points")
    found = MONEY.findall(points_docx)
    assert "678,1 млн долларов США" in found and "более 10,2 млн долларов США" in found
    assert sorted(MONEY.findall(points_pdf)) == sorted(found)
    for figure in found:
        assert figure in memo_docx and figure in memo_pdf
    for stated in ("100,9 % к уровню аналогичного периода 2024 года", "рост в 2,0 раза", "1,5 %"):
        assert stated in points_pdf and stated in points_docx and stated in memo_docx


@pytest.mark.parametrize("theme", THEMES)
def test_points_are_numbered_large_theses_without_tables_or_charts(pack, theme):
    files = pack[theme]["points"]
    document = docx.Document(io.BytesIO(files["docx"]))
    assert document.tables == []
    assert len(document.inline_shapes) == (1 if theme == "minprom" else 0)  # the emblem only
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) >= 10
    size = document.styles["Normal"].font.size.pt
    assert 14 <= size <= 16 and size >= docx.Document(io.BytesIO(pack[theme]["memo"]["docx"])).styles["Normal"].font.size.pt
    body = pages(files["pdf"])
    assert 1 <= len(body) <= 2
    sizes = {round(c["size"]) for p in body for c in p.chars}
    assert max(sizes) == size and not any(p.images for p in body[1:])
    assert re.search(r"^\s*1\. ", all_text(files["pdf"]), re.M) and "12. " in all_text(files["pdf"])
    assert not re.search(r"Таблица|Рисунок", texts(pack, theme, "points")[0])


@pytest.mark.parametrize("facts", CORPUS, ids=lambda p: p.stem)
def test_every_corpus_release_makes_a_pack_whose_points_quote_the_memos_amounts(facts, tmp_path):
    result = build(facts, ["pdf"], tmp_path, workspace=ROOT, kinds=KINDS, addressee=("Министру",))
    pdf = {d.kind: d.files["pdf"] for d in result.documents}
    memo, points, letter = (" ".join(one_line(all_text(pdf[k])).split()) for k in KINDS)
    for amount in AMOUNT.findall(points):
        assert amount in memo
    assert "ТЕЗИСЫ К БЕСЕДЕ" in points and len(pages(pdf["points"])) <= 2
    assert f"справка на {pdf_pages(pdf['memo'])} л. в 1 экз." in letter.lower() and "Министру" in letter


# --- cover letter ----------------------------------------------------------------------


@pytest.mark.parametrize("theme", THEMES)
def test_letter_names_the_pack_with_the_real_page_counts(pack, theme):
    memo_pages = pdf_pages(pack[theme]["memo"]["pdf"])
    points_pages = pdf_pages(pack[theme]["points"]["pdf"])
    expected = (
        f"Приложение: 1. Справка на {memo_pages} л. в 1 экз. "
        f"2. Тезисы к беседе на {points_pages} л. в 1 экз."
    )
    for text in texts(pack, theme, "letter"):
        assert expected in " ".join(text.split())
        assert "Заместителю Премьер-министра" in text and "В.И.Каранкевичу" in text
        assert "О направлении материалов" in text and "Направляем материалы к встрече" in text
        assert "СПРАВКА" not in text and "ТЕЗИСЫ" not in text
        assert "Петров А.Н." in text and "Начальник управления" in text
        assert "25.08.2025" not in text and "25 августа 2025" not in text  # dated on registration
        assert "____________ № ____________" in text


@needs("pdfinfo", "poppler-utils")
@pytest.mark.parametrize("theme", THEMES)
def test_attachment_count_is_the_memos_page_count_by_pdfinfo(pack, theme, tmp_path):
    path = tmp_path / "memo.pdf"
    path.write_bytes(pack[theme]["memo"]["pdf"])
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    for text in texts(pack, theme, "letter"):
        assert f"Справка на {count} л." in text


@pytest.fixture(scope="session")
def libreoffice_pages(pack, tmp_path_factory) -> dict[str, int]:
    """Page counts of every memo and points DOCX as LibreOffice lays them out (one call)."""
    tmp = tmp_path_factory.mktemp("pack-lo")
    sources = []
    for theme in THEMES:
        for kind in ("memo", "points"):
            sources.append(tmp / f"{theme}-{kind}.docx")
            sources[-1].write_bytes(pack[theme][kind]["docx"])
    run = libreoffice_to_pdf(sources, tmp / "pdf")
    out = {}
    for source in sources:
        pdf = tmp / "pdf" / f"{source.stem}.pdf"
        assert pdf.is_file(), f"LibreOffice wrote no PDF for {source.name}: {run.stderr}"
        out[source.stem] = pdf_pages(pdf.read_bytes())
    return out


@pytest.mark.parametrize("theme", THEMES)
@LIBREOFFICE[0]
@LIBREOFFICE[1]
def test_docx_letter_count_matches_libreoffices_layout_of_the_docx(pack, libreoffice_pages, theme):
    letter = " ".join(texts(pack, theme, "letter")[1].split())
    memo, points = libreoffice_pages[f"{theme}-memo"], libreoffice_pages[f"{theme}-points"]
    assert f"Справка на {memo} л. в 1 экз." in letter
    assert f"Тезисы к беседе на {points} л. в 1 экз." in letter


def test_a_letter_alone_encloses_the_memo_in_the_one_attachment_form(tmp_path):
    result = build(FACTS, ["docx"], tmp_path, workspace=ROOT, kinds=["letter"])
    assert [p.name for p in result.outputs] == ["vologda-2025-letter.docx"]
    memo = build(FACTS, ["pdf"], tmp_path / "memo", workspace=ROOT)
    count = pdf_pages(memo.outputs[0].read_bytes())
    text = " ".join(docx_text(result.outputs[0].read_bytes()).split())
    assert f"Приложение: справка на {count} л. в 1 экз." in text
    assert "материалы к встрече" in text and ": справка о сотрудничестве" in text


# --- the command line --------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_build_document_all_writes_the_six_files(workspace):
    code, out, err = run("--workspace", str(workspace), "build", "--document", "all", "--format", "all")
    assert code == ExitCode.OK, err
    names = sorted(p.name for p in (workspace / "output").iterdir())
    assert names == sorted(f"vologda-2025{SUFFIX[k]}.{f}" for k in KINDS for f in ("pdf", "docx"))


def test_document_default_is_the_memo_and_a_list_picks_kinds(workspace):
    assert run("--workspace", str(workspace), "build")[0] == ExitCode.OK
    assert [p.name for p in (workspace / "output").iterdir()] == ["vologda-2025.pdf"]
    code, out, err = run("--workspace", str(workspace), "build", "-d", "points,memo", "-o", str(workspace / "two"))
    assert code == ExitCode.OK, err
    assert sorted(p.name for p in (workspace / "two").iterdir()) == ["vologda-2025-points.pdf", "vologda-2025.pdf"]


def test_an_unknown_document_is_refused_with_the_choices(workspace):
    code, _, err = run("--workspace", str(workspace), "build", "--document", "memo,brief")
    assert code == 2 and "unknown document 'brief'" in err and "memo, points, letter, all" in err


def test_a_letter_without_addressee_names_the_field_and_writes_nothing(workspace):
    path = workspace / "facts" / "vologda-2025.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\n  addressee: .*", "", text), encoding="utf-8")
    code, out, err = run("--workspace", str(workspace), "build", "--document", "all")
    assert code == ExitCode.INPUT
    assert "vologda-2025.yaml" in err and "memo.addressee" in err and "no addressee" in err
    assert not (workspace / "output").exists()


# --- mail ---------------------------------------------------------------------------------


def _mail_config(workspace: Path, book: str) -> None:
    (workspace / "memogen.yaml").write_text(
        "mail:\n  from: Аналитический отдел <analytics@mfa.example.by>\n"
        f"  address_book:\n    office: [{book}]\n",
        encoding="utf-8",
    )


def test_mail_document_all_attaches_the_pack_and_the_note_lists_it(workspace):
    from email.parser import BytesParser
    from email.policy import default

    _mail_config(workspace, "office@gov.example.by")
    facts = str(workspace / "facts" / "vologda-2025.yaml")
    code, out, err = run("--workspace", str(workspace), "mail", facts, "--to", "office", "-d", "all", "-f", "all")
    assert code == ExitCode.OK, err
    message = BytesParser(policy=default).parsebytes((workspace / "output" / "vologda-2025.eml").read_bytes())
    attached = {a.get_filename(): a.get_content() for a in message.iter_attachments()}
    assert sorted(attached) == sorted(f"vologda-2025{SUFFIX[k]}.{f}" for k in KINDS for f in ("pdf", "docx"))
    for name, data in attached.items():
        assert data == (workspace / "output" / name).read_bytes()
    body = message.get_body(("plain",)).get_content()
    assert "Направляем документы от 25.08.2025" in body
    assert "– Справка о сотрудничестве Республики Беларусь" in body and "(vologda-2025.pdf, vologda-2025.docx)" in body
    assert "– Тезисы к беседе о сотрудничестве" in body and "vologda-2025-points.docx" in body
    assert "– Письмо о направлении материалов (vologda-2025-letter.pdf, vologda-2025-letter.docx)." in body
    assert message["Subject"].startswith("Справка о сотрудничестве")


def test_mail_letter_goes_to_the_address_books_name_when_the_facts_name_nobody(workspace):
    path = workspace / "facts" / "vologda-2025.yaml"
    path.write_text(re.sub(r"\n  addressee: .*", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    _mail_config(workspace, "'Министру промышленности Республики Беларусь <minister@minprom.example.by>'")
    code, out, err = run("--workspace", str(workspace), "mail", str(path), "--to", "office", "-d", "letter", "-f", "docx")
    assert code == ExitCode.OK, err
    text = docx_text((workspace / "output" / "vologda-2025-letter.docx").read_bytes())
    assert "Министру промышленности Республики Беларусь" in text


@pytest.mark.parametrize("theme", THEMES)
def test_letter_addressee_stands_in_the_right_half_and_the_title_keeps_a_line_free(pack, theme):
    from memogen.layout import text_width_mm
    from memogen.themes.loader import load_theme

    settings = load_theme(theme, ROOT, "letter").theme
    middle_mm = settings.margins.left + text_width_mm(settings) / 2
    page = pages(pack[theme]["letter"]["pdf"])[0]
    (word,) = [w for w in page.words if w["text"] == "Заместителю"]
    assert abs(word["x0"] / (72 / 25.4) - middle_mm) < 0.5
    title = next(w for w in page.words if w["text"] == "О" and w["top"] > word["top"])
    body = next(w for w in page.words if w["text"] == "Направляем")
    assert body["top"] - title["top"] > 1.8 * settings.sizes.body  # an empty line between them
    paragraphs = docx.Document(io.BytesIO(pack[theme]["letter"]["docx"])).paragraphs
    to = next(p for p in paragraphs if p.text.startswith("Заместителю"))
    assert abs(to.paragraph_format.left_indent.mm - text_width_mm(settings) / 2) < 0.1
    subject = next(p for p in paragraphs if normalize(p.text) == "О направлении материалов")
    assert subject.paragraph_format.space_after.pt == settings.sizes.body
    assert subject.paragraph_format.first_line_indent.mm == 0


def _attachment_layout(pdf: bytes | Path, leading: float) -> None:
    """«Приложение:» stands an empty line below the text above it, and each later numbered
    line starts under the first line's text («2.» under «1.»)."""
    page = next(p for p in pages(pdf) if any(w["text"] == "Приложение:" for w in p.words))
    mark = next(w for w in page.words if w["text"] == "Приложение:")
    above = max(w["top"] for w in page.words if w["top"] < mark["top"] - 1)
    assert mark["top"] - above > 1.8 * leading, (mark["top"] - above, leading)  # a free line between
    numbers = [w for w in page.words if re.fullmatch(r"\d\.", w["text"]) and w["top"] >= mark["top"] - 1]
    assert [w["text"] for w in numbers] == ["1.", "2."], numbers
    first, second = numbers
    assert abs(first["top"] - mark["top"]) < 1 and second["top"] > first["top"] + leading * 0.8
    assert abs(second["x0"] - first["x0"]) < 0.5, (first["x0"], second["x0"])


def _letter_settings(theme: str):
    from memogen.themes.loader import load_theme

    return load_theme(theme, ROOT, "letter").theme


@pytest.mark.parametrize("theme", THEMES)
def test_the_attachment_mark_keeps_a_line_free_and_its_numbers_under_each_other(pack, theme):
    from memogen.layout import attachment_indent_pt, leading_pt

    settings = _letter_settings(theme)
    _attachment_layout(pack[theme]["letter"]["pdf"], leading_pt(settings))
    paragraphs = docx.Document(io.BytesIO(pack[theme]["letter"]["docx"])).paragraphs
    mark = next(p for p in paragraphs if p.text.startswith("Приложение:"))
    assert mark.text.split("\n")[1].startswith("2. ")  # one paragraph, the next line after a break
    hang = attachment_indent_pt(settings)
    assert abs(mark.paragraph_format.left_indent.pt - hang) < 0.1
    assert abs(mark.paragraph_format.first_line_indent.pt + hang) < 0.1
    assert abs(mark.paragraph_format.space_before.pt - leading_pt(settings)) < 0.1


@LIBREOFFICE[0]
@LIBREOFFICE[1]
def test_libreoffice_lays_the_docx_attachment_mark_out_as_the_pdf(pack, tmp_path):
    from memogen.layout import leading_pt

    sources = []
    for theme in THEMES:
        sources.append(tmp_path / f"{theme}-letter.docx")
        sources[-1].write_bytes(pack[theme]["letter"]["docx"])
    run = libreoffice_to_pdf(sources, tmp_path / "pdf")
    for theme, source in zip(THEMES, sources):
        pdf = tmp_path / "pdf" / f"{source.stem}.pdf"
        assert pdf.is_file(), f"LibreOffice wrote no PDF for {source.name}: {run.stderr}"
        _attachment_layout(pdf, leading_pt(_letter_settings(theme)))


def test_a_memos_own_attachments_are_laid_out_as_the_letters(tmp_path):
    from memogen.layout import leading_pt

    text = FACTS.read_text(encoding="utf-8").replace(
        "memo:\n", "memo:\n  attachments: [Справка о товарообороте на 2 л. в 1 экз., Перечень предприятий на 1 л. в 1 экз.]\n",
        1)
    facts = tmp_path / "facts" / "memo.yaml"
    facts.parent.mkdir()
    facts.write_text(text, encoding="utf-8")
    (facts.parent / "sources").symlink_to(FACTS.parent / "sources")
    result = build(facts, ["pdf", "docx"], tmp_path / "out", workspace=tmp_path)
    pdf, docx_file = sorted(result.outputs, key=lambda p: p.suffix != ".pdf")
    _attachment_layout(pdf.read_bytes(), leading_pt(_letter_settings("default")))
    mark = next(p for p in docx.Document(str(docx_file)).paragraphs if p.text.startswith("Приложение:"))
    assert normalize(mark.text) == ("Приложение: 1. Справка о товарообороте на 2 л. в 1 экз.\n"
                         "2. Перечень предприятий на 1 л. в 1 экз.")
    assert mark.paragraph_format.first_line_indent.pt < 0 < mark.paragraph_format.space_before.pt


@pytest.mark.parametrize("theme", ("default", "mfa"))
def test_the_greeting_takes_so_before_a_partner_that_needs_it(tmp_path, theme):
    text = FACTS.read_text(encoding="utf-8")
    text = text.replace("    name: Вологодская область\n", "    name: Смоленская область\n", 1)
    text = text.replace("      instrumental: Вологодской областью\n", "      instrumental: Смоленской областью\n", 1)
    facts = tmp_path / "smolensk.yaml"
    facts.write_text(text, encoding="utf-8")
    build(facts, ["docx"], tmp_path / "out", workspace=ROOT, theme_name=theme, kinds=("points",))
    points = docx_text((tmp_path / "out" / "smolensk-points.docx").read_bytes())
    assert "сотрудничества Республики Беларусь со Смоленской областью" in points
    assert "с Смоленской" not in points
