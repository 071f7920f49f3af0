"""Events whose holder the sentence names away from the event's words: by «он», «она»
standing for the person the sentence before was about, over a relative clause between the
subject and its verb, before «собирается с … визитом», and a speaker named before whom they
spoke to; the tail of a person's name after an event is no one who held it. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

RELEASE = dt.date(2025, 6, 10)


def _names(*sentences: str) -> list[str]:
    return [e.data["what"] for e in events(list(sentences), RELEASE)]


def test_a_pronoun_stands_for_the_person_the_sentence_before_was_about():
    names = _names(
        "Министр торговли Беларуси Иван Орлов в мае посетит Ереван.",
        "Об этом он сообщил 3 июня в Минске на встрече с Послом Армении Ашотом Саркисяном.",
    )
    assert "Встреча Министра торговли Беларуси с Послом Армении" in names


def test_a_pronoun_is_left_when_the_sentence_before_was_about_a_thing():
    names = _names(
        "Товарооборот Беларуси и Армении в прошлом году вырос на 8 %.",
        "Об этом он сообщил 3 июня в Минске на встрече с Послом Армении Ашотом Саркисяном.",
    )
    assert names == ["Встреча с Послом Армении"]


def test_a_pronoun_in_a_relative_clause_is_not_replaced():
    names = _names(
        "Губернатор области Пётр Лавров провёл совещание 2 июня.",
        "Итоги обсудили в связи с поездкой в Республику Сербия, которую он совершил в мае.",
    )
    assert not any("губернатора" in n.lower() and "Сербия" in n for n in names)


def test_a_relative_clause_between_the_subject_and_its_verb_is_passed_over():
    names = _names(
        "Премьер-министр Беларуси Иван Орлов, который совершает поездку по странам Азии, "
        "во вторник прибыл с официальным визитом в Лаос."
    )
    assert "Официальный визит Премьер-министра Беларуси в Лаос" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # one who is going to come with a visit, a fuzzy date between the subject and the verb
        ("Губернатор Омской области Иван Сидоров в конце мая собирается с рабочим визитом в Беларусь.",
         "Рабочий визит губернатора Омской области в Беларусь"),
        # a speaker named before whom they answered, the addressee left out
        ("«Сроки согласованы», — ответил посол журналистам агентства на пресс-конференции 5 июня.",
         "Пресс-конференция посла"),
    ],
)
def test_the_holder_is_read_past_what_stands_between(sentence, name):
    assert name in _names(sentence)


def test_the_tail_of_a_name_after_an_event_holds_no_event():
    names = _names("Об этом говорилось 4 июня на встрече с Послом Ирана Али Реза оглы Карими, передаёт агентство.")
    assert names == ["Встреча с Послом Ирана"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # talks told as where the subject spoke, a place and the counterpart's name between
        ("Премьер-министр Армении Ашот Варданян на переговорах с Премьер-министром Беларуси Иваном Орловым "
         "в Ереване рассказал о планах.",
         "Переговоры Премьер-министра Армении с Премьер-министром Беларуси"),
        # a talk with someone is named a meeting, as a memo names it
        ("Президент Армении Ашот Варданян в беседе с послом назвал отношения дружескими.",
         "Встреча Президента Армении с послом"),
        # whose schedule it is holds the meeting
        ("В рабочем графике Президента Беларуси — встреча с губернатором Омской области.",
         "Встреча Президента Беларуси с губернатором Омской области"),
    ],
)
def test_a_meeting_told_in_passing_is_the_subjects(sentence, name):
    assert name in _names(sentence)


def test_what_one_came_for_is_no_talk_of_theirs():
    names = _names("Министр прибыл в Ташкент 3 июня для участия в двустороннем деловом совете.")
    assert "Двусторонний деловой совет" in names


def test_a_meeting_told_in_a_relative_clause_is_the_antecedents():
    names = _names("Так считает Посол Беларуси в Армении Иван Орлов, который 5 июня встретился с губернатором Ширака.")
    assert names == ["Встреча Посла Беларуси в Армении с губернатором Ширака"]


def test_a_meeting_with_persons_counted_is_with_those_the_dash_lists():
    names = _names(
        "Губернатор Омской области Иван Сидоров на полях форума 3 июня встретился с двумя дипломатами — "
        "Послом Китая в России Ли Мином и Послом Беларуси в России Петром Орловым."
    )
    assert "Встреча губернатора Омской области с Послом Китая в России и Послом Беларуси в России" in names


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        # a session one is expected at is to come
        (("На заседании Совета министров обороны Содружества в октябре ожидается министр обороны Армении.",),
         "Заседание Совета министров обороны Содружества"),
        # a visit's programme provides for a meeting
        (("Программа визита предусматривает встречу Президента Беларуси с Президентом Перу.",),
         "Встреча Президента Беларуси с Президентом Перу"),
        # one came for a session: it was held, a body's own name makes it another session than one named before
        (("В октябре в Минске пройдёт заседание Совета глав правительств СНГ.",
          "В мае Премьер-министр уже приезжал в Ереван на заседание Евразийского межправительственного совета."),
         "Заседание Евразийского межправительственного совета"),
    ],
)
def test_events_to_come_and_events_one_came_for(sentences, name):
    assert name in _names(*sentences)


def test_a_year_and_a_duty_are_no_words_of_a_holder():
    assert "Визит Премьер-министра Армении в Беларусь" in _names(
        "Премьер-министр Армении Ашот Варданян в 2024 году побывал в Беларуси дважды."
    )
    names = _names("Во время визита Президент Армении также должен принять участие в юбилейной сессии Совета.")
    assert "Визит Президента Армении" in names


POSTS = {"Алиев": "Президент Республики Армения", "Варданян": "Премьер-министр Республики Армения",
         "Орлов": "Премьер-министр Республики Беларусь"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a generic title before a person's name: the post the officials list gives that person
        ("Глава государства Карен Алиев прибыл в Минск с официальным визитом.",
         "Официальный визит Президента Республики Армения в Минск"),
        # a generic title with the land's adjective: that land's head of government
        ("Глава армянского правительства находится в Минске с официальным визитом.",
         "Официальный визит Премьер-министра Республики Армения в Минск"),
        ("Белорусский премьер прибыл в Ереван с рабочим визитом.",
         "Рабочий визит Премьер-министра Республики Беларусь в Ереван"),
    ],
)
def test_a_head_described_by_a_generic_title_is_named_by_their_post(sentence, name):
    assert name in [e.data["what"] for e in events([sentence], RELEASE, POSTS)]


def test_a_visit_pointed_back_to_by_its_town_is_the_one_told():
    names = _names(
        "Премьер-министр Беларуси прибыл с официальным визитом в Армению 5 июня.",
        "Визит в Ереван завершает поездку делегации по странам Закавказья.",
    )
    assert "Визит в Ереван" not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # days of a land are named with the land they are held in
        ("Договор подписали в 2024 году, во время Дней Республики Беларусь в Омской области.",
         "Дни Республики Беларусь в Омской области"),
        # a talk with someone is a meeting
        ("Об итогах года губернатор Омской области Иван Сидоров говорил с министром промышленности Беларуси.",
         "Встреча губернатора Омской области с министром промышленности Беларуси"),
        # a delegation to be sent somewhere makes a visit there
        ("Президент сказал, что в Минск будет направлена делегация Перу.", "Визит делегации Перу в Минск"),
        # an island's state is gone to «на»
        ("Министр иностранных дел Беларуси Иван Орлов в мае побывал на Кубе.",
         "Визит Министра иностранных дел Беларуси на Кубу"),
        # «в этом году» and «впервые» together are no words of who comes
        ("Премьер-министр Армении в этом году впервые посетит Беларусь с официальным визитом.",
         "Официальный визит Премьер-министра Армении в Беларусь"),
    ],
)
def test_days_talks_delegations_sent_and_islands(sentence, name):
    assert name in _names(sentence)


def test_days_keep_the_land_they_are_held_in_as_where():
    [days] = events(["В конце года пройдут Дни белорусской культуры в Армении."], RELEASE)
    assert (days.data["what"], days.data["where"]) == ("Дни белорусской культуры в Армении", "Армения")
