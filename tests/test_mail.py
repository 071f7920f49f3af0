"""memogen.mail and memogen.config against a real SMTP server (aiosmtpd on 127.0.0.1)
with STARTTLS or implicit TLS on a certificate made here, AUTH, and scripted failures."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import smtplib
import socket
import ssl
import sys
import threading
from email import message_from_bytes
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from urllib.parse import quote

import pytest

from memogen import mail
from memogen.config import SmtpSettings, WorkspaceConfig, load_config
from memogen.errors import ExitCode, InputError, MailError
from smtp_server import PASSWORD, ROBOT, ROBOT_PASSWORD, USER, Handler, free_port

SENDER = "Аналитический отдел <analytics@mfa.example.by>"
DATE = dt.datetime(2025, 8, 25, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
PDF_NAME = "Справка_Вологодская_область.pdf"
DOCX_NAME = "Справка_Вологодская_область.docx"
BOOK = {
    "minister-office": ["Приёмная министра <office@minister.example.by>", "deputy@minister.example.by"],
    "press": ["press@mfa.example.by"],
}


# ---------------------------------------------------------------- fixtures


def settings(port, tls_files, **overrides) -> SmtpSettings:
    values = {
        "host": "127.0.0.1", "port": port, "security": "starttls", "username": USER,
        "cafile": tls_files[0], "timeout_s": 30, "retries": 3, "backoff_s": 0.5,
    }
    values.update(overrides)
    return SmtpSettings(**values)


@pytest.fixture
def memo_files(tmp_path) -> list[Path]:
    """A PDF and a DOCX with Cyrillic names; every byte value occurs in each."""
    out = tmp_path / "output"
    out.mkdir()
    pdf = out / PDF_NAME
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    docx = out / DOCX_NAME
    docx.write_bytes(b"PK\x03\x04" + bytes(reversed(range(256))) * 60)
    return [pdf, docx]


def make_message(memo_files, **overrides):
    to = mail.resolve_recipients(["minister-office"], BOOK)
    values = {
        "sender": SENDER, "to": to, "cc": mail.resolve_recipients(["press"], BOOK),
        "subject": "Справка о сотрудничестве с Вологодской областью от 25.08.2025",
        "body": "Добрый день!\n\nНаправляем справку.\n\nС уважением,\nАналитический отдел\n",
        "attachments": memo_files, "date": DATE,
    }
    values.update(overrides)
    return mail.build_message(**values)


def dry_run(memo_files, **overrides) -> Path:
    msg = make_message(memo_files, **overrides)
    return mail.write_eml(msg, memo_files[0].parent / "Справка_Вологодская_область.eml")


def assert_kept(memo_files, eml: Path) -> None:
    """Nothing is lost when sending fails: the memo and the .eml stay as they were."""
    assert eml.read_bytes().startswith(b"Subject:")
    for path in memo_files:
        assert path.stat().st_size > 1000


# ---------------------------------------------------------------- building


def test_message_headers_body_and_attachments(memo_files):
    msg = make_message(memo_files)
    raw = mail.message_bytes(msg)
    assert raw.isascii(), "the message must be 7-bit clean"
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    parsed = BytesParser(policy=default).parsebytes(raw)
    assert parsed["Subject"] == "Справка о сотрудничестве с Вологодской областью от 25.08.2025"
    assert parsed["From"].addresses[0].display_name == "Аналитический отдел"
    assert [a.addr_spec for a in parsed["To"].addresses] == [
        "office@minister.example.by", "deputy@minister.example.by",
    ]
    assert parsed["To"].addresses[0].display_name == "Приёмная министра"
    assert parsed["Cc"].addresses[0].addr_spec == "press@mfa.example.by"
    assert parsed["Date"].datetime == DATE
    assert parsed["Message-ID"].endswith("@mfa.example.by>")
    body = parsed.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    assert "Направляем справку." in body.get_content()
    parts = list(parsed.iter_attachments())
    assert [p.get_content_type() for p in parts] == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
    assert [p.get_filename() for p in parts] == [PDF_NAME, DOCX_NAME]
    for part, path in zip(parts, memo_files, strict=True):
        assert part.get_content() == path.read_bytes()


def test_cyrillic_file_names_use_one_rfc2231_parameter(memo_files):
    # one filename*=utf-8''… parameter, not filename*0*= continuations
    raw = mail.message_bytes(make_message(memo_files)).decode("ascii")
    encoded = quote(PDF_NAME, safe="")
    assert f"filename*=utf-8''{encoded}" in raw
    assert f"name*=utf-8''{encoded}" in raw
    assert "filename*0" not in raw


def test_dry_run_is_reproducible_and_opens_no_connection(memo_files, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the dry run opened a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    eml = dry_run(memo_files)
    first = eml.read_bytes()
    eml2 = dry_run(memo_files)
    assert eml2.read_bytes() == first
    assert b"boundary=\"=_memogen_" in first
    parsed = message_from_bytes(first, policy=default)
    assert [p.get_filename() for p in parsed.iter_attachments()] == [PDF_NAME, DOCX_NAME]
    # a different file gives a different Message-ID
    memo_files[0].write_bytes(memo_files[0].read_bytes() + b"x")
    assert make_message(memo_files)["Message-ID"] != parsed["Message-ID"]


def test_attachment_over_the_limit_is_named(memo_files):
    big = memo_files[0].parent / "Справка_большая.pdf"
    big.write_bytes(b"%PDF" + b"\0" * (2 * 1024 * 1024))
    with pytest.raises(MailError) as info:
        make_message([memo_files[1], big], size_limit_mb=1.5)
    assert "attachment Справка_большая.pdf is 2.0 MB, more than the limit of 1.5 MB" in str(info.value)
    assert info.value.exit_code == ExitCode.MAIL


def test_encoded_message_over_the_limit_is_refused_before_connecting(memo_files, tls_files):
    msg = make_message(memo_files)
    size = len(mail.message_bytes(msg))
    with pytest.raises(MailError, match=r"the encoded message is .* more than the limit .*"
                       rf"biggest attachment is {DOCX_NAME}"):
        # port 9 (discard) is never contacted: the check comes first
        mail.send_message(msg, settings(9, tls_files), PASSWORD, size_limit_mb=size / mail.MB / 2)


def test_missing_attachment_is_a_clear_error(tmp_path):
    with pytest.raises(MailError, match="cannot read attachment .*нет.pdf"):
        make_message([tmp_path / "нет.pdf"])


# ---------------------------------------------------------------- recipients


def test_resolve_recipients_expands_aliases_and_drops_duplicates():
    got = mail.resolve_recipients(
        ["minister-office,press", "PRESS@mfa.example.by", '"Иванов, И." <ivanov@mfa.example.by>'],
        BOOK,
    )
    assert got == [
        "Приёмная министра <office@minister.example.by>",
        "deputy@minister.example.by",
        "press@mfa.example.by",
        '"Иванов, И." <ivanov@mfa.example.by>',
    ]


def test_unknown_alias_lists_the_known_ones():
    with pytest.raises(MailError) as info:
        mail.resolve_recipients(["minister"], BOOK)
    assert "unknown recipient alias 'minister' (known aliases: minister-office, press)" in str(info.value)


@pytest.mark.parametrize(
    "bad", ["ivanov@", "ivan ov@mfa.by", "иванов@mfa.by", "a@@b.by", "a@b.by d@e.by", "<>@x.by"]
)
def test_bad_address_is_refused(bad):
    with pytest.raises(MailError, match="bad recipient"):
        mail.resolve_recipients([bad], BOOK)



# ---------------------------------------------------------------- sending


def test_send_over_starttls_with_auth(memo_files, tls_files, smtp_server):
    handler = Handler()
    _, port = smtp_server(handler)
    eml = dry_run(memo_files)
    msg = make_message(memo_files)
    report = mail.send_and_log(msg, settings(port, tls_files), PASSWORD, memo_files[0].parent)

    assert len(handler.received) == 1
    envelope = handler.received[0]
    assert envelope.mail_from == "analytics@mfa.example.by"
    assert envelope.rcpt_tos == [
        "office@minister.example.by", "deputy@minister.example.by", "press@mfa.example.by",
    ]
    got = BytesParser(policy=default).parsebytes(envelope.original_content)
    assert got["Subject"] == "Справка о сотрудничестве с Вологодской областью от 25.08.2025"
    assert got["From"].addresses[0].display_name == "Аналитический отдел"
    assert got["From"].addresses[0].addr_spec == "analytics@mfa.example.by"
    assert got["To"].addresses[0].display_name == "Приёмная министра"
    assert got["Message-ID"] == msg["Message-ID"]
    assert got["Date"].datetime == DATE
    assert "Направляем справку." in got.get_body(("plain",)).get_content()
    parts = list(got.iter_attachments())
    assert [p.get_filename() for p in parts] == [PDF_NAME, DOCX_NAME]
    for part, path in zip(parts, memo_files, strict=True):
        assert part.get_content() == path.read_bytes()
    # what the server got is exactly the dry run's .eml
    assert envelope.original_content.replace(b"\r\n", b"\n") == eml.read_bytes().replace(b"\r\n", b"\n")

    assert report.reply_code == 250 and "queued as TEST123" in report.reply
    assert report.attempts == 1
    log = (memo_files[0].parent / "mail-log.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(log) == 1
    entry = json.loads(log[0])
    assert entry["recipients"] == envelope.rcpt_tos
    assert entry["subject"] == got["Subject"]
    assert entry["message_id"] == msg["Message-ID"]
    assert entry["reply"] == "250 2.0.0 Ok: queued as TEST123"
    assert entry["server"] == f"127.0.0.1:{port}"
    assert dt.datetime.fromisoformat(entry["time"]).utcoffset() == dt.timedelta(0)
    assert entry["attachments"] == [
        {"filename": p.name, "size": p.stat().st_size,
         "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
        for p in memo_files
    ]
    # a second delivery appends, never rewrites
    mail.send_and_log(msg, settings(port, tls_files), PASSWORD, memo_files[0].parent)
    assert len((memo_files[0].parent / "mail-log.jsonl").read_text().splitlines()) == 2


# aiosmtpd cannot tell that an implicit-TLS session is encrypted, so AUTH must be
# allowed "without TLS" there; it warns about exactly that
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_send_over_implicit_tls(memo_files, tls_files, smtp_server):
    handler = Handler()
    _, port = smtp_server(handler, implicit_tls=True, auth_require_tls=False)
    msg = make_message(memo_files)
    report = mail.send_message(
        msg, settings(port, tls_files, security="tls", username=ROBOT), ROBOT_PASSWORD
    )
    assert report.reply_code == 250
    got = BytesParser(policy=default).parsebytes(handler.received[0].original_content)
    assert [p.get_content() for p in got.iter_attachments()] == [p.read_bytes() for p in memo_files]


def test_connection_refused(memo_files, tls_files):
    eml = dry_run(memo_files)
    port = free_port()
    with pytest.raises(MailError) as info:
        mail.send_message(make_message(memo_files), settings(port, tls_files), PASSWORD)
    assert f"cannot connect to 127.0.0.1:{port}: connection refused" in str(info.value)
    assert "mail.smtp.host" in str(info.value)
    assert info.value.exit_code == ExitCode.MAIL
    assert_kept(memo_files, eml)


@pytest.mark.parametrize("wrong", ["wrong", "неверный"])
def test_authentication_failure(memo_files, tls_files, smtp_server, wrong):
    handler = Handler()
    _, port = smtp_server(handler)
    eml = dry_run(memo_files)
    with pytest.raises(MailError) as info:
        mail.send_message(make_message(memo_files), settings(port, tls_files), wrong)
    text = str(info.value)
    assert f"127.0.0.1:{port} rejected the login of analyst: 535" in text
    assert "MEMOGEN_SMTP_PASSWORD" in text
    assert handler.received == []
    assert_kept(memo_files, eml)


def test_temporary_failure_is_retried_with_backoff(memo_files, tls_files, smtp_server):
    handler = Handler(data_replies=["451 4.3.0 Try again later"] * 2)
    _, port = smtp_server(handler)
    sleeps: list[float] = []
    report = mail.send_message(
        make_message(memo_files), settings(port, tls_files), PASSWORD, sleep=sleeps.append
    )
    assert report.attempts == 3
    assert sleeps == [0.5, 1.0]
    assert handler.data_calls == 3
    assert len(handler.received) == 1


def test_temporary_failure_that_persists(memo_files, tls_files, smtp_server):
    handler = Handler(data_replies=["451 4.3.0 Try again later"] * 10)
    _, port = smtp_server(handler)
    eml = dry_run(memo_files)
    sleeps: list[float] = []
    with pytest.raises(MailError) as info:
        mail.send_message(
            make_message(memo_files), settings(port, tls_files, retries=2), PASSWORD,
            sleep=sleeps.append,
        )
    assert "refused the message temporarily 3 times (DATA): 451 4.3.0 Try again later" in str(info.value)
    assert sleeps == [0.5, 1.0]
    assert handler.received == []
    assert_kept(memo_files, eml)


def test_recipient_refused_sends_to_nobody(memo_files, tls_files, smtp_server):
    handler = Handler(refuse_rcpt={"deputy@minister.example.by"})
    _, port = smtp_server(handler)
    eml = dry_run(memo_files)
    with pytest.raises(MailError) as info:
        mail.send_message(make_message(memo_files), settings(port, tls_files), PASSWORD)
    text = str(info.value)
    assert "refused recipient(s): deputy@minister.example.by: 550 5.1.1" in text
    assert "nothing was sent" in text
    assert handler.data_calls == 0
    assert_kept(memo_files, eml)


@pytest.mark.parametrize("where", ["MAIL FROM (SIZE)", "DATA"])
def test_message_too_large(memo_files, tls_files, smtp_server, where):
    if where == "DATA":
        handler = Handler(data_replies=["552 5.3.4 Message size exceeds fixed limit"])
        _, port = smtp_server(handler)
    else:
        handler = Handler()
        _, port = smtp_server(handler, data_size_limit=10_000)
    eml = dry_run(memo_files)
    with pytest.raises(MailError) as info:
        mail.send_message(make_message(memo_files), settings(port, tls_files), PASSWORD)
    assert f"127.0.0.1:{port} rejected the message as too large (0.0 MB): 552" in str(info.value)
    assert handler.received == []
    assert_kept(memo_files, eml)


def test_certificate_not_trusted(memo_files, tls_files, smtp_server):
    handler = Handler()
    _, port = smtp_server(handler)
    eml = dry_run(memo_files)
    with pytest.raises(MailError) as info:
        mail.send_message(make_message(memo_files), settings(port, tls_files, cafile=None), PASSWORD)
    text = str(info.value)
    assert "the TLS certificate of 127.0.0.1 could not be verified: self-signed certificate" in text
    assert "mail.smtp.cafile" in text
    assert handler.received == []
    assert_kept(memo_files, eml)


def test_missing_ca_bundle(memo_files, tls_files, tmp_path):
    smtp = settings(free_port(), tls_files, cafile=tmp_path / "нет.pem")
    with pytest.raises(MailError, match="cannot load the CA bundle .*нет.pem"):
        mail.send_message(make_message(memo_files), smtp, PASSWORD)


def test_verification_can_be_turned_off(memo_files, tls_files, smtp_server):
    handler = Handler()
    _, port = smtp_server(handler)
    smtp = settings(port, tls_files, cafile=None, verify=False)
    assert mail.send_message(make_message(memo_files), smtp, PASSWORD).reply_code == 250
    assert len(handler.received) == 1


def test_server_that_never_answers_times_out(memo_files, tls_files):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    eml = dry_run(memo_files)
    port = listener.getsockname()[1]
    try:
        with pytest.raises(MailError) as info:
            mail.send_message(
                make_message(memo_files), settings(port, tls_files, timeout_s=0.3), PASSWORD
            )
    finally:
        thread.join(5)
        for sock in accepted:
            sock.close()
        listener.close()
    assert f"127.0.0.1:{port} did not answer within 0.3 s" in str(info.value)
    assert_kept(memo_files, eml)


def test_password_comes_from_env_or_is_explained():
    smtp = SmtpSettings(host="smtp.example.by", username="analyst", password_env="MFA_SMTP")
    assert mail.get_password(smtp, {"MFA_SMTP": "pw"}) == "pw"
    assert mail.get_password(SmtpSettings(host="h"), {}) is None  # no username → no AUTH
    with pytest.raises(MailError, match="environment variable MFA_SMTP is not set"):
        mail.get_password(smtp, {})


def test_keyring_is_optional(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # as if it were not installed
    smtp = SmtpSettings(host="smtp.example.by", username="analyst", use_keyring=True)
    assert mail.get_password(smtp, {"MEMOGEN_SMTP_PASSWORD": "pw"}) == "pw"
    with pytest.raises(MailError, match="the keyring package is not installed"):
        mail.get_password(smtp, {})


# ---------------------------------------------------------------- config


def write_config(tmp_path, text: str) -> Path:
    (tmp_path / "memogen.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_config_defaults_when_absent(tmp_path):
    config = load_config(tmp_path)
    assert config == WorkspaceConfig()
    assert config.output == "output" and config.mail.size_limit_mb == 10


def test_config_mail_settings(tmp_path):
    config = load_config(write_config(tmp_path, """\
theme: mfa
mail:
  from: "Аналитический отдел <analytics@mfa.example.by>"
  size_limit_mb: 5
  smtp:
    host: smtp.mfa.example.by
    security: tls
    username: analyst
    cafile: certs/ca.pem
  address_book:
    minister-office: ["Приёмная <office@minister.example.by>", deputy@minister.example.by]
    press: press@mfa.example.by
"""))
    assert config.theme == "mfa"
    assert config.mail.sender == "Аналитический отдел <analytics@mfa.example.by>"
    assert config.mail.smtp.effective_port == 465
    assert config.mail.smtp.verify is True
    assert config.mail.smtp.cafile == tmp_path / "certs" / "ca.pem"
    assert config.mail.address_book["press"] == ["press@mfa.example.by"]
    got = mail.resolve_recipients(["minister-office"], config.mail.address_book)
    assert got == ["Приёмная <office@minister.example.by>", "deputy@minister.example.by"]


def test_config_refuses_a_password(tmp_path):
    with pytest.raises(InputError) as info:
        load_config(write_config(tmp_path, "mail:\n  smtp:\n    host: h\n    password: hunter2\n"))
    text = str(info.value)
    assert text.startswith(f"{tmp_path / 'memogen.yaml'}:4:5: mail.smtp.password: a password must not")
    assert "password_env" in text and "keyring" in text
    assert "hunter2" not in text


def test_config_errors_name_line_and_field(tmp_path):
    with pytest.raises(InputError) as info:
        load_config(write_config(tmp_path, """\
mail:
  smtp:
    host: h
    security: ssl
  address_book:
    office: [ok@mfa.example.by, "not an address"]
  colour: red
"""))
    text = str(info.value)
    assert "memogen.yaml:4:5: mail.smtp.security: Input should be 'starttls', 'tls' or 'none'" in text
    assert "memogen.yaml:6: mail.address_book.office[1]: 'not an address' is not a valid" in text
    assert "memogen.yaml:7: mail.colour: unknown key 'colour'" in text


def test_config_duplicate_key(tmp_path):
    with pytest.raises(InputError, match=r"memogen.yaml:3:3: duplicate key 'size_limit_mb'"):
        load_config(write_config(tmp_path, "mail:\n  size_limit_mb: 5\n  size_limit_mb: 6\n"))


def test_config_plain_login_is_refused(tmp_path):
    with pytest.raises(InputError, match="would send the password unencrypted"):
        load_config(write_config(tmp_path, "mail:\n  smtp: {host: h, security: none, username: u}\n"))


# ---------------------------------------------------------------- failures


def _disconnected_by_timeout() -> smtplib.SMTPServerDisconnected:
    """How smtplib reports a server that stopped answering mid-reply."""
    exc = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    exc.__context__ = TimeoutError("timed out")
    return exc


@pytest.mark.parametrize(
    "exc, message, hint",
    [
        (smtplib.SMTPNotSupportedError("no AUTH"), "127.0.0.1:2525 does not support login: no AUTH", "security"),
        (ssl.SSLError(1, "bad record"), "TLS with 127.0.0.1:2525 failed", "starttls"),
        (smtplib.SMTPServerDisconnected("gone"), "closed the connection during login: gone", "port"),
        (_disconnected_by_timeout(), "did not answer within 5 s (login)", "timeout_s"),
        (ConnectionRefusedError(), "cannot connect to 127.0.0.1:2525: connection refused", "server is up"),
        (socket.gaierror(-2, "Name or service not known"), "mail server 127.0.0.1: Name or service not known", "network"),
        (OSError("odd"), "sending through 127.0.0.1:2525 failed during login: odd", "mail.smtp settings"),
        (smtplib.SMTPAuthenticationError(535, b"no"), f"rejected the login of {USER}: 535 no", "password"),
        (smtplib.SMTPResponseException(554, b"policy"), "refused login: 554 policy", "nothing was sent"),
    ],
)
def test_every_smtp_failure_is_one_message_with_its_fix(tls_files, exc, message, hint):
    where = mail._Where(settings(2525, tls_files, timeout_s=5), "127.0.0.1:2525", 1000, stage="login")
    error = mail._failure(exc, where)
    assert isinstance(error, MailError) and message in error.message and hint in error.hint


def test_a_temporary_refusal_is_retried_not_reported(tls_files):
    where = mail._Where(settings(2525, tls_files), "127.0.0.1:2525", 1000, stage="DATA")
    assert isinstance(mail._failure(smtplib.SMTPResponseException(451, b"later"), where), mail._Transient)
