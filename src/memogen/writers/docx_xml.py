"""WordprocessingML pieces python-docx has no API for: an element tree in → the same tree
with footnotes, numbering, fields, frames, row flags, alt text; a saved package → the
same package with reproducible zip bytes.

Each helper is small and named after the Word feature it fills in, one python-docx
lacks (docs/design.md); the writer in `docx.py` decides when to use them.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from typing import cast

from docx.enum.text import WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.settings import CT_Settings
from docx.oxml.table import CT_TblPr
from docx.oxml.text.font import CT_RPr
from docx.oxml.text.parfmt import CT_PPr
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.document import DocumentPart
from lxml import etree

TWIPS_PER_MM = 1440 / 25.4
PT_TO_TWIPS = 20
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _declared_order(cls, first: str) -> tuple[str, ...]:
    """The schema's child order of an element as python-docx's oxml class declares it.
    python-docx keeps the sequence only inside the inserters it generates: the one for
    the first child holds every other child as its successors."""
    (cell,) = getattr(cls, f"_insert_{first}").__closure__
    return (f"w:{first}", *cell.cell_contents._successors)  # noqa: SLF001


_CHILD_ORDER = {
    qn("w:rPr"): _declared_order(CT_RPr, "rStyle"),
    qn("w:pPr"): _declared_order(CT_PPr, "pStyle"),
    qn("w:tblPr"): _declared_order(CT_TblPr, "tblStyle"),
}


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _insert_in_order(parent, child) -> None:
    """Put `child` where the schema's sequence wants it (replacing one of its kind):
    Word rejects out-of-order children that LibreOffice would silently accept."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    names = [qn(t) for t in _CHILD_ORDER[parent.tag]]
    successors = names[names.index(child.tag) + 1 :] if child.tag in names else []
    for i, existing in enumerate(parent):
        if existing.tag in successors:
            parent.insert(i, child)
            return
    parent.append(child)


def _el(tag: str, **attrs: str | int) -> BaseOxmlElement:
    el = cast(BaseOxmlElement, OxmlElement(tag))  # a w: tag, so never a bare lxml element
    for key, val in attrs.items():
        el.set(qn(f"w:{key}"), str(val))
    return el


# --- run properties -----------------------------------------------------------------


def set_font_family(rPr, family: str) -> None:
    """Name the font for all four scripts; theme-font attributes would win over the
    explicit names (Word prefers w:asciiTheme to w:ascii), so they go."""
    rFonts = rPr.get_or_add_rFonts()
    for attr in list(rFonts.attrib):
        del rFonts.attrib[attr]
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        rFonts.set(qn(f"w:{script}"), family)


def set_language(rPr, language: str) -> None:
    """Mark text as `language` for all scripts, so Word spell-checks and hyphenates it."""
    _insert_in_order(rPr, _el("w:lang", val=language, eastAsia=language, bidi=language))


def set_complex_size(rPr, size_pt: float) -> None:
    """w:szCs next to w:sz: Word sizes digits in some locales by the complex-script size."""
    _insert_in_order(rPr, _el("w:szCs", val=round(size_pt * 2)))


def clear_run_look(rPr) -> None:
    """Drop colour, letter spacing and kerning a template style brings along (the
    default template's headings are blue): official memos are black type."""
    for tag in ("w:color", "w:spacing", "w:kern", "w:i", "w:iCs"):
        for old in rPr.findall(qn(tag)):
            rPr.remove(old)


def keep_reference_run_look(rPr, reference, *, enforced: tuple[str, ...] = ()) -> None:
    """Put every run property the reference style defines back over memogen's value
    of it, so memogen's values remain only where the reference is silent; `enforced`
    tags keep memogen's value."""
    _keep_reference(rPr, reference, enforced)
    size = reference.find(qn("w:sz"))
    if size is not None and reference.find(qn("w:szCs")) is None:
        # Word sizes digits in some locales by w:szCs: it follows the reference's size.
        _insert_in_order(rPr, _el("w:szCs", val=size.get(qn("w:val"))))


def keep_reference_paragraph_look(pPr, reference, *, enforced: tuple[str, ...] = ()) -> None:
    """`keep_reference_run_look` for paragraph properties (indents, spacing, alignment…)."""
    _keep_reference(pPr, reference, enforced)


def _keep_reference(props, reference, enforced: tuple[str, ...]) -> None:
    skip = {qn(t) for t in enforced}
    for child in reference:
        if child.tag not in skip:
            _insert_in_order(props, copy.deepcopy(child))


def default_run_properties(styles):
    """The document-wide run properties (w:docDefaults/w:rPrDefault/w:rPr), created
    when a reference document has none."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = _el("w:docDefaults")
        styles.insert(0, defaults)
    rPr_default = defaults.find(qn("w:rPrDefault"))
    if rPr_default is None:
        rPr_default = _el("w:rPrDefault")
        defaults.insert(0, rPr_default)
    rPr = rPr_default.find(qn("w:rPr"))
    if rPr is None:
        rPr = _el("w:rPr")
        rPr_default.append(rPr)
    return rPr


# --- paragraph properties ------------------------------------------------------------


def clear_paragraph_border(pPr) -> None:
    """The default template's Title has a blue rule under it; memos have none."""
    for old in pPr.findall(qn("w:pBdr")):
        pPr.remove(old)


def set_frame_bottom_left(pPr, width_mm: float) -> None:
    """Pin the paragraph into a frame at the bottom left of the text area of the page
    its anchor falls on: as the last paragraph, that is the last page, whatever the
    text flow above does."""
    frame = _el(
        "w:framePr",
        # An explicit width: LibreOffice sizes an auto-width frame to its longest word
        # and then breaks a phone number at its hyphens.
        w=twips(width_mm),
        wrap="around",
        vAnchor="margin",
        hAnchor="margin",
        xAlign="left",
        yAlign="bottom",
    )
    _insert_in_order(pPr, frame)


def clear_contextual_spacing(pPr) -> None:
    """List paragraphs are spaced like any paragraph (python-docx's template list
    styles drop the space between items of the same style)."""
    for old in pPr.findall(qn("w:contextualSpacing")):
        pPr.remove(old)


def set_numbering(pPr, num_id: int, level: int) -> None:
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = level
    numPr.get_or_add_numId().val = num_id


# --- settings ------------------------------------------------------------------------

# CT_Settings children that must come after w:autoHyphenation (ECMA-376 part 1,
# 17.15.1.78): the seven python-docx does not declare, then its own declared order.
_SETTINGS_AFTER_HYPHENATION = (
    "w:consecutiveHyphenLimit", "w:hyphenationZone", "w:doNotHyphenateCaps", "w:showEnvelope",
    "w:summaryLength", "w:clickAndTypeStyle", "w:defaultTableStyle",
    *_declared_order(CT_Settings, "evenAndOddHeaders"),
)  # fmt: skip


def set_auto_hyphenation(settings, on: bool) -> None:
    """Turn Word's automatic hyphenation on: justified Russian text needs it."""
    for old in settings.findall(qn("w:autoHyphenation")):
        settings.remove(old)
    if on:
        settings.insert_element_before(
            _el("w:autoHyphenation"), *_SETTINGS_AFTER_HYPHENATION
        )


# w:compat children that may stand before w:doNotExpandShiftReturn (17.15.3).
_COMPAT_BEFORE_SHIFT_RETURN = (
    "w:useSingleBorderforContiguousCells", "w:wpJustification", "w:noTabHangInd",
    "w:noLeading", "w:spaceForUL", "w:noColumnBalance", "w:balanceSingleByteDoubleByteWidth",
    "w:noExtraLineSpacing", "w:doNotLeaveBackslashAlone", "w:ulTrailSpace",
)  # fmt: skip


def _compat(settings):
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = _el("w:compat")
        after = _SETTINGS_AFTER_HYPHENATION
        settings.insert_element_before(compat, *after[after.index("w:compat") + 1 :])
    return compat


WORD_2013 = 15


def set_compatibility_mode(settings, mode: int = WORD_2013) -> None:
    """Open in Word's own current layout, not Compatibility Mode (Word 2013 and later
    all write 15). This also puts a table's left border at its tblInd, as LibreOffice
    honours too."""
    compat = _compat(settings)
    uri = "http://schemas.microsoft.com/office/word"
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), str(mode))
            return
    compat.append(_el("w:compatSetting", name="compatibilityMode", uri=uri, val=mode))


def keep_short_lines_before_breaks(settings) -> None:
    """Word (and LibreOffice reading the flag) stretches a justified line that ends in
    a manual line break across the whole width; this compat flag stops it."""
    compat = _compat(settings)
    if compat.find(qn("w:doNotExpandShiftReturn")) is not None:
        return
    before = {qn(t) for t in _COMPAT_BEFORE_SHIFT_RETURN}
    index = 0
    for i, child in enumerate(compat):
        if child.tag in before:
            index = i + 1
    compat.insert(index, _el("w:doNotExpandShiftReturn"))


def declare_separator_footnotes(settings) -> None:
    """Name the separator notes (ids -1 and 0) in settings, as Word itself does."""
    if settings.find(qn("w:footnotePr")) is not None:
        return
    pr = _el("w:footnotePr")
    pr.append(_el("w:footnote", id=-1))
    pr.append(_el("w:footnote", id=0))
    after = _SETTINGS_AFTER_HYPHENATION
    settings.insert_element_before(pr, *after[after.index("w:footnotePr") + 1 :])


def set_theme_font_language(settings, language: str) -> None:
    for el in settings.findall(qn("w:themeFontLang")):
        el.set(qn("w:val"), language)


# --- footnotes -----------------------------------------------------------------------

def _separator_note(kind: str, note_id: int):
    """One of Word's two separator notes: the rule above the notes, and the one above
    notes continued from the previous page."""
    note = _el("w:footnote", type=kind, id=note_id)
    p = _el("w:p")
    pPr = p.get_or_add_pPr()
    spacing = pPr.get_or_add_spacing()
    spacing.after, spacing.line, spacing.lineRule = 0, 240, WD_LINE_SPACING.MULTIPLE
    pPr.get_or_add_ind().firstLine = 0
    run = _el("w:r")
    run.append(_el(f"w:{kind}"))
    p.append(run)
    note.append(p)
    return note


def _new_footnotes():
    root = OxmlElement("w:footnotes", nsdecls={"w": W_NS, "r": R_NS})
    root.append(_separator_note("separator", -1))
    root.append(_separator_note("continuationSeparator", 0))
    return root


def footnotes_root(document_part: DocumentPart):
    """The <w:footnotes> element of the document, creating the part (with Word's two
    separator notes, ids -1 and 0) when the template has none."""
    for rel in document_part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            part = rel.target_part
            if not isinstance(part, XmlPart):
                # python-docx loads footnotes.xml as an opaque Part; reparse it once.
                xml_part = XmlPart.load(part.partname, part.content_type, part.blob, part.package)
                rel._target = xml_part  # noqa: SLF001 - python-docx has no public setter
                part = xml_part
            # A reference document's own notes go with its text; separators stay.
            for note in part.element.findall(qn("w:footnote")):
                if note.get(qn("w:type")) in (None, "normal"):
                    part.element.remove(note)
            return part.element
    part = XmlPart(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        _new_footnotes(),
        document_part.package,
    )
    document_part.relate_to(part, RT.FOOTNOTES)
    return part.element


def next_footnote_id(footnotes) -> int:
    ids = [int(n.get(qn("w:id"))) for n in footnotes.findall(qn("w:footnote"))]
    return max([0, *ids]) + 1


def footnote_reference_run(note_id: int, style_id: str):
    """The run that stands in the text for footnote `note_id` (Word numbers it)."""
    run = _el("w:r")
    rPr = _el("w:rPr")
    rPr.append(_el("w:rStyle", val=style_id))
    run.append(rPr)
    run.append(_el("w:footnoteReference", id=note_id))
    return run


def new_footnote(footnotes, note_id: int, text_style_id: str, ref_style_id: str):
    """Append an empty footnote `note_id` and return its paragraph, which already holds
    the number mark (w:footnoteRef) so Word and LibreOffice print the same number."""
    note = _el("w:footnote", id=note_id)
    p = _el("w:p")
    pPr = _el("w:pPr")
    pPr.append(_el("w:pStyle", val=text_style_id))
    p.append(pPr)
    run = _el("w:r")
    rPr = _el("w:rPr")
    rPr.append(_el("w:rStyle", val=ref_style_id))
    run.append(rPr)
    run.append(_el("w:footnoteRef"))
    p.append(run)
    note.append(p)
    footnotes.append(note)
    return p


# --- numbering -----------------------------------------------------------------------


def add_abstract_list(
    numbering, *, nsid: str, ordered: bool, indent_mm: float, family: str, levels: int = 9,
    hanging: bool = False,
) -> int:
    """Add a multilevel list definition and return its abstractNumId. Each level puts
    the number (or the en dash) at the first-line indent, a space after it, and wraps
    further lines back to the level's left edge, as Russian official texts do. With
    `hanging`, a list of sources: the number at the level's edge, a tab after it, and
    every line of the entry `indent_mm` further in (a hanging indent)."""
    ids = [int(v) for v in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abstract_id = max([-1, *ids]) + 1
    abstract = _el("w:abstractNum", abstractNumId=abstract_id)
    abstract.append(_el("w:nsid", val=nsid))  # fixed, so the bytes are reproducible
    abstract.append(_el("w:multiLevelType", val="multilevel"))
    for level in range(levels):
        lvl = _el("w:lvl", ilvl=level)
        lvl.append(_el("w:start", val=1))
        lvl.append(_el("w:numFmt", val="decimal" if ordered else "bullet"))
        lvl.append(_el("w:suff", val="tab" if hanging else "space"))
        lvl.append(_el("w:lvlText", val=f"%{level + 1}." if ordered else "\u2013"))
        lvl.append(_el("w:lvlJc", val="left"))
        lvl.append(_list_indent(level, indent_mm, hanging))
        rPr = _el("w:rPr")
        # Without explicit fonts Word draws the bullet in Symbol, which has no en dash.
        rPr.append(_el("w:rFonts", ascii=family, hAnsi=family, cs=family, eastAsia=family))
        lvl.append(rPr)
        abstract.append(lvl)
    numbering.insert_element_before(abstract, "w:num", "w:numIdMacAtCleanup")
    return abstract_id


def _list_indent(level: int, indent_mm: float, hanging: bool):
    """A list level's w:pPr: its indents, and for a hanging indent the tab stop the
    number's tab goes to (Word and LibreOffice would otherwise pick their own)."""
    pPr = _el("w:pPr")
    if hanging:
        edge = twips((level + 1) * indent_mm)
        tabs = _el("w:tabs")
        tabs.append(_el("w:tab", val="num", pos=edge))
        pPr.append(tabs)
        pPr.append(_el("w:ind", left=edge, hanging=twips(indent_mm)))
    else:
        pPr.append(_el("w:ind", left=twips(level * indent_mm), firstLine=twips(indent_mm)))
    return pPr


def add_heading_list(numbering, *, nsid: str, style_ids: list[str]) -> int:
    """A multilevel list for section headings: «1.» at level 0, «1.1.» at level 1, each
    level tied to its heading style, flush with the margin, a space after the number."""
    ids = [int(v) for v in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abstract_id = max([-1, *ids]) + 1
    abstract = _el("w:abstractNum", abstractNumId=abstract_id)
    abstract.append(_el("w:nsid", val=nsid))
    abstract.append(_el("w:multiLevelType", val="multilevel"))
    for level in range(9):
        lvl = _el("w:lvl", ilvl=level)
        lvl.append(_el("w:start", val=1))
        lvl.append(_el("w:numFmt", val="decimal"))
        if level < len(style_ids):
            lvl.append(_el("w:pStyle", val=style_ids[level]))
        lvl.append(_el("w:suff", val="space"))
        lvl.append(_el("w:lvlText", val=".".join(f"%{i + 1}" for i in range(level + 1)) + "."))
        lvl.append(_el("w:lvlJc", val="left"))
        pPr = _el("w:pPr")
        pPr.append(_el("w:ind", left=0, firstLine=0))
        lvl.append(pPr)
        abstract.append(lvl)
    numbering.insert_element_before(abstract, "w:num", "w:numIdMacAtCleanup")
    return abstract_id


def add_list_instance(numbering, abstract_id: int, level: int | None = None, start: int = 1) -> int:
    """A new w:num over `abstract_id`; with `level`, that level restarts at `start`, so
    two lists never continue each other's numbering."""
    num = numbering.add_num(abstract_id)
    if level is not None:
        num.add_lvlOverride(ilvl=level).add_startOverride(start)
    return int(num.get(qn("w:numId")))


# --- fields, tables, pictures ------------------------------------------------------


def add_page_field(paragraph_element) -> None:
    """Append a PAGE field; the number looks as the paragraph's style says."""
    add_field(paragraph_element, "PAGE", "2")  # placeholder result; every reader recomputes it


def add_field(paragraph_element, instruction: str, result: str) -> None:
    """Append a complex field (begin / instruction / separate / result / end) with
    `result` as its cached text, so every reader shows it before fields update. Its
    runs carry no formatting of their own: the paragraph's style decides the look."""
    code = _el("w:instrText")
    code.set(_XML_SPACE, "preserve")
    code.text = f" {instruction} "
    shown = _el("w:t")
    shown.text = result
    for inner in (
        _el("w:fldChar", fldCharType="begin"),
        code,
        _el("w:fldChar", fldCharType="separate"),
        shown,
        _el("w:fldChar", fldCharType="end"),
    ):
        run = _el("w:r")
        run.append(inner)
        paragraph_element.append(run)


def seq_name(series: str) -> str:
    """A SEQ field's identifier: one word, as Word's own captions use («Таблица»)."""
    return re.sub(r"\W+", "_", series).strip("_") or "Series"


def has_content(part_element) -> bool:
    """Whether a header or footer shows anything: text, a field or a picture."""
    return bool(
        part_element.xpath(
            ".//w:t[normalize-space()] | .//w:fldSimple | .//w:instrText | .//w:drawing | .//w:pict"
        )
    )


def mark_row(tr, *, header: bool, keep: bool = True) -> None:
    """A row that is `keep` never splits across pages; header rows repeat at the top of
    each page."""
    trPr = tr.get_or_add_trPr()
    if keep:
        trPr.append(_el("w:cantSplit"))
    if header:
        trPr.append(_el("w:tblHeader"))


def set_table_indent(tbl, twips_: int) -> None:
    """Where the table's left border stands, measured from the left margin."""
    _insert_in_order(tbl.tblPr, _el("w:tblInd", w=twips_, type="dxa"))


def set_cell_margins(tbl, *, left: float, right: float, top: float, bottom: float) -> None:
    """The padding between every cell's border and its text, in points (a table
    style's own margins would differ from the PDF's)."""
    margins = _el("w:tblCellMar")
    for side, pt in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        margins.append(_el(f"w:{side}", w=round(pt * PT_TO_TWIPS), type="dxa"))
    _insert_in_order(tbl.tblPr, margins)


def set_no_wrap_distance(inline) -> None:
    """An inline picture with no distance to the text around it: without these
    attributes LibreOffice adds its default spacing and pushes the picture past the
    right margin."""
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")


def set_alt_text(inline, descr: str, title: str = "") -> None:
    """Alt text of a picture lives in wp:docPr/@descr (what screen readers say)."""
    docPr = inline.docPr
    docPr.set("descr", descr)
    if title:
        docPr.set("title", title)


# --- package -------------------------------------------------------------------------

RT_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"


def drop_proof_state(settings) -> None:
    for old in settings.findall(qn("w:proofState")):
        settings.remove(old)


def drop_core_property(props, name: str) -> None:
    """Remove one element of docProps/core.xml (python-docx can only set them)."""
    element = props._element  # noqa: SLF001 - python-docx has no public remover
    for old in element.findall(qn(f"cp:{name}")):
        element.remove(old)


def drop_relationship(part, reltype: str) -> None:
    """Forget the parts `part` relates to by `reltype`: unreferenced, they are not saved."""
    for rId, rel in list(part.rels.items()):
        if rel.reltype == reltype:
            part.rels.pop(rId)


def add_app_properties(package) -> None:
    """docProps/app.xml naming memogen as the application (no counts: Word fills them in)."""
    root = etree.Element(f"{{{_EP}}}Properties", nsmap={None: _EP, "vt": _VT})
    etree.SubElement(root, f"{{{_EP}}}Application").text = "memogen"
    etree.SubElement(root, f"{{{_EP}}}DocSecurity").text = "0"
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, blob, package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)


def package_entries(document) -> dict[str, bytes]:
    """What `document.save` puts in the package, by entry name, without zipping it
    (`reproducible_zip` zips it once, rather than python-docx and then again)."""
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    entries = _Entries()
    PackageWriter._write_content_types_stream(entries, package.parts)  # noqa: SLF001
    PackageWriter._write_pkg_rels(entries, package.rels)  # noqa: SLF001
    PackageWriter._write_parts(entries, package.parts)  # type: ignore[arg-type]  # noqa: SLF001
    return entries.items


class _Entries:
    """Stands in for python-docx's zip writer (`PhysPkgWriter`): keeps each entry."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def write(self, uri, blob: bytes) -> None:
        self.items[uri.membername] = blob


def reproducible_zip(entries: dict[str, bytes], when: dt.datetime) -> bytes:
    """The package's entries zipped with every entry stamped `when` (not the clock),
    fixed attributes and a stable order ([Content_Types].xml first, as Office writes it)."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second // 2 * 2)
    names = sorted(entries, key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, entries[name], compresslevel=6)
    return out.getvalue()


def hyperlink(part: Part, url: str):
    """An empty `w:hyperlink` to the external `url`, its relationship added to `part`:
    the runs that show the address go inside it."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), part.relate_to(url, RT.HYPERLINK, is_external=True))
    link.set(qn("w:history"), "1")
    return link
