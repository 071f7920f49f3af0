"""What memogen prints: colour on a terminal only, NO_COLOR, a closed pipe, Ctrl+C,
each file and format once, and counts that agree (issue 14, points 4, 7 and 10)."""

from __future__ import annotations

import os
import pty
import shutil
import signal
import subprocess
import sys

import pytest
from tests.cli.run import ENTRY, clean_env, command, memogen

from memogen.errors import ExitCode
from paths import EXAMPLE

RED_ERROR = "\x1b[1;31merror:\x1b[0m"


def on_terminal(*args: str, env: dict[str, str]) -> tuple[int, str]:
    """Run memogen with stdout and stderr on a pseudo-terminal; (exit code, all it printed)."""
    master, slave = pty.openpty()
    child = subprocess.Popen([*command(), *args], stdout=slave, stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return child.wait(timeout=120), b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_messages_are_coloured_on_a_terminal(tmp_path):
    code, text = on_terminal("validate", str(tmp_path / "nope.yaml"), str(EXAMPLE), env=clean_env())
    assert code == ExitCode.INPUT
    assert RED_ERROR in text and "\x1b[32mfix:\x1b[0m" in text
    assert "\x1b[32mok:\x1b[0m " in text


def test_no_color_turns_colour_off_on_a_terminal(tmp_path):
    code, text = on_terminal("validate", str(tmp_path / "nope.yaml"), env=clean_env(NO_COLOR="1"))
    assert code == ExitCode.INPUT
    assert "\x1b[" not in text and text.startswith("error: file not found")


def test_no_colour_when_not_a_terminal(tmp_path):
    result = memogen("validate", str(tmp_path / "nope.yaml"), str(EXAMPLE))
    assert "\x1b[" not in result.stderr + result.stdout
    assert result.stderr.startswith("error: ") and result.stdout.startswith("ok: ")


@pytest.mark.parametrize(("reader", "seen"), [("head -1", "{\n"), ("true", "")])
def test_a_closed_pipe_ends_quietly(reader, seen):
    # `memogen schema | head -1`: the reader goes away after its first line (or at once)
    line = f"{' '.join(map(repr, command()))} schema | {reader}; echo \"memogen exit ${{PIPESTATUS[0]}}\" >&2"
    result = subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=clean_env(), check=False)
    assert result.stdout == seen
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    # head may have read all 36 KB before leaving; `true` leaves before memogen writes
    codes = {f"memogen exit {ExitCode.BROKEN_PIPE}"} | ({"memogen exit 0"} if reader != "true" else set())
    assert result.stderr.strip() in codes, result.stderr


@pytest.mark.parametrize("module", ["memogen.console", "memogen.commands._args", "reportlab", "memogen.pipeline"])
def test_ctrl_c_at_any_moment_of_start_up_prints_no_trace(workspace, module):
    """Ctrl+C while memogen is still importing `module` (seen in -X importtime's report).
    Three memos built one after the other: the signal, sent once this test has read the
    line, comes long before the build ends, however late a loaded machine runs the test."""
    facts = workspace / "facts"
    for name in ("b", "c"):
        shutil.copy(facts / "vologda-2025.yaml", facts / f"{name}.yaml")
    script = [str(ENTRY)] if ENTRY.is_file() else ["-m", "memogen"]
    child = subprocess.Popen(
        [sys.executable, "-X", "importtime", *script, "build", "--format", "all", "-j", "1"],
        cwd=workspace, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stderr is not None
    for line in child.stderr:  # "import time: self | cumulative |   name", once a module is loaded
        if line.split("|")[-1].strip() == module:
            child.send_signal(signal.SIGINT)
            break
    else:
        pytest.fail(f"{module} was never imported")
    out, err = child.communicate(timeout=120)
    err = "".join(line for line in err.splitlines(keepends=True) if not line.startswith("import time:"))
    assert "Traceback" not in err, err
    assert child.returncode == ExitCode.INTERRUPTED, err
    assert err.strip() == "interrupted"


def test_a_signal_after_the_work_is_done_kills_without_a_trace(tmp_path):
    """Once main() has returned, SIGINT and SIGTERM have their default action: a signal
    while Python shuts down (here from an exit hook, deterministically; in a real run
    whenever Ctrl+C or `kill` comes as memogen exits) ends the process by that signal
    instead of raising KeyboardInterrupt in the shutdown code, which prints a traceback."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        code = (
            "import atexit, os, signal\n"
            "import memogen.cli, memogen.__main__ as entry\n"
            f"atexit.register(os.kill, os.getpid(), {int(sig)})\n"
            "memogen.cli.main = lambda: 0\n"
            "entry.console()\n"
        )
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=clean_env(), capture_output=True,
                              text=True, timeout=120, check=False)
        assert (done.returncode, done.stderr) == (-sig, ""), done.stderr


def test_each_file_and_format_is_built_once(workspace):
    facts = workspace / "facts" / "vologda-2025.yaml"
    result = memogen("build", str(facts), f"{facts.parent}/../facts/{facts.name}", "--format", "docx,docx,pdf",
                     cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == ["built output/vologda-2025.docx", "built output/vologda-2025.pdf"]
    twice = memogen("validate", str(facts), str(facts))
    assert twice.stdout.count("ok: ") == 1


def test_counts_agree_with_their_number(workspace):
    facts = workspace / "facts" / "vologda-2025.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("qualifier: более", "qualifier: почти"), encoding="utf-8")
    result = memogen("validate", str(facts))
    assert result.returncode == 0
    assert ", 1 warning" in result.stdout and "1 warnings" not in result.stdout
    assert "figures, " in result.stdout  # the example has several


def test_count_words_of_one():
    from memogen.console import plural

    assert [plural(n, "warning") for n in (0, 1, 2, 21)] == ["0 warnings", "1 warning", "2 warnings", "21 warnings"]
    assert plural(1, "sector") == "1 sector" and plural(3, "time") == "3 times"
