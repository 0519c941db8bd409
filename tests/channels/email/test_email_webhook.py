"""Inbound mail by signed webhook: a correctly signed, fresh delivery is read; anything
forged, stale or malformed is refused with its reason and nothing is recorded."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from amiable.channels.email.inbound import InboundEmail, Quarantined, ThreadKeys
from amiable.channels.email.webhook import (
    SIGNATURE_HEADER,
    WebhookMail,
    WebhookRejected,
    sign,
    verify_and_parse,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
SECRET = b"whsec_9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c"
OLD_SECRET = b"whsec_0a1b2c3d4e5f60718293a4b5c6d7e8f9"
FIXTURES = Path(__file__).parent / "fixtures" / "inbound"
RAW = (FIXTURES / "apple_mail_reply_en.eml").read_bytes()


def payload(**overrides: Any) -> dict[str, Any]:
    """The provider's event for the Apple Mail reply, delivered to a Bcc'd reply address."""
    event = {
        "event_id": "evt_01JD4Q7Z8K2M",
        "timestamp": int(NOW.timestamp()),
        "recipient": "Reply+Zz9y8x7w6v5u@alcyon.example",
        "sender": "Emma.Clarke@icloud.com",
        "subject": "Re: Payment reminder D-2026-0107",
        "message_id": "<8E3B2A1C-4D5E-4F60-8A7B-9C0D1E2F3A4B@icloud.com>",
        "in_reply_to": "<relance-3.d-2026-0107@alcyon.example>",
        "references": ["<relance-1.d-2026-0107@alcyon.example>"],
        "raw": base64.b64encode(RAW).decode("ascii"),
    }
    event.update(overrides)
    return event


def body_of(event: dict[str, Any]) -> bytes:
    return json.dumps(event).encode()


class Office:
    """The receiving end: records a delivery only once it is verified and read."""

    def __init__(self, secret: bytes | list[bytes] = SECRET) -> None:
        self.secret = secret
        self.recorded: list[WebhookMail] = []

    def receive(self, body: bytes, headers: dict[str, str], now: datetime = NOW) -> WebhookMail:
        mail = verify_and_parse(body=body, headers=headers, secret=self.secret, now=now)
        self.recorded.append(mail)
        return mail


def test_a_signed_fresh_delivery_is_read() -> None:
    body = body_of(payload())
    office = Office()

    mail = office.receive(body, {SIGNATURE_HEADER: sign(body, SECRET, NOW)})

    assert mail.event_id == "evt_01JD4Q7Z8K2M"
    assert (mail.recipient, mail.sender) == (
        "reply+zz9y8x7w6v5u@alcyon.example",
        "emma.clarke@icloud.com",
    )
    assert mail.sent_at == NOW
    assert isinstance(mail.inbound, InboundEmail)
    assert mail.inbound.subject == "Re: Payment reminder D-2026-0107"
    assert mail.inbound.raw_sha256 == hashlib.sha256(RAW).hexdigest()
    assert mail.inbound.text.startswith("Hello,\n\nI already paid the full amount")
    assert mail.thread_keys() == ThreadKeys(
        plus_tags=["t4k8m2p6q9rs", "zz9y8x7w6v5u"],  # the header's, then the envelope's
        message_ids=[
            "<relance-3.d-2026-0107@alcyon.example>",
            "<relance-1.d-2026-0107@alcyon.example>",
        ],
        case_references=["D-2026-0107"],
        sender="emma.clarke@icloud.com",
    )
    assert office.recorded == [mail]


def test_the_signature_is_stripes_scheme_over_the_exact_body() -> None:
    body = b'{"event_id": "evt_1"}'

    header = sign(body, SECRET, NOW)

    timestamp = int(NOW.timestamp())
    expected = hmac.new(SECRET, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    assert header == f"t={timestamp},v1={expected}"


def test_during_a_key_rotation_either_secret_is_enough() -> None:
    body = body_of(payload())
    signed_with_both = sign(body, [OLD_SECRET, SECRET], NOW)
    signed_with_old = sign(body, OLD_SECRET, NOW)

    assert signed_with_both.count("v1=") == 2
    assert Office(SECRET).receive(body, {SIGNATURE_HEADER: signed_with_both}).event_id
    assert Office([SECRET, OLD_SECRET]).receive(body, {SIGNATURE_HEADER: signed_with_old})


def test_the_header_name_is_case_insensitive_and_unknown_schemes_are_ignored() -> None:
    body = body_of(payload())
    header = sign(body, SECRET, NOW) + ",v0=deadbeef"

    mail = Office().receive(body, {"x-amiable-signature": header})

    assert mail.event_id == "evt_01JD4Q7Z8K2M"


def test_a_delivered_but_unreadable_message_is_not_a_rejection() -> None:
    body = body_of(payload(raw=base64.b64encode(b"\x00\x01 pas un e-mail").decode()))

    mail = Office().receive(body, {SIGNATURE_HEADER: sign(body, SECRET, NOW)})

    assert isinstance(mail.inbound, Quarantined)
    assert mail.inbound.reason == "not an e-mail: no From, To, Subject, Date or Message-ID header"


def signed(
    event: dict[str, Any] | bytes, secret: bytes = SECRET, at: datetime = NOW
) -> tuple[bytes, dict[str, str]]:
    body = event if isinstance(event, bytes) else body_of(event)
    return body, {SIGNATURE_HEADER: sign(body, secret, at)}


def tampered() -> tuple[bytes, dict[str, str]]:
    body, headers = signed(payload())
    return body.replace(b"evt_01JD4Q7Z8K2M", b"evt_01JD4Q7Z8K2N"), headers


def with_header(value: str) -> tuple[bytes, dict[str, str]]:
    return body_of(payload()), {SIGNATURE_HEADER: value}


@pytest.mark.parametrize(
    ("request_", "now", "reason"),
    [
        pytest.param(tampered(), NOW, "signature does not match", id="tampered body"),
        pytest.param(
            signed(payload(), secret=b"whsec_guessed"),
            NOW,
            "signature does not match",
            id="wrong secret",
        ),
        pytest.param(
            signed(payload()),
            NOW + timedelta(seconds=301),
            "stale timestamp: 301 s from now, tolerance 300 s",
            id="replayed later",
        ),
        pytest.param(
            signed(payload(), at=NOW + timedelta(minutes=10)),
            NOW,
            "stale timestamp: 600 s from now, tolerance 300 s",
            id="from the future",
        ),
        pytest.param(
            (body_of(payload()), {}), NOW, "missing X-Amiable-Signature header", id="no header"
        ),
        pytest.param(
            with_header("v1=" + "0" * 64), NOW, "malformed signature header: no t=", id="no t"
        ),
        pytest.param(
            with_header("t=hier,v1=" + "0" * 64),
            NOW,
            "malformed signature header: t is not a unix time",
            id="t not a time",
        ),
        pytest.param(
            with_header(f"t={int(NOW.timestamp())}"),
            NOW,
            "malformed signature header: no v1 signature",
            id="no v1",
        ),
        pytest.param(signed(b"{not json"), NOW, "body is not valid JSON", id="bad JSON"),
        pytest.param(signed(b"[1, 2]"), NOW, "body is not a JSON object", id="JSON array"),
        pytest.param(
            signed({key: value for key, value in payload().items() if key != "raw"}),
            NOW,
            "missing field: raw",
            id="no raw",
        ),
        pytest.param(signed(payload(event_id="  ")), NOW, "missing field: event_id", id="blank id"),
        pytest.param(
            signed(payload(event_id="e" * 201)),
            NOW,
            "field event_id is longer than 200 characters",
            id="id too long",
        ),
        pytest.param(
            signed(payload(timestamp="hier")),
            NOW,
            "field timestamp must be a unix time (integer)",
            id="timestamp not an int",
        ),
        pytest.param(
            signed(payload(references="<a@b>")),
            NOW,
            "field references must be a list of strings",
            id="references not a list",
        ),
        pytest.param(
            signed(payload(raw="RnJvbTogYUBi!!!")),
            NOW,
            "field raw is not valid base64",
            id="bad base64",
        ),
        pytest.param(signed(payload(raw="")), NOW, "field raw is empty", id="empty raw"),
    ],
)
def test_forged_stale_or_malformed_deliveries_are_refused_and_nothing_is_recorded(
    request_: tuple[bytes, dict[str, str]], now: datetime, reason: str
) -> None:
    body, headers = request_
    office = Office()

    with pytest.raises(WebhookRejected) as rejected:
        office.receive(body, headers, now=now)

    assert rejected.value.reason == reason
    assert office.recorded == []


def test_a_naive_clock_is_a_programming_error() -> None:
    body, headers = signed(payload())

    with pytest.raises(ValueError, match="timezone-aware"):
        verify_and_parse(body=body, headers=headers, secret=SECRET, now=datetime(2026, 11, 20))
