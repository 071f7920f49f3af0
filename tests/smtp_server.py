"""A real SMTP server for the mail tests: aiosmtpd on 127.0.0.1 with STARTTLS or implicit
TLS on a self-signed certificate made here, AUTH, and scripted refusals.

`conftest.py` offers the fixtures `tls_files` and `smtp_server` to every test module.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, PASSWORD = "analyst", "s3cret-пароль"  # non-ASCII: smtplib alone cannot send it
ROBOT, ROBOT_PASSWORD = "robot", "ascii-only-pw"
ACCOUNTS = {(USER.encode(), PASSWORD.encode()), (ROBOT.encode(), ROBOT_PASSWORD.encode())}


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key (PEM)."""
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "memogen test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Handler:
    """Records what arrives; refuses recipients or data as a test scripts it."""

    def __init__(self, refuse_rcpt=(), data_replies=()):
        self.received: list = []
        self.refuse_rcpt = set(refuse_rcpt)
        self.data_replies = list(data_replies)  # answers to give before accepting
        self.data_calls = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_rcpt:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_calls += 1
        if self.data_replies:
            return self.data_replies.pop(0)
        self.received.append(envelope)
        return "250 2.0.0 Ok: queued as TEST123"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and tuple(auth_data) in ACCOUNTS
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server(tls_files):
    """start(handler, implicit_tls=False, **smtp_kwargs) → (controller, port)."""
    cert, key = tls_files
    started = []

    def start(handler, *, implicit_tls=False, **kwargs):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        port = free_port()
        # a loaded machine may take seconds to start the server's thread (aiosmtpd waits 5 s)
        options = {"authenticator": authenticator, "auth_required": True, "ready_timeout": 60.0}
        if implicit_tls:
            options["ssl_context"] = context
        else:
            options.update(tls_context=context, require_starttls=True)
        options.update(kwargs)
        controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
        controller.start()
        started.append(controller)
        return controller, port

    yield start
    for controller in started:
        controller.stop()
