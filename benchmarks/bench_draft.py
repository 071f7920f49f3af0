"""Drafting quality and speed → per release and in total: figure recall and precision
against the hand-curated readings, party and company recall, and the time each draft
takes after start-up.

Run from the repository root:  python benchmarks/bench_draft.py [--corpus FOLDER] [-v]

The sets are measured apart: tests/data/releases/ (the rules were developed against
it), then each folder under it (round2/ … round6/, heldout/ … heldoutN/), each written as held
out and measured before any rule was tuned on it; its section of tests/data/releases/README.md
says that first measure and whether it has been opened for tuning since. A set never opened
holds a `NEVER-OPEN` file and is left out: measure it by name with --corpus, totals only.
Each `NAME.txt` is drafted with `memogen.draft.draft_file` and compared
with `NAME.expected.yaml` (tests/data/releases/README.md describes it):

- a drafted figure matches an expected one when the indicator, the period (as months of
  a year; an expected period of null, «the release gives none», matches only a figure
  drafted with `period: unstated`), the value with its scale (678.1
  million = 678 100 thousand; both null for growth-only figures) and the hedge agree;
  each expected figure is matched at most once. Recall = matched / expected, precision
  = matched / drafted. A count is a figure with a `unit`; a place alone is a rank; a
  trade with a third country (`counterparty`, drafted or curated) matches no figure of our
  trade, only one with a counterparty too, another Belarusian region's own figure (`holder`) only
  one with a holder too, and trade in services (`trade`) none in goods; an absolute
  change (`growth.amount`) is growth, never the value. A balance stated only by its sign
  (`sign`, no value) in a period whose balance the curated file lists under `computed` is
  left out of both counts (the release gives no amount to match, and -v names it).
- parties: our side when the curated file names it (`ours`: a Belarusian region), the
  partner (its full name as the memo writes it: «Республика Узбекистан»
  is not «Узбекистан»; case, quotes and «ё» aside, and «город» before a city's name is
  its kind, not its name) and every expected official (given name, patronymic when the
  release gives one, surname), as recall. -v also prints a partner of the wrong kind.
- posts and sides of the found officials: of every expected official drafted, whether
  the post agrees (compared as the memo writes a post: a state by its official name,
  «Посол Беларуси в России» = «Посол Республики Беларусь в Российской Федерации», a
  contracted body or a known abbreviation in full, «облисполкома» = «областного
  исполнительного комитета»; the drafter's own rules for both, so a curated post worded
  as the release words it still agrees) and whether the side agrees. -v lists each
  disagreement.
- companies: every expected company by its name without the legal form (-v also prints
  one found on the other side or with another form); events and
  agreements: every expected one by its name — matched when the drafted name holds at
  least two thirds of the expected name's words (as dictionary lemmas) and the expected
  name at least half of the drafted one's, so a name run on into the next clause does
  not count — and an agreement by its status too; proposals: every expected one by its
  text, matched to a drafted action by the same rule on the words, a verb and the noun
  naming its deed counting as one word (so «участие … в строительстве жилья» is «Принять
  участие в строительстве жилья», «Поставки техники» is «Поставлять технику», and an action
  run on over a whole sentence is none). All as recall; -v lists each miss and each drafted
  item that matches nothing.
- attributes of the matched figures: of every matched pair, whether the growth (its kind
  and number, and whether a multiple is a fall; growth in words by its words), the share
  (its percent), the rank (its place, or N of a place within the first N), the whole of a
  count «N из M» (its M) and the status (what happened, what is expected or forecast, what is a target) agree too, each
  counted where either side states it. The key above leaves them out, so a figure drafted
  with the wrong growth or as an actual when the release forecasts it still counts as
  matched there; this line says how often.
  -v lists each disagreement.
- near misses (-v): each missed figure is paired with a left-over drafted figure of the same
  release that differs from it in one part of the key only (the indicator, the period, the
  amount or the hedge; each drafted figure pairs once), and the total says how many missed
  figures were off by each part and how many had no drafted figure that near («not
  drafted»): what to fix first, the period model or the reading of a number.
- review marks: each drafted figure under its mark (`sure`, `check`, `guess`), and how many
  of each are right (matched as above): the precision of each mark, and the share of the
  matched figures left `sure`, the ones an analyst may pass without a note; the same for
  events, agreements and proposals together (an item is right when it matches a curated
  one). Two lines just under the TOTAL line. -v also lists each kind of review note the
  drafted figures carry (what it quotes or counts aside) with how many of the figures
  carrying it are right, the least often right first: which assumptions fail.
- time: one unmeasured draft loads the dictionaries first (start-up, printed apart);
  then each release is drafted once, timed with time.perf_counter.
- a release the drafter refuses or crashes on is printed as an error; its expected figures
  still count as missed in the total's recall.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from memogen.draft import draft_file  # noqa: E402
from memogen.errors import MemogenError  # noqa: E402

FACTOR = {None: 1, "units": 1, "тыс.": 10**3, "thousand": 10**3, "млн": 10**6, "million": 10**6,
          "млрд": 10**9, "billion": 10**9, "трлн": 10**12, "trillion": 10**12}
HEDGE_SAME = {"свыше": "более", "порядка": "около", "больше": "более", "примерно": "около", "ориентировочно": "около"}


@dataclass
class Score:
    name: str
    expected: int = 0
    drafted: int = 0
    matched: int = 0
    parties: int = 0
    parties_found: int = 0
    companies: int = 0
    companies_found: int = 0
    events: int = 0
    events_found: int = 0
    agreements: int = 0
    agreements_found: int = 0
    proposals: int = 0
    proposals_found: int = 0
    attributes: dict[str, list[int]] = dataclasses.field(default_factory=dict)  # name → [agree, stated]
    near: dict[str, int] = dataclasses.field(default_factory=dict)  # the one part a missed figure is off by → count
    sure_whole: int = 0  # right `sure` figures whose growth, share, rank and status agree too
    officials: dict[str, list[int]] = dataclasses.field(default_factory=dict)  # post/side → [agree, found]
    # «figures»/«items» → its review mark → [matched, drafted]
    by_mark: dict[str, dict[str, list[int]]] = dataclasses.field(default_factory=dict)
    # a kind of note → [matched, drafted, matched alone, drafted alone] (`tally_notes`)
    by_note: dict[str, list[int]] = dataclasses.field(default_factory=dict)
    by_part: dict[str, dict[str, list[int]]] = dataclasses.field(default_factory=dict)  # events, … → mark → counts
    seconds: float = 0.0
    size: int = 0
    error: str = ""


def months(period: object) -> tuple[int, int, int, int] | None:
    """«2025», «2025-01..2025-06», «2009-01..2025-08», «2025-03» (expected) or a facts
    period → (first year, first month, last year, last month)."""
    if period is None:
        return None
    text = str(period)
    if text.isdigit():
        return int(text), 1, int(text), 12
    year, _, rest = text.partition("-")
    if rest.startswith("Q"):
        n = int(rest[1:])
        return int(year), 3 * n - 2, int(year), 3 * n
    if rest.startswith("H"):
        n = int(rest[1:])
        return int(year), 6 * n - 5, int(year), 6 * n
    first, _, last = rest.partition("..")
    if not last:
        return int(year), int(first), int(year), int(first)
    last_year, _, last_month = last.rpartition("-")
    return int(year), int(first), int(last_year or year), int(last_month)


def _traded(trade: str | None) -> str:
    """«services », «goods and services »: what a flow trades when it is not goods alone."""
    return "" if trade in (None, "goods") else trade.replace("_", " ") + " "


def expected_key(f: dict) -> tuple:
    value = f.get("value")
    amount = None if not value else Decimal(str(value["number"])) * FACTOR[value.get("scale")]
    hedge = f.get("hedge")
    indicator = ("third-country " if f.get("counterparty") else "") + _traded(f.get("trade")) + f["indicator"]
    if f.get("holder"):
        indicator = "regional " + indicator  # another Belarusian region's own figure
    return indicator, months(f.get("period")), amount, HEDGE_SAME.get(hedge, hedge)


def drafted_key(f) -> tuple:
    indicator = f.indicator
    if getattr(f, "unit", None) and indicator == "other":
        indicator = "count"
    elif indicator == "other" and re.search(r"контракт|договор|сделк", f.label or ""):
        indicator = "contracts"  # the facts model keeps the value of contracts as a labelled figure
    indicator = _traded(getattr(f, "trade", None)) + indicator  # trade in services is no trade in goods
    if getattr(f, "counterparty", None) is not None:
        indicator = "third-country " + indicator  # a trade with a third country is none of ours
    if getattr(f, "holder", None) is not None:
        indicator = "regional " + indicator  # nor is another Belarusian region's own figure
    if f.value is None and f.growth is None and f.share is None and getattr(f, "rank", None) is not None:
        indicator = "rank"
    if f.value is None and f.growth is None and f.share is not None:
        # a figure whose only content is a share; a third country's share stays a third country's
        indicator = ("third-country " if getattr(f, "counterparty", None) is not None else "") + "share"
    amount = None if f.value is None else Decimal(str(f.value)) * FACTOR[f.scale]
    p = f.period  # None for `period: unstated`: it matches only an expected period of null
    # «с начала года» (YYYY-YTD): the curated files write the year, preliminary; a span of
    # years (2015..2025) is its first year's January to its last year's December
    period = None if p is None else (getattr(p, "since", 0) or p.year, p.first, p.year, p.last or 12)
    # a place within the first N (`rank.top`): the curated files write its N with the hedge «до»
    hedge = "до" if getattr(getattr(f, "rank", None), "top", None) else f.qualifier
    return indicator, period, amount, HEDGE_SAME.get(hedge, hedge)


def agree(exp: tuple, got: tuple) -> bool:
    """Indicator, period, amount and hedge all agree; a period of null only with null (a
    memo must not date what its release does not)."""
    return exp == got


def norm(text: str) -> str:
    """A name compared as written: case, «ё», quotes and spacing aside."""
    text = text.lower().replace("ё", "е")
    for mark in "«»\"“”„":
        text = text.replace(mark, "")
    return " ".join(text.split())


def party_name(name: str, kind: str | None) -> str:
    """The partner's name as compared: «город» before a city's name is its kind."""
    text = norm(name)
    return text.removeprefix("город ") if kind == "city" else text


_STOP = {"и", "в", "во", "на", "с", "со", "по", "о", "об", "для", "между", "к", "от", "до", "из", "за", "при"}


def lemmas(text: str) -> set[str]:
    """The words of a name as dictionary lemmas («заседания комиссии» = «заседание комиссия»)."""
    from memogen import inflect

    words = re.findall(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*", norm(text))
    return {inflect.morph().parse(w)[0].normal_form for w in words if w not in _STOP}


def same_name(expected: str, drafted: str) -> bool:
    """Whether a drafted name is the expected one: it holds two thirds of the expected
    words and not many more of its own (a name run on past its end does not count)."""
    want, got = lemmas(expected), lemmas(drafted)
    if not want or not got:
        return False
    common = len(want & got)
    return common >= 2 / 3 * len(want) and common >= 1 / 2 * len(got)


def _word_lemmas(text: str) -> list[tuple[str, str]]:
    """Each content word of a text as (lemma, part of speech)."""
    from memogen import inflect

    words = re.findall(r"[а-яёa-z0-9]+(?:-[а-яёa-z0-9]+)*", norm(text))
    parses = [inflect.morph().parse(w)[0] for w in words if w not in _STOP]
    return sorted({(p.normal_form, str(p.tag.POS)) for p in parses})


# verbs of «идти» name their deed with «-ход»: «выйти» — «выход», «перейти» — «переход», «подойти» — «подход»
_GOING = re.compile(r"^(.*?)о?(?:йти|идти)$")


def _kin(verb: str, noun: str) -> bool:
    """Whether a noun names the deed of a verb, both as lemmas: they share a stem of five
    letters or more that leaves at most three letters of the shorter one («поставлять» —
    «поставка», «развивать» — «развитие», «участвовать» — «участие», «расширить» —
    «расширение»), or the verb is one of «идти» and the noun its «-ход» («выйти» — «выход»)."""
    going = _GOING.match(verb)
    if going and going.group(1) and noun == going.group(1) + "ход":
        return True
    stem = len(os.path.commonprefix([verb, noun]))
    return stem >= 5 and min(len(verb), len(noun)) - stem <= 3


def _same_word(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """One word: the same lemma, or a verb's infinitive and the noun naming its deed."""
    if a[0] == b[0]:
        return True
    verb, noun = (a, b) if a[1] == "INFN" else (b, a)
    return verb[1] == "INFN" and noun[1] == "NOUN" and _kin(verb[0], noun[0])


def same_deed(expected: str, drafted: str) -> bool:
    """`same_name` for a proposal: a verb and the noun naming its deed count as one word
    («Поставлять технику» is «Поставки техники», «Выйти на рынок» is «Выход … на рынок»)."""
    want, got = _word_lemmas(expected), _word_lemmas(drafted)
    if not want or not got:
        return False
    held = sum(any(_same_word(w, g) for g in got) for w in want)
    own = sum(any(_same_word(g, w) for w in want) for g in got)
    return held >= 2 / 3 * len(want) and own >= 1 / 2 * len(got)


def score(txt: Path, verbose: bool) -> Score:
    expected = YAML(typ="safe").load(txt.with_suffix("").with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    s = Score(txt.stem, size=txt.stat().st_size)
    start = time.perf_counter()
    try:
        draft = draft_file(txt)
    except MemogenError as exc:
        s.error, s.expected = str(exc), len(expected.get("figures") or [])
        return s
    except Exception as exc:  # a drafter crash is a result to report, not the end of the run
        s.error, s.expected = f"crash {type(exc).__name__}: {exc}", len(expected.get("figures") or [])
        return s
    s.seconds = time.perf_counter() - start
    facts = draft.facts
    wanted = [(expected_key(f), f) for f in expected.get("figures") or []]
    n = len(facts.figures)
    marked = zip(facts.figures, _marks_of(draft, "figures", n), _notes_of(draft, n))
    got = [(drafted_key(f), f, m, notes) for f, m, notes in marked
           if not _computed_in_truth(f, expected, txt.stem, verbose)]
    s.expected, s.drafted = len(wanted), len(got)
    free, missed = list(got), []
    for exp in wanted:
        hit = next((g for g in free if agree(exp[0], g[0])), None)
        if hit is not None:
            free.remove(hit)
            s.matched += 1
            if _attributes(s, exp[1], hit[1], verbose) and hit[2] == "sure":
                s.sure_whole += 1
        else:
            missed.append(exp[0])
            if verbose:
                print(f"  {txt.stem}: missed   {exp[0]}")
    _near_misses(s, missed, [g[0] for g in free], verbose)
    left = {id(g) for g in free}
    tally_marks(s.by_mark.setdefault("figures", {}), [g[2] for g in got], [id(g) not in left for g in got])
    for g in got:
        tally_notes(s.by_note, g[3], id(g) not in left)
    if verbose:
        for g in free:
            print(f"  {txt.stem}: unmatched {g[0]}")
    _parties(s, expected, facts, verbose)
    _items(s, expected, facts, verbose, draft)
    return s


MARK_ORDER = ("sure", "check", "guess")


def _marks_of(draft, part: str, n: int) -> list[str]:
    """The review mark of each drafted item of a part, in the facts' order (a drafter
    older than `Draft.item_marks` marks nothing: all «sure», as its file says)."""
    marks = list(getattr(draft, "item_marks", {}).get(part) or [])
    return marks if len(marks) == n else ["sure"] * n


def _notes_of(draft, n: int) -> list[list[str]]:
    """Each drafted figure's review notes, in the facts' order (none from an older drafter)."""
    notes = list(getattr(draft, "item_notes", {}).get("figures") or [])
    return notes if len(notes) == n else [[] for _ in range(n)]


def note_kind(note: str) -> str:
    """A review note without what it quotes or counts: «"девять месяцев" names no year of
    its own» and «"январе–мае" names no year of its own» are one kind of note."""
    return re.sub(r"\d+(?:[.,]\d+)?", "N", re.sub(r"«[^«»]*»", "«…»", note))


def tally_notes(tally: dict[str, list[int]], notes: list[str], right: bool) -> None:
    """Add a drafted figure to each kind of note it carries: [matched, drafted, matched
    alone, drafted alone], «alone» where it is the figure's only kind of note: what the
    figures would be worth `sure` if the note were dropped or made a remark."""
    kinds = list(dict.fromkeys(note_kind(note) for note in notes))
    for kind in kinds:
        counts = tally.setdefault(kind, [0, 0, 0, 0])
        counts[0] += int(right)
        counts[1] += 1
        if len(kinds) == 1:
            counts[2] += int(right)
            counts[3] += 1


def tally_marks(tally: dict[str, list[int]], marks: list[str], right: list[bool]) -> None:
    """Add each drafted item to its mark's [matched, drafted]: what a mark is worth."""
    for mark, hit in zip(marks, right):
        counts = tally.setdefault(mark, [0, 0])
        counts[0] += int(hit)
        counts[1] += 1


def add_marks(total: dict[str, dict[str, list[int]]], each: dict[str, dict[str, list[int]]]) -> None:
    """Add one release's tallies (a part → its mark → [matched, drafted]) to the total's."""
    for what, marks in each.items():
        for mark, (hit, n) in marks.items():
            counts = total.setdefault(what, {}).setdefault(mark, [0, 0])
            counts[0], counts[1] = counts[0] + hit, counts[1] + n


def mark_line(what: str, tally: dict[str, list[int]]) -> str:
    """«figures by mark: sure 95 of 100 right (95.0 %), …; matched ones sure: 95 of 110
    (86.4 %)»: the precision of each mark and the share of the right ones left «sure»."""
    parts = [f"{m} {tally.get(m, [0, 0])[0]} of {tally.get(m, [0, 0])[1]} right ({pct(*tally.get(m, [0, 0])).strip()})"
             for m in (*MARK_ORDER, *sorted(set(tally) - set(MARK_ORDER)))]
    right = sum(hit for hit, _ in tally.values())
    sure = tally.get("sure", [0, 0])[0]
    return f"{what} by mark: {', '.join(parts)}; matched ones sure: {sure} of {right} ({pct(sure, right).strip()})"


KEY_PARTS = ("indicator", "period", "amount", "hedge")


def _off_by(exp: tuple, got: tuple) -> str | None:
    """The one part of the key (indicator, period, amount, hedge) in which a drafted figure
    differs from an expected one, or None when they differ in none or in more."""
    parts = [name for name, a, b in zip(KEY_PARTS, exp, got) if a != b]
    return parts[0] if len(parts) == 1 else None


def _near_misses(s: Score, missed: list[tuple], free: list[tuple], verbose: bool) -> None:
    """Tally each missed figure by the one part a left-over drafted figure is off by
    («period»: drafted, with the wrong period), or as «not drafted» when none is that near;
    each drafted figure serves one miss."""
    free = list(free)
    for exp in missed:
        near = next(((g, part) for g in free if (part := _off_by(exp, g))), None)
        part = near[1] if near else "not drafted"
        s.near[part] = s.near.get(part, 0) + 1
        if near:
            free.remove(near[0])
            if verbose:
                print(f"  {s.name}: off by the {part}: drafted {near[0]}, expected {exp}")


def _number(value: object) -> str | None:
    return None if value is None else format(Decimal(str(value)).normalize(), "f")


def _growth(g: dict | None) -> tuple | None:
    """An expected growth → (kind, number[, "fall"]), or its words when it has no number."""
    if not g:
        return None
    if g.get("value") is None:
        return ("words", norm(g["stated"]))
    return (g["kind"], _number(g["value"])) + (("fall",) if g.get("fall") else ())


def _drafted_growth(g) -> tuple | None:
    if g is None:
        return None
    for kind in ("index", "change", "times"):
        if getattr(g, kind) is not None:
            return (kind, _number(getattr(g, kind))) + (("fall",) if g.fall else ())
    return ("words", norm(g.words)) if g.words else None


# A status's class: what happened, what is expected or forecast, what is set as a target.
_STATUS = {"actual": "happened", "preliminary": "happened", "estimate": "happened",
           "expected": "forecast", "forecast": "forecast", "target": "target"}


def _attributes(s: Score, want: dict, got, verbose: bool) -> bool:
    """Count whether a matched pair's growth, share, rank and status agree too; whether
    all of them do."""
    share, rank = want.get("share") or {}, want.get("rank") or {}
    pairs = {
        "growth": (_growth(want.get("growth")), _drafted_growth(got.growth)),
        "share": (_number(share.get("percent")), _number(got.share and got.share.percent)),
        "rank": (rank.get("place"), got.rank and (got.rank.position or got.rank.top)),
        "status": (_STATUS[want["status"]], _STATUS[got.status]),
        "whole": (_number((want.get("value") or {}).get("out_of")), _number(getattr(got, "out_of", None))),
    }
    whole = True
    for name, (exp, drafted) in pairs.items():
        if exp is None and drafted is None:
            continue
        tally = s.attributes.setdefault(name, [0, 0])
        tally[1] += 1
        if exp == drafted:
            tally[0] += 1
            continue
        whole = False
        if verbose:
            print(f"  {s.name}: {want['id']}: {name} drafted {drafted}, expected {exp}")
    return whole


def _computed_in_truth(f, expected: dict, release: str, verbose: bool) -> bool:
    """A balance stated only by its sign («сальдо сложилось положительное»), in a period
    whose balance the curated file lists as computed (`computed: balance PERIOD`): the
    release states no amount to match, and the truth already says the memo computes one;
    it is left out of the counts (-v names it)."""
    if f.indicator != "balance" or f.value is not None or getattr(f, "sign", None) is None or f.period is None:
        return False
    said = [c["what"].split()[-1] for c in expected.get("computed") or [] if c["what"].startswith("balance ")]
    p = f.period
    if not any(months(w) == (p.year, p.first, p.year, p.last or 12) for w in said):
        return False
    if verbose:
        print(f"  {release}: not counted: a balance stated only as {f.sign} for {p}, computed in the truth")
    return True


def _parties(s: Score, expected: dict, facts, verbose: bool) -> None:
    want, got = expected["partner"], facts.parties.partner
    s.parties, s.parties_found = 1, int(party_name(want["name"], want.get("kind")) == party_name(got.name, got.kind))
    if verbose and not s.parties_found:
        print(f"  {s.name}: partner missed {want['name']} (drafted {got.name})")
    elif verbose and want.get("kind") != got.kind:
        print(f"  {s.name}: partner {got.name} drafted as {got.kind}, expected {want.get('kind')}")
    _ours(s, expected, facts, verbose)
    forms = [
        {norm(f"{o.person.given} {o.person.surname}"),
         norm(" ".join(x for x in (o.person.given, o.person.patronymic, o.person.surname) if x))}
        for o in facts.parties.officials
    ]
    people = set().union(*forms)
    names = [o["name"] for o in expected.get("officials") or []]
    s.parties += len(names)
    s.parties_found += _recall(s.name, "official", names, lambda name: norm(name) in people, verbose)
    _positions(s, expected, facts, verbose)
    if verbose:
        for person in forms:
            if not person & {norm(n) for n in names}:
                print(f"  {s.name}: official extra {max(person, key=len)}")


def _ours(s: Score, expected: dict, facts, verbose: bool) -> None:
    """Our side counts as a party when the curated file names it (a Belarusian region);
    -v prints a drafted region the curated file does not name."""
    want, got = expected.get("ours"), facts.parties.ours
    if want is None:
        if verbose and norm(got.name) != norm("Республика Беларусь"):
            print(f"  {s.name}: ours extra {got.name} (curated: Республика Беларусь)")
        return
    s.parties += 1
    found = party_name(want["name"], want.get("kind")) == party_name(got.name, got.kind)
    s.parties_found += int(found)
    if verbose and not found:
        print(f"  {s.name}: ours missed {want['name']} (drafted {got.name})")


def _positions(s: Score, expected: dict, facts, verbose: bool) -> None:
    """Of each expected official drafted, whether the post (as the memo writes it) and the
    side agree; -v prints each disagreement."""
    drafted = {norm(f"{o.person.given} {o.person.surname}"): o for o in facts.parties.officials}
    for want in expected.get("officials") or []:
        got = drafted.get(norm(want["name"]))
        if got is None:
            continue
        agree = {"post": post_form(got.position) == post_form(want["position"]), "side": got.side == want["side"]}
        for what, same in agree.items():
            tally = s.officials.setdefault(what, [0, 0])
            tally[0], tally[1] = tally[0] + same, tally[1] + 1
        if verbose and not all(agree.values()):
            print(f"  {s.name}: official {want['name']} drafted as «{got.position}», {got.side}; "
                  f"expected «{want['position']}», {want['side']}")


def post_form(post: str) -> str:
    """A post as compared: as the memo writes it (a state by its official name, a
    contracted body and a known abbreviation in full), case, quotes and «ё» aside."""
    from memogen.draft.parties import official_states
    from memogen.draft.posts import in_full

    return norm(official_states(in_full(post, [])))


def _items(s: Score, expected: dict, facts, verbose: bool, draft=None) -> None:
    """Companies by name; events, agreements and proposals by name (and an agreement's
    status): a proposal's action by the words of the curated text, as an event's name.
    Each drafted event, agreement and proposal that matches a curated one counts as right
    for its review mark."""
    companies = [norm(c.name) for sector in facts.sectors for c in sector.companies]
    events = [e.what for e in facts.events]
    agreements = [f"{_printed(a)} ({a.status})" for a in facts.agreements]
    proposals = [p.action for p in facts.proposals]
    kinds = (
        ("company", "companies", "name", companies, lambda want, got: norm(want) == got),
        ("event", "events", "name", events, same_name),
        ("agreement", "agreements", "title", agreements, _same_agreement),
        ("proposal", "proposals", "text", proposals, same_deed),
    )
    for what, key, field, drafted, same in kinds:
        wanted = [_remarkless(e[field], what) + (f" ({e['status']})" if what == "agreement" else "")
                  for e in expected.get(key) or []]
        found = _recall(s.name, what, wanted, lambda want, d=drafted, f=same: any(f(want, g) for g in d), verbose)
        setattr(s, key, len(wanted))
        setattr(s, key + "_found", found)
        if key != "companies":
            right = [any(same(want, got) for want in wanted) for got in drafted]
            tally_marks(s.by_mark.setdefault("items", {}), _marks_of(draft, key, len(drafted)), right)
            tally_marks(s.by_part.setdefault(key, {}), _marks_of(draft, key, len(drafted)), right)
        if verbose:
            for got in drafted:
                if not any(same(want, got) for want in wanted):
                    print(f"  {s.name}: {what} extra {got}")
    if verbose:
        _company_sides(s.name, expected, facts)


def _remarkless(name: str, what: str) -> str:
    """A curated event's, agreement's or proposal's name without the curator's remarks in
    brackets («(почти два десятка)», «(12 декабря 2019 г.)», «(в составе российской
    делегации)»): they say how many, when or in what role, which the drafted item keeps
    elsewhere or not at all, and are no words of the name."""
    return name if what == "company" else " ".join(re.sub(r"\s*\([^()]*\)", " ", name).split())


def _company_sides(release: str, expected: dict, facts) -> None:
    """-v: a company found under its name but on the other side or with another form."""
    drafted = {norm(c.name): c for sector in facts.sectors for c in sector.companies}
    for want in expected.get("companies") or []:
        got = drafted.get(norm(want["name"]))
        if got is not None and (got.side, got.legal_form) != (want["side"], want.get("form")):
            print(f"  {release}: company {got.name} drafted as {got.side}, {got.legal_form}; "
                  f"expected {want['side']}, {want.get('form')}")


def _printed(agreement) -> str:
    """An agreement's title as the memo prints it: with its term («… на 2026–2028 годы»)."""
    years = agreement.years
    return f"{agreement.title} на {years[0]}–{years[1]} годы" if years else agreement.title


def _same_agreement(want: str, got: str) -> bool:
    """«title (status)»: the same name and the same status."""
    (title, status), (drafted, drafted_status) = want.rsplit(" (", 1), got.rsplit(" (", 1)
    return status == drafted_status and same_name(title, drafted)


def _recall(release: str, what: str, names: list[str], found, verbose: bool) -> int:
    hits = 0
    for name in names:
        if found(name):
            hits += 1
        elif verbose:
            print(f"  {release}: {what} missed {name}")
    return hits


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    — "


_COUNTED = ("parties", "companies", "events", "agreements", "proposals")


def _row(name: str, s: Score) -> str:
    counts = " ".join(f"{pct(getattr(s, k + '_found'), getattr(s, k)):>{len(k) + 1}}" for k in _COUNTED)
    return f"{name:<34} {pct(s.matched, s.expected):>8} {pct(s.matched, s.drafted):>10} {counts}"


def report(title: str, scores: list[Score], verbose: bool = False) -> Score:
    """One table: a row per release and its total, which it returns."""
    print(f"\n{title}")
    heads = " ".join(f"{k:>{len(k) + 1}}" for k in _COUNTED)
    print(f"{'release':<34} {'recall':>8} {'precision':>10} {heads} {'KB':>5} {'ms':>6}")
    for s in scores:
        if s.error:
            print(f"{s.name:<34} error: {s.error}")
            continue
        print(f"{_row(s.name, s)} {s.size / 1024:5.1f} {s.seconds * 1000:6.0f}")
    total = Score("total")
    for s in scores:
        for name in ("expected", "drafted", "matched", *_COUNTED, *(k + "_found" for k in _COUNTED)):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        total.seconds = max(total.seconds, s.seconds)
    print(f"{_row('TOTAL (' + str(len(scores)) + ' releases)', total)}   max {total.seconds * 1000:.0f} ms")
    print(f"figures: {total.matched} matched of {total.expected} expected, {total.drafted} drafted")
    for s in scores:
        add_marks(total.by_mark, s.by_mark)
    for what in ("figures", "items"):
        print(mark_line(what, total.by_mark.get(what, {})))
    for s in scores:
        for name, (agreed, stated) in s.attributes.items():
            tally = total.attributes.setdefault(name, [0, 0])
            tally[0], tally[1] = tally[0] + agreed, tally[1] + stated
    agreeing = ", ".join(f"{name} {a} of {n}" for name, (a, n) in sorted(total.attributes.items()))
    print(f"of the matched figures, agreeing too: {agreeing or 'none stated'}")
    for s in scores:
        for name, (agreed, found) in s.officials.items():
            tally = total.officials.setdefault(name, [0, 0])
            tally[0], tally[1] = tally[0] + agreed, tally[1] + found
    agreeing = ", ".join(f"{name} {a} of {n}" for name, (a, n) in total.officials.items())
    print(f"of the found officials, agreeing too: {agreeing or 'none found'}")
    found = ", ".join(f"{k} {getattr(total, k + '_found')} of {getattr(total, k)}" for k in _COUNTED)
    print(f"found: {found}")
    if verbose:
        for s in scores:
            for part, n in s.near.items():
                total.near[part] = total.near.get(part, 0) + n
        near = ", ".join(f"{part} {total.near.get(part, 0)}" for part in (*KEY_PARTS, "not drafted"))
        print(f"missed figures, by the one part a left-over drafted figure is off by: {near}")
        _note_report(scores, total)
    return total


def _note_report(scores: list[Score], total: Score) -> None:
    """-v: how many right `sure` figures agree in growth, share, rank and status too (the
    whole promise); each kind of review note on the drafted figures, and how many of the
    figures carrying it are right, the least often right first: what a `check` note is
    worth; then the marks of events, agreements and proposals apart."""
    sure = total.by_mark.get("figures", {}).get("sure", [0, 0])[0]
    print(f"figures sure and right: {sure}, agreeing in growth, share, rank and status too: "
          f"{sum(s.sure_whole for s in scores)}")
    for s in scores:
        for kind, tally in s.by_note.items():
            counts = total.by_note.setdefault(kind, [0, 0, 0, 0])
            total.by_note[kind] = [a + b for a, b in zip(counts, tally)]
    for kind, (hit, n, alone, of) in sorted(total.by_note.items(), key=lambda kv: (kv[1][0] / kv[1][1], -kv[1][1])):
        print(f"note, {hit} of {n} figures right ({pct(hit, n).strip()}), alone {alone} of {of}: {kind}")
    for s in scores:
        add_marks(total.by_part, s.by_part)
    for part, tally in total.by_part.items():
        print(mark_line(part, tally))


RELEASES = ROOT / "tests" / "data" / "releases"


def _written(folder: Path) -> tuple[bool, int]:
    """The order sets were written in: round2/ … round6/, then heldout/, heldout2/ …"""
    digits = re.search(r"\d+$", folder.name)
    return not folder.name.startswith("round"), int(digits.group()) if digits else 1


def never_open(folder: Path) -> bool:
    """A set no rule may be tuned on yet holds a `NEVER-OPEN` file: measured only by name."""
    return (folder / "NEVER-OPEN").is_file()


def corpora() -> list[tuple[str, Path]]:
    """Every set open for tuning, each measured apart: the corpus the rules were developed
    against, then each folder of releases under it in the order they were written; whether a
    set was tuned on is its README section's to say. A never-opened set is left out, so a
    plain run prints none of its misses."""
    folders = sorted(
        (f for f in RELEASES.iterdir() if f.is_dir() and any(f.glob("*.expected.yaml")) and not never_open(f)),
        key=_written,
    )
    return [("the corpus: the rules were developed against it", RELEASES)] + [(f.name, f) for f in folders]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="one folder of releases instead of both corpora")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and extra figures")
    args = parser.parse_args()
    sets = [(str(args.corpus), args.corpus)] if args.corpus else corpora()
    found = [(title, sorted(folder.glob("*.txt"))) for title, folder in sets]
    if not any(releases for _, releases in found):
        print(f"no releases in {', '.join(str(folder) for _, folder in sets)}", file=sys.stderr)
        return 1
    start = time.perf_counter()
    draft_file(next(r for _, releases in found for r in releases))  # start-up: imports and dictionaries
    startup = time.perf_counter() - start
    for title, releases in found:
        report(title, [score(txt, args.verbose) for txt in releases], args.verbose)
    print(f"\nstart-up {startup:.2f} s (imports and dictionaries, once per run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
