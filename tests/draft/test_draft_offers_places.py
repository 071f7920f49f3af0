"""The place an offer names by a common noun («в регион», «в крае», «у себя») is the
partner: its name is written in, in the same case, where the noun fits the partner and, for
«у себя», the partner is the sentence's subject. The sentences were written for these tests
(their places and companies are invented)."""

from __future__ import annotations

from memogen.draft.model import Item
from memogen.draft.offers import name_the_place
from memogen.draft.parties import Partner


def _named(action: str, sentence: str, name: str, kind: str, stems: tuple[str, ...]) -> str:
    item = Item({"action": action}, "guess", [], 0)
    partner = Partner(name=name, kind=kind, country=None, stems=stems)
    name_the_place([item], partner, [sentence])
    return item.data["action"]


def test_a_region_named_by_a_common_noun_is_the_partner():
    said = "Завод готов поставлять в регион снегоуборщики."
    assert _named("Поставлять в регион снегоуборщики", said, "Курганская область", "region", ("курганск",)) == (
        "Поставлять в Курганскую область снегоуборщики"
    )
    assert _named("Открыть в крае склад запчастей", "…", "Пермский край", "region", ("пермск",)) == (
        "Открыть в Пермском крае склад запчастей"
    )


def test_at_home_is_the_partner_only_when_the_partner_is_the_subject():
    said = "Курганская сторона берётся создать у себя сырный завод."
    assert _named("Создать у себя сырный завод", said, "Курганская область", "region", ("курганск",)) == (
        "Создать в Курганской области сырный завод"
    )
    assert _named("Создать у себя сырный завод", "Минск берётся создать у себя сырный завод.", "Курганская область",
                  "region", ("курганск",)) == "Создать у себя сырный завод"


def test_a_noun_that_does_not_fit_the_partner_or_a_field_is_left():
    # in a state's release «в республику» may be ours
    assert _named("Поставлять в республику орехи", "…", "Кыргызская Республика", "country", ("кыргыз",)) == (
        "Поставлять в республику орехи"
    )
    assert _named("Работать вместе в области медицины", "…", "Курганская область", "region", ("курганск",)) == (
        "Работать вместе в области медицины"
    )


def test_there_pointing_back_to_the_partner_is_the_place_the_sentence_named():
    said = "Лида готова торговать в Гвинее, а также открыть там склад запчастей."
    assert _named("Открыть там склад запчастей", said, "Гвинейская Республика", "country", ("гвине",)) == (
        "Открыть в Гвинее склад запчастей"
    )
    # «там» after another place, or a place in another case, is left
    other = "Лида готова торговать в Гвинее и в Мали, а также открыть там склад запчастей."
    assert _named("Открыть там склад запчастей", other, "Гвинейская Республика", "country", ("гвине",)) == (
        "Открыть там склад запчастей"
    )
    into = "Лида готова поставлять технику в Гвинею и собирать там погрузчики."
    assert _named("Собирать там погрузчики", into, "Гвинейская Республика", "country", ("гвине",)) == (
        "Собирать там погрузчики"
    )
