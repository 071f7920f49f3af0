"""Limits for YAML that memogen reads (facts files, theme.yaml, memogen.yaml): all of it
is untrusted input, so size, shape and characters are checked before and while it
is loaded, and anything over a limit is one `InputError` naming the file and line.

ruamel.yaml shares the object an alias points to instead of copying it, so loading a
"billion laughs" document is cheap, but walking the result (as `yamlfile._plain` and
pydantic do) expands every alias. `EventGuard` therefore counts nodes as they would
be after expansion, from the parser's event stream, before anything is built
(`memogen.yamlevents`, which needs ruamel and is imported only to parse). The same
pass bounds nesting depth (ruamel's composer recurses, and 1,000 levels end in a
RecursionError after seconds) and refuses explicit tags (a `!!python/...` tag
is never executed, but it has no business in a memo; quotes make a number text).
"""

from __future__ import annotations

import datetime as dt
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from memogen.errors import InputError, Location

MAX_FILE_BYTES = 256 * 2**10  # a large facts file is 50 KB; ruamel reads ~50 KB a second
MAX_LINE_CHARS = 20_000  # a quoted source paragraph is a few thousand
MAX_DEPTH = 32  # facts nest six levels deep
MAX_NODES = 100_000  # values after alias expansion; a large facts file has 3,000
MAX_NUMBER_DIGITS = 40
MAX_NUMBER = 1e15  # larger figures are typos, and Decimal formatting overflows near 1e308
MIN_NUMBER = 1e-9  # smaller ones too, and growth against them overflows to infinity
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)  # ZIP dates end in 2107

# Characters no text of a memo may hold: C0 and C1 controls (tab and line breaks
# aside), lone surrogates and non-characters, which DOCX (XML) cannot carry, and the
# bidirectional embedding, override and isolate controls, which can make a figure
# read backwards on the page.
_NONCHARACTERS = "".join(chr(plane * 0x10000 + low) for plane in range(17) for low in (0xFFFE, 0xFFFF))
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\u202a-\u202e\u2066-\u2069"
    + re.escape(_NONCHARACTERS)
    + "]"
)


def describe(char: str) -> str:
    """`U+0001 (START OF HEADING)`: a character that cannot be shown, by its code."""
    name = unicodedata.name(char, "") or {
        "\x00": "NUL", "\x1b": "ESCAPE", "\x7f": "DELETE",
    }.get(char, "a control character" if unicodedata.category(char) == "Cc" else "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def forbidden_in(text: str) -> list[str]:
    """The distinct forbidden characters of `text`, in order of appearance."""
    return list(dict.fromkeys(FORBIDDEN.findall(text)))


def read_text(path: Path) -> str:
    """The text of a YAML file: a regular UTF-8 file of modest size, with no control
    characters and no line too long to be meant; else an `InputError`."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(
            f"file not found: {path}", hint="check the path, or list facts/ to see what exists"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path} is not a regular file", hint="name a .yaml file")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(
            f"{path} is {info.st_size // 1024} KB, more than {MAX_FILE_BYTES // 1024} KB",
            hint="a facts file holds one memo's facts; keep source texts out of it",
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # the file may grow after stat
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = data[:MAX_FILE_BYTES].decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 text (byte {exc.start})",
            location=Location(path, line),
            hint="save the file as UTF-8",
        ) from None
    _check_characters(text, path)
    return text


def _check_characters(text: str, path: Path) -> None:
    found = FORBIDDEN.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        raise InputError(
            f"the file holds the invisible character {describe(found.group())}",
            location=Location(path, line, column),
            hint="delete it; text in a memo cannot hold control characters",
        )
    for number, line_text in enumerate(text.split("\n"), start=1):
        if len(line_text) > MAX_LINE_CHARS:
            raise InputError(
                f"line {number} is {len(line_text):,} characters long, more than {MAX_LINE_CHARS:,}",
                location=Location(path, number),
                hint="break the text over several lines (a '>' block scalar folds them back)",
            )


def check_value(value: str, path: Path, position: tuple[int, int] | None, field: str) -> None:
    """An `InputError` at `field` if a string (say from a "\\x01" escape) holds a
    forbidden character."""
    bad = forbidden_in(value)
    if bad:
        raise InputError(
            f"text holds the invisible character{'s' if len(bad) > 1 else ''} "
            f"{', '.join(describe(c) for c in bad)}",
            location=Location.at(path, position, field),
            hint="delete it; text in a memo cannot hold control characters",
        )


Loc = tuple[str | int, ...]


def leaves(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every plain value of a validated model (text, number, date…) with its path."""
    if isinstance(value, BaseModel):
        items: Iterable[tuple[str | int, Any]] = ((n, getattr(value, n)) for n in type(value).model_fields)
    elif isinstance(value, list | tuple):
        items = enumerate(value)
    elif isinstance(value, dict):
        items = ((str(k), v) for k, v in value.items())
    else:
        yield loc, value
        return
    for key, item in items:
        yield from leaves(item, (*loc, key))


def out_of_bounds(value: Any) -> tuple[Loc, str, str] | None:
    """(where, message, hint) of the first number or date in a validated model that
    no memo can mean, or None: numbers beyond ±10^15, dates outside 1900–2100."""
    for loc, leaf in leaves(value):
        found = _scalar_out_of_bounds(leaf, loc)
        if found:
            return found
    return None


def _scalar_out_of_bounds(value: Any, loc: Loc) -> tuple[Loc, str, str] | None:
    if isinstance(value, str):
        return _text_out_of_bounds(value, loc)
    if not isinstance(value, int | float | Decimal) or isinstance(value, bool):
        return _date_out_of_bounds(value, loc)
    if isinstance(value, Decimal) and not value.is_finite():
        return loc, f"{value} is not a number", "write the figure as digits"
    magnitude = abs(Decimal(str(value)))  # exact for floats, ints and Decimals alike
    if magnitude > Decimal(MAX_NUMBER):
        return loc, f"the number {value:g} is too large (beyond ±10^15)", (
            "check the digits; state large amounts in a larger `scale` (million, billion)"
        )
    if 0 < magnitude < Decimal(str(MIN_NUMBER)):
        return loc, f"the number {value:g} is too small to print (below 10^-9)", (
            "check the digits; state small amounts in a smaller `scale` (thousand, units)"
        )
    # `when.year`, or an item of a list of years (`agreements[0].years[1]`); a count of
    # years (`growth.years: 4`) is no calendar year.
    in_years = loc[-1:] == ("year",) or (len(loc) > 1 and loc[-2] == "years" and isinstance(loc[-1], int))
    if in_years and isinstance(value, int) and not FIRST_DATE.year <= value <= LAST_DATE.year:
        return loc, f"the year {value} is outside {FIRST_DATE.year}–{LAST_DATE.year}", "check the year"
    return None


# Text printed in a block that must stay on one page (the signature, the executor's
# name and phone at the foot of the last page): longer text could never be laid out.
BLOCK_FIELDS: tuple[Loc, ...] = (("memo", "signatory"), ("memo", "executor"))
MAX_BLOCK_TEXT = 200


MAX_BLOCK_LINES = 10


def _text_out_of_bounds(value: str, loc: Loc) -> tuple[Loc, str, str] | None:
    if not any(loc[: len(prefix)] == prefix for prefix in BLOCK_FIELDS):
        return None
    hint = "shorten it: it is printed in the signature or executor block, which must fit on one page"
    if len(value) > MAX_BLOCK_TEXT:
        return loc, f"the text is {len(value):,} characters long; here at most {MAX_BLOCK_TEXT}", hint
    if isinstance(loc[-1], int) and loc[-1] >= MAX_BLOCK_LINES:
        return loc, f"more than {MAX_BLOCK_LINES} lines", hint
    return None


def _date_out_of_bounds(value: Any, loc: Loc) -> tuple[Loc, str, str] | None:
    if isinstance(value, dt.date) and not FIRST_DATE <= value <= LAST_DATE:
        return loc, f"the date {value.isoformat()} is outside {FIRST_DATE.year}–{LAST_DATE.year}", (
            "check the year"
        )
    return None
