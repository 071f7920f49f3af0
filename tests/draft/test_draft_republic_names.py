"""Russia's republics whose official name is not «Республика» and one noun (issue #10):
a release calls them by a noun of their own («Якутия», «Чувашия», «Алания», «Тува»), by
their official name with a second name in brackets or a dash («Республика Саха
(Якутия)», «Республика Северная Осетия — Алания») or by an adjective («Кабардино-Балкарская
Республика»); each is one partner named as the Constitution names it, and a post naming
it is the partner's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.draft.drafted import partner_of

from memogen.draft import sides
from memogen.draft.parties import officials


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Делегация Якутии прибыла в Минск на переговоры.",
          "Якутия закупает в Беларуси тракторы и автобусы, а поставляет алмазы."], "Республика Саха (Якутия)"),
        (["Белорусские грузовики хорошо знают в Республике Саха (Якутия).",
          "Товарооборот с республикой за год вырос на 20 %."], "Республика Саха (Якутия)"),
        (["С Удмуртией Беларусь связывает давняя кооперация машиностроителей.",
          "В Удмуртии работает сборка белорусских лифтов."], "Удмуртская Республика"),
        (["Премьер-министр Беларуси принял делегацию Северной Осетии.",
          "Республика Северная Осетия — Алания заинтересована в белорусской технике."],
         "Республика Северная Осетия — Алания"),
        (["Кабардино-Балкарская Республика и Минская область подписали план мероприятий.",
          "Кабардино-Балкария получит партию белорусских автобусов."], "Кабардино-Балкарская Республика"),
        (["Поставки в Туву белорусских тракторов выросли вдвое.",
          "Руководство Тувы побывало на выставке в Минске."], "Республика Тыва"),
        (["Правительство Республики Марий Эл провело встречу с белорусскими экспортёрами.",
          "Марий Эл готова закупать белорусскую технику."], "Республика Марий Эл"),
    ],
)
def test_a_republic_named_in_another_way_is_one_partner_by_its_official_name(sentences, name):
    partner = partner_of(*sentences)
    assert (partner.name, partner.kind, partner.country) == (name, "region", "Российская Федерация")


def test_the_partner_republic_is_recognised_by_its_adjective_and_noun_alike():
    partner = partner_of("Якутия наращивает закупки белорусской продукции.", "Якутские алмазы идут в Беларусь.")
    assert sides.partner_named("якутские партнёры", partner.stems)
    assert sides.partner_named("в Якутии", partner.stems)
    assert not sides.partner_named("поставки сахара", partner.stems)


def test_sugar_is_no_republic():
    assert sides.russian_republics("Экспорт сахара и Сахара вырос") == []


@pytest.mark.parametrize(
    ("sentences", "person", "position"),
    [
        (["Глава Якутии Иван Сидоров встретился с послом Беларуси в России.",
          "Якутия заинтересована в белорусских автобусах."], "Сидоров", "Глава Республики Саха (Якутия)"),
        (["Делегацию Беларуси принял Глава Чувашии Пётр Смирнов.",
          "Чувашия и Беларусь договорились о поставках."], "Смирнов", "Глава Чувашской Республики"),
    ],
)
def test_a_head_named_by_the_republics_noun_is_the_partners(sentences, person, position):
    partner = partner_of(*sentences)
    found = {o.data["person"]["surname"]: o for o in officials(sentences, partner)}
    assert found[person].data["side"] == "partner"
    assert found[person].data["position"] == position


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Правительство КБР и белорусские машиностроители подписали план поставок.",
          "Глава КБР пригласил белорусов на выставку."], "Кабардино-Балкарская Республика"),
        (["Делегация РСО – Алания побывала на МАЗе.", "В РСО – Алания ждут белорусские автобусы."],
         "Республика Северная Осетия — Алания"),
    ],
)
def test_a_republic_named_by_its_initials_is_the_partner(sentences, name):
    assert partner_of(*sentences).name == name


def test_a_republics_capital_paired_with_ours_is_the_republics():
    partner = partner_of("Между Минском и Якутском тысячи километров.", "Якутия закупает белорусские самосвалы.",
                         "Делегация Якутии прибудет в Минск осенью.")
    assert partner.name == "Республика Саха (Якутия)"
