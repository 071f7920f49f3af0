"""A figure of an economy, not of its trade («ВВП вырос на 3,9 %», «промышленность прибавила
7,7 %»): context the facts format leaves out. The drafter drafts no figure for it and lists
its sentence among those it could not place, with a note saying why. Sentences written for
this test."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft import draft_file
from memogen.draft.figures import Context

RELEASE = dt.date(2024, 2, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2023 году ВВП Казахстана увеличился на 5,1 %.",
        "Валовой внутренний продукт республики по итогам года вырос на 4,2 %.",
        "Промышленное производство в области за январь–ноябрь выросло на 6 %.",
        "Экономика Узбекистана в прошлом году прибавила 6,0 %.",
    ],
)
def test_an_economys_growth_is_no_figure_of_trade(sentence):
    assert figures_read((sentence,), Context(RELEASE)) == []


def test_an_economys_growth_beside_trade_leaves_the_trade_alone():
    (f,) = figures_read(("В 2023 году экономика страны выросла на 3,2 %, а экспорт в Беларусь — на 11 %.",),
                        Context(RELEASE))
    assert (f["indicator"], f["growth"]) == ("exports", {"change": Decimal(11)})


def test_its_sentence_is_listed_with_a_note(tmp_path):
    release = tmp_path / "r.txt"
    release.write_text(
        "# source: test · 2024-02-20\n\nБеларусь и Казахстан обсудили сотрудничество. "
        "В 2023 году ВВП Казахстана увеличился на 5,1 %. Товарооборот в 2023 году составил 1,1 млрд долларов.\n",
        encoding="utf-8",
    )
    drafted = draft_file(release, out=tmp_path / "r.yaml")
    assert [f.indicator for f in drafted.facts.figures] == ["turnover"]
    assert "# - В 2023 году ВВП Казахстана увеличился на 5,1 %. (an economy's own figure, no trade" in drafted.yaml
