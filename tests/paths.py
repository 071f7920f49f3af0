"""Where the tests find the repository and its example facts file."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"
SOURCE = ROOT / "tests" / "data" / "releases" / "vologda-2025-08-25.txt"  # the seed, kept in the corpus
