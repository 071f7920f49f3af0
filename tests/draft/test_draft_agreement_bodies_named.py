"""Bodies that sign a document named with «и» inside their own names («Комитет по науке и
технологиям …», «Министерство образования и науки …»), and an executive committee whose
adjective the dictionary also reads as a surname («Минский облисполком»), are the document's
sides (issue #10). Sentences written for these tests; their bodies and documents are invented."""

from __future__ import annotations

import datetime as dt

from memogen.draft.items import agreements

RELEASE = dt.date(2025, 6, 10)


def _titles(sentence: str) -> list[str]:
    return [a.data["title"] for a in agreements([sentence], RELEASE)]


def test_two_bodies_with_and_inside_their_names_are_the_sides():
    said = ("Комитет по науке и технологиям Беларуси и Министерство культуры и спорта Перу подписали программу "
            "обменов учёными.")
    assert _titles(said) == [
        "Программа обменов учёными между Комитетом по науке и технологиям Беларуси и Министерством культуры и "
        "спорта Перу"
    ]


def test_three_bodies_are_no_pair_of_sides():
    said = "Комитет Беларуси и Министерство Перу и Агентство Чили подписали программу обменов учёными."
    assert _titles(said) == ["Программа обменов учёными"]


def test_an_executive_committee_read_also_as_a_surname_is_a_body():
    said = "Минский облисполком подписал соглашение о сотрудничестве с Тверской областью."
    assert _titles(said) == ["Соглашение о сотрудничестве Минского облисполкома с Тверской областью"]
