"""Catalogue cases for whole runs: issue 12's classes 4 (long text), 7 (Markdown in
facts text), 14 (faults while writing: all files or none), 15 (a corrupt or unusable
chart cache) and 16 (glyphs the fonts lack), and the mail command's inputs."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from memogen import pipeline, writers
from memogen.charts import drawing
from memogen.compose import bytecode
from memogen.errors import ExitCode

from .harness import FACTS, Case, edit_facts, line_of

ALL = ("build", "{facts}", "--format", "all")
CACHE = {"MEMOGEN_CACHE_DIR": "{ws}/cache"}


# --- class 4: long text ---------------------------------------------------------------------

LONG_TITLE = (
    "о сотрудничестве Республики Беларусь с Вологодской областью Российской Федерации в торгово-"
    "экономической, научно-технической, культурной и гуманитарной сферах и о перспективах "
    "взаимодействия в 2026–2028 годах в рамках Программы развития сотрудничества между Правительством "
    "Республики Беларусь и Правительством Вологодской области"
)


def _proposals(n: int) -> str:
    items = [{"action": f"Проработать предложение № {i} о сотрудничестве", "responsible": "МИД",
              "deadline": "IV квартал 2025 г."} for i in range(n)]
    return edit_facts(("proposals",), items)


def long_text_cases() -> list[Case]:
    assert len(LONG_TITLE) > 255
    return [
        Case("c4-278-character-title", facts=edit_facts(("memo", "title"), LONG_TITLE), code=ExitCode.OK,
             process=True, pdf_text=("Вологодской области",)),
        Case("c4-1000-character-title", facts=edit_facts(("memo", "title"), " ".join([LONG_TITLE] * 4)),
             code=ExitCode.OK),
        Case("c4-long-executor-name", facts=edit_facts(("memo", "executor", "name"), "Петров " * 60),
             code=ExitCode.OK),
        Case("c4-2000-words-in-a-sector-text", facts=edit_facts(("sectors", 0, "existing", 0, "text"),
                                                                 "Товарооборот растёт. " * 700), code=ExitCode.OK),
        Case("c4-100-proposals", facts=_proposals(100), code=ExitCode.OK),
        Case("c4-1000-proposals", facts=_proposals(1000), code=ExitCode.OK, argv=("build", "{facts}"),
             slow=True, seconds=120),
        Case("c4-10000-character-word-in-a-proposal-cell",
             facts=edit_facts(("proposals", 0, "responsible"), "Щ" * 10_000), code=ExitCode.OK, process=True),
        Case("c4-300-character-url-in-a-source", facts=edit_facts(("sources", 0, "url"), "https://example.by/" + "a" * 300),
             code=ExitCode.OK),
    ]


# --- class 7: Markdown in facts text --------------------------------------------------------------

MARKUP = {
    "asterisks-in-a-product": (("structure", "exports", "items", 1, "name"), "*md*"),
    "underscores-in-a-product": (("structure", "exports", "items", 1, "name"), "__bold__"),
    "link-in-a-sector-text": (("sectors", 0, "existing", 0, "text"), "[ссылка](http://evil.example)"),
    "html-in-a-title": (("memo", "title"), "о <b>сотрудничестве</b>"),
    "heading-in-a-proposal": (("proposals", 0, "action"), "# Заголовок"),
    "table-pipes-in-a-company": (("sectors", 1, "companies", 0, "name"), "| a | b |"),
    "backticks-in-a-where": (("events", 0, "where"), "`Минск`"),
}


def markup_cases() -> list[Case]:
    return [
        Case(f"c7-{name}", facts=edit_facts(path, value), code=ExitCode.OK, argv=("build", "{facts}"),
             pdf_text=(value.strip("#").strip(),))
        for name, (path, value) in MARKUP.items()
    ]


# --- class 14: faults while writing ------------------------------------------------------------


def _fail_fsync_from(n: int, code: int = errno.ENOSPC):
    def patch(mp: pytest.MonkeyPatch) -> None:
        calls = {"n": 0}
        real = os.fsync

        def fsync(fd):
            calls["n"] += 1
            if calls["n"] >= n:
                raise OSError(code, os.strerror(code))
            return real(fd)

        mp.setattr(writers.os, "fsync", fsync)

    return patch


def _fail_replace_at(n: int):
    def patch(mp: pytest.MonkeyPatch) -> None:
        calls = {"n": 0}
        real = os.replace

        def replace(src, dst):
            if str(src).endswith(".tmp") and not str(src).endswith(".bak.tmp"):
                calls["n"] += 1
                if calls["n"] == n:
                    raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))
            return real(src, dst)

        mp.setattr(writers.os, "replace", replace)

    return patch


MAIL = {"memogen.yaml": "mail:\n  from: Отдел <analytics@mfa.example.by>\n"}
MAIL_ARGV = ("mail", "{facts}", "--to", "office@minister.example.by", "--format", "all")


def fault_cases() -> list[Case]:
    return [
        Case("c14-disk-full-at-the-docx", patch=_fail_fsync_from(2), code=ExitCode.OUTPUT, says=("case.docx", "space")),
        Case("c14-disk-full-at-the-pdf", patch=_fail_fsync_from(1), code=ExitCode.OUTPUT, says=("case.pdf", "space")),
        Case("c14-io-error-at-the-docx", patch=_fail_fsync_from(2, errno.EIO), code=ExitCode.OUTPUT,
             says=("case.docx",)),
        Case("c14-rename-refused-at-the-docx", patch=_fail_replace_at(2), code=ExitCode.OUTPUT, says=("case.docx",)),
        Case("c14-disk-full-at-the-eml", files=MAIL, argv=MAIL_ARGV, patch=_fail_fsync_from(3), code=ExitCode.OUTPUT,
             says=("case.eml", "space")),
        Case("c14-a-folder-where-the-docx-goes", prepare=lambda ws: _replace_by_folder(ws / "output" / "case.docx"),
             code=ExitCode.OUTPUT, says=("case.docx", "folder")),
        Case("c14-a-file-where-output-goes", prepare=lambda ws: _replace_by_file(ws / "output"),
             code=ExitCode.OUTPUT, says=("output",)),
        Case("c14-mail-cover-note-breaks", files={**MAIL, "templates/t/theme.yaml": "extends: default\n",
                                                   "templates/t/mail/body.txt.j2": "Текст\n{{ memo.nosuch }}\n"},
             argv=(*MAIL_ARGV, "-t", "t"), says=("body.txt.j2:2", "nosuch"), process=True),
        Case("c14-mail-subject-template-syntax", files={**MAIL, "templates/t/theme.yaml": "extends: default\n",
                                                         "templates/t/mail/subject.txt.j2": "{% if %}\n"},
             argv=(*MAIL_ARGV, "-t", "t"), says=("subject.txt.j2:1", "syntax")),
        Case("c14-mail-attachment-over-the-limit", files={"memogen.yaml": MAIL["memogen.yaml"] + "  size_limit_mb: 0.01\n"},
             argv=MAIL_ARGV, code=ExitCode.MAIL, says=("case.pdf", "limit")),
        Case("c14-mail-without-a-sender", files={"memogen.yaml": "output: output\n"}, argv=MAIL_ARGV, code=ExitCode.MAIL,
             says=("sender",)),
        Case("c14-mail-builds-all-three", files=MAIL, argv=MAIL_ARGV, code=ExitCode.OK),
    ]


def _replace_by_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _replace_by_file(path: Path) -> None:
    shutil.rmtree(path)
    path.write_text("not a folder", encoding="utf-8")


# --- mail headers and addresses ------------------------------------------------------------------

BAD_RECIPIENTS = [
    "office@minister.example.by\r\nBcc: spy@evil.example",
    "office@minister.example.by\nBcc: spy@evil.example",
    "Иван <office@minister.example.by>\r\nX-Evil: 1",
    "not an address",
    "офис@министерство.бел",
    "a@b",
    "",
    "<>",
    "a@example.by, b@example.by\nBcc: c@evil.example",
]


def mail_cases() -> list[Case]:
    cases = [
        Case(f"c14-mail-recipient-{n}", files=MAIL, argv=("mail", "{facts}", "--to", to), code=ExitCode.MAIL,
             says=("",)) for n, to in enumerate(BAD_RECIPIENTS)
    ]
    cases += [
        Case("c14-mail-sender-with-a-header", files={"memogen.yaml": 'mail:\n  from: "a@b.by\\nBcc: c@evil.example"\n'},
             argv=MAIL_ARGV, says=("memogen.yaml:2", "mail.from")),
        Case("c14-mail-password-in-memogen-yaml",
             files={"memogen.yaml": "mail:\n  from: a@mfa.example.by\n  smtp: {host: h, password: x}\n"},
             argv=MAIL_ARGV, says=("memogen.yaml:3", "password")),
        Case("c14-mail-subject-with-a-header", files={**MAIL, "templates/t/theme.yaml": "extends: default\n",
                                                       "templates/t/mail/subject.txt.j2": "Тема\nBcc: spy@evil.example\n"},
             argv=(*MAIL_ARGV, "-t", "t"), code=ExitCode.OK),
    ]
    return cases


# --- class 15: the chart cache ------------------------------------------------------------------


def _prime(ws: Path) -> list[Path]:
    """Fill ws/cache as a clean build would; the entries' folders."""
    drawing._converted.clear()
    with pytest.MonkeyPatch.context() as mp:  # compiled templates go to ws/cache/templates
        mp.setenv("MEMOGEN_CACHE_DIR", str(ws / "cache"))
        pipeline.render(ws / "facts" / FACTS, ["pdf"], ws / "output", workspace=ws, cache_dir=ws / "cache")
    return sorted(p for p in (ws / "cache").glob("*/*") if p.is_dir() and p.parent.name != "templates")


def _compiled(how):
    """A corruption of the compiled templates kept in ws/cache/templates."""
    def corrupt(entries: list[Path]) -> None:
        found = sorted(entries[0].parent.parent.glob("templates/*.cache"))
        assert found, "a build keeps its compiled templates"
        for path in found:
            how(path)

    return corrupt


def _corrupt(how):
    def prepare(ws: Path) -> None:
        entries = _prime(ws)
        assert entries, "the example draws charts"
        how(entries)
        drawing._converted.clear()
        bytecode._kept.cache_clear()

    return prepare


def _write(name: str, data: bytes):
    return lambda entries: [(e / name).write_bytes(data) for e in entries]


def _truncate(name: str):
    return lambda entries: [(e / name).write_bytes((e / name).read_bytes()[: len((e / name).read_bytes()) // 2])
                            for e in entries]


def _svg_with_dtd(entries):
    for e in entries:
        svg = (e / "chart.svg").read_bytes()
        (e / "chart.svg").write_bytes(svg.replace(b"<svg", b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg', 1))


def _swap(entries):
    if len(entries) >= 2:
        for name in ("chart.svg", "chart.png", "alt.txt", "sha256.txt"):
            a, b = (entries[0] / name).read_bytes(), (entries[1] / name).read_bytes()
            (entries[0] / name).write_bytes(b)
            (entries[1] / name).write_bytes(a)


def _entry_is_a_file(entries):
    for e in entries:
        shutil.rmtree(e)
        e.write_bytes(b"garbage")


def _entry_links_elsewhere(entries):
    for e in entries:
        shutil.rmtree(e)
        e.symlink_to("/etc")


def _other_png(entries):
    from .cases_theme import png

    for e in entries:
        (e / "chart.png").write_bytes(png(10, 10))


def _pickles(entries: list[Path]) -> list[Path]:
    found = [p for e in entries for p in e.glob("drawing-*.pickle")]
    assert found, "a PDF build keeps each chart's converted drawing in its entry"
    return found


def _pickle_write(data: bytes):
    return lambda entries: [p.write_bytes(data) for p in _pickles(entries)]


def _pickle_truncate(entries):
    for p in _pickles(entries):
        p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])


def _pickle_flip_a_byte(entries):
    for p in _pickles(entries):
        data = bytearray(p.read_bytes())
        data[-10] ^= 0xFF
        p.write_bytes(bytes(data))


def _pickle_forged(entries):
    """A pickle that would run a program, sealed as memogen seals one: the seal holds,
    so only the unpickler's list of classes stands between it and the program."""
    import hashlib
    import pickle

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {entries[0].parent.parent.parent / 'PWNED'}",))

    blob = pickle.dumps(Evil())
    for p in _pickles(entries):
        key = hashlib.sha256((p.parent / "chart.svg").read_bytes()).hexdigest()
        p.write_bytes(drawing._MAGIC + drawing._seal(key, blob) + b"\n" + blob)


def _pickle_swapped(entries):
    pickles = _pickles(entries)
    if len(pickles) >= 2:
        a, b = pickles[0].read_bytes(), pickles[1].read_bytes()
        pickles[0].write_bytes(b)
        pickles[1].write_bytes(a)


def _pickle_unsealed(entries):
    for p in _pickles(entries):
        p.write_bytes(p.read_bytes().partition(b"\n")[2])  # a plain pickle, as older memogen wrote


CORRUPTIONS = {
    "garbage-png": _write("chart.png", b"\x00garbage" * 100),
    "garbage-svg": _write("chart.svg", b"\xff\xfe garbage"),
    "garbage-alt": _write("alt.txt", b"\xff\xfe\xfa"),
    "empty-png": _write("chart.png", b""),
    "empty-digest": _write("sha256.txt", b""),
    "truncated-png": _truncate("chart.png"),
    "truncated-svg": _truncate("chart.svg"),
    "svg-with-a-dtd": _svg_with_dtd,
    "wrong-size-png": _other_png,
    "entries-swapped": _swap,
    "entry-is-a-file": _entry_is_a_file,
    "entry-links-to-etc": _entry_links_elsewhere,
    "digest-missing": lambda entries: [(e / "sha256.txt").unlink() for e in entries],
    "pickle-garbage": _pickle_write(b"\x80\x05garbage"),
    "pickle-empty": _pickle_write(b""),
    "pickle-truncated": _pickle_truncate,
    "pickle-a-byte-flipped": _pickle_flip_a_byte,
    "pickle-forged-to-run-a-program": _pickle_forged,
    "pickle-swapped-between-charts": _pickle_swapped,
    "pickle-without-its-seal": _pickle_unsealed,
    "templates-garbage": _compiled(lambda p: p.write_bytes(b"\x00garbage" * 50)),
    "templates-empty": _compiled(lambda p: p.write_bytes(b"")),
    "templates-truncated": _compiled(lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])),
    "templates-a-byte-flipped": _compiled(lambda p: p.write_bytes(p.read_bytes()[:-5] + b"\xff" + p.read_bytes()[-4:])),
    "templates-unsealed": _compiled(lambda p: p.write_bytes(p.read_bytes().partition(b"\n")[2])),
    "templates-a-folder": _compiled(lambda p: (p.unlink(), p.mkdir())),
}


def cache_cases() -> list[Case]:
    cases = [
        Case(f"c15-cache-{name}", prepare=_corrupt(how), env=CACHE, code=ExitCode.OK, same_as_earlier=True,
             process=name in ("truncated-svg", "pickle-truncated", "pickle-forged-to-run-a-program"), absent=("PWNED",))
        for name, how in CORRUPTIONS.items()
    ]
    cases += [
        Case("c15-cache-folder-is-a-file", prepare=lambda ws: (ws / "cache").write_bytes(b"x"), env=CACHE,
             code=ExitCode.OK, warns=("chart cache",), same_as_earlier=True, process=True),
        Case("c15-cache-folder-under-dev-null", env={"MEMOGEN_CACHE_DIR": "/dev/null/charts"}, code=ExitCode.OK,
             warns=("chart cache",), same_as_earlier=True),
        Case("c15-clean-cache-is-used", prepare=lambda ws: _prime(ws) and None, env=CACHE, code=ExitCode.OK,
             same_as_earlier=True),
    ]
    return cases


# --- class 16: glyphs the fonts lack -------------------------------------------------------------

GLYPHS = {
    "cjk-in-a-where": (("events", 0, "where"), "Минск 東京", "events[0].where", "東"),
    "georgian-in-a-title": (("memo", "title"), "о сотрудничестве с Грузией (საქართველო)", "memo.title", "ს"),
    "emoji-in-the-occasion": (("memo", "occasion"), "встрече 🙂", "memo.occasion", "🙂"),
    "arabic-in-a-company": (("sectors", 1, "companies", 0, "name"), "شركة", "sectors[1].companies[0].name", "ش"),
    "devanagari-in-a-product": (("structure", "exports", "items", 0, "name"), "चाय", "structure.exports.items[0].name",
                                "च"),
    "private-use-in-a-label": (("figures", 3, "label"), "товары \ue000", "figures[3].label", "U+E000"),
    "cjk-in-a-source-title": (("sources", 0, "title"), "新华社", "sources[0].title", "新"),
}


def glyph_cases() -> list[Case]:
    cases = []
    for name, (path, value, field, char) in GLYPHS.items():
        text = edit_facts(path, value)
        cases.append(Case(f"c16-{name}", facts=text, code=ExitCode.OK, argv=("build", "{facts}"),
                          warns=(FACTS, field, char, "glyph"), process=name == "cjk-in-a-where"))
        cases.append(Case(f"c16-validate-{name}", facts=text, code=ExitCode.OK, argv=("validate", "{facts}"),
                          warns=(FACTS, field, char)))
        cases.append(Case(f"c16-strict-{name}", facts=text, code=ExitCode.INPUT,
                          argv=("validate", "--strict", "{facts}"), warns=(FACTS, field, char)))
        cases.append(Case(f"c16-build-strict-{name}", facts=text, code=ExitCode.INPUT,
                          argv=("build", "--strict", "{facts}", "--format", "all"), warns=(FACTS, field, char),
                          says=(FACTS, "--strict", "nothing written")))
    line = line_of(edit_facts(("events", 0, "where"), "Минск 東京"), "東京")
    cases.append(Case("c16-warning-names-the-line", facts=edit_facts(("events", 0, "where"), "Минск 東京"),
                      code=ExitCode.OK, argv=("validate", "{facts}"), warns=(f"{FACTS}:{line}:",)))
    cases.append(Case("c16-cyrillic-and-signs-are-fine", facts=edit_facts(("events", 0, "where"), "Минск № 1 «—» €"),
                      code=ExitCode.OK, argv=("validate", "{facts}"), no_warning=True))
    return cases


def all_cases() -> list[Case]:
    return [
        *long_text_cases(),
        *markup_cases(),
        *fault_cases(),
        *mail_cases(),
        *cache_cases(),
        *glyph_cases(),
    ]

