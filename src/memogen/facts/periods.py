"""Period notation of the facts file → a `Period` value that knows its kind and order.

Analysts write periods the way statistics tables name them:

- ``2024``: a calendar year;
- ``2025-Q1``: a quarter; ``2025-H1``: a half-year;
- ``2025-03``: a single month;
- ``2025-01..06``: January–June, i.e. the first N months (or any run of months);
- ``2023-YTD``: since the start of the year, when the source does not say up to which
  month («с начала 2023 года»);
- ``2015..2025``: a span of whole years («за 2015–2025 годы»), for what is counted or
  summed over several years; never tabulated or compared;
- ``2009-01..2025-08``: a run of months across years («с 2009 года» up to a release of
  August 2025, «с июля 2024 по июнь 2025 года»); never tabulated or compared either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

PeriodKind = Literal["year", "quarter", "half", "month", "months", "ytd", "years", "run"]

_PATTERNS: tuple[tuple[PeriodKind, re.Pattern[str]], ...] = (
    ("year", re.compile(r"^(?P<year>\d{4})$")),
    ("quarter", re.compile(r"^(?P<year>\d{4})-Q(?P<n>[1-4])$")),
    ("half", re.compile(r"^(?P<year>\d{4})-H(?P<n>[12])$")),
    ("month", re.compile(r"^(?P<year>\d{4})-(?P<m1>\d{2})$")),
    ("months", re.compile(r"^(?P<year>\d{4})-(?P<m1>\d{2})\.\.(?P<m2>\d{2})$")),
    ("ytd", re.compile(r"^(?P<year>\d{4})-YTD$", re.IGNORECASE)),
    ("years", re.compile(r"^(?P<since>\d{4})\.\.(?P<year>\d{4})$")),
    ("run", re.compile(r"^(?P<since>\d{4})-(?P<m1>\d{2})\.\.(?P<year>\d{4})-(?P<m2>\d{2})$")),
)

PERIOD_HELP = (
    "write 2024, 2025-Q1, 2025-H1, 2025-03, 2025-01..06 (January–June), 2025-YTD (since the start of the year), "
    "2015..2025 (a span of years) or 2009-01..2025-08 (months across years)"
)


@dataclass(frozen=True, order=True)
class Period:
    """A span of months within one year: `first` and `last` month, 1-based. A period
    «since the start of the year» whose last month the source does not give has
    `last` 0: it equals no other period and is never a whole year. A span of whole
    years runs from `since` to `year` (0 for any other period)."""

    year: int
    first: int
    last: int
    # 2025-H1 and 2025-01..06 are the same months: notation does not make them differ.
    kind: PeriodKind = field(compare=False)
    since: int = 0

    @classmethod
    def parse(cls, text: str) -> Period:
        text = str(text).strip()
        for kind, pattern in _PATTERNS:
            m = pattern.match(text)
            if not m:
                continue
            year = int(m["year"])
            if kind == "year":
                return cls(year, 1, 12, kind)
            if kind == "ytd":
                return cls(year, 1, 0, kind)
            if kind == "years":
                return cls._years(int(m["since"]), year, text)
            if kind == "run":
                return cls._run(int(m["since"]), int(m["m1"]), year, int(m["m2"]), text)
            if kind == "quarter":
                n = int(m["n"])
                return cls(year, 3 * n - 2, 3 * n, kind)
            if kind == "half":
                n = int(m["n"])
                return cls(year, 6 * n - 5, 6 * n, kind)
            first = int(m["m1"])
            last = int(m["m2"]) if kind == "months" else first
            if not 1 <= first <= last <= 12:
                raise ValueError(f"months out of order or range in {text!r}; {PERIOD_HELP}")
            return cls(year, first, last, kind)
        raise ValueError(f"{text!r} is not a period; {PERIOD_HELP}")

    @classmethod
    def _years(cls, since: int, year: int, text: str) -> Period:
        if since >= year:
            raise ValueError(f"the first year of {text!r} must come before the last; for one year write {year}")
        return cls(year, 1, 12, "years", since)

    @classmethod
    def _run(cls, since: int, first: int, year: int, last: int, text: str) -> Period:
        if not (1 <= first <= 12 and 1 <= last <= 12):
            raise ValueError(f"months out of range in {text!r}; {PERIOD_HELP}")
        if since > year:
            raise ValueError(f"the first year of {text!r} must come before the last")
        if since == year:
            raise ValueError(f"{text!r} ends in the year it starts: write {year}-{first:02d}..{last:02d}")
        return cls(year, first, last, "run", since)

    @property
    def is_whole_year(self) -> bool:
        return self.first == 1 and self.last == 12 and self.kind != "years"

    @property
    def spans_years(self) -> bool:
        """«за 2015–2025 годы», «с 2009 года» up to now: several years at once, never one
        row of a table."""
        return self.kind in ("years", "run")

    @property
    def start_year(self) -> int:
        return self.since or self.year

    @property
    def months(self) -> int:
        if self.kind in ("years", "run"):
            return 12 * (self.year - self.since) + self.last - self.first + 1
        return self.last - self.first + 1 if self.kind != "ytd" else 0

    @property
    def open_end(self) -> bool:
        """«с начала года»: the last month is not known."""
        return self.kind == "ytd"

    def same_span_year_before(self) -> Period:
        return Period(self.year - 1, self.first, self.last, self.kind, self.since - 1 if self.since else 0)

    def __str__(self) -> str:
        if self.kind == "year":
            return f"{self.year}"
        if self.kind == "quarter":
            return f"{self.year}-Q{self.last // 3}"
        if self.kind == "half":
            return f"{self.year}-H{self.last // 6}"
        if self.kind == "month":
            return f"{self.year}-{self.first:02d}"
        if self.kind == "ytd":
            return f"{self.year}-YTD"
        if self.kind == "years":
            return f"{self.since}..{self.year}"
        if self.kind == "run":
            return f"{self.since}-{self.first:02d}..{self.year}-{self.last:02d}"
        return f"{self.year}-{self.first:02d}..{self.last:02d}"
