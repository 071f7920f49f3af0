"""The README's two commands: safe on a PEP 668 system, honest in CI, and working verbatim
on a fresh copy of the repository; and nothing in the repository reads outside it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT

README = ROOT / "README.md"
# the sibling folder "shared" named by a relative or absolute path, or as `.parent / "…"`;
# spelt so that this file itself does not match
_SHARED = "sha" + "red"
OUTSIDE = re.compile(rf"\.\./{_SHARED}\b|/work/{_SHARED}\b|parent\s*/\s*[\"']{_SHARED}[\"']")


# what pip says when the package index cannot be reached (or stops answering half-way):
# the machine's network, not the README's command
NO_INDEX = ("No matching distribution", "Max retries exceeded", "Temporary failure in name resolution",
            "Read timed out", "Could not fetch URL", "Network is unreachable")


def two_commands() -> tuple[str, str]:
    """The build command and the test command, as the README's «Two commands» shows them."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)\n```", section, re.S)
    assert len(blocks) == 2, blocks
    return blocks[0].strip(), blocks[1].strip()


def test_ci_runs_exactly_the_readme_test_command():
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines[-1] == two_commands()[1]


@pytest.mark.parametrize("command", two_commands())
def test_readme_commands_never_pip_install_into_the_system_python(command):
    # Debian's python3 refuses `pip install` outside a virtual environment (PEP 668)
    assert command.startswith("python3 -m venv .venv && .venv/bin/pip install ")
    assert re.search(r"(?<![/\w])(pip|python3?) ", command.split("&&", 1)[1]) is None, command


def test_no_file_in_the_repository_reads_outside_it():
    tracked = repository_files()
    if not tracked:
        pytest.skip("not a git checkout")
    readers = []
    for name in tracked:
        path = ROOT / name
        if path.suffix not in {".py", ".yaml", ".yml", ".md", ".j2", ".toml", ""} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if OUTSIDE.search(text):
            readers.append(name)
    assert readers == [], "these files read outside the repository"


def test_every_source_file_named_by_a_facts_file_is_beside_it():
    from memogen.pipeline import EXAMPLE_FACTS, load_facts

    for facts_path in [*sorted((ROOT / "facts").glob("*.yaml")), EXAMPLE_FACTS]:
        facts = load_facts(facts_path).facts
        for source in facts.sources:
            if source.file:
                assert (facts_path.parent / source.file).is_file(), (facts_path, source.file)


def repository_files() -> list[str]:
    """The files a fresh clone holds (plus new ones not yet committed)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    ).stdout.splitlines()
    return [name for name in listed if (ROOT / name).is_file()]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_the_build_command_works_verbatim_on_a_fresh_copy(tmp_path):
    """The README's build command through `sh` in a fresh copy, as a new user types it."""
    clone = tmp_path / "memogen"
    files = repository_files()
    if not files:
        pytest.skip("not a git checkout")
    for name in files:
        (clone / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, clone / name)
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    python_dir = str(Path(sys.base_prefix) / "bin")
    env["PATH"] = os.pathsep.join([python_dir, *[p for p in env.get("PATH", "").split(os.pathsep) if p and ".venv" not in p]])
    result = subprocess.run(
        ["sh", "-c", two_commands()[0]], cwd=clone, env=env, capture_output=True, text=True, timeout=900
    )
    if result.returncode and any(sign in result.stderr for sign in NO_INDEX):
        pytest.skip("no package index reachable to install memogen's dependencies")
    assert result.returncode == 0, result.stderr[-3000:]
    assert (clone / "output" / "vologda-2025.pdf").read_bytes().startswith(b"%PDF-")
    assert (clone / "output" / "vologda-2025.docx").read_bytes().startswith(b"PK")
