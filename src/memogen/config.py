"""Workspace config: `memogen.yaml` at the workspace root → a validated `WorkspaceConfig`.

The file is optional; without it every setting has its default. It holds the default
theme, the output folder and the mail settings (SMTP server, sender, address book).
It never holds a password: that comes from an environment variable or the keyring.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from memogen.errors import InputError, Location
from memogen.filecache import FileCache
from memogen.yamlfile import read_yaml, validate

CONFIG_NAME = "memogen.yaml"

DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}

_PASSWORD_KEYS = {"password", "pass", "passwd", "secret"}
_PASSWORD_HINT = (
    "remove it; put the password in the environment variable named by "
    "mail.smtp.password_env (default MEMOGEN_SMTP_PASSWORD) or in the system keyring "
    "(mail.smtp.use_keyring: true)"
)


def check_address(value: str) -> str:
    """`value` if it is one mailbox ('addr@host' or 'Name <addr@host>'); else ValueError.

    Only ASCII addresses are accepted: a non-ASCII one needs SMTPUTF8, which many
    ministry servers lack (the display name may be Cyrillic)."""
    from email.errors import HeaderParseError  # here: a build without addresses never needs them
    from email.headerregistry import Address
    from email.utils import getaddresses

    pairs = getaddresses([value])
    if len(pairs) != 1 or not pairs[0][1]:
        raise ValueError(f"{value!r} is not one e-mail address")
    name, addr = pairs[0]
    if not addr.isascii():
        raise ValueError(f"{addr!r}: only ASCII addresses are supported (write the domain in punycode)")
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain or "." not in domain.strip(".") and domain != "localhost":
        raise ValueError(f"{value!r} is not a valid e-mail address (expected name@domain.tld)")
    try:
        Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError, HeaderParseError) as exc:
        raise ValueError(f"{value!r} is not a valid e-mail address: {exc}") from None
    return value.strip()


MailAddress = Annotated[str, AfterValidator(check_address)]
# an alias maps to one address or a list; both are kept as a list
AddressList = Annotated[
    list[MailAddress],
    BeforeValidator(lambda v: [v] if isinstance(v, str) else v),
    Field(min_length=1),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SmtpSettings(_Strict):
    """How to reach the outgoing mail server."""

    host: str = Field(description="SMTP server name, e.g. smtp.mfa.gov.by")
    port: int | None = Field(
        default=None, ge=1, le=65535, description="default: 587 (starttls), 465 (tls), 25 (none)"
    )
    security: Literal["starttls", "tls", "none"] = Field(
        default="starttls", description="starttls: plain then upgrade; tls: TLS from the start"
    )
    username: str | None = Field(default=None, description="login for AUTH; no AUTH when absent")
    password_env: str = Field(
        default="MEMOGEN_SMTP_PASSWORD", description="environment variable holding the password"
    )
    use_keyring: bool = Field(
        default=False, description="look the password up in the system keyring (needs `keyring`)"
    )
    verify: bool = Field(default=True, description="verify the server's TLS certificate")
    cafile: Path | None = Field(
        default=None, description="CA bundle to verify the server with instead of the system's"
    )
    timeout_s: float = Field(default=30.0, gt=0, description="seconds to wait for the server")
    retries: int = Field(default=3, ge=0, le=10, description="retries of temporary (4xx) failures")
    backoff_s: float = Field(default=1.0, ge=0, description="first wait between retries; doubles")

    @model_validator(mode="before")
    @classmethod
    def _no_password(cls, data: Any) -> Any:
        if isinstance(data, dict) and _PASSWORD_KEYS & set(data):
            raise ValueError("a password must not be written in memogen.yaml; " + _PASSWORD_HINT)
        return data

    @model_validator(mode="after")
    def _safe(self) -> SmtpSettings:
        if self.username and self.security == "none":
            raise ValueError(
                "username with security: none would send the password unencrypted; "
                "use security: starttls or tls"
            )
        return self

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]


class MailSettings(_Strict):
    smtp: SmtpSettings | None = Field(default=None, description="outgoing server; needed for --send")
    sender: MailAddress | None = Field(
        default=None, alias="from", description="From: 'Name <address>' or 'address'"
    )
    size_limit_mb: float = Field(
        default=10.0, gt=0, description="largest message to send, in MB (1 MB = 1024*1024 bytes)"
    )
    address_book: dict[str, AddressList] = Field(
        default_factory=dict, description="alias → address or list of addresses"
    )

    @field_validator("address_book")
    @classmethod
    def _aliases(cls, book: dict[str, list[str]]) -> dict[str, list[str]]:
        for alias in book:
            if "@" in alias or "," in alias or not alias.strip():
                raise ValueError(f"alias {alias!r} must be a short name without '@' or ','")
        return book


class WorkspaceConfig(_Strict):
    """Everything `memogen.yaml` can set; defaults when the file is absent."""

    theme: str | None = Field(default=None, description="default theme name")
    output: str = Field(default="output", description="folder for built memos, e-mails and logs")
    mail: MailSettings = Field(default_factory=MailSettings)


_LOADED: FileCache[WorkspaceConfig] = FileCache()


def load_config(workspace: Path) -> WorkspaceConfig:
    """The workspace's settings from `<workspace>/memogen.yaml`, defaults if it is absent
    (read once per process and version of the file).

    Raises `InputError` naming the file, line, field and a fix for any problem."""
    path = Path(workspace) / CONFIG_NAME
    return _LOADED.get(path.absolute(), lambda: _load_config(workspace, path), lambda _: [path])


def _load_config(workspace: Path, path: Path) -> WorkspaceConfig:
    if not os.path.lexists(path):  # anything else there (a folder, a fifo) is refused
        return WorkspaceConfig()
    data, positions = read_yaml(path)
    if data is None:
        return WorkspaceConfig()
    _refuse_passwords(path, data, positions, ())
    config = validate(WorkspaceConfig, data, positions, path)
    smtp = config.mail.smtp
    if smtp is not None and smtp.cafile is not None and not smtp.cafile.is_absolute():
        # a relative CA bundle means the workspace's, wherever memogen is run from
        smtp = smtp.model_copy(update={"cafile": Path(workspace) / smtp.cafile})
        config = config.model_copy(update={"mail": config.mail.model_copy(update={"smtp": smtp})})
    return config


def _refuse_passwords(path: Path, node: Any, positions: dict, where: tuple) -> None:
    """A password-like key anywhere in the file is refused before validation, so the
    error points at its own line rather than at the enclosing section."""
    if isinstance(node, dict):
        for key, value in node.items():
            if str(key).lower() in _PASSWORD_KEYS:
                line, column = positions.get(where + (key,), (None, None))
                raise InputError(
                    "a password must not be written in memogen.yaml",
                    location=Location(path, line, column, ".".join(map(str, where + (key,)))),
                    hint=_PASSWORD_HINT,
                )
            _refuse_passwords(path, value, positions, where + (key,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _refuse_passwords(path, item, positions, where + (i,))
