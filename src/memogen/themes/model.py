"""Theme settings: theme.yaml data → a validated `Theme` that compose and writers read.

Every value docs/memo-style.md marks *open* lives here, never in code. The defaults are the
BY profile; `profile: RU` switches the values that differ (see `PROFILES`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from memogen import locale
from memogen.charts.spec import ChartWords
from memogen.locale import merge


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Margins(_Strict):
    """Page margins in millimetres."""

    left: float = Field(30, ge=5, le=60)
    right: float = Field(10, ge=5, le=60)
    top: float = Field(20, ge=5, le=60)
    bottom: float = Field(20, ge=5, le=60)


FONTS_DIR = Path(__file__).resolve().parent.parent / "fonts"


class Fonts(_Strict):
    """The body font: TTF/OTF files for the PDF, a family name for the DOCX.

    Paths are resolved against the theme folder when the theme loads; the defaults are
    the Liberation Serif files shipped with memogen (metric twin of Times New Roman)."""

    docx_family: str = Field("Times New Roman", description="Font name written into the DOCX styles.")
    regular: Path = FONTS_DIR / "LiberationSerif-Regular.ttf"
    bold: Path = FONTS_DIR / "LiberationSerif-Bold.ttf"
    italic: Path = FONTS_DIR / "LiberationSerif-Italic.ttf"
    bold_italic: Path = FONTS_DIR / "LiberationSerif-BoldItalic.ttf"
    chart: Path = Field(FONTS_DIR / "LiberationSans-Regular.ttf", description="Font for chart labels.")

    @field_validator("docx_family")
    @classmethod
    def _font_name(cls, name: str) -> str:
        # Word keeps a family name in 31 characters; letters, digits, spaces and a few
        # marks are all real names use (nothing that could end an XML attribute).
        if not re.fullmatch(r"[^\W_][\w .'()+&-]{0,30}", name):
            raise ValueError(
                "a font name is 1–31 letters, digits, spaces and . ' ( ) + & - "
                "(e.g. 'Times New Roman', 'PT Serif')"
            )
        return name


class Sizes(_Strict):
    """Type sizes in points."""

    body: float = Field(15, ge=8, le=20)
    heading: float = Field(15, ge=8, le=24)
    title: float = Field(15, ge=8, le=24)
    table: float = Field(12, ge=7, le=16)
    small: float = Field(11, ge=7, le=14, description="Executor mark, captions' notes, footnotes.")
    page_number: float = Field(12, ge=7, le=16)


class Typography(_Strict):
    line_spacing: float = Field(1.0, ge=1.0, le=2.0, description="Multiple of the font size.")
    first_line_indent_cm: float = Field(1.25, ge=0, le=3)
    space_after_pt: float = Field(0, ge=0, le=24)
    hyphenate: bool = True
    page_number_from_top_mm: float = Field(
        12, ge=5, le=20, description="Distance of the page number's baseline from the top edge."
    )


class Signature(_Strict):
    """BY: name starts `name_indent_cm` from the left text edge, initials without
    spaces. RU: name ends at the right margin, a no-break space after the initials."""

    style: Literal["BY", "RU"] = "BY"
    name_indent_cm: float = Field(12, ge=0, le=17)


class Section(_Strict):
    """One section of a document: its template is `<folder>/<id>.md.j2`, the folder
    being `sections` for the memo, `points` and `letter` for the other kinds.

    In theme.yaml a bare id (`- trade`) keeps the heading the parent theme gives it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    heading: str = Field("", description="Printed above the section; empty: no heading.")
    numbered: bool = True
    references: bool = Field(
        False,
        description="Its numbered lists are a list of sources: bibliographic entries with a "
        "hanging indent, flush left (GOST 7.0.100).",
    )


class DefaultSignatory(_Strict):
    """Who signs the theme's memos when the facts file names nobody."""

    position: tuple[str, ...] = Field(min_length=1, description="Job title, one item per printed line.")
    surname: str = Field(min_length=1)
    given: str = Field(min_length=1, description="First name, or its initial with a full stop.")
    patronymic: str | None = None


class DefaultExecutor(_Strict):
    """Who prepared the memo, when the facts file names nobody."""

    name: str = Field(min_length=1, description="Surname and initials, or the full name.")
    phone: str = Field(min_length=1)


class AccessDefault(_Strict):
    """The access marking: its wording, and whether every memo carries it unless its
    facts file says `access: null`."""

    marking: str = Field("Для служебного пользования", min_length=1)
    always: bool = False


class DynamicsTableWords(_Strict):
    title: str
    headers: tuple[str, str, str] = Field(description="Period, turnover ({unit}: its scale and currency), growth.")



class ProposalsTableWords(_Strict):
    title: str
    headers: tuple[str, str, str, str] = Field(description="Number, action, responsible, deadline.")


class TableWords(_Strict):
    dynamics: DynamicsTableWords
    proposals: ProposalsTableWords


class ChartTitles(_Strict):
    dynamics: str
    trade: str
    structure_exports: str
    structure_imports: str
    share: str = Field(description="{part} in the total of {whole} {period}.")


class Labels(_Strict):
    """Words memogen writes around the facts (captions, requisites, table headers, chart
    titles and the words inside charts). Their Russian originals are data, in
    memogen/locale/ru.yaml; a theme's `labels:` rewords any of them, key by key."""

    table: str
    figure: str
    continuation: str
    as_of: str
    attachment: str
    copy_number: str
    sheets: str = Field(
        pattern=r"\{pages\}",
        description="After each document a cover letter encloses; {pages} and {copies} are filled in.",
    )
    registration: str = Field(
        description="A cover letter's date and number line, for the records office to fill in; empty: none.",
    )
    tables: TableWords
    chart_titles: ChartTitles
    chart_words: ChartWords

    @model_validator(mode="before")
    @classmethod
    def _over_the_locale(cls, data: Any) -> Any:
        return merge(locale.words(), data) if isinstance(data, dict) else data


class Letterhead(_Strict):
    lines: tuple[str, ...] = ()
    image: Path | None = Field(None, description="Emblem or logo, a PNG/JPEG in the theme folder.")
    image_width_mm: float = Field(15, gt=0, le=17)


Theses = Literal["none", "numbered", "dashed"]


class KindSettings(_Strict):
    """What a theme changes for one document kind (talking points, cover letter) over
    its memo settings: under `documents: {points: …, letter: …}` in theme.yaml."""

    doc_type: str | None = Field(None, min_length=1, description="Document type printed on top.")
    sections: tuple[Section | Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], ...] | None = None
    sizes: Sizes | None = None
    typography: Typography | None = None
    theses: Theses | None = None
    exhibits: bool | None = None
    signed: bool | None = None


Profile = Literal["BY", "RU"]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$", description="A colour as #rrggbb.")]


class Theme(_Strict):
    """A fully resolved theme (after `extends` and profile defaults are applied)."""

    name: str = "default"
    profile: Profile = "BY"
    margins: Margins = Margins()
    fonts: Fonts = Fonts()
    sizes: Sizes = Sizes()
    typography: Typography = Typography()
    signature: Signature = Signature()
    date_style: Literal["numeric", "verbal"] = "numeric"
    doc_type: str = Field("СПРАВКА", min_length=1, description="Document type, when the facts give none.")
    signatory: DefaultSignatory | None = None
    executor: DefaultExecutor | None = None
    access: AccessDefault = AccessDefault()
    palette: tuple[Colour, ...] = Field(
        ("#1f3b73", "#8c8c8c", "#4d7cc7", "#2b2b2b"), description="Chart colours, in order."
    )
    table_style: str = Field("Table Grid", description="Word table style name for DOCX tables.")
    sections: tuple[Section, ...] = ()
    theses: Theses = Field(
        "none", description="Paragraphs of the text as theses: numbered, dashed, or as written."
    )
    exhibits: bool = Field(True, description="Tables and charts the templates place are shown.")
    signed: bool = Field(True, description="The document ends with the signature block.")
    labels: Labels = Field(default_factory=lambda: Labels.model_validate({}))
    letterhead: Letterhead = Letterhead()
    reference_docx: Path | None = None
    pdf_a: bool = Field(False, description="Write PDF/A-2b, the archival PDF (as `memogen build --pdf-a`).")
    reference_layout: Literal["theme", "reference"] = Field(
        "theme", description="Page size and margins of the DOCX: the theme's, or the reference.docx's own."
    )
    folder: Path | None = Field(None, exclude=True)

    @field_validator("palette")
    @classmethod
    def _some_colours(cls, palette: tuple[str, ...]) -> tuple[str, ...]:
        if not palette:
            raise ValueError("give at least one colour, e.g. ['#1f3b73']")
        return palette

    @field_validator("sections")
    @classmethod
    def _unique_sections(cls, sections: tuple[Section, ...]) -> tuple[Section, ...]:
        seen: set[str] = set()
        for s in sections:
            sid = s if isinstance(s, str) else s.id  # theme.yaml may name a parent's section by id
            if sid in seen:
                raise ValueError(f"section {sid!r} is listed twice; keep one")
            seen.add(sid)
        return sections


# Values that differ between profiles (docs/memo-style.md, "The page").
PROFILES: dict[str, dict] = {
    "BY": {"sizes": {"body": 15}, "signature": {"style": "BY"}},
    "RU": {"sizes": {"body": 14, "heading": 14, "title": 14}, "signature": {"style": "RU"}},
}
