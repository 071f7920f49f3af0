"""A trade figure whose clause names, as where the trade runs, a place that is neither
Belarus nor the partner (a macro-region of the partner's country, a city of ours) is drafted
by a default, the partner's or our side's trade as a whole: `check`, naming the place
(issue #10). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from memogen.draft import draft_release
from memogen.draft.read import Release

WHEN = dt.date(2024, 5, 10)
ABOUT_RUSSIA = (
    "Посол Беларуси в России встретился в Москве с российским министром промышленности. "
    "Стороны обсудили сотрудничество Беларуси и России в станкостроении. "
)


def _marks(text: str) -> list[tuple[str, str]]:
    draft = draft_release(Release(text, None, None, None), WHEN, url=None, file=None, name="test")
    notes = draft.item_notes["figures"]
    return [(str(f.value), mark, " ".join(n)) for f, mark, n in zip(draft.facts.figures, draft.item_marks["figures"], notes)]


def test_a_macro_region_of_the_partner_country_named_as_an_end_is_checked():
    [(value, mark, notes)] = _marks(ABOUT_RUSSIA + "Товарооборот между Уралом и Беларусью в 2023 году составил 3 млрд долларов.")
    assert (value, mark) == ("3", "check")
    assert "«Уралом» is named as where the trade runs" in notes


def test_a_city_of_ours_named_as_an_end_is_checked():
    [(value, mark, notes)] = _marks(ABOUT_RUSSIA + "Товарооборот Гомеля с Россией в 2023 году составил 900 млн долларов.")
    assert (value, mark) == ("900", "check")
    assert "«Гомеля»" in notes


def test_the_two_parties_named_as_ends_stay_sure():
    [(value, mark, _)] = _marks(ABOUT_RUSSIA + "Товарооборот Беларуси и России в 2023 году составил 50 млрд долларов.")
    assert (value, mark) == ("50", "sure")


def test_a_place_after_a_preposition_of_place_is_no_end():
    text = ABOUT_RUSSIA + "Товарооборот Беларуси и России в 2023 году вырос благодаря поставкам на Урал до 50 млрд долларов."
    assert all("is named as where the trade runs" not in notes for _, _, notes in _marks(text))


def test_two_capitals_standing_for_their_states_are_no_default():
    text = ABOUT_RUSSIA + "В 2023 году товарооборот Минска и Москвы составил 50 млрд долларов."
    assert all("is named as where the trade runs" not in notes for _, _, notes in _marks(text))


def test_every_figure_of_one_region_of_ours_while_our_side_is_belarus_is_checked():
    # Belarus is named more often than the region, so our side is read as Belarus
    [(value, mark, notes)] = _marks(ABOUT_RUSSIA + "Товарооборот Гродненской области с Россией в 2023 году составил 2 млрд долларов.")
    assert (value, mark) == ("2", "check")
    assert "the trade of Гродненская область, drafted as Belarus's" in notes
