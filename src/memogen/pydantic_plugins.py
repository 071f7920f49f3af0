"""pydantic's plugin lookup without importlib.metadata, while no plugin is installed.

Each time pydantic builds a model's validator it asks its plugin loader
(`pydantic.plugin._loader.get_plugins`) for plugins: packages declaring entry points
in the `pydantic` group (an observability tool, say). Importing that loader imports
importlib.metadata (with email, csv and zipfile), and its first call reads every
installed distribution's metadata: about 17 ms of a warm build's half second, to find
none. So `install` puts a stand-in in the loader's place before any model is built:
it reads only the `entry_points.txt` of the distributions on `sys.path`, and answers
"no plugins" when none declares a `[pydantic]` group. When one does (or a folder on
`sys.path` is an archive it cannot list), and for anything else asked of it, the real
loader is imported and answers: an installed plugin works as it would without memogen.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from functools import cache
from typing import Any

from memogen.versions import distributions

LOADER = "pydantic.plugin._loader"


@cache
def declared() -> bool:
    """Whether an installed distribution may declare entry points in the `pydantic` group."""
    if any(os.path.isfile(folder) for folder in sys.path):  # a zipped egg or archive
        return True
    for folder, name in distributions():
        try:
            with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as f:
                if any(line.strip() == "[pydantic]" for line in f):
                    return True
        except (OSError, UnicodeDecodeError):
            continue
    return False


def _real() -> types.ModuleType:
    """pydantic's own loader, imported in the stand-in's place."""
    if isinstance(sys.modules.get(LOADER), _StandIn):
        del sys.modules[LOADER]
    return importlib.import_module(LOADER)


class _StandIn(types.ModuleType):
    def get_plugins(self) -> Any:
        return _real().get_plugins() if declared() else ()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system's questions (`__path__`: no package)
            raise AttributeError(name)
        return getattr(_real(), name)


def install() -> None:
    """Put the stand-in in the loader's place, unless pydantic has loaded it already."""
    sys.modules.setdefault(LOADER, _StandIn(LOADER))
