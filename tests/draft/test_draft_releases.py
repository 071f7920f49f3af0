"""Every release memogen is measured on — the corpus it was tuned on (tests/data/releases/),
the later rounds (round2/ to round6/: each measured once, then tuned on) and the held-out
sets (heldout/ to heldout9/: written before the drafter saw them) — drafts a facts file that `memogen
validate` accepts as written and that builds into a memo in PDF and DOCX; the same release
drafts the same bytes; nothing is fetched from the network while drafting."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from tests.draft.known_defects import marked

from memogen.cli import main
from memogen.draft import draft_file
from memogen.errors import ExitCode
from memogen.pipeline import build
from paths import ROOT

RELEASES = ROOT / "tests" / "data" / "releases"
TUNED = sorted(RELEASES.glob("*.txt"))
HELD_OUT = sorted((RELEASES / "heldout").glob("*.txt"))
HELD_OUT_2 = sorted((RELEASES / "heldout2").glob("*.txt"))
HELD_OUT_3 = sorted((RELEASES / "heldout3").glob("*.txt"))
HELD_OUT_4 = sorted((RELEASES / "heldout4").glob("*.txt"))
HELD_OUT_5 = sorted((RELEASES / "heldout5").glob("*.txt"))
HELD_OUT_6 = sorted((RELEASES / "heldout6").glob("*.txt"))
HELD_OUT_7 = sorted((RELEASES / "heldout7").glob("*.txt"))
HELD_OUT_8 = sorted((RELEASES / "heldout8").glob("*.txt"))
HELD_OUT_9 = sorted((RELEASES / "heldout9").glob("*.txt"))
HELD_OUT_10 = sorted((RELEASES / "heldout10").glob("*.txt"))
HELD_OUT_11 = sorted((RELEASES / "heldout11").glob("*.txt"))
HELD_OUT_12 = sorted((RELEASES / "heldout12").glob("*.txt"))
HELD_OUT_13 = sorted((RELEASES / "heldout13").glob("*.txt"))
HELD_OUT_14 = sorted((RELEASES / "heldout14").glob("*.txt"))
LATEST = HELD_OUT_7 + HELD_OUT_8 + HELD_OUT_9
HELD_OUT_15 = sorted((RELEASES / "heldout15").glob("*.txt"))
LATEST += HELD_OUT_15
HELD_OUT_19 = sorted((RELEASES / "heldout19").glob("*.txt"))
LATEST += HELD_OUT_19
HELD_OUT_16 = sorted((RELEASES / "heldout16").glob("*.txt"))
LATEST += HELD_OUT_16
HELD_OUT_21 = sorted((RELEASES / "heldout21").glob("*.txt"))
LATEST += HELD_OUT_21
HELD_OUT_22 = sorted((RELEASES / "heldout22").glob("*.txt"))
LATEST += HELD_OUT_22
HELD_OUT_17 = sorted((RELEASES / "heldout17").glob("*.txt"))
LATEST += HELD_OUT_17
HELD_OUT_23 = sorted((RELEASES / "heldout23").glob("*.txt"))
LATEST += HELD_OUT_23
HELD_OUT_20 = sorted((RELEASES / "heldout20").glob("*.txt"))
LATEST += HELD_OUT_20
LATEST += HELD_OUT_10
LATEST += HELD_OUT_11
LATEST += HELD_OUT_12
LATEST += HELD_OUT_13
LATEST += HELD_OUT_14
HELD_OUT_18 = sorted((RELEASES / "heldout18").glob("*.txt"))
LATEST += HELD_OUT_18
HELD_OUT_24 = sorted((RELEASES / "heldout24").glob("*.txt"))
LATEST += HELD_OUT_24
HELD_OUT_25 = sorted((RELEASES / "heldout25").glob("*.txt"))
LATEST += HELD_OUT_25
HELD_OUT_26 = sorted((RELEASES / "heldout26").glob("*.txt"))
LATEST += HELD_OUT_26
ROUNDS = sorted(p for n in (2, 3, 4, 5, 6) for p in (RELEASES / f"round{n}").glob("*.txt"))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def test_the_second_and_held_out_sets_are_there_and_their_truth_quotes_their_text():
    assert len(HELD_OUT) >= 4 and len(HELD_OUT_2) >= 10 and len(HELD_OUT_3) >= 15 and len(HELD_OUT_4) >= 20
    assert len(HELD_OUT_5) >= 20 and len(HELD_OUT_6) >= 20 and len(HELD_OUT_7) >= 20
    assert len(HELD_OUT_8) >= 20 and len(HELD_OUT_9) >= 20
    assert len(HELD_OUT_15) >= 20
    assert len(HELD_OUT_19) >= 20
    assert len(HELD_OUT_16) >= 20
    assert len(HELD_OUT_21) >= 20
    assert len(HELD_OUT_22) >= 20
    assert len(HELD_OUT_17) >= 20
    assert len(HELD_OUT_23) >= 20
    assert len(HELD_OUT_20) >= 20
    assert len(HELD_OUT_10) >= 20
    assert len(HELD_OUT_11) >= 20
    assert len(HELD_OUT_12) >= 20
    assert len(HELD_OUT_13) >= 20
    assert len(HELD_OUT_14) >= 20
    assert len(HELD_OUT_18) >= 20
    assert len(HELD_OUT_24) >= 20
    assert len(HELD_OUT_25) >= 20
    assert len(HELD_OUT_26) >= 20
    for txt in HELD_OUT + HELD_OUT_2 + HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + LATEST + ROUNDS:
        expected = YAML(typ="safe").load(txt.with_suffix("").with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        assert expected["release"] == txt.stem
        assert txt.read_text(encoding="utf-8").startswith("# source: ")
        for figure in expected["figures"]:
            assert figure["quote"] in body(txt), f"{txt.stem}: {figure['id']}"


ALL = TUNED + ROUNDS + HELD_OUT + HELD_OUT_2 + HELD_OUT_3 + HELD_OUT_4 + HELD_OUT_5 + HELD_OUT_6 + LATEST


@pytest.mark.parametrize("release", marked(ALL), ids=lambda p: p.stem)
def test_a_drafted_release_validates_as_written_and_builds(release, tmp_path):
    path = tmp_path / f"{release.stem}.yaml"
    code, _, err = run("draft", str(release), "-o", str(path))
    assert code == ExitCode.OK, err
    code, out, err = run("validate", str(path))
    assert code == ExitCode.OK, err
    built = build(path, ["pdf", "docx"], tmp_path / "out", workspace=ROOT)
    sizes = {p.suffix: p.stat().st_size for p in built.outputs}
    assert sizes.get(".pdf", 0) > 1000 and sizes.get(".docx", 0) > 1000, sizes


def test_the_same_release_drafts_the_same_bytes(tmp_path):
    for release in (TUNED[0], HELD_OUT[0]):
        first = draft_file(release, out=tmp_path / "a.yaml").yaml
        assert draft_file(release, out=tmp_path / "a.yaml").yaml == first


def test_drafting_opens_no_network_connection(monkeypatch, tmp_path):
    def refuse(*args, **kwargs):
        raise AssertionError("memogen draft tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for release in HELD_OUT:
        assert draft_file(release, out=tmp_path / "x.yaml").facts.figures
