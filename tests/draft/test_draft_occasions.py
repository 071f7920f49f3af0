"""Events a release tells without naming them by an event's noun, or names in ways a memo
does not: visits said by a stay or a trip, a delegation led somewhere, two persons who met,
one who spoke at an event, a holiday greeted, a talk held at a body, a day said by
«накануне», «вчера», «сегодня». Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2024, 9, 10)


def _events(sentence: str) -> list[dict]:
    return [e.data for e in events([sentence], _DAY)]


def _names(sentence: str) -> list[str]:
    return [e["what"] for e in _events(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Чрезвычайный и Полномочный Посол Беларуси в Казахстане Иван Петров прибыл с рабочим визитом "
         "в Карагандинскую область.",
         "Рабочий визит Посла Беларуси в Казахстане в Карагандинскую область"),
        ("Министр промышленности Беларуси находится с официальным визитом во Вьетнаме.",
         "Официальный визит Министра промышленности Беларуси во Вьетнам"),
        ("Делегация Витебской области находится с деловым визитом в Татарстане.",
         "Деловой визит делегации Витебской области в Татарстан"),
        ("В Женеве, где министр находится с рабочим визитом, прошли консультации.",
         "Рабочий визит министра в Женеву"),
    ],
)
def test_a_visit_told_by_a_stay_is_named_with_where_it_goes(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Посол Беларуси в Китае совершил рабочую поездку в провинцию Ляонин.",
         "Рабочая поездка Посла Беларуси в Китае в провинцию Ляонин"),
        ("Вице-премьер совершит официальный визит в Ташкент.", "Официальный визит Вице-премьера в Ташкент"),
    ],
)
def test_a_trip_made_is_the_subjects_and_where_it_goes(sentence, name):
    [event] = _events(sentence)
    assert event["what"] == name
    assert "where" not in event  # where the ambassador is posted is no place of the trip


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Делегацию Омской области в Республику Беларусь возглавил губернатор Иван Петров.",
         "Визит делегации Омской области в Республику Беларусь"),
        ("Белорусскую делегацию в Ташкент возглавил министр промышленности.", "Визит белорусской делегации в Ташкент"),
        ("Председатель облисполкома возглавил делегацию области во Вьетнам.", "Визит делегации области во Вьетнам"),
    ],
)
def test_a_delegation_led_somewhere_made_a_visit_there(sentence, name):
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр возглавил белорусскую делегацию на форуме в Казани.",  # at an event, no visit told
        "Гость приехал в Минск на переговоры.",  # a guest is someone named before
        "Такие возможности открыла эта поездка.",  # a trip pointed back to
        "В ходе этого визита подписаны соглашения.",
    ],
)
def test_no_visit_from_a_word_that_points_back(sentence):
    assert not any(name.startswith(("Визит", "Эта", "Этот")) for name in _names(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Губернатор Омской области Иван Петров и Посол Беларуси в России Пётр Сидоров обсудили поставки техники.",
         "Встреча губернатора Омской области с Послом Беларуси в России"),
        ("К этому выводу пришли Президент Беларуси Иван Петров и спикер парламента Кении Джон Смит, "
         "встретившиеся 3 мая.",
         "Встреча Президента Беларуси со спикером парламента Кении"),
        ("Министр экономики Беларуси и министр торговли Китая провели переговоры в Пекине.",
         "Переговоры Министра экономики Беларуси с министром торговли Китая"),
    ],
)
def test_two_persons_who_met_or_talked(sentence, name):
    assert _names(sentence) == [name]


def test_two_states_that_talked_are_no_meeting():
    assert _names("Беларусь и Кения обсудили поставки техники.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("На итоговой пресс-конференции председатель правления банка сообщил о новых проектах.",
         "Итоговая пресс-конференция председателя правления банка"),
        ("На брифинге министр иностранных дел заявил, что визит состоится.", "Брифинг министра иностранных дел"),
    ],
)
def test_an_event_someone_spoke_at_was_held_and_is_theirs(sentence, name):
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Губернатор области и Посол Беларуси накануне обсудили поставки техники.", dt.date(2024, 9, 9)),
        ("Вчера в Минске прошло заседание межправительственной комиссии.", dt.date(2024, 9, 9)),
        ("Сегодня в Гродно открылась выставка «Агро-2024».", _DAY),
    ],
)
def test_a_day_said_by_an_adverb(sentence, day):
    assert [e["when"] for e in _events(sentence)] == [day]


def test_on_the_eve_of_an_event_gives_no_day():
    assert all("when" not in e for e in _events("Накануне визита министр провёл переговоры с послом Индии."))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Президент Беларуси поздравил руководство и народ Мьянмы с национальным праздником.",
         "Национальный праздник Мьянмы"),
        ("Министр поздравил коллег из Казахстана с Днём Республики.", "День Республики Казахстана"),
        ("Глава государства направил поздравление Президенту Республики Индия по случаю Дня независимости.",
         "День независимости Республики Индия"),
        ("Посол поздравил народ Туркменистана с 30-летием независимости.", "30-летие независимости Туркменистана"),
    ],
)
def test_a_holiday_greeted_is_an_event_of_the_release_day(sentence, name):
    assert _events(sentence) == [{"what": name, "when": _DAY}]


def test_a_greeting_for_no_holiday_is_no_event():
    assert _names("Президент поздравил премьер-министра Индии с победой на выборах.") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Межрегиональные связи гости обсудили и в Совете Республики: речь шла о проектах.",
         "Обсуждение межрегиональных связей в Совете Республики"),
        ("Транспортные вопросы делегация обсудила в Министерстве транспорта.",
         "Обсуждение транспортных вопросов в Министерстве транспорта"),
        ("Перспективы сотрудничества обсудили также в Палате представителей.",
         "Обсуждение перспектив сотрудничества в Палате представителей"),
    ],
)
def test_a_talk_held_at_a_body_is_an_event(sentence, name):
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Планёрка в Доме Правительства прошла 2 сентября.", "Планёрка в Доме Правительства"),
        ("Заседание в Министерстве иностранных дел прошло 3 мая.", "Заседание в Министерстве иностранных дел"),
    ],
)
def test_the_body_an_event_was_held_in_is_part_of_its_name(sentence, name):
    assert _names(sentence) == [name]


def test_a_town_an_event_was_held_in_is_where_not_its_name():
    [event] = _events("Заседание комиссии прошло в Минске 3 мая.")
    assert (event["what"], event["where"]) == ("Заседание комиссии", "Минск")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("О новом визите белорусского лидера в Кению условились президенты двух стран.",
         "Новый визит Президента Беларуси в Кению"),
        ("Переговоры с белорусским лидером прошли в Пекине 3 мая.", "Переговоры с Президентом Беларуси"),
    ],
)
def test_the_belarusian_leader_is_named_by_his_post(sentence, name):
    assert _names(sentence) == [name]


def test_a_visit_told_by_a_past_stay():
    assert _names("3–4 июня делегация Брестского района находилась с визитом в Тверской области.") == [
        "Визит делегации Брестского района в Тверскую область"
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Весной в Казахстан отправятся предприниматели области.", "Поездка предпринимателей области в Казахстан"),
        ("Делегация района поедет в Смоленск в октябре.", "Поездка делегации района в Смоленск"),
        ("В Минск отправятся представители бизнеса Приморского края.",
         "Поездка представителей бизнеса Приморского края в Минск"),
    ],
)
def test_persons_who_go_somewhere_make_a_trip(sentence, name):
    assert _names(sentence) == [name]


def test_goods_sent_somewhere_make_no_trip():
    assert _names("Грузы отправятся в Китай по железной дороге.") == []
