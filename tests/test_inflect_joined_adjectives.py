"""A post whose adjectives are joined by «и» has one head: «Чрезвычайный и Полномочный
Посол» declines as one phrase, while two names joined by «и» still decline each."""

from __future__ import annotations

import pytest

from memogen.inflect import inflect_phrase


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Чрезвычайный и Полномочный Посол", "genitive", "Чрезвычайного и Полномочного Посла"),
        ("Чрезвычайный и Полномочный Посол Республики Беларусь в Казахстане", "instrumental",
         "Чрезвычайным и Полномочным Послом Республики Беларусь в Казахстане"),
        ("Чрезвычайный и Полномочный Посланник", "dative", "Чрезвычайному и Полномочному Посланнику"),
        ("торговая и промышленная палата", "genitive", "торговой и промышленной палаты"),
    ],
)
def test_adjectives_joined_by_and_share_one_head(name, case, form):
    assert inflect_phrase(name, case) == form


def test_two_names_joined_by_and_still_decline_each():
    assert inflect_phrase("Республика Беларусь и Российская Федерация", "genitive") == (
        "Республики Беларусь и Российской Федерации"
    )
