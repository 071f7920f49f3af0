"""Run the installed `memogen` command in a child process, as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
ENTRY = BIN / "memogen"


def command() -> list[str]:
    """The `memogen` console script of this environment (else `python -m memogen`)."""
    return [str(ENTRY)] if ENTRY.is_file() else [sys.executable, "-m", "memogen"]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without colour switches, with this environment's bin/ first on PATH
    (so docs' `memogen …` lines run this memogen) and help wrapped at 100 columns."""
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "PYTHONPATH"}}
    env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])
    env["COLUMNS"] = "100"
    env.update(extra)
    return env


def memogen(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            input: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command(), *args], cwd=cwd, env=env or clean_env(), capture_output=True, text=True,
        input=input, timeout=timeout, check=False,
    )


def sh(line: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """One shell line, as typed at a prompt."""
    return subprocess.run(
        ["sh", "-c", line], cwd=cwd, env=env or clean_env(), capture_output=True, text=True,
        timeout=300, check=False,
    )


def have(tool: str) -> bool:
    return shutil.which(tool) is not None
