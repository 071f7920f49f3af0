"""Companies and flows drafted wrong from real releases outside the repository (issue #10):
a name in quotes that is an event of a year or a product's model («"ЭКСПО-2017"»,
«"Беларус-2103"»), a news agency («МИА "…"», «"…-информ"»), a verb quoted alone, a monument
(«к стеле "…"»), a noun of something else before a plant's kind («Проектная мощность
нового завода»), an adjective in «-ический» read as a state's («физический экспорт»),
and «объём внешней торговли» read as no turnover.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.draft.drafted import figures_for

from memogen.draft import parties as who


def _companies(*said: str) -> list[str]:
    return [c.data["name"] for c in who.companies(list(said), None)]


@pytest.mark.parametrize(
    "said",
    [
        "Павильон Беларуси на выставке «ЭКСПО-2030» в Эр-Рияде посетили тысячи гостей.",
        "Гостей пригласили на салон «Автопром. Минск-2027» в апреле.",
        "Заводы договорились собирать модель трактора «Беларус-3022» на Урале.",
        "Об этом сообщает корреспондент МИА «Степь».",
        "(Уфа, 3 марта, «Башинформ»). Делегация прибыла в Минск.",
        "«Удвоить» такой объем за год вполне реально, считают в министерстве.",
        "Гости возложили цветы к памятнику «Солдат-освободитель».",
        "Проектная мощность нового комбината составит 5 тыс. тонн в год.",
    ],
)
def test_no_company_is_drafted(said):
    assert _companies(said) == []


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("Совместное предприятие «Гроднотехмаш-2000» начало выпуск сеялок.", ["Гроднотехмаш-2000"]),
        ("ОАО «Амкодор» и Гомельский литейный завод подписали договор.", ["Амкодор", "Гомельский литейный завод"]),
        ("Концерны «Белгоспищепром» и «Белнефтехим» представили продукцию.", ["Белгоспищепром", "Белнефтехим"]),
    ],
)
def test_companies_stay(said, names):
    assert _companies(said) == names


def test_an_adjective_in_icheskiy_names_no_side():
    [fig] = figures_for(dt.date(2024, 5, 10), "Республика Армения",
                        "Физический экспорт белорусских товаров в Армению за год вырос на 14 %.")
    assert "side" not in fig


def test_a_state_adjective_still_names_the_partner_side():
    [fig] = figures_for(dt.date(2024, 5, 10), "Республика Армения",
                        "Армянский экспорт в Беларусь за год вырос на 14 %.")
    assert fig["side"] == "partner"


def test_the_volume_of_foreign_trade_is_turnover():
    [fig] = figures_for(dt.date(2016, 8, 20), "Республика Армения",
                        "За полугодие объем внешней торговли района с Арменией составил 52,3 млн долларов.")
    assert fig["indicator"] == "turnover"
