"""docs/cli.md lists every command and every option `--help` prints (issue 14), and the
command line stays thin: `--help` loads neither the writers nor pydantic (issue 11)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from memogen.cli import build_parser, global_options
from memogen.commands import COMMANDS
from memogen.commands._args import FORMAT_NAMES
from paths import ROOT

CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = CLI_MD.index(f"\n## {title}\n")
    end = CLI_MD.find("\n## ", start + 1)
    return CLI_MD[start:end if end > 0 else None]


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def own_options(parser: argparse.ArgumentParser) -> list[str]:
    """What `--help` prints for the parser's own arguments: option strings and metavars."""
    common = {s for a in global_options()._actions for s in a.option_strings} | {"-h", "--help"}
    shown = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if action.option_strings:
            shown += [s for s in action.option_strings if s not in common]
        else:
            shown.append(action.metavar or action.dest)
    return shown


def test_every_command_has_a_section_listing_each_of_its_options():
    parsers = subcommands(build_parser())
    assert list(parsers) == list(COMMANDS)
    missing = []
    for name, parser in parsers.items():
        text = section(f"`memogen {name}`")
        for sub in [parser, *subcommands(parser).values()]:
            missing += [f"{sub.prog}: {o}" for o in own_options(sub) if f"`{o}" not in text]
        missing += [f"{name}: action {a}" for a in subcommands(parser) if f"`{a}" not in text]
    assert not missing, f"docs/cli.md does not list: {missing}"


def test_every_global_option_is_listed():
    text = section("The workspace and global options")
    options = [s for a in global_options()._actions for s in a.option_strings] + ["--help", "-h"]
    assert [o for o in options if f"`{o}" not in text] == []


def test_the_command_table_names_every_command():
    table = CLI_MD.split("\n## ", 1)[0]
    assert re.findall(r"\[`memogen (\w+)`\]", table) == list(COMMANDS)


def test_help_loads_neither_the_writers_nor_pydantic():
    code = (
        "import sys; from memogen.cli import main; main(['build', '--help']); "
        "print(sorted(m for m in sys.modules if m.startswith(('memogen.writers', 'pydantic', 'reportlab', "
        "'matplotlib', 'docx', 'memogen.pipeline')) and m != 'pydantic.plugin._loader'))"  # memogen's stand-in
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_format_names_agree_with_the_writers():
    from memogen.writers import FORMATS

    assert tuple(FORMATS) == FORMAT_NAMES
