"""A wish that relations abroad go on, cooperation with makers in general, or a promise to do
all there is names no deed: no proposal (issue #10); a deed named with such words still is one.
Sentences written for these tests; their places and firms are invented."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор и консул говорили о том, как дальше развивать внешнеэкономические связи.",
        "Тверская область заинтересована в сотрудничестве с белорусскими производителями.",
        "Министр заверил, что готов сделать всё, чтобы оживить наши связи.",
    ],
)
def test_nothing_named_is_no_proposal(sentence):
    assert _actions(sentence) == []


def test_a_deed_named_beside_such_words_is_still_one():
    said = "Тверская область заинтересована в сотрудничестве с белорусскими производителями молочных продуктов."
    assert _actions(said) == ["Сотрудничество с белорусскими производителями молочных продуктов"]
