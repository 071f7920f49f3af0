"""The corpus of real releases in tests/data/releases/ is complete and self-consistent.

Every release text has its hand-curated expected file; expected files parse, carry the
fields tests/data/releases/README.md requires, and quote their own text; every facts
file of the corpus passes `memogen validate`.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

RELEASES = Path(__file__).parent / "data" / "releases"
TEXTS = sorted(RELEASES.glob("*.txt"))
EXPECTED = sorted(RELEASES.glob("*.expected.yaml"))
FACTS = sorted((RELEASES / "facts").glob("*.yaml"))

SOURCE_LINE = re.compile(r"^# source: (?P<address>.+?) · (?P<date>\d{4}-\d{2}-\d{2})(?: \(.+\))?$")
PERIOD = re.compile(r"^\d{4}(-\d{2}(\.\.\d{4}-\d{2})?)?$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")

INDICATORS = {"turnover", "exports", "imports", "balance", "product", "count", "contracts", "rank", "share"}
HEDGES = {None, "более", "свыше", "почти", "около", "порядка", "не менее", "до", "менее"}
SCALES = {None, "тыс.", "млн", "млрд", "трлн"}
STATUSES = {"actual", "preliminary", "estimate", "forecast", "target"}
DIRECTIONS = {None, "ours_to_partner", "partner_to_ours"}
GROWTH_KINDS = {"index", "change", "times"}
SIDES = {"ours", "partner", "third"}
PARTNER_KINDS = {"region", "country", "city", "organisation"}


def stem(path: Path) -> str:
    return path.name.split(".")[0]


def release_text(path: Path) -> str:
    """The text below the leading `#` lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def squash(text: str) -> str:
    return " ".join(text.split())


def load_expected(path: Path) -> dict:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def test_corpus_has_enough_releases() -> None:
    assert len(TEXTS) >= 10


def test_every_text_has_its_expected_file_and_back() -> None:
    assert {stem(p) for p in TEXTS} == {stem(p) for p in EXPECTED}


def test_every_facts_file_belongs_to_a_release() -> None:
    assert {p.stem for p in FACTS} <= {stem(p) for p in TEXTS}


@pytest.mark.parametrize("path", TEXTS, ids=stem)
def test_text_starts_with_its_source_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = SOURCE_LINE.match(first)
    assert match, f"{path.name}: line 1 must be '# source: ADDRESS · YYYY-MM-DD', got {first!r}"
    expected = load_expected(RELEASES / f"{stem(path)}.expected.yaml")
    assert dt.date.fromisoformat(match["date"]) == expected["source"]["date"]
    assert 300 < len(release_text(path).encode()) < 10_000


def check_value(where: str, value: dict | None, text: str) -> None:
    if value is None:
        return
    for key in ("number", "scale", "unit", "stated"):
        assert key in value, f"{where}: value needs {key}"
    assert isinstance(value["number"], str) and NUMBER.match(value["number"]), where
    assert value["scale"] in SCALES, f"{where}: scale {value['scale']!r}"
    assert squash(value["stated"]) in text, f"{where}: {value['stated']!r} is not in the text"
    if "upper" in value:
        assert NUMBER.match(value["upper"]["number"]) and value["upper"]["scale"] in SCALES
    if "out_of" in value:  # the whole of a count «118 из 210»
        assert NUMBER.match(value["out_of"]), where


def check_growth(where: str, growth: dict | None) -> None:
    if growth is None:
        return
    for key in ("kind", "value", "hedge", "versus", "stated"):
        assert key in growth, f"{where}: growth needs {key}"
    assert growth["kind"] in GROWTH_KINDS, where
    assert NUMBER.match(growth["value"]), where
    assert growth["hedge"] in HEDGES, where


def check_reads(where: str, reads: list) -> None:
    assert reads, f"{where}: a figure needs at least one reading"
    for item in reads:
        options = item if isinstance(item, list) else [item]
        assert options and all(isinstance(o, (str, int)) and str(o).strip() for o in options), where


def check_figure(where: str, figure: dict, text: str) -> None:
    required = (
        "id",
        "indicator",
        "period",
        "period_stated",
        "value",
        "hedge",
        "growth",
        "status",
        "direction",
        "quote",
        "reads",
    )
    for key in required:
        assert key in figure, f"{where}: missing {key}"
    assert figure["indicator"] in INDICATORS, where
    period = figure["period"]
    assert period is None or PERIOD.match(str(period)), f"{where}: period {period!r}"
    assert figure["hedge"] in HEDGES, f"{where}: hedge {figure['hedge']!r}"
    assert figure["status"] in STATUSES, where
    assert figure["direction"] in DIRECTIONS, where
    assert squash(figure["quote"]) in text, f"{where}: the quote is not in the text"
    check_value(where, figure["value"], text)
    check_growth(where, figure["growth"])
    if figure["indicator"] == "rank":
        assert {"place", "holder", "among", "stated"} <= set(figure["rank"]), where
    if figure["indicator"] == "share":
        assert NUMBER.match(figure["share"]["percent"]), where
    if figure["value"] is None and figure["indicator"] not in ("rank", "share"):
        assert figure["growth"], f"{where}: a figure without a value must state growth"
    check_reads(where, figure["reads"])


@pytest.mark.parametrize("path", EXPECTED, ids=stem)
def test_expected_file_is_complete_and_quotes_its_text(path: Path) -> None:
    expected = load_expected(path)
    name = stem(path)
    assert expected["release"] == name
    assert {"url", "date", "date_exact"} <= set(expected["source"])
    assert isinstance(expected["source"]["date"], dt.date)
    partner = expected["partner"]
    assert partner["kind"] in PARTNER_KINDS and partner["name"]
    text = squash(release_text(RELEASES / f"{name}.txt"))
    ids = [f["id"] for f in expected["figures"]]
    assert ids and len(ids) == len(set(ids)), f"{name}: figure ids must be unique"
    for figure in expected["figures"]:
        check_figure(f"{name}: {figure.get('id')}", figure, text)
    for key in ("officials", "companies", "events", "agreements", "proposals"):
        assert isinstance(expected[key], list), f"{name}: {key} must be a list"
    for person in expected["officials"]:
        assert person["side"] in SIDES and person["name"] and person["position"], name
    for company in expected["companies"]:
        assert company["side"] in SIDES and company["name"], name


def test_corpus_covers_the_cases_the_issues_name() -> None:
    figures = [f for p in EXPECTED for f in load_expected(p)["figures"]]
    partners = {load_expected(p)["partner"]["kind"] for p in EXPECTED}
    units = {f["value"]["unit"] for f in figures if f["value"]}
    scales = {f["value"]["scale"] for f in figures if f["value"]}
    assert {"region", "country"} <= partners
    assert {"USD", "RUB"} <= units
    assert {"тыс.", "млн", "млрд"} <= scales
    assert any(f["growth"] and f["growth"]["hedge"] for f in figures), "hedged growth"
    assert {"forecast", "target"} <= {f["status"] for f in figures}
    assert any(f["indicator"] == "count" for f in figures)
    assert any(f.get("rank") and "Беларусь" in f["rank"]["holder"] for f in figures)
    assert any(f["period"] and ".." in str(f["period"]) for f in figures), "part-year period"
    assert {"ours_to_partner", "partner_to_ours"} <= {f["direction"] for f in figures}


def quotes(node: object) -> list[str]:
    """Every `quote` anywhere in a parsed facts file."""
    if isinstance(node, dict):
        found = [node["quote"]] if isinstance(node.get("quote"), str) else []
        return found + [q for v in node.values() for q in quotes(v)]
    if isinstance(node, list):
        return [q for v in node for q in quotes(v)]
    return []


@pytest.mark.parametrize("path", FACTS, ids=lambda p: p.stem)
def test_facts_file_quotes_its_release_word_for_word(path: Path) -> None:
    facts = load_expected(path)
    assert [s.get("file") for s in facts["sources"]] == [f"../{path.stem}.txt"]
    text = squash(release_text(RELEASES / f"{path.stem}.txt"))
    missing = [q for q in quotes(facts) if squash(q) not in text]
    assert not missing, f"{path.name}: quotes not in the release: {missing}"


@pytest.mark.parametrize("path", FACTS, ids=lambda p: p.stem)
def test_facts_file_validates(path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "memogen", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
