"""A real SMTP server for the transport tests: aiosmtpd on 127.0.0.1, ephemeral port.

The transport under test is the real smtplib client; only the far end is ours. The
server records every accepted message (envelope, raw bytes, whether TLS was on, who
logged in), counts connections, and can be told to refuse a recipient (550, 451),
refuse DATA, or drop its connections — the ways real relays misbehave.

Load it with ``pytest_plugins = ["smtp_server"]``: fixtures `tls_files` (a
self-signed certificate for 127.0.0.1 made with the openssl CLI) and `smtp_sink`
(a factory of running servers, stopped after the test).
"""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Delivery:
    """One message the server accepted, as it arrived."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    mail_options: tuple[str, ...]
    data: bytes
    tls: bool
    login: str | None
    connection: int  # 1 for the first connection the server saw, and so on


@dataclass
class RecordingHandler:
    """aiosmtpd hooks: store what arrives, misbehave on request."""

    deliveries: list[Delivery] = field(default_factory=list)
    # Recipient address -> the reply to its RCPT ("550 5.1.1 ...").
    refusals: dict[str, str] = field(default_factory=dict)
    # A reply to the end of DATA instead of accepting the message.
    data_reply: str | None = None
    # The next `drop_next_mail` MAIL commands get the connection closed instead.
    drop_next_mail: int = 0
    mail_commands: int = 0

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        self.mail_commands += 1
        if self.drop_next_mail > 0:
            self.drop_next_mail -= 1
            assert server.transport is not None
            server.transport.close()
            return "421 4.4.2 closing connection"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refusals:
            return self.refusals[address]
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_reply is not None:
            return self.data_reply
        assert server.transport is not None
        login = (
            session.auth_data.login.decode()
            if isinstance(session.auth_data, LoginPassword)
            else None
        )
        content = envelope.original_content or b""
        self.deliveries.append(
            Delivery(
                mail_from=envelope.mail_from or "",
                rcpt_tos=tuple(envelope.rcpt_tos),
                mail_options=tuple(envelope.mail_options),
                data=content,
                tls=server.transport.get_extra_info("ssl_object") is not None,
                login=login,
                connection=getattr(server, "connection_number", 0),
            )
        )
        return f"250 2.0.0 Ok: queued as Q{len(self.deliveries):05d}"


class _CountingController(Controller):
    """A Controller on an ephemeral port that numbers the connections it serves."""

    def __init__(self, handler: RecordingHandler, **kwargs: Any) -> None:
        super().__init__(handler, hostname=HOST, port=0, **kwargs)
        self.connections = 0
        self.baseline = 0  # aiosmtpd's start-up probe is not a client connection
        self.servers: list[SMTP] = []
        self._count_lock = threading.Lock()

    def factory(self) -> SMTP:
        server = super().factory()
        with self._count_lock:
            self.connections += 1
            server.connection_number = self.connections - self.baseline
            self.servers.append(server)
        return server

    def _trigger_server(self) -> None:
        # Bound to port 0: learn the real port before aiosmtpd's start-up probe.
        assert isinstance(self.server, asyncio.Server)
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpSink:
    """One running server. `connections` counts the client's connections only (the
    start-up probe is not counted)."""

    def __init__(
        self,
        *,
        implicit_tls: ssl.SSLContext | None = None,
        starttls: ssl.SSLContext | None = None,
        users: Mapping[str, str] | None = None,
        auth_required: bool = False,
        auth_exclude_mechanism: list[str] | None = None,
    ) -> None:
        self.handler = RecordingHandler()
        kwargs: dict[str, Any] = {"server_hostname": "sink.test", "ident": "amiable test sink"}
        if implicit_tls is not None:
            kwargs["ssl_context"] = implicit_tls
        if starttls is not None:
            kwargs["tls_context"] = starttls
            kwargs["require_starttls"] = True
        if users is not None:
            kwargs["authenticator"] = _authenticator(dict(users))
            # As real servers: no AUTH before TLS (RFC 4954 4). aiosmtpd only knows of
            # STARTTLS; under implicit TLS the whole session is encrypted already.
            kwargs["auth_require_tls"] = implicit_tls is None
            kwargs["auth_required"] = auth_required
            if auth_exclude_mechanism:
                kwargs["auth_exclude_mechanism"] = auth_exclude_mechanism
        self._controller = _CountingController(self.handler, **kwargs)

    @property
    def host(self) -> str:
        return HOST

    @property
    def port(self) -> int:
        return self._controller.port

    @property
    def connections(self) -> int:
        return self._controller.connections - self._controller.baseline

    @property
    def deliveries(self) -> list[Delivery]:
        return self.handler.deliveries

    def start(self) -> SmtpSink:
        self._controller.start()
        self._controller.baseline = self._controller.connections
        return self

    def stop(self) -> None:
        self._controller.stop()

    def drop_connections(self) -> None:
        """Close every open connection from the server side, as a relay does to an
        idle client."""
        done = threading.Event()

        def close_all() -> None:
            for server in self._controller.servers:
                if server.transport is not None and not server.transport.is_closing():
                    server.transport.close()
            done.set()

        self._controller.loop.call_soon_threadsafe(close_all)
        assert done.wait(5)


def _authenticator(users: dict[str, str]) -> Callable[..., AuthResult]:
    def authenticate(
        server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        return AuthResult(success=users.get(login) == password, handled=False, auth_data=auth_data)

    return authenticate


@dataclass(frozen=True)
class TlsFiles:
    certificate: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.certificate, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A client that trusts this certificate, and verifies it (host name included)."""
        return ssl.create_default_context(cafile=str(self.certificate))


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A self-signed certificate for 127.0.0.1 (an IP subjectAltName, so hostname
    checking stays on in the client)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed: TLS tests need it to make a certificate")
    directory = tmp_path_factory.mktemp("smtp-tls")
    certificate, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", str(key), "-out", str(certificate), "-days", "2",
            "-subj", f"/CN={HOST}", "-addext", f"subjectAltName=IP:{HOST}",
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )  # fmt: skip
    return TlsFiles(certificate, key)


@pytest.fixture
def smtp_sink() -> Iterator[Callable[..., SmtpSink]]:
    """`smtp_sink(**options)` starts a server; every one is stopped after the test."""
    started: list[SmtpSink] = []

    def start(**options: Any) -> SmtpSink:
        sink = SmtpSink(**options).start()
        started.append(sink)
        return sink

    yield start
    for sink in started:
        sink.stop()
