"""Events, documents and proposals as press releases tell them in passing, read from
sentences written for these tests: talks told by what came after them, a meeting's place
before whom it was with, an event the subject took part in, who took part in a meeting, a
practice that is no one event; a package of documents and a draft; an intention, a
readiness to become something, a stake to be made and a deed with a case of it."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import agreements, events
from memogen.draft.offers import proposals

RELEASE = dt.date(2025, 6, 10)


def _events(*sentences: str) -> list[dict]:
    return [e.data for e in events(list(sentences), RELEASE)]


def _agreements(*sentences: str) -> list[tuple[str, str]]:
    return [(a.data["title"], a.data["status"]) for a in agreements(list(sentences), RELEASE)]


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "name", "where"),
    [
        # «после переговоров в X с Y»: held, named by the subject and whom with, the place apart
        ("Министр сельского хозяйства Беларуси Иван Котов после переговоров в Ташкенте с министром "
         "сельского хозяйства Узбекистана заявил, что поставки вырастут.",
         "Переговоры Министра сельского хозяйства Беларуси с министром сельского хозяйства Узбекистана", "Ташкент"),
        # «на встрече в X с Y»: the speaker's meeting
        ("Об этом сказал губернатор области Олег Петров на встрече в Гродно с послом Вьетнама.",
         "Встреча губернатора области с послом Вьетнама", "Гродно"),
        # a body's initials after the one met: «с главой МИД …»
        ("Посол Беларуси Иван Сидоров после встречи в Каире с главой МИД Египта рассказал о планах.",
         "Встреча Посла Беларуси с главой МИД Египта", "Каир"),
    ],
)
def test_a_meeting_or_talks_told_with_their_place_before_whom(sentence, name, where):
    assert _events(sentence) == [{"what": name, "where": where}]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Премьер-министр Беларуси Пётр Иванов в ходе рабочего визита в Казань обсудит поставки техники.",
         "Рабочий визит Премьер-министра Беларуси в Казань"),
        ("Министр промышленности Беларуси Олег Сидоров во время поездки в Хабаровск осмотрел два завода.",
         "Поездка Министра промышленности Беларуси в Хабаровск"),
    ],
)
def test_an_event_told_by_when_the_subject_acted_is_the_subjects(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


def test_a_visit_told_by_when_with_no_subject_before_it_keeps_its_words():
    assert _events("В ходе визита в Казань стороны обсудили поставки техники.") == [{"what": "Визит в Казань"}]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Итоги года обсуждались на совещании с участием министра экономики Беларуси Андрея Петрова в Минске.",
         "Совещание с участием министра экономики Беларуси"),
        ("Заседание с участием представителей деловых кругов обеих стран прошло в Гомеле.",
         "Заседание с участием представителей деловых кругов обеих стран"),
    ],
)
def test_who_took_part_is_part_of_the_events_name(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


def test_a_count_of_who_takes_part_is_no_part_of_the_name():
    found = _events("В октябре стороны планируют провести в Смоленске бизнес-форум с участием не менее 40 компаний.")
    assert [e["what"] for e in found] == ["Бизнес-форум"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Области намерены ежегодно проводить совместные ярмарки.",
        "Стороны договорились регулярно организовывать выставки-продажи.",
        "Предприятия будут и дальше участвовать в выставках.",
    ],
)
def test_an_event_noun_after_an_imperfective_infinitive_is_a_practice_no_event(sentence):
    assert _events(sentence) == []


def test_a_perfective_infinitive_still_sets_one_event():
    found = _events("Стороны договорились провести в сентябре заседание совместной комиссии.")
    assert [e["what"] for e in found] == ["Заседание совместной комиссии"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("В ходе визита планируется подписать пакет двусторонних документов.",
         [("Пакет двусторонних документов", "planned")]),
        ("По итогам переговоров подписан пакет соглашений о сотрудничестве в медицине.",
         [("Пакет соглашений о сотрудничестве в медицине", "signed")]),
    ],
)
def test_a_package_of_documents_is_one_document(sentence, expected):
    assert _agreements(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Министры рассмотрели проект плана консультаций между ведомствами на 2026–2027 годы.",
         [("План консультаций между ведомствами", "planned")]),
        ("Стороны обсудили проект соглашения о взаимной защите инвестиций.",
         [("Соглашение о взаимной защите инвестиций", "planned")]),
    ],
)
def test_a_draft_discussed_is_planned(sentence, expected):
    assert _agreements(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Регионы намерены развивать обмен студентами и преподавателями.",
         ["Развивать обмен студентами и преподавателями"]),
        ("Стороны намерены открыть в Ташкенте торговый дом, заявил министр.", ["Открыть в Ташкенте торговый дом"]),
    ],
)
def test_an_intention_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Гомель готов стать площадкой для совместного форума, отметил мэр.",
         ["Гомель готов стать площадкой для совместного форума"]),
        ("Область заинтересована в поставках зерна, а Витебск готов выступить партнёром новых проектов.",
         ["Поставки зерна", "Витебск готов выступить партнёром новых проектов"]),
    ],
)
def test_a_readiness_to_become_something_keeps_who_is_ready(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("В следующем году ставка будет сделана на совместные предприятия.",
         ["Сделать ставку на совместные предприятия"]),
        ("По словам министра, будет сделан упор на экспорт услуг, сказал он.", ["Сделать упор на экспорт услуг"]),
        ("Акцент сделают на подготовке кадров.", ["Сделать акцент на подготовке кадров"]),
    ],
)
def test_a_stake_to_be_made_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


def test_a_stake_already_made_is_no_proposal():
    assert _actions("Ещё в прошлом году ставку сделали на туризм.") == []


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Стороны обсудили развитие кооперации, в том числе выпуск в Орше белорусских лифтов.",
         ["Развитие кооперации, в том числе выпуск в Орше белорусских лифтов"]),
        # a case in the genitive stays in it
        ("Министры обсудили поставки техники, в том числе самосвалов.", ["Поставки техники, в том числе самосвалов"]),
    ],
)
def test_a_deed_goes_on_over_a_case_of_it(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Министр образования Беларуси побывал в Краснодарском крае.",
         "Визит Министра образования Беларуси в Краснодарский край"),
        ("Губернатор Псковской области побывал в Витебске с рабочим визитом.",
         "Рабочий визит губернатора Псковской области в Витебск"),
    ],
)
def test_a_visit_told_by_pobyval(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


def test_a_place_seen_within_a_visit_is_no_visit():
    # a place called at, «посещение ИТ-парка», not a visit's destination
    assert not any(e["what"].startswith("Визит") for e in _events("Её участники побывали в ИТ-парке и на ряде заводов."))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Карим Бенани побывал в Минске в марте 2024 года.", "Визит Министра торговли Марокко в Минск"),
        ("Карим Бенани прибыл в Гомель с рабочим визитом.", "Рабочий визит Министра торговли Марокко в Гомель"),
    ],
)
def test_a_person_told_by_name_alone_is_named_by_the_post(sentence, name):
    found = events([sentence], RELEASE, {"Бенани": "Министр торговли Марокко"})
    assert [e.data["what"] for e in found] == [name]


def test_a_past_visit_dated_by_a_month():
    found = events(["Карим Бенани побывал в Минске в марте 2024 года."], RELEASE, {"Бенани": "Министр торговли"})
    assert found[0].data["when"] == {"text": "март 2024\u00a0г.", "year": 2024}


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Делегация побывала в Тульской области с рабочим визитом 14–16 мая.", "14–16 мая 2025\u00a0г."),
        ("Форум пройдёт 2-4 октября 2026 года в Гродно.", "2–4 октября 2026\u00a0г."),
    ],
)
def test_days_joined_by_a_dash_are_a_span(sentence, said):
    assert _events(sentence)[0]["when"]["text"] == said


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("С 2021 года, когда стартовала программа обновления школьных автобусов, поставлено 300 машин.",
         [("Программа обновления школьных автобусов", "in_force")]),
        ("В прошлом году вступило в силу соглашение о свободной торговле с Египтом.",
         [("Соглашение о свободной торговле с Египтом", "in_force")]),
        ("Запущена программа импортозамещения в станкостроении.",
         [("Программа импортозамещения в станкостроении", "in_force")]),
    ],
)
def test_a_document_said_to_have_started_is_in_force(sentence, expected):
    assert _agreements(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Премьер-министр передал Президенту Кении Уильяму Руто приглашение посетить Беларусь.",
         ["Приглашение Президенту Кении посетить Беларусь"]),
        ("Министр вручил приглашение делегации края принять участие в выставке в Гродно.",
         ["Приглашение делегации края принять участие в выставке в Гродно"]),
        # an invitation nobody passes on is no offer
        ("Приглашение посетить Минск остаётся в силе.", []),
    ],
)
def test_an_invitation_passed_on_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("В портфеле совместных проектов — строительство логистического центра под Брестом.",
         ["Строительство логистического центра"]),
        ("В планах — новые проекты, в том числе ремонт пригородных электричек с участием ОАО «Белвагон».",
         ["Ремонт пригородных электричек с участием ОАО «Белвагон»"]),
    ],
)
def test_deeds_in_a_sides_plans_are_proposals(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Посол сообщил, что осенью в Новосибирске откроется Генеральное консульство Республики Беларусь.",
         "Открытие Генерального консульства Республики Беларусь в Новосибирске"),
        ("В Ташкенте открылся Торговый дом Гродненской области.", "Открытие Торгового дома Гродненской области в Ташкенте"),
    ],
)
def test_an_office_opened_is_an_event(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


def test_a_market_opened_is_no_event():
    assert _events("Рынок Китая будет открыт для белорусской говядины.") == []


def test_a_deed_never_runs_on_over_another_deed():
    said = "Обсуждались модернизация транспорта и строительство жилья, участие подрядчиков в реконструкции моста."
    assert _actions(said)[:2] == ["Модернизация транспорта", "Строительство жилья"]


def test_a_deeds_words_run_on_to_the_next_deed_of_its_list():
    said = ("Обсуждались поставка техники для угольных разрезов, ремонт трамваев по белорусской технологии и "
            "строительство жилья.")
    assert _actions(said) == [
        "Поставка техники для угольных разрезов", "Ремонт трамваев по белорусской технологии", "Строительство жилья",
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Главным событием года стал государственный визит в Минск в апреле Президента Республики Казахстан.",
         "Государственный визит Президента Республики Казахстан в Минск"),
        ("Итогом стал визит в Казань 12 марта делегации Гомельской области.",
         "Визит делегации Гомельской области в Казань"),
    ],
)
def test_whose_visit_it_is_after_its_destination_and_date(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


def test_a_visit_named_by_no_ones_name_after_a_visit_told_is_that_visit():
    found = _events("Министр промышленности находится в Лаосе с рабочим визитом.", "Визит во Вьентьян продлится три дня.")
    assert [e["what"] for e in found] == ["Рабочий визит Министра промышленности в Лаос"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Правительства Беларуси и Брянской области подпишут программу сотрудничества на 2027–2029 годы.",
         "Программа сотрудничества между Правительством Беларуси и Правительством Брянской области"),
        ("Министерства образования Беларуси и Вьетнама подписали меморандум о сотрудничестве.",
         "Меморандум о сотрудничестве между Министерством образования Беларуси и Министерством образования Вьетнама"),
    ],
)
def test_one_bodys_noun_for_two_sides_that_sign(sentence, title):
    assert _agreements(sentence)[0][0] == title


def test_a_body_with_no_two_places_names_no_sides():
    assert _agreements("Представители правительства и бизнеса подписали меморандум о сотрудничестве.") == [
        ("Меморандум о сотрудничестве", "signed"),
    ]


POSTS = {"Сидоренко": "Премьер-министр Республики Беларусь", "Орлов": "Губернатор Псковской области"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a person named with no post of their own inside the event's name: their post, in its case
        ("Президент назвал первый официальный визит Ивана Сидоренко в Ташкент важным шагом.",
         "Первый официальный визит Премьер-министра Республики Беларусь в Ташкент"),
        # a bare post noun one official's post opens with, «и его команда» going with them
        ("12 мая губернатор и его команда прибыли в Минск.", "Визит губернатора Псковской области в Минск"),
        # a person after their own post is left out, not named twice
        ("Губернатор Псковской области Сергей Орлов провёл переговоры с послом Кубы.",
         "Переговоры губернатора Псковской области с послом Кубы"),
    ],
)
def test_persons_in_an_events_name_are_named_by_their_post(sentence, name):
    assert [e.data["what"] for e in events([sentence], RELEASE, POSTS)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Министр назвал второй визит делегации в Гродно знаковым.", "Второй визит делегации в Гродно"),
        ("Стороны обсудили сроки очередного заседания межправительственной комиссии.",
         "Очередное заседание межправительственной комиссии"),
    ],
)
def test_an_event_counted_in_words_is_one(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("С 3 по 5 июня Хабаровский край посещает делегация Гродненской области.",
         "Визит делегации Гродненской области в Хабаровский край"),
        ("Весной Казахстан посетила белорусская делегация во главе с вице-премьером Петром Орловым.",
         "Визит белорусской делегации во главе с вице-премьером в Казахстан"),
    ],
)
def test_a_visit_told_with_the_place_first_and_the_visitor_after_the_verb(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        # a place of the subject's, not a visitor after the verb (a place called at: «посещение …», no visit)
        "Президент посетил Минский тракторный завод.",
        "Выставку посетили более 10 тысяч человек.",
    ],
)
def test_no_visit_without_a_visitor_after_the_verb(sentence):
    assert not any(e["what"].startswith("Визит") for e in _events(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("«На встрече с министром мы обсудили поставки зерна», — сказал губернатор Курской области.",
         "Встреча губернатора Курской области с министром"),
        ("«На переговорах с послом мы договорились о новых рейсах», — отметил мэр Бреста.",
         "Переговоры мэра Бреста с послом"),
    ],
)
def test_an_event_told_in_the_first_person_in_a_quote_is_the_speakers(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


def test_an_event_in_a_quote_not_in_the_first_person_keeps_its_words():
    found = _events("«На встрече с министром стороны обсудили поставки», — сказал губернатор Курской области.")
    assert [e["what"] for e in found] == ["Встреча с министром"]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Стороны обсудили возможность создания совместного предприятия по ремонту локомотивов.",
         ["Создание совместного предприятия по ремонту локомотивов"]),
        ("Обсуждались вопросы поставок белорусских лифтов и возможность открытия сервисного центра.",
         ["Поставки белорусских лифтов", "Открытие сервисного центра"]),
        # topics listed after «вопросы» are no one deed
        ("Стороны обсудили вопросы образования, развития туризма и культуры.", []),
    ],
)
def test_a_deed_framed_by_a_possibility_or_a_question(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Гродненская область выступила с инициативой проведения ярмарки белорусских товаров.",
         ["Проведение ярмарки белорусских товаров"]),
        ("Посол выступил с инициативой открыть прямой авиарейс.", ["Открыть прямой авиарейс"]),
        ("Министры решили создать совместную рабочую группу по логистике.",
         ["Создать совместную рабочую группу по логистике"]),
    ],
)
def test_an_initiative_or_a_decision_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Подписание соглашения о торговле услугами состоится в ноябре.", [("Соглашение о торговле услугами", "planned")]),
        ("Делегации парафировали соглашение о readmission.".replace("readmission", "реадмиссии"),
         [("Соглашение о реадмиссии", "planned")]),
    ],
)
def test_a_signing_to_come_or_an_initialled_document_is_planned(sentence, expected):
    assert _agreements(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("В Минске прошёл круглый стол по вопросам транзита.", "Круглый стол по вопросам транзита"),
        ("Стороны провели видеоконференцию по вопросам образования.", "Видеоконференция по вопросам образования"),
        ("В Гомеле состоялся семинар по вопросам экспорта.", "Семинар по вопросам экспорта"),
    ],
)
def test_a_round_table_a_video_conference_and_a_seminar_are_events(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Стороны договорились о создании совместного предприятия по выпуску лифтов.",
         ["Создание совместного предприятия по выпуску лифтов"]),
        ("Губернатор выразил заинтересованность в поставках белорусских автобусов.", ["Поставки белорусских автобусов"]),
        # a bare «о сотрудничестве» names no deed of its own
        ("Стороны договорились о сотрудничестве.", []),
    ],
)
def test_a_deed_agreed_on_or_of_interest(sentence, actions):
    assert _actions(sentence) == actions


def test_a_strategy_of_cooperation_is_a_document():
    assert _agreements("Области утвердили стратегию развития сотрудничества до 2030 года.") == [
        ("Стратегия развития сотрудничества до 2030 года", "signed"),
    ]


def test_b2b_talks_are_an_event():
    found = _events("На форуме прошли B2B-переговоры белорусских и индийских компаний.")
    assert [e["what"] for e in found] == ["B2B-переговоры белорусских и индийских компаний"]


@pytest.mark.parametrize(
    ("sentence", "actions"),
    [
        ("Есть договорённость о создании совместного предприятия по выпуску кормов.",
         ["Создание совместного предприятия по выпуску кормов"]),
        ("Имеется договорённость открыть торговый дом в Гродно.", ["Открыть торговый дом в Гродно"]),
    ],
)
def test_an_agreement_said_to_exist_is_a_proposal(sentence, actions):
    assert _actions(sentence) == actions


def test_a_name_cut_before_the_rest_of_a_persons_name_leaves_no_part_of_it():
    found = _events("Об этом заявил министр на встрече в Минске с наследным принцем Катара Хамадом бин Джасимом Аль Тани.")
    assert [e["what"] for e in found] == ["Встреча министра с наследным принцем Катара"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Губернатор крупного уральского региона прибыл в Минск.", "Визит губернатора Псковской области в Минск"),
        ("Губернатор области прибыл в Гродно.", "Визит губернатора Псковской области в Гродно"),
        # a post named otherwise is another person's
        ("Министр иностранных дел прибыл в Минск.", "Визит Министра иностранных дел в Минск"),
    ],
)
def test_a_post_described_not_named_is_the_officials_holding_it(sentence, name):
    assert [e.data["what"] for e in events([sentence], RELEASE, POSTS)] == [name]
