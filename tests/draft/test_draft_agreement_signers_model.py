"""Who signs a document and what its sentence says of it (issue #10): a document named by its
noun alone is one when two bodies sign it, a government among them; a district's adjective
that the dictionary also reads as a surname names no person; «исполнительный комитет» names
a body, no document being carried out; a document «подписывается» at the event told of is
signed. Sentences written for these tests; their bodies and documents are invented."""

from __future__ import annotations

import datetime as dt

from memogen.draft.items import agreements

RELEASE = dt.date(2024, 5, 20)


def _drafted(sentence: str) -> list[tuple[str, str]]:
    return [(a.data["title"], a.data["status"]) for a in agreements([sentence], RELEASE)]


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
