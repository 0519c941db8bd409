"""The scheduler's source of truth: one row per planned action of a case.

Queues only execute rows that are already due; a lease and a reaper make
execution at-least-once, and the unique idempotency key makes each outbound
effect exactly-once in effect. Filled by the playbooks (a later issue).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from amiable.core.db import Base, BigId
from amiable.core.types import JsonDocument, UTCDateTime


class ScheduledAction(Base):
    __tablename__ = "scheduled_action"
    __table_args__ = (
        Index("ix_scheduled_action_due", "status", "due_at"),
        Index("ix_scheduled_action_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    playbook: Mapped[str] = mapped_column(String(100))
    step: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))  # email, sms, letter, call_task, wait…
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(12), default="pending")
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TenantPlaybook(Base):
    """A tenant's own playbook (YAML, the shipped format), checked when saved; it replaces
    the shipped playbook of the same id for that tenant."""

    __tablename__ = "tenant_playbook"
    __table_args__ = (UniqueConstraint("tenant_id", "playbook_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    playbook_id: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
