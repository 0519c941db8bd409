"""Inbound mail by IMAP polling: the office's own mailbox, read with imap-tools.

Each poll takes the messages still in the inbox folder, hands each raw message to the
caller's `handle`, and moves it out only once `handle` has returned: to the processed
folder when it was recorded, to the quarantine folder when the caller set it aside. A
message is never deleted, never marked seen by us, and never lost:

* `handle` raises: the message stays where it is and is retried at the next poll; after
  `max_attempts` failures in a row (counted by this poller) it is moved to quarantine, so
  one poisonous message cannot be retried for ever nor hold the others back.
* the process dies between `handle` and the move: the next poll hands the same message
  again. The caller must therefore be idempotent and de-duplicate by Message-ID and by
  the SHA-256 of the raw bytes (both carried by `parse_inbound`'s result).

All messages of the folder are taken, not only UNSEEN ones: a clerk who opened a mail in
webmail must not hide it from the agent. Messages are fetched one at a time with
BODY.PEEK[] (imap-tools' `mark_seen=False`), so memory holds one message, and the bytes
handed over are exactly the server's, not a re-serialisation.
"""

from __future__ import annotations

import imaplib
import logging
import ssl
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from ipaddress import ip_address
from typing import Literal

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted, MailMessage
from imap_tools.errors import ImapToolsError

logger = logging.getLogger(__name__)

Security = Literal["tls", "starttls", "none"]
Handler = Callable[[bytes, str], bool]
BatchHandler = Callable[[list[tuple[bytes, str]]], list[bool]]
"""handle(raw, uid) -> True when recorded, False to set the message aside (quarantine)."""

DEFAULT_BATCH = 100
DEFAULT_MAX_ATTEMPTS = 5


class ImapPollError(Exception):
    """The mailbox could not be reached or worked with; `report` holds what was done
    before the failure (those messages are handled and moved)."""

    def __init__(self, reason: str, report: PollReport) -> None:
        super().__init__(reason)
        self.reason = reason
        self.report = report


@dataclass(frozen=True, slots=True)
class PollReport:
    """What one poll did, for the job record."""

    fetched: int = 0
    handled: int = 0
    """Recorded by the handler and moved to the processed folder."""
    failed: int = 0
    """The handler raised (or the move failed): left in place, retried next poll."""
    quarantined: int = 0
    """Set aside by the handler, or failing `max_attempts` times: in the quarantine folder."""
    errors: list[str] = field(default_factory=list)


@dataclass
class _Tally:
    fetched: int = 0
    handled: int = 0
    failed: int = 0
    quarantined: int = 0
    errors: list[str] = field(default_factory=list)

    def report(self) -> PollReport:
        return PollReport(
            fetched=self.fetched,
            handled=self.handled,
            failed=self.failed,
            quarantined=self.quarantined,
            errors=list(self.errors),
        )


class _RawMailMessage(MailMessage):
    """imap-tools' message, keeping the exact bytes the server sent."""

    def __init__(self, fetch_data: list[object]) -> None:
        raw, _uid, _flags = self._get_message_data_parts(fetch_data)
        self.raw: bytes = raw
        super().__init__(fetch_data)


class ImapPoller:
    """Polls one IMAP folder; keep one instance per mailbox for the life of the worker
    (it remembers how often each message has failed)."""

    def __init__(
        self,
        host: str,
        port: int,
        username: str,
        password: str,
        security: Security = "tls",
        folder: str = "INBOX",
        processed_folder: str = "amiable/processed",
        quarantine_folder: str = "amiable/quarantine",
        batch: int = DEFAULT_BATCH,
        *,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        allow_plaintext_remote: bool = False,
    ) -> None:
        if security not in ("tls", "starttls", "none"):
            raise ValueError(f"unknown IMAP security {security!r}: tls, starttls or none")
        if security == "none" and not allow_plaintext_remote and not _is_loopback(host):
            # The password would cross the network in clear.
            raise ValueError(f"IMAP without TLS is only allowed to a local server, not {host}")
        if batch < 1 or max_attempts < 1:
            raise ValueError("batch and max_attempts must be at least 1")
        self.host = host
        self.port = port
        self.username = username
        self._password = password
        self.security: Security = security
        self.folder = folder
        self.processed_folder = processed_folder
        self.quarantine_folder = quarantine_folder
        self.batch = batch
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.max_attempts = max_attempts
        self._failures: dict[str, int] = {}
        self._uid_validity: str | None = None

    def poll(self, handle: Handler) -> PollReport:
        """Hand up to `batch` messages to `handle` and move each one it accepted.

        Messages that never failed come first, so retries cannot starve new mail.
        Raises ImapPollError (with the partial report) when the server fails us; a
        handler's exception is never raised from here.
        """
        tally = _Tally()
        try:
            with self._login() as mailbox:
                delimiter = _delimiter(mailbox)
                processed = self._ensure_folder(mailbox, self.processed_folder, delimiter)
                quarantine = self._ensure_folder(mailbox, self.quarantine_folder, delimiter)
                self._check_uid_validity(mailbox)
                mailbox.folder.set(self.folder)
                for uid in self._next_uids(mailbox):
                    self._process(mailbox, uid, handle, processed, quarantine, tally)
        except (ImapToolsError, imaplib.IMAP4.error, OSError) as error:
            raise ImapPollError(
                f"IMAP {self.host}:{self.port}: {type(error).__name__}: {error}", tally.report()
            ) from error
        return tally.report()

    def poll_batch(self, handle_many: BatchHandler) -> PollReport:
        """As `poll`, but the batch's messages are handed over together, so that they can
        be stored in one transaction (`channels.intake.email_intake_many`): `handle_many`
        gets [(raw, uid)] and returns one True/False per message. If it raises, every
        message of the batch stays in place and is tried again next poll."""
        tally = _Tally()
        try:
            with self._login() as mailbox:
                delimiter = _delimiter(mailbox)
                processed = self._ensure_folder(mailbox, self.processed_folder, delimiter)
                quarantine = self._ensure_folder(mailbox, self.quarantine_folder, delimiter)
                self._check_uid_validity(mailbox)
                mailbox.folder.set(self.folder)
                fetched: list[tuple[bytes, str]] = []
                for uid in self._next_uids(mailbox):
                    found = list(mailbox.fetch(uid_list=[uid], mark_seen=False, bulk=False))
                    if found:
                        message = found[0]
                        raw = (
                            message.raw
                            if isinstance(message, _RawMailMessage)
                            else message.obj.as_bytes()
                        )
                        fetched.append((raw, uid))
                tally.fetched += len(fetched)
                if not fetched:
                    return tally.report()
                try:
                    accepted = handle_many(fetched)
                    if len(accepted) != len(fetched) or not all(
                        isinstance(answer, bool) for answer in accepted
                    ):
                        raise TypeError("the handler must answer True or False for each message")
                except Exception as error:
                    logger.exception("inbound mail: batch handler failed")
                    tally.failed += len(fetched)
                    tally.errors.append(f"batch of {len(fetched)}: {type(error).__name__}: {error}")
                    return tally.report()
                for (_raw, uid), answer in zip(fetched, accepted, strict=True):
                    if self._move(mailbox, uid, processed if answer else quarantine, tally):
                        self._failures.pop(f"{self._uid_validity}:{uid}", None)
                        if answer:
                            tally.handled += 1
                        else:
                            tally.quarantined += 1
        except (ImapToolsError, imaplib.IMAP4.error, OSError) as error:
            raise ImapPollError(
                f"IMAP {self.host}:{self.port}: {type(error).__name__}: {error}", tally.report()
            ) from error
        return tally.report()

    def _process(
        self,
        mailbox: BaseMailBox,
        uid: str,
        handle: Handler,
        processed: str,
        quarantine: str,
        tally: _Tally,
    ) -> None:
        messages = list(mailbox.fetch(uid_list=[uid], mark_seen=False, bulk=False))
        if not messages:
            return  # expunged by someone else meanwhile
        message = messages[0]
        raw = message.raw if isinstance(message, _RawMailMessage) else message.obj.as_bytes()
        tally.fetched += 1
        key = f"{self._uid_validity}:{uid}"
        try:
            accepted = handle(raw, uid)
            if not isinstance(accepted, bool):
                # A handler that forgot to return must not send mail to quarantine.
                raise TypeError(f"handler returned {accepted!r}, expected True or False")
        except Exception as error:
            # Whatever the handler's bug, the message stays and the poll goes on.
            logger.exception("inbound mail uid %s: handler failed", uid)
            attempts = self._failures.get(key, 0) + 1
            self._failures[key] = attempts
            tally.failed += 1
            tally.errors.append(f"uid {uid}: {type(error).__name__}: {error}")
            if attempts >= self.max_attempts and self._move(mailbox, uid, quarantine, tally):
                tally.quarantined += 1
                tally.errors.append(f"uid {uid}: quarantined after {attempts} failed attempts")
                self._failures.pop(key, None)
            return
        if self._move(mailbox, uid, processed if accepted else quarantine, tally):
            self._failures.pop(key, None)
            if accepted:
                tally.handled += 1
            else:
                tally.quarantined += 1

    def _move(self, mailbox: BaseMailBox, uid: str, destination: str, tally: _Tally) -> bool:
        try:
            mailbox.move(uid, destination)
        except ImapToolsError as error:
            # Handled but still in the inbox: handed again next poll, de-duplicated then.
            tally.failed += 1
            tally.errors.append(f"uid {uid}: not moved to {destination}: {error}")
            return False
        return True

    def _next_uids(self, mailbox: BaseMailBox) -> list[str]:
        uids = mailbox.uids("ALL")
        ordered = sorted(
            uids,
            key=lambda uid: (self._failures.get(f"{self._uid_validity}:{uid}", 0), int(uid)),
        )
        return ordered[: self.batch]

    def _check_uid_validity(self, mailbox: BaseMailBox) -> None:
        """UIDs only mean something within one UIDVALIDITY; a change resets the counts."""
        status = mailbox.folder.status(self.folder, ["UIDVALIDITY"])
        validity = str(status.get("UIDVALIDITY", ""))
        if validity != self._uid_validity:
            self._failures.clear()
            self._uid_validity = validity

    def _ensure_folder(self, mailbox: BaseMailBox, name: str, delimiter: str) -> str:
        """The folder's server name ("/" in settings, the server's own delimiter on the
        wire), created and subscribed when missing."""
        server_name = name.replace("/", delimiter) if delimiter else name
        if not mailbox.folder.exists(server_name):
            mailbox.folder.create(server_name)
            mailbox.folder.subscribe(server_name, True)
        return server_name

    def _login(self) -> BaseMailBox:
        mailbox = self._mailbox()
        mailbox.email_message_class = _RawMailMessage
        try:
            mailbox.login(self.username, self._password, initial_folder=None)
            _refresh_capabilities(mailbox)
        except BaseException:
            with suppress(Exception):
                mailbox.client.shutdown()
            raise
        return mailbox

    def _mailbox(self) -> BaseMailBox:
        if self.security == "tls":
            context = self.ssl_context or ssl.create_default_context()
            return MailBox(self.host, self.port, timeout=self.timeout, ssl_context=context)
        if self.security == "starttls":
            context = self.ssl_context or ssl.create_default_context()
            return MailBoxStartTls(self.host, self.port, timeout=self.timeout, ssl_context=context)
        return MailBoxUnencrypted(self.host, self.port, timeout=self.timeout)


def _refresh_capabilities(mailbox: BaseMailBox) -> None:
    """imaplib keeps the capabilities of the greeting; servers announce more after login
    (Dovecot: MOVE). With MOVE a move is atomic; without it imap-tools copies, flags
    \\Deleted and expunges."""
    client = mailbox.client
    kind, data = client.capability()
    if kind == "OK" and data and isinstance(data[-1], bytes):
        client.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())


def _delimiter(mailbox: BaseMailBox) -> str:
    folders = mailbox.folder.list("", "INBOX")
    return folders[0].delim if folders and folders[0].delim not in ("", "NIL") else "/"


def _is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False
