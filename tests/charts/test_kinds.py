"""The chart kinds are one registry (`memogen.charts.spec.KINDS`): everything else that
names or handles a kind agrees with it."""

from __future__ import annotations

import inspect
from typing import get_args

import pytest

import memogen.charts.cache as chart_cache
from memogen.charts import alt
from memogen.charts.spec import KINDS, ChartSpec
from memogen.compose.exhibits import CHARTS
from memogen.facts.model import ChartKind


def test_facts_files_and_templates_name_the_same_kinds():
    assert tuple(KINDS) == get_args(ChartKind)
    assert list(CHARTS) == list(KINDS)


def test_the_spec_union_holds_exactly_the_registered_kinds():
    assert set(get_args(ChartSpec)) == set(KINDS.values())


@pytest.mark.parametrize("name", KINDS)
def test_every_kind_is_drawn_and_described(name):
    cls = KINDS[name].__name__
    from memogen.charts import _draw

    assert f"case {cls}():" in inspect.getsource(_draw._draw)
    assert f"case {cls}():" in inspect.getsource(alt.alt_text)


def test_the_code_version_follows_the_drawing_code(monkeypatch, tmp_path):
    original = chart_cache._code_version()
    assert original == chart_cache.CHART_CODE_VERSION
    for name in ("spec.py", "_draw.py", "_render.py", "alt.py"):
        (tmp_path / name).write_bytes((chart_cache.Path(chart_cache.__file__).parent / name).read_bytes())
    monkeypatch.setattr(chart_cache, "__file__", str(tmp_path / "cache.py"))
    assert chart_cache._code_version() == original
    (tmp_path / "_draw.py").write_bytes((tmp_path / "_draw.py").read_bytes() + b"\n# a change\n")
    assert chart_cache._code_version() != original
