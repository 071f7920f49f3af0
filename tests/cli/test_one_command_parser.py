"""A command line naming its command builds that command's parser alone (memogen.cli.named_command),
and it parses exactly as the parser of every command does."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

import pytest

from memogen.cli import build_parser, named_command

CASES = [
    (["build"], "build"),
    (["build", "facts/a.yaml", "--format", "all", "-j", "2"], "build"),
    (["-q", "validate", "x.yaml"], "validate"),
    (["-w", "init", "build"], "build"),  # «init» is the workspace here
    (["--workspace", "draft", "mail"], "mail"),
    (["--work", "init", "build"], "build"),  # argparse's abbreviation takes a value too
    (["--workspace=w", "-v", "templates", "list"], "templates"),
    (["--help", "build"], None),  # the help of every command
    (["-h"], None),
    ([], None),
    (["x.yaml", "build"], None),  # not a command first: argparse's own error
    (["-qw", "init", "build"], None),  # a cluster of short options: the parser of all
    (["--he", "build"], None),  # --help, abbreviated
    (["--version", "build"], None),
]


@pytest.mark.parametrize(("argv", "command"), CASES)
def test_the_command_is_found_only_where_it_is_sure(argv, command):
    assert named_command(argv) == command


def _parse(argv: list[str], only: str | None) -> tuple[dict, int | None, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = None
    with redirect_stdout(out), redirect_stderr(err):
        try:
            args = vars(build_parser(out, err, only).parse_args(argv))
        except SystemExit as exc:
            args, code = {}, exc.code
    args.pop("parser", None)  # the parser object itself differs
    return args, code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [argv for argv, command in CASES if command]
    + [["build", "--help"], ["build", "--no-such-option"], ["mail", "--version"], ["validate"]],
)
def test_one_commands_parser_parses_as_all_do(argv):
    only = named_command(argv)
    assert only is not None
    assert _parse(argv, only) == _parse(argv, None)
