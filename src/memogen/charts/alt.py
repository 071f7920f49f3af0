"""Chart spec → one Russian sentence describing the chart with its figures (alt text)."""

from __future__ import annotations

import re
from typing import assert_never

from memogen.charts.spec import (
    Bar,
    ChartSpec,
    ChartWords,
    DynamicsChart,
    ShareChart,
    StructureChart,
    TradeChart,
    format_percent,
    format_value,
)


def period_label(bar: Bar, words: ChartWords) -> str:
    """The period as shown under its bar and in the alt text: a partial period says so
    («I полугодие 2025 г. (неполный период)») unless its label already does."""
    remarks = []
    if bar.partial and words.partial not in bar.label.lower():
        remarks.append(words.partial)
    if bar.note:
        remarks.append(bar.note)
    return f"{bar.label} ({'; '.join(remarks)})" if remarks else bar.label


def _value(value: float, unit: str) -> str:
    return format_percent(value) if unit.strip() == "%" else format_value(value)


def _head(kind: str, title: str, unit: str) -> str:
    # The title is quoted rather than lower-cased: it may start with a proper name.
    if unit.strip() == "%":
        return f"{kind} «{title}», %"
    return f"{kind} «{title}», {unit}"


def _sentence(text: str) -> str:
    # Not str.split(): it would also break the no-break spaces in «45,3 %».
    text = re.sub(r"[ \t\r\n]+", " ", text).strip()
    return text if text.endswith(".") else text + "."


def alt_text(spec: ChartSpec, words: ChartWords | None = None) -> str:
    """One sentence with the chart's kind, title, unit and every figure it shows, in
    `words` (the locale's when None).

    Raises ValueError when there is nothing to say: a chart without alt text is a
    build error, never an image with an empty description."""
    words = words or ChartWords.default()
    match spec:
        case DynamicsChart():
            parts = "; ".join(f"{period_label(b, words)} — {b.shown}" for b in spec.bars)
            text = f"{_head(words.bar_chart, spec.title, spec.unit)}: {parts}"
            if spec.growth_note:
                text += f"; {spec.growth_note.rstrip('.')}"
        case TradeChart():
            parts = "; ".join(
                f"{period_label(Bar(period, 0.0, partial=part), words)} — {words.exports} {e}, "
                f"{words.imports} {i}, {words.balance} {b}"
                for period, e, i, b, part in zip(spec.periods, spec.shown("exports"), spec.shown("imports"),
                                                 spec.shown("balance"), spec.partial_flags)
            )
            text = f"{_head(words.bar_chart, spec.title, spec.unit)}: {parts}"
        case StructureChart():
            parts = "; ".join(f"{label} — {shown}" for label, _, shown in spec.sorted_shown)
            text = f"{_head(words.horizontal_bar_chart, spec.title, spec.unit)}: {parts}"
        case ShareChart():
            text = (
                f"{words.share_chart} «{spec.title}»: {spec.part_label} — "
                f"{spec.shown}, {words.rest} — {spec.rest_shown}; "
                f"{spec.total_label} — 100{chr(0xA0)}%"
            )
        case _:
            assert_never(spec)
    text = _sentence(text)
    if not text.strip(". "):
        raise ValueError("chart alt text came out empty")
    return text
