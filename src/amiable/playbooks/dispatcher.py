"""From plan to outbox: scheduled actions claimed with a lease, guarded, executed.

    schedule_next(session, case=…, playbooks=…, now=…)   # store the planner's next action
    claimed = claim_due(database, owner=…, now=…)          # lease what is due
    run_claimed(database, claimed, executor=…, playbooks=…, now=…)
    reap_expired(database, now=…)                          # leases of a crashed worker

The database holds every timer (ARCHITECTURE.md): a `scheduled_action` row per next
action, due at its time. A worker claims due rows by setting a lease; a worker that dies
leaves its lease to expire and the reaper puts the row back. Each row is executed in one
transaction that writes its outbox row (unique idempotency key), marks it done and
schedules the case's next action: a crash before the commit loses nothing, after it
sends nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

import phonenumbers
from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from amiable.channels.models import OutboundMessage
from amiable.compliance.guard import GuardFacts, SentMessage, Verdict, guard, jurisdiction_rules
from amiable.compliance.places import place_for
from amiable.compliance.windows import window_check
from amiable.core.db import Database
from amiable.ledger.balances import case_statement
from amiable.ledger.choices import ClaimNature, DebtorType, EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.ledger.prescription import is_prescribed, prescription
from amiable.ledger.rules import Statement
from amiable.playbooks.choices import StepChannel
from amiable.playbooks.definitions import Playbook, choose_playbook
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.planner import CaseFacts, DoneStep, plan
from amiable.portfolio import events
from amiable.portfolio.actions import mandate_in_force
from amiable.portfolio.choices import CaseStatus, ContactStatus
from amiable.portfolio.models import Case, CaseEvent, ContactPoint, Tenant

LEASE = timedelta(minutes=5)
HOLD_RETRY = timedelta(days=1)
"""A case-level gate (no mandate, the agency's file incomplete) is looked at again daily:
the step waits, it is not skipped — the first letter must never be lost to a gap."""

FINISHED = ("done", "skipped", "blocked")


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    subject: str | None
    text: str
    html: str | None
    lang: str


class ContentRefused(Exception):
    """The rendered message may not go out (a mandatory mention missing, a deny-listed
    phrase): the step is blocked under the rule "content", with the reasons."""


class Renderer(Protocol):
    def __call__(
        self, session: Session, case: Case, action: ScheduledAction, now: datetime
    ) -> RenderedMessage: ...


WindowFor = Callable[[Case], Callable[[datetime, str], datetime | None] | None]
"""The contact window of a case's debtor (see compliance.windows), or None for none."""


@dataclass
class RunReport:
    queued: int = 0
    deferred: int = 0
    blocked: int = 0
    skipped: int = 0
    rules: dict[str, int] = field(default_factory=dict)
    queued_cases: list[int] = field(default_factory=list)

    def count(self, rule: str) -> None:
        self.rules[rule] = self.rules.get(rule, 0) + 1


# -- planning ---------------------------------------------------------------------------


def playbook_for(
    case: Case, playbooks: Sequence[Playbook], as_of: datetime, statement: Statement
) -> Playbook | None:
    age = (as_of.date() - min((c.due_date for c in case.claims), default=as_of.date())).days
    return choose_playbook(
        playbooks,
        jurisdiction=case.jurisdiction,
        debtor=case.debtor.type,
        amount=statement.total_due,
        age_days=age,
        creditor=case.creditor.reference,
    )


def _pinned_playbook(
    session: Session, case: Case, playbooks: Sequence[Playbook]
) -> Playbook | None:
    """A case keeps the playbook it started with: a payment that moves its balance to
    another segment must not start another sequence (and another first letter)."""
    started = session.scalar(
        select(ScheduledAction.playbook)
        .where(
            ScheduledAction.case_id == case.id,
            ScheduledAction.kind.notin_(("promise_reminder", "broken_promise")),
        )
        .order_by(ScheduledAction.id)
        .limit(1)
    )
    return next((playbook for playbook in playbooks if playbook.id == started), None)


def case_facts(
    session: Session, case: Case, playbook: Playbook, now: datetime, statement: Statement
) -> CaseFacts:
    finished = session.scalars(
        select(ScheduledAction)
        .where(
            ScheduledAction.case_id == case.id,
            ScheduledAction.playbook == playbook.id,
            ScheduledAction.status.in_(FINISHED),
            ScheduledAction.kind.notin_(("promise_reminder", "broken_promise")),
        )
        .order_by(ScheduledAction.updated_at, ScheduledAction.id)
    ).all()
    done = tuple(
        DoneStep(
            row.step,
            datetime.fromisoformat(row.data["done_at"]),
            "sent" if row.status == "done" else row.status,
        )
        for row in finished
    )
    open_due = [claim.due_date for claim in case.claims if claim.status != "paid"]
    status = CaseStatus(case.status)
    return CaseFacts(
        case_id=case.id,
        # A promise pending (its date and follow-up are the agent's, a later issue) or a
        # plan running: the playbook waits.
        stops_chasing=status.stops_chasing or status is CaseStatus.PROMISED,
        plan_active=status is CaseStatus.ON_PLAN,
        placed_at=case.opened_at,
        due_on=min(open_due) if open_due else None,
        balance_cents=int(statement.total_due * 100),
        contacts=_contact_kinds(case),
        done=done,
    )


def schedule_next(
    session: Session, *, case: Case, playbooks: Sequence[Playbook], now: datetime
) -> ScheduledAction | None:
    """Store the case's next action, unless one is already pending. Idempotent."""
    pending = session.scalar(
        select(ScheduledAction.id).where(
            ScheduledAction.case_id == case.id, ScheduledAction.status.in_(("pending", "leased"))
        )
    )
    if pending is not None:
        return None
    # The balance decides the segment and whether anything is owed: computed once.
    statement = case_statement(session, case, now.date())
    playbook = _pinned_playbook(session, case, playbooks) or playbook_for(
        case, playbooks, now, statement
    )
    if playbook is None:
        return None
    result = plan(case_facts(session, case, playbook, now, statement), playbook, now)
    action = result.action
    if action is None:
        return None
    existing = session.scalar(
        select(ScheduledAction).where(ScheduledAction.idempotency_key == action.idempotency_key)
    )
    if existing is not None:
        return None
    row = ScheduledAction(
        tenant_id=case.tenant_id,
        case_id=case.id,
        playbook=playbook.id,
        step=action.step_id or action.kind,
        kind=action.kind
        if action.kind != "step"
        else (action.channel.value if action.channel else "step"),
        due_at=action.due_at,
        status="pending",
        attempts=0,
        idempotency_key=action.idempotency_key,
        data={
            "action": action.kind,
            "channel": action.channel.value if action.channel else None,
            "template": action.template,
            "tone": action.tone.value if action.tone else None,
            "reason": action.reason,
        },
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


# -- claiming, reaping ------------------------------------------------------------------


def claim_due(
    database: Database, *, owner: str, now: datetime, limit: int = 500, lease: timedelta = LEASE
) -> list[int]:
    """Lease up to `limit` due actions for `owner`; returns their ids."""
    with database.write() as session:
        candidates = session.scalars(
            select(ScheduledAction.id)
            .where(ScheduledAction.status == "pending", ScheduledAction.due_at <= now)
            .order_by(ScheduledAction.due_at, ScheduledAction.id)
            .limit(limit)
        ).all()
        if not candidates:
            return []
        # The status in the WHERE clause makes the claim safe against another worker that
        # read the same candidates: only one update can move a row out of "pending".
        session.execute(
            update(ScheduledAction)
            .where(ScheduledAction.id.in_(candidates), ScheduledAction.status == "pending")
            .values(
                status="leased", lease_owner=owner, lease_expires_at=now + lease, updated_at=now
            )
        )
        return list(
            session.scalars(
                select(ScheduledAction.id).where(
                    ScheduledAction.id.in_(candidates),
                    ScheduledAction.lease_owner == owner,
                    ScheduledAction.status == "leased",
                )
            ).all()
        )


def reap_expired(database: Database, *, now: datetime) -> int:
    """Put back the actions whose worker died holding them."""
    with database.write() as session:
        result = session.execute(
            update(ScheduledAction)
            .where(and_(ScheduledAction.status == "leased", ScheduledAction.lease_expires_at < now))
            .values(status="pending", lease_owner=None, lease_expires_at=None, updated_at=now)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


# -- executing --------------------------------------------------------------------------


def run_claimed(
    database: Database,
    claimed: Iterable[int],
    *,
    owner: str,
    playbooks: Sequence[Playbook],
    render: Renderer,
    now: datetime,
    window_for: WindowFor | None = None,
    report: RunReport | None = None,
) -> RunReport:
    window_for = window_for or debtor_window
    """Execute each claimed action in its own transaction."""
    report = report or RunReport()
    for action_id in claimed:
        with database.write() as session:
            # The row is locked (PostgreSQL; SQLite writes one at a time anyway): a worker
            # whose lease ran out waits for the one that took over, then sees it is done.
            action = session.scalars(
                select(ScheduledAction).where(ScheduledAction.id == action_id).with_for_update()
            ).one_or_none()
            if action is None or action.status != "leased" or action.lease_owner != owner:
                continue  # reaped and taken by another worker meanwhile
            case = session.get_one(Case, action.case_id)
            try:
                with session.begin_nested():
                    _execute(
                        session,
                        case,
                        action,
                        render=render,
                        now=now,
                        window_for=window_for,
                        report=report,
                    )
                    schedule_next(session, case=case, playbooks=playbooks, now=now)
            except Exception as error:
                # Whatever went wrong is this case's (an unknown place, a bad record): the
                # action is set aside for a person, with the reason, and the run goes on.
                session.expire(action)
                _finish(session, action, "blocked", now, rule="error")
                reason = f"error: {type(error).__name__}: {error}"
                _event(session, events.action_blocked, case, action, now, reason)
                report.count("error")
                report.blocked += 1
    return report


def _execute(
    session: Session,
    case: Case,
    action: ScheduledAction,
    *,
    render: Renderer,
    now: datetime,
    window_for: WindowFor | None,
    report: RunReport,
) -> None:
    channel = action.data.get("channel")
    if action.data.get("action") == "skip":
        _finish(session, action, "skipped", now)
        _event(session, events.action_skipped, case, action, now, action.data.get("reason", ""))
        report.skipped += 1
        return
    channel = channel or "email"
    facts = guard_facts(session, case, channel, now)
    window = window_for(case) if window_for else None
    verdict = guard(facts, channel, now, jurisdiction_rules(case.jurisdiction), window)
    report.count(verdict.rule)
    if verdict.decision == "defer" or (
        verdict.decision == "block" and verdict.rule in ("mandate", "agency_prerequisites")
    ):
        _defer(session, case, action, verdict, now)
        report.deferred += 1
        return
    if verdict.decision == "block":
        _finish(session, action, "blocked", now, rule=verdict.rule)
        _event(
            session, events.action_blocked, case, action, now, f"{verdict.rule}: {verdict.reason}"
        )
        report.blocked += 1
        return
    try:
        rendered = render(session, case, action, now)
    except ContentRefused as refused:
        _finish(session, action, "blocked", now, rule="content")
        _event(session, events.action_blocked, case, action, now, f"content: {refused}")
        report.count("content")
        report.blocked += 1
        return
    session.add(
        OutboundMessage(
            tenant_id=case.tenant_id,
            case_id=case.id,
            scheduled_action_id=action.id,
            idempotency_key=action.idempotency_key,
            channel=channel,
            template=action.data.get("template") or "",
            tone=action.data.get("tone") or "",
            lang=rendered.lang,
            recipient=_recipient(case, channel),
            subject=rendered.subject,
            body_text=rendered.text,
            body_html=rendered.html,
            status="queued",
            scheduled_for=action.due_at,
            sent_at=None,
            debtor_timezone=case.debtor.timezone,
            playbook=action.playbook,
            step=action.step,
            reason=(action.data.get("reason") or "")[:300],
            data={"guard": verdict.rule},
            created_at=now,
        )
    )
    _finish(session, action, "done", now)
    _event(
        session,
        events.message_queued,
        case,
        action,
        now,
        action.data.get("reason", ""),
        channel=channel,
    )
    report.queued += 1
    report.queued_cases.append(case.id)


def debtor_window(case: Case) -> Callable[[datetime, str], datetime | None]:
    """The contact window where the debtor lives (compliance/data/contact_windows.yaml)."""
    debtor = case.debtor
    return window_check(place_for(debtor.country, debtor.postcode), case.jurisdiction)


def guard_facts(session: Session, case: Case, channel: str, now: datetime) -> GuardFacts:
    tenant = session.get_one(Tenant, case.tenant_id)
    recent = session.execute(
        select(OutboundMessage.created_at, OutboundMessage.channel).where(
            OutboundMessage.case_id == case.id, OutboundMessage.created_at > now - timedelta(days=8)
        )
    ).all()
    status = CaseStatus(case.status)
    return GuardFacts(
        jurisdiction=case.jurisdiction,
        status_stops_chasing=status.stops_chasing,
        status=status.value,
        mandate_in_force=mandate_in_force(case.creditor, now.date()) is not None,
        collector_is_agency=tenant.collector_type == "agency",
        agency_prerequisites_met=bool(
            tenant.liability_insurance
            and tenant.client_account_iban
            and tenant.prosecutor_declared_on
        ),
        contact_valid=_recipient(case, channel) is not None,
        time_zone=case.debtor.timezone,
        sent=tuple(SentMessage(at, kind) for at, kind in recent),
        prescribed_claims=_prescribed_claims(session, case, now),
    )


def _prescribed_claims(session: Session, case: Case, now: datetime) -> tuple[str, ...]:
    payments = tuple(
        session.scalars(
            select(LedgerEntry.effective_on).where(
                LedgerEntry.case_id == case.id, LedgerEntry.kind == EntryKind.PAYMENT.value
            )
        )
    )
    barred = []
    for claim in case.claims:
        if claim.status != "open":
            continue
        try:
            period = prescription(
                nature=ClaimNature(claim.nature),
                debtor_type=DebtorType(case.debtor.type),
                due_date=claim.due_date,
                has_title=claim.has_title,
                title_date=claim.title_date,
                interruptions=payments,
            )
        except ValueError:
            continue  # a title without its date: the import reported it
        if is_prescribed(period, now.date()):
            barred.append(claim.reference)
    return tuple(barred)


def _defer(
    session: Session, case: Case, action: ScheduledAction, verdict: Verdict, now: datetime
) -> None:
    until = verdict.until or now + HOLD_RETRY
    last_rule = action.data.get("last_rule")
    action.status = "pending"
    action.lease_owner = None
    action.lease_expires_at = None
    action.due_at = max(until, now)
    action.attempts += 1
    action.updated_at = now
    action.data = {**action.data, "last_rule": verdict.rule}
    if last_rule != verdict.rule:
        # One event per change of reason: a case held for weeks is not a flood of events.
        _event(
            session,
            events.action_deferred,
            case,
            action,
            now,
            f"{verdict.rule}: {verdict.reason}",
            until=action.due_at,
        )


def _finish(
    session: Session, action: ScheduledAction, status: str, now: datetime, rule: str | None = None
) -> None:
    action.status = status
    action.lease_owner = None
    action.lease_expires_at = None
    action.updated_at = now
    action.data = {**action.data, "done_at": now.isoformat(), **({"rule": rule} if rule else {})}


def _event(
    session: Session,
    factory: Callable[..., dict],
    case: Case,
    action: ScheduledAction,
    now: datetime,
    reason: str,
    **data: object,
) -> None:
    session.add(
        CaseEvent(
            **factory(
                tenant_id=case.tenant_id,
                case_id=case.id,
                at=now,
                actor=f"playbook:{action.playbook}",
                reason=reason,
                step=action.step,
                idempotency_key=action.idempotency_key,
                **data,
            )
        )
    )


def _valid(case: Case, kind: str) -> list[ContactPoint]:
    return [
        point
        for point in case.debtor.contact_points
        if point.kind == kind and point.status == ContactStatus.VALID.value
    ]


def _is_mobile(number: str) -> bool:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def _contact_kinds(case: Case) -> frozenset[str]:
    kinds = set()
    if _valid(case, "email"):
        kinds.add("email")
    phones = _valid(case, "phone")
    if phones:
        kinds.add("phone")
        if any(_is_mobile(point.value) for point in phones):
            kinds.add("mobile")
    if _postal_address(case):
        kinds.add("address")
    return frozenset(kinds)


def _postal_address(case: Case) -> str | None:
    """The debtor's address, unless its postal contact point is no longer valid (moved,
    returned mail, opted out)."""
    debtor = case.debtor
    postal = [point for point in debtor.contact_points if point.kind == "postal"]
    if postal and not any(point.status == ContactStatus.VALID.value for point in postal):
        return None
    if debtor.address and debtor.postcode:
        return f"{debtor.name}\n{debtor.address}\n{debtor.postcode} {debtor.city or ''}".strip()
    valid = [point.value for point in postal if point.status == ContactStatus.VALID.value]
    return valid[0] if valid else None


def _recipient(case: Case, channel: str) -> str | None:
    if channel == StepChannel.EMAIL.value:
        points = _valid(case, "email")
        return points[0].value if points else None
    if channel == StepChannel.SMS.value:
        mobiles = [point.value for point in _valid(case, "phone") if _is_mobile(point.value)]
        return mobiles[0] if mobiles else None
    if channel == StepChannel.CALL.value:
        phones = _valid(case, "phone")
        return phones[0].value if phones else None
    if channel == StepChannel.LETTER.value:
        return _postal_address(case)
    return None
