"""Speed targets of issue #11, each as whole processes, medians of several runs.

    python benchmarks/bench_speed.py anchor [--runs 7]   # warm build vs Typst + pandoc, paired
    python benchmarks/bench_speed.py cold [--runs 5]     # first build, empty chart cache
    python benchmarks/bench_speed.py size [--runs 3]     # 50 sectors with 300 / 600 proposals
    python benchmarks/bench_speed.py batch [--memos 100] [-j N]  # distinct memos, one command
    python benchmarks/bench_speed.py all

Every measured command runs in a fresh process in a temporary workspace, timed from
outside with time.perf_counter; peak memory is the child's maximum resident set size
(os.wait4). `anchor` runs the two commands in turn (memogen, anchor, memogen, anchor, …)
and reports the ratio of each pair, so a machine that speeds up or slows down between
pairs does not skew it; it needs `python benchmarks/anchor.py setup` once.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"
MEMOGEN = [sys.executable, "-m", "memogen"]
sys.path.insert(0, str(Path(__file__).resolve().parent))


class Sample(NamedTuple):
    wall: float  # seconds, timed from outside
    peak: float  # the child's maximum resident set size, MiB
    cpu: float  # user + system seconds of the child and of what it waited for


def run(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Sample:
    """Wall time, peak RSS and CPU time of one process; fails loudly if the command does."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{stderr}")
    return Sample(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def env_with(cache: Path) -> dict[str, str]:
    """memogen's environment: its own cache, fixed dates, and Python's bytecode written
    and read as in a user's install (a PYTHONDONTWRITEBYTECODE inherited from the shell
    would compile memogen's own modules afresh in every measured process)."""
    env = dict(os.environ, MEMOGEN_CACHE_DIR=str(cache), SOURCE_DATE_EPOCH="1700000000")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT / "src")
    return env


def med(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} (min {min(values):.3f}, max {max(values):.3f})"


def machine() -> str:
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{python}, {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"


def build_cmd(facts: Path, out: Path, *extra: str) -> list[str]:
    return [*MEMOGEN, "build", str(facts), "--format", "all", "--out", str(out), *extra]


def bench_anchor(runs: int, tmp: Path) -> None:
    import anchor

    if not anchor.PY.exists():
        raise SystemExit("run `python benchmarks/anchor.py setup` first")
    anchor.export(tmp / "anchor")
    env = env_with(tmp / "cache")
    cmd = build_cmd(EXAMPLE, tmp / "out")
    run(cmd, env, ROOT)  # fills the chart cache
    run([str(tmp / "anchor" / "run")])
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(run(cmd, env, ROOT))
        theirs.append(run([str(tmp / "anchor" / "run")]))
    for what in ("wall", "cpu"):
        mine = [getattr(s, what) for s in ours]
        anchor_ = [getattr(s, what) for s in theirs]
        print(f"{what:4}: warm build, --format all: {med(mine)} s")
        print(f"{what:4}: Typst PDF + pandoc DOCX:  {med(anchor_)} s")
        print(f"{what:4}: ratio memogen/anchor:     {med([a / b for a, b in zip(mine, anchor_)])}  (target ≤ 3)")


def bench_cold(runs: int, tmp: Path) -> None:
    run(build_cmd(EXAMPLE, tmp / "out"), env_with(tmp / "warmup"), ROOT)  # OS file cache, font list
    samples = [run(build_cmd(EXAMPLE, tmp / "out"), env_with(tmp / f"cold-{i}"), ROOT) for i in range(runs)]
    print(f"cold first build: {med([s.wall for s in samples])} s wall, {med([s.cpu for s in samples])} s CPU, "
          f"peak {max(s.peak for s in samples):.0f} MiB  (target ≤ 1.0 s)")


def big_facts(target: Path, sectors: int, proposals: int) -> None:
    from ruamel.yaml import YAML

    shutil.copytree(EXAMPLE.parent / "sources", target.parent / "sources", dirs_exist_ok=True)

    yaml = YAML()
    data = yaml.load(EXAMPLE.read_text(encoding="utf-8"))
    template = dict(data["sectors"][0])
    data["sectors"] = [
        {**template, "id": f"s{i}", "name": f"{template['name']} {i}"} for i in range(1, sectors + 1)
    ]
    first = dict(data["proposals"][0])
    data["proposals"] = [
        {**first, "action": f"{first['action']}, этап {i}"} for i in range(1, proposals + 1)
    ]
    with target.open("w", encoding="utf-8") as f:
        yaml.dump(data, f)


def bench_size(runs: int, tmp: Path) -> None:
    env = env_with(tmp / "cache")
    for proposals, goal in ((300, 2), (600, 4)):
        facts = tmp / f"big-{proposals}.yaml"
        big_facts(facts, 50, proposals)
        run(build_cmd(facts, tmp / "out"), env, ROOT)
        samples = [run(build_cmd(facts, tmp / "out"), env, ROOT) for _ in range(runs)]
        print(f"50 sectors, {proposals} proposals: {med([s.wall for s in samples])} s wall, "
              f"{med([s.cpu for s in samples])} s CPU, peak {max(s.peak for s in samples):.0f} MiB  "
              f"(target ≤ {goal} s)")


def batch_workspace(tmp: Path, memos: int) -> Path:
    from ruamel.yaml import YAML

    yaml = YAML()
    ws = tmp / "batch"
    (ws / "facts").mkdir(parents=True, exist_ok=True)
    shutil.copytree(EXAMPLE.parent / "sources", ws / "facts" / "sources", dirs_exist_ok=True)  # quotes checked
    data = yaml.load(EXAMPLE.read_text(encoding="utf-8"))
    extra = dict(data["proposals"][0])
    for i in range(1, memos + 1):
        data["proposals"].append({**extra, "action": f"{extra['action']} (вариант {i})"})
        with (ws / "facts" / f"memo-{i:03}.yaml").open("w", encoding="utf-8") as f:
            yaml.dump(data, f)
        data["proposals"].pop()
    return ws


def bench_batch(memos: int, jobs: str | None, tmp: Path) -> None:
    ws = batch_workspace(tmp, memos)
    extra = ["-j", jobs] if jobs else []
    cmd = [*MEMOGEN, "build", "--format", "all", "--out", str(tmp / "batch-out"), *extra]
    cold = run(cmd, env_with(tmp / "batch-cache"), ws)
    warm = run(cmd, env_with(tmp / "batch-cache"), ws)
    label = f"-j {jobs}" if jobs else "default jobs"
    print(f"{memos} distinct memos, both formats, {label}: cold {cold.wall:.1f} s wall ({cold.cpu:.1f} s CPU), "
          f"warm {warm.wall:.1f} s wall ({warm.cpu:.1f} s CPU, {memos / warm.wall:.1f} memos/s), "
          f"peak {max(cold.peak, warm.peak):.0f} MiB per process "
          f"(targets: warm ≤ 10 s, cold ≤ 25 s, ≤ 150 MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["anchor", "cold", "size", "batch", "all"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memos", type=int, default=100)
    parser.add_argument("-j", dest="jobs", default=None, help="passed to memogen build -j (if it has it)")
    args = parser.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory(prefix="memogen-bench-") as name:
        tmp = Path(name)
        if args.what in ("anchor", "all"):
            bench_anchor(args.runs, tmp)
        if args.what in ("cold", "all"):
            bench_cold(args.runs, tmp)
        if args.what in ("size", "all"):
            bench_size(max(1, args.runs // 2), tmp)
        if args.what in ("batch", "all"):
            bench_batch(args.memos, args.jobs, tmp)
        shutil.rmtree(tmp / "out", ignore_errors=True)


if __name__ == "__main__":
    main()
