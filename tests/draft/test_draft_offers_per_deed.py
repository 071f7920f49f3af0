"""README convention 12: a list of offers in one sentence is one proposal per deed. A second
deed after «, а» under the same word of offering is the same offer's, and a readiness or
interest in several deeds, each named by its noun after its own preposition, is one proposal
each. The sentences were written for these tests (their places and firms are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        # «, а» and an infinitive: the offer's next deed, not another side's offer
        ("Область готова продавать в республику картофель и лён, а покупать у неё удобрения.",
         ["Продавать в республику картофель и лён", "Покупать у неё удобрения"]),
        # «, а» and a side: another offer, each read in its own clause
        ("Город заинтересован в поставках трамваев, а завод готов открыть сервисный центр.",
         ["Поставки трамваев", "Открыть сервисный центр"]),
        # the preposition said again before the next deed: one proposal each
        ("Власти округа заинтересованы в поставках уборочной техники и в совместных проектах в животноводстве.",
         ["Поставки уборочной техники", "Совместные проекты в животноводстве"]),
        ("Партнёры готовы к закупкам зерна, а также к строительству элеваторов.",
         ["Закупки зерна", "Строительство элеваторов"]),
        # «не только …, но и …» carries the same offer's list on, up to the next offer
        ("Завод готов возить в область не только погрузчики, но и автобусы, а кроме того предлагает ремонт депо.",
         ["Возить в область не только погрузчики, но и автобусы", "Ремонт депо"]),
        # one preposition over a list of branches: one deed
        ("Мы готовы к сотрудничеству в станкостроении, химии и логистике.",
         ["Сотрудничество в станкостроении, химии и логистике"]),
    ],
)
def test_each_deed_of_an_offer_is_its_own(sentence: str, actions: list[str]) -> None:
    assert _actions(sentence) == actions
