"""An invitation to visit is a proposal (issue #10; docs/draft.md): a visit a side plans is an
event to come, drafted with the events, but a visit one side invites the other to pay is its
offer. Sentences written for these tests; their people and places are invented."""

from __future__ import annotations

from memogen.draft.offers import proposals


def _actions(*said: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(said))]


def test_an_invitation_to_visit_is_a_proposal():
    assert _actions("Председатель облисполкома пригласил губернатора посетить сыродельные заводы области.") == [
        "Посетить сыродельные заводы области"
    ]


def test_a_received_invitation_to_visit_is_a_proposal():
    assert _actions("Мэр города получил приглашение посетить Гродно осенью.") == ["Приглашение посетить Гродно осенью"]


def test_a_planned_visit_is_still_no_proposal():
    assert _actions("Губернатор планирует посетить сыродельные заводы области.") == []
