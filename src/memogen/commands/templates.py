"""List, create and check ministry themes.

A theme is a folder templates/NAME/ with a theme.yaml; see `memogen docs templates`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from memogen.commands._args import theme_completer
from memogen.console import Console, plural


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from memogen.cli import global_options

    common = global_options()
    tsub = parser.add_subparsers(dest="templates_command", required=True, metavar="ACTION")
    tsub.add_parser(
        "list", help="the themes found and what each extends", parents=[common]
    ).set_defaults(run=run_list)
    new = tsub.add_parser("new", help="create templates/NAME with a commented theme.yaml", parents=[common])
    new.add_argument("name", metavar="NAME", help="theme name: lower-case letters, digits, '-', '_'")
    new.add_argument(
        "--from", dest="base", default="default", metavar="THEME", help="theme to extend (default: default)"
    ).completer = theme_completer  # type: ignore[attr-defined]
    new.set_defaults(run=run_new)
    check = tsub.add_parser(
        "check", help="validate a theme and build the example facts with it in every format", parents=[common]
    )
    check.add_argument("name", metavar="NAME", help="the theme to check").completer = theme_completer  # type: ignore[attr-defined]
    check.add_argument("--keep", type=Path, metavar="FOLDER", help="build into FOLDER instead of a temporary one")
    check.set_defaults(run=run_check)


def run(args: argparse.Namespace, ui: Console) -> int:  # replaced by the action's own run
    raise AssertionError(f"unhandled templates action {args.templates_command}")


def run_list(args: argparse.Namespace, ui: Console) -> int:
    from memogen.errors import ExitCode
    from memogen.themes.loader import BUILTIN, read_extends, theme_folders

    for name, folder in theme_folders(args.workspace).items():
        where = "built-in" if folder == BUILTIN else f"extends {read_extends(folder)}"
        shown = "" if folder == BUILTIN else f"  ({folder})"
        ui.result(f"{name:<16} {where}{shown}")
    return ExitCode.OK


def run_new(args: argparse.Namespace, ui: Console) -> int:
    from memogen.errors import ExitCode
    from memogen.themes.scaffold import new_theme

    folder = new_theme(args.workspace, args.name, args.base)
    ui.info(f"created {folder / 'theme.yaml'} (extends {args.base})", ok_word="created")
    return ExitCode.OK


def run_check(args: argparse.Namespace, ui: Console) -> int:
    import tempfile

    from memogen import pipeline
    from memogen.errors import ExitCode, MemogenError
    from memogen.kinds import KINDS
    from memogen.themes.loader import load_theme
    from memogen.writers import FORMATS

    loaded = load_theme(args.name, args.workspace)
    ui.info(f"ok: theme {args.name!r} ({' → '.join(n for n, _ in loaded.folders)}) is valid", ok_word="ok:")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="memogen-check-") as tmp:
        out_dir = args.keep or Path(tmp)
        for path in pipeline.example_facts(args.workspace):
            try:
                built = pipeline.build(
                    path, list(FORMATS), out_dir, workspace=args.workspace, theme_name=args.name, kinds=list(KINDS)
                )
            except MemogenError as exc:
                failed += 1
                ui.problem(exc, prefix=f"{path}: ")
                continue
            for output in built.outputs:
                ui.info(f"built {output.name} ({output.stat().st_size} bytes)", ok_word="built")
    if failed:
        ui.error(f"theme {args.name!r}: {plural(failed, 'example')} failed to build")
        return ExitCode.INPUT
    return ExitCode.OK
