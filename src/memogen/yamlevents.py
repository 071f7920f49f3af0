"""The parser-side limits of `memogen.yamlguard`: depth, tags, number lengths and the
size after alias expansion, checked on ruamel.yaml's event stream while a file is
parsed (a module of its own so that reading a cached parse imports no ruamel)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    NodeEvent,
    ScalarEvent,
)

from memogen.errors import InputError, Location
from memogen.yamlguard import MAX_DEPTH, MAX_NODES, MAX_NUMBER_DIGITS


class EventGuard:
    """Depth, tags, number lengths and the size after alias expansion, checked on each
    parser event as the loader pulls it (see `guarded_parser`); the first problem is
    an `InputError` at its line, raised before the composer builds anything deeper."""

    def __init__(self, path: Path):
        self.path = path
        self.sizes: list[int] = [0]  # expanded value count of each open collection
        self.open_anchors: list[str | None] = []
        self.anchors: dict[str, int] = {}

    def see(self, event: Event) -> None:
        if isinstance(event, NodeEvent):
            _check_node(event, self.path, self.open_anchors)
        if isinstance(event, CollectionStartEvent):
            self.sizes.append(1)
            self.open_anchors.append(event.anchor)
            if len(self.open_anchors) > MAX_DEPTH:
                raise _at(event, self.path, f"data nested more than {MAX_DEPTH} levels deep",
                          "flatten the structure; facts nest a few levels at most")
        elif isinstance(event, CollectionEndEvent):
            size = self.sizes.pop()
            anchor = self.open_anchors.pop()
            if anchor is not None:
                self.anchors[anchor] = size
            self.sizes[-1] += size
        elif isinstance(event, AliasEvent):
            self.sizes[-1] += self.anchors.get(event.anchor, 1)
        elif isinstance(event, ScalarEvent):
            self.sizes[-1] += 1
            if event.anchor is not None:
                self.anchors[event.anchor] = 1
        if sum(self.sizes) > MAX_NODES:
            raise _at(event, self.path, f"the data expands to more than {MAX_NODES:,} values "
                      "(aliases of aliases?)", "write the values out; use aliases (*name) sparingly")


def guarded_parser(parser_class: Any, path: Path) -> Any:
    """`parser_class` whose every event passes an `EventGuard` for `path` first."""

    def get_event(self: Any) -> Any:
        event = parser_class.get_event(self)
        guard.see(event)
        return event

    guard = EventGuard(path)
    return type(f"Guarded{parser_class.__name__}", (parser_class,), {"get_event": get_event})


def _check_node(event: NodeEvent, path: Path, open_anchors: list[str | None]) -> None:
    if isinstance(event, AliasEvent):
        if event.anchor in open_anchors:
            raise _at(event, path, f"alias *{event.anchor} refers to a value that contains it",
                      "an alias cannot point into its own anchor")
        return
    tag = getattr(event, "tag", None)
    if tag is not None:  # the round-trip loader would keep even !!str as a tagged object
        shown = str(tag).replace("tag:yaml.org,2002:", "!!")
        raise _at(event, path, f"the tag {shown} is not allowed",
                  "remove the tag: facts are plain text, numbers, lists and mappings (quote a number to make it text)")
    if isinstance(event, ScalarEvent) and event.style is None:
        digits = sum(c.isdigit() for c in event.value)
        if digits > MAX_NUMBER_DIGITS and re.fullmatch(r"[-+0-9_.eE]+", event.value):
            raise _at(event, path, f"a number of {digits} digits",
                      "write the figure as the source states it, with `scale` for millions")


def _at(event: Event, path: Path, message: str, hint: str) -> InputError:
    mark = event.start_mark
    return InputError(message, location=Location(path, mark.line + 1, mark.column + 1), hint=hint)
