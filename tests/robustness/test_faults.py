"""Issue 12's faults that only real processes show: a build killed at any moment (kill -9,
`kill`, Ctrl+C) and several builds writing into one folder at once.

Whenever a build is stopped, each memo in output/ is either the earlier good one or the
new one, whole: never a truncated, empty or missing file. Stopped by `kill` or Ctrl+C,
memogen also removes its temporary files and says one word; after kill -9 nothing can
clean up, so a hidden `.NAME.PID-….tmp` may stay (never under a memo's own name), and the
next build works as ever and removes it. A signal while a library is being imported (the import then
fails) is still an interruption, not a bug."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from memogen.errors import ExitCode
from outputs import blobs

from .harness import EXAMPLE, ROOT, TEMP_NAME, check_output, edit_facts

FORMATS = ("case.pdf", "case.docx")


def _env(cache: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "MEMOGEN_CACHE_DIR": str(cache)}


def _workspace(root: Path, title: str | None = None) -> Path:
    ws = root / "ws"
    (ws / "facts").mkdir(parents=True)
    if (EXAMPLE.parent / "sources").is_dir():
        shutil.copytree(EXAMPLE.parent / "sources", ws / "facts" / "sources")
    text = EXAMPLE.read_text(encoding="utf-8") if title is None else edit_facts(("memo", "title"), title)
    (ws / "facts" / "case.yaml").write_text(text, encoding="utf-8")
    return ws


def _start(ws: Path, cache: Path, *extra: str) -> subprocess.Popen:
    argv = [sys.executable, "-m", "memogen", "--workspace", str(ws), "build", str(ws / "facts" / "case.yaml"),
            "--format", "all", *extra]
    return subprocess.Popen(argv, env=_env(cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)


def _build(ws: Path, cache: Path) -> dict[str, bytes]:
    child = _start(ws, cache)
    out, err = child.communicate(timeout=180)
    assert child.returncode == 0, err
    return blobs({name: (ws / "output" / name).read_bytes() for name in FORMATS})


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> dict[str, object]:
    """The earlier memo (the example), the new one (another title), the seconds a
    whole build takes, and a warm chart cache, so that kills land in every stage."""
    root = tmp_path_factory.mktemp("faults")
    cache = root / "cache"
    old = _build(_workspace(root / "old"), cache)
    started = time.monotonic()
    new = _build(_workspace(root / "new", title="о новом заголовке записки"), cache)
    return {"old": old, "new": new, "seconds": time.monotonic() - started, "cache": cache}


def _stop_at(tmp_path: Path, versions, fraction: float, sig: int) -> tuple[subprocess.Popen, str, Path]:
    ws = _workspace(tmp_path, title="о новом заголовке записки")
    (ws / "output").mkdir()
    for name, data in versions["old"].items():
        (ws / "output" / name).write_bytes(data)
    child = _start(ws, versions["cache"])
    time.sleep(versions["seconds"] * fraction)
    child.send_signal(sig)
    _, err = child.communicate(timeout=180)
    return child, err, ws


def _each_memo_old_or_new(ws: Path, versions) -> None:
    for name in FORMATS:
        data = (ws / "output" / name).read_bytes()
        assert data in (versions["old"][name], versions["new"][name]), f"{name} is neither the old nor the new memo"
        check_output(ws / "output" / name)


FRACTIONS = (0.15, 0.5, 0.85, 1.0, 1.1)


@pytest.mark.slow
@pytest.mark.parametrize("fraction", FRACTIONS)
def test_kill_9_at_any_moment_leaves_old_or_new_memos(tmp_path, versions, fraction):
    child, err, ws = _stop_at(tmp_path, versions, fraction, signal.SIGKILL)
    assert child.returncode in (-signal.SIGKILL, 0), err
    _each_memo_old_or_new(ws, versions)
    names = {p.name for p in (ws / "output").iterdir()}
    assert names - set(FORMATS) <= {n for n in names if TEMP_NAME.match(n)}, names
    assert _build(ws, versions["cache"]) == versions["new"]  # and the next build works as ever,
    assert sorted(p.name for p in (ws / "output").iterdir()) == sorted(FORMATS)  # removing what was left


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["kill", "ctrl-c"])
@pytest.mark.parametrize("fraction", FRACTIONS)
def test_kill_or_ctrl_c_at_any_moment_cleans_up(tmp_path, versions, fraction, sig):
    child, err, ws = _stop_at(tmp_path, versions, fraction, sig)
    code = ExitCode.TERMINATED if sig == signal.SIGTERM else ExitCode.INTERRUPTED
    # -sig: the signal came before memogen took it over (at start-up) or after it let go
    # (at exit, with every file written)
    assert child.returncode in (code, 0, -sig), err
    assert "Traceback" not in err, err
    if child.returncode == code:
        assert err.strip() == ("terminated" if sig == signal.SIGTERM else "interrupted"), err
    _each_memo_old_or_new(ws, versions)
    assert sorted(p.name for p in (ws / "output").iterdir()) == sorted(FORMATS)
    assert not [p for p in versions["cache"].rglob("*") if TEMP_NAME.match(p.name)]


@pytest.mark.slow
def test_concurrent_builds_into_one_folder_all_land_whole(tmp_path, versions):
    """Four builds of the same memo at once, into one folder, with a cold chart cache
    they all fill at the same time: every one succeeds and the files are the memo."""
    ws = _workspace(tmp_path, title="о новом заголовке записки")
    cache = tmp_path / "cold-cache"
    children = [_start(ws, cache) for _ in range(4)]
    for child in children:
        _, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        assert "warning" not in err, err
    assert blobs({name: (ws / "output" / name).read_bytes() for name in FORMATS}) == versions["new"]
    assert sorted(p.name for p in (ws / "output").iterdir()) == sorted(FORMATS)
    assert not [p for p in cache.rglob("*") if TEMP_NAME.match(p.name)]
    assert _build(ws, cache) == versions["new"]  # the cache the four filled serves a fifth
