"""The debtor page's work: what it shows and what the debtor does there.

The page is reached by a signed link (`payments.links`); everything it shows is read
when it is opened: the itemised balance from the ledger, the plans the creditor's
mandate allows for that balance today (or those the agent offered in the conversation,
while they are open), the plan running and its next instalment, a promise pending.

The debtor may pick a plan (it must still fit the balance: a page left open while a
payment came in shows the new figures instead of committing to old ones), pay the
balance or the next instalment through the payment provider, or write to the agent.
Each is recorded as the agent would record it, with the debtor page as the actor.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.agent.choices import ActionType, PlanStatus, PromiseStatus
from amiable.agent.models import PaymentPlan, Promise, first_uncovered
from amiable.agent.negotiation import PlanOption, offers
from amiable.agent.replies import plan_view
from amiable.agent.respond import (
    AgentConfig,
    mandate_bounds,
    option_of,
    plan_accept,
    queue_message,
)
from amiable.core.money import from_cents, to_cents
from amiable.ledger.balances import case_statement
from amiable.ledger.rules import Statement
from amiable.payments.links import Link
from amiable.payments.models import PaymentCheckout
from amiable.payments.providers import PaymentProvider
from amiable.payments.record import Recorded, next_instalment, payment_record
from amiable.playbooks.actions import schedule_reset
from amiable.playbooks.context import ReplyView
from amiable.portfolio.actions import case_event_add, case_status_set
from amiable.portfolio.choices import CaseStatus
from amiable.portfolio.models import Case, Tenant

ACTOR = "debtor:portal"
CHECKOUT_HOURS = 24
_CLOSED = (CaseStatus.PAID.value, CaseStatus.CLOSED.value)
# No plan is chosen on a case a person holds, or where the law stops collection.
# A person holds these (a hardship hold, an escalation): only the plans the agent
# offered them in the conversation may be chosen, and the hold stays.
_PERSON_HOLDS = (CaseStatus.HARDSHIP_HOLD.value, CaseStatus.ESCALATED.value)
_NO_PLAN = (
    CaseStatus.DISPUTED.value,
    CaseStatus.LEGAL_STOP.value,
    CaseStatus.HANDED_OVER.value,
)


class PortalError(ValueError):
    """What the debtor asked cannot be done as asked; the page says why (its `code` is
    the page's message in the debtor's language), nothing changed."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class PortalView:
    case: Case
    tenant: Tenant
    lang: str
    today: date
    statement: Statement
    balance_cents: int
    options: list[PlanOption] = field(default_factory=list)
    plan: PaymentPlan | None = None
    next_instalment: dict[str, Any] | None = None
    promise: Promise | None = None

    @property
    def settled(self) -> bool:
        return self.case.status in _CLOSED or self.balance_cents <= 0

    @property
    def may_pay(self) -> bool:
        """Nothing is asked of a debtor whose case is disputed or under a legal stop."""
        return not self.settled and self.case.status not in _NO_PLAN


def portal_view(session: Session, link: Link, now: datetime) -> PortalView:
    case = session.get(Case, link.case_id)
    if case is None:
        raise PortalError("no_case", "this case no longer exists")
    tenant = session.get(Tenant, case.tenant_id)
    assert tenant is not None
    today = now.astimezone(ZoneInfo(case.debtor.timezone)).date()
    statement = case_statement(session, case, today)
    balance = to_cents(statement.total_due)
    view = PortalView(
        case=case,
        tenant=tenant,
        lang=case.debtor.language if case.debtor.language in ("fr", "en") else "fr",
        today=today,
        statement=statement,
        balance_cents=balance,
    )
    view.plan = session.scalars(
        select(PaymentPlan).where(
            PaymentPlan.case_id == case.id, PaymentPlan.status == PlanStatus.ACCEPTED.value
        )
    ).first()
    if view.plan is not None:
        view.next_instalment = next_instalment(view.plan)
    view.promise = session.scalars(
        select(Promise).where(
            Promise.case_id == case.id, Promise.status == PromiseStatus.PENDING.value
        )
    ).first()
    if view.plan is None and not view.settled and case.status not in _NO_PLAN:
        view.options = _options(session, case, balance, today, now)
    return view


def _options(
    session: Session, case: Case, balance: int, today: date, now: datetime
) -> list[PlanOption]:
    """The plans the agent offered and still open for this balance, else those the
    mandate allows today."""
    state = case.agent_state or {}
    if state.get("offer_group"):
        rows = session.scalars(
            select(PaymentPlan)
            .where(
                PaymentPlan.case_id == case.id,
                PaymentPlan.status == PlanStatus.OFFERED.value,
                PaymentPlan.offer_group == state["offer_group"],
            )
            .order_by(PaymentPlan.id)
        ).all()
        still = [
            option_of(row) for row in rows if row.balance_cents == balance and row.expires_at > now
        ]
        if still:
            return still
    if case.status in _PERSON_HOLDS:
        return []  # new plans on a case a person holds are that person's to offer
    bounds = mandate_bounds(case, today)
    if bounds is None or bounds.max_instalments <= 1 or balance <= 0:
        return []
    return list(offers(balance, bounds, today))


def plan_choose(
    session: Session,
    view: PortalView,
    *,
    option_key: str,
    total_cents: int,
    config: AgentConfig,
    now: datetime,
) -> PaymentPlan:
    """The debtor picks a plan shown on the page. Refused (nothing recorded) if the plan
    is no longer offered or no longer fits the balance."""
    if view.case.status in _NO_PLAN or view.settled:
        raise PortalError("case_held", f"no plan may be chosen on a case {view.case.status}")
    if view.plan is not None:
        raise PortalError("plan_running", "a payment plan is already running")
    option = next((item for item in view.options if item.key == option_key), None)
    if (
        option is None
        or option.total_cents + option.discount_cents != view.balance_cents
        or (option.total_cents != total_cents)
    ):
        raise PortalError("plan_stale", "this plan no longer fits what is owed")
    offered = session.scalars(
        select(PaymentPlan.id).where(
            PaymentPlan.case_id == view.case.id,
            PaymentPlan.status == PlanStatus.OFFERED.value,
            PaymentPlan.option_key == option.key,
            PaymentPlan.balance_cents == view.balance_cents,
        )
    ).first()
    plan_id = plan_accept(
        session, view.case, option, offered, view.balance_cents, "portal", now, via="portal"
    )
    case = view.case
    _event(session, case, ActionType.PLAN_ACCEPTED, now, "the debtor chose the plan on the debtor page",
           plan=plan_id, key=option.key, total=from_cents(option.total_cents))  # fmt: skip
    _event(session, case, ActionType.CREDITOR_INFORMED, now,
           "CPCE R124-5: the creditor is told of any proposal other than immediate payment",
           proposal=f"plan of {option.count} instalments chosen on the debtor page")  # fmt: skip
    if (option.count > 1 or option.first_due_on > view.today) and (
        case.status not in _PERSON_HOLDS
    ):
        case_status_set(
            session, case, CaseStatus.ON_PLAN, "plan chosen on the debtor page", now, ACTOR
        )
    state = dict(case.agent_state or {})
    state["awaiting"] = None
    case.agent_state = state
    schedule_reset(session, case_id=case.id, now=now, reason="plan chosen on the debtor page")
    case.updated_at = now
    queue_message(
        session, case=case, tenant=view.tenant, template="reply_plan_confirm",
        statement=view.statement, reply=ReplyView(), idempotency_key=f"plan:{plan_id}:confirm",
        reason="plan chosen on the debtor page", config=config, today=view.today, now=now,
        plan_accepted=plan_view(0, option),  # chosen on the page, where options have no number
    )  # fmt: skip
    plan = session.get(PaymentPlan, plan_id)
    assert plan is not None
    return plan


def checkout_start(
    session: Session,
    view: PortalView,
    *,
    purpose: str,
    provider: PaymentProvider,
    return_url: str,
    now: datetime,
) -> PaymentCheckout:
    """A payment of the balance ("balance") or of the plan's next instalment ("instalment")."""
    if not view.may_pay:
        raise PortalError("nothing_due", "nothing is to be paid on this case")
    plan_id = instalment = None
    if purpose == "instalment":
        uncovered = view.plan and first_uncovered(view.plan.instalments, view.plan.paid_cents)
        if view.plan is None or not uncovered:
            raise PortalError("nothing_due", "no instalment is due")
        item, still_due = uncovered
        amount = min(still_due, view.balance_cents)
        plan_id, instalment = view.plan.id, int(item["number"])
    elif purpose == "balance":
        amount = view.balance_cents
    else:
        raise PortalError("nothing_due", f"unknown payment {purpose!r}")
    if amount <= 0:
        raise PortalError("nothing_due", "nothing is to be paid on this case")
    description = f"{view.case.reference} — {view.case.creditor.name}"
    checkout = provider.create_checkout(
        amount_cents=amount, currency=view.case.currency, description=description,
        return_url=return_url, metadata={"case_id": str(view.case.id), "purpose": purpose},
        # One key per click: a second click is a second session (the provider would
        # otherwise answer the first one again, which is already recorded).
        idempotency_key=f"amiable-checkout-{view.case.id}-{uuid.uuid4().hex}",
    )  # fmt: skip
    row = PaymentCheckout(
        tenant_id=view.case.tenant_id, case_id=view.case.id, provider=provider.name,
        provider_reference=checkout.provider_reference, amount_cents=amount,
        currency=view.case.currency, purpose=purpose, plan_id=plan_id, instalment=instalment,
        status="open", data={"url": checkout.url}, created_at=now,
        expires_at=now + timedelta(hours=CHECKOUT_HOURS),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def checkout_find(session: Session, case_id: int, provider: str, reference: str) -> PaymentCheckout:
    row = session.scalars(
        select(PaymentCheckout).where(
            PaymentCheckout.provider == provider,
            PaymentCheckout.provider_reference == reference,
            PaymentCheckout.case_id == case_id,
        )
    ).first()
    if row is None:
        raise PortalError("no_checkout", "this payment does not exist")
    return row


def checkout_paid(
    session: Session,
    checkout: PaymentCheckout,
    now: datetime,
    *,
    payment_reference: str | None = None,
) -> Recorded:
    """The provider says it is paid: booked once (a second confirmation books nothing),
    under `payment_reference` (Stripe's payment intent, which refunds name), else under
    the checkout's own reference."""
    case = session.get(Case, checkout.case_id)
    assert case is not None
    # The debtor's page session expires; a payment the provider confirms does not (a SEPA
    # debit clears days after the session closed).
    if checkout.status == "open" and checkout.expires_at < now and payment_reference is None:
        checkout.status = "expired"
        raise PortalError("checkout_expired", "this payment session expired")
    if checkout.status not in ("open", "paid"):
        raise PortalError("checkout_closed", f"this payment is {checkout.status}")
    today = now.astimezone(ZoneInfo(case.debtor.timezone)).date()
    recorded = payment_record(
        session, case=case, amount_cents=checkout.amount_cents, currency=checkout.currency,
        effective_on=today,
        external_reference=payment_reference or f"{checkout.provider}:{checkout.provider_reference}",
        actor=f"provider:{checkout.provider}",
        reason=f"paid on the debtor page ({checkout.purpose})", now=now,
    )  # fmt: skip
    checkout.status = "paid"
    checkout.paid_at = checkout.paid_at or now
    return recorded


def _event(
    session: Session, case: Case, kind: ActionType, now: datetime, reason: str, **data: Any
) -> None:
    case_event_add(session, case, kind, now, ACTOR, reason, **data)
