"""Installed packages' versions, for cache keys, without importing the packages.

`importlib.metadata.version` reads every installed distribution's metadata on each
lookup, and importing it (with email, csv and zipfile) costs a warm build more than
the lookups it makes. An installed package's `NAME-VERSION.dist-info` folder (the wheel
standard's name) says the same, so the folders on `sys.path` are listed once, in path
order as importlib searches them; a package installed another way (an egg) falls back
to importlib.metadata.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from functools import cache


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def _listing(folder: str) -> tuple[str, ...]:
    try:
        return tuple(sorted(os.listdir(folder or ".")))
    except OSError:
        return ()


def distributions() -> Iterator[tuple[str, str]]:
    """(folder, name) of each installed distribution's metadata folder on `sys.path`
    (`NAME-VERSION.dist-info`, or `NAME.egg-info`), in the order importlib searches."""
    for folder in sys.path:
        for name in _listing(folder):
            if name.endswith((".dist-info", ".egg-info")):
                yield folder or ".", name


@cache
def installed_version(package: str) -> str:
    """The version of the installed distribution `package` (as its metadata says it)."""
    wanted = _normal(package)
    for _, name in distributions():
        dist, sep, rest = name.partition("-")
        if sep and name.endswith(".dist-info") and _normal(dist) == wanted:
            return rest[: -len(".dist-info")]
    from importlib.metadata import version

    return version(package)
