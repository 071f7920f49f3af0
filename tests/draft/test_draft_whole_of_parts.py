"""An amount whose parts follow it («…, из которых …», «…, в том числе …») is their whole, never
its first part (issue #10); our own sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_read

from memogen.draft.figures import Context


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(dt.date(2019, 7, 3)))


def test_an_amount_broken_into_exports_and_imports_is_the_turnover():
    found = figures(
        "За январь–апрель 2019 года товарооборот с областью вырос на 20 %.",
        "В деньгах это 90 млн долларов, из которых 30 млн долларов пришлось на экспорт, а 60 млн долларов — на импорт.",
    )
    amounts = [(f["indicator"], f.get("value")) for f in found if f.get("value") is not None]
    assert amounts == [("turnover", Decimal(90)), ("exports", Decimal(30)), ("imports", Decimal(60))]


def test_an_amount_with_its_parts_named_in_that_many_words_is_the_turnover():
    (whole, *_) = [f for f in figures(
        "Всего за квартал это 40 млн долларов, в том числе экспорт — 25 млн долларов, импорт — 15 млн долларов."
    ) if f.get("value") is not None]
    assert (whole["indicator"], whole["value"]) == ("turnover", Decimal(40))


def test_an_indicator_named_before_the_amount_is_kept():
    (first, *_) = [f for f in figures(
        "Экспорт за квартал составил 40 млн долларов, из них в страны СНГ — 25 млн долларов."
    ) if f.get("value") is not None]
    assert (first["indicator"], first["value"]) == ("exports", Decimal(40))
