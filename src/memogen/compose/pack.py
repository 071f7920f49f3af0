"""What the other kinds of the pack add to composed blocks: the talking points'
theses, and the cover letter's requisites and list of attachments.

Blocks in → blocks out: the sections are composed as for the memo (see
`memogen.compose.compose_memo`); these functions only reshape and frame them.
"""

from __future__ import annotations

from dataclasses import dataclass

from memogen import russian
from memogen.compose.typography import typograph
from memogen.document import Block, Inline, LineBreak, ListBlock, ListItem, Paragraph, Text
from memogen.errors import InputError, Location
from memogen.facts.model import Facts


@dataclass(frozen=True)
class Enclosure:
    """One document a cover letter encloses: what it is («справка», in the words of
    its type), how many sheets its built file has, and in how many copies."""

    name: str
    pages: int
    copies: int = 1


@dataclass(frozen=True)
class Attached:
    """One document an e-mail carries, for its cover note: what it is («Справка о …»)
    and the names of its files."""

    subject: str
    files: tuple[str, ...]


def as_theses(blocks: list[Block], *, ordered: bool) -> list[Block]:
    """Body paragraphs as the items of numbered (or dashed) lists, numbered on across
    headings; a list right after a paragraph stays inside that thesis."""
    out: list[Block] = []
    items: list[ListItem] = []
    start = 1
    for block in blocks:
        match block:
            case Paragraph(role="body"):
                items.append(ListItem((block,)))
            case ListBlock() if items:
                items[-1] = ListItem((*items[-1].blocks, block))
            case ListBlock():
                items.extend(block.items)
            case _:
                if items:
                    out.append(ListBlock(tuple(items), ordered=ordered, start=start))
                    start += len(items)
                    items = []
                out.append(block)
    if items:
        out.append(ListBlock(tuple(items), ordered=ordered, start=start))
    return out


def enclosure_lines(pack: tuple[Enclosure, ...], theme) -> list[str]:
    """The attachment mark's items: «справка на 5 л. в 1 экз.» for one enclosure;
    «Справка на 5 л. в 1 экз.», «Тезисы к беседе на 2 л. в 1 экз.» for several (they
    are numbered then, each one a sentence of its own line)."""
    lines = []
    for e in pack:
        sheets = theme.labels.sheets.replace("{pages}", str(e.pages)).replace("{copies}", str(e.copies))
        name = russian.capfirst(e.name) if len(pack) > 1 else e.name
        lines.append(f"{name} {sheets}")
    return lines


def letter_head(
    facts: Facts, theme, source, title: str, addressee: tuple[str, ...] = ()
) -> list[Block]:
    """The cover letter's requisites above its text: the registration line the records
    office fills in, the addressee (the facts' `memo.addressee`, else `addressee`, e.g.
    the name of the e-mail's recipient), and the title to the text."""
    lines = _facts_addressee(facts) or addressee
    if not lines:
        raise InputError(
            "the cover letter has no addressee",
            location=Location(source, field="memo.addressee"),
            hint="add memo.addressee to the facts file (in the dative, one item per line: "
            "[Заместителю Премьер-министра, Республики Беларусь, В.И.Каранкевичу]), "
            "or mail it with --to an address-book entry that has a name",
        )
    to: list[Inline] = []
    for line in lines:
        if to:
            to.append(LineBreak())
        to.append(Text(typograph(line)))
    out: list[Block] = []
    if theme.labels.registration:
        out.append(Paragraph((Text(theme.labels.registration),), role="plain"))
    out.append(Paragraph(tuple(to), role="addressee"))
    out.append(Paragraph((Text(typograph(title)),), role="subject"))
    return out


def _facts_addressee(facts: Facts) -> tuple[str, ...]:
    value = facts.memo.addressee
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)
