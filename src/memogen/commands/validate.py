"""Check facts files without building.

Every file is checked, even after one with an error; each good one gets an `ok:` line.
`--strict` turns any warning into a failure (exit 3), so a facts repository can gate on
it; `--explain` lists every figure memogen computes rather than states, and how.
"""

from __future__ import annotations

import argparse

from memogen.commands._args import add_facts, unique_paths
from memogen.console import Console, plural


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_facts(parser, "+", "facts files to check, each once")
    parser.add_argument("--strict", action="store_true", help="exit 3 when there is any warning")
    parser.add_argument(
        "--explain", action="store_true", help="list every figure memogen computes, and how"
    )


def run(args: argparse.Namespace, ui: Console) -> int:
    from memogen import pipeline
    from memogen.commands.build import warn
    from memogen.errors import ExitCode, MemogenError

    code = ExitCode.OK
    for path in unique_paths(args.facts):
        try:
            loaded = pipeline.load_facts(path)
            notices = pipeline.glyph_notices(loaded, args.workspace) + pipeline.case_notices(loaded)
        except MemogenError as exc:
            ui.problem(exc)
            code = code or exc.exit_code
            continue
        warn(ui, path, loaded.warnings, notices)
        facts = loaded.facts
        counts = [
            plural(len(facts.figures), "figure"),
            plural(len(facts.sectors), "sector"),
            plural(len(facts.proposals), "proposal"),
            plural(len(loaded.warnings) + len(notices), "warning"),
        ]
        ui.info(f"ok: {path}: {', '.join(counts)}", ok_word="ok:")
        if args.explain:
            explain(ui, loaded)
        if args.strict and (loaded.warnings or notices):  # glyphs the fonts lack too
            code = code or ExitCode.INPUT
    return code


def explain(ui: Console, loaded) -> None:
    """The computed figures with their value as printed and how each was computed, and
    the checks that ran."""
    from memogen import russian
    from memogen.checks import ARITHMETIC

    computed = loaded.figures.computed
    ui.result(f"computed figures ({len(computed)}; printed with the decimals shown):")
    for c in computed:
        ui.result(f"  {c.what} = {russian.number(c.value, c.digits)}  ({c.how})")
    names = ", ".join(check.__name__.removeprefix("check_").replace("_", " ") for check in ARITHMETIC)
    ui.result(f"checks run: {names}, source files")
