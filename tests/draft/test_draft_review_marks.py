"""Review marks on every drafted release: each item of the draft says how sure it is, and
every sentence of the release that holds a number is either quoted by a drafted item or
listed at the end of the file, so nothing in a release is skipped silently."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from razdel import sentenize
from tests.draft.known_defects import marked

from memogen.draft import draft_file
from paths import ROOT

RELEASES = ROOT / "tests" / "data" / "releases"
ALL = sorted(RELEASES.glob("*.txt")) + sorted(RELEASES.glob("*/*.txt"))
LISTS = ("figures", "officials", "events", "agreements", "proposals", "sectors")
LISTED = "# Sentences holding a number or a named party that the draft could not place:"


def body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    text = "\n".join(lines)
    return re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", text)  # a crawler's header line, as the drafter drops it


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def listed_at_the_end(yaml: str) -> str:
    """The sentences of the closing comment, unwrapped."""
    if LISTED not in yaml:
        return ""
    lines = yaml.split(LISTED, 1)[1].splitlines()
    return flat(" ".join(re.sub(r"^#\s?-?\s*", "", line) for line in lines if line.startswith("#")))


@pytest.mark.parametrize("release", marked(ALL), ids=lambda p: p.stem)
def test_every_item_says_how_sure_and_no_sentence_with_a_number_is_skipped(release, tmp_path):
    yaml = draft_file(release, out=tmp_path / "x.yaml").yaml
    section = None
    for line in yaml.splitlines():
        if re.match(r"^[a-z]", line):
            section = line.split(":")[0]
        elif section in LISTS and line.startswith("  - "):
            assert re.search(r"# draft: (sure|check|guess) — ", line), line
    quoted = flat(" ".join(re.findall(r"quote: (.+)", yaml)))
    ending = listed_at_the_end(yaml)
    # a line break ends a sentence, as the drafter reads a release (a headline has no closing stop)
    for sentence in (flat(s.text) for line in body(release).splitlines() for s in sentenize(line)):
        if re.search(r"\d", sentence):
            core = sentence.strip("«»\"“” ")[:60]
            assert core in quoted or core in ending, f"{release.stem}: skipped «{sentence}»"


def test_a_sentence_with_an_amount_left_undrafted_is_listed_even_when_another_was_drafted(tmp_path):
    import datetime as dt

    release = tmp_path / "r.txt"
    release.write_text(
        "За пять лет губернаторы встречались 9 раз, а в 2024 году в Омскую область поставлено 12 единиц "
        "белорусской техники.",
        encoding="utf-8",
    )
    drafted = draft_file(release, date=dt.date(2025, 3, 1), out=tmp_path / "r.yaml")
    assert [(f.value, str(f.period)) for f in drafted.facts.figures] == [(12, "2024")]
    assert "За пять лет губернаторы встречались 9 раз" in listed_at_the_end(drafted.yaml)
