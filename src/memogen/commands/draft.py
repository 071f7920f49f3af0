"""Draft a facts file from a Russian press release (.txt, .html, .docx).

The draft marks each item sure, check or guess; review it, then `memogen validate` it.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from memogen.console import Console, plural


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", type=Path, metavar="SOURCE", help="the saved press release")
    parser.add_argument("--date", type=_date, help="the release's date, YYYY-MM-DD (default: from its header)")
    parser.add_argument("--url", help="the release's web address, kept under sources")
    parser.add_argument(
        "-o", "--out", type=Path, metavar="FILE", help="facts file to write (default: print to standard output)"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing facts file")


def run(args: argparse.Namespace, ui: Console) -> int:
    """Draft a facts file; write it only when the draft is whole, never over a file unasked."""
    from memogen.draft import draft_file
    from memogen.errors import ExitCode, OutputError
    from memogen.writers import write_file

    if args.out is not None and args.out.exists() and not args.force:
        raise OutputError(f"{args.out} exists", hint="name another file with -o, or add --force to replace it")
    drafted = draft_file(args.source, date=args.date, url=args.url, out=args.out)
    if args.out is None:
        ui.out.write(drafted.yaml)
        return ExitCode.OK
    write_file(args.out, drafted.yaml.encode("utf-8"))
    marks = ", ".join(f"{drafted.marks[m]} {m}" for m in ("sure", "check", "guess") if m in drafted.marks)
    ui.info(
        f"drafted {args.out}: {plural(len(drafted.facts.figures), 'figure')}; items marked {marks or 'none'}; "
        f"{plural(len(drafted.unplaced), 'sentence')} not placed; review it, then run memogen validate {args.out}",
        ok_word="drafted",
    )
    return ExitCode.OK
