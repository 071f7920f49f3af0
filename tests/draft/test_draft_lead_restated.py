"""Growth a lead states alone and a later sentence states again with its level is that figure's,
drafted once (issue #10); our own sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.draft.drafted import figures_for


def figures(*sentences: str) -> list[dict]:
    return figures_for(dt.date(2023, 10, 2), "Китайская Народная Республика", *sentences)


def test_a_leads_growth_said_again_with_its_level_is_one_figure():
    found = figures(
        "За январь–август товарооборот Беларуси и Китая вырос на 40 %.",
        "По данным статистики, за январь–август товарооборот составил 3 млрд долларов, что на 40 % больше, чем "
        "годом ранее.",
    )
    assert [(f["indicator"], f.get("value"), f["growth"]["change"]) for f in found] == [
        ("turnover", Decimal(3), Decimal(40))
    ]


def test_our_exports_in_the_lead_are_the_partners_imports_stated_later():
    found = figures(
        "За январь–август белорусский экспорт в Китай вырос на 25 %.",
        "Импорт из Беларуси в Китай за январь–август составил 1,2 млрд долларов, увеличившись на 25 %.",
    )
    assert [(f["indicator"], f.get("side"), f.get("value")) for f in found] == [
        ("imports", "partner", Decimal("1.2"))
    ]


def test_another_growth_later_is_another_figure():
    found = figures(
        "За январь–август товарооборот Беларуси и Китая вырос на 40 %.",
        "За январь–август товарооборот составил 3 млрд долларов, что на 35 % больше, чем годом ранее.",
    )
    assert len(found) == 2
