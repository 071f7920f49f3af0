"""A new theme name and its parent → a minimal theme folder whose theme.yaml shows, in
comments, every setting a ministry can change."""

from __future__ import annotations

from pathlib import Path

from memogen.errors import InputError
from memogen.themes.loader import NAME_PATTERN, load_theme, theme_folders

THEME_YAML = """\
# Theme «{name}». Everything not set here comes from «{base}».
# Uncomment a line (remove the leading «# ») and change its value; see `memogen docs templates`.
# Paths are relative to this folder and must stay inside it.
extends: {base}

# Layout profile: BY (Belarus, the default) or RU (memos for Russian bodies: 14 pt,
# «В.И. Иванов» signature ending at the right margin).
# profile: BY

# Letterhead printed above the document type; an emblem at most 17 mm wide.
# letterhead:
#   lines:
#     - МИНИСТЕРСТВО … РЕСПУБЛИКИ БЕЛАРУСЬ
#   image: assets/emblem.png
#   image_width_mm: 15

# Document type, used when the facts file gives none (memo.type).
# doc_type: СПРАВКА

# Fonts: TrueType files in this folder (they must contain Cyrillic, №, «», – and —);
# docx_family is the font name Word uses (it must be installed where the DOCX is read).
# fonts:
#   docx_family: Times New Roman
#   regular: fonts/MySerif-Regular.ttf
#   bold: fonts/MySerif-Bold.ttf
#   italic: fonts/MySerif-Italic.ttf
#   bold_italic: fonts/MySerif-BoldItalic.ttf
#   chart: fonts/MySans-Regular.ttf

# Sizes in points, margins in millimetres, spacing.
# sizes: {{body: 15, heading: 15, title: 15, table: 12, small: 11, page_number: 12}}
# margins: {{left: 30, right: 10, top: 20, bottom: 20}}
# typography: {{line_spacing: 1.0, first_line_indent_cm: 1.25, space_after_pt: 0, hyphenate: true}}

# Dates: numeric (25.08.2025) or verbal (25 августа 2025 г.).
# date_style: numeric

# Chart colours, in order (#rrggbb).
# palette: ["#1f3b73", "#8c8c8c", "#4d7cc7", "#2b2b2b"]

# Who signs and who prepared the memo, when the facts file names nobody.
# signatory:
#   position: [Начальник управления]
#   surname: Иванова
#   given: Ирина
#   patronymic: Сергеевна
# executor: {{name: Петров А.Н., phone: +375 17 200-00-00}}

# Access marking: its wording, and whether every memo carries it (facts may say access: null).
# access: {{marking: Для служебного пользования, always: false}}

# Sections, in order. This list replaces the parent's: a bare id keeps the parent's
# heading, or give {{id: …, heading: …}}. Section «x» is written by sections/x.md.j2;
# to change its wording, create that file here with
#   {{% extends "{base}/sections/x.md.j2" %}}
#   {{% block intro %}}Your words…{{% endblock %}}
# sections:
#   - general
#   - trade
#   - {{id: proposals, heading: Вопросы для обсуждения}}

# A Word file whose styles the DOCX takes (restyle memos in Word).
# reference_docx: reference.docx

# The talking points and the cover letter (memogen build --document all): what differs
# from the memo's settings above; their templates are points/<id>.md.j2 and
# letter/<id>.md.j2. See `memogen docs kinds`.
# documents:
#   points:
#     sizes: {{body: 16, heading: 16, title: 16}}
#     theses: numbered               # numbered, dashed or none
#     sections: [greeting, trade, sectors, proposals, events]
#   letter:
#     sections: [body]
"""


def new_theme(workspace: Path, name: str, base: str = "default") -> Path:
    """Create `templates/<name>/theme.yaml` extending `base`; the new folder's path.
    Never overwrites: an existing theme or folder of that name is an error."""
    if not NAME_PATTERN.match(name) or name == "default":
        raise InputError(
            f"{name!r} cannot be a theme name",
            hint="use lower-case Latin letters, digits, '-' or '_', starting with a letter "
            "(e.g. mfa, minprom), and not 'default'",
        )
    available = theme_folders(workspace)
    if base not in available:
        raise InputError(f"unknown template {base!r}", hint=f"choose one of: {', '.join(sorted(available))}")
    load_theme(base, workspace)  # a broken parent is reported now, not at the first build
    folder = workspace / "templates" / name
    if folder.exists():
        raise InputError(
            f"{folder} already exists; nothing was changed",
            hint="choose another name, or edit that theme's theme.yaml",
        )
    (folder / "sections").mkdir(parents=True)
    (folder / "theme.yaml").write_text(THEME_YAML.format(name=name, base=base), encoding="utf-8")
    return folder
