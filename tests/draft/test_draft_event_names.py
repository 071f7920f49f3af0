"""Events the release states without a verb of holding or a naming phrase, read from
sentences written for these tests: an event someone spoke at, one a subject held, a named
exhibition, a visit told by a stay or by «приехал», days held at an exhibition, a
reception, and an event named by a pronoun for the sentence's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.phrases import name_end

RELEASE = dt.date(2025, 6, 10)


def _names(*sentences: str) -> list[str]:
    return [e.data["what"] for e in events(list(sentences), RELEASE)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the speaker between the verb of saying and «на …» holds the meeting
        ("Об этом сообщил министр экономики Республики Беларусь Пётр Соколов на встрече с послом Японии.",
         "Встреча министра экономики Республики Беларусь с послом Японии"),
        ("Рост торговли отметил губернатор края Олег Белов на переговорах с делегацией Молдовы в Сочи.",
         "Переговоры губернатора края с делегацией Молдовы"),
        # the speaker named after the event's noun
        ("Об итогах года заявил на пресс-конференции Председатель Гродненского облисполкома Иван Карпов.",
         "Пресс-конференция Председателя Гродненского облисполкома"),
        # speaking at a session names the session held
        ("Выступая на расширенном заседании коллегии министерства, вице-премьер назвал задачи.",
         "Расширенное заседание коллегии министерства"),
    ],
)
def test_an_event_someone_spoke_at_is_held(sentence, name):
    assert _names(sentence) == [name]


def test_an_event_a_subject_held_is_theirs_and_not_bare():
    assert _names("Белорусская делегация провела бизнес-форумы в Ухане и Сиане.") == [
        "Бизнес-форумы белорусской делегации"
    ]
    assert _names("Президенты двух стран 3 июня провели в Доме правительства официальные переговоры.") == [
        "Официальные переговоры Президентов двух стран"
    ]


def test_a_named_exhibition_or_fair_is_an_event_whatever_the_sentence_says():
    assert _names("Агропромышленная выставка БЕЛАГРО стала площадкой для новых контрактов.") == [
        "Агропромышленная выставка БЕЛАГРО"
    ]
    assert _names("Ярмарка «Белорусская неделя» привлекла тысячи гостей.") == ["Ярмарка «Белорусская неделя»"]
    # an unnamed one the sentence does not hold or date is none
    assert _names("Выставка стала площадкой для новых контрактов.") == []


def test_an_event_in_the_genitive_of_a_venue_is_no_event():
    assert _names("С 4 по 6 июня в конференц-центре Азиатского форума работал Фестиваль инноваций и инвестиций.") == [
        "Фестиваль инноваций и инвестиций"
    ]
    assert _names("12 мая в павильоне Международной выставки прошла встреча министров с инвесторами.") == [
        "Встреча министров с инвесторами"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Делегация Республики Кения приехала в Беларусь для переговоров о поставках техники.",
         "Визит делегации Республики Кения в Беларусь"),
        ("Министр сельского хозяйства Беларуси находится в Индии с 2 по 5 июня.",
         "Визит Министра сельского хозяйства Беларуси в Индию"),
        ("Председатель облисполкома находится во Франции по приглашению мэра Лиона.",
         "Визит Председателя облисполкома во Францию"),
        ("Вице-премьер Российской Федерации посетил Гомель с рабочим визитом.",
         "Рабочий визит Вице-премьера Российской Федерации в Гомель"),
    ],
)
def test_a_visit_told_by_arriving_staying_or_visiting(sentence, name):
    assert _names(sentence)[:1] == [name]


def test_a_stay_at_home_is_no_visit():
    assert _names("Министр находится в Минске.") == []


def test_days_held_at_an_exhibition_are_one_event_with_it():
    assert _names("Во Владивостоке открылись Дни Витебской области на Восточной выставке-ярмарке «Приморье».") == [
        "Дни Витебской области на Восточной выставке-ярмарке «Приморье»"
    ]


def test_a_reception_on_an_anniversary_is_an_event():
    assert _names("Это было сказано 12 мая на торжественном приёме по случаю 30-летия основания посольства.") == [
        "Торжественный приём по случаю 30-летия основания посольства"
    ]


def test_a_visit_named_by_a_pronoun_is_the_subjects():
    assert _names("Министр иностранных дел Беларуси в интервью газете рассказал о договорённостях, достигнутых во время его визита в Чили и Перу.") \
        == ["Визит Министра иностранных дел Беларуси в Чили и Перу"]


def test_a_post_held_in_a_state_goes_on_in_the_name_and_a_city_does_not():
    text = "состоялась встреча Посла Республики Беларусь в Японии Ивана Орлова с мэром Осаки."
    start = text.index("встреча") + len("встреча")
    assert text[: name_end(text, start)].endswith("с мэром Осаки")
    text = "состоялась встреча Посла Республики Беларусь в Токио с мэром Осаки."
    assert text[: name_end(text, start)].endswith("Беларусь")


def test_a_ceremony_for_contracts_names_what_they_are_for():
    assert _names("В Ташкенте 5 июня прошла церемония подписания договоров на поставку в Узбекистан лифтов.") == [
        "Церемония подписания договоров на поставку в Узбекистан лифтов"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Такую оценку дал министр на 7-м заседании совместной комиссии по торговле.",
         "7-е заседание совместной комиссии по торговле"),
        ("Гость примет участие в торжественной церемонии открытия Игр стран СНГ.",
         "Торжественная церемония открытия Игр стран СНГ"),
        ("Визит в Лиму завершает поездку министерской делегации по странам Южной Америки.",
         "Поездка министерской делегации по странам Южной Америки"),
        ("На белорусско-кенийском бизнес-форуме в Найроби подписано пять соглашений.",
         "Белорусско-кенийский бизнес-форум"),
        ("У стен Гостиного двора развёрнута выставка-ярмарка белорусских продуктов.",
         "Выставка-ярмарка белорусских продуктов"),
        ("На встрече посла с мэром Казани обсуждались поставки автобусов.", "Встреча посла с мэром Казани"),
    ],
)
def test_an_event_held_by_what_happened_at_it_or_counted_by_its_number(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Президент Республики Беларусь 3 марта принял во Дворце Независимости Чрезвычайного и Полномочного "
         "Посла Королевства Таиланд Сомчая Вонга.",
         "Встреча Президента Республики Беларусь с Послом Королевства Таиланд"),
        ("Губернатор края принял в Краснодаре делегацию Брестской области.",
         "Встреча губернатора края с делегацией Брестской области"),
    ],
)
def test_one_who_received_a_guest_met_them(sentence, name):
    assert _names(sentence)[:1] == [name]


def test_receiving_a_decision_or_a_law_is_no_meeting():
    assert _names("Парламент принял закон о торговле.") == []
    assert _names("Правительство 5 мая приняло программу развития экспорта.") == []
