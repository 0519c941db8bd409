"""Call tasks: a playbook's call step is a task for a person, not a robot call.

    call_list(session, tenant_id=…)                      # what to call, most urgent first
    call_outcome_record(database, tenant_id=…, message_id=…, outcome=…, …)

The task is the outbound message itself (channel "call"): its text is the script the
call template wrote from the case — who, what is owed, what was sent, what to propose.
Recording the outcome closes it ("done"), with an event; an outcome that carries the
debtor's words (a promise, a dispute, hardship…) is recorded as a reply received by
phone, with a reading, so that it leads to the same actions as a written reply. A wrong
number invalidates the number; "don't call me" opts the number out of calls only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.channels.actions import channel_opt_out, contact_point_invalidate
from amiable.channels.choices import CallOutcome, MessageStatus
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.core.db import Database
from amiable.portfolio import events
from amiable.portfolio.choices import ContactStatus
from amiable.portfolio.models import Case, CaseEvent, ContactPoint, Debtor

CALL_BACK_AFTER = timedelta(days=1)

# The outcomes a debtor said in words, as the reader's labels.
_SAID = {
    CallOutcome.PROMISE: "promise_to_pay",
    CallOutcome.PLAN_REQUEST: "payment_plan_request",
    CallOutcome.DISPUTE: "dispute",
    CallOutcome.HARDSHIP: "hardship",
    CallOutcome.ALREADY_PAID: "already_paid",
    CallOutcome.STOP: "stop_contact",
}


class CallTaskError(ValueError):
    """The task does not exist, is not a call, or is already done."""


@dataclass(frozen=True)
class CallTask:
    message_id: int
    case_id: int
    case_reference: str
    debtor_name: str
    phone: str | None
    script: str
    due_since: datetime
    placed_cents: int
    attempts: int


def call_list(
    session: Session, *, tenant_id: int, now: datetime, limit: int = 100
) -> list[CallTask]:
    """The calls due, the oldest first and, among those due the same day, the largest
    sums placed first."""
    rows = session.execute(
        select(OutboundMessage, Case.reference, Case.placed_cents, Debtor.name)
        .join(Case, Case.id == OutboundMessage.case_id)
        .join(Debtor, Debtor.id == Case.debtor_id)
        .where(
            OutboundMessage.tenant_id == tenant_id,
            OutboundMessage.channel == "call",
            OutboundMessage.status == MessageStatus.QUEUED.value,
            OutboundMessage.scheduled_for <= now,
        )
        .order_by(OutboundMessage.scheduled_for, Case.placed_cents.desc(), OutboundMessage.id)
        .limit(limit)
    ).all()
    tasks = [
        CallTask(
            message_id=message.id,
            case_id=message.case_id,
            case_reference=reference,
            debtor_name=name,
            phone=message.recipient,
            script=message.body_text,
            due_since=message.next_attempt_at or message.scheduled_for,
            placed_cents=placed,
            attempts=message.attempts,
        )
        for message, reference, placed, name in rows
    ]
    return sorted(tasks, key=lambda task: (task.due_since.date(), -task.placed_cents))


def call_outcome_record(
    database: Database,
    *,
    tenant_id: int,
    message_id: int,
    outcome: CallOutcome,
    note: str,
    actor: str,
    now: datetime,
    amount: Decimal | None = None,
    on: date | None = None,
) -> int | None:
    """Close the call task with its outcome. Returns the id of the reply recorded when
    the debtor said something the agent acts on (None otherwise)."""
    with database.write() as session:
        message = session.get(OutboundMessage, message_id)
        if message is None or message.tenant_id != tenant_id or message.channel != "call":
            raise CallTaskError(f"no call task {message_id}")
        if message.status != MessageStatus.QUEUED.value:
            raise CallTaskError(f"call task {message_id} is already {message.status}")
        case = session.get_one(Case, message.case_id)
        message.attempts += 1
        message.status_changed_at = now
        if outcome is CallOutcome.CALL_BACK:
            message.next_attempt_at = now + CALL_BACK_AFTER
            message.scheduled_for = now + CALL_BACK_AFTER
        else:
            message.status = MessageStatus.DONE.value
            message.sent_at = now
        message.data = {**message.data, "outcome": outcome.value, "note": note[:500]}
        session.add(
            CaseEvent(
                **events.call_outcome_recorded(
                    tenant_id=tenant_id,
                    case_id=case.id,
                    at=now,
                    actor=actor,
                    reason=f"{outcome.label('en')}: {note}"[:300],
                    outcome=outcome.value,
                    idempotency_key=message.idempotency_key,
                )
            )
        )
        point = _point(session, case, message.recipient)
        if point is not None and outcome is CallOutcome.WRONG_NUMBER:
            contact_point_invalidate(
                session,
                point=point,
                status=ContactStatus.WRONG_PERSON,
                reason=f"wrong number (call): {note}"[:300],
                actor=actor,
                now=now,
            )
        if point is not None and outcome is CallOutcome.STOP:
            channel_opt_out(
                session,
                point=point,
                channel="call",
                reason=f"asked not to be called: {note}"[:300],
                actor=actor,
                now=now,
            )
        said = _SAID.get(outcome)
        if said is None:
            return None
        reading = _reading(said, amount, on, note, outcome)
        reply = InboundMessage(
            tenant_id=tenant_id,
            case_id=case.id,
            channel="call",
            provider="clerk",
            dedup_key=f"call:{message.id}:{message.attempts}",
            sender=message.recipient,
            recipient=None,
            subject=None,
            message_id=None,
            in_reply_to_id=message.id,
            status="read",
            reason=f"said on the phone, recorded by {actor}",
            text=note,
            reading=reading,
            raw=None,
            received_at=now,
            created_at=now,
        )
        session.add(reply)
        session.flush()
        session.add(
            CaseEvent(
                **events.reply_received(
                    tenant_id=tenant_id,
                    case_id=case.id,
                    at=now,
                    actor=actor,
                    reason=f"read as {said} (call outcome)",
                    inbound_message_id=reply.id,
                    channel="call",
                    reading=reading,
                )
            )
        )
        return reply.id


def _reading(
    intent: str, amount: Decimal | None, on: date | None, note: str, outcome: CallOutcome
) -> dict[str, Any]:
    return {
        "intent": intent,
        "intents": [intent],
        "lang": None,
        "date": on.isoformat() if on else None,
        "amount": f"{amount:.2f}" if amount is not None else None,
        "installments": None,
        "installment_amount": None,
        "dispute_type": None,
        "confidence": 1.0,
        "source": f"call outcome {outcome.value}",
    }


def _point(session: Session, case: Case, number: str | None) -> ContactPoint | None:
    if not number:
        return None
    return session.scalars(
        select(ContactPoint).where(
            ContactPoint.debtor_id == case.debtor_id,
            ContactPoint.kind == "phone",
            ContactPoint.value == number,
        )
    ).first()
