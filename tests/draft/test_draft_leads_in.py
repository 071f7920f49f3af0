"""«Лидирует Россия и в импорте», «Китай лидирует по поставкам»: a first place of the state
named beside «лидирует» among suppliers, buyers or trading partners, measured by the flow
named; a share falling to it after a colon («свыше 80 % закупок приходится на соседнюю
страну») is the same figure's (issue #10). Sentences written for these tests, several
phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import ranks

RELEASE = dt.date(2025, 6, 30)
PARTNER = "Российская Федерация"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Лидирует Россия и в импорте области.", {"position": 1, "among": "среди поставщиков", "holder": "partner",
                                                  "measure": "по импорту"}),
        ("Китай лидирует по поставкам белорусской продукции.", {"position": 1, "among": "среди покупателей",
                                                               "holder": "partner", "measure": "по поставкам"}),
        ("Беларусь лидирует в товарообороте края.", {"position": 1, "among": "среди торговых партнёров",
                                                    "holder": "ours", "measure": "по товарообороту"}),
    ],
)
def test_a_state_that_leads_in_a_flow_holds_its_first_place(text, expected):
    assert [rank for _, rank in ranks.leaders(text)] == [expected]


@pytest.mark.parametrize("text", ["Лидирует в импорте машиностроение.", "Область лидирует по темпам роста."])
def test_no_state_or_no_flow_is_no_leader(text):
    assert ranks.leaders(text) == []


def test_the_share_after_the_colon_joins_the_leaders_rank():
    found = figures_for(RELEASE, PARTNER, "Лидирует Россия и в импорте: в первом полугодии свыше 80 % закупок "
                        "области приходится на соседнюю страну.")
    assert [(f["share"]["percent"], f["rank"]["position"], f["rank"]["measure"]) for f in found] == [
        (Decimal(80), 1, "по импорту")
    ]
