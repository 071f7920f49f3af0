"""Areas are a proposal only as a deed (README convention 6): cooperation in areas a side
offers or the sides agree on is one; cooperation in areas the sides only talked over
(«обсудили, как развивать сотрудничество в …», «речь шла о взаимодействии в …») is none,
while a deed talked over that names more than relations before its areas still is one.
The sentences were written for these tests (their places are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Гости из Заречья и хозяева обсудили, как развивать сотрудничество в пчеловодстве и лесном хозяйстве.",
        "На встрече речь шла о взаимодействии в сфере туризма и спорта.",
        "Стороны обсудили сотрудничество в области водного транспорта.",
        "Делегации собираются обсудить, как расширять связи в приборостроении и химии.",
        "Министры обсудили, как укреплять партнёрство, прежде всего в закупках удобрений и в рыбоводстве.",
        "Губернатор говорил о развитии кооперации, в том числе в станкостроении.",
    ],
)
def test_areas_only_talked_over_are_no_proposal(sentence):
    assert _actions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Стороны договорились развивать сотрудничество в пчеловодстве.",
         "Развивать сотрудничество в пчеловодстве"),
        ("Область готова к сотрудничеству в лесном хозяйстве.", "Сотрудничество в лесном хозяйстве"),
    ],
)
def test_areas_offered_or_agreed_are_a_proposal(sentence, action):
    assert _actions(sentence) == [action]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Стороны обсудили, как наладить поставки льна в Заречье.", "Наладить поставки льна в Заречье"),
        ("Стороны обсуждают совместные проекты в рыбоводстве.", "Совместные проекты в рыбоводстве"),
        # a case of the deed after «в том числе» names a deed, no area
        ("Стороны обсудили развитие кооперации, в том числе сборку в Лиде речных катеров.",
         "Развитие кооперации, в том числе сборка в Лиде речных катеров"),
    ],
)
def test_a_deed_talked_over_before_its_areas_is_still_one(sentence, action):
    assert _actions(sentence) == [action]
