"""Check facts files without building.

Every file is checked, even after one with an error; each good one gets an `ok:` line.
"""

from __future__ import annotations

import argparse

from memogen.commands._args import add_facts, unique_paths
from memogen.console import Console, plural


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_facts(parser, "+", "facts files to check, each once")


def run(args: argparse.Namespace, ui: Console) -> int:
    from memogen import pipeline
    from memogen.commands.build import warn
    from memogen.errors import ExitCode, MemogenError

    code = ExitCode.OK
    for path in unique_paths(args.facts):
        try:
            loaded = pipeline.load_facts(path)
        except MemogenError as exc:
            ui.problem(exc)
            code = code or exc.exit_code
            continue
        warn(ui, path, loaded.warnings)
        facts = loaded.facts
        counts = [
            plural(len(facts.figures), "figure"),
            plural(len(facts.sectors), "sector"),
            plural(len(facts.proposals), "proposal"),
            plural(len(loaded.warnings), "warning"),
        ]
        ui.info(f"ok: {path}: {', '.join(counts)}", ok_word="ok:")
    return code
