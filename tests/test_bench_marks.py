"""bench_draft's report of the review marks: how many drafted items each mark holds and
how many of them are right (counts made up for these tests)."""

from __future__ import annotations

from tests.test_bench_proposal_matching import BENCH  # bench_draft.py, loaded once


def test_each_item_counts_for_its_own_mark():
    tally: dict[str, list[int]] = {}
    BENCH.tally_marks(tally, ["sure", "check", "sure", "check", "guess"], [True, False, True, True, False])
    assert tally == {"sure": [2, 2], "check": [1, 2], "guess": [0, 1]}


def test_a_second_release_adds_to_the_same_tally():
    tally: dict[str, list[int]] = {}
    BENCH.tally_marks(tally, ["sure", "sure"], [True, False])
    BENCH.tally_marks(tally, ["sure"], [True])
    assert tally["sure"] == [2, 3]


def test_the_line_gives_each_marks_precision_and_the_share_of_right_ones_left_sure():
    line = BENCH.mark_line("figures", {"sure": [9, 10], "check": [3, 6]})
    assert line.startswith("figures by mark: sure 9 of 10 right (90.0 %), check 3 of 6 right (50.0 %)")
    assert "guess 0 of 0 right (—)" in line
    assert line.endswith("matched ones sure: 9 of 12 (75.0 %)")


def test_a_mark_of_no_items_says_so_rather_than_dividing_by_nothing():
    assert BENCH.mark_line("items", {}).endswith("matched ones sure: 0 of 0 (—)")


def test_a_drafter_that_gives_no_marks_counts_every_item_as_sure():
    class Old:
        pass

    assert BENCH._marks_of(Old(), "figures", 3) == ["sure", "sure", "sure"]


def test_marks_that_do_not_line_up_with_the_items_are_not_trusted():
    class Drafted:
        item_marks = {"figures": ["check"]}

    assert BENCH._marks_of(Drafted(), "figures", 2) == ["sure", "sure"]
    assert BENCH._marks_of(Drafted(), "figures", 1) == ["check"]


def test_a_note_is_counted_by_its_kind_whatever_it_quotes():
    assert BENCH.note_kind("«девять месяцев» names no year of its own") == BENCH.note_kind(
        "«январе–мае» names no year of its own")
    assert BENCH.note_kind("growth over 5 years, up to 2024") == "growth over N years, up to N"


def test_a_figure_counts_once_for_each_kind_of_note_it_carries():
    tally: dict[str, list[int]] = {}
    BENCH.tally_notes(tally, ["«два месяца» names no year", "«три месяца» names no year", "a count"], True)
    BENCH.tally_notes(tally, ["a count"], False)
    assert tally == {"«…» names no year": [1, 1, 0, 0], "a count": [1, 2, 0, 1]}


def test_a_note_alone_on_its_figure_is_counted_apart():
    # what the figures would be worth `sure` without the note: those carrying no other kind
    tally: dict[str, list[int]] = {}
    BENCH.tally_notes(tally, ["a rank", "a rank"], True)
    BENCH.tally_notes(tally, ["a rank", "a count"], False)
    assert tally["a rank"] == [1, 2, 1, 1]


def test_a_drafter_that_gives_no_notes_gives_each_figure_none():
    class Old:
        pass

    assert BENCH._notes_of(Old(), 2) == [[], []]


def test_the_tallies_of_two_releases_add_up_part_by_part_and_mark_by_mark():
    total: dict[str, dict[str, list[int]]] = {}
    BENCH.add_marks(total, {"events": {"check": [3, 4]}})
    BENCH.add_marks(total, {"events": {"check": [1, 1], "guess": [0, 2]}, "proposals": {"guess": [1, 3]}})
    assert total == {"events": {"check": [4, 5], "guess": [0, 2]}, "proposals": {"guess": [1, 3]}}


def test_a_matched_pair_agrees_whole_only_when_every_stated_attribute_agrees():
    class Got:
        growth = share = rank = None
        status = "actual"

    score = BENCH.Score("x")
    assert BENCH._attributes(score, {"id": "a", "status": "actual"}, Got(), False)
    assert not BENCH._attributes(score, {"id": "b", "status": "forecast"}, Got(), False)
    assert score.attributes["status"] == [1, 2]
