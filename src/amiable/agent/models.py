"""What the agent keeps of a conversation: promises, payment plans, and the work it hands
to people.

`promise`: an amount by a date the debtor gave; kept, partly kept or broken once the
date (plus grace) has passed, by the payments received since it was made.

`payment_plan`: a schedule of instalments inside the mandate's bounds. Offered (several
at once, one `offer_group`), then accepted by the debtor (a reply, the portal) or
expired or superseded; an accepted plan is followed instalment by instalment and ends
completed or broken.

`human_task`: the office's work queue: an escalation with its summary, a call-back the
debtor asked for, a proposal outside the mandate, a message nobody could thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from amiable.core.db import Base, BigId
from amiable.core.types import JsonDocument, UTCDateTime


class Promise(Base):
    __tablename__ = "promise"
    __table_args__ = (Index("ix_promise_case", "case_id", "status"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    amount_cents: Mapped[int] = mapped_column()
    due_on: Mapped[date] = mapped_column(Date)
    # agent.choices.PromiseStatus: pending, kept, partly_kept, broken, cancelled
    status: Mapped[str] = mapped_column(String(12), default="pending")
    # Paid toward it since it was made (the payments dated from its creation on).
    paid_cents: Mapped[int] = mapped_column(default=0)
    # Where it came from: "reply:<inbound id>", "call:<inbound id>", "portal".
    source: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PaymentPlan(Base):
    __tablename__ = "payment_plan"
    __table_args__ = (Index("ix_payment_plan_case", "case_id", "status"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    # agent.choices.PlanStatus: offered, accepted, completed, broken, expired, superseded
    status: Mapped[str] = mapped_column(String(12), default="offered")
    # The negotiation's key of the option ("full", "3x", "12x-hardship"), and the turn
    # that offered it with its siblings.
    option_key: Mapped[str] = mapped_column(String(40))
    offer_group: Mapped[str] = mapped_column(String(60))
    # The balance it was built on: a plan whose balance moved no longer fits.
    balance_cents: Mapped[int] = mapped_column()
    total_cents: Mapped[int] = mapped_column()
    discount_cents: Mapped[int] = mapped_column(default=0)
    # [{"number": 1, "due_on": "2026-12-01", "amount_cents": 5000}, …]
    instalments: Mapped[list[dict[str, Any]]] = mapped_column(JsonDocument)
    paid_cents: Mapped[int] = mapped_column(default=0)
    # Instalments whose reminder and broken notice were sent are tracked by the scheduler.
    source: Mapped[str] = mapped_column(String(60))
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    accepted_via: Mapped[str | None] = mapped_column(String(30))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HumanTask(Base):
    __tablename__ = "human_task"
    __table_args__ = (
        # The work queue: open tasks, most urgent first, oldest first.
        Index("ix_human_task_queue", "tenant_id", "status", "priority", "due_at"),
        Index("ix_human_task_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"))
    inbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_message.id"))
    # agent.choices.TaskKind: escalation, callback, proposal, review
    kind: Mapped[str] = mapped_column(String(20))
    # 1 (today: a death, an insolvency, a stop) to 4 (when there is time).
    priority: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open, done, cancelled
    reason: Mapped[str] = mapped_column(String(300))
    # What a clerk reads to act in thirty seconds (agent.summary).
    summary: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(100))


def first_uncovered(
    instalments: Sequence[Mapping[str, Any]], paid_cents: int
) -> tuple[dict[str, Any], int] | None:
    """A plan's first instalment the payments so far do not cover, with what is still due
    up to and including it (paid in order: an instalment paid early covers the next);
    None when every instalment is covered."""
    due_so_far = 0
    for item in instalments:
        due_so_far += int(item["amount_cents"])
        if paid_cents < due_so_far:
            return dict(item), due_so_far - paid_cents
    return None
