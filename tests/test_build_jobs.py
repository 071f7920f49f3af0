"""`memogen build -j N`: several facts files in worker processes, a summary, and one
failing file that stops nothing else."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time

import pypdf
import pytest

from cli.run import clean_env, command, memogen
from paths import EXAMPLE, SOURCES


@pytest.fixture
def batch(tmp_path):
    """A workspace of three good facts files (the example under three names) and a bad one."""
    facts = tmp_path / "facts"
    facts.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(EXAMPLE, facts / f"{name}.yaml")
    (facts / "broken.yaml").write_text("memo: {}\nmemo: {}\n", encoding="utf-8")
    return tmp_path


def _build(ws, *args):
    env = clean_env(SOURCE_DATE_EPOCH="1700000000")
    return memogen("build", "--format", "all", *args, cwd=ws, env=env)


def test_a_broken_file_stops_none_of_the_others(batch):
    result = _build(batch, "-j", "2")
    assert result.returncode == 3, result.stderr  # an input error: something failed
    assert "broken.yaml:2:1: duplicate key 'memo'" in result.stderr
    for name in ("a", "b", "c"):
        pdf = pypdf.PdfReader(batch / "output" / f"{name}.pdf")
        assert "СПРАВКА" in pdf.pages[0].extract_text()
        assert (batch / "output" / f"{name}.docx").stat().st_size > 0
    assert not list((batch / "output").glob("broken.*"))
    assert "3 memos built, 1 failed, " in result.stdout  # then the warnings and the time


def test_lines_come_in_the_order_named_and_bytes_match_one_process(batch, tmp_path):
    (batch / "facts" / "broken.yaml").unlink()
    pooled = _build(batch, "-j", "3", "--out", "pooled")
    single = _build(batch, "-j", "1", "--out", "single")
    assert pooled.returncode == single.returncode == 0, pooled.stderr + single.stderr
    lines = [line for line in pooled.stdout.splitlines() if line.startswith("built")]
    assert lines == [f"built pooled/{n}.{ext}" for n in "abc" for ext in ("pdf", "docx")]
    for name in ("a.pdf", "a.docx", "c.pdf"):
        assert (batch / "pooled" / name).read_bytes() == (batch / "single" / name).read_bytes()


def test_one_file_prints_no_summary(batch):
    result = _build(batch, "facts/a.yaml")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["built output/a.pdf", "built output/a.docx"]


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(batch, value):
    result = memogen("build", "-j", value, cwd=batch)
    assert result.returncode == 2
    assert "whole number of processes" in result.stderr


def test_a_warning_about_a_source_file_names_the_source(batch):
    result = _build(batch, "-j", "2", "facts/a.yaml", "facts/b.yaml")  # their source text is not copied
    assert result.returncode == 0, result.stderr
    for name in ("a", "b"):
        assert f"facts/{name}.yaml: source 'gov-2025-08-25': source file " in result.stderr, result.stderr
    assert "figure 'gov-2025-08-25'" not in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("how", ["ctrl-c", "kill"])
def test_ctrl_c_or_kill_stops_a_batch(tmp_path, how):
    """Ctrl+C (to the whole process group, as a terminal sends it) or `kill` (to memogen
    alone) stops a `-j 2` batch: no file is started after it, the builds under way stop
    and clean up, and each memo is there whole in both formats or not at all."""
    facts = tmp_path / "facts"
    facts.mkdir()
    for n in range(30):
        shutil.copy(EXAMPLE, facts / f"m{n:02}.yaml")
    shutil.copytree(SOURCES, facts / "sources")
    out = tmp_path / "output"
    child = subprocess.Popen([*command(), "build", "-j", "2", "--format", "all"], cwd=tmp_path, env=clean_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 300
    while len(list(out.glob("*.docx"))) < 2 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if how == "ctrl-c":
        os.killpg(child.pid, signal.SIGINT)
    else:
        child.send_signal(signal.SIGTERM)
    at_signal = len(list(out.glob("*.docx")))  # counted after: however late this test ran, none are missed
    _, err = child.communicate(timeout=300)
    assert (child.returncode, err) == ((130, "interrupted\n") if how == "ctrl-c" else (143, "terminated\n")), err
    pdfs, docx = {p.stem for p in out.glob("*.pdf")}, {p.stem for p in out.glob("*.docx")}
    assert pdfs == docx  # whole memos only
    # at most those already handed to the workers: one under way per worker and the pool's
    # call queue (workers + 1, which cancel_futures cannot take back), any of which a worker
    # may finish on a loaded machine before memogen passes `kill` on to it (Ctrl+C reaches
    # them at once); unstopped, it builds all 30
    assert len(docx) <= at_signal + 2 + 3, f"{len(docx)} memos built, {at_signal} when stopped"
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    for stem in docx:
        assert "СПРАВКА" in pypdf.PdfReader(out / f"{stem}.pdf").pages[0].extract_text()
