"""The outbox, what the providers said about it, and what debtors sent back.

`outbound_message`: one row per message the agent decided to send, written in the same
transaction that marks its scheduled action done, under a unique idempotency key: a
crash before the commit loses nothing (the action is retried), a crash after it sends
nothing twice (the key is taken). The delivery worker (`channels.delivery`) hands queued
rows to the channel adapters and keeps their delivery state.

`delivery_event`: each provider report (a receipt, a bounce) once, by its event id: a
webhook delivered twice has no second effect.

`inbound_message`: each message received (an e-mail, an SMS, a call's outcome), stored
as received, threaded to its case or left in triage, with the reader's reading.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from amiable.core.db import Base, BigId
from amiable.core.types import JsonDocument, UTCDateTime


class OutboundMessage(Base):
    __tablename__ = "outbound_message"
    __table_args__ = (
        Index("ix_outbound_message_case", "case_id", "created_at"),
        Index("ix_outbound_message_status", "status", "scheduled_for"),
        Index("ix_outbound_message_provider_id", "provider", "provider_message_id"),
        Index("ix_outbound_message_message_id", "message_id"),
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
    # Delivery (channels.delivery): attempts so far, when to try again after a transient
    # failure, the provider's id for the message, the e-mail's Message-ID, the last error.
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    provider: Mapped[str | None] = mapped_column(String(30))
    provider_message_id: Mapped[str | None] = mapped_column(String(200))
    message_id: Mapped[str | None] = mapped_column(String(250))
    last_error: Mapped[str | None] = mapped_column(String(500))
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DeliveryEvent(Base):
    """A provider's report on an outbound message, kept once per event id."""

    __tablename__ = "delivery_event"
    __table_args__ = (
        UniqueConstraint("tenant_id", "provider", "event_id"),
        Index("ix_delivery_event_message", "outbound_message_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    outbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_message.id"))
    provider: Mapped[str] = mapped_column(String(30))
    event_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))
    raw_status: Mapped[str | None] = mapped_column(String(100))
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class InboundMessage(Base):
    """A message from outside: stored raw, threaded to a case (or in triage), read."""

    __tablename__ = "inbound_message"
    __table_args__ = (
        # The same message received twice (a replayed webhook, an IMAP poll interrupted
        # before its move) is one row: "email:<sha256>", "twilio:<MessageSid>".
        UniqueConstraint("tenant_id", "dedup_key"),
        Index("ix_inbound_message_case", "case_id", "received_at"),
        Index("ix_inbound_message_status", "tenant_id", "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"))
    channel: Mapped[str] = mapped_column(String(20))
    provider: Mapped[str] = mapped_column(String(30))
    dedup_key: Mapped[str] = mapped_column(String(250))
    sender: Mapped[str | None] = mapped_column(String(320))
    recipient: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(500))
    message_id: Mapped[str | None] = mapped_column(String(250))
    in_reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_message.id"))
    # "read" (threaded and read), "triage" (no case found: a person decides),
    # "quarantined" (unreadable, too large), "bounce", "auto_reply".
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(300))
    text: Mapped[str | None] = mapped_column(Text)
    reading: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # When the agent acted on it (agent.respond); NULL while it waits for the agent.
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
