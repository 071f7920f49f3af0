"""A document of the sides' ties (cooperation, partnership, twinning) whose sentence names no party
of its own — no body, firm, school, district or city, no proper name but a person's or a side's —
is between the release's two sides, written into its title with a `check` note («Сегодня мы
обсуждали дорожную карту дальнейшего сотрудничества» in a release on Belarus and Peru → «… между
Беларусью и Перу»); a document of anything else, or one whose sentence names a party of its own,
keeps its title. Sentences written for these tests; their places, bodies and documents are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import partner_of

from memogen.draft.items import agreements
from memogen.draft.signers import name_sides

RELEASE = dt.date(2025, 6, 10)
PERU = "Перу закупает у нас тракторы, Перу ждёт белорусских гостей."


def _drafted(sentence: str) -> list[tuple[str, list[str]]]:
    found = agreements([sentence, PERU], RELEASE)
    name_sides(found, [sentence, PERU], None, partner_of(sentence, PERU))
    return [(a.data["title"], a.notes) for a in found]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Сегодня мы обсуждали дорожную карту дальнейшего сотрудничества.",
         "Дорожная карта дальнейшего сотрудничества между Беларусью и Перу"),
        ("Министр Иван Петров сообщил, что подписана программа сотрудничества на 2026–2027 годы.",
         "Программа сотрудничества между Беларусью и Перу"),
        ("Подписано соглашение о побратимстве.", "Соглашение о побратимстве между Беларусью и Перу"),
    ],
)
def test_a_document_of_ties_no_one_else_signs_is_between_the_release_sides(sentence, title):
    (drafted, notes), = _drafted(sentence)
    assert drafted == title
    assert any("the release's sides were written in" in n for n in notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Университет подписал соглашение о сотрудничестве.",  # a party of its own
        "Ремонтный завод и порт Кальяо подписали меморандум о сотрудничестве.",
        "Утверждена государственная программа развития села.",  # no document of ties
        "Подписаны новые соглашения.",
    ],
)
def test_a_document_with_a_party_of_its_own_or_of_other_things_keeps_its_title(sentence):
    assert all(" Беларусью и Перу" not in title for title, _ in _drafted(sentence))
