"""Whose a drafted figure is when it is not our side's as a whole (issue #10): another
Belarusian region than our side named in the figure's own clause (`holder`), a third
state a supplied count goes to (`counterparty` on a count), and a count's label that is
what is counted, never the number's scale. Phrasings in our own words."""

from __future__ import annotations

import datetime as dt

import pytest
from drafted import figures_read

from memogen.draft import draft_file, holders
from memogen.draft import numbers as num
from memogen.draft.figures import Context
from memogen.draft.model import Item


@pytest.mark.parametrize(
    ("clause", "ours", "region"),
    [
        (" из этой суммы почти 80 млн приходится на Гомельскую область", None, "Гомельская область"),
        ("экспорт Гродненской области в республику вырос до 45 млн долларов", None, "Гродненская область"),
        ("на долю Брестской области пришлось 120 млн", None, "Брестская область"),
        ("товарооборот Витебской области с краем превысил 60 млн", ("Минская область", "region"),
         "Витебская область"),
        # our side itself, no region, or two regions (whose the figure is would be a guess)
        ("экспорт Гродненской области вырос до 45 млн", ("Гродненская область", "region"), None),
        ("товарооборот с Беларусью составил 2 млрд долларов", None, None),
        ("на Брестскую область и на Гомельскую область пришлось 30 млн", None, None),
    ],
)
def test_a_clause_naming_another_belarusian_region_gives_the_figure_its_holder(clause, ours, region):
    found = holders.region_of(clause, ours)
    assert (found[0] if found else None) == region


def test_only_the_figures_own_clause_gives_it_a_holder():
    text = "В 2024 году товарооборот составил 500 млн долларов, из них около 90 млн пришлось на Минскую область."
    whole = Item({"indicator": "turnover", "_quote": text, "_at": text.index("500")})
    part = Item({"indicator": "turnover", "_quote": text, "_at": text.index("90")})
    deal = Item({"indicator": "contracts", "_quote": text, "_at": text.index("90")})
    holders.assign([whole, part, deal], None)
    assert "holder" not in whole.data and "holder" not in deal.data
    assert part.data["holder"] == {"name": "Минская область"} and part.mark == "check"


def test_a_regions_goods_and_counts_are_its_own_too():
    said = ("Товарооборот с Беларусью составил 700 млн долларов.",
            "Молочной продукции Витебская область поставила на 35 млн долларов.",
            "В Гомельской области работают 12 совместных предприятий.")
    items = [Item({"indicator": ind, "_quote": t, "_at": t.index(n)})
             for ind, t, n in (("turnover", said[0], "700"), ("product", said[1], "35"), ("count", said[2], "12"))]
    holders.assign(items, None)
    assert [i.data.get("holder") for i in items] == [None, {"name": "Витебская область"},
                                                     {"name": "Гомельская область"}]


@pytest.mark.parametrize(
    ("text", "partner", "counts"),
    [
        ("В Танзанию планируется поставить 300 тракторов, в Кению — около 120 тракторов.",
         "Объединенная Республика Танзания", {"300": None, "120": "Республика Кения"}),
        ("Белорусские предприятия отгрузили в Китай 50 тыс. тонн молока.", "Вологодская область",
         {"50": "Китайская Народная Республика"}),
        # no supplies spoken of, the partner itself, Belarus
        ("В Китае работают 15 совместных предприятий.", "Вологодская область", {"15": None}),
        ("В Того Беларусь намерена поставить 40 комбайнов.", "Тоголезская Республика", {"40": None}),
        ("Вологодские заводы поставили в Беларусь 12 станков.", "Вологодская область", {"12": None}),
        # the place after the count, in its own clause
        ("Белорусские заводы поставят 300 тракторов в Кению.", "Объединенная Республика Танзания",
         {"300": "Республика Кения"}),
        ("Около 40 комбайнов отгружено в Монголию, 25 — в Вологодскую область.", "Вологодская область",
         {"40": "Монголия", "25": None}),
        ("В 2024 году в Китае открыты 3 сервисных центра.", "Вологодская область", {"3": None}),
    ],
)
def test_a_count_supplied_to_a_third_state_names_it(text, partner, counts):
    for number, destination in counts.items():
        found = holders.count_destination(text, text.index(number), partner, None)
        assert (found["name"] if found else None) == destination, number


def test_a_drafted_count_carries_its_third_state_and_a_label_without_the_scale():
    ctx = Context(dt.date(2026, 3, 9), partner="Объединенная Республика Танзания")
    read = figures_read(("В 2026 году в Танзанию намерены поставить около 2,5 тыс. единиц техники, "
                         "в Кению — порядка 1,2 тыс. единиц.",), ctx)
    counts = [f for f in read if f["indicator"] == "count"]
    assert [f.get("counterparty") for f in counts] == [None, {"name": "Республика Кения"}]
    assert all("тыс" not in f["label"] for f in counts), counts


@pytest.mark.parametrize(
    ("stated", "counted"),
    [("3,2 тыс. единиц", "единиц"), ("17,7 тыс. тонн", "тонн"), ("двух тысяч тонн", "тонн"),
     ("1,5 млн тонн", "тонн"), ("16 тракторов", "тракторов"), ("два десятка документов", "документов")],
)
def test_what_a_count_counts_leaves_its_numbers_scale_out(stated, counted):
    assert num.counted(stated) == counted


def test_a_release_giving_one_regions_part_drafts_it_as_that_regions(tmp_path):
    release = tmp_path / "tula.txt"
    release.write_text(
        "Губернатор Тульской области провел встречу с Послом Беларуси.\n\n"
        "По итогам 2024 года товарооборот Беларуси с Тульской областью составил 500 млн долларов, "
        "из них около 90 млн долларов пришлось на Минскую область.\n", encoding="utf-8")
    facts = draft_file(release, date=dt.date(2025, 3, 1)).facts
    assert facts.parties.ours.name == "Республика Беларусь"
    amounts = {f.value: f.holder.name if f.holder else None for f in facts.figures}
    assert amounts == {500: None, 90: "Минская область"}


def test_a_region_holding_every_trade_figure_is_the_releases_own_and_marks_none():
    texts = ("Экспорт Гродненской области в республику в 2024 году вырос до 45 млн долларов.",
             "Импорт Гродненской области из республики составил 20 млн долларов.")
    items = [Item({"indicator": ind, "_quote": t, "_at": t.index(n)})
             for ind, t, n in (("exports", texts[0], "45"), ("imports", texts[1], "20"))]
    holders.assign(items, None)
    assert all("holder" not in i.data for i in items)
