"""Issue 12, class 14: one run lands all its files or none. A full disk while the
second format is written, or a cover note that fails in `memogen mail`, leaves every
earlier file byte for byte and no temporary file behind."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from memogen import writers
from memogen.cli import main
from memogen.errors import ExitCode, OutputError
from outputs import snapshot


def run(workspace: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--workspace", str(workspace), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _full_disk_on_call(monkeypatch, n: int) -> None:
    """os.fsync fails with ENOSPC from its n-th call on, as on a disk that fills up."""
    calls = {"count": 0}
    real = os.fsync

    def fsync(fd):
        calls["count"] += 1
        if calls["count"] >= n:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)

    monkeypatch.setattr(writers.os, "fsync", fsync)


def test_write_files_lands_all_or_none(tmp_path, monkeypatch):
    a, b = tmp_path / "a.pdf", tmp_path / "b.docx"
    writers.write_files([(a, b"old a"), (b, b"old b")])
    _full_disk_on_call(monkeypatch, 2)
    with pytest.raises(OutputError) as err:
        writers.write_files([(a, b"new a"), (b, b"new b")])
    assert "b.docx" in str(err.value) and "No space left" in str(err.value)
    assert snapshot(tmp_path) == {"a.pdf": b"old a", "b.docx": b"old b"}


def test_a_folder_in_the_way_of_the_second_file_keeps_the_first(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"old a")
    (tmp_path / "b.docx").mkdir()
    with pytest.raises(OutputError, match="folder of that name"):
        writers.write_files([(tmp_path / "a.pdf", b"new"), (tmp_path / "b.docx", b"new")])
    assert (tmp_path / "a.pdf").read_bytes() == b"old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.docx"]


def test_full_disk_during_the_docx_keeps_the_earlier_pdf(workspace, monkeypatch):
    assert run(workspace, "build", "--format", "all")[0] == 0
    before = snapshot(workspace / "output")
    _full_disk_on_call(monkeypatch, 2)
    code, _, err = run(workspace, "build", "--format", "all")
    assert code == ExitCode.OUTPUT, err
    assert "No space left on device" in err and "Traceback" not in err
    assert snapshot(workspace / "output") == before


def test_mail_with_a_broken_cover_note_keeps_the_earlier_memo(workspace):
    (workspace / "memogen.yaml").write_text("mail:\n  from: a@mfa.example.by\n", encoding="utf-8")
    assert run(workspace, "build", "--format", "all")[0] == 0
    before = snapshot(workspace / "output")
    mail_dir = workspace / "templates" / "broken" / "mail"
    mail_dir.mkdir(parents=True)
    (mail_dir.parent / "theme.yaml").write_text("extends: default\n", encoding="utf-8")
    (mail_dir / "body.txt.j2").write_text("Текст\n{{ memo.nosuch }}\n", encoding="utf-8")
    facts = workspace / "facts" / "vologda-2025.yaml"
    code, _, err = run(workspace, "mail", str(facts), "--to", "b@mfa.example.by", "-f", "all", "-t", "broken")
    assert code == ExitCode.INPUT, err
    assert "body.txt.j2:2" in err and "Traceback" not in err
    assert snapshot(workspace / "output") == before


def test_mail_writes_memo_and_eml_together(workspace):
    (workspace / "memogen.yaml").write_text("mail:\n  from: a@mfa.example.by\n", encoding="utf-8")
    facts = workspace / "facts" / "vologda-2025.yaml"
    code, _, err = run(workspace, "mail", str(facts), "--to", "b@mfa.example.by", "-f", "all")
    assert code == 0, err
    assert sorted(snapshot(workspace / "output")) == ["vologda-2025.docx", "vologda-2025.eml", "vologda-2025.pdf"]


def _gone_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_build_removes_the_temporary_files_a_killed_build_left(workspace):
    """kill -9 leaves `.NAME.PID-xxxx.tmp` (and a hard link `.NAME.PID.bak.tmp`): the next
    build of that memo removes those of a process that is gone and older than the run,
    and nothing else."""
    out = workspace / "output"
    out.mkdir()
    gone, long_ago = _gone_pid(), 946_684_800  # 2000-01-01
    stale = [f".vologda-2025.pdf.{gone}-k3j_2a9x.tmp", f".vologda-2025.docx.{gone}.bak.tmp"]
    kept = [
        f".vologda-2025.pdf.{os.getppid()}-abcdefgh.tmp",  # its process still runs
        f".vologda-2025.docx.{gone}-newer000.tmp",  # newer than this run
        f".other.pdf.{gone}-abcdefgh.tmp",  # another memo's
        ".vologda-2025.pdf.abcdefgh.tmp", "notes.tmp", f"vologda-2025.pdf.{gone}-abcdefgh.tmp",  # not memogen's
    ]
    for name in stale + kept:
        (out / name).write_bytes(b"half a memo")
        os.utime(out / name, (long_ago, long_ago))
    later = time.time() + 3600
    os.utime(out / kept[1], (later, later))
    (out / f".vologda-2025.pdf.{gone}.bak.tmp").mkdir()  # not a file: left alone
    code, stdout, err = run(workspace, "build", "--format", "all")
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*kept, f".vologda-2025.pdf.{gone}.bak.tmp", "vologda-2025.docx", "vologda-2025.pdf"])
    assert "СПРАВКА" in pypdf.PdfReader(out / "vologda-2025.pdf").pages[0].extract_text()
    assert all((out / name).read_bytes() == b"half a memo" for name in kept)


def test_ctrl_c_as_a_temporary_file_is_made_leaves_none(tmp_path, monkeypatch):
    """The signal comes once the file exists, before mkstemp returns its name."""
    real = writers.tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(writers.tempfile, "mkstemp", mkstemp)
    with pytest.raises(KeyboardInterrupt):
        writers.write_files([(tmp_path / "a.pdf", b"new a")])
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_right_after_a_rename_puts_the_earlier_files_back(tmp_path, monkeypatch):
    """The signal comes as the second file's rename returns: both files are the old ones."""
    a, b = tmp_path / "a.pdf", tmp_path / "b.docx"
    writers.write_files([(a, b"old a"), (b, b"old b")])
    real, calls = os.replace, []

    def replace(src, dst):
        real(src, dst)
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(writers.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        writers.write_files([(a, b"new a"), (b, b"new b")])
    assert snapshot(tmp_path) == {"a.pdf": b"old a", "b.docx": b"old b"}
# appended to tests/robustness/test_atomic_writes.py


def _write_font_facts(folder: Path) -> None:
    from memogen import fontfacts

    fontfacts._write(folder / "font.json", fontfacts.FontFacts(frozenset({"head"}), {65: 500}, 1000))


def _write_template_code(folder: Path) -> None:
    from jinja2 import Environment
    from jinja2.bccache import Bucket

    from memogen.compose.bytecode import _Kept

    bucket = Bucket(Environment(), "key", "checksum")
    bucket.code = compile("x = 1", "<template>", "exec")
    _Kept(folder, "tag").dump_bytecode(bucket)


def _write_sealed(folder: Path) -> None:
    from memogen.sealed import write_sealed

    write_sealed(folder / "facts.parse", b"the facts' text", b"their parse")


@pytest.mark.parametrize("write", [_write_font_facts, _write_template_code, _write_sealed])
def test_ctrl_c_while_a_cache_file_is_written_leaves_no_temporary_file(tmp_path, monkeypatch, write):
    """Each cache file is written whole through a temporary file; Ctrl+C (or `kill`) as
    it is renamed into place leaves neither the file nor the temporary one."""
    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write(tmp_path)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    write(tmp_path)  # and unhindered, it writes the one file
    assert len([p for p in tmp_path.iterdir() if not p.name.startswith(".")]) == 1
