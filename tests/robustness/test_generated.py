"""Generated cases for the catalogue: hypothesis replaces one field of the example facts
(any of them) with a value of the wrong type, an extreme number, control or exotic
Unicode, or a huge string, and runs `memogen build` on it in this process. Whatever it
draws, the run either builds sound files or stops with one message naming the facts
file, within the case's time and memory bounds, and never touches output/ when it fails.

The draw is derandomised (the same examples every run, so CI is reproducible); set
MEMOGEN_FUZZ_EXAMPLES to draw more while hunting."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from memogen.errors import ExitCode
from outputs import blobs

from .harness import EXAMPLE_TEXT, FACTS, Case, check, edit_facts, leftovers, make_workspace, run_in_process, snapshot

EXAMPLES = int(os.environ.get("MEMOGEN_FUZZ_EXAMPLES", "40"))


def _leaves(node, path=()) -> list[tuple]:
    """The path of every value in the example facts (mappings and lists too)."""
    out = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _leaves(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _leaves(value, (*path, i))
    return out


PATHS = _leaves(YAML(typ="safe").load(EXAMPLE_TEXT))

CONTROL = "\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\x85\x9f\u2028\u202e\u2066\ufeff\ufffe\uffff"
EXOTIC = "東京ტбилиси🙂شركةचाय\u0301\u200b\u00ad𝔘"
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e308, -1e308, 5e-324, 1e15, 1e16, 0, -1, 0.1]),
    st.sampled_from(["9999-12-31", "0001-01-01", "2025-02-30", "2025-08-25", "", " ", "2025-Q5", "null"]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.text(alphabet=st.sampled_from(list(CONTROL + EXOTIC + "абв «»№ ")), min_size=1, max_size=30),
    st.text(alphabet=st.sampled_from(list("абвгд ")), min_size=2000, max_size=5000),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.sampled_from(["text", "value", "x", "id"]), st.integers(), max_size=2),
)


@pytest.fixture(scope="module")
def earlier(built) -> dict[str, bytes]:
    return blobs({"case.pdf": built["pdf"], "case.docx": built["docx"]})


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(path=st.sampled_from(PATHS), value=VALUES)
def test_any_value_in_any_field(path, value, earlier, monkeypatch):
    case = Case(f"generated {path!r} = {value!r:.80}", facts=edit_facts(path, value), seconds=60)
    with tempfile.TemporaryDirectory(prefix="robustness-") as tmp, monkeypatch.context() as mp:
        ws = make_workspace(Path(tmp), case, earlier)
        before = snapshot(ws / "output")
        cache = Path(os.environ["MEMOGEN_CACHE_DIR"])  # the session's, shared with other tests
        stale = frozenset(leftovers(cache))
        result = run_in_process(case, ws, mp)
        case.code = result.code if result.code in (ExitCode.OK, ExitCode.INPUT) else ExitCode.INPUT
        case.says = (FACTS,)
        check(case, result, ws, before, cache, stale)
