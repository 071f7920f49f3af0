"""Memo build cost → medians of `python -m memogen build --format all` on a facts file,
cold (every run with an empty chart cache) and warm (the cache filled), with peak memory,
and a check that a warm build never imports the chart drawing code.

Run from the repository root:  python benchmarks/bench_build.py [--runs 5] [--facts FILE]

Each build is its own process, timed from outside with time.perf_counter (interpreter
start, imports, composing, both writers and writing the files: what a user waits for).
Peak memory is each child's maximum resident set size, read with os.wait4 (per child);
resource.getrusage(RUSAGE_CHILDREN) gives the largest of all children as a cross-check.
The drawing-code check re-runs the same command once more under `python -X importtime`,
which lists every module the build imported.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mb: float
    stderr: str


def build(facts: Path, out: Path, cache: Path, *python_flags: str) -> Run:
    """One `python -m memogen build --format all` in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "MEMOGEN_CACHE_DIR": str(cache)}
    env.pop("SOURCE_DATE_EPOCH", None)
    command = [sys.executable, *python_flags, "-m", "memogen", "build", str(facts),
               "--format", "all", "--out", str(out)]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                 stderr=err)
        # os.wait4 reaps the child and returns its own rusage (RUSAGE_CHILDREN would
        # only give the largest child so far).
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    if child.returncode != 0:
        raise SystemExit(f"build failed ({child.returncode}):\n{stderr}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 2**20 if sys.platform == "darwin" else 2**10
    return Run(elapsed, usage.ru_maxrss / scale, stderr)


DRAWING = "memogen.charts._draw"  # imported only when a chart is drawn, not read from the cache


def imports_drawing(importtime_stderr: str) -> bool:
    """Whether `-X importtime` output lists memogen's chart drawing module."""
    for line in importtime_stderr.splitlines():
        if line.startswith("import time:") and line.rsplit("|", 1)[-1].strip() == DRAWING:
            return True
    return False


def summary(name: str, runs: list[Run]) -> str:
    times = [r.seconds * 1000 for r in runs]
    rss = [r.max_rss_mb for r in runs]
    return (f"{name:<28}{statistics.median(times):>9.0f} ms  (min {min(times):.0f}, "
            f"max {max(times):.0f}){statistics.median(rss):>10.1f} MB{max(rss):>10.1f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per case (default 5)")
    parser.add_argument("--facts", type=Path, default=EXAMPLE, help="facts file to build")
    args = parser.parse_args(argv)
    facts = args.facts.resolve()

    with tempfile.TemporaryDirectory(prefix="memogen-bench-build-") as tmp:
        root = Path(tmp)
        out = root / "out"
        # Warm the OS file cache before measuring anything.
        build(facts, out, root / "cache-warmup")
        cold = [build(facts, out, root / f"cache-cold-{n}") for n in range(args.runs)]
        warm_cache = root / "cache-warm"
        build(facts, out, warm_cache)  # fill the cache
        warm = [build(facts, out, warm_cache) for _ in range(args.runs)]
        children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        cold_draw = imports_drawing(build(facts, out, root / "cache-check", "-X", "importtime").stderr)
        warm_draw = imports_drawing(build(facts, out, warm_cache, "-X", "importtime").stderr)
        outputs = sorted(p.name for p in out.iterdir())

    scale = 2**20 if sys.platform == "darwin" else 2**10
    print(f"memogen build --format all {facts.name} → {', '.join(outputs)}")
    print(f"median of {args.runs} runs each, Python {platform.python_version()}, "
          f"{platform.machine()} {platform.system()}")
    print(f"{'':<28}{'wall time (median)':>31}{'RSS median':>14}{'RSS max':>10}")
    print(summary("cold build (empty cache)", cold))
    print(summary("warm rebuild (cache hit)", warm))
    speedup = statistics.median(r.seconds for r in cold) / statistics.median(r.seconds for r in warm)
    print(f"warm rebuild is {speedup:.1f}× faster; peak RSS of all children "
          f"(RUSAGE_CHILDREN): {children_peak / scale:.1f} MB")
    print(f"charts drawn: cold build {'yes' if cold_draw else 'NO'}, "
          f"warm rebuild {'YES' if warm_draw else 'no'}")
    if warm_draw or not cold_draw:
        print("unexpected: a warm rebuild must not draw charts, a cold build must",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
