"""Figures the release gives no period for (issue #10): a memo must not print a period its
source never stated. A count's period is read from the verb that governs it, not from a
verb that says who told it; a place or a share said in the present tells how things stand
and takes no period from the sentences before it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import tenses
from memogen.draft.model import UNSTATED, supports

RELEASE = dt.date(2025, 6, 20)
STATS = "В 2024 году товарооборот области с Беларусью составил 410 млн долларов, увеличившись на 6 %."

pytestmark = pytest.mark.skipif(
    not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts (unit)"
)


def _periods_of_places_and_shares(text: str) -> set[str]:
    """The periods of the places and shares with no amount drafted from `text` said after
    a sentence of last year's figures."""
    found = figures_for(RELEASE, "Пермский край", STATS, text)
    return {f["period"] for f in found if ("rank" in f or "share" in f) and f.get("value") is None}


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор сообщил, что область ведёт торговлю с 76 государствами.",
        "Участники встречи отметили: с белорусскими партнёрами уже работают более 30 предприятий края.",
        "Министр рассказал, что совместные мощности позволяют выпускать до 4 тысяч погрузчиков в год.",
    ],
)
def test_a_count_of_how_things_stand_is_not_dated_by_a_verb_of_saying(text):
    (count,) = [f for f in figures_for(RELEASE, "Пермский край", text) if "unit" in f]
    assert count["period"] == UNSTATED


@pytest.mark.parametrize(
    "text",
    [
        "На форуме стороны подписали 9 соглашений о сотрудничестве.",
        "В деловой встрече участвовали представители 35 белорусских фирм, а с другой стороны — около 150 компаний.",
        "На этом форуме подписывается ещё 12 новых соглашений.",
        "Председатель отметил, что стороны уже успели обсудить 15 вопросов повестки.",
    ],
)
def test_a_count_of_what_the_release_reports_keeps_its_month(text):
    counts = [f for f in figures_for(RELEASE, "Пермский край", text) if "unit" in f]
    assert counts and all(c["period"] == "2025-06" for c in counts)


@pytest.mark.parametrize(
    ("text", "at", "past"),
    [
        ("Губернатор сообщил, что край торгует с 76 государствами.", "76", False),
        ("Он отметил, что 40 % оборота приходится на соседей.", "40", False),
        ("Подписано 9 контрактов на поставку техники.", "9", True),
        ("Более 200 лифтов изготовлено и смонтировано в столице.", "200", True),
        ("Участвовали 35 фирм, а с другой стороны — около 150 компаний.", "150", True),
    ],
)
def test_the_verb_that_governs_a_count_says_whether_it_is_done(text, at, past):
    assert tenses.done(text, text.index(at)) is past


@pytest.mark.parametrize(
    "text",
    [
        "Среди регионов России область занимает пятое место по товарообороту с Беларусью.",
        "На Беларусь приходится 38 % внешнеторгового оборота области.",
        "Беларусь — второй торговый партнёр области среди стран СНГ.",
        "Беларусь остаётся крупнейшим покупателем молочной продукции края.",
        "Губернатор отметил, что на Беларусь приходится почти треть товарооборота области.",
    ],
)
def test_a_place_or_a_share_in_the_present_takes_no_period_from_before(text):
    assert _periods_of_places_and_shares(text) == {UNSTATED}


@pytest.mark.parametrize(
    "text",
    [
        "По этому показателю Беларусь занимает пятое место среди партнёров области.",
        "На Беларусь пришлось 38 % внешнеторгового оборота области.",
        "Беларусь также входит в число трёх крупнейших партнёров области.",
        "Лидирует Беларусь и в импорте: на неё приходится 44 % закупок области.",
        "Это позволило Беларуси занять второе место среди партнёров области.",
    ],
)
def test_a_place_or_a_share_that_goes_on_with_the_figures_before_keeps_their_period(text):
    assert _periods_of_places_and_shares(text) == {"2024"}
