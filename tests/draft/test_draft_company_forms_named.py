"""A company's business form as the release names it before its name in quotes: «фирма»,
«компания» (in any case, in the nominative), with a capitalised adjective that is part of
it («Производственная компания»), never a noun the form depends on («руководством
концерна»). And a release that names no place but a plant named for a Russian region is
about that region. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.draft.drafted import partner_of

from memogen.draft.parties import companies


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Сборку ведёт фирма «Техносила» из Минска.", ("Техносила", "фирма")),
        ("Договор заключён с компанией «Агроснаб».", ("Агроснаб", "компания")),
        ("По данным торговой компании «Полюс», спрос растёт.", ("Полюс", "компания")),
        ("Инвестиционная компания «Вектор» откроет склад.", ("Вектор", "Инвестиционная компания")),
        ("Делегация встретилась с руководством концерна «Белнефтехим».", ("Белнефтехим", "концерн")),
        ("Гостей принял директор холдинга «Амкодор».", ("Амкодор", "холдинг")),
    ],
)
def test_the_business_form_a_release_names_a_company_by(sentence, found):
    assert [(c.data["name"], c.data.get("legal_form")) for c in companies([sentence], None)] == [found]


def test_a_release_about_a_plant_named_for_a_region_is_about_that_region():
    partner = partner_of(
        "Курганский машиностроительный завод отгрузит в Беларусь партию машин.",
        "Первые машины уже в пути, остальные уйдут до осени.",
    )
    assert (partner.name, partner.kind, partner.country) == ("Курганская область", "region", "Российская Федерация")
