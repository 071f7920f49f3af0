"""Markdown written by section templates → document model blocks.

markdown-it-py parses (CommonMark plus footnotes); this module maps its tokens onto the
format-neutral vocabulary of `memogen.document`. Tables and charts come in through a
directive, a fenced block whose info string names them:

    ```table dynamics
    ```

and `blocks` resolves the name. Every text run passes through Russian typography.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from memogen.compose.typography import typograph
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


def _inlines(tokens: list[Token], notes: dict[int, tuple[Inline, ...]]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    stack: list[tuple[str, list[Inline]]] = []

    def emit(node: Inline) -> None:
        (stack[-1][1] if stack else out).append(node)

    for tok in tokens:
        match tok.type:
            case "text":
                if tok.content:
                    emit(Text(typograph(tok.content)))
            case "softbreak":
                emit(Text(" "))
            case "hardbreak":
                emit(LineBreak())
            case "strong_open" | "em_open":
                stack.append((tok.type, []))
            case "strong_close" | "em_close":
                kind, children = stack.pop()
                emit((Strong if kind == "strong_open" else Emph)(_merge(children)))
            case "footnote_ref":
                emit(Note(notes[tok.meta["id"]]))
            case "code_inline":
                emit(Text(tok.content))
            case _:
                raise MarkdownProblem(f"inline markup {tok.type!r} is not supported in a memo")
    return _merge(out)


def _merge(nodes: list[Inline]) -> tuple[Inline, ...]:
    """Adjacent text runs as one, so readers see whole words."""
    merged: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + node.text)
        else:
            merged.append(node)
    return tuple(merged)


def _footnotes(tokens: list[Token], env: dict) -> dict[int, tuple[Inline, ...]]:
    """Each footnote's text, by id: inline ones from `env`, defined ones from the block."""
    notes: dict[int, tuple[Inline, ...]] = {}
    current: int | None = None
    for tok in tokens:
        if tok.type == "footnote_open":
            current = tok.meta["id"]
        elif tok.type == "footnote_close":
            current = None
        elif current is not None and tok.type == "inline":
            children = [c for c in tok.children or [] if c.type != "footnote_anchor"]
            notes[current] = notes.get(current, ()) + _inlines(children, {})
    for fid, entry in env.get("footnotes", {}).get("list", {}).items():
        if "tokens" in entry:
            notes[fid] = _inlines(entry["tokens"], {})
    return notes


def parse(markdown: str, resolve: Resolve, heading_offset: int = 0) -> list[Block]:
    """Blocks of `markdown`. Headings `#` become level 1 (plus `heading_offset`);
    `resolve(kind, name)` supplies the blocks of a table or chart directive."""
    env: dict = {}
    tokens = _MD.parse(markdown, env)
    notes = _footnotes(tokens, env)
    blocks, _ = _blocks(tokens, 0, notes, resolve, heading_offset, until=None)
    return blocks


def _blocks(tokens, i, notes, resolve, offset, until):
    out: list[Block] = []
    while i < len(tokens):
        tok = tokens[i]
        if until is not None and tok.type == until:
            return out, i + 1
        match tok.type:
            case "heading_open":
                level = int(tok.tag[1:]) + offset
                out.append(Heading(level, _inlines(tokens[i + 1].children or [], notes)))
                i += 3
            case "paragraph_open":
                out.append(Paragraph(_inlines(tokens[i + 1].children or [], notes)))
                i += 3
            case "bullet_list_open" | "ordered_list_open":
                ordered = tok.type == "ordered_list_open"
                start = int(tok.attrs.get("start", 1)) if ordered else 1
                close = "ordered_list_close" if ordered else "bullet_list_close"
                items: list[ListItem] = []
                i += 1
                while tokens[i].type != close:
                    assert tokens[i].type == "list_item_open"
                    item_blocks, i = _blocks(tokens, i + 1, notes, resolve, offset, "list_item_close")
                    items.append(ListItem(tuple(item_blocks)))
                out.append(ListBlock(tuple(items), ordered=ordered, start=start))
                i += 1
            case "fence":
                kind, _, name = tok.info.strip().partition(" ")
                if kind not in DIRECTIVES or not name.strip():
                    raise MarkdownProblem(
                        f"a fenced block must be a directive ({', '.join(DIRECTIVES)} NAME), "
                        f"got {tok.info.strip()!r}"
                    )
                out.extend(resolve(kind, name.strip()))
                i += 1
            case "footnote_block_open":
                while tokens[i].type != "footnote_block_close":
                    i += 1
                i += 1
            case "hr":
                i += 1
            case _:
                raise MarkdownProblem(f"Markdown block {tok.type!r} is not supported in a memo")
    return out, i
