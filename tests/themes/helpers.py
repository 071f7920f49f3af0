"""Small theme workspaces for tests: a `templates/<name>/` folder from YAML text and files."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from paths import EXAMPLE as FACTS
from paths import ROOT as REPO


def make_theme(workspace: Path, name: str, theme_yaml: str, files: dict[str, str | bytes] | None = None) -> Path:
    folder = workspace / "templates" / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(textwrap.dedent(theme_yaml), encoding="utf-8")
    for rel, content in (files or {}).items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return folder


def facts_copy(workspace: Path, edit=None) -> Path:
    """The example facts file copied into `workspace/facts/`, optionally edited as text."""
    text = FACTS.read_text(encoding="utf-8")
    if edit is not None:
        text = edit(text)
    target = workspace / "facts" / FACTS.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def copy_example_themes(workspace: Path) -> None:
    shutil.copytree(REPO / "templates", workspace / "templates")
