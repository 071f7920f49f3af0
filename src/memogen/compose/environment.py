"""Theme folders → the one sandboxed Jinja2 environment that renders section templates.

StrictUndefined makes a missing variable an error, never an empty string; the sandbox
keeps templates away from Python internals, files and the environment. Values from
the facts are escaped for Markdown on output; filters return `Safe` text.
"""

from __future__ import annotations

import contextlib
import functools
import operator
import re
import threading
import types
from collections.abc import Iterator
from pathlib import Path, PurePath
from typing import Any

from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, pass_context
from jinja2.runtime import BlockReference, Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from pydantic import BaseModel

from memogen import inflect, russian
from memogen.compose.bytecode import bytecode_cache
from memogen.errors import InputError, Location
from memogen.facts.model import Company, FigureFact, Flow, Growth, Party, Person, Product, Share, When
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


def _safe(fn, markdown: bool = True):
    """A filter whose words are escaped for Markdown once and then marked safe: facts
    text passing through it (`Завод *Луч*`) is printed exactly as written. Plain-text
    templates (the e-mail) escape nothing."""

    @functools.wraps(fn)  # keeps Jinja's `pass_context` mark
    def wrapper(*args, **kwargs):
        text = fn(*args, **kwargs)
        return Safe(escape_markdown(text) if markdown else text)

    return wrapper


def _money(value, currency: str = "USD", scale: str = "million") -> str:
    """An amount as stated, with its hedge, currency or counted unit and scale."""
    if isinstance(value, FigureFact):
        assert value.value is not None
        if value.out_of is not None and value.unit:
            return russian.part_of(value.value, value.out_of, value.unit, value.scale, value.qualifier)
        upper = (value.upper.value, value.upper.scale or value.scale) if value.upper else None
        amount = russian.money(value.value, value.currency, value.scale, value.qualifier, value.unit, upper)
        return f"{amount} в{russian.NBSP}год" if value.yearly else amount
    if isinstance(value, Point):
        shown = value.stated if value.stated is not None else value.value
        return russian.money(shown, value.currency, value.scale, value.qualifier, value.unit)
    return russian.money(value, currency, scale)


def _versus(g: Growth, period: Period | str | None) -> str:
    """What growth compares with, or the span it covers: «за 4 года»; nothing for a
    figure without a period compared with «the year before» (which year is unknown)."""
    if g.years is not None:
        return russian.span_years(g.years)
    if period is None:
        return russian.versus(g.versus, g.versus) if isinstance(g.versus, Period) else ""
    return russian.versus(g.versus, _period(period))


def _growth_words(g: Growth) -> str:
    """A stated growth as the source put it, hedges included, without its base: a rate
    («рост более чем на 12 %», «100,9 %»), an absolute change («рост на 3,7 млрд
    долларов США»), or both («рост на 3,7 млрд долларов США, или на 31 %»; with an
    index «…, темп роста — 142 %»)."""
    rate = russian.growth(g.index, g.change, g.times, g.qualifier, g.words, g.upper, g.fall) if g.rated else ""
    if g.amount is None:
        return rate
    a = g.amount
    by = russian.by_amount(a.value, a.currency, a.scale, a.unit, a.qualifier)
    if not rate:
        return by
    if g.index is not None:
        return f"{by}, темп роста — {rate}"
    return f"{by}, или {russian.split_growth(rate)[1]}"


def _growth(g: Growth, period: Period | str | None) -> str:
    """A stated growth as the source put it, hedge included, with what it compares
    with: «рост более чем на 12 % к уровню аналогичного периода 2024 года»."""
    return f"{_growth_words(g)} {_versus(g, period)}".rstrip()


def _growth_clause(fig: FigureFact) -> str:
    """What follows an amount: «, или 100,9 % к уровню …» for an index, « (рост на
    10 % …)» for a change, multiple or absolute change, nothing without growth."""
    g = fig.growth
    if g is None:
        return ""
    text = _growth(g, fig.period)
    return f", или {text}" if g.index is not None and g.years is None and g.amount is None else f" ({text})"


_NOTED_PAST = {"рост": "отмечен", "снижение": "отмечено"}  # agrees with the noun
_NOTED = {"present": "отмечается", "future": "ожидается"}
_PLANNED_NOUN = {"expected": "ожидается", "forecast": "прогнозируется", "target": "планируется"}


def _growth_only(fig: FigureFact, when: str) -> str:
    """The sentence (without its full stop) of a growth known without an amount, stated
    as the source put it: «В 2024 году темп роста товарооборота составил 95,8 % …» for
    an index, «В I полугодии 2025 г. отмечено снижение товарооборота на 4,2 % …» for a
    change («ожидается рост …» for a forecast; «С начала 2023 г., по предварительным
    данным, отмечается рост …»); a figure without a period starts with its verb."""
    return _growth_sentence(fig, when, russian.indicator(fig.indicator, fig.label, 1))


_NAME_SLOT = "\x00"


def _growth_around(fig: FigureFact, when: str) -> tuple[str, str]:
    """The growth-only sentence of `_growth_only` in two pieces, before and after the
    name of what grew, for a theme that names it itself in the genitive: a trade in
    services or with a third country («отмечен рост | объема торговли услугами между … |
    на 8 % к уровню 2023 года»). Each piece is escaped once, on output."""
    before, _, after = _growth_sentence(fig, when, _NAME_SLOT).partition(_NAME_SLOT)
    return before, after


def _growth_sentence(fig: FigureFact, when: str, name: str) -> str:
    g = fig.growth
    assert g is not None
    if g.index is not None and g.amount is None:
        verb = russian.verb(fig.status, when, "masc")
        rate = russian.growth(g.index, qualifier=g.qualifier, upper=g.upper)
        text = f"темп роста {name}{verb} {rate} {_versus(g, fig.period)}"
    else:
        noun, rest = russian.split_growth(_growth_words(g))
        noun = noun or "рост"
        intro = {"preliminary": "по предварительным данным", "estimate": "по оценке"}.get(fig.status)
        if fig.status in _PLANNED_NOUN:
            word, intro = _PLANNED_NOUN[fig.status], None
        else:
            word = _NOTED_PAST[noun] if when == "past" else _NOTED[when]
        text = f"{word} {noun} {name} {rest} {_versus(g, fig.period)}"
        if intro:
            text = f", {intro}, {text}"
    lead = russian.period_in(fig.period) if fig.period is not None else ""
    text = f"{lead}{'' if text.startswith(',') or not lead else ' '}{text}".strip().lstrip(", ")
    return russian.capfirst(text.rstrip())


def _share(s: Share, case: str = "accs") -> str:
    if s.words:
        return russian.share_in_words(s.words, s.qualifier, case)
    return russian.hedged(russian.percent(s.percent), s.qualifier)


def _period(value: Period | str) -> Period:
    return value if isinstance(value, Period) else Period.parse(str(value))


def _join(items, separator: str = "") -> Safe:
    """Jinja's `join`, escaping each item that is not escaped yet (filter output is), so
    joined facts text is escaped exactly once."""
    return Safe(escape_markdown(separator).join(escape_markdown(item) for item in items))


def _trend(ratio: float, approximate: bool = False, base: Period | None = None) -> str:
    """A computed trend; «примерно» when it comes from a hedged amount; «на уровне
    2021 года» when it rounds to no change."""
    text = russian.trend(ratio, base)
    return text.replace(" ", " примерно ", 1) if approximate and text.startswith(("рост", "сниж")) else text


def _when(value: When) -> str:
    return russian.date(value.date, "verbal") if value.date is not None else value.text or ""


def _case(case: str, facts_file: Path | str):
    """A filter giving a party's or person's name in `case`: the form the facts file
    writes, else one derived from the nominative (`inflect`), else an error asking for
    it; never the nominative in its place."""

    @pass_context
    def form(context: Context, named: Party | Person) -> str:
        written = getattr(getattr(named, "cases", None), case, None)
        if isinstance(named, Person):
            derived = written or inflect.inflect_person(named.given, named.surname, named.patronymic, case)
            name = " ".join(p for p in (named.given, named.patronymic, named.surname) if p)
        else:
            derived = written or inflect.inflect_phrase(named.name, case)
            name = named.name
        if derived is None:
            raise _case_error(case, name, _field_of(context.get("facts"), named), facts_file)
        return derived

    form.__name__ = case
    return form


def _field_of(facts: object, named: Party | Person) -> tuple[str | int, ...]:
    """Where in the facts file `named` is written: ("parties", "partner"), …"""
    parties = getattr(facts, "parties", None)
    for side in ("ours", "partner"):
        if getattr(parties, side, None) is named:
            return ("parties", side)
    for n, official in enumerate(getattr(parties, "officials", ())):
        if official.person is named:
            return ("parties", "officials", n, "person")
    for n, fig in enumerate(getattr(facts, "figures", ())):
        for whom in ("counterparty", "holder"):
            if getattr(fig, whom) is named:
                return ("figures", n, whom)
    return ()


def field_line(facts_file: Path | str, field: tuple[str | int, ...]) -> int | None:
    """The line of the facts file that writes `field` («parties», «partner»), when known."""
    from memogen.yamlfile import read_yaml

    if field and Path(facts_file).is_file():
        return read_yaml(Path(facts_file))[1].get(field, (None,))[0]
    return None


def _case_error(case: str, name: str, field: tuple[str | int, ...], facts_file: Path | str) -> InputError:
    line = field_line(facts_file, field)
    dotted = ".".join(str(p) for p in field)
    if field[:1] in (("parties",), ("figures",)):
        hint = f"write it in the facts file: under {dotted}, add `cases: {{{case}: …}}`"
        dotted += f".cases.{case}"
    else:
        hint = "write the sentence that needs it in full in the facts file (e.g. memo.occasion)"
    return InputError(
        f"cannot tell the {case} of «{name}» for sure, and the template needs it",
        location=Location(facts_file, line, field=dotted),
        hint=hint,
    )


def _company(c: Company) -> str:
    name = russian.quoted(c.name)
    return f"{c.legal_form} {name}" if c.legal_form else name


def _product(item: Product, flow: Flow) -> str:
    extra = []
    if item.value is not None:
        extra.append(russian.money(item.value, flow.currency, flow.scale, item.qualifier))
    if item.share is not None:
        extra.append(russian.hedged(russian.percent(item.share), item.qualifier if item.value is None else None))
    return item.name + (f" ({'; '.join(extra)})" if extra else "")


class _ParentBlock(BlockReference):
    """`{{ super() }}` in a child template: the parent block's Markdown, already
    escaped once, so `finalize` must not escape it again."""

    @classmethod
    def of(cls, ref: Any) -> Any:
        """`ref` as a `_ParentBlock` if it is a block reference (jinja2 offers no public
        constructor from one, hence its private fields), else unchanged."""
        if not isinstance(ref, BlockReference):
            return ref
        return cls(ref.name, ref._context, ref._stack, ref._depth)  # noqa: SLF001

    @property
    def super(self):
        return _ParentBlock.of(BlockReference.super.fget(self))  # type: ignore[attr-defined]  # a property to jinja2

    def __call__(self) -> Safe:
        return Safe(BlockReference.__call__(self))


class _Context(Context):
    def super(self, name, current):
        return _ParentBlock.of(Context.super(self, name, current))


MAX_SEQUENCE = 100_000  # longest string or list a template may build with `*`
MAX_EXPONENT = 1_000
TEMPLATE_SECONDS = 10.0  # a section renders in milliseconds; nested loops over ranges never end
MAX_OUTPUT_CHARS = 2_000_000  # a memo is ~20,000 characters


class TemplateTimeout(Exception):
    """Raised inside a template's own frames when it has run for TEMPLATE_SECONDS."""


def render_bounded(template, context: dict) -> str:
    """`template` rendered with `context`, stopped (`TemplateTimeout`) after
    TEMPLATE_SECONDS and refused (`SecurityError`) past MAX_OUTPUT_CHARS of text."""
    pieces: list[str] = []
    size = 0
    with _deadline(TEMPLATE_SECONDS):
        for piece in template.generate(context):
            size += len(piece)
            if size > MAX_OUTPUT_CHARS:
                raise SecurityError(f"the template writes more than {MAX_OUTPUT_CHARS:,} characters")
            pieces.append(piece)
    return "".join(pieces)


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise `TemplateTimeout` in this thread after `seconds`, wherever it then runs
    Python code (a watchdog thread schedules it: no signal, so any thread may render)."""
    target = threading.get_ident()
    lock = threading.Lock()
    finished = threading.Event()

    def fire() -> None:
        if finished.wait(seconds):
            return
        import ctypes  # here: only a template past its deadline needs it

        with lock:
            if not finished.is_set():
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(TemplateTimeout))

    watchdog = threading.Thread(target=fire, name="memogen-template-deadline", daemon=True)
    watchdog.start()
    try:
        yield
    finally:
        with lock:
            finished.set()
        watchdog.join()


class _ThemeFiles(FileSystemLoader):
    """Templates in theme folders; a file whose real path leaves its folder (through a
    symbolic link) is refused, so a theme cannot pull /etc/passwd into a memo."""

    def get_source(self, environment, template):
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(root).resolve()) for root in self.searchpath):
            raise SecurityError(f"template {template!r} links to a file outside its theme folder")
        return source, filename, uptodate


def theme_loader(folders: list[tuple[str, Path]]) -> BaseLoader:
    """Templates of a theme chain (theme first, default last): "sections/x.md.j2" is the
    nearest theme's file; "<theme>/sections/x.md.j2" is the file as that theme sees it
    (its own, else its parent's), so a child template can `{% extends %}` its parent's
    of the same name at any depth."""
    return ChoiceLoader(
        [
            _ThemeFiles([str(f) for _, f in folders]),
            PrefixLoader(
                {name: _ThemeFiles([str(f) for _, f in folders[i:]]) for i, (name, _) in enumerate(folders)}
            ),
        ]
    )


_UNSAFE_MODULES = {"os", "posix", "nt", "subprocess", "shutil", "pathlib", "io", "sys", "importlib"}
_UNSAFE_BUILTINS = {
    "open", "eval", "exec", "compile", "__import__", "getattr", "setattr", "delattr", "input", "breakpoint",
}


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, narrowed further: no file paths, classes, modules or
    pydantic internals, and no arithmetic that could exhaust memory."""

    intercepted_binops = frozenset({"*", "**"})
    context_class = _Context

    def getattr(self, obj, attribute):
        # Checked before Python's getattr runs: reading pydantic's `model_*` attributes
        # has side effects (deprecation warnings) and exposes classes.
        if isinstance(obj, BaseModel) and attribute.startswith("model_"):
            return self.unsafe_undefined(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        if isinstance(obj, BaseModel) and isinstance(argument, str) and argument.startswith("model_"):
            return self.unsafe_undefined(obj, argument)
        return super().getitem(obj, argument)

    def is_safe_attribute(self, obj, attr, value) -> bool:
        if isinstance(obj, (PurePath, type, types.ModuleType)) or isinstance(value, PurePath):
            return False
        if isinstance(obj, BaseModel) and attr.startswith("model_"):
            return False
        return super().is_safe_attribute(obj, attr, value)

    def is_safe_callable(self, obj) -> bool:
        if isinstance(obj, type) and issubclass(obj, PurePath):
            return False
        if getattr(obj, "__module__", None) in _UNSAFE_MODULES:
            return False
        if getattr(obj, "__module__", None) == "builtins" and getattr(obj, "__name__", "") in _UNSAFE_BUILTINS:
            return False
        return super().is_safe_callable(obj)

    def call_binop(self, context, op, left, right):
        if op == "**" and isinstance(right, (int, float)) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponent {right} is too large")
        if op == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_SEQUENCE:
                    raise SecurityError(f"repeating a sequence {times} times makes it too long")
        return {"*": operator.mul, "**": operator.pow}[op](left, right)


def make_environment(
    folders: list[tuple[str, Path]],
    *,
    date_style: str,
    signature_style: str,
    markdown: bool = True,
    facts_file: Path | str = "facts",
):
    """An environment whose templates resolve through `folders` (theme first, default
    last); "<theme>/<file>" names one theme's file, for `{% extends %}`. Templates
    write Markdown (values escaped for it) unless `markdown` is false (plain text);
    `facts_file` is named when a name's case form must be written there."""
    env = _Sandbox(
        loader=theme_loader(folders),
        bytecode_cache=bytecode_cache(markdown),
        undefined=StrictUndefined,
        autoescape=False,  # Markdown, not HTML: `finalize` escapes instead
        finalize=escape_markdown if markdown else str,
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
        "growth": _growth,
        "growth_clause": _growth_clause,
        "growth_only": _growth_only,
        "share": _share,
        "status_tag": lambda status: f" ({russian.STATUS_TAGS[status]})" if status in russian.STATUS_TAGS else "",
        "share_case": russian.share_case,
        "trend": _trend,
        "period_of": lambda p: russian.period_of(_period(p)),
        "rank": lambda r: russian.rank(r.position, r.among, r.top),
        "share_before": lambda s: russian.share_before(s.previous, s.previous_period),
        "period_in": lambda p: russian.period_in(_period(p)),
        "versus": _versus,
        "indicator": lambda f, case=0: russian.indicator(f.indicator, f.label, case),
        "period_label": lambda p: russian.period_label(_period(p)),
        "years": lambda pair: russian.years(*pair),
        "date": lambda d: russian.date(d, date_style),
        "when": _when,
        "company": _company,
        "product": _product,
        "initials": lambda p: russian.initials(p.surname, p.given, p.patronymic, signature_style),
        "genitive": _case("genitive", facts_file),
        "dative": _case("dative", facts_file),
        "accusative": _case("accusative", facts_file),
        "instrumental": _case("instrumental", facts_file),
        "prepositional": _case("prepositional", facts_file),
    }
    env.filters.update({name: _safe(fn, markdown) for name, fn in filters.items()})
    env.filters["growth_around"] = _growth_around  # two pieces, each escaped on output
    if markdown:
        env.filters["join"] = _join
    env.filters.update(_TEXT_FILTERS)
    return env


# Text filters keep the escaping state of what they are given.
_TEXT_FILTERS = {
    "capfirst": lambda s: type(s)(russian.capfirst(s)),
    "lowerfirst": lambda s: type(s)(s[:1].lower() + s[1:]) if s else s,
    "strip_stop": lambda s: type(s)(s.rstrip().rstrip(".")),
    "v": lambda s: type(s)(russian.preposition("в", s)),  # «во Францию»
    "s": lambda s: type(s)(russian.preposition("с", s)),  # «со странами ЕАЭС»
}

