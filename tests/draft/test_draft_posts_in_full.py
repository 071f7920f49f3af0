"""Posts written as an official document writes them: a contracted body in full
(«горисполкома», «Миноблисполкому»), a known abbreviation in the case it stands in («в
КНР», «МИД Беларуси»), one the release spells out in its own words («ЕАБР», «ВОЗ»),
and «Посол» completed to «Чрезвычайный и Полномочный Посол» only when the release gives
that title. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.abbreviations import contracted
from memogen.draft import draft_release, parties, sentences
from memogen.draft.posts import _minister, in_full, spelled_out, write_in_full
from memogen.draft.read import Release


def officials(text: str) -> dict[str, object]:
    facts = draft_release(Release(text, dt.date(2024, 5, 1), None, None), dt.date(2024, 5, 1),
                          url=None, file=None, name="test").facts
    return {o.person.surname: o for o in facts.parties.officials}


@pytest.mark.parametrize(
    ("word", "full", "case"),
    [
        ("горисполкома", "городской исполнительный комитет", "genitive"),
        ("Миноблисполкому", "Минский областной исполнительный комитет", "dative"),
        ("райисполкомом", "районный исполнительный комитет", "instrumental"),
        ("облсовета", "областной Совет депутатов", "genitive"),
        ("Минсельхозпрода", "Министерство сельского хозяйства и продовольствия", "genitive"),
        ("Минэкономики", "Министерство экономики", None),
    ],
)
def test_a_contracted_body_gives_its_full_name_and_case(word, full, case):
    assert contracted(word) == (full, case)


@pytest.mark.parametrize("word", ["Минск", "Минска", "облисполкомы", "Минсельхозпром", "горсовет"])
def test_other_words_are_no_contracted_body(word):
    assert contracted(word) is None


@pytest.mark.parametrize(
    ("post", "full"),
    [
        ("Председатель Минского горисполкома", "Председатель Минского городского исполнительного комитета"),
        ("Заместитель председателя Миноблисполкома", "Заместитель председателя Минского областного исполнительного комитета"),
        ("Посол Республики Беларусь в КНР", "Посол Республики Беларусь в Китайской Народной Республике"),
        ("Министр энергетики ОАЭ", "Министр энергетики Объединённых Арабских Эмиратов"),
        ("Глава МИД Республики Беларусь", "Глава Министерства иностранных дел Республики Беларусь"),
        ("Генеральный директор ОАО «МТЗ»", "Генеральный директор ОАО «МТЗ»"),  # a company's name stays
        ("Председатель правления ЕАБР", "Председатель правления ЕАБР"),  # not spelled out: stays
    ],
)
def test_a_post_is_written_in_full(post, full):
    assert in_full(post, ["Стороны обсудили торговлю."]) == full


@pytest.mark.parametrize(
    ("sentences", "abbreviation", "full"),
    [
        (["Кредиты выдаст Евразийский банк развития.", "Глава ЕАБР назвал сроки."], "ЕАБР", "Евразийский банк развития"),
        (["Делегация посетила Всемирную организацию здравоохранения (ВОЗ)."], "ВОЗ",
         "Всемирная организация здравоохранения"),
        (["Доклад подготовила Организация по безопасности и сотрудничеству в Европе.", "ОБСЕ одобрила доклад."],
         "ОБСЕ", "Организация по безопасности и сотрудничеству в Европе"),
        (["Встреча прошла в Торгово-промышленной палате Омской области (ТППОО)."], "ТППОО",
         "Торгово-промышленная палата Омской области"),
    ],
)
def test_an_abbreviation_the_release_spells_out_is_read(sentences, abbreviation, full):
    assert spelled_out(tuple(sentences)).get(abbreviation) == full


def test_an_abbreviation_no_words_of_the_release_spell_is_not_guessed():
    assert "ЕАБР" not in spelled_out(("Банк развития выдал кредит.", "Глава ЕАБР назвал сроки."))


@pytest.mark.parametrize(
    ("text", "surname", "position"),
    [
        ("Товарооборот Беларуси и провинции Шаньдун растёт. Председатель Мингорисполкома Иван Петров встретился "
         "с губернатором провинции Шаньдун.", "Петров", "Председатель Минского городского исполнительного комитета"),
        ("Об итогах года сообщил председатель Миноблисполкома Семён Гарбуз. Беларусь и Казахстан развивают торговлю.",
         "Гарбуз", "Председатель Минского областного исполнительного комитета"),
        ("Евразийский банк развития профинансирует проекты в Беларуси. Председатель правления ЕАБР Иван Петров "
         "назвал сроки.", "Петров", "Председатель правления Евразийского банка развития"),
    ],
)
def test_a_drafted_post_is_written_in_full_and_marked(text, surname, position):
    official = officials(text)[surname]
    assert official.position == position


@pytest.mark.parametrize(
    "text",
    [
        "Чрезвычайный и Полномочный Посол Беларуси в Китае Иван Петров посетил Харбин. Посол Иван Петров встретился "
        "с губернатором провинции.",
        "Посол Республики Беларусь в КНР Иван Петров посетил Харбин. Как сообщили в посольстве, Чрезвычайный и "
        "Полномочный Посол Республики Беларусь провёл встречи с производителями тракторов в Китае.",
    ],
)
def test_an_ambassador_gets_the_full_title_the_release_gives(text):
    official = officials(text)["Петров"]
    assert official.position.startswith("Чрезвычайный и Полномочный Посол Республики Беларусь")


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Тверской области Иван Смирнов и Посол Беларуси в России Пётр Петров обсудили поставки.",
        "Посол Республики Беларусь в КНР Пётр Петров посетил Харбин. Китай закупает белорусское молоко.",
    ],
)
def test_an_ambassador_the_release_calls_posol_is_not_given_a_title_it_does_not_state(text):
    said = sentences(text)
    found = {o.data["person"]["surname"]: o for o in parties.officials(said, parties.find_partner(said))}
    write_in_full(list(found.values()), said)
    official = found["Петров"]
    assert official.data["position"].startswith("Посол Республики Беларусь")
    assert official.mark != "sure" and any("Чрезвычайный и Полномочный" in note for note in official.notes)


@pytest.mark.parametrize(
    ("post", "full"),
    [
        ("Глава Министерства иностранных дел Монголии", "Министр иностранных дел Монголии"),
        ("Заместитель главы Министерства экономики Республики Беларусь",
         "Заместитель министра экономики Республики Беларусь"),
        ("Глава МИД Республики Армения", "Министр иностранных дел Республики Армения"),
        ("Глава Администрации Президента", "Глава Администрации Президента"),
    ],
)
def test_the_head_of_a_ministry_is_its_minister(post, full):
    said = ["Стороны обсудили торговлю."]
    assert _minister(in_full(post, said)) == full


@pytest.mark.parametrize(
    ("text", "surname", "position", "side"),
    [
        ("Товарооборот Омской области с Беларусью вырос, сообщили в департаменте внешних связей регионального "
         "правительства. Руководитель департамента Мария Ковалёва ожидает роста.", "Ковалёва",
         "Руководитель департамента внешних связей Правительства Омской области", "partner"),
        ("Как сообщили в управлении международного сотрудничества Министерства экономики Беларуси, поставки "
         "растут. Начальник управления Анна Смирнова назвала Казахстан ключевым партнёром.", "Смирнова",
         "Начальник управления международного сотрудничества Министерства экономики Беларуси", None),
    ],
)
def test_a_bare_body_is_completed_as_the_release_names_it(text, surname, position, side):
    official = officials(text)[surname]
    assert official.position == position
    if side:
        assert official.side == side


def test_a_bare_body_two_bodies_of_the_kind_might_be_stays():
    text = ("В департаменте экономики и в департаменте внешних связей области подвели итоги. Товарооборот "
            "Омской области с Беларусью вырос. Руководитель департамента Мария Ковалёва ожидает роста.")
    assert officials(text)["Ковалёва"].position == "Руководитель департамента"


def test_a_body_its_adjective_names_is_not_completed():
    text = ("Товарооборот Беларуси и провинции Хунань вырос. Председатель Витебского облисполкома Иван Петров "
            "встретился с секретарём комитета Коммунистической партии Китая провинции Хунань.")
    assert officials(text)["Петров"].position == "Председатель Витебского областного исполнительного комитета"


@pytest.mark.parametrize(
    ("post", "full"),
    [
        ("Председатель БелТПП", "Председатель Белорусской торгово-промышленной палаты"),
        ("генеральный директор Гродненского отделения БелТПП",
         "генеральный директор Гродненского отделения Белорусской торгово-промышленной палаты"),
        ("Председатель Совмина Союзного государства", "Председатель Совета Министров Союзного государства"),
        ("Управляющий делами Совмина", "Управляющий делами Совета Министров"),
    ],
)
def test_the_chamber_of_commerce_and_the_council_of_ministers_are_written_in_full(post, full):
    assert in_full(post, []) == full


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Как сообщил заместитель маркетинг-директора МАЗ Пётр Сидоренко, автобусы уйдут в Африку.",
         "Заместитель маркетинг-директора МАЗ"),
        ("IT-директор холдинга Пётр Сидоренко рассказал о новой платформе.", "IT-директор холдинга"),
    ],
)
def test_a_director_of_a_field_joined_by_a_hyphen_is_a_post(text, post):
    assert [o.data["position"] for o in parties.officials(sentences(text), None)] == [post]


def test_the_partners_initials_in_a_post_are_its_name():
    said = sentences("Республика Узбекистан и Беларусь расширяют торговлю. Узбекистан закупает тракторы. "
                     "Выступил Посол Республики Беларусь в РУ Пётр Зайцев.")
    partner = parties.find_partner(said)
    found = parties.officials(said, partner)
    write_in_full(found, said, partner)
    assert [o.data["position"] for o in found] == ["Посол Республики Беларусь в Республике Узбекистан"]
