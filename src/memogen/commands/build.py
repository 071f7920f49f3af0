"""Build memos (all of facts/ when no file is named).

Each facts file becomes one file per format, named after it, in the output folder:
facts/vologda-2025.yaml → output/vologda-2025.pdf. A failed build writes nothing.
Several files are built side by side (-j, one process each); one that fails never
stops the others, and the exit code says that something failed. With `--strict` a file
with any warning (figures that disagree, glyphs the fonts lack) fails and writes nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from memogen.commands._args import add_document, add_facts, add_format, add_template, unique_paths
from memogen.console import Console, plural
from memogen.errors import stop


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_build_options(parser, "facts files to build, each once (default: every facts/*.yaml of the workspace)")
    parser.add_argument(
        "--strict", action="store_true",
        help="a facts file with any warning fails (exit 3) and writes nothing",
    )
    add_jobs(parser)


def add_build_options(parser: argparse.ArgumentParser, facts_help: str) -> None:
    """What to build and how: the options `build` shares with `watch`."""
    add_facts(parser, "*", facts_help)
    add_format(parser)
    add_document(parser)
    parser.add_argument(
        "--out", "-o", type=Path, metavar="FOLDER",
        help="output folder, created if missing (default: memogen.yaml's output:, else output/)",
    )
    add_template(parser)
    parser.add_argument(
        "--pdf-a", action="store_true",
        help="write archival PDF/A-2b (a theme asks for it with pdf_a: true; see docs/pdf-a.md)",
    )


def run(args: argparse.Namespace, ui: Console) -> int:
    import time

    from memogen import pipeline  # imported before the pool forks: workers start warm
    from memogen.config import load_config

    workspace: Path = args.workspace
    files = unique_paths(args.facts) or pipeline.find_facts(workspace)
    config = load_config(workspace)
    out_dir = args.out or workspace / config.output
    jobs = max(1, min(args.jobs or _cores(), len(files)))
    ui.detail(f"workspace {workspace.resolve()}; output folder {out_dir}; formats {', '.join(args.format)}; "
              f"{plural(jobs, 'process', 'processes')}")
    job = Job(args.format, out_dir, workspace, args.template, tuple(args.document), args.pdf_a, ui.show_trace,
              args.strict)
    started = time.perf_counter()
    report = _Report(ui, len(files))
    if jobs == 1:
        for path in files:
            report.add(job.build(path))
    else:
        _in_pool(job, files, jobs, report)
    report.finish(time.perf_counter() - started)
    return report.code


def add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs", "-j", type=_positive, metavar="N", default=None,
        help="build up to N facts files at once, each in its own process (default: the number of cores)",
    )


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes ≥ 1, not {value!r}")
    return int(value)


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _in_pool(job: Job, files: list[Path], jobs: int, report: _Report) -> None:
    """Each file in a worker process, one failure never stopping the others; reported
    as they finish on a terminal, else in the order named (the same lines every run).
    Ctrl+C or `kill` stops the batch: no other file is started, and each worker stops
    its build (cleaning up as a single build does) and ends."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from memogen.errors import Terminated

    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start) as pool:
        futures = [pool.submit(_build_in_worker, job, path) for path in files]
        try:
            for future in as_completed(futures) if report.live else futures:
                report.add(future.result())
        except KeyboardInterrupt as exc:  # Ctrl+C reaches the workers too; `kill` only this process
            signum = signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT
            for pid in (child.pid for child in multiprocessing.active_children()):
                if pid is not None:
                    with contextlib.suppress(OSError):
                        os.kill(pid, signum)
            # The workers are stopping, so none takes another file. Waiting for the pool's
            # manager thread to end is what keeps Python's exit from writing to its pipe as it
            # closes («Exception ignored … Bad file descriptor»): `wait=False` would forget it.
            pool.shutdown(wait=True, cancel_futures=True)
            raise


_building = False  # in a worker process: whether it is building a file now


def _worker_start() -> None:
    signal.signal(signal.SIGINT, _worker_stop)
    signal.signal(signal.SIGTERM, _worker_stop)


def _worker_stop(signum: int, frame: FrameType | None) -> None:
    """A worker asked to stop: one waiting for a file ends at once; one building stops
    the build as memogen does (`errors.stop`), then ends (`_build_in_worker`)."""
    if not _building:
        os._exit(128 + signum)
    stop(signum, frame)


def _build_in_worker(job: Job, path: Path) -> Done:
    global _building
    _building = True
    try:
        return job.build(path)
    except KeyboardInterrupt:  # stopped: its files are cleaned up; the batch is over
        os._exit(128 + signal.SIGINT)
    finally:
        _building = False


@dataclass(frozen=True)
class Done:
    """What building one facts file gave, in plain data (it crosses processes)."""

    path: Path
    outputs: tuple[Path, ...] = ()
    warnings: tuple[tuple[str, str], ...] = ()  # (what it is about, message), see `subject`
    seconds: float = 0.0
    error: str = ""  # the rendered error; empty when the build succeeded
    exit_code: int = 0
    trace: str = ""  # with --traceback, or for a bug: printed as it is, before the error
    theme: str = ""
    theme_folders: tuple[Path, ...] = ()  # the theme's folders, the theme first, default last
    notices: tuple[str, ...] = ()  # other warnings, rendered (an unusable cache, missing glyphs)
    sources: tuple[Path, ...] = ()  # the source files the facts name (`sources[].file`)


@dataclass(frozen=True)
class Job:
    formats: list[str]
    out_dir: Path
    workspace: Path
    template: str | None
    kinds: tuple[str, ...]
    pdf_a: bool
    trace: bool
    strict: bool = False

    def build(self, path: Path) -> Done:
        import time
        import traceback

        from memogen import gcpause, pipeline
        from memogen.errors import ExitCode, MemogenError

        gcpause.settle()  # all is loaded: collect again, around it (see memogen.gcpause)
        started = time.perf_counter()
        try:
            built = pipeline.render(path, self.formats, self.out_dir, workspace=self.workspace,
                                    theme_name=self.template, kinds=self.kinds, pdf_a=self.pdf_a)
            warnings = tuple((subject(w), w.message) for w in built.warnings)
            notices = tuple(n.render() for n in built.notices)
            if self.strict and (warnings or notices):
                return Done(path, warnings=warnings, notices=notices, exit_code=ExitCode.INPUT, error=(
                    f"{path}: {plural(len(warnings) + len(notices), 'warning')} with --strict; nothing written"))
            pipeline.write_files(built.files)
        except MemogenError as exc:
            trace = "".join(traceback.format_exception(exc)) if self.trace else ""
            return Done(path, error=exc.render(), exit_code=exc.exit_code, trace=trace)
        except Exception:
            from memogen import __version__
            from memogen.errors import interruption

            stopping = interruption()
            if stopping is not None:  # Ctrl+C or `kill` cut an import short: not a bug
                raise stopping from None
            return Done(path, exit_code=ExitCode.FAILURE, trace=traceback.format_exc() + (
                f"memogen {__version__} failed unexpectedly on {path}: this is a bug in memogen. Please report "
                "it with the trace above, the command you ran and the facts file.\n"))
        folders = built.theme.folders
        return Done(path, built.outputs, warnings, time.perf_counter() - started, theme=folders[0][0],
                    theme_folders=tuple(folder for _, folder in folders), notices=notices,
                    sources=tuple(Path(path).parent / s.file for s in built.facts.sources if s.file))


class _Report:
    """Each finished file as it comes (its `built` lines, or a one-line progress count on
    a terminal), then a summary when more than one file was built."""

    def __init__(self, ui: Console, total: int) -> None:
        self.ui, self.total = ui, total
        self.built = self.failed = self.warnings = 0
        self.code = 0
        self.live = total > 1 and ui.verbosity >= 0 and _is_terminal(ui.out)

    def add(self, done: Done) -> None:
        ui = self.ui
        self._clear()
        for about, message in done.warnings:
            ui.warning(f"{done.path}: {about}: {message}")
        for notice in done.notices:
            ui.warning(notice)
        count = len(done.warnings) + len(done.notices)
        self.warnings += count
        if done.exit_code:
            self.failed += 1
            self.code = self.code or done.exit_code
            print(done.trace, end="", file=ui.err)
            if done.error:
                ui.error(done.error)
        else:
            self.built += 1
            if not self.live:
                for output in done.outputs:
                    ui.info(f"built {output}", ok_word="built")
            ui.detail(f"{done.path}: theme {done.theme!r}, {plural(count, 'warning')}, "
                      f"{done.seconds:.1f} s")
        if self.live:
            print(f"\r[{self.built + self.failed}/{self.total}] {done.path.name}", end="", file=ui.out, flush=True)

    def _clear(self) -> None:
        if self.live:
            print("\r\x1b[K", end="", file=self.ui.out)

    def finish(self, seconds: float) -> None:
        self._clear()
        if self.total > 1:
            self.ui.info(f"{plural(self.built, 'memo')} built, {self.failed} failed, "
                         f"{plural(self.warnings, 'warning')}, {seconds:.1f} s")


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def subject(w) -> str:
    """What a check's warning is about: «source 'id'» for a source file, else «figure 'id'»."""
    what = "source" if w.check == "source file" and "." not in w.figure_id else "figure"
    return f"{what} {w.figure_id!r}"


def warn(ui: Console, path: Path, warnings, notices=()) -> None:
    """The figures of `path` that disagree, and other warnings (`Notice`s: an unusable
    chart cache, glyphs the fonts lack), one `warning:` line each."""
    for w in warnings:
        ui.warning(f"{path}: {subject(w)}: {w.message}")
    for notice in notices:
        ui.warning(notice.render())
