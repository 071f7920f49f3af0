"""memogen.compose.pack and the kinds' settings in compose: blocks → theses, the letter's
requisites and attachment lines, exhibits turned off by a theme."""

from __future__ import annotations

import pytest

from memogen.compose.pack import Enclosure, as_theses, enclosure_lines
from memogen.document import Figure, Heading, ListBlock, ListItem, Paragraph, Table, Text
from memogen.errors import InputError
from memogen.pipeline import build, compose, load_facts
from memogen.themes.model import Theme
from themes.helpers import facts_copy, make_theme


def para(text: str, role: str = "body") -> Paragraph:
    return Paragraph((Text(text),), role=role)  # type: ignore[arg-type]


def test_paragraphs_become_theses_numbered_on_across_headings():
    dashes = ListBlock((ListItem((para("а"),)), ListItem((para("б"),))))
    blocks = [para("один"), dashes, para("два"), Heading(1, (Text("Раздел"),)), para("три"), para("x", "plain")]
    out = as_theses(blocks, ordered=True)
    first, heading, second, plain = out
    assert isinstance(first, ListBlock) and first.ordered and first.start == 1
    assert [len(i.blocks) for i in first.items] == [2, 1]  # the dashed list stays in thesis 1
    assert first.items[0].blocks[1] is dashes
    assert heading == blocks[3]
    assert isinstance(second, ListBlock) and second.start == 3 and len(second.items) == 1
    assert plain == blocks[5]  # only body paragraphs are theses


def test_a_list_on_its_own_gives_its_items_as_theses_and_dashes_when_asked():
    items = (ListItem((para("а"),)), ListItem((para("б"),)))
    (out,) = as_theses([ListBlock(items, ordered=True)], ordered=False)
    assert isinstance(out, ListBlock) and out.items == items and not out.ordered


def test_attachment_lines_one_and_several():
    theme = Theme()
    assert enclosure_lines((Enclosure("справка", 5),), theme) == ["справка на 5\u00a0л. в\u00a01\u00a0экз."]
    assert enclosure_lines((Enclosure("справка", 5), Enclosure("тезисы к беседе", 2, 3)), theme) == [
        "Справка на 5\u00a0л. в\u00a01\u00a0экз.",
        "Тезисы к беседе на 2\u00a0л. в\u00a03\u00a0экз.",
    ]


def test_labels_sheets_must_hold_the_page_count():
    with pytest.raises(ValueError, match="pages"):
        Theme.model_validate({"labels": {"sheets": "на N л."}})


def test_a_theme_without_exhibits_places_no_table_or_chart_its_templates_ask_for(tmp_path):
    make_theme(tmp_path, "bare", "exhibits: false\n")
    facts = facts_copy(tmp_path)
    memo, _ = compose(load_facts(facts), tmp_path, "bare")
    assert not any(isinstance(b, Table | Figure) for b in memo.blocks)
    full, _ = compose(load_facts(facts), tmp_path)
    assert any(isinstance(b, Table) for b in full.blocks) and any(isinstance(b, Figure) for b in full.blocks)


def test_points_template_placing_an_unknown_exhibit_is_still_an_error(tmp_path):
    make_theme(tmp_path, "odd", "{}\n", {"points/trade.md.j2": "```table nosuch\n```\n"})
    with pytest.raises(InputError, match="unknown table 'nosuch'"):
        build(facts_copy(tmp_path), ["pdf"], tmp_path / "out", workspace=tmp_path, theme_name="odd", kinds=["points"])


def test_dashed_theses_and_headings_come_from_the_theme(tmp_path):
    make_theme(
        tmp_path, "dash",
        "documents:\n  points:\n    theses: dashed\n    sections: [{id: greeting, heading: Приветствие}, trade]\n",
    )
    result = build(facts_copy(tmp_path), ["pdf"], tmp_path / "out", workspace=tmp_path, theme_name="dash", kinds=["points"])
    blocks = result.documents[0].memo.blocks
    assert isinstance(blocks[0], Heading) and blocks[0].children == (Text("Приветствие"),)
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    assert lists and not any(b.ordered for b in lists)
