"""Names in the nominative → case forms (`memogen.inflect`), and the memo's use of them:
forms written in the facts win, derived ones fill the gaps, and a name that cannot be
inflected for sure is an error naming the file, line and field, never a nominative."""

from __future__ import annotations

import pytest

from memogen.inflect import CASES, inflect, inflect_person, inflect_phrase

FORMS = {
    "Вологодская область": (
        "Вологодской области", "Вологодской области", "Вологодскую область",
        "Вологодской областью", "Вологодской области",
    ),
    "Республика Узбекистан": (
        "Республики Узбекистан", "Республике Узбекистан", "Республику Узбекистан",
        "Республикой Узбекистан", "Республике Узбекистан",
    ),
    "город Минск": ("города Минска", "городу Минску", "город Минск", "городом Минском", "городе Минске"),
    "Георгий Филимонов": (
        "Георгия Филимонова", "Георгию Филимонову", "Георгия Филимонова",
        "Георгием Филимоновым", "Георгии Филимонове",
    ),
    "Нижний Новгород": (
        "Нижнего Новгорода", "Нижнему Новгороду", "Нижний Новгород", "Нижним Новгородом", "Нижнем Новгороде",
    ),
    "Могилевская область": (
        "Могилевской области", "Могилевской области", "Могилевскую область",
        "Могилевской областью", "Могилевской области",
    ),
    "Объединенные Арабские Эмираты": (
        "Объединенных Арабских Эмиратов", "Объединенным Арабским Эмиратам", "Объединенные Арабские Эмираты",
        "Объединенными Арабскими Эмиратами", "Объединенных Арабских Эмиратах",
    ),
}


@pytest.mark.parametrize("name", FORMS)
def test_every_case_of_a_known_name(name):
    assert tuple(inflect(name, case) for case in CASES) == FORMS[name]


@pytest.mark.parametrize(
    ("name", "genitive"),
    [
        ("Правительство Вологодской области", "Правительства Вологодской области"),  # complement stays
        ("Минский областной исполнительный комитет", "Минского областного исполнительного комитета"),
        ("Ханты-Мансийский автономный округ — Югра", "Ханты-Мансийского автономного округа — Югры"),
        ("Санкт-Петербург", "Санкт-Петербурга"),
        ("ОАО \"МТЗ\"", "ОАО \"МТЗ\""),  # an abbreviation heads it: nothing changes
        ("компания «Белгоспроект»", "компании «Белгоспроект»"),  # quotes never change
        ("Орел", "Орла"),  # the city, not the bird; no «ё» where the file has none
        ("Чили", "Чили"),
    ],
)
def test_the_head_and_its_adjectives_change_the_rest_stays(name, genitive):
    assert inflect_phrase(name, "genitive") == genitive


def test_an_inanimate_accusative_keeps_a_masculine_adjective_in_the_nominative():
    assert inflect_phrase("Пермский край", "accusative") == "Пермский край"


@pytest.mark.parametrize("name", ["Белгоспроект", "Зурбаган", "город Зурбаган", "", "ABC Corp"])
def test_a_name_the_dictionary_does_not_know_gets_no_guess(name):
    assert inflect_phrase(name, "instrumental") is None


def test_persons_with_patronymic_initials_and_indeclinable_surnames():
    assert inflect_person("Ирина", "Иванова", "Сергеевна", "instrumental") == "Ириной Сергеевной Ивановой"
    assert inflect_person("Виктор", "Каранкевич", None, "dative") == "Виктору Каранкевичу"
    assert inflect_person("Александр", "Лукашенко", None, "genitive") == "Александра Лукашенко"
    assert inflect_person("Мария", "Шевчук", None, "genitive") == "Марии Шевчук"
    assert inflect_person("Г.", "Филимонов", "Ю.", "instrumental") == "Г. Ю. Филимоновым"


def test_a_person_whose_gender_cannot_be_told_gets_no_guess():
    assert inflect_person("Саша", "Шевчук", None, "genitive") is None
    assert inflect_person("В.", "Каранкевич", "И.", "genitive") is None  # -ич: either gender


def test_a_surname_with_a_foreign_particle_gets_no_guess():
    assert inflect_person("Бадр", "Аль-Бусаиди", None, "instrumental") is None  # not «Алем-Бусаиди»
    assert inflect_person("Ханс", "фон Браун", None, "genitive") is None


def test_an_unknown_case_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown case"):
        inflect("Минск", "vocative")


@pytest.mark.parametrize("name", ["ЕАЭС", "ШОС", "БРИКС", "СНГ", "ООН", "КНР", "ОАЭ", "МИД", "АСЕАН"])
def test_an_abbreviation_is_its_own_form_in_every_case(name):
    # official writing never declines an abbreviation: «в рамках ЕАЭС», «с ШОС», «в МИД»
    assert [inflect_phrase(name, case) for case in CASES] == [name] * 5


def test_an_abbreviation_after_adjectives_gets_no_guess():
    assert inflect_phrase("Белорусский МИД", "genitive") is None  # the gender of «МИД» decides


@pytest.mark.parametrize("dash", [" – ", " — ", " - "])
def test_a_noun_in_apposition_after_a_dash_changes_with_the_head(dash):
    name = f"страны{dash}участники СНГ"
    assert [inflect_phrase(name, case) for case in CASES] == [
        f"стран{dash}участников СНГ", f"странам{dash}участникам СНГ", f"страны{dash}участники СНГ",
        f"странами{dash}участниками СНГ", f"странах{dash}участниках СНГ",
    ]
    assert inflect_phrase(f"государства{dash}члены БРИКС", "instrumental") == f"государствами{dash}членами БРИКС"


def test_two_nouns_joined_by_a_hyphen_both_change():
    assert inflect_phrase("города-побратимы", "genitive") == "городов-побратимов"
    assert inflect_phrase("города-побратимы", "accusative") == "города-побратимы"  # a thing's accusative
    assert inflect_phrase("страна-участница", "accusative") == "страну-участницу"  # a feminine one changes
    assert inflect_phrase("страны-партнеры ЕАЭС", "dative") == "странам-партнерам ЕАЭС"
    assert inflect_phrase("город-герой Брест", "prepositional") == "городе-герое Бресте"
    # a masculine first noun may be a fixed attribute («бизнес-форумом», not «бизнесом-форумом»)
    assert inflect_phrase("бизнес-форум", "instrumental") is None
    assert inflect_phrase("медиа-холдинг", "genitive") in (None, "медиа-холдинга")


def test_names_joined_by_and_change_each():
    assert inflect_phrase("Республика Беларусь и Российская Федерация", "instrumental") == (
        "Республикой Беларусь и Российской Федерацией"
    )
    assert inflect_phrase("Казахстан и Кыргызская Республика", "dative") == "Казахстану и Кыргызской Республике"
    # a genitive or a lower-case word after «и» belongs to the first name's complement
    assert inflect_phrase("Торгово-промышленная палата Беларуси и России", "genitive") == (
        "Торгово-промышленной палаты Беларуси и России"
    )
    assert inflect_phrase("Министерство промышленности и торговли", "instrumental") == (
        "Министерством промышленности и торговли"
    )
    assert inflect_phrase("Республика Беларусь и Зурбаган", "genitive") is None  # one part unknown: no guess


def test_middle_names_that_are_no_patronymic_get_no_guess():
    # «Луис Хорхе» declines, the «Ван» of a Vietnamese name does not: memogen cannot tell,
    # so it asks rather than print «Хуаном Луис Мартинесом»
    assert inflect_person("Хуан", "Мартинес", "Луис", "instrumental") is None
    assert inflect_person("Сунил", "Варма", "Кумар", "genitive") is None
    assert inflect_person("Чан", "Хунг", "Ван", "dative") is None
    assert inflect_person("Пётр", "Сидоров", "Ильич", "dative") == "Петру Ильичу Сидорову"
    assert inflect_person("Ольга", "Козлова", "Кузьминична", "genitive") == "Ольги Кузьминичны Козловой"
