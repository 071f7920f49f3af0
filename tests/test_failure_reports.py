"""A failing test shows built files by name, size and digest and says what differs
(never a wall of escaped bytes): the hypothesis catalogue's report above all, whose
arguments and comparisons hold whole memos."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap

from outputs import Blob, blobs, differences
from paths import ROOT


def _pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    page.drawString(72, 720, text)
    page.save()
    return out.getvalue()


def test_a_blob_is_bytes_shown_short():
    data = bytes(range(256)) * 100
    blob = Blob(data)
    assert blob == data and isinstance(blob, bytes) and io.BytesIO(blob).read() == data
    assert repr(blob).startswith("<25,600 bytes b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07' sha256 ")
    assert len(repr(blobs({"case.pdf": data}))) < 100


def test_differences_name_each_file_and_say_how_it_changed():
    before = {"case.pdf": _pdf("old title"), "case.docx": b"PK old", "gone.txt": b"x"}
    after = {"case.pdf": _pdf("new title"), "case.docx": b"PK old", "new.txt": b"yy"}
    lines = differences(before, after)
    assert lines[:2] == ["gone.txt: removed (1 bytes)", "new.txt: added (2 bytes)"]
    assert len(lines) == 3 and lines[2].startswith("case.pdf: ")
    assert "first difference at byte" in lines[2] and "text line 1: 'old title' -> 'new title'" in lines[2]
    assert differences(before, dict(before)) == []


FAILING = '''
from pathlib import Path

from hypothesis import given, settings, strategies as st

from memogen.errors import ExitCode
from outputs import blobs
from robustness.harness import Case, Result, check

OLD, NEW = {old!r}, {new!r}


@settings(max_examples=1, database=None, deadline=None)
@given(st.just(1))
def test_a_failed_run_changed_output(tmp_path_factory, n):
    ws = tmp_path_factory.mktemp("ws")
    (ws / "output").mkdir()
    (ws / "output" / "case.pdf").write_bytes(NEW)
    before = blobs({{"case.pdf": OLD}})
    case = Case("changed", code=ExitCode.INPUT, says=("case.yaml",))
    check(case, Result(ExitCode.INPUT, "", "error: case.yaml: bad\\n"), ws, before, ws / "cache")
'''


def test_a_failing_property_test_reports_what_differs_readably(tmp_path):
    old, new = _pdf("Приложение old") + bytes(range(256)) * 20, _pdf("Приложение new") + bytes(range(256)) * 20
    (tmp_path / "test_report.py").write_text(textwrap.dedent(FAILING.format(old=old, new=new)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT / "src")]),
           "HYPOTHESIS_STORAGE_DIRECTORY": str(tmp_path / "hypothesis")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_report.py"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False)
    report = done.stdout + done.stderr
    assert done.returncode == 1, report
    assert "changed: a failed run changed output/: case.pdf: " in report, report
    assert "first difference at byte" in report
    assert "before = {'case.pdf': <" in report  # the argument, by size and digest
    assert "\\x10\\x11\\x12" not in report, report  # none of the bytes themselves


def test_hypothesis_stores_nothing_in_the_repository():
    from hypothesis.configuration import storage_directory

    assert not storage_directory("constants", intent_to_write=False).path.resolve().is_relative_to(ROOT)
