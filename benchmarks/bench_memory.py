"""Memory of one process building many distinct memos (issue 11: flat across a batch).

    python benchmarks/bench_memory.py [--memos 100] [--format all]

Builds `--memos` distinct facts files (the example with one more proposal each) one
after another in this process, as a batch worker or `memogen watch` does (the collector
paused while loading, as `memogen.cli.main` does), and prints the resident memory now
(RSS, from /proc), what it is once glibc returned the memory it keeps free
(malloc_trim: what is really in use), and the peak so far (ru_maxrss) after the 1st,
10th, 50th and last memo; `--top` also lists where Python's own allocations grew
between the 10th and the last memo (tracemalloc, which slows the run).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def trimmed() -> float:
    """RSS after glibc's malloc_trim: memory freed but kept by the C allocator is returned."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return float("nan")
    return rss_mib()


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--memos", type=int, default=100)
    parser.add_argument("--format", default="all")
    parser.add_argument("--top", action="store_true", help="list the allocations that grew (tracemalloc)")
    args = parser.parse_args()
    from bench_speed import batch_workspace

    from memogen import gcpause

    gcpause.pause()  # as `memogen build` does

    with tempfile.TemporaryDirectory(prefix="memogen-memory-") as name:
        tmp = Path(name)
        os.environ.update(MEMOGEN_CACHE_DIR=str(tmp / "cache"), SOURCE_DATE_EPOCH="1700000000")
        files = sorted((batch_workspace(tmp, args.memos) / "facts").glob("*.yaml"))
        run(files, tmp, args.format, args.top)


def run(files: list[Path], tmp: Path, formats: str, top: bool) -> None:
    import tracemalloc

    from memogen.commands._args import formats as parse_formats
    from memogen.commands.build import Job

    job = Job(parse_formats(formats), tmp / "out", tmp / "batch", None, ("memo",), False, False)
    marks = {1, 10, 50, len(files)}
    snapshot = None
    started = time.perf_counter()
    for i, path in enumerate(files, 1):
        done = job.build(path)
        if done.exit_code:
            raise SystemExit(done.error or done.trace)
        if i in marks:
            gc.collect()
            rss = rss_mib()
            print(f"after {i:4} memos: RSS {rss:6.1f} MiB ({trimmed():6.1f} MiB once the C library gave back "
                  f"what it holds free), peak {peak_mib():6.1f} MiB, {time.perf_counter() - started:6.1f} s",
                  flush=True)
        if top and i == 10:
            tracemalloc.start(8)
            snapshot = tracemalloc.take_snapshot()
    if snapshot is not None:
        for stat in tracemalloc.take_snapshot().compare_to(snapshot, "traceback")[:12]:
            print(stat)
            for line in stat.traceback.format()[-8:]:
                print("   ", line)


if __name__ == "__main__":
    main()
