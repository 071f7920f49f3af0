"""Totals so far and the status of a figure's own statement (issue #10). «уже» bound to the
verb of a count or of deals («уже обучались», «отгружено уже», «уже подписаны») tells what
stands by the release's date: no period, not the release's month. A figure's status is
read from its own statement: a statement coordinated after it («…, и стороны намерены …»,
«…, но, по мнению министра, …») says its own intent, and a verb of level in the present
(«превышает», «составляет») tells how things are now. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import tenses
from memogen.draft.model import UNSTATED, supports

RELEASE = dt.date(2024, 9, 12)

pytestmark = pytest.mark.skipif(
    not supports("FigureFact", "unit"), reason="the facts model of this memogen has no counts (unit)"
)


@pytest.mark.parametrize(
    "text",
    [
        "В учебном центре в Твери уже обучались сотрудники 17 белорусских заводов.",
        "В республику отправлено уже более 60 автобусов, а всего их будет около ста.",
        "Как сообщил директор, с партнёрами уже подписано 9 соглашений о сотрудничестве.",
    ],
)
def test_a_count_so_far_has_no_period(text):
    found = [f for f in figures_for(RELEASE, "Тверская область", text) if "unit" in f]
    assert found and found[0]["period"] == UNSTATED


def test_deals_made_so_far_have_no_period():
    text = "По словам министра, контракты уже заключены на 35 миллионов долларов."
    (deal,) = [f for f in figures_for(RELEASE, "Республика Кения", text) if f["indicator"] == "contracts"]
    assert deal["period"] == UNSTATED


def test_a_count_signed_at_the_event_keeps_the_release_month():
    text = "На форуме в Минске подписано 9 соглашений о сотрудничестве."
    (count,) = [f for f in figures_for(RELEASE, "Тверская область", text) if "unit" in f]
    assert count["period"] == "2024-09"


@pytest.mark.parametrize(
    ("text", "so_far"),
    [
        ("Завод уже поставил 40 машин.", True),
        ("Уже в 2019 году объём упал до 30 млн.", False),
        ("Стороны подписали 5 контрактов.", False),
    ],
)
def test_so_far_is_an_adverb_of_the_verb_not_of_a_time(text, so_far):
    at = next(i for i, c in enumerate(text) if c.isdigit())
    assert tenses.so_far(text, at) is so_far


def _status(text: str, partner: str = "Республика Казахстан") -> str:
    found = figures_for(RELEASE, partner, text)
    assert found, text
    return found[0].get("status", "actual")


@pytest.mark.parametrize(
    "text",
    [
        "В 2023 году объём взаимной торговли превысил 900 млн долларов, и стороны намерены его нарастить.",
        "Сейчас товарооборот с Казахстаном превышает $1 млрд, но, по мнению министра, стремиться есть к чему.",
        "Товарооборот с Казахстаном составляет около 800 млн долларов, и правительства ставят цель его удвоить.",
    ],
)
def test_a_level_reached_keeps_its_status_whatever_the_next_statement_intends(text):
    assert _status(text) == "actual"


def test_a_place_keeps_its_status_whatever_the_next_statement_intends():
    text = "По словам посла, Китай — третий по величине торговый партнёр Беларуси, и стороны стремятся к большему."
    (place,) = [f for f in figures_for(RELEASE, "Китайская Народная Республика", text) if "rank" in f]
    assert place.get("status", "actual") == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Стороны намерены довести товарооборот до 2 млрд долларов, и это вполне реально.",
        "В 2025 году товарооборот превысит 1,2 млрд долларов, и рост продолжится.",
    ],
)
def test_a_level_its_own_statement_expects_stays_expected(text):
    assert _status(text) in ("target", "forecast")


def test_a_count_so_far_of_the_release_meeting_keeps_the_release_month():
    text = "Переговоры идут успешно: делегации уже обсудили полтора десятка вопросов."
    (count,) = [f for f in figures_for(RELEASE, "Тверская область", text) if "unit" in f]
    assert count["period"] == "2024-09"


@pytest.mark.parametrize(
    "text",
    [
        "По словам посла, в этом году товарооборот может достигнуть 3 млрд долларов.",
        "Взаимная торговля вполне может перешагнуть рубеж в 700 млн долларов.",
        "Уже в следующем году поставки могут вырасти на 15 %.",
    ],
)
def test_a_level_or_a_move_that_may_come_is_a_forecast(text):
    assert _status(text) == "forecast"


def test_what_a_plant_can_make_is_no_forecast():
    text = "Сборочное производство в Алматы может выпускать 500 тракторов в год."
    assert _status(text) != "forecast"


def test_an_undated_figure_stated_again_with_its_period_is_drafted_once():
    lead = "Товарооборот Беларуси и Казахстана сократился почти на треть"
    body = "За первые пять месяцев этого года товарооборот Беларуси и Казахстана сократился почти на треть."
    found = figures_for(RELEASE, "Республика Казахстан", lead, body)
    assert [f["period"] for f in found] == ["2024-01..05"]


def test_an_undated_amount_stated_again_with_its_period_is_drafted_once():
    lead = "Товарооборот Беларуси и Казахстана превысит $2 млрд"
    body = "По итогам 2024 года товарооборот Беларуси и Казахстана превысит $2 млрд, считает посол."
    found = figures_for(RELEASE, "Республика Казахстан", lead, body)
    assert [(f["period"], f["value"]) for f in found] == [("2024", 2)]


def test_an_undated_level_now_beside_another_years_level_stays():
    now = "Сейчас товарооборот Беларуси и Казахстана превышает 1 млрд долларов."
    then = "В 2020 году он составил 700 млн долларов."
    found = figures_for(RELEASE, "Республика Казахстан", now, then)
    assert sorted(str(f["period"]) for f in found) == ["2020", UNSTATED]


def test_an_undated_target_stays_beside_its_restatement_dated_only_by_the_sentence_before():
    first = "Премьер считает реальным довести товарооборот с Казахстаном до 900 млн долларов."
    before = "В 2024 году торговля немного снизилась."
    again = "Довести товарооборот до 900 млн долларов — реальная задача."
    found = figures_for(RELEASE, "Республика Казахстан", first, before, again)
    assert UNSTATED in [f["period"] for f in found if f.get("value") == 900]
