"""The README's page previews: docs/render_previews.py → PNGs that are reproducible, small,
free of metadata, and still show what memogen makes today."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _script():
    spec = importlib.util.spec_from_file_location("render_previews", DOCS / "render_previews.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    return _script()


@pytest.fixture(scope="module")
def fresh(script, tmp_path_factory) -> dict[str, bytes]:
    """The previews rendered now into a scratch folder: {file name: bytes}."""
    out = tmp_path_factory.mktemp("previews")
    return {p.name: p.read_bytes() for p in script.render_previews(ROOT, out)}


def test_same_pdf_gives_same_png_bytes(script, built):
    first = script.first_page_png(built["pdf"])
    assert first == script.first_page_png(built["pdf"])
    assert first.startswith(b"\x89PNG")


def test_every_preview_is_committed_small_and_bare(script, fresh):
    committed = {p.name for p in DOCS.glob("preview-*.png")}
    assert committed == set(fresh), "run `python3 docs/render_previews.py` and commit docs/"
    for name in committed:
        path = DOCS / name
        assert path.stat().st_size < 300_000, name
        with Image.open(path) as image:
            assert image.info == {}, f"{name} carries metadata {image.info}"
            width_px = 210 / 25.4 * script.DPI
            assert abs(image.width - width_px) <= 1, "A4 at the script's DPI"


def test_committed_previews_show_todays_layout(fresh):
    """Compared in pixels, not bytes, so another pdfium's anti-aliasing does not fail it;
    a moved line or changed word does."""
    for name, data in fresh.items():
        with Image.open(DOCS / name) as old, Image.open(io.BytesIO(data)) as new:
            diff = ImageChops.difference(old.convert("L"), new.convert("L"))
            mean = ImageStat.Stat(diff).mean[0]
            assert mean < 1.0, f"{name} is stale (mean difference {mean:.2f}): run `python3 docs/render_previews.py`"
