"""Online payments: which provider the debtor page uses, and what a provider's event does.

    online_provider(tenant, test_payments=…, environ=…)  -> a PaymentProvider, or None
    provider_event_apply(session, tenant_id=…, event=…, now=…) -> the outcome, in words

A tenant whose channel settings name Stripe (`payments`: the environment variables of its
API key and webhook secret) takes card and SEPA debit payments through Stripe Checkout;
otherwise, on a test or development install, the built-in test provider; otherwise the
page offers the bank transfer only.

A Stripe event (already verified on its raw body, `payments.stripe.read_webhook`) is
applied once: its id is kept (`webhook_event`), a replay does nothing. A paid checkout is
booked on its case under `stripe:<payment intent>`, the key a later refund or dispute
names; a full refund or a chargeback reverses that payment, a dispute won books the money
again; a partial refund, a payment
with no checkout of ours, or one the ledger refuses goes to a person with the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from amiable.channels.config import ChannelConfig, ChannelConfigError, secret
from amiable.core.money import from_cents
from amiable.ledger.choices import EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.ledger.rules import LedgerError
from amiable.payments.models import PaymentCheckout, WebhookEvent
from amiable.payments.portal import PortalError, checkout_paid
from amiable.payments.providers import PaymentProvider, TestProvider
from amiable.payments.record import (
    PaymentRefused,
    payment_record,
    payment_reverse,
    payment_task,
)
from amiable.payments.stripe import EventKind, StripeProvider
from amiable.payments.stripe import WebhookEvent as StripeEvent
from amiable.portfolio.models import Case, Tenant


def online_provider(
    tenant: Tenant, *, test_payments: bool, environ: Mapping[str, str]
) -> PaymentProvider | None:
    """The tenant's provider; ChannelConfigError when its settings are broken (a secret
    not set): the page then says online payment is unavailable, never pretends."""
    config = ChannelConfig.of(tenant.channels).payments
    if config is not None and config.provider == "stripe":
        return StripeProvider(
            secret(config.api_key_env, environ),
            api_base=config.api_base or "https://api.stripe.com",
            allowed_payment_method_types=config.payment_methods,
            timeout=15.0,
        )
    return TestProvider() if test_payments else None


def provider_event_apply(
    session: Session, *, tenant_id: int, event: StripeEvent, now: datetime, provider: str = "stripe"
) -> str:
    """Apply a verified event once; the outcome is kept with the event's id and returned."""
    try:
        with session.begin_nested():
            record = WebhookEvent(
                tenant_id=tenant_id, provider=provider, event_id=event.event_id[:100],
                type=event.type[:60], outcome="", received_at=now,
            )  # fmt: skip
            session.add(record)
    except IntegrityError:
        return "replayed: already applied"
    outcome = _apply(session, tenant_id, event, now, provider)
    record.outcome = outcome[:300]
    return outcome


def _apply(
    session: Session, tenant_id: int, event: StripeEvent, now: datetime, provider: str
) -> str:
    kind = event.kind
    if kind == EventKind.IGNORED or event.amount_cents is None:
        return f"ignored: {event.type}"
    amount = event.amount_cents
    if kind in (EventKind.PAID, EventKind.PENDING, EventKind.FAILED):
        checkout = session.scalars(
            select(PaymentCheckout).where(
                PaymentCheckout.tenant_id == tenant_id, PaymentCheckout.provider == provider,
                PaymentCheckout.provider_reference == event.provider_reference,
            )
        ).first()  # fmt: skip
        if checkout is None:
            return _to_person(session, tenant_id, None, event, now,
                              "a provider's payment for no checkout of ours")  # fmt: skip
        if kind == EventKind.PENDING:
            checkout.data = {
                **checkout.data,
                "payment_intent": event.payment_reference,
                "pending": True,
            }
            return f"pending: checkout {checkout.provider_reference} awaits the debit"
        if kind == EventKind.FAILED:
            if checkout.status == "open":
                checkout.status = "failed"
            return f"failed: checkout {checkout.provider_reference} not paid ({event.type})"
        if amount != checkout.amount_cents or event.currency != checkout.currency:
            return _to_person(session, tenant_id, checkout.case_id, event, now,
                              f"the provider says {from_cents(amount)} {event.currency} "
                              f"for a checkout of {from_cents(checkout.amount_cents)} {checkout.currency}")  # fmt: skip
        checkout.data = {**checkout.data, "payment_intent": event.payment_reference}
        try:
            with session.begin_nested():
                recorded = checkout_paid(session, checkout, now,
                                         payment_reference=f"{provider}:{event.payment_reference}")  # fmt: skip
        except (PortalError, PaymentRefused, LedgerError) as refused:
            return _to_person(session, tenant_id, checkout.case_id, event, now,
                              f"the payment could not be booked: {refused}")  # fmt: skip
        if recorded.entry_id is None:
            return f"paid: {provider}:{event.payment_reference} was booked already"
        if recorded.balance_cents < 0:
            # Paid by the debtor page while the case was settled some other way: booked,
            # and a person refunds the surplus.
            _to_person(session, tenant_id, checkout.case_id, event, now,
                       f"over-payment of {from_cents(-recorded.balance_cents)}: refund it")  # fmt: skip
        return f"paid: booked {from_cents(checkout.amount_cents)} on case {checkout.case_id}"
    if kind == EventKind.REINSTATED:
        return _reinstate(session, tenant_id, event, amount, now, provider)
    # A refund or a chargeback: the payment it names is reversed, in full only.
    payment = session.scalars(
        select(LedgerEntry).where(
            LedgerEntry.tenant_id == tenant_id, LedgerEntry.kind == EntryKind.PAYMENT.value,
            LedgerEntry.external_reference == f"{provider}:{event.payment_reference}",
        )
    ).first()  # fmt: skip
    what = "chargeback" if kind == EventKind.DISPUTED else "refund"
    if payment is None:
        return _to_person(session, tenant_id, None, event, now,
                          f"a {what} of a payment we never booked")  # fmt: skip
    if amount != payment.amount_cents:
        return _to_person(session, tenant_id, payment.case_id, event, now,
                          f"a partial {what} ({from_cents(amount)} of "
                          f"{from_cents(payment.amount_cents)}): a person corrects the ledger")  # fmt: skip
    case = session.get(Case, payment.case_id)
    assert case is not None
    try:
        with session.begin_nested():
            payment_reverse(
                session, case=case, payment=payment, effective_on=event.occurred_at.date(),
                external_reference=f"{provider}:{event.event_id}", actor=f"provider:{provider}",
                now=now, reason=f"{what} by {provider} ({event.type})",
            )  # fmt: skip
    except (PaymentRefused, LedgerError) as refused:
        return _to_person(session, tenant_id, case.id, event, now, f"{what} not booked: {refused}")
    return f"{what}: payment {payment.external_reference} of case {case.reference} reversed"


def _reinstate(
    session: Session, tenant_id: int, event: StripeEvent, amount: int, now: datetime, provider: str
) -> str:
    """A dispute won: the chargeback's reversal stands in the ledger (it happened), and the
    money that came back is booked again as a payment of its own (with its receipt)."""
    payment = session.scalars(
        select(LedgerEntry).where(
            LedgerEntry.tenant_id == tenant_id, LedgerEntry.kind == EntryKind.PAYMENT.value,
            LedgerEntry.external_reference == f"{provider}:{event.payment_reference}",
        )
    ).first()  # fmt: skip
    reversed_ = payment is not None and session.scalar(
        select(LedgerEntry.id).where(LedgerEntry.reverses_id == payment.id)
    )
    if payment is None or not reversed_:
        return _to_person(session, tenant_id, payment.case_id if payment else None, event, now,
                          "funds reinstated for a payment we never reversed")  # fmt: skip
    case = session.get(Case, payment.case_id)
    assert case is not None
    try:
        with session.begin_nested():
            recorded = payment_record(
                session, case=case, amount_cents=amount, currency=payment.currency,
                effective_on=event.occurred_at.date(),
                external_reference=f"{provider}:{event.payment_reference}:reinstated",
                actor=f"provider:{provider}", now=now,
                reason=f"dispute won: funds reinstated by {provider}",
            )  # fmt: skip
    except (PaymentRefused, LedgerError) as refused:
        return _to_person(session, tenant_id, case.id, event, now, f"not booked: {refused}")
    if recorded.entry_id is None:
        return "reinstated: booked already"
    return f"reinstated: {from_cents(amount)} booked again on case {case.reference}"


def _to_person(
    session: Session, tenant_id: int, case_id: int | None, event: StripeEvent, now: datetime,
    reason: str,
) -> str:  # fmt: skip
    summary = (
        f"{event.type} from the payment provider, event {event.event_id}: "
        f"{from_cents(event.amount_cents or 0)} {event.currency}, payment {event.payment_reference}.\n"
        f"Why it waits: {reason}.\nCheck it in the provider's dashboard and book or correct it."
    )
    payment_task(session, tenant_id=tenant_id, case_id=case_id, reason=reason, summary=summary,
                 data={"provider_event": event.event_id}, now=now)  # fmt: skip
    return f"to a person: {reason}"


__all__ = ["ChannelConfigError", "online_provider", "provider_event_apply"]
