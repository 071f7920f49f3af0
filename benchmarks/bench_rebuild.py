"""A rebuild inside one warm process (what `memogen watch` pays after a save) against the
anchor (Typst PDF + pandoc DOCX of the same memo, a fresh process), paired.

    python benchmarks/anchor.py setup              # once
    python benchmarks/bench_rebuild.py [--runs 9] [--format all]

memogen is imported and the example built once; then, in turn: the facts file is
edited (a different title each time, so nothing is served from a cache the edit should
invalidate) and rebuilt exactly as `memogen watch` rebuilds it, then the anchor runs once.
Each pair gives the ratio rebuild / anchor, of wall time and of CPU time (user + system:
the rebuild's own `time.process_time`, the anchor's from `os.wait4`), so a machine that
other work slows down between pairs does not skew the ratio. Medians are quoted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))


def anchor_once(script: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one anchor process, its children included."""
    start = time.perf_counter()
    before = os.times()
    subprocess.run([str(script)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return time.perf_counter() - start, cpu


def rebuild_once(job, facts: Path, text: str, i: int) -> tuple[float, float]:
    """(wall, CPU) seconds of one edit-and-rebuild, as `memogen watch` does it."""
    facts.write_text(text.replace("title: о ", f"title: ({i}) о ", 1), encoding="utf-8")
    start, cpu = time.perf_counter(), time.process_time()
    done = job.build(facts)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    if done.exit_code:
        raise SystemExit(done.error or done.trace)
    return wall, cpu


def med(values: list[float], unit: str = "s") -> str:
    return f"median {statistics.median(values):.3f} {unit} (min {min(values):.3f}, max {max(values):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--format", default="all", help="pdf, docx or all (default: all)")
    args = parser.parse_args()
    import anchor

    if not anchor.PY.exists():
        raise SystemExit("run `python benchmarks/anchor.py setup` first")
    with tempfile.TemporaryDirectory(prefix="memogen-rebuild-") as name:
        tmp = Path(name)
        os.environ.update(MEMOGEN_CACHE_DIR=str(tmp / "cache"), SOURCE_DATE_EPOCH="1700000000")
        anchor.export(tmp / "anchor")
        pairs = measure(tmp, args.runs, args.format)
    rebuild, theirs = [p[0] for p in pairs], [p[1] for p in pairs]
    print(f"load average {os.getloadavg()[0]:.1f}; {len(pairs)} pairs")
    print(f"rebuild in a warm process: wall {med([w for w, _ in rebuild])}, CPU {med([c for _, c in rebuild])}")
    print(f"Typst PDF + pandoc DOCX:   wall {med([w for w, _ in theirs])}, CPU {med([c for _, c in theirs])}")
    print(f"ratio rebuild/anchor: wall {med([a[0] / b[0] for a, b in pairs], '')}, "
          f"CPU {med([a[1] / b[1] for a, b in pairs], '')}  (target ≤ 1)")


def measure(tmp: Path, runs: int, formats: str) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    from memogen.commands._args import formats as parse_formats
    from memogen.commands.build import Job

    (tmp / "ws" / "facts").mkdir(parents=True)
    facts = tmp / "ws" / "facts" / EXAMPLE.name
    shutil.copytree(EXAMPLE.parent / "sources", facts.parent / "sources")
    text = EXAMPLE.read_text(encoding="utf-8")
    job = Job(parse_formats(formats), tmp / "out", tmp / "ws", None, ("memo",), False, False)
    for i in range(2):  # the first build draws the charts; the second is warm
        rebuild_once(job, facts, text, -i)
    script = tmp / "anchor" / "run"
    anchor_once(script)
    return [(rebuild_once(job, facts, text, i), anchor_once(script)) for i in range(runs)]


if __name__ == "__main__":
    main()
