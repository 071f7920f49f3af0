"""Officials' posts read whole: a post written with a prefix or a hyphen, a post whose
complement holds another post's word, a post the press shortens, and a plural post
that several people named after it share. Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft.names import read_name
from memogen.draft.parties import NO_POST, find_partner, named_posts, officials


def posts(sentence: str) -> dict[str, tuple[str, str]]:
    said = [sentence]
    return {
        o.data["person"]["surname"]: (o.data["position"], o.data["side"])
        for o in officials(said, find_partner(said))
    }


@pytest.mark.parametrize(
    ("sentence", "surname", "position"),
    [
        ("Как сообщила пресс-секретарь Министерства экономики Беларуси Ольга Кравец, визит пройдёт в мае.",
         "Кравец", "Пресс-секретарь Министерства экономики Республики Беларусь"),
        ("Приём открыл советник-посланник Посольства Казахстана в Беларуси Ерлан Досымов.",
         "Досымов", "Советник-посланник Посольства Республики Казахстан в Республике Беларусь"),
        ("Во встрече участвовал временный поверенный в делах Республики Беларусь в Королевстве Марокко "
         "Сергей Ивашко.", "Ивашко", "Временный поверенный в делах Республики Беларусь в Королевстве Марокко"),
        ("На совещании выступил генеральный консул Республики Беларусь в Казани Олег Тарасевич.",
         "Тарасевич", "Генеральный консул Республики Беларусь в Казани"),
        ("Делегацию принял торговый представитель Республики Беларусь в Российской Федерации Игорь Лапко.",
         "Лапко", "Торговый представитель Республики Беларусь в Российской Федерации"),
    ],
)
def test_a_post_written_with_a_prefix_a_hyphen_or_an_adjective_is_read_whole(sentence, surname, position):
    assert posts(sentence)[surname][0] == position


def test_a_post_inside_another_word_is_no_post():
    # «администрации» holds the letters of «министр»: the post is «Глава …»
    found = posts("Глава Псковской областной администрации Михаил Ведерников принял делегацию.")
    assert found["Ведерников"][0] == "Глава Псковской областной администрации"


def test_the_post_that_governs_a_genitive_chain_heads_the_position():
    found = posts(
        "Выступил Председатель Постоянной комиссии по международным делам Палаты представителей "
        "Национального собрания Республики Беларусь Андрей Савицкий."
    )
    assert found["Савицкий"][0].startswith("Председатель Постоянной комиссии по международным делам Палаты")
    found = posts("Письмо передал помощник Президента Республики Беларусь Юрий Назаренко.")
    assert found["Назаренко"][0] == "Помощник Президента Республики Беларусь"


def test_a_verb_between_two_posts_keeps_the_later_one():
    found = posts("Министр встретился с вице-премьером Правительства Республики Узбекистан Джамшидом Ходжаевым.")
    assert found["Ходжаев"][0] == "Вице-премьер Правительства Республики Узбекистан"


@pytest.mark.parametrize(
    ("sentence", "surname", "position"),
    [
        ("Госсекретарь Союзного государства Дмитрий Мезенцев открыл выставку.",
         "Мезенцев", "Государственный секретарь Союзного государства"),
        ("Документ подписал замминистра иностранных дел Беларуси Евгений Шестак.",
         "Шестак", "Заместитель министра иностранных дел Республики Беларусь"),
        ("Переговоры провёл генконсул России в Бресте Андрей Ганин.",
         "Ганин", "Генеральный консул Российской Федерации в Бресте"),
    ],
)
def test_a_post_the_press_shortens_is_written_in_full(sentence, surname, position):
    assert posts(sentence)[surname][0] == position


def test_a_plural_post_with_a_state_before_each_name_gives_each_person_theirs():
    found = posts("Форум прошёл с участием президентов Казахстана Касым-Жомарта Токаева и Беларуси Александра Лукашенко.")
    assert found["Токаев"] == ("Президент Республики Казахстан", "partner")
    assert found["Лукашенко"] == ("Президент Республики Беларусь", "ours")
    found = posts(
        "Соглашение подписали губернаторы Омской области Виталий Хоценко и Новосибирской области Андрей Травников."
    )
    assert found["Хоценко"][0] == "Губернатор Омской области"
    assert found["Травников"][0] == "Губернатор Новосибирской области"


def test_a_plural_post_over_two_states_gives_them_out_in_order():
    found = posts("В переговорах участвовали премьер-министры Беларуси и Узбекистана Роман Головченко и Абдулла Арипов.")
    assert found["Головченко"] == ("Премьер-министр Республики Беларусь", "ours")
    assert found["Арипов"] == ("Премьер-министр Республики Узбекистан", "partner")


def test_no_post_no_official_even_in_a_participation_clause():
    found = posts("В переговорах приняли участие Иван Петров и Сергей Сидоров.")
    assert {position for position, _ in found.values()} == {NO_POST}  # the analyst writes the posts


def test_named_posts_skip_letters_inside_other_words():
    text = "заместитель главы администрации и пресс-секретарь Госкомитета"
    assert [text[start : m.end()] for start, m in named_posts(text)] == ["заместитель главы", "пресс-секретарь"]


@pytest.mark.parametrize(
    ("words", "case", "nominative"),
    [
        (["Владимира", "Зеленского"], "gent", ("Владимир", "Зеленский")),
        (["Андрею", "Рудницкому"], "datv", ("Андрей", "Рудницкий")),
        (["Ольгой", "Зеленской"], "ablt", ("Ольга", "Зеленская")),
    ],
)
def test_an_adjectival_surname_in_an_oblique_case_is_put_back_and_marked(words, case, nominative):
    name = read_name(words, [case])
    assert (name.given, name.surname) == nominative
    assert not name.sure  # the dictionary only guessed the surname: the analyst checks it
