"""reportlab's two costly import-time patterns, compiled only when used
(memogen.writers.pdf_patterns), and its URL splitting asked only about URLs."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from reportlab.platypus import paragraph as rl

from memogen.writers import pdf_breaks
from memogen.writers.pdf_patterns import DeferredPattern
from paths import EXAMPLE, ROOT

# A fresh process: what imports reportlab there, and whether a build compiles the patterns.
PROBE = f"""
import re, sys
real = re.compile
from memogen.writers import pdf
assert re.compile is real, "re.compile left patched"
from reportlab.lib import textsplit
from reportlab.platypus import paragraph
from pathlib import Path
from memogen.pipeline import render
patterns = (paragraph.uri_pat, textsplit.rx)
print(*(type(p).__name__ for p in patterns))
render(Path({str(EXAMPLE)!r}), ["pdf"], Path({str(ROOT)!r}), workspace=Path({str(ROOT)!r}))
print(*("compiled" in vars(p) for p in patterns))
"""


def test_the_example_builds_without_compiling_them(tmp_path):
    env = {**os.environ, "MEMOGEN_CACHE_DIR": str(tmp_path), "SOURCE_DATE_EPOCH": "1700000000"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
                            check=False)
    assert result.returncode == 0, result.stderr
    deferred, compiled = result.stdout.split("\n")[:2]
    assert deferred == "DeferredPattern DeferredPattern", "reportlab no longer compiles them as pdf_patterns expects"
    assert compiled == "False False", "the example (no URL at a line end) compiled them"


def test_a_deferred_pattern_matches_as_the_compiled_one():
    deferred = DeferredPattern(r"(^[a-z]+://)([a-z\xa1-\uffff.]+)", re.I)
    compiled = re.compile(deferred.pattern, deferred.flags)
    for text in ("HTTPS://пример.рф", "mailto:x", "ftp://a.b"):
        got, want = deferred.match(text), compiled.match(text)
        assert (got and got.groups()) == (want and want.groups())
    assert deferred.sub("-", "ab://c") == compiled.sub("-", "ab://c")


def test_url_splitting_is_asked_only_about_urls():
    assert rl._uri_split_pairs is pdf_breaks._uri_split_pairs
    assert pdf_breaks._uri_split_pairs("сотрудничества") is None
    url = "https://government.by/upload/docs/file.pdf"
    assert pdf_breaks._uri_split_pairs(url) == pdf_breaks._uri_pairs(url)
    assert pdf_breaks._uri_split_pairs(url.encode()) == pdf_breaks._uri_pairs(url)
    assert pdf_breaks._uri_split_pairs(url)  # a URL still breaks where reportlab breaks it
