"""Where the tests find the repository and its example facts file."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"
SOURCE = ROOT / "facts" / "sources" / "gov-2025-08-25.txt"  # the press release the example quotes
