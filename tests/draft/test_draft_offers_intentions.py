"""Proposals read by the grammar of intention: a word of intention, decision or need that an
infinitive completes, an intention and an offer in one sentence, an invitation to an event,
an offer stated twice, a quote's end; in sentences written for these tests (their places,
people and companies are invented)."""

from __future__ import annotations

import pytest

from memogen.draft.offers import proposals


def _actions(*sentences: str) -> list[str]:
    return [p.data["action"] for p in proposals(list(sentences))]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Принято решение наладить выпуск насосов в Гродно.", "Наладить выпуск насосов в Гродно"),
        ("Стороны намереваются вместе строить склады в порту.", "Вместе строить склады в порту"),
        ("Фирма «Орион» собирается открывать сервисные центры в регионе.", "Открывать сервисные центры в регионе"),
    ],
)
def test_a_word_of_intention_completed_by_an_infinitive_is_a_proposal(sentence, action):
    assert _actions(sentence) == [action]


@pytest.mark.parametrize(
    "sentence",
    [
        "Выставка должна пройти осенью в Бамако.",  # what is expected of a thing: no proposal
        "Первые машины планируется отправить до конца года.",  # the object stands before the verb
        "Правительство решило закрыть консульство в Лиме.",  # a decision told as done
    ],
)
def test_what_is_expected_of_a_thing_is_no_proposal(sentence):
    assert _actions(sentence) == []


def test_an_intention_and_an_offer_in_one_sentence_are_two_proposals():
    said = "Города собираются вместе развивать туризм, есть интерес к выпуску электробусов."
    assert _actions(said) == ["Выпуск электробусов", "Вместе развивать туризм"]


def test_an_invitation_to_an_event_proposes_taking_part_in_it():
    said = "Министр пригласил коллегу на ярмарку сельскохозяйственной техники, которая пройдёт в мае."
    assert _actions(said) == ["Участие в ярмарке сельскохозяйственной техники"]


def test_a_visit_intended_after_an_adverb_is_an_event_no_proposal():
    assert _actions("Он намеревается лично посетить выставку в Казани.") == []


def test_an_offer_stated_twice_is_drafted_once():
    said = "Областям необходимо переходить к выпуску общей техники."
    assert _actions(said, f"«{said}» — сказал губернатор.") == ["Переходить к выпуску общей техники"]


def test_a_quote_ends_at_its_closing_mark_whoever_speaks():
    said = "«Нашим заводам предложено строить вагоны», – уточнил заместитель министра."
    assert _actions(said) == ["Строить вагоны"]


def test_an_import_is_a_deed_one_is_interested_in():
    assert _actions("Кенийские фирмы заинтересованы в импорте белорусских шин.") == ["Импорт белорусских шин"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Стороны договорились поднять сотрудничество на ещё более высокий уровень.",
        "Губернатор предложил дальше развивать сотрудничество и выполнять совместные проекты.",
        # the object of the verb stands before it: «шаг вперёд», «которые»
        "Шаг вперёд стороны хотят сделать в медицине.",
        "Это товары, которые стороны хотели бы поставлять друг другу во встречной торговле.",
    ],
)
def test_an_action_naming_no_deed_of_its_own_is_none(sentence):
    assert _actions(sentence) == []


def test_an_infinitive_of_purpose_is_not_what_an_intention_governs():
    said = "Министры собираются вместе дважды в год, чтобы сверить ход работы."
    assert _actions(said) == []
    assert _actions("Стороны договорились о том, чтобы открыть склад в Бресте.") == ["Открыть склад в Бресте"]


def test_deeds_named_promising_after_a_dash_are_proposals():
    said = "Среди перспективных направлений — контейнерные перевозки по новому морскому маршруту."
    assert _actions(said) == ["Контейнерные перевозки по новому морскому маршруту"]


def test_an_invitation_passed_on_reads_past_whose_it_is_and_a_relative_clause():
    said = (
        "Ему передали приглашение министра торговли Перу, который возглавляет совет форума, принять участие "
        "в ярмарке в Лиме."
    )
    assert _actions(said) == ["Приглашение принять участие в ярмарке в Лиме"]
