"""Themes: a name → a resolved `Theme` with its templates (see `loader`)."""

from memogen.themes.model import PROFILES, Theme

__all__ = ["PROFILES", "Theme"]
