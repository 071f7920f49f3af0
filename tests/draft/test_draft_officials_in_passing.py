"""Officials a release names in passing: in a list of participants, as «его казахстанский
коллега» of the person before, with a surname the dictionary also reads as a verb, and a
man whose first name the dictionary gives a woman, told by his verb. Sentences written for
these tests."""

from __future__ import annotations

from memogen.draft.parties import NO_POST, find_partner, officials


def drafted(sentence: str) -> dict[str, object]:
    said = [sentence]
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


def test_each_person_of_a_list_of_participants_takes_the_post_before_them():
    found = drafted(
        "Со стороны Беларуси в заседании участвовали министр экономики Юрий Чеботарь, министр "
        "сельского хозяйства Сергей Бартош и посол Кубы Хуан Перес."
    )
    assert found["Чеботарь"].data["position"].startswith("Министр экономики")  # «чеботарь» is a verb too
    assert found["Бартош"].data["position"].startswith("Министр сельского хозяйства")
    assert found["Перес"].data["side"] == "partner"


def test_a_colleague_named_by_a_states_adjective_holds_the_post_of_the_person_before():
    found = drafted("В мероприятии участвовали глава МИД Беларуси Максим Рыженков и его казахстанский "
                    "коллега Мурат Нуртлеу.")
    colleague = found["Нуртлеу"]
    assert colleague.data["position"] == "Глава МИД Республики Казахстан"
    assert colleague.data["side"] == "partner" and colleague.mark == "check"
    found = drafted("Министр промышленности Республики Беларусь Александр Рогожник провёл переговоры со своим "
                    "узбекским коллегой Лазизом Кудратовым.")
    assert found["Кудратов"].data["person"]["given"] == "Лазиз"  # read in the instrumental of «коллегой»
    assert found["Кудратов"].data["position"] == "Министр промышленности Республики Узбекистан"


def test_colleagues_of_no_one_state_are_no_officials():
    found = drafted("Губернатор области Иван Петров и его зарубежные коллеги Сергей Сидоров.")
    assert found["Сидоров"].data["position"] == NO_POST  # no post of his: the analyst writes it


def test_a_verb_overrules_a_gender_read_from_the_first_name_alone():
    official = drafted("Президент Французской Республики Эммануэль Макрон заявил, что визит состоится.")["Макрон"]
    assert official.data["person"]["cases"]["genitive"] == "Эммануэля Макрона"
    assert official.mark == "check" and any("a man's name" in note for note in official.notes)


def test_a_surname_that_tells_the_gender_is_not_overruled():
    official = drafted("Министр Анна Кравцова заявил о росте поставок.")["Кравцова"]
    assert "cases" not in official.data["person"]


def test_a_colleague_in_the_next_sentence_holds_the_post_of_the_person_named_last():
    said = ["Премьер-министр Беларуси Олег Петров принял министра торговли Казахстана Айдоса Нурланова.",
            "Гость пробудет в Минске два дня: в программе также переговоры с белорусским коллегой Иваном Лапко."]
    found = {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}
    assert found["Лапко"].data["position"] == "Министр торговли Республики Беларусь"
    assert found["Лапко"].data["side"] == "ours"
