"""Command-line arguments → a command's `run`, and its outcome → messages and an exit code.

Thin on purpose: each subcommand lives in `memogen.commands.NAME` (see that package for
how to add one); this module only assembles the parser, the global options and the
handling of errors, Ctrl+C and a closed pipe. `main(argv, stdout, stderr)` is what tests
drive. Imports stay light so that `memogen --help` and shell completion start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from memogen import __version__, gcpause
from memogen.commands import COMMANDS
from memogen.console import Console
from memogen.errors import ExitCode, MemogenError, Terminated, interruption

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


def global_options() -> argparse.ArgumentParser:
    """The options valid before and after any command (`memogen -q build` = `memogen build -q`).

    Their defaults are SUPPRESS so that a subcommand's copy never overwrites one given
    before it; `_settle_globals` fills in the real defaults after parsing."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("global options (before or after the command)")
    group.add_argument(
        "--workspace", "-w", type=Path, metavar="FOLDER", default=argparse.SUPPRESS,
        help="folder holding facts/, templates/, memogen.yaml and output/ (default: the current folder)",
    )
    group.add_argument(
        "--quiet", "-q", action="count", default=argparse.SUPPRESS,
        help="print only errors, warnings and what was asked for (no 'built …' lines)",
    )
    group.add_argument(
        "--verbose", "-v", action="count", default=argparse.SUPPRESS,
        help="also say what memogen is doing: settings, theme, timings",
    )
    group.add_argument(
        "--traceback", action="store_true", default=argparse.SUPPRESS,
        help="with an error, also print the program's trace (for bug reports)",
    )
    group.add_argument("--version", action="version", version=f"memogen {__version__}")
    return common


def _parser_class(out: TextIO, err: TextIO) -> type[argparse.ArgumentParser]:
    class Parser(argparse.ArgumentParser):
        """argparse writing help, usage and --version to `out` and its errors to `err`
        instead of the real sys.stdout and sys.stderr (subcommands' parsers are of this
        class too). `_print_message` is the one place argparse writes through."""

        def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
            if message:
                (err if file is sys.stderr else out).write(message)

    return Parser


def build_parser(
    out: TextIO | None = None, err: TextIO | None = None, only: str | None = None
) -> argparse.ArgumentParser:
    """The parser of every command (of command `only` alone when given: see
    `named_command`); it writes to `out` and `err` when given."""
    common = global_options()
    parser_class = _parser_class(out, err) if out is not None and err is not None else argparse.ArgumentParser
    parser = parser_class(
        prog="memogen",
        description="Build official briefing memos (PDF, DOCX) from curated facts files.",
        epilog="`memogen COMMAND --help` describes a command; `memogen docs` lists the manuals.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        module = importlib.import_module(f"memogen.commands.{name}")
        add_command(sub, name, module, common)
    return parser


def named_command(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, when the parser of that one command parses it exactly
    as the parser of all would: a command name comes first, after nothing but global
    options spelt plainly (no help, no cluster of short options). Else None. Building
    every command's parser, and importing every command's module, costs ~10 ms."""
    expects_value = False
    for arg in argv:
        if expects_value:
            expects_value = False
        elif arg in COMMANDS:
            return arg
        elif arg == "-w" or _abbreviates(arg, "--workspace"):
            expects_value = True
        elif not (arg in ("-q", "-v") or arg.startswith("--workspace=") or any(_abbreviates(arg, f) for f in _FLAGS)):
            return None
    return None


_FLAGS = ("--quiet", "--verbose", "--traceback")  # the global options taking no value (but --version)


def _abbreviates(arg: str, option: str) -> bool:
    """`arg` is `option` or an abbreviation argparse accepts for it."""
    return len(arg) > 2 and option.startswith(arg)


def add_command(sub, name: str, module, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`memogen NAME` from a module with a docstring, `add_arguments` and `run`."""
    summary, _, rest = (module.__doc__ or "").strip().partition("\n")
    parser = sub.add_parser(
        name, help=summary.rstrip("."), description=f"{summary}\n{rest}".strip() or None,
        parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=module.run, parser=parser)
    if hasattr(module, "add_arguments"):
        module.add_arguments(parser)
    return parser


def _settle_globals(args: argparse.Namespace) -> None:
    args.workspace = getattr(args, "workspace", Path("."))
    args.traceback = getattr(args, "traceback", False)
    args.verbosity = getattr(args, "verbose", 0) - getattr(args, "quiet", 0)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run memogen; returns the exit code (see `memogen.errors.ExitCode`)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    ui = Console(out, err)
    gcpause.pause()  # until the first memo is built (see memogen.gcpause)
    try:
        return _main(argv, ui)
    except KeyboardInterrupt as exc:
        return _stopped(exc, err)
    except BrokenPipeError:
        if _stdout_closed(out):
            return ExitCode.BROKEN_PIPE
        return _bug(err)
    except Exception:
        stopping = interruption()
        return _bug(err) if stopping is None else _stopped(stopping, err)
    finally:
        gcpause.resume()


def _stopped(exc: KeyboardInterrupt, err: TextIO) -> int:
    """Ctrl+C or `kill`: one word, and the matching exit code."""
    terminated = isinstance(exc, Terminated)
    print("terminated" if terminated else "interrupted", file=err)
    return ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED


def _main(argv: Sequence[str] | None, ui: Console) -> int:
    completing = "_ARGCOMPLETE" in os.environ  # the shell asks for completions (memogen completion)
    only = None if completing else named_command(sys.argv[1:] if argv is None else argv)
    parser = build_parser(ui.out, ui.err, only)
    if completing:
        import argcomplete

        argcomplete.autocomplete(parser, always_complete_options=False)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message (or --help, --version)
        ui.out.flush()
        return int(exc.code or 0)
    _settle_globals(args)
    ui.verbosity, ui.show_trace = args.verbosity, args.traceback
    try:
        code = args.run(args, ui)
    except MemogenError as exc:
        ui.problem(exc)
        code = exc.exit_code
    ui.out.flush()  # a closed pipe shows here, inside the handlers of `main`
    return code


def _stdout_closed(out: TextIO) -> bool:
    """True if standard output's reader went away (`memogen schema | head -1`).

    Standard output is then pointed at /dev/null, so that Python's own flush at exit
    does not fail again and print a second error."""
    try:
        out.flush()
        fileno = out.fileno()
    except BrokenPipeError:
        fileno = out.fileno() if hasattr(out, "fileno") else -1
    except (OSError, ValueError):  # not a real file (tests pass a StringIO)
        return False
    else:
        import select

        poller = select.poll()
        poller.register(fileno, select.POLLOUT)
        if not any(events & select.POLLERR for _, events in poller.poll(0)):
            return False
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), fileno)
    return True


def _bug(err: TextIO) -> int:
    """An exception memogen did not expect: its trace, and where to report it."""
    import traceback

    traceback.print_exc(file=err)
    print(
        f"memogen {__version__} failed unexpectedly: this is a bug in memogen. Please report it "
        "with the trace above, the command you ran and the facts file.",
        file=err,
    )
    return ExitCode.FAILURE
