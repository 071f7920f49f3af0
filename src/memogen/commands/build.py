"""Build memos (all of facts/ when no file is named).

Each facts file becomes one file per format, named after it, in the output folder:
facts/vologda-2025.yaml → output/vologda-2025.pdf. A failed build writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from memogen.commands._args import add_document, add_facts, add_format, add_template, unique_paths
from memogen.console import Console, plural


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_facts(parser, "*", "facts files to build, each once (default: every facts/*.yaml of the workspace)")
    add_format(parser)
    add_document(parser)
    parser.add_argument(
        "--out", "-o", type=Path, metavar="FOLDER",
        help="output folder, created if missing (default: memogen.yaml's output:, else output/)",
    )
    add_template(parser)
    parser.add_argument(
        "--pdf-a", action="store_true",
        help="write archival PDF/A-2b (a theme asks for it with pdf_a: true; see docs/pdf-a.md)",
    )


def run(args: argparse.Namespace, ui: Console) -> int:
    import time

    from memogen import pipeline
    from memogen.config import load_config
    from memogen.errors import ExitCode

    workspace: Path = args.workspace
    files = unique_paths(args.facts) or pipeline.find_facts(workspace)
    config = load_config(workspace)
    out_dir = args.out or workspace / config.output
    ui.detail(f"workspace {workspace.resolve()}; output folder {out_dir}; formats {', '.join(args.format)}")
    for path in files:
        started = time.perf_counter()
        built = pipeline.build(
            path, args.format, out_dir, workspace=workspace, theme_name=args.template, kinds=args.document,
            pdf_a=args.pdf_a,
        )
        warn(ui, path, built.warnings)
        for output in built.outputs:
            ui.info(f"built {output}", ok_word="built")
        ui.detail(
            f"{path}: theme {built.theme.folders[0][0]!r}, {plural(len(built.warnings), 'warning')}, "
            f"{time.perf_counter() - started:.1f} s"
        )
    return ExitCode.OK


def warn(ui: Console, path: Path, warnings) -> None:
    """The figures of `path` that disagree, one `warning:` line each."""
    for w in warnings:
        what = "source" if w.check == "source file" and "." not in w.figure_id else "figure"
        ui.warning(f"{path}: {what} {w.figure_id!r}: {w.message}")
