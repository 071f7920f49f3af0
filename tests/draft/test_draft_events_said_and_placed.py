"""Events read from sentences written for these tests: one said to be held by «пройти»,
«запланирована», «на полях …»; a visit by «прилетит» or with a day before «с визитом»;
a visit's destination said before it; a guest named before «принял»; an exhibition's name
in Latin letters; an event after a noun of doing in the genitive; what is no event (a time
reckoned from an opening, an event named by its ordinal alone)."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

RELEASE = dt.date(2025, 6, 10)


def _names(*sentences: str, posts: dict[str, str] | None = None) -> list[str]:
    return [e.data["what"] for e in events(list(sentences), RELEASE, posts)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # «должна пройти»: held or to be; a name of its own in Latin letters
        ("Национальная выставка Belarus Expo должна пройти осенью в Луанде.", "Национальная выставка Belarus Expo"),
        # «запланирована»: an event to come
        ("Запланирована также встреча министров сельского хозяйства двух стран.",
         "Встреча министров сельского хозяйства двух стран"),
        # «прилетит … с рабочим визитом», a day between the subject and the verb
        ("Министр промышленности Беларуси в среду прилетит в Ташкент с рабочим визитом.",
         "Рабочий визит Министра промышленности Беларуси в Ташкент"),
        # a day between the verb and «с визитом»
        ("Премьер-министр Казахстана прибыл в четверг с официальным визитом в Минск.",
         "Официальный визит Премьер-министра Казахстана в Минск"),
        # the place a visit is told in, just before it, is where it went
        ("Соглашения обсуждали 3–4 марта в Минске во время визита делегации министерства торговли Перу.",
         "Визит делегации министерства торговли Перу в Минск"),
        # the guest before «принял», the host after it
        ("В Доме правительства кубинскую делегацию принял Премьер-министр Беларуси Иван Петров.",
         "Встреча Премьер-министра Беларуси с кубинской делегацией"),
        # after a noun of doing, the event's noun is in the genitive: one exhibition, no plural
        ('Главным событием станет открытие в Гродно выставки "Мастера Полесья".', 'Выставка "Мастера Полесья"'),
    ],
)
def test_an_event_is_told_and_named(sentence, name):
    assert name in _names(sentence)


def test_the_margins_of_a_body_are_its_session():
    names = _names("Об этом 5 мая в Бишкеке, на полях Высшего государственного совета, заявил министр Армении.")
    assert "Заседание Высшего государственного совета" in names
    # the margins of a summit: the summit is held, named by its own noun
    assert "Саммит G20" in _names("Президенты двух стран поговорили на встрече на полях саммита G20 в Осаке.")


def test_a_meeting_named_with_its_adjective_still_takes_a_persons_post():
    names = _names("Запланирована и рабочая встреча Ивана Сидорова с Петром Орловым.",
                   posts={"Сидоров": "Губернатор Омской области", "Орлов": "Посол Республики Беларусь"})
    assert names == ["Рабочая встреча Губернатора Омской области с Послом Республики Беларусь"]


def test_a_post_put_for_a_name_takes_the_case_the_surname_shows_when_the_given_name_never_declines():
    # «Уго» is the same in every case: «Чавеса» tells the genitive
    names = _names("Договор подписан во время визита Уго Чавеса в Беларусь в октябре.",
                   posts={"Чавес": "Президент Боливарианской Республики Венесуэла"})
    assert names == ["Визит Президента Боливарианской Республики Венесуэла в Беларусь"]


def test_a_time_reckoned_from_an_opening_is_no_event():
    assert _names("Это больше, чем в любой год с открытия представительства в 1998 году.") == []
    assert _names("Со дня открытия посольства в 2011 году торговля выросла втрое.") == []
    # an opening told as such stays one
    assert _names("Открытие посольства в Ханое состоялось в 2011 году.") == ["Открытие посольства в Ханое"]


def test_a_visit_named_by_its_ordinal_alone_is_none():
    assert _names("Это первый визит Ли Вэя в новой должности.") == []


def test_an_infinitive_after_a_future_auxiliary_is_one_event_not_a_practice():
    assert _names("Оттуда министр направится в Гомель, где 12 мая будет участвовать в заседании коллегии.") == [
        "Заседание коллегии"
    ]
    # an imperfective infinitive alone still names a practice
    assert _names("Стороны договорились проводить совместные ярмарки.") == []


def test_persons_in_the_plural_with_whose_they_are_met_as_one_subject():
    assert _names("Министры иностранных дел Беларуси и Вьетнама Иван Петров и Нгуен Ван Ан обсудили сотрудничество.") == [
        "Встреча министров иностранных дел Беларуси и Вьетнама"
    ]
    # two persons joined by «и» still meet each other
    assert _names("Губернатор края Олег Белов и Посол Беларуси Пётр Иванов обсудили поставки.") == [
        "Встреча губернатора края с Послом Беларуси"
    ]
    # a plural with no whose is no one named
    assert _names("Эксперты обсудили перспективы рынка.") == []


def test_a_relative_clauses_visit_is_the_persons_named_before_it():
    # «который» stands for the person before the comma; a district keeps its nominative as where to
    assert _names(
        "Об этом сообщил вице-премьер Армении Арам Саркисян, который побывал в Лорийском районе вместе с коллегами."
    ) == ["Визит вице-премьера Армении в Лорийский район"]
    # a thing before «который» visits nowhere
    assert _names("Груз доставили на склад, который прибыл в Минск.") == []


def test_a_meeting_with_a_person_whose_post_is_unknown_leaves_no_preposition():
    assert _names("Президент Чили Хуан Перес 5 июня встретится с Иваном Орловым.") == ["Встреча Президента Чили"]
