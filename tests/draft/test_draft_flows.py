"""Whose exports and imports a sentence states, and whether it names a group of goods
(issue #10). Sentences written for these tests, about partners of every kind."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from tests.draft.drafted import figures_for, figures_read, stems_of

from memogen.draft.figures import Context
from memogen.draft.flows import FLOW, flow_before, read
from memogen.draft.model import supports

RELEASE = dt.date(2024, 9, 10)


def figures(*sentences: str, partner: str | None = None) -> list[dict]:
    return figures_for(RELEASE, partner, *sentences)


def flow(text: str, partner: str | None = None):
    at = text.index("млн") - 3
    word = flow_before(text, at)
    assert word is not None
    return read(text, word, at, partner, stems=stems_of(partner))


@pytest.mark.parametrize(
    "text, partner, ours",
    [
        ("Пензенская область экспортировала в Беларусь продукции на 12,5 млн долларов.", "Пензенская область", "imports"),
        ("Белорусские предприятия поставили в край товаров на 30 млн долларов.", "Алтайский край", "exports"),
        ("Импорт из Беларуси в край за полугодие составил 44 млн долларов.", "Алтайский край", "exports"),
        ("Ввоз из республики в область достиг 8 млн долларов.", "Пензенская область", "exports"),
        ("Белорусский экспорт в регион составил 61 млн долларов.", "Пензенская область", "exports"),
        ("Экспорт в Беларусь составил 19 млн долларов.", "Пензенская область", "imports"),
        ("Закупки края в Беларуси составили 9 млн долларов.", "Алтайский край", "exports"),
        ("Экспорт Беларуси в Монголию вырос до 15 млн долларов.", "Монголия", "exports"),
        ("Импорт из Монголии составил 3 млн долларов.", "Монголия", "imports"),
    ],
)
def test_the_direction_is_read_from_who_exports_to_whom(text, partner, ours):
    assert flow(text, partner).ours == ours


def test_a_republic_is_belarus_only_when_the_partner_is_none():
    assert flow("Ввоз из республики достиг 8 млн долларов.", "Республика Татарстан").ours == "imports"


@pytest.mark.parametrize(
    "text, label",
    [
        ("Экспорт сыров в Казахстан за полгода составил 35 млн долларов.", "экспорт сыров"),
        ("Поставки белорусских тракторов в Монголию выросли до 9 млн долларов.", "экспорт белорусских тракторов"),
        ("Область поставляет в Беларусь лесоматериалы и удобрения на 14 млн долларов.", "импорт лесоматериалов и удобрений"),
        ("Состоялась поставка омскому заводу станков «Гомсельмаш» на сумму 2 млн долларов.", "экспорт станков «Гомсельмаш»"),
        ("Экспорт белорусской продукции в область составил 70 млн долларов.", None),
        ("Экспорт товаров в Беларусь составил 70 млн долларов.", None),
        ("Экспорт предприятий края составил 70 млн долларов.", None),
    ],
)
def test_a_group_of_goods_is_a_product_and_all_goods_are_not(text, label):
    assert flow(text, "Омская область").label == label


def test_a_products_trade_is_drafted_as_a_product_never_as_all_exports():
    (f,) = figures("За январь–май экспорт мясной продукции в Армению составил 28,3 млн долларов.", partner="Республика Армения")
    assert (f["indicator"], f["label"], f["value"], f["period"]) == (
        "product", "экспорт мясной продукции", Decimal("28.3"), "2024-01..05"
    )


def test_growth_of_a_products_trade_without_an_amount():
    (f,) = figures("В первом полугодии поставки белорусского молока в Узбекистан выросли на 18 %.")
    assert (f["indicator"], f["label"], f["growth"]) == ("product", "экспорт белорусского молока", {"change": Decimal(18)})


@pytest.mark.skipif(not supports("FigureFact", "side"), reason="the facts model of this memogen has no `side`")
def test_the_partners_exports_are_drafted_with_side_partner_and_validate_as_our_imports():
    exports, compared = figures(
        "В январе–мае область экспортировала в Беларусь товаров на 5,2 млн долларов, а импорт из республики "
        "в три раза превысил экспорт и достиг 16 млн долларов.",
        partner="Пензенская область",
    )
    assert (exports["indicator"], exports["side"]) == ("exports", "partner")
    assert (compared["indicator"], compared["side"], compared["value"]) == ("imports", "partner", Decimal(16))


def test_a_flow_word_is_found_over_a_colon_but_not_past_a():
    text = "Согласованы поставки масла на 2025 год: они составят 12 тыс. тонн"
    assert flow_before(text, text.index("12")) is not None
    text = "Поставки выросли, а товарооборот составил 5 млн"
    assert flow_before(text, text.index("5 млн")) is None
    assert FLOW.search("Перед экспортёрами стоит задача") is None


@pytest.mark.parametrize(
    "text, partner, ours",
    [
        ("Экспорт Гомельской области в Китай составил 41 млн долларов.", "Китайская Народная Республика", "exports"),
        ("Поставки из Китая в область выросли до 12 млн долларов.", "Китайская Народная Республика", "imports"),
        ("Могилёвские предприятия поставили в Монголию техники на 6 млн долларов.", "Монголия", "exports"),
        ("Экспорт в область составил 7 млн долларов.", "Пензенская область", "exports"),
    ],
)
def test_belarus_s_regions_are_ours_and_a_bare_region_is_ours_when_the_partner_is_a_state(text, partner, ours):
    assert flow(text, partner).ours == ours


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт в Монголию за этот период увеличился до 9 млн долларов.",
        "Экспорт в условиях внешних ограничений составил 9 млн долларов.",
        "Поставки за счёт новых логистических маршрутов выросли до 9 млн долларов.",
        "Импорт в рамках межправительственного соглашения достиг 9 млн долларов.",
    ],
)
def test_what_a_preposition_governs_is_never_the_goods(text):
    """«за этот период», «в условиях ограничений», «за счёт маршрутов»: a preposition's
    noun and the genitives that noun governs are not the goods of the flow word."""
    assert flow(text, "Монголия").goods is None


def test_a_place_governs_no_genitive_so_goods_after_it_are_the_flows():
    assert flow("Поставки в Монголию сельхозтехники составили 9 млн долларов.", "Монголия").label == (
        "экспорт сельхозтехники"
    )


@pytest.mark.parametrize(
    "text, partner, ours",
    [
        ("Закупки белорусской продукции краем составили 12 млн долларов.", "Алтайский край", "exports"),
        ("Импорт белорусских товаров в Монголию достиг 12 млн долларов.", "Монголия", "exports"),
        ("Импорт монгольских товаров составил 12 млн долларов.", "Монголия", "imports"),
        ("Экспорт алтайской продукции составил 12 млн долларов.", "Алтайский край", "imports"),
    ],
)
def test_goods_of_our_making_bought_are_the_partners_imports(text, partner, ours):
    """An adjective of origin on the goods: what is exported is the maker's export, what
    is bought or imported is the other side's import."""
    assert flow(text, partner).ours == ours


@pytest.mark.parametrize(
    "sentence, indicator, side",
    [
        ("Экспорт рос второй год подряд: поставки в Китай в январе–мае достигли 14 млн долларов.", "exports", None),
        ("Товарооборот в январе–мае составил 40 млн долларов, а поставки из края в Беларусь — 14 млн.", "exports", "partner"),
        ("Товарооборот вырос, и в январе–мае область поставила в Беларусь товаров на 14 млн долларов.", "exports", "partner"),
    ],
)
def test_a_flow_word_nearer_to_the_amount_than_the_indicator_names_it(sentence, indicator, side):
    (*_, f) = figures(sentence, partner="Алтайский край")
    assert (f["indicator"], f.get("side"), f["value"]) == (indicator, side, Decimal(14))


def test_a_flow_word_of_cause_or_means_names_nothing():
    (f,) = figures("Экспорт в январе–мае благодаря поставкам зерна вырос до 14 млн долларов.", partner="Монголия")
    assert (f["indicator"], f["value"]) == ("exports", Decimal(14))


@pytest.mark.parametrize(
    "sentence, wanted",
    [
        (
            "В январе–мае товарооборот вырос на 9 %, а экспорт белорусской продукции — на 14 %.",
            [("turnover", Decimal(9)), ("exports", Decimal(14))],
        ),
        (
            "В первом полугодии экспорт увеличился на 5 %; импорт за тот же период сократился на 2 %.",
            [("exports", Decimal(5)), ("imports", Decimal(-2))],
        ),
        ("Во II квартале товарооборот вырос на 12 %, что на 3 % больше, чем кварталом ранее.", [("turnover", Decimal(12))]),
    ],
)
def test_each_indicator_named_in_a_sentence_without_amounts_takes_its_own_growth(sentence, wanted):
    got = [(f["indicator"], f["growth"]["change"]) for f in figures(sentence, partner="Монголия")]
    assert got == wanted


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("В 2023 году товарооборот молочной продукции вырос на 14 %.", "молочная продукция"),
        ("Товарооборот зерна и масличных культур составил 12 млн долларов.", "зерно и масличные культуры"),
        ("Торговля сельскохозяйственной техникой в 2023 году выросла на 9 %.", "сельскохозяйственная техника"),
        ("Объём взаимной торговли лекарственными средствами достиг 3 млн долларов.", "лекарственные средства"),
    ],
)
def test_trade_in_a_group_of_goods_is_a_product_with_its_group_as_label(sentence, label):
    (f,) = figures(sentence, partner="Монголия")
    assert (f["indicator"], f["label"]) == ("product", label)


@pytest.mark.parametrize(
    "sentence",
    [
        "Товарооборот области с республикой вырос на 14 %.",
        "Товарооборот двух стран в 2023 году составил 12 млн долларов.",
        "Товарооборот предприятий края вырос на 9 %.",
        "Товарооборот текущего года превысил 3 млн долларов.",
        "Товарооборот наших партнёров вырос на 9 %.",
    ],
)
def test_whose_trade_it_is_and_when_are_no_group_of_goods(sentence):
    (f,) = figures(sentence, partner="Алтайский край")
    assert f["indicator"] == "turnover"


def test_this_groups_trade_refers_to_the_group_named_before():
    first, second = figures(
        "В 2023 году товарооборот мясной продукции вырос на 20 %, а белорусский экспорт этой продукции — на 25 %.",
        partner="Монголия",
    )
    assert (first["label"], second["label"]) == ("мясная продукция", "экспорт мясной продукции")
    assert second["growth"]["change"] == Decimal(25)


def _read(sentence: str, partner: str):
    from memogen.draft.figures import read_sentence

    return read_sentence(sentence, 0, Context(RELEASE, partner=partner))


@pytest.mark.skipif(not supports("FigureFact", "side"), reason="the facts model of this memogen has no `side`")
@pytest.mark.parametrize(
    "sentence",
    [
        "В первом полугодии экспорт из Монголии вырос на 9 %, а импорт — на 4 %.",
        "В первом полугодии на экспорт из Монголии пришлось 9 млн долларов, на импорт — 4 млн долларов.",
    ],
)
def test_a_flow_with_no_owner_of_its_own_takes_the_owner_of_the_flow_before_it(sentence):
    exports, imports = _read(sentence, "Монголия")
    assert (exports.data["side"], imports.data["side"]) == ("partner", "partner")
    assert any("stated before it" in note for note in imports.notes)


@pytest.mark.parametrize("sentence", ["Экспорт вырос на 9 %.", "Импорт в первом полугодии составил 4 млн долларов."])
def test_a_flow_no_words_give_an_owner_is_drafted_as_ours_and_marked_for_review(sentence):
    (item,) = _read(sentence, "Монголия")
    assert item.mark == "check" and any("does not say whose flow" in note for note in item.notes)


@pytest.mark.parametrize(
    "text, partner, ours",
    [
        ("Закупки сельхозтехники в Беларуси выросли до 12 млн долларов.", "Монголия", "exports"),
        ("Закупки удобрений в Монголии составили 12 млн долларов.", "Монголия", "imports"),
        ("Экспорт в Беларуси по итогам года достиг 12 млн долларов.", "Монголия", "exports"),
        ("Импорт на Алтае составил 12 млн долларов.", "Алтайский край", "exports"),
    ],
)
def test_the_place_a_flow_is_in_owns_it_but_a_purchase_is_made_from_the_seller(text, partner, ours):
    """«в Беларуси» (prepositional case) is where the flow is, not where it goes: the
    owner of exports and imports, the seller of purchases."""
    assert flow(text, partner).ours == ours


@pytest.mark.parametrize(
    "text, side",
    [("Экспорт в Монголию составил 12 млн долларов.", "ours"), ("Импорт из Монголии составил 12 млн долларов.", "ours")],
)
def test_a_flow_to_or_from_the_partner_says_it_is_ours(text, side):
    got = flow(text, "Монголия")
    assert (got.side, got.said) == (side, True)


def test_a_group_referred_to_by_a_demonstrative_phrase_is_the_one_named_in_the_sentence_before():
    first, second, third = figures(
        "В 2023 году товарооборот рыбной продукции вырос на 20 %.",
        "В январе–июне товарооборот в этом сегменте увеличился ещё на 6 %.",
        "В этом году товарооборот вырос на 3 %.",
        partner="Монголия",
    )
    assert (first["label"], second["label"]) == ("рыбная продукция", "рыбная продукция")
    assert third["indicator"] == "turnover"


@pytest.mark.parametrize(
    "sentence, growth",
    [
        ("Рост экспорта транспортных услуг в первом полугодии составил 14 %.", {"change": Decimal(14)}),
        ("Темп роста импорта за январь–май составил 108,5 %.", {"index": Decimal("108.5")}),
    ],
)
def test_growth_named_before_what_grew_is_read(sentence, growth):
    (f,) = figures(sentence, partner="Монголия")
    assert f["growth"] == growth


def test_a_rate_of_growth_that_passed_a_level_is_a_hedged_index():
    (f,) = figures("В январе–мае темп роста поставок в Монголию превысил 115 %.", partner="Монголия")
    assert f["growth"] == {"index": Decimal(115), "qualifier": "более"}


@pytest.mark.parametrize(
    "sentence, indicator",
    [
        ("Экспорт порядка 30 млн долларов обеспечили машиностроители.", "exports"),
        ("Товарооборот около 30 млн долларов — рекорд для двух стран.", "turnover"),
        ("Внешнеторговый оборот товаров и услуг составил 30 млн долларов.", "turnover"),
        ("Экспорт товаров и услуг в январе–мае вырос на 5 %.", "exports"),
    ],
)
def test_a_hedge_or_goods_and_services_together_are_no_group_of_goods(sentence, indicator):
    (f,) = figures(sentence, partner="Монголия")
    assert f["indicator"] == indicator


def test_services_alone_are_a_traded_group():
    (f,) = figures("Экспорт ИТ-услуг в Монголию в январе–мае вырос на 5 %.", partner="Монголия")
    assert (f["indicator"], f["label"]) == ("product", "экспорт ИТ-услуг")


@pytest.mark.parametrize(
    "sentence, growth",
    [
        ("В 2023 году товарооборот составил 41 млн долларов, темп роста экспорта — 131 %.", None),
        ("В 2023 году товарооборот составил 41 млн долларов, рост импорта составил 12 %.", None),
        ("В 2023 году экспорт составил 41 млн долларов, темп роста экспорта — 131 %.", {"index": Decimal(131)}),
    ],
)
def test_growth_named_for_another_indicator_is_not_this_figures(sentence, growth):
    first = figures(sentence, partner="Монголия")[0]
    assert (first["value"], first.get("growth")) == (Decimal(41), growth)


@pytest.mark.parametrize(
    "text, ours",
    [
        ("Продажи белорусских шин на рынке Монголии выросли до 12 млн долларов.", "exports"),
        ("Монгольские компании приобрели в Беларуси техники на 12 млн долларов.", "exports"),
        ("Покупки монгольского кашемира составили 12 млн долларов.", "imports"),
        ("Экспорт в Республике Беларусь за год вырос до 12 млн долларов.", "exports"),
    ],
)
def test_the_market_a_sale_or_purchase_is_made_at_is_the_other_party(text, ours):
    assert flow(text, "Монголия").ours == ours


def test_growth_stated_before_an_amount_is_the_nearest_one():
    found = figures("Экспорт снизился на 3 %, но импорт вырос на 20 %, до 90 млн долларов.", partner="Монголия")
    imports = next(f for f in found if f.get("value") is not None)
    assert (imports["indicator"], imports["value"], imports["growth"]) == ("imports", Decimal(90), {"change": Decimal(20)})
    assert all(f["growth"] != {"change": Decimal(20)} for f in found if f is not imports)


@pytest.mark.parametrize(
    "text, partner, third",
    [
        ("Поставки в КНР выросли до 1,2 млрд долларов.", "Российская Федерация", "в КНР"),
        ("Экспорт в Казахстан вырос до 3 млн долларов.", "Алтайский край", "в Казахстан"),
        ("Экспорт в РФ вырос до 3 млн долларов.", "Российская Федерация", None),
        ("Экспорт в ОАЭ вырос до 3 млн долларов.", "Объединённые Арабские Эмираты", None),
        ("Импорт из Кыргызстана вырос до 3 млн долларов.", "Кыргызская Республика", None),
        ("Экспорт в край вырос до 3 млн долларов.", "Алтайский край", None),
    ],
)
def test_a_flow_to_a_third_country_is_told_apart(text, partner, third):
    at = text.index(" до ") + 4
    assert read(text, flow_before(text, at), at, partner, stems=stems_of(partner)).elsewhere == third


def test_a_flow_to_a_third_country_is_marked_for_review():
    (item,) = _read("В январе–мае поставки в Казахстан выросли до 3 млн долларов.", "Алтайский край")
    assert any("third country" in note for note in item.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Импорт из стран Содружества составил 3 млрд 696,2 млн долларов.",
        "Поставки в государства ЕАЭС достигли 940 млн долларов.",
        "Экспорт в страны Азии за год составил 120 млн долларов.",
    ],
)
def test_the_name_a_place_noun_governs_is_no_goods(text):
    assert flow(text, "Республика Казахстан").goods is None


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2024 году товарооборот между республикой и российской столицей превысил 2,1 млрд долларов.",
        "В 2024 году товарооборот с Беларусью и Казахстаном превысил 2,1 млрд долларов.",
        "В 2024 году товарооборот между Минском и северной столицей превысил 2,1 млрд долларов.",
    ],
)
def test_both_parties_after_a_preposition_are_no_goods(sentence):
    (f,) = figures_read((sentence,), Context(dt.date(2025, 3, 1)))
    assert (f["indicator"], f["value"], f.get("label")) == ("turnover", Decimal("2.1"), None)
