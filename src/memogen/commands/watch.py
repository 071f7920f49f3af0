"""Rebuild memos whenever their facts, sources, theme or memogen.yaml change.

Builds every facts file once, then keeps one process with everything loaded and rebuilds
a memo when its facts file, a source file it quotes (`sources[].file`), a file of its
theme or memogen.yaml is saved, printing one line per rebuild with its time. Watching
the workspace's facts/ (no file named), a facts file added there is built and watched
too. A facts file broken mid-edit gets its error and keeps its last good output; it is
rebuilt as soon as it is saved again. Ctrl+C stops (exit 130).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from memogen.commands._args import unique_paths
from memogen.commands.build import add_build_options
from memogen.console import Console, plural

DEBOUNCE_MS = 200  # changes closer together than this are one rebuild (an editor's save)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_build_options(parser, "facts files to watch (default: every facts/*.yaml of the workspace)")


def run(args: argparse.Namespace, ui: Console) -> int:
    from memogen import pipeline
    from memogen.errors import InputError

    named = unique_paths(args.facts) or pipeline.find_facts(args.workspace)
    for path in named:
        if not path.parent.is_dir():
            raise InputError(f"cannot watch {path}: there is no folder {path.parent}",
                             hint="name a facts file in an existing folder")
    watcher = Watcher(args, ui, named, every=not args.facts)
    for path in named:
        watcher.rebuild(path)
    watcher.loop()
    return 0  # not reached: only Ctrl+C (KeyboardInterrupt, exit 130) ends watching


class Watcher:
    """The facts files watched, what each was last built with, and the rebuild loop."""

    def __init__(self, args: argparse.Namespace, ui: Console, named: list[Path], every: bool = False) -> None:
        from memogen.config import CONFIG_NAME

        self.args, self.ui = args, ui
        self.named = {path.resolve(): path for path in named}  # resolved → as the user named it
        self.config = (args.workspace / CONFIG_NAME).resolve()
        self.themes: dict[Path, tuple[Path, ...]] = {}  # facts file → its theme's folders, last built
        self.sources: dict[Path, frozenset[Path]] = {}  # facts file → the source files it quotes, last built
        # Watching every facts file of the workspace: one added to facts/ is watched too.
        self.facts = (args.workspace / "facts").resolve() if every else None

    def loop(self, stop_event=None) -> None:
        """Watch until Ctrl+C (or `stop_event` is set); the folders watched are found
        again after each round, so a theme named anew is watched too."""
        from watchfiles import watch

        announced = False
        while stop_event is None or not stop_event.is_set():
            roots = self.roots()
            for changes in watch(*roots, debounce=DEBOUNCE_MS, recursive=False, rust_timeout=500,
                                 yield_on_timeout=True, raise_interrupt=True, stop_event=stop_event):
                if not announced:  # the first yield: the watcher is in place
                    announced = True
                    self.announce()
                changed = {Path(name).resolve() for _, name in changes}
                self.discover(changed)
                for path in self.affected(changed):
                    self.rebuild(self.named[path])
                if changes and self.roots() != roots:
                    break

    def announce(self) -> None:
        self.ui.info(f"watching {plural(len(self.named), 'facts file')}, their themes and memogen.yaml; "
                     "Ctrl+C stops")
        self.ui.out.flush()

    def theme_folders(self) -> list[Path]:
        from memogen.themes.loader import theme_folders

        return [folder.resolve() for folder in theme_folders(self.args.workspace).values()]

    def roots(self) -> list[Path]:
        """The folders to watch, each on its own: the workspace (memogen.yaml), the
        folders of the facts files and of their source files, templates/ and every
        folder of every theme."""
        roots = {self.config.parent, *(path.parent for path in self.named)}
        roots |= {file.parent for files in self.sources.values() for file in files if file.parent.is_dir()}
        roots |= {self.facts} if self.facts is not None and self.facts.is_dir() else set()
        templates = (self.args.workspace / "templates").resolve()
        roots |= {templates} if templates.is_dir() else set()
        for folder in self.theme_folders():
            roots |= {Path(top) for top, _, _ in os.walk(folder)}
        return sorted(roots)

    def affected(self, changed: set[Path]) -> list[Path]:
        """The facts files to rebuild, in the order named: all when memogen.yaml changed;
        else each that changed, each a changed source file belongs to and each whose
        theme has a changed file (a file not yet built has no theme known, so any
        theme's change rebuilds it)."""
        if self.config in changed:
            return list(self.named)
        every_theme = tuple(self.theme_folders())
        return [
            path for path in self.named
            if path in changed or not changed.isdisjoint(self.sources.get(path, ()))
            or any(c.is_relative_to(folder) for c in changed for folder in self.themes.get(path, every_theme))
        ]

    def discover(self, changed: set[Path]) -> None:
        """Watching facts/: start watching each facts file added there, stop watching
        each deleted (saying so)."""
        if self.facts is None:
            return
        for path in sorted(changed):
            if path.parent != self.facts or path.suffix not in (".yaml", ".yml") or path.name.startswith("."):
                continue  # as `facts/*.yaml` finds them: an editor's hidden files are none
            if path not in self.named and path.is_file():
                self.named[path] = self.args.workspace / "facts" / path.name
            elif path in self.named and not path.exists():
                self.ui.info(f"no longer watching {self.named.pop(path)}: it was deleted")
                self.ui.out.flush()

    def rebuild(self, path: Path) -> None:
        """Build one facts file and say so in one line; on an error, say it and keep the
        earlier output (a failed build writes nothing)."""
        import time

        from memogen.commands.build import Job
        from memogen.config import load_config
        from memogen.errors import MemogenError

        args, ui = self.args, self.ui
        clock = time.strftime("%H:%M:%S")
        try:
            out_dir = args.out or args.workspace / load_config(args.workspace).output
        except MemogenError as exc:
            ui.problem(exc)
            ui.info(f"{clock} not built {path}: memogen.yaml has an error; kept the last good output")
            ui.out.flush()
            return
        job = Job(args.format, out_dir, args.workspace, args.template, tuple(args.document), args.pdf_a,
                  ui.show_trace)
        done = job.build(path)
        self.report(done, clock)
        if not done.exit_code:
            self.themes[path.resolve()] = tuple(folder.resolve() for folder in done.theme_folders)
            self.sources[path.resolve()] = frozenset(file.resolve() for file in done.sources)

    def report(self, done, clock: str) -> None:
        ui = self.ui
        for figure_id, message in done.warnings:
            ui.warning(f"{done.path}: figure {figure_id!r}: {message}")
        for notice in done.notices:
            ui.warning(notice)
        if done.exit_code:
            print(done.trace, end="", file=ui.err)
            if done.error:
                ui.error(done.error)
            ui.err.flush()
            ui.info(f"{clock} not built {done.path}: kept the last good output; fix it and save again")
        else:
            ui.info(f"{clock} built {', '.join(map(str, done.outputs))} in {done.seconds:.2f} s")
        ui.out.flush()
