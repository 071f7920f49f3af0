"""Items a draft of a real news page must not invent: a newspaper, a channel or a post
read as a company; a quotation read as a company; a mayor's first name read as a city;
a document's title running into the next paragraph; one meeting drafted three times.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import agreements, events
from memogen.draft.parties import companies
from memogen.draft.sides import foreign_cities

RELEASE = dt.date(2025, 4, 14)


def company_names(sentence: str) -> list[str]:
    return [c.data["name"] for c in companies([sentence], None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Об этом рассказывает «Гомельская правда».",
        "Как информирует «Минская неделя», делегация прибыла утром.",
        "Как указывает «Сельская газета», урожай собран.",
        "Подробности читайте в следующем номере «Вестника Полесья».",
        "Сюжет вышел в эфире «Студии Север».",
        "Это говорится в сообщении «Пресс-центра Первого».",
        "Новость опубликовал Telegram-канал «Восточный экспресс».",
        "Снимки выложил телеграм-канал «Северный вестник».",
        "Спортсмены выступят в соревнованиях «Белая ладья».",
        "Встреча прошла в рамках еврорегиона «Буг».",
        "Гости посетят Международный фестиваль искусств «Славянский базар в Витебске».",
    ],
)
def test_a_medium_a_contest_or_a_festival_in_quotes_is_no_company(sentence: str) -> None:
    assert company_names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Иван Петров: «Мы готовы к новым поставкам!»",
        "Глава района Олег Сидоров «Я уверен: связи окрепнут»",
        "Заголовок интервью — «Вы спрашиваете, мы отвечаем?»",
    ],
)
def test_words_someone_said_in_quotes_are_no_company(sentence: str) -> None:
    assert company_names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Специалисты ОАО «Гродножилстрой» приступили к работам.", ["Гродножилстрой"]),
        ("На площадке завода «Гомсельмаш» собрали новую модель.", ["Гомсельмаш"]),
        ("Область закупила самосвалы «БЕЛАЗ» для карьера.", ["БЕЛАЗ"]),
    ],
)
def test_companies_in_quotes_are_still_read(sentence: str, names: list[str]) -> None:
    assert company_names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        # the first name agrees with the post («мэром … Владимиром»), not with «города»
        ("Делегацию возглавил мэр города Владимир Сидоренко, сообщили в Минске.", ["город Владимир"]),
        ("Переговоры прошли с мэром города Владимиром Сидоренко.", []),
        ("Документ подписан главой города Ярославом Ивановым.", []),
        # a city after «города» in the nominative or in the genitive agreeing with it stays
        ("Встреча с мэром города Владимира Андреем Кузнецовым.", ["город Владимир"]),
        ("Мэрия города Бишкек направила предложения.", ["город Бишкек"]),
        ("Встретился с главой города Казани Рустамом Хабибуллиным.", ["город Казань"]),
    ],
)
def test_a_first_name_after_city_is_no_city(sentence: str, cities: list[str]) -> None:
    assert foreign_cities(sentence, ours_named=True) == cities


def test_a_documents_title_stops_where_a_quotation_opens_a_new_line() -> None:
    text = (
        "Подписан меморандум о сотрудничестве с Заводским районом Гомеля\n"
        "«Мы рассчитываем на быстрые результаты», — сказал глава района."
    )
    assert [a.data["title"] for a in agreements([text], RELEASE)] == [
        "Меморандум о сотрудничестве с Заводским районом Гомеля"
    ]


def test_a_title_in_quotes_on_the_same_line_is_still_read() -> None:
    text = "Стороны подписали соглашение «Об экономическом партнёрстве» на 2025–2027 годы."
    titles = [a.data["title"] for a in agreements([text], RELEASE)]
    assert titles and "«Об экономическом партнёрстве»" in titles[0]


def test_one_meeting_named_in_the_headline_and_the_lead_is_drafted_once() -> None:
    said = [
        "Премьер-министр проводит встречу с губернатором Псковской области\n"
        "Премьер-министр сегодня проводит встречу с губернатором Псковской области Иваном Сомовым.",
        "«Премьер проведет встречу с губернатором Псковской области», — говорится в сообщении.",
    ]
    names = [e.data["what"] for e in events(said, RELEASE)]
    # «проводит встречу» in the present names who held it, as «провёл встречу» does
    assert names.count("Встреча Премьер-министра с губернатором Псковской области") == 1


def test_two_meetings_on_different_dates_are_both_drafted() -> None:
    said = [
        "Встреча с губернатором Псковской области прошла 3 марта 2025 года.",
        "Встреча с губернатором Псковской области пройдет 12 мая 2025 года.",
    ]
    names = [e.data["what"] for e in events(said, RELEASE)]
    assert names.count("Встреча с губернатором Псковской области") == 2
