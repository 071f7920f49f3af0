"""Chart spec and style → a cache key, and cached SVG/PNG/alt read back without drawing.

The key covers everything that shapes the picture: the spec's data, the style (with
the font file's bytes, not its path), the drawing code's version and the versions of
Pillow (it rasterises the PNG) and Babel (read from package metadata, so computing it
imports neither).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from memogen.charts.spec import ChartSpec, ChartStyle, RenderedChart
from memogen.versions import installed_version


def _code_version() -> str:
    """A digest of the modules that decide what a chart looks like (its data, drawing
    and description), so no edit can leave old pictures in the cache and no version
    needs bumping by hand."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("spec.py", "_draw.py", "_render.py", "alt.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


CHART_CODE_VERSION = _code_version()

_FILES = ("chart.svg", "chart.png", "alt.txt")
_DIGESTS = "sha256.txt"


def _version(package: str) -> str:
    """An installed package's version, without importing it (`memogen.versions`)."""
    return installed_version(package)


@lru_cache(maxsize=16)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def font_digest(path: Path) -> str:
    """SHA-256 of the font file's bytes (memoised per path, mtime and size)."""
    stat = Path(path).stat()
    return _file_digest(str(Path(path).resolve()), stat.st_mtime_ns, stat.st_size)


def cache_key(spec: ChartSpec, style: ChartStyle) -> str:
    """A hex SHA-256 that changes whenever the chart would be drawn differently."""
    payload = {
        "kind": type(spec).__name__,
        "spec": dataclasses.asdict(spec),
        "style": {
            "palette": list(style.palette),
            "font_sha256": font_digest(style.font_path),
            "font_size_pt": style.font_size_pt,
            "width_mm": style.width_mm,
            "height_mm": style.height_mm,
            "words": dataclasses.asdict(style.words),
        },
        "code": CHART_CODE_VERSION,
        "pillow": _version("pillow"),
        "babel": _version("babel"),
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _entry_dir(cache_dir: Path, key: str) -> Path:
    return Path(cache_dir) / key[:2] / key


def read_entry(cache_dir: Path, key: str, style: ChartStyle) -> RenderedChart | None:
    """The cached chart, or None when absent. An entry that does not match the digest
    stored with it (truncated, edited, garbage, another key's) is deleted, so that the
    chart is drawn and stored again."""
    entry = _entry_dir(cache_dir, key)
    if not os.path.lexists(entry):
        return None
    try:
        files = {name: (entry / name).read_bytes() for name in (*_FILES, _DIGESTS)}
    except OSError:
        files = {}
    chart = _verified(files, key, style)
    if chart is None:
        _discard(entry)
        return None
    return chart


def _digests(key: str, files: dict[str, bytes]) -> bytes:
    """What `sha256.txt` holds: the entry's key, then the SHA-256 of each file."""
    lines = [f"key {key}"] + [f"{hashlib.sha256(files[name]).hexdigest()}  {name}" for name in _FILES]
    return ("\n".join(lines) + "\n").encode("ascii")


def _verified(files: dict[str, bytes], key: str, style: ChartStyle) -> RenderedChart | None:
    if len(files) != len(_FILES) + 1 or files[_DIGESTS] != _digests(key, files):
        return None
    try:
        alt = files["alt.txt"].decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    if not alt or not files["chart.png"].startswith(b"\x89PNG\r\n\x1a\n") or b"<svg" not in files["chart.svg"][:2000]:
        return None
    return RenderedChart(svg=files["chart.svg"], png=files["chart.png"], alt=alt, width_mm=style.width_mm,
                         height_mm=style.height_mm, from_cache=True)


def _discard(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            entry.unlink()


def write_entry(cache_dir: Path, key: str, chart: RenderedChart) -> None:
    """Store the chart with the digest of its files, so that readers see all of it or
    nothing: the files are written into a temporary folder that is then renamed into
    place in one step. Raises OSError when the cache cannot take it."""
    entry = _entry_dir(cache_dir, key)
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key[:12]}-", dir=entry.parent))
    files = dict(zip(_FILES, (chart.svg, chart.png, chart.alt.encode("utf-8"))))
    try:
        for name, data in {**files, _DIGESTS: _digests(key, files)}.items():
            (tmp / name).write_bytes(data)
        try:
            os.replace(tmp, entry)
        except OSError:
            # Another build stored the same chart first; its bytes are the same.
            if not entry.is_dir():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def usable(cache_dir: Path) -> str:
    """'' when charts can be kept in `cache_dir`, else why not (for a warning)."""
    try:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=cache_dir):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return ""
