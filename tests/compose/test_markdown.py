"""Markdown from templates becomes document blocks; directives place tables and charts."""

from __future__ import annotations

import pytest

from memogen.compose.environment import Safe, escape_markdown
from memogen.compose.markdown import MarkdownProblem, parse
from memogen.document import Emph, Heading, LineBreak, Link, ListBlock, Note, Paragraph, Strong, Text, plain_text


def _none(kind, name):
    raise AssertionError("no directive expected")


def test_blocks_and_inlines():
    blocks = parse(
        "# Заголовок\n\nТекст **жирный** и *курсив*^[Сноска.] конец.  \nстрока\n\n"
        "1. один\n2. два\n   - вложенный\n",
        _none,
    )
    heading, para, numbered = blocks
    assert heading == Heading(1, (Text("Заголовок"),))
    assert para.children[1] == Strong((Text("жирный"),))
    assert para.children[3] == Emph((Text("курсив"),))
    assert para.children[4] == Note((Text("Сноска."),))
    assert LineBreak() in para.children
    assert isinstance(numbered, ListBlock) and numbered.ordered
    nested = numbered.items[1].blocks[1]
    assert isinstance(nested, ListBlock) and not nested.ordered


def test_text_is_typographed():
    (para,) = parse('Компания "МАЗ" в 2026-2028 годах', _none)
    assert para == Paragraph((Text("Компания «МАЗ» в\u00a02026–2028\u00a0годах"),))


def test_directives_resolve_by_kind_and_name():
    seen = []

    def resolve(kind, name):
        seen.append((kind, name))
        return [Paragraph((Text(f"{kind}:{name}"),))]

    blocks = parse("```table dynamics\n```\n\n```chart share\n```\n", resolve)
    assert seen == [("table", "dynamics"), ("chart", "share")]
    assert len(blocks) == 2


@pytest.mark.parametrize(
    "source, says",
    [
        ("```python\nprint()\n```\n", "directive"),
        ("<div>html</div>\n\n> quote\n", "blockquote"),
        ("Абзац.\n\n---\n\nЕщё абзац.\n", "horizontal rule"),
        ("Абзац.\n\n***\n", "horizontal rule"),
        ("    отступ\n", "code_block"),
        ("![схема](a.png)\n", "chart NAME"),
        ("[ссылка](http://x)\n", "link"),
    ],
)
def test_unsupported_markdown_is_reported_not_dropped(source, says):
    with pytest.raises(MarkdownProblem, match=says):
        parse(source, _none)


def test_footnotes_defined_and_inline_reach_their_references():
    (para,) = parse("Текст^[инлайн **жирный**] и[^1].\n\n[^1]: Сноска *курсив*.\n", _none)
    notes = [c for c in para.children if isinstance(c, Note)]
    assert [plain_text(n.children) for n in notes] == ["инлайн жирный", "Сноска курсив."]
    assert isinstance(notes[0].children[1], Strong) and isinstance(notes[1].children[1], Emph)


def test_nested_lists_keep_their_items_and_start():
    (outer,) = parse("3. один\n   - а\n   - б\n4. два\n", _none)
    assert outer.ordered and outer.start == 3 and len(outer.items) == 2
    inner = outer.items[0].blocks[1]
    assert isinstance(inner, ListBlock) and not inner.ordered
    assert [plain_text(i.blocks[0].children) for i in inner.items] == ["а", "б"]


def test_values_cannot_inject_markup():
    text = "**жирно** [ссылка](http://x) # не заголовок"
    escaped = escape_markdown(text)
    (para,) = parse(escaped, _none)
    # A bare address in a value is still a link (its text as written), never markup.
    assert all(isinstance(c, Text) or (isinstance(c, Link) and c.url == plain_text(c.children))
               for c in para.children)
    shown = plain_text(para.children)
    assert "**жирно**" in shown and "[ссылка](http://x)" in shown and "#" in shown
    assert escape_markdown(Safe("**как есть**")) == "**как есть**"
