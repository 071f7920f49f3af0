"""The subcommands of `memogen`, one module each.

To add a command `memogen NAME`:

1. write `memogen/commands/NAME.py` with
   - a module docstring whose first line is the one-line help shown by `memogen --help`
     (the rest, if any, is the description shown by `memogen NAME --help`);
   - `add_arguments(parser: argparse.ArgumentParser) -> None`, declaring its arguments;
   - `run(args: argparse.Namespace, ui: Console) -> int`, doing the work and returning an
     exit code (`memogen.errors.ExitCode`); raise `MemogenError` for the user's mistakes;
2. add NAME to `COMMANDS` below, where it should appear in `memogen --help`;
3. document it in docs/cli.md (tests/cli/test_docs_commands.py runs every command
   shown there, and tests/cli/test_help.py checks every option is listed).

Keep the module's top-level imports light (argparse, pathlib, memogen.commands._args):
`memogen --help` and shell completion import every command module, so heavy imports
(the pipeline, the writers, pydantic) go inside `run`.
"""

from __future__ import annotations

COMMANDS: tuple[str, ...] = (
    "init",
    "draft",
    "build",
    "watch",
    "validate",
    "mail",
    "templates",
    "schema",
    "docs",
    "completion",
)
