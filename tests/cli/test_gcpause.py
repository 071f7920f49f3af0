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
    out, err = io.StringIO(), io.StringIO()
    code = main(["-w", str(ROOT), "build", str(EXAMPLE), "-o", str(tmp_path)], out, err)
    assert code == 0, err.getvalue()
    assert (tmp_path / "vologda-2025.pdf").is_file()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert main(["--version"], out, err) == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
