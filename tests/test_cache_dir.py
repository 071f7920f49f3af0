"""`pipeline.build(cache_dir=…)` keeps every cache in the folder the caller gives:
charts, compiled templates, font facts and faces, parsed YAML; nothing goes to the
default folder ($MEMOGEN_CACHE_DIR here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from paths import EXAMPLE, ROOT

BUILD = """
import sys
from pathlib import Path
from memogen.pipeline import build
build(Path(sys.argv[1]), ["pdf", "docx"], Path(sys.argv[2]), workspace=Path(sys.argv[3]), cache_dir=Path(sys.argv[4]))
"""


def _build(tmp_path: Path, cache: Path) -> None:
    env = {**os.environ, "MEMOGEN_CACHE_DIR": str(tmp_path / "default")}
    subprocess.run([sys.executable, "-c", BUILD, str(EXAMPLE), str(tmp_path / "out"), str(ROOT), str(cache)],
                   env=env, check=True, capture_output=True, text=True)


def test_every_cache_follows_the_folder_given(tmp_path):
    cache = tmp_path / "chosen"
    _build(tmp_path, cache)
    assert not (tmp_path / "default").exists()
    assert sorted(p.name for p in cache.iterdir() if len(p.name) > 2) == ["fonts", "hyphens", "templates", "yaml"]
    assert list((cache / "templates").glob("__jinja2_*.cache"))
    assert list((cache / "fonts").glob("*-facts-v*.pickle")) and list((cache / "fonts").glob("*.face"))
    assert len(list((cache / "yaml").glob("*.pickle"))) >= 2  # the facts file, the theme, the words
    assert list((cache / "hyphens").glob("ru_RU-*.pickle"))  # the parsed hyphenation dictionary
    assert list(cache.glob("??/*/chart.svg"))  # the charts, in their two-letter folders
    # The next build reads them back and gives the same files.
    first = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    _build(tmp_path, cache)
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == first
    assert not (tmp_path / "default").exists()
