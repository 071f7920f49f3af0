"""An event held on days that span two months (issue #10): «с 29 сентября по 1 октября» is
the months those days fall in, and the counts the release gives of the event (visitors,
exhibitors, its floor space) are of those months, in the sentences after it too; one count
stated twice, once in thousands and once in units, is one figure. Sentences written for
these tests, in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft import draft_release
from memogen.draft.periods import mentions
from memogen.draft.read import Release


@pytest.mark.parametrize(
    ("said", "period"),
    [
        ("с 29 сентября по 1 октября", "2025-09..10"),
        ("с 28 мая по 2 июня 2025 года", "2025-05..06"),
        ("с 3 по 5 октября", None),  # one month named: no run of months
    ],
)
def test_days_spanning_months_are_those_months(said, period):
    found = [m for m in mentions(f"Форум прошёл {said} в Гомеле.", dt.date(2025, 10, 6)) if m.dated]
    assert [str(m.period) for m in found] == ([period] if period else [])


def _counts(text: str) -> list[tuple]:
    facts = draft_release(Release(text, None, None, None), dt.date(2025, 10, 6), url=None, file=None,
                          name="test").facts
    return [(f.value, f.scale, f.unit, str(f.period)) for f in facts.figures]


def test_counts_of_an_event_take_the_months_of_its_days():
    text = (
        "Ярмарку «Белорусская неделя», которая работала в Казани с 27 сентября по 2 октября, посетили более "
        "12 тыс. человек. За шесть дней свыше 12 000 человек увидели продукцию 230 предприятий. "
        "Площадь экспозиции превысила 5 тыс. кв. м."
    )
    assert _counts(text) == [
        (12, "thousand", "человек", "2025-09..10"),
        (230, "units", "предприятие", "2025-09..10"),
        (5, "thousand", "квадратный метр", "2025-09..10"),
    ]


def test_an_event_with_no_days_named_keeps_the_releases_month():
    text = "На выставке в Минске свои стенды представили 140 компаний."
    assert _counts(text) == [(140, "units", "компания", "2025-10")]
