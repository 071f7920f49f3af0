"""A YAML file → a validated pydantic model, or one `InputError` naming file, line and field.

Shared by facts files and theme files: ruamel.yaml keeps each key's line and column
and refuses duplicate keys; pydantic's errors are mapped back onto those positions.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarfloat import ScalarFloat

from memogen import yamlguard
from memogen.errors import InputError, Location

M = TypeVar("M", bound=BaseModel)


class WrittenFloat(float):
    """A float that remembers how many decimals the file wrote: `5.10` keeps two, so a
    stated figure is printed with the digits its source gave (`decimals` is None for
    an exponent form like `1.5e3`)."""

    decimals: int | None = None


def _written(node: ScalarFloat) -> WrittenFloat:
    out = WrittenFloat(node)
    width, dot = getattr(node, "_width", None), getattr(node, "_prec", None)
    if width is not None and dot is not None and not getattr(node, "_exp", None):
        out.decimals = max(0, width - dot - 1)
    return out

Path_ = tuple[str | int, ...]


def _yaml(path: Path) -> YAML:
    yaml = YAML(typ="rt")
    yaml.Parser = yamlguard.guarded_parser(yaml.Parser, path)
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


def read_yaml(path: Path) -> tuple[Any, dict[Path_, tuple[int, int]]]:
    """The file's data as plain Python, and the 1-based (line, column) of every key.

    The file is untrusted: its size, characters, nesting, tags and alias expansion
    are bounded (see `memogen.yamlguard`) before anything is built from it."""
    text = yamlguard.read_text(Path(path))
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


def _field_names(model: type[BaseModel], loc: Path_) -> list[str]:
    """The field names allowed at `loc`'s parent, for a "did you mean" hint."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
    # Fields the program sets itself (excluded from dumps) are not the user's to write.
    return [n for n, f in getattr(current, "model_fields", {}).items() if not f.exclude]


def _model_in(annotation: Any) -> Any:
    """The pydantic model inside an annotation like `list[X]`, `X | None`, `dict[K, X]`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found is not None:
            return found
    origin = getattr(annotation, "__origin__", None)
    if origin is not None and hasattr(annotation, "__metadata__"):
        return _model_in(origin)
    return None


def _dotted(loc: Path_) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _loc(err: ErrorDetails) -> Path_:
    """Where an error is: pydantic's location without the names of union alternatives,
    extended by the path a cross-file check (`FactError`) names."""
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
    return loc + tuple(getattr(err.get("ctx", {}).get("error"), "loc", ()))


def _locate(loc: Path_, positions: dict[Path_, tuple[int, int]]) -> tuple[int, int] | None:
    for n in range(len(loc), 0, -1):
        if loc[:n] in positions:
            return positions[loc[:n]]
    return None


def _message(model: type[BaseModel], err: ErrorDetails) -> tuple[str, str]:
    kind = err["type"]
    loc = _loc(err)
    name = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        allowed = _field_names(model, loc)
        close = difflib.get_close_matches(str(name), allowed, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}?" if close else ""
        if allowed:
            hint = (hint + " " if hint else "") + f"allowed here: {', '.join(allowed)}"
        return f"unknown key {name!r}", hint or "remove it"
    if kind == "missing":
        return "required field is missing", f"add {name!r} here"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    hint = {
        "date_from_datetime_parsing": "write a real date as YYYY-MM-DD",
        "date_parsing": "write a real date as YYYY-MM-DD",
        "date_type": "write a date as YYYY-MM-DD",
        "float_parsing": "write a number with a decimal point: 678.1",
        "float_type": "write a number with a decimal point: 678.1",
        "int_parsing": "write a whole number",
        "string_type": "write text here (quote it if it looks like a number)",
        "list_type": "write a list here (lines starting with '- ')",
        "dict_type": "write a mapping here (key: value lines)",
        "model_type": "write a mapping here (key: value lines)",
        "literal_error": "use one of the values listed",
    }.get(kind, "")
    if "input" in err and kind not in ("model_type", "dict_type") and not isinstance(
        err["input"], (dict, list)
    ):
        msg += f" (got {err['input']!r})"
    return msg, hint


def validate(model: type[M], data: Any, positions: dict[Path_, tuple[int, int]], path: Path) -> M:
    """`data` as a `model`, or an `InputError` for the first problem, with its place."""
    if data is None:
        raise InputError(f"{path} is empty", hint="start from an example under facts/")
    try:
        result = model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        # Report the problem that comes first in the file, a misspelt key before the
        # "missing" it causes; of a union's alternatives, which fail together, the
        # deepest is the most specific.
        def order(err: ErrorDetails) -> tuple:
            loc = _loc(err)
            where = _locate(loc, positions) or (10**9, 0)
            return (err["type"] == "missing", where, -len(loc))

        errors.sort(key=order)
        first, rest = errors[0], errors[1:]
        loc = _loc(first)
        message, hint = _message(model, first)
        also = []
        for other in rest:  # every problem at once, so one run finds them all
            other_loc = _loc(other)
            line = (_locate(other_loc, positions) or (None,))[0]
            where = f"{path}:{line}" if line else str(path)
            also.append(f"{where}: {_dotted(other_loc)}: {_message(model, other)[0]}")
        raise InputError(
            message,
            location=Location.at(path, _locate(loc, positions), _dotted(loc)),
            hint=hint,
            also=tuple(also),
        ) from None
    _check_bounds(result, positions, path)
    return result


def _check_bounds(result: BaseModel, positions: dict[Path_, tuple[int, int]], path: Path) -> None:
    """An `InputError` at the first number or date no memo can mean (see yamlguard)."""
    bad = yamlguard.out_of_bounds(result)
    if bad:
        loc, message, hint = bad
        raise InputError(message, location=Location.at(path, _locate(loc, positions), _dotted(loc)), hint=hint)


def load_model(model: type[M], path: Path) -> M:
    """Read and validate a YAML file as `model`."""
    data, positions = read_yaml(path)
    return validate(model, data, positions, path)
