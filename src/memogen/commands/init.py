"""Create a ready workspace: example facts, schema, commented settings.

DIR gets facts/ with the example facts file and its source, schema/ with the schema the
facts file's first line points at, a commented memogen.yaml, a .gitignore for output/
and a short README.

`memogen build` works in it at once. Files already there are kept, never overwritten.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from memogen.console import Console

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/facts.schema.json"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder", nargs="?", type=Path, default=None, metavar="DIR",
        help="the folder to set up, created if missing (default: the workspace, i.e. the current folder)",
    )


def workspace_files() -> dict[str, bytes]:
    """What `memogen init` writes: path inside the workspace → bytes."""
    import json

    from memogen.facts.schema import facts_schema
    from memogen.pipeline import EXAMPLE_FACTS

    own = Path(__file__).resolve().parent.parent / "workspace"
    files = {
        "facts/" + EXAMPLE_FACTS.name: EXAMPLE_FACTS.read_text(encoding="utf-8"),  # its first line is SCHEMA_LINE
        "schema/facts.schema.json": json.dumps(facts_schema(), ensure_ascii=False, indent=2) + "\n",
        "memogen.yaml": (own / "memogen.yaml").read_text(encoding="utf-8"),
        ".gitignore": (own / "gitignore").read_text(encoding="utf-8"),
        "README.md": (own / "README.md").read_text(encoding="utf-8"),
    }
    data = {name: text.encode("utf-8") for name, text in files.items()}
    for source in sorted((EXAMPLE_FACTS.parent / "sources").glob("*.txt")):
        data[f"facts/sources/{source.name}"] = source.read_bytes()
    return data


def run(args: argparse.Namespace, ui: Console) -> int:
    from memogen.errors import ExitCode, OutputError

    root: Path = args.folder if args.folder is not None else args.workspace
    for name, data in workspace_files().items():
        path = root / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("xb") as handle:  # "x": never replaces a file already there
                handle.write(data)
        except FileExistsError:
            ui.info(f"kept {path} (already there)")
            continue
        except OSError as exc:
            raise OutputError(
                f"cannot write {path}: {exc.strerror or exc}", hint="choose a folder you can write to"
            ) from None
        ui.info(f"created {path}", ok_word="created")
    where = "" if root.resolve() == Path.cwd().resolve() else f"cd {root} && "
    ui.info(f"next: {where}memogen build --format all   (then open output/; `memogen docs` lists the manuals)")
    return ExitCode.OK
