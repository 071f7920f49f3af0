"""Where a post ends and how it is named as a memo names it: a line break or a short
participle ends it, «под председательством» and «во главе с» hold no post, a shortened
degree is the person's, a post the press shortens to a word that never declines, Belarus
by its initials, a place named by «этот» as the partner, Russia's head of government by
his title, a bare «республики» after Belarus's premier, a region without its state, a
region by its whole constitutional name, our head of state with his patronymic.
Sentences written for these tests."""

from __future__ import annotations

from memogen.draft.parties import find_partner, officials
from memogen.draft.posts import write_in_full


def drafted(*sentences: str) -> dict[str, dict]:
    said = list(sentences)
    partner = find_partner(said)
    found = officials(said, partner)
    write_in_full(found, said, partner)
    return {o.data["person"]["surname"]: o.data for o in found}


def test_a_headline_above_the_first_sentence_gives_no_post():
    found = drafted("Премьер-министр проведёт переговоры с главой Омской области\n"
                    "Александр Турчин сегодня обсудит с губернатором Омской области Виталием Хоценко поставки.")
    assert found["Хоценко"]["position"] == "Губернатор Омской области"
    assert "Турчин" not in found or found["Турчин"]["position"] != "Глава Омской области"


def test_chairing_a_meeting_and_heading_a_delegation_are_no_posts():
    found = drafted("Заседание прошло под председательством министра экономики Кубы д-ра Алехандро Хиля.")
    assert found["Хиль"]["position"] == "Министр экономики Республики Куба"
    found = drafted("В Минск прибыла делегация во главе с командующим Военно-морскими силами Вьетнама "
                    "Чан Тхань Нгиемом.")
    assert found["Нгием"]["position"].startswith("Командующий Военно-морскими силами")


def test_a_short_participle_ends_what_may_be_a_post():
    found = drafted("Президент проинформирован об итогах поездки Олега Смирнова в Анголу.")
    assert all("проинформирован" not in d["position"] for d in found.values())


def test_a_post_shortened_to_a_word_that_never_declines():
    for sentence in (
        "Александр Лукашенко принял с докладом Управделами Президента Юрия Назарова.",
        "Александр Лукашенко провёл встречу с управделами президента Юрием Назаровым.",
    ):
        found = drafted(sentence)
        assert found["Назаров"]["position"] == "Управляющий делами Президента Республики Беларусь"
        assert found["Назаров"]["side"] == "ours"


def test_belarus_named_by_its_initials_in_a_post_is_ours():
    found = drafted("Протокол подписали министр экономики Кубы Хоакин Альонсо и председатель "
                    "Государственного комитета по науке и технологиям РБ Сергей Шлычков со стороны Кубы.")
    assert found["Шлычков"]["side"] == "ours"


def test_a_place_named_by_this_is_the_partner():
    found = drafted("Итоги визита в Тульскую область обсудили губернатор этого российского региона "
                    "Дмитрий Миляев и посол Беларуси в России Александр Рогожник.")
    assert found["Миляев"]["position"] == "Губернатор Тульской области"
    found = drafted("Поставки в Танзанию выросли, сообщил посол Беларуси в этой африканской стране Павел Пустовой.")
    assert found["Пустовой"]["position"] == "Посол Республики Беларусь в Объединённой Республике Танзания"
    found = drafted("Поставки в Танзанию выросли, сообщил губернатор этого региона Иван Кузнецов.")
    assert found["Кузнецов"]["position"] == "Губернатор этого региона"  # a state is no region


def test_russias_head_of_government_by_his_title():
    found = drafted("Об этом заявил премьер России Михаил Мишустин.",
                    "Вице-премьер РФ Марат Хуснуллин посетил Минск.",
                    "Первый вице-премьер России Денис Мантуров открыл выставку.")
    assert found["Мишустин"]["position"] == "Председатель Правительства Российской Федерации"
    assert found["Хуснуллин"]["position"] == "Заместитель Председателя Правительства Российской Федерации"
    assert found["Мантуров"]["position"] == "Первый заместитель Председателя Правительства Российской Федерации"
    found = drafted("Премьер-министр Беларуси Роман Головченко выступил на форуме.")
    assert found["Головченко"]["position"] == "Премьер-министр Республики Беларусь"


def test_belarus_premier_named_with_a_bare_republic_in_a_release_about_a_russian_region():
    found = drafted("Экспорт в Псковскую область вырос, заявил первый заместитель премьер-министра республики "
                    "Николай Снопков.")
    assert found["Снопков"]["position"] == "Первый заместитель Премьер-министра Республики Беларусь"
    assert found["Снопков"]["side"] == "ours"


def test_a_region_named_without_the_state_it_lies_in():
    found = drafted("Президент Беларуси встретился с губернатором Курской области России Романом Старовойтом.")
    assert found["Старовойт"]["position"] == "Губернатор Курской области"
    found = drafted("Министр промышленности Беларуси встретился с губернатором Тверской области Российской "
                    "Федерации Игорем Руденей.")
    assert found["Руденя"]["position"] == "Губернатор Тверской области"


def test_a_region_by_its_whole_constitutional_name():
    found = drafted("Министр сельского хозяйства Беларуси провёл встречу с губернатором Ханты-Мансийского "
                    "автономного округа Натальей Комаровой.")
    assert found["Комарова"]["position"] == "Губернатор Ханты-Мансийского автономного округа — Югры"
    found = drafted("Переговоры провели министр промышленности Беларуси и губернатор Кемеровской области — "
                    "Кузбасса Илья Середюк.")
    assert found["Середюк"]["position"] == "Губернатор Кемеровской области — Кузбасса"
    found = drafted("Глава Чувашской Республики Олег Николаев посетил Минск.")
    assert found["Николаев"]["position"] == "Глава Чувашской Республики"


def test_our_head_of_state_named_with_his_patronymic():
    found = drafted("Министр передал гостям приветствие от президента нашей страны Александра Григорьевича "
                    "Лукашенко.")
    assert found["Лукашенко"]["position"] == "Президент Республики Беларусь"


def test_a_colleague_of_a_post_naming_its_state_by_initials():
    found = drafted("Об этом заявил премьер РФ Михаил Мишустин на встрече с белорусским коллегой Александром "
                    "Турчиным.")
    assert found["Турчин"]["position"] == "Премьер-министр Республики Беларусь"
    assert found["Турчин"]["side"] == "ours"


def test_a_head_of_government_by_the_title_his_state_gives():
    found = drafted("Вице-премьер Казахстана Серик Жумангарин прибыл в Минск.")
    assert found["Жумангарин"]["position"] == "Заместитель Премьер-министра Республики Казахстан"


def test_an_apposition_with_a_title_or_a_company_before_a_colon():
    found = drafted("Павел Пустовой, Чрезвычайный и Полномочный Посол Беларуси в Танзании: «Год был удачным».")
    assert found["Пустовой"]["position"] == "Чрезвычайный и Полномочный Посол Республики Беларусь в Объединённой " \
        "Республике Танзания"
    found = drafted("Андрей Ковалёв, генеральный директор ОАО «Гомсельмаш»: поставки растут.")
    assert found["Ковалёв"]["position"] == "Генеральный директор ОАО «Гомсельмаш»"


def test_a_correspondent_in_a_dateline_is_no_official():
    found = drafted("12 мая, Ташкент /Ольга Смирнова — БЕЛТА/. Поставки в Узбекистан выросли.")
    assert "Смирнова" not in found


def test_one_person_named_with_and_without_yo_is_one_official():
    found = drafted("Президент Узбекистана Шавкат Мирзиёев принял делегацию.",
                    "Шавкат Мирзиеев отметил рост торговли.")
    assert [k for k in found if k.startswith("Мирзи")] == ["Мирзиёев"]


def test_a_republics_head_of_state_named_bare_is_its_president():
    found = drafted("Делегацию Беларуси принял глава государства Шавкат Мирзиёев.", "Узбекистан и Беларусь торгуют.")
    assert found["Мирзиёев"]["position"] == "Президент Республики Узбекистан"
    assert found["Мирзиёев"]["side"] == "partner"


def test_a_side_named_right_after_the_person_is_closer_than_one_before():
    found = drafted("Протокол подписали со стороны Кубы министр Хоакин Альонсо и министр промышленности Иван "
                    "Петров с белорусской стороны.")
    assert found["Петров"]["side"] == "ours"
    assert found["Петров"]["position"] == "Министр промышленности Республики Беларусь"


def test_a_dash_between_two_posts_of_one_person_after_a_body():
    found = drafted("Заместитель Председателя Правительства — Министр финансов Российской Федерации Антон "
                    "Силуанов провёл переговоры.")
    assert found["Силуанов"]["position"] == ("Заместитель Председателя Правительства — Министр финансов "
                                             "Российской Федерации")
    found = drafted("Совещание открыл министр — Пётр Сидоров рассказал о планах.")
    assert "Сидоров" not in found or "—" not in found["Сидоров"]["position"]


def test_a_bare_republic_in_a_release_about_russia_is_belarus_unless_the_partner_is_one():
    found = drafted("Об этом сообщил замминистра промышленности республики Дмитрий Харитончик.",
                    "Поставки в Россию выросли.")
    assert found["Харитончик"]["position"] == "Заместитель министра промышленности Республики Беларусь"
    found = drafted("Поставки в Башкортостан выросли, сообщил министр промышленности республики Азат Хабиров.")
    assert found["Хабиров"]["position"] == "Министр промышленности Республики Башкортостан"


def test_a_post_naming_its_state_by_an_adjective_gets_no_other_state():
    found = drafted("Гостей встретит заместитель министра российского ведомства Олег Лукин.",
                    "Поставки в Россию выросли.")
    assert "Республики Беларусь" not in found["Лукин"]["position"]


def test_our_head_of_state_named_by_his_states_head():
    found = drafted("Глава Беларуси Александр Лукашенко провёл переговоры с губернатором.")
    assert found["Лукашенко"]["position"] == "Президент Республики Беларусь"


def test_a_hyphen_with_spaces_between_two_posts_of_one_person():
    found = drafted("Первый заместитель председателя правительства - министр иностранных дел Венгрии Петер "
                    "Сийярто встретился с послом Беларуси.")
    assert found["Сийярто"]["position"] == ("Первый заместитель председателя правительства - министр иностранных "
                                            "дел Венгрии")
