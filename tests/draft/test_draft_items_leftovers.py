"""Companies, events and proposals read from sentences written for these tests: a legal
form written in words, a name in quotes kept as written, an event still to come dated in
the coming month, a deed whose name goes on past where a delivery goes."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.offers import proposals
from memogen.draft.parties import companies


def _companies(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.data["name"], c.data.get("legal_form")) for c in companies([sentence], None)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Договор поставки подписало открытое акционерное общество «Гроднобытсервис».",
         [("Гроднобытсервис", "открытое акционерное общество")]),
        ("На стенде работали акционерные общества «Лидапищеконцентраты» и «Бобруйскагромаш».",
         [("Лидапищеконцентраты", "акционерное общество"), ("Бобруйскагромаш", "акционерное общество")]),
        ("Продукцию представили закрытые акционерные общества «Атлант» из Минска, «Ждановичи» и «Серволюкс».",
         [("Атлант", "закрытое акционерное общество"), ("Ждановичи", "закрытое акционерное общество"),
          ("Серволюкс", "закрытое акционерное общество")]),
        ("Контракт заключён с обществом с ограниченной ответственностью «Бизнес Строй».",
         [("Бизнес Строй", "общество с ограниченной ответственностью")]),
        ("Оборудование закупит республиканское унитарное предприятие «Белэнергосетьпроект».",
         [("Белэнергосетьпроект", "республиканское унитарное предприятие")]),
    ],
)
def test_a_legal_form_written_in_words_is_read(sentence, names):
    assert _companies(sentence) == names


def test_a_singular_form_in_words_is_not_shared_by_the_next_name():
    names = _companies("Акционерное общество «Керамин» и компания «Белсолод» подписали меморандум.")
    assert ("Керамин", "акционерное общество") in names
    assert ("Белсолод", "компания") in names  # its own form, as curators write it; not the other's


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Соглашение о дистрибуции подписано с компанией «Санта».", "Санта"),
        ("Партнёром выставки стало ОАО «Купалинка».", "Купалинка"),
        ("Переговоры прошли с руководством холдинга «Милавица».", "Милавица"),
        ("Российская фирма «Мираторга» вышла на рынок.", "Мираторга"),  # a name as written, even odd
    ],
)
def test_a_name_in_quotes_after_its_kind_or_form_is_kept_as_written(sentence, name):
    assert _companies(sentence)[0][0] == name


def test_a_name_in_quotes_standing_alone_is_put_back_in_the_nominative():
    assert _companies("Специалисты «Гомсельмаша» проведут обучение механизаторов.")[0][0] == "Гомсельмаш"


def _when(sentence: str, release: dt.date) -> object:
    return [e.data.get("when") for e in events([sentence], release)][0]


MAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("В сентябре в Гродно пройдёт Форум регионов.", "сентябрь 2026"),
        ("В августе состоится белорусско-узбекский бизнес-форум.", "август 2026"),
        ("Заседание совместной комиссии запланировано на октябрь.", "октябрь 2026"),
        ("Визит делегации области намечен на декабрь.", "декабрь 2026"),
        # a month before the release's, still to come, is next year's
        ("В феврале в Ташкенте пройдёт выставка «Иннопром. Центральная Азия».", "февраль 2027"),
        ("Очередная бизнес-миссия запланирована на март 2028 года.", "март 2028"),
        # told as held: a later month with no year is last year's
        ("В сентябре в Гродно прошёл Форум регионов.", "сентябрь 2025"),
    ],
)
def test_an_event_dated_by_a_month_is_in_the_coming_one_when_still_to_come(sentence, when):
    assert _when(sentence, MAY)["text"] == f"{when}\u00a0г."


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Сейчас обсуждаются поставки в Казахстан продукции ведущих белорусских заводов — МАЗа, БелАЗа и МТЗ.",
         "Поставки в Казахстан продукции ведущих белорусских заводов — МАЗа, БелАЗа и МТЗ"),
        ("Идут переговоры о поставках в Узбекистан тракторов и комбайнов.",
         "Поставки в Узбекистан тракторов и комбайнов"),
        ("Стороны обсудили поставки во Вьетнам продукции машиностроения.",
         "Поставки во Вьетнам продукции машиностроения"),
    ],
)
def test_a_delivery_name_goes_on_past_where_it_goes(sentence, action):
    assert [p.data["action"] for p in proposals([sentence])] == [action]


def test_where_a_visit_goes_still_ends_before_the_clause_subject():
    found = [e.data["what"] for e in events(["Во время визита в Ханой стороны подписали меморандум."], MAY)]
    assert "Визит в Ханой" in found
