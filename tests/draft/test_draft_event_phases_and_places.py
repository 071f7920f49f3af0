"""Events read from the verb that governs their noun and from the place after it, in
sentences written for these tests: a verb of an event's phase («завершили», «начал»,
«ведут») makes its subject the event's holder as «провёл» does, a person's only; «стартуют»
tells an event under way; a state's name after «в Республике» stays whole; a speaker's
«мы» names no holder; a working group «по развитию сотрудничества» with no sides gets both."""

from __future__ import annotations

import datetime as dt

import pytest

from memogen.draft.items import events
from memogen.draft.parties import Partner

_DAY = dt.date(2024, 4, 10)
_TOMSK = Partner("Томская область", "region", "Российская Федерация", ("томск",))


def _what(sentence: str, partner: Partner | None = None) -> list[str]:
    return [e.data["what"] for e in events([sentence], _DAY, {}, partner)]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Президенты Беларуси и Перу Иван Петров и Хуан Гарсиа завершили переговоры в Лиме.",
         "Переговоры Президентов Беларуси и Перу"),
        ("Министры иностранных дел Беларуси и Перу ведут переговоры в Минске.",
         "Переговоры Министров иностранных дел Беларуси и Перу"),
    ],
)
def test_a_phase_verbs_subject_holds_the_talks(sentence, what):
    assert _what(sentence) == [what]


def test_a_thing_as_a_phase_verbs_subject_holds_no_event():
    assert _what("После ремонта зал начнут готовить к открытию выставки.") == []


def test_days_that_start_are_under_way_and_keep_the_states_name():
    said = "Завтра в Минске стартуют Дни культуры Томской области в Республике Беларусь."
    assert _what(said) == ["Дни культуры Томской области в Республике Беларусь"]


def test_a_speakers_we_is_no_holder_of_a_meeting():
    said = "И на встрече с президентом, и во время беседы с министром Иваном Петровым мы говорили о торговле."
    drafted = _what(said)
    assert drafted and not any(" мы" in what or "Петров" in what for what in drafted)


def test_a_working_group_for_developing_cooperation_gets_both_sides():
    said = "10 апреля прошло совместное заседание рабочей группы по развитию сотрудничества."
    assert _what(said, _TOMSK) == [
        "Совместное заседание рабочей группы по развитию сотрудничества Беларуси и Томской области"
    ]


def test_a_noun_the_dictionary_also_reads_as_an_adjective_takes_its_genitives():
    # «главой» reads first as a noun: the name goes on over what it is the head of
    said = "12 апреля министр провёл переговоры с главой администрации Томской области."
    assert _what(said) == ["Переговоры министра с главой администрации Томской области"]
    said = "Об этом губернатор заявил 12 апреля на встрече с главой российского региона."
    assert _what(said, _TOMSK) == ["Встреча губернатора с главой Томской области"]


def test_an_event_said_to_go_on_is_told():
    said = "Визит правительственной делегации Беларуси в Перу продолжается."
    assert _what(said) == ["Визит правительственной делегации Беларуси в Перу"]
