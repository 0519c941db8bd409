"""Sending e-mail: the `EmailTransport` port and its SMTP adapter.

One `SmtpTransport` keeps ONE connection open across many sends: opening a TCP (and
TLS) session and authenticating per message would cap a worker at a few dozen mails a
second, where one connection carries hundreds. When the server has dropped the idle
connection (they all do, after a few minutes) the next send reconnects once and
carries on.

The outcome of a send is one of three things the dispatcher can act on:

* a `SendResult`: the relay accepted the message (its reply, for the log);
* `PermanentSendError` (5xx): this message will never go as it is; when `stage` is
  ``"rcpt"`` the recipient's address itself was refused (a hard bounce at the door);
* `TransientSendError` (4xx, connection refused, timeout, dropped twice): try again
  later. Its subclass `TransportConfigurationError` (wrong password, TLS missing,
  certificate not trusted, authentication required) is nobody's address's fault:
  hold the queue and tell the office, but never mark a debtor's address bad for it.

Each error carries the SMTP code (None when there was no reply), the server's reason,
the stage of the dialogue and the recipient when one was refused.

A retried send after a connection lost during DATA may deliver twice; the
Message-ID is the same on both (see `tokens.message_id`), so receivers de-duplicate.
"""

from __future__ import annotations

import contextlib
import copy
import re
import smtplib
import ssl
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import getaddresses
from types import MappingProxyType, TracebackType
from typing import Literal, Protocol, Self

from amiable.channels.email.bounces import address_is_dead

Security = Literal["starttls", "tls", "none"]
Stage = Literal["connect", "tls", "auth", "mail", "rcpt", "data"]
_SECURITIES = ("starttls", "tls", "none")
# Replies that say "your credentials or your TLS", not "this message": authentication
# required, password transition needed, credentials invalid, encryption required.
_CONFIGURATION_CODES = frozenset({530, 534, 535, 538})
_EMPTY: Mapping[str, tuple[int, str]] = MappingProxyType({})
_ENHANCED_STATUS = re.compile(r"([245]\.\d{1,3}\.\d{1,3})\b")


class SendError(Exception):
    """A message the relay did not take. `code` is the SMTP reply code, None when the
    server never answered (refused, timed out, dropped)."""

    def __init__(
        self, code: int | None, reason: str, *, stage: Stage, recipient: str | None = None
    ) -> None:
        self.code = code
        self.reason = reason
        self.stage = stage
        self.recipient = recipient
        prefix = f"{code} " if code is not None else ""
        target = f" ({recipient})" if recipient else ""
        super().__init__(f"{prefix}{reason} [{stage}]{target}")


class TransientSendError(SendError):
    """Try again later: 4xx, or the server could not be reached."""


class PermanentSendError(SendError):
    """5xx: the message will not go as it is."""

    @property
    def address_refused(self) -> bool:
        """True when the relay refused the recipient's address itself, at RCPT: the
        debtor's address is dead (stop e-mailing it), not our message or our
        reputation. Read from the enhanced status ("5.1.1 User unknown"); without
        one, 550, 551 and 553 at RCPT are taken as the address (RFC 5321 4.2.3)."""
        if self.stage != "rcpt":
            return False
        status = _ENHANCED_STATUS.match(self.reason)
        if status is not None:
            return address_is_dead(status.group(1))
        return self.code in (550, 551, 553)


class TransportConfigurationError(TransientSendError):
    """Our settings are wrong (credentials, TLS, trust): retry once fixed; the
    debtor's address is not at fault."""


@dataclass(frozen=True, slots=True)
class SendResult:
    """What the relay said when it took the message."""

    message_id: str | None
    envelope_from: str
    accepted: tuple[str, ...]
    # Recipients refused while others were accepted: address -> (code, reason).
    refused: Mapping[str, tuple[int, str]] = field(default_factory=lambda: _EMPTY)
    # The reply to DATA, e.g. "250 2.0.0 Ok: queued as 4Fh2p3" (the relay's queue id).
    response: str = ""


class EmailTransport(Protocol):
    """The port: anything that hands a composed message to a mail system."""

    def send(
        self,
        message: EmailMessage,
        *,
        envelope_from: str | None = None,
        recipients: Sequence[str] | None = None,
    ) -> SendResult:
        """Send `message`; `envelope_from` is the bounce address (VERP), else the
        message's Sender or From; `recipients`, else those of To, Cc and Bcc."""
        ...

    def close(self) -> None:
        """Release the connection; a later send opens a new one."""
        ...


@dataclass(frozen=True, slots=True)
class _Envelope:
    sender: str
    recipients: tuple[str, ...]
    international: bool


@dataclass(slots=True)
class _Progress:
    """How far a transaction went, for the error that interrupts it."""

    stage: Stage = "mail"


class SmtpTransport:
    """`EmailTransport` over smtplib with one kept-alive connection.

    Thread-safe: a lock serialises sends, since one connection carries one
    transaction at a time. Run one transport per worker thread for parallel sends.
    `messages_per_connection` reconnects after that many messages, for relays that
    cap a session (None: no cap)."""

    def __init__(
        self,
        host: str,
        port: int,
        security: Security,
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30,
        local_hostname: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
        messages_per_connection: int | None = None,
    ) -> None:
        if security not in _SECURITIES:
            raise ValueError(f"security must be one of {', '.join(_SECURITIES)}: {security!r}")
        if (username is None) != (password is None):
            raise ValueError("give both the SMTP username and password, or neither")
        if username is not None and security == "none":
            # As servers do (RFC 4954 4): a password never crosses the wire in clear.
            raise ValueError("SMTP credentials need security 'starttls' or 'tls'")
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if messages_per_connection is not None and messages_per_connection < 1:
            raise ValueError("messages_per_connection must be at least 1")
        self.host = host
        self.port = port
        self.security: Security = security
        self._username = username
        self._password = password
        self._timeout = timeout
        self._local_hostname = local_hostname
        self._ssl_context = ssl_context
        self._messages_per_connection = messages_per_connection
        self._connection: smtplib.SMTP | None = None
        self._sent_on_connection = 0
        self._lock = threading.Lock()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def send(
        self,
        message: EmailMessage,
        *,
        envelope_from: str | None = None,
        recipients: Sequence[str] | None = None,
    ) -> SendResult:
        """`recipients`, when the caller knows them (the one debtor it composed for),
        spares reading them back from the headers."""
        envelope = _envelope(message, envelope_from, recipients)
        data = _flatten(message, international=envelope.international)
        with self._lock:
            for attempt in (1, 2):
                connection = self._open()
                progress = _Progress()
                try:
                    result = _transact(connection, envelope, data, message, progress)
                except (smtplib.SMTPServerDisconnected, ConnectionError, ssl.SSLEOFError) as error:
                    # Most often an idle connection the server closed since our last
                    # send (in clear or under TLS): reconnect once.
                    self._drop()
                    if attempt == 2:
                        raise TransientSendError(
                            None, f"connection lost twice: {_describe(error)}", stage=progress.stage
                        ) from error
                    continue
                except OSError as error:  # a timeout, a TLS failure mid-stream
                    self._drop()
                    raise TransientSendError(
                        None, _describe(error), stage=progress.stage
                    ) from error
                except SendError as error:
                    self._recover(error)
                    raise
                self._sent_on_connection += 1
                if (
                    self._messages_per_connection is not None
                    and self._sent_on_connection >= self._messages_per_connection
                ):
                    self._quit()
                return result
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        with self._lock:
            self._quit()

    def _open(self) -> smtplib.SMTP:
        if self._connection is not None:
            return self._connection
        connection = self._connect()
        try:
            self._secure_and_login(connection)
        except BaseException:
            _abandon(connection)
            raise
        self._connection = connection
        self._sent_on_connection = 0
        return connection

    def _connect(self) -> smtplib.SMTP:
        try:
            if self.security == "tls":
                return smtplib.SMTP_SSL(
                    self.host,
                    self.port,
                    local_hostname=self._local_hostname,
                    timeout=self._timeout,
                    context=self._context(),
                )
            return smtplib.SMTP(
                self.host, self.port, local_hostname=self._local_hostname, timeout=self._timeout
            )
        except smtplib.SMTPConnectError as error:  # a banner other than 220
            raise _failure(error.smtp_code, _text(error.smtp_error), stage="connect") from error
        except ssl.SSLCertVerificationError as error:
            raise TransportConfigurationError(
                None, f"server certificate not trusted: {error.verify_message}", stage="tls"
            ) from error
        except (OSError, smtplib.SMTPException) as error:
            raise TransientSendError(
                None, f"cannot reach {self.host}:{self.port}: {_describe(error)}", stage="connect"
            ) from error

    def _secure_and_login(self, connection: smtplib.SMTP) -> None:
        stage: Stage = "tls"
        try:
            connection.ehlo_or_helo_if_needed()
            if self.security == "starttls":
                if not connection.has_extn("starttls"):
                    raise TransportConfigurationError(
                        None,
                        "the server does not offer STARTTLS; refusing to send in clear",
                        stage="tls",
                    )
                code, reply = connection.starttls(context=self._context())
                if code != 220:
                    raise _failure(code, _text(reply), stage="tls")
                connection.ehlo_or_helo_if_needed()  # RFC 3207 4.2: forget, ask again
            if self._username is not None and self._password is not None:
                stage = "auth"
                connection.login(self._username, self._password)
        except SendError:
            raise
        except ssl.SSLCertVerificationError as error:
            raise TransportConfigurationError(
                None, f"server certificate not trusted: {error.verify_message}", stage="tls"
            ) from error
        except smtplib.SMTPNotSupportedError as error:
            raise TransportConfigurationError(
                None, f"the server offers no authentication here: {error}", stage="auth"
            ) from error
        except smtplib.SMTPAuthenticationError as error:
            raise TransportConfigurationError(
                error.smtp_code, _text(error.smtp_error), stage="auth"
            ) from error
        except smtplib.SMTPResponseException as error:
            raise _failure(error.smtp_code, _text(error.smtp_error), stage=stage) from error
        except smtplib.SMTPServerDisconnected as error:
            raise TransientSendError(None, _describe(error), stage=stage) from error
        except smtplib.SMTPException as error:  # no authentication mechanism in common
            raise TransportConfigurationError(None, str(error), stage="auth") from error
        except OSError as error:
            raise TransientSendError(None, _describe(error), stage=stage) from error

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _recover(self, error: SendError) -> None:
        """Leave the connection ready for the next message after a refusal, or drop it
        when the server said it is closing (421) or will not reset."""
        if error.code == 421 or self._connection is None:
            self._drop()
            return
        try:
            self._connection.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _quit(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.quit()
            except (smtplib.SMTPException, OSError):
                _abandon(connection)

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            _abandon(connection)


def _transact(
    connection: smtplib.SMTP,
    envelope: _Envelope,
    data: bytes,
    message: EmailMessage,
    progress: _Progress,
) -> SendResult:
    """One MAIL / RCPT... / DATA transaction (RFC 5321 3.3), done by hand rather than
    by `sendmail` to keep the per-recipient replies and the relay's DATA reply."""
    options: list[str] = []
    if connection.has_extn("size"):
        options.append(f"SIZE={len(data)}")
    if envelope.international:
        if not connection.has_extn("smtputf8"):
            raise PermanentSendError(
                None,
                "the address is not ASCII and the server does not offer SMTPUTF8",
                stage="mail",
            )
        options += ["SMTPUTF8", "BODY=8BITMIME"]
    code, reply = connection.mail(envelope.sender, options)
    if code != 250:
        raise _failure(code, _text(reply), stage="mail")
    progress.stage = "rcpt"
    accepted: list[str] = []
    refused: dict[str, tuple[int, str]] = {}
    for recipient in envelope.recipients:
        code, reply = connection.rcpt(recipient)
        if code in (250, 251):
            accepted.append(recipient)
        else:
            refused[recipient] = (code, _text(reply))
    if not accepted:
        raise _refusal(refused)
    progress.stage = "data"
    try:
        code, reply = connection.data(data)
    except smtplib.SMTPDataError as error:  # DATA itself refused (no 354)
        raise _failure(error.smtp_code, _text(error.smtp_error), stage="data") from error
    if code != 250:
        raise _failure(code, _text(reply), stage="data")
    return SendResult(
        message_id=message.get("Message-ID"),
        envelope_from=envelope.sender,
        accepted=tuple(accepted),
        refused=MappingProxyType(refused) if refused else _EMPTY,
        response=f"{code} {_text(reply)}",
    )


def _refusal(refused: dict[str, tuple[int, str]]) -> SendError:
    """Every recipient refused: permanent only if every refusal is (a 4xx among them
    means a later try may pass)."""
    recipient, (code, reason) = next(iter(refused.items()))
    for address, (other_code, other_reason) in refused.items():
        if not 500 <= other_code < 600:
            recipient, code, reason = address, other_code, other_reason
            break
    return _failure(code, reason, stage="rcpt", recipient=recipient)


def _failure(code: int, reason: str, *, stage: Stage, recipient: str | None = None) -> SendError:
    if code in _CONFIGURATION_CODES:
        return TransportConfigurationError(code, reason, stage=stage, recipient=recipient)
    if 500 <= code < 600:
        return PermanentSendError(code, reason, stage=stage, recipient=recipient)
    return TransientSendError(code, reason, stage=stage, recipient=recipient)


def _envelope(
    message: EmailMessage, envelope_from: str | None, given: Sequence[str] | None = None
) -> _Envelope:
    """Envelope sender and recipients: the bounce address when given, else Sender or
    From; recipients as given, else from To, Cc and Bcc (Bcc is not transmitted, see
    `_flatten`)."""
    if envelope_from is None:
        senders = getaddresses([str(message.get("Sender") or message.get("From") or "")])
        envelope_from = senders[0][1] if senders else ""
    if not envelope_from or "@" not in envelope_from:
        raise ValueError("no envelope sender: give envelope_from or a From header")
    _refuse_line_breaks(envelope_from)
    if given is not None:
        recipients = tuple(dict.fromkeys(given))
    else:
        fields = [str(v) for name in ("To", "Cc", "Bcc") for v in message.get_all(name, [])]
        recipients = tuple(dict.fromkeys(address for _, address in getaddresses(fields) if address))
    if not recipients or any("@" not in address for address in recipients):
        raise ValueError("the message has no valid recipient (To, Cc, Bcc)")
    for recipient in recipients:
        _refuse_line_breaks(recipient)
    international = not all(address.isascii() for address in (envelope_from, *recipients))
    return _Envelope(envelope_from, recipients, international)


def _flatten(message: EmailMessage, *, international: bool) -> bytes:
    """The bytes on the wire, CRLF line ends; Bcc removed from the transmitted copy
    (as smtplib's send_message does)."""
    wire_policy = message.policy.clone(linesep="\r\n")
    if international:
        if not isinstance(wire_policy, EmailPolicy):
            raise ValueError("a non-ASCII address needs a message built with an email.policy")
        wire_policy = wire_policy.clone(utf8=True)
    if "Bcc" in message:
        # A shallow copy is enough: deleting a header rebinds the copy's header list.
        message = copy.copy(message)
        del message["Bcc"]
    return message.as_bytes(policy=wire_policy)


def _refuse_line_breaks(address: str) -> None:
    if "\r" in address or "\n" in address:
        raise ValueError(f"line break in an envelope address: {address!r}")


def _abandon(connection: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError):
        connection.close()


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "timed out"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
