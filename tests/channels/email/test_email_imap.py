"""Polling the office's mailbox, against a real Dovecot: every message is handed over
once, moved only after it was recorded, and never lost whatever the handler does."""

from __future__ import annotations

import hashlib
import random
from typing import Any, cast

import pytest
from dovecot import DovecotServer
from dovecot import dovecot as dovecot  # the fixtures
from dovecot import dovecot_process as dovecot_process

from amiable.channels.email.imap import ImapPoller, ImapPollError, PollReport, Security
from amiable.channels.email.inbound import InboundEmail, parse_inbound

PROCESSED = "amiable/processed"
QUARANTINE = "amiable/quarantine"


def reply(number: int) -> bytes:
    """A debtor's plain reply, with CRLF line ends as IMAP servers hand them back."""
    return (
        f"From: Débiteur {number} <debiteur{number}@example.fr>\r\n"
        f"To: relances@alcyon.example\r\n"
        f"Subject: Re: Relance {number}\r\n"
        f"Date: Mon, 3 Nov 2026 10:0{number}:00 +0100\r\n"
        f"Message-ID: <reponse-{number}@example.fr>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"Je paierai le {number} décembre.\r\n"
    ).encode()


def garbled() -> bytes:
    """Binary noise in lines, as a broken gateway delivers it (no NUL: IMAP refuses it)."""
    noise = bytes(b for b in random.Random(3).randbytes(3000) if b not in (0, 10, 13))
    return b"\r\n".join(noise[index : index + 70] for index in range(0, len(noise), 70)) + b"\r\n"


def poller(
    server: DovecotServer,
    *,
    security: Security = "none",
    port: int | None = None,
    password: str | None = None,
    **options: Any,
) -> ImapPoller:
    return ImapPoller(
        server.host,
        port or server.port,
        server.username,
        password or server.password,
        security,
        **options,
    )


class Recorder:
    """The caller's side: records what it is given, optionally failing on some subjects."""

    def __init__(self, failing_subjects: tuple[str, ...] = ()) -> None:
        self.failing_subjects = failing_subjects
        self.received: list[tuple[bytes, str]] = []

    def __call__(self, raw: bytes, uid: str) -> bool:
        subject = parse_inbound(raw).subject
        if subject in self.failing_subjects:
            raise RuntimeError("base de données indisponible")
        self.received.append((raw, uid))
        return True


def test_a_poll_hands_every_message_over_once_and_moves_it_to_processed(
    dovecot: DovecotServer,
) -> None:
    messages = [reply(number) for number in range(1, 6)]
    for message in messages:
        dovecot.append(message)
    recorder = Recorder()

    report = poller(dovecot).poll(recorder)

    assert report == PollReport(fetched=5, handled=5, failed=0, quarantined=0, errors=[])
    assert [raw for raw, _uid in recorder.received] == messages  # the server's exact bytes
    assert [uid for _raw, uid in recorder.received] == ["1", "2", "3", "4", "5"]
    assert dovecot.messages("INBOX") == []
    assert dovecot.messages(PROCESSED) == messages
    assert all("\\Seen" not in flags for flags in dovecot.flags(PROCESSED))
    assert dovecot.folders() == ["INBOX", "amiable", PROCESSED, QUARANTINE]
    assert {PROCESSED, QUARANTINE} <= set(dovecot.subscribed())


def test_a_second_poll_finds_nothing_left_to_do(dovecot: DovecotServer) -> None:
    dovecot.append(reply(1))
    imap = poller(dovecot)
    imap.poll(Recorder())

    assert imap.poll(Recorder()) == PollReport()


def test_a_handler_that_raises_leaves_its_message_in_the_inbox_for_the_next_poll(
    dovecot: DovecotServer,
) -> None:
    messages = [reply(number) for number in range(1, 6)]
    for message in messages:
        dovecot.append(message)
    imap = poller(dovecot)

    first = imap.poll(Recorder(failing_subjects=("Re: Relance 3",)))

    assert first == PollReport(
        fetched=5,
        handled=4,
        failed=1,
        quarantined=0,
        errors=["uid 3: RuntimeError: base de données indisponible"],
    )
    assert dovecot.messages("INBOX") == [messages[2]]
    assert dovecot.messages(PROCESSED) == [messages[0], messages[1], messages[3], messages[4]]

    recorder = Recorder()
    second = imap.poll(recorder)

    assert second == PollReport(fetched=1, handled=1)
    assert recorder.received == [(messages[2], "3")]
    assert dovecot.messages("INBOX") == []
    assert sorted(dovecot.messages(PROCESSED)) == sorted(messages)


def test_a_garbled_message_is_set_aside_and_the_poll_goes_on(dovecot: DovecotServer) -> None:
    noise = garbled()
    for message in (reply(1), noise, reply(2)):
        dovecot.append(message)

    def handle(raw: bytes, uid: str) -> bool:
        return isinstance(parse_inbound(raw), InboundEmail)

    report = poller(dovecot).poll(handle)

    assert report == PollReport(fetched=3, handled=2, failed=0, quarantined=1)
    assert dovecot.messages("INBOX") == []
    assert dovecot.messages(PROCESSED) == [reply(1), reply(2)]
    quarantined = dovecot.messages(QUARANTINE)
    assert [hashlib.sha256(raw).hexdigest() for raw in quarantined] == [
        hashlib.sha256(noise).hexdigest()
    ]


def test_a_message_that_always_fails_is_quarantined_after_max_attempts(
    dovecot: DovecotServer,
) -> None:
    dovecot.append(reply(1))
    imap = poller(dovecot, max_attempts=2)
    always_failing = Recorder(failing_subjects=("Re: Relance 1",))

    first = imap.poll(always_failing)
    assert (first.failed, first.quarantined) == (1, 0)
    assert dovecot.messages("INBOX") == [reply(1)]

    second = imap.poll(always_failing)
    assert second == PollReport(
        fetched=1,
        handled=0,
        failed=1,
        quarantined=1,
        errors=[
            "uid 1: RuntimeError: base de données indisponible",
            "uid 1: quarantined after 2 failed attempts",
        ],
    )
    assert dovecot.messages("INBOX") == []
    assert dovecot.messages(QUARANTINE) == [reply(1)]
    assert dovecot.messages(PROCESSED) == []


def test_a_handler_that_forgets_to_answer_leaves_the_message_in_place(
    dovecot: DovecotServer,
) -> None:
    dovecot.append(reply(1))

    def forgetful(raw: bytes, uid: str) -> bool:
        return None  # type: ignore[return-value]

    report = poller(dovecot).poll(forgetful)

    assert report.errors == ["uid 1: TypeError: handler returned None, expected True or False"]
    assert (report.failed, report.quarantined) == (1, 0)
    assert dovecot.messages("INBOX") == [reply(1)]
    assert dovecot.messages(QUARANTINE) == []


def test_failing_messages_cannot_starve_new_mail(dovecot: DovecotServer) -> None:
    for number in (1, 2):
        dovecot.append(reply(number))
    imap = poller(dovecot, batch=2)
    failing = ("Re: Relance 1", "Re: Relance 2")
    assert imap.poll(Recorder(failing_subjects=failing)).failed == 2
    dovecot.append(reply(3))

    recorder = Recorder(failing_subjects=failing)
    report = imap.poll(recorder)

    assert [raw for raw, _uid in recorder.received] == [reply(3)]
    assert (report.fetched, report.handled, report.failed) == (2, 1, 1)
    assert dovecot.messages(PROCESSED) == [reply(3)]


def test_a_wrong_password_is_reported_and_nothing_moves(dovecot: DovecotServer) -> None:
    dovecot.append(reply(1))
    recorder = Recorder()

    with pytest.raises(ImapPollError) as raised:
        poller(dovecot, password="pas-le-bon").poll(recorder)

    assert raised.value.reason.startswith(f"IMAP 127.0.0.1:{dovecot.port}: MailboxLoginError")
    assert raised.value.report == PollReport()
    assert recorder.received == []
    assert dovecot.messages("INBOX") == [reply(1)]


def test_implicit_tls_and_starttls_both_work(dovecot: DovecotServer) -> None:
    context = dovecot.tls_context()  # skips without openssl
    dovecot.append(reply(1))
    dovecot.append(reply(2))

    over_tls = poller(
        dovecot, security="tls", port=dovecot.tls_port, ssl_context=context, batch=1
    ).poll(Recorder())
    over_starttls = poller(dovecot, security="starttls", ssl_context=context).poll(Recorder())

    assert (over_tls.handled, over_starttls.handled) == (1, 1)
    assert dovecot.messages(PROCESSED) == [reply(1), reply(2)]


def test_plaintext_imap_to_a_remote_host_is_refused() -> None:
    with pytest.raises(ValueError, match="only allowed to a local server"):
        ImapPoller("imap.example.fr", 143, "relances", "secret", security="none")
    with pytest.raises(ValueError, match="unknown IMAP security"):
        ImapPoller("imap.example.fr", 993, "relances", "secret", security=cast(Any, "ssl"))


def test_a_batch_poll_hands_the_messages_over_together_and_moves_each_as_answered(
    dovecot: DovecotServer,
) -> None:
    messages = [reply(number) for number in range(1, 4)]
    for message in messages:
        dovecot.append(message)
    batches: list[list[tuple[bytes, str]]] = []

    def handle_many(batch: list[tuple[bytes, str]]) -> list[bool]:
        batches.append(batch)
        return [uid != "2" for _raw, uid in batch]  # the second one cannot be read

    report = poller(dovecot).poll_batch(handle_many)

    assert report == PollReport(fetched=3, handled=2, failed=0, quarantined=1, errors=[])
    assert [[raw for raw, _uid in batch] for batch in batches] == [messages]
    assert dovecot.messages(PROCESSED) == [messages[0], messages[2]]
    assert dovecot.messages(QUARANTINE) == [messages[1]]


def test_a_batch_handler_that_raises_leaves_every_message_for_the_next_poll(
    dovecot: DovecotServer,
) -> None:
    for number in (1, 2):
        dovecot.append(reply(number))

    def failing(batch: list[tuple[bytes, str]]) -> list[bool]:
        raise RuntimeError("base de données indisponible")

    report = poller(dovecot).poll_batch(failing)

    assert (report.fetched, report.handled, report.failed) == (2, 0, 2)
    assert len(dovecot.messages("INBOX")) == 2
    assert poller(dovecot).poll_batch(lambda batch: [True] * len(batch)).handled == 2
