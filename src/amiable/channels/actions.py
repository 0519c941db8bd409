"""The channels' state changes, each with its case events (the timeline says why).

contact_point_invalidate(session, …)   # a hard bounce, a wrong number
channel_opt_out(session, …)            # "STOP": that channel on that point, no other
message_status_record(session, …)      # a provider's receipt, once per event id
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from amiable.channels.choices import PROGRESS, MessageStatus
from amiable.channels.models import DeliveryEvent, OutboundMessage
from amiable.portfolio import events
from amiable.portfolio.choices import CaseStatus, ContactStatus
from amiable.portfolio.models import Case, CaseEvent, ContactPoint

OPEN_STATUSES = tuple(status.value for status in CaseStatus if not status.stops_chasing)


def contact_point_invalidate(
    session: Session,
    *,
    point: ContactPoint,
    status: ContactStatus,
    reason: str,
    actor: str,
    now: datetime,
) -> bool:
    """Mark the point unusable (bounced, wrong person); an event on each of the debtor's
    cases. False when it already was."""
    if point.status == status.value:
        return False
    point.status = status.value
    point.status_reason = reason[:300]
    point.updated_at = now
    for case_id in _debtor_cases(session, point.debtor_id):
        session.add(
            CaseEvent(
                **events.contact_point_invalidated(
                    tenant_id=point.tenant_id,
                    case_id=case_id,
                    at=now,
                    actor=actor,
                    reason=reason,
                    kind=point.kind,
                    value=point.value,
                    status=status.value,
                )
            )
        )
    return True


def channel_opt_out(
    session: Session,
    *,
    point: ContactPoint,
    channel: str,
    reason: str,
    actor: str,
    now: datetime,
) -> bool:
    """The debtor opposed `channel` on this point ("STOP" to an SMS): it is never used
    for that channel again; the point stays valid for the others. False if already."""
    opted = list(point.opted_out_channels or [])
    if channel in opted:
        return False
    point.opted_out_channels = [*opted, channel]
    point.updated_at = now
    for case_id in _debtor_cases(session, point.debtor_id):
        session.add(
            CaseEvent(
                **events.channel_opted_out(
                    tenant_id=point.tenant_id,
                    case_id=case_id,
                    at=now,
                    actor=actor,
                    reason=reason,
                    channel=channel,
                    value=point.value,
                )
            )
        )
    return True


def message_status_record(
    session: Session,
    *,
    tenant_id: int,
    provider: str,
    event_id: str,
    message: OutboundMessage | None,
    status: MessageStatus | None,
    raw_status: str | None,
    occurred_at: datetime | None,
    now: datetime,
    data: dict[str, Any] | None = None,
) -> bool:
    """Record a provider's report once: False when this event was already recorded (a
    replayed webhook has no second effect). `status` None means the provider's status
    could not be mapped: the report is kept, the message's status is not touched."""
    try:
        with session.begin_nested():
            session.add(
                DeliveryEvent(
                    tenant_id=tenant_id,
                    outbound_message_id=message.id if message else None,
                    provider=provider,
                    event_id=event_id[:200],
                    status=status.value if status else "unknown",
                    raw_status=(raw_status or "")[:100] or None,
                    occurred_at=occurred_at,
                    data=data or {},
                    created_at=now,
                )
            )
    except IntegrityError:
        return False
    if message is None or status is None:
        return True
    current = MessageStatus(message.status)
    if PROGRESS[status] <= PROGRESS[current] and status != current:
        return True  # late or out of order: the message keeps its further state
    if status == current:
        return True
    message.status = status.value
    message.status_changed_at = now
    if status in (MessageStatus.FAILED, MessageStatus.BOUNCED):
        session.add(
            CaseEvent(
                **events.message_failed(
                    tenant_id=message.tenant_id,
                    case_id=message.case_id,
                    at=now,
                    actor=f"provider:{provider}",
                    reason=f"{provider} reported {raw_status or status.value}",
                    channel=message.channel,
                    idempotency_key=message.idempotency_key,
                )
            )
        )
    return True


def outbound_by_provider_id(
    session: Session, tenant_id: int, provider: str, provider_id: str
) -> OutboundMessage | None:
    return session.scalars(
        select(OutboundMessage).where(
            OutboundMessage.tenant_id == tenant_id,
            OutboundMessage.provider == provider,
            OutboundMessage.provider_message_id == provider_id,
        )
    ).first()


def _debtor_cases(session: Session, debtor_id: int) -> list[int]:
    return list(
        session.scalars(select(Case.id).where(Case.debtor_id == debtor_id).order_by(Case.id)).all()
    )
