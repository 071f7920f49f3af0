"""How a post runs on after its title, where it ends and how it is completed from the rest
of the release: a remark in brackets inside it, a degree before the name, a region's head
or a minister named bare, a president's office, a delegation's state, a post made the
predicate of its holder by a verb, a company's abbreviation the release spells out, the
preposition before a state's official name, our head of state named by an adjective.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_bench_proposal_matching import BENCH

from memogen.draft.parties import find_partner, official_states, officials, without_gloss
from memogen.draft.posts import in_full, spelled_out, write_in_full


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    found = officials(said, find_partner(said))
    write_in_full(found, said, find_partner(said))
    return {o.data["person"]["surname"]: o for o in found}


def post(found: dict[str, object], surname: str) -> str:
    return found[surname].data["position"]  # type: ignore[attr-defined]


# --- a remark in brackets inside a post --------------------------------------------------


def test_an_abbreviation_in_brackets_stays_in_the_post():
    found = drafted("Меморандум подписали директор Национального агентства инвестиций Кении (KenInvest) "
                    "Джеймс Мутуа и посол Беларуси в Кении Павел Ватко.")
    assert post(found, "Мутуа") == "Директор Национального агентства инвестиций Кении (KenInvest)"
    found = drafted("С делегацией встретился председатель Государственного комитета по инвестициям (ГКИ) "
                    "Республики Узбекистан Алишер Каримов.")
    assert post(found, "Каримов").startswith("Председатель Государственного комитета по инвестициям (ГКИ)")


def test_a_part_of_a_regions_name_in_brackets_stays_and_is_not_renamed():
    found = drafted("Глава Республики Саха (Якутия) Айсен Николаев провёл переговоры в Минске.")
    assert post(found, "Николаев") == "Глава Республики Саха (Якутия)"


def test_a_state_named_in_brackets_only_to_say_where_a_region_lies_is_dropped():
    found = drafted("Министр промышленности Беларуси обсудил поставки с губернатором Омской области (Россия) "
                    "Виталием Хоценко.")
    assert post(found, "Хоценко") == "Губернатор Омской области"
    assert without_gloss("Глава Республики Саха (Якутия, Российская Федерация)") == "Глава Республики Саха (Якутия)"
    assert without_gloss("председатель правления (ЕАБР)") == "председатель правления (ЕАБР)"


def test_a_clause_in_brackets_ends_the_post():
    found = drafted("На форуме выступил министр (он прилетел утром) Иван Сидоренко.")
    assert post(found, "Сидоренко") == "Должность (уточнить)"


# --- a degree before the name --------------------------------------------------------------


def test_a_degree_written_before_the_name_is_no_part_of_the_post():
    found = drafted("Делегацию Эфиопии возглавил министр здравоохранения доктор Лия Тадессе.")
    assert post(found, "Тадессе") == "Министр здравоохранения Федеративной Демократической Республики Эфиопия"
    found = drafted("Переговоры провёл ректор Университета Найроби профессор Стивен Киама.")
    assert post(found, "Киама") == "Ректор Университета Найроби"


# --- a region's head or a minister named bare ---------------------------------------------


def test_an_akim_or_hokim_named_bare_heads_the_partner_region():
    found = drafted("Делегация Гродненской области посетила Актюбинскую область.",
                    "Гостей принял аким Ерлан Ногаев.")
    assert post(found, "Ногаев") == "Аким Актюбинской области"
    found = drafted("В Самаркандскую область прибыли представители Витебской области.",
                    "С ними встретился хоким Эркинжон Турдимов.")
    assert post(found, "Турдимов") == "Хоким Самаркандской области"


def test_a_minister_named_bare_holds_the_one_ministry_the_release_names():
    found = drafted("В Министерстве промышленности Беларуси прошли переговоры с делегацией Вьетнама.",
                    "С белорусской стороны в них участвовал заместитель министра Дмитрий Харитончик.")
    assert post(found, "Харитончик") == "Заместитель министра промышленности Республики Беларусь"
    assert found["Харитончик"].mark == "check"  # type: ignore[attr-defined]
    found = drafted("Минсельхозпрод провёл встречу с делегацией Вьетнама.",
                    "Делегацию принял первый заместитель министра Игорь Брыло.")
    assert post(found, "Брыло") == "Первый заместитель министра сельского хозяйства и продовольствия"


def test_a_minister_named_bare_stays_bare_when_the_release_names_two_ministries():
    found = drafted("Министерство экономики и Министерство финансов Беларуси подготовили программу.",
                    "Её представил заместитель министра Дмитрий Ясюкевич.")
    assert post(found, "Ясюкевич") == "Заместитель министра"


# --- a president's office -----------------------------------------------------------------


def test_a_presidents_office_is_ours_when_the_release_names_only_our_president():
    found = drafted("Президент Беларуси посетит Вьетнам в ноябре.",
                    "Помощник Президента Юрий Кусков рассказал о подготовке визита.")
    assert post(found, "Кусков") == "Помощник Президента Республики Беларусь"
    found = drafted("Александр Лукашенко проведёт переговоры во Вьетнаме.",
                    "Управляющий делами Президента Юрий Назаров назвал визит важным.")
    assert post(found, "Назаров") == "Управляющий делами Президента Республики Беларусь"


def test_a_presidents_office_stays_as_written_when_another_states_president_is_named():
    found = drafted("Президент Беларуси и Президент Казахстана проведут переговоры.",
                    "Помощник Президента Ерлан Карин рассказал о подготовке.")
    assert post(found, "Карин") == "Помощник Президента"


# --- the state of the delegation a person heads -------------------------------------------


def test_the_person_heading_a_delegation_holds_a_post_of_its_state():
    found = drafted("В Минске прошли переговоры с Казахстаном.",
                    "Лаосскую делегацию возглавил заместитель министра промышленности Бунма Сисават.")
    assert post(found, "Сисават") == "Заместитель министра промышленности Лаосской Народно-Демократической Республики"
    found = drafted("В Минске прошли переговоры с Казахстаном.",
                    "Делегацию Казахстана возглавлял министр торговли Серик Жумангарин.")
    assert post(found, "Жумангарин") == "Министр торговли Республики Казахстан"
    assert found["Жумангарин"].data["side"] == "partner"  # type: ignore[attr-defined]


# --- a post made the predicate of its holder by a verb ------------------------------------


def test_a_post_in_the_instrumental_before_a_verb_and_the_name():
    found = drafted("Послом в Аргентине станет Игорь Петришенко, сообщили в МИД Беларуси.")
    assert post(found, "Петришенко") == "Посол Республики Беларусь в Аргентинской Республике"
    assert found["Петришенко"].data["side"] == "ours"  # type: ignore[attr-defined]
    found = drafted("Генеральным директором Минского тракторного завода стал Виталий Вовк.")
    assert post(found, "Вовк") == "Генеральный директор Минского тракторного завода"


def test_a_post_in_the_instrumental_after_the_name_and_a_verb():
    found = drafted("Владимир Гуляев назначен Послом Беларуси в Кыргызстане.")
    assert post(found, "Гуляев") == "Посол Республики Беларусь в Кыргызской Республике"
    found = drafted("Андрей Соколов является губернатором Курской области.")
    assert post(found, "Соколов") == "Губернатор Курской области"


def test_a_foreign_ambassador_named_where_he_serves_is_his_states():
    found = drafted("Посол в Республике Беларусь Карлос Мартинес встретился с министром сельского хозяйства Кубы.")
    assert post(found, "Мартинес") == "Посол Республики Куба в Республике Беларусь"


# --- a company's abbreviation the release spells out ---------------------------------------


def test_a_quoted_abbreviation_the_release_spells_out_is_written_in_full():
    said = ["Контракт подписан на заводе, сообщила пресс-служба Гродненского стекольного завода.",
            "Документ подписал генеральный директор ОАО «ГСЗ» Олег Лазарев."]
    assert post(drafted(*said), "Лазарев") == "Генеральный директор ОАО «Гродненский стекольный завод»"
    assert in_full("директор ЗАО «ГСЗ»", ["На заводе побывали гости."]) == "директор ЗАО «ГСЗ»"


def test_of_two_spellings_of_an_abbreviation_its_initials_win():
    text = ("Белорусский цемент идёт на экспорт, сообщили в Белорусской цементной компании. "
            "Директор ОАО «БЦК» рассказал о поставках.")
    assert spelled_out((text,))["БЦК"] == "Белорусская цементная компания"


# --- the preposition before a state's official name ----------------------------------------


def test_v_or_vo_before_a_states_official_name_as_its_first_letters_ask():
    assert official_states("Посол Беларуси во Вьетнаме") == "Посол Республики Беларусь в Социалистической Республике Вьетнам"
    assert official_states("Посол Беларуси во Франции") == "Посол Республики Беларусь во Французской Республике"
    assert official_states("Посол Беларуси в Венгрии") == "Посол Республики Беларусь в Венгрии"


# --- our head of state named by an adjective or by «Белоруссия» ----------------------------


def test_our_head_of_state_named_by_an_adjective_or_the_russian_medias_name():
    for sentence in (
        "Глава белорусского государства Александр Лукашенко встретился с губернатором.",
        "Президент Белоруссии Александр Лукашенко провёл переговоры.",
    ):
        assert post(drafted(sentence), "Лукашенко") == "Президент Республики Беларусь"
    found = drafted("Министр иностранных дел Белоруссии Максим Рыженков прибыл в Ташкент.")
    assert post(found, "Рыженков") == "Министр иностранных дел Республики Беларусь"


# --- the bench compares posts as the memo writes them ---------------------------------------


def test_the_bench_compares_a_post_as_the_memo_writes_it():
    form = BENCH.post_form
    assert form("Посол Беларуси в России") == form("Посол Республики Беларусь в Российской Федерации")
    assert form("председатель Брестского облисполкома") == form(
        "Председатель Брестского областного исполнительного комитета")
    assert form("Заместитель министра") != form("заместитель министра экономики Республики Беларусь")
    assert form("Аким") != form("аким Павлодарской области")


def test_a_source_named_before_a_person_is_no_part_of_his_post():
    found = drafted("Как сообщила пресс-служба губернатора Курской области со ссылкой на вице-губернатора "
                    "Петра Зайцева, поставки тракторов выросли.")
    assert post(found, "Зайцев") == "Вице-губернатор Курской области"
