"""Facts text → warnings for characters the theme's fonts cannot print.

A PDF draws a character the embedded font lacks as an empty box, or not at all (CJK,
Georgian, emoji in a Liberation Serif memo). Each facts field holding such characters
gets one warning naming the field, its line and the characters; `validate --strict`
makes them errors.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from memogen.errors import Location, Notice
from memogen.facts.model import Facts
from memogen.fontfacts import font_facts
from memogen.themes.model import Theme
from memogen.yamlfile import _dotted, _locate, read_yaml
from memogen.yamlguard import leaves

SHOWN = 8  # characters listed in one warning


def font_chars(path: Path) -> frozenset[int]:
    """The code points the font file maps to a glyph (cached per file version)."""
    return font_facts(path).chars


def printable(theme: Theme) -> frozenset[int]:
    """What every face of the theme (regular, bold, italic, bold italic, and the
    charts' font, which prints labels and names) can draw."""
    fonts = theme.fonts
    faces = (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic, fonts.chart)
    return frozenset.intersection(*(font_chars(Path(p)) for p in faces))


def missing_glyphs(facts: Facts, theme: Theme, source: Path) -> tuple[Notice, ...]:
    """One warning per facts field holding characters the theme's fonts lack."""
    chars = printable(theme)
    found = []
    for loc, value in leaves(facts):
        if isinstance(value, str):
            missing = [c for c in dict.fromkeys(value) if ord(c) not in chars and not c.isspace()]
            if missing:
                found.append((loc, missing))
    if not found:
        return ()
    positions = read_yaml(source)[1]
    font = Path(theme.fonts.regular).name
    return tuple(
        Notice(
            f"the font {font} has no glyph for {_shown(missing)}: they would print as empty boxes",
            Location.at(source, _locate(loc, positions), _dotted(loc)),
            hint="write the text in Russian (transliterate names), or choose a theme whose font has them",
        )
        for loc, missing in found
    )


def _shown(chars: list[str]) -> str:
    listed = ", ".join(f"«{c}» U+{ord(c):04X}" + (f" {unicodedata.name(c, '')}".rstrip()) for c in chars[:SHOWN])
    more = len(chars) - SHOWN
    return listed + (f" and {more} more" if more > 0 else "")
