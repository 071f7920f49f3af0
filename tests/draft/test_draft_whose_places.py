"""Whose trade a number is, and who the release's partner is: places named by the sentence's
structure (the drafter's rules of session eight, in our own words)."""

from __future__ import annotations

from drafted import partner_of


def test_a_hyphened_state_name_is_one_state() -> None:
    # «Шри-Ланка», «Коста-Рика»: a state named with a hyphen takes the votes its mentions give,
    # so a state named once in passing is not the partner
    partner = partner_of(
        "Делегация Шри-Ланки приехала в Минск.",
        "Для Шри-Ланки белорусский рынок почти не освоен, сказал министр.",
        "Среди поставщиков калия Беларусь третья после Канады.",
    )
    assert partner.name.endswith("Шри-Ланка")
    assert partner.kind == "country"


def test_a_hyphened_pair_still_names_each_state() -> None:
    partner = partner_of("Форум «Беларусь-Китай» открылся в Минске.", "Китай закупает белорусские удобрения.")
    assert partner.name == "Китайская Народная Республика"
