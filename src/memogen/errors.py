"""User errors: what went wrong, where (file, line, field) and how to fix it.

A `MemogenError` is the user's to fix and is shown as one message with a documented
exit code; any other exception is a bug and is shown with its traceback.
"""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from types import FrameType


class ExitCode(IntEnum):
    """What `memogen` exits with (documented in docs/cli.md)."""

    OK = 0
    FAILURE = 1  # a bug: unexpected exception
    USAGE = 2  # wrong command-line arguments (argparse's own code)
    INPUT = 3  # facts file or theme is invalid
    OUTPUT = 4  # cannot write the output
    MAIL = 5  # the e-mail could not be prepared or sent
    INTERRUPTED = 130  # Ctrl+C (128 + SIGINT)
    TERMINATED = 143  # `kill` (128 + SIGTERM): stopped cleanly, as after Ctrl+C
    BROKEN_PIPE = 141  # the reader of standard output went away (128 + SIGPIPE), e.g. `| head`


@dataclass(frozen=True)
class Location:
    """Where in a user's file a problem is: 1-based line and column."""

    file: Path | str
    line: int | None = None
    column: int | None = None
    field: str = ""

    @classmethod
    def at(cls, file: Path | str, position: tuple[int, int] | None, field: str = "") -> Location:
        """A place from a `(line, column)` pair as the YAML reader records it, if known."""
        line, column = position if position is not None else (None, None)
        return cls(file, line, column, field)

    def __str__(self) -> str:
        where = str(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where


@dataclass(frozen=True)
class Notice:
    """A warning that does not stop the build: what is odd, and where."""

    message: str
    location: Location | None = None
    hint: str = ""

    def render(self) -> str:
        head = f"{self.location}: " if self.location is not None else ""
        if self.location is not None and self.location.field:
            head += f"{self.location.field}: "
        return head + self.message + (f"\n  fix: {self.hint}" if self.hint else "")


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that it unwinds as after Ctrl+C: no
    temporary file stays behind and no output is left half-written."""


_stops: list[int] = []  # the signals that asked this process to stop


def stop(signum: int, frame: FrameType | None = None) -> None:
    """The handler of SIGINT and SIGTERM (installed by the `memogen` command). While a
    module is being imported the signal waits (it is sent again 50 ms later): a native
    extension interrupted half-way through its start-up may abort the whole process
    (pikepdf's nanobind does, with «Critical nanobind error»)."""
    if _importing(frame):
        import threading

        later = threading.Timer(0.05, os.kill, (os.getpid(), signum))
        later.daemon = True
        later.start()
        return
    _stops.append(signum)
    raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt


def _importing(frame: FrameType | None) -> bool:
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def interruption() -> KeyboardInterrupt | None:
    """The interruption a signal asked for, if one did: an error raised while stopping
    (a library whose import was cut short fails with ImportError) is that, not a bug."""
    if not _stops:
        return None
    return Terminated() if _stops[-1] == signal.SIGTERM else KeyboardInterrupt()


class MemogenError(Exception):
    """A problem the user can fix. `str()` is the whole message shown to them."""

    exit_code = ExitCode.INPUT

    def __init__(
        self,
        message: str,
        *,
        location: Location | None = None,
        hint: str = "",
        also: tuple[str, ...] = (),
    ):
        self.message = message
        self.location = location
        self.hint = hint
        self.also = also  # further problems found in the same run, one line each
        super().__init__(self.render())

    def render(self) -> str:
        parts = []
        if self.location is not None:
            head = f"{self.location}: "
            if self.location.field:
                head += f"{self.location.field}: "
            parts.append(head + self.message)
        else:
            parts.append(self.message)
        if self.hint:
            parts.append(f"  fix: {self.hint}")
        parts.extend(f"  also {line}" for line in self.also)
        return "\n".join(parts)


class UsageError(MemogenError):
    """The command line asks for something that does not exist (beyond what argparse checks)."""

    exit_code = ExitCode.USAGE


class InputError(MemogenError):
    """The facts file, a theme or a template is wrong."""

    exit_code = ExitCode.INPUT


class OutputError(MemogenError):
    """The memo cannot be written where asked."""

    exit_code = ExitCode.OUTPUT


class MailError(MemogenError):
    """The e-mail cannot be built or delivered."""

    exit_code = ExitCode.MAIL
