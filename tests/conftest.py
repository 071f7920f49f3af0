"""Shared fixtures: a workspace copy of the repository's facts, and a private chart cache."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from outputs import blobs
from paths import EXAMPLE, ROOT, copy_example
from smtp_server import smtp_server, tls_files  # noqa: F401  (fixtures for the mail tests)


def pytest_configure(config):
    """What hypothesis stores (the constants it reads from the code as it collects,
    Unicode tables) goes to a temporary folder, not to .hypothesis/ in the repository."""
    if os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
        return
    from hypothesis.configuration import set_hypothesis_home_dir

    folder = tempfile.mkdtemp(prefix="memogen-hypothesis-")
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    set_hypothesis_home_dir(folder)


@pytest.fixture(autouse=True, scope="session")
def _chart_cache(tmp_path_factory):
    """Charts are cached per test session, never in the user's own cache."""
    mp = pytest.MonkeyPatch()
    mp.setenv("MEMOGEN_CACHE_DIR", str(tmp_path_factory.mktemp("chart-cache")))
    mp.delenv("SOURCE_DATE_EPOCH", raising=False)
    yield
    mp.undo()


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A fresh workspace holding the example facts file (and no output yet)."""
    copy_example(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> dict[str, bytes]:
    """The example memo built once in both formats: {"pdf": bytes, "docx": bytes}."""
    from memogen.pipeline import build

    out = tmp_path_factory.mktemp("built")
    result = build(EXAMPLE, ["pdf", "docx"], out, workspace=ROOT)
    return blobs({p.suffix[1:]: p.read_bytes() for p in result.outputs})
