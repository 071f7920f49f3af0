"""Every `memogen …` command shown in the manuals (docs/*.md) and the README is run, in a
workspace made by `memogen init`, and what the manual says it prints is what it prints
(issue 14, point 8). So the manuals cannot drift from the program.

What counts as a command shown: in a fenced code block, a line `$ memogen …` (the lines
after it, up to the next `$`, are its output) or, in a `sh` block, a line starting with
`memogen`, `NAME=value memogen` or `cd DIR && memogen`. A synopsis with placeholders
(`FACTS`, `[--send]`, `pdf|docx`, `…`) is not a command. In the output, numbers may
differ (file sizes, counts), a line ending in `…` is abridged and a line `…` stands for
lines left out; lines are compared regardless of order, since errors and results go to
different streams.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.cli.run import clean_env, memogen, sh

from paths import ROOT

COMMAND = re.compile(r"^(?:\w+=\S+ |cd \S+ && )*memogen(?=\s|$)")
PLACEHOLDER = re.compile(r"…|\[|\]|\w\|\w|\b[A-Z][A-Z_]{2,}\b")
MANUALS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@dataclass
class Shown:
    manual: str
    line: int
    command: str
    output: list[str] | None  # None: not shown, only the exit code 0 is checked


def shown_commands(path: Path) -> list[Shown]:
    from markdown_it import MarkdownIt

    found: list[Shown] = []
    for token in MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8")):
        if token.type != "fence" or token.map is None:
            continue
        lang = token.info.strip().split(" ")[0]
        current: Shown | None = None
        for n, raw in enumerate(token.content.splitlines()):
            line = raw.strip()
            where = token.map[0] + 2 + n
            if line.startswith("$ "):
                current = None
                command = line[2:]
                if COMMAND.match(command) and not PLACEHOLDER.search(_bare(command)):
                    current = Shown(path.name, where, command, [])
                    found.append(current)
            elif current is not None and current.output is not None:
                current.output.append(raw)
            elif lang in {"sh", "bash", "console", "shell", ""} and COMMAND.match(line):
                command = re.sub(r"\s+#.*$", "", line)  # the shell ignores a trailing comment
                if not PLACEHOLDER.search(_bare(command)):
                    found.append(Shown(path.name, where, command, None))
    return found


def _bare(command: str) -> str:
    """The command without its environment assignments, whose names are upper-case."""
    return re.sub(r"^(\w+=\S+ )+", "", command)


def normalised(line: str) -> str:
    return re.sub(r"\d+", "0", " ".join(line.split()))


def matches(expected: list[str], actual: list[str]) -> bool:
    """Every line shown is printed, and nothing else unless the manual shows a line `…`
    (more lines, left out)."""
    more = any(x.strip() == "…" for x in expected)
    want = sorted(normalised(x) for x in expected if x.strip() and x.strip() != "…")
    pending = sorted(normalised(x) for x in actual if x.strip())
    for line in want:
        hit = next((g for g in pending if g == line or (line.endswith("…") and g.startswith(line[:-1]))), None)
        if hit is None:
            return False
        pending.remove(hit)
    return more or not pending


# -- what the manuals' prose assumes the reader has -------------------------------------


def _facts_md(ws: Path, example: str, **_) -> None:
    # «with share: {percent: 15, …} in food-2024 (a typing slip for 1.5)»
    (ws / "facts" / "vologda-draft2.yaml").write_text(example.replace("percent: 1.5,", "percent: 15,")
                                                      .replace("percent: 1.5\n", "percent: 15\n"), encoding="utf-8")
    # «value: 678.1 was mistyped as valeu: 678,1 (line 60) and period: 2025-01..06 as 2025-1..6 (line 65)»
    typos = example.replace("value: 678.1", "valeu: 678,1", 1).replace("period: 2025-01..06", "period: 2025-1..6", 1)
    (ws / "facts" / "vologda-draft.yaml").write_text(typos, encoding="utf-8")


def _draft_md(ws: Path, **_) -> None:
    import docx

    release = (ROOT / "facts" / "sources" / "gov-2025-08-25.txt").read_text(encoding="utf-8")
    (ws / "release.txt").write_text(release, encoding="utf-8")
    document = docx.Document()
    for paragraph in release.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    document.save(ws / "release.docx")


def _mail_md(ws: Path, smtp: dict, **_) -> None:
    """The manual's own memogen.yaml, its server replaced by the test server."""
    from ruamel.yaml import YAML

    text = (ROOT / "docs" / "mail.md").read_text(encoding="utf-8")
    block = next(b for lang, b in re.findall(r"^```(\w*)\n(.*?)^```", text, re.S | re.M) if lang == "yaml")
    config = YAML(typ="safe").load(block)
    config["mail"]["smtp"].update(smtp)
    (ws / "memogen.yaml").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")


SETUP = {"facts.md": _facts_md, "draft.md": _draft_md, "mail.md": _mail_md}


@pytest.mark.slow
@pytest.mark.parametrize("manual", MANUALS, ids=[p.name for p in MANUALS])
def test_every_command_shown_runs_as_shown(manual, tmp_path, smtp_server, tls_files):
    from smtp_server import PASSWORD, USER, Handler

    shown = shown_commands(manual)
    if not shown:
        pytest.skip(f"{manual.name} shows no memogen command")
    assert memogen("init", "-q", "ws", cwd=tmp_path).returncode == 0
    ws = tmp_path / "ws"
    shutil.copytree(ROOT / "templates", ws / "templates")  # the ministry themes the manuals name
    home = tmp_path / "home"
    (home / ".config" / "fish" / "completions").mkdir(parents=True)
    _, port = smtp_server(Handler())
    smtp = {"host": "127.0.0.1", "port": port, "username": USER, "cafile": str(tls_files[0]),
            "timeout_s": 30, "retries": 0}
    example = (ws / "facts" / "vologda-2025.yaml").read_text(encoding="utf-8")
    SETUP.get(manual.name, lambda *a, **k: None)(ws, example=example, smtp=smtp)
    env = clean_env(HOME=str(home), MEMOGEN_SMTP_PASSWORD=PASSWORD)
    for item in shown:
        result = sh(item.command, ws, env)
        where = f"{item.manual}:{item.line}: `{item.command}`"
        lines = (result.stdout + result.stderr).splitlines()
        fails = item.output is not None and any(x.startswith("error:") for x in item.output)
        assert (result.returncode != 0) == fails, f"{where} exited {result.returncode}:\n{result.stderr}"
        if item.output is not None:
            assert matches(item.output, lines), (
                f"{where} prints something else than the manual shows:\n" + "\n".join(lines)
            )


def test_the_extraction_finds_the_commands_it_should():
    cli = {s.command for s in shown_commands(ROOT / "docs" / "cli.md")}
    assert {"memogen --help", "memogen init memos", "memogen validate facts/vologda-2025.yaml",
            "memogen schema > schema/facts.schema.json"} <= cli
    assert not any("FACTS" in c or "[" in c for c in cli)
    mail = {s.command for s in shown_commands(ROOT / "docs" / "mail.md")}
    assert "memogen mail facts/vologda-2025.yaml --to minister-office --cc press --send" in mail
    readme = {s.command for s in shown_commands(ROOT / "README.md")}
    assert "cd memos && memogen build --format all" in readme


def test_output_matching_allows_numbers_abridged_lines_and_left_out_lines():
    assert matches(["built a.pdf (88942 bytes)"], ["built a.pdf (90001 bytes)"])
    assert not matches(["built a.pdf"], ["built a.pdf", "built a.docx"])
    assert matches(["built a.pdf", "…"], ["built a.docx", "built a.pdf"])
    assert matches(["error: x: unknown key, allowed: …"], ["error: x: unknown key, allowed: a, b"])
    assert not matches(["ok: x"], ["error: x"])
