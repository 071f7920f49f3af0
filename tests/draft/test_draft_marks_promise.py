"""What lowers a drafted item's mark and what does not: a remark says what the analyst
should add or bear in mind without taking a default; what the draft read of an event or a
document earns its mark (our own example sentences)."""

from __future__ import annotations

import datetime as dt

from memogen.draft import draft_release
from memogen.draft.model import Item, items_by_measure
from memogen.draft.read import Release

RELEASE = dt.date(2024, 10, 15)


def test_a_remark_keeps_the_mark_and_adds_its_note():
    item = Item({})
    item.remark("trade in services: never summed or compared with goods")
    assert item.mark == "sure"
    assert item.notes == ["trade in services: never summed or compared with goods"]


def test_a_doubt_after_a_remark_still_lowers_the_mark():
    item = Item({})
    item.remark("a note")
    item.doubt("check", "a default taken")
    assert item.mark == "check"


def _marks(text: str) -> list[tuple[str, list[str]]]:
    release = Release(text=text, date=RELEASE, url=None, publisher=None)
    draft = draft_release(release, RELEASE, url=None, file=None, name="example")
    return list(zip(draft.item_marks["figures"], draft.item_notes["figures"]))


def test_an_event_read_with_its_date_is_check_and_one_without_stays_a_guess():
    dated = Item({"what": "Встреча", "when": {"date": "2024-10-14"}}, "guess", ["an event read from the sentence"])
    undated = Item({"what": "Встреча"}, "guess", ["an event read from the sentence"])
    items_by_measure([dated, undated], [])
    assert (dated.mark, undated.mark) == ("check", "guess")


def test_a_document_with_its_years_is_check_and_one_without_stays_a_guess():
    plan = Item({"title": "План мероприятий", "years": "2024–2026"}, "guess", [])
    accord = Item({"title": "Соглашение о сотрудничестве"}, "guess", [])
    items_by_measure([], [plan, accord])
    assert (plan.mark, accord.mark) == ("check", "guess")


def test_a_balance_signed_as_worded_and_services_keep_their_note_and_stay_sure():
    [turnover, balance] = _marks("Товарооборот Беларуси и Казахстана в 2023 году составил 420 млн "
                                 "долларов США, положительное сальдо составило 50 млн долларов США.")
    assert turnover == ("sure", [])
    assert balance[0] == "sure" and "the balance is positive" in balance[1][0]
    [services] = _marks("Экспорт услуг Беларуси в Казахстан в 2023 году составил 90 млн долларов США.")
    assert services == ("sure", ["trade in services: never summed or compared with goods"])


def test_a_single_month_with_no_year_is_still_check():
    [(mark, notes)] = _marks("Товарооборот Беларуси и Казахстана в апреле составил 42 млн долларов США.")
    assert mark == "check" and "names no year of its own" in notes[0]


def test_a_figure_whose_default_is_right_less_often_than_not_is_the_drafts_guess():
    # «до» before an amount with no verb of change known: a ceiling, right 3 of 8 times
    [(mark, notes)] = _marks("В 2023 году товарооборот с Казахстаном рухнул до 40 млн долларов США.")
    assert mark == "guess" and "«до» read as an upper bound" in notes[-1]
