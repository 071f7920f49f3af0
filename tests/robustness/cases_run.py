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
from memogen.compose import bytecode
from memogen.errors import ExitCode

from .harness import EXAMPLE_TEXT, FACTS, Case, edit_facts, line_of

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
        Case("c4-long-executor-name", facts=edit_facts(("memo", "executor", "name"), "Петров " * 28),
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
        *_word_cases(),
        *_block_cases(),
        Case("c4-every-block-field-at-its-bound", facts=_edits(dict.fromkeys(BLOCK_FIELDS.values(), "Щ" * 200)),
             code=ExitCode.OK),
        Case("c4-twelve-fields-of-10000-characters", facts=_edits(dict.fromkeys(list(WORD_FIELDS.values())[:12],
                                                                               "Щ" * 10_000)),
             code=ExitCode.OK, seconds=120),
        Case("c4-three-wide-cells-of-3000", code=ExitCode.OK, facts=edit_facts(
            ("proposals",), [{"action": "Щ" * 3000, "responsible": "Ж" * 3000, "deadline": "Ю" * 3000}])),
        Case("c4-5000-proposals-over-the-file-bound", facts=_proposals(5000), says=(FACTS, "KB")),
        Case("c4-200-addressee-lines", facts=edit_facts(("memo", "addressee"), ["Заместителю Министра"] * 200),
             code=ExitCode.OK),
        Case("c4-a-block-taller-than-a-page", patch=_layout_fails, says=(FACTS, "taller than a page")),
        # found by test_generated: a blank given name crashed the signature's initials
        Case("c3-blank-given-name", facts=edit_facts(("memo", "signatory", "given"), " "), code=ExitCode.OK,
             argv=("build", "{facts}")),
        Case("c3-blank-patronymic", facts=edit_facts(("memo", "signatory", "patronymic"), "\u00a0"), code=ExitCode.OK,
             argv=("build", "{facts}")),
    ]


# A word of 10,000 letters in each printed text field: built, each within its bounds.
WORD_FIELDS = {
    "title": ("memo", "title"), "occasion": ("memo", "occasion"), "addressee": ("memo", "addressee", 0),
    "partner-name": ("parties", "partner", "name"), "official-position": ("parties", "officials", 0, "position"),
    "source-title": ("sources", 0, "title"), "figure-label": ("figures", 3, "label"),
    "remark": ("figures", 3, "remark"), "export-item": ("structure", "exports", "items", 0, "name"),
    "sector-name": ("sectors", 0, "name"), "sector-text": ("sectors", 0, "existing", 0, "text"),
    "company": ("sectors", 1, "companies", 0, "name"), "event-what": ("events", 0, "what"),
    "event-where": ("events", 0, "where"), "when-text": ("events", 0, "when", "text"),
    "agreement-title": ("agreements", 0, "title"), "agreement-purpose": ("agreements", 0, "purpose"),
    "proposal-action": ("proposals", 0, "action"),
}
# Printed in blocks kept whole on one page: a bounded length, refused with file, line, field.
BLOCK_FIELDS = {
    "given": ("memo", "signatory", "given"), "patronymic": ("memo", "signatory", "patronymic"),
    "surname": ("memo", "signatory", "surname"), "position": ("memo", "signatory", "position", 0),
    "executor": ("memo", "executor", "name"), "phone": ("memo", "executor", "phone"),
}


def _edits(values: dict[tuple, object]) -> str:
    text = EXAMPLE_TEXT
    for path, value in values.items():
        text = edit_facts(path, value, text)
    return text


def _word_cases() -> list[Case]:
    return [
        Case(f"c4-10000-character-word-in-{name}", facts=edit_facts(path, "Щ" * 10_000), code=ExitCode.OK,
             argv=("build", "{facts}"))
        for name, path in WORD_FIELDS.items()
    ]


def _block_cases() -> list[Case]:
    cases = []
    for name, path in BLOCK_FIELDS.items():
        text = edit_facts(path, "Щ" * 10_000)
        dotted = ".".join(str(p) for p in path).replace(".0", "[0]")
        line = line_of(text, "ЩЩЩ" if isinstance(path[-1], int) else f" {path[-1]}:")  # the key's line
        cases.append(Case(f"c4-10000-character-word-in-{name}", facts=text,
                          says=(f"{FACTS}:{line}:", dotted, "at most 200")))
    text = edit_facts(("memo", "signatory", "position"), ["Начальник управления"] * 50)
    cases.append(Case("c4-50-position-lines", facts=text, says=(FACTS, "memo.signatory.position[10]", "10 lines")))
    return cases


def _layout_fails(mp: pytest.MonkeyPatch) -> None:
    """Whatever block reportlab cannot place is the user's to shorten, not a crash."""
    from reportlab.platypus.doctemplate import LayoutError

    from memogen.writers import pdf

    def build(*args, **kwargs):
        raise LayoutError("Flowable <Table> with cell(0,0) containing '<Para>Очень длинный текст'(480 x 20000) too large")

    mp.setattr(pdf, "_build_once", build)


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


def _fault(target, name: str, n: int, fault, counts=lambda *a, **k: True, onwards: bool = False):
    """A patch: the n-th call of `target.name` that `counts` (and with `onwards`, every
    later one) raises `fault()` instead."""
    def patch(mp: pytest.MonkeyPatch) -> None:
        calls = {"n": 0}
        real = getattr(target, name)

        def fake(*args, **kwargs):
            if counts(*args, **kwargs):
                calls["n"] += 1
                if calls["n"] == n or (onwards and calls["n"] > n):
                    raise fault()
            return real(*args, **kwargs)

        mp.setattr(target, name, fake)

    return patch


def _os_error(code: int):
    return lambda: OSError(code, os.strerror(code))


def _an_output(src, dst) -> bool:
    return str(src).endswith(".tmp") and not str(src).endswith(".bak.tmp")


def _fail_fsync_from(n: int, code: int = errno.ENOSPC):
    """The disk fills up (or fails) while the n-th output is flushed."""
    return _fault(writers.os, "fsync", n, _os_error(code), onwards=True)


def _fail_replace_at(n: int):
    return _fault(writers.os, "replace", n, _os_error(errno.EBUSY), counts=_an_output)


def _fail_mkstemp_at(n: int, code: int):
    """The n-th temporary file of a run's outputs cannot be made (a read-only file
    system, a folder without write permission: root passes chmod, so it is injected)."""
    return _fault(writers.tempfile, "mkstemp", n, _os_error(code), counts=lambda *a, **k: k.get("suffix") == ".tmp")


def _stop_at_fsync(n: int, stop: type[BaseException]):
    """Ctrl+C (or `kill`) arrives while the n-th output is flushed to disk."""
    return _fault(writers.os, "fsync", n, stop)


def _stop_at_replace(n: int, stop: type[BaseException]):
    """Ctrl+C (or `kill`) arrives between the renames of a run's outputs."""
    return _fault(writers.os, "replace", n, stop, counts=_an_output)


def _cache_full(mp: pytest.MonkeyPatch) -> None:
    """The chart cache's disk is full: charts are drawn, not stored."""
    from memogen.charts import cache

    real = cache.tempfile.mkstemp

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def mkstemp(*args, **kwargs):  # the same function serves the outputs, which fit
        if kwargs.get("prefix") == ".jinja-":
            full()
        return real(*args, **kwargs)

    mp.setattr(cache.tempfile, "mkdtemp", full)
    mp.setattr(cache.tempfile, "mkstemp", mkstemp)


def _link_memo_elsewhere(ws: Path) -> None:
    (ws / "elsewhere.pdf").write_bytes(b"someone else's file")
    (ws / "output" / "case.pdf").unlink()
    (ws / "output" / "case.pdf").symlink_to(ws / "elsewhere.pdf")


def _elsewhere_kept(ws: Path) -> None:
    assert (ws / "elsewhere.pdf").read_bytes() == b"someone else's file", "a build wrote through a link"
    assert not (ws / "output" / "case.pdf").is_symlink()


def _read_only_memos(ws: Path) -> None:
    for p in (ws / "output").iterdir():
        p.chmod(0o444)


def _dangling_output(ws: Path) -> None:
    shutil.rmtree(ws / "output")
    (ws / "output").symlink_to(ws / "nowhere")


def more_fault_cases() -> list[Case]:
    from memogen.errors import Terminated

    long_name = "x" * 300
    return [
        Case("c14-read-only-file-system-at-the-pdf", patch=_fail_mkstemp_at(1, errno.EROFS), code=ExitCode.OUTPUT,
             says=("output", "Read-only file system")),
        Case("c14-read-only-file-system-at-the-docx", patch=_fail_mkstemp_at(2, errno.EROFS), code=ExitCode.OUTPUT,
             says=("output", "Read-only file system")),
        Case("c14-permission-denied-at-the-docx", patch=_fail_mkstemp_at(2, errno.EACCES), code=ExitCode.OUTPUT,
             says=("output", "Permission denied")),
        Case("c14-too-many-open-files", patch=_fail_mkstemp_at(1, errno.EMFILE), code=ExitCode.OUTPUT,
             says=("output", "Too many open files")),
        Case("c14-quota-exceeded-at-the-docx", patch=_fail_fsync_from(2, errno.EDQUOT), code=ExitCode.OUTPUT,
             says=("case.docx", "quota")),
        Case("c14-rename-refused-at-the-pdf", patch=_fail_replace_at(1), code=ExitCode.OUTPUT, says=("case.pdf",)),
        Case("c14-ctrl-c-while-the-docx-is-written", patch=_stop_at_fsync(2, KeyboardInterrupt),
             code=ExitCode.INTERRUPTED),
        Case("c14-kill-while-the-pdf-is-written", patch=_stop_at_fsync(1, Terminated), code=ExitCode.TERMINATED),
        Case("c14-ctrl-c-between-the-renames", patch=_stop_at_replace(2, KeyboardInterrupt),
             code=ExitCode.INTERRUPTED),
        Case("c14-kill-between-the-renames", patch=_stop_at_replace(2, Terminated), code=ExitCode.TERMINATED),
        Case("c14-kill-while-the-eml-is-written", files=MAIL, argv=MAIL_ARGV, patch=_stop_at_fsync(3, Terminated),
             code=ExitCode.TERMINATED),
        Case("c14-out-folder-name-too-long", argv=("build", "{facts}", "--out", f"{{ws}}/{long_name}"),
             code=ExitCode.OUTPUT, says=(long_name[:40], "File name too long")),
        Case("c14-out-folder-under-a-file", prepare=lambda ws: (ws / "afile").write_text("x"),
             argv=("build", "{facts}", "--out", "{ws}/afile/memos"), code=ExitCode.OUTPUT,
             says=("afile", "Not a directory")),
        Case("c14-output-is-a-dangling-link", prepare=_dangling_output, code=ExitCode.OUTPUT, says=("output",)),
        Case("c14-memo-is-a-link-elsewhere", prepare=_link_memo_elsewhere, code=ExitCode.OK, after=_elsewhere_kept),
        Case("c14-earlier-memos-read-only", prepare=_read_only_memos, code=ExitCode.OK),
        Case("c14-chart-cache-disk-full", patch=_cache_full, env=CACHE, code=ExitCode.OK, same_as_earlier=True),
    ]


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

BAD_RECIPIENTS = {  # --to or --cc value → what the one message must say
    "office@minister.example.by\r\nBcc: spy@evil.example": "is not one e-mail address",
    "office@minister.example.by\nBcc: spy@evil.example": "is not one e-mail address",
    "Иван <office@minister.example.by>\r\nX-Evil: 1": "is not one e-mail address",
    "a@example.by, b@example.by\nBcc: c@evil.example": "is not one e-mail address",
    "office@minister.example.by\rBcc: spy@evil.example": "is not one e-mail address",
    "office@minister.example.by\x00": "",
    "not an address": "unknown recipient alias 'not an address'",
    "офис@министерство.бел": "only ASCII addresses",
    "a@b": "is not a valid e-mail address",
    "<>": "unknown recipient alias",
    "": "no recipients",
    "@example.by": "",
    "a@@example.by": "",
    "a@example..by": "",
}
ODD_RECIPIENTS = [  # taken, and written as one header each
    "Иван <a@example.by",
    '"Bcc: x@evil.example" <a@example.by>',
    '"Иван\tПетров" <a@example.by>',
    "a@example.by,,b@example.by",
]


def _recipient_cases(option: str) -> list[Case]:
    cases = []
    for n, (to, says) in enumerate(BAD_RECIPIENTS.items()):
        argv = ("mail", "{facts}", "--to", to) if option == "--to" else \
            ("mail", "{facts}", "--to", "office@minister.example.by", option, to)
        if option == "--cc" and not to:
            continue  # an empty --cc is no copy at all
        cases.append(Case(f"c14-mail{option[1:]}-{n}", files=MAIL, argv=argv, code=ExitCode.MAIL,
                          says=(says or "recipient",)))
    return cases + [
        Case(f"c14-mail{option[1:]}-odd-{n}", files=MAIL, code=ExitCode.OK, after=_no_injected_header,
             argv=("mail", "{facts}", "--to", "office@minister.example.by", option, to))
        for n, to in enumerate(ODD_RECIPIENTS)
    ]


BAD_CONFIG = {  # memogen.yaml's mail settings → (line, field) the message names
    "sender-with-a-header": ('mail:\n  from: "a@b.by\\nBcc: c@evil.example"\n', "memogen.yaml:2", "mail.from"),
    "sender-with-a-cr": ('mail:\n  from: "a@b.by\\rBcc: c@evil.example"\n', "memogen.yaml:2", "mail.from"),
    "sender-not-ascii": ("mail:\n  from: офис@министерство.бел\n", "memogen.yaml:2", "mail.from"),
    "sender-two-addresses": ("mail:\n  from: a@b.by, c@d.by\n", "memogen.yaml:2", "mail.from"),
    "sender-empty": ('mail:\n  from: ""\n', "memogen.yaml:2", "mail.from"),
    "password-in-smtp": ("mail:\n  from: a@mfa.example.by\n  smtp: {host: h, password: x}\n", "memogen.yaml:3",
                         "password"),
    "alias-with-an-at": ("mail:\n  from: a@mfa.example.by\n  address_book:\n    a@b: c@d.by\n", "memogen.yaml:3",
                         "address_book"),
    "alias-address-with-a-header": ('mail:\n  from: a@mfa.example.by\n  address_book:\n'
                                    '    boss: "c@d.by\\nBcc: e@evil.example"\n', "memogen.yaml:4", "address_book"),
    "size-limit-negative": ("mail:\n  from: a@mfa.example.by\n  size_limit_mb: -1\n", "memogen.yaml:3",
                            "size_limit_mb"),
    "unknown-mail-key": ("mail:\n  from: a@mfa.example.by\n  bcc: spy@evil.example\n", "memogen.yaml:3", "bcc"),
    "username-without-tls": ("mail:\n  from: a@mfa.example.by\n  smtp: {host: h, username: u, security: none}\n",
                             "memogen.yaml:3", "smtp"),
}


BAD_NAMES = {  # a facts file's name → its memo's file names and attachment names
    "line-break": "new\nline", "carriage-return": "cr\rname", "crlf-and-a-header": "crlf\r\nBcc: evil@x.by",
    "tab": "tab\tname", "escape": "esc\x1bname", "delete": "del\x7fname",
}
ODD_NAMES = {
    "cyrillic-and-spaces": "Записка о сотрудничестве", "quotes": "quote\"and'", "leading-space": " lead space",
    "semicolon-and-equals": "semi;colon=eq", "leading-dash": "-dash", "224-byte-name": "Записка" * 16,
    "rtl-and-emoji": "memo-שלום-🙂",
}


def name_cases() -> list[Case]:
    cases = []
    for name, stem in BAD_NAMES.items():
        files = {**MAIL, f"facts/{stem}.yaml": EXAMPLE_TEXT}
        for command in ("build", "mail"):
            argv = ("build", f"{{ws}}/facts/{stem}.yaml") if command == "build" else \
                ("mail", f"{{ws}}/facts/{stem}.yaml", "--to", "office@minister.example.by")
            cases.append(Case(f"c14-{command}-facts-name-with-a-{name}", files=files, argv=argv,
                              says=(repr(stem)[1:-1], "the file name holds", "U+00")))
    for name, stem in ODD_NAMES.items():
        files = {**MAIL, f"facts/{stem}.yaml": EXAMPLE_TEXT}
        cases.append(Case(f"c14-build-facts-name-{name}", files=files, code=ExitCode.OK,
                          argv=("build", f"{{ws}}/facts/{stem}.yaml", "--format", "all")))
        cases.append(Case(f"c14-mail-facts-name-{name}", files=files, code=ExitCode.OK,
                          argv=("mail", f"{{ws}}/facts/{stem}.yaml", "--to", "office@minister.example.by"),
                          after=lambda ws, stem=stem: _no_injected_header(ws, stem)))
    return cases


def mail_cases() -> list[Case]:
    cases = [*_recipient_cases("--to"), *_recipient_cases("--cc")]
    cases += [
        Case(f"c14-mail-config-{name}", files={"memogen.yaml": text}, argv=MAIL_ARGV, says=(where, field))
        for name, (text, where, field) in BAD_CONFIG.items()
    ]
    cases += [
        Case("c14-mail-subject-with-a-header", files={**MAIL, "templates/t/theme.yaml": "extends: default\n",
                                                       "templates/t/mail/subject.txt.j2": "Тема\nBcc: spy@evil.example\n"},
             argv=(*MAIL_ARGV, "-t", "t"), code=ExitCode.OK, after=_no_injected_header),
        Case("c14-mail-alias-to-many", files={"memogen.yaml": MAIL["memogen.yaml"] + "  address_book:\n"
                                                              "    office: [a@example.by, b@example.by]\n"},
             argv=("mail", "{facts}", "--to", "office"), code=ExitCode.OK, after=_no_injected_header),
    ]
    return cases


def _no_injected_header(ws: Path, stem: str = "case") -> None:
    import email
    import email.policy

    message = email.message_from_bytes((ws / "output" / f"{stem}.eml").read_bytes(), policy=email.policy.default)
    assert set(message.keys()) <= HEADERS, f"an injected header: {sorted(set(message.keys()) - HEADERS)}"
    assert all("\n" not in str(v) and "\r" not in str(v) for v in message.values())


HEADERS = {"Subject", "From", "To", "Cc", "Date", "Message-ID", "MIME-Version", "Content-Type"}


# --- class 15: the chart cache ------------------------------------------------------------------


def _prime(ws: Path) -> list[Path]:
    """Fill ws/cache as a clean build would; the entries' folders."""
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
             process=name in ("truncated-svg", "svg-with-a-dtd"), absent=("PWNED",))
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
        *more_fault_cases(),
        *mail_cases(),
        *name_cases(),
        *cache_cases(),
        *glyph_cases(),
    ]

