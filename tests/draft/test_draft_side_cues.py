"""Whose an official is, told by the words before the name: «С российской стороны …
подписал», «с белорусской — …», «со стороны Китая …», «с нашей стороны»; a post shared by
heads of states or governments («глав государств Беларуси и Казахстана …»), held one
each; an ambassador «на Кубе» already says where he serves. Sentences written for these
tests."""

from __future__ import annotations

from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


def test_a_side_named_before_the_signatories_places_a_minister_named_by_his_field():
    found = drafted("Поставки техники в Россию выросли.",
                    "С российской стороны протокол подписал заместитель министра сельского хозяйства Олег Локтев.")
    assert found["Локтев"].data["position"] == "Заместитель министра сельского хозяйства Российской Федерации"
    assert found["Локтев"].data["side"] == "partner" and found["Локтев"].mark == "check"


def test_each_signatory_takes_the_side_named_nearest_before_him():
    found = drafted("Торговля с Тюменской областью выросла на треть.",
                    "С российской стороны соглашение скрепил заместитель министра транспорта Пётр Кузнецов, "
                    "с белорусской — первый заместитель министра транспорта Дмитрий Лазарев.")
    assert found["Кузнецов"].data["position"] == "Заместитель министра транспорта Российской Федерации"
    assert found["Кузнецов"].data["side"] == "partner"
    assert found["Лазарев"].data["position"] == "Первый заместитель министра транспорта Республики Беларусь"
    assert found["Лазарев"].data["side"] == "ours"


def test_a_state_named_after_storony_and_our_own_side():
    found = drafted("Беларусь и Китай расширяют сотрудничество.",
                    "Со стороны Китая меморандум подписал заместитель министра коммерции Ван Шоувэнь, с нашей "
                    "стороны — министр экономики Юрий Чеботарь.")
    assert found["Шоувэнь"].data["position"] == "Заместитель министра коммерции Китайской Народной Республики"
    assert found["Шоувэнь"].data["side"] == "partner"
    assert found["Чеботарь"].data["side"] == "ours"


def test_a_third_state_named_before_a_minister_is_neither_side():
    found = drafted("Беларусь и Китай расширяют сотрудничество.",
                    "С казахстанской стороны во встрече участвовал министр торговли Серик Жумангарин.")
    assert found["Жумангарин"].data["position"] == "Министр торговли Республики Казахстан"
    assert found["Жумангарин"].data["side"] == "third"


def test_a_post_a_state_names_is_not_overruled_by_the_cue():
    found = drafted("Торговля с Россией выросла.",
                    "С российской стороны участвовали министр промышленности Беларуси Александр Ефимов и губернатор "
                    "Тульской области Дмитрий Миляев.")
    assert found["Ефимов"].data["side"] == "ours"
    assert found["Миляев"].data["side"] == "partner"


def test_heads_of_states_and_governments_share_their_post_one_each():
    found = drafted("Беларусь и Узбекистан развивают торговлю.",
                    "Переговоры прошли в присутствии глав государств Беларуси и Узбекистана Александра Лукашенко "
                    "и Шавката Мирзиёева.")
    assert found["Лукашенко"].data["position"] == "Глава государства Республики Беларусь"
    assert found["Мирзиёев"].data["position"] == "Глава государства Республики Узбекистан"
    assert found["Мирзиёев"].data["side"] == "partner"
    found = drafted("Беларусь и Узбекистан развивают торговлю.",
                    "Документ подписали главы правительств Беларуси и Узбекистана Роман Головченко и Абдулла Арипов.")
    assert found["Арипов"].data["position"] == "Глава правительства Республики Узбекистан"


def test_an_ambassador_na_kube_already_says_where_he_serves():
    found = drafted("Беларусь и Куба развивают торговлю.",
                    "Программу подписали Посол Беларуси на Кубе Виталий Борчук и министр Кубы Оскар Перес.")
    assert found["Борчук"].data["position"] == "Посол Республики Беларусь на Кубе"
