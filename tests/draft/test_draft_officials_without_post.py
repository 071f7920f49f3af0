"""People the release names with no post: drafted with the post to fill in, marked guess
(«— заметила Марина Сорокина», «при Луисе Гомесе»; a foreign head of state known by name,
«при Уго Чавесе», holds his post), never in an oblique case taken for a
nominative («визит Евгения Петрова» might be a woman's name: left out), never a name
inside a thing's («парк имени Башира Рамеева») or in quotes. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from memogen.draft.names import read_alone
from memogen.draft.parties import NO_POST, find_partner, officials


def drafted(*sentences: str) -> dict[tuple[str, str], object]:
    said = list(sentences)
    return {(o.data["person"]["given"], o.data["person"]["surname"]): o for o in officials(said, find_partner(said))}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("«Спрос на белорусскую технику растёт», — заметила Марина Сорокина, чья фирма торгует тракторами.",
         ("Марина", "Сорокина")),
        ("Дилер Олег Васнецов уверен, что продажи вырастут.", ("Олег", "Васнецов")),
        ("При Луисе Гомесе торговля с Венесуэлой была вдвое больше.", ("Луис", "Гомес")),
        ("По словам Ирины Гончаровой, поставки мебели удвоились.", ("Ирина", "Гончарова")),
        ("Как рассказал по приезде в Минск Александр Гусев, спрос растёт.", ("Александр", "Гусев")),  # a town too
    ],
)
def test_a_person_named_with_no_post_is_drafted_to_complete(sentence, name):
    found = drafted("Беларусь и Хабаровский край развивают торговлю.", sentence)
    assert name in found, list(found)
    item = found[name]
    assert item.data["position"] == NO_POST
    assert item.mark == "guess"


@pytest.mark.parametrize(
    "sentence",
    [
        "Гости побывали в парке имени Юрия Гагарина и на заводе.",
        "Белорусские тракторы продаёт магазин «Иван Поддубный» в центре города.",
        "Стороны обсудили визит Евгения Петрова в Астану.",  # a man's genitive or a woman's nominative
        "Делегация встретила Вениамина Кондратьева в аэропорту.",
        "Фото Андрея Смирнова.",
        "Корреспондент — Ольга Белова.",
        "Автор: Игорь Климов.",
    ],
)
def test_no_person_is_drafted_where_the_name_is_a_things_or_its_case_is_unknown(sentence):
    found = drafted("Беларусь и Казахстан развивают торговлю.", sentence)
    assert not any(item.data["position"] == NO_POST for item in found.values()), list(found)


def test_a_person_named_with_a_post_elsewhere_keeps_the_post():
    found = drafted("Беларусь и Казахстан развивают торговлю.",
                    "Министр торговли Казахстана Арман Шаккалиев прибыл в Минск.",
                    "Арман Шаккалиев отметил рост поставок.")
    assert found[("Арман", "Шаккалиев")].data["position"] != NO_POST


@pytest.mark.parametrize(
    ("words", "given", "surname"),
    [
        (["Лариса", "Ковалёва"], "Лариса", "Ковалёва"),
        (["Уго", "Чавесе"], "Уго", "Чавес"),
        (["Ирины", "Гончаровой"], "Ирина", "Гончарова"),
        (["Олегом", "Васнецовым"], "Олег", "Васнецов"),
        (["Марина", "Сорокина"], "Марина", "Сорокина"),
        (["Александра", "Турчина"], "Александр", "Турчин"),  # the dictionary: far likelier a man's genitive
    ],
)
def test_a_name_alone_is_read_in_the_case_its_first_name_shows(words, given, surname):
    name = read_alone(words)
    assert (name.given, name.surname) == (given, surname)


@pytest.mark.parametrize("words", [["Евгения", "Петрова"], ["Вениамина", "Кондратьева"]])
def test_a_name_alone_that_reads_two_ways_is_none(words):
    assert read_alone(words) is None
