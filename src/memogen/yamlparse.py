"""YAML text → plain Python with every key's place, by ruamel.yaml (imported only when
a file is parsed, not when its parse is read back from the cache: see `yamlfile`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarfloat import ScalarFloat

from memogen import yamlguard
from memogen.errors import InputError, Location
from memogen.yamlevents import guarded_parser
from memogen.yamlfile import Path_, WrittenFloat, _dotted, _locate


def _written(node: ScalarFloat) -> WrittenFloat:
    out = WrittenFloat(node)
    width, dot = getattr(node, "_width", None), getattr(node, "_prec", None)
    if width is not None and dot is not None and not getattr(node, "_exp", None):
        out.decimals = max(0, width - dot - 1)
    return out


def _yaml(path: Path) -> YAML:
    yaml = YAML(typ="rt")
    yaml.Parser = guarded_parser(yaml.Parser, path)
    # Dates stay text so that pydantic, not the parser, judges an impossible date like
    # 2025-02-30, and the error can name its line and field.
    yaml.Constructor = type("RtNoTimestamps", (yaml.Constructor,), {})
    yaml.Constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str
    )
    yaml.allow_duplicate_keys = False
    return yaml


def _plain(node: Any, path: Path_, positions: dict[Path_, tuple[int, int]], file: Path) -> Any:
    """Round-trip YAML nodes → plain dicts and lists, recording where each path starts;
    text holding a control character is refused at its place."""
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            # A key merged in with `<<: *anchor` has no place of its own in this
            # mapping: it is where the mapping is.
            own = (node.lc.data or {}).get(key)
            where = path + (str(key),)
            positions[where] = (own[0] + 1, own[1] + 1) if own else _locate(path, positions) or (1, 1)
            yamlguard.check_value(str(key), file, positions[where], _dotted(where))
            out[str(key)] = _plain(value, where, positions, file)
        return out
    if isinstance(node, CommentedSeq):
        out_list = []
        for i, value in enumerate(node):
            line, col = node.lc.item(i)
            positions[path + (i,)] = (line + 1, col + 1)
            out_list.append(_plain(value, path + (i,), positions, file))
        return out_list
    if isinstance(node, ScalarFloat):
        return _written(node)
    if isinstance(node, str):
        yamlguard.check_value(node, file, _locate(path, positions), _dotted(path))
        return str(node)  # ruamel's scalar string subclasses carry formatting we don't need
    return node


def parse(path: Path, text: str) -> tuple[Any, dict[Path_, tuple[int, int]]]:
    """`text` (the file `path`'s, already checked by `yamlguard.read_text`) as plain
    Python and the 1-based (line, column) of every key; an `InputError` at the first
    problem."""
    try:
        data = _yaml(Path(path)).load(text)
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        key = (exc.problem or "").split('"')[1] if '"' in (exc.problem or "") else ""
        # ruamel marks where the mapping starts; the first use of the key is the first
        # line of that mapping, at the duplicate's indentation, that starts with it.
        lines = text.splitlines()
        first = next(
            (
                n
                for n in range(exc.context_mark.line, mark.line)
                if lines[n][mark.column :].startswith(key)
                and lines[n][mark.column + len(key) :].lstrip().startswith(":")
            ),
            exc.context_mark.line,
        )
        raise InputError(
            f"duplicate key {key!r} (first defined on line {first + 1})",
            location=Location(path, mark.line + 1, mark.column + 1),
            hint="keep one of the two; a YAML mapping cannot repeat a key",
        ) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(
            f"invalid YAML: {exc.problem or exc.context}",
            location=Location(path, mark.line + 1, mark.column + 1) if mark else Location(path),
            hint="check indentation, colons and quotes around this spot",
        ) from None
    positions: dict[Path_, tuple[int, int]] = {}
    return _plain(data, (), positions, Path(path)), positions
