"""Events a release names in passing: a tender or an auction companies are invited to, a
championship named with its year, an office or a transport link whose opening is told by
its noun or its verb, a visit named by its kind by protocol and whose it is. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events

_DAY = dt.date(2024, 9, 10)


def _events(sentence: str) -> list[dict]:
    return [e.data for e in events([sentence], _DAY)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Белорусским подрядчикам предложили принять участие в тендере на реконструкцию мостов.",
         "Тендер на реконструкцию мостов"),
        ("Две компании республики примут участие в аукционе на поставку лесовозов.",
         "Аукцион на поставку лесовозов"),
        ("Объявлен тендер на закупку пассажирских вагонов.",
         "Тендер на закупку пассажирских вагонов"),
    ],
)
def test_a_tender_companies_take_part_in_is_an_event(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "name", "year"),
    [
        ("К чемпионату Европы по лёгкой атлетике 2022 года город закупил автобусы.",
         "Чемпионат Европы по лёгкой атлетике 2022 года", 2022),
        ("Арену построили к чемпионату мира по хоккею 2014 года.", "Чемпионат мира по хоккею 2014 года", 2014),
    ],
)
def test_a_championship_is_named_with_its_year(sentence, name, year):
    [event] = _events(sentence)
    assert event["what"] == name
    assert event["when"]["year"] == year


@pytest.mark.parametrize(
    ("sentence", "name", "year"),
    [
        ("Связям помогло открытие в 2015 году в Казани отделения Посольства Республики Беларусь.",
         "Открытие отделения Посольства Республики Беларусь в Казани", 2015),
        ("Важным шагом стало открытие в 2021 году филиала банка в Бресте.", "Открытие филиала банка в Бресте", 2021),
        ("В марте 2023 года открылось прямое авиасообщение между Минском и Уфой.",
         "Открытие прямого авиасообщения между Минском и Уфой", 2023),
        ("Весной 2022 года был открыт регулярный рейс между Гродно и Калининградом.",
         "Открытие регулярного рейса между Гродно и Калининградом", 2022),
    ],
)
def test_an_opening_told_by_its_noun_or_verb(sentence, name, year):
    [event] = _events(sentence)
    assert event["what"] == name
    assert event["when"]["year"] == year


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны обсудили открытие торгового дома в Ташкенте.",
        "Рассматривается возможность открытия в Минске представительства компании.",
        "Губернатор предложил открытие филиала университета.",
    ],
)
def test_an_opening_discussed_or_proposed_is_no_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Министр назвал официальный визит в Гомель премьер-министра Лаоса прорывом в отношениях.",
         "Официальный визит премьер-министра Лаоса в Гомель"),
        ("Губернатор считает государственный визит Президента Перу важным шагом.",
         "Государственный визит Президента Перу"),
    ],
)
def test_a_visit_named_by_its_kind_and_whose_it_is_is_an_event(sentence, name):
    assert [e["what"] for e in _events(sentence)] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Министр назвал предстоящий официальный визит в Лаос прорывом.",  # whose visit, not said
        "Министр рассказал о пользе рабочих визитов специалистов.",  # visits in general
        "Министр назвал визит премьер-министра Лаоса прорывом.",  # no kind: the old reading
    ],
)
def test_a_visit_without_its_kind_or_whose_it_is_is_not_told_so(sentence):
    assert _events(sentence) == []
