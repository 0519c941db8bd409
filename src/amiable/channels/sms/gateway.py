"""The SMS port: what the rest of amiable knows about sending and receiving texts.

Every provider adapter (Twilio, OVH, a console one for development) implements
`SmsGateway`. The outbox worker calls `send` and stores the receipt; the webhook routes
hand the raw request (URL, headers, body bytes) to the parsers, which check that the
provider really sent it before reading anything, and answer with provider-neutral values.

Errors say what the caller should do:

- `SmsTransientError`: try again later with backoff (timeouts, 5xx, 429). Its
  `maybe_sent` flag is set when the request may have reached the provider before the
  failure (a read timeout), since a retry could then send the text twice.
- `SmsPermanentError`: do not retry this message (invalid number, refused credentials,
  recipient unsubscribed at the provider); the reason is for the clerk.
- `WebhookRejected`: the webhook is not authentic or not readable; nothing is returned,
  and the route answers 4xx.

`is_stop` reads a bare opt-out keyword ("STOP", "arrêt", "unsubscribe"). It runs before
any other reading of an inbound text: an opt-out must be honoured first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable
from urllib.parse import parse_qsl

from amiable.core.choices import Choice

__all__ = [
    "DeliveryStatus",
    "DeliveryUpdate",
    "InboundSms",
    "SmsError",
    "SmsGateway",
    "SmsMessage",
    "SmsPermanentError",
    "SmsReceipt",
    "SmsTransientError",
    "WebhookRejected",
    "form_fields",
    "header_value",
    "is_stop",
]

_E164 = re.compile(r"^\+[1-9]\d{1,14}$")


class DeliveryStatus(Choice):
    """Where an outbound SMS stands, mapped from each provider's own vocabulary.

    `unknown` is what a provider status we cannot map becomes: callers never store it as
    the message's status; they keep the previous one and log the raw status beside it.
    """

    QUEUED = "queued", "En file d'attente", "Queued", "grey"
    SENT = "sent", "Envoyé à l'opérateur", "Sent to the carrier", "blue"
    DELIVERED = "delivered", "Remis", "Delivered", "green"
    FAILED = "failed", "Échec d'envoi", "Failed", "red"
    UNDELIVERED = "undelivered", "Non remis", "Undelivered", "orange"
    UNKNOWN = "unknown", "Statut inconnu", "Unknown status", "grey"


@dataclass(frozen=True)
class SmsMessage:
    """One text to send.

    `to` is E.164 (see `numbers.to_e164`). `sender` is the sender identity to show; empty
    means the gateway's configured one. `reference` is the outbound message's idempotency
    key: providers that accept a client reference get it, so a receipt or a reply can be
    tied back to our row even when the send answer was lost.
    """

    to: str
    body: str
    sender: str
    reference: str

    def __post_init__(self) -> None:
        if not _E164.match(self.to):
            raise ValueError(f"SMS recipient must be E.164 (+ and digits): {self.to!r}")
        if not self.body:
            raise ValueError("SMS body is empty")
        if not self.reference.strip():
            raise ValueError("SMS reference (the outbound message's idempotency key) is empty")


@dataclass(frozen=True)
class SmsReceipt:
    """The provider's answer to a send: its id for the message, and what it said."""

    provider: str
    provider_id: str
    status: DeliveryStatus
    segments: int
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliveryUpdate:
    """A delivery receipt from a status callback.

    `raw_status` is the provider's own words, kept beside `status` (always, and above all
    when `status` is `unknown`). `event_id` is stable across replays of the same webhook,
    for de-duplication. `reference` is our idempotency key when the provider echoes it.
    """

    provider: str
    provider_id: str
    status: DeliveryStatus
    raw_status: str
    error_code: str | None
    at: datetime | None
    event_id: str
    reference: str | None = None


@dataclass(frozen=True)
class InboundSms:
    """A text a debtor sent us. `reference` is the idempotency key of the outbound message
    it answers, when the provider threads replies (OVH returns the original tag)."""

    provider: str
    provider_id: str
    from_number: str
    to_number: str
    body: str
    received_at: datetime
    event_id: str
    reference: str | None = None


class SmsError(Exception):
    """Base of the SMS errors; `reason` is plain words for the clerk or the log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SmsTransientError(SmsError):
    """Retry later with backoff. `maybe_sent` warns that the provider may already have the
    message (the failure came after the request left); `retry_after` is the provider's
    hint in seconds, when it gave one."""

    def __init__(
        self, reason: str, *, maybe_sent: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.maybe_sent = maybe_sent
        self.retry_after = retry_after


class SmsPermanentError(SmsError):
    """Do not retry. `provider_code` is the provider's error code when it gave one;
    `recipient_opted_out` is set when the provider refuses because the recipient
    unsubscribed there (the caller records the opt-out on the contact point)."""

    def __init__(
        self, reason: str, *, provider_code: str | None = None, recipient_opted_out: bool = False
    ) -> None:
        super().__init__(reason)
        self.provider_code = provider_code
        self.recipient_opted_out = recipient_opted_out


class WebhookRejected(SmsError):
    """A webhook that is not authentic (bad or missing signature or secret) or not
    readable (malformed body, missing field). Nothing from it may be used."""


@runtime_checkable
class SmsGateway(Protocol):
    """The port every SMS provider adapter implements."""

    provider: str

    def send(self, message: SmsMessage) -> SmsReceipt:
        """Hand the message to the provider; raise SmsTransientError or SmsPermanentError."""
        ...

    def parse_status_callback(
        self, *, url: str, headers: Mapping[str, str], body: bytes
    ) -> DeliveryUpdate:
        """Authenticate, then read a delivery receipt; raise WebhookRejected otherwise."""
        ...

    def parse_inbound(self, *, url: str, headers: Mapping[str, str], body: bytes) -> InboundSms:
        """Authenticate, then read an inbound text; raise WebhookRejected otherwise."""
        ...


def header_value(headers: Mapping[str, str], name: str) -> str | None:
    """A header by name, case-insensitively (frameworks differ in how they case them)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def form_fields(body: bytes) -> list[tuple[str, str]]:
    """The fields of an application/x-www-form-urlencoded body, in order, repeats kept.

    Raises WebhookRejected when the body is not UTF-8 or not form data, so garbage never
    reaches a parser as an empty form.
    """
    if not body:
        return []
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WebhookRejected("webhook body is not UTF-8 text") from error
    try:
        return parse_qsl(text, keep_blank_values=True, strict_parsing=True)
    except ValueError as error:
        raise WebhookRejected("webhook body is not form data (name=value&...)") from error


# Opt-out keywords: the carriers' list (CTIA: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END,
# QUIT, plus OPTOUT and REVOKE) and the French ones, accents and case removed.
_STOP_WORDS = frozenset(
    {
        "stop",
        "stopall",
        "stopper",
        "stoppez",
        "unsubscribe",
        "cancel",
        "end",
        "quit",
        "optout",
        "revoke",
        "arret",
        "arrete",
        "arreter",
        "arretez",
        "desabonner",
        "desabonnez",
        "desabonne",
        "desabonnement",
        "desinscrire",
        "desinscrivez",
        "desinscription",
    }
)
# Words that may stand beside a keyword without making it a sentence to read: politeness,
# the channel's name, what is being stopped. Every word of the message must be a keyword,
# one of these, or a number (the short code in "STOP 36180").
_COMPANION_WORDS = frozenset(
    {
        "sms",
        "texto",
        "textos",
        "text",
        "texts",
        "message",
        "messages",
        "msg",
        "pub",
        "publicite",
        "spam",
        "relance",
        "relances",
        "harcelement",
        "appel",
        "appels",
        "contact",
        "svp",
        "stp",
        "s",
        "il",
        "vous",
        "te",
        "plait",
        "merci",
        "non",
        "please",
        "pls",
        "plz",
        "thanks",
        "thank",
        "you",
        "no",
        "all",
        "now",
        "me",
        "moi",
        "plus",
        "de",
        "des",
        "les",
        "tout",
        "tous",
        "au",
        "a",
    }
)
_PHRASES = {"opt out": "optout", "stop all": "stopall"}


def is_stop(body: str) -> bool:
    """Whether the whole message is an opt-out keyword ("STOP", "Stop SMS", "STOP 36180",
    "stop!", "arrêt", "unsubscribe", "désabonner"…).

    Conservative by design: a message is an opt-out here only when every word is a
    keyword, a polite or channel word, or a number. "Je ne peux pas stopper le paiement"
    is a sentence: the reader decides what it means, not this function. A bare keyword
    must never be missed, so accents, case, punctuation and emoji are ignored.
    """
    words = _words(body)
    if not words:
        return False
    has_keyword = False
    for word in words:
        if word in _STOP_WORDS:
            has_keyword = True
        elif not (word in _COMPANION_WORDS or word.isdigit()):
            return False
    return has_keyword


def _words(body: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", body)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"[-'’`_]", " ", plain)
    plain = " ".join(re.findall(r"[a-z0-9]+", plain))
    for phrase, keyword in _PHRASES.items():
        plain = re.sub(rf"\b{phrase}\b", keyword, plain)
    words = []
    for word in plain.split():
        # "STOP36180": a keyword glued to the short code.
        stripped = re.sub(r"(?<=[a-z])\d+$", "", word)
        words.append(stripped if stripped in _STOP_WORDS else word)
    return words
