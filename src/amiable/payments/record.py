"""A payment received: booked on the ledger once, then what it changes.

    payment_record(session, case=…, amount_cents=…, external_reference=…, …) -> Recorded

The ledger allocates it (`ledger.rules`: interest first, C. civ. 1343-1, unless the
mandate says otherwise). Then, in the same transaction:
- the pending promise counts it (kept once the promised amount is reached);
- the running plan counts it, instalment by instalment in order (completed when all are);
- a receipt is issued (R124-6 CPCE; `payments.receipts` renders and sends it);
- a balance at zero settles the case: its status becomes `paid`, every scheduled action
  is cancelled at once, and the debtor is thanked (the receipt's message says so).

`commitments_review(session, now)` is the daily pass that notices what was not kept: a
promise or an instalment unpaid `PROMISE_GRACE_DAYS` after its date is broken (partly
kept if something came), the case goes back to `active`, and the playbook resumes, one
tone firmer (`playbooks.planner`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from amiable.agent.choices import PlanStatus, PromiseStatus, TaskKind, TaskStatus
from amiable.agent.models import HumanTask, PaymentPlan, Promise, first_uncovered
from amiable.core.money import from_cents, to_cents
from amiable.ledger.balances import case_statement
from amiable.ledger.choices import Component, EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.payments.receipts import receipt_issue
from amiable.playbooks.actions import schedule_reset
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.planner import PROMISE_GRACE_DAYS
from amiable.portfolio import events
from amiable.portfolio.actions import case_event_add as _event
from amiable.portfolio.actions import case_status_set
from amiable.portfolio.choices import CaseStatus
from amiable.portfolio.events import EventType
from amiable.portfolio.models import Case, CaseEvent


class PaymentRefused(ValueError):
    """A payment that cannot be booked as it is: a person decides."""


@dataclass(frozen=True)
class Recorded:
    entry_id: int | None  # None: this reference was booked already (a replayed webhook)
    balance_cents: int
    settled: bool


def payment_record(
    session: Session,
    *,
    case: Case,
    amount_cents: int,
    currency: str,
    effective_on: date,
    external_reference: str,
    actor: str,
    now: datetime,
    reason: str = "payment",
) -> Recorded:
    if amount_cents <= 0:
        raise PaymentRefused("a payment is a positive amount")
    if currency != case.currency:
        raise PaymentRefused(f"a {currency} payment on a {case.currency} case")
    if case.status in (CaseStatus.CLOSED.value,):
        raise PaymentRefused(f"case {case.reference} is closed: a person books this payment")
    entry = LedgerEntry(
        tenant_id=case.tenant_id, case_id=case.id, kind=EntryKind.PAYMENT.value,
        amount_cents=amount_cents, currency=currency, effective_on=effective_on,
        recorded_at=now, reason=reason[:300], external_reference=external_reference[:100],
    )  # fmt: skip
    try:
        with session.begin_nested():
            session.add(entry)
    except IntegrityError:
        statement = case_statement(session, case, effective_on)
        return Recorded(None, to_cents(statement.total_due), statement.total_due <= 0)
    session.add(
        CaseEvent(
            **events.event(
                EventType.PAYMENT_RECEIVED, tenant_id=case.tenant_id, case_id=case.id, at=now,
                actor=actor, reason=reason, amount=from_cents(amount_cents),
                effective_on=effective_on, reference=external_reference,
            )
        )
    )  # fmt: skip
    _count_toward_commitments(session, case, amount_cents, effective_on, now, actor)
    # The facts changed (a balance, a promise kept, an instalment paid): what was planned
    # is planned again from them (the next instalment's reminder, not the paid one's).
    schedule_reset(session, case_id=case.id, now=now, reason=f"payment {external_reference}")
    case.updated_at = now
    statement = case_statement(session, case, effective_on)
    # R124-6: a receipt for every payment, issued with it (sent by the agent's pass).
    receipt_issue(session, case=case, entry=entry, statement=statement, now=now)
    balance = to_cents(statement.total_due)
    settled = balance <= 0
    if settled:
        case_settle(session, case, now, actor)
    return Recorded(entry.id, balance, settled)


def _count_toward_commitments(
    session: Session, case: Case, amount_cents: int, effective_on: date, now: datetime, actor: str
) -> None:
    promise = session.scalars(
        select(Promise).where(
            Promise.case_id == case.id, Promise.status == PromiseStatus.PENDING.value
        )
    ).first()
    if promise is not None:
        promise.paid_cents += amount_cents
        if promise.paid_cents >= promise.amount_cents:
            promise.status = PromiseStatus.KEPT.value
            promise.resolved_at = now
            _event(session, case, EventType.PROMISE_KEPT, now, actor, "the promised amount came",
                   promise=promise.id)  # fmt: skip
            if case.status == CaseStatus.PROMISED.value:
                case_status_set(session, case, CaseStatus.ACTIVE, "promise kept", now, actor)
    plan = session.scalars(
        select(PaymentPlan).where(
            PaymentPlan.case_id == case.id, PaymentPlan.status == PlanStatus.ACCEPTED.value
        )
    ).first()
    if plan is not None:
        plan.paid_cents += amount_cents
        if plan.paid_cents >= plan.total_cents:
            plan.status = PlanStatus.COMPLETED.value
            plan.resolved_at = now
            _event(session, case, EventType.PLAN_COMPLETED, now, actor, "every instalment paid",
                   plan=plan.id)  # fmt: skip
            if plan.discount_cents > 0:
                _grant_discount(session, case, plan, effective_on, now)


def _grant_discount(
    session: Session, case: Case, plan: PaymentPlan, effective_on: date, now: datetime
) -> None:
    """The lump sum the mandate allowed was paid: its discount is granted as a correction
    of the principal, claim by claim (the latest due first), so that nothing is left owed."""
    session.flush()
    granted = session.scalar(
        select(LedgerEntry.id).where(
            LedgerEntry.case_id == case.id,
            LedgerEntry.external_reference.startswith(f"discount:plan:{plan.id}:"),
        )
    )
    if granted is not None:  # completed again after a reversal: granted once
        return
    statement = case_statement(session, case, effective_on)
    left = plan.discount_cents
    for line in sorted(statement.claims, key=lambda claim: claim.claim_id, reverse=True):
        principal = to_cents(line.principal)
        if left <= 0 or principal <= 0:
            continue
        waived = min(left, principal)
        left -= waived
        session.add(
            LedgerEntry(
                tenant_id=case.tenant_id, case_id=case.id, claim_id=int(line.claim_id),
                kind=EntryKind.ADJUSTMENT.value, component=Component.PRINCIPAL.value,
                amount_cents=-waived, currency=case.currency, effective_on=effective_on,
                recorded_at=now, reason=f"lump-sum discount of the mandate, plan {plan.id} paid",
                external_reference=f"discount:plan:{plan.id}:{line.claim_id}",
            )
        )  # fmt: skip


def case_settle(session: Session, case: Case, now: datetime, actor: str) -> None:
    """Nothing is owed any more: every scheduled action stops at once, the debtor is thanked."""
    cancelled = session.execute(
        update(ScheduledAction)
        .where(
            ScheduledAction.case_id == case.id,
            ScheduledAction.status.in_(("pending", "leased")),
        )
        .values(status="cancelled", lease_owner=None, lease_expires_at=None)
    ).rowcount  # type: ignore[attr-defined]
    for model, open_status, done in (
        (Promise, PromiseStatus.PENDING.value, PromiseStatus.KEPT.value),
        (PaymentPlan, PlanStatus.ACCEPTED.value, PlanStatus.COMPLETED.value),
        (PaymentPlan, PlanStatus.OFFERED.value, PlanStatus.SUPERSEDED.value),
    ):
        session.execute(
            update(model)
            .where(model.case_id == case.id, model.status == open_status)
            .values(status=done, resolved_at=now)
        )
    case_status_set(
        session,
        case,
        CaseStatus.PAID,
        f"balance paid; {cancelled} scheduled action(s) cancelled",
        now,
        actor,
    )
    state = dict(case.agent_state or {})
    state["awaiting"] = None  # the thanks go out with the next agent pass (thank_settled)
    case.agent_state = state


# The daily pass: what was not kept ---------------------------------------------------------


@dataclass
class Review:
    kept: int = 0
    partly_kept: int = 0
    broken: int = 0
    plans_broken: int = 0
    offers_expired: int = 0


def commitments_review(session: Session, now: datetime, tenant_id: int | None = None) -> Review:
    review = Review()
    limit_day = now.astimezone(UTC).date() - timedelta(days=PROMISE_GRACE_DAYS)
    query = select(Promise).where(
        Promise.status == PromiseStatus.PENDING.value, Promise.due_on < limit_day
    )
    if tenant_id is not None:
        query = query.where(Promise.tenant_id == tenant_id)
    for promise in session.scalars(query).all():
        case = session.get(Case, promise.case_id)
        if case is None or _held(case):
            continue
        if promise.paid_cents >= promise.amount_cents:
            promise.status = PromiseStatus.KEPT.value
            review.kept += 1
        else:
            partly = promise.paid_cents > 0
            promise.status = (PromiseStatus.PARTLY_KEPT if partly else PromiseStatus.BROKEN).value
            review.partly_kept += partly
            review.broken += not partly
            kind = EventType.PROMISE_PARTLY_KEPT if partly else EventType.PROMISE_BROKEN
            _event(session, case, kind, now, "system",
                   f"{from_cents(promise.paid_cents)} paid of {from_cents(promise.amount_cents)} "
                   f"promised by {promise.due_on.isoformat()}", promise=promise.id)  # fmt: skip
            _broken(session, case, now)
        promise.resolved_at = now
    lapsed = update(PaymentPlan).where(
        PaymentPlan.status == PlanStatus.OFFERED.value, PaymentPlan.expires_at < now
    )
    if tenant_id is not None:
        lapsed = lapsed.where(PaymentPlan.tenant_id == tenant_id)
    # Plans offered and never chosen lapse: the conversation's "option 2" then gets
    # today's plans, and the records say which offers were left unanswered.
    review.offers_expired = session.execute(
        lapsed.values(status=PlanStatus.EXPIRED.value, resolved_at=now)
    ).rowcount  # type: ignore[attr-defined]
    plans = select(PaymentPlan).where(PaymentPlan.status == PlanStatus.ACCEPTED.value)
    if tenant_id is not None:
        plans = plans.where(PaymentPlan.tenant_id == tenant_id)
    for plan in session.scalars(plans).all():
        missed = missed_instalment(plan, limit_day)
        if missed is None:
            continue
        case = session.get(Case, plan.case_id)
        if case is None or _held(case):
            continue
        plan.status = PlanStatus.BROKEN.value
        plan.resolved_at = now
        review.plans_broken += 1
        _event(session, case, EventType.PLAN_BROKEN, now, "system",
               f"instalment {missed['number']} due {missed['due_on']} not paid",
               plan=plan.id, paid=from_cents(plan.paid_cents))  # fmt: skip
        _broken(session, case, now)
    return review


def _held(case: Case) -> bool:
    """A case a person holds (hardship, dispute, a legal stop): nothing is counted broken
    against the debtor while it waits; the person decides what follows."""
    return CaseStatus(case.status).stops_chasing


def missed_instalment(plan: PaymentPlan, limit_day: date) -> dict[str, Any] | None:
    """The first instalment due before `limit_day` that the payments so far do not cover."""
    item = next_instalment(plan)
    return item if item is not None and date.fromisoformat(item["due_on"]) < limit_day else None


def next_instalment(plan: PaymentPlan) -> dict[str, Any] | None:
    """The first instalment the payments so far do not cover."""
    uncovered = first_uncovered(plan.instalments, plan.paid_cents)
    return uncovered[0] if uncovered is not None else None


def _broken(session: Session, case: Case, now: datetime) -> None:
    state = dict(case.agent_state or {})
    state["broken"] = int(state.get("broken", 0)) + 1
    case.agent_state = state
    if case.status in (CaseStatus.PROMISED.value, CaseStatus.ON_PLAN.value):
        case_status_set(
            session,
            case,
            CaseStatus.ACTIVE,
            "a commitment was not kept: chasing resumes",
            now,
            "system",
        )


def payment_task(
    session: Session, *, tenant_id: int, case_id: int | None, reason: str, summary: str,
    data: dict[str, Any], now: datetime, priority: int = 2, due_in: timedelta = timedelta(days=1),
) -> None:  # fmt: skip
    """Money a person must place: a bank line, a provider's event, a receipt to post."""
    session.add(
        HumanTask(
            tenant_id=tenant_id, case_id=case_id, kind=TaskKind.PAYMENT.value, priority=priority,
            status=TaskStatus.OPEN.value, reason=reason[:300], summary=summary, data=data,
            due_at=now + due_in, created_at=now,
        )
    )  # fmt: skip


# Reversals: a returned direct debit, a chargeback, a refund --------------------------------


@dataclass(frozen=True)
class Reversed:
    entry_id: int | None  # None: this reversal was booked already
    balance_cents: int


def payment_reverse(
    session: Session,
    *,
    case: Case,
    payment: LedgerEntry,
    effective_on: date,
    external_reference: str,
    actor: str,
    now: datetime,
    reason: str,
) -> Reversed:
    """Undo `payment`: from `effective_on` the ledger reads as if it never came (the
    interest ran on), the commitments it counted toward count it no more, and a case it
    had settled is open again, its playbook resuming."""
    if payment.case_id != case.id or payment.kind != EntryKind.PAYMENT.value:
        raise PaymentRefused(f"entry {payment.id} is not a payment of case {case.reference}")
    already = session.scalar(select(LedgerEntry.id).where(LedgerEntry.reverses_id == payment.id))
    if already is not None:
        statement = case_statement(session, case, effective_on)
        return Reversed(None, to_cents(statement.total_due))
    entry = LedgerEntry(
        tenant_id=case.tenant_id, case_id=case.id, kind=EntryKind.REVERSAL.value,
        amount_cents=payment.amount_cents, currency=payment.currency,
        effective_on=max(effective_on, payment.effective_on), recorded_at=now,
        reason=reason[:300], external_reference=external_reference[:100], reverses_id=payment.id,
    )  # fmt: skip
    try:
        with session.begin_nested():
            session.add(entry)
    except IntegrityError:  # the same return, seen again under its own reference
        statement = case_statement(session, case, effective_on)
        return Reversed(None, to_cents(statement.total_due))
    amount = payment.amount_cents
    _event(session, case, EventType.PAYMENT_REVERSED, now, actor, reason,
           amount=from_cents(amount), payment=payment.id, reference=external_reference)  # fmt: skip
    _uncount_from_commitments(session, case, amount)
    if case.status == CaseStatus.PAID.value:
        case.closed_at = None
        case_status_set(session, case, CaseStatus.ACTIVE,
                        f"payment of {from_cents(amount)} reversed: the balance is owed again",
                        now, actor)  # fmt: skip
    schedule_reset(session, case_id=case.id, now=now, reason=f"reversal {external_reference}")
    case.updated_at = now
    statement = case_statement(session, case, effective_on)
    return Reversed(entry.id, to_cents(statement.total_due))


def _uncount_from_commitments(session: Session, case: Case, amount_cents: int) -> None:
    """The money a promise or a plan counted did not come after all: the latest
    commitment that counted it is owed it again (a kept promise pending, a completed plan
    running); the daily review breaks it if its date has passed."""
    promise = session.scalars(
        select(Promise)
        .where(Promise.case_id == case.id, Promise.paid_cents > 0,
               Promise.status.in_((PromiseStatus.PENDING.value, PromiseStatus.KEPT.value)))
        .order_by(Promise.id.desc())
    ).first()  # fmt: skip
    if promise is not None:
        promise.paid_cents = max(0, promise.paid_cents - amount_cents)
        if promise.status == PromiseStatus.KEPT.value and promise.paid_cents < promise.amount_cents:
            promise.status, promise.resolved_at = PromiseStatus.PENDING.value, None
    plan = session.scalars(
        select(PaymentPlan)
        .where(PaymentPlan.case_id == case.id, PaymentPlan.paid_cents > 0,
               PaymentPlan.status.in_((PlanStatus.ACCEPTED.value, PlanStatus.COMPLETED.value)))
        .order_by(PaymentPlan.id.desc())
    ).first()  # fmt: skip
    if plan is not None:
        plan.paid_cents = max(0, plan.paid_cents - amount_cents)
        if plan.status == PlanStatus.COMPLETED.value and plan.paid_cents < plan.total_cents:
            plan.status, plan.resolved_at = PlanStatus.ACCEPTED.value, None
