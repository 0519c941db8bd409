"""The agent's pass: what the scheduler does not do by itself.

1. `commitments_review`: a promise or an instalment unpaid after its date and grace is
   broken; the case goes back to chasing (one tone firmer).
2. `answer_pending`: every message read and waiting is answered (`agent.respond`).
3. `thank_settled`: a debtor whose payment settled the case is thanked once.

Run by the in-process worker of `amiable serve` and by `amiable agent run`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from amiable.agent.respond import AgentConfig, answer_pending, queue_message
from amiable.channels.models import OutboundMessage
from amiable.core.db import Database
from amiable.ledger.balances import case_statement
from amiable.payments.models import Receipt
from amiable.payments.receipts import receipts_send
from amiable.payments.record import commitments_review
from amiable.playbooks.context import ReplyView
from amiable.portfolio.choices import CaseStatus
from amiable.portfolio.models import Case, Tenant

THANKS_WITHIN = timedelta(days=7)
"""A case settled longer ago than this is not thanked late (it was before the agent ran)."""


def agent_pass(
    database: Database, *, config: AgentConfig, now: datetime, tenant_id: int | None = None
) -> dict[str, Any]:
    """One pass over every tenant, or over one (`tenant_id`)."""
    with database.write() as session:
        review = commitments_review(session, now, tenant_id)
    answered = answer_pending(database, config=config, now=now, tenant_id=tenant_id)
    receipts = receipts_send(database, config=config, now=now, tenant_id=tenant_id)
    thanked = thank_settled(database, config=config, now=now, tenant_id=tenant_id)
    return {
        "promises_kept": review.kept,
        "promises_partly_kept": review.partly_kept,
        "promises_broken": review.broken,
        "plans_broken": review.plans_broken,
        "offers_expired": review.offers_expired,
        **answered.to_json(),
        "receipts_sent": receipts,
        "thanked": thanked,
    }


def thank_settled(
    database: Database, *, config: AgentConfig, now: datetime, tenant_id: int | None = None
) -> int:
    with database.read() as session:
        # A settled case is thanked once: by the receipt of the payment that settled it
        # (its message says so), or by `payment_thanks` when no receipt message went.
        thanked = select(OutboundMessage.case_id).where(
            OutboundMessage.template == "payment_thanks"
        )
        settled_by_receipt = select(Receipt.case_id).where(
            Receipt.balance_after_cents <= 0, Receipt.message_id.is_not(None)
        )
        query = select(Case.id).where(
            Case.status == CaseStatus.PAID.value,
            Case.closed_at >= now - THANKS_WITHIN,
            Case.id.not_in(thanked),
            Case.id.not_in(settled_by_receipt),
        )
        if tenant_id is not None:
            query = query.where(Case.tenant_id == tenant_id)
        ids = list(session.scalars(query))
    count = 0
    for case_id in ids:
        with database.write() as session:
            case = session.get(Case, case_id)
            tenant = session.get(Tenant, case.tenant_id) if case else None
            if case is None or tenant is None:
                continue
            today = now.astimezone(ZoneInfo(case.debtor.timezone)).date()
            queued = queue_message(
                session, case=case, tenant=tenant, template="payment_thanks",
                statement=case_statement(session, case, today), reply=ReplyView(),
                idempotency_key=f"thanks:{case.id}", reason="the balance was paid",
                config=config, today=today, now=now,
            )  # fmt: skip
            count += queued
    return count
