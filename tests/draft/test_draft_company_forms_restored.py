"""Companies put back as a facts file names them, read from sentences written for these
tests: a name in quotes declined by the word it depends on, a plant's short name standing
alone, a list mixing short names and names in quotes, a plant's complement in the
singular and whom it is named after, a short name the release spells out, a place's
adjective before a business form."""

from __future__ import annotations

import pytest

from memogen.draft.companies import governed_case, spelled_out
from memogen.draft.parties import companies


def _names(*sentences: str) -> list[str]:
    return [c.data["name"] for c in companies(list(sentences), None)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a name the dictionary does not know, in the case the noun or preposition before it asks
        ("Гости осмотрели цеха «Стройдормаша» и побеседовали с инженерами.", ["Стройдормаш"]),
        ("Контракт заключён с «Термопластом» на три года.", ["Термопласт"]),
        ("Переговоры прошли на «Кранмаше» в Могилёве.", ["Кранмаш"]),
        # a foreign word is kept, the Russian noun after it put back
        ("Кредит выдан под поручительство «Коммерц Банка».", ["Коммерц Банк"]),
        # a name in the nominative after a verb stays as written
        ("В выставке участвует «Стройдормаш».", ["Стройдормаш"]),
    ],
)
def test_a_declined_name_in_quotes_is_put_back_in_the_nominative(sentence, names):
    assert _names(sentence) == names


def test_the_case_is_read_over_the_names_of_a_list_before():
    assert governed_case("встречи с руководством МАЗа, «Белшины», ") == "gent"
    assert governed_case("договор подписан с ") == "ablt"
    assert governed_case("Об этом сообщил, ") is None


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Делегация посетила МАЗ и осмотрела сборочный конвейер.", ["МАЗ"]),
        ("Прицепы выпускают на базе КамАЗа.", ["КамАЗ"]),
        ("ГАЗ вместе с партнёрами разрабатывает новый автобус.", ["ГАЗ"]),
        # a free economic zone and a university are no plants
        ("Инвестор выбрал СЭЗ, а специалистов готовит местный ВУЗ.", []),
        # a short name before a name in quotes is its legal form, not a plant
        ("Документ подписали ОАО «Нафтан» и ЗАО «Атлант».", ["Нафтан", "Атлант"]),
    ],
)
def test_a_plants_short_name_standing_alone(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Продукцию покажут «Лидсельмаш», МТЗ и «Гомсельмаш».", ["Лидсельмаш", "МТЗ", "Гомсельмаш"]),
        ("Гости встретились с руководством БМЗ, МАЗа, «Белшины» и ММЗ имени Вавилова.",
         ["Белшина", "БМЗ", "МАЗ", "ММЗ имени Вавилова"]),
    ],
)
def test_a_list_mixing_short_names_and_names_in_quotes(sentence, names):
    assert sorted(_names(sentence)) == sorted(names)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Комплектующие поставляет Гомельский завод бытовой химии.", ["Гомельский завод бытовой химии"]),
        ("Заказ получил Оршанский завод точной механики.", ["Оршанский завод точной механики"]),
        ("Станки выпускает Витебский завод имени Коминтерна.", ["Витебский завод имени Коминтерна"]),
        ("Мебель для отелей изготовит Пинская мебельная фабрика.", ["Пинская мебельная фабрика"]),
        # whose a plant is stays outside its name
        ("Директор сказал, что Витебский мясной комбинат региона растёт.", ["Витебский мясной комбинат"]),
    ],
)
def test_a_plants_name_runs_over_what_it_makes_and_whom_it_is_named_after(sentence, names):
    assert _names(sentence) == names


def test_a_short_name_the_release_spells_out_takes_the_full_name():
    said = ["Пресс-служба Могилёвской химической компании сообщила о сделке.", "Договор подписал директор ОАО «МХК»."]
    assert spelled_out("МХК", said) == "Могилёвская химическая компания"
    found = companies(said, None)
    assert [(c.data["name"], c.data.get("legal_form")) for c in found] == [("Могилёвская химическая компания", "ОАО")]
    # letters that spell no company's name leave it as it is
    assert spelled_out("ЕАБР", ["Евразийский банк развития выдал кредит."]) is None


@pytest.mark.parametrize(
    ("sentence", "name", "form"),
    [
        ("Брестский торговый дом «Нива» открыл склад.", "Нива", "торговый дом"),
        ("Партнёром стал торговый дом «Зубр».", "Зубр", "торговый дом"),
    ],
)
def test_a_places_adjective_before_a_business_form_is_no_part_of_it(sentence, name, form):
    found = companies([sentence], None)
    assert [(c.data["name"], c.data.get("legal_form")) for c in found] == [(name, form)]


def test_a_company_opening_a_sentence_by_its_kind_is_no_name():
    assert _names("Китайская строительная компания построит завод.") == []
    assert _names("Договор подписан с Белорусской нефтяной компанией.") == ["Белорусская нефтяная компания"]


def test_a_list_that_shows_the_nominative_keeps_its_names():
    assert governed_case("руководители ОАО «Нафтан», «Лакокраска» и ") is None
    assert governed_case("продукция предприятий «Стройдормаш» и ") is None
