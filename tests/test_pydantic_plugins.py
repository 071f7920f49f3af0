"""pydantic's plugin loader stands aside while no plugin is installed (memogen.pydantic_plugins),
and an installed plugin still works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from paths import EXAMPLE, ROOT

BUILD = f"""
import sys
from pathlib import Path
from memogen.pipeline import render
render(Path({str(EXAMPLE)!r}), ["pdf", "docx"], Path("out"), workspace=Path({str(ROOT)!r}))
print(sorted(m for m in ("importlib.metadata", "email.message") if m in sys.modules))
"""

# A model built with a plugin declared by an installed distribution: the plugin sees it.
WITH_PLUGIN = """
import memogen
from pydantic import BaseModel
class Point(BaseModel):
    x: int
print(Point(x=1).x, __import__("plugged").SEEN)
"""

PLUGIN = """
SEEN = []
class Plugin:
    def new_schema_validator(self, schema, schema_type, *rest):
        SEEN.append(schema_type.__name__)
        return None, None, None
plugin = Plugin()
"""


def _run(code: str, cwd: Path, **env: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd,
                            env={**os.environ, **env}, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_warm_build_never_imports_importlib_metadata(tmp_path):
    _run(BUILD, tmp_path, MEMOGEN_CACHE_DIR=str(tmp_path / "cache"))  # fills the caches
    assert _run(BUILD, tmp_path, MEMOGEN_CACHE_DIR=str(tmp_path / "cache")) == "[]"


def test_an_installed_plugin_is_still_loaded(tmp_path):
    (tmp_path / "plugged.py").write_text(PLUGIN, encoding="utf-8")
    dist = tmp_path / "plugged-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: plugged\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[pydantic]\nplugged = plugged:plugin\n", encoding="utf-8")
    path = os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])
    assert _run(WITH_PLUGIN, tmp_path, PYTHONPATH=path) == "1 ['Point']"


def test_the_stand_in_passes_other_questions_to_pydantics_loader():
    code = "import memogen, sys; print(sys.modules['pydantic.plugin._loader'].PYDANTIC_ENTRY_POINT_GROUP)"
    assert _run(code, ROOT) == "pydantic"
