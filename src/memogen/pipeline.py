"""A facts file and a theme name → memo files on disk: load, derive, compose, write.

The one place that strings the stages together, for the CLI and for tests. It never
prints: problems come back as `MemogenError`s, mismatched figures as warnings.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from memogen import cachedir
from memogen.cachedir import default_cache_dir
from memogen.charts import cache as charts_cache
from memogen.charts import render_cached
from memogen.checks import source_checks
from memogen.compose import Composed, compose_cover, compose_memo
from memogen.compose.pack import Attached, Enclosure
from memogen.compose.placement import chart_error
from memogen.document import Figure, Memo, map_figures
from memogen.errors import InputError, Location, Notice
from memogen.facts.model import Facts
from memogen.figures import Figures, Mismatch, derive_figures
from memogen.glyphs import missing_glyphs
from memogen.kinds import KINDS, MEMO
from memogen.themes.loader import DEFAULT, LoadedTheme, load_theme, theme_folders, unknown_theme
from memogen.themes.model import Theme
from memogen.writers import get_format, write_files  # write_files: a run's files, all or none
from memogen.writers.pdf import page_count
from memogen.yamlfile import load_model, read_yaml
from memogen.yamlguard import describe

LAST_EPOCH = 4354819199  # 2107-12-31 23:59:59 UTC
EXAMPLE_FACTS = Path(__file__).resolve().parent / "examples" / "vologda-2025.yaml"


@dataclass(frozen=True)
class Loaded:
    path: Path
    facts: Facts
    figures: Figures
    source_warnings: tuple[Mismatch, ...] = ()

    @property
    def warnings(self) -> tuple[Mismatch, ...]:
        return self.figures.warnings + self.source_warnings


@dataclass(frozen=True)
class Document:
    """One built document of the pack: its kind, the composed model, the theme it was
    composed in and its files' bytes by format."""

    kind: str
    memo: Memo
    theme: LoadedTheme
    files: dict[str, bytes]
    paths: tuple[Path, ...] = ()

    def pdf(self) -> bytes:
        """The PDF rendition: the built one, else rendered now (to count its pages)."""
        return self.files.get("pdf") or get_format("pdf").write(self.memo, self.theme.theme)


@dataclass(frozen=True)
class Built:
    source: Path
    facts: Facts
    memo: Memo  # the first document built (the memo, unless it was not asked for)
    theme: LoadedTheme
    files: tuple[tuple[Path, bytes], ...]  # (where it goes, its bytes): every file of the run
    warnings: tuple[Mismatch, ...]
    documents: tuple[Document, ...] = ()
    notices: tuple[Notice, ...] = ()  # other warnings: an unusable chart cache, missing glyphs

    @property
    def outputs(self) -> tuple[Path, ...]:
        return tuple(path for path, _ in self.files)


def load_facts(path: Path) -> Loaded:
    """The validated facts of `path` and the figures derived from them."""
    _check_name(Path(path))
    facts = load_model(Facts, Path(path))
    sources = tuple(source_checks(facts, Path(path).parent))
    return Loaded(Path(path), facts, derive_figures(facts), sources)


def _check_name(path: Path) -> None:
    """A facts file's name becomes its memo's file names (and an e-mail's attachment
    names): one with a control character, such as a line break, is refused."""
    odd = [c for c in path.name if unicodedata.category(c) in ("Cc", "Cs")]
    if odd:
        raise InputError(
            f"the file name holds {describe(odd[0])}",
            location=Location.at(repr(str(path)), None),
            hint="rename the file: the memo's files are named after it",
        )


def example_facts(workspace: Path) -> list[Path]:
    """The facts files a theme check builds: the workspace's, else memogen's own example."""
    folder = workspace / "facts"
    found = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
    return found or [EXAMPLE_FACTS]


def find_facts(workspace: Path) -> list[Path]:
    """Every facts file of the workspace: `facts/*.yaml`, in name order."""
    folder = workspace / "facts"
    found = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
    if not found:
        raise InputError(
            f"no facts files in {folder}",
            hint="name a facts file, or add one under facts/ "
            "(`memogen init` writes an example; see `memogen docs facts`)",
        )
    return found


def source_date_epoch() -> dt.datetime | None:
    """The moment SOURCE_DATE_EPOCH (reproducible-builds convention) names, if set;
    without it files carry the memo's own date (`Meta.timestamp`), never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    # ZIP (DOCX) dates end in 2107; earlier than 1980 is written as 1980.
    if not (epoch.isascii() and epoch.isdigit()) or int(epoch) > LAST_EPOCH:
        raise InputError(
            f"SOURCE_DATE_EPOCH={epoch[:40]!r} is not a time memogen can stamp on files",
            hint=f"set it to whole seconds since 1970-01-01 UTC, at most {LAST_EPOCH} (end of 2107), or unset it",
        )
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC)


def workspace_theme(workspace: Path) -> str | None:
    """The default theme `memogen.yaml` at the workspace root names, if any."""
    from memogen.config import load_config

    return load_config(workspace).theme


def choose_theme(loaded: Loaded, workspace: Path, theme_name: str | None = None) -> str:
    """Which theme builds the facts: the one asked for (--template), else the facts'
    own (memo.theme), else the workspace's (memogen.yaml), else the built-in default.
    A name that names no theme is an error saying who named it, and where."""
    name = theme_name or loaded.facts.memo.theme or workspace_theme(workspace) or DEFAULT
    if name in theme_folders(workspace):
        return name
    if theme_name:
        raise unknown_theme(name, workspace, None, " (asked for with --template)")
    field: tuple[str, ...] = ("memo", "theme")
    file = loaded.path
    if not loaded.facts.memo.theme:
        from memogen.config import CONFIG_NAME

        file, field = workspace / CONFIG_NAME, ("theme",)
    where = Location.at(file, read_yaml(file)[1].get(field), ".".join(field))
    raise unknown_theme(name, workspace, where)


def compose(
    loaded: Loaded, workspace: Path, theme_name: str | None = None, cache_dir: Path | None = None
) -> tuple[Memo, Theme]:
    """The memo of the loaded facts and the theme it was composed in (see `choose_theme`);
    every cache is kept in `cache_dir` when given (see `render`)."""
    with cachedir.using(cache_dir):
        theme = load_theme(choose_theme(loaded, workspace, theme_name), workspace)
        return _compose(loaded, theme, chart_cache(cache_dir)[0]), theme.theme


def glyph_notices(loaded: Loaded, workspace: Path, name: str | None = None) -> tuple[Notice, ...]:
    """Warnings for facts text the chosen theme's fonts cannot print (see `glyphs`)."""
    theme = load_theme(name or choose_theme(loaded, workspace), workspace).theme
    return missing_glyphs(loaded.facts, theme, loaded.path)


def case_notices(loaded: Loaded) -> tuple[Notice, ...]:
    """Warnings for officials whose names memogen cannot decline for sure (a foreign name,
    a surname with «аль-») and whose file does not write those forms: a theme naming
    officials in a sentence would stop at them, so `validate` asks for them first."""
    from memogen import inflect

    positions = None
    out = []
    for n, official in enumerate(loaded.facts.parties.officials):
        p = official.person
        missing = [
            case for case in inflect.CASES
            if getattr(p.cases, case) is None and inflect.inflect_person(p.given, p.surname, p.patronymic, case) is None
        ]
        if not missing:
            continue
        positions = positions if positions is not None else read_yaml(loaded.path)[1]
        field = ("parties", "officials", n, "person")
        name = " ".join(x for x in (p.given, p.patronymic, p.surname) if x)
        out.append(Notice(
            f"memogen cannot decline «{name}» for sure ({', '.join(missing)}); a theme that names officials "
            "in a sentence stops at it",
            location=Location.at(loaded.path, positions.get(field), ".".join(map(str, field))),
            hint=f"under {'.'.join(map(str, field))}, add `cases: {{{': …, '.join(missing)}: …}}`",
        ))
    return tuple(out)


def chart_cache(cache_dir: Path | None) -> tuple[Path | None, tuple[Notice, ...]]:
    """The chart cache to use (`cache_dir`, else the default), or None with a warning
    when that folder cannot be written: the charts are then drawn afresh."""
    folder = cache_dir or default_cache_dir()
    why = charts_cache.usable(folder)
    if not why:
        return folder, ()
    return None, (Notice(f"the chart cache {folder} cannot be used ({why}); charts are drawn without it",
                         hint="set MEMOGEN_CACHE_DIR to a folder you can write to"),)


def _compose(
    loaded: Loaded,
    theme: LoadedTheme,
    cache_dir: Path | None,
    pack: tuple[Enclosure, ...] = (),
    addressee: tuple[str, ...] = (),
) -> Memo:
    composed = compose_memo(loaded.facts, loaded.figures, theme, source=loaded.path, pack=pack, addressee=addressee)
    memo = draw_charts(composed, cache_dir, source=loaded.path)
    return replace(memo, meta=replace(memo.meta, created=source_date_epoch()))


def draw_charts(composed: Composed, cache_dir: Path | None, source: Path | str = "facts") -> Memo:
    """The composed memo with its figures' pictures: each placed chart drawn (or taken
    from the chart cache in `cache_dir`), in the order of the memo's figures."""
    charts = iter(composed.charts)

    def draw(figure: Figure) -> Figure:
        placed = next(charts)
        try:
            chart = render_cached(placed.spec, placed.style, cache_dir)
        except (ValueError, OSError) as exc:
            raise chart_error(placed.name, placed.template, source, exc) from exc
        return replace(figure, alt=chart.alt, width_mm=chart.width_mm, height_mm=chart.height_mm,
                       svg=chart.svg, png=chart.png)

    blocks = map_figures(composed.memo.blocks, draw)
    assert next(charts, None) is None, "every placed chart has its figure"
    return replace(composed.memo, blocks=blocks)


def build(facts_path: Path, formats: list[str], out_dir: Path, **options: Any) -> Built:
    """Build one facts file into `out_dir`: each document kind (memo, talking points,
    cover letter) in each format, named `<stem><kind suffix><format suffix>`. Every file
    is rendered in memory first and they land together (`write_files`), so a failure
    writes nothing and keeps earlier files. `options` are `render`'s keyword arguments."""
    built = render(facts_path, formats, out_dir, **options)
    write_files(built.files)
    return built


def render(
    facts_path: Path,
    formats: list[str],
    out_dir: Path,
    *,
    workspace: Path,
    theme_name: str | None = None,
    cache_dir: Path | None = None,
    kinds: Sequence[str] = (MEMO,),
    addressee: tuple[str, ...] = (),
    pdf_a: bool = False,
) -> Built:
    """`build` in memory: the files' names and bytes, nothing written yet (so that a
    command writing more, like `mail`, can land them all at once). `pdf_a` writes
    PDF/A-2b whatever the theme says. Every cache (charts, compiled templates, fonts,
    parsed YAML) is kept in `cache_dir` when given, else in the default folder."""
    with cachedir.using(cache_dir):
        return _render(facts_path, formats, out_dir, workspace, theme_name, cache_dir, kinds, addressee, pdf_a)


def _render(
    facts_path: Path,
    formats: list[str],
    out_dir: Path,
    workspace: Path,
    theme_name: str | None,
    cache_dir: Path | None,
    kinds: Sequence[str],
    addressee: tuple[str, ...],
    pdf_a: bool,
) -> Built:
    loaded = load_facts(facts_path)
    name = choose_theme(loaded, workspace, theme_name)
    cache_dir, notices = chart_cache(cache_dir)
    notices += glyph_notices(loaded, workspace, name)
    stem = Path(facts_path).stem
    documents: list[Document] = []
    rendered: list[tuple[Path, bytes]] = []
    for kind in [k for k in KINDS if k in kinds]:
        theme = load_theme(name, workspace, kind)
        pack = _pack(documents, loaded, name, workspace, cache_dir) if kind == "letter" else ()
        memo = _compose(loaded, theme, cache_dir, pack, addressee)
        settings = theme.theme.model_copy(update={"pdf_a": True}) if pdf_a else theme.theme
        files = {fmt: _write(fmt, memo, settings, facts_path) for fmt in formats}
        paths = {f: out_dir / f"{stem}{KINDS[kind].suffix}{get_format(f).suffix}" for f in files}
        documents.append(Document(kind, memo, theme, files, tuple(paths.values())))
        rendered += [(paths[f], data) for f, data in files.items()]
    first = documents[0]
    return Built(
        Path(facts_path), loaded.facts, first.memo, first.theme, tuple(rendered),
        loaded.warnings, tuple(documents), notices,
    )


def _write(fmt: str, memo: Memo, theme: Theme, facts_path: Path) -> bytes:
    """The memo in one format; a problem the writer finds in the facts' text (a block
    too long for a page) names the facts file."""
    try:
        return get_format(fmt).write(memo, theme)
    except InputError as exc:
        if exc.location is not None:
            raise
        raise InputError(exc.message, location=Location.at(facts_path, None), hint=exc.hint) from exc


def _pack(
    documents: list[Document], loaded: Loaded, name: str, workspace: Path, cache_dir: Path | None
) -> tuple[Enclosure, ...]:
    """What the cover letter encloses: the memo (built with it or, when only the letter
    is asked for, composed for the count) and the talking points when built with it,
    each with the page count of its PDF. The DOCX follows the PDF's layout page for
    page (tests check it against LibreOffice), so one count serves both formats."""
    built = {d.kind: d for d in documents}
    if MEMO not in built:
        theme = load_theme(name, workspace, MEMO)
        built[MEMO] = Document(MEMO, _compose(loaded, theme, cache_dir), theme, {})
    return tuple(
        Enclosure(d.memo.meta.doc_type.lower(), page_count(d.pdf()))
        for d in (built[k] for k in KINDS if k in built)
    )


def cover(built: Built) -> tuple[str, str]:
    """Subject and body of the e-mail that carries a built memo (or pack), in its theme's
    words; the note lists every document with its files."""
    documents = tuple(
        Attached(d.memo.meta.subject, tuple(p.name for p in d.paths)) for d in built.documents
    )
    return compose_cover(built.facts, built.memo, built.theme, documents)
