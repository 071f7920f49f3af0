"""Chart build cost → medians of a cold build (empty cache) and a warm rebuild (cache hit)
of the four chart kinds, each in a fresh interpreter, with peak memory.

Run from the repository root:  python benchmarks/bench_charts.py [--runs 5]

Each run is a separate subprocess, so importing the drawing code (Pillow's rasteriser)
is counted as a real memo build would pay it. Times are measured with
time.perf_counter: "process" is the whole subprocess as seen by this script (interpreter
start included), "charts" is inside the child from before `import memogen.charts` to the
last chart. Peak memory comes from a separate traced run (tracemalloc slows the code it
watches) and from the child's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def _child(cache_dir: Path, trace: bool) -> None:
    """Build the four charts through the cache and print what it cost as JSON."""
    if trace:
        import tracemalloc

        tracemalloc.start()
    start = time.perf_counter()
    from memogen.charts import (
        Bar,
        ChartStyle,
        DynamicsChart,
        ShareChart,
        StructureChart,
        TradeChart,
        render_cached,
    )

    style = ChartStyle(
        palette=("#1f3b73", "#8c8c8c", "#4d7cc7", "#2b2b2b"),
        font_path=SRC / "memogen" / "fonts" / "LiberationSans-Regular.ttf",
        font_size_pt=12.0,
        width_mm=170.0,
        height_mm=80.0,
    )
    specs = [
        DynamicsChart("Товарооборот", "млн долларов США",
                      (Bar("2020 год", 335.0), Bar("2023 год", 590.4), Bar("2024 год", 678.1),
                       Bar("I полугодие 2025 г.", 316.4, partial=True)),
                      growth_note="рост в 2,0 раза к 2020 году"),
        TradeChart("Экспорт, импорт и сальдо", "млн долларов США",
                   ("2023 год", "2024 год", "I полугодие 2025 г."),
                   (400.2, 450.3, 210.0), (190.2, 227.8, 106.4), (210.0, 222.5, 103.6),
                   partial=(False, False, True)),
        StructureChart("Структура экспорта", "%",
                       (("молочная продукция", 45.3), ("мясо и мясные субпродукты", 20.1),
                        ("тракторы", 12.0), ("прочие товары", 22.6))),
        ShareChart("Доля продовольственных товаров", "продовольственные товары", 23.4,
                   "товарооборот"),
    ]
    charts = [render_cached(spec, style, cache_dir) for spec in specs]
    elapsed = time.perf_counter() - start
    result = {
        "charts_s": elapsed,
        "hits": sum(chart.from_cache for chart in charts),
        "drawing_imported": "memogen.charts._draw" in sys.modules,
        # ru_maxrss is in kilobytes on Linux.
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if trace:
        result["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    print(json.dumps(result))


def _run(cache_dir: Path, trace: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", str(cache_dir)] + (["--trace"] if trace else [])
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    result = json.loads(done.stdout)
    result["process_s"] = time.perf_counter() - start
    return result


def _cold(root: Path, n: int, trace: bool = False) -> dict:
    return _run(Path(tempfile.mkdtemp(prefix=f"cold{n}-", dir=root)), trace)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.trace)
        return 0

    with tempfile.TemporaryDirectory(prefix="memogen-bench-") as tmp:
        root = Path(tmp)
        _cold(root, -1)  # warm the OS file cache first
        cold = [_cold(root, n) for n in range(args.runs)]
        warm_dir = root / "warm"
        _run(warm_dir)  # fill the cache once
        warm = [_run(warm_dir) for _ in range(args.runs)]
        cold_traced = _cold(root, args.runs, trace=True)
        warm_traced = _run(warm_dir, trace=True)

    assert all(r["hits"] == 0 and r["drawing_imported"] for r in cold)
    assert all(r["hits"] == 4 and not r["drawing_imported"] for r in warm)

    def line(name: str, runs: list[dict], traced: dict) -> str:
        process = statistics.median(r["process_s"] for r in runs) * 1000
        charts = statistics.median(r["charts_s"] for r in runs) * 1000
        rss = statistics.median(r["max_rss_mb"] for r in runs)
        return (f"{name:<26}{process:>10.0f} ms{charts:>10.0f} ms"
                f"{traced['traced_peak_mb']:>12.1f} MB{rss:>10.1f} MB")

    print(f"4 chart kinds, median of {args.runs} runs, Python {sys.version.split()[0]}")
    print(f"{'':<26}{'process':>13}{'charts':>13}{'traced peak':>15}{'max RSS':>13}")
    print(line("cold build (empty cache)", cold, cold_traced))
    print(line("warm rebuild (cache hit)", warm, warm_traced))
    return 0


if __name__ == "__main__":
    sys.exit(main())
