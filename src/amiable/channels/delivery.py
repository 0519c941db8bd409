"""The delivery worker: queued outbound messages handed to their channel, their state kept.

    deliver_due(database, tenant_id=…, channels=…, now=…)   # e-mail and SMS
    letters_batch(database, tenant_id=…, out_dir=…, now=…)   # letters, for the mail house

A pass claims due rows (status "sending", so that another worker leaves them), sends
each outside any transaction, then records what happened:

- sent: the provider's id, the e-mail's Message-ID, `sent_at`; a `message_sent` event;
- a transient failure (a 4xx, a timeout, a 429): back to "queued", tried again after a
  growing delay (1 min, 5 min, 30 min, 2 h, 6 h); after `MAX_ATTEMPTS`, "dead" — the
  dead letters a person looks at;
- a permanent failure: "failed"; when the address itself is refused (550 5.1.1, an
  invalid number) "bounced", and the contact point is marked so that no step uses it
  again.

A worker that dies mid-send leaves rows in "sending"; after `SEND_LEASE` they are queued
again. A message may then be handed twice to the relay: an e-mail keeps the same
Message-ID on every attempt (receivers show it once); an SMS provider has no such key,
which is why the lease is long.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.orm import Session

from amiable.channels.actions import channel_opt_out, contact_point_invalidate
from amiable.channels.choices import MessageStatus
from amiable.channels.config import ChannelConfig, Channels, EmailChannel, channels_from
from amiable.channels.email import tokens
from amiable.channels.email.compose import compose
from amiable.channels.email.transport import (
    PermanentSendError,
    SendError,
    TransportConfigurationError,
)
from amiable.channels.letters import (
    BatchLetter,
    BatchResult,
    letter_batch,
    recipient_lines_from_text,
    render_letter,
)
from amiable.channels.letters.qr import QrCode, QrError, epc_qr, portal_qr
from amiable.channels.models import OutboundMessage
from amiable.channels.sms.gateway import SmsError, SmsMessage, SmsPermanentError
from amiable.channels.sms.numbers import InvalidNumber, to_e164
from amiable.core.bulk import update_by_id
from amiable.core.collector import fewer_collections
from amiable.core.db import Database
from amiable.ledger.balances import case_statement
from amiable.payments.reference import case_payment_reference
from amiable.portfolio import events
from amiable.portfolio.choices import ContactStatus
from amiable.portfolio.models import Case, CaseEvent, ContactPoint, Creditor, Tenant

MAX_ATTEMPTS = 6
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
)
SEND_LEASE = timedelta(minutes=30)
CONFIGURATION_WAIT = timedelta(minutes=15)
"""How long e-mails wait when the relay refuses our own settings (credentials, TLS)."""
_URL = re.compile(r"https://[^\s<>\"]+")


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    bounced: int = 0
    dead: int = 0
    held: int = 0
    """Waiting for the settings to be fixed (not counted as attempts)."""
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Outcome:
    message_id: int
    status: MessageStatus
    provider: str | None = None
    provider_id: str | None = None
    email_message_id: str | None = None
    error: str | None = None
    invalid_recipient: bool = False
    opted_out: bool = False
    configuration: bool = False
    """Our own settings are wrong: not the message's fault, its attempts not counted."""


@dataclass(frozen=True)
class _Row:
    id: int
    tenant_id: int
    case_id: int
    channel: str
    recipient: str | None
    subject: str | None
    body_text: str
    body_html: str | None
    lang: str
    idempotency_key: str
    attempts: int
    data: dict[str, Any] | None = None
    creditor: str | None = None


def deliver_due(
    database: Database,
    *,
    tenant_id: int,
    channels: Channels,
    now: datetime,
    limit: int = 500,
) -> DeliveryReport:
    """One pass: claim up to `limit` due e-mails and SMS, send them, record each."""
    kinds = [kind for kind, port in (("email", channels.email), ("sms", channels.sms)) if port]
    report = DeliveryReport()
    if not kinds:
        return report
    rows = _claim(database, tenant_id, kinds, now, limit)
    outcomes: list[_Outcome] = []
    broken: _Outcome | None = None
    for row in rows:
        if broken is not None and row.channel == "email":
            outcomes.append(replace(broken, message_id=row.id))
        elif row.channel == "email" and channels.email is not None:
            outcomes.append(_send_email(row, channels.email, now))
            broken = outcomes[-1] if outcomes[-1].configuration else None
        elif row.channel == "sms" and channels.sms is not None:
            outcomes.append(_send_sms(row, channels, now))
    if broken is not None:
        report.errors.append(f"e-mail settings: {broken.error}")
    with database.write() as session:
        sending = set(
            session.scalars(
                select(OutboundMessage.id).where(
                    OutboundMessage.id.in_([row.id for row in rows]),
                    OutboundMessage.status == MessageStatus.SENDING.value,
                )
            )
        )
        # Most messages simply went: their rows and events in one statement each. The
        # others (retries, failures, bounces) one by one, with what they entail.
        went = [
            (row, outcome)
            for row, outcome in zip(rows, outcomes, strict=True)
            if row.id in sending and outcome.status is MessageStatus.SENT
        ]
        _record_sent(session, went, now)
        report.sent += len(went)
        for row, outcome in zip(rows, outcomes, strict=True):
            if row.id in sending and outcome.status is not MessageStatus.SENT:
                _record(session, row, outcome, now, report)
    return report


def _record_sent(session: Session, went: list[tuple[_Row, _Outcome]], now: datetime) -> None:
    if not went:
        return
    connection = session.connection()
    connection.execute(
        update_by_id(OutboundMessage),
        [
            {
                "row_id": row.id,
                "status": MessageStatus.SENT.value,
                "status_changed_at": now,
                "attempts": row.attempts + 1,
                "last_error": None,
                "provider": outcome.provider,
                "provider_message_id": outcome.provider_id,
                "message_id": outcome.email_message_id,
                "sent_at": now,
            }
            for row, outcome in went
        ],
    )
    connection.execute(
        insert(CaseEvent.__table__),  # type: ignore[arg-type]
        [
            events.message_sent(
                tenant_id=row.tenant_id,
                case_id=row.case_id,
                at=now,
                actor=f"channel:{row.channel}",
                reason=f"handed to {outcome.provider}",
                channel=row.channel,
                idempotency_key=row.idempotency_key,
                provider_id=outcome.provider_id,
            )
            for row, outcome in went
        ],
    )


def _claim(
    database: Database, tenant_id: int, kinds: Sequence[str], now: datetime, limit: int
) -> list[_Row]:
    due = or_(
        and_(
            OutboundMessage.status == MessageStatus.QUEUED.value,
            or_(OutboundMessage.next_attempt_at.is_(None), OutboundMessage.next_attempt_at <= now),
        ),
        # A worker died while sending: its rows go again after the lease.
        and_(
            OutboundMessage.status == MessageStatus.SENDING.value,
            OutboundMessage.status_changed_at < now - SEND_LEASE,
        ),
    )
    with database.write() as session:
        ids = list(
            session.scalars(
                select(OutboundMessage.id)
                .where(
                    OutboundMessage.tenant_id == tenant_id,
                    OutboundMessage.channel.in_(kinds),
                    OutboundMessage.scheduled_for <= now,
                    due,
                )
                .order_by(OutboundMessage.id)
                .limit(limit)
            )
        )
        if not ids:
            return []
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(ids))
            .values(status=MessageStatus.SENDING.value, status_changed_at=now)
        )
        columns = [
            getattr(OutboundMessage, name)
            for name in _Row.__dataclass_fields__
            if name != "creditor"
        ]
        return [
            _Row(*row)
            for row in session.execute(
                select(*columns, Creditor.reference)
                .join(Case, Case.id == OutboundMessage.case_id)
                .join(Creditor, Creditor.id == Case.creditor_id)
                .where(OutboundMessage.id.in_(ids))
                .order_by(OutboundMessage.id)
            )
        ]


def _send_email(row: _Row, email: EmailChannel, now: datetime) -> _Outcome:
    sender = email.sender_for(row.creditor)
    message_id = tokens.message_id(sender.domain, row.id, row.idempotency_key)
    token = tokens.reply_token(row.id, email.token_secret)
    try:
        if not row.recipient:
            raise ValueError("no recipient address")
        message = compose(
            sender=sender,
            to=row.recipient,
            subject=row.subject or "",
            text=row.body_text,
            html=row.body_html,
            message_id=message_id,
            reply_to=tokens.reply_address(sender.reply_mailbox, token),
            lang=row.lang,
            now=now,
            # An answer to a debtor lands in their thread (In-Reply-To, References).
            references=tuple((row.data or {}).get("references") or ()),
        )
    except ValueError as error:
        # The message cannot be written as it is (a bad address, an empty subject): no
        # retry will change that.
        return _Outcome(row.id, MessageStatus.FAILED, error=f"not composed: {error}")
    bounce_address = tokens.reply_address(f"bounces@{sender.domain}", token)
    try:
        result = email.transport.send(
            message, envelope_from=bounce_address, recipients=(row.recipient,)
        )
    except PermanentSendError as error:
        # Only a refusal of the address itself (5.1.1) makes it dead; a policy or
        # reputation refusal (5.7.1) is not the debtor's address's fault.
        refused = error.address_refused
        status = MessageStatus.BOUNCED if refused else MessageStatus.FAILED
        return _Outcome(row.id, status, "smtp", error=str(error), invalid_recipient=refused)
    except TransportConfigurationError as error:
        # Our settings (credentials, TLS): every message would fail alike. The message
        # waits, its attempts not counted, and the pass stops (see deliver_due).
        return _Outcome(
            row.id,
            MessageStatus.QUEUED,
            "smtp",
            error=f"configuration: {error}",
            configuration=True,
        )
    except SendError as error:
        return _retry(row, f"smtp: {error}")
    return _Outcome(
        row.id,
        MessageStatus.SENT,
        "smtp",
        provider_id=result.response[:200] or None,
        email_message_id=message_id,
    )


def _send_sms(row: _Row, channels: Channels, now: datetime) -> _Outcome:
    assert channels.sms is not None
    try:
        number = to_e164(row.recipient or "")
    except InvalidNumber as error:
        return _Outcome(
            row.id, MessageStatus.BOUNCED, error=f"number: {error}", invalid_recipient=True
        )
    gateway = channels.sms
    provider = getattr(gateway, "provider", "sms")
    try:
        receipt = gateway.send(
            SmsMessage(
                to=number,
                body=row.body_text,
                sender=channels.sms_sender,
                reference=row.idempotency_key,
            )
        )
    except SmsPermanentError as error:
        return _Outcome(
            row.id,
            MessageStatus.FAILED,
            provider,
            error=str(error),
            opted_out=error.recipient_opted_out,
        )
    except SmsError as error:
        return _retry(row, f"{provider}: {error}")
    return _Outcome(row.id, MessageStatus.SENT, receipt.provider, provider_id=receipt.provider_id)


def _retry(row: _Row, error: str) -> _Outcome:
    if row.attempts + 1 >= MAX_ATTEMPTS:
        return _Outcome(
            row.id, MessageStatus.DEAD, error=f"given up after {MAX_ATTEMPTS} attempts: {error}"
        )
    return _Outcome(row.id, MessageStatus.QUEUED, error=error)


def _record(
    session: Session, row: _Row, outcome: _Outcome, now: datetime, report: DeliveryReport
) -> None:
    """A message that did not simply go (those are `_record_sent`'s): held, retried,
    failed, bounced or dead, with what each entails."""
    message = session.get_one(OutboundMessage, row.id)
    if message.status != MessageStatus.SENDING.value:
        return  # a receipt or another worker got there first
    if outcome.configuration:
        message.status = MessageStatus.QUEUED.value
        message.status_changed_at = now
        message.next_attempt_at = now + CONFIGURATION_WAIT
        message.last_error = (outcome.error or "")[:500]
        report.held += 1
        return
    message.attempts = row.attempts + 1
    message.status = outcome.status.value
    message.status_changed_at = now
    message.last_error = outcome.error[:500] if outcome.error else None
    if outcome.provider:
        message.provider = outcome.provider
    if outcome.status is MessageStatus.QUEUED:
        message.next_attempt_at = now + BACKOFF[min(row.attempts, len(BACKOFF) - 1)]
        report.retried += 1
        return
    base: dict[str, Any] = {"tenant_id": row.tenant_id, "case_id": row.case_id, "at": now}
    session.add(
        CaseEvent(
            **events.message_failed(
                **base,
                actor=f"channel:{row.channel}",
                reason=(outcome.error or outcome.status.value)[:300],
                channel=row.channel,
                idempotency_key=row.idempotency_key,
                status=outcome.status.value,
            )
        )
    )
    if outcome.status is MessageStatus.DEAD:
        report.dead += 1
        report.errors.append(f"message {row.id}: {outcome.error}")
        return
    if outcome.status is MessageStatus.BOUNCED:
        report.bounced += 1
    else:
        report.failed += 1
    point = _contact_point(session, row)
    if point is None:
        return
    if outcome.invalid_recipient:
        contact_point_invalidate(
            session,
            point=point,
            status=ContactStatus.BOUNCED,
            reason=(outcome.error or "refused")[:300],
            actor=f"channel:{row.channel}",
            now=now,
        )
    elif outcome.opted_out:
        channel_opt_out(
            session,
            point=point,
            channel="sms",
            reason="the provider reports the number unsubscribed",
            actor=f"channel:{row.channel}",
            now=now,
        )


def _contact_point(session: Session, row: _Row) -> ContactPoint | None:
    kind = "email" if row.channel == "email" else "phone"
    debtor_id = session.scalar(select(Case.debtor_id).where(Case.id == row.case_id))
    value = (row.recipient or "").strip().lower() if kind == "email" else row.recipient
    return session.scalars(
        select(ContactPoint).where(
            ContactPoint.debtor_id == debtor_id,
            ContactPoint.kind == kind,
            ContactPoint.value == value,
        )
    ).first()


# -- letters ------------------------------------------------------------------------------


def _transfer_codes(session: Session, tenant_id: int, rows: Sequence[Any]) -> dict[int, QrCode]:
    """For each letter that asks for a transfer to the office's euro account: the EPC
    "SEPA credit transfer" code, the amount the letter states (the case's balance on the
    day it was written) and the case's ISO 11649 reference filled in, so a banking app
    pays it exactly and reconciliation finds it by its reference. Letters of cases in
    another currency, or of a tenant without a SEPA account, print the debtor page's code."""
    tenant = session.get(Tenant, tenant_id)
    iban = tenant.client_account_iban if tenant is not None else None
    if tenant is None or not iban:
        return {}
    codes: dict[int, QrCode] = {}
    for message_id, text, _lang, _template, _reference, case_id, _key in rows:
        case = session.get(Case, case_id)
        if (
            case is None
            or case.currency != "EUR"
            or "".join(iban.split()) not in "".join(text.split())
        ):
            continue
        written = session.scalar(
            select(OutboundMessage.created_at).where(OutboundMessage.id == message_id)
        )
        due = case_statement(session, case, (written or datetime.now(UTC)).date()).total_due
        if due <= 0:
            continue
        try:
            codes[message_id] = epc_qr(name=tenant.name, iban=iban, amount=due,
                                       remittance_reference=case_payment_reference(case.id))  # fmt: skip
        except QrError:
            continue  # an IBAN outside SEPA, a name the norm refuses: the page's code
    return codes


def letters_batch(
    database: Database,
    *,
    tenant_id: int,
    out_dir: Path,
    now: datetime,
    registered_templates: Sequence[str] = ("formal_reminder",),
    name: str | None = None,
) -> BatchResult | None:
    """The queued letters as one mail-house batch (merged PDF and its index CSV); each
    letter's row is then "sent" (handed over), with its place in the batch. None when no
    letter is queued. A letter that cannot be laid out is "failed" with the reason; the
    others go."""
    with database.read() as session:
        rows = session.execute(
            select(
                OutboundMessage.id,
                OutboundMessage.body_text,
                OutboundMessage.lang,
                OutboundMessage.template,
                Case.reference,
                OutboundMessage.case_id,
                OutboundMessage.idempotency_key,
            )
            .join(Case, Case.id == OutboundMessage.case_id)
            .where(
                OutboundMessage.tenant_id == tenant_id,
                OutboundMessage.channel == "letter",
                OutboundMessage.status == MessageStatus.QUEUED.value,
                OutboundMessage.scheduled_for <= now,
            )
            .order_by(OutboundMessage.id)
        ).all()
        transfer_codes = _transfer_codes(session, tenant_id, rows)
    letters: list[tuple[int, BatchLetter]] = []
    failures: list[tuple[int, int, str, str]] = []
    for message_id, text, lang, template, reference, case_id, key in rows:
        registered = template in registered_templates
        letter_reference = f"{reference}-{message_id}"
        try:
            url = _URL.search(text)
            qr = transfer_codes.get(message_id) or (
                portal_qr(url.group().rstrip(".,;)")) if url else None
            )
            pdf = render_letter(
                text,
                lang=lang,
                reference=letter_reference,
                qr=qr,
                registered=registered,
                now=now,
            )
            letters.append(
                (
                    message_id,
                    BatchLetter(
                        reference=letter_reference,
                        pdf=pdf,
                        recipient_lines=recipient_lines_from_text(text),
                        registered=registered,
                    ),
                )
            )
        except (ValueError, QrError) as error:
            failures.append((message_id, case_id, key, f"letter not laid out: {error}"))
    result = None
    if letters:
        batch_name = name or f"letters-{tenant_id}-{now:%Y%m%d-%H%M%S}"
        result = letter_batch([letter for _, letter in letters], out_dir=out_dir, name=batch_name)
    with database.write() as session:
        if result is not None:
            for (message_id, _letter), entry in zip(letters, result.letters, strict=True):
                message = session.get_one(OutboundMessage, message_id)
                message.status = MessageStatus.SENT.value
                message.status_changed_at = now
                message.sent_at = now
                message.attempts += 1
                message.provider = "mail_house"
                message.provider_message_id = f"{result.pdf_path.name}#{entry.first_page}"
                message.data = {
                    **message.data,
                    "batch": result.pdf_path.name,
                    "first_page": entry.first_page,
                    "pages": entry.page_count,
                    "registered": _letter.registered,
                }
                session.add(
                    CaseEvent(
                        **events.message_sent(
                            tenant_id=tenant_id,
                            case_id=message.case_id,
                            at=now,
                            actor="channel:letter",
                            reason=f"in the mail-house batch {result.pdf_path.name}"
                            + (" (registered, LRAR)" if _letter.registered else ""),
                            channel="letter",
                            idempotency_key=message.idempotency_key,
                        )
                    )
                )
        for message_id, case_id, key, reason in failures:
            message = session.get_one(OutboundMessage, message_id)
            message.status = MessageStatus.FAILED.value
            message.status_changed_at = now
            message.last_error = reason[:500]
            session.add(
                CaseEvent(
                    **events.message_failed(
                        tenant_id=tenant_id,
                        case_id=case_id,
                        at=now,
                        actor="channel:letter",
                        reason=reason,
                        channel="letter",
                        idempotency_key=key,
                    )
                )
            )
    return result


# -- many processes -------------------------------------------------------------------


def deliver_all(
    database: Database,
    *,
    tenant_id: int,
    config: ChannelConfig,
    environ: Mapping[str, str],
    now: datetime,
    workers: int = 1,
    limit: int = 500,
) -> DeliveryReport:
    """Send everything due, in `workers` processes (this one included) that claim their
    passes from the same outbox: composing and SMTP round trips then use every core."""
    if workers <= 1:
        return _drain(database, tenant_id, channels_from(config, environ), now, limit)
    helpers = get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=helpers) as pool:
        others = [
            pool.submit(
                _drain_in_process, database.url, tenant_id, config, dict(environ), now, limit
            )
            for _ in range(1, workers)
        ]
        total = _drain(database, tenant_id, channels_from(config, environ), now, limit)
        for other in others:
            _add(total, other.result())
    return total


def _drain(
    database: Database, tenant_id: int, channels: Channels, now: datetime, limit: int
) -> DeliveryReport:
    total = DeliveryReport()
    try:
        with fewer_collections():
            return _drain_passes(database, tenant_id, channels, now, limit, total)
    finally:
        if channels.email is not None:
            channels.email.transport.close()


def _drain_passes(
    database: Database,
    tenant_id: int,
    channels: Channels,
    now: datetime,
    limit: int,
    total: DeliveryReport,
) -> DeliveryReport:
    while True:
        report = deliver_due(database, tenant_id=tenant_id, channels=channels, now=now, limit=limit)
        _add(total, report)
        if report.sent + report.failed + report.bounced + report.dead == 0:
            return total


def _drain_in_process(
    url: str,
    tenant_id: int,
    config: ChannelConfig,
    environ: dict[str, str],
    now: datetime,
    limit: int,
) -> DeliveryReport:
    database = Database(url)
    try:
        return _drain(database, tenant_id, channels_from(config, environ), now, limit)
    finally:
        database.dispose()


def _add(total: DeliveryReport, report: DeliveryReport) -> None:
    for name in ("sent", "retried", "failed", "bounced", "dead", "held"):
        setattr(total, name, getattr(total, name) + getattr(report, name))
    total.errors += report.errors
