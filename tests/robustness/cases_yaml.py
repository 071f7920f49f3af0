"""Catalogue cases for facts files and other YAML: issue 12's classes 1 (the reader
crashes), 2 (resource exhaustion), 3 (control characters), 5 (dates) and 6 (huge
numbers), for facts files, theme.yaml and memogen.yaml alike."""

from __future__ import annotations

import os

from memogen.errors import ExitCode

from .harness import EXAMPLE_TEXT, FACTS, Case, edit_facts, line_of

TITLE_LINE = line_of(EXAMPLE_TEXT, "  title:")
OCCASION_LINE = line_of(EXAMPLE_TEXT, "  occasion:")


def _replace(old: str, new: str, text: str = EXAMPLE_TEXT) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def _set_line(start: str, new: str, text: str = EXAMPLE_TEXT) -> tuple[str, int]:
    """`text` with its first line starting with `start` replaced by `new`, and its number."""
    lines = text.split("\n")
    number = next(n for n, line in enumerate(lines) if line.startswith(start))
    lines[number] = new
    return "\n".join(lines), number + 1


# --- class 1: the reader crashes --------------------------------------------------------

RAW_CONTROLS = [0x00, 0x01, 0x02, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x10, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F]


def raw_control_cases() -> list[Case]:
    cases = []
    for code in RAW_CONTROLS:
        text = _replace("title: о сотрудничестве", f"title: о{chr(code)} сотрудничестве")
        cases.append(
            Case(f"c1-raw-U+{code:04X}-in-title", facts=text, says=(f"{FACTS}:{TITLE_LINE}:", f"U+{code:04X}"),
                 process=code == 0)
        )
    cases.append(Case("c1-raw-NUL-in-a-comment", facts="# \x00\n" + EXAMPLE_TEXT, says=(f"{FACTS}:1:", "U+0000")))
    cases.append(Case("c1-raw-FFFF", facts=_replace("Минск", "Минск\uffff"), says=(FACTS, "U+FFFF")))
    cases.append(Case("c1-not-utf8-latin1", facts=EXAMPLE_TEXT.encode("cp1251"), says=(FACTS, "not UTF-8")))
    cases.append(Case("c1-not-utf8-cesu-surrogate", facts=EXAMPLE_TEXT.encode() + b"x: \xed\xa0\x80\n",
                      says=(FACTS, "not UTF-8")))
    cases.append(Case("c1-utf16-with-bom", facts=EXAMPLE_TEXT.encode("utf-16"), says=(FACTS, "not UTF-8")))
    return cases


TAGS = [
    "!!python/object/apply:os.system ['echo pwned > /tmp/memogen-pwned']",
    "!!python/object/new:subprocess.Popen [['id']]",
    "!!python/name:os.system",
    "!!python/tuple [1, 2]",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!!pairs [a: 1]",
    "!!timestamp 2025-01-01",
    "!custom text",
    "!<tag:example.com,2000:app/foo> bar",
    "!!python/object:memogen.facts.model.Facts {}",
]


def tag_cases() -> list[Case]:
    cases = []
    for n, tag in enumerate(TAGS):
        text = _replace("  occasion: встрече", f"  occasion: {tag}\n  x_occasion: встрече")
        cases.append(Case(f"c1-tag-{n}-{tag.split()[0][:30]}", facts=text, says=(f"{FACTS}:{OCCASION_LINE}:", "tag"),
                          process=n == 0))
    cases.append(Case("c1-tag-on-a-mapping", facts=_replace("  executor:", "  executor: !!python/object:x"),
                      says=(FACTS, "tag")))
    cases.append(Case("c1-tag-on-a-sequence", facts=_replace("proposals:", "proposals: !!python/tuple"),
                      says=(FACTS, "tag")))
    cases.append(Case("c1-even-a-core-tag", facts=_replace("  occasion: встрече", "  occasion: !!str встрече"),
                      says=(FACTS, "tag !!str")))
    cases.append(Case("c1-bad-core-int-tag", facts=_replace("    value: 335", "    value: !!int много"),
                      says=(FACTS,)))
    return cases


def depth_cases() -> list[Case]:
    flow = lambda n: "[" * n + "]" * n  # noqa: E731
    block = "".join("  " * i + "k:\n" for i in range(200))
    return [
        Case("c1-flow-nesting-1000", facts=EXAMPLE_TEXT + f"deep: {flow(1000)}\n", says=(FACTS, "nested"), process=True),
        Case("c1-flow-nesting-100", facts=EXAMPLE_TEXT + f"deep: {flow(100)}\n", says=(FACTS, "nested")),
        Case("c1-flow-mapping-nesting-500", facts=EXAMPLE_TEXT + "deep: " + "{a: " * 500 + "1" + "}" * 500 + "\n",
             says=(FACTS, "nested")),
        Case("c1-block-nesting-200", facts=EXAMPLE_TEXT + "deep:\n" + "".join("  " + line for line in block.splitlines(True)),
             says=(FACTS, "nested")),
        Case("c1-moderate-nesting-is-a-schema-error", facts=EXAMPLE_TEXT + f"deep: {flow(10)}\n",
             says=(FACTS, "deep", "unknown key")),
    ]


def structure_cases() -> list[Case]:
    """YAML that parses but is no facts file at all."""
    return [
        Case("c1-empty-file", facts="", says=(FACTS, "empty")),
        Case("c1-only-comments", facts="# nothing\n", says=(FACTS, "empty")),
        Case("c1-a-list-at-the-top", facts="- a\n- b\n", says=(FACTS,)),
        Case("c1-a-string-at-the-top", facts="just text\n", says=(FACTS,)),
        Case("c1-a-number-at-the-top", facts="42\n", says=(FACTS,)),
        Case("c1-two-documents", facts=EXAMPLE_TEXT + "---\nmemo: {}\n", says=(FACTS, "document")),
        Case("c1-unclosed-quote", facts=_replace("  title: о", '  title: "о'), says=(FACTS, "YAML")),
        Case("c1-tab-indentation", facts=_replace("  type: СПРАВКА", "\ttype: СПРАВКА"), says=(FACTS,)),
        Case("c1-complex-key", facts=EXAMPLE_TEXT + "? [a, b]\n: c\n", says=(FACTS, "unknown key")),
        Case("c1-null-key", facts=EXAMPLE_TEXT + "~: c\n", says=(FACTS, "unknown key")),
        Case("c1-duplicate-key", facts=_replace("  type: СПРАВКА", "  type: СПРАВКА\n  type: ЗАПИСКА"),
             says=(FACTS, "duplicate key")),
        Case("c1-merge-key-is-located", facts=_replace("  executor:\n", "  executor: &ex\n").replace(
            "parties:\n", "extra:\n  <<: *ex\nparties:\n", 1), says=(FACTS, "extra")),
        Case("c1-directory-as-facts", argv=("build", "{ws}/facts", "--format", "pdf"), says=("facts",)),
        Case("c1-dev-zero-as-facts", argv=("build", "/dev/zero", "--format", "pdf"), says=("/dev/zero", "regular")),
        Case("c1-missing-facts", argv=("build", "{ws}/facts/nope.yaml"), says=("nope.yaml", "not found")),
        Case("c1-bom-is-fine", facts="\ufeff" + EXAMPLE_TEXT, code=ExitCode.OK, argv=("validate", "{facts}")),
    ]


# --- class 2: resource exhaustion -------------------------------------------------------


def laughs(levels: int = 9, width: int = 9) -> str:
    text = f"l0: &l0 [{', '.join(['lol'] * width)}]\n"
    for i in range(1, levels):
        text += f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]\n"
    return text


def exhaustion_cases() -> list[Case]:
    big = EXAMPLE_TEXT + "# " + "x" * 70 + "\n"
    return [
        Case("c2-billion-laughs-in-facts", facts=laughs() + EXAMPLE_TEXT, says=(FACTS, "expands"), process=True),
        Case("c2-billion-laughs-4x20", facts=laughs(20, 4) + EXAMPLE_TEXT, says=(FACTS, "expands")),
        Case("c2-laughs-in-a-field", facts=_replace("  occasion: встрече", laughs(8, 10).replace("\n", "\n  ")
                                                      .replace("l0:", "  l0:", 1) + "occasion: встрече"),
             says=(FACTS,)),
        Case("c2-billion-laughs-in-memogen-yaml", files={"memogen.yaml": laughs()},
             says=("memogen.yaml", "expands"), process=True),
        Case("c2-billion-laughs-in-theme-yaml", files={"templates/t/theme.yaml": laughs()},
             argv=("build", "{facts}", "-t", "t"), says=("theme.yaml", "expands")),
        Case("c2-self-referencing-alias", facts=EXAMPLE_TEXT + "loop: &a [1, *a]\n", says=(FACTS, "contains it")),
        Case("c2-self-referencing-map", facts=EXAMPLE_TEXT + "loop: &a {x: *a}\n", says=(FACTS, "contains it")),
        Case("c2-undefined-alias", facts=EXAMPLE_TEXT + "x: *nope\n", says=(FACTS, "alias")),
        Case("c2-50MB-facts-file", prepare=lambda ws: _big_file(ws / "facts" / FACTS, 50 * 2**20),
             says=(FACTS, "KB"), process=True),
        Case("c2-300KB-facts-file", facts=big * (300 * 1024 // len(big) + 1), says=(FACTS, "KB")),
        Case("c2-300000-character-line", facts=_set_line("  occasion:", "  occasion: " + "встреча " * 37_500)[0],
             says=(FACTS, "KB")),
        Case("c2-25000-character-line", facts=_set_line("  occasion:", "  occasion: " + "встреча " * 3_200)[0],
             says=(f"{FACTS}:{OCCASION_LINE}", "characters long")),
        Case("c2-5000-digit-integer", facts=_replace("    value: 335", "    value: 1" + "0" * 5000),
             says=(FACTS, "digits")),
        Case("c2-5000-digit-decimal", facts=_replace("    value: 335", "    value: 0." + "3" * 5000),
             says=(FACTS, "digits")),
        Case("c2-many-anchors-are-fine", facts=_replace("    value: 335", "    value: &v335 335").replace(
            "    value: 678.1", "    value: *v335", 1), code=ExitCode.OK, argv=("validate", "{facts}")),
        Case("c2-memogen-yaml-is-a-fifo", prepare=lambda ws: os.mkfifo(ws / "memogen.yaml"),
             says=("memogen.yaml", "regular")),
        Case("c2-facts-is-a-fifo", prepare=lambda ws: (ws / "facts" / FACTS).unlink() or os.mkfifo(ws / "facts" / FACTS),
             says=(FACTS, "regular")),
    ]


def _big_file(path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.write(EXAMPLE_TEXT.encode())
        fh.truncate(size)  # sparse: NUL bytes, never read past the size check


# --- class 3: control characters in text ------------------------------------------------

# The list: U+0001–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF, a lone
# surrogate; and the bidirectional overrides that could turn a figure around.
ESCAPED = [f"\\x{c:02x}" for c in [*range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x20)]] + [
    "\\uFFFE", "\\uFFFF", "\\uD800", "\\uDFFF", "\\x7f", "\\x85", "\\u202E", "\\u2066", "\\U0010FFFF", "\\uFDD0", "\\0",
]

FIELDS = [  # (needle in the example's line, field name as the error shows it, replacement line head)
    ("  occasion: встрече", "memo.occasion"),
    ("  title: о сотрудничестве", "memo.title"),
    ("    surname: Иванова", "memo.signatory.surname"),
    ("    name: Петров А.Н.", "memo.executor.name"),
    ("    label: продовольственные товары", "figures[3].label"),
    ("      - name: лазеры", "structure.exports.items[1].name"),
    ("    name: Строительный комплекс", "sectors[1].name"),
    ("    where: Минск", "events[0].where"),
    ("    responsible: Минпром, Минсельхозпрод", "proposals[3].responsible"),
    ("    title: Пресс-служба Правительства Республики Беларусь", "sources[0].title"),
]


def control_text_cases() -> list[Case]:
    cases = []
    for n, escape in enumerate(ESCAPED):
        needle, name = FIELDS[n % len(FIELDS)]
        head, _, value = needle.partition(": ")
        text, line = _set_line(needle, f'{head}: "{escape}{value}"')
        cases.append(Case(f"c3-escaped-{escape[1:]}-in-{name}", facts=text,
                          says=(f"{FACTS}:{line}:", name, "invisible character"), process=n == 0))
    text, line = _set_line("  occasion:", '  occasion: "\\x01встрече"')
    cases.append(Case("c3-issue-reproducer", facts=text, says=(f"{FACTS}:{line}", "memo.occasion", "U+0001")))
    cases.append(Case("c3-control-in-a-key", facts=EXAMPLE_TEXT + '"bad\\x01key": 1\n', says=(FACTS, "U+0001")))
    cases.append(Case("c3-control-in-memogen-yaml", files={"memogen.yaml": 'theme: "def\\x01ault"\n'},
                      says=("memogen.yaml:1", "theme", "U+0001")))
    cases.append(Case("c3-control-in-theme-yaml", files={"templates/t/theme.yaml": 'doc_type: "СПРАВКА\\x0b"\n'},
                      argv=("build", "{facts}", "-t", "t"), says=("theme.yaml:1", "doc_type", "U+000B")))
    text, _ = _set_line("  occasion:", '  occasion: "встрече\\tс делегацией\\nВологодской области"')
    cases.append(Case("c3-tab-and-newline-are-fine", facts=text, code=ExitCode.OK))
    return cases


# --- class 5: dates -----------------------------------------------------------------------

DATES = [
    (("memo", "date"), "9999-12-31", "memo.date"),
    (("memo", "date"), "0001-01-01", "memo.date"),
    (("memo", "date"), "1899-12-31", "memo.date"),
    (("memo", "date"), "2101-01-01", "memo.date"),
    (("memo", "as_of"), "9999-12-31", "memo.as_of"),
    (("sources", 0, "date"), "9999-12-31", "sources[0].date"),
    (("proposals", 2, "deadline"), "9999-12-31", "proposals[2].deadline"),
    (("events", 0, "when"), "9999-12-31", "events[0].when"),
]


def date_cases() -> list[Case]:
    cases = [
        Case(f"c5-{name}-{value}", facts=edit_facts(path, value), says=(FACTS, name, value), process=n == 0)
        for n, (path, value, name) in enumerate(DATES)
    ]
    cases += [
        Case("c5-impossible-date", facts=edit_facts(("memo", "date"), "2025-02-30"), says=(FACTS, "memo.date")),
        Case("c5-month-13", facts=edit_facts(("memo", "date"), "2025-13-01"), says=(FACTS, "memo.date")),
        Case("c5-date-as-a-number", facts=edit_facts(("memo", "date"), 20250825), says=(FACTS, "memo.date")),
        Case("c5-date-as-a-list", facts=edit_facts(("memo", "date"), [2025, 8, 25]), says=(FACTS, "memo.date")),
        Case("c5-date-with-time", facts=edit_facts(("memo", "date"), "2025-08-25T10:00:00"),
             says=(FACTS, "memo.date")),
        Case("c5-boundary-2100-builds", facts=edit_facts(("memo", "date"), "2100-12-31"), code=ExitCode.OK),
        Case("c5-boundary-1900-builds", facts=edit_facts(("memo", "date"), "1900-01-01"), code=ExitCode.OK),
        Case("c5-source-date-epoch-huge", env={"SOURCE_DATE_EPOCH": "99999999999999"},
             says=("SOURCE_DATE_EPOCH",)),
        Case("c5-source-date-epoch-past-2107", env={"SOURCE_DATE_EPOCH": "4354819200"}, says=("SOURCE_DATE_EPOCH",)),
        Case("c5-source-date-epoch-1970-builds", env={"SOURCE_DATE_EPOCH": "0"}, code=ExitCode.OK),
        Case("c5-source-date-epoch-text", env={"SOURCE_DATE_EPOCH": "yesterday"}, says=("SOURCE_DATE_EPOCH",)),
        Case("c5-years-out-of-range", facts=edit_facts(("agreements", 0, "years"), [2026, 99999]),
             says=(FACTS, "agreements[0].years[1]", "99999")),
        Case("c5-event-year-out-of-range", facts=edit_facts(("events", 0, "when", "year"), 12025),
             says=(FACTS, "events[0].when.year", "12025")),
    ]
    return cases


# --- class 6: huge numbers ----------------------------------------------------------------

NUMBERS = [
    (("figures", 0, "value"), 1e308, "figures[0].value"),
    (("figures", 0, "value"), -1e308, "figures[0].value"),
    (("figures", 0, "value"), 1e16, "figures[0].value"),
    (("figures", 0, "value"), 10**20, "figures[0].value"),
    (("figures", 2, "growth", "index"), 1e308, "figures[2].growth.index"),
    (("figures", 2, "growth"), {"change": -1e308}, "figures[2].growth.change"),
    (("figures", 2, "growth"), {"times": 1e300}, "figures[2].growth.times"),
    (("structure", "exports", "items", 0, "value"), 1e308, "structure.exports.items[0].value"),
    (("memo", "access"), {"copy_number": 10**30}, "memo.access.copy_number"),
    (("events", 0, "when", "year"), 10**16, "events[0].when.year"),
]


def number_cases() -> list[Case]:
    cases = [
        Case(f"c6-{name}-{value!r:.12}", facts=edit_facts(path, value), says=(FACTS, name, "too large"),
             process=n == 0)
        for n, (path, value, name) in enumerate(NUMBERS)
    ]
    cases += [
        Case("c6-issue-reproducer-growth-index", facts=_replace("{index: 100.9,", "{index: 1e308,"),
             says=(f"{FACTS}:{line_of(EXAMPLE_TEXT, 'index: 100.9')}", "figures[2].growth.index")),
        Case("c6-quoted-huge-number", facts=_replace("    value: 335", '    value: "1e308"'),
             says=(FACTS, "figures[0].value")),
        Case("c6-infinity", facts=_replace("    value: 335", "    value: .inf"), says=(FACTS, "figures[0].value")),
        Case("c6-nan", facts=_replace("    value: 335", "    value: .nan"), says=(FACTS, "figures[0].value")),
        Case("c6-overflowing-float", facts=_replace("    value: 335", "    value: 1e400"),
             says=(FACTS, "figures[0].value")),
        Case("c6-boundary-1e15-builds", facts=_replace("    value: 335", "    value: 1e15"), code=ExitCode.OK),
        Case("c6-tiny-number", facts=_replace("    value: 335", "    value: 5e-324"),
             says=(FACTS, "figures[0].value", "too small")),
        Case("c6-small-number-builds", facts=_replace("    value: 335", "    value: 0.001"), code=ExitCode.OK),
        Case("c6-negative-value-builds", facts=_replace("    value: 335", "    value: -335"), code=ExitCode.OK),
        Case("c6-zero-turnover-with-a-share-of-it", facts=_replace("    value: 678.1", "    value: 0"),
             code=ExitCode.OK),
        Case("c6-huge-timeout-in-memogen-yaml",
             files={"memogen.yaml": "mail:\n  smtp: {host: localhost, timeout_s: 1e308}\n"},
             says=("memogen.yaml:2", "mail.smtp.timeout_s")),
        Case("c6-huge-margin-in-theme", files={"templates/t/theme.yaml": "margins: {left: 1e308}\n"},
             argv=("build", "{facts}", "-t", "t"), says=("theme.yaml:1", "margins.left")),
    ]
    return cases


def all_cases() -> list[Case]:
    return [
        *raw_control_cases(),
        *tag_cases(),
        *depth_cases(),
        *structure_cases(),
        *exhaustion_cases(),
        *control_text_cases(),
        *date_cases(),
        *number_cases(),
    ]

