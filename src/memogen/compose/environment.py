"""Theme folders → the one sandboxed Jinja2 environment that renders section templates.

StrictUndefined makes a missing variable an error, never an empty string; the sandbox
keeps templates away from Python internals, files and the environment. Values from
the facts are escaped for Markdown on output; filters return `Safe` text.
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from memogen.compose import russian
from memogen.facts.model import Company, FigureFact, Party, Product, When
from memogen.facts.periods import Period
from memogen.figures import Point


class Safe(str):
    """Text already fit for Markdown: not escaped again."""


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape_markdown(value: object) -> str:
    """Every value a template prints: Markdown's special characters lose their power,
    so a facts file cannot inject markup."""
    if isinstance(value, Safe):
        return value
    return _MD_SPECIAL.sub(r"\\\1", str(value))


def _safe(fn):
    def wrapper(*args, **kwargs):
        return Safe(fn(*args, **kwargs))

    wrapper.__name__ = fn.__name__
    return wrapper


def _money(value, currency: str = "USD", scale: str = "million") -> str:
    if isinstance(value, FigureFact):
        assert value.value is not None
        return russian.money(value.value, value.currency, value.scale, value.qualifier)
    if isinstance(value, Point):
        value = value.value
    return russian.money(value, currency, scale)


def _period(value: Period | str) -> Period:
    return value if isinstance(value, Period) else Period.parse(str(value))


def _when(value: When) -> str:
    return russian.date(value.date, "verbal") if value.date is not None else value.text or ""


def _case(case: str):
    def form(party: Party) -> str:
        return getattr(party.cases, case) or party.name

    form.__name__ = case
    return form


def _company(c: Company) -> str:
    name = russian.quoted(c.name)
    return f"{c.legal_form} {name}" if c.legal_form else name


def _product(item: Product) -> str:
    extra = []
    if item.value is not None:
        extra.append(russian.integer_or_decimal(item.value))
    if item.share is not None:
        extra.append(russian.percent(item.share))
    return item.name + (f" ({', '.join(extra)})" if extra else "")


def make_environment(folders: list[tuple[str, Path]], *, date_style: str, signature_style: str):
    """An environment whose templates resolve through `folders` (theme first, default
    last); "<theme>/<file>" names one theme's file, for `{% extends %}`."""
    loader = ChoiceLoader(
        [
            FileSystemLoader([str(f) for _, f in folders]),
            PrefixLoader({name: FileSystemLoader(str(f)) for name, f in folders}),
        ]
    )
    env = ImmutableSandboxedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,  # Markdown, not HTML: `finalize` escapes instead
        finalize=escape_markdown,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    filters = {
        "money": _money,
        "number": russian.integer_or_decimal,
        "percent": russian.percent,
        "times": russian.times,
        "change": russian.change,
        "period_in": lambda p: russian.period_in(_period(p)),
        "period_label": lambda p: russian.period_label(_period(p)),
        "years": lambda pair: russian.years(*pair),
        "date": lambda d: russian.date(d, date_style),
        "when": _when,
        "company": _company,
        "product": _product,
        "initials": lambda p: russian.initials(p.surname, p.given, p.patronymic, signature_style),
        "genitive": _case("genitive"),
        "dative": _case("dative"),
        "accusative": _case("accusative"),
        "instrumental": _case("instrumental"),
        "prepositional": _case("prepositional"),
    }
    env.filters.update({name: _safe(fn) for name, fn in filters.items()})
    # Text filters keep the escaping state of what they are given.
    env.filters["capfirst"] = lambda s: type(s)(s[:1].upper() + s[1:]) if s else s
    env.filters["lowerfirst"] = lambda s: type(s)(s[:1].lower() + s[1:]) if s else s
    env.filters["strip_stop"] = lambda s: type(s)(s.rstrip().rstrip("."))
    return env

