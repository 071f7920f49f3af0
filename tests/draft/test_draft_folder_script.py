"""benchmarks/draft_folder.py: anyone can draft, validate and build a folder of their own
releases and see, per release and in sum, what crashed, was refused or does not validate."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.paths import ROOT

SCRIPT = ROOT / "benchmarks" / "draft_folder.py"
RELEASES = ROOT / "tests" / "data" / "releases"


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(folder), "--no-build", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_a_folder_of_good_releases_sums_up_clean(tmp_path: Path) -> None:
    shutil.copy(RELEASES / "bryansk-2018-11-12.txt", tmp_path / "one.txt")
    (tmp_path / "two.txt").write_text(
        "Минск, 3 марта 2025 г. Товарооборот Беларуси с Омской областью в 2024 году составил 120 млн долларов США.\n",
        encoding="utf-8",
    )
    (tmp_path / "two.date").write_text("2025-03-03\n", encoding="utf-8")
    done = run(tmp_path, "-v", "--out", str(tmp_path / "drafts"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "TOTAL 2 releases: 2 ok, 0 crashed, 0 refused, 0 invalid" in done.stdout
    assert "partner: Омская область (region)" in done.stdout
    assert (tmp_path / "drafts" / "two.yaml").exists()


def test_a_release_the_drafter_refuses_is_counted_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    done = run(tmp_path, "--date", "2025-01-10")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 refused" in done.stdout
    assert "empty" in done.stdout


def test_an_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    done = run(tmp_path)
    assert done.returncode == 2
    assert "no .txt, .html or .docx release here" in done.stderr
