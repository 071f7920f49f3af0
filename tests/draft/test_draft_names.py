"""Officials whose names the dictionaries do not know, met in an oblique case: the
draft gives the nominative or says it could not, and keeps the form the release wrote.
Sentences written for these tests."""

from __future__ import annotations

from memogen.draft.names import read_name
from memogen.draft.parties import NO_POST, find_partner, officials


def people(sentence: str) -> dict[str, object]:
    said = [sentence]
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


def test_an_unknown_first_name_in_the_instrumental_is_put_back_and_marked():
    found = people("Министр провёл переговоры с министром иностранных дел Королевства Иордания Айманом Ас-Сафади.")
    official = found["Ас-Сафади"]
    assert official.data["person"]["given"] == "Айман"  # «Айманом» is never stored as the nominative
    assert official.data["person"]["cases"] == {"instrumental": "Айманом Ас-Сафади"}
    assert official.mark == "check"  # a surname with a particle: memogen asks for the other forms
    assert any("person.cases" in note for note in official.notes)
    assert official.data["position"] == "Министр иностранных дел Королевства Иордания"


def test_a_three_word_name_keeps_the_words_the_release_does_not_decline():
    found = people("Глава МИД встретился с премьер-министром Социалистической Республики Вьетнам Фам Минь Тинем.")
    person = found["Тинь"].data["person"]
    assert (person["given"], person.get("patronymic"), person["surname"]) == ("Фам", "Минь", "Тинь")
    assert person["cases"]["instrumental"] == "Фам Минь Тинем"


def test_a_name_in_the_genitive_after_a_position_in_the_genitive():
    found = people("Состоялся визит посла Республики Перу Карлоса Мендосы в Гродно.")
    person = found["Мендоса"].data["person"]
    assert (person["given"], person["surname"]) == ("Карлос", "Мендоса")


def test_a_known_name_in_an_oblique_case_is_sure_and_needs_no_written_forms():
    found = people("Губернатор встретился с Премьер-министром Республики Беларусь Романом Головченко.")
    official = found["Головченко"]
    assert official.data["person"] == {"given": "Роман", "surname": "Головченко"}
    assert official.mark == "sure"


def test_the_nominative_is_read_in_the_case_with_the_most_evidence():
    # «Посол» may be nominative or accusative: «Дмитрий» is a nominative the dictionary knows
    name = read_name(["Дмитрий", "Крутой"], ["nomn", "accs"])
    assert (name.given, name.surname, name.sure) == ("Дмитрий", "Крутой", True)
    name = read_name(["Бадром", "Аль-Бусаиди"], ["ablt"])
    assert (name.given, name.surname, name.sure) == ("Бадр", "Аль-Бусаиди", False)
    assert name.cases == {"instrumental": "Бадром Аль-Бусаиди"}


def test_two_people_in_one_run_of_capitals_are_two_officials_each_with_its_own_position():
    found = people(
        "На встрече с Премьер-министром Республики Армения Николом Пашиняном Премьер-министр "
        "Республики Беларусь Александр Турчин обсудил поставки техники."
    )
    assert found["Пашинян"].data["position"] == "Премьер-министр Республики Армения"
    assert found["Пашинян"].data["person"]["given"] == "Никол"
    assert found["Турчин"].data["position"] == "Премьер-министр Республики Беларусь"
    assert found["Турчин"].data["side"] == "ours"


def test_a_verb_between_a_position_and_a_name_is_no_position_of_that_person():
    found = people("Глава государства назвал визит Ивана Петрова важным шагом.")
    assert found["Петров"].data["position"] == NO_POST  # no post of his: the analyst writes it


def test_validate_asks_for_the_case_forms_of_a_drafted_name_memogen_cannot_decline(tmp_path):
    import datetime as dt
    import io

    from memogen.cli import main
    from memogen.draft import draft_file

    release = tmp_path / "talks.txt"
    release.write_text(
        "В Минске прошли переговоры Министра иностранных дел Республики Беларусь Максима Рыженкова "
        "с Министром иностранных дел Королевства Иордания Айманом Ас-Сафади.",
        encoding="utf-8",
    )
    facts = tmp_path / "talks.yaml"
    facts.write_text(draft_file(release, date=dt.date(2025, 3, 4), out=facts).yaml, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["validate", str(facts)], stdout=out, stderr=err) == 0  # a warning, not an error
    warning = err.getvalue()
    assert "parties.officials.1.person" in warning and "«Айман Ас-Сафади»" in warning
    assert "genitive" in warning and "instrumental" not in warning.split("fix:")[1]  # the form read is written
    assert "Рыженков" not in warning  # a name memogen declines asks for nothing
    assert main(["validate", "--strict", str(facts)], stdout=out, stderr=err) != 0


def test_a_surname_with_a_particle_keeps_the_particle_and_may_still_be_declined():
    name = read_name(["Мухаммедом", "Аль-Джабером"], ["ablt"])
    assert (name.given, name.surname, name.sure) == ("Мухаммед", "Аль-Джабер", False)
    assert read_name(["Бадром", "Аль-Бусаиди"], ["ablt"]).surname == "Аль-Бусаиди"


def test_a_place_named_after_its_kind_is_no_part_of_the_persons_name():
    found = people("Посол встретился с губернатором провинции Хэбэй Ван Чжэнпу.")
    assert found["Чжэнпу"].data["person"]["given"] == "Ван"
    assert found["Чжэнпу"].data["position"] == "Губернатор провинции Хэбэй"


def test_a_name_the_surname_rules_leave_alone_is_read_by_the_first_name_rules():
    name = read_name(["Ли", "Вэем"], ["ablt"])
    assert (name.given, name.surname) == ("Ли", "Вэй")  # never «Вэь»: no Russian word ends so


def test_a_four_word_name_ending_in_a_particle_surname_is_one_person():
    found = people("Губернатор принял Посла Государства Катар в Республике Беларусь Халида Аднана Юсефа аль-Бакра.")
    person = found["аль-Бакр"].data["person"]
    assert (person["given"], person["patronymic"]) == ("Халид", "Аднан Юсеф")
    found = people("С Послом Королевства Бахрейн Ахмедом Саидом Абдуллой бин-Рашидом обсудили поставки.")
    person = found["бин-Рашид"].data["person"]
    assert (person["given"], person["patronymic"]) == ("Ахмед", "Саид Абдулла")


def test_a_name_after_a_word_in_a_secondary_case_is_read_in_its_main_case():
    # pymorphy3 also gives vocative and second genitive/prepositional forms («Саш»,
    # «чаю», «в лесу»); a position in one of them must not stop the draft.
    assert read_name(["Иван", "Петров"], ["voct"]).surname == "Петров"
    genitive = read_name(["Ивана", "Петрова"], ["gen2"])
    assert (genitive.given, genitive.surname) == ("Иван", "Петров")
    assert genitive.cases == {"genitive": "Ивана Петрова"}
    assert read_name(["Иване", "Петрове"], ["loc2"]).surname == "Петров"


def test_the_first_name_tells_the_gender_the_surname_is_read_in():
    # a man's first name: «-ой» is a man's «-а» surname, never a woman's adjective «-ая»
    for words, case, surname in [
        (["Санджаем", "Кумаром", "Тхакрой"], "ablt", "Тхакра"),
        (["Винодом", "Шармой"], "ablt", "Шарма"),
        (["Оскаром", "Моралесом"], "ablt", "Моралес"),
    ]:
        name = read_name(words, [case])
        assert name.surname == surname, (words, name)


def test_an_indeclinable_foreign_surname_is_kept_as_written():
    # «-и», «-о», «-е», «-у» after a man's first name: no man's surname declines to these in
    # these cases, so the release wrote the nominative
    for words, cases, surname in [
        (["Виджаю", "Банерджи"], ["datv"], "Банерджи"),
        (["Рахулом", "Ганди"], ["ablt"], "Ганди"),
        (["Пабло", "Кастильо"], ["gent", "accs"], "Кастильо"),
        (["Арманом", "Саркиси"], ["ablt"], "Саркиси"),
    ]:
        name = read_name(words, cases)
        assert name.surname == surname, (words, name)
    assert read_name(["Виджаю", "Банерджи"], ["datv"]).given == "Виджай"


def test_a_hissing_surname_reads_without_a_soft_sign():
    # «-ичем», «-шем»: a man's name never ends in «-чь», «-шь»
    assert read_name(["Олегом", "Давыдовичем"], ["ablt"]).surname == "Давыдович"
    assert read_name(["Ахмедом", "аль-Хашем"], ["ablt"]).surname == "аль-Хаш"


def test_a_womans_foreign_surname():
    name = read_name(["Ребеккой", "Оконкво"], ["ablt"])
    assert (name.given, name.surname) == ("Ребекка", "Оконкво")
    name = read_name(["Анной", "Кармановой"], ["ablt"])
    assert (name.given, name.surname) == ("Анна", "Карманова")


def test_a_name_of_four_words_is_read_whole():
    # Spanish-speaking names: two given names and two surnames, the second often indeclinable
    found = people("Посол провёл встречу с министром энергетики Республики Колумбия Хосе Антонио Гарсией Лопесом.")
    person = found["Лопес"].data["person"]
    assert (person["given"], person["patronymic"]) == ("Хосе", "Антонио Гарсия")
    found = people("Делегация встретилась с заместителем министра Республики Эквадор Марией Хосе Пинто Арриагой.")
    person = found["Арриага"].data["person"]
    assert (person["given"], person["patronymic"]) == ("Мария", "Хосе Пинто")
    found = people("Состоялись переговоры с советником Президента Республики Чили Луисом Альберто Морено Кастро.")
    assert found["Кастро"].data["person"]["patronymic"] == "Альберто Морено"


def test_a_first_name_in_another_case_opens_another_person():
    found = people("В ходе переговоров с Премьер-министром Республики Индия Рахулом Шармой Иван Петров отметил рост.")
    assert found["Шарма"].data["person"]["given"] == "Рахул"
    assert "Иван" not in {o.data["person"]["surname"] for o in found.values()}


def test_particles_standing_alone_belong_to_the_name():
    found = people("Министр встретился с министром экономики Королевства Бахрейн шейхом Халидом бин Абдуллой Аль Халифой.")
    official = next(iter(found.values()))
    person = official.data["person"]
    assert (person["given"], person["patronymic"], person["surname"]) == ("Халид", "бин Абдулла", "Аль Халифа")
    assert official.data["position"] == "Министр экономики Королевства Бахрейн"  # «шейхом» is the person's title
    assert official.mark == "check"
    found = people("Посол встретился с губернатором штата Минас-Жерайс Ромеу ди Оливейрой.")
    assert found["ди Оливейра"].data["person"]["given"] == "Ромеу"


def test_a_syllable_of_an_east_asian_name_that_spells_a_common_word():
    found = people("Переговоры прошли с министром промышленности Вьетнама Нгуен Тан Хунгом.")
    person = found["Хунг"].data["person"]
    assert (person["given"], person["patronymic"]) == ("Нгуен", "Тан")
    found = people("Посол встретился с заместителем министра коммерции КНР Ли Бином.")
    assert found["Бин"].data["person"]["given"] == "Ли"


def test_a_surname_the_dictionary_knows_as_a_common_word_ends_the_name():
    found = people("Министр встретился с Председателем Национальной ассамблеи Республики Кения Джоном Мозесом Кинги.")
    assert (found["Кинги"].data["person"]["given"], found["Кинги"].data["person"]["patronymic"]) == ("Джон", "Мозес")


def test_the_place_before_a_person_is_no_part_of_the_name():
    found = people("Выступил министр экономики Республики Башкортостан Ильдар Хасанов.")
    assert found["Хасанов"].data["position"] == "Министр экономики Республики Башкортостан"
    found = people("Глава МИД провёл переговоры с министром иностранных дел Республики Корея Ли Мин Хо.")
    assert "Корея" not in {o.data["person"]["given"] for o in found.values()}


def test_a_position_noun_is_put_back_in_the_nominative_alone():
    found = people("Губернатор обсудил с Главой Администрации Президента Республики Беларусь Игорем Сергеенко поставки.")
    assert found["Сергеенко"].data["position"] == "Глава Администрации Президента Республики Беларусь"
    found = people("Переговоры прошли с Главой Республики Карелия Артуром Парфенчиковым.")
    assert found["Парфенчиков"].data["position"] == "Глава Республики Карелия"


def test_a_state_named_in_a_position_by_its_short_name_gets_its_official_name():
    found = people("Министр встретился с Президентом Кубы Хуаном Пересом.")
    assert found["Перес"].data["position"] == "Президент Республики Куба"
    found = people("Состоялась встреча с Послом Беларуси в Казахстане Петром Ивановым.")
    assert found["Иванов"].data["position"] == "Посол Республики Беларусь в Республике Казахстан"
    found = people("Переговоры провёл министр иностранных дел Турции Мехмет Йылмаз.")
    assert found["Йылмаз"].data["position"] == "Министр иностранных дел Турецкой Республики"
    # a state inside a body's own name stays, and so does a one-word official name
    found = people("Посол встретился с секретарём Народно-революционной партии Лаоса Бунтонгом Читмани.")
    assert found["Читмани"].data["position"].endswith("Народно-революционной партии Лаоса")
    found = people("Посол встретился с министром финансов Монголии Жаргалсайханом Батболдом.")
    assert found["Батболд"].data["position"] == "Министр финансов Монголии"


def test_a_hyphenated_first_name_declines_its_last_part_a_surname_each_part():
    name = read_name(["Нурлан-Бектасом", "Сериковым"], ["ablt"])
    assert (name.given, name.surname) == ("Нурлан-Бектас", "Сериков")
    name = read_name(["Жан-Люком", "Мартеном"], ["ablt"])
    assert (name.given, name.surname) == ("Жан-Люк", "Мартен")
    name = read_name(["Ольгой", "Соколовой-Беляевой"], ["ablt"])
    assert (name.given, name.surname) == ("Ольга", "Соколова-Беляева")


def test_a_bodys_name_before_its_states_genitive_is_no_person():
    found = people("Состоялась встреча с Председателем Милли Меджлиса Азербайджана Сахибой Гафаровой.")
    official = found["Гафарова"]
    assert official.data["person"]["given"] == "Сахиба"
    assert official.data["position"] == "Председатель Милли Меджлиса Азербайджана"
    assert "Меджлиса" not in found


def test_a_post_the_dictionary_knows_only_as_a_first_name():
    found = people("Губернатор встретился с акимом Карагандинской области Ермаганбетом Булекпаевым.")
    assert found["Булекпаев"].data["position"] == "Аким Карагандинской области"
    found = people("Переговоры прошли с хокимом Ферганской области Хайрулло Бозоровым.")
    assert found["Бозоров"].data["position"] == "Хоким Ферганской области"


def test_a_middle_name_in_the_names_own_case_opens_no_other_person():
    found = people("Посол встретился с министром транспорта Республики Ирак Салехом Мухаммедом Аль-Хасани.")
    person = found["Аль-Хасани"].data["person"]
    assert (person["given"], person["patronymic"]) == ("Салех", "Мухаммед")


def test_east_asian_names_of_short_syllables():
    found = people("Министр встретился с Премьером Госсовета КНР Ли Цяном.")
    assert found["Цян"].data["person"]["given"] == "Ли"
    assert found["Цян"].data["position"] == "Премьер Госсовета КНР"
    found = people("Посол встретился с Послом Республики Корея Кан Мин Гуком.")
    person = found["Гук"].data["person"]
    assert (person["given"], person["patronymic"]) == ("Кан", "Мин")


def test_a_dash_between_two_posts_of_one_person_keeps_both():
    found = people("Сопредседатель комиссии, первый заместитель Премьер-министра — министр финансов "
                   "Республики Саха Павел Семенов отметил рост поставок.")
    assert found["Семенов"].data["position"] == (
        "Первый заместитель Премьер-министра — министр финансов Республики Саха"
    )
    found = people("Заместитель губернатора — руководитель представительства области Анна Орлова открыла форум.")
    assert found["Орлова"].data["position"].startswith("Заместитель губернатора — руководитель")
    # a dash that opens a clause is no double post
    found = people("Главное — результат, отметил министр экономики Республики Саха Павел Семенов.")
    assert found["Семенов"].data["position"] == "Министр экономики Республики Саха"
