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

from collections.abc import Callable, Sequence
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
from amiable.channels.email.bounces import Bounce, BounceParseError, parse_bounce
from amiable.channels.email.inbound import InboundEmail, Quarantined, parse_inbound
from amiable.channels.email.tokens import read_reply_token
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.channels.sms.gateway import DeliveryStatus, DeliveryUpdate, InboundSms, is_stop
from amiable.core.clock import Clock
from amiable.core.db import Database
from amiable.nlu.read import understand
from amiable.portfolio import events
from amiable.portfolio.choices import ContactStatus
from amiable.portfolio.models import Case, CaseEvent, ContactPoint, Debtor

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
    """One message received (a webhook delivery); see `email_intake_many`."""
    [intake] = email_intake_many(
        database,
        [(raw, envelope_recipient)],
        tenant_id=tenant_id,
        token_secret=token_secret,
        now=now,
        provider=provider,
    )
    return intake


@dataclass
class _Planned:
    """What the intake decided for one message, before it is written."""

    raw: bytes
    parsed: InboundEmail | Quarantined
    dedup_key: str
    status: str = "triage"
    reason: str = "no reply token, known message, case reference or known sender"
    case_id: int | None = None
    replied_id: int | None = None
    reading: dict[str, Any] | None = None
    bounce: Bounce | None = None
    duplicate_of: Intake | None = None


def email_intake_many(
    database: Database,
    messages: Sequence[tuple[bytes, str | None]],
    *,
    tenant_id: int,
    token_secret: bytes,
    now: datetime,
    provider: str = "imap",
) -> list[Intake]:
    """Messages received — (raw bytes, envelope recipient or None) — stored, threaded
    and read, one intake each, in order. The reading and the threading look-ups are done
    on a read snapshot for the whole batch; the rows are then written in one short
    transaction (a poll of a hundred messages is one write, not a hundred)."""
    planned = [_plan(raw, recipient) for raw, recipient in messages]
    with database.read() as session:
        known = _existing_many(session, tenant_id, [p.dedup_key for p in planned])
        threader = _Threader(session, tenant_id, token_secret, [p.parsed for p in planned])
        cases = threader.cases
        for item in planned:
            found = known.get(item.dedup_key)
            if found is not None:
                item.duplicate_of = found
                continue
            _decide(item, threader, now)
            if item.status == "read" and item.case_id is not None:
                assert isinstance(item.parsed, InboundEmail)
                view = cases.get(item.case_id) or _case(session, item.case_id)
                item.reading = _read(item.parsed.text, item.parsed.date or now, view, "email")
                if item.parsed.auto_reply or item.reading["intent"] == "auto_reply":
                    item.status = "auto_reply"
    try:
        return _write_intakes(database, planned, tenant_id, token_secret, now, provider)
    except IntegrityError:
        # Another worker stored some of them meanwhile (two polls, a webhook and a poll):
        # one at a time, so each is recognised as already received.
        if len(messages) == 1:
            with database.read() as session:
                again = _existing_many(session, tenant_id, [planned[0].dedup_key])
            if planned[0].dedup_key in again:
                return [again[planned[0].dedup_key]]
            raise
        return [
            email_intake_many(
                database,
                [message],
                tenant_id=tenant_id,
                token_secret=token_secret,
                now=now,
                provider=provider,
            )[0]
            for message in messages
        ]


def mailbox_handler(
    database: Database, *, tenant_id: int, token_secret: bytes, clock: Clock
) -> Callable[[list[tuple[bytes, str]]], list[bool]]:
    """What a reply-mailbox poll hands its batch to (`ImapPoller.poll_batch`): each
    message taken in; False (quarantine) for one that cannot be read."""

    def handle(batch: list[tuple[bytes, str]]) -> list[bool]:
        intakes = email_intake_many(
            database,
            [(raw, None) for raw, _uid in batch],
            tenant_id=tenant_id,
            token_secret=token_secret,
            now=clock.now(),
        )
        return [intake.status != "quarantined" for intake in intakes]

    return handle


def _plan(raw: bytes, envelope_recipient: str | None) -> _Planned:
    parsed = parse_inbound(raw)
    item = _Planned(raw=raw, parsed=parsed, dedup_key=f"email:{parsed.raw_sha256}")
    if _may_be_a_bounce(parsed, raw):
        try:
            bounce = parse_bounce(raw, envelope_recipient=envelope_recipient)
        except BounceParseError:
            bounce = None
        if bounce is not None and bounce.kind != "delayed":
            item.bounce = bounce
    return item


def _decide(item: _Planned, threader: _Threader, now: datetime) -> None:
    if item.bounce is not None:
        message = threader.bounced(item.bounce.token, item.bounce.original_message_id)
        item.status = "bounce"
        item.case_id = message[1] if message else None
        item.replied_id = message[0] if message else None
        item.reason = (
            f"{item.bounce.kind} bounce of {message[0] if message else 'an unknown message'}"
        )
        return
    case_id, replied_id, how = threader.thread(item.parsed)
    item.case_id, item.replied_id = case_id, replied_id
    if isinstance(item.parsed, Quarantined):
        item.status, item.reason = "quarantined", item.parsed.reason
        return
    if case_id is not None:
        item.status, item.reason = "read", f"threaded by {how}"


def _write_intakes(
    database: Database,
    planned: list[_Planned],
    tenant_id: int,
    token_secret: bytes,
    now: datetime,
    provider: str,
) -> list[Intake]:
    results: list[Intake | None] = [item.duplicate_of for item in planned]
    with database.write() as session:
        fresh = [i for i, item in enumerate(planned) if item.duplicate_of is None]
        # The same message twice in one batch is one row.
        first: dict[str, int] = {}
        for index in fresh:
            first.setdefault(planned[index].dedup_key, index)
        rows: dict[int, InboundMessage] = {}
        for index in first.values():
            item = planned[index]
            rows[index] = _row(tenant_id, item, provider, now)
        session.add_all(rows.values())
        session.flush()
        views = _case_views(
            session, {item.case_id for item in planned if item.reading and item.case_id}
        )
        for index, row in rows.items():
            item = planned[index]
            if item.reading is not None and item.case_id is not None:
                _reply_event(session, views[item.case_id], row, item.reading, "email", now)
            if item.bounce is not None and item.replied_id is not None:
                message = session.get_one(OutboundMessage, item.replied_id)
                _record_bounce(session, message, item.bounce.kind, item.bounce.recipients, now)
            results[index] = Intake(row.id, row.case_id, row.status, row.reason)
        for index in fresh:
            if results[index] is None:
                row = rows[first[planned[index].dedup_key]]
                results[index] = Intake(row.id, row.case_id, row.status, row.reason, duplicate=True)
    return [result for result in results if result is not None]


def _row(tenant_id: int, item: _Planned, provider: str, now: datetime) -> InboundMessage:
    parsed = item.parsed
    return InboundMessage(
        tenant_id=tenant_id,
        case_id=item.case_id,
        channel="email",
        provider=provider,
        dedup_key=item.dedup_key,
        sender=(parsed.from_address or "")[:320] or None,
        recipient=(parsed.to_addresses[0] if parsed.to_addresses else "")[:320] or None,
        subject=parsed.subject[:500],
        message_id=(parsed.message_id or "")[:250] or None,
        in_reply_to_id=item.replied_id,
        status=item.status,
        reason=item.reason[:300],
        text=getattr(parsed, "text", None),
        reading=item.reading,
        raw=item.raw,
        received_at=parsed.date or now,
        created_at=now,
    )


class _Threader:
    """The threading look-ups of a batch of messages, done in a few queries: reply
    tokens, our Message-IDs, case references, senders' addresses."""

    def __init__(
        self,
        session: Session,
        tenant_id: int,
        secret: bytes,
        messages: Sequence[InboundEmail | Quarantined],
    ) -> None:
        self.session = session
        self.tenant_id = tenant_id
        self.secret = secret
        keys = [message.thread_keys() for message in messages]
        self.keys = {id(message): key for message, key in zip(messages, keys, strict=True)}
        ids = {read_reply_token(tag, secret) for key in keys for tag in key.plus_tags}
        ids.discard(None)
        message_ids = {mid for key in keys for mid in key.message_ids}
        self.by_id = self._outbound(OutboundMessage.id.in_(ids)) if ids else {}
        by_mid = self._outbound(OutboundMessage.message_id.in_(message_ids)) if message_ids else {}
        self.by_message_id = {row[2]: row for row in by_mid.values()}
        references = {ref for key in keys for ref in key.case_references}
        self.by_reference = (
            dict(
                session.execute(
                    select(Case.reference, Case.id).where(
                        Case.tenant_id == tenant_id, Case.reference.in_(references)
                    )
                ).all()
            )
            if references
            else {}
        )
        senders = {key.sender for key in keys if key.sender}
        self.by_sender = _cases_of_senders(session, tenant_id, "email", senders)
        self.cases = _case_views(
            session,
            {row[1] for row in self.by_id.values()}
            | {row[1] for row in self.by_message_id.values()}
            | set(self.by_reference.values())
            | {case for case in self.by_sender.values() if case is not None},
        )

    def _outbound(self, condition: Any) -> dict[int, tuple[int, int, str | None]]:
        rows = self.session.execute(
            select(OutboundMessage.id, OutboundMessage.case_id, OutboundMessage.message_id).where(
                OutboundMessage.tenant_id == self.tenant_id, condition
            )
        ).all()
        return {row[0]: (row[0], row[1], row[2]) for row in rows}

    def thread(self, parsed: InboundEmail | Quarantined) -> tuple[int | None, int | None, str]:
        keys = self.keys[id(parsed)]
        for tag in keys.plus_tags:
            outbound_id = read_reply_token(tag, self.secret)
            if outbound_id is not None and outbound_id in self.by_id:
                row = self.by_id[outbound_id]
                return row[1], row[0], f"reply to message {row[0]}"
        for message_id in keys.message_ids:
            if message_id in self.by_message_id:
                row = self.by_message_id[message_id]
                return row[1], row[0], f"reply to message {row[0]}"
        for reference in keys.case_references:
            if reference in self.by_reference:
                return self.by_reference[reference], None, f"case reference {reference}"
        if keys.sender and self.by_sender.get(keys.sender) is not None:
            return self.by_sender[keys.sender], None, "the sender's address"
        return None, None, ""

    def bounced(self, token: str | None, original: str | None) -> tuple[int, int] | None:
        if token:
            outbound_id = read_reply_token(token, self.secret)
            if outbound_id is not None:
                row = self._outbound(OutboundMessage.id == outbound_id).get(outbound_id)
                if row is not None:
                    return row[0], row[1]
        if original:
            rows = self._outbound(OutboundMessage.message_id == original)
            for row in rows.values():
                return row[0], row[1]
        return None


def _existing_many(session: Session, tenant_id: int, keys: Sequence[str]) -> dict[str, Intake]:
    rows = session.execute(
        select(
            InboundMessage.dedup_key,
            InboundMessage.id,
            InboundMessage.case_id,
            InboundMessage.status,
            InboundMessage.reason,
        ).where(InboundMessage.tenant_id == tenant_id, InboundMessage.dedup_key.in_(set(keys)))
    ).all()
    return {
        key: Intake(id_, case_id, status, reason, duplicate=True)
        for key, id_, case_id, status, reason in rows
    }


def _cases_of_senders(
    session: Session, tenant_id: int, kind: str, values: set[str]
) -> dict[str, int | None]:
    """Each sender's case, when the address belongs to debtors with exactly one open case
    between them (None: several, a person decides)."""
    if not values:
        return {}
    points = session.execute(
        select(ContactPoint.value, ContactPoint.debtor_id).where(
            ContactPoint.tenant_id == tenant_id,
            ContactPoint.kind == kind,
            ContactPoint.value.in_({_point_value(kind, v) for v in values}),
        )
    ).all()
    debtors: dict[str, set[int]] = {}
    for value, debtor_id in points:
        debtors.setdefault(value, set()).add(debtor_id)
    every = {debtor for found in debtors.values() for debtor in found}
    open_cases: dict[int, list[int]] = {}
    if every:
        for case_id, debtor_id in session.execute(
            select(Case.id, Case.debtor_id).where(
                Case.tenant_id == tenant_id,
                Case.debtor_id.in_(every),
                Case.status.in_(OPEN_STATUSES),
            )
        ):
            open_cases.setdefault(debtor_id, []).append(case_id)
    result: dict[str, int | None] = {}
    for value, found in debtors.items():
        cases = [case for debtor in found for case in open_cases.get(debtor, [])]
        result[value] = cases[0] if len(cases) == 1 else None
    return result


def _case_views(session: Session, case_ids: set[int]) -> dict[int, _CaseView]:
    if not case_ids:
        return {}
    rows = session.execute(
        select(Case.id, Case.tenant_id, Debtor.language)
        .join(Debtor, Debtor.id == Case.debtor_id)
        .where(Case.id.in_(case_ids))
    ).all()
    return {row[0]: _CaseView(*row) for row in rows}


_BOUNCE_SENDERS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon")
_BOUNCE_MARKS = (
    b"multipart/report",
    b"delivery-status",
    b"Undeliver",
    b"undeliver",
    b"Delivery Status",
    b"Returned mail",
    b"Mail delivery failed",
    b"non remis",
    b"Non remis",
    b"Delivery has failed",
    b"Delivery Failure",
)


def _may_be_a_bounce(parsed: InboundEmail | Quarantined, raw: bytes) -> bool:
    """Whether the bounce reader needs to look (it parses the message again): a null or
    daemon sender, a delivery report, the words bounces use. One that slips past is not
    lost: it is kept, as a reply or in triage."""
    sender = (parsed.from_address or "").split("@")[0]
    if not sender or sender in _BOUNCE_SENDERS or sender.startswith("bounce"):
        return True
    head = raw[:20_000]
    return any(mark in head for mark in _BOUNCE_MARKS)


@dataclass(frozen=True)
class _CaseView:
    """What the intake needs of a case: read in one query, not the whole aggregate."""

    id: int
    tenant_id: int
    language: str | None


def _case(session: Session, case_id: int) -> _CaseView:
    return _case_views(session, {case_id})[case_id]


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
        case = _case(session, case_id)
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
    return _existing_many(session, tenant_id, [dedup_key]).get(dedup_key)


def _point_value(kind: str, value: str) -> str:
    """A contact point's value as stored: e-mail addresses lower-cased."""
    return value.strip().lower() if kind == "email" else value.strip()


def _points(session: Session, tenant_id: int, kind: str, value: str) -> list[ContactPoint]:
    value = _point_value(kind, value)
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
    return _cases_of_senders(session, tenant_id, kind, {value}).get(_point_value(kind, value))


# The reader knows the ways debtors write; the debtor page's form is its "chat", and the
# words a clerk noted during a call are read as a short written message.
_READER_CHANNELS = {"portal": "chat", "call": "chat", "playground": "chat"}


def _read(text: str, received_at: datetime, case: _CaseView, channel: str) -> dict[str, Any]:
    """The reader's reading of the debtor's words; a message it cannot read (empty,
    binary) gets a reading that says so rather than none."""
    language = case.language if case.language in ("fr", "en") else None
    try:
        reading = understand(
            text, received_at, lang=language, channel=_READER_CHANNELS.get(channel, channel)
        )
    except ValueError as error:
        return {"intent": "other", "intents": ["other"], "error": str(error)[:200]}
    return {**reading.to_json(), "evidence": list(reading.evidence)[:20]}


def _reply_event(
    session: Session,
    case: _CaseView,
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


def reply_record(
    session: Session,
    *,
    case: Case,
    channel: str,
    provider: str,
    dedup_key: str,
    text: str,
    sender: str | None,
    received_at: datetime,
    now: datetime,
    subject: str | None = None,
) -> InboundMessage:
    """A debtor's message that arrives already on its case (the debtor page's "write to
    us", the playground): stored, read and put on the timeline as any other reply."""
    view = _CaseView(case.id, case.tenant_id, case.debtor.language)
    reading = _read(text, received_at, view, channel)
    row = InboundMessage(
        tenant_id=case.tenant_id, case_id=case.id, channel=channel, provider=provider,
        dedup_key=dedup_key[:250], sender=sender, recipient=None, subject=subject,
        message_id=None, in_reply_to_id=None, status="read", reason=f"written on {provider}",
        text=text, reading=reading, raw=None, received_at=received_at, created_at=now,
    )  # fmt: skip
    session.add(row)
    session.flush()
    _reply_event(session, view, row, reading, channel, now)
    return row
