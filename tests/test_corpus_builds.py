"""The release corpus (tests/data/releases/) built into memos: every facts file there →
PDF and DOCX, read back. Each expected reading of a curated figure is in each output,
and every number printed is stated in the facts file or a documented computed figure.

Picks up every release the corpus holds: adding `NAME.txt`, `NAME.expected.yaml` and
`facts/NAME.yaml` adds its cases here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from memogen import russian
from memogen.pipeline import build, load_facts
from paths import ROOT
from readback import all_text, docx_words, squash

RELEASES = ROOT / "tests" / "data" / "releases"
FACTS = sorted((RELEASES / "facts").glob("*.yaml"))
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
TOKEN = re.compile(r"\d+(?:,\d+)?")


@pytest.fixture(scope="module", params=FACTS, ids=lambda p: p.stem)
def case(request, tmp_path_factory) -> dict:
    path: Path = request.param
    built = build(path, ["pdf", "docx"], tmp_path_factory.mktemp(path.stem), workspace=ROOT)
    data = {p.suffix[1:]: p.read_bytes() for p in built.outputs}
    expected = YAML(typ="safe").load((RELEASES / f"{path.stem}.expected.yaml").read_text(encoding="utf-8"))
    return {
        "path": path,
        "loaded": load_facts(path),
        "expected": expected,
        "texts": {
            "pdf": squash(re.sub(r"(\w)-\n(\w)", r"\1\2", all_text(data["pdf"]))),
            "docx": docx_words(data["docx"]),
        },
    }


def test_the_corpus_is_there():
    assert len(FACTS) >= 8, "tests/data/releases/facts/ holds the curated releases"


def _pending(case: dict) -> None:
    """A facts file still marked `TODO(truth)` waits for its curation to use the model;
    its readings are checked once the marks are gone (the test then passes or fails)."""
    if "TODO(truth)" in case["path"].read_text(encoding="utf-8"):
        pytest.xfail("curation pending: the facts file still has TODO(truth) marks")


def test_a_corpus_facts_file_validates_without_warnings(case):
    _pending(case)
    warnings = [f"{w.figure_id}: {w.message}" for w in case["loaded"].warnings]
    assert warnings == []


def _readings(expected: dict, curated: set[str]) -> list[tuple[str, list[str]]]:
    """(figure id, alternatives) of every expected reading of a curated figure."""
    out = []
    for fig in expected.get("figures") or []:
        if fig["id"] not in curated:
            continue
        for item in fig.get("reads") or []:
            out.append((fig["id"], [str(a) for a in (item if isinstance(item, list) else [item])]))
    return out


def test_every_expected_reading_is_in_both_formats(case):
    _pending(case)
    curated = {f.id for f in case["loaded"].facts.figures}
    missing = [
        f"{fmt}: {fid}: {' | '.join(alternatives)}"
        for fid, alternatives in _readings(case["expected"], curated)
        for fmt, text in case["texts"].items()
        if not any(squash(a) in text for a in alternatives)
    ]
    assert missing == []


def _plain(number: str) -> str:
    return re.sub(r"[ \u00a0]", "", number)


def _allowed(case: dict) -> set[str]:
    """Numbers a memo may print: those written in the facts file (values, periods, dates
    and words alike, «678.1» read as «678,1») and the computed figures as printed."""
    raw = case["path"].read_text(encoding="utf-8")
    stated = {_plain(n).replace(".", ",") for n in re.findall(r"\d[\d_ ]*(?:[.,]\d+)?", raw)}
    stated |= {_plain(n) for n in NUMBER.findall(raw.replace(".", ","))}
    loaded = case["loaded"]
    computed = {_plain(russian.number(c.value, c.digits)) for c in loaded.figures.computed}
    return stated | computed | {"100"}  # the whole of a share chart: «… = 100 %»


def test_every_printed_number_is_stated_or_computed(case):
    """Years, day and month numbers, page, section and table numbers are small or
    dates; every other number (and every decimal) must come from the facts or be a
    computed figure that `validate --explain` lists."""
    allowed = _allowed(case)
    odd = set()
    for fmt, text in case["texts"].items():
        tokens = TOKEN.findall(text)
        for n, token in enumerate(tokens):
            if not _fine(token, allowed) and not _grouped(tokens, n, text, allowed):
                odd.add(f"{fmt}: {token}")
    assert sorted(odd) == []


def _fine(token: str, allowed: set[str]) -> bool:
    small = "," not in token and int(token) < 100
    year = "," not in token and 1990 <= int(token) <= 2100
    return small or year or token in allowed


def _grouped(tokens: list[str], n: int, text: str, allowed: set[str]) -> bool:
    """A token that is a group of a larger number («15 100»): the reader's text turns
    the no-break space of grouping into a space, so neighbours are tried together."""
    for first in range(max(0, n - 3), n + 1):
        for last in range(n, min(len(tokens), n + 4)):
            joined = " ".join(tokens[first : last + 1])
            if joined in text and _plain(joined) in allowed and last > first:
                return True
    return False
