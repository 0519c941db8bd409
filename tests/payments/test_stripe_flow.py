"""Stripe end to end: the debtor page opens a Checkout session on Stripe (a local fake
speaking its wire format), Stripe's signed events book the payment once, reverse it on a
full refund or a chargeback, and put what cannot be booked to a person."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import func, select
from tests.agent.conftest import CONFIG
from tests.payments.fake_stripe import API_KEY, WEBHOOK_SECRET, FakeStripe
from tests.payments.fake_stripe import fake_stripe as fake_stripe

from amiable.agent.models import HumanTask
from amiable.core.bootstrap import App
from amiable.core.clock import FixedClock
from amiable.core.settings import Settings
from amiable.ledger.balances import case_statement
from amiable.ledger.models import LedgerEntry
from amiable.payments.links import link_token
from amiable.payments.models import PaymentCheckout, WebhookEvent
from amiable.portfolio.models import Case, Tenant
from amiable.web.app import create_app

from .conftest import NOW, Office

HOOK = "/webhooks/default/payments/stripe"


@pytest.fixture
def client(office: Office, fake_stripe: FakeStripe) -> TestClient:
    fake_stripe.now = int(NOW.timestamp())
    with office.database.write() as session:
        tenant = session.scalars(select(Tenant)).one()
        tenant.channels = {"payments": {"provider": "stripe", "api_key_env": "STRIPE_KEY",
                                        "webhook_secret_env": "STRIPE_WHSEC",
                                        "api_base": fake_stripe.base_url}}  # fmt: skip
    settings = Settings(environment="production", database_url=office.database.url,
                        portal_url=CONFIG.portal_url, secret_key=SecretStr(CONFIG.secret.decode()),
                        worker_interval=0)  # fmt: skip
    application = App(settings=settings, database=office.database, clock=FixedClock(NOW),
                      environ={"STRIPE_KEY": API_KEY, "STRIPE_WHSEC": WEBHOOK_SECRET})  # fmt: skip
    return TestClient(create_app(application))


def _pay_on_the_page(office: Office, client: TestClient, fake: FakeStripe) -> dict:  # type: ignore[type-arg]
    token = link_token(office.cases["DOS-2"], NOW.date() + timedelta(days=30), CONFIG.secret)
    response = client.post(f"/p/{token}/pay", data={"purpose": "balance"}, follow_redirects=False)
    assert response.status_code == 303
    assert len(fake.created) == 1
    [session_id] = fake.sessions
    assert response.headers["location"] == fake.sessions[session_id]["url"]
    assert fake.created[0].form["line_items"][0]["price_data"]["unit_amount"] == "30000"  # type: ignore[index]
    return fake.complete(session_id)


def _deliver(client: TestClient, fake: FakeStripe, kind: str, obj: dict, **options) -> dict:  # type: ignore[no-untyped-def, type-arg]
    body, signature = fake.signed_event(kind, obj, **options)
    response = client.post(HOOK, content=body, headers={"Stripe-Signature": signature,
                                                        "Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 200, response.text
    return response.json()


def _due(office: Office, reference: str) -> int:
    with office.database.read() as session:
        case = session.get(Case, office.cases[reference])
        assert case is not None
        return int(case_statement(session, case, NOW.date()).total_due * 100)


def test_a_checkout_paid_is_booked_once_and_a_full_refund_reverses_it(
    office: Office,
    client: TestClient,
    fake_stripe: FakeStripe,
) -> None:
    session = _pay_on_the_page(office, client, fake_stripe)
    assert fake_stripe.created[0].header("Idempotency-Key")  # every create carries one

    paid = _deliver(client, fake_stripe, "checkout.session.completed", session)
    assert paid["outcome"].startswith("paid: booked 300.00")
    assert _due(office, "DOS-2") == 0
    # Stripe delivers again (same event id): nothing more.
    body, signature = fake_stripe.signed_event("checkout.session.completed", session)
    event_id = body.decode().split('"id": "')[1].split('"')[0]
    first = client.post(HOOK, content=body, headers={"Stripe-Signature": signature})
    again = client.post(HOOK, content=body, headers={"Stripe-Signature": signature})
    assert (
        first.json()["outcome"].startswith("paid: stripe:pi_")
        and "booked already" in first.json()["outcome"]
    )
    assert again.json()["outcome"] == "replayed: already applied"
    with office.database.read() as session_:
        assert session_.scalar(select(func.count()).select_from(LedgerEntry).where(
            LedgerEntry.kind == "payment")) == 1  # fmt: skip
        assert session_.scalar(
            select(WebhookEvent.outcome).where(WebhookEvent.event_id == event_id)
        )
        assert session_.scalars(select(PaymentCheckout.status)).one() == "paid"
        assert session_.get(Case, office.cases["DOS-2"]).status == "paid"  # type: ignore[union-attr]

    charge = {"id": "ch_1", "object": "charge", "amount": 30_000, "amount_refunded": 30_000,
              "currency": "eur", "payment_intent": session["payment_intent"], "refunded": True,
              "metadata": {}}  # fmt: skip
    refunded = _deliver(client, fake_stripe, "charge.refunded", charge,
                        previous_attributes={"amount_refunded": 0})  # fmt: skip
    assert "reversed" in refunded["outcome"]
    assert _due(office, "DOS-2") == 30_000
    with office.database.read() as session_:
        assert session_.get(Case, office.cases["DOS-2"]).status == "active"  # type: ignore[union-attr]


def test_a_partial_refund_or_an_unknown_payment_goes_to_a_person(
    office: Office,
    client: TestClient,
    fake_stripe: FakeStripe,
) -> None:
    session = _pay_on_the_page(office, client, fake_stripe)
    _deliver(client, fake_stripe, "checkout.session.completed", session)
    charge = {"id": "ch_1", "object": "charge", "amount": 30_000, "amount_refunded": 5_000,
              "currency": "eur", "payment_intent": session["payment_intent"], "refunded": False,
              "metadata": {}}  # fmt: skip
    partial = _deliver(client, fake_stripe, "charge.refunded", charge,
                       previous_attributes={"amount_refunded": 0})  # fmt: skip
    stranger = dict(session, id="cs_test_not_ours", payment_intent="pi_other")
    unknown = _deliver(client, fake_stripe, "checkout.session.completed", stranger)

    assert partial["outcome"].startswith("to a person: a partial refund (50.00 of 300.00)")
    assert unknown["outcome"] == "to a person: a provider's payment for no checkout of ours"
    assert _due(office, "DOS-2") == 0  # the ledger unchanged until a person corrects it
    with office.database.read() as session_:
        assert (
            len(session_.scalars(select(HumanTask).where(HumanTask.kind == "payment")).all()) == 2
        )


def test_a_forged_or_stale_event_is_refused_and_changes_nothing(
    office: Office,
    client: TestClient,
    fake_stripe: FakeStripe,
) -> None:
    session = _pay_on_the_page(office, client, fake_stripe)
    body, _ = fake_stripe.signed_event("checkout.session.completed", session)
    forged = client.post(HOOK, content=body, headers={
        "Stripe-Signature": f"t={int(NOW.timestamp())},v1={'0' * 64}"})  # fmt: skip
    stale_body, stale = fake_stripe.signed_event("checkout.session.completed", session,
                                                 timestamp=int(NOW.timestamp()) - 3600)  # fmt: skip
    old = client.post(HOOK, content=stale_body, headers={"Stripe-Signature": stale})
    missing = client.post(HOOK, content=body)

    assert [forged.status_code, old.status_code, missing.status_code] == [400, 400, 400]
    assert _due(office, "DOS-2") == 30_000
    with office.database.read() as session_:
        assert session_.scalar(select(func.count()).select_from(WebhookEvent)) == 0


def test_a_chargeback_reverses_the_payment_and_a_dispute_won_books_it_again(
    office: Office, client: TestClient, fake_stripe: FakeStripe
) -> None:
    session = _pay_on_the_page(office, client, fake_stripe)
    _deliver(client, fake_stripe, "checkout.session.completed", session)
    dispute = {"id": "dp_1", "object": "dispute", "amount": 30_000, "currency": "eur",
               "charge": "ch_1", "payment_intent": session["payment_intent"],
               "status": "needs_response", "reason": "fraudulent", "metadata": {}}  # fmt: skip

    lost = _deliver(client, fake_stripe, "charge.dispute.created", dispute)
    assert lost["outcome"].startswith("chargeback: payment stripe:pi_")
    assert _due(office, "DOS-2") == 30_000
    won = _deliver(
        client, fake_stripe, "charge.dispute.funds_reinstated", dict(dispute, status="won")
    )
    assert won["outcome"] == "reinstated: 300.00 booked again on case DOS-2"
    assert _due(office, "DOS-2") == 0
    with office.database.read() as session_:
        assert session_.get(Case, office.cases["DOS-2"]).status == "paid"  # type: ignore[union-attr]
