"""The quality gate, run by the README's test command so CI enforces it: ruff and mypy
(configured in pyproject.toml, where the rule set is justified) and short functions."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "memogen"
MAX_LINES = 60

# Functions in src/ over MAX_LINES today, with their length now. The list only shrinks:
# split a function and delete its line here; a listed function may not grow, and no
# other function may pass the limit.
TOO_LONG_TODAY = {
}


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{module} is not installed: run  python3 -m pip install -e '.[test]'")
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, (
        f"ruff check found problems (`ruff check --fix .` mends the ones marked [*]):\n"
        f"{result.stdout}{result.stderr}"
    )


def test_mypy_finds_nothing():
    result = _run("mypy")
    assert result.returncode == 0, f"mypy found problems:\n{result.stdout}{result.stderr}"


def function_lengths(root: Path = SRC) -> dict[str, int]:
    """`file:Class.function` → its length in lines (def line to last line), nested ones too."""
    lengths: dict[str, int] = {}

    def walk(node: ast.AST, file: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = prefix + child.name
                lengths[f"{file}:{name}"] = (child.end_lineno or child.lineno) - child.lineno + 1
                walk(child, file, name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, file, prefix + child.name + ".")
            else:
                walk(child, file, prefix)

    for path in sorted(root.rglob("*.py")):
        walk(ast.parse(path.read_text(encoding="utf-8")), path.relative_to(root).as_posix(), "")
    return lengths


def test_no_function_is_longer_than_60_lines():
    lengths = function_lengths()
    too_long = {name: n for name, n in lengths.items() if n > MAX_LINES}
    new = {name: n for name, n in too_long.items() if name not in TOO_LONG_TODAY}
    grown = {name: n for name, n in too_long.items() if n > TOO_LONG_TODAY.get(name, n)}
    assert not new, f"functions over {MAX_LINES} lines; split them: {new}"
    assert not grown, f"listed long functions grew; split them instead: {grown}"


def test_the_list_of_long_functions_holds_no_stale_entry():
    lengths = function_lengths()
    stale = sorted(name for name in TOO_LONG_TODAY if lengths.get(name, 0) <= MAX_LINES)
    assert not stale, f"split or gone, so delete from TOO_LONG_TODAY in {Path(__file__).name}: {stale}"


def test_the_length_check_sees_nested_and_method_functions(tmp_path):
    (tmp_path / "m.py").write_text(
        "class A:\n    def f(self):\n        def g():\n            pass\n        return g\n", encoding="utf-8"
    )
    assert function_lengths(tmp_path) == {"m.py:A.f": 4, "m.py:A.f.g": 2}


def test_tests_share_helpers_through_modules_not_conftest():
    """conftest.py holds fixtures; shared helpers live in readback.py, paths.py and the
    like, so `from conftest import` (which pytest may import twice) is never needed."""
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "conftest" or (
                isinstance(node, ast.Import) and any(a.name == "conftest" for a in node.names)
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"import from tests/paths.py or tests/readback.py instead: {offenders}"
