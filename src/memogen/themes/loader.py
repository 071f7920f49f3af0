"""A theme name → a `LoadedTheme`: the resolved settings and the folders of its templates.

Themes are data layered on the built-in default: `templates/<name>/theme.yaml` names
what it `extends` and sets only what it changes; its section templates override the
parent's through Jinja inheritance. Paths in a theme cannot leave its folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field

from memogen.errors import InputError, Location
from memogen.facts.load import read_yaml, validate
from memogen.themes.model import PROFILES, Theme

BUILTIN = Path(__file__).resolve().parent / "default"
DEFAULT = "default"

# Settings holding a file path, resolved against the folder of the theme that sets them.
_PATH_FIELDS = (
    ("fonts", "regular"),
    ("fonts", "bold"),
    ("fonts", "italic"),
    ("fonts", "bold_italic"),
    ("fonts", "chart"),
    ("letterhead", "image"),
    ("reference_docx",),
)


class ThemeFile(Theme):
    """What one theme.yaml may say: any theme setting, plus what it extends."""

    extends: str | None = Field(None, description="Parent theme; the built-in default if unset.")


@dataclass(frozen=True)
class LoadedTheme:
    theme: Theme
    folders: tuple[tuple[str, Path], ...]  # (name, folder), the theme first, default last


def theme_folders(workspace: Path) -> dict[str, Path]:
    """Every theme that can be named: the built-in default and `templates/*/theme.yaml`."""
    found = {DEFAULT: BUILTIN}
    root = workspace / "templates"
    if root.is_dir():
        for theme_yaml in sorted(root.glob("*/theme.yaml")):
            found.setdefault(theme_yaml.parent.name, theme_yaml.parent)
    return found


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _resolve_paths(data: dict, folder: Path, file: Path, positions: dict) -> None:
    root = folder.resolve()
    for path in _PATH_FIELDS:
        holder: Any = data
        for key in path[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if not isinstance(holder, dict) or holder.get(path[-1]) is None:
            continue
        target = (folder / str(holder[path[-1]])).resolve()
        if not target.is_relative_to(root):
            line = positions.get(path, (None, None))
            raise InputError(
                f"path {holder[path[-1]]!r} leaves the theme folder",
                location=Location(file, *line, field=".".join(path)),
                hint=f"put the file inside {folder} and name it relative to that folder",
            )
        if not target.is_file():
            line = positions.get(path, (None, None))
            raise InputError(
                f"file not found: {target}",
                location=Location(file, *line, field=".".join(path)),
                hint=f"put the file inside {folder} or fix the name",
            )
        holder[path[-1]] = str(target)


def load_theme(name: str, workspace: Path) -> LoadedTheme:
    """The theme called `name`, resolved over its parents and its layout profile."""
    available = theme_folders(workspace)
    chain: list[tuple[str, Path, dict]] = []
    current: str | None = name
    while current is not None:
        if current not in available:
            raise InputError(
                f"unknown template {current!r}",
                hint=f"choose one of: {', '.join(sorted(available))} "
                f"(themes live in {workspace / 'templates'}/<name>/theme.yaml)",
            )
        if any(current == n for n, _, _ in chain):
            raise InputError(f"themes extend each other in a loop: {' → '.join(n for n, _, _ in chain)} → {current}")
        folder = available[current]
        file = folder / "theme.yaml"
        data, positions = read_yaml(file)
        data = data or {}
        validate(ThemeFile, data, positions, file)
        _resolve_paths(data, folder, file, positions)
        parent = data.pop("extends", None)
        chain.append((current, folder, data))
        current = parent if parent is not None else (DEFAULT if current != DEFAULT else None)
    merged: dict = {}
    for _, _, data in reversed(chain):
        merged = _merge(merged, data)
    profile = merged.get("profile", "BY")
    merged = _merge(PROFILES[profile], merged)
    merged["name"] = name
    theme = Theme.model_validate({**merged, "folder": chain[0][1]})
    return LoadedTheme(theme, tuple((n, f) for n, f, _ in chain))
