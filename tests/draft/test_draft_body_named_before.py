"""A post in a body named by its noun alone («Руководитель департамента», «начальник
управления») takes the side of that body where the release named it in full before
(issue #10): a region's own government or administration is the partner region's, a body of
Belarus ours; with no such mention the side stays a guess. Sentences written for these tests."""

from __future__ import annotations

from memogen.draft.parties import find_partner, officials


def side_of(*sentences: str, surname: str) -> tuple[str, list[str]]:
    partner = find_partner(list(sentences))
    found = {o.data["person"]["surname"]: o for o in officials(list(sentences), partner)}
    return found[surname].data["side"], found[surname].notes


def test_a_department_of_the_regions_government_named_before_is_the_partners():
    side, notes = side_of(
        "Смоленская область нарастила поставки в Беларусь, сообщили в управлении внешних связей областной "
        "администрации.", "Начальник управления Иван Сорокин назвал главные товары.", surname="Сорокин")
    assert side == "partner" and any("named before" in note for note in notes)


def test_a_department_named_before_with_the_region_by_name_is_the_partners():
    side, _ = side_of(
        "Данные привёл комитет по экономике Курской области.", "Курская область закупает технику.",
        "Председатель комитета Павел Гринёв ждёт роста торговли.", surname="Гринёв")
    assert side == "partner"


def test_a_department_of_a_belarusian_ministry_named_before_is_ours():
    side, _ = side_of(
        "Казахстан закупает белорусские тракторы, сообщили в департаменте внешнеэкономической деятельности "
        "Министерства сельского хозяйства Беларуси.", "Директор департамента Пётр Лосев назвал объёмы.", surname="Лосев")
    assert side == "ours"


def test_with_no_body_named_before_the_side_stays_a_guess():
    side, notes = side_of("Казахстан закупает белорусские тракторы.",
                          "Руководитель департамента Анна Белова назвала объёмы.", surname="Белова")
    assert side == "ours" and any("guess" in note for note in notes)
