"""Stripe as the payment provider: Checkout Sessions out, signed webhooks in.

`StripeProvider.create_checkout` asks Stripe, through its official SDK, for a hosted
Checkout Session in "payment" mode for one line (the amount owed, described as the case
is), and answers with the session's id and the address the debtor pays at. Every create
carries an idempotency key — the caller's, or one derived from the arguments — so that a
retry after a timeout or an outage finds the session the first call made instead of
opening a second one. Refusals and outages come back as `ProviderError`, saying whether
trying again may help.

`read_webhook` is what the webhook route calls with the raw body and the
`Stripe-Signature` header: it checks the signature on the bytes as they came (an HMAC of
`<timestamp>.<body>` with the endpoint's signing secret) and the timestamp against our
clock, both ways, so that an old delivery cannot be replayed; then it reads the event
into a `WebhookEvent` whose `kind` says what it means for the ledger:

    paid      checkout.session.completed with payment_status "paid",
              checkout.session.async_payment_succeeded            book it, once
    pending   checkout.session.completed, payment_status "unpaid" a SEPA debit on its way
    failed    checkout.session.async_payment_failed, .expired     nothing to book
    refunded  charge.refunded                                     money given back
    disputed  charge.dispute.created                              a chargeback
    reinstated charge.dispute.funds_reinstated                    the dispute won: money back
    ignored   anything else                                        answer 200, do nothing

A payment is known by its PaymentIntent (`payment_reference`): the session that took it
names it, and so do the refund and the dispute that may follow, months later.

Pure: no database, no clock read unless none is given. The route does the booking.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

import stripe
from babel.numbers import list_currencies
from stripe.params.checkout import SessionCreateParams

from amiable.payments.providers import Checkout, ProviderError

STRIPE_API_BASE = "https://api.stripe.com"
DEFAULT_TOLERANCE = 300
"""Seconds a signed delivery stays acceptable either side of our clock (Stripe's default)."""

# Stripe counts these currencies in whole units (JPY) or in thousandths (KWD); amiable
# keeps every amount in hundredths, so a checkout in them would be off by 100 or by 10.
# https://docs.stripe.com/currencies#zero-decimal, #three-decimal
ZERO_DECIMAL_CURRENCIES = frozenset({
    "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA",
    "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
})  # fmt: skip
THREE_DECIMAL_CURRENCIES = frozenset({"BHD", "JOD", "KWD", "OMR", "TND"})

# Stripe's limits on metadata: 50 keys, keys of 40 characters, values of 500.
_METADATA_KEYS = 50
_METADATA_KEY_LENGTH = 40
_METADATA_VALUE_LENGTH = 500
# The checkout's own reference in our records, if the caller put it in the metadata.
CLIENT_REFERENCE_KEYS = ("checkout_id", "case_id")


class EventKind(StrEnum):
    """What a Stripe event means for the case's ledger."""

    PAID = "paid"
    """The money is received: book `amount_cents` once, under `payment_reference`."""
    PENDING = "pending"
    """The debtor paid by a method that settles later (SEPA debit): nothing to book yet."""
    FAILED = "failed"
    """The delayed payment failed, or the checkout expired unpaid: nothing was received."""
    REFUNDED = "refunded"
    """`amount_cents` of the payment `payment_reference` went back to the debtor."""
    DISPUTED = "disputed"
    """The debtor's bank took back `amount_cents` of the payment (a chargeback)."""
    REINSTATED = "reinstated"
    """The dispute was won: `amount_cents` of the payment came back to the account."""
    IGNORED = "ignored"
    """An event amiable has no use for: acknowledge it, record nothing."""


class WebhookRejected(Exception):
    """A delivery that is not a genuine, fresh Stripe event: refuse it, record nothing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class WebhookEvent:
    """A verified Stripe event, read into what amiable needs from it.

    `type` is Stripe's event type ("checkout.session.completed"), `raw_type` the type of
    the object it carries ("checkout.session", "charge", "dispute"), `object_id` that
    object's id. `provider_reference` is the Checkout Session id (what `create_checkout`
    returned) for checkout events, None for charge events. `amount_cents` is in Stripe's
    minor units and `currency` upper-case ("EUR"); both None for an ignored event.
    """

    event_id: str
    type: str
    kind: EventKind
    provider_reference: str | None
    payment_reference: str | None
    amount_cents: int | None
    currency: str | None
    metadata: Mapping[str, str]
    occurred_at: datetime
    raw_type: str
    object_id: str = ""
    livemode: bool = False


@dataclass(frozen=True)
class _Reading:
    kind: EventKind
    amount_cents: int | None = None
    provider_reference: str | None = None
    payment_reference: str | None = None


class StripeProvider:
    """The `PaymentProvider` port over Stripe Checkout.

    `api_base` is Stripe's unless a test points it at a local fake. The SDK retries a
    connection error, a 409 and a 5xx `max_network_retries` times, with the same
    idempotency key; `allowed_payment_method_types` (e.g. ["card", "sepa_debit"]) narrows
    what the debtor is offered, otherwise the account's dashboard settings decide.
    """

    name = "stripe"

    def __init__(
        self,
        api_key: str,
        *,
        api_base: str = STRIPE_API_BASE,
        allowed_payment_method_types: Sequence[str] | None = None,
        timeout: float = 30.0,
        max_network_retries: int = 2,
    ) -> None:
        if not api_key.startswith(("sk_", "rk_")):
            raise ValueError("a Stripe secret key (sk_…) or restricted key (rk_…) is needed")
        self._payment_method_types = list(allowed_payment_method_types or [])
        self._client = stripe.StripeClient(
            api_key,
            base_addresses={"api": api_base},
            http_client=stripe.RequestsClient(timeout=timeout),
            max_network_retries=max_network_retries,
        )

    def create_checkout(
        self,
        *,
        amount_cents: int,
        currency: str,
        description: str,
        return_url: str,
        idempotency_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> Checkout:
        """A Checkout Session for `amount_cents`; the debtor comes back to `return_url`.

        Without `idempotency_key`, the key is derived from all the arguments: the same
        call within Stripe's 24 hours answers the same session. Put something unique
        to the checkout in `metadata` (our checkout id) or pass a key of your own when
        two identical checkouts must be distinct.
        """
        params = checkout_params(
            amount_cents=amount_cents,
            currency=currency,
            description=description,
            return_url=return_url,
            metadata=metadata,
            allowed_payment_method_types=self._payment_method_types,
        )
        key = idempotency_key or derived_idempotency_key(params)
        try:
            session = self._client.v1.checkout.sessions.create(
                cast(SessionCreateParams, params), {"idempotency_key": key}
            )
        except stripe.StripeError as error:
            raise provider_error(error) from error
        if not session.id or not session.url:
            raise ProviderError(
                "Stripe answered a checkout session without an id or a URL", retryable=False
            )
        return Checkout(provider_reference=session.id, url=session.url)


def checkout_params(
    *,
    amount_cents: int,
    currency: str,
    description: str,
    return_url: str,
    metadata: Mapping[str, str] | None = None,
    allowed_payment_method_types: Sequence[str] = (),
) -> dict[str, Any]:
    """The body of `POST /v1/checkout/sessions`, checked before anything is sent."""
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise ValueError(f"an amount is integer cents, not {amount_cents!r}")
    if amount_cents <= 0:
        raise ValueError("a checkout is for a positive amount")
    code = _checkout_currency(currency)
    name = description.strip()
    if not name:
        raise ValueError("a checkout needs a description (the line the debtor reads)")
    labels = _checked_metadata(metadata or {})
    params: dict[str, Any] = {
        "mode": "payment",
        "line_items": [
            {
                "quantity": 1,
                "price_data": {
                    "currency": code.lower(),
                    "unit_amount": amount_cents,
                    "product_data": {"name": name},
                },
            }
        ],
        "success_url": _with_query(return_url, "checkout=success&session_id={CHECKOUT_SESSION_ID}"),
        "cancel_url": _with_query(return_url, "checkout=cancelled"),
        # The debtor pays the amount owed in the case's currency, never a converted one.
        "adaptive_pricing": {"enabled": False},
        "payment_intent_data": {"description": name},
    }
    if labels:
        params["metadata"] = labels
        # Copied onto the PaymentIntent, so that a refund or a dispute, which names only
        # the PaymentIntent, still says which case it is about.
        params["payment_intent_data"]["metadata"] = labels
    reference = next((labels[key] for key in CLIENT_REFERENCE_KEYS if labels.get(key)), None)
    if reference:
        params["client_reference_id"] = reference[:200]
    if allowed_payment_method_types:
        params["allowed_payment_method_types"] = list(allowed_payment_method_types)
    return params


def derived_idempotency_key(params: Mapping[str, Any]) -> str:
    """The same request body, the same key (Stripe keeps a key 24 hours)."""
    canonical = json.dumps(params, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "amiable-checkout-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:40]


def provider_error(error: stripe.StripeError) -> ProviderError:
    """An SDK error as the port's: `retryable` when the same call may succeed later."""
    retryable: bool
    if isinstance(error, stripe.RateLimitError):
        retryable = True
    elif isinstance(error, stripe.APIConnectionError):
        retryable = bool(getattr(error, "should_retry", True))
    elif isinstance(
        error,
        (
            stripe.AuthenticationError,
            stripe.PermissionError,
            stripe.CardError,
            stripe.InvalidRequestError,
            stripe.IdempotencyError,
        ),
    ):
        retryable = False
    elif isinstance(error, stripe.APIError) or (error.http_status or 0) >= 500:
        # Stripe says so when a retry would only replay the same failure.
        retryable = str((error.headers or {}).get("stripe-should-retry", "")).lower() != "false"
    else:
        retryable = False
    kind = type(error).__name__
    message = f"Stripe {kind}: {error.user_message or 'no message'}"
    return ProviderError(message, retryable, status=error.http_status, code=error.code)


def read_webhook(
    payload: bytes,
    signature_header: str | None,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: int | datetime | None = None,
) -> WebhookEvent:
    """Verify a delivery (raw body, `Stripe-Signature` header) and read its event.

    `now` is our clock (Unix seconds or an aware datetime); the signed timestamp must lie
    within `tolerance` seconds of it, before or after. Raises `WebhookRejected`.
    """
    if tolerance <= 0:
        raise ValueError("the tolerance is a positive number of seconds")
    if not secret or not secret.strip():
        raise WebhookRejected("no webhook signing secret is configured")
    if not signature_header:
        raise WebhookRejected("no Stripe-Signature header")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        raise WebhookRejected("the body is not UTF-8 text") from None
    signed_at = _signed_at(signature_header)
    try:
        # The SDK checks the HMAC; with no tolerance it reads no clock: ours does that.
        stripe.WebhookSignature.verify_header(text, signature_header, secret, tolerance=None)
    except stripe.SignatureVerificationError:
        raise WebhookRejected(
            "the signature does not match the body (a wrong secret, or a body altered)"
        ) from None
    current = _unix(now)
    if signed_at < current - tolerance:
        raise WebhookRejected(
            f"the signature is {current - signed_at} s old, more than the {tolerance} s allowed"
        )
    if signed_at > current + tolerance:
        raise WebhookRejected(
            f"the signature is dated {signed_at - current} s ahead of our clock, "
            f"more than the {tolerance} s allowed"
        )
    try:
        event = json.loads(text)
    except ValueError:
        raise WebhookRejected("the body is not JSON") from None
    return _event_read(event)


def _signed_at(header: str) -> int:
    """The `t=` of `t=<unix>,v1=<hex>[,v1=<hex>…]`, read as the SDK reads it (first one)."""
    pairs = [part.split("=", 1) for part in header.split(",")]
    stamps = [pair[1] for pair in pairs if len(pair) == 2 and pair[0] == "t"]
    if not stamps or not re.fullmatch(r"[0-9]{1,12}", stamps[0]):
        raise WebhookRejected("the Stripe-Signature header carries no timestamp (t=…)")
    if not any(len(pair) == 2 and pair[0] == "v1" and pair[1] for pair in pairs):
        raise WebhookRejected("the Stripe-Signature header carries no v1 signature")
    return int(stamps[0])


def _unix(now: int | datetime | None) -> int:
    if now is None:
        return int(time.time())
    if isinstance(now, datetime):
        if now.tzinfo is None:
            raise ValueError("`now` must be an aware datetime")
        return int(now.timestamp())
    return now


def _event_read(event: Any) -> WebhookEvent:
    if not isinstance(event, dict) or event.get("object") != "event":
        raise WebhookRejected("the body is not a Stripe event")
    event_id, event_type, created = event.get("id"), event.get("type"), event.get("created")
    data = event.get("data")
    if not isinstance(event_id, str) or not event_id:
        raise WebhookRejected("the event has no id")
    if not isinstance(event_type, str) or not event_type:
        raise WebhookRejected("the event has no type")
    if isinstance(created, bool) or not isinstance(created, int):
        raise WebhookRejected("the event has no creation time")
    if not isinstance(data, dict) or not isinstance(data.get("object"), dict):
        raise WebhookRejected("the event carries no object")
    carried: dict[str, Any] = data["object"]
    previous = data.get("previous_attributes")
    reading = _reading(event_type, carried, previous if isinstance(previous, dict) else {})
    known = reading.kind is not EventKind.IGNORED
    return WebhookEvent(
        event_id=event_id,
        type=event_type,
        kind=reading.kind,
        provider_reference=reading.provider_reference,
        payment_reference=reading.payment_reference,
        amount_cents=reading.amount_cents,
        currency=_currency(carried.get("currency"), event_type) if known else None,
        metadata=_metadata(carried.get("metadata")),
        occurred_at=datetime.fromtimestamp(created, UTC),
        raw_type=str(carried.get("object") or ""),
        object_id=str(carried.get("id") or ""),
        livemode=event.get("livemode") is True,
    )


_SESSION_KINDS = {
    "checkout.session.async_payment_succeeded": EventKind.PAID,
    "checkout.session.async_payment_failed": EventKind.FAILED,
    "checkout.session.expired": EventKind.FAILED,
}


def _reading(event_type: str, carried: dict[str, Any], previous: dict[str, Any]) -> _Reading:
    if event_type.startswith("checkout.session."):
        if carried.get("mode") != "payment":
            return _Reading(EventKind.IGNORED)  # a subscription or setup: not ours
        if event_type == "checkout.session.completed":
            status = carried.get("payment_status")
            kind = {"paid": EventKind.PAID, "unpaid": EventKind.PENDING}.get(
                str(status), EventKind.IGNORED
            )
        else:
            kind = _SESSION_KINDS.get(event_type, EventKind.IGNORED)
        if kind is EventKind.IGNORED:
            return _Reading(kind)
        payment = _id_of(carried.get("payment_intent"))
        if payment is None and kind in (EventKind.PAID, EventKind.PENDING):
            raise WebhookRejected(f"{event_type} carries no payment_intent")
        return _Reading(
            kind,
            amount_cents=_cents(carried.get("amount_total"), "amount_total", event_type),
            provider_reference=_id_of(carried.get("id")),
            payment_reference=payment,
        )
    if event_type == "charge.refunded":
        payment = _id_of(carried.get("payment_intent"))
        if payment is None:
            return _Reading(EventKind.IGNORED)  # a charge no checkout of ours made
        total = _cents(carried.get("amount_refunded"), "amount_refunded", event_type)
        before = previous.get("amount_refunded")
        if isinstance(before, int) and not isinstance(before, bool) and 0 <= before < total:
            total -= before  # this refund only, not all the refunds so far
        return _Reading(EventKind.REFUNDED, amount_cents=total, payment_reference=payment)
    if event_type in ("charge.dispute.created", "charge.dispute.funds_reinstated"):
        payment = _id_of(carried.get("payment_intent"))
        if payment is None:
            return _Reading(EventKind.IGNORED)
        amount = _cents(carried.get("amount"), "amount", event_type)
        kind = EventKind.DISPUTED if event_type.endswith("created") else EventKind.REINSTATED
        return _Reading(kind, amount_cents=amount, payment_reference=payment)
    return _Reading(EventKind.IGNORED)


def _id_of(value: Any) -> str | None:
    """An id, or an expanded object's id."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def _cents(value: Any, name: str, event_type: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise WebhookRejected(f"{event_type}: {name} is not an amount in minor units")
    return value


def _currency(value: Any, event_type: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{3}", value):
        raise WebhookRejected(f"{event_type}: no currency")
    return value.upper()


def _metadata(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(key): str(item) for key, item in value.items() if item is not None}


def _checkout_currency(currency: str) -> str:
    code = currency.strip().upper() if isinstance(currency, str) else ""
    if not re.fullmatch(r"[A-Z]{3}", code) or code not in list_currencies():
        raise ValueError(f"not a currency code: {currency!r}")
    if code in ZERO_DECIMAL_CURRENCIES or code in THREE_DECIMAL_CURRENCIES:
        raise ValueError(
            f"Stripe does not count {code} in hundredths; amiable's cents would be misread"
        )
    return code


def _checked_metadata(metadata: Mapping[str, str]) -> dict[str, str]:
    if len(metadata) > _METADATA_KEYS:
        raise ValueError(f"Stripe keeps at most {_METADATA_KEYS} metadata keys")
    checked: dict[str, str] = {}
    for key, value in metadata.items():
        if not isinstance(key, str) or not key or len(key) > _METADATA_KEY_LENGTH:
            raise ValueError(f"a metadata key is 1 to {_METADATA_KEY_LENGTH} characters: {key!r}")
        if "[" in key or "]" in key:
            raise ValueError(f"a metadata key has no square brackets: {key!r}")
        if not isinstance(value, str) or len(value) > _METADATA_VALUE_LENGTH:
            raise ValueError(f"metadata {key!r} is text of at most {_METADATA_VALUE_LENGTH}")
        checked[key] = value
    return checked


def _with_query(url: str, query: str) -> str:
    """`url` with `query` added; `query` is written as is ({CHECKOUT_SESSION_ID} stays)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"the return address must be an absolute http(s) URL: {url!r}")
    joined = f"{parts.query}&{query}" if parts.query else query
    return urlunsplit((parts.scheme, parts.netloc, parts.path, joined, parts.fragment))
