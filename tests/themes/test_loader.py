"""Theme loading: inheritance, sections, strict validation, font checks, theme defaults
and which theme a build uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from memogen import pipeline
from memogen.errors import InputError
from memogen.themes.loader import load_theme
from memogen.themes.model import FONTS_DIR

from .helpers import REPO, facts_copy, make_theme


def dump(workspace: Path, name: str) -> dict:
    return load_theme(name, workspace).theme.model_dump(mode="json")


def diff(a: dict, b: dict, prefix: str = "") -> set[str]:
    """Dotted paths of the settings that differ between two theme dumps."""
    out = set()
    for key in a.keys() | b.keys():
        x, y = a.get(key), b.get(key)
        if isinstance(x, dict) and isinstance(y, dict):
            out |= diff(x, y, f"{prefix}{key}.")
        elif x != y:
            out.add(prefix + key)
    return out


# --- inheritance ------------------------------------------------------------------------


def test_child_changes_only_what_it_declares(tmp_path):
    make_theme(tmp_path, "child", "letterhead: {lines: [МИНИСТЕРСТВО]}\nsizes: {table: 11}\n")
    make_theme(tmp_path, "grandchild", "extends: child\ntypography: {line_spacing: 1.5}\n")
    base, child, grand = dump(tmp_path, "default"), dump(tmp_path, "child"), dump(tmp_path, "grandchild")
    assert diff(base, child) == {"name", "letterhead.lines", "sizes.table"}
    assert diff(child, grand) == {"name", "typography.line_spacing"}
    assert grand["letterhead"]["lines"] == ["МИНИСТЕРСТВО"] and grand["sizes"]["table"] == 11


def test_example_themes_differ_only_where_they_say(tmp_path):
    base, mfa, minprom = dump(REPO, "default"), dump(REPO, "mfa"), dump(REPO, "minprom")
    # RU profile brings its sizes and signature style (docs/memo-style.md, "The page").
    assert diff(base, mfa) == {
        "name", "profile", "date_style", "letterhead.lines", "access.always",
        "sizes.body", "sizes.heading", "sizes.title", "signature.style",
    }
    assert diff(base, minprom) == {
        "name", "letterhead.lines", "letterhead.image", "fonts.docx_family", "fonts.regular",
        "fonts.bold", "fonts.italic", "fonts.bold_italic", "sizes.body", "sizes.heading",
        "sizes.title", "sizes.table", "typography.line_spacing", "typography.space_after_pt",
        "palette", "sections",
    }
    assert [s["id"] for s in minprom["sections"]][:3] == ["trade", "sectors", "proposals"]
    assert Path(minprom["fonts"]["regular"]).parent == REPO / "templates" / "minprom" / "fonts"


def test_a_kind_takes_its_settings_over_the_memos_and_inherits_them(tmp_path):
    points = load_theme("minprom", REPO, "points").theme
    assert [s.id for s in points.sections] == ["greeting", "sectors", "trade", "proposals", "events"]
    assert all(s.heading == "" for s in points.sections)  # talking points have no headings
    assert (points.doc_type, points.theses, points.exhibits, points.signed) == ("ТЕЗИСЫ К БЕСЕДЕ", "numbered", False, False)
    assert points.fonts == load_theme("minprom", REPO).theme.fonts  # the rest is the memo's
    assert load_theme("minprom", REPO).theme.theses == "none"
    make_theme(tmp_path, "big", "documents:\n  points:\n    sizes: {body: 14}\n")
    big = load_theme("big", tmp_path, "points").theme
    assert (big.sizes.body, big.sizes.title, len(big.sections)) == (14, 16, 5)  # merged over the default's


def test_a_kinds_unknown_bare_section_is_named_at_its_line(tmp_path):
    make_theme(tmp_path, "bad", "documents:\n  points:\n    sections: [greeting, nosuch]\n")
    with pytest.raises(InputError) as exc:
        load_theme("bad", tmp_path, "points")
    text = exc.value.render()
    assert "'nosuch' has no heading" in text and "documents.points.sections.1" in text


def test_profile_ru_sets_its_defaults_but_explicit_values_win(tmp_path):
    make_theme(tmp_path, "ru", "profile: RU\nsizes: {heading: 16}\n")
    theme = load_theme("ru", tmp_path).theme
    assert (theme.sizes.body, theme.sizes.heading, theme.signature.style) == (14, 16, "RU")


def test_section_list_replaces_the_parents_and_bare_ids_keep_headings(tmp_path):
    make_theme(tmp_path, "short", "sections:\n  - proposals\n  - {id: trade, heading: Торговля}\n")
    make_theme(tmp_path, "shorter", "extends: short\nsections: [trade]\n")
    short = load_theme("short", tmp_path).theme
    assert [(s.id, s.heading) for s in short.sections] == [("proposals", "Предложения"), ("trade", "Торговля")]
    # A grandchild's bare id takes the heading its own parent gave.
    assert [(s.id, s.heading) for s in load_theme("shorter", tmp_path).theme.sections] == [("trade", "Торговля")]


def test_three_level_template_chain_overrides_one_block_each(tmp_path):
    make_theme(
        tmp_path, "a", "sections: [proposals]\n",
        {"sections/proposals.md.j2": '{% extends "default/sections/proposals.md.j2" %}{% block intro %}Уровень A:\n{% endblock %}'},
    )
    # b has no proposals template of its own: "b/sections/…" falls through to a's.
    make_theme(tmp_path, "b", "extends: a\n")
    make_theme(
        tmp_path, "c", "extends: b\n",
        {"sections/proposals.md.j2": '{% extends "b/sections/proposals.md.j2" %}{% block table %}Уровень C:\n\n{{ super() }}{% endblock %}'},
    )
    loaded = pipeline.load_facts(facts_copy(tmp_path))
    memo, _ = pipeline.compose(loaded, tmp_path, "c", tmp_path / "cache")
    from memogen.document import Paragraph, Table, plain_text

    texts = [plain_text(b.children) for b in memo.blocks if isinstance(b, Paragraph)]
    assert "Уровень A:" in texts  # a's intro block survives two levels down
    assert "Предлагается:" not in texts  # default's intro is replaced
    assert "Уровень C:" in texts  # c's table block, which calls default's through super()
    assert sum(isinstance(b, Table) and "Предложения" in plain_text(b.caption) for b in memo.blocks) == 1


# --- strict validation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yaml", "expected"),
    [
        ("letterhed: {lines: [X]}\n", ["theme.yaml:1:1", "unknown key 'letterhed'", "did you mean 'letterhead'"]),
        ("palette: ['#12345']\n", ["theme.yaml:1", "palette[0]", "'#12345'"]),
        ("sizes:\n  body: 40\n", ["theme.yaml:2:3", "sizes.body", "less than or equal to 20"]),
        ("profile: UA\n", ["theme.yaml:1:1", "profile", "use one of the values listed"]),
        ("sections:\n  - trade\n  - trade\n", ["theme.yaml:1", "listed twice"]),
        ("sections:\n  - trade\n  - nosuch\n", ["theme.yaml:3:5", "sections.1", "'nosuch' has no heading"]),
        ("extends: nosuch\n", ["theme.yaml:1:1", "extends", "unknown template 'nosuch'", "choose one of:", "default"]),
        ("profile: BY\nprofile: RU\n", ["theme.yaml:2:1", "duplicate key 'profile'"]),
        ("signatory: {surname: Иванова}\n", ["theme.yaml:1", "signatory", "required field is missing"]),
    ],
)
def test_theme_errors_name_file_line_and_field(tmp_path, yaml, expected):
    make_theme(tmp_path, "bad", yaml)
    with pytest.raises(InputError) as err:
        load_theme("bad", tmp_path)
    text = str(err.value)
    for part in expected:
        assert part in text, text


def test_themes_extending_each_other_in_a_loop(tmp_path):
    make_theme(tmp_path, "x", "extends: y\n")
    make_theme(tmp_path, "y", "extends: x\n")
    with pytest.raises(InputError, match="loop: x → y → x"):
        load_theme("x", tmp_path)


# --- fonts -----------------------------------------------------------------------------


def _subset(target: Path, chars: str) -> Path:
    font = TTFont(FONTS_DIR / "LiberationSerif-Regular.ttf")
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    return target


def test_font_without_russian_punctuation_names_file_and_missing_characters(tmp_path):
    cyrillic = "".join(chr(c) for c in range(0x410, 0x450)) + "Ёё"
    _subset(tmp_path / "templates" / "t" / "fonts" / "Half.ttf", "abc " + cyrillic)
    make_theme(tmp_path, "t", "fonts: {bold: fonts/Half.ttf}\n")
    with pytest.raises(InputError) as err:
        load_theme("t", tmp_path)
    text = str(err.value)
    assert "theme.yaml:1" in text and "fonts.bold" in text and "Half.ttf" in text
    assert "lacks 8 characters" in text
    for c in "№«»„“–—":
        assert c in text
    assert "NBSP" in text and " Ж" not in text


def test_font_without_cyrillic_is_refused(tmp_path):
    _subset(tmp_path / "templates" / "t" / "Latin.ttf", "abcdefghijklmnopqrstuvwxyz ")
    make_theme(tmp_path, "t", "fonts:\n  chart: Latin.ttf\n")
    with pytest.raises(InputError, match=r"(?s)theme.yaml:2:3: fonts.chart: font Latin.ttf: lacks 74 .*А Б В"):
        load_theme("t", tmp_path)


def test_a_file_that_is_not_a_font(tmp_path):
    make_theme(tmp_path, "t", "fonts: {regular: fake.ttf}\n", {"fake.ttf": b"not a font at all" * 10})
    with pytest.raises(InputError, match="fake.ttf: cannot be read as a font"):
        load_theme("t", tmp_path)


def test_cff_outlines_are_refused(tmp_path):
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    chars = "".join(chr(c) for c in range(0x410, 0x450)) + "Ёё№«»„“–—\u00a0 "
    names = [".notdef"] + [f"g{ord(c):04x}" for c in chars]
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"g{ord(c):04x}" for c in chars})
    pen = T2CharStringPen(500, None)
    fb.setupCFF("Test", {"FullName": "Test"}, {n: pen.getCharString() for n in names}, {})
    fb.setupHorizontalMetrics(dict.fromkeys(names, (500, 0)))
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Test", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    folder = make_theme(tmp_path, "t", "fonts: {italic: Test.otf}\n")
    fb.save(str(folder / "Test.otf"))
    with pytest.raises(InputError, match=r"Test.otf: has PostScript \(CFF\) outlines"):
        load_theme("t", tmp_path)


def test_minprom_fonts_pass_the_glyph_check():
    theme = load_theme("minprom", REPO).theme
    assert Path(theme.fonts.regular).name == "DejaVuSerif.ttf"


# --- theme defaults for the memo ----------------------------------------------------------


def _without(text: str, key: str) -> str:
    """The facts text with the `memo.<key>` entry (and its indented lines) removed."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith(f"  {key}:"):
            skipping = True
            continue
        if skipping and line.startswith("    "):
            continue
        skipping = False
        out.append(line)
    return "".join(out)


DEFAULTS = """\
doc_type: Тезисы к беседе
signatory: {position: [Начальник главного управления, двусторонних связей], surname: Сидоров, given: Олег, patronymic: Петрович}
executor: {name: Кузнецова Е.В., phone: +375 17 327-00-00}
access: {marking: ДСП, always: true}
"""


def _compose(workspace: Path, facts: Path, theme: str | None):
    memo, _ = pipeline.compose(pipeline.load_facts(facts), workspace, theme, workspace / "cache")
    return memo


def test_theme_defaults_fill_what_the_facts_leave_out(tmp_path):
    from memogen.document import ExecutorMark, SignatureBlock

    make_theme(tmp_path, "d", DEFAULTS)
    facts = facts_copy(tmp_path, lambda t: _without(_without(_without(t, "type"), "signatory"), "executor"))
    memo = _compose(tmp_path, facts, "d")
    assert memo.meta.doc_type == "ТЕЗИСЫ К БЕСЕДЕ"
    assert memo.meta.access_marking == ("ДСП",)
    sig = next(b for b in memo.blocks if isinstance(b, SignatureBlock))
    assert sig.position == ("Начальник главного управления", "двусторонних связей")
    assert sig.name == "О.П.Сидоров"
    assert next(b for b in memo.blocks if isinstance(b, ExecutorMark)).lines == ("Кузнецова Е.В.", "+375\u00a017\u00a0327-00-00")


def test_the_facts_own_values_win_over_theme_defaults(tmp_path):
    from memogen.document import ExecutorMark, SignatureBlock

    make_theme(tmp_path, "d", DEFAULTS)
    facts = facts_copy(tmp_path, lambda t: t.replace("  executor:\n", "  access: null\n  executor:\n"))
    memo = _compose(tmp_path, facts, "d")
    assert memo.meta.doc_type == "СПРАВКА"  # the facts say so explicitly
    assert memo.meta.access_marking == ()  # `access: null` turns the theme's marking off
    assert next(b for b in memo.blocks if isinstance(b, SignatureBlock)).name == "И.С.Иванова"
    assert next(b for b in memo.blocks if isinstance(b, ExecutorMark)).lines[0] == "Петров А.Н."


def test_access_with_copy_number_takes_the_themes_wording(tmp_path):
    make_theme(tmp_path, "d", "access: {marking: Для служебного пользования (ДСП)}\n")
    facts = facts_copy(tmp_path, lambda t: t.replace("  executor:\n", "  access: {copy_number: 2}\n  executor:\n"))
    assert _compose(tmp_path, facts, "d").meta.access_marking == ("Для служебного пользования (ДСП)", "Экз. №\u00a02")


def test_no_signatory_anywhere_is_a_clear_error(tmp_path):
    facts = facts_copy(tmp_path, lambda t: _without(t, "signatory"))
    with pytest.raises(InputError, match="nobody signs the memo") as err:
        _compose(tmp_path, facts, None)
    assert "default signatory to theme 'default'" in str(err.value)
    assert str(err.value).startswith(f"{facts}: memo.signatory: nobody signs the memo")


# --- which theme builds ----------------------------------------------------------------------


def test_theme_precedence_template_then_facts_then_workspace_then_default(tmp_path):
    for name in ("cli", "facts", "ws"):
        make_theme(tmp_path, name, f"letterhead: {{lines: [{name}]}}\n")
    plain = facts_copy(tmp_path)
    loaded = pipeline.load_facts(plain)
    assert pipeline.choose_theme(loaded, tmp_path) == "default"
    (tmp_path / "memogen.yaml").write_text("theme: ws\n", encoding="utf-8")
    assert _compose(tmp_path, plain, None).meta.letterhead == ("ws",)
    with_theme = facts_copy(tmp_path, lambda t: t.replace("  date: 2025-08-25\n", "  date: 2025-08-25\n  theme: facts\n", 1))
    assert _compose(tmp_path, with_theme, None).meta.letterhead == ("facts",)
    assert _compose(tmp_path, with_theme, "cli").meta.letterhead == ("cli",)


def test_workspace_config_naming_an_unknown_theme(tmp_path):
    (tmp_path / "memogen.yaml").write_text("theme: nosuch\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown template 'nosuch'"):
        _compose(tmp_path, facts_copy(tmp_path), None)
