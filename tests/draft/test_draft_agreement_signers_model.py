"""Who signs a document and what its sentence says of it (issue #10): a document named by its
noun alone is one when two bodies sign it, a government among them; a district's adjective
that the dictionary also reads as a surname names no person; «исполнительный комитет» names
a body, no document being carried out; a document «подписывается» at the event told of is
signed. Sentences written for these tests; their bodies and documents are invented."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.draft.drafted import agreements_of

from memogen.draft.items import agreements

RELEASE = dt.date(2024, 5, 20)


_drafted = partial(agreements_of, RELEASE)


def test_a_bare_noun_signed_by_a_government_and_a_plant_is_a_document():
    said = "Правительство Курганской области и Бобруйский машиностроительный завод заключили соглашение."
    assert _drafted(said) == [
        ("Соглашение между Правительством Курганской области и Бобруйским машиностроительным заводом", "signed")
    ]


def test_a_bare_noun_signed_by_persons_is_still_no_document():
    said = "Губернатор и директор завода подписали соглашение."
    assert _drafted(said) == []


def test_a_bare_noun_with_no_signers_is_no_document():
    assert _drafted("Соглашение было подписано в конце встречи.") == []


def test_a_districts_adjective_read_also_as_a_surname_names_a_body():
    said = ("Оршанский райисполком и Батыревский муниципальный округ Чувашской Республики подписали "
            "соглашение о побратимстве.")
    assert _drafted(said) == [
        ("Соглашение о побратимстве между Оршанским райисполкомом и Батыревским муниципальным округом "
         "Чувашской Республики", "signed")
    ]


def test_an_executive_committees_name_carries_nothing_out():
    said = ("Для региона важен договор с Витебским областным исполнительным комитетом, который "
            "подписывается сегодня на форуме.")
    assert _drafted(said) == [("Договор с Витебским областным исполнительным комитетом", "signed")]


def test_a_document_carried_out_is_still_in_force():
    said = "Стороны исполняют соглашение о сотрудничестве в области туризма."
    assert _drafted(said) == [("Соглашение о сотрудничестве в области туризма", "in_force")]


def test_a_signing_set_for_later_is_planned():
    said = "На форуме запланированы переговоры и подписание ряда документов о сотрудничестве."
    assert _drafted(said) == [("Документы о сотрудничестве", "planned")]


def test_a_signing_expected_is_planned():
    said = "Ожидается подписание соглашения о взаимном признании дипломов."
    assert _drafted(said) == [("Соглашение о взаимном признании дипломов", "planned")]


def test_things_planned_under_a_document_leave_it_in_force():
    said = "Работают и союзные программы: по ним выполнена половина запланированных мероприятий."
    assert _drafted(said) == [("Союзные программы", "in_force")]


def test_documents_that_bind_the_sides_are_in_force():
    said = "Область и провинцию объединяют три соглашения о сотрудничестве в образовании."
    assert [status for _, status in _drafted(said)] == ["in_force"]


def test_a_document_talked_over_is_planned():
    said = "Вчера министры обсуждали программу обменов студентами."
    assert _drafted(said) == [("Программа обменов студентами", "planned")]


def test_a_document_named_before_the_talk_is_planned():
    said = "План совместных действий в энергетике министры обсудят в Гродно."
    assert _drafted(said) == [("План совместных действий в энергетике", "planned")]


def test_a_talk_of_taking_part_in_a_programme_drafts_no_document():
    said = "Стороны обсудили возможность белорусских фирм участвовать в национальной программе жилья."
    assert _drafted(said) == []


def _all(*said: str) -> list[str]:
    return [a.data["title"] for a in agreements(list(said), RELEASE)]


def test_a_document_named_in_full_then_by_its_first_words_is_drafted_once():
    assert _all(
        "Подписан договор о дружбе между Оршей и Вязьмой.",
        "Вчера мэр и председатель райисполкома подписали договор о дружбе.",
    ) == ["Договор о дружбе между Оршей и Вязьмой"]


def test_a_headline_naming_a_document_by_its_first_words_is_the_bodys_document():
    assert _all(
        "Города подписали меморандум о партнёрстве",
        "Меморандум о партнёрстве в туризме и спорте подписан сегодня в ратуше.",
    ) == ["Меморандум о партнёрстве в туризме и спорте"]


def test_a_document_with_sides_of_its_own_is_another_one():
    assert _all(
        "Облисполком подписал соглашение о сотрудничестве с агентством спорта края.",
        "Кроме того, соглашение о сотрудничестве подписано между заводом и его российским поставщиком.",
    ) == ["Соглашение о сотрудничестве с агентством спорта края", "Соглашение о сотрудничестве"]


def test_documents_told_late_in_the_release_are_left_apart():
    later = ["Вступление.", "Подробности.", "Ещё подробности."]
    assert _all(
        *later,
        "Министры подписали меморандум о сотрудничестве полиции двух стран.",
        "Затем меморандум о сотрудничестве подписали министры промышленности.",
    ) == ["Меморандум о сотрудничестве полиции двух стран", "Меморандум о сотрудничестве"]


def test_an_executive_committee_named_in_full_after_with_is_our_side():
    from tests.draft.drafted import partner_of

    from memogen.draft.signers import name_sides

    said = ["Для края важен договор с Витебским областным исполнительным комитетом, который подписывается сегодня.",
            "Тверская область поставляет лён, Тверская область растёт."]
    found = agreements(said, RELEASE)
    name_sides(found, said, ("Витебская область", "region"), partner_of(*said))
    assert [a.data["title"] for a in found] == ["Договор Тверской области с Витебским областным исполнительным комитетом"]


def test_a_word_read_first_as_an_adverb_is_a_noun_after_with():
    said = "Область подписала соглашения о сотрудничестве с рядом районов Псковской области."
    assert _drafted(said) == [("Соглашения о сотрудничестве с рядом районов Псковской области", "signed")]
