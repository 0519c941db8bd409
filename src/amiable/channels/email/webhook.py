"""Inbound mail by signed webhook: a mail provider (or our own relay) POSTs each message.

The request body is JSON::

    {"event_id": "evt_…", "timestamp": 1794045600, "recipient": "reply+…@domain",
     "sender": "debtor@example.fr", "subject": "…", "message_id": "<…>",
     "in_reply_to": "<…>", "references": ["<…>"], "raw": "<base64 of the RFC 5322 message>"}

and is signed the way Stripe signs its webhooks, because that scheme is well understood
and resists replay: header ``X-Amiable-Signature: t=<unix time>,v1=<hex>`` where the hex
is HMAC-SHA256(secret, f"{t}.{body}") over the exact bytes received. Several ``v1`` may
be sent while a secret is being rotated (the sender signs with the old and the new one);
one match is enough. A timestamp more than 300 s away from the receiver's clock is
refused, so a captured request cannot be replayed later.

Within those 300 s a replay carries the same ``event_id``: de-duplicating by event_id is
the database's job (a unique key where the event is recorded), which is why it is exposed
on ``WebhookMail``. The raw message is authoritative: the summary fields (subject,
message_id…) are the provider's reading and are not used for threading.

Nothing is recorded here, and a rejected request leaves no trace but the exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from amiable.channels.email.inbound import (
    DEFAULT_CASE_REFERENCE,
    MAX_MESSAGE_BYTES,
    InboundEmail,
    Quarantined,
    ThreadKeys,
    parse_inbound,
    plus_tag,
)

SIGNATURE_HEADER = "X-Amiable-Signature"
TOLERANCE = timedelta(seconds=300)
MAX_EVENT_ID_LENGTH = 200
"""The event id becomes a unique key in the database: a bounded one."""
_REQUIRED_TEXT_FIELDS = ("event_id", "recipient", "sender", "raw")
_OPTIONAL_TEXT_FIELDS = ("subject", "message_id", "in_reply_to")
_HEX_SIGNATURE = re.compile(r"[0-9a-f]{64}")


class WebhookRejected(Exception):
    """The request was refused; `reason` says why (for the log and the HTTP response)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class WebhookMail:
    """One inbound message delivered by webhook."""

    event_id: str
    """The provider's id of the delivery: the unique key that makes replays harmless."""
    inbound: InboundEmail | Quarantined
    recipient: str
    """Envelope recipient, lowercased: it may carry a reply token that no header shows
    (a Bcc, a forwarding alias)."""
    sender: str
    """Envelope sender, lowercased ("" for a bounce's null sender)."""
    sent_at: datetime
    """When the provider signed the event (aware UTC)."""

    def thread_keys(self, case_pattern: re.Pattern[str] = DEFAULT_CASE_REFERENCE) -> ThreadKeys:
        """The message's thread keys, with the envelope recipient's tag added last."""
        keys = self.inbound.thread_keys(case_pattern)
        tag = plus_tag(self.recipient)
        if tag and tag not in keys.plus_tags:
            return ThreadKeys(
                plus_tags=[*keys.plus_tags, tag],
                message_ids=keys.message_ids,
                case_references=keys.case_references,
                sender=keys.sender,
            )
        return keys


def sign(body: bytes, secret: bytes | Sequence[bytes], now: datetime) -> str:
    """The signature header value for `body` at `now`; one v1 per secret given."""
    timestamp = int(_aware(now).timestamp())
    secrets = _secrets(secret)
    signatures = ",".join(f"v1={_digest(key, timestamp, body)}" for key in secrets)
    return f"t={timestamp},{signatures}"


def verify_signature(
    *,
    body: bytes,
    header: str | None,
    secret: bytes | Sequence[bytes],
    now: datetime,
    tolerance: timedelta = TOLERANCE,
) -> datetime:
    """Check a signature header; returns the signed time. Raises WebhookRejected."""
    if not header or not header.strip():
        raise WebhookRejected(f"missing {SIGNATURE_HEADER} header")
    timestamp, signatures = _parse_header(header)
    expected = [_digest(key, timestamp, body) for key in _secrets(secret)]
    if not any(
        hmac.compare_digest(candidate, wanted) for candidate in signatures for wanted in expected
    ):
        raise WebhookRejected("signature does not match")
    signed_at = datetime.fromtimestamp(timestamp, UTC)
    drift = abs(_aware(now) - signed_at)
    if drift > tolerance:
        raise WebhookRejected(
            f"stale timestamp: {int(drift.total_seconds())} s from now, "
            f"tolerance {int(tolerance.total_seconds())} s"
        )
    return signed_at


def verify_and_parse(
    *,
    body: bytes,
    headers: Mapping[str, str],
    secret: bytes | Sequence[bytes],
    now: datetime,
    tolerance: timedelta = TOLERANCE,
    max_bytes: int = MAX_MESSAGE_BYTES,
) -> WebhookMail:
    """Verify the signature over the raw body, then read the payload and the message.

    Raises WebhookRejected for a missing or bad signature, a stale timestamp, a body that
    is not a JSON object, a missing or mistyped field, or a `raw` that is not base64. A
    message that is delivered correctly but cannot be read is not a rejection: it comes
    back as `Quarantined` inside the WebhookMail, so the provider does not retry it.
    """
    signed_at = verify_signature(
        body=body,
        header=_header(headers, SIGNATURE_HEADER),
        secret=secret,
        now=now,
        tolerance=tolerance,
    )
    payload = _payload(body)
    raw = _raw(payload["raw"])
    return WebhookMail(
        event_id=payload["event_id"],
        inbound=parse_inbound(raw, max_bytes=max_bytes),
        recipient=payload["recipient"].strip().lower(),
        sender=payload["sender"].strip().lower(),
        sent_at=signed_at,
    )


def _parse_header(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, equals, value = item.strip().partition("=")
        if not equals:
            continue
        if key == "t":
            if not value.isdigit():
                raise WebhookRejected("malformed signature header: t is not a unix time")
            timestamp = int(value)
        elif key == "v1" and _HEX_SIGNATURE.fullmatch(value.lower()):
            signatures.append(value.lower())
        # Other schemes (v0…) are ignored, as Stripe does, so a sender can add one.
    if timestamp is None:
        raise WebhookRejected("malformed signature header: no t=")
    if not signatures:
        raise WebhookRejected("malformed signature header: no v1 signature")
    return timestamp, signatures


def _payload(body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        raise WebhookRejected("body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise WebhookRejected("body is not a JSON object")
    for name in (*_REQUIRED_TEXT_FIELDS, "timestamp"):
        if name not in payload or payload[name] is None:
            raise WebhookRejected(f"missing field: {name}")
    for name in _REQUIRED_TEXT_FIELDS:
        if not isinstance(payload[name], str):
            raise WebhookRejected(f"field {name} must be a string")
    if not payload["event_id"].strip():
        raise WebhookRejected("missing field: event_id")
    if len(payload["event_id"]) > MAX_EVENT_ID_LENGTH:
        raise WebhookRejected(f"field event_id is longer than {MAX_EVENT_ID_LENGTH} characters")
    if not isinstance(payload["timestamp"], int) or isinstance(payload["timestamp"], bool):
        raise WebhookRejected("field timestamp must be a unix time (integer)")
    for name in _OPTIONAL_TEXT_FIELDS:
        if payload.get(name) is not None and not isinstance(payload[name], str):
            raise WebhookRejected(f"field {name} must be a string")
    references = payload.get("references")
    if references is not None and not (
        isinstance(references, list) and all(isinstance(item, str) for item in references)
    ):
        raise WebhookRejected("field references must be a list of strings")
    return payload


def _raw(value: str) -> bytes:
    compact = "".join(value.split())
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookRejected("field raw is not valid base64") from None
    if not raw:
        raise WebhookRejected("field raw is empty")
    return raw


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


def _digest(secret: bytes, timestamp: int, body: bytes) -> str:
    return hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def _secrets(secret: bytes | Sequence[bytes]) -> list[bytes]:
    secrets = [secret] if isinstance(secret, bytes | bytearray) else list(secret)
    if not secrets or any(not key for key in secrets):
        raise ValueError("a webhook secret must not be empty")
    return [bytes(key) for key in secrets]


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return moment
