"""Command-line arguments → a call into the pipeline, and its outcome → messages and an
exit code. Thin on purpose: `main(argv, stdout, stderr)` is what tests drive."""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from memogen.errors import ExitCode, MemogenError
from memogen.kinds import KINDS
from memogen.writers import FORMATS


def _formats(value: str) -> list[str]:
    if value == "all":
        return list(FORMATS)
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}, all"
        )
    return names


def _documents(value: str) -> list[str]:
    from memogen.errors import InputError
    from memogen.kinds import parse_kinds

    try:
        return parse_kinds(value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(f"{exc.message}; {exc.hint}") from None


DOCUMENT_HELP = "memo, points, letter (comma-separated) or all (default: memo)"


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="memogen", description="Build official briefing memos from curated facts files."
    )
    parser.add_argument("--traceback", action="store_true", help="show the full trace of errors")
    parser.add_argument(
        "--workspace", type=Path, default=Path("."), help="folder holding facts/, templates/, output/"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build memos (all of facts/ when no file is named)")
    build.add_argument("facts", nargs="*", type=Path, help="facts files (default: facts/*.yaml)")
    build.add_argument(
        "--format", "-f", type=_formats, default=["pdf"], help="pdf, docx, or all (default: pdf)"
    )
    build.add_argument("--document", "-d", type=_documents, default=["memo"], help=DOCUMENT_HELP)
    build.add_argument("--out", "-o", type=Path, help="output folder (default: output/)")
    build.add_argument("--template", "-t", help="theme under templates/ (default: the facts' own)")

    validate = sub.add_parser("validate", help="check facts files without building")
    validate.add_argument("facts", nargs="+", type=Path)

    sub.add_parser("schema", help="print the JSON Schema of the facts format")

    templates = sub.add_parser("templates", help="list, create and check ministry themes")
    tsub = templates.add_subparsers(dest="templates_command", required=True)
    tsub.add_parser("list", help="the themes found and what each extends")
    new = tsub.add_parser("new", help="create templates/NAME with a commented theme.yaml")
    new.add_argument("name", help="theme name: lower-case letters, digits, '-', '_'")
    new.add_argument("--from", dest="base", default="default", help="theme to extend (default: default)")
    check = tsub.add_parser(
        "check", help="validate a theme and build the example facts with it in every format"
    )
    check.add_argument("name")
    check.add_argument("--keep", type=Path, help="build into this folder instead of a temporary one")

    draft = sub.add_parser("draft", help="draft a facts file from a Russian press release (.txt, .html, .docx)")
    draft.add_argument("source", type=Path, help="the saved press release")
    draft.add_argument("--date", type=_date, help="the release's date, YYYY-MM-DD (default: from its header)")
    draft.add_argument("--url", help="the release's web address, kept under sources")
    draft.add_argument("-o", "--out", type=Path, help="facts file to write (default: print to standard output)")
    draft.add_argument("--force", action="store_true", help="replace an existing facts file")

    mail = sub.add_parser("mail", help="build a memo and write (or, with --send, send) its e-mail")
    mail.add_argument("facts", type=Path)
    mail.add_argument("--to", action="append", required=True, help="addresses or aliases, comma-separated")
    mail.add_argument("--cc", action="append", default=[], help="addresses or aliases, comma-separated")
    mail.add_argument("--format", "-f", type=_formats, default=["pdf"], help="pdf, docx, or all")
    mail.add_argument("--document", "-d", type=_documents, default=["memo"], help=DOCUMENT_HELP)
    mail.add_argument("--template", "-t", help="theme under templates/")
    mail.add_argument("--send", action="store_true", help="deliver over SMTP (default: dry run)")
    return parser


def main(
    argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run memogen; returns the exit code (see `memogen.errors.ExitCode`)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message
        return int(exc.code or 0)
    try:
        return _run(args, out, err)
    except MemogenError as exc:
        if args.traceback:
            traceback.print_exc(file=err)
        print(f"error: {exc.render()}", file=err)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=err)
        return 130


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from memogen import pipeline

    workspace: Path = args.workspace
    if args.command == "schema":
        from memogen.facts.schema import facts_schema

        print(json.dumps(facts_schema(), ensure_ascii=False, indent=2), file=out)
        return ExitCode.OK
    if args.command == "validate":
        code = ExitCode.OK
        for path in args.facts:  # every file is checked, whatever the first one holds
            try:
                loaded = pipeline.load_facts(path)
            except MemogenError as exc:
                print(f"error: {exc.render()}", file=err)
                code = code or exc.exit_code
                continue
            _warn(path, loaded.warnings, err)
            facts = loaded.facts
            print(
                f"ok: {path}: {len(facts.figures)} figures, {len(facts.sectors)} sectors, "
                f"{len(facts.proposals)} proposals, {len(loaded.warnings)} warnings",
                file=out,
            )
        return code
    if args.command == "build":
        files = args.facts or pipeline.find_facts(workspace)
        from memogen.config import load_config

        out_dir = args.out or workspace / load_config(workspace).output
        for path in files:
            built = pipeline.build(
                path, args.format, out_dir, workspace=workspace, theme_name=args.template,
                kinds=args.document,
            )
            _warn(path, built.warnings, err)
            for output in built.outputs:
                print(f"built {output}", file=out)
        return ExitCode.OK
    if args.command == "templates":
        return _templates(args, workspace, out, err)
    if args.command == "mail":
        return _mail(args, out, err)
    if args.command == "draft":
        return _draft(args, out, err)
    raise AssertionError(f"unhandled command {args.command}")


def _templates(args: argparse.Namespace, workspace: Path, out: TextIO, err: TextIO) -> int:
    import tempfile

    from memogen import pipeline
    from memogen.themes.loader import BUILTIN, load_theme, read_extends, theme_folders

    if args.templates_command == "list":
        for name, folder in theme_folders(workspace).items():
            where = "built-in" if folder == BUILTIN else f"extends {read_extends(folder)}"
            shown = "" if folder == BUILTIN else f"  ({folder})"
            print(f"{name:<16} {where}{shown}", file=out)
        return ExitCode.OK
    if args.templates_command == "new":
        from memogen.themes.scaffold import new_theme

        folder = new_theme(workspace, args.name, args.base)
        print(f"created {folder / 'theme.yaml'} (extends {args.base})", file=out)
        return ExitCode.OK
    if args.templates_command == "check":
        loaded = load_theme(args.name, workspace)
        print(f"ok: theme {args.name!r} ({' → '.join(n for n, _ in loaded.folders)}) is valid", file=out)
        failed = 0
        with tempfile.TemporaryDirectory(prefix="memogen-check-") as tmp:
            out_dir = args.keep or Path(tmp)
            for path in pipeline.example_facts(workspace):
                try:
                    built = pipeline.build(
                        path, list(FORMATS), out_dir, workspace=workspace, theme_name=args.name,
                        kinds=list(KINDS),
                    )
                except MemogenError as exc:
                    failed += 1
                    print(f"error: {path}: {exc.render()}", file=err)
                    continue
                for output in built.outputs:
                    print(f"built {output.name} ({output.stat().st_size} bytes)", file=out)
        if failed:
            print(f"theme {args.name!r}: {failed} example{'s' if failed > 1 else ''} failed to build", file=err)
            return ExitCode.INPUT
        return ExitCode.OK
    raise AssertionError(f"unhandled templates command {args.templates_command}")


def _mail(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Build the memo, write the e-mail next to it, and send it only when asked."""
    from memogen import mail, pipeline
    from memogen.config import load_config
    from memogen.errors import MailError

    workspace: Path = args.workspace
    config = load_config(workspace)
    settings = config.mail
    if not settings.sender:
        raise MailError(
            "no sender address is configured",
            location=None,
            hint="set mail.from in memogen.yaml (see docs/mail.md)",
        )
    to = mail.resolve_recipients(args.to, settings.address_book)
    cc = mail.resolve_recipients(args.cc, settings.address_book)
    out_dir = workspace / config.output
    # Documents and e-mail land together, after everything that can fail (the cover
    # note's templates, the addresses, the size limit): a failed run keeps earlier files.
    built = pipeline.render(
        args.facts, args.format, out_dir, workspace=workspace, theme_name=args.template,
        kinds=args.document, addressee=mail.addressee_of(to),
    )
    _warn(args.facts, built.warnings, err)
    subject, body = pipeline.cover(built)
    message = mail.build_message(
        sender=settings.sender,
        to=to,
        cc=cc,
        subject=subject,
        body=body,
        attachments=list(built.files),
        # A dry run is reproducible; a message really sent carries the time it leaves.
        date=datetime.now(UTC) if args.send else built.memo.meta.timestamp,
        size_limit_mb=settings.size_limit_mb,
    )
    eml = out_dir / f"{Path(args.facts).stem}.eml"
    pipeline.write_files([*built.files, (eml, mail.message_bytes(message))])
    print(f"wrote {eml} (not sent; add --send to deliver it)" if not args.send else f"wrote {eml}", file=out)
    if not args.send:
        return ExitCode.OK
    if settings.smtp is None:
        raise MailError("no SMTP server is configured", hint="set mail.smtp in memogen.yaml (see docs/mail.md)")
    report = mail.send_and_log(
        message, settings.smtp, mail.get_password(settings.smtp), out_dir,
        size_limit_mb=settings.size_limit_mb,
    )
    print(f"sent to {', '.join(to + cc)}: {report.reply_code} {report.reply}", file=out)
    return ExitCode.OK


def _draft(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Draft a facts file; write it only when the draft is whole, never over a file unasked."""
    from memogen.draft import draft_file
    from memogen.errors import OutputError
    from memogen.writers import write_file

    if args.out is not None and args.out.exists() and not args.force:
        raise OutputError(f"{args.out} exists", hint="name another file with -o, or add --force to replace it")
    drafted = draft_file(args.source, date=args.date, url=args.url, out=args.out)
    if args.out is None:
        out.write(drafted.yaml)
        return ExitCode.OK
    write_file(args.out, drafted.yaml.encode("utf-8"))
    marks = ", ".join(f"{drafted.marks[m]} {m}" for m in ("sure", "check", "guess") if m in drafted.marks)
    print(
        f"drafted {args.out}: {len(drafted.facts.figures)} figures; items marked {marks or 'none'}; "
        f"{len(drafted.unplaced)} sentences not placed; review it, then run memogen validate {args.out}",
        file=out,
    )
    return ExitCode.OK


def _warn(path: Path, warnings, err: TextIO) -> None:
    for w in warnings:
        print(f"warning: {path}: figure {w.figure_id!r}: {w.message}", file=err)
