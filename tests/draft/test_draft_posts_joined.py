"""A person holding two posts named one after the other with a comma («заместитель
Премьер-министра, министр иностранных дел …») keeps both, each in the nominative; a
clause or a role at the event before a comma is no post. The chambers of Belarus's
parliament named short are named in full. Sentences written for these tests."""

from __future__ import annotations

from memogen.draft.parties import find_partner, officials


def drafted(*sentences: str) -> dict[str, object]:
    said = list(sentences)
    return {o.data["person"]["surname"]: o for o in officials(said, find_partner(said))}


def test_two_posts_joined_by_a_comma_are_both_kept():
    found = drafted("Беларусь и Индонезия развивают торговлю.",
                    "Переговоры провели заместитель Премьер-министра, министр торговли Индонезии Будди Сантосо "
                    "и белорусская делегация.")
    assert found["Сантосо"].data["position"] == (
        "Заместитель Премьер-министра, министр торговли Республики Индонезия"
    )


def test_posts_in_an_oblique_case_go_to_the_nominative_each():
    found = drafted("Беларусь и Индонезия развивают торговлю.",
                    "Делегация встретилась с первым заместителем министра промышленности, председателем "
                    "совета директоров Индонезии Агусом Гумивангом.")
    assert found["Гумиванг"].data["position"].startswith(
        "Первый заместитель министра промышленности, председатель совета директоров"
    )


def test_a_clause_before_a_comma_is_no_post():
    found = drafted("Беларусь и Индонезия развивают торговлю.",
                    "Выступая в Палате представителей, министр торговли Индонезии Будди Сантосо назвал цифры.")
    assert found["Сантосо"].data["position"] == "Министр торговли Республики Индонезия"


def test_a_role_at_the_event_before_a_comma_is_no_post():
    found = drafted("Беларусь и Индонезия развивают торговлю.",
                    "Сопредседатель комиссии, министр торговли Индонезии Будди Сантосо открыл заседание.")
    assert found["Сантосо"].data["position"] == "Министр торговли Республики Индонезия"
    found = drafted("Беларусь и Индонезия развивают торговлю.",
                    "В Джакарте выступил член делегации, министр торговли Индонезии Будди Сантосо.")
    assert found["Сантосо"].data["position"] == "Министр торговли Республики Индонезия"


def test_our_parliaments_chambers_named_short_are_named_in_full():
    found = drafted("Беларусь и Индонезия развивают торговлю.",
                    "В состав делегации вошёл член Совета Республики, ректор БГУ Андрей Король.")
    assert found["Король"].data["position"] == (
        "Член Совета Республики Национального собрания Республики Беларусь, ректор БГУ"
    )
    found = drafted("Беларусь и Индонезия развивают торговлю.",
                    "Джакарту посетил заместитель председателя Палаты представителей Валерий Мицкевич.")
    assert found["Мицкевич"].data["position"] == (
        "Заместитель председателя Палаты представителей Национального собрания Республики Беларусь"
    )


def test_a_post_shared_by_the_two_states_names_neither_state_as_both():
    found = drafted("Беларусь и Армения обсудили торговлю.",
                    "Министры экономики двух стран Анна Орлова и Ашот Саргсян подписали дорожную карту.",
                    "Главы правительств обеих стран Пётр Зайцев и Армен Петросян провели переговоры.")
    assert "двух стран" not in found["Орлова"].data["position"]
    assert found["Орлова"].data["position"].startswith("Министр экономики")
    assert found["Саргсян"].data["position"].startswith("Министр экономики")
    assert found["Зайцев"].data["position"].startswith("Глава правительства")
    assert "обеих" not in found["Петросян"].data["position"]


def test_a_shared_post_of_a_plural_chamber_is_each_ones_chamber_in_the_singular():
    found = drafted("Беларусь и Армения подписали соглашение в присутствии председателей нижних палат "
                    "парламентов Беларуси и Армении Петра Зайцева и Ашота Саргсяна.")
    assert found["Зайцев"].data["position"].startswith("Председатель нижней палаты парламента")
    assert found["Саргсян"].data["position"].startswith("Председатель нижней палаты парламента")
