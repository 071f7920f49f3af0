"""`memogen.cli.main` pauses Python's cycle collector while it loads and freezes what it
loaded before the first build (memogen.gcpause); when it returns, the collector is as
it was, so a program (or a test run) that calls `main` keeps collecting everything."""

from __future__ import annotations

import gc
import io

from memogen.cli import main
from paths import EXAMPLE, ROOT


def test_main_leaves_the_collector_as_it_found_it(tmp_path):
    assert gc.isenabled() and gc.get_freeze_count() == 0
    threshold = gc.get_threshold()
    out, err = io.StringIO(), io.StringIO()
    code = main(["-w", str(ROOT), "build", str(EXAMPLE), "-o", str(tmp_path)], out, err)
    assert code == 0, err.getvalue()
    assert (tmp_path / "vologda-2025.pdf").is_file()
    assert gc.isenabled() and gc.get_freeze_count() == 0 and gc.get_threshold() == threshold
    assert main(["--version"], out, err) == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_command_freezes_what_is_alive_before_its_process_ends(monkeypatch, capsys):
    """`memogen` (console) ends its process right after main: its last collection at
    exit is kept off what is still alive, which is all freed at exit anyway."""
    import signal

    import pytest

    from memogen.__main__ import console

    monkeypatch.setattr("sys.argv", ["memogen", "--version"])
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with pytest.raises(SystemExit) as stopped:
            console()
        assert stopped.value.code == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        for number, handler in handlers.items():
            signal.signal(number, handler)
    assert "memogen" in capsys.readouterr().out
