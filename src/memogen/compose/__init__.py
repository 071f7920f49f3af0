"""Facts, figures and a theme → a `Memo` in the format-neutral document model.

Section templates (Jinja2) write the words in Markdown; markdown-it-py turns them into
blocks; this module numbers sections, places tables and figures (`placement`), and adds
the requisites (header, attachment mark, signature, executor mark). It is pure: the
theme's files arrive loaded, and the charts it places are drawn by the pipeline.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, replace
from pathlib import Path

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError

from memogen import russian
from memogen.compose import environment
from memogen.compose.environment import TemplateTimeout, make_environment, render_bounded
from memogen.compose.markdown import MarkdownProblem, parse
from memogen.compose.pack import Attached, Enclosure, as_theses, enclosure_lines, letter_head
from memogen.compose.placement import PlacedChart, Placer
from memogen.compose.trade import trade_view
from memogen.compose.typography import typograph
from memogen.document import (
    Block,
    ExecutorMark,
    Heading,
    Image,
    Inline,
    LineBreak,
    ListBlock,
    Memo,
    Meta,
    Paragraph,
    SignatureBlock,
    Text,
)
from memogen.errors import InputError, Location, MemogenError
from memogen.facts.model import Facts
from memogen.figures import Figures
from memogen.kinds import KINDS, MEMO
from memogen.themes.loader import LoadedTheme

NBSP = "\u00a0"


def _template_error(exc: Exception, name: str, context: dict) -> InputError:
    """A template problem as one message naming the file and line."""
    if isinstance(exc, TemplateSyntaxError):
        return InputError(
            f"template syntax error: {exc.message}",
            location=Location(exc.filename or name, exc.lineno),
            hint="fix the Jinja2 tag at this line",
        )
    # Jinja rewrites tracebacks so that template frames carry the template's file and line.
    line, file = None, name
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        filename = frame.f_code.co_filename
        if filename.endswith(".j2"):
            file, line = filename, lineno
    if isinstance(exc, UndefinedError):
        return InputError(
            f"missing template variable: {exc.message}",
            location=Location(file, line),
            hint=f"use one of the available variables: {', '.join(sorted(context))}",
        )
    if isinstance(exc, SecurityError):
        return InputError(
            f"template tried something unsafe: {exc}",
            location=Location(file, line),
            hint="templates may only read memo data and use memogen's filters",
        )
    # An AssertionError or KeyError may carry no message: the type at least says what broke.
    what = str(exc) or type(exc).__name__
    return InputError(f"template error: {what}", location=Location(file, line))


def compose_cover(
    facts: Facts, memo: Memo, loaded: LoadedTheme, documents: tuple[Attached, ...] = ()
) -> tuple[str, str]:
    """The subject and plain-text body of the e-mail that carries `memo` (and, for a
    pack, every one of `documents`), written by the theme's `mail/subject.txt.j2` and
    `mail/body.txt.j2`."""
    theme = loaded.theme
    env = plain_environment(loaded)
    context = {
        "facts": facts,
        "memo": facts.memo,
        "document": memo.meta,
        "documents": documents or (Attached(memo.meta.subject, ()),),
        "theme": theme,
    }
    subject = _render(env, "mail/subject.txt.j2", context, loaded)
    body = _render(env, "mail/body.txt.j2", context, loaded)
    return " ".join(subject.split()), body.strip() + "\n"


def _render(env, name: str, context: dict, loaded: LoadedTheme) -> str:
    """The text a theme template writes, or an `InputError` at its file and line."""
    try:
        return render_bounded(env.get_template(name), context)
    except TemplateTimeout as exc:
        raise InputError(
            f"the template ran for more than {environment.TEMPLATE_SECONDS:g} s and was stopped",
            location=_template_error(exc, name, context).location,
            hint="loops in a template walk the facts; a loop over a large range never ends in time",
        ) from None
    except TemplateNotFound as exc:
        if exc.name == name:
            section = name.removeprefix("sections/").removesuffix(".md.j2")
            raise InputError(
                f"template not found: {name}",
                location=Location(loaded.theme.folder / "theme.yaml" if loaded.theme.folder else name),
                hint=f"add {name} to the theme, or remove section {section!r} from theme.yaml"
                if name.startswith("sections/")
                else f"add {name} to the theme",
            ) from None
        error = _template_error(exc, name, context)
        raise InputError(
            f"template not found: {exc.name}",
            location=error.location,
            hint="templates may include or extend only files of their theme chain, named like "
            f"'sections/x.md.j2' or '<theme>/sections/x.md.j2' (themes here: "
            f"{', '.join(n for n, _ in loaded.folders)})",
        ) from None
    except (TemplateError, SecurityError) as exc:
        raise _template_error(exc, name, context) from None
    except MemogenError:
        raise
    except Exception as exc:  # 1/0, a too-large range(): the template's doing, at its line
        raise _template_error(exc, name, context) from exc


@dataclass(frozen=True)
class Composed:
    """A composed memo whose figures still wait for their pictures: `charts` are the
    charts the templates placed, in the order of the memo's `Figure`s."""

    memo: Memo
    charts: tuple[PlacedChart, ...]


def section_context(facts: Facts, figures: Figures, theme, source: Path | str = "facts") -> dict:
    """The variables every section template sees (docs/templates.md lists them); `source`
    is the facts file, named in errors the facts must fix."""
    return {
        "facts": facts,
        "memo": facts.memo,
        "theme": theme,
        "turnover": figures.turnover,
        "trade": figures.trade,
        "shares": figures.shares,
        "implied": figures.implied_bases,
        "trade_view": trade_view(facts, figures, source),
    }


def compose_memo(
    facts: Facts,
    figures: Figures,
    loaded: LoadedTheme,
    source: Path | str = "facts",
    pack: tuple[Enclosure, ...] = (),
    addressee: tuple[str, ...] = (),
) -> Composed:
    """The document of kind `loaded.kind` (memo, talking points, cover letter) that the
    facts describe, in the words and order of the theme; `source` is the facts file,
    named in errors that the facts must fix. A cover letter lists `pack` as its
    attachments and goes to `addressee` (else to the facts' `memo.addressee`). Reads no
    file and draws nothing."""
    theme = loaded.theme
    env = make_environment(
        list(loaded.folders), date_style=theme.date_style, signature_style=theme.signature.style, facts_file=source
    )
    context = {**section_context(facts, figures, theme, source), **({"pack": pack} if loaded.kind == "letter" else {})}
    placer = Placer(facts, figures, theme, source)
    blocks = _sections(env, context, loaded, placer)
    if theme.theses != "none":
        blocks = as_theses(blocks, ordered=theme.theses == "numbered")
    attachments = list(facts.memo.attachments) if loaded.kind == MEMO else []
    letter_title = None
    if loaded.kind == "letter":
        letter_title = " ".join(
            _render(plain_environment(loaded), "letter/title.txt.j2", context, loaded).split()
        )
        blocks = [*letter_head(facts, theme, source, letter_title, addressee), *blocks]
        attachments = enclosure_lines(pack, theme)
    blocks.extend(_closing(facts, loaded, source, attachments))
    return Composed(Memo(_meta(facts, loaded, letter_title), tuple(blocks)), tuple(placer.charts))


def plain_environment(loaded: LoadedTheme):
    """The theme's environment for plain-text templates (mail, a letter's title)."""
    theme = loaded.theme
    return make_environment(
        list(loaded.folders),
        date_style=theme.date_style,
        signature_style=theme.signature.style,
        markdown=False,
    )


def _sections(env, context: dict, loaded: LoadedTheme, placer: Placer) -> list[Block]:
    """The blocks of the theme's sections for its kind, headed and numbered."""
    theme = loaded.theme
    blocks: list[Block] = []
    number = 0
    for section in theme.sections:
        name = f"{KINDS[loaded.kind].folder}/{section.id}.md.j2"
        placer.template = name
        text = _render(env, name, context, loaded)
        try:
            body = parse(text, placer)
        except MarkdownProblem as exc:
            raise InputError(str(exc), location=Location(name)) from None
        if not body:
            continue
        if section.numbered:
            number += 1
        if section.heading:
            blocks.append(
                Heading(1, (Text(section.heading),), number=str(number) if section.numbered else "")
            )
        sub = 0
        for block in body:
            if isinstance(block, Heading) and section.numbered:
                sub += 1
                block = Heading(2, block.children, number=f"{number}.{sub}")
            elif isinstance(block, Heading):
                block = Heading(2, block.children)
            elif isinstance(block, ListBlock) and block.ordered and section.references:
                block = replace(block, references=True)
            blocks.append(block)
    return blocks


def _executor(facts: Facts, theme):
    """The facts' executor; the theme's when the facts do not mention one (an explicit
    `executor: null` in the facts turns the theme's default off)."""
    memo = facts.memo
    return memo.executor if "executor" in memo.model_fields_set else theme.executor


def _closing(
    facts: Facts, loaded: LoadedTheme, source: Path | str, attachments: list[str]
) -> list[Block]:
    """The attachment mark, the signature block (when the kind is signed) and the
    executor mark that end a document."""
    theme = loaded.theme
    out: list[Block] = []
    if attachments:
        # Several attachments are numbered, one per line (GOST R 7.0.97, requisite 21).
        numbered = len(attachments) > 1
        lines: list[Inline] = []
        for n, item in enumerate(attachments, start=1):
            text = f"{n}. {item}" if numbered else item
            if n == 1:
                text = f"{theme.labels.attachment} {text}"
            else:
                lines.append(LineBreak())
            lines.append(Text(typograph(text)))
        out.append(Paragraph(tuple(lines), role="attachment"))
    if theme.signed:
        out.append(_signature(facts, loaded, source))
    executor = _executor(facts, theme)
    if executor is not None:
        # A phone number is one unit: it must not break across lines.
        out.append(ExecutorMark((typograph(executor.name), executor.phone.replace(" ", NBSP))))
    return out


def _signature(facts: Facts, loaded: LoadedTheme, source: Path | str) -> SignatureBlock:
    theme = loaded.theme
    memo = facts.memo
    signatory = memo.signatory or theme.signatory
    if signatory is None:
        raise InputError(
            "nobody signs the memo",
            location=Location(source, field="memo.signatory"),
            hint=f"add memo.signatory to the facts file, or a default signatory to theme {theme.name!r}",
        )
    # A letter is dated on its registration line, when the records office registers it.
    dated = loaded.kind != "letter"
    return SignatureBlock(
        position=tuple(signatory.position),
        name=russian.initials(signatory.surname, signatory.given, signatory.patronymic, theme.signature.style),
        date=russian.date(memo.date, theme.date_style) if dated else "",
    )


def _meta(facts: Facts, loaded: LoadedTheme, letter_title: str | None = None) -> Meta:
    """The requisites: a memo's (or the talking points') type and title; a letter has
    no type line, its title to the text stands in its blocks (see `letter_head`)."""
    theme = loaded.theme
    memo = facts.memo
    access: tuple[str, ...] = ()
    if memo.access is not None:
        marking = memo.access.marking if "marking" in memo.access.model_fields_set else theme.access.marking
        access = (marking,)
        if memo.access.copy_number is not None:
            access += (f"{theme.labels.copy_number}{NBSP}{memo.access.copy_number}",)
    elif theme.access.always and "access" not in memo.model_fields_set:
        access = (theme.access.marking,)
    # The facts' type names the memo; the other kinds take their theme's.
    own = loaded.kind == MEMO and "type" in memo.model_fields_set
    doc_type = memo.type if own else theme.doc_type
    emblem = None
    if loaded.emblem is not None:
        emblem = Image(loaded.emblem, theme.letterhead.image_width_mm)
    as_of = f"{theme.labels.as_of} {russian.date(memo.as_of, 'numeric')}" if memo.as_of else ""
    return Meta(
        title=letter_title or memo.title,
        date=memo.date,
        doc_type="" if letter_title else doc_type.upper(),
        language="ru-RU",
        as_of="" if letter_title else as_of,
        access_marking=access,
        letterhead=theme.letterhead.lines,
        emblem=emblem,
        author=executor.name if (executor := _executor(facts, theme)) else "",
        subject=f"{doc_type.capitalize()} {letter_title[:1].lower()}{letter_title[1:]}"
        if letter_title
        else f"{doc_type.capitalize()} {memo.title}",
    )
