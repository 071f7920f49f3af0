"""A figure's status read from the tense of the verb that governs it (issue #10): a
finite verb in the future, «будет» with a participle, an infinitive that a plan, an
intent or an agreement governs put the amount after the release; a supply or a building
to come is a target, any other amount to come a forecast; a verb in the past or the
present reports what was done or is so. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_read

from memogen.draft.figures import Context
from memogen.draft.tenses import to_come

RELEASE = dt.date(2024, 3, 5)


def status(text: str) -> str:
    found = figures_read([text], Context(RELEASE))
    assert found, text
    return found[0].get("status", "actual")


@pytest.mark.parametrize(
    "text",
    [
        "По словам министра, Гродно отправит в Аргентину 300 тракторов.",
        "Партнёры купят у нас 40 комбайнов, а также запасные части.",
        "Наши строители помогут построить в столице четыре школы.",
        "Всего в республику планируется отгрузить 1,5 тыс. автобусов.",
        "Стороны договорились поставить партнёрам 300 тракторов.",
        "В следующем году будет поставлено 120 лифтов.",
        "Завод намерен передать партнёрам 60 грузовиков.",
    ],
)
def test_a_supply_to_come_is_a_target(text):
    assert status(text) == "target"


@pytest.mark.parametrize(
    "text",
    [
        "После вступления в союз будут отменены около 70 % пошлин.",
        "Ярмарку посетят 5 тыс. гостей.",
    ],
)
def test_any_other_amount_to_come_is_a_forecast(text):
    assert status(text) == "forecast"


@pytest.mark.parametrize(
    "text",
    [
        "В прошлом месяце в Гану отправили 300 тракторов.",
        "Уже сейчас в хозяйства уходит более 200 машин.",
        "Около 30 компаний области поставляют продукцию в республику.",
        "Действующие мощности позволяют выпускать до 5 тыс. тракторов в год.",
        "Выставка, которая пройдёт в мае, собрала 300 участников.",
        "В 2023 году было поставлено 120 лифтов.",
    ],
)
def test_the_past_and_the_present_report_what_is(text):
    assert status(text) == "actual"


def test_the_verb_of_an_elided_continuation_is_the_clause_before_s():
    text = "Беларусь безвозмездно передаст три автобуса, а также семь тракторов."
    assert to_come(text, text.index("семь")) == "target"


def test_no_verb_after_a_colon_borrows_none():
    text = "Год завершён, итоги можно подвести: около 800 млн — такова цифра."
    assert to_come(text, text.index("800")) is None


def test_the_first_part_of_a_hyphenated_word_is_no_verb():
    # «торгово» alone reads as a short adjective, a predicate; in «торгово-экономических» it is none
    text = (
        "В ходе визита предполагается подписать меморандум о торгово-экономических связях, "
        "а также четыре контракта на поставку кормов."
    )
    assert to_come(text, text.index("четыре")) == "forecast"


def test_a_report_after_the_amount_does_not_keep_the_verb_before_the_dash():
    text = "Городской совет намерен заключить 6 договоров — с тремя городами Сербии, сообщает агентство."
    assert to_come(text, text.index("тремя")) == "forecast"


def test_a_report_after_the_amount_still_tells_the_tense_with_no_dash():
    text = "В порт пришли 40 вагонов, рассказал начальник станции."
    assert to_come(text, text.index("40")) is None


def test_what_a_side_has_now_is_actual_whatever_the_sentence_goes_on_to_expect():
    # «есть» is «быть» (there is) here, not «to eat»: a verb in the present, how things stand
    text = "Сейчас у района есть соглашения с 6 городами Польши, а на ярмарке их, как ожидается, подпишут ещё два."
    assert status(text) == "actual"
