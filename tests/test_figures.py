"""Derived figures: arithmetic on the facts, and checks of stated figures against it."""

from __future__ import annotations

import pytest

from memogen.facts.model import Facts
from memogen.figures import Change, derive_figures
from memogen.yamlfile import load_model
from paths import EXAMPLE


@pytest.fixture(scope="module")
def facts() -> Facts:
    return load_model(Facts, EXAMPLE)


def _with(facts: Facts, **changes) -> Facts:
    data = facts.model_dump(mode="json", by_alias=True, exclude_none=True)
    for fig in data["figures"]:
        fig.update(changes.get(fig["id"], {}))
    return Facts.model_validate(data)


def test_example_is_consistent(facts):
    figures = derive_figures(facts)
    assert figures.warnings == ()
    # 10,2 of 678,1 is the stated 1,5 %
    assert figures.shares["food-2024"] == pytest.approx(1.504, abs=1e-3)


def test_growth_between_first_and_last_whole_year(facts):
    series = derive_figures(facts).turnover
    assert [str(p.period) for p in series.points] == ["2020", "2024", "2025-01..06"]
    assert [p.partial for p in series.points] == [False, False, True]
    assert series.growth.times == pytest.approx(678.1 / 335)
    assert series.growth.change == pytest.approx((678.1 / 335 - 1) * 100)
    assert series.average_annual_growth == pytest.approx(((678.1 / 335) ** 0.25 - 1) * 100)


def test_base_implied_by_year_on_year_index(facts):
    base = derive_figures(facts).implied_bases["turnover-2025-h1"]
    assert str(base.period) == "2024-01..06"
    assert base.value == pytest.approx(316.4 / 1.009)
    assert base.implied


def test_change_between():
    c = Change.between(200, 150)
    assert (c.index, c.change, c.times) == (75.0, -25.0, 0.75)


def test_share_mismatch_is_a_warning(facts):
    bad = _with(facts, **{"food-2024": {"share": {"percent": 2.5, "of": "turnover-2024"}}})
    shares = [w for w in derive_figures(bad).warnings if w.check == "share"]
    (warning,) = shares
    assert warning.figure_id == "food-2024"
    assert "stated share 2.5 %" in warning.message and "1.50 %" in warning.message
    # and its quote says 1,5 %, not 2,5 %
    (quote,) = [w for w in derive_figures(bad).warnings if w.check == "quote"]
    assert "share 2.5 is not in its quote" in quote.message


def test_growth_mismatch_against_a_stated_base(facts):
    data = facts.model_dump(mode="json", exclude_none=True)
    data["figures"].append(
        {"id": "turnover-2024-h1", "indicator": "turnover", "period": "2024-01..06", "value": 280.0}
    )
    (warning,) = derive_figures(Facts.model_validate(data)).warnings
    assert warning.figure_id == "turnover-2025-h1"
    assert "stated growth 100.9 %" in warning.message and "113.0 %" in warning.message


def test_growth_within_rounding_is_no_warning(facts):
    data = facts.model_dump(mode="json", exclude_none=True)
    data["figures"].append(
        {"id": "turnover-2024-h1", "indicator": "turnover", "period": "2024-01..06", "value": 313.6}
    )
    assert derive_figures(Facts.model_validate(data)).warnings == ()


def test_balance_from_exports_and_imports(facts):
    data = facts.model_dump(mode="json", exclude_none=True)
    data["figures"] += [
        {"id": "ex", "indicator": "exports", "period": "2024", "value": 500.0},
        {"id": "im", "indicator": "imports", "period": "2024", "value": 178.1},
    ]
    (row,) = derive_figures(Facts.model_validate(data)).trade
    assert row.balance == pytest.approx(321.9)
    data["figures"].append({"id": "bal", "indicator": "balance", "period": "2024", "value": 300.0})
    (warning,) = derive_figures(Facts.model_validate(data)).warnings
    assert warning.figure_id == "bal"


def test_shares_and_growth_hold_across_scales(facts):
    data = facts.model_dump(mode="json", exclude_none=True)
    for fig in data["figures"]:
        if fig["id"] == "food-2024":
            fig.update(value=10200, scale="thousand")
        if fig["id"] == "turnover-2020":
            fig.update(value=335000, scale="thousand")
    figures = derive_figures(Facts.model_validate(data))
    assert figures.shares["food-2024"] == pytest.approx(1.504, abs=1e-3)
    assert figures.turnover.growth.times == pytest.approx(678.1 / 335)
    # Two scales of one currency convert exactly: no warning; the table gives each
    # scale its own column (tests/test_truth.py), and the quotes still match.
    assert figures.warnings == ()


def test_share_of_another_currency_is_not_computed(facts):
    data = facts.model_dump(mode="json", exclude_none=True)
    for fig in data["figures"]:
        if fig["id"] == "food-2024":
            fig.update(currency="RUB")
    assert "food-2024" not in derive_figures(Facts.model_validate(data)).shares
