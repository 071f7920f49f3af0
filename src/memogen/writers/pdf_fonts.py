"""reportlab's reading of a TrueType file, kept in the cache folder's `fonts/`.

reportlab reads a font's tables (names, metrics, the character map, every glyph's
position and width) in pure Python each time a font is registered: for the five
fonts of a memo, about a twentieth of a warm build, and always the same result for
the same file. So what it read (the face's attributes but the file's bytes, which
are at hand) is pickled under the font's SHA-256 and reportlab's version, sealed like
every entry of the cache folder; unpickling admits no class but reportlab's name
strings. A missing or damaged entry means the font is read again, as before.
"""

from __future__ import annotations

import io
import pickle
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from memogen.sealed import read_sealed, unpickle_only, write_sealed
from memogen.versions import installed_version

_NOT_KEPT = ("_ttf_data", "_pdfScale")  # the file's bytes (at hand) and a closure


def ttfont(name: str, data: bytes, digest: str) -> TTFont:
    """reportlab's `TTFont(name, data)`, its face read back from the cache folder when
    a build read this font before. `digest` is the SHA-256 of `data`."""
    face = _recall(digest, data)
    if face is None:
        font = TTFont(name, io.BytesIO(data))
        _keep(digest, font.face)
        return font
    font = TTFont.__new__(TTFont)  # as TTFont.__init__ does it, with the face at hand
    font.fontName, font.face, font.encoding = name, face, TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable  # noqa: SLF001
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _entry(digest: str) -> Any:
    from memogen.cachedir import default_cache_dir

    try:
        folder = default_cache_dir() / "fonts"
    except RuntimeError:  # no home folder for the cache
        return None
    return folder / f"{digest}-reportlab{installed_version('reportlab')}.face"


_ALLOWED = {("reportlab.pdfbase.ttfonts", "TTFNameBytes"): lambda: TTFNameBytes}


def _recall(digest: str, data: bytes) -> TTFontFace | None:
    entry = _entry(digest)
    blob = read_sealed(entry, digest.encode("ascii")) if entry is not None else None
    if blob is None:
        return None
    try:
        state = unpickle_only(blob, _ALLOWED)
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(state)
        face._ttf_data = data  # noqa: SLF001
        face._pdfScale = _scale(face.unitsPerEm)  # noqa: SLF001
    except Exception:  # sealed yet unreadable (another Python's pickle): read the font again
        return None
    return face


def _scale(units_per_em: int) -> Any:
    """reportlab's font-units → 1/1000 em conversion, as `TTFontFile.extractInfo` makes it."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _keep(digest: str, face: TTFontFace) -> None:
    entry = _entry(digest)
    if entry is None:
        return
    state = {k: v for k, v in vars(face).items() if k not in _NOT_KEPT}
    try:
        blob = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # something reportlab added that does not pickle: not kept
        return
    write_sealed(entry, digest.encode("ascii"), blob)
