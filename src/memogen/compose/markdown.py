"""Markdown written by section templates → document model blocks.

markdown-it-py parses (CommonMark plus footnotes); this module walks its syntax tree
(`SyntaxTreeNode`) and maps each node onto the format-neutral vocabulary of
`memogen.document`. What a memo cannot show (a rule, a quote, an image) is an error,
never dropped. Tables and charts come in through a directive, a fenced block whose
info string names them:

    ```table dynamics
    ```

and the caller's `resolve` supplies its blocks. Every text run passes through Russian
typography.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.footnote import footnote_plugin

from memogen.compose.typography import typeset
from memogen.document import (
    Block,
    Emph,
    Heading,
    Inline,
    LineBreak,
    ListBlock,
    ListItem,
    Note,
    Paragraph,
    Strong,
    Text,
)

DIRECTIVES = ("table", "chart")

_MD = MarkdownIt("commonmark").use(footnote_plugin).disable(["html_block", "html_inline"])


class MarkdownProblem(ValueError):
    """Markdown a template produced that the memo cannot show; the message says what."""


Resolve = Callable[[str, str], Sequence[Block]]
Notes = dict[int, tuple[Inline, ...]]

# What each block or inline node of markdown-it-py's syntax tree may be; anything else
# (a rule, a quote, an indented code block, an image, …) is an error, never dropped.
_UNSUPPORTED_HINTS = {
    "hr": "a horizontal rule (---) has no place in a memo: start a new section instead",
    "blockquote": "write the quotation as a paragraph in «quotes»",
    "code_block": "indented lines are code in Markdown: remove the indentation",
    "image": "charts come in through a ```chart NAME``` directive",
}


def _unsupported(node: SyntaxTreeNode, what: str) -> MarkdownProblem:
    message = f"{what} {node.type!r} is not supported in a memo"
    hint = _UNSUPPORTED_HINTS.get(node.type)
    return MarkdownProblem(f"{message}: {hint}" if hint else message)


def _inlines(nodes: Sequence[SyntaxTreeNode], notes: Notes) -> tuple[Inline, ...]:
    return _merge([inline for node in nodes for inline in _inline(node, notes)])


def _inline(node: SyntaxTreeNode, notes: Notes) -> list[Inline]:
    match node.type:
        case "text":
            return typeset(node.content)
        case "softbreak":
            return [Text(" ")]
        case "hardbreak":
            return [LineBreak()]
        case "strong":
            return [Strong(_inlines(node.children, notes))]
        case "em":
            return [Emph(_inlines(node.children, notes))]
        case "footnote_ref":
            return [Note(notes[node.meta["id"]])]
        case "code_inline":
            return [Text(node.content)]
        case _:
            raise _unsupported(node, "inline markup")


def _merge(nodes: list[Inline]) -> tuple[Inline, ...]:
    """Adjacent text runs as one, so readers see whole words."""
    merged: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + node.text)
        else:
            merged.append(node)
    return tuple(merged)


def _text_of(node: SyntaxTreeNode) -> tuple[Inline, ...]:
    """The inline content of a footnote (its paragraphs' text, the back-link left out)."""
    if node.type == "inline":
        return _inlines([c for c in node.children if c.type != "footnote_anchor"], {})
    return tuple(inline for child in node.children for inline in _text_of(child))


def _footnotes(root: SyntaxTreeNode, env: dict) -> Notes:
    """Each footnote's text, by id: defined ones from the footnote block, inline ones
    (`^[...]`) from markdown-it's `env`."""
    notes: Notes = {}
    for block in (n for n in root.children if n.type == "footnote_block"):
        for note in block.children:
            notes[note.meta["id"]] = _text_of(note)
    for fid, entry in env.get("footnotes", {}).get("list", {}).items():
        if "tokens" in entry:
            notes[fid] = _inlines(SyntaxTreeNode(entry["tokens"]).children, {})
    return notes


def parse(markdown: str, resolve: Resolve, heading_offset: int = 0) -> list[Block]:
    """Blocks of `markdown`. Headings `#` become level 1 (plus `heading_offset`);
    `resolve(kind, name)` supplies the blocks of a table or chart directive."""
    env: dict = {}
    root = SyntaxTreeNode(_MD.parse(markdown, env))
    notes = _footnotes(root, env)
    return [b for node in root.children for b in _blocks(node, notes, resolve, heading_offset)]


def _blocks(node: SyntaxTreeNode, notes: Notes, resolve: Resolve, offset: int) -> Sequence[Block]:
    """The blocks one node of the syntax tree stands for (a directive may stand for none)."""
    match node.type:
        case "heading":
            return [Heading(int(node.tag[1:]) + offset, _inlines(node.children[0].children, notes))]
        case "paragraph":
            return [Paragraph(_inlines(node.children[0].children, notes))]
        case "bullet_list" | "ordered_list":
            ordered = node.type == "ordered_list"
            items = tuple(
                ListItem(tuple(b for child in item.children for b in _blocks(child, notes, resolve, offset)))
                for item in node.children
            )
            start = int(node.attrs.get("start", 1)) if ordered else 1
            return [ListBlock(items, ordered=ordered, start=start)]
        case "fence":
            kind, _, name = node.info.strip().partition(" ")
            if kind not in DIRECTIVES or not name.strip():
                raise MarkdownProblem(
                    f"a fenced block must be a directive ({', '.join(DIRECTIVES)} NAME), "
                    f"got {node.info.strip()!r}"
                )
            return resolve(kind, name.strip())
        case "footnote_block":
            return []  # its notes are already attached where they are referenced
        case _:
            raise _unsupported(node, "Markdown block")
