"""Facts unlike the example (a country in US dollars, a city in roubles, a memo with no
figures) → the composed memo's text reads as a records officer expects: every stated
figure, hedge and growth appears, in grammatical Russian, one paragraph per entry."""

from __future__ import annotations

import copy

import pytest

from memogen.document import Heading, ListBlock, Paragraph, Table, plain_text
from memogen.errors import InputError
from memogen.facts.model import Facts
from memogen.figures import derive_figures
from memogen.pipeline import Loaded, compose
from paths import EXAMPLE, ROOT

NBSP = "\u00a0"

BASE = {
    "memo": {
        "title": "о сотрудничестве Республики Беларусь с Республикой Узбекистан",
        "date": "2025-05-20",
        "signatory": {"position": ["Начальник управления"], "given": "Анна", "surname": "Кравец"},
    },
    "parties": {
        "ours": {
            "name": "Республика Беларусь",
            "cases": {"instrumental": "Республикой Беларусь", "accusative": "Республику Беларусь"},
        },
        "partner": {
            "name": "Республика Узбекистан",
            "cases": {"instrumental": "Республикой Узбекистан", "genitive": "Республики Узбекистан"},
        },
    },
}


def memo_of(**sections):
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(sections))
    facts = Facts.model_validate(data)
    memo, _ = compose(Loaded(EXAMPLE, facts, derive_figures(facts)), ROOT)
    return memo


def paragraphs(memo) -> list[str]:
    return [plain_text(b.children).replace(NBSP, " ") for b in memo.blocks if isinstance(b, Paragraph)]


def text_of(memo) -> str:
    return "\n".join(paragraphs(memo))


def fig(id, indicator, period, value=None, **extra):
    out = {"id": id, "indicator": indicator, "period": period, **extra}
    if value is not None:
        out["value"] = value
    return out


# --- growth stated as «+10 %» --------------------------------------------------------------


def test_a_change_is_printed_as_stated_not_as_an_index():
    memo = memo_of(figures=[
        fig("t24", "turnover", 2024, 1120.3),
        fig("t25", "turnover", "2025-Q1", 265.8, growth={"change": 10}),
    ])
    text = text_of(memo)
    assert "В I квартале 2025 г. товарооборот составил 265,8 млн долларов США (рост на 10 % " \
           "к уровню аналогичного периода 2024 года)." in text
    assert "или 110,0 %" not in text


def test_an_index_keeps_the_classic_wording():
    memo = memo_of(figures=[fig("t", "turnover", "2025-01..06", 316.4, growth={"index": 100.9})])
    assert ", или 100,9 % к уровню аналогичного периода 2024 года." in text_of(memo)


def test_growth_of_exports_and_imports_is_not_lost():
    memo = memo_of(figures=[
        fig("e", "exports", "2025-Q1", 190.1, growth={"change": 12.5}),
        fig("i", "imports", "2025-Q1", 75.7, growth={"change": -3.1}),
    ])
    text = text_of(memo)
    assert "экспорт составил 190,1 млн долларов США (рост на 12,5 % к уровню аналогичного периода 2024 года)" in text
    assert "импорт — 75,7 млн долларов США (снижение на 3,1 % к уровню аналогичного периода 2024 года)" in text


def test_growth_without_an_amount_is_stated():
    memo = memo_of(figures=[fig("t", "turnover", "2025-H1", growth={"change": -4.2})])
    # a stated change stays a change; H1 2025 is still running on the memo's date
    assert "В I полугодии 2025 г. отмечается снижение товарооборота на 4,2 % " \
           "к уровню аналогичного периода 2024 года." in text_of(memo)


# --- whole years: a fall is no «рост в 0,8 раза» -----------------------------------------------


@pytest.mark.parametrize(
    "first, last, expected",
    [
        (335, 678.1, "рост в 2,0 раза"),
        (702.4, 1120.3, "рост в 1,6 раза"),
        (100, 108.5, "рост на 8,5 %"),
        (100, 80, "снижение на 20,0 %"),
    ],
)
def test_growth_between_whole_years_reads_right(first, last, expected):
    memo = memo_of(figures=[fig("a", "turnover", 2021, first), fig("b", "turnover", 2024, last)])
    assert f"(в 2021 году — {str(first).replace('.', ',')} млн долларов США, {expected})." in text_of(memo)


# --- hedges, currency and scale of the flows ----------------------------------------------------


def test_hedges_and_roubles_reach_the_sentences():
    rub = {"currency": "RUB", "scale": "billion"}
    memo = memo_of(figures=[
        fig("t", "turnover", "2024-01..11", 200, qualifier="почти", growth={"index": 110.8}, **rub),
        fig("e", "exports", "2024-01..11", 120, qualifier="около", **rub),
        fig("i", "imports", "2024-01..11", 80.5, **rub),
    ])
    text = text_of(memo)
    # no whole year: the first sentence about turnover names the parties
    assert "За январь–ноябрь 2024 г. товарооборот между Республикой Беларусь и Республикой " \
           "Узбекистан составил почти 200 млрд российских рублей, или 110,8 %" in text
    # a balance computed from a hedged amount is itself approximate
    assert "экспорт составил около 120 млрд российских рублей, импорт — 80,5 млрд российских " \
           "рублей, сальдо — около 39,5 млрд российских рублей." in text
    assert "долларов" not in text


def test_a_stated_balance_is_used_with_its_hedge():
    memo = memo_of(figures=[
        fig("e", "exports", 2024, 781.9),
        fig("i", "imports", 2024, 338.4),
        fig("b", "balance", 2024, 443.5, qualifier="более"),
    ])
    assert "сальдо — более 443,5 млн долларов США." in text_of(memo)


def test_imports_or_balance_alone_make_a_sentence_with_a_verb():
    assert "В 2024 году импорт составил 338,4 млн долларов США." in text_of(
        memo_of(figures=[fig("i", "imports", 2024, 338.4)])
    )
    assert "В 2024 году сальдо составило −12 млн долларов США." in text_of(
        memo_of(figures=[fig("b", "balance", 2024, -12)])
    )


# --- rank and products without an amount -----------------------------------------------------


def test_a_rank_among_partners_is_printed():
    memo = memo_of(figures=[
        fig("t", "turnover", 2024, 1120.3, rank={"position": 7, "among": "среди торговых партнеров Республики Беларусь"}),
    ])
    assert "По итогам 2024 года Республика Узбекистан заняла 7-е место среди торговых " \
           "партнеров Республики Беларусь по объему товарооборота." in text_of(memo)


def test_a_product_known_only_by_its_growth_or_share_builds():
    memo = memo_of(figures=[
        fig("t", "turnover", 2024, 500),
        fig("m", "product", 2024, label="машиностроительная продукция", growth={"change": 15}),
        fig("f", "product", 2024, label="продовольственные товары", share={"percent": 12, "of": "t"},
            rank={"position": 2, "among": "среди товарных групп"}),
    ])
    text = text_of(memo)
    assert "Машиностроительная продукция: в 2024 году — рост на 15 % к уровню 2023 года." in text
    assert "Продовольственные товары: в 2024 году — 12 % общего объема товарооборота." in text
    # a product's rank is held by the product group, not by the partner
    assert "По итогам 2024 года продовольственные товары заняли 2-е место среди товарных групп." in text


# --- one paragraph per agreement and per event -------------------------------------------------


def test_each_agreement_and_event_is_its_own_paragraph():
    memo = memo_of(
        agreements=[
            {"title": "Соглашение о промышленной кооперации", "status": "signed", "when": "2024-11-05"},
            {"title": "Дорожная карта", "status": "in_force", "years": [2024, 2026]},
            {"title": "Соглашение о свободной торговле", "status": "planned"},
            {"title": "Цель глав государств довести товарооборот до 2 млрд долларов", "status": "set"},
        ],
        events=[
            {"what": "Заседание Межправкомиссии", "when": "2025-06-12", "where": "Ташкент"},
            {"what": "Бизнес-форум", "when": "2025-06-13", "where": "Ташкент", "who": "более 100 компаний"},
        ],
    )
    paras = paragraphs(memo)
    assert "Соглашение о промышленной кооперации — документ подписан (5 ноября 2024 г.)." in paras
    assert "Дорожная карта на 2024–2026 годы — документ действует." in paras
    assert "Соглашение о свободной торговле — планируется к подписанию." in paras
    # a task the heads of state set is no document: neither signed nor in force
    assert "Цель глав государств довести товарооборот до 2 млрд долларов — ориентир, установленный руководством сторон." in paras
    assert "Заседание Межправкомиссии (Ташкент, 12 июня 2025 г.)." in paras
    assert "Бизнес-форум (Ташкент, 13 июня 2025 г.). Участники: более 100 компаний." in paras


# --- a memo with no figures at all -----------------------------------------------------------


def test_a_memo_with_only_proposals_has_only_that_section():
    memo = memo_of(proposals=[
        {"action": "Провести заседание рабочей группы", "responsible": "облисполком", "deadline": "2025-04-30"},
        {"action": "Подготовить проект соглашения", "responsible": "облисполком", "deadline": "II квартал 2025 г."},
    ])
    headings = [plain_text(b.children) for b in memo.blocks if isinstance(b, Heading)]
    assert headings == ["Предложения"]
    assert not any(isinstance(b, ListBlock) for b in memo.blocks)
    (table,) = [b for b in memo.blocks if isinstance(b, Table)]
    assert len(table.rows) == 2


def test_a_template_error_without_a_message_names_the_exception(tmp_path):
    theme = tmp_path / "templates" / "broken"
    (theme / "sections").mkdir(parents=True)
    (theme / "theme.yaml").write_text("extends: default\nsections: [events]\n", encoding="utf-8")
    # `money` of a figure with no amount fails an assertion that carries no message
    (theme / "sections" / "events.md.j2").write_text("{{ facts.figures[0] | money }}\n", encoding="utf-8")
    data = copy.deepcopy(BASE)
    data["figures"] = [fig("t", "turnover", 2024, growth={"change": 3})]
    facts = Facts.model_validate(data)
    with pytest.raises(InputError) as caught:
        compose(Loaded(EXAMPLE, facts, derive_figures(facts)), tmp_path, "broken")
    assert "template error: AssertionError" in str(caught.value)
    assert "events.md.j2:1" in str(caught.value)


def test_the_dynamics_chart_note_says_a_fall_in_percent():
    from memogen.compose.exhibits import dynamics_chart
    from memogen.themes.model import Theme

    labels = Theme().labels
    data = copy.deepcopy(BASE)
    data["figures"] = [fig("a", "turnover", 2021, 100), fig("b", "turnover", 2024, 80)]
    facts = Facts.model_validate(data)
    spec = dynamics_chart(facts, derive_figures(facts), labels)
    assert spec.growth_note.replace(NBSP, " ") == "2021–2024: снижение на 20,0 %"
    data["figures"][1]["value"] = 200
    facts = Facts.model_validate(data)
    assert dynamics_chart(facts, derive_figures(facts), labels).growth_note.replace(NBSP, " ") == "2021–2024: в 2,0 раза"


def test_attachments_one_inline_several_numbered_one_per_line():
    from memogen.document import LineBreak

    def attachment_paragraph(items):
        memo = memo_of(memo={**BASE["memo"], "attachments": items})
        return next(b for b in memo.blocks if isinstance(b, Paragraph) and plain_text(b.children).startswith("Приложение:"))

    one = attachment_paragraph(["на 2 л. в 1 экз."])
    assert plain_text(one.children) == "Приложение: на\u00a02\u00a0л. в\u00a01\u00a0экз."
    several = attachment_paragraph(["Справка о торговле на 3 л. в 1 экз.", "Программа на 10 л. в 1 экз."])
    assert several.children.count(LineBreak()) == 1
    text = plain_text(several.children).replace(NBSP, " ")
    assert text == "Приложение: 1. Справка о торговле на 3 л. в 1 экз.\n2. Программа на 10 л. в 1 экз."
