"""Markdown from templates becomes document blocks; directives place tables and charts."""

from __future__ import annotations

import pytest

from memogen.compose.environment import Safe, escape_markdown
from memogen.compose.markdown import MarkdownProblem, parse
from memogen.document import Emph, Heading, LineBreak, ListBlock, Note, Paragraph, Strong, Text, plain_text


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


@pytest.mark.parametrize("source", ["```python\nprint()\n```\n", "<div>html</div>\n\n> quote\n"])
def test_unsupported_markdown_is_reported_not_dropped(source):
    with pytest.raises(MarkdownProblem):
        parse(source, _none)


def test_values_cannot_inject_markup():
    text = "**жирно** [ссылка](http://x) # не заголовок"
    escaped = escape_markdown(text)
    (para,) = parse(escaped, _none)
    assert all(isinstance(c, Text) for c in para.children)
    shown = plain_text(para.children)
    assert "**жирно**" in shown and "[ссылка](http://x)" in shown and "#" in shown
    assert escape_markdown(Safe("**как есть**")) == "**как есть**"
