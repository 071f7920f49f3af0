"""Format-neutral memo model: what composers produce and the only thing writers read.

A `Memo` is its `Meta` (the requisites of the document) and a tuple of blocks. Every
word a reader sees is already composed here: writers add layout, never wording, so a
memo in another language needs no change to any writer. This module imports nothing
else from memogen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

# --- inlines -----------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A run of plain text (may hold no-break spaces, en dashes and «ёлочки»)."""

    text: str


@dataclass(frozen=True)
class Strong:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Emph:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Note:
    """A footnote: its text goes to the foot of the page, a number stays in the line."""

    children: tuple[Inline, ...]


@dataclass(frozen=True)
class LineBreak:
    """A forced line break inside a paragraph."""


@dataclass(frozen=True)
class Counter:
    """The running number of a table or figure in its caption («Таблица 1»): `series`
    names the sequence («Таблица»), `value` is the number as composed. A writer may
    keep it live (Word's SEQ field renumbers when tables move), but prints `value`."""

    series: str
    value: int


@dataclass(frozen=True)
class Link:
    """A web address: `children` show it (the address as written), `url` is where it
    points. Writers make it a link and break it only where `layout` allows."""

    url: str
    children: tuple[Inline, ...]


Inline = Text | Strong | Emph | Note | LineBreak | Counter | Link


# --- blocks ------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A section heading; `number` ("1", "2.1") is composed, empty for unnumbered ones."""

    level: int
    children: tuple[Inline, ...]
    number: str = ""


ParagraphRole = Literal["body", "plain", "centered", "right", "addressee", "subject", "attachment"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph. `body` is justified with a first-line indent; `plain` is flush left
    without indent (attachment mark, "по состоянию на" line, table notes); `addressee`
    is a letter's addressee: flush left in the right half of the text width; `subject`
    is a letter's title to the text: flush left, an empty line between it and the text;
    `attachment` is the attachment mark («Приложение: 1. …»): flush left, an empty line
    above it, every line after the first starting under the first line's text."""

    children: tuple[Inline, ...]
    role: ParagraphRole = "body"


@dataclass(frozen=True)
class ListItem:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ListBlock:
    """A bulleted or numbered list; items hold paragraphs and nested lists.
    `references`: its items are bibliographic entries (a list of sources), laid out
    with a hanging indent and flush left, as GOST 7.0.100 shows them."""

    items: tuple[ListItem, ...]
    ordered: bool = False
    start: int = 1
    references: bool = False


Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Cell:
    children: tuple[Inline, ...]
    align: Align = "left"


@dataclass(frozen=True)
class Table:
    """A numbered table. `caption` is the full composed label («Таблица 1 — …»);
    `continuation` is what stands above the rest of the table on a following page
    («Продолжение таблицы 1»). `header` rows repeat on every page; `widths` are
    relative column widths (they need not sum to 1)."""

    caption: tuple[Inline, ...]
    continuation: str
    header: tuple[tuple[Cell, ...], ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A chart or picture. `svg` is the vector rendition (for PDF), `png` the raster one
    (for DOCX, 300 dpi or better); both show the same picture at `width_mm` ×
    `height_mm`. `alt` is the one-sentence description for readers who cannot see it;
    `caption` is the composed label («Рисунок 1 — …»)."""

    caption: tuple[Inline, ...]
    alt: str
    width_mm: float
    height_mm: float
    svg: bytes = b""
    png: bytes = b""


@dataclass(frozen=True)
class SignatureBlock:
    """Position (one or more lines) on the left; the composed name ("В.И.Каранкевич")
    on the level of the position's last line; an optional composed date below."""

    position: tuple[str, ...]
    name: str
    date: str = ""


@dataclass(frozen=True)
class ExecutorMark:
    """Executor's name and phone, small type, bottom left of the last page."""

    lines: tuple[str, ...]


Block = Heading | Paragraph | ListBlock | Table | Figure | SignatureBlock | ExecutorMark


# --- the memo ------------------------------------------------------------------------


@dataclass(frozen=True)
class Image:
    """A raster image (PNG or JPEG bytes) shown at a fixed width; height keeps ratio."""

    data: bytes
    width_mm: float


@dataclass(frozen=True)
class Meta:
    """The requisites: everything above the text, and document properties.

    An empty `doc_type` means a letter: no centred type and title above its text (its
    title to the text is one of its blocks); `title` still names the file's properties.

    `date` is the memo's own date. `created` is the moment file metadata records;
    writers read no clock, so the same memo always gives the same bytes."""

    title: str
    date: dt.date
    doc_type: str = "СПРАВКА"
    language: str = "ru-RU"
    as_of: str = ""
    access_marking: tuple[str, ...] = ()
    letterhead: tuple[str, ...] = ()
    emblem: Image | None = None
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    created: dt.datetime | None = None

    @property
    def document_title(self) -> str:
        """The document's name as file properties show it: the type, capitalised, and
        the title («Справка о сотрудничестве …»)."""
        kind = self.doc_type[:1].upper() + self.doc_type[1:].lower()
        return f"{kind} {self.title}".strip()

    @property
    def timestamp(self) -> dt.datetime:
        """`created`, or else midnight UTC of the memo's date."""
        return self.created or dt.datetime.combine(self.date, dt.time(), dt.UTC)


@dataclass(frozen=True)
class Memo:
    meta: Meta
    blocks: tuple[Block, ...]


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The text of inlines as a reader sees it in the line (footnote bodies left out)."""
    out: list[str] = []
    for node in inlines:
        match node:
            case Text(text=t):
                out.append(t)
            case Strong(children=c) | Emph(children=c) | Link(children=c):
                out.append(plain_text(c))
            case Note():
                pass
            case LineBreak():
                out.append("\n")
            case Counter(value=value):
                out.append(str(value))
    return "".join(out)


def map_figures(blocks: tuple[Block, ...], change: Callable[[Figure], Figure]) -> tuple[Block, ...]:
    """`blocks` with every figure, in reading order and inside lists too, replaced by
    `change(figure)`."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Figure):
            block = change(block)
        elif isinstance(block, ListBlock):
            items = tuple(ListItem(map_figures(item.blocks, change)) for item in block.items)
            block = replace(block, items=items)
        out.append(block)
    return tuple(out)
