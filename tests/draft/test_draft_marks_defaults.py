"""Review marks where the drafter takes a default (issue #10): a figure read with an
assumption the text does not state is marked `check` with a note naming it, so `sure`
keeps its promise («read straight from the text»). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from memogen.draft import draft_release
from memogen.draft.model import Item, restatements
from memogen.draft.read import Release

WHEN = dt.date(2019, 6, 3)


def _marked(text: str) -> list[tuple[str, str, str]]:
    """Each drafted figure as (value, mark, notes)."""
    draft = draft_release(Release(text, None, None, None), WHEN, url=None, file=None, name="test")
    return [(str(f.value), mark, draft.yaml) for f, mark in zip(draft.facts.figures, draft.item_marks["figures"])]


def test_a_figure_read_straight_from_its_words_stays_sure():
    [(value, mark, _)] = _marked("В 2018 году товарооборот с Молдовой составил 120,5 млн долларов.")
    assert (value, mark) == ("120.5", "sure")


def test_do_before_an_amount_with_no_known_verb_of_change_is_an_assumed_ceiling():
    [(value, mark, yaml)] = _marked("В 2018 году товарооборот с Молдовой рухнул до 40 млн долларов.")
    assert (value, mark) == ("40", "guess")  # right 3 times in 8 on the open sets: the draft's guess
    assert "«до» read as an upper bound" in yaml


def test_a_ceiling_said_as_such_is_still_marked_since_the_reading_is_the_same():
    [(_, mark, _)] = _marked("В 2018 году товарооборот с Молдовой может составить до 40 млн долларов.")
    assert mark == "guess"


def test_the_latter_of_two_joined_periods_is_a_default():
    text = "Товарооборот с Молдовой за 2017 год и первый квартал 2018 года составил 75 млн долларов."
    [(value, mark, yaml)] = _marked(text)
    assert (value, mark) == ("75", "check")
    assert "joined to a period before it" in yaml


def test_one_period_named_once_is_no_default():
    [(_, mark, _)] = _marked("Товарооборот с Молдовой за первый квартал 2018 года составил 75 млн долларов.")
    assert mark == "sure"


def _figure(value: str, sentence: int, scale: str | None = None, hedge: str | None = None) -> Item:
    data: dict = {"indicator": "turnover", "period": "2018", "value": value}
    if scale:
        data["scale"] = scale
    if hedge:
        data["qualifier"] = hedge
    return Item(data, sentence=sentence)


def test_a_rounded_amount_another_sentence_gives_exactly_is_a_restatement():
    rounded, exact = _figure("60", 0, hedge="почти"), _figure("59.6", 4)
    restatements([rounded, exact])
    assert (rounded.mark, exact.mark) == ("check", "sure")
    assert "more exactly (59.6 million)" in rounded.notes[0]


def test_restatement_compares_amounts_across_scales():
    rounded, exact = _figure("1.2", 0, scale="billion"), _figure("1187", 3)
    restatements([rounded, exact])
    assert (rounded.mark, exact.mark) == ("check", "sure")


def test_amounts_far_apart_are_two_figures():
    first, second = _figure("60", 0), _figure("45.3", 2)
    restatements([first, second])
    assert (first.mark, second.mark) == ("sure", "sure")


def test_two_amounts_of_one_sentence_are_left_to_the_sentence():
    about, exact = _figure("950", 1, hedge="около"), _figure("952.8", 1)
    restatements([about, exact])
    assert (about.mark, exact.mark) == ("sure", "sure")


def test_amounts_of_different_indicators_are_no_restatement():
    turnover, exports = _figure("60", 0), _figure("59.6", 2)
    exports.data["indicator"] = "exports"
    restatements([turnover, exports])
    assert (turnover.mark, exports.mark) == ("sure", "sure")


def test_a_whole_release_marks_the_rounded_lead():
    text = ("Товарооборот с Молдовой в 2018 году превысил 60 млн долларов.\n\n"
            "Как сообщил министр, по итогам 2018 года товарооборот составил 60,4 млн долларов.")
    marks = {value: mark for value, mark, _ in _marked(text)}
    assert marks == {"60": "check", "60.4": "sure"}


def test_a_document_read_from_prose_is_a_guess_like_an_event_or_an_offer():
    text = ("В ходе визита стороны подписали соглашение о сотрудничестве в области образования.\n\n"
            "Губернатор предложил поставлять в Молдову белорусскую технику.")
    draft = draft_release(Release(text, None, None, None), WHEN, url=None, file=None, name="test")
    assert draft.item_marks["agreements"] and set(draft.item_marks["agreements"]) == {"guess"}
    assert "a document named in prose: confirm its title and status" in draft.yaml



def _marked_on(text: str, when: dt.date) -> list[tuple[str, str, str]]:
    draft = draft_release(Release(text, None, None, None), when, url=None, file=None, name="test")
    return [(str(f.value), mark, draft.yaml) for f, mark in zip(draft.facts.figures, draft.item_marks["figures"])]


def test_an_actual_no_word_reports_in_a_period_not_over_is_a_default():
    # in December 2019 the year is still running, and «может подойти к» reports nothing reached
    text = "В 2019 году товарооборот с Молдовой может подойти к 200 млн долларов."
    [(value, mark, yaml)] = _marked_on(text, dt.date(2019, 12, 12))
    assert (value, mark) == ("200", "check")
    assert "no word says the amount was reached" in yaml


def test_an_amount_of_a_period_over_needs_no_verb_to_be_actual():
    # a span already over is measured, whatever verb the sentence leaves out
    text = "Больше всего Беларусь и Молдова наторговали в 2017 году — почти 150 млн долларов."
    [(value, mark, yaml)] = _marked_on(text, dt.date(2019, 12, 12))
    assert (value, mark) == ("150", "sure")
    assert "no word says the amount was reached" not in yaml
