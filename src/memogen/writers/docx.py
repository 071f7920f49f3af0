"""DOCX writer: a `Memo` and a `Theme` → the bytes of a Word document built on real,
named styles (Normal, Title, Heading 1/2, List Number, List Bullet, Caption, the
theme's table style), so staff can keep editing it in Word.

The page follows the theme (A4, margins, body font and size, BY or RU signature);
everything python-docx has no API for lives in `docx_xml`. All text comes from the
memo; the writer adds layout only. A theme's reference.docx lends its styles: what a
reference style defines wins, memogen's values fill only what it leaves out.
"""

from __future__ import annotations

import copy
import io
from typing import Any, assert_never

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Length, Mm, Pt
from docx.styles import BabelFish
from docx.styles.style import ParagraphStyle, StyleFactory
from docx.text.paragraph import Paragraph as DocxParagraph

from memogen import layout
from memogen.document import (
    Align,
    Block,
    Cell,
    Counter,
    Emph,
    ExecutorMark,
    Figure,
    Heading,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Memo,
    Note,
    Paragraph,
    SignatureBlock,
    Strong,
    Table,
    Text,
    plain_text,
)
from memogen.errors import InputError
from memogen.themes.model import Theme
from memogen.writers import docx_xml as x

# Ascender of Times New Roman / Liberation Serif in em: the header paragraph's top sits
# this far above the page number's baseline.
FONT_ASCENT_EM = 0.891
PT_TO_MM = 25.4 / 72

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
}
# Fixed list-definition ids: Word wants some nsid, and a random one breaks reproducibility.
_NSID_ORDERED, _NSID_BULLET, _NSID_HEADINGS = "4D454D31", "4D454D32", "4D454D33"
_NSID_REFERENCES = "4D454D34"


def _numbers_follow_word(blocks) -> bool:
    """Whether Word's multilevel list would number the headings as composed: «1», «2»
    at level 1, «1.1», «1.2» under them, unnumbered headings skipped."""
    top = sub = 0
    for block in blocks:
        if not isinstance(block, Heading) or not block.number:
            continue
        if block.level <= 1:
            top, sub = top + 1, 0
            expected = str(top)
        else:
            sub += 1
            expected = f"{top}.{sub}"
        if block.number != expected:
            return False
    return top > 0


def write_docx(memo: Memo, theme: Theme) -> bytes:
    """The memo as a .docx file's bytes; the same memo and theme give the same bytes."""
    return _DocxWriter(memo, theme).write()


class _DocxWriter:
    def __init__(self, memo: Memo, theme: Theme) -> None:
        self.memo = memo
        self.theme = theme
        template = str(theme.reference_docx) if theme.reference_docx else None
        self.doc: Document = docx.Document(template)
        self._reference = template is not None
        self._reference_layout = self._reference and theme.reference_layout == "reference"
        # The reference's own style properties by style id, taken before memogen fills
        # in its defaults, so they can win afterwards (see `_keep_reference_looks`).
        self._reference_looks = {
            s.get(qn("w:styleId")): (copy.deepcopy(s.rPr), copy.deepcopy(s.pPr))
            for s in self.doc.styles.element.findall(qn("w:style"))
        } if self._reference else {}
        self._configured: list = []  # reference styles memogen configures
        self._named: dict = {}  # every style memogen uses, by the name it knows it by
        self._style_ids: dict[str, str | None] = {}  # their ids, resolved once (`_paragraph`)
        self._by_name: dict | None = None  # the document's styles by type and name (`_styles_by_name`)
        self._defaults: dict = {}  # the default style element of each style type
        self._style_names: set = set()  # every style's internal name (`_add_style`)
        self._heading_numbers = False  # headings numbered by Word's multilevel list
        self._clear_body()
        self._footnotes = None
        self._ordered_abstract = -1
        self._bullet_abstract = -1
        self._references_abstract = -1

    # --- the whole document --------------------------------------------------------

    def write(self) -> bytes:
        self._setup_styles()
        self._setup_lists()
        self._setup_heading_numbers()
        self._keep_reference_looks()
        self._setup_settings()
        self._setup_page()
        self._setup_properties()
        self._write_requisites()
        blocks = self.memo.blocks
        for block, following in zip(blocks, (*blocks[1:], None)):
            self._block(block, depth=0)
            if layout.is_lead_in(block, following):
                self._last_paragraph().paragraph_format.keep_with_next = True
        self._space_after_tables()
        return x.reproducible_zip(x.package_entries(self.doc), self.memo.meta.timestamp)

    def _last_paragraph(self) -> DocxParagraph:
        return DocxParagraph(self.doc.element.body.findall(qn("w:p"))[-1], self.doc._body)  # noqa: SLF001

    def _space_after_tables(self) -> None:
        """Word has no space after a table: the paragraph after one gets it above,
        added to its own (as the PDF adds a table's space after to what follows)."""
        after = layout.table_after_pt(self.theme)
        for tbl in self.doc.element.body.findall(qn("w:tbl")):
            nxt = tbl.getnext()
            if nxt is None or nxt.tag != qn("w:p"):
                continue
            p = DocxParagraph(nxt, self.doc._body)  # noqa: SLF001
            own = p.paragraph_format.space_before
            if own is None:
                own = p.style.paragraph_format.space_before if p.style is not None else None
            p.paragraph_format.space_before = Pt(after) + (own or 0)

    def _clear_body(self) -> None:
        """A reference document lends styles and headers, never its text."""
        body = self.doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    # --- styles --------------------------------------------------------------------

    def _styles_by_name(self) -> dict[tuple[WD_STYLE_TYPE, str], tuple[int, Any]]:
        """Every style element by (type, lower-case name), the first of each in the
        document's order with its position: read once, as python-docx's own lookups
        scan every style (and wrap each in an object) on each call."""
        if self._by_name is None:
            self._by_name = {}
            for i, element in enumerate(self.doc.styles.element.style_lst):
                kind = element.type or WD_STYLE_TYPE.PARAGRAPH
                self._by_name.setdefault((kind, (element.name_val or "").lower()), (i, element))
                self._style_names.add(element.name_val)
        return self._by_name

    def _find_style(self, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH):
        """The template's style called `name` in Word's UI or internally, whatever the
        case («Header», «header»: LibreOffice writes the former), or None. Never
        python-docx's lookup by style id, which is deprecated and warns."""
        index = self._styles_by_name()
        hits = [index[k] for k in {(kind, name.lower()), (kind, BabelFish.ui2internal(name).lower())} if k in index]
        return StyleFactory(min(hits, key=lambda hit: hit[0])[1]) if hits else None

    def _add_style(self, name: str, kind: WD_STYLE_TYPE):
        """A new style `name` (what `styles.add_style` makes, without its scan)."""
        internal = BabelFish.ui2internal(name)
        index = self._styles_by_name()
        if internal in self._style_names:
            raise ValueError(f"document already contains style '{name}'")
        element = self.doc.styles.element.add_style_of_type(internal, kind, False)
        index.setdefault((kind, internal.lower()), (1_000_000 + len(index), element))  # after the rest
        self._style_names.add(internal)
        return StyleFactory(element)

    def _style(self, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH):
        """The template's style `name` (noted as one whose own properties win), or a new
        one based on Normal when it has none; either way kept under `name`."""
        style = self._find_style(name, kind)
        if style is not None:
            self._configured.append(style)
        else:
            style = self._add_style(name, kind)
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                style.base_style = self._named["Normal"]
        self._named[name] = style
        return style

    def _font(self, style, size_pt: float, *, bold: bool | None = None) -> None:
        rPr = style.element.get_or_add_rPr()
        x.clear_run_look(rPr)
        x.set_font_family(rPr, self.theme.fonts.docx_family)
        style.font.size = Pt(size_pt)
        x.set_complex_size(rPr, size_pt)
        style.font.bold = bold
        style.font.italic = None

    def _flush(self, style: ParagraphStyle, align=WD_ALIGN_PARAGRAPH.LEFT) -> None:
        """No first-line indent: headings, title, signature, cells, captions."""
        fmt = style.paragraph_format
        fmt.first_line_indent = Cm(0)
        fmt.left_indent = Cm(0)
        fmt.alignment = align

    def _setup_styles(self) -> None:
        """memogen's definition of every style it uses, one small function each."""
        self._setup_defaults()
        self._setup_normal()
        self._setup_title()
        self._setup_subtitle()
        for level in (1, 2):
            self._setup_heading(level)
        self._setup_caption()
        self._setup_table_text()
        self._setup_footnote_styles()
        self._setup_header_style()
        for name in ("List Number", "List Bullet"):
            self._style(name)
        self._setup_requisite_styles()
        self._check_table_style()

    def _setup_defaults(self) -> None:
        """Document defaults carry font and language, so even styles we do not touch
        (and text pasted in later) are Times New Roman, Russian."""
        family, lang = self.theme.fonts.docx_family, self.memo.meta.language
        styles = self.doc.styles.element
        rPr = x.default_run_properties(styles)
        if self._reference:
            # A reference's document defaults are part of its look: keep them, adding
            # only the font when it names none and always the memo's language.
            if rPr.find(qn("w:rFonts")) is None:
                x.set_font_family(rPr, family)
        else:
            x.set_font_family(rPr, family)
            defaults = styles.find(qn("w:docDefaults"))
            ppr_default = defaults.find(qn("w:pPrDefault"))
            if ppr_default is not None:
                defaults.remove(ppr_default)  # Word's 10 pt after / 1.15 lines is no memo's
        x.set_language(rPr, lang)

    def _setup_normal(self) -> None:
        t = self.theme
        normal = self._style("Normal")
        self._font(normal, t.sizes.body)
        x.set_language(normal.element.get_or_add_rPr(), self.memo.meta.language)
        fmt = normal.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = Cm(t.typography.first_line_indent_cm)
        fmt.left_indent = Cm(0)
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(layout.paragraph_spacing(t).after)
        if t.typography.line_spacing == 1.0:
            fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        else:
            fmt.line_spacing = t.typography.line_spacing
        fmt.widow_control = True

    def _setup_title(self) -> None:
        """«СПРАВКА»: the document type, bold capitals."""
        title = self._style("Title")
        self._font(title, self.theme.sizes.title, bold=True)
        self._flush(title, WD_ALIGN_PARAGRAPH.CENTER)
        x.clear_paragraph_border(title.element.get_or_add_pPr())
        title.font.all_caps = True
        title.paragraph_format.space_after = Pt(0)
        title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        title.paragraph_format.keep_with_next = True

    def _setup_subtitle(self) -> None:
        """The title to the text («о сотрудничестве …»)."""
        subtitle = self._style("Subtitle")
        self._font(subtitle, self.theme.sizes.title, bold=False)
        self._flush(subtitle, WD_ALIGN_PARAGRAPH.CENTER)
        subtitle.paragraph_format.space_after = Pt(0)
        subtitle.paragraph_format.keep_with_next = True

    def _setup_heading(self, level: int) -> None:
        heading = self._style(f"Heading {level}")
        self._font(heading, self.theme.sizes.heading, bold=True)
        self._flush(heading, WD_ALIGN_PARAGRAPH.LEFT)
        fmt = heading.paragraph_format
        fmt.keep_with_next = True
        fmt.keep_together = True
        spacing = layout.heading_spacing(self.theme, level)
        fmt.space_before = Pt(spacing.before)
        fmt.space_after = Pt(spacing.after)

    def _setup_caption(self) -> None:
        caption = self._style("Caption")
        self._font(caption, self.theme.sizes.body, bold=False)
        self._flush(caption, WD_ALIGN_PARAGRAPH.LEFT)
        caption.paragraph_format.space_after = Pt(0)

    def _setup_table_text(self) -> None:
        cell = self._style("Table Text")
        self._font(cell, self.theme.sizes.table)
        self._flush(cell, WD_ALIGN_PARAGRAPH.LEFT)
        cell.paragraph_format.space_after = Pt(0)
        cell.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE

    def _setup_footnote_styles(self) -> None:
        note_text = self._style("footnote text")
        self._font(note_text, self.theme.sizes.small)
        note_text.paragraph_format.first_line_indent = Cm(0)
        note_text.paragraph_format.space_after = Pt(0)
        note_ref = self._style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        note_ref.font.superscript = True

    def _setup_header_style(self) -> None:
        """The page number's look: the theme's body font at the page-number size."""
        header = self._style("Header")
        self._font(header, self.theme.sizes.page_number)
        self._flush(header, WD_ALIGN_PARAGRAPH.CENTER)
        header.paragraph_format.space_after = Pt(0)

    def _setup_requisite_styles(self) -> None:
        """Named styles for the requisites, so a ministry restyles them in its
        reference.docx like any other: the access marking, letterhead, «по состоянию
        на» line, signature, its date and the executor mark."""
        t = self.theme
        for name, align in (("Access Marking", WD_ALIGN_PARAGRAPH.RIGHT),
                            ("Letterhead", WD_ALIGN_PARAGRAPH.CENTER),
                            ("As Of", WD_ALIGN_PARAGRAPH.CENTER),
                            ("Date", WD_ALIGN_PARAGRAPH.LEFT)):
            self._flush(self._style(name), align)
        self._named["Letterhead"].paragraph_format.keep_with_next = True
        date = self._named["Date"].paragraph_format
        date.space_before = Pt(layout.signature_date_gap_pt(t))
        signature = self._style("Signature")
        self._flush(signature, WD_ALIGN_PARAGRAPH.LEFT)
        fmt = signature.paragraph_format
        fmt.space_before = Pt(layout.signature_gap_pt(t))
        fmt.keep_together = True
        match t.signature.style:
            case "BY":
                fmt.tab_stops.add_tab_stop(Cm(t.signature.name_indent_cm), WD_TAB_ALIGNMENT.LEFT)
            case "RU":
                fmt.tab_stops.add_tab_stop(Mm(self._text_width_mm()), WD_TAB_ALIGNMENT.RIGHT)
            case _:
                assert_never(t.signature.style)
        executor = self._style("Executor")
        self._font(executor, t.sizes.small)
        self._flush(executor, WD_ALIGN_PARAGRAPH.LEFT)
        executor.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        executor.paragraph_format.space_after = Pt(0)

    def _check_table_style(self) -> None:
        name = self.theme.table_style
        table_style = self._find_style(name, WD_STYLE_TYPE.TABLE)
        if table_style is None and self._find_style(name, WD_STYLE_TYPE.PARAGRAPH) is not None:
            raise InputError(
                f"{name!r} is not a table style",
                hint="set table_style in theme.yaml to a Word table style such as 'Table Grid'",
            )
        if table_style is None:
            raise InputError(
                f"the Word table style {name!r} is not in the reference document",
                hint="set table_style in theme.yaml to a table style the reference .docx has",
            )
        self._named[name] = table_style

    def _setup_lists(self) -> None:
        """Own list definitions behind List Number / List Bullet: decimal numbers and
        en dashes at the first-line indent (python-docx's template uses bullets •)."""
        numbering = self.doc.part.numbering_part.element
        indent_mm = self.theme.typography.first_line_indent_cm * 10
        family = self.theme.fonts.docx_family
        self._ordered_abstract = x.add_abstract_list(
            numbering, nsid=_NSID_ORDERED, ordered=True, indent_mm=indent_mm, family=family
        )
        self._bullet_abstract = x.add_abstract_list(
            numbering, nsid=_NSID_BULLET, ordered=False, indent_mm=indent_mm, family=family
        )
        self._references_abstract = x.add_abstract_list(
            numbering, nsid=_NSID_REFERENCES, ordered=True, indent_mm=layout.reference_indent_mm(self.theme),
            family=family, hanging=True,
        )
        for name, abstract in (
            ("List Number", self._ordered_abstract),
            ("List Bullet", self._bullet_abstract),
        ):
            style = self._named[name]
            # A style-level list lets staff apply "List Number" in Word and get ours.
            x.set_numbering(
                style.element.get_or_add_pPr(), x.add_list_instance(numbering, abstract), 0
            )
            style.paragraph_format.first_line_indent = Cm(self.theme.typography.first_line_indent_cm)
            style.paragraph_format.left_indent = Cm(0)
            x.clear_contextual_spacing(style.element.get_or_add_pPr())

    def _setup_heading_numbers(self) -> None:
        """Section numbers from Word's multilevel list behind Heading 1 and 2, so that
        inserting or moving a section renumbers the rest; only when that list gives
        exactly the numbers the memo composed (else they stay typed in)."""
        if not _numbers_follow_word(self.memo.blocks):
            return
        numbering = self.doc.part.numbering_part.element
        styles = (self._named["Heading 1"], self._named["Heading 2"])
        abstract = x.add_heading_list(numbering, nsid=_NSID_HEADINGS, style_ids=[s.style_id for s in styles])
        num_id = x.add_list_instance(numbering, abstract)
        for level, style in enumerate(styles):
            x.set_numbering(style.element.get_or_add_pPr(), num_id, level)
        self._heading_numbers = True

    def _keep_reference_looks(self) -> None:
        """Put back every property a reference style defines over memogen's value of
        it; memogen's definitions remain only where the reference is silent."""
        if not self._reference:
            return
        lang = self.memo.meta.language
        for style in self._configured:
            rPr_ref, pPr_ref = self._reference_looks.get(style.style_id, (None, None))
            element = style.element
            if rPr_ref is not None:
                rPr = element.get_or_add_rPr()
                x.keep_reference_run_look(rPr, rPr_ref)
                if rPr.find(qn("w:lang")) is not None:
                    x.set_language(rPr, lang)  # the text is the memo's language, not the reference's
            if pPr_ref is not None:
                # Lists number with memogen's definitions: the reference's numId points at its own.
                x.keep_reference_paragraph_look(element.get_or_add_pPr(), pPr_ref, enforced=("w:numPr",))

    def _setup_settings(self) -> None:
        settings = self.doc.settings.element
        x.set_auto_hyphenation(settings, self.theme.typography.hyphenate)
        x.set_theme_font_language(settings, self.memo.meta.language)
        x.keep_short_lines_before_breaks(settings)
        x.drop_proof_state(settings)  # the template's "spelling checked" is not ours
        x.set_compatibility_mode(settings)

    def _setup_page(self) -> None:
        t = self.theme
        section = self.doc.sections[0]
        # The header distance is the top of the header line; the theme gives the
        # baseline, which lies one font ascent lower.
        ascent_mm = FONT_ASCENT_EM * t.sizes.page_number * PT_TO_MM
        page = {
            "page_width": Mm(layout.A4_WIDTH_MM),
            "page_height": Mm(layout.A4_HEIGHT_MM),
            "left_margin": Mm(t.margins.left),
            "right_margin": Mm(t.margins.right),
            "top_margin": Mm(t.margins.top),
            "bottom_margin": Mm(t.margins.bottom),
            "header_distance": Mm(t.typography.page_number_from_top_mm - ascent_mm),
            "footer_distance": Mm(min(10.0, t.margins.bottom)),
        }
        for name, value in page.items():
            # reference_layout: reference keeps the reference's page; the theme fills gaps.
            if not self._reference_layout or getattr(section, name) is None:
                setattr(section, name, value)
        # No number on page 1: a first-page header of its own (the reference
        # document's when it has one, else an empty one).
        section.different_first_page_header_footer = True
        first = section.first_page_header
        if first.is_linked_to_previous:
            first.is_linked_to_previous = False
        header = section.header
        own = self._reference and not header.is_linked_to_previous
        if own and x.has_content(header._element):  # noqa: SLF001
            return  # the reference's own running header (page number and all) stays
        header.is_linked_to_previous = False
        for p in list(header._element):  # noqa: SLF001 - replace the template's header text
            header._element.remove(p)  # noqa: SLF001
        # The number takes the Header style's look (the reference's, where it has one).
        para = header.add_paragraph(style=self._named["Header"])
        x.add_page_field(para._p)  # noqa: SLF001

    def _text_width_mm(self) -> float:
        """Width between the left and right margins of the page actually used."""
        if self._reference_layout:
            s = self.doc.sections[0]
            # Optional in python-docx's types; the page setup fills any the reference lacks.
            assert s.page_width is not None and s.left_margin is not None and s.right_margin is not None
            return Emu(s.page_width - s.left_margin - s.right_margin).mm
        return layout.text_width_mm(self.theme)

    def _setup_properties(self) -> None:
        meta = self.memo.meta
        stamp = meta.timestamp
        props = self.doc.core_properties
        # Core properties hold at most 255 characters (python-docx refuses more); the
        # full title is on the page, the property keeps its start.
        props.title = _property(meta.document_title)
        props.author = _property(meta.author)
        props.subject = _property(meta.subject)
        props.keywords = _property(", ".join(meta.keywords))
        props.language = meta.language
        props.comments = ""
        props.category = ""
        props.created = stamp
        props.modified = stamp
        props.last_modified_by = _property(meta.author)
        props.revision = 1
        x.drop_core_property(props, "lastPrinted")  # a new memo has never been printed
        # The template's thumbnail shows python-docx's sample page, not this memo; its
        # app.xml names Word for Mac with 0 words.
        package = self.doc.part.package
        for rId, rel in list(package.rels.items()):
            if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
                package.rels.pop(rId)
        x.add_app_properties(package)
        # Word 2010's copy of styles.xml: out of step with ours, unused since Word 2013.
        x.drop_relationship(self.doc.part, x.RT_STYLES_WITH_EFFECTS)

    # --- page 1 requisites ---------------------------------------------------------

    def _plain(self, text: str, align=WD_ALIGN_PARAGRAPH.LEFT) -> DocxParagraph:
        p = self.doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.alignment = align
        if text:
            p.add_run(text)
        return p

    def _style_id(self, name: str) -> str | None:
        """The id a paragraph in memogen's style `name` carries (none for the default
        style), resolved once per document: python-docx's `paragraph.style = …` scans
        every style of the document on each call to find the default one."""
        if name not in self._style_ids:
            style = self._named[name]
            if style.type not in self._defaults:
                self._defaults[style.type] = self.doc.styles.element.default_for(style.type)
            self._style_ids[name] = None if style.element is self._defaults[style.type] else style.style_id
        return self._style_ids[name]

    def _new_paragraph(self, style: str, text: str = "") -> DocxParagraph:
        """A new body paragraph in memogen's style `style` (what `add_paragraph(text,
        style=…)` makes, without its lookup)."""
        p = self.doc.add_paragraph(text)
        p._p.style = self._style_id(style)  # noqa: SLF001
        return p

    def _styled(self, text: str, style: str) -> DocxParagraph:
        """A paragraph of `text` in memogen's style `name`: its look is the style's."""
        return self._new_paragraph(style, text)

    def _write_requisites(self) -> None:
        meta = self.memo.meta
        blank = Pt(layout.blank_line_pt(self.theme))
        last = None
        for line in meta.access_marking:
            last = self._styled(line, "Access Marking")
        if last is not None:
            last.paragraph_format.space_after = blank
        if meta.emblem is not None:
            p = self._plain("", WD_ALIGN_PARAGRAPH.CENTER)
            p.paragraph_format.keep_with_next = True
            p.add_run().add_picture(
                io.BytesIO(meta.emblem.data), width=Mm(layout.emblem_width_mm(meta.emblem))
            )
            p.paragraph_format.space_after = Mm(layout.EMBLEM_GAP_MM)
        last = None
        for line in meta.letterhead:
            last = self._styled(line, "Letterhead")
        if last is not None:
            last.paragraph_format.space_after = blank
        if not meta.doc_type:
            return  # a letter: its title to the text is one of its blocks
        doc_type = self._styled(meta.doc_type, "Title")
        if meta.access_marking or meta.emblem or meta.letterhead:
            doc_type.paragraph_format.space_before = Pt(layout.doc_type_gap_pt(self.theme))
        last = self._styled(meta.title, "Subtitle")
        if meta.as_of:
            last = self._styled(meta.as_of, "As Of")
        last.paragraph_format.space_after = blank  # one empty line before the text

    # --- blocks --------------------------------------------------------------------

    def _block(self, block: Block, depth: int) -> None:
        match block:
            case Heading():
                self._heading(block)
            case Paragraph():
                self._paragraph(block)
            case ListBlock():
                self._list(block, depth)
            case Table():
                self._table(block)
            case Figure():
                self._figure(block)
            case SignatureBlock():
                self._signature(block)
            case ExecutorMark():
                self._executor(block)
            case _:
                assert_never(block)

    def _heading(self, block: Heading) -> None:
        # Levels below 2 share Heading 2: memos have two levels of sections.
        p = self._new_paragraph(f"Heading {min(max(block.level, 1), 2)}")
        if not self._heading_numbers:
            if block.number:
                p.add_run(f"{block.number}. ")
        elif not block.number:
            x.set_numbering(p._p.get_or_add_pPr(), 0, 0)  # noqa: SLF001 - numId 0: no number
        self._inlines(p, block.children)

    def _paragraph(self, block: Paragraph) -> None:
        p = self.doc.add_paragraph()
        match block.role:
            case "body":
                # Normal is justified with the first-line indent.
                self._justify_or_flush_left(p, block.children, self.theme.typography.first_line_indent_cm * 10)
            case "plain":
                self._no_indent(p, WD_ALIGN_PARAGRAPH.LEFT)
            case "centered":
                self._no_indent(p, WD_ALIGN_PARAGRAPH.CENTER)
            case "right":
                self._no_indent(p, WD_ALIGN_PARAGRAPH.RIGHT)
            case "addressee":
                # Flush left from the middle of the text width, an empty line around it.
                self._no_indent(p, WD_ALIGN_PARAGRAPH.LEFT)
                p.paragraph_format.left_indent = Mm(self._text_width_mm() / 2)
                spacing = layout.addressee_spacing(self.theme)
                p.paragraph_format.space_before = Pt(spacing.before)
                p.paragraph_format.space_after = Pt(spacing.after)
            case "subject":
                self._no_indent(p, WD_ALIGN_PARAGRAPH.LEFT)
                spacing = layout.subject_spacing(self.theme)
                p.paragraph_format.space_before = Pt(spacing.before)
                p.paragraph_format.space_after = Pt(spacing.after)
            case "attachment":
                # Later lines under the first line's text; an empty line above.
                hang, spacing = layout.attachment_indent_pt(self.theme), layout.attachment_spacing(self.theme)
                p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
                p.paragraph_format.left_indent = Pt(hang)
                p.paragraph_format.first_line_indent = Pt(-hang)
                p.paragraph_format.space_before = Pt(spacing.before)
                p.paragraph_format.space_after = Pt(spacing.after)
            case _:
                assert_never(block.role)
        self._inlines(p, block.children)

    def _justify_or_flush_left(self, p: DocxParagraph, children: tuple[Inline, ...], indent_mm: float) -> None:
        """A justified paragraph set flush left when it holds a word wider than its
        narrowest line (the text width less `indent_mm`; `layout.justifies`), as the PDF
        writer does: Word and LibreOffice would spread the lines around that word."""
        line_pt = (self._text_width_mm() - indent_mm) * layout.PT_PER_MM
        if not layout.justifies(plain_text(children), line_pt, self.theme):
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT

    @staticmethod
    def _no_indent(p: DocxParagraph, align) -> None:
        p.paragraph_format.first_line_indent = Cm(0)
        p.paragraph_format.alignment = align

    def _list(self, block: ListBlock, depth: int) -> None:
        numbering = self.doc.part.numbering_part.element
        level = min(depth, 8)
        if block.ordered:
            abstract = self._references_abstract if block.references else self._ordered_abstract
            num_id = x.add_list_instance(numbering, abstract, level, block.start)
            style = "List Number"
        else:
            num_id = x.add_list_instance(numbering, self._bullet_abstract)
            style = "List Bullet"
        indent = Cm(self.theme.typography.first_line_indent_cm)
        for item in block.items:
            first = True
            for child in item.blocks:
                match child:
                    case Paragraph():
                        p = self._new_paragraph(style)
                        pPr = p._p.get_or_add_pPr()  # noqa: SLF001
                        # Only an item's first paragraph carries the number; numId 0
                        # means "no list" for the paragraphs after it.
                        x.set_numbering(pPr, num_id if first else 0, level)
                        self._list_indents(p, block, level, indent)
                        if not block.references:
                            self._justify_or_flush_left(p, child.children, (level + 1) * indent.mm)
                        self._inlines(p, child.children)
                    case ListBlock():
                        self._list(child, depth + 1)
                    case _:
                        self._block(child, depth + 1)
                first = False

    def _list_indents(self, p: DocxParagraph, block: ListBlock, level: int, indent: Length) -> None:
        """Direct indents, so a template's list style cannot move ours: the number at
        the paragraph indent, or for a list of sources at the margin with the entry
        flush left from the hanging indent (`layout.reference_indent_mm`)."""
        fmt = p.paragraph_format
        if block.references:
            hang = Mm(layout.reference_indent_mm(self.theme))
            fmt.left_indent, fmt.first_line_indent = hang, -hang
            fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
            return
        fmt.left_indent = Mm(level * indent.mm)
        fmt.first_line_indent = indent

    def _table(self, block: Table) -> None:
        t = self.theme
        ncols = layout.table_columns(block)
        caption = self._new_paragraph("Caption")
        caption.paragraph_format.keep_with_next = True
        caption.paragraph_format.space_after = Pt(layout.CAPTION_GAP_PT)
        self._inlines(caption, block.caption)
        # block.continuation («Продолжение таблицы N») is PDF-only: Word has no way to
        # print a label above a table's continued part; the repeated header row marks it.
        rows = (*block.header, *block.rows)
        table = self.doc.add_table(rows=len(rows), cols=ncols)
        table.style = self._named[t.table_style]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        pad = layout.CELL_PADDING
        x.set_cell_margins(table._tbl, left=pad.left, right=pad.right, top=pad.top, bottom=pad.bottom)  # noqa: SLF001
        x.set_table_indent(table._tbl, 0)  # noqa: SLF001 - the left border on the margin
        width_pt = self._text_width_mm() * layout.PT_PER_MM
        widths = [Pt(w) for w in layout.column_widths(block, width_pt, layout.table_measure(self.theme))]
        for col, width in zip(table.columns, widths, strict=True):
            col.width = width
        for r, (row_cells, row) in enumerate(zip(rows, table.rows, strict=True)):
            keep = layout.row_fits_a_page(row_cells, [w.pt for w in widths], t)
            x.mark_row(row._tr, header=r < len(block.header), keep=keep)  # noqa: SLF001
            for c, cell in enumerate(row.cells):
                cell.width = widths[c]
                para = cell.paragraphs[0]
                para._p.style = self._style_id("Table Text")  # noqa: SLF001
                if c < len(row_cells):
                    data: Cell = row_cells[c]
                    para.alignment = self._cell_align(data.align)
                    self._inlines(para, data.children)

    @staticmethod
    def _cell_align(align: Align):
        match align:
            case "left" | "right" | "center":
                return _ALIGN[align]
            case _:
                assert_never(align)

    def _figure(self, block: Figure) -> None:
        if not block.png:
            what = "only an SVG rendition" if block.svg else "no picture data"
            raise ValueError(
                f"figure {block.alt!r} has {what}; the DOCX writer needs the PNG rendition"
                " (Figure.png), which the pipeline renders for every chart"
            )
        p = self.doc.add_paragraph()
        self._no_indent(p, WD_ALIGN_PARAGRAPH.CENTER)
        p.paragraph_format.keep_with_next = True  # the picture stays with its caption
        spacing = layout.figure_spacing(self.theme)
        p.paragraph_format.space_before = Pt(spacing.before)
        shape = p.add_run().add_picture(
            io.BytesIO(block.png), width=Mm(block.width_mm), height=Mm(block.height_mm)
        )
        x.set_alt_text(shape._inline, block.alt)  # noqa: SLF001
        x.set_no_wrap_distance(shape._inline)  # noqa: SLF001
        caption = self._new_paragraph("Caption")
        caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption.paragraph_format.space_before = Pt(layout.CAPTION_GAP_PT)
        caption.paragraph_format.space_after = Pt(spacing.after)
        self._inlines(caption, block.caption)

    def _signature(self, block: SignatureBlock) -> None:
        previous = self.doc.paragraphs[-1] if self.doc.paragraphs else None
        if previous is not None:
            # A signature never stands alone on a page: the text's last lines go with it.
            previous.paragraph_format.keep_with_next = True
        p = self._new_paragraph("Signature")
        p.paragraph_format.keep_with_next = bool(block.date)
        # One paragraph with line breaks, so Word never puts the name on another page.
        for i, line in enumerate(block.position):
            if i:
                p.add_run().add_break()
            p.add_run(layout.mark_address_breaks(line))
        run = p.add_run()
        run.add_tab()
        run.add_text(block.name)
        if block.date:
            self._styled(block.date, "Date")

    def _executor(self, block: ExecutorMark) -> None:
        p = self._new_paragraph("Executor")
        # The frame's width follows the page actually used, so it stays on the paragraph.
        x.set_frame_bottom_left(p._p.get_or_add_pPr(), self._text_width_mm() / 2)  # noqa: SLF001
        for i, line in enumerate(block.lines):
            if i:
                p.add_run().add_break()
            p.add_run(layout.mark_address_breaks(line))

    # --- inlines -------------------------------------------------------------------

    def _inlines(
        self, p: DocxParagraph, inlines: tuple[Inline, ...], *, bold: bool = False, italic: bool = False
    ) -> None:
        for node in inlines:
            match node:
                case Text(text=text):
                    # Word and LibreOffice break an address only where a zero-width
                    # break opportunity allows it (else at the margin, mid-word).
                    run = p.add_run(layout.mark_address_breaks(text))
                    if bold:
                        run.bold = True
                    if italic:
                        run.italic = True
                case Strong(children=children):
                    self._inlines(p, children, bold=True, italic=italic)
                case Emph(children=children):
                    self._inlines(p, children, bold=bold, italic=True)
                case LineBreak():
                    p.add_run().add_break()
                case Link():
                    self._link(p, node, bold=bold, italic=italic)
                case Note(children=children):
                    self._footnote(p, children)
                case Counter(series=series, value=value):
                    # A SEQ field: Word renumbers tables and figures as they move.
                    x.add_field(p._p, f"SEQ {x.seq_name(series)} \\* ARABIC", str(value))  # noqa: SLF001
                case _:
                    assert_never(node)

    def _link(self, p: DocxParagraph, link: Link, *, bold: bool, italic: bool) -> None:
        """A web address: a Word hyperlink around the runs that show it (the runs keep
        the text's look; Word and LibreOffice break it where they may, see layout)."""
        first = len(p._p)  # noqa: SLF001
        self._inlines(p, link.children, bold=bold, italic=italic)
        element = x.hyperlink(self.doc.part, link.url)
        for run in list(p._p)[first:]:  # noqa: SLF001
            element.append(run)
        p._p.append(element)  # noqa: SLF001

    def _footnote(self, p: DocxParagraph, children: tuple[Inline, ...]) -> None:
        if self._footnotes is None:
            self._footnotes = x.footnotes_root(self.doc.part)
            x.declare_separator_footnotes(self.doc.settings.element)
        text_id = self._named["footnote text"].style_id
        ref_id = self._named["footnote reference"].style_id
        note_id = x.next_footnote_id(self._footnotes)
        p._p.append(x.footnote_reference_run(note_id, ref_id))  # noqa: SLF001
        note_p = DocxParagraph(x.new_footnote(self._footnotes, note_id, text_id, ref_id), p._parent)  # noqa: SLF001
        note_p.add_run(" ")  # Word's own footnotes put a space after the number
        self._inlines(note_p, children)


PROPERTY_LIMIT = 255


def _property(text: str) -> str:
    """`text` cut to a core property's 255 characters, at a word, with an ellipsis."""
    if len(text) <= PROPERTY_LIMIT:
        return text
    cut = text[: PROPERTY_LIMIT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[PROPERTY_LIMIT // 2 :] else cut).rstrip(" ,;:") + "…"
