"""A post the release gives apart from any name (issue #10): the one person named with no
post holds the head's post the release names, with whose it is, without a name after it
(«Пётр Зайцев отметил …» … «глава белорусского правительства»); never a post naming no
state (README convention 1), never when two people lack a post or the release gives another
post apart from a name that the person might hold instead. Sentences written for these tests."""

from __future__ import annotations

from memogen.draft import sentences
from memogen.draft.parties import NO_POST, find_partner, officials


def drafted(text: str) -> dict[str, tuple[str, str]]:
    said = sentences(text)
    return {o.data["person"]["surname"]: (o.data["position"], o.data["side"]) for o in officials(said, find_partner(said))}


def test_our_head_of_government_named_apart_gives_his_post():
    found = drafted("Пётр Зайцев напомнил, что Беларусь и Вьетнам дружат давно. "
                    "«Нам есть что предложить друг другу», — сказал глава белорусского правительства.")
    assert found["Зайцев"] == ("Глава правительства Республики Беларусь", "ours")


def test_a_post_titled_by_its_own_noun_is_preferred_to_a_head_of_a_body():
    found = drafted("Пётр Зайцев напомнил, что Беларусь и Вьетнам дружат давно. "
                    "«Нам есть что предложить друг другу», — сказал глава белорусского правительства. "
                    "Визит премьер-министра Беларуси в Ханой продлится два дня.")
    assert found["Зайцев"] == ("Премьер-министр Республики Беларусь", "ours")


def test_a_regions_governor_named_apart_gives_his_post():
    found = drafted("Губернатор Тверской области провёл встречу с белорусской делегацией. "
                    "Иван Кузнецов предложил расширить поставки тракторов.")
    assert found["Кузнецов"] == ("Губернатор Тверской области", "partner")


def test_no_post_naming_no_state_is_given():
    found = drafted("Иван Кузнецов принял делегацию Беларуси в Твери. "
                    "Глава правительства предложил расширить поставки тракторов.")
    assert found["Кузнецов"][0] == NO_POST


def test_no_post_is_given_when_another_post_stands_apart_too():
    found = drafted("Губернатор Тверской области встретился с послом Беларуси. "
                    "Иван Кузнецов обсудил с губернатором поставки тракторов.")
    assert found["Кузнецов"][0] == NO_POST


def test_no_post_is_given_when_two_people_lack_one():
    found = drafted("Губернатор Тверской области провёл встречу с белорусской делегацией. "
                    "Иван Кузнецов и Пётр Зайцев обсудили поставки тракторов.")
    assert found["Кузнецов"][0] == NO_POST and found["Зайцев"][0] == NO_POST
