"""PDF writer: a `Memo` and a `Theme` → the bytes of an A4 PDF laid out with reportlab platypus.

Layout follows docs/memo-style.md with every measure taken from the `Theme`: margins, the
theme's TrueType fonts (embedded, so no standard-14 font is ever referenced), justified
body text with Russian hyphenation, page numbers from page 2 in the top margin, real
footnotes at the foot of the page of their anchor, tables whose header repeats under a
«Продолжение таблицы N» line, vector charts, the signature block and the executor mark
at the bottom of the last page. The same memo and theme always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import assert_never

from memogen.writers import pdf_patterns  # noqa: F401 - before reportlab: it compiles less

# isort: split
from reportlab.graphics.shapes import Group, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    Paragraph as _ReportlabParagraph,
)
from reportlab.platypus import (
    Table as RLTable,
)
from reportlab.platypus import paragraph as _rl_paragraph

from memogen import document, layout
from memogen.charts.drawing import svg_drawing
from memogen.errors import InputError
from memogen.fontfacts import font_file
from memogen.themes.model import Fonts, Theme
from memogen.writers.pdf_archive import finish
from memogen.writers.pdf_breaks import URL_WASTE
from memogen.writers.pdf_fonts import ttfont
from memogen.writers.pdf_hyphens import load_dictionary
from memogen.writers.pdf_xmp import add_xmp

_NOTE_CB = "memogenNote"
_MAX_PASSES = 6


# reportlab's paragraph markup, escaped as xml.sax.saxutils does (importing that module
# pulls in urllib.request, http and ssl: a tenth of the writer's import time).


def escape(text: str) -> str:
    """`text` as paragraph markup: &, < and > as entities."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """`text` as a quoted attribute value (saxutils.quoteattr)."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


# --- fonts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _FontSet:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    chart: str


_REGISTERED: dict[str, str] = {}  # font name → file digest, to keep names unique


def _register(path: Path) -> str:
    """Register one TTF under a name derived from its file (not its path), so the same
    fonts give the same PDF bytes on every machine."""
    try:
        data, digest = font_file(path)
    except OSError as exc:
        raise InputError(f"cannot read font file {path}: {exc.strerror or exc}",
                         hint="fix the font paths in the theme's `fonts` section") from exc
    name = Path(path).stem
    if _REGISTERED.get(name, digest) != digest:
        name = f"{name}-{digest[:8]}"
    if name not in _REGISTERED:
        try:
            pdfmetrics.registerFont(ttfont(name, data, digest))
        except Exception as exc:  # reportlab raises bare TTFError and friends
            raise InputError(f"{path} is not a usable TrueType font: {exc}",
                             hint="use .ttf files with Cyrillic glyphs") from exc
        _REGISTERED[name] = digest
    return name


def _register_fonts(fonts: Fonts) -> _FontSet:
    fs = _FontSet(
        regular=_register(fonts.regular),
        bold=_register(fonts.bold),
        italic=_register(fonts.italic),
        bold_italic=_register(fonts.bold_italic),
        chart=_register(fonts.chart),
    )
    # A family, so <b> and <i> in paragraph markup pick the theme's own faces.
    pdfmetrics.registerFontFamily(
        fs.regular, normal=fs.regular, bold=fs.bold, italic=fs.italic, boldItalic=fs.bold_italic
    )
    return fs


# --- styles --------------------------------------------------------------------------

SOFT_HYPHEN = "\u00ad"


class RLParagraph(_ReportlabParagraph):
    """reportlab's paragraph, drawing a hyphen its hyphenation added at a line end as
    a soft hyphen (U+00AD: the same glyph and width in the theme's fonts). Copied or
    extracted text then tells a word broken for the line («сотруд\u00adничество», which
    readers join) from a real hyphen («Минск-Вологда»). reportlab keeps no mark of
    which hyphens it added, so a line-end hyphen counts as added when no word of the
    paragraph's own text has it there."""

    source_words: frozenset[str] | None = None

    def _words(self) -> frozenset[str]:
        if self.source_words is None:
            self.source_words = frozenset("".join(_frag_texts(self.frags)).split())
        return self.source_words

    def wrap(self, availWidth, availHeight):
        """reportlab's wrap, kept for the width it was last given: a paragraph's lines
        depend on the width alone, and a long table that runs over pages measures each
        of its rows again for every page (a table's cells were broken into lines ~10
        times each, a third of a long memo's build)."""
        if self.__dict__.get("_wrapped_width") == availWidth and "blPara" in self.__dict__:
            self.width = availWidth
            return availWidth, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth if availWidth >= _rl_paragraph._FUZZ else None  # noqa: SLF001
        return size

    def split(self, availWidth, availHeight):
        words = self._words()  # the parts' text carries reportlab's added hyphens
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, RLParagraph):
                part.source_words = words
        return parts

    def drawPara(self, debug=0):
        font = self.style.fontName
        if pdfmetrics.stringWidth(SOFT_HYPHEN, font, 10) == pdfmetrics.stringWidth("-", font, 10):
            for line in self.blPara.lines:
                _soften_added_hyphen(line, self._words())
        return super().drawPara(debug)


def _frag_texts(frags):
    """The text of a paragraph's runs: parsed runs carry `text`; a paragraph reportlab
    made by splitting another holds laid-out words instead ([width, (run, text), …],
    a space after those marked `_HSFrag`)."""
    for f in frags:
        if isinstance(f, list):
            yield "".join(text for _, text in f[1:])
            if isinstance(f, _rl_paragraph._HSFrag):  # noqa: SLF001
                yield " "
        else:
            yield getattr(f, "text", "")


def _soften_added_hyphen(line, words: frozenset[str]) -> None:
    if isinstance(line, tuple):  # plain text: (extra space, words)
        pieces = line[1]
        if pieces and pieces[-1].endswith("-") and not _real_hyphen(pieces[-1], words):
            pieces[-1] = type(pieces[-1])(pieces[-1][:-1] + SOFT_HYPHEN)
        return
    frags = [f for f in getattr(line, "words", ()) if getattr(f, "text", "")]
    text = "".join(f.text for f in frags)
    if text.endswith("-") and not _real_hyphen(text.split()[-1], words):
        frags[-1].text = frags[-1].text[:-1] + SOFT_HYPHEN


def _real_hyphen(token: str, words: frozenset[str]) -> bool:
    """Whether a line-end token «…-» is part of a word written with that hyphen: the
    start of the word («Минск-»), or a piece of an address broken after its own
    hyphen («vstrechu-s-» of «https://…/vstrechu-s-poslom»)."""
    return any(token in word for word in words)


class _Styles:
    def __init__(self, theme: Theme, fonts: _FontSet, language: str):
        t, s = theme.typography, theme.sizes
        self.fonts = fonts
        self.theme = theme

        def style(name: str, size: float, **kw) -> ParagraphStyle:
            kw.setdefault("fontName", fonts.regular)
            kw.setdefault("leading", layout.leading_pt(theme, size))
            kw.setdefault("alignment", TA_LEFT)
            # Long words break at the margin; addresses at memogen's break points.
            kw.setdefault("splitLongWords", 1)
            kw.setdefault("uriWasteReduce", URL_WASTE)
            return ParagraphStyle(name, fontSize=size, bulletFontName=fonts.regular, **kw)

        lang = layout.hyphenation_language(language) if t.hyphenate else ""
        if lang:
            load_dictionary(lang)  # from the cache folder, parsed once
        hyph = {"hyphenationLang": lang, "embeddedHyphenation": 1}
        after = layout.paragraph_spacing(theme).after
        self.body = style("body", s.body, alignment=TA_JUSTIFY,
                          firstLineIndent=t.first_line_indent_cm * cm, spaceAfter=after, **hyph)
        self.plain = style("plain", s.body, spaceAfter=after, **hyph)
        self.centered = style("centered", s.body, alignment=TA_CENTER, spaceAfter=after)
        self.right = style("right", s.body, alignment=TA_RIGHT, spaceAfter=after)
        addressee = layout.addressee_spacing(theme)
        self.addressee = style("addressee", s.body, leftIndent=layout.addressee_indent_mm(theme) * mm,
                               spaceBefore=addressee.before, spaceAfter=addressee.after)
        attached, hang = layout.attachment_spacing(theme), layout.attachment_indent_pt(theme)
        self.attachment = style("attachment", s.body, leftIndent=hang, firstLineIndent=-hang,
                                spaceBefore=attached.before, spaceAfter=attached.after, **hyph)
        subject = layout.subject_spacing(theme)
        self.subject = style("subject", s.body, spaceBefore=subject.before, spaceAfter=subject.after)
        self.heading = {
            level: style(f"heading-{level}", s.heading, fontName=fonts.bold, keepWithNext=1,
                         spaceBefore=layout.heading_spacing(theme, level).before,
                         spaceAfter=layout.heading_spacing(theme, level).after)
            for level in (1, 2)
        }
        self.access = style("access", s.body, alignment=TA_RIGHT)
        self.letterhead = style("letterhead", s.body, alignment=TA_CENTER)
        # Top of the frame drops the space when nothing stands above «СПРАВКА».
        self.doc_type = style("doc_type", s.title, fontName=fonts.bold, alignment=TA_CENTER,
                              spaceBefore=layout.doc_type_gap_pt(theme))
        self.title = style("title", s.title, alignment=TA_CENTER)
        self.as_of = style("as_of", s.body, alignment=TA_CENTER)
        gap = layout.CAPTION_GAP_PT
        self.caption = style("caption", s.body, spaceAfter=gap)
        self.fig_caption = style("fig_caption", s.body, alignment=TA_CENTER, spaceBefore=gap,
                                 spaceAfter=layout.figure_spacing(theme).after)
        self.continuation = style("continuation", s.body, alignment=TA_RIGHT, spaceAfter=gap)
        self.note = style("note", s.small)
        self.executor = style("executor", s.small)
        self.cell = {
            a: style(f"cell-{a}", s.table, alignment=al)
            for a, al in (("left", TA_LEFT), ("center", TA_CENTER), ("right", TA_RIGHT))
        }
        self.signature = style("signature", s.body)
        self.signature_right = style("signature-right", s.body, alignment=TA_RIGHT)


# --- flowables -----------------------------------------------------------------------


class _AtBottom(Flowable):
    """Takes all the height left in the frame and draws its content at the bottom of
    it, so the executor mark lands at the foot of the last page."""

    def __init__(self, content: Flowable):
        super().__init__()
        self.content = content

    def wrap(self, aw, ah):
        w, h = self.content.wrap(aw, ah)
        self._ch = h
        self.width = aw
        # Fill the rest of the frame when we fit; otherwise ask for our own height so the
        # frame refuses us and the mark moves to the next page.
        self.height = ah if h <= ah else h
        return self.width, self.height

    def split(self, aw, ah):
        return []

    def draw(self):
        self.content.drawOn(self.canv, 0, 0)


class _WholeTable(RLTable):
    """A table that moves to the next page whole instead of splitting (the signature).
    Not a KeepTogether: reportlab will not join a KeepTogether to the text before it
    through keepWithNext, and the signature must keep the text's last lines with it."""

    def split(self, availWidth, availHeight):
        return []


class _MemoTable(RLTable):
    """A memo table whose first row is the caption, or «Продолжение таблицы N» on each
    later page; reportlab repeats header rows but has no hook for a different first
    row in the split-off part, so split() rebuilds both parts from the memo's rows.

    reportlab measures every row of a table to wrap or split it, and the rest of a long
    table is wrapped and split again on each page: quadratic in its length. So a long
    table is measured by its first rows only, just enough of them to overflow the room
    (`_probe`): where a page ends depends on the rows before it alone, so the split
    falls where measuring all rows would put it, at a cost linear in the table.

    A row taller than a whole page (a cell of thousands of characters) is split inside
    (`_split_inside_a_row`); any other row moves to the next page whole."""

    _PROBE_ROWS = 32  # rows measured first; doubled until they overflow the room

    # reportlab's own split instantiates self.__class__ with Table's arguments only.
    def __init__(self, *args, build=None, rows=(), continued=False, page_height=0.0, **kw):
        self._build, self._rows, self._continued = build, rows, continued
        self._page_height = page_height
        super().__init__(*args, **kw)

    def _probe(self, availWidth, availHeight) -> tuple[RLTable, float, float] | None:
        """A table of this one's first rows that overflows `availHeight` (with its size),
        or None when only all rows would (then this table is measured whole)."""
        n = self._PROBE_ROWS
        while self._build is not None and n < len(self._rows):
            part = self._build(self._rows[:n], self._continued)
            w, h = RLTable.wrap(part, availWidth, availHeight)
            if h > availHeight:
                return part, w, h
            n *= 2
        return None

    def wrap(self, availWidth, availHeight):
        probe = self._probe(availWidth, availHeight)
        if probe is None:
            return super().wrap(availWidth, availHeight)
        self.width = probe[1]
        return probe[1], probe[2]  # taller than the room: the frame splits it next

    def split(self, availWidth, availHeight):
        probe = self._probe(availWidth, availHeight)
        measured = self if probe is None else probe[0]
        parts = RLTable.split(measured, availWidth, availHeight)
        if not parts and self._build is not None and self._has_row_taller_than_a_page(measured):
            return self._split_inside_a_row(availWidth, availHeight)
        if len(parts) < 2 or self._build is None:
            return parts if probe is None else RLTable.split(self, availWidth, availHeight)
        # parts[0] holds the label row and the header rows (repeatRows), then k data rows.
        k = len(parts[0]._cellvalues) - self.repeatRows  # noqa: SLF001 - no public row count
        if k <= 0:
            return []
        return [self._build(self._rows[:k], self._continued), self._build(self._rows[k:], True)]

    def _has_row_taller_than_a_page(self, measured: RLTable) -> bool:
        heights = measured._rowHeights  # noqa: SLF001 - known after wrap(), which precedes split()
        room = self._page_height - sum(heights[: self.repeatRows])
        return any(h > room for h in heights[self.repeatRows :])

    def _split_inside_a_row(self, availWidth, availHeight) -> list:
        """reportlab's own parts, a row cut at the foot of the page (a rebuilt part would
        not keep reportlab's padding at the cut), with the continuation line above the
        second; each part's rows are its cells as made (see `build`)."""
        RLTable.wrap(self, availWidth, availHeight)
        self.splitInRow = 1
        parts = RLTable.split(self, availWidth, availHeight)
        self.splitInRow = 0
        if len(parts) < 2 or len(parts[0]._cellvalues) <= self.repeatRows:  # noqa: SLF001
            return []
        for part, continued in zip(parts, (self._continued, True)):
            part._build, part._continued, part._page_height = self._build, continued, self._page_height  # noqa: SLF001
            part._rows = part._cellvalues[self.repeatRows :]  # noqa: SLF001
            part.splitInRow = 0
        rest = parts[1]._cellvalues  # noqa: SLF001 - a new row list: the parts share rows
        rest[0] = [self._build([], True)._cellvalues[0][0], *rest[0][1:]]  # noqa: SLF001
        return parts


def _retarget_fonts(node, font: str) -> None:
    """Point every string of a chart's drawing at the theme's chart font (the drawing
    read from the SVG names a placeholder, Helvetica, a standard-14 font)."""
    if isinstance(node, String):
        node.fontName = font
    elif isinstance(node, Group):
        for child in node.contents:
            _retarget_fonts(child, font)


def _pdf_text(text: str) -> str:
    """A PDF text string as UTF-16BE with its byte-order mark, in hex (no escaping)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class _AltText(Flowable):
    """A picture wrapped in a `/Span <</Alt (…)>> BDC … EMC` marked-content sequence
    carrying its alt text (PDF 1.5, ISO 32000-1 §14.9.3).

    This is as far as reportlab allows: it has no API for a structure tree
    (StructTreeRoot, /Figure elements with /Alt, MCIDs, ParentTree), and tagging the
    charts alone would be worse than no tags, since readers that trust a tagged PDF
    skip untagged content, i.e. all the text. /Alt (unlike /ActualText) leaves text
    extraction alone, so the chart's labels still copy and search as drawn."""

    def __init__(self, picture: Flowable, alt: str):
        super().__init__()
        self._picture, self._alt = picture, alt
        self.hAlign = getattr(picture, "hAlign", "CENTER")

    def wrap(self, aw, ah):
        self.width, self.height = self._picture.wrap(aw, ah)
        return self.width, self.height

    def draw(self):
        self.canv.addLiteral(f"/Span <</Alt {_pdf_text(self._alt)}>> BDC")
        self._picture.drawOn(self.canv, 0, 0)
        self.canv.addLiteral("EMC")


# --- the document template: footnotes and page numbers ---------------------------------


@dataclass
class _NoteState:
    """Footnote bookkeeping shared by a build pass: note texts, the pages their anchors
    landed on, and the room reserved at the foot of each page (from earlier passes)."""

    texts: dict[int, str] = field(default_factory=dict)
    reserve: dict[int, float] = field(default_factory=dict)
    landed: dict[int, list[int]] = field(default_factory=dict)


class _MemoDoc(BaseDocTemplate):
    def __init__(self, buf, theme: Theme, meta: document.Meta, styles: _Styles, notes: _NoteState):
        m = theme.margins
        self._theme, self._meta, self._styles, self._notes = theme, meta, styles, notes
        self._outline_count, self._outline_level = 0, -1
        super().__init__(
            buf,
            pagesize=(layout.A4_WIDTH_MM * mm, layout.A4_HEIGHT_MM * mm),
            leftMargin=m.left * mm,
            rightMargin=m.right * mm,
            topMargin=m.top * mm,
            bottomMargin=m.bottom * mm,
            title=meta.document_title,
            author=meta.author,
            subject=meta.subject,
            keywords=", ".join(meta.keywords),
            creator="memogen",
            lang=meta.language,
            invariant=1,
            # The canvas preamble selects a font before any text; make it ours, not Helvetica.
            initialFontName=styles.fonts.regular,
            initialFontSize=theme.sizes.body,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("memo", [frame], onPage=self._page_number,
                                            onPageEnd=self._footnotes)])

    def _makeCanvas(self, filename=None, canvasmaker=None):
        from reportlab.pdfgen.canvas import Canvas

        canv = super()._makeCanvas(filename, canvasmaker or Canvas)
        pdf = canv._doc  # noqa: SLF001 - reportlab has no public hook for the dates and /ID
        pdf._timeStamp = _timestamp(self._meta.timestamp)  # noqa: SLF001
        # reportlab seeds the file /ID with a timestamp it took from SOURCE_DATE_EPOCH
        # or the epoch; reseed it with the memo's, so only the memo decides the bytes.
        pdf.signature = hashlib.md5(b"a reportlab document", usedforsecurity=False)
        pdf.signature.update(ascii(pdf._timeStamp.t).encode())  # noqa: SLF001
        add_xmp(pdf, self._meta.language)
        canv.setNamedCB(_NOTE_CB, self._note_drawn)
        return canv

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        super().handle_frameBegin(resume, pageTopFlowables)
        # Raise the frame's floor by the footnote room this page needed in the last pass
        # (set absolutely: Frame._reset() does not restore _y1p between pages).
        f = self.frame
        f._y1p = f._y1 + f._bottomPadding + self._notes.reserve.get(self.page, 0)  # noqa: SLF001

    def _note_drawn(self, canv, kind, label):
        self._notes.landed.setdefault(canv.getPageNumber(), []).append(int(label))

    def afterFlowable(self, flowable):
        """A heading just drawn becomes an outline entry (bookmark) pointing at it."""
        entry = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        title, level = entry
        level = min(level, self._outline_level + 1)  # outline levels may not skip one
        self._outline_level = level
        key = f"h{self._outline_count}"
        self._outline_count += 1
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height  # noqa: SLF001 - reportlab keeps the frame's cursor private
        self.canv.bookmarkHorizontal(key, 0, top)
        self.canv.addOutlineEntry(title, key, level=level, closed=False)
        self.canv.showOutline()

    def _page_number(self, canv, doc):
        if doc.page < 2:
            return
        t, s = self._theme, self._theme.sizes
        canv.saveState()
        canv.setFont(self._styles.fonts.regular, s.page_number)
        x = self.leftMargin + self.width / 2
        canv.drawCentredString(x, self.pagesize[1] - t.typography.page_number_from_top_mm * mm,
                               str(doc.page))
        canv.restoreState()

    def footnote_height(self, numbers: list[int]) -> float:
        if not numbers:
            return 0.0
        h = self._styles.note.fontSize  # the gap holding the separator rule
        for n in numbers:
            h += self._note_para(n).wrap(self.width, self.height)[1]
        return h

    def _note_para(self, n: int) -> RLParagraph:
        return RLParagraph(f"<super>{n}</super>\u00a0{self._notes.texts[n]}", self._styles.note)

    def _footnotes(self, canv, doc):
        numbers = self._notes.landed.get(doc.page, [])
        if not numbers:
            return
        y = self.bottomMargin + self.footnote_height(numbers)
        canv.saveState()
        canv.setLineWidth(0.5)
        rule_y = y - self._styles.note.fontSize / 2
        canv.line(self.leftMargin, rule_y, self.leftMargin + 50 * mm, rule_y)
        y -= self._styles.note.fontSize
        for n in numbers:
            p = self._note_para(n)
            _, h = p.wrap(self.width, self.height)
            y -= h
            p.drawOn(canv, self.leftMargin, y)
        canv.restoreState()


def _timestamp(when: dt.datetime) -> TimeStamp:
    """The PDF creation date from the memo (never the clock, nor the environment:
    the pipeline has already applied SOURCE_DATE_EPOCH to `Meta.created`)."""
    ts = TimeStamp(invariant=1)
    utc = when.astimezone(dt.UTC)
    ts.lt = utc.timetuple()
    ts.YMDhms = tuple(ts.lt)[:6]
    ts.t = utc.timestamp()
    return ts


# --- memo → flowables ------------------------------------------------------------------


class _Builder:
    def __init__(self, theme: Theme, styles: _Styles, notes: _NoteState, width: float, height: float):
        self.theme, self.st, self.notes = theme, styles, notes
        self.width, self.height = width, height  # of the text frame

    # inlines

    def markup(self, inlines: tuple[document.Inline, ...]) -> str:
        out: list[str] = []
        for node in inlines:
            match node:
                case document.Text(text=t):
                    out.append(escape(t))
                case document.Strong(children=c):
                    out.append(f"<b>{self.markup(c)}</b>")
                case document.Emph(children=c):
                    out.append(f"<i>{self.markup(c)}</i>")
                case document.LineBreak():
                    out.append("<br/>")
                case document.Link(url=url, children=c):
                    out.append(f"<a href={quoteattr(url)}>{self.markup(c)}</a>")
                case document.Counter(value=value):
                    out.append(str(value))
                case document.Note(children=c):
                    n = len(self.notes.texts) + 1
                    self.notes.texts[n] = self.markup(c)
                    out.append(f'<super>{n}</super><onDraw name="{_NOTE_CB}" label="{n}"/>')
                case _:
                    assert_never(node)
        return "".join(out)

    # blocks

    def header(self, meta: document.Meta) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [RLParagraph(escape(line), st.access) for line in meta.access_marking]
        if meta.access_marking:
            out.append(Spacer(0, layout.blank_line_pt(self.theme)))
        if meta.emblem is not None:
            img = ImageReader(io.BytesIO(meta.emblem.data))
            iw, ih = img.getSize()
            w = layout.emblem_width_mm(meta.emblem) * mm
            out.append(Image(io.BytesIO(meta.emblem.data), w, w * ih / iw, hAlign="CENTER"))
            out.append(Spacer(0, layout.EMBLEM_GAP_MM * mm))
        out += [RLParagraph(escape(line), st.letterhead) for line in meta.letterhead]
        if meta.letterhead:
            out.append(Spacer(0, layout.blank_line_pt(self.theme)))
        if not meta.doc_type:
            return out  # a letter: its title to the text is one of its blocks
        out.append(RLParagraph(escape(meta.doc_type.upper()), st.doc_type))
        out.append(RLParagraph(escape(meta.title), st.title))
        if meta.as_of:
            out.append(RLParagraph(escape(meta.as_of), st.as_of))
        out.append(Spacer(0, layout.blank_line_pt(self.theme)))
        return out

    def blocks(self, blocks: tuple[document.Block, ...]) -> list[Flowable]:
        out: list[Flowable] = []
        following = blocks[1:] + (None,)
        keep = [layout.keeps_with_next(b, nxt) for b, nxt in zip(blocks, following)]
        for i, (b, nxt) in enumerate(zip(blocks, following)):
            if keep[i] and not (i and keep[i - 1]):
                out.extend(self.room_for_chain(blocks, keep, i))
            out.extend(self.block(b))
            if keep[i]:
                # A heading or lead-in goes with what follows; before a long table or list
                # the CondPageBreak above asked for room to start it instead, since a
                # KeepTogether would move the whole long block to a new page.
                out[-1].keepWithNext = 0 if layout.is_long(nxt) else 1
            if isinstance(nxt, document.SignatureBlock) and out:
                # A signature never stands alone on a page: the text's last lines go with it.
                out[-1].keepWithNext = 1
        return out

    def room_for_chain(self, blocks: tuple[document.Block, ...], keep: list[bool], i: int) -> list[Flowable]:
        """A CondPageBreak before headings and lead-ins that introduce a long block:
        room for them (two lines each) and the first three lines of that block."""
        j = i
        while keep[j]:
            j += 1
        if not layout.is_long(blocks[j]):
            return []
        return [CondPageBreak((j - i) * 2 * self.st.body.leading + self.st.body.leading * 3)]

    def block(self, b: document.Block) -> list[Flowable]:
        st = self.st
        match b:
            case document.Heading(children=c, number=num, level=level):
                text = self.markup(c)
                if num:
                    text = f"{escape(num)}. {text}"
                para = RLParagraph(text, st.heading[min(max(level, 1), 2)])
                label = document.plain_text(c).replace("\n", " ")
                para.outline_entry = (f"{num}. {label}" if num else label, max(level, 1) - 1)
                return [para]
            case document.Paragraph(children=c, role=role):
                style = {"body": st.body, "plain": st.plain, "centered": st.centered,
                         "right": st.right, "addressee": st.addressee, "subject": st.subject,
                         "attachment": st.attachment}[role]
                return [RLParagraph(self.markup(c), self.aligned(style, c))]
            case document.ListBlock():
                return self.list_block(b)
            case document.Table():
                return [self.table(b)]
            case document.Figure():
                return [self.figure(b)]
            case document.SignatureBlock():
                return [self.signature(b)]
            case document.ExecutorMark(lines=lines):
                p = RLParagraph("<br/>".join(escape(x) for x in lines), st.executor)
                return [_AtBottom(p)]
            case _:
                assert_never(b)

    def list_block(self, lb: document.ListBlock, level: int = 0) -> list[Flowable]:
        """Each item starts at the paragraph indent with its dash or number and wraps
        back to its level's left edge, as Russian official texts (and our DOCX) do."""
        if lb.references:
            return self.references(lb)
        indent = self.st.body.firstLineIndent or 0.75 * cm
        style = ParagraphStyle(
            f"list-{level}", parent=self.st.body, leftIndent=level * indent, firstLineIndent=indent
        )
        out: list[Flowable] = []
        for number, item in enumerate(lb.items, start=lb.start):
            marker = f"{number}.\u00a0" if lb.ordered else "\u2013\u00a0"
            blocks = list(item.blocks)
            if not blocks or not isinstance(blocks[0], document.Paragraph):
                out.append(RLParagraph(marker, style))
            for i, b in enumerate(blocks):
                match b:
                    case document.Paragraph(children=c):
                        out.append(RLParagraph((marker if i == 0 else "") + self.markup(c), self.aligned(style, c)))
                    case document.ListBlock():
                        out.extend(self.list_block(b, level + 1))
                    case _:
                        out.extend(self.block(b))
        return out

    def aligned(self, style: ParagraphStyle, children: tuple[document.Inline, ...]) -> ParagraphStyle:
        """`style`, but flush left instead of justified for a paragraph holding a word
        wider than its narrowest line (`layout.justifies`), as the DOCX writer does."""
        if style.alignment != TA_JUSTIFY:
            return style
        line = self.width - style.leftIndent - max(style.firstLineIndent, 0) - style.rightIndent
        if layout.justifies(document.plain_text(children), line, self.theme):
            return style
        return ParagraphStyle(f"{style.name}-flush-left", parent=style, alignment=TA_LEFT)

    def references(self, lb: document.ListBlock) -> list[Flowable]:
        """A list of sources: each entry's number at the margin, its text flush left
        from the hanging indent (`layout.reference_indent_mm`)."""
        hang = layout.reference_indent_mm(self.theme) * mm
        style = ParagraphStyle("reference", parent=self.st.plain, leftIndent=hang, bulletIndent=0,
                               bulletFontSize=self.st.plain.fontSize)
        out: list[Flowable] = []
        for number, item in enumerate(lb.items, start=lb.start):
            for i, b in enumerate(item.blocks):
                if isinstance(b, document.Paragraph):
                    bullet = f"{number}." if i == 0 else None
                    out.append(RLParagraph(self.markup(b.children), style, bulletText=bullet))
                else:
                    out.extend(self.block(b))
        return out

    def table(self, t: document.Table) -> _MemoTable:
        st = self.st
        ncols = layout.table_columns(t)
        widths = layout.column_widths(t, self.width, layout.table_measure(self.theme))
        pad = layout.CELL_PADDING
        header = [self.row(r, ncols) for r in t.header]
        caption = RLParagraph(self.markup(t.caption), st.caption)
        continuation = RLParagraph(escape(t.continuation), st.continuation)
        nhead = len(header)
        made: dict[int, list] = {}  # each row's cells, made once however often it is rebuilt

        def cells(row: tuple[document.Cell, ...] | list) -> list:
            if isinstance(row, list):  # the rest of a row split inside: its cells as made
                return row
            if id(row) not in made:
                made[id(row)] = self.row(row, ncols)
            return made[id(row)]

        def build(rows, continued: bool) -> _MemoTable:
            label = continuation if continued else caption
            data = [[label] + [""] * (ncols - 1)] + header + [cells(r) for r in rows]
            style = TableStyle([
                ("FONT", (0, 0), (-1, -1), st.fonts.regular, st.theme.sizes.table),
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad.left),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad.right),
                ("TOPPADDING", (0, 0), (-1, -1), pad.top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad.bottom),
                ("BOTTOMPADDING", (0, 0), (-1, 0), layout.CAPTION_GAP_PT),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
                # The label row is text above the grid, flush with the table's edges.
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("RIGHTPADDING", (0, 0), (-1, 0), 0),
                ("GRID", (0, 1), (-1, -1), layout.TABLE_RULE_PT, colors.black),
            ])
            return _MemoTable(data, build=build, rows=rows, continued=continued, colWidths=widths,
                              style=style, repeatRows=1 + nhead, splitInRow=0,
                              spaceAfter=layout.table_after_pt(self.theme), page_height=self.height)

        return build(t.rows, False)

    def row(self, cells: tuple[document.Cell, ...], ncols: int) -> list:
        out: list = [RLParagraph(self.markup(c.children), self.st.cell[c.align]) for c in cells]
        return out + [""] * (ncols - len(out))

    def figure(self, f: document.Figure) -> Flowable:
        w, h = f.width_mm * mm, f.height_mm * mm
        if w > self.width:  # never wider than the text: shrink keeping the ratio
            w, h = self.width, h * self.width / w
        if f.svg:
            d = svg_drawing(f.svg)
            if d is None or not d.width or not d.height:
                raise ValueError(f"figure {f.alt!r}: its SVG cannot be read")
            _retarget_fonts(d, self.st.fonts.chart)
            # The renderer's initial state selects Helvetica unless the drawing says otherwise.
            d.initialFontName = self.st.fonts.chart
            sx, sy = w / d.width, h / d.height
            d.scale(sx, sy)
            d.width, d.height = w, h
            d.hAlign = "CENTER"
            picture: Flowable = d
        elif f.png:
            picture = Image(io.BytesIO(f.png), w, h, hAlign="CENTER")
        else:
            raise ValueError(f"figure {f.alt!r} has neither an SVG nor a PNG rendition")
        if f.alt.strip():
            picture = _AltText(picture, f.alt)
        picture.spaceBefore = layout.figure_spacing(self.theme).before
        return KeepTogether([picture, RLParagraph(self.markup(f.caption), self.st.fig_caption)])

    def signature(self, s: document.SignatureBlock) -> Flowable:
        st, theme = self.st, self.theme
        pos = RLParagraph("<br/>".join(escape(x) for x in s.position), st.signature)
        if theme.signature.style == "BY":
            left = theme.signature.name_indent_cm * cm
            name = RLParagraph(escape(s.name), st.signature)
        else:
            name_w = pdfmetrics.stringWidth(s.name, st.fonts.regular, st.signature.fontSize) + 1
            left = self.width - name_w
            name = RLParagraph(escape(s.name), st.signature_right)
        data: list[list[RLParagraph | str]] = [[pos, name]]
        if s.date:
            data.append([RLParagraph(escape(s.date), st.signature), ""])
        tbl = _WholeTable(data, colWidths=[left, self.width - left], style=TableStyle([
            ("FONT", (0, 0), (-1, -1), st.fonts.regular, st.signature.fontSize),
            # Both cells bottom-aligned with equal padding: the name sits on the baseline
            # of the position's last line.
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), layout.signature_date_gap_pt(theme)),
        ]), spaceBefore=layout.signature_gap_pt(theme))
        return tbl


# --- entry point -----------------------------------------------------------------------


def _build_once(memo: document.Memo, theme: Theme, styles: _Styles, reserve: dict[int, float]):
    notes = _NoteState(reserve=dict(reserve))
    buf = io.BytesIO()
    doc = _MemoDoc(buf, theme, memo.meta, styles, notes)
    builder = _Builder(theme, styles, notes, doc.width, doc.height)
    story = builder.header(memo.meta) + builder.blocks(memo.blocks)
    doc.build(story)
    return buf.getvalue(), doc, notes


def _laid_out(memo: document.Memo, theme: Theme, styles: _Styles, reserve: dict[int, float]):
    """`_build_once`, with a block taller than a page (which reportlab cannot place)
    reported as the user's to shorten, not as a crash."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        return _build_once(memo, theme, styles, reserve)
    except LayoutError as exc:
        text = re.sub(r"<[^>]*>", " ", str(exc).partition("containing")[2]).partition("'(")[0]
        snippet = " ".join(text.strip(" '\n").split())[:80] or "a table or a block kept whole"
        raise InputError(
            f"a block of the memo is taller than a page and cannot be laid out ({snippet}…)",
            hint="shorten the long text in it: a name, a position, a table cell, a long unbroken word",
        ) from exc


def page_count(pdf: bytes) -> int:
    """How many pages a PDF has."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages)


def write_pdf(memo: document.Memo, theme: Theme) -> bytes:
    """The memo as a finished A4 PDF: same memo and theme, same bytes."""
    styles = _Styles(theme, _register_fonts(theme.fonts), memo.meta.language)
    reserve: dict[int, float] = {}
    # Footnotes need room at the foot of their anchor's page, known only after layout:
    # build, see where anchors landed, reserve that room and build again until stable.
    for _ in range(_MAX_PASSES):
        data, doc, notes = _laid_out(memo, theme, styles, reserve)
        need = {p: doc.footnote_height(ns) for p, ns in notes.landed.items()}
        if all(h <= reserve.get(p, 0) + 0.01 for p, h in need.items()):
            break
        for p, h in need.items():
            reserve[p] = max(reserve.get(p, 0), h)
    return finish(data, memo.meta, pdf_a=theme.pdf_a)
