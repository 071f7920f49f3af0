"""Mail: finished memo files → an e-mail message (and, only when asked, its delivery).

Building (`build_message`, `write_eml`) never touches the network; only `send_message`
connects to the SMTP server. Every failure is a `MailError` saying what went wrong and
how to fix it; the memo files and the `.eml` are never deleted.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import mimetypes
import os
import smtplib
import socket
import ssl
import time
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

from memogen.config import SmtpSettings, check_address
from memogen.console import plural
from memogen.errors import MailError, OutputError
from memogen.writers import FORMATS, write_file

LOG_NAME = "mail-log.jsonl"
MB = 1024 * 1024

_MIME_BY_SUFFIX = {fmt.suffix: fmt.mime for fmt in FORMATS.values()}
_LONG_PARAM_HEADERS = {"content-type", "content-disposition"}


class _MailPolicy(EmailPolicy):
    """SMTP policy (CRLF, RFC 2047 headers) that keeps MIME parameters on one line.

    The stdlib splits a long RFC 2231 file name into `filename*0*=…; filename*1*=…`
    continuations, which several mail clients (older Outlook among them) show as
    garbage; one `filename*=utf-8''…` parameter is read correctly everywhere, and
    998 characters is the hard line limit of RFC 5322."""

    def fold(self, name: str, value: Any) -> str:
        if name.lower() in _LONG_PARAM_HEADERS:
            return EmailPolicy.fold(self.clone(max_line_length=998), name, value)
        return super().fold(name, value)

    def fold_binary(self, name: str, value: Any) -> bytes:
        if name.lower() in _LONG_PARAM_HEADERS:
            return EmailPolicy.fold_binary(self.clone(max_line_length=998), name, value)
        return super().fold_binary(name, value)


POLICY = _MailPolicy(linesep="\r\n")


# ---------------------------------------------------------------- recipients


def resolve_recipients(values: Sequence[str], book: Mapping[str, str | Sequence[str]]) -> list[str]:
    """The mailboxes named by `values` (addresses or address-book aliases, each value
    possibly a comma-separated list), aliases expanded, duplicates dropped, in order.

    Raises `MailError` for an unknown alias (listing the known ones) or a bad address."""
    result: list[str] = []
    seen: set[str] = set()

    def add(mailbox: str, origin: str) -> None:
        try:
            mailbox = check_address(mailbox)
        except ValueError as exc:
            where = f" (from alias {origin!r})" if origin else ""
            raise MailError(
                f"bad recipient{where}: {exc}",
                hint="write addresses as name@domain.by or 'Имя <name@domain.by>'",
            ) from None
        addr = _addr_spec(mailbox).lower()
        if addr not in seen:
            seen.add(addr)
            result.append(mailbox)

    for value in values:
        for token in _split_list(value):
            if "@" in token:
                add(token, "")
                continue
            if token not in book:
                known = ", ".join(sorted(book)) or "none defined"
                raise MailError(
                    f"unknown recipient alias {token!r} (known aliases: {known})",
                    hint="add it under mail.address_book in memogen.yaml or give a full address",
                )
            entry = book[token]
            for mailbox in [entry] if isinstance(entry, str) else entry:
                add(mailbox, token)
    if not result and values:
        raise MailError("no recipients given", hint="pass --to ADDRESS or an alias")
    return result


def _split_list(value: str) -> list[str]:
    """The comma-separated items of `value`, keeping commas inside quotes or <...>
    ('"Иванов, И." <i@mfa.by>' is one item)."""
    items: list[str] = []
    current: list[str] = []
    quoted, angle = False, 0
    for char in value:
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "<":
            angle += 1
        elif not quoted and char == ">":
            angle = max(0, angle - 1)
        if char == "," and not quoted and not angle:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _addr_spec(mailbox: str) -> str:
    return getaddresses([mailbox])[0][1]


def addressee_of(recipients: Sequence[str]) -> tuple[str, ...]:
    """Whom a cover letter goes to when the facts file names nobody: the name of the
    first recipient that has one, as written ('Министру промышленности <m@minprom.by>'
    gives «Министру промышленности»); empty when none has a name."""
    for mailbox in recipients:
        name = getaddresses([mailbox])[0][0].strip()
        if name:
            return (name,)
    return ()


# ---------------------------------------------------------------- building


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment as sent: its file name, size in bytes and SHA-256 (hex)."""

    filename: str
    size: int
    sha256: str


def check_size(attachments: Sequence[tuple[Path, bytes]], size_limit_mb: float) -> None:
    """Nothing if every attachment fits the limit; else a `MailError` naming the
    first one too big, with its size and the limit."""
    limit = int(size_limit_mb * MB)
    for path, data in attachments:
        size = len(data)
        if size > limit:
            raise MailError(
                f"attachment {Path(path).name} is {_mb(size)}, more than the limit of "
                f"{_mb(limit)}",
                hint="send a smaller format (--format pdf) or raise mail.size_limit_mb "
                "in memogen.yaml if the server accepts larger messages",
            )


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB"


def _mime_type(path: Path) -> tuple[str, str]:
    mime = _MIME_BY_SUFFIX.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    maintype, _, subtype = (mime or "application/octet-stream").partition("/")
    return maintype, subtype


def build_message(
    *,
    sender: str,
    to: Sequence[str],
    cc: Sequence[str] = (),
    subject: str,
    body: str,
    attachments: Sequence[Path | tuple[Path, bytes]],
    date: datetime,
    domain: str | None = None,
    size_limit_mb: float = 10.0,
) -> EmailMessage:
    """A standard e-mail: UTF-8 subject and text body, each file attached with its
    MIME type and its (possibly Cyrillic) name in RFC 2231 form, a Date and a
    Message-ID derived from the content, so the same memo gives the same bytes.

    An attachment is a file to read, or a (name, bytes) pair not yet written.
    Raises `MailError` for a bad address, a missing file or an attachment too big."""
    if date.tzinfo is None:
        raise ValueError("build_message needs a timezone-aware date")
    if not to:
        raise MailError("no recipients given", hint="pass --to ADDRESS or an alias")
    for mailbox in [sender, *to, *cc]:
        try:
            check_address(mailbox)
        except ValueError as exc:
            raise MailError(f"bad address: {exc}", hint="check mail.from and --to/--cc") from None
    files = [_attachment(item) for item in attachments]
    for path, _ in files:
        if any(unicodedata.category(c) == "Cc" for c in path.name):
            raise MailError(
                f"the file name {path.name!r} cannot name an attachment: it holds a control character (a line break)",
                hint="rename the facts file (the memo's files are named after it)",
            )
    check_size(files, size_limit_mb)

    msg = EmailMessage(policy=POLICY)
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Date"] = format_datetime(date)
    digest = _digest(files, [sender, *to, *cc], subject, date)
    msg["Message-ID"] = f"<memogen.{digest[:32]}@{domain or _addr_spec(sender).rpartition('@')[2]}>"
    # base64 keeps the message 7-bit clean, so no server needs 8BITMIME
    msg.set_content(body, charset="utf-8", cte="base64")
    for path, data in files:
        maintype, subtype = _mime_type(path)
        # name= on Content-Type too: some clients read only that one
        msg.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=path.name,
            params={"name": path.name},
        )
    # the stdlib picks a random boundary; "=_" never occurs in base64 or encoded words
    msg.set_boundary(f"=_memogen_{digest[32:56]}")
    return msg


def _attachment(item: Path | tuple[Path, bytes]) -> tuple[Path, bytes]:
    if isinstance(item, tuple):
        return Path(item[0]), item[1]
    try:
        return Path(item), Path(item).read_bytes()
    except OSError as exc:
        raise MailError(
            f"cannot read attachment {item}: {exc.strerror or exc}",
            hint="build the memo first (memogen build FACTS)",
        ) from exc


def _digest(
    files: Sequence[tuple[Path, bytes]], people: Sequence[str], subject: str, date: datetime
) -> str:
    # make_msgid adds the clock, pid and a random number; a digest of what the
    # message says keeps a dry run reproducible and still unique per memo and send
    digest = hashlib.sha256()
    for part in [subject, date.isoformat(), *people]:
        digest.update(part.encode("utf-8") + b"\0")
    for path, data in files:
        digest.update(path.name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def attachment_infos(msg: EmailMessage) -> list[AttachmentInfo]:
    """Name, size and SHA-256 of each attachment, read back from the message."""
    infos = []
    for part in msg.iter_attachments():
        data = part.get_content()
        if isinstance(data, str):
            data = data.encode("utf-8")
        infos.append(AttachmentInfo(part.get_filename() or "", len(data), hashlib.sha256(data).hexdigest()))
    return infos


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as it goes on the wire and into the .eml file (CRLF lines)."""
    return msg.as_bytes(policy=POLICY)


def write_eml(msg: EmailMessage, path: Path) -> Path:
    """Write the message to `path` (an .eml any mail client opens), atomically."""
    write_file(Path(path), message_bytes(msg))
    return Path(path)


# ---------------------------------------------------------------- password


def get_password(
    settings: SmtpSettings, environ: Mapping[str, str] | None = None
) -> str | None:
    """The SMTP password: from the environment variable `settings.password_env`, else
    from the system keyring (service "memogen", key "user@host") when enabled.
    None when no username is set (no AUTH). Never read from config or argv."""
    if not settings.username:
        return None
    env = os.environ if environ is None else environ
    value = env.get(settings.password_env)
    if value:
        return value
    if settings.use_keyring:
        try:
            import keyring  # optional: only when the user asked for it
            from keyring.errors import KeyringError
        except ImportError:
            raise MailError(
                "mail.smtp.use_keyring is on but the keyring package is not installed",
                hint=f"pip install keyring, or set the environment variable {settings.password_env}",
            ) from None
        try:
            value = keyring.get_password("memogen", f"{settings.username}@{settings.host}")
        except KeyringError as exc:
            raise MailError(f"cannot read the system keyring: {exc}") from exc
        if value:
            return value
        raise MailError(
            f"no password for {settings.username}@{settings.host} in the system keyring",
            hint=f"run: keyring set memogen {settings.username}@{settings.host}",
        )
    raise MailError(
        f"no SMTP password: the environment variable {settings.password_env} is not set",
        hint=f"set it before sending, e.g. `read -s {settings.password_env} && export "
        f"{settings.password_env}`, or set mail.smtp.use_keyring: true",
    )


# ---------------------------------------------------------------- sending


@dataclass(frozen=True)
class SendReport:
    """What was delivered: when, from whom, to whom, which files, and the server's reply."""

    time: datetime
    sender: str
    recipients: list[str]
    subject: str
    message_id: str
    attachments: list[AttachmentInfo]
    server: str
    reply_code: int
    reply: str
    attempts: int = 1
    size: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "time": self.time.astimezone(UTC).isoformat(timespec="seconds"),
            "from": self.sender,
            "recipients": self.recipients,
            "subject": self.subject,
            "message_id": self.message_id,
            "attachments": [
                {"filename": a.filename, "size": a.size, "sha256": a.sha256} for a in self.attachments
            ],
            "size": self.size,
            "server": self.server,
            "reply": f"{self.reply_code} {self.reply}",
            "attempts": self.attempts,
        }


class _Transient(Exception):
    """A 4xx answer: the same message may succeed a little later."""

    def __init__(self, code: int, text: str, stage: str):
        super().__init__(f"{code} {text}")
        self.code, self.text, self.stage = code, text, stage


def _text(resp: bytes | str) -> str:
    return (resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)).replace("\n", " ")


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    cafile = str(settings.cafile) if settings.cafile else None
    try:
        context = ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise MailError(
            f"cannot load the CA bundle {cafile}: {getattr(exc, 'strerror', None) or exc}",
            hint="mail.smtp.cafile must be a PEM file of CA certificates (relative to the workspace)",
        ) from None
    if not settings.verify:
        # the user turned verification off explicitly in memogen.yaml
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def send_message(
    msg: EmailMessage,
    settings: SmtpSettings,
    password: str | None,
    *,
    size_limit_mb: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> SendReport:
    """Deliver `msg` to every To and Cc recipient through the SMTP server, or to none.

    Temporary (4xx) refusals are retried `settings.retries` times, waiting
    `backoff_s`, then twice as long each time. Returns the server's final reply;
    raises `MailError` saying what failed (connection, timeout, TLS, login,
    recipient, size) and how to fix it."""
    data = message_bytes(msg)
    if size_limit_mb is not None and len(data) > size_limit_mb * MB:
        biggest = max(attachment_infos(msg), key=lambda a: a.size, default=None)
        which = f"; the biggest attachment is {biggest.filename} ({_mb(biggest.size)})" if biggest else ""
        raise MailError(
            f"the encoded message is {_mb(len(data))}, more than the limit of "
            f"{_mb(int(size_limit_mb * MB))}{which}",
            hint="send one format only (--format pdf) or raise mail.size_limit_mb",
        )
    sender = _addr_spec(str(msg["From"]))
    rcpts = [a.addr_spec for h in ("To", "Cc") for a in (msg[h].addresses if msg[h] else ())]
    if settings.username and password is None:
        raise MailError("no SMTP password", hint=f"set the environment variable {settings.password_env}")

    server = f"{settings.host}:{settings.effective_port}"
    attempts = settings.retries + 1
    last: _Transient | None = None
    for attempt in range(1, attempts + 1):
        try:
            code, reply = _transaction(settings, password, sender, rcpts, data, server)
        except _Transient as exc:
            last = exc
            if attempt < attempts:
                sleep(settings.backoff_s * 2 ** (attempt - 1))
            continue
        return SendReport(
            time=now(), sender=str(msg["From"]), recipients=[str(r) for r in rcpts],
            subject=str(msg["Subject"]), message_id=str(msg["Message-ID"]),
            attachments=attachment_infos(msg), server=server, reply_code=code, reply=reply,
            attempts=attempt, size=len(data),
        )
    assert last is not None
    raise MailError(
        f"{server} refused the message temporarily {plural(attempts, 'time')} ({last.stage}): "
        f"{last.code} {last.text}",
        hint="nothing was sent; try again later (the .eml is kept)",
    )


@dataclass
class _Where:
    """Where a transaction with the server has got to, for the message if it fails."""

    settings: SmtpSettings
    server: str  # host:port
    size: int  # of the encoded message, in bytes
    stage: str = "connecting"


def _transaction(
    settings: SmtpSettings, password: str | None, sender: str, rcpts: list[str], data: bytes, server: str
) -> tuple[int, str]:
    """One connection: connect, secure, log in, send to all recipients or none."""
    where = _Where(settings, server, len(data))
    context = _tls_context(settings) if settings.security != "none" else None
    smtp: smtplib.SMTP | None = None
    try:
        smtp = _connect(settings, context)
        _greet(smtp, settings, context, where)
        if settings.username:
            where.stage = "login"
            _login(smtp, settings.username, password or "", server)
        return _deliver(smtp, sender, rcpts, data, where)
    except (MailError, _Transient):
        raise
    except (smtplib.SMTPException, OSError) as exc:
        raise _failure(exc, where) from None
    finally:
        if smtp is not None:
            smtp.close()


def _connect(settings: SmtpSettings, context: ssl.SSLContext | None) -> smtplib.SMTP:
    """A connection to the server, inside TLS from the start for `security: tls`."""
    host, port, timeout = settings.host, settings.effective_port, settings.timeout_s
    if settings.security == "tls":
        return smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    return smtplib.SMTP(host, port, timeout=timeout)


def _greet(smtp: smtplib.SMTP, settings: SmtpSettings, context: ssl.SSLContext | None, where: _Where) -> None:
    """EHLO, then STARTTLS and EHLO again for `security: starttls`."""
    where.stage = "greeting"
    smtp.ehlo()
    if settings.security == "starttls":
        where.stage = "STARTTLS"
        if not smtp.has_extn("starttls"):
            raise MailError(
                f"{where.server} does not offer STARTTLS",
                hint="use security: tls (port 465) if the server speaks TLS from the start",
            )
        smtp.starttls(context=context)
        smtp.ehlo()


def _deliver(smtp: smtplib.SMTP, sender: str, rcpts: list[str], data: bytes, where: _Where) -> tuple[int, str]:
    """MAIL FROM, RCPT TO every recipient (all accepted, or none is sent to), DATA."""
    where.stage = "MAIL FROM"
    options = [f"SIZE={len(data)}"] if smtp.has_extn("size") else []
    code, resp = smtp.mail(sender, options)
    if code != 250:
        raise _refusal(code, resp, where, f"sender {sender}")
    where.stage = "RCPT TO"
    refused = {}
    for rcpt in rcpts:
        code, resp = smtp.rcpt(rcpt)
        if code not in (250, 251):
            refused[rcpt] = (code, _text(resp))
    if refused:
        smtp.rset()  # all or none: never deliver to only some of the recipients
        if all(400 <= c < 500 for c, _ in refused.values()):
            code, text = next(iter(refused.values()))
            raise _Transient(code, text, where.stage)
        listing = "; ".join(f"{r}: {c} {t}" for r, (c, t) in refused.items())
        raise MailError(
            f"{where.server} refused recipient(s): {listing}",
            hint="nothing was sent; check the address or the alias in memogen.yaml",
        )
    where.stage = "DATA"
    code, resp = smtp.data(data)
    if code != 250:
        raise _refusal(code, resp, where, "the message")
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.quit()  # delivered already; a rude goodbye changes nothing
    return code, _text(resp)


# What went wrong talking to the server → the message that says so, and its fix. The
# first row whose exception type matches wins, so subclasses come first. Fields:
# {server} (host:port), {host}, {stage}, {timeout}, {exc}, {reason} (TLS), {verify}
# (certificate), {strerror} (name lookup).
_FAILURES: tuple[tuple[type[Exception], str, str], ...] = (
    (smtplib.SMTPNotSupportedError, "{server} does not support {stage}: {exc}",
     "check mail.smtp.security and whether this server needs a login"),
    (ssl.SSLCertVerificationError, "the TLS certificate of {host} could not be verified: {verify}",
     "set mail.smtp.cafile to your organisation's CA bundle (PEM); "
     "check that mail.smtp.host is the name on the certificate"),
    (ssl.SSLError, "TLS with {server} failed: {reason}",
     "check mail.smtp.security: starttls (usually port 587) or tls (port 465)"),
    (TimeoutError, "{server} did not answer within {timeout:g} s ({stage})",
     "check mail.smtp.host, port and security; raise mail.smtp.timeout_s for a slow server"),
    (smtplib.SMTPServerDisconnected, "{server} closed the connection during {stage}: {exc}",
     "check mail.smtp.port and mail.smtp.security (starttls or tls)"),
    (ConnectionRefusedError, "cannot connect to {server}: connection refused",
     "check mail.smtp.host and mail.smtp.port in memogen.yaml and that the server is up"),
    (socket.gaierror, "cannot find the mail server {host}: {strerror}",
     "check mail.smtp.host in memogen.yaml and the network"),
    (Exception, "sending through {server} failed during {stage}: {exc}",
     "check mail.smtp settings in memogen.yaml"),
)  # fmt: skip


def _failure(exc: Exception, where: _Where) -> Exception:
    """The `MailError` (or `_Transient`, to retry) an exception from smtplib stands for."""
    if isinstance(exc, smtplib.SMTPResponseException):
        if exc.smtp_code == 535 or isinstance(exc, smtplib.SMTPAuthenticationError):
            return MailError(
                f"{where.server} rejected the login of {where.settings.username}: "
                f"{exc.smtp_code} {_text(exc.smtp_error)}",
                hint=f"check mail.smtp.username and the password in {where.settings.password_env}",
            )
        return _refusal(exc.smtp_code, exc.smtp_error, where, where.stage)
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(exc.__context__, TimeoutError):
        exc = exc.__context__  # how smtplib reports a read timeout
    message, hint = next((m, h) for kind, m, h in _FAILURES if isinstance(exc, kind))
    fields = {
        "server": where.server, "host": where.settings.host, "stage": where.stage,
        "timeout": where.settings.timeout_s, "exc": exc,
        "reason": getattr(exc, "reason", None) or exc,
        "verify": getattr(exc, "verify_message", None) or exc,
        "strerror": getattr(exc, "strerror", None) or exc,
    }  # fmt: skip
    return MailError(message.format(**fields), hint=hint)


def _login(smtp: smtplib.SMTP, username: str, password: str, server: str) -> None:
    if (username + password).isascii():
        smtp.login(username, password)
        return
    # smtplib encodes AUTH data as ASCII; AUTH PLAIN (RFC 4616) carries UTF-8
    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    if "PLAIN" not in mechanisms:
        raise MailError(
            f"the password has non-ASCII characters, which {server} can only take with AUTH "
            f"PLAIN, but it offers {' '.join(mechanisms) or 'no mechanism'}",
            hint="use a password of Latin letters, digits and symbols",
        )
    token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode())
    code, resp = smtp.docmd("AUTH", "PLAIN " + token.decode("ascii"))
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, resp)


def _refusal(code: int, resp: bytes | str, where: _Where, what: str) -> Exception:
    """The error a non-success SMTP reply stands for: too large, temporary, or a refusal."""
    text = _text(resp)
    if code == 552 or "5.3.4" in text:
        return MailError(
            f"{where.server} rejected the message as too large ({_mb(where.size)}): {code} {text}",
            hint="nothing was sent; send one format only (--format pdf) or ask for a higher limit",
        )
    if 400 <= code < 500:
        return _Transient(code, text, where.stage)
    return MailError(
        f"{where.server} refused {what}: {code} {text}",
        hint="nothing was sent; check mail.from and the server's rules",
    )


# ---------------------------------------------------------------- log


def append_log(output_dir: Path, report: SendReport) -> Path:
    """Append one JSON line about a delivered message to `<output_dir>/mail-log.jsonl`."""
    path = Path(output_dir) / LOG_NAME
    line = json.dumps(report.to_json(), ensure_ascii=False, sort_keys=True) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # one write on an O_APPEND file: concurrent runs never interleave a line
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)
    except OSError as exc:
        raise OutputError(
            f"the message was sent but cannot be recorded in {path}: {exc.strerror or exc}",
            hint="check the output folder's permissions",
        ) from exc
    return path


def send_and_log(
    msg: EmailMessage,
    settings: SmtpSettings,
    password: str | None,
    output_dir: Path,
    *,
    size_limit_mb: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """`send_message`, then `append_log` of what was delivered."""
    report = send_message(msg, settings, password, size_limit_mb=size_limit_mb, sleep=sleep)
    append_log(output_dir, report)
    return report
