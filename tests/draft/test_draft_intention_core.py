"""One core of intention words, read two ways (issue #10): a side's plan, wish or binding of
itself that an infinitive completes puts a figure after the release (tenses.py) and is a
proposal (offers.py); and the infinitive clause a task sets is read by the one public reader
of such clauses (offers.infinitive_clause), for proposals and for the heads of state's tasks
(goals.py) alike. Sentences written for these tests; their places and firms are invented."""

from __future__ import annotations

import pytest

from memogen.draft import offers, tenses
from memogen.draft.goals import set_by_leaders
from memogen.draft.offers import infinitive_clause, proposals


def test_the_core_is_shared():
    assert tenses.INTENDING <= tenses._INTEND
    assert tenses.BINDING <= tenses._BIND
    assert tenses.INTENDING | tenses.BINDING <= offers._INTENT


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Стороны собираются закупать у соседей 300 тонн льна.", "Закупать у соседей 300 тонн льна"),
        ("Партнёры договорились поставлять в порт 40 кранов.", "Поставлять в порт 40 кранов"),
        ("Область планирует закупить в Гродно 25 тракторов.", "Закупить в Гродно 25 тракторов"),
    ],
)
def test_a_core_word_makes_a_proposal_and_a_figure_to_come(sentence, action):
    assert [p.data["action"] for p in proposals([sentence])] == [action]
    assert tenses.to_come(sentence, sentence.index(next(w for w in sentence.split() if w[0].isdigit()))) == "target"


def test_the_clause_reader_is_the_tasks_and_the_offers_own():
    text = "довести взаимную торговлю до 400 млн долларов, — подчеркнул министр."
    assert infinitive_clause(text) == "Довести взаимную торговлю до 400 млн долларов"
    tasks = set_by_leaders(["Президенты поставили цель довести взаимную торговлю до 400 млн долларов."])
    assert [t.data["title"] for t in tasks] == ["Цель президентов довести взаимную торговлю до 400 млн долларов"]
