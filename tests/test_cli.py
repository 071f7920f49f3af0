"""The command line: what a user types, what they read, and the exit code they get."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from memogen.cli import main
from memogen.errors import ExitCode
from paths import EXAMPLE, ROOT


def run(*argv: str, cwd: Path | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = list(argv)
    if cwd is not None:
        args = ["--workspace", str(cwd), *args]
    code = main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_build_with_no_arguments_builds_every_facts_file(workspace):
    code, out, err = run("build", cwd=workspace)
    assert code == 0, err
    pdf = workspace / "output" / "vologda-2025.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert f"built {pdf}" in out
    assert not (workspace / "output" / "vologda-2025.docx").exists()


def test_build_one_file_as_docx_into_a_folder(workspace, tmp_path):
    target = tmp_path / "somewhere"
    code, out, err = run("build", str(workspace / "facts" / "vologda-2025.yaml"), "--format", "docx", "--out", str(target))
    assert code == 0, err
    assert (target / "vologda-2025.docx").read_bytes().startswith(b"PK")
    assert list(target.iterdir()) == [target / "vologda-2025.docx"]


def test_build_all_formats(workspace):
    code, _, err = run("build", "--format", "all", cwd=workspace)
    assert code == 0, err
    assert sorted(p.name for p in (workspace / "output").iterdir()) == ["vologda-2025.docx", "vologda-2025.pdf"]


def test_builds_are_reproducible(workspace, tmp_path):
    run("build", "--format", "all", "--out", str(tmp_path / "a"), cwd=workspace)
    run("build", "--format", "all", "--out", str(tmp_path / "b"), cwd=workspace)
    for name in ("vologda-2025.pdf", "vologda-2025.docx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_unknown_format_is_a_usage_error(workspace, capsys):
    code, out, err = run("build", "--format", "odt", cwd=workspace)
    assert code == ExitCode.USAGE
    assert "unknown format 'odt'" in err and err.startswith("usage: memogen build")
    assert out == "" and capsys.readouterr() == ("", ""), "argparse wrote to the real streams"


def test_help_goes_to_the_given_stdout(capsys):
    code, out, err = run("build", "--help")
    assert code == ExitCode.OK and out.startswith("usage: memogen build") and err == ""
    assert capsys.readouterr() == ("", "")


def test_exit_codes_are_named():
    assert ExitCode(130) is ExitCode.INTERRUPTED and ExitCode.INPUT == 3


def test_validate_reports_ok_and_warnings(workspace):
    code, out, err = run("validate", str(EXAMPLE))
    assert code == 0 and err == ""
    assert "ok: " in out and "0 warnings" in out
    facts = workspace / "facts" / "vologda-2025.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("percent: 1.5", "percent: 2.5"), encoding="utf-8")
    code, out, err = run("validate", str(facts))
    assert code == 0
    assert "warning: " in err and "figure 'food-2024'" in err and "stated share 2.5 %" in err
    code, _, err = run("build", str(facts), "--out", str(workspace / "o"))
    assert code == 0 and "stated share 2.5 %" in err


def test_schema_is_json_schema_of_the_facts():
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0
    assert schema["title"] == "memogen facts file"
    assert {"memo", "parties", "figures"} <= set(schema["properties"])


def _expect_user_error(code: int, err: str, *fragments: str) -> None:
    assert code == ExitCode.INPUT, err
    assert err.startswith("error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err


def test_missing_facts_file(workspace):
    code, out, err = run("build", str(workspace / "facts" / "nope.yaml"), cwd=workspace)
    _expect_user_error(code, err, "file not found", "nope.yaml")
    assert not (workspace / "output").exists()


def test_invalid_yaml(workspace):
    bad = workspace / "facts" / "bad.yaml"
    bad.write_text("memo: [unclosed\n", encoding="utf-8")
    code, _, err = run("validate", str(bad))
    _expect_user_error(code, err, f"{bad}:2:1: invalid YAML")


def test_duplicate_key(workspace):
    bad = workspace / "facts" / "bad.yaml"
    bad.write_text("memo: {}\nmemo: {}\n", encoding="utf-8")
    code, _, err = run("validate", str(bad))
    _expect_user_error(code, err, f"{bad}:2:1: duplicate key 'memo'")


def test_unknown_key(workspace):
    facts = workspace / "facts" / "vologda-2025.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("  signatory:", "  signatary:"), encoding="utf-8")
    code, _, err = run("validate", str(facts))
    _expect_user_error(code, err, "memo.signatary: unknown key 'signatary'", "did you mean 'signatory'?")


def test_wrong_type(workspace):
    facts = workspace / "facts" / "vologda-2025.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("value: 335", "value: [335]"), encoding="utf-8")
    code, _, err = run("validate", str(facts))
    _expect_user_error(code, err, "figures[0].value: Input should be a valid number")


def test_impossible_date(workspace):
    facts = workspace / "facts" / "vologda-2025.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("as_of: 2025-08-25", "as_of: 2025-13-01"), encoding="utf-8")
    code, _, err = run("validate", str(facts))
    _expect_user_error(code, err, "memo.as_of:", "month value is outside expected range", "fix: write a real date")


def test_unknown_template(workspace):
    code, _, err = run("build", "--template", "nonesuch", cwd=workspace)
    _expect_user_error(code, err, "unknown template 'nonesuch'", "choose one of: default")


def test_missing_template_variable(workspace):
    theme = workspace / "templates" / "broken"
    (theme / "sections").mkdir(parents=True)
    (theme / "theme.yaml").write_text("sections:\n  - {id: general, heading: Общие сведения}\n", encoding="utf-8")
    (theme / "sections" / "general.md.j2").write_text("Текст\n\n{{ facts.memo.nonexistent }}\n", encoding="utf-8")
    code, _, err = run("build", "--template", "broken", cwd=workspace)
    _expect_user_error(code, err, "general.md.j2:3", "missing template variable", "nonexistent", "available variables: ")
    assert not (workspace / "output").exists()


def test_unwritable_output_folder_keeps_nothing_partial(workspace):
    blocker = workspace / "output"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    code, _, err = run("build", cwd=workspace)
    assert code == ExitCode.OUTPUT
    assert "error: cannot write to" in err and "fix: choose a folder you can write to" in err
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder")
def test_read_only_output_folder(workspace):
    out = workspace / "output"
    out.mkdir()
    out.chmod(0o500)
    try:
        code, _, err = run("build", cwd=workspace)
    finally:
        out.chmod(0o700)
    assert code == ExitCode.OUTPUT and "cannot write" in err


def test_failed_build_keeps_the_earlier_memo(workspace):
    assert run("build", "--format", "all", cwd=workspace)[0] == 0
    before = {p.name: p.read_bytes() for p in (workspace / "output").iterdir()}
    facts = workspace / "facts" / "vologda-2025.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("value: 335", "value: lots"), encoding="utf-8")
    code, _, _ = run("build", "--format", "all", cwd=workspace)
    assert code == ExitCode.INPUT
    after = {p.name: p.read_bytes() for p in (workspace / "output").iterdir()}
    assert after == before  # nothing replaced, no temp files left behind


def test_traceback_flag_shows_the_trace(workspace):
    code, _, err = run("--traceback", "build", str(workspace / "nope.yaml"))
    assert code == ExitCode.INPUT
    assert "Traceback (most recent call last)" in err and "error: file not found" in err


def test_python_dash_m_runs_the_same_cli(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "memogen", "validate", str(EXAMPLE)],
        capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_source_date_epoch_sets_both_formats_metadata(workspace, tmp_path, monkeypatch):
    import zipfile

    import docx
    import pypdf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    run("build", "--format", "all", "--out", str(tmp_path / "a"), cwd=workspace)
    run("build", "--format", "all", "--out", str(tmp_path / "b"), cwd=workspace)
    for name in ("vologda-2025.pdf", "vologda-2025.docx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    pdf = pypdf.PdfReader(tmp_path / "a" / "vologda-2025.pdf")
    assert pdf.metadata["/CreationDate"].startswith("D:20231114221320")
    document = docx.Document(tmp_path / "a" / "vologda-2025.docx")
    assert document.core_properties.created.isoformat().startswith("2023-11-14T22:13:20")
    with zipfile.ZipFile(tmp_path / "a" / "vologda-2025.docx") as z:
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_validate_checks_every_file_even_after_a_bad_one(workspace):
    bad = workspace / "facts" / "bad.yaml"
    bad.write_text("memo: {}\nmemo: {}\n", encoding="utf-8")
    good = workspace / "facts" / "vologda-2025.yaml"
    code, out, err = run("validate", str(bad), str(good))
    assert code == ExitCode.INPUT
    assert "duplicate key 'memo'" in err and f"ok: {good}" in out


def test_build_writes_where_memogen_yaml_says(workspace):
    (workspace / "memogen.yaml").write_text("output: memos\n", encoding="utf-8")
    code, out, err = run("build", cwd=workspace)
    assert code == 0, err
    assert (workspace / "memos" / "vologda-2025.pdf").is_file()
