"""Draft, validate and build every press release of a folder, and say what went wrong.

    python benchmarks/draft_folder.py FOLDER [--date YYYY-MM-DD] [--out DIR] [--no-build] [-v]

For each FOLDER/NAME.txt (also .html and .docx) this drafts a facts file in this process
(timed: the draft alone, after start-up), writes it to OUT/NAME.yaml, then runs
`memogen validate` and `memogen build --format all` on it as a user would, each in a
fresh process. A release's date is `--date`, else the first line of FOLDER/NAME.date if
that file exists, else what the release's own header says.

It prints one line per release and a summary: drafts that crashed (a traceback), drafts
refused with a message (no date, not Russian, …), drafts that do not validate, builds
that fail, and drafts slower than 1 s. With -v it also lists each draft's partner,
officials and companies, the items most often drafted wrong, for a reader to check.
The exit code is 1 when anything crashed, failed to validate or failed to build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from memogen.draft import draft_file  # noqa: E402
from memogen.errors import MemogenError  # noqa: E402

SUFFIXES = (".txt", ".html", ".htm", ".docx")
SLOW = 1.0  # seconds: the bound for a 5 KB release, after start-up


@dataclass
class Outcome:
    name: str
    state: str = "ok"  # ok, crash, refused, invalid, build
    seconds: float = 0.0
    detail: str = ""
    people: list[str] = field(default_factory=list)


def release_date(path: Path, given: dt.date | None) -> dt.date | None:
    if given is not None:
        return given
    side = path.with_suffix(".date")
    if side.exists():
        return dt.date.fromisoformat(side.read_text(encoding="utf-8").split()[0])
    return None


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "memogen", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


def _summary_of(facts) -> list[str]:
    partner = facts.parties.partner
    lines = [f"partner: {partner.name} ({partner.kind})"]
    for o in facts.parties.officials:
        person = o.person
        lines.append(f"official ({o.side}): {person.given or ''} {person.surname} — {o.position}")
    lines += [f"company: {c.name}" for s in facts.sectors for c in s.companies]
    lines += [f"figure: {f.indicator} {f.value} {f.scale} {f.period}" for f in facts.figures]
    lines += [f"event: {e.what}" for e in facts.events]
    lines += [f"agreement: {a.title} ({a.status})" for a in facts.agreements]
    return lines


def draft_one(path: Path, out: Path, date: dt.date | None, build: bool) -> Outcome:
    o = Outcome(path.stem)
    start = time.perf_counter()
    try:
        d = draft_file(path, date=release_date(path, date), out=out)
    except MemogenError as e:
        o.state, o.detail = "refused", str(e).splitlines()[0]
        return o
    except Exception:  # a benchmark reports every crash and goes on
        o.state, o.detail = "crash", traceback.format_exc().strip().splitlines()[-1]
        return o
    finally:
        o.seconds = time.perf_counter() - start
    out.write_text(d.yaml, encoding="utf-8")
    o.people = _summary_of(d.facts)
    checked = run(["validate", str(out)])
    if checked.returncode != 0:
        o.state, o.detail = "invalid", (checked.stderr or checked.stdout).strip()
        return o
    if build:
        built = run(["build", "--format", "all", "--out", str(out.parent / "built"), str(out)])
        if built.returncode != 0:
            o.state, o.detail = "build", (built.stderr or built.stdout).strip()
    return o


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--date", type=dt.date.fromisoformat, default=None)
    ap.add_argument("--out", type=Path, default=None, help="where drafts go (default: a temporary folder)")
    ap.add_argument("--no-build", action="store_true", help="draft and validate only")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    releases = sorted(p for p in a.folder.iterdir() if p.suffix.lower() in SUFFIXES)
    if not releases:
        print(f"{a.folder}: no .txt, .html or .docx release here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = a.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        outcomes = [draft_one(p, out / f"{p.stem}.yaml", a.date, not a.no_build) for p in releases]
    for o in outcomes:
        print(f"{o.name:30} {o.state:8} {o.seconds:6.2f} s  {o.detail.splitlines()[0] if o.detail else ''}")
        if a.verbose:
            print("".join(f"    {line}\n" for line in o.people), end="")
            print("".join(f"    | {line}\n" for line in o.detail.splitlines()[1:]), end="")
    return _summary(outcomes)


def _summary(outcomes: list[Outcome]) -> int:
    count = {s: sum(o.state == s for o in outcomes) for s in ("ok", "crash", "refused", "invalid", "build")}
    slow = [o for o in outcomes if o.seconds > SLOW]
    # the first draft pays for importing the dictionaries: it is start-up, not drafting
    slowest = max((o.seconds for o in outcomes[1:]), default=0.0)
    print(
        f"\nTOTAL {len(outcomes)} releases: {count['ok']} ok, {count['crash']} crashed, "
        f"{count['refused']} refused, {count['invalid']} invalid, {count['build']} failed to build; "
        f"{len(slow)} drafted in over {SLOW:.0f} s (slowest after the first {slowest:.2f} s)"
    )
    return 1 if count["crash"] or count["invalid"] or count["build"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
