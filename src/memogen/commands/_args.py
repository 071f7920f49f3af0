"""Argument types and completers shared by several commands; light to import."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# the writers' formats (memogen.writers.FORMATS), named here so that parsing the command
# line does not import the writers; tests/cli check that both agree
FORMAT_NAMES: tuple[str, ...] = ("pdf", "docx")


def formats(value: str) -> list[str]:
    """`pdf`, `docx`, `all` or a comma-separated list → format names, each once."""
    if value == "all":
        return list(FORMAT_NAMES)
    names = list(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    unknown = [n for n in names if n not in FORMAT_NAMES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(map(repr, unknown)) or repr(value)}; "
            f"choose from {', '.join(FORMAT_NAMES)}, all"
        )
    return names


def unique_paths(paths: Iterable[Path]) -> list[Path]:
    """`paths` in the order given, each file once however it was spelt."""
    seen: dict[Path, Path] = {}
    for path in paths:
        seen.setdefault(Path(path).resolve(), Path(path))
    return list(seen.values())


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", "-f", type=formats, default=["pdf"], metavar="FORMAT",
        help="pdf, docx, all, or a comma-separated list such as pdf,docx (default: pdf)",
    ).completer = _choices_completer([*FORMAT_NAMES, "all", ",".join(FORMAT_NAMES)])  # type: ignore[attr-defined]


def documents(value: str) -> list[str]:
    """`memo`, `points`, `letter`, `all` or a comma-separated list → document kinds."""
    from memogen.errors import InputError
    from memogen.kinds import parse_kinds

    try:
        return parse_kinds(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(f"{exc.message}; {exc.hint}") from None


def _kind_names() -> list[str]:
    from memogen.kinds import KINDS

    return [*KINDS, "all"]


def add_document(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--document", "-d", type=documents, default=["memo"], metavar="KIND",
        help="memo, points, letter (comma-separated) or all (default: memo)",
    ).completer = lambda prefix, **_: [k for k in _kind_names() if k.startswith(prefix)]  # type: ignore[attr-defined]


def add_template(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template", "-t", metavar="NAME",
        help="theme: a folder under templates/ or 'default' (default: the facts file's, "
        "then memogen.yaml's, then the built-in one)",
    ).completer = theme_completer  # type: ignore[attr-defined]


def add_facts(parser: argparse.ArgumentParser, nargs: str | None, help: str) -> None:
    parser.add_argument("facts", nargs=nargs, type=Path, metavar="FACTS", help=help).completer = (  # type: ignore[attr-defined]
        facts_completer
    )


# -- shell completion (argcomplete calls these with the words typed so far) -------------


def _choices_completer(choices: list[str]) -> Any:
    def complete(prefix: str, **_: Any) -> list[str]:
        return [c for c in choices if c.startswith(prefix)]

    return complete


def theme_completer(prefix: str, parsed_args: argparse.Namespace | None = None, **_: Any) -> list[str]:
    """The themes of the workspace: `default` and each `templates/NAME/theme.yaml`."""
    workspace = Path(getattr(parsed_args, "workspace", None) or ".")
    names = ["default"]
    folder = workspace / "templates"
    if folder.is_dir():
        names += sorted(p.parent.name for p in folder.glob("*/theme.yaml"))
    return [n for n in names if n.startswith(prefix)]


def facts_completer(prefix: str, **_: Any) -> list[str]:
    """Facts files (*.yaml, *.yml) and folders, from the folder typed so far."""
    folder, _slash, stem = prefix.rpartition("/")
    base = Path(folder or ".")
    if folder and not base.is_dir():
        return []
    found = []
    for entry in sorted(base.iterdir()) if base.is_dir() else []:
        if not entry.name.startswith(stem) or (entry.name.startswith(".") and not stem.startswith(".")):
            continue
        shown = f"{folder}/{entry.name}" if folder else entry.name
        if entry.is_dir():
            found.append(shown + "/")
        elif entry.suffix in {".yaml", ".yml"} and entry.name != "memogen.yaml":
            found.append(shown)
    return found
