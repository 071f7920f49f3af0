"""A company's side read from the place it is named for or said to come from, in
sentences written for these tests: a plant whose name opens with the adjective of a
Belarusian town is ours, one named for a place elsewhere that the dictionary knows is the
partner's, and «из <город>» or «с <края>» after a name places it the same way."""

from __future__ import annotations

import pytest

from memogen.draft.companies import town_after, town_of_name
from memogen.draft.parties import Partner, companies

_KAZAKHSTAN = Partner("Республика Казахстан", "country", None, ("казахстан",))
_TVER = Partner("Тверская область", "region", "Российская Федерация", ("тверск",))


def _sides(sentence: str, partner: Partner) -> dict[str, str]:
    return {c.data["name"]: c.data.get("side", "ours") for c in companies([sentence], partner)}


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("Пинский мебельный комбинат", ("Пинский", "ours")),
        ("Жодинская ткацкая фабрика", ("Жодинская", "ours")),
        ("Могилёвский завод лифтов", ("Могилёвский", "ours")),
        ("Омский завод кранов", ("Омский", "abroad")),
        ("Карагандинский литейный завод", ("Карагандинский", "abroad")),
        # an adjective the dictionary lacks, made from a place it knows: «Шуша» → «шушинский»
        ("Шушинский ковровый комбинат", ("Шушинский", "abroad")),
        # no place: a kind of work, a level of government
        ("Научно-технический центр", None),
        ("Республиканское унитарное предприятие", None),
        # a village the dictionary does not know may be Belarusian: no reading
        ("Городейский сахарный комбинат", None),
        ("Завод Альфа", None),
    ],
)
def test_the_place_a_name_opens_with(name, reading):
    assert town_of_name(name) == reading


@pytest.mark.parametrize(
    ("after", "reading"),
    [
        (" из Солигорска поставляет", ("Солигорска", "ours")),
        (" из Орши и", ("Орши", "ours")),
        (" из Рыбинска, а также", ("Рыбинска", "abroad")),
        # «с» with a land in the genitive is «from» too; with the instrumental it is «with»
        (" с Урала поставляет", ("Урала", "abroad")),
        (" с Кубани давно", ("Кубани", "abroad")),
        (" с Казанью подписал", None),
        (" с Россией", None),
        (" из числа партнёров", None),
        (", крупный поставщик", None),
    ],
)
def test_the_town_a_company_comes_from(after, reading):
    assert town_after(after) == reading


def test_a_plant_named_for_a_place_abroad_is_the_partners():
    sides = _sides("Контракт подписали Минский моторный завод и Карагандинский литейный завод.", _KAZAKHSTAN)
    assert sides == {"Минский моторный завод": "ours", "Карагандинский литейный завод": "partner"}


def test_a_company_from_a_town_of_the_partner_region_is_the_partners():
    sides = _sides("Стенд представили «Технопром» из Ржева и гродненская «Азотика».", _TVER)
    assert sides == {"Технопром": "partner", "Азотика": "ours"}


def test_a_company_of_a_third_state_keeps_no_side_of_the_partner():
    # the facts model has no third side for companies: the adjective of another state is no partner's
    assert _sides("Поставки ведёт Узбекский металлургический комбинат.", _KAZAKHSTAN) == {
        "Узбекский металлургический комбинат": "ours"
    }
    assert _sides("Поставки ведёт Казахстанский металлургический комбинат.", _KAZAKHSTAN) == {
        "Казахстанский металлургический комбинат": "partner"
    }


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Хозяйства района получат минитракторы «Беларус».", []),
        ("На выставке показали грузовики «Урал» и самосвалы «БелАЗ».", ["БелАЗ"]),
        ("Рядом с павильоном поставили комбайн «Гомсельмаш» и автобус «МАЗ».", ["Гомсельмаш", "МАЗ"]),
        ("Элеватору поставлены погрузчики «Амкодор».", ["Амкодор"]),
        ("Экспорт ведёт компания «Агроснаб».", ["Агроснаб"]),
    ],
)
def test_a_brand_named_for_a_place_after_a_machines_noun_is_no_company(sentence, names):
    assert [c.data["name"] for c in companies([sentence], _TVER)] == names


def test_companies_listed_after_the_partners_enterprises_are_the_partners():
    sentence = "Как отметил министр, тверские заводы выпускают узлы для техники: это «Вектор», «Контур» и «Импульс»."
    assert _sides(sentence, _TVER) == {"Вектор": "partner", "Контур": "partner", "Импульс": "partner"}


def test_a_sentence_naming_enterprises_of_both_sides_places_no_company():
    sentence = "Белорусские и тверские предприятия — «Вектор» и «Контур» — создадут совместное производство."
    assert _sides(sentence, _TVER) == {"Вектор": "ours", "Контур": "ours"}


def test_a_partners_company_named_with_its_own_kind_places_no_other():
    sentence = "В регионе работают автобусы холдинга «Белавтомаз», а тверское предприятие «Нива» закупает технику."
    assert _sides(sentence, _TVER) == {"Белавтомаз": "ours", "Нива": "partner"}
