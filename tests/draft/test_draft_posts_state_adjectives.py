"""A post a state's adjective opens or qualifies («российский вице-премьер», «пресс-секретарь
российского президента», «белорусский посол в …», «казахстанский министр торговли») names
that state after the post and its complement, as an official document writes it, and the
official's side follows the state; a post that names its state already, and an adjective of
a city or region, stay (issue #10). Sentences written for these tests."""

from __future__ import annotations

import pytest

from memogen.draft import sentences
from memogen.draft.parties import find_partner, officials, state_of_adjective


def drafted(text: str) -> tuple[str, str]:
    said = sentences(text)
    [official] = officials(said, find_partner(said))
    return official.data["position"], official.data["side"]


@pytest.mark.parametrize(
    ("word", "state"),
    [("российский", "Россия"), ("казахстанского", "Казахстан"), ("узбекскому", "Узбекистан"),
     ("кыргызский", "Кыргызстан"), ("турецкий", "Турция"), ("белорусским", "Беларусь"),
     ("китайской", "Китай"), ("московский", None), ("гродненского", None), ("экономический", None)],
)
def test_an_adjective_of_nationality_names_its_state(word, state):
    assert state_of_adjective(word) == state


def test_a_post_opened_by_a_state_adjective_names_the_state_after_it():
    position, side = drafted("Торговлю Беларуси и Армении обсудил армянский министр экономики Ашот Саргсян.")
    assert (position, side) == ("Министр экономики Республики Армения", "partner")


def test_an_ambassador_named_by_our_adjective_is_ours_in_the_state_he_serves():
    position, side = drafted("Белорусский посол в Киргизии Пётр Зайцев рассказал о поставках тракторов.")
    assert position.startswith("Посол Республики Беларусь в ")
    assert side == "ours"


def test_a_state_adjective_inside_a_post_names_the_state_after_its_noun():
    position, _ = drafted("Об этом сообщил пресс-секретарь турецкого президента Мехмет Озтюрк.")
    assert position == "Пресс-секретарь президента Турецкой Республики"


def test_a_post_naming_its_state_and_a_city_adjective_stay():
    assert drafted("Выступил директор минского завода Пётр Зайцев.")[0] == "Директор минского завода"
    position, _ = drafted("Выступил армянский министр экономики Армении Ашот Саргсян.")
    assert "армянский" in position.lower()


def test_a_state_adjective_of_the_body_in_a_post_names_the_state_after_the_body():
    position, side = drafted("Переговоры провёл глава турецкого правительства Мехмет Озтюрк.")
    assert position == "Глава правительства Турецкой Республики" and side == "partner"
    position, side = drafted("Об этом сказал глава белорусского МИД Пётр Зайцев.")
    assert position.startswith("Глава МИД Республики Беларусь") and side == "ours"
