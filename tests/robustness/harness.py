"""The robustness catalogue's machinery: a `Case` is one bad (or merely odd) input, run
through the real command line, in this process (`memogen.cli.main` with its own
streams, fast) or as a real `python -m memogen` process; `check` asserts what issue 12
asks of every case:

- the exit code is the one expected, and is OK or a documented user error;
- no traceback; a failure is one `error:` message naming the file (and line and field
  where there is one);
- output/ is byte for byte what it was when the run fails, and no temporary file is
  left anywhere in the workspace or the chart cache;
- a PDF that was built passes `qpdf --check` and pypdf reads it; a DOCX opens in
  python-docx (a sample also in LibreOffice: test_catalogue.py);
- the case ends within its time bound and its memory bound.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pypdf
import pytest
from ruamel.yaml import YAML

from memogen.cli import main
from memogen.errors import ExitCode
from outputs import changed, differences, snapshot

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "facts" / "vologda-2025.yaml"
EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
FACTS = "case.yaml"  # the facts file of every case, in the workspace's facts/
USER_ERRORS = {ExitCode.USAGE, ExitCode.INPUT, ExitCode.OUTPUT, ExitCode.MAIL}
STOPPED = {ExitCode.INTERRUPTED: "interrupted", ExitCode.TERMINATED: "terminated"}  # Ctrl+C, kill
MEMORY_BYTES = 1536 * 2**20  # per case, over what the process held before it
TEMP_NAME = re.compile(r"^\..+\.(tmp|part)$|^\.[0-9a-f]{12}-|^\.(jinja|font)-|^memogen-")


@dataclass
class Case:
    """One input of the catalogue. `facts` is the facts file's text (or bytes); `files`
    more files of the workspace (relative path → text or bytes); `prepare` edits the
    workspace further; `argv` follows `--workspace WS` (`{facts}` → the facts file);
    `says` are what the one error message must contain (file first, then line, field)."""

    id: str
    facts: str | bytes | None = None
    files: dict[str, str | bytes] = field(default_factory=dict)
    prepare: Callable[[Path], None] | None = None
    argv: tuple[str, ...] = ("build", "{facts}", "--format", "all")
    code: int = ExitCode.INPUT
    says: tuple[str, ...] = ()
    warns: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    patch: Callable[[pytest.MonkeyPatch], None] | None = None  # a fault, injected in-process only
    seconds: float = 30.0
    slow: bool = False
    process: bool = False  # also run as a real subprocess
    xfail: str = ""
    xfail_strict: bool = True
    pdf_text: tuple[str, ...] = ()  # what the built PDF must print, literally
    same_as_earlier: bool = False  # the build must give the earlier (clean) files' bytes
    no_warning: bool = False
    absent: tuple[str, ...] = ()  # files (relative to the workspace) the run must not create
    after: Callable[[Path], None] | None = None  # more checks of the workspace after the run

    def param(self):
        marks = []
        if self.slow:
            marks.append(pytest.mark.slow)
        if self.xfail:
            marks.append(pytest.mark.xfail(strict=self.xfail_strict, reason=self.xfail))
        return pytest.param(self, id=self.id, marks=marks)


@dataclass
class Result:
    code: int
    out: str
    err: str
    crash: str = ""  # the traceback of an exception that escaped the command line


# --- facts edits -------------------------------------------------------------------------


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    return yaml


def edit_facts(path: tuple[str | int, ...], value: object, text: str = EXAMPLE_TEXT) -> str:
    """The example facts with the value at `path` replaced (a missing last key is added)."""
    data = _yaml().load(text)
    holder = data
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line of `text` holding `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in the facts text")


# --- the workspace -----------------------------------------------------------------------


def make_workspace(root: Path, case: Case, earlier: dict[str, bytes]) -> Path:
    """A workspace for `case`: facts/case.yaml, the case's files, and in output/ the
    files an earlier good build left (which a failed run must not touch)."""
    ws = root / "ws"
    (ws / "facts").mkdir(parents=True)
    if (EXAMPLE.parent / "sources").is_dir():  # the example's quotes are checked against them
        shutil.copytree(EXAMPLE.parent / "sources", ws / "facts" / "sources")
    facts = case.facts if case.facts is not None else EXAMPLE_TEXT
    target = ws / "facts" / FACTS
    if isinstance(facts, bytes):
        target.write_bytes(facts)
    else:
        target.write_text(facts, encoding="utf-8", errors="surrogatepass")
    for rel, content in case.files.items():
        path = ws / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (ws / "output").mkdir(exist_ok=True)
    for name, data in earlier.items():
        (ws / "output" / name).write_bytes(data)
    if case.prepare is not None:
        case.prepare(ws)
    return ws


def argv_of(case: Case, ws: Path) -> list[str]:
    facts = str(ws / "facts" / FACTS)
    return ["--workspace", str(ws), *(a.replace("{facts}", facts).replace("{ws}", str(ws)) for a in case.argv)]


def leftovers(*folders: Path) -> list[str]:
    """Temporary files or folders (of memogen's naming) left under `folders`."""
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [str(p) for p in folder.rglob("*") if TEMP_NAME.match(p.name)]
    return found


# --- bounds ------------------------------------------------------------------------------


class CaseTimeout(Exception):
    pass


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


@contextlib.contextmanager
def bounded(seconds: float) -> Iterator[None]:
    """Stop the case after `seconds` (SIGALRM) and refuse it more than MEMORY_BYTES of
    new address space (RLIMIT_AS), restoring both afterwards."""

    def alarm(signum, frame):
        raise CaseTimeout(f"the case ran longer than {seconds} s")

    old_handler = signal.signal(signal.SIGALRM, alarm)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _vm_size() + MEMORY_BYTES
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


# --- running -----------------------------------------------------------------------------


def run_in_process(case: Case, ws: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    for name, value in case.env.items():
        monkeypatch.setenv(name, value.replace("{ws}", str(ws)))
    if case.patch is not None:
        case.patch(monkeypatch)
    out, err = io.StringIO(), io.StringIO()
    try:
        with bounded(case.seconds), warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            code = main(argv_of(case, ws), out, err)
    except BaseException:
        return Result(-1, out.getvalue(), err.getvalue(), traceback.format_exc())
    # A Python warning would reach the user's terminal past memogen's own messages.
    stray = [f"{w.category.__name__}: {w.message}" for w in caught if not issubclass(w.category, DeprecationWarning)]
    return Result(code, out.getvalue(), err.getvalue() + "".join(f"\nstray {s}" for s in stray))


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * MEMORY_BYTES, 2 * MEMORY_BYTES))


def run_process(case: Case, ws: Path, cache: Path) -> Result:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "MEMOGEN_CACHE_DIR": str(cache)}
    env.update({k: v.replace("{ws}", str(ws)) for k, v in case.env.items()})
    try:
        done = subprocess.run(
            [sys.executable, "-m", "memogen", *argv_of(case, ws)],
            capture_output=True, text=True, env=env, timeout=case.seconds + 10,
            preexec_fn=_limit_child, check=False, stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return Result(-1, "", "", f"the process ran longer than {case.seconds + 10} s")
    return Result(done.returncode, done.stdout, done.stderr)


# --- checking ----------------------------------------------------------------------------


def check(case: Case, result: Result, ws: Path, before: dict[str, bytes], cache: Path,
          stale: frozenset[str] = frozenset()) -> list[Path]:
    """Assert every rule of the catalogue for one run; the files it built. `stale`: the
    temporary files already in a cache folder shared with other tests before the run
    (another test's killed process may have left them): not this case's to answer for."""
    assert not result.crash, f"{case.id}: an exception escaped the command line:\n{result.crash}"
    assert "Traceback" not in result.err, f"{case.id}: traceback on stderr:\n{result.err}"
    assert "\nstray " not in result.err, f"{case.id}: a Python warning escaped:\n{result.err}"
    assert result.code == case.code, (
        f"{case.id}: exit code {result.code}, expected {case.code}\nstdout: {result.out}\nstderr: {result.err}"
    )
    assert result.code == ExitCode.OK or result.code in USER_ERRORS or result.code in STOPPED
    left = [p for p in leftovers(ws, cache) if p not in stale]
    assert not left, f"{case.id}: temporary files left: {left}"
    for name in case.absent:
        assert not (ws / name).exists(), f"{case.id}: the run created {name}"
    if case.after is not None:
        case.after(ws)
    warnings = "\n".join(line for line in result.err.splitlines() if not line.startswith("error:"))
    for needle in case.warns:
        assert needle in warnings, f"{case.id}: no warning with {needle!r}:\n{result.err}"
    if result.code != ExitCode.OK:
        if not (case.warns and "error:" not in result.err):  # validate --strict fails on warnings
            _check_error(case, result)
        changes = differences(before, snapshot(ws / "output"))
        assert not changes, f"{case.id}: a failed run changed output/: " + "; ".join(changes)
        return []
    assert not (case.no_warning and "warning:" in result.err), f"{case.id}: unexpected warning:\n{result.err}"
    built = [Path(line.removeprefix("built ")) for line in result.out.splitlines() if line.startswith("built ")]
    for path in built:
        check_output(path)
        if case.same_as_earlier:
            data = path.read_bytes()
            assert data == before[path.name], (
                f"{case.id}: {path.name} differs from a clean build: {changed(before[path.name], data, path.name)}")
        if path.suffix == ".pdf" and case.pdf_text:
            text = " ".join("".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())
            for needle in case.pdf_text:
                assert needle in text.replace("\u00ad", "").replace("\u00a0", " "), f"{case.id}: PDF lacks {needle!r}"
    return built


def _check_error(case: Case, result: Result) -> None:
    lines = [line for line in result.err.splitlines() if line.startswith("error:")]
    if result.code in STOPPED:  # one word, nothing else
        assert result.err.strip() == STOPPED[ExitCode(result.code)], f"{case.id}: {result.err}"
        return
    if result.code == ExitCode.USAGE:  # argparse's own message
        assert "error:" in result.err
        return
    assert len(lines) == 1, f"{case.id}: expected one error message, got:\n{result.err}"
    message = result.err[result.err.index("error:") :]
    assert case.says, f"{case.id}: say which file the message must name"
    for needle in case.says:
        assert needle in message, f"{case.id}: the message lacks {needle!r}:\n{message}"


def check_output(path: Path) -> None:
    assert path.is_file(), f"built file missing: {path}"
    if path.suffix == ".pdf":
        reader = pypdf.PdfReader(path)
        assert len(reader.pages) >= 1
        if shutil.which("qpdf"):
            done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
            assert done.returncode == 0, f"qpdf --check {path.name}:\n{done.stdout}{done.stderr}"
    elif path.suffix == ".docx":
        assert docx.Document(str(path)).paragraphs
