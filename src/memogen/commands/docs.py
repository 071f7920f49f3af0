"""Print a manual (facts format, command line, themes, e-mail), or list them.

The manuals ship with memogen, so they match the installed version.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from memogen.console import Console


def manuals_folder() -> Path:
    """The folder of the manuals: inside the installed package, else the source tree's docs/."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "docs"
    return shipped if shipped.is_dir() else package.parent.parent / "docs"


def topics() -> dict[str, Path]:
    """Topic name → its Markdown file, in name order."""
    return {p.stem: p for p in sorted(manuals_folder().glob("*.md"))}


def _topic_completer(prefix: str, **_: Any) -> list[str]:
    return [t for t in topics() if t.startswith(prefix)]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "topic", nargs="?", metavar="TOPIC", help="the manual to print, e.g. facts (default: list them)"
    ).completer = _topic_completer  # type: ignore[attr-defined]
    parser.add_argument(
        "--path", action="store_true", help="print the manual's file name instead, to open it elsewhere"
    )


def title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip().replace("`", "")
    return path.stem


def run(args: argparse.Namespace, ui: Console) -> int:
    from memogen.errors import ExitCode, UsageError

    found = topics()
    if args.topic is None:
        for name, path in found.items():
            ui.result(f"{name:<12} {title(path)}")
        ui.info("`memogen docs TOPIC` prints one; `memogen docs --path TOPIC` names its file")
        return ExitCode.OK
    topic = args.topic.removesuffix(".md").removeprefix("docs/")
    if topic not in found:
        raise UsageError(f"no manual called {args.topic!r}", hint=f"choose one of: {', '.join(found)}")
    if args.path:
        ui.result(str(found[topic]))
        return ExitCode.OK
    _show(found[topic].read_text(encoding="utf-8"), ui)
    return ExitCode.OK


def _show(text: str, ui: Console) -> None:
    """Through the user's pager on a terminal (as `git help` does), else printed."""
    import sys

    if ui.out is sys.stdout and ui.out.isatty():
        import pydoc

        pydoc.pager(text)
    else:
        ui.result(text.rstrip("\n"))
