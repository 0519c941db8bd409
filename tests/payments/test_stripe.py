"""The Stripe provider: its real SDK client against a fake Stripe speaking the wire
format, and its reading of signed webhooks.

The event fixtures under data/stripe/ are written after Stripe's documented objects at the
API version the SDK pins (the fields a real delivery carries, invented ids and people);
the tests sign them with a test secret, as Stripe signs a delivery.
"""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from tests.payments.fake_stripe import (
    API_KEY,
    WEBHOOK_SECRET,
    FakeStripe,
    decode_form,
    stripe_signature_header,
)
from tests.payments.fake_stripe import fake_stripe as fake_stripe

from amiable.payments.providers import Checkout, ProviderError, TestProvider
from amiable.payments.stripe import (
    EventKind,
    StripeProvider,
    WebhookEvent,
    WebhookRejected,
    checkout_params,
    derived_idempotency_key,
    read_webhook,
)

DATA = Path(__file__).parent / "data" / "stripe"
NOW = 1795167000  # 2026-11-20 09:30 UTC
RETURN_URL = "https://pay.amiable.example/p/tok_case17"
LABELS = {"case_id": "17", "checkout_id": "42", "purpose": "balance"}


@pytest.fixture
def stripe_fake(fake_stripe: FakeStripe) -> FakeStripe:
    fake_stripe.now = NOW
    return fake_stripe


@pytest.fixture
def provider(stripe_fake: FakeStripe) -> StripeProvider:
    return StripeProvider(
        API_KEY, api_base=stripe_fake.base_url, timeout=2.0, max_network_retries=0
    )


def checkout(provider: StripeProvider, **overrides: Any) -> Checkout:
    arguments: dict[str, Any] = {
        "amount_cents": 48250,
        "currency": "EUR",
        "description": "DOS-2026-0017 — Menuiserie Dupont",
        "return_url": RETURN_URL,
        "metadata": LABELS,
        **overrides,
    }
    return provider.create_checkout(**arguments)


def fixture(name: str) -> bytes:
    return (DATA / f"{name}.json").read_bytes()


def delivered(payload: bytes, timestamp: int, *, now: int | None = None) -> WebhookEvent:
    header = stripe_signature_header(payload, WEBHOOK_SECRET, timestamp)
    return read_webhook(payload, header, WEBHOOK_SECRET, now=timestamp if now is None else now)


# Creating a checkout


def test_a_checkout_is_a_stripe_session_and_the_debtor_pays_at_its_url(
    provider: StripeProvider, stripe_fake: FakeStripe
) -> None:
    made = checkout(provider)

    (session,) = stripe_fake.sessions.values()
    assert made == Checkout(provider_reference=session["id"], url=session["url"])
    assert made.provider_reference.startswith("cs_test_")
    assert made.url.startswith("https://checkout.stripe.com/c/pay/cs_test_")
    assert session["amount_total"] == 48250
    assert session["currency"] == "eur"
    assert session["status"] == "open"
    assert session["payment_status"] == "unpaid"
    assert session["payment_intent"] is None
    assert provider.name == "stripe"


def test_the_form_carries_the_amount_currency_metadata_and_return_addresses(
    provider: StripeProvider, stripe_fake: FakeStripe
) -> None:
    checkout(provider)

    (request,) = stripe_fake.requests
    assert request.path == "/v1/checkout/sessions"
    assert request.header("Authorization") == f"Bearer {API_KEY}"
    assert request.header("Content-Type") == "application/x-www-form-urlencoded"
    body = unquote(request.body.decode())
    assert "line_items[0][price_data][unit_amount]=48250" in body
    assert "metadata[case_id]=17" in body
    assert request.form == {
        "mode": "payment",
        "line_items": [
            {
                "quantity": "1",
                "price_data": {
                    "currency": "eur",
                    "unit_amount": "48250",
                    "product_data": {"name": "DOS-2026-0017 — Menuiserie Dupont"},
                },
            }
        ],
        "success_url": RETURN_URL + "?checkout=success&session_id={CHECKOUT_SESSION_ID}",
        "cancel_url": RETURN_URL + "?checkout=cancelled",
        "adaptive_pricing": {"enabled": "false"},
        "metadata": LABELS,
        "payment_intent_data": {
            "description": "DOS-2026-0017 — Menuiserie Dupont",
            "metadata": LABELS,
        },
        "client_reference_id": "42",
    }


def test_the_payment_methods_offered_can_be_narrowed(stripe_fake: FakeStripe) -> None:
    provider = StripeProvider(
        API_KEY,
        api_base=stripe_fake.base_url,
        allowed_payment_method_types=["card", "sepa_debit"],
        max_network_retries=0,
    )

    checkout(provider, metadata=None)

    (request,) = stripe_fake.requests
    assert request.form is not None
    assert request.form["allowed_payment_method_types"] == ["card", "sepa_debit"]
    assert "metadata" not in request.form
    assert request.form["payment_intent_data"] == {
        "description": "DOS-2026-0017 — Menuiserie Dupont"
    }
    assert "client_reference_id" not in request.form
    (session,) = stripe_fake.sessions.values()
    assert session["payment_method_types"] == ["card", "sepa_debit"]


def test_a_return_address_with_a_query_keeps_it() -> None:
    params = checkout_params(
        amount_cents=100, currency="eur", description="x", return_url="https://a.example/p?l=fr#top"
    )

    assert params["success_url"] == (
        "https://a.example/p?l=fr&checkout=success&session_id={CHECKOUT_SESSION_ID}#top"
    )
    assert params["cancel_url"] == "https://a.example/p?l=fr&checkout=cancelled#top"


def test_every_create_carries_an_idempotency_key_given_or_derived(
    provider: StripeProvider, stripe_fake: FakeStripe
) -> None:
    checkout(provider, idempotency_key="checkout-42")
    checkout(provider)
    checkout(provider, amount_cents=10000)

    keys = [request.header("Idempotency-Key") for request in stripe_fake.requests]
    assert keys[0] == "checkout-42"
    assert keys[1] is not None and keys[1].startswith("amiable-checkout-")
    assert keys[2] is not None and keys[2].startswith("amiable-checkout-")
    assert keys[1] != keys[2]
    assert len(stripe_fake.sessions) == 3


def test_the_derived_key_depends_on_every_argument_and_nothing_else() -> None:
    def key(**overrides: Any) -> str:
        arguments: dict[str, Any] = {
            "amount_cents": 48250,
            "currency": "EUR",
            "description": "DOS-17",
            "return_url": RETURN_URL,
            "metadata": LABELS,
            **overrides,
        }
        return derived_idempotency_key(checkout_params(**arguments))

    assert key() == key()
    assert key(currency="eur") == key()  # the same request once normalised
    assert key(metadata=dict(reversed(LABELS.items()))) == key()
    assert len({key(), key(amount_cents=48251), key(description="DOS-18"),
                key(return_url=RETURN_URL + "x"), key(metadata={**LABELS, "checkout_id": "43"})}) == 5  # fmt: skip


def test_a_retry_with_the_same_arguments_finds_the_same_session(
    provider: StripeProvider, stripe_fake: FakeStripe
) -> None:
    first = checkout(provider)
    again = checkout(provider)

    assert again == first
    assert len(stripe_fake.created) == 1
    assert stripe_fake.requests[0].header("Idempotency-Key") == stripe_fake.requests[1].header(
        "Idempotency-Key"
    )


def test_a_key_reused_for_another_checkout_is_refused_not_retried(
    provider: StripeProvider, stripe_fake: FakeStripe
) -> None:
    checkout(provider, idempotency_key="checkout-42")

    with pytest.raises(ProviderError) as refused:
        checkout(provider, idempotency_key="checkout-42", amount_cents=100)

    assert refused.value.retryable is False
    assert refused.value.status == 400
    assert "same parameters" in refused.value.message
    assert len(stripe_fake.sessions) == 1


def test_the_sdk_retries_an_outage_with_the_same_key_and_one_session_results(
    stripe_fake: FakeStripe,
) -> None:
    provider = StripeProvider(API_KEY, api_base=stripe_fake.base_url, max_network_retries=1)
    stripe_fake.fail_next(1, 500)

    made = checkout(provider)

    first, second = stripe_fake.requests
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key")
    assert list(stripe_fake.sessions) == [made.provider_reference]


@pytest.mark.parametrize(
    ("status", "retryable", "error_class"),
    [
        (500, True, "APIError"),
        (503, True, "APIError"),
        (429, True, "RateLimitError"),
        (402, False, "CardError"),
    ],
)
def test_stripe_failures_come_back_as_provider_errors(
    provider: StripeProvider,
    stripe_fake: FakeStripe,
    status: int,
    retryable: bool,
    error_class: str,
) -> None:
    stripe_fake.fail_next(1, status)

    with pytest.raises(ProviderError) as failed:
        checkout(provider)

    assert failed.value.retryable is retryable
    assert failed.value.status == status
    assert error_class in failed.value.message
    assert stripe_fake.sessions == {}  # nothing was created


def test_a_declined_card_says_so(provider: StripeProvider, stripe_fake: FakeStripe) -> None:
    stripe_fake.fail_next(1, 402)

    with pytest.raises(ProviderError) as declined:
        checkout(provider)

    assert declined.value.code == "card_declined"
    assert "Your card was declined." in declined.value.message


def test_a_500_stripe_says_not_to_retry_is_not_retryable(
    provider: StripeProvider, stripe_fake: FakeStripe
) -> None:
    stripe_fake.fail_next(1, 500, Stripe_Should_Retry="false")

    with pytest.raises(ProviderError) as failed:
        checkout(provider)

    assert failed.value.retryable is False


def test_a_wrong_api_key_is_refused_and_not_retryable(stripe_fake: FakeStripe) -> None:
    provider = StripeProvider(
        "sk_test_revoked000000000000", api_base=stripe_fake.base_url, max_network_retries=0
    )

    with pytest.raises(ProviderError) as refused:
        checkout(provider)

    assert refused.value.retryable is False
    assert refused.value.status == 401
    assert "AuthenticationError" in refused.value.message
    assert "Invalid API Key provided: sk_test_" in refused.value.message
    assert stripe_fake.sessions == {}


def test_stripe_out_of_reach_is_retryable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    provider = StripeProvider(
        API_KEY, api_base=f"http://127.0.0.1:{closed_port}", timeout=1.0, max_network_retries=0
    )

    with pytest.raises(ProviderError) as failed:
        checkout(provider)

    assert failed.value.retryable is True
    assert "APIConnectionError" in failed.value.message


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"amount_cents": 0}, "positive"),
        ({"amount_cents": -500}, "positive"),
        ({"amount_cents": 482.5}, "integer cents"),
        ({"amount_cents": True}, "integer cents"),
        ({"currency": "JPY"}, "hundredths"),
        ({"currency": "KWD"}, "hundredths"),
        ({"currency": "EURO"}, "not a currency"),
        ({"currency": "XYZ"}, "not a currency"),
        ({"description": "  "}, "description"),
        ({"return_url": "/p/tok_case17"}, "absolute"),
        ({"metadata": {"k" * 41: "v"}}, "metadata key"),
        ({"metadata": {"case_id": 17}}, "metadata"),
    ],
)
def test_a_checkout_stripe_would_misread_is_refused_before_sending(
    provider: StripeProvider, stripe_fake: FakeStripe, overrides: dict[str, Any], reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        checkout(provider, **overrides)

    assert stripe_fake.requests == []


def test_a_publishable_key_is_refused_at_construction() -> None:
    with pytest.raises(ValueError, match="secret key"):
        StripeProvider("pk_test_123")


def test_the_test_provider_accepts_the_new_arguments() -> None:
    made = TestProvider().create_checkout(
        amount_cents=100,
        currency="EUR",
        description="x",
        return_url="https://a.example/p/t",
        idempotency_key="k",
        metadata=LABELS,
    )

    assert made.url == f"https://a.example/p/t/test-checkout/{made.provider_reference}"


def test_the_fake_refuses_what_stripe_refuses(stripe_fake: FakeStripe) -> None:
    """The fake is only worth its checks: a body Stripe would refuse, it refuses."""
    headers = {
        "Authorization": f"Bearer {API_KEY}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    url = stripe_fake.base_url + "/v1/checkout/sessions"
    with httpx.Client(timeout=2) as http:
        unknown = http.post(url, headers=headers, content=b"mode=payment&colour=blue")
        missing = http.post(url, headers=headers, content=b"mode=payment")
        bad_integer = http.post(
            url,
            headers=headers,
            content=b"mode=payment&success_url=https://a.example&line_items[0][quantity]=1"
            b"&line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=4.5"
            b"&line_items[0][price_data][product_data][name]=x",
        )
        no_key = http.post(url, content=b"mode=payment")

    assert unknown.status_code == 400
    assert unknown.json()["error"]["param"] == "colour"
    assert unknown.json()["error"]["code"] == "parameter_unknown"
    assert missing.json()["error"]["param"] == "line_items"
    assert bad_integer.json()["error"]["message"] == "Invalid integer: 4.5"
    assert no_key.status_code == 401
    assert no_key.json()["error"]["type"] == "invalid_request_error"
    assert decode_form("a[b][0][c]=1&a[b][1][c]=2&d[]=x&d[]=y") == {
        "a": {"b": [{"c": "1"}, {"c": "2"}]},
        "d": ["x", "y"],
    }
    assert stripe_fake.sessions == {}


# Reading webhooks


def test_a_card_payment_completed_is_paid_under_its_payment_intent() -> None:
    event = delivered(fixture("checkout.session.completed"), 1795166985)

    assert event == WebhookEvent(
        event_id="evt_1SVq7hK3mWq2pZ8LxT0aFh3D",
        type="checkout.session.completed",
        kind=EventKind.PAID,
        provider_reference="cs_test_a1Qm4nVZk2Y8dPp0sWc3rT6uX9bE5fH7jL1oN4qS2vA8yD0gK6iM3wR5tU7zB9",
        payment_reference="pi_3SVq6xK3mWq2pZ8L0bJtQe4N",
        amount_cents=48250,
        currency="EUR",
        metadata=LABELS,
        occurred_at=datetime(2026, 11, 20, 9, 29, 45, tzinfo=UTC),
        raw_type="checkout.session",
        object_id="cs_test_a1Qm4nVZk2Y8dPp0sWc3rT6uX9bE5fH7jL1oN4qS2vA8yD0gK6iM3wR5tU7zB9",
        livemode=False,
    )
    assert event.kind == "paid"


def test_a_partial_refund_is_the_amount_of_this_refund() -> None:
    event = delivered(fixture("charge.refunded"), 1795512600)

    assert event.kind is EventKind.REFUNDED
    assert event.payment_reference == "pi_3SVq6xK3mWq2pZ8L0bJtQe4N"  # the payment booked
    assert event.amount_cents == 15000  # 200.00 refunded in all, 50.00 before this one
    assert event.currency == "EUR"
    assert event.provider_reference is None
    assert event.raw_type == "charge"
    assert event.object_id == "ch_3SVq6xK3mWq2pZ8L0u2YkB7s"


def test_a_refund_without_the_previous_total_is_the_total_refunded() -> None:
    body = json.loads(fixture("charge.refunded"))
    del body["data"]["previous_attributes"]

    event = delivered(json.dumps(body).encode(), 1795512600)

    assert event.amount_cents == 20000


def test_a_chargeback_is_disputed_for_the_amount_taken_back() -> None:
    event = delivered(fixture("charge.dispute.created"), 1795771800)

    assert event.kind is EventKind.DISPUTED
    assert event.payment_reference == "pi_3SVq6xK3mWq2pZ8L0bJtQe4N"
    assert event.amount_cents == 48250
    assert event.currency == "EUR"
    assert event.raw_type == "dispute"


def test_a_sepa_debit_is_pending_then_paid_under_the_same_payment(
    provider: StripeProvider, stripe_fake: FakeStripe
) -> None:
    made = checkout(provider)
    authorised = stripe_fake.complete(made.provider_reference, payment_status="unpaid")
    cleared = stripe_fake.settle(made.provider_reference)

    pending = read_webhook(
        *stripe_fake.signed_event("checkout.session.completed", authorised),
        WEBHOOK_SECRET,
        now=NOW,
    )
    paid = read_webhook(
        *stripe_fake.signed_event("checkout.session.async_payment_succeeded", cleared),
        WEBHOOK_SECRET,
        now=NOW,
    )

    assert pending.kind is EventKind.PENDING
    assert paid.kind is EventKind.PAID
    assert pending.provider_reference == paid.provider_reference == made.provider_reference
    assert pending.payment_reference == paid.payment_reference == authorised["payment_intent"]
    assert paid.amount_cents == 48250
    assert paid.metadata == LABELS
    assert paid.occurred_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "event_type", ["checkout.session.async_payment_failed", "checkout.session.expired"]
)
def test_a_failed_or_expired_checkout_is_failed(
    provider: StripeProvider, stripe_fake: FakeStripe, event_type: str
) -> None:
    made = checkout(provider)
    if event_type == "checkout.session.expired":
        session = stripe_fake.expire(made.provider_reference)
    else:
        stripe_fake.complete(made.provider_reference, payment_status="unpaid")
        session = stripe_fake.settle(made.provider_reference, succeeded=False)

    event = read_webhook(*stripe_fake.signed_event(event_type, session), WEBHOOK_SECRET, now=NOW)

    assert event.kind is EventKind.FAILED
    assert event.provider_reference == made.provider_reference
    assert event.amount_cents == 48250


def test_an_event_amiable_has_no_use_for_is_ignored(stripe_fake: FakeStripe) -> None:
    intent = {"id": "pi_3SVq6x", "object": "payment_intent", "amount": 48250, "currency": "eur"}

    event = read_webhook(
        *stripe_fake.signed_event("payment_intent.created", intent), WEBHOOK_SECRET, now=NOW
    )

    assert event.kind is EventKind.IGNORED
    assert event.type == "payment_intent.created"
    assert event.amount_cents is None and event.currency is None


def test_a_checkout_that_is_not_a_payment_is_ignored(stripe_fake: FakeStripe) -> None:
    body = json.loads(fixture("checkout.session.completed"))
    session = {**body["data"]["object"], "mode": "subscription", "payment_intent": None}

    event = read_webhook(
        *stripe_fake.signed_event("checkout.session.completed", session), WEBHOOK_SECRET, now=NOW
    )

    assert event.kind is EventKind.IGNORED


def test_a_paid_checkout_without_its_payment_intent_is_refused(stripe_fake: FakeStripe) -> None:
    body = json.loads(fixture("checkout.session.completed"))
    session = {**body["data"]["object"], "payment_intent": None}

    with pytest.raises(WebhookRejected, match="no payment_intent"):
        read_webhook(
            *stripe_fake.signed_event("checkout.session.completed", session),
            WEBHOOK_SECRET,
            now=NOW,
        )


def test_the_clock_may_be_given_as_an_aware_datetime() -> None:
    payload = fixture("charge.dispute.created")
    header = stripe_signature_header(payload, WEBHOOK_SECRET, 1795771800)

    event = read_webhook(
        payload, header, WEBHOOK_SECRET, now=datetime(2026, 11, 27, 9, 31, tzinfo=UTC)
    )

    assert event.kind is EventKind.DISPUTED


# Refusing deliveries


def assert_rejected(
    payload: bytes, header: str | None, reason: str, *, now: int = NOW, secret: str = WEBHOOK_SECRET
) -> None:
    with pytest.raises(WebhookRejected) as rejected:
        read_webhook(payload, header, secret, now=now)
    assert reason in rejected.value.reason


def test_a_body_altered_after_signing_is_rejected() -> None:
    payload = fixture("checkout.session.completed")
    header = stripe_signature_header(payload, WEBHOOK_SECRET, NOW)
    altered = payload.replace(b'"amount_total": 48250', b'"amount_total": 4825000')

    assert_rejected(altered, header, "does not match the body")


def test_a_body_signed_with_another_secret_is_rejected() -> None:
    payload = fixture("checkout.session.completed")
    header = stripe_signature_header(payload, "whsec_test_someoneElse", NOW)

    assert_rejected(payload, header, "does not match the body")


def test_a_delivery_without_signature_is_rejected() -> None:
    payload = fixture("checkout.session.completed")

    assert_rejected(payload, None, "no Stripe-Signature header")
    assert_rejected(payload, "", "no Stripe-Signature header")
    assert_rejected(payload, "v1=abc", "no timestamp")
    assert_rejected(payload, f"t={NOW}", "no v1 signature")
    assert_rejected(payload, "t=soon,v1=abc", "no timestamp")


def test_without_a_configured_secret_nothing_is_accepted() -> None:
    payload = fixture("checkout.session.completed")
    header = stripe_signature_header(payload, WEBHOOK_SECRET, NOW)

    assert_rejected(payload, header, "no webhook signing secret", secret="")


def test_a_signature_older_than_the_tolerance_is_rejected() -> None:
    payload = fixture("checkout.session.completed")
    header = stripe_signature_header(payload, WEBHOOK_SECRET, NOW - 301)

    assert_rejected(payload, header, "301 s old, more than the 300 s allowed")
    assert read_webhook(payload, header, WEBHOOK_SECRET, now=NOW - 1).kind is EventKind.PAID
    assert read_webhook(payload, header, WEBHOOK_SECRET, now=NOW, tolerance=600).kind == "paid"


def test_a_signature_dated_in_the_future_beyond_the_tolerance_is_rejected() -> None:
    payload = fixture("checkout.session.completed")
    header = stripe_signature_header(payload, WEBHOOK_SECRET, NOW + 301)

    assert_rejected(payload, header, "301 s ahead of our clock")
    assert read_webhook(payload, header, WEBHOOK_SECRET, now=NOW + 1).kind is EventKind.PAID


def test_one_valid_signature_among_several_is_accepted_as_during_a_secret_rollover() -> None:
    payload = fixture("checkout.session.completed")
    header = stripe_signature_header(
        payload, WEBHOOK_SECRET, NOW, extra_signatures=["0" * 64, "deadbeef" * 8]
    )

    assert header.count("v1=") == 3
    assert read_webhook(payload, header, WEBHOOK_SECRET, now=NOW).kind is EventKind.PAID


def test_several_signatures_none_valid_are_rejected() -> None:
    payload = fixture("checkout.session.completed")
    header = f"t={NOW},v1={'0' * 64},v1={'1' * 64}"

    assert_rejected(payload, header, "does not match the body")


def test_a_signed_body_that_is_not_json_is_rejected() -> None:
    payload = b"<html>502 Bad Gateway</html>"
    header = stripe_signature_header(payload, WEBHOOK_SECRET, NOW)

    assert_rejected(payload, header, "not JSON")


def test_a_signed_body_that_is_not_an_event_is_rejected() -> None:
    for payload in (b"[]", b'{"object": "charge", "id": "ch_1"}', b'{"object": "event"}'):
        header = stripe_signature_header(payload, WEBHOOK_SECRET, NOW)
        with pytest.raises(WebhookRejected, match="event"):
            read_webhook(payload, header, WEBHOOK_SECRET, now=NOW)


def test_a_body_that_is_not_utf8_is_rejected() -> None:
    payload = b'{"id": "evt_\xff"}'
    header = stripe_signature_header(payload, WEBHOOK_SECRET, NOW)

    assert_rejected(payload, header, "not UTF-8")
