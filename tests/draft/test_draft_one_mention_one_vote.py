"""The partner and sides, three more general readings (issue #10): a state named with its
form («Республику Камбоджу», «Султаната Оман») counts as that one mention, not once more by
its short name, so a release about a visit to one state that names the next stop by its
form is still about the first; a post naming a region by the first part of its official
name writes the whole of it («губернатор Кемеровской области» → «… — Кузбасса»); a body
of the whole state named by an adjective in «все-» («Всекитайского собрания») is that
state's. Sentences written for these tests."""

from __future__ import annotations

from tests.draft.drafted import partner_of

from memogen.draft.parties import _region_in_full, officials


def test_a_state_named_with_its_form_counts_once():
    partner = partner_of(
        "Министр иностранных дел начал визит во Вьетнам.",
        "В ходе визита во Вьетнам подпишут документы о сотрудничестве Беларуси и Вьетнама.",
        "Затем министр посетит Республику Камбоджу, где в Камбодже откроют сборку тракторов.",
    )
    assert partner.name == "Социалистическая Республика Вьетнам"


def test_the_fullest_name_still_wins_when_the_release_names_one_state():
    partner = partner_of("Делегация Республики Армения прибыла в Минск.", "Армения закупит технику.")
    assert partner.name == "Республика Армения"


def test_a_post_names_the_partner_region_by_its_whole_official_name():
    sentences = [
        "Губернатор Кемеровской области Илья Беляков встретился с послом Беларуси.",
        "Кузбасс поставляет в Беларусь уголь.",
    ]
    partner = partner_of(*sentences)
    found = {o.data["person"]["surname"]: o.data["position"] for o in officials(sentences, partner)}
    assert found["Беляков"] == "Губернатор Кемеровской области — Кузбасса"
    # a post that already names the whole never takes the second name twice
    whole = "Губернатор Кемеровской области — Кузбасса"
    assert _region_in_full(whole, partner) == whole


def test_a_body_of_the_whole_state_named_by_its_adjective_is_that_state_s():
    sentences = [
        "Беларусь и Китай расширяют сотрудничество, Китай закупает калий.",
        "Премьер-министр встретился с председателем Постоянного комитета Всекитайского собрания народных "
        "представителей Ли Минем.",
    ]
    partner = partner_of(*sentences)
    found = {o.data["person"]["surname"]: o.data["side"] for o in officials(sentences, partner)}
    assert found["Минь"] == "partner"
