"""Layout decisions every writer shares: a `Theme` (and the memo's blocks) → page size,
text width, vertical spacing, table columns and cell padding, in points or millimetres.

Each decision is made once, here: the PDF and DOCX writers (and a third writer, should
one come) read these values instead of choosing their own, so their pages agree. This
module imports only the document model and the theme model.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from memogen.document import Block, Cell, Figure, Heading, Image, ListBlock, Paragraph, Table, plain_text
from memogen.themes.model import Theme

A4_WIDTH_MM, A4_HEIGHT_MM = 210.0, 297.0
PT_PER_MM = 72 / 25.4
MAX_EMBLEM_MM = 17.0  # the state emblem is at most 17 mm wide (records instruction)
EMBLEM_GAP_MM = 3.0  # between the emblem and the letterhead lines under it
# Word's "single" line spacing for Times New Roman is about 1.15 em (the font's own
# ascent + descent + line gap), so "line_spacing: 1.0" means a leading of 1.15 × size.
SINGLE_LEADING = 1.15
MAX_CHART_WIDTH_MM = 170.0


# --- page ------------------------------------------------------------------------------


def text_width_mm(theme: Theme) -> float:
    """Width of the text column of an A4 page between the theme's margins."""
    return A4_WIDTH_MM - theme.margins.left - theme.margins.right


def chart_width_mm(theme: Theme) -> float:
    """Charts span the text column, but no more than 170 mm (the BY column)."""
    return min(MAX_CHART_WIDTH_MM, text_width_mm(theme))


def emblem_width_mm(image: Image) -> float:
    return min(image.width_mm, MAX_EMBLEM_MM)


def leading_pt(theme: Theme, size_pt: float | None = None) -> float:
    """The distance between baselines of text at `size_pt` (body size by default)."""
    size = theme.sizes.body if size_pt is None else size_pt
    return size * SINGLE_LEADING * theme.typography.line_spacing


def hyphenation_language(language: str) -> str:
    """The hyphenation dictionary for a BCP 47 tag («ru-RU» → «ru_RU»), or "" when
    pyphen has none for it (then words are not hyphenated rather than hyphenated
    by another language's rules)."""
    import pyphen

    return pyphen.language_fallback(language.replace("-", "_")) or ""


# --- vertical spacing (points) ----------------------------------------------------------


@dataclass(frozen=True)
class Spacing:
    before: float = 0.0
    after: float = 0.0


def blank_line_pt(theme: Theme) -> float:
    """One empty body line: below the access marking, the letterhead and the title."""
    return leading_pt(theme)


def doc_type_gap_pt(theme: Theme) -> float:
    """Above the document type («СПРАВКА»), when a letterhead or marking stands above it."""
    return theme.sizes.title * 0.6


def reference_indent_mm(theme: Theme) -> float:
    """A list of sources: each entry's number stands at the margin and its text, every
    line of it, this far in (a hanging indent, GOST 7.0.100): the paragraph indent."""
    return theme.typography.first_line_indent_cm * 10


def addressee_indent_mm(theme: Theme) -> float:
    """A letter's addressee stands flush left from the middle of the text width."""
    return text_width_mm(theme) / 2


def addressee_spacing(theme: Theme) -> Spacing:
    return Spacing(theme.sizes.body, theme.sizes.body)


def subject_spacing(theme: Theme) -> Spacing:
    """A letter's title to the text: one empty body line between it and the text."""
    return Spacing(0.0, theme.sizes.body)


def attachment_spacing(theme: Theme) -> Spacing:
    """The attachment mark stands one empty body line below the text above it."""
    return Spacing(blank_line_pt(theme), paragraph_spacing(theme).after)


def attachment_indent_pt(theme: Theme) -> float:
    """How far in the attachment mark's later lines start: under the first line's text,
    past the label and its space («Приложение: »), so that «2.» stands under «1.»
    (GOST R 7.0.97, requisite 21)."""
    return measure_with(theme.fonts.regular, theme.sizes.body)(theme.labels.attachment + " ")


def paragraph_spacing(theme: Theme) -> Spacing:
    """Body paragraphs and list items alike: the theme's space after, nothing before
    (list items are spaced as paragraphs, never contextually)."""
    return Spacing(0.0, theme.typography.space_after_pt)


def heading_spacing(theme: Theme, level: int) -> Spacing:
    """A section heading stands one body size below the text above it (half that for a
    subsection) and a quarter of it above its own text."""
    body = theme.sizes.body
    before = body if level <= 1 else body / 2
    return Spacing(before, body / 4 + theme.typography.space_after_pt)


def figure_spacing(theme: Theme) -> Spacing:
    """Air above a chart (so its labels clear the text or table above) and below its
    caption."""
    return Spacing(theme.sizes.body / 2, theme.sizes.body * 0.6)


CAPTION_GAP_PT = 3.0  # between a table's caption and its grid, a picture and its caption


def table_after_pt(theme: Theme) -> float:
    return theme.sizes.body * 0.6


def signature_gap_pt(theme: Theme) -> float:
    """Two empty body lines above the signature."""
    return 2 * leading_pt(theme)


def signature_date_gap_pt(theme: Theme) -> float:
    """One empty body line between the signature and its date."""
    return leading_pt(theme)


# --- keeping blocks together -------------------------------------------------------------


def is_lead_in(block: Block, following: Block | None) -> bool:
    """A paragraph ending in a colon that introduces a list, table or chart: it must
    not stay alone at the foot of a page with what it introduces on the next."""
    if not isinstance(block, Paragraph) or not isinstance(following, (ListBlock, Table, Figure)):
        return False
    return plain_text(block.children).rstrip().endswith(":")


def keeps_with_next(block: Block, following: Block | None) -> bool:
    """Headings and lead-ins go to the next page with the first lines they introduce."""
    return following is not None and (isinstance(block, Heading) or is_lead_in(block, following))


def is_long(block: Block | None) -> bool:
    """A table or list too long to keep whole with the heading above it: the heading
    then asks only for room to start it."""
    match block:
        case Table(rows=rows):
            return len(rows) > 3
        case ListBlock(items=items):
            return len(items) > 3
        case _:
            return False


# --- tables ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CellPadding:
    """Room between a cell's border and its text, in points."""

    left: float = 3.0
    right: float = 3.0
    top: float = 1.0
    bottom: float = 2.0


CELL_PADDING = CellPadding()
TABLE_RULE_PT = 0.5


def table_columns(table: Table) -> int:
    """The number of columns: the longest row. A table without any is an error, never
    silently dropped."""
    ncols = max((len(r) for r in (*table.header, *table.rows)), default=0)
    if ncols == 0:
        raise ValueError(f"table {plain_text(table.caption)!r} has no columns")
    return ncols


Measure = Callable[[str], float]  # text → its width in points at the table's size


def column_widths(table: Table, width_pt: float, measure: Measure) -> tuple[float, ...]:
    """Column widths in points filling `width_pt`: the table's relative widths (missing
    ones count 1, extra ones are ignored), each widened to hold its longest unbreakable
    word plus the cell padding, the room taken from columns that have some to spare."""
    ncols = table_columns(table)
    weights = [*table.widths[:ncols], *[1.0] * (ncols - len(table.widths[:ncols]))]
    weights = [w if w > 0 else 1.0 for w in weights]
    total = sum(weights)
    widths = [width_pt * w / total for w in weights]
    need = _longest_words(table, ncols, measure)
    pad = CELL_PADDING.left + CELL_PADDING.right
    need = [n + pad + 0.5 for n in need]  # half a point against rounding in the engines
    if sum(need) > width_pt:
        return tuple(widths)  # cannot hold every word: keep the designed proportions
    short = {i: need[i] - w for i, w in enumerate(widths) if need[i] > w}
    if not short:
        return tuple(widths)
    spare = {i: widths[i] - need[i] for i in range(ncols) if i not in short}
    deficit, room = sum(short.values()), sum(spare.values())
    out = list(widths)
    for i in short:
        out[i] = need[i]
    for i, slack in spare.items():
        out[i] -= deficit * slack / room
    return tuple(out)


def row_fits_a_page(cells: Sequence[Cell], widths_pt: Sequence[float], theme: Theme) -> bool:
    """Whether a table row surely fits on a page, so that it may be kept from splitting
    across pages: Word keeps such a row whole even when it is taller than a page, and
    clips what does not fit. An estimate on the safe side: each cell's lines counted as
    if they filled only 80 % of its column, plus one a paragraph, against half a page."""
    measure = table_measure(theme)
    room_pt = (A4_HEIGHT_MM - theme.margins.top - theme.margins.bottom) * PT_PER_MM / 2
    pad = CELL_PADDING
    for cell, width in zip(cells, widths_pt):
        column = max(width - pad.left - pad.right, 1.0)
        paragraphs = plain_text(cell.children).split("\n")
        lines = sum(math.ceil(measure(text) / (0.8 * column)) + 1 for text in paragraphs)
        if lines * leading_pt(theme, theme.sizes.table) + pad.top + pad.bottom > room_pt:
            return False
    return True


_BREAKS = re.compile(r"[ \n\t]+")


def _longest_words(table: Table, ncols: int, measure: Measure) -> list[float]:
    need = [0.0] * ncols
    for row in (*table.header, *table.rows):
        for i, cell in enumerate(row):
            for word in _BREAKS.split(plain_text(cell.children)):
                for part in _hyphen_parts(word):
                    need[i] = max(need[i], measure(part))
    return need


def _hyphen_parts(word: str) -> list[str]:
    """A word breaks after its own hyphens («Минск-Вологда»); the hyphen stays with
    the first part."""
    return re.findall(r"[^-]+-?|-", word) or [word]


# --- breaking long words and addresses (docs/memo-style.md) -------------------------------

# An address (URL) breaks after these characters, never before them, and with no hyphen
# added, so the text still copies as one address; any other word longer than the line
# breaks at the margin. Both writers follow these rules.
URL_BREAK_AFTER = "/-?&=."
URL = re.compile(r"\b(?:https?|ftp)://[^\s<>«»\"]*[^\s<>«»\".,;:!?)\]]|\bwww\.[^\s<>«»\"]*[^\s<>«»\".,;:!?)\]]")
_SCHEME_ANYWHERE = re.compile(r"[a-z][a-z0-9+.-]*://", re.I)
_ADDRESS_PIECE = re.compile(r"[!-~]+")  # printable ASCII, no space
MIN_ADDRESS = 12
MAX_LINE_CHARS = 300  # no line holds more characters


def find_urls(text: str) -> list[tuple[int, int]]:
    """Where addresses stand in `text`: (start, end) of each, the sentence's own closing
    punctuation left out."""
    return [m.span() for m in URL.finditer(text)]


def url_breaks(word: str) -> list[int]:
    """Offsets in `word` where a line may end: after each of URL_BREAK_AFTER, but not
    inside a scheme («https://»), nor before another break character (a run such as
    «//» or «.-» stays whole), nor at either end."""
    schemes = [m.span() for m in _SCHEME_ANYWHERE.finditer(word)]
    return [
        i + 1
        for i in range(len(word) - 1)
        if word[i] in URL_BREAK_AFTER
        and word[i + 1] not in URL_BREAK_AFTER
        and not any(a <= i < b for a, b in schemes)
    ]


def breaks_as_address(word: str) -> bool:
    """Whether `word` breaks by the address rules: it holds a URL, or it is an e-mail,
    a file name or the rest of an address after a break (no letters outside ASCII,
    at least MIN_ADDRESS characters, a break character inside)."""
    if URL.search(word):
        return True
    return (
        len(word) >= MIN_ADDRESS
        and _ADDRESS_PIECE.fullmatch(word) is not None
        and any(ch in URL_BREAK_AFTER for ch in word[:-1])
    )


def address_break(word: str, room: float, line: float, width: Callable[[int], float]) -> int:
    """Where to end the line inside the address `word`, which does not fit in the
    `room` left on the line (of `line` points in all); `width(i)` is the width of
    `word[:i]`. The last break point that fits; else 0, the whole address to the next
    line, when words stand before it; else (a piece wider than a whole line) the
    margin: the most characters that fit, at least one."""
    for i in reversed(url_breaks(word)):
        if i <= MAX_LINE_CHARS and width(i) <= room:
            return i
    if room < line:
        return 0
    lo, hi = 1, min(len(word) - 1, MAX_LINE_CHARS)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if width(mid) <= room else (lo, mid - 1)
    return lo


ZERO_WIDTH_BREAK = "\u200b"  # a break opportunity that shows nothing (U+200B ZERO WIDTH SPACE)


def mark_address_breaks(text: str, mark: str = ZERO_WIDTH_BREAK) -> str:
    """`text` with `mark` at each point where an address in it may end a line (see
    `url_breaks`): for a writer whose engine breaks lines itself (Word, LibreOffice) and
    would otherwise break an address only at the margin. Other words are left alone."""
    return _SPACE_RUNS.sub(lambda m: m[0] if m[0].isspace() else _marked(m[0], mark), text)


_SPACE_RUNS = re.compile(r"\s+|\S+")


def _marked(word: str, mark: str) -> str:
    if not breaks_as_address(word):
        return word
    cuts = [0, *url_breaks(word), len(word)]
    return mark.join(word[a:b] for a, b in zip(cuts, cuts[1:]))


def justifies(text: str, line_pt: float, theme: Theme) -> bool:
    """Whether a justified paragraph of `text` whose narrowest line is `line_pt` wide
    stays justified. Not when it holds a word (an address included) wider than that
    line: such a word is broken inside, at the margin or at its break points, and
    neither that line nor the one before it (left short when the word moves down whole)
    can be spread without wide gaps; the paragraph is set flush left, in both writers."""
    measure = measure_with(theme.fonts.regular, theme.sizes.body)
    return all(measure(word) <= line_pt for word in _BREAKS.split(text))


# --- measuring text without a writer -----------------------------------------------------


def _advances(font_path: str) -> tuple[dict[int, int], int]:
    from memogen.fontfacts import font_facts

    facts = font_facts(font_path)
    if facts.units_per_em is None:
        raise ValueError(f"font {Path(font_path).name} has no metrics (hmtx, head) to measure text with")
    return facts.advances, facts.units_per_em


def advance(font_path: Path | str, char: str) -> int | None:
    """The advance width of `char` in a TrueType file (font units), None without a glyph."""
    return _advances(str(font_path))[0].get(ord(char))


def measure_with(font_path: Path | str, size_pt: float) -> Measure:
    """A `Measure` from a TrueType file's advance widths (no kerning: a little wide,
    which is the safe side for a column)."""
    widths, upem = _advances(str(font_path))
    default = widths.get(ord("m"), upem // 2)

    def measure(text: str) -> float:
        return sum(widths.get(ord(ch), default) for ch in text) * size_pt / upem

    return measure


def table_measure(theme: Theme) -> Measure:
    """How wide table text is in the theme's body font at the table size (the DOCX's
    Word font is the metric twin of the theme's TrueType file)."""
    return measure_with(theme.fonts.regular, theme.sizes.table)
