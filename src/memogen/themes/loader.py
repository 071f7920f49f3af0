"""A theme name → a `LoadedTheme`: the resolved settings and the folders of its templates.

Themes are data layered on the built-in default: `templates/<name>/theme.yaml` names
what it `extends` and sets only what it changes; its section templates override the
parent's through Jinja inheritance. A theme may come from another ministry, so it is
read as untrusted input: paths cannot leave its folder, fonts must hold every glyph a
memo needs, images and `reference.docx` are size-checked, and a `reference.docx` may
carry no DTDs, entities, macros or links that Word would fetch.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from lxml import etree
from pydantic import Field

from memogen.errors import InputError, Location
from memogen.filecache import FileCache
from memogen.kinds import KINDS, MEMO
from memogen.themes.model import PROFILES, KindSettings, Section, Theme
from memogen.yamlfile import read_yaml, validate

BUILTIN = Path(__file__).resolve().parent / "default"
DEFAULT = "default"
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")

# Settings holding a file path, resolved against the folder of the theme that sets them.
FONT_FIELDS = ("regular", "bold", "italic", "bold_italic", "chart")
_PATH_FIELDS = (
    *(("fonts", f) for f in FONT_FIELDS),
    ("letterhead", "image"),
    ("reference_docx",),
)

# Characters every memo prints (docs/memo-style.md): a font without them would print boxes.
REQUIRED_CHARS = (
    "".join(chr(c) for c in range(ord("А"), ord("я") + 1)) + "Ёё№«»„“–—\u00a0"
)
MAX_FONT_BYTES = 30 * 2**20
MAX_IMAGE_BYTES = 2 * 2**20
MAX_IMAGE_PIXELS = 25_000_000
MAX_IMAGE_RATIO = 10  # width to height or height to width: the emblem must fit a page
MAX_REFERENCE_BYTES = 5 * 2**20
MAX_REFERENCE_UNPACKED = 50 * 2**20  # zip-bomb guard: total of the parts' stated sizes
MAX_REFERENCE_PARTS = 2000

SectionRef = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", description="A parent's section, by id.")]


class ThemeFile(Theme):
    """What one theme.yaml may say: any theme setting, plus what it extends."""

    extends: str | None = Field(None, description="Parent theme; the built-in default if unset.")
    sections: tuple[Section | SectionRef, ...] = ()  # type: ignore[assignment]
    documents: dict[Literal["points", "letter"], KindSettings] = Field(
        default_factory=dict, description="What changes for the talking points and the cover letter."
    )


@dataclass(frozen=True)
class LoadedTheme:
    theme: Theme
    folders: tuple[tuple[str, Path], ...]  # (name, folder), the theme first, default last
    kind: str = MEMO  # the document kind these settings are for (memogen.kinds)
    emblem: bytes | None = None  # the letterhead image, read once it passed its checks


def theme_folders(workspace: Path) -> dict[str, Path]:
    """Every theme that can be named: the built-in default and `templates/*/theme.yaml`."""
    found = {DEFAULT: BUILTIN}
    root = workspace / "templates"
    if root.is_dir():
        for theme_yaml in sorted(root.glob("*/theme.yaml")):
            if NAME_PATTERN.match(theme_yaml.parent.name):
                found.setdefault(theme_yaml.parent.name, theme_yaml.parent)
    return found


def unknown_theme(name: str, workspace: Path, where: Location | None, how: str = "") -> InputError:
    """The error for a theme name that names no theme; `how` says who named it."""
    return InputError(
        f"unknown template {name!r}{how}",
        location=where,
        hint=f"choose one of: {', '.join(sorted(theme_folders(workspace)))} "
        f"(themes live in {workspace / 'templates'}/<name>/theme.yaml)",
    )


def theme_yaml(folder: Path) -> Path:
    """The theme.yaml of `folder`, refused when it is a link to a file elsewhere (the
    folder rule that holds for every file a theme brings)."""
    file = folder / "theme.yaml"
    if folder != BUILTIN and not file.resolve().is_relative_to(folder.resolve()):
        raise InputError(
            "theme.yaml links to a file outside its theme folder",
            location=Location(file),
            hint=f"put a real theme.yaml file in {folder}",
        )
    return file


def read_extends(folder: Path) -> str:
    """What the theme in `folder` says it extends (for listings; not validated)."""
    if folder == BUILTIN:
        return ""
    try:
        data, _ = read_yaml(theme_yaml(folder))
    except InputError:
        return "?"
    parent = data.get("extends") if isinstance(data, dict) else None
    return str(parent) if parent else DEFAULT


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _where(file: Path, positions: dict, path: tuple) -> Location:
    return Location.at(file, positions.get(path), ".".join(str(p) for p in path))


def _resolve_paths(data: dict, folder: Path, file: Path, positions: dict, origin: dict) -> None:
    """Paths in `data` → absolute paths inside `folder`; `origin` records where each was set."""
    root = folder.resolve()
    for path in _PATH_FIELDS:
        holder: Any = data
        for key in path[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if not isinstance(holder, dict) or holder.get(path[-1]) is None:
            continue
        where = _where(file, positions, path)
        raw = str(holder[path[-1]])
        # resolve() follows symlinks, so a link pointing out of the folder is caught too.
        target = (folder / raw).resolve()
        if not target.is_relative_to(root):
            raise InputError(
                f"path {raw!r} leaves the theme folder",
                location=where,
                hint=f"put the file inside {folder} and name it relative to that folder",
            )
        if not target.is_file():
            raise InputError(
                f"file not found: {target}",
                location=where,
                hint=f"put the file inside {folder} or fix the name",
            )
        holder[path[-1]] = str(target)
        origin[path] = where


def _resolve_sections(
    data: dict, parent: list[dict], file: Path, positions: dict, at: tuple = ()
) -> None:
    """A bare section id in `data` → the parent's section of that id (heading and all);
    `at` is where `data` sits in the file (a kind's settings under `documents`)."""
    if not data.get("sections"):
        return
    known = {s["id"]: s for s in parent}
    out = []
    for i, item in enumerate(data["sections"]):
        if isinstance(item, str):
            if item not in known:
                raise InputError(
                    f"section {item!r} has no heading: the parent theme has no such section",
                    location=_where(file, positions, (*at, "sections", i)),
                    hint=f"write it as {{id: {item}, heading: …}}, or use one of: {', '.join(known) or 'none'}",
                )
            item = known[item]
        out.append(item)
    data["sections"] = out


_LOADED: FileCache[LoadedTheme] = FileCache()


def load_theme(name: str, workspace: Path, kind: str = MEMO) -> LoadedTheme:
    """The theme called `name` for one document `kind`, resolved over its parents, its
    layout profile and its settings for that kind, with its fonts, images and
    reference.docx checked. Read once per process and version of its files (`watch` and
    a batch build many memos in one process)."""
    available = theme_folders(workspace)
    return _LOADED.get((name, kind, tuple(available.items())),
                       lambda: _load_theme(name, workspace, kind, available), _files)


def _files(loaded: LoadedTheme) -> list[Path]:
    """Every file `loaded` was made from: its theme.yaml files, fonts, emblem and reference.docx."""
    theme = loaded.theme
    files = [folder / "theme.yaml" for _, folder in loaded.folders]
    files += [Path(getattr(theme.fonts, field)) for field in FONT_FIELDS]
    return files + [Path(p) for p in (theme.letterhead.image, theme.reference_docx) if p is not None]


def _load_theme(name: str, workspace: Path, kind: str, available: dict[str, Path]) -> LoadedTheme:
    chain: list[tuple[str, Path, Path, dict, dict]] = []
    origin: dict[tuple, Location] = {}
    current: str | None = name
    while current is not None:
        if current not in available:
            child = chain[-1] if chain else None
            raise unknown_theme(current, workspace, _where(child[2], child[4], ("extends",)) if child else None)
        if any(current == n for n, *_ in chain):
            raise InputError(
                f"themes extend each other in a loop: {' → '.join(n for n, *_ in chain)} → {current}",
                hint="make one of them extend default",
            )
        folder = available[current]
        file = theme_yaml(folder)
        data, positions = read_yaml(file)
        data = {} if data is None else data
        validate(ThemeFile, data, positions, file)
        chain.append((current, folder, file, data, positions))
        parent = data.pop("extends", None)
        current = parent if parent is not None else (DEFAULT if current != DEFAULT else None)
    merged: dict = {}
    for _, folder, file, data, positions in reversed(chain):
        # Paths are resolved from the root down, so a child's setting replaces its
        # parent's and `origin` names the file that set the value in force.
        _resolve_paths(data, folder, file, positions, origin)
        _resolve_sections(data, merged.get("sections", []), file, positions)
        for k, settings in data.get("documents", {}).items():
            parent = merged.get("documents", {}).get(k, {}).get("sections", [])
            _resolve_sections(settings, parent, file, positions, ("documents", k))
        merged = _merge(merged, data)
    profile = merged.get("profile", "BY")
    merged = _merge(PROFILES[profile], merged)
    documents = merged.pop("documents", {})
    if kind != MEMO:
        # A kind's settings replace the memo's: its own sections, sizes, theses.
        merged = _merge(merged, {k: v for k, v in documents.get(kind, {}).items() if v is not None})
    merged["name"] = name
    theme = Theme.model_validate({**merged, "folder": chain[0][1]})
    _check_files(theme, origin)
    emblem = emblem_png(Path(theme.letterhead.image)) if theme.letterhead.image is not None else None
    return LoadedTheme(theme, tuple((n, f) for n, f, *_ in chain), KINDS[kind].name, emblem)


def _check_files(theme: Theme, origin: dict[tuple, Location]) -> None:
    for field in FONT_FIELDS:
        path = Path(getattr(theme.fonts, field))
        check_font(path, origin.get(("fonts", field), Location(path, field=f"fonts.{field}")))
    if theme.letterhead.image is not None:
        check_image(Path(theme.letterhead.image), origin[("letterhead", "image")])
    if theme.reference_docx is not None:
        check_reference_docx(Path(theme.reference_docx), origin[("reference_docx",)])


# --- fonts ------------------------------------------------------------------------------


def check_font(path: Path, where: Location) -> None:
    """Nothing if `path` is a TrueType font holding every glyph a memo needs; else an
    `InputError` at `where` naming the font file and what is wrong."""
    stat = path.stat()
    problem = _font_problem(str(path), stat.st_size, stat.st_mtime_ns)
    if problem:
        message, hint = problem
        raise InputError(f"font {path.name}: {message}", location=where, hint=hint)


@functools.lru_cache(maxsize=64)
def _font_problem(path: str, size: int, mtime_ns: int) -> tuple[str, str] | None:
    """(message, hint) for an unusable font file, None for a good one; cached per file version."""
    from memogen.fontfacts import UnreadableFont, font_facts

    if Path(path).suffix.lower() not in (".ttf", ".otf"):
        return "not a .ttf or .otf file", "name a TrueType font file (.ttf)"
    if size > MAX_FONT_BYTES:
        return f"the file is {size // 2**20} MB, more than {MAX_FONT_BYTES // 2**20} MB", "use the font's plain TTF"
    try:
        facts = font_facts(path)
    except (UnreadableFont, OSError) as exc:
        return f"cannot be read as a font ({exc})", "use an intact TTF file"
    tables, cmap = facts.tables, facts.chars
    if "glyf" not in tables:
        # reportlab embeds TrueType outlines only; a CFF-flavoured OTF would fail in the PDF writer.
        return (
            "has PostScript (CFF) outlines, which PDF output cannot embed",
            "use the TrueType (.ttf) version of the font",
        )
    missing = [c for c in REQUIRED_CHARS if ord(c) not in cmap]
    if missing:
        shown = " ".join("NBSP (U+00A0)" if c == "\u00a0" else c for c in missing)
        return (
            f"lacks {len(missing)} character{'s' if len(missing) > 1 else ''} a memo needs: {shown}",
            "choose a font with full Cyrillic and Russian punctuation (e.g. Liberation Serif, DejaVu Serif, PT Serif)",
        )
    return None


# --- images -------------------------------------------------------------------------


def check_image(path: Path, where: Location) -> None:
    """Nothing if `path` is a modest PNG or JPEG that decodes whole; else an
    `InputError` at `where`. Writers get the pixels re-encoded (`emblem_png`)."""
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise InputError(
            f"image {path.name} is {size // 1024} KB, more than {MAX_IMAGE_BYTES // 2**20} MB",
            location=where,
            hint="an emblem needs no more than about 600 px width; save a smaller PNG",
        )
    head = path.read_bytes()[:8]
    if not head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        raise InputError(
            f"image {path.name} is not a PNG or JPEG file", location=where, hint="save the emblem as PNG"
        )
    problem = _image_problem(str(path), size, path.stat().st_mtime_ns)
    if problem:
        message, hint = problem
        raise InputError(f"image {path.name} {message}", location=where, hint=hint)


_BAD_IMAGE_ERRORS = (OSError, ValueError, SyntaxError, EOFError, struct.error, ZeroDivisionError, Warning)


@functools.lru_cache(maxsize=16)
def _image_problem(path: str, size: int, mtime_ns: int) -> tuple[str, str] | None:
    """(message, hint) for an emblem that cannot be used, None for a good one."""
    from PIL import Image

    redo = "save the emblem again as a PNG from an image editor"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                width, height = img.size
                if width * height > MAX_IMAGE_PIXELS:
                    return f"is {width}×{height} pixels, too large", "an emblem needs no more than about 600 px width"
                if max(width, height) > MAX_IMAGE_RATIO * min(width, height):
                    return (f"is {width}×{height} pixels: too narrow or too flat for an emblem",
                            f"crop it to at most {MAX_IMAGE_RATIO}:1")
                img.verify()  # checksums (PNG CRCs) and structure
            with Image.open(path) as img:
                img.load()  # every pixel decodes: no truncated data
    except _BAD_IMAGE_ERRORS as exc:
        return f"cannot be read ({exc or type(exc).__name__})", redo
    return None


@functools.lru_cache(maxsize=16)
def _emblem_png(path: str, size: int, mtime_ns: int) -> bytes:
    from PIL import Image

    with Image.open(path) as img:
        img.load()
        pixels = img if img.mode in ("1", "L", "LA", "P", "RGB", "RGBA") else img.convert("RGBA")
        out = io.BytesIO()
        pixels.save(out, "PNG")  # no text chunks, no colour profile, no odd resolution
    return out.getvalue()


def emblem_png(path: Path) -> bytes:
    """The emblem's pixels as a plain PNG: what writers embed, whatever chunks, profile
    or resolution fields the theme's file carried (checked by `check_image`)."""
    info = Path(path).stat()
    return _emblem_png(str(path), info.st_size, info.st_mtime_ns)


# --- reference.docx ---------------------------------------------------------------------

_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_WORD_ENCODINGS = {"UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE"}  # what OPC allows (ECMA-376-2, 8.1.4)
_DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError, NotImplementedError)


def _parse_part(name: str, data: bytes, refuse) -> etree._Element:
    """One XML part of the reference, parsed with no DTD loaded, no entity resolved and
    no network, whatever encoding it claims; refused when it is malformed, is not in
    UTF-8 or UTF-16, or declares a DTD or entities."""
    if _mentions_dtd(data):
        raise refuse(f"part {name} declares a DTD or entities, which Word documents never need")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise refuse(f"part {name} is not well-formed XML ({exc.msg or exc})") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or any(True for _ in root.iter(etree.Entity)):
        raise refuse(f"part {name} declares a DTD or entities, which Word documents never need")
    encoding = (info.encoding or "UTF-8").upper().replace("_", "-")
    if encoding not in _WORD_ENCODINGS:
        raise refuse(f"part {name} is encoded as {info.encoding}; Word documents use UTF-8")
    return root


def _mentions_dtd(data: bytes) -> bool:
    """Whether the bytes, read in any Unicode encoding, hold a DOCTYPE or ENTITY
    declaration (even one malformed enough that a parser would not get to it)."""
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        text = data.decode(codec, errors="ignore").lower()
        if "<!doctype" in text or "<!entity" in text:
            return True
    return False


def _check_links(name: str, root: etree._Element, refuse) -> None:
    """A relationship to an outside file (an attached template, a linked picture) is
    refused: Word would fetch it. Hyperlinks are fine."""
    for rel in root.iter(_RELATIONSHIP):
        if rel.get("TargetMode") == "External" and not str(rel.get("Type", "")).endswith("/hyperlink"):
            raise refuse(
                f"part {name} links to an outside file ({str(rel.get('Target'))[:160]})",
                "remove linked pictures and attached templates; embed pictures instead",
            )


@functools.lru_cache(maxsize=8)
def _open_problem(path: str, size: int, mtime_ns: int) -> str:
    """Why python-docx cannot open the (already checked) reference, or ''."""
    import docx

    try:
        docx.Document(path)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:200]
    return ""


def check_reference_docx(path: Path, where: Location) -> None:
    """Nothing if `path` is a plain Word document safe to open; else an `InputError`.

    python-docx parses every XML part with lxml; the checks below keep DTDs, entity
    expansion, zip bombs, macros and remote templates or images out before it does."""

    def refuse(message: str, hint: str = "save a fresh copy from Word as .docx (not .docm)") -> InputError:
        return InputError(f"reference.docx {path.name}: {message}", location=where, hint=hint)

    size = path.stat().st_size
    if size > MAX_REFERENCE_BYTES:
        raise refuse(
            f"the file is {size / 2**20:.1f} MB, more than {MAX_REFERENCE_BYTES // 2**20} MB",
            "a reference document needs styles only: delete its text and pictures",
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise refuse("not a Word .docx file (not a zip archive)") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_REFERENCE_PARTS:
            raise refuse(f"holds {len(infos)} parts, more than {MAX_REFERENCE_PARTS}")
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_REFERENCE_UNPACKED:
            raise refuse(
                f"unpacks to {unpacked // 2**20} MB, more than {MAX_REFERENCE_UNPACKED // 2**20} MB"
            )
        names = {i.filename for i in infos}
        for needed in ("[Content_Types].xml", "word/document.xml", "word/styles.xml"):
            if needed not in names:
                raise refuse(f"has no {needed}: not a Word document")
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise refuse("contains macros")
        for info in infos:
            if info.flag_bits & 0x1:
                raise refuse(f"part {info.filename} is encrypted")
            if not info.filename.lower().endswith((".xml", ".rels")):
                continue
            try:
                data = archive.read(info)
            except _DAMAGED as exc:
                raise refuse(f"part {info.filename} is damaged ({exc})") from None
            _check_links(info.filename, _parse_part(info.filename, data, refuse), refuse)
    problem = _open_problem(str(path), size, path.stat().st_mtime_ns)
    if problem:
        raise refuse(f"cannot be opened as a Word document ({problem})")
