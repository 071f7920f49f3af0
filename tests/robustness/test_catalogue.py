"""Issue 12's catalogue: every case through the real command line, in this process
(fast), and a representative subset as real `python -m memogen` processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from . import cases_theme, cases_yaml
from .harness import Case, check, make_workspace, run_in_process, run_process, snapshot

CASES: list[Case] = [*cases_yaml.all_cases(), *cases_theme.all_cases()]


def test_the_catalogue_is_large_and_its_ids_unique():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


@pytest.fixture(scope="session")
def earlier(built) -> dict[str, bytes]:
    """The files an earlier good build left in output/: a failed run must keep them."""
    return {"case.pdf": built["pdf"], "case.docx": built["docx"]}


def _cache(case: Case, ws: Path) -> Path:
    return Path(case.env.get("MEMOGEN_CACHE_DIR", os.environ["MEMOGEN_CACHE_DIR"]).replace("{ws}", str(ws)))


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_case(case: Case, tmp_path, monkeypatch, earlier):
    ws = make_workspace(tmp_path, case, earlier)
    before = snapshot(ws / "output")
    result = run_in_process(case, ws, monkeypatch)
    check(case, result, ws, before, _cache(case, ws))


@pytest.mark.parametrize("case", [c.param() for c in CASES if c.process and c.patch is None])
def test_case_as_a_process(case: Case, tmp_path, earlier):
    ws = make_workspace(tmp_path, case, earlier)
    before = snapshot(ws / "output")
    cache = tmp_path / "cache"
    result = run_process(case, ws, Path(case.env.get("MEMOGEN_CACHE_DIR", str(cache)).replace("{ws}", str(ws))))
    check(case, result, ws, before, cache)
