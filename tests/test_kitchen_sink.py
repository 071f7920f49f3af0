"""Every field of the facts schema reaches the memo, or says why not (issue #9, point 6).

The test walks the JSON Schema (`memogen schema`), and a kitchen-sink facts file fills
every field it finds with a distinctive marker («mk17», 731.7, 2017). Both formats are
built and read back: each marker of a printed field is in the PDF and in the DOCX; a
field that chooses wording (a status, a kind, a flag) prints the words it chooses; the
fields that are deliberately not printed are listed in `NOT_PRINTED` with the reason
(docs/facts.md says the same). A new schema field that is none of these, or that the
kitchen sink leaves empty, fails the test.
"""

from __future__ import annotations

import json

import pytest

from memogen.facts.model import Facts
from memogen.pipeline import build
from paths import ROOT
from readback import docx_words, squash
from test_truth import pdf_text

SRC = "src-mk"  # a source id: not printed, its entry is

KITCHEN_SINK = {
    "memo": {
        "type": "ЗАПИСКА MK01",
        "title": "о сотрудничестве mk02",
        "date": "2026-03-18",
        "as_of": "2026-03-17",
        "language": "ru",
        "occasion": "встрече mk03",
        "addressee": ["Министру mk04"],
        "access": {"marking": "Для служебного пользования mk05", "copy_number": 47},
        "signatory": {"surname": "Mkсорок", "given": "Анна", "patronymic": "Петровна",
                      "position": ["Начальник mk06"]},
        "executor": {"name": "Исполнитель mk07", "phone": "+375 17 233-07-07"},
        "attachments": ["mk08 на 2 л. в 1 экз."],
        "theme": "default",
    },
    "parties": {
        "ours": {"name": "Республика mk09", "kind": "country", "country": "mk10",
                 "cases": {"genitive": "Республики mk11", "accusative": "Республику mk12",
                           "dative": "Республике mk13", "instrumental": "Республикой mk14",
                           "prepositional": "Республике mk15"}},
        "partner": {"name": "Область mk16", "kind": "region", "country": "mk17",
                    "cases": {"genitive": "Области mk18", "accusative": "Область mk19",
                              "dative": "Области mk20", "instrumental": "Областью mk21",
                              "prepositional": "Области mk22"}},
        "officials": [
            {"person": {"surname": "Mkдва", "given": "Виктор", "patronymic": "Иванович",
                        "cases": {"genitive": "Виктора mk91", "accusative": "Виктора mk92",
                                  "dative": "Виктору mk93", "instrumental": "Виктором mk94",
                                  "prepositional": "Викторе mk95"}},
             "position": "Министр mk23", "side": "ours", "role": "participant",
             "source": SRC, "quote": "mk24"},
            {"person": {"surname": "Mkтри", "given": "Георгий"}, "position": "Губернатор mk25",
             "side": "partner", "role": "quoted"},
        ],
    },
    "figures": [
        {"id": "t-2019", "indicator": "turnover", "period": 2019, "value": 512.3, "source": SRC, "quote": "mk26"},
        {"id": "t-2024", "indicator": "turnover", "period": 2024, "value": 731.7, "qualifier": "более",
         "status": "actual", "remark": "mk27",
         "growth": {"index": 104.3, "versus": 2023, "qualifier": "около", "quote": "mk28",
                    "amount": {"value": 29.1, "scale": "million", "currency": "USD", "qualifier": "почти"}},
         "rank": {"position": 7, "among": "среди партнеров mk29", "holder": "ours",
                  "measure": "по объему mk30", "period": 2024}},
        {"id": "t-2025", "indicator": "turnover", "period": "2025-01..09", "value": 623.9,
         "status": "preliminary", "growth": {"change": 8.7, "upper": 9.4, "years": 3}},
        {"id": "rng", "indicator": "imports", "period": "unstated", "value": 12.5, "qualifier": "примерно",
         "upper": {"value": 1.2, "scale": "billion"}, "yearly": True},
        {"id": "ex-2024", "indicator": "exports", "period": 2024, "value": 455.1, "side": "ours",
         "growth": {"times": 1.3}},
        {"id": "im-2024", "indicator": "exports", "period": 2024, "value": 276.6, "side": "partner",
         "currency": "USD", "scale": "million"},
        {"id": "food-2024", "indicator": "product", "label": "mk31 товары", "period": 2024, "value": 21.9,
         "share": {"percent": 3, "of": "t-2024", "qualifier": "почти", "quote": "mk32", "previous": 2.4,
                   "previous_period": 2022},
         "remark": "mk33"},
        {"id": "cnt-2024", "indicator": "count", "label": "mk34 компании", "period": 2024, "value": 43,
         "unit": "компания", "qualifier": "около", "growth": {"words": "вдвое", "versus": "previous_period", "amount": {"value": 17, "unit": "компания"}}},
        {"id": "sh-2024", "indicator": "exports", "period": 2024, "share": {"percent": 9, "whole": "импорта mk70"}},
        {"id": "sw-2024", "indicator": "imports", "period": 2024,
         "share": {"percent": 25, "words": "четверть", "whole": "экспорта mk71"}},
        {"id": "t-2023", "indicator": "turnover", "period": 2023, "rank": {"position": 4, "among": "среди регионов mk69"}},
        {"id": "cp-e", "indicator": "exports", "period": 2024, "value": 88.8, "side": "partner",
         "counterparty": {"name": "Страна mk72", "kind": "group", "country": "mk73",
                          "cases": {"genitive": "Страны mk74", "accusative": "Страну mk75", "dative": "Стране mk76",
                                    "instrumental": "Страной mk77", "prepositional": "Стране mk78"}}},
        {"id": "cp-i", "indicator": "imports", "period": 2024, "value": 11.1,
         "counterparty": {"name": "Страна mk72", "cases": {"genitive": "Страны mk74"}}},
        {"id": "cp-t", "indicator": "turnover", "period": 2024, "value": 99.9,
         "counterparty": {"name": "Страна mk72", "cases": {"instrumental": "Страной mk77"}}},
        {"id": "top-2022", "indicator": "turnover", "period": 2022, "rank": {"top": 5, "among": "среди партнеров mk71"}},
        {"id": "deal-2025", "indicator": "contracts", "period": "2025-05", "value": 87.3, "label": "mk79",
         "during": "визита mk80", "signed_by": "all"},
        {"id": "sign-2021", "indicator": "balance", "period": 2021, "sign": "negative"},
        {"id": "svc-2024", "indicator": "exports", "period": 2024, "value": 66.6, "trade": "services"},
        {"id": "fall-2022", "indicator": "imports", "period": 2022, "growth": {"times": 2.5, "fall": True}},
        {"id": "lead-2022", "indicator": "exports", "period": 2022,
         "rank": {"position": 1, "words": "крупнейший mk82 партнер", "among": "среди поставщиков mk83"}},
        {"id": "whole-2024", "indicator": "count", "label": "mk81 проекты", "period": 2024, "value": 12,
         "unit": "проект", "out_of": 17},
        {"id": "t-2030", "indicator": "turnover", "period": 2030, "value": 1.6, "scale": "billion",
         "status": "target", "currency": "EUR"},
        {"id": "hd-e", "indicator": "exports", "period": 2024, "value": 44.4,
         "holder": {"name": "Район mk96", "kind": "region", "country": "mk97",
                    "cases": {"genitive": "Района mk98", "accusative": "Район mk99", "dative": "Району mk100",
                              "instrumental": "Районом mk101", "prepositional": "Районе mk102"}}},
        {"id": "hd-c", "indicator": "count", "label": "mk103 фермы", "period": 2024, "value": 5, "unit": "ферма",
         "holder": {"name": "Район mk96"}, "counterparty": {"name": "Страна mk72"}},
    ],
    "structure": {
        "exports": {"source": SRC, "quote": "mk35", "period": 2024, "currency": "USD", "scale": "million",
                    "items": [{"name": "mk36 тракторы", "value": 61.7, "share": 13.6, "qualifier": "около",
                               "source": SRC, "quote": "mk37"}]},
        "imports": {"source": SRC, "quote": "mk38", "period": "2025-H1", "currency": "RUB", "scale": "billion",
                    "items": [{"name": "mk39 прокат", "value": 9.4, "share": 41.2, "qualifier": "почти",
                               "source": SRC, "quote": "mk40"}]},
    },
    "sectors": [
        {"id": "sector-mk", "name": "Отрасль mk41",
         "existing": [{"text": "Идут поставки mk42.", "source": SRC, "quote": "mk43"}],
         "proposed": [{"text": "Открыть центр mk44.", "source": SRC, "quote": "mk45"}],
         "companies": [{"name": "Завод mk46", "legal_form": "ОАО", "side": "partner"}]},
    ],
    "events": [
        {"what": "Форум mk47", "when": {"date": "2026-05-21"}, "where": "Город mk48", "who": "делегации mk49",
         "first_time": True, "source": SRC, "quote": "mk50"},
        {"what": "Выставка mk51", "when": {"text": "осень mk52", "year": 2026}},
    ],
    "agreements": [
        {"title": "Соглашение mk53", "status": "signed", "when": {"date": "2019-06-27"},
         "years": [2027, 2029], "parties": "стороны mk54", "purpose": "развивать mk55",
         "source": SRC, "quote": "mk56"},
        {"title": "Программа mk57", "status": "in_force", "when": {"text": "весна mk58", "year": 2021}},
    ],
    "proposals": [
        {"action": "Подписать mk59", "responsible": "Министерство mk60", "deadline": {"date": "2026-12-29"},
         "source": SRC, "quote": "mk61"},
        {"action": "Провести mk62", "deadline": {"text": "квартал mk63", "year": 2026}},
    ],
    "sources": [
        {"id": SRC, "title": "Пресс-служба mk64", "date": "2026-03-16", "url": "https://example.org/mk65",
         "file": "mk66.txt"},
    ],
    "charts": {"dynamics": {"show": True, "title": "Динамика mk67"}, "trade": {"show": True},
               "structure": {"title": "Структура mk68"}, "share": {"show": False}},
}

# Field (schema path) → the words the memo prints for it, as it reads back.
PRINTED = {
    "memo.type": "ЗАПИСКА MK01", "memo.title": "mk02", "memo.date": "18.03.2026",
    "memo.as_of": "17.03.2026", "memo.occasion": "Справка подготовлена к встрече mk03",
    "memo.access.marking": "mk05", "memo.access.copy_number": "Экз. № 47",
    "memo.signatory.surname": "А.П.Mkсорок", "memo.signatory.given": "А.П.Mkсорок",
    "memo.signatory.patronymic": "А.П.Mkсорок", "memo.signatory.position[]": "Начальник mk06",
    "memo.executor.name": "mk07", "memo.executor.phone": "233-07-07", "memo.attachments[]": "mk08",
    "parties.ours.name": "Республика mk09 заняла 7-е место",
    "parties.ours.cases.accusative": "Республику mk12", "parties.ours.cases.instrumental": "Республикой mk14",
    "parties.partner.name": "Область mk16 заняла 4-е место",
    "parties.ours.cases.genitive": "экспорт Республики mk11 в Область mk19 составил 9 % импорта mk70",
    "parties.partner.cases.accusative": "в Область mk19", "figures[].share.whole": "9 % импорта mk70", "figures[].share.words": "четверть экспорта mk71", "parties.partner.cases.genitive": "Области mk18",
    "parties.partner.cases.instrumental": "Областью mk21",
    "parties.officials[].person.surname": "В.И.Mkдва", "parties.officials[].person.given": "Г.Mkтри",
    "parties.officials[].person.patronymic": "В.И.Mkдва", "parties.officials[].position": "Губернатор mk25",
    "parties.officials[].role": "Приводятся высказывания",
    "figures[].indicator": "экспорт", "figures[].label": "Mk31 товары", "figures[].period": "январь–сентябрь 2025",
    "figures[].value": "731,7", "figures[].currency": "евро", "figures[].scale": "1,6 млрд",
    "figures[].unit": "около 43 компаний", "figures[].qualifier": "более 731,7",
    "figures[].status": "по предварительным данным", "figures[].growth.index": "104,3",
    "figures[].growth.change": "8,7", "figures[].growth.upper": "рост на 8,7–9,4 % за 3 года",
    "figures[].upper.value": "примерно от 12,5 млн до 1,2 млрд долларов США",
    "figures[].upper.scale": "до 1,2 млрд долларов США", "figures[].growth.times": "1,3", "figures[].growth.words": "вдвое",
    "figures[].growth.qualifier": "около 104,3", "figures[].growth.versus": "к уровню 2023 года",
    "figures[].growth.years": "за 3 года", "figures[].growth.amount.value": "29,1",
    "figures[].growth.amount.scale": "почти на 29,1 млн", "figures[].growth.amount.currency": "29,1 млн долларов США",
    "figures[].growth.amount.qualifier": "рост почти на 29,1", "figures[].growth.amount.unit": "рост на 17 компаний", "figures[].share.percent": "3 %",
    "figures[].share.qualifier": "почти 3 %", "figures[].share.previous": "против 2,4 %",
    "figures[].share.previous_period": "против 2,4 % в 2022 году",
    "figures[].counterparty.cases.accusative": "экспорт Области mk18 в Страну mk75 составил 88,8",
    "figures[].counterparty.cases.genitive": "импорт Республики mk11 из Страны mk74 составил 11,1",
    "figures[].counterparty.cases.instrumental": "товарооборот Республики mk11 со Страной mk77 составил 99,9",
    "figures[].during": "в рамках визита mk80",
    "figures[].holder.cases.genitive": "экспорт Района mk98 в Область mk19 составил 44,4",
    "figures[].holder.name": "Mk103 фермы (Район mk96, Страна mk72): в 2024 году — 5 ферм",
    "figures[].counterparty.name": "Mk103 фермы (Район mk96, Страна mk72)",
    "figures[].yearly": "до 1,2 млрд долларов США в год",
    "figures[].trade": "экспорт услуг Республики mk",
    "figures[].out_of": "12 из 17 проектов",
    "figures[].growth.fall": "снижение импорта в 2,5 раза",
    "figures[].rank.words": "— крупнейший mk82 партнер (1-е место среди поставщиков mk83",
    "figures[].sign": "сальдо торговли сложилось в пользу Области mk18",
    "figures[].signed_by": "общий объем сделок всех участников mk79 составил 87,3",
    "figures[].rank.top": "Область mk16 вошла в первую пятерку среди партнеров mk71", "figures[].rank.position": "7-е место",
    "figures[].rank.among": "mk29", "figures[].rank.holder": "Республика mk09 заняла",
    "figures[].rank.measure": "mk30", "figures[].rank.period": "По итогам 2024 года", "figures[].remark": "mk27",
    "structure.exports.period": "экспорта в 2024 году", "structure.exports.currency": "61,7 млн долларов США",
    "structure.exports.scale": "61,7 млн", "structure.exports.items[].name": "mk36 тракторы",
    "structure.exports.items[].value": "61,7", "structure.exports.items[].share": "13,6",
    "structure.exports.items[].qualifier": "около 61,7",
    "structure.imports.period": "I полугодии 2025", "structure.imports.currency": "российских рублей",
    "structure.imports.scale": "9,4 млрд", "structure.imports.items[].name": "mk39 прокат",
    "structure.imports.items[].value": "9,4", "structure.imports.items[].share": "41,2",
    "structure.imports.items[].qualifier": "почти 9,4",
    "sectors[].name": "Отрасль mk41", "sectors[].existing[].text": "Идут поставки mk42.",
    "sectors[].proposed[].text": "открыть центр mk44", "sectors[].companies[].name": "mk46",
    "sectors[].companies[].legal_form": "ОАО «Завод mk46»",
    "events[].what": "Форум mk47", "events[].when.date": "21 мая 2026", "events[].when.text": "осень mk52",
    "events[].where": "Город mk48", "events[].who": "Участники: делегации mk49",
    "events[].first_time": "проводится впервые",
    "agreements[].title": "Соглашение mk53", "agreements[].status": "документ действует",
    "agreements[].when.date": "27 июня 2019", "agreements[].when.text": "весна mk58",
    "agreements[].years": "2027–2029", "agreements[].parties": "mk54", "agreements[].purpose": "развивать mk55",
    "proposals[].action": "Подписать mk59", "proposals[].responsible": "Министерство mk60",
    "proposals[].deadline.date": "29.12.2026", "proposals[].deadline.text": "квартал mk63",
    "sources[].title": "Пресс-служба mk64", "sources[].date": "16.03.2026", "sources[].url": "example.org/mk65",
    "charts.*.title": "Динамика mk67", "charts.*.show": "Рисунок 3 — Структура mk68",
}

# Field → why the memo does not print it (docs/facts.md says the same).
NOT_PRINTED = {
    "memo.language": "only ru exists; it names the language, not a text",
    "memo.theme": "chooses the theme the memo is built with",
    "memo.addressee[]": "printed by the cover letter (`kind: letter`), not by the memo",
    "parties.ours.kind": "describes the party; the built-in theme names it by its name",
    "parties.partner.kind": "describes the party; the built-in theme names it by its name",
    "parties.ours.country": "a country of a region or city; the built-in theme names the party alone",
    "parties.partner.country": "a country of a region or city; the built-in theme names the party alone",
    "parties.ours.cases.dative": "a case form for ministry themes",
    "parties.ours.cases.prepositional": "a case form for ministry themes",
    "parties.partner.cases.dative": "a case form for ministry themes",
    "parties.partner.cases.prepositional": "a case form for ministry themes",
    "parties.officials[].side": "whose official; the list keeps the file's order",
    **{f"parties.officials[].person.cases.{case}": "a case form for ministry themes; the built-in theme prints officials in the nominative"
       for case in ("genitive", "accusative", "dative", "instrumental", "prepositional")},
    "figures[].id": "a name other fields refer to (`share.of`); warnings print it",
    "figures[].side": "whose flow the source states; it turns the partner's exports into our imports",
    "figures[].counterparty.kind": "describes the party; the built-in theme names it by its name",
    "figures[].counterparty.country": "a country of a region or city; the built-in theme names the party alone",
    "figures[].counterparty.cases.dative": "a case form for ministry themes",
    "figures[].counterparty.cases.prepositional": "a case form for ministry themes",
    "figures[].holder.kind": "describes the region; the built-in theme names it by its name",
    "figures[].holder.country": "a region's country; the built-in theme names the region alone",
    **{f"figures[].holder.cases.{case}": "the built-in theme names whose trade it is in the genitive alone"
       for case in ("accusative", "dative", "instrumental", "prepositional")},
    "figures[].share.of": "names the whole by id; the memo prints that figure's indicator («общего объема товарооборота»)",
    "sectors[].id": "a name of the sector for the file's author",
    "sectors[].companies[].side": "whose company; the built-in theme lists them in the file's order",
    "events[].when.year": "for ordering a date in words; nothing sorts by it yet",
    "agreements[].when.year": "for ordering a date in words; nothing sorts by it yet",
    "proposals[].deadline.year": "for ordering a date in words; nothing sorts by it yet",
    "sources[].id": "a name `source:` keys refer to",
    "sources[].file": "the saved text the quotes are checked against",
}
# Every `source` and `quote` (and `growth.quote`, `share.quote`): traceability, checked
# by `memogen validate` against the source file, never printed.
TRACE = ("source", "quote")


def _resolve(node: dict, defs: dict) -> dict:
    while "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _branches(node: dict, defs: dict) -> list[dict]:
    """The object, array and map shapes a schema node may take (through anyOf)."""
    node = _resolve(node, defs)
    out = [node] if node.get("properties") or node.get("type") == "array" and "items" in node else []
    if isinstance(node.get("additionalProperties"), dict):
        out.append(node)
    for sub in node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", []):
        out += _branches(sub, defs)
    return out


def schema_fields(node: dict, defs: dict, path: str = "") -> set[str]:
    """Every leaf field of the schema: `figures[].growth.index`, `charts.*.title`."""
    shapes = _branches(node, defs)
    if not shapes:
        return {path}
    out: set[str] = set()
    for shape in shapes:
        for key, sub in shape.get("properties", {}).items():
            out |= schema_fields(sub, defs, f"{path}.{key}" if path else key)
        if shape.get("type") == "array" and "items" in shape:
            out |= schema_fields(shape["items"], defs, path + "[]")
        if isinstance(shape.get("additionalProperties"), dict):
            out |= schema_fields(shape["additionalProperties"], defs, path + ".*")
    return out


def filled_fields(data: object, path: str = "", top: bool = True) -> set[str]:
    """The leaf fields a facts mapping fills, in the schema's notation."""
    if isinstance(data, dict):
        out: set[str] = set()
        for key, value in data.items():
            name = "*" if path == "charts" else key
            out |= filled_fields(value, f"{path}.{name}" if path else name, False)
        return out
    if isinstance(data, list) and data and all(isinstance(x, (dict, list)) for x in data):
        return set().union(*(filled_fields(x, path + "[]", False) for x in data))
    if isinstance(data, list) and path.endswith(("addressee", "position", "attachments")):
        return {path + "[]"}
    return {path}


def _schema() -> set[str]:
    schema = Facts.model_json_schema()
    return schema_fields(schema, schema.get("$defs", {}))


def _trace(field: str) -> bool:
    return field.rsplit(".", 1)[-1] in TRACE


def test_every_schema_field_is_filled_and_classified():
    fields = _schema()
    unfilled = sorted(fields - filled_fields(KITCHEN_SINK))
    assert unfilled == [], "fill these fields in KITCHEN_SINK with a marker"
    unclassified = sorted(f for f in fields if not _trace(f) and f not in PRINTED and f not in NOT_PRINTED)
    assert unclassified == [], "print these fields, or list them in NOT_PRINTED with the reason (and in docs/facts.md)"
    stale = sorted((set(PRINTED) | set(NOT_PRINTED)) - fields)
    assert stale == [], "no such schema field any more"


def test_the_docs_list_every_field_that_is_not_printed():
    docs = (ROOT / "docs" / "facts.md").read_text(encoding="utf-8")
    for field in NOT_PRINTED:
        assert f"`{field}`" in docs, f"docs/facts.md: list `{field}` under «Fields the memo does not print»"


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("kitchen-sink")
    path = folder / "kitchen-sink.yaml"
    path.write_text(json.dumps(KITCHEN_SINK, ensure_ascii=False, indent=1), encoding="utf-8")
    built = build(path, ["pdf", "docx"], folder / "out", workspace=ROOT)
    data = {p.suffix[1:]: p.read_bytes() for p in built.outputs}
    return {"pdf": pdf_text(data["pdf"]), "docx": docx_words(data["docx"])}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_every_printed_field_reaches_the_memo(texts, fmt):
    missing = {f: words for f, words in PRINTED.items() if squash(words) not in texts[fmt]}
    assert missing == {}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_no_trace_field_is_printed(texts, fmt):
    """Quotes and source ids stay in the facts file; the file name is not printed."""
    for marker in ("mk24", "mk26", "mk28", "mk32", "mk35", "mk37", "mk43", "mk50", "mk56", "mk61", "mk66", "src-mk"):
        assert marker not in texts[fmt]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_chart_turned_off_is_not_drawn(texts, fmt):
    """`charts.share.show: false`: three charts (dynamics, trade, structure), no fourth."""
    assert "Рисунок 4" not in texts[fmt]
