"""What debtors send back: stored, threaded to their case, read.

    email_intake(database, raw, tenant_id=…, token_secret=…, now=…)   # IMAP poll, webhook
    sms_intake(database, inbound, tenant_id=…, now=…)                  # an SMS webhook
    sms_receipt(database, update, tenant_id=…, now=…)                  # a delivery receipt

Every message is kept as received (`inbound_message`, the raw bytes of an e-mail) before
anything else, once: the same message received twice (a replayed webhook, a poll cut off
before its move) is recognised by its key and has no second effect.

An e-mail is threaded by the strongest clue it carries: the reply token of the address
it was sent to, then our Message-IDs it answers, then a case reference in its subject,
then its sender's address when it belongs to one debtor with one open case. One with no
clue goes to triage, for a person — never dropped. A bounce is not a reply: it marks the
message bounced and the address invalid. An out-of-office is kept, and read as such.

An SMS "STOP" is an opt-out of SMS on that number, recorded before anything else; the
message is then threaded and read like any other.

Each reply threaded to a case is read (`amiable.nlu.understand`) and recorded as a
`reply_received` event with its reading: what the agent does with it is the agent's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from amiable.channels.actions import (
    OPEN_STATUSES,
    channel_opt_out,
    contact_point_invalidate,
    message_status_record,
    outbound_by_provider_id,
)
from amiable.channels.choices import MessageStatus
from amiable.channels.email.bounces import BounceParseError, parse_bounce
from amiable.channels.email.inbound import InboundEmail, Quarantined, parse_inbound
from amiable.channels.email.tokens import read_reply_token
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.channels.sms.gateway import DeliveryStatus, DeliveryUpdate, InboundSms, is_stop
from amiable.core.db import Database
from amiable.nlu.read import understand
from amiable.portfolio import events
from amiable.portfolio.choices import ContactStatus
from amiable.portfolio.models import Case, CaseEvent, ContactPoint

_SMS_STATUS = {
    DeliveryStatus.QUEUED: None,
    DeliveryStatus.SENT: MessageStatus.SENT,
    DeliveryStatus.DELIVERED: MessageStatus.DELIVERED,
    DeliveryStatus.FAILED: MessageStatus.FAILED,
    DeliveryStatus.UNDELIVERED: MessageStatus.FAILED,
    DeliveryStatus.UNKNOWN: None,
}


@dataclass(frozen=True)
class Intake:
    """What became of a message received: its row, its case (None: triage), and whether
    it had already been received."""

    inbound_id: int | None
    case_id: int | None
    status: str
    reason: str
    duplicate: bool = False


# -- e-mail -------------------------------------------------------------------------------


def email_intake(
    database: Database,
    raw: bytes,
    *,
    tenant_id: int,
    token_secret: bytes,
    now: datetime,
    provider: str = "imap",
    envelope_recipient: str | None = None,
) -> Intake:
    parsed = parse_inbound(raw)
    dedup_key = f"email:{parsed.raw_sha256}"
    try:
        return _email_intake(
            database,
            raw,
            parsed,
            dedup_key,
            tenant_id=tenant_id,
            token_secret=token_secret,
            now=now,
            provider=provider,
            envelope_recipient=envelope_recipient,
        )
    except IntegrityError:
        # Received meanwhile by another worker (two polls, a webhook and a poll).
        with database.read() as session:
            existing = _existing(session, tenant_id, dedup_key)
        if existing is None:
            raise
        return existing


def _email_intake(
    database: Database,
    raw: bytes,
    parsed: InboundEmail | Quarantined,
    dedup_key: str,
    *,
    tenant_id: int,
    token_secret: bytes,
    now: datetime,
    provider: str,
    envelope_recipient: str | None,
) -> Intake:
    with database.write() as session:
        existing = _existing(session, tenant_id, dedup_key)
        if existing is not None:
            return existing
        bounce = None
        try:
            bounce = parse_bounce(raw, envelope_recipient=envelope_recipient)
        except BounceParseError:
            bounce = None
        received_at = parsed.date or now
        if bounce is not None and bounce.kind != "delayed":
            message = _bounced_message(
                session, tenant_id, bounce.token, bounce.original_message_id, token_secret
            )
            row = _store(
                session,
                tenant_id,
                parsed,
                raw,
                dedup_key,
                provider,
                received_at,
                now,
                case_id=message.case_id if message else None,
                status="bounce",
                reason=f"{bounce.kind} bounce of {message.id if message else 'an unknown message'}",
                in_reply_to=message,
            )
            if message is not None:
                _record_bounce(session, message, bounce.kind, bounce.recipients, now)
            return Intake(row.id, row.case_id, row.status, row.reason)
        if isinstance(parsed, Quarantined):
            case_id, replied = _thread_email(session, tenant_id, parsed, token_secret)
            row = _store(
                session,
                tenant_id,
                parsed,
                raw,
                dedup_key,
                provider,
                received_at,
                now,
                case_id=case_id,
                status="quarantined",
                reason=parsed.reason,
                in_reply_to=replied,
            )
            return Intake(row.id, row.case_id, row.status, row.reason)
        case_id, replied = _thread_email(session, tenant_id, parsed, token_secret)
        if case_id is None:
            row = _store(
                session,
                tenant_id,
                parsed,
                raw,
                dedup_key,
                provider,
                received_at,
                now,
                case_id=None,
                status="triage",
                reason="no reply token, known message, case reference or known sender",
                in_reply_to=None,
            )
            return Intake(row.id, None, row.status, row.reason)
        case = session.get_one(Case, case_id)
        reading = _read(parsed.text, received_at, case, "email")
        status = "auto_reply" if parsed.auto_reply or reading["intent"] == "auto_reply" else "read"
        row = _store(
            session,
            tenant_id,
            parsed,
            raw,
            dedup_key,
            provider,
            received_at,
            now,
            case_id=case_id,
            status=status,
            reason=f"threaded by {_how(parsed, replied)}",
            in_reply_to=replied,
            text=parsed.text,
            reading=reading,
        )
        _reply_event(session, case, row, reading, "email", now)
        return Intake(row.id, case_id, row.status, row.reason)


def _thread_email(
    session: Session, tenant_id: int, parsed: InboundEmail | Quarantined, secret: bytes
) -> tuple[int | None, OutboundMessage | None]:
    keys = parsed.thread_keys()
    for tag in keys.plus_tags:
        outbound_id = read_reply_token(tag, secret)
        if outbound_id is not None:
            message = session.get(OutboundMessage, outbound_id)
            if message is not None and message.tenant_id == tenant_id:
                return message.case_id, message
    for message_id in keys.message_ids:
        message = session.scalars(
            select(OutboundMessage).where(
                OutboundMessage.tenant_id == tenant_id, OutboundMessage.message_id == message_id
            )
        ).first()
        if message is not None:
            return message.case_id, message
    for reference in keys.case_references:
        case_id = session.scalar(
            select(Case.id).where(Case.tenant_id == tenant_id, Case.reference == reference)
        )
        if case_id is not None:
            return case_id, None
    if keys.sender:
        return _case_of_sender(session, tenant_id, "email", keys.sender), None
    return None, None


def _how(parsed: InboundEmail, replied: OutboundMessage | None) -> str:
    if replied is None:
        return "case reference or sender"
    return f"reply to message {replied.id}"


def _bounced_message(
    session: Session,
    tenant_id: int,
    token: str | None,
    original_message_id: str | None,
    secret: bytes,
) -> OutboundMessage | None:
    if token:
        outbound_id = read_reply_token(token, secret)
        if outbound_id is not None:
            message = session.get(OutboundMessage, outbound_id)
            if message is not None and message.tenant_id == tenant_id:
                return message
    if original_message_id:
        return session.scalars(
            select(OutboundMessage).where(
                OutboundMessage.tenant_id == tenant_id,
                OutboundMessage.message_id == original_message_id,
            )
        ).first()
    return None


def _record_bounce(
    session: Session, message: OutboundMessage, kind: str, recipients: Any, now: datetime
) -> None:
    status = MessageStatus.BOUNCED if kind == "hard" else MessageStatus.FAILED
    diagnostics = "; ".join(f"{r.address}: {r.status} {r.diagnostic}"[:150] for r in recipients)
    message_status_record(
        session,
        tenant_id=message.tenant_id,
        provider="smtp",
        event_id=f"bounce:{message.id}:{kind}",
        message=message,
        status=status,
        raw_status=f"{kind} bounce",
        occurred_at=now,
        now=now,
        data={"recipients": diagnostics},
    )
    if kind != "hard" or not message.recipient:
        return
    debtor_id = session.scalar(select(Case.debtor_id).where(Case.id == message.case_id))
    point = session.scalars(
        select(ContactPoint).where(
            ContactPoint.debtor_id == debtor_id,
            ContactPoint.kind == "email",
            ContactPoint.value == message.recipient.strip().lower(),
        )
    ).first()
    if point is not None:
        contact_point_invalidate(
            session,
            point=point,
            status=ContactStatus.BOUNCED,
            reason=f"hard bounce: {diagnostics}"[:300],
            actor="channel:email",
            now=now,
        )


# -- SMS ----------------------------------------------------------------------------------


def sms_intake(database: Database, inbound: InboundSms, *, tenant_id: int, now: datetime) -> Intake:
    dedup_key = f"{inbound.provider}:{inbound.event_id}"[:250]
    try:
        return _sms_intake(database, inbound, dedup_key, tenant_id=tenant_id, now=now)
    except IntegrityError:
        with database.read() as session:
            existing = _existing(session, tenant_id, dedup_key)
        if existing is None:
            raise
        return existing


def _sms_intake(
    database: Database, inbound: InboundSms, dedup_key: str, *, tenant_id: int, now: datetime
) -> Intake:
    with database.write() as session:
        existing = _existing(session, tenant_id, dedup_key)
        if existing is not None:
            return existing
        points = _points(session, tenant_id, "phone", inbound.from_number)
        stop = is_stop(inbound.body)
        if stop:
            # Before anything else: a STOP is honoured even if nothing else can be read.
            for point in points:
                channel_opt_out(
                    session,
                    point=point,
                    channel="sms",
                    reason=f"SMS received: {inbound.body[:100]!r}",
                    actor=f"debtor:sms:{inbound.from_number}",
                    now=now,
                )
        replied = None
        if inbound.reference:
            replied = session.scalars(
                select(OutboundMessage).where(
                    OutboundMessage.tenant_id == tenant_id,
                    OutboundMessage.idempotency_key == inbound.reference,
                )
            ).first()
        case_id = (
            replied.case_id
            if replied
            else _case_of_sender(session, tenant_id, "phone", inbound.from_number)
        )
        common: dict[str, Any] = {
            "tenant_id": tenant_id,
            "channel": "sms",
            "provider": inbound.provider,
            "dedup_key": dedup_key,
            "sender": inbound.from_number,
            "recipient": inbound.to_number,
            "subject": None,
            "message_id": inbound.provider_id[:250],
            "in_reply_to_id": replied.id if replied else None,
            "raw": None,
            "received_at": inbound.received_at,
            "created_at": now,
            "text": inbound.body,
        }
        if case_id is None:
            reason = "STOP recorded; " if stop and points else ""
            row = InboundMessage(
                **common, case_id=None, status="triage", reason=reason + "unknown number"
            )
            session.add(row)
            session.flush()
            return Intake(row.id, None, row.status, row.reason)
        case = session.get_one(Case, case_id)
        reading = _read(inbound.body, inbound.received_at, case, "sms")
        row = InboundMessage(
            **common,
            case_id=case_id,
            status="read",
            reason="STOP: SMS opted out" if stop else "threaded by the sender's number",
            reading=reading,
        )
        session.add(row)
        session.flush()
        _reply_event(session, case, row, reading, "sms", now)
        return Intake(row.id, case_id, row.status, row.reason)


def sms_receipt(
    database: Database, update: DeliveryUpdate, *, tenant_id: int, now: datetime
) -> bool:
    """A delivery receipt: recorded once (False when already), the message's state
    moved forward; an unknown provider status is kept in the report, not on the message."""
    with database.write() as session:
        message = outbound_by_provider_id(session, tenant_id, update.provider, update.provider_id)
        if message is None and update.reference:
            message = session.scalars(
                select(OutboundMessage).where(
                    OutboundMessage.tenant_id == tenant_id,
                    OutboundMessage.idempotency_key == update.reference,
                )
            ).first()
        return message_status_record(
            session,
            tenant_id=tenant_id,
            provider=update.provider,
            event_id=update.event_id,
            message=message,
            status=_SMS_STATUS.get(update.status),
            raw_status=update.raw_status,
            occurred_at=update.at,
            now=now,
            data={"error_code": update.error_code} if update.error_code else None,
        )


# -- shared -------------------------------------------------------------------------------


def _existing(session: Session, tenant_id: int, dedup_key: str) -> Intake | None:
    row = session.scalars(
        select(InboundMessage).where(
            InboundMessage.tenant_id == tenant_id, InboundMessage.dedup_key == dedup_key
        )
    ).first()
    if row is None:
        return None
    return Intake(row.id, row.case_id, row.status, row.reason, duplicate=True)


def _store(
    session: Session,
    tenant_id: int,
    parsed: InboundEmail | Quarantined,
    raw: bytes,
    dedup_key: str,
    provider: str,
    received_at: datetime,
    now: datetime,
    *,
    case_id: int | None,
    status: str,
    reason: str,
    in_reply_to: OutboundMessage | None,
    text: str | None = None,
    reading: dict[str, Any] | None = None,
) -> InboundMessage:
    row = InboundMessage(
        tenant_id=tenant_id,
        case_id=case_id,
        channel="email",
        provider=provider,
        dedup_key=dedup_key,
        sender=(parsed.from_address or "")[:320] or None,
        recipient=(parsed.to_addresses[0] if parsed.to_addresses else "")[:320] or None,
        subject=parsed.subject[:500],
        message_id=(parsed.message_id or "")[:250] or None,
        in_reply_to_id=in_reply_to.id if in_reply_to else None,
        status=status,
        reason=reason[:300],
        text=text if text is not None else getattr(parsed, "text", None),
        reading=reading,
        raw=raw,
        received_at=received_at,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def _points(session: Session, tenant_id: int, kind: str, value: str) -> list[ContactPoint]:
    value = value.strip().lower() if kind == "email" else value.strip()
    return list(
        session.scalars(
            select(ContactPoint).where(
                ContactPoint.tenant_id == tenant_id,
                ContactPoint.kind == kind,
                ContactPoint.value == value,
            )
        )
    )


def _case_of_sender(session: Session, tenant_id: int, kind: str, value: str) -> int | None:
    """The sender's case when the address or number belongs to debtors with exactly one
    open case between them; otherwise a person decides (triage)."""
    debtor_ids = {point.debtor_id for point in _points(session, tenant_id, kind, value)}
    if not debtor_ids:
        return None
    cases = list(
        session.scalars(
            select(Case.id).where(
                Case.tenant_id == tenant_id,
                Case.debtor_id.in_(debtor_ids),
                Case.status.in_(OPEN_STATUSES),
            )
        )
    )
    return cases[0] if len(cases) == 1 else None


def _read(text: str, received_at: datetime, case: Case, channel: str) -> dict[str, Any]:
    """The reader's reading of the debtor's words; a message it cannot read (empty,
    binary) gets a reading that says so rather than none."""
    language = case.debtor.language if case.debtor.language in ("fr", "en") else None
    try:
        reading = understand(text, received_at, lang=language, channel=channel)
    except ValueError as error:
        return {"intent": "other", "intents": ["other"], "error": str(error)[:200]}
    return {**reading.to_json(), "evidence": list(reading.evidence)[:20]}


def _reply_event(
    session: Session,
    case: Case,
    row: InboundMessage,
    reading: dict[str, Any],
    channel: str,
    now: datetime,
) -> None:
    session.add(
        CaseEvent(
            **events.reply_received(
                tenant_id=case.tenant_id,
                case_id=case.id,
                at=now,
                actor=f"debtor:{channel}",
                reason=f"read as {reading.get('intent')}",
                inbound_message_id=row.id,
                channel=channel,
                reading={k: v for k, v in reading.items() if k != "evidence"},
            )
        )
    )
