"""The example memo's bytes, pinned: a speed-up must not change one byte of the output.

Other work changes the layout on purpose. When a commit does, it updates the two constants
below in the same commit and says so in its message. To print the new values:

    SOURCE_DATE_EPOCH=1700000000 memogen build facts/vologda-2025.yaml --format all \\
        --out /tmp/pin && sha256sum /tmp/pin/vologda-2025.pdf /tmp/pin/vologda-2025.docx

(run from the repository root; the test builds exactly that, with a private chart cache).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cli.run import clean_env, memogen
from paths import EXAMPLE, ROOT

EPOCH = "1700000000"  # 2023-11-14 22:13:20 UTC: the dates written into both files

PDF_SHA256 = "a9476dd9ad00fb1d2010d86637e9e5aed363c0574b18eb832e416dcdae5c4061"
DOCX_SHA256 = "ae08773c447aab955c0da79dfb472c8abf47b4f018545ab110df609d4c2d6e16"

REGENERATE = (
    "the example's {name} changed (sha256 {got}). If the layout changed on purpose, set "
    "{constant} in tests/test_output_pin.py to that value in the same commit and say so "
    "(see the module docstring for the command); if not, a change meant to keep the bytes "
    "has altered them."
)


def _digests(out: Path) -> dict[str, str]:
    stem = EXAMPLE.stem
    return {ext: hashlib.sha256((out / f"{stem}.{ext}").read_bytes()).hexdigest() for ext in ("pdf", "docx")}


def _check(digests: dict[str, str]) -> None:
    for ext, constant, pinned in (("pdf", "PDF_SHA256", PDF_SHA256), ("docx", "DOCX_SHA256", DOCX_SHA256)):
        got = digests[ext]
        assert got == pinned, REGENERATE.format(name=ext.upper(), got=got, constant=constant)


@pytest.fixture(scope="module")
def cold_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pin-cache")


def _build(out: Path, cache: Path):
    env = clean_env(SOURCE_DATE_EPOCH=EPOCH, MEMOGEN_CACHE_DIR=str(cache))
    result = memogen("build", str(EXAMPLE), "--format", "all", "--out", str(out), cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    return _digests(out)


def test_cold_build_matches_the_pin(tmp_path, cold_cache):
    """Charts drawn afresh (an empty chart cache)."""
    _check(_build(tmp_path, cold_cache))


def test_warm_build_matches_the_pin(tmp_path, cold_cache):
    """Charts read back from the cache the cold build filled: the same bytes."""
    _check(_build(tmp_path, cold_cache))


def test_two_builds_in_one_process_match_the_pin(tmp_path, monkeypatch):
    """Whatever a process keeps between builds (a batch, `watch`) changes no byte."""
    from memogen.pipeline import build

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    for run in ("first", "second"):
        build(EXAMPLE, ["pdf", "docx"], tmp_path / run, workspace=ROOT)
        _check(_digests(tmp_path / run))
