"""Companies read from sentences written for these tests: a business form named once in
the plural for a list of names in quotes, a plant's vehicles named in the plural, and what
is no company (the opening words of a longer name in quotes, an inscription on a memorial,
an event's own name in quotes)."""

from __future__ import annotations

from memogen.draft.parties import companies


def _companies(text: str) -> dict[str, str | None]:
    return {c.data["name"]: c.data.get("legal_form") for c in companies([text], None)}


def test_a_plural_form_is_each_listed_names_own():
    assert _companies("В выставке участвуют холдинги «Белавтомаз», «Амкодор» и «Горизонт».") == {
        "Белавтомаз": "холдинг", "Амкодор": "холдинг", "Горизонт": "холдинг",
    }
    assert _companies("Среди организаторов — министерства, концерны «Беллегпром» и «Белнефтехим».") == {
        "Беллегпром": "концерн", "Белнефтехим": "концерн",
    }


def test_a_plants_vehicles_in_the_plural_name_the_plant():
    assert set(_companies("На дорогах страны работают белорусские МАЗы и БелАЗы.")) == {"МАЗ", "БелАЗ"}


def test_the_opening_words_of_a_longer_name_in_quotes_are_no_company_of_their_own():
    assert _companies("Линию откроют на ТОО «Механический завод Бел-Агро» в Павлодаре.") == {
        "Механический завод Бел-Агро": "ТОО"
    }


def test_an_inscription_or_an_events_own_name_is_no_company():
    assert _companies("Делегация возложила цветы к мемориальной плите «Брест».") == {}
    assert _companies("В Казани прошёл семинар «Школа экспортёра».") == {}
