"""`memogen completion SHELL`: tab completion in bash, zsh and fish, from the parser itself,
for commands, options, theme names and facts files (issue 14, point 9)."""

from __future__ import annotations

import subprocess

import pytest
from tests.cli.run import clean_env, have, memogen

BASH_DRIVER = r"""
source <(memogen completion bash)
COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; COMP_TYPE=9
read -ra COMP_WORDS <<< "$COMP_LINE"
[[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
_python_argcomplete memogen
printf '%s\n' "${COMPREPLY[@]}"
"""


@pytest.fixture(scope="module")
def workspace_with_theme(tmp_path_factory):
    folder = tmp_path_factory.mktemp("completion")
    assert memogen("init", "-q", str(folder)).returncode == 0
    theme = folder / "templates" / "mintrans"
    theme.mkdir(parents=True)
    (theme / "theme.yaml").write_text("extends: default\n", encoding="utf-8")
    (folder / "memogen.yaml").write_text(
        "mail:\n  address_book:\n    minister-office: office@minister.gov.by\n    press: press@mfa.gov.by\n",
        encoding="utf-8",
    )
    return folder


def bash_complete(line: str, cwd) -> list[str]:
    result = subprocess.run(["bash", "-c", BASH_DRIVER, "complete", line], cwd=cwd, env=clean_env(),
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return [word.strip() for word in result.stdout.splitlines() if word.strip()]


def fish_complete(line: str, cwd) -> list[str]:
    script = f"memogen completion fish | source; complete -C {line!r}"
    result = subprocess.run(["fish", "-c", script], cwd=cwd, env=clean_env(), capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return [word.split("\t")[0] for word in result.stdout.splitlines()]


@pytest.mark.skipif(not have("bash"), reason="bash not installed")
@pytest.mark.parametrize(("line", "expected"), [
    ("memogen b", ["build"]),
    ("memogen te", ["templates"]),
    ("memogen build --te", ["--template"]),
    ("memogen -q build --fo", ["--format"]),
    ("memogen build --template ", ["default", "mintrans"]),
    ("memogen build -t m", ["mintrans"]),
    ("memogen templates check ", ["default", "mintrans"]),
    ("memogen build f", ["facts/"]),
    ("memogen build facts/", ["facts/sources/", "facts/vologda-2025.yaml"]),
    ("memogen validate facts/v", ["facts/vologda-2025.yaml"]),
    ("memogen mail facts/vologda-2025.yaml --to ", ["minister-office", "press"]),
    ("memogen completion ", ["bash", "zsh", "fish"]),
    ("memogen docs ma", ["mail"]),
])
def test_bash_completes(workspace_with_theme, line, expected):
    assert bash_complete(line, workspace_with_theme) == expected


@pytest.mark.skipif(not have("fish"), reason="fish not installed (Debian package fish; .ci/run installs it)")
def test_fish_completes(workspace_with_theme):
    assert fish_complete("memogen build --template ", workspace_with_theme) == ["default", "mintrans"]
    assert fish_complete("memogen build facts/", workspace_with_theme) == ["facts/sources/", "facts/vologda-2025.yaml"]
    assert "build" in fish_complete("memogen b", workspace_with_theme)


@pytest.mark.skipif(not have("zsh"), reason="zsh not installed (Debian package zsh; .ci/run installs it)")
def test_zsh_registers_the_completer_and_gets_candidates(workspace_with_theme):
    script = 'autoload -U compinit; compinit -u; eval "$(memogen completion zsh)"; print -- $_comps[memogen]'
    loaded = subprocess.run(["zsh", "-c", script], cwd=workspace_with_theme, env=clean_env(),
                            capture_output=True, text=True, timeout=60, check=False)
    assert loaded.stdout.strip() == "_python_argcomplete", loaded.stderr
    # what the zsh function asks memogen for, as it asks it
    line = "memogen build --template "
    asked = subprocess.run(
        ["memogen"], cwd=workspace_with_theme, capture_output=True, text=True, timeout=60, check=False,
        env=clean_env(_ARGCOMPLETE="1", _ARGCOMPLETE_SHELL="zsh", _ARGCOMPLETE_SUPPRESS_SPACE="1",
                      COMP_LINE=line, COMP_POINT=str(len(line)), _ARGCOMPLETE_STDOUT_FILENAME="/dev/stdout"),
    )
    assert [c.split(":")[0] for c in asked.stdout.split("\x0b")] == ["default", "mintrans"], asked.stderr  # value:help


def test_unknown_shell_is_a_usage_error():
    result = memogen("completion", "tcsh")
    assert result.returncode == 2 and "invalid choice: 'tcsh'" in result.stderr
