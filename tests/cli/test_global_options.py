"""Global options before or after the command, -q/-v, --version (issue 14, points 3 and 5)."""

from __future__ import annotations

import tomllib

import pytest
from tests.cli.run import memogen

from memogen.errors import ExitCode
from paths import EXAMPLE, ROOT


def test_version_prints_the_package_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    for args in (["--version"], ["build", "--version"], ["templates", "list", "--version"]):
        result = memogen(*args)
        assert (result.returncode, result.stdout.strip()) == (0, f"memogen {version}"), args


@pytest.mark.parametrize("where", ["before", "after"])
def test_traceback_works_before_and_after_the_command(tmp_path, where):
    missing = str(tmp_path / "nope.yaml")
    args = ["--traceback", "validate", missing] if where == "before" else ["validate", missing, "--traceback"]
    result = memogen(*args)
    assert result.returncode == ExitCode.INPUT
    assert "Traceback (most recent call last)" in result.stderr and "error: file not found" in result.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_workspace_works_before_and_after_the_command(workspace, tmp_path, where):
    args = ["-w", str(workspace), "build"] if where == "before" else ["build", "--workspace", str(workspace)]
    result = memogen(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (workspace / "output" / "vologda-2025.pdf").is_file()


def test_quiet_hides_progress_but_not_warnings(workspace):
    facts = workspace / "facts" / "vologda-2025.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("percent: 1.5", "percent: 2.5"), encoding="utf-8")
    loud = memogen("validate", str(facts))
    quiet = memogen("validate", str(facts), "-q")
    assert loud.stdout.startswith("ok: ") and quiet.stdout == ""
    assert "warning: " in quiet.stderr and quiet.returncode == 0
    built = memogen("-q", "build", cwd=workspace)
    assert built.returncode == 0 and built.stdout == ""
    assert (workspace / "output" / "vologda-2025.pdf").is_file()


def test_quiet_keeps_what_was_asked_for():
    assert memogen("schema", "-q").stdout.startswith("{")


def test_verbose_says_what_happens(workspace):
    result = memogen("build", "-v", cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert "theme 'default'" in result.stderr and "output folder" in result.stderr
    assert "built " in result.stdout
    assert memogen("build", cwd=workspace).stderr == ""


def test_unknown_option_is_a_usage_error():
    result = memogen("build", "--colour")
    assert result.returncode == ExitCode.USAGE
    assert "unrecognized arguments: --colour" in result.stderr and "Traceback" not in result.stderr


def test_example_validates_through_the_real_command():
    result = memogen("validate", str(EXAMPLE))
    assert result.returncode == 0 and result.stdout.startswith("ok: ")
