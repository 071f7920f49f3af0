"""`memogen mail` end to end: build, write the .eml, and send only with --send, against a
real SMTP server (the fixtures of smtp_server.py)."""

from __future__ import annotations

import io
import json
import socket
from email.parser import BytesParser
from email.policy import default

import pytest

from memogen.cli import main
from memogen.errors import ExitCode
from smtp_server import PASSWORD, USER, Handler


def _config(workspace, port=None, cafile=None) -> None:
    text = (
        "mail:\n"
        "  from: Аналитический отдел <analytics@mfa.example.by>\n"
        "  address_book:\n"
        "    minister-office: [office@minister.example.by]\n"
    )
    if port is not None:
        text += (
            "  smtp:\n"
            f"    host: 127.0.0.1\n    port: {port}\n    security: starttls\n"
            f"    username: {USER}\n    cafile: {cafile}\n    timeout_s: 30\n    retries: 0\n"
        )
    (workspace / "memogen.yaml").write_text(text, encoding="utf-8")


def run(workspace, *argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--workspace", str(workspace), "mail", str(workspace / "facts" / "vologda-2025.yaml"), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_dry_run_writes_the_eml_and_opens_no_connection(workspace, monkeypatch):
    _config(workspace)

    def no_network(*args, **kwargs):
        raise AssertionError("a dry run must not open a connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    code, out, err = run(workspace, "--to", "minister-office", "--format", "all")
    assert code == 0, err
    eml = workspace / "output" / "vologda-2025.eml"
    assert "not sent" in out
    message = BytesParser(policy=default).parsebytes(eml.read_bytes())
    assert message["To"] == "office@minister.example.by"
    assert message["Subject"].startswith("Справка о сотрудничестве Республики Беларусь")
    attached = {a.get_filename(): a.get_content() for a in message.iter_attachments()}
    for name in ("vologda-2025.pdf", "vologda-2025.docx"):
        assert attached[name] == (workspace / "output" / name).read_bytes()


def test_send_delivers_and_logs(workspace, smtp_server, tls_files, monkeypatch):
    handler = Handler()
    _, port = smtp_server(handler)
    _config(workspace, port, tls_files[0])
    monkeypatch.setenv("MEMOGEN_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(workspace, "--to", "minister-office", "--send")
    assert code == 0, err
    assert "sent to office@minister.example.by: 250" in out
    (envelope,) = handler.received
    received = BytesParser(policy=default).parsebytes(envelope.original_content)
    (pdf,) = list(received.iter_attachments())
    assert pdf.get_content() == (workspace / "output" / "vologda-2025.pdf").read_bytes()
    (line,) = (workspace / "output" / "mail-log.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["recipients"] == ["office@minister.example.by"]


def test_failed_send_exits_5_and_keeps_everything(workspace, smtp_server, tls_files, monkeypatch):
    _, port = smtp_server(Handler())
    _config(workspace, port, tls_files[0])
    monkeypatch.setenv("MEMOGEN_SMTP_PASSWORD", "wrong")
    code, _, err = run(workspace, "--to", "minister-office", "--send")
    assert code == ExitCode.MAIL
    assert err.startswith("error: ") and "Traceback" not in err
    assert "authentication" in err.lower()
    assert (workspace / "output" / "vologda-2025.eml").is_file()
    assert (workspace / "output" / "vologda-2025.pdf").is_file()
    assert not (workspace / "output" / "mail-log.jsonl").exists()


@pytest.mark.parametrize(
    "config, args, message",
    [
        ("", ["--to", "a@b.by"], "no sender address is configured"),
        (None, ["--to", "nobody-known"], "nobody-known"),
    ],
)
def test_mail_user_errors(workspace, config, args, message):
    if config is None:
        _config(workspace)
    else:
        (workspace / "memogen.yaml").write_text(config, encoding="utf-8")
    code, _, err = run(workspace, *args)
    assert code in (ExitCode.MAIL, ExitCode.INPUT)
    assert message in err and "Traceback" not in err


def test_cover_note_comes_from_the_theme(workspace):
    _config(workspace)
    theme = workspace / "templates" / "brief" / "mail"
    theme.mkdir(parents=True)
    (theme.parent / "theme.yaml").write_text("extends: default\n", encoding="utf-8")
    (theme / "subject.txt.j2").write_text("Для {{ memo.signatory.surname }}:\n{{ document.title }}\n", encoding="utf-8")
    code, _, err = run(workspace, "--to", "minister-office", "--template", "brief")
    assert code == 0, err
    message = BytesParser(policy=default).parsebytes((workspace / "output" / "vologda-2025.eml").read_bytes())
    assert message["Subject"] == "Для Иванова: о сотрудничестве Республики Беларусь с Вологодской областью Российской Федерации"
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    # the body still comes from the default theme, with the memo's own words
    assert body.startswith("Добрый день!")
    assert "от 25.08.2025, подготовленный к встрече Заместителя Премьер-министра" in body
    assert body.endswith("С уважением,\nПетров А.Н.\n+375 17 200-00-00\n")


def test_cover_template_error_names_file_and_line(workspace):
    _config(workspace)
    theme = workspace / "templates" / "brief" / "mail"
    theme.mkdir(parents=True)
    (theme.parent / "theme.yaml").write_text("extends: default\n", encoding="utf-8")
    (theme / "body.txt.j2").write_text("Добрый день!\n{{ memo.author }}\n", encoding="utf-8")
    code, _, err = run(workspace, "--to", "minister-office", "--template", "brief")
    assert code == ExitCode.INPUT
    assert "body.txt.j2:2" in err and "missing template variable" in err and "Traceback" not in err
