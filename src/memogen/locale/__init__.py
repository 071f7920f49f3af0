"""The words memogen writes itself, as data: `ru.yaml` holds them, a theme's `labels:`
rewords them (`memogen.themes.model.Labels`)."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from memogen import yamlcache

FOLDER = Path(__file__).resolve().parent


def words(language: str = "ru") -> dict[str, Any]:
    """The locale file of `language` as plain data, a copy the caller may change."""
    return copy.deepcopy(_read(language))


@functools.cache
def _read(language: str) -> dict[str, Any]:
    """The locale file, parsed once per process and kept in the cache folder."""
    path = FOLDER / f"{language}.yaml"
    text = path.read_text(encoding="utf-8")
    kept = yamlcache.recall(path, text, "safe")
    if kept is None:
        from ruamel.yaml import YAML

        kept = YAML(typ="safe").load(text)
        yamlcache.keep(path, text, kept, "safe")
    return kept


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`base` with `over`'s values in place of its own, nested mappings merged key by key."""
    out = dict(base)
    for key, value in over.items():
        out[key] = merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out
