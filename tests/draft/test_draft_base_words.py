"""«по отношению к …» and «в сравнении с …» name the base a growth is measured against, as «к
уровню …» and «по сравнению с …» do (issue #10); our own sentences."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context


def figures(*sentences: str) -> list[dict]:
    return figures_read(sentences, Context(dt.date(2024, 9, 10)))


@pytest.mark.parametrize(
    "sentence",
    [
        "За январь–июнь 2024 года товарооборот составил 80 млн долларов, или 115 % по отношению к аналогичному "
        "периоду прошлого года.",
        "За январь–июнь 2024 года товарооборот составил 80 млн долларов, или 115 % в сравнении с тем же периодом "
        "2023 года.",
    ],
)
def test_a_percent_against_its_base_is_an_index(sentence):
    (f,) = figures(sentence)
    assert (f["period"], f["growth"]) == ("2024-01..06", {"index": Decimal(115)})


def test_a_year_after_by_relation_to_is_the_base_not_the_period():
    (f,) = figures("В 2023 году экспорт составил 40 млн долларов, что на 20 % больше по отношению к 2021 году.")
    assert (f["period"], f["growth"]) == ("2023", {"change": Decimal(20), "versus": "2021"})


def test_months_after_by_relation_to_are_the_base():
    (f,) = figures("За январь–июнь 2024 года товарооборот вырос на 9 % по отношению к январю–июню 2022 года.")
    assert (f["period"], f["growth"]) == ("2024-01..06", {"change": Decimal(9), "versus": "2022-01..06"})


def test_a_period_after_by_relation_to_a_period_is_the_base():
    *_, f = figures(
        "За январь–июнь 2024 года товарооборот составил 80 млн долларов.",
        "Экспорт составил 112 % по отношению к периоду с января по июнь 2023 года.",
    )
    assert (f["indicator"], f["period"], f["growth"]["index"]) == ("exports", "2024-01..06", Decimal(112))
