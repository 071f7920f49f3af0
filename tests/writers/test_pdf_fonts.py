"""reportlab's reading of a font is kept in the cache folder's fonts/ and read back as
the same face: a font made from the cache is the font reportlab makes from the file."""

from __future__ import annotations

import hashlib
import io
import pickle
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from memogen.sealed import write_sealed
from memogen.writers import pdf_fonts

FONTS = Path(pdf_fonts.__file__).resolve().parent.parent / "fonts"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MEMOGEN_CACHE_DIR", str(tmp_path))
    return tmp_path


def _same(font: TTFont, fresh: TTFont) -> None:
    skip = {"state", "encoding"}  # per-document state, made fresh either way
    assert {k: v for k, v in vars(font).items() if k not in skip | {"face"}} == {
        k: v for k, v in vars(fresh).items() if k not in skip | {"face"}}
    mine, theirs = dict(vars(font.face)), dict(vars(fresh.face))
    scale, fresh_scale = mine.pop("_pdfScale"), theirs.pop("_pdfScale")
    assert mine == theirs
    assert [scale(x) for x in (0, 1, 725, 2048)] == [fresh_scale(x) for x in (0, 1, 725, 2048)]
    assert font.stringWidth("Товарооборот 678,1 млн", 12) == fresh.stringWidth("Товарооборот 678,1 млн", 12)


@pytest.mark.parametrize("name", ["LiberationSerif-Regular", "LiberationSans-Bold"])
def test_a_face_read_back_is_the_face_reportlab_reads(cache, name):
    data = (FONTS / f"{name}.ttf").read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    first = pdf_fonts.ttfont(name, data, digest)  # read by reportlab, and kept
    assert list((cache / "fonts").glob(f"{digest}-reportlab*.face"))
    again = pdf_fonts.ttfont(name, data, digest)  # from the cache
    _same(again, TTFont(name, io.BytesIO(data)))
    _same(first, TTFont(name, io.BytesIO(data)))


def test_a_damaged_or_forged_entry_is_read_afresh(cache):
    data = (FONTS / "LiberationSerif-Bold.ttf").read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    pdf_fonts.ttfont("F", data, digest)
    (entry,) = (cache / "fonts").glob("*.face")
    entry.write_bytes(entry.read_bytes()[:1000])
    _same(pdf_fonts.ttfont("F", data, digest), TTFont("F", io.BytesIO(data)))
    write_sealed(entry, digest.encode(), pickle.dumps({"x": Path("/")}))  # would build a Path
    _same(pdf_fonts.ttfont("F", data, digest), TTFont("F", io.BytesIO(data)))
