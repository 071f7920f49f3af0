"""Curated expected files of the open release sets say exactly what their release says.

A value written unquoted inside a YAML flow mapping (``{… stated: вырос на 18,4 %}``) is
cut at its first comma: the loader keeps «вырос на 18» and turns «4 %» into a stray key.
Such a cut once passed unnoticed in a dozen files, so every open set is checked here:
every mapping key is a field name, and every `stated` words value of a figure (its value,
growth, share, rank) is the release's own words, cut nowhere.

Only the sets open for tuning are listed; the never-tuned measure set is not read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

RELEASES = Path(__file__).parent / "data" / "releases"
OPEN_SETS = ("", "round2", "round3", "round4", "round5", "round6", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17")
EXPECTED = [path for name in OPEN_SETS for path in sorted((RELEASES / name).glob("*.expected.yaml"))]
PARTS = ("value", "growth", "share", "rank")
# A note that says where a growth, share or rank stated apart from the quote is:
# «the growth is stated in the next sentence», «the share … two paragraphs earlier».
ELSEWHERE = {
    part: re.compile(rf"\b(?:{words})\b[^;.]*?\b(?:sentences?|paragraphs?)\b")
    for part, words in (("growth", "growth|fall|rise"), ("share", "share"), ("rank", "rank|place"))
}
FIELD = re.compile(r"^[a-z_]+$")
ELLIPSIS = "…"


def _ids(path: Path) -> str:
    return str(path.relative_to(RELEASES))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _stray_keys(node: object, where: str) -> list[str]:
    """Keys that are no field name: the tail of a value cut at a comma."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if not (isinstance(key, str) and FIELD.match(key)):
                found.append(f"{where}: {key!r}")
            found += _stray_keys(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _stray_keys(value, f"{where}[{index}]")
    return found


def _found_whole(words: str, text: str) -> bool:
    """The words (pieces around «…» in order) are in the text and not cut before «,digit»."""
    start = 0
    for piece in (p.strip() for p in words.split(ELLIPSIS)):
        if not piece:
            continue
        at = text.find(piece, start)
        while at >= 0 and re.match(r",\d", text[at + len(piece) :]):
            at = text.find(piece, at + 1)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", EXPECTED, ids=_ids)
def test_every_key_is_a_field_name(path: Path) -> None:
    assert _stray_keys(_load(path), "") == []


def _stated_elsewhere(figure: dict, part: str) -> bool:
    """The figure's note says this part is stated in another sentence or paragraph."""
    return part in ELSEWHERE and bool(ELSEWHERE[part].search(figure.get("note") or ""))


@pytest.mark.parametrize("path", EXPECTED, ids=_ids)
def test_stated_words_are_the_release_words(path: Path) -> None:
    """In the figure's quote; or, for a growth, share or rank stated in another sentence,
    in the release text, with a note on the figure saying where (a note about something
    else is no licence)."""
    release = _flat(path.with_name(path.name.replace(".expected.yaml", ".txt")).read_text(encoding="utf-8"))
    wrong = []
    for figure in _load(path).get("figures") or []:
        quote = _flat(figure["quote"])
        for part in PARTS:
            stated = (figure.get(part) or {}).get("stated")
            if stated is None or _found_whole(_flat(stated), quote):
                continue
            if not _stated_elsewhere(figure, part) or not _found_whole(_flat(stated), release):
                wrong.append(f"{figure['id']} {part}: {stated!r}")
    assert wrong == []


@pytest.mark.parametrize("path", EXPECTED, ids=_ids)
def test_a_fall_by_a_multiple_is_a_factor_with_fall(path: Path) -> None:
    """«снизился в 1,5 раза» is `{kind: times, value: "1.5", fall: true}`: never a negative
    factor, and `fall` only with a factor above 1."""
    wrong = []
    for figure in _load(path).get("figures") or []:
        growth = figure.get("growth") or {}
        value = growth.get("value")
        if growth.get("kind") == "times" and value is not None and float(value) <= (1 if growth.get("fall") else 0):
            wrong.append(f"{figure['id']}: times {value}")
        if growth.get("fall") and growth.get("kind") != "times":
            wrong.append(f"{figure['id']}: fall with {growth.get('kind')}")
    assert wrong == []


def test_the_checks_catch_a_cut() -> None:
    cut = YAML(typ="safe").load("growth: {kind: change, stated: вырос на 18,4 %}")
    assert _stray_keys(cut, "") == [".growth: '4 %'"]
    assert not _found_whole("вырос на 18", "Экспорт вырос на 18,4 %.")
    assert _found_whole("вырос на 18,4 %", "Экспорт вырос на 18,4 %.")
    assert _found_whole("входит … и занимает", "Она входит в десятку и занимает восьмое место.")
    assert not _found_whole("занимает … входит", "Она входит в десятку и занимает восьмое место.")


def test_all_open_sets_are_read() -> None:
    assert len(EXPECTED) > 60
    assert any("heldout6" in path.parts for path in EXPECTED)


def test_a_set_is_open_exactly_when_it_holds_no_never_open_file():
    """A set written as never tuned on keeps a `NEVER-OPEN` file (bench_draft leaves it out of
    its default run) until it is opened, which adds it to OPEN_SETS in the same commit."""
    sets = {f.name for f in RELEASES.iterdir() if f.is_dir() and any(f.glob("*.expected.yaml"))}
    never = {name for name in sets if (RELEASES / name / "NEVER-OPEN").is_file()}
    assert never == sets - set(OPEN_SETS)
