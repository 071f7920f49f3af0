"""A share stated again in a clause of its own after «, а … —» («…приходилось 12 % экспорта,
а в первом полугодии — уже 17 %») is the same share of the same whole in the period its
clause names; the period a share is stated for is no part of its whole (issue #10).
Sentences written for these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 8, 12)


def shares_read(text: str) -> list[tuple]:
    out = []
    for f in figures_read((text,), Context(RELEASE)):
        share = f.get("share") or {}
        out.append((f["period"], share.get("percent"), share.get("whole"), share.get("qualifier")))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В 2024 году на Казахстан приходилось 12 % экспорта области, а в первом полугодии 2025 года — уже 17 %.",
         [("2024", Decimal(12), "экспорта области", None), ("2025-H1", Decimal(17), "экспорта области", None)]),
        ("Доля Беларуси во внешней торговле края в 2023 году составила 9 %, а в 2024 году — почти 11 %.",
         [("2023", Decimal(9), "внешней торговли края", None), ("2024", Decimal(11), "внешней торговли края", "почти")]),
        ("На республику в январе–марте пришлось 30 % импорта региона; за январь–июнь — около 28 %.",
         [("2025-01..03", Decimal(30), "импорта региона", None),
          ("2025-01..06", Decimal(28), "импорта региона", "около")]),
    ],
)
def test_a_share_stated_again_after_a_dash_is_the_same_share(text, expected):
    assert shares_read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "На Россию в 2024 году приходилось 60 % экспорта области, а в 2025 году — на 5 % больше.",
        "На Россию приходится 60 % экспорта области, а импорт вырос на 5 %.",
    ],
)
def test_a_change_after_a_share_is_no_share(text):
    assert [s for s in shares_read(text) if s[1] is not None] == [shares_read(text)[0]]
