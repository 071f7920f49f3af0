"""A treaty base counted so far is a count, no agreement (README convention 5): agreements a
number counts that are in force, or a total with no event they were signed at. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from tests.draft.drafted import agreements_of

RELEASE = dt.date(2025, 6, 10)


_read = partial(agreements_of, RELEASE)


@pytest.mark.parametrize(
    "said",
    [
        "Ещё 45 соглашений выполняются районами области с российскими городами.",
        "К 31 уже действующему соглашению с регионами Казахстана область добавит новые.",
        "Всего Витебская область заключила с регионами России 37 соглашений.",
    ],
)
def test_agreements_counted_so_far_are_no_item(said):
    assert [t for t, _ in _read(said) if t[:1].isdigit() or "регион" in t] == []


def test_a_total_of_a_visits_documents_is_an_item():
    said = "Всего было подписано 12 документов о сотрудничестве в результате переговоров на высшем уровне."
    assert [s for _, s in _read(said)] == ["signed"]


def test_programmes_a_number_counts_in_force_are_a_package_no_treaty_base():
    assert _read("Сейчас выполняются 28 союзных программ.") == [("28 союзных программ", "in_force")]


def test_a_year_before_a_document_counts_nothing():
    said = "В 2024 году области подписали соглашение о сотрудничестве в сфере туризма."
    assert [s for _, s in _read(said)] == ["signed"]
