"""A font's character map and widths are read with fontTools once and kept in the cache
folder, so a warm build never imports fontTools (issue 11)."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys

import pytest

from memogen import fontfacts
from memogen.sealed import write_sealed
from memogen.themes.model import FONTS_DIR
from paths import EXAMPLE, ROOT

FONT = FONTS_DIR / "LiberationSerif-Regular.ttf"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MEMOGEN_CACHE_DIR", str(tmp_path / "cache"))
    fontfacts._facts.cache_clear()
    yield tmp_path / "cache" / "fonts"
    fontfacts._facts.cache_clear()


def test_facts_are_kept_and_read_back_without_fonttools(tmp_path, cache, monkeypatch):
    font = tmp_path / "body.ttf"
    shutil.copy(FONT, font)
    first = fontfacts.font_facts(font)
    assert ord("Ж") in first.chars and ord("№") in first.chars and "glyf" in first.tables
    assert first.advances[ord("m")] > first.advances[ord("i")] > 0 and first.units_per_em == 2048
    assert len(list(cache.glob("*-facts-v*.pickle"))) == 1
    fontfacts._facts.cache_clear()
    monkeypatch.setattr(fontfacts, "_parse", lambda data: pytest.fail("parsed again"))
    assert fontfacts.font_facts(font) == first


def test_a_damaged_entry_is_read_afresh(tmp_path, cache):
    first = fontfacts.font_facts(FONT)
    (entry,) = cache.glob("*-facts-v*.pickle")
    entry.write_bytes(entry.read_bytes()[:-10])  # truncated
    fontfacts._facts.cache_clear()
    assert fontfacts.font_facts(FONT) == first
    write_sealed(entry, entry.name.encode(), pickle.dumps((["glyf"], {"x": 1}, "many")))  # sealed, not facts
    fontfacts._facts.cache_clear()
    assert fontfacts.font_facts(FONT) == first


def test_a_damaged_font_is_unreadable(tmp_path, cache):
    font = tmp_path / "broken.ttf"
    font.write_bytes(FONT.read_bytes()[:2000])
    with pytest.raises(fontfacts.UnreadableFont):
        fontfacts.font_facts(font)
    assert not list(cache.glob("*.pickle"))


def test_a_warm_build_does_not_import_fonttools(tmp_path):
    code = (
        "import sys; from pathlib import Path; from memogen import pipeline; "
        f"pipeline.build(Path({str(EXAMPLE)!r}), ['pdf', 'docx'], Path({str(tmp_path / 'out')!r}), "
        f"workspace=Path({str(ROOT)!r})); print('fontTools' in sys.modules)"
    )
    env = {"MEMOGEN_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
            for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"], [r.stderr[-2000:] for r in runs]
