"""A release that gives the partner's own statistics of its trade with Belarus (issue #10):
once it names a trade as the partner's «с Беларусью», or Belarus's share or place in the
partner's trade, a flow whose owner it does not name is the partner's (its exports are
our imports), and a balance it calls positive for the partner is negative for us.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for, stems_of

from memogen.draft import sides

RELEASE = dt.date(2024, 5, 20)


def figures(partner: str, *sentences: str) -> list[dict]:
    return figures_for(RELEASE, partner, *sentences)


def _view(text: str, partner: str) -> bool:
    return sides.partner_view(text, lambda word: sides.names_partner(word, stems_of(partner)))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Внешнеторговый оборот Татарстана с Беларусью в 2023 году составил 900 млн долларов.",
         "Республика Татарстан"),
        ("Товарооборот Омской области с Белоруссией вырос на 7 %.", "Омская область"),
        ("Беларусь занимает пятое место во внешнеторговом обороте Казахстана.", "Республика Казахстан"),
        ("Доля Беларуси в узбекском импорте выросла до 2 %.", "Республика Узбекистан"),
        ("Удельный вес Белоруссии в экспорте Армении снизился.", "Республика Армения"),
    ],
)
def test_the_partners_own_statistics_are_recognised(text, partner):
    assert _view(text, partner)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Товарооборот Беларуси с Татарстаном в 2023 году составил 900 млн долларов.", "Республика Татарстан"),
        ("Беларусь нарастила экспорт в Казахстан на 12 %.", "Республика Казахстан"),
        ("Доля Беларуси в мировом экспорте калийных удобрений велика.", "Республика Армения"),
    ],
)
def test_our_own_statistics_are_not_the_partners(text, partner):
    assert not _view(text, partner)


def test_a_flow_without_its_owner_after_the_partners_statistics_is_the_partners():
    found = figures(
        "Омская область",
        "Товарооборот Омской области с Беларусью в 2023 году составил 410 млн долларов.",
        "Экспорт составил 150 млн долларов, а импорт — 260 млн долларов.",
    )
    flows_found = {(f["indicator"], str(f["value"])) for f in found if f["indicator"] != "turnover"}
    assert flows_found == {("exports", "150"), ("imports", "260")}
    assert all(f.get("side") == "partner" for f in found if f["indicator"] != "turnover")


def test_a_flow_without_its_owner_in_our_statistics_stays_ours():
    found = figures(
        "Омская область",
        "Товарооборот Беларуси с Омской областью в 2023 году составил 410 млн долларов.",
        "Экспорт составил 150 млн долларов.",
    )
    exports = next(f for f in found if f["indicator"] == "exports")
    assert "side" not in exports


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("В 2023 году сальдо торговли Армении с Беларусью сложилось положительным и составило 30 млн долларов.",
         "-30"),
        ("Сальдо торговли Армении с Беларусью в 2023 году было отрицательным — 12 млн долларов.", "12"),
        ("В 2023 году сальдо торговли Беларуси с Арменией сложилось положительным и составило 30 млн долларов.",
         "30"),
    ],
)
def test_a_balance_stated_as_the_partners_is_reversed(sentence, value):
    found = figures("Республика Армения", sentence)
    assert [str(f["value"]) for f in found if f["indicator"] == "balance"] == [value]
