"""Posts a release leaves without their state or region, completed from the official's side:
a state's office takes the side's state, a region's or city's head the partner's name, a
president's aide the President the release names; and a post naming no side is the
partner's when the dictionary knows no such given name. Sentences written for these tests."""

from __future__ import annotations

from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


def test_a_head_of_government_named_with_no_state_takes_his_sides_state():
    found = drafted("Премьер-министр Игорь Савчук провёл переговоры с Президентом Вьетнама в Ханое.",
                    "Вьетнам закупит белорусские тракторы.")
    assert found["Савчук"].data["position"] == "Премьер-министр Республики Беларусь"
    assert found["Савчук"].data["side"] == "ours" and found["Савчук"].mark == "check"


def test_a_post_naming_no_side_is_the_partners_when_the_given_name_is_unknown():
    found = drafted("Вице-премьер Нгуен Ван Тхань принял белорусскую делегацию в Ханое.",
                    "Вьетнам и Беларусь обсудили поставки техники.")
    assert found["Тхань"].data["side"] == "partner" and found["Тхань"].mark == "guess"
    assert found["Тхань"].data["position"] == "Заместитель Премьер-министра Социалистической Республики Вьетнам"


def test_a_post_in_a_ministry_named_by_its_field_takes_the_sides_state():
    found = drafted("Об этом рассказал начальник управления Министерства сельского хозяйства Олег Лапко.",
                    "Беларусь увеличила поставки в Кению.")
    assert found["Лапко"].data["position"] == (
        "Начальник управления Министерства сельского хозяйства Республики Беларусь"
    )


def test_a_governor_named_without_his_city_or_region_is_the_partners():
    found = drafted("В Минск прибыла делегация Правительства Санкт-Петербурга во главе с губернатором Петром "
                    "Орловым.", "Санкт-Петербург наращивает торговлю с Беларусью.")
    assert found["Орлов"].data["position"] == "Губернатор Санкт-Петербурга"
    found = drafted("Смоленский губернатор Пётр Орлов и председатель Могилёвского облисполкома подписали план.",
                    "Смоленская область поставляет в Беларусь зерно.")
    assert found["Орлов"].data["position"] == "Губернатор Смоленской области"
    assert found["Орлов"].data["side"] == "partner"


def test_a_state_named_after_its_own_parliament_in_a_committees_post():
    found = drafted("Об этом сказал председатель Постоянной комиссии Палаты представителей Национального "
                    "собрания Беларуси Олег Лапко.")
    assert found["Лапко"].data["position"].endswith("Национального собрания Республики Беларусь")


def test_a_presidents_aide_is_the_aide_of_the_only_president_named():
    found = drafted("Президент Татарстана Марат Галиев принял посла Беларуси в Казани.",
                    "Во встрече участвовал помощник президента Ильдар Сафин.")
    assert found["Сафин"].data["position"] == "Помощник Президента Республики Татарстан"
    assert found["Сафин"].data["side"] == "partner"


def test_a_state_committees_head_named_with_no_state_takes_his_sides_state():
    found = drafted("Председатель Государственного комитета по стандартизации Олег Лапко рассказал о поставках.",
                    "Беларусь увеличила поставки в Кению.")
    assert found["Лапко"].data["position"] == (
        "Председатель Государственного комитета по стандартизации Республики Беларусь"
    )
