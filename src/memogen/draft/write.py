"""A drafted facts file (plain data plus review marks) → commented YAML text.

Each drafted item carries an end-of-line comment on its first key saying how sure the
draft is («# draft: check — period taken from the sentence before»); the file opens
with how to review it and ends with every sentence holding a number or a named party
that the draft could not place, as comments, so nothing is silently skipped.
"""

from __future__ import annotations

import io
import re
import textwrap
from decimal import Decimal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from memogen.draft.growth import ECONOMY
from memogen.draft.model import MARKS, Item

HEADER = """\
Drafted by `memogen draft` from {source}.
Nothing here is checked: every item says how sure the draft is —
  sure:  read straight from the text;  check: read with an assumption (see the note);
  guess: the draft's reading of prose — confirm, correct or delete.
Review each item against its `quote`, delete the `# draft:` notes you have dealt with,
and add what the release does not say (signatory, occasion, proposals with who and when).
Run `memogen validate` on the result, then `memogen build`."""


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = 4096  # quotes stay on one line, so they can be searched in the release
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(Decimal, _decimal)
    yaml.representer.ignore_aliases = lambda data: True  # one date in three places stays written three times
    return yaml


def _decimal(representer, value: Decimal):
    """A number with the digits the release gave: 335 stays 335, 5.10 stays 5.10."""
    text = format(value, "f")
    tag = "tag:yaml.org,2002:int" if "." not in text else "tag:yaml.org,2002:float"
    return representer.represent_scalar(tag, text)


_FLOW = ("person", "growth", "share", "rank", "when", "years")


def commented(data: object, flow: bool = False) -> object:
    """Plain dicts and lists → ruamel's commentable ones; small mappings (a person, a
    growth) on one line."""
    if isinstance(data, dict):
        out = CommentedMap()
        for key, value in data.items():
            out[key] = commented(value, key in _FLOW)
        if flow:
            out.fa.set_flow_style()
        return out
    if isinstance(data, list) and flow:
        seq = CommentedSeq(data)
        seq.fa.set_flow_style()
        return seq
    if isinstance(data, list):
        return CommentedSeq(commented(v) for v in data)
    return data


def mark(node: CommentedMap, item: Item) -> None:
    """The review comment beside the item's first key."""
    notes = "; ".join(dict.fromkeys(item.notes)) or MARKS[item.mark]
    notes = " ".join(notes.split())  # a note quoting a sentence across a line break stays one comment line
    node.yaml_add_eol_comment(f"draft: {item.mark} — {notes}", key=next(iter(node)))


def dump(root: CommentedMap, source: str, unplaced: list[str], summary: list[str]) -> str:
    root.yaml_set_start_comment(HEADER.format(source=source) + "\n\n" + "\n".join(summary))
    out = io.StringIO()
    _yaml().dump(root, out)
    return out.getvalue() + _unplaced(unplaced)


_ECONOMY_NOTE = "(an economy's own figure, no trade with the partner: the facts format leaves it out)"


def _unplaced(sentences: list[str]) -> str:
    if not sentences:
        return "\n# Every sentence holding a number or a named party was placed above.\n"
    lines = ["", "# Sentences holding a number or a named party that the draft could not place:"]
    for sentence in sentences:
        if ECONOMY.search(sentence) and re.search(r"\d\s?%|процент", sentence):
            sentence = f"{sentence} {_ECONOMY_NOTE}"
        wrapped = textwrap.wrap(" ".join(sentence.split()), 100) or [""]
        lines.append(f"# - {wrapped[0]}")
        lines += [f"#   {line}" for line in wrapped[1:]]
    return "\n".join(lines) + "\n"
