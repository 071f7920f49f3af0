"""Where the tests find the repository and its example facts file."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"
SOURCE = ROOT / "facts" / "sources" / "gov-2025-08-25.txt"  # the press release the example quotes
SOURCES = SOURCE.parent  # the texts the example's quotes are checked against


def copy_example(workspace: Path) -> None:
    """The example facts file, and the source texts its quotes are checked against."""
    (workspace / "facts").mkdir(exist_ok=True)
    shutil.copy(EXAMPLE, workspace / "facts" / EXAMPLE.name)
    shutil.copytree(SOURCES, workspace / "facts" / "sources", dirs_exist_ok=True)
