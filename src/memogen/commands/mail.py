"""Build a memo and write (or, with --send, send) its e-mail.

Without --send nothing leaves the machine: the e-mail is written to output/MEMO.eml.
Server, sender and address book come from memogen.yaml; see `memogen docs mail`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from memogen.commands._args import add_document, add_facts, add_format, add_template
from memogen.console import Console


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_facts(parser, None, "the facts file of the memo to send")
    parser.add_argument(
        "--to", action="append", required=True, metavar="ADDRESS",
        help="addresses or address-book aliases, comma-separated; may be repeated",
    ).completer = alias_completer  # type: ignore[attr-defined]
    parser.add_argument(
        "--cc", action="append", default=[], metavar="ADDRESS",
        help="copies: addresses or aliases, comma-separated; may be repeated",
    ).completer = alias_completer  # type: ignore[attr-defined]
    add_format(parser)
    add_document(parser)
    add_template(parser)
    parser.add_argument("--send", action="store_true", help="deliver over SMTP (default: only write the .eml)")


def alias_completer(prefix: str, parsed_args: argparse.Namespace | None = None, **_: object) -> list[str]:
    """The aliases of memogen.yaml's address book (nothing if the file has a mistake)."""
    from memogen.config import load_config
    from memogen.errors import MemogenError

    try:
        book = load_config(Path(getattr(parsed_args, "workspace", None) or ".")).mail.address_book
    except MemogenError:
        return []
    return [alias for alias in book if alias.startswith(prefix)]


def run(args: argparse.Namespace, ui: Console) -> int:
    """Build the memo, write the e-mail next to it, and send it only when asked."""
    from datetime import UTC, datetime

    from memogen import mail, pipeline
    from memogen.commands.build import warn
    from memogen.config import load_config
    from memogen.errors import ExitCode, MailError

    workspace: Path = args.workspace
    config = load_config(workspace)
    settings = config.mail
    if not settings.sender:
        raise MailError(
            "no sender address is configured", hint="set mail.from in memogen.yaml (see `memogen docs mail`)"
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
    warn(ui, args.facts, built.warnings, built.notices)
    subject, body = pipeline.cover(built)
    message = mail.build_message(
        sender=settings.sender, to=to, cc=cc, subject=subject, body=body,
        attachments=list(built.files),
        # A dry run is reproducible; a message really sent carries the time it leaves.
        date=datetime.now(UTC) if args.send else built.memo.meta.timestamp,
        size_limit_mb=settings.size_limit_mb,
    )
    eml = out_dir / f"{Path(args.facts).stem}.eml"
    pipeline.write_files([*built.files, (eml, mail.message_bytes(message))])
    if not args.send:
        ui.info(f"wrote {eml} (not sent; add --send to deliver it)", ok_word="wrote")
        return ExitCode.OK
    ui.info(f"wrote {eml}", ok_word="wrote")
    if settings.smtp is None:
        raise MailError("no SMTP server is configured", hint="set mail.smtp in memogen.yaml (see `memogen docs mail`)")
    report = mail.send_and_log(
        message, settings.smtp, mail.get_password(settings.smtp), out_dir, size_limit_mb=settings.size_limit_mb,
    )
    ui.info(f"sent to {', '.join(to + cc)}: {report.reply_code} {report.reply}", ok_word="sent")
    return ExitCode.OK
