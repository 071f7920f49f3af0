"""A YAML file → a validated pydantic model, or one `InputError` naming file, line and field.

Shared by facts files and theme files: ruamel.yaml keeps each key's line and column
and refuses duplicate keys (`memogen.yamlparse`); pydantic's errors are mapped back
onto those positions. What a file parses to is kept in the cache folder by its text
(`memogen.yamlcache`), so a file that did not change is not parsed again (ruamel.yaml
is pure Python: parsing the example's facts was a tenth of a warm build).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from memogen import yamlcache, yamlguard
from memogen.errors import InputError, Location

M = TypeVar("M", bound=BaseModel)


class WrittenFloat(float):
    """A float that remembers how many decimals the file wrote: `5.10` keeps two, so a
    stated figure is printed with the digits its source gave (`decimals` is None for
    an exponent form like `1.5e3`)."""

    decimals: int | None = None


Path_ = tuple[str | int, ...]


def read_yaml(path: Path) -> tuple[Any, dict[Path_, tuple[int, int]]]:
    """The file's data as plain Python, and the 1-based (line, column) of every key.

    The file is untrusted: its size, characters, nesting, tags and alias expansion
    are bounded (see `memogen.yamlguard`) before anything is built from it; what a
    file parsed to before is read back from the cache folder instead."""
    text = yamlguard.read_text(Path(path))
    kept = yamlcache.recall(Path(path), text)
    if kept is not None:
        return kept
    from memogen.yamlparse import parse

    parsed = parse(Path(path), text)
    yamlcache.keep(Path(path), text, parsed)
    return parsed


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
        import difflib  # here: only a mistyped key needs it

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
