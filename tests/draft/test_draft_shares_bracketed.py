"""A percent below a hundred in brackets right after an amount («На прочие страны пришлось
1,2 млрд долларов (40 %)») is that amount's share of the whole a share stated just before
named; with no such share before it, a bracketed percent may be an index and is left alone
(issue #10). Sentences written for these tests, several phrasings each."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context

RELEASE = dt.date(2025, 8, 4)


def shares_read(*sentences: str) -> list[tuple]:
    return [(f.get("value"), (f.get("share") or {}).get("percent"), (f.get("share") or {}).get("whole"))
            for f in figures_read(sentences, Context(RELEASE))]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (("В первом полугодии экспорт в Россию составил 1,8 млрд долларов, или 60 % всего экспорта области.",
          "На прочие страны пришлось 1,2 млрд долларов (40 %)."),
         [(Decimal("1.8"), Decimal(60), "всего экспорта области"), (Decimal("1.2"), Decimal(40), "всего экспорта области")]),
        (("За январь–май товарооборот с Китаем достиг 90 млн долларов, что составляет 12 % внешней торговли региона, "
          "а с Индией — 30 млн долларов (4 %).",),
         [(Decimal(90), Decimal(12), "внешней торговли региона"), (Decimal(30), Decimal(4), "внешней торговли региона")]),
    ],
)
def test_a_bracketed_percent_after_a_share_is_the_amounts_share(sentences, expected):
    assert shares_read(*sentences) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт в 2024 году составил 300 млн долларов (95,3 %).",
        "Импорт за январь–июнь — 48 млн долларов (87 % к уровню прошлого года).",
    ],
)
def test_a_bracketed_percent_with_no_share_before_is_no_share(text):
    assert all(percent is None for _, percent, _ in shares_read(text))
