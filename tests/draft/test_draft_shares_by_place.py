"""After a share of a named whole, percents whose clause names only a place («в страны ЕС
направлено 30 %, в остальные страны — около 20 %», «на СНГ и прочие государства — 8 % и
4 % соответственно») are each that place's share of the same whole: a third party's
(`counterparty`) or the partner's (issue #10). Sentences written for these tests, several
phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for

RELEASE = dt.date(2025, 7, 21)
PARTNER = "Российская Федерация"


def shares_read(*sentences: str) -> list[tuple]:
    out = []
    for f in figures_for(RELEASE, PARTNER, *sentences):
        share = f.get("share") or {}
        out.append((share.get("percent"), share.get("whole"), (f.get("counterparty") or {}).get("name"), f["period"]))
    return out


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (("На Россию в январе–мае пришлось 55 % экспорта области.",
          "В страны Евросоюза направлено свыше 30 %, в остальные государства — около 15 %."),
         [(Decimal(55), "экспорта области", None, "2025-01..05"),
          (Decimal(30), "экспорта области", "страны ЕС", "2025-01..05"),
          (Decimal(15), "экспорта области", "остальные страны", "2025-01..05")]),
        (("В первом полугодии свыше 70 % импорта региона приходится на Россию, а на ЕС и прочие страны — 8 % и 22 % "
          "соответственно.",),
         [(Decimal(70), "импорта региона", None, "2025-H1"),
          (Decimal(8), "импорта региона", "страны ЕС", "2025-H1"),
          (Decimal(22), "импорта региона", "остальные страны", "2025-H1")]),
    ],
)
def test_a_percent_naming_only_a_place_is_that_places_share(sentences, expected):
    assert shares_read(*sentences) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        # no share of a named whole before: a bare percent with a place is no share
        ("В страны Евросоюза направлено свыше 30 % продукции.",),
        # a change after «на» is no share
        ("На Россию в 2024 году пришлось 55 % экспорта области.", "В страны ЕС поставки выросли на 12 %."),
    ],
)
def test_no_share_without_a_share_before_or_with_a_change(sentences):
    assert all(third is None for percent, _, third, _ in shares_read(*sentences) if percent is not None)
