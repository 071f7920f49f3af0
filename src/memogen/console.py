"""What the command line prints: results on stdout, messages on stderr, colour only on a
terminal, and English counts that agree with their number ("1 warning", "2 warnings").

Deliberately tiny (no third-party import), since every `memogen` call loads it.
"""

from __future__ import annotations

import os
from typing import TextIO

# SGR codes of the few styles used; the message's text never depends on them
_STYLES = {"error": "1;31", "warning": "33", "fix": "32", "ok": "32", "detail": "2"}


def plural(count: int, one: str, many: str | None = None) -> str:
    """`count` with the noun that agrees with it: plural(1, "warning") == "1 warning"."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def wants_colour(stream: TextIO) -> bool:
    """Colour on a terminal only; NO_COLOR (https://no-color.org) turns it off, FORCE_COLOR on."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def paint(text: str, style: str, colour: bool) -> str:
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if colour else text


class Console:
    """The two output streams of one run, with the user's -q/-v choice.

    `result` is the answer asked for (a schema, a list, a document) and is always shown;
    `info` reports progress (`built …`, `ok: …`) and is hidden by -q; `detail` is shown
    with -v only; `warning` and `error` always go to stderr."""

    def __init__(self, out: TextIO, err: TextIO, verbosity: int = 0, *, colour: bool | None = None):
        self.out, self.err = out, err
        self.verbosity = verbosity  # -1 quiet, 0 normal, 1+ verbose
        self.show_trace = False  # --traceback
        self.colour_out = wants_colour(out) if colour is None else colour
        self.colour_err = wants_colour(err) if colour is None else colour

    def result(self, text: str) -> None:
        print(text, file=self.out)

    def info(self, text: str, *, ok_word: str = "") -> None:
        """A progress line on stdout; `ok_word` (its first word, e.g. "built") is green."""
        if self.verbosity < 0:
            return
        if ok_word and text.startswith(ok_word):
            text = paint(ok_word, "ok", self.colour_out) + text[len(ok_word):]
        print(text, file=self.out)

    def detail(self, text: str) -> None:
        if self.verbosity > 0:
            print(paint(text, "detail", self.colour_err), file=self.err)

    def warning(self, text: str) -> None:
        print(f"{paint('warning:', 'warning', self.colour_err)} {text}", file=self.err)

    def problem(self, exc: Exception, prefix: str = "") -> None:
        """A `MemogenError` as one message (after its trace, with --traceback)."""
        if self.show_trace:
            import traceback

            traceback.print_exception(exc, file=self.err)
        render = getattr(exc, "render", None)
        self.error(prefix + (render() if render else str(exc)))

    def error(self, text: str) -> None:
        """`text` is a rendered `MemogenError`: its `fix:` lines are highlighted too."""
        lines = text.split("\n")
        lines[0] = f"{paint('error:', 'error', self.colour_err)} {lines[0]}"
        for i, line in enumerate(lines[1:], 1):
            if line.startswith("  fix:"):
                lines[i] = "  " + paint("fix:", "fix", self.colour_err) + line[len("  fix:"):]
        print("\n".join(lines), file=self.err)
