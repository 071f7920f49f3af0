"""Issue 12's catalogue: every case through the real command line, in this process
(fast), and a representative subset as real `python -m memogen` processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from outputs import blobs
from readback import libreoffice_to_pdf, uses_libreoffice

from . import cases_run, cases_theme, cases_yaml
from .harness import Case, check, leftovers, make_workspace, run_in_process, run_process, snapshot

CASES: list[Case] = [*cases_yaml.all_cases(), *cases_theme.all_cases(), *cases_run.all_cases()]


def test_the_catalogue_is_large_and_its_ids_unique():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert len(ids) >= 300
    classes = {i.split("-")[0] for i in ids}
    assert classes == {f"c{n}" for n in range(1, 17)}, "every class of issue 12 has its cases"


@pytest.fixture(scope="session")
def earlier(built) -> dict[str, bytes]:
    """The files an earlier good build left in output/: a failed run must keep them."""
    return blobs({"case.pdf": built["pdf"], "case.docx": built["docx"]})


def _cache(case: Case, ws: Path) -> Path:
    return Path(case.env.get("MEMOGEN_CACHE_DIR", os.environ["MEMOGEN_CACHE_DIR"]).replace("{ws}", str(ws)))


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_case(case: Case, tmp_path, monkeypatch, earlier):
    ws = make_workspace(tmp_path, case, earlier)
    before = snapshot(ws / "output")
    stale = frozenset(leftovers(_cache(case, ws)))  # the session's cache folder is shared
    result = run_in_process(case, ws, monkeypatch)
    check(case, result, ws, before, _cache(case, ws), stale)


@pytest.mark.parametrize("case", [c.param() for c in CASES if c.process and c.patch is None])
def test_case_as_a_process(case: Case, tmp_path, earlier):
    ws = make_workspace(tmp_path, case, earlier)
    before = snapshot(ws / "output")
    cache = tmp_path / "cache"
    result = run_process(case, ws, Path(case.env.get("MEMOGEN_CACHE_DIR", str(cache)).replace("{ws}", str(ws))))
    check(case, result, ws, before, cache)


# Odd inputs that build: their DOCX must open in LibreOffice too (one conversion call).
LIBREOFFICE_SAMPLE = [
    "c4-278-character-title",
    "c4-100-proposals",
    "c3-tab-and-newline-are-fine",
    "c6-boundary-1e15-builds",
    "c8-odd-image-cmyk-jpeg",
    "c8-odd-image-zero-phys-png",
    "c9-plain-reference-builds",
    "c10-docx-family-ok-PT Serif",
    "c15-cache-truncated-svg",
    "c16-cjk-in-a-where",
]


@uses_libreoffice
def test_a_sample_of_odd_docx_opens_in_libreoffice(tmp_path, monkeypatch, earlier):
    by_id = {c.id: c for c in CASES}
    docx_files = []
    for n, name in enumerate(LIBREOFFICE_SAMPLE):
        case = by_id[name]
        with monkeypatch.context() as mp:
            ws = make_workspace(tmp_path / str(n), case, earlier)
            result = run_in_process(case, ws, mp)
        assert result.code == 0, f"{name}: {result.err}"
        docx_file = ws / "output" / "case.docx"
        if docx_file.is_file():
            docx_files.append(docx_file.rename(tmp_path / f"{n}-{name.replace(' ', '_')}.docx"))
    out = tmp_path / "lo"
    out.mkdir()
    run = libreoffice_to_pdf(docx_files, out)
    missing = [f.name for f in docx_files if not (out / f"{f.stem}.pdf").is_file()]
    assert run.returncode == 0 and not missing, f"LibreOffice could not open {missing}: {run.stdout}{run.stderr}"
