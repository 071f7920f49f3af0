"""An acting post keeps its qualifier, in the nominative and in words, as an official
document writes it; the post it stands for stays in the genitive. Two posts of one person
joined by a dash are read together, whatever word the first ends with. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.parties import find_partner, officials


def _posts(sentence: str) -> dict[str, str]:
    said = [sentence]
    return {o.data["person"]["surname"]: o.data["position"] for o in officials(said, find_partner(said))}


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("Врио главы Псковской области Пётр Сидоров посетил Витебск.", "Временно исполняющий обязанности главы Псковской области"),
        ("В Гродно прибыл и.о. губернатора Брянской области Пётр Сидоров.", "Исполняющий обязанности губернатора Брянской области"),
        ("Переговоры прошли с временно исполняющим обязанности губернатора Брянской области Петром Сидоровым.",
         "Временно исполняющий обязанности губернатора Брянской области"),
        ("Исполняющий обязанности мэра Казани Пётр Сидоров встретился с делегацией.", "Исполняющий обязанности мэра Казани"),
    ],
)
def test_an_acting_post_keeps_its_qualifier(sentence, post):
    assert _posts(sentence)["Сидоров"] == post


def test_a_post_with_no_qualifier_is_as_before():
    assert _posts("Переговоры прошли с губернатором Брянской области Петром Сидоровым.")["Сидоров"] == (
        "Губернатор Брянской области"
    )


def test_a_charge_daffaires_in_an_oblique_case_is_temporary_not_temporal():
    assert _posts("Министр принял временного поверенного в делах Кубы Хосе Переса.")["Перес"] == (
        "Временный поверенный в делах Республики Куба"
    )


def test_a_name_after_an_indeclinable_acting_qualifier_is_read_in_its_own_case():
    said = ["Встреча прошла с врио посла Беларуси в Китае Иваном Петровым."]
    found = officials(said, find_partner(said))
    assert [(o.data["person"]["given"], o.data["person"]["surname"]) for o in found] == [("Иван", "Петров")]


def test_two_posts_joined_by_a_dash_are_one_persons_whatever_the_first_ends_with():
    said = ["Соглашение подписали заместитель Председателя Правительства Республики Татарстан — министр "
            "промышленности и торговли Пётр Сидоров и генеральный директор завода."]
    found = {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}
    assert found["Сидоров"].data["position"].endswith(
        "Республики Татарстан — министр промышленности и торговли"
    )
    assert found["Сидоров"].data["side"] == "partner"


def test_a_deputy_heads_first_post_keeps_its_opening_words_before_the_dash():
    said = ["В Минске побывал заместитель Председателя Правительства Республики Казахстан — министр "
            "торговли Пётр Сидоров.", "Казахстан — наш партнёр."]
    found = {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}
    assert found["Сидоров"].data["position"].startswith("Заместитель Председателя Правительства")


@pytest.mark.parametrize(
    ("sentences", "post"),
    [
        (["В Брестском облисполкоме прошла встреча председателя Петра Сидорова с послом Вьетнама."],
         "Председатель Брестского облисполкома"),
        (["Затем делегация отправится в Омскую область, где пройдёт встреча с губернатором Петром Сидоровым.",
          "Губернатор Томской области Иван Иванов подвёл итоги визита в Минск."],
         "Губернатор Омской области"),
    ],
)
def test_a_bare_head_is_the_head_of_the_one_body_its_sentence_names(sentences, post):
    found = {o.data["person"]["surname"]: o for o in officials(sentences, find_partner(sentences))}
    assert found["Сидоров"].data["position"] == post


def test_a_post_and_its_region_at_a_sentences_start_is_no_person():
    said = ["Аким Костанайской области Пётр Сидоров принял делегацию из Гродно."]
    found = officials(said, find_partner(said))
    assert [o.data["person"]["surname"] for o in found] == ["Сидоров"]
