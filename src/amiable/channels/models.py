"""The outbox: one row per message the agent decided to send.

A row is written in the same transaction that marks its scheduled action done, under a
unique idempotency key: a crash before the commit loses nothing (the action is retried),
a crash after it sends nothing twice (the key is taken). The channel adapters (a later
issue) read queued rows and update their delivery state.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from amiable.core.db import Base, BigId
from amiable.core.types import JsonDocument, UTCDateTime


class OutboundMessage(Base):
    __tablename__ = "outbound_message"
    __table_args__ = (
        Index("ix_outbound_message_case", "case_id", "created_at"),
        Index("ix_outbound_message_status", "status", "scheduled_for"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    scheduled_action_id: Mapped[int | None] = mapped_column(ForeignKey("scheduled_action.id"))
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    template: Mapped[str] = mapped_column(String(100))
    tone: Mapped[str] = mapped_column(String(20))
    lang: Mapped[str] = mapped_column(String(2))
    recipient: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    debtor_timezone: Mapped[str] = mapped_column(String(64))
    playbook: Mapped[str | None] = mapped_column(String(100))
    step: Mapped[str | None] = mapped_column(String(100))
    # Why it went out: the playbook step and the guard's verdict.
    reason: Mapped[str] = mapped_column(String(300))
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
