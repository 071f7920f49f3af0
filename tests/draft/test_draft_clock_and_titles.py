"""Numbers that are no quantity: a page's timestamps and datelines («14:05», «12.09.2024»)
and the digits of a short quoted name («Канал 8», «7 дней»). Releases saved from news
sites carry them above and inside the text; none may become a drafted figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from memogen.draft.numbers import amounts


def values(text: str) -> list[Decimal]:
    return [a.value for a in amounts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Опубликовано 12 октября 2024, 09:47. В Минске прошла встреча делегаций.",
        "11.02.2025 18:05 | Новости регионов",
        "Обновлено: 03.07.25 в 7:30 по минскому времени",
        "Начало приёма в 10:00, завершение в 21:15.",
        "Минск 22:40. Переговоры продолжились вечером.",
        "Дата публикации: 28 Май 2019 года",
    ],
)
def test_times_and_dates_in_figures_are_no_quantity(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("14:20 Товарооборот за полгода составил 48,5 млн долларов", [Decimal("48.5")]),
        ("30.01.2025 Область поставила в регион 120 тракторов", [Decimal(120)]),
        ("доля выросла до 5,05 % при экспорте 17,3 млн долларов", [Decimal("17.3")]),
        ("в соотношении 1:1 поставлено 35 автобусов", [Decimal(1), Decimal(1), Decimal(35)]),
    ],
)
def test_figures_next_to_a_timestamp_are_still_read(text: str, kept: list[Decimal]) -> None:
    assert values(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "об этом рассказали в передаче «Неделя 7» на ОНТ",
        'сообщил он в эфире телеканала "Мир 24" накануне',
        "по данным портала «24 новости», встреча прошла в Гомеле",
        "в программе „Главный эфир 2“ показали сюжет о заводе",
    ],
)
def test_the_digits_of_a_short_quoted_name_are_no_quantity(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a quoted statement is longer than a name: its figures are the release's
        ("«В этом году мы поставили в область 300 автобусов», — сказал губернатор", [Decimal(300)]),
        # a quoted name with a scale or currency names an amount
        ("программа «5 млн тонн зерна» выполнена", [Decimal(5)]),
        ('телеканал "Беларусь 3" показал, как поставили 40 комбайнов', [Decimal(40)]),
    ],
)
def test_quoted_statements_and_amounts_keep_their_figures(text: str, kept: list[Decimal]) -> None:
    assert values(text) == kept
