"""pyphen's hyphenation dictionary for the PDF writer, parsed once and kept.

reportlab hyphenates through pyphen, which parses the language's `hyph_*.dic` (3,900
patterns for Russian, about 13 ms) the first time a process hyphenates: on every
build, for a file that never changes. So the parsed dictionary is pickled in the
cache folder's `hyphens/`, named by the language, pyphen's version and Python's, and
sealed with the SHA-256 of the dictionary file; the next process unpickles it (about
1 ms) into pyphen's own cache of parsed dictionaries, where reportlab's
`pyphen.Pyphen(lang=…)` finds it. A changed dictionary, a garbled entry or one left
by another version is parsed afresh; unpickling admits no class but pyphen's two, so
a forged entry runs no code; a folder that cannot be written costs only the parse.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pyphen

from memogen.cachedir import default_cache_dir
from memogen.sealed import read_sealed, unpickle_only, write_sealed

_CLASSES = {("pyphen", "HyphDict"): lambda: pyphen.HyphDict, ("pyphen", "DataInt"): lambda: pyphen.DataInt}


def load_dictionary(language: str) -> None:
    """Have pyphen's dictionary for `language` (a name in `pyphen.LANGUAGES`) parsed."""
    path = pyphen.LANGUAGES[language]
    if path in pyphen.hdcache:
        return
    source = Path(path).read_bytes()
    entry = _entry(language)
    parsed = _recall(entry, source) if entry is not None else None
    if parsed is None:
        parsed = pyphen.HyphDict(path)
        if entry is not None:
            write_sealed(entry, source, pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    pyphen.hdcache[path] = parsed


def _entry(language: str) -> Path | None:
    try:
        folder = default_cache_dir() / "hyphens"
    except RuntimeError:  # no home folder for the cache
        return None
    return folder / f"{language}-{pyphen.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"


def _recall(entry: Path, source: bytes) -> pyphen.HyphDict | None:
    blob = read_sealed(entry, source)
    if blob is None:
        return None
    try:
        parsed = unpickle_only(blob, _CLASSES)
    except Exception:  # sealed yet unreadable: parse again
        return None
    return parsed if isinstance(parsed, pyphen.HyphDict) else None
