"""Events and agreements read from sentences written for these tests: where a name ends,
the date an event keeps, and a document's status."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import agreements, events
from memogen.draft.phrases import name_end

RELEASE = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        # genitives, «по …» and a list in one case run on; a place ends the name
        (
            "Вчера в Гродно прошло заседание совета по приграничному сотрудничеству Псковской области с районами, "
            "городами и ведомствами Республики Беларусь в Гомеле.",
            "заседание",
            "заседание совета по приграничному сотрудничеству Псковской области с районами, городами и ведомствами "
            "Республики Беларусь",
        ),
        # a clause after a comma is no part of the name
        ("Делегация посетила Форум регионов Беларуси и России, который открылся в Казани.", "Форум",
         "Форум регионов Беларуси и России"),
        # a name in quotes ends the name, its full stop included
        ("Гости осмотрели выставку \"Иннопром. Беларусь\" и стенды заводов.", "выставку",
         "выставку \"Иннопром. Беларусь\""),
        # «между» takes the instrumental, adjectives joined by «и» included
        ("Подписано соглашение между Минской и Псковской торговыми палатами о взаимных поставках.", "соглашение",
         "соглашение между Минской и Псковской торговыми палатами о взаимных поставках"),
        # «в» + a branch is part of the name, «в» + a month is not
        ("Стороны подготовят программу сотрудничества в сфере образования в марте.", "программу",
         "программу сотрудничества в сфере образования"),
        # «с участием» says who comes, not what the event is
        ("В Витебске пройдёт бизнес-форум с участием сорока компаний.", "бизнес-форум", "бизнес-форум"),
        # a verb stops the name
        ("Заседание комиссии открыл вице-премьер.", "Заседание", "Заседание комиссии"),
    ],
)
def test_a_name_ends_where_the_sentence_goes_on_to_something_else(text, noun, name):
    start = text.index(noun)
    assert text[start : name_end(text, start + len(noun))] == name


def test_an_event_keeps_the_date_named_next_to_it_and_its_place():
    found = events(
        ["Министры договорились в прошлом году о поставках и решили провести во втором полугодии 2026 года "
         "очередное заседание смешанной комиссии в Ташкенте."],
        RELEASE,
    )
    assert [e.data["what"] for e in found] == ["Очередное заседание смешанной комиссии"]
    assert found[0].data["when"]["text"] == "II\u00a0полугодие 2026\u00a0г."
    assert found[0].data["where"] == "Ташкент"


def test_an_event_with_fuzzy_dates_keeps_them_in_words():
    found = events(["Ярмарка «Белорусская неделя» впервые пройдёт в Самаре в конце мая – начале июня 2026 года."],
                   RELEASE)
    assert found[0].data["what"] == "Ярмарка «Белорусская неделя»"
    assert found[0].data["when"] == {"text": "конец мая – начало июня 2026 г.", "year": 2026}
    assert found[0].data["first_time"] is True


def test_a_bare_noun_referring_back_to_an_event_is_no_new_event():
    said = [
        "3 июня в Минске состоялось пятое заседание рабочей группы по сотрудничеству с Омской областью.",
        "Заседание провели сопредседатели группы.",
        "На заседании стороны обсудили поставки техники.",
    ]
    assert [e.data["what"] for e in events(said, RELEASE)] == [
        "Пятое заседание рабочей группы по сотрудничеству с Омской областью"
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "status", "years"),
    [
        ("Стороны подпишут дорожную карту по развитию кооперации на 2026–2027 годы.",
         "Дорожная карта по развитию кооперации", "planned", [2026, 2027]),
        ("Министерства готовят соглашение о взаимном признании сертификатов.",
         "Соглашение о взаимном признании сертификатов", "planned", None),
        ("По итогам визита подписан меморандум о сотрудничестве в области здравоохранения.",
         "Меморандум о сотрудничестве в области здравоохранения", "signed", None),
        ("Успешно выполняется программа совместных действий по импортозамещению.",
         "Программа совместных действий по импортозамещению", "in_force", None),
    ],
)
def test_an_agreement_has_its_whole_title_status_and_term(sentence, title, status, years):
    found = agreements([sentence], RELEASE)
    assert [(a.data["title"], a.data["status"], a.data.get("years")) for a in found] == [(title, status, years)]


def test_a_document_being_drafted_is_planned_with_a_note_and_a_bare_noun_is_no_document():
    found = agreements(["Эксперты разрабатывают план мероприятий по развитию торговли, контракты уже подписаны."],
                       RELEASE)
    assert [a.data["title"] for a in found] == ["План мероприятий по развитию торговли"]
    assert any("being drafted" in note for note in found[0].notes)
    assert agreements(["Подписанные соглашения касаются торговли."], RELEASE) == []


@pytest.mark.parametrize(
    ("sentence", "title", "status"),
    [
        ("По итогам встречи главы ведомств приняли совместное заявление.", "Совместное заявление", "signed"),
        ("Стороны приняли Декларацию о стратегическом партнёрстве.", "Декларация о стратегическом партнёрстве",
         "signed"),
        ("В ходе визита планируется подписать ряд документов об углублении торгового сотрудничества.",
         "Документы об углублении торгового сотрудничества", "planned"),
        ("Делегация намерена заключить договоры на поставку молочной продукции.",
         "Договоры на поставку молочной продукции", "planned"),
        ("Важно выполнить дорожную карту по расширению кооперации.", "Дорожная карта по расширению кооперации",
         "in_force"),
        ("Наши страны связывает Договор о дружбе и добрососедстве.", "Договор о дружбе и добрососедстве", "in_force"),
        ("В республике действует программа развития экспорта до 2030 года.",
         "Программа развития экспорта до 2030 года", "in_force"),
        ("Прорабатывается проект соглашения о взаимной защите инвестиций.",
         "Соглашение о взаимной защите инвестиций", "planned"),
        ("Министерства согласовывают План действий по развитию логистики.", "План действий по развитию логистики",
         "planned"),
    ],
)
def test_documents_of_every_kind_with_their_status(sentence, title, status):
    found = agreements([sentence], RELEASE)
    assert [(a.data["title"], a.data["status"]) for a in found] == [(title, status)]


def test_documents_named_only_by_the_word_or_by_what_they_hold_are_none():
    assert agreements(["Документы, подписанные вчера, переданы в министерство."], RELEASE) == []
    assert agreements(["Гости приняли участие в выставке, программа которой насыщенна."], RELEASE) == []


def test_a_letter_of_intent_is_no_intention_to_sign():
    found = agreements(["Компания уже подписала соглашения о намерениях с тремя торговыми сетями."], RELEASE)
    assert [a.data["status"] for a in found] == ["signed"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("12 мая состоялась встреча губернатора Курской области Ильи Громова с Послом Республики Беларусь Петром "
         "Соколовым.", "Встреча губернатора Курской области с Послом Республики Беларусь"),
        ("Об этом шла речь на встрече министра промышленности Ивана Петрова с делегацией Омской области.",
         "Встреча министра промышленности с делегацией Омской области"),
        ("3 июня прошли переговоры Министра иностранных дел Республики Беларусь Ивана Петрова и Министра "
         "иностранных дел Республики Куба Хосе Гарсии.",
         "Переговоры Министра иностранных дел Республики Беларусь и Министра иностранных дел Республики Куба"),
    ],
)
def test_a_meeting_is_named_by_who_met_without_their_personal_names(sentence, what):
    assert [e.data["what"] for e in events([sentence], RELEASE)] == [what]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("10 марта начался официальный визит Премьер-министра Республики Беларусь в Республику Куба.",
         "Официальный визит Премьер-министра Республики Беларусь в Республику Куба"),
        ("В сентябре состоялась поездка делегации в Приморский край.", "Поездка делегации в Приморский край"),
        ("10 марта в Минске прошёл визит делегации Омской области.", "Визит делегации Омской области"),
    ],
)
def test_a_visit_keeps_where_it_goes_not_where_it_is_held(sentence, what):
    assert [e.data["what"] for e in events([sentence], RELEASE)][:1] == [what]


def test_a_bare_meeting_a_verb_and_a_name_in_quotes_are_kept_apart():
    assert events(["5 мая делегации встречаются в Минске, встречи продлятся два дня."], RELEASE) == []
    found = events(["12 мая открылась выставка «Гранд Экспо»."], RELEASE)
    assert [e.data["what"] for e in found] == ["Выставка «Гранд Экспо»"]
