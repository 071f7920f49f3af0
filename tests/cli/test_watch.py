"""`memogen watch` (issue 11, point 2): one process rebuilds a memo when its facts file,
its theme or memogen.yaml is saved, one line per rebuild; a broken facts file keeps its
last good output and is rebuilt once fixed; Ctrl+C exits with 130.

Runs the real command in a child process on a workspace of its own, edits files as an
editor would and waits (with a bound) for the lines and files the edits should give."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from tests.cli.run import clean_env, command, memogen

from paths import copy_example
from readback import all_text, docx_words, squash

pytestmark = pytest.mark.slow

WAIT = 180  # seconds for one rebuild on a loaded machine; a hang fails instead of blocking


class Watching:
    """`memogen watch …` running in `cwd`, its output lines gathered as they come."""

    def __init__(self, cwd: Path, *args: str) -> None:
        self.proc = subprocess.Popen(
            [*command(), "watch", *args], cwd=cwd, env=clean_env(), text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,  # one stream: the order as printed
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def until(self, pattern: str) -> list[str]:
        """The lines up to and with the first matching `pattern`."""
        deadline = time.monotonic() + WAIT
        got: list[str] = []
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            got.append(line)
            self.seen.append(line)
            if re.search(pattern, line):
                return got
        self.stop()
        pytest.fail(f"no line matching {pattern!r} within {WAIT} s; saw: {self.seen}")

    def until_error(self, name: str, error: str) -> list[str]:
        """The lines up to the first «not built» of `name` that follows an `error`.

        A file saved in place is emptied, then written: on a loaded machine the watcher
        may see the empty file first and report it (not built, with another error)
        before it sees the whole file; that earlier report is read past."""
        lines: list[str] = []
        while not any(re.match(error, line) for line in lines):
            lines += self.until(rf"^\d\d:\d\d:\d\d not built {name}: kept the last good output")
        return lines

    def stop(self) -> int:
        """Ctrl+C; its exit code, once every line it printed is in `seen`."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=60)
        self.reader.join(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return code


def built_line(*names: str) -> str:
    return r"^\d\d:\d\d:\d\d built " + re.escape(", ".join(names)) + r" in \d+\.\d\d s$"


@pytest.fixture
def watched(tmp_path: Path):
    """A workspace with two facts files, b.yaml built with a theme of the workspace."""
    copy_example(tmp_path)
    example = tmp_path / "facts" / "vologda-2025.yaml"
    text = example.read_text(encoding="utf-8")
    (tmp_path / "facts" / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "facts" / "b.yaml").write_text(text.replace("memo:\n", "memo:\n  theme: mine\n", 1),
                                              encoding="utf-8")
    example.unlink()
    assert memogen("templates", "new", "mine", cwd=tmp_path).returncode == 0
    watching = Watching(tmp_path, "--format", "all")
    yield tmp_path, watching
    watching.stop()


def test_watch_rebuilds_on_each_save_and_survives_a_broken_facts_file(watched):
    ws, watching = watched
    pdf, docx = ws / "output" / "a.pdf", ws / "output" / "a.docx"
    watching.until(built_line("output/a.pdf", "output/a.docx"))
    watching.until(built_line("output/b.pdf", "output/b.docx"))
    watching.until(r"^watching 2 facts files, their themes and memogen.yaml; Ctrl\+C stops$")

    facts = ws / "facts" / "a.yaml"
    good = facts.read_text(encoding="utf-8").replace("о сотрудничестве", "о тесном сотрудничестве", 1)
    facts.write_text(good, encoding="utf-8")
    lines = watching.until(built_line("output/a.pdf", "output/a.docx"))
    assert not any("b.pdf" in line for line in lines), lines  # only the file saved is rebuilt
    assert "о тесном сотрудничестве" in squash(all_text(pdf.read_bytes()))
    assert "о тесном сотрудничестве" in docx_words(docx.read_bytes())
    last_good = pdf.read_bytes(), docx.read_bytes()

    facts.write_text(good + "memo: [\n", encoding="utf-8")  # saved half-way through an edit
    lines = watching.until_error(r"facts/a\.yaml", r"error: facts/a\.yaml:\d+:\d+: ")
    assert not any("Traceback" in line for line in lines), lines
    assert (pdf.read_bytes(), docx.read_bytes()) == last_good

    facts.write_text(good.replace("о тесном", "о самом тесном", 1), encoding="utf-8")
    watching.until(built_line("output/a.pdf", "output/a.docx"))
    assert "о самом тесном сотрудничестве" in squash(all_text(pdf.read_bytes()))
    assert "о самом тесном сотрудничестве" in docx_words(docx.read_bytes())


def test_watch_rebuilds_the_memos_of_a_changed_theme_or_settings_and_stops_on_ctrl_c(watched):
    ws, watching = watched
    watching.until(r"^watching 2 facts files")

    theme = ws / "templates" / "mine" / "theme.yaml"
    theme.write_text(theme.read_text(encoding="utf-8")
                     + "\nletterhead:\n  lines:\n    - МИНИСТЕРСТВО ПРОБНЫХ ДЕЛ\n", encoding="utf-8")
    lines = watching.until(built_line("output/b.pdf", "output/b.docx"))
    assert not any("a.pdf" in line for line in lines), lines  # a.yaml uses the built-in theme
    assert "МИНИСТЕРСТВО ПРОБНЫХ ДЕЛ" in all_text((ws / "output" / "b.pdf").read_bytes())
    assert "МИНИСТЕРСТВО ПРОБНЫХ ДЕЛ" in docx_words((ws / "output" / "b.docx").read_bytes())

    (ws / "memogen.yaml").write_text("output: elsewhere\n", encoding="utf-8")
    watching.until(built_line("elsewhere/a.pdf", "elsewhere/a.docx"))
    watching.until(built_line("elsewhere/b.pdf", "elsewhere/b.docx"))
    assert "МИНИСТЕРСТВО ПРОБНЫХ ДЕЛ" in all_text((ws / "elsewhere" / "b.pdf").read_bytes())

    assert watching.stop() == 130
    assert watching.seen[-1] == "interrupted"
    assert not any("Traceback" in line for line in watching.seen), watching.seen


def test_watch_builds_a_facts_file_added_to_facts_and_rebuilds_on_a_source_edit(watched):
    ws, watching = watched
    watching.until(r"^watching 2 facts files")

    # A facts file saved into facts/ while watching is built and then watched.
    added = ws / "facts" / "c.yaml"
    added.write_text((ws / "facts" / "a.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    watching.until(built_line("output/c.pdf", "output/c.docx"))
    added.write_text(added.read_text(encoding="utf-8").replace("о сотрудничестве", "о добрососедстве", 1),
                     encoding="utf-8")
    lines = watching.until(built_line("output/c.pdf", "output/c.docx"))
    assert not any("a.pdf" in line or "b.pdf" in line for line in lines), lines
    assert "о добрососедстве" in squash(all_text((ws / "output" / "c.pdf").read_bytes()))

    # The source text every memo quotes is edited: each is rebuilt and checked against it.
    source = ws / "facts" / "sources" / "gov-2025-08-25.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("$678,1 млн", "$600 млн"), encoding="utf-8")
    for name in ("a", "b", "c"):
        lines = watching.until(built_line(f"output/{name}.pdf", f"output/{name}.docx"))
        assert any("quote not found" in line and "678,1" in line for line in lines), lines

    added.unlink()
    watching.until(r"^no longer watching facts/c\.yaml: it was deleted$")
    assert watching.stop() == 130
    assert not any("Traceback" in line or "c.yaml: file not found" in line for line in watching.seen), watching.seen
