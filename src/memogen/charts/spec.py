"""Chart inputs → validated, frozen chart specs, style and rendered-chart records.

These types are what compose fills from the facts; they hold plain numbers and Russian
labels only, so the cache key can be computed from them without drawing anything.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from memogen import locale, russian

NBSP = "\u00a0"


def format_value(value: float) -> str:
    """The figure as in the memo's tables: one decimal, a comma, thousands grouped
    («678,1», «12 345,7»), rounded half up like the text."""
    return russian.number(value, 1, group_four=True)


def format_percent(value: float) -> str:
    """«23,4 %»: the figure, a no-break space and the percent sign (GOST typography)."""
    return russian.percent(value)


def _finite(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(f"{what} must be a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{what} must be a finite number, got {value!r}")
    return number


def _text(value: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be non-empty text, got {value!r}")
    return value.strip()


def _set(obj: object, name: str, value: object) -> None:
    # Normalising inside a frozen dataclass: 1 and 1.0, list and tuple must give
    # the same spec (and the same cache key).
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class Bar:
    """One period's value. `partial=True` marks a half-year or January–N months: drawn
    lighter and hatched, labelled «неполный период», never shown as a whole year."""

    label: str
    value: float
    partial: bool = False
    note: str = ""
    text: str = ""  # the value as the source states it («более 10,2»); default one decimal

    def __post_init__(self) -> None:
        _set(self, "label", _text(self.label, "bar label"))
        _set(self, "value", _finite(self.value, f"value of «{self.label}»"))
        _set(self, "partial", bool(self.partial))
        _set(self, "note", str(self.note).strip())
        _set(self, "text", str(self.text).strip())

    @property
    def shown(self) -> str:
        """The value label printed on the bar and in the alt text."""
        return self.text or format_value(self.value)


@dataclass(frozen=True)
class DynamicsChart:
    """Turnover over the periods that exist, value labels above the bars."""

    title: str
    unit: str
    bars: tuple[Bar, ...]
    growth_note: str = ""

    def __post_init__(self) -> None:
        _set(self, "title", _text(self.title, "chart title"))
        _set(self, "unit", _text(self.unit, "chart unit"))
        bars = tuple(self.bars)
        if not bars or not all(isinstance(b, Bar) for b in bars):
            raise ValueError("a dynamics chart needs at least one Bar")
        _set(self, "bars", bars)
        _set(self, "growth_note", str(self.growth_note).strip())


@dataclass(frozen=True)
class TradeChart:
    """Exports, imports and the balance side by side per period. `partial` flags the
    periods that are not whole years (empty: all whole)."""

    title: str
    unit: str
    periods: tuple[str, ...]
    exports: tuple[float, ...]
    imports: tuple[float, ...]
    balance: tuple[float, ...]
    partial: tuple[bool, ...] = ()
    # Per period, the (exports, imports, balance) labels as stated; default one decimal.
    texts: tuple[tuple[str, str, str], ...] = ()

    def __post_init__(self) -> None:
        _set(self, "title", _text(self.title, "chart title"))
        _set(self, "unit", _text(self.unit, "chart unit"))
        periods = tuple(_text(p, "period label") for p in self.periods)
        if not periods:
            raise ValueError("a trade chart needs at least one period")
        _set(self, "periods", periods)
        for name in ("exports", "imports", "balance"):
            values = tuple(_finite(v, name) for v in getattr(self, name))
            if len(values) != len(periods):
                raise ValueError(
                    f"trade chart: {len(periods)} periods but {len(values)} {name} values"
                )
            _set(self, name, values)
        partial = tuple(bool(p) for p in self.partial)
        if partial and len(partial) != len(periods):
            raise ValueError(f"trade chart: {len(periods)} periods but {len(partial)} partial flags")
        _set(self, "partial", partial)
        texts = tuple(tuple(str(t) for t in row) for row in self.texts)
        if texts and len(texts) != len(periods):
            raise ValueError(f"trade chart: {len(periods)} periods but {len(texts)} label rows")
        _set(self, "texts", texts)

    def shown(self, name: str) -> list[str]:
        """The labels of one series ("exports", "imports", "balance") as printed."""
        column = ("exports", "imports", "balance").index(name)
        values = getattr(self, name)
        return [(self.texts[i][column] if self.texts else "") or format_value(v) for i, v in enumerate(values)]

    @property
    def partial_flags(self) -> tuple[bool, ...]:
        """One flag per period: True for a half-year or January–N months."""
        return self.partial or (False,) * len(self.periods)


@dataclass(frozen=True)
class StructureChart:
    """Product groups as horizontal bars, largest first. `unit` may be "%"."""

    title: str
    unit: str
    items: tuple[tuple[str, float], ...]
    texts: tuple[str, ...] = ()  # each item's value as stated; default one decimal (or %)

    def __post_init__(self) -> None:
        _set(self, "title", _text(self.title, "chart title"))
        _set(self, "unit", _text(self.unit, "chart unit"))
        items = tuple((_text(label, "item label"), _finite(value, f"value of «{label}»"))
                      for label, value in self.items)
        if not items:
            raise ValueError("a structure chart needs at least one item")
        _set(self, "items", items)
        texts = tuple(str(t) for t in self.texts)
        if texts and len(texts) != len(items):
            raise ValueError(f"structure chart: {len(items)} items but {len(texts)} labels")
        _set(self, "texts", texts)

    @property
    def sorted_items(self) -> tuple[tuple[str, float], ...]:
        """Items largest first, a catch-all group («прочие товары») last; ties keep the
        facts' order."""
        return tuple((label, value) for label, value, _ in self.sorted_shown)

    @property
    def sorted_shown(self) -> tuple[tuple[str, float, str], ...]:
        """(label, value, printed value) in the order of `sorted_items`."""
        percent = self.unit.strip() == "%"
        rows = [(label, value, (self.texts[i] if self.texts else "")
                 or (format_percent(value) if percent else format_value(value)))
                for i, (label, value) in enumerate(self.items)]
        return tuple(sorted(rows, key=lambda item: (_is_rest(item[0]), -item[1])))


def _is_rest(label: str) -> bool:
    return label.lower().startswith(("прочие", "прочее", "другие", "остальные"))


@dataclass(frozen=True)
class ShareChart:
    """One part of a total (e.g. food in total turnover) as a 100 % stacked bar."""

    title: str
    part_label: str
    share_percent: float
    total_label: str
    share_text: str = ""  # the share as stated («почти 40 %»); default one decimal
    # the rest of the total as the share leaves it («более 60 %»: russian.rest_of_share, as
    # compose gives it); a chart built without it shows the rest of an unhedged share
    rest_text: str = ""

    @property
    def shown(self) -> str:
        return self.share_text or format_percent(self.share_percent)

    @property
    def rest_shown(self) -> str:
        """The rest of the total as the chart prints it beside the share."""
        return self.rest_text

    def __post_init__(self) -> None:
        _set(self, "title", _text(self.title, "chart title"))
        _set(self, "part_label", _text(self.part_label, "part label"))
        _set(self, "total_label", _text(self.total_label, "total label"))
        share = _finite(self.share_percent, "share")
        if not 0 <= share <= 100:
            raise ValueError(f"a share must lie between 0 and 100 %, got {share}")
        _set(self, "share_percent", share)
        if not self.rest_text:
            _set(self, "rest_text", russian.rest_of_share(Decimal(f"{share:.1f}"), None))  # as `shown` rounds it


ChartSpec = DynamicsChart | TradeChart | StructureChart | ShareChart

# The registry of chart kinds, by the name facts files and templates use (```` ```chart
# trade ````, `charts: {trade: …}`). A new kind needs its spec class here and in
# `ChartSpec`, a case in `_draw._draw` and in `alt.alt_text` (mypy checks both matches
# are exhaustive), a builder in `compose.exhibits.CHARTS` and its name in
# `facts.model.ChartKind`; tests/charts/test_kinds.py fails until all agree.
KINDS: dict[str, type[ChartSpec]] = {
    "dynamics": DynamicsChart,
    "trade": TradeChart,
    "structure": StructureChart,
    "share": ShareChart,
}


@dataclass(frozen=True)
class ChartWords:
    """The words a chart writes besides the facts' own: series names, the note under a
    partial period, the rest of a share, and how its alt text names each kind of chart.
    They come from the locale file (`memogen/locale/ru.yaml`); a theme rewords them
    under `labels: chart_words:`."""

    exports: str
    imports: str
    balance: str
    partial: str
    rest: str
    bar_chart: str
    horizontal_bar_chart: str
    share_chart: str

    @classmethod
    def default(cls) -> ChartWords:
        return cls(**locale.words()["chart_words"])


@dataclass(frozen=True)
class ChartStyle:
    """How charts look: theme palette (first colour is the main one), the chart font
    file (TTF), the type size in points, the picture size in millimetres and the words
    the chart writes."""

    palette: tuple[str, ...]
    font_path: Path
    font_size_pt: float
    width_mm: float = 170.0
    height_mm: float = 80.0
    words: ChartWords = field(default_factory=ChartWords.default)

    def __post_init__(self) -> None:
        palette = tuple(self.palette)
        if not palette:
            raise ValueError("a chart palette needs at least one colour")
        _set(self, "palette", palette)
        _set(self, "font_path", Path(self.font_path))
        for name in ("font_size_pt", "width_mm", "height_mm"):
            if _finite(getattr(self, name), name) <= 0:
                raise ValueError(f"{name} must be positive")
            _set(self, name, float(getattr(self, name)))


@dataclass(frozen=True)
class RenderedChart:
    """A drawn chart: `svg` (vector, text kept as text) for the PDF, `png` (300 dpi)
    for the DOCX, both `width_mm` × `height_mm`; `alt` is a one-sentence description
    with the figures."""

    svg: bytes
    png: bytes
    alt: str
    width_mm: float
    height_mm: float
    from_cache: bool = field(default=False, compare=False)
