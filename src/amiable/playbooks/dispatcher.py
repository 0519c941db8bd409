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

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from typing import Any, Protocol

import phonenumbers
from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from amiable.agent.models import PaymentPlan, first_uncovered
from amiable.agent.models import Promise as PromiseRow
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.compliance.guard import GuardFacts, SentMessage, Verdict, guard, jurisdiction_rules
from amiable.compliance.places import place_for
from amiable.compliance.windows import window_check
from amiable.core.bulk import by_id, update_by_id
from amiable.core.db import Database
from amiable.ledger.balances import case_statement, ledger_entries
from amiable.ledger.choices import ClaimNature, DebtorType, EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.ledger.prescription import is_prescribed, prescription
from amiable.ledger.rate_store import rate_tables
from amiable.ledger.rates import RateTables
from amiable.ledger.rules import Entry, Statement
from amiable.playbooks.choices import StepChannel, Tone
from amiable.playbooks.definitions import Playbook, choose_playbook
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.planner import Action, CaseFacts, DoneStep, Promise, plan
from amiable.playbooks.templates import step_spec
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
class FirstLetter:
    """The first letter a message is (CPCE R124-4): recorded on the case once it goes out,
    for every later message to recall its reference and date."""

    reference: str
    sent_on: date


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    subject: str | None
    text: str
    html: str | None
    lang: str
    first_letter: FirstLetter | None = None


class ContentRefused(Exception):
    """The rendered message may not go out (a mandatory mention missing, a deny-listed
    phrase): the step is blocked under the rule "content", with the reasons."""


class Renderer(Protocol):
    """Writes an action's message. `book` holds the batch's reads (the case's statement
    among them): a renderer takes what it needs from it rather than querying."""

    def __call__(
        self,
        session: Session,
        case: Case,
        action: ScheduledAction,
        now: datetime,
        *,
        book: CaseBook,
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

    def merge(self, other: RunReport) -> None:
        self.queued += other.queued
        self.deferred += other.deferred
        self.blocked += other.blocked
        self.skipped += other.skipped
        for rule, count in other.rules.items():
            self.rules[rule] = self.rules.get(rule, 0) + count
        self.queued_cases.extend(other.queued_cases)


# -- what a batch reads ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """A scheduled action of a case as the planner needs it (plain values, no ORM)."""

    id: int
    playbook: str
    step: str
    kind: str
    status: str
    data: dict[str, Any]
    updated_at: datetime
    idempotency_key: str
    done_at: datetime | None = None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> ActionRecord:
        data = values["data"]
        done_at = data.get("done_at")
        return cls(
            id=values.get("id") or 0,
            playbook=values["playbook"],
            step=values["step"],
            kind=values["kind"],
            status=values["status"],
            data=data,
            updated_at=values["updated_at"],
            idempotency_key=values["idempotency_key"],
            done_at=datetime.fromisoformat(done_at) if done_at else None,
        )


@dataclass
class CaseBook:
    """What the dispatcher and the renderer need of a set of cases, read in a handful of
    queries for the whole set: the cases with their debtor, contact points, claims,
    creditor and mandates; their ledger entries; the history of their scheduled actions;
    the messages of the last days (for the caps); the tenants and the rate tables.

    A daily run reads one book per batch of a few hundred actions instead of twenty
    queries per action. The book is a snapshot taken in the batch's transaction; what the
    batch itself decides is noted in it (`note`), so later decisions see it.
    """

    cases: dict[int, Case]
    tenants: dict[int, Tenant]
    entries: dict[int, list[Entry]]
    history: dict[int, list[ActionRecord]]
    sent: dict[int, list[SentMessage]]
    rates: RateTables
    session: Session
    replies: dict[int, datetime] = field(default_factory=dict)
    """When each case's debtor last wrote (or said on the phone) something read."""
    commitments: dict[int, Commitment] = field(default_factory=dict)
    """The promise or plan instalment each case waits for, or the last one broken."""
    _statements: dict[tuple[int, date], Statement] = field(default_factory=dict)
    _contacts: dict[int, frozenset[str]] = field(default_factory=dict)

    def contacts(self, case: Case) -> frozenset[str]:
        """The kinds of valid contact points of the case's debtor (see `_contact_kinds`)."""
        found = self._contacts.get(case.id)
        if found is None:
            found = self._contacts[case.id] = _contact_kinds(case)
        return found

    def statement(self, case: Case, as_of: date) -> Statement:
        key = (case.id, as_of)
        found = self._statements.get(key)
        if found is None:
            found = case_statement(
                self.session, case, as_of, entries=self.entries.get(case.id, []), rates=self.rates
            )
            self._statements[key] = found
        return found

    def note(self, action: ScheduledAction | Mapping[str, Any]) -> None:
        """Record in the book what the batch just did to an action, or a new one."""
        values = action if isinstance(action, Mapping) else _action_values(action)
        records = self.history.setdefault(values["case_id"], [])
        record = ActionRecord.of(values)
        for index, existing in enumerate(records):
            if existing.idempotency_key == record.idempotency_key:
                records[index] = record
                return
        records.append(record)


def load_book(session: Session, case_ids: Iterable[int], now: datetime) -> CaseBook:
    ids = sorted(set(case_ids))
    cases = {case.id: case for case in session.scalars(select(Case).where(Case.id.in_(ids)))}
    tenant_ids = {case.tenant_id for case in cases.values()}
    tenants = {
        tenant.id: tenant
        for tenant in session.scalars(select(Tenant).where(Tenant.id.in_(tenant_ids)))
    }
    history: dict[int, list[ActionRecord]] = {case_id: [] for case_id in ids}
    for row in session.execute(
        select(ScheduledAction.case_id, ScheduledAction.id, ScheduledAction.playbook,
               ScheduledAction.step, ScheduledAction.kind, ScheduledAction.status,
               ScheduledAction.data, ScheduledAction.updated_at, ScheduledAction.idempotency_key)
        .where(ScheduledAction.case_id.in_(ids))
        .order_by(ScheduledAction.id)
    ):  # fmt: skip
        history[row.case_id].append(ActionRecord.of(dict(row._mapping)))
    sent: dict[int, list[SentMessage]] = {case_id: [] for case_id in ids}
    for case_id, at, channel in session.execute(
        select(OutboundMessage.case_id, OutboundMessage.created_at, OutboundMessage.channel).where(
            OutboundMessage.case_id.in_(ids), OutboundMessage.created_at > now - timedelta(days=8)
        )
    ):
        sent[case_id].append(SentMessage(at, channel))
    replies = {
        case_id: at
        for case_id, at in session.execute(
            select(InboundMessage.case_id, func.max(InboundMessage.received_at))
            .where(InboundMessage.case_id.in_(ids), InboundMessage.status == "read")
            .group_by(InboundMessage.case_id)
        )
        if case_id is not None
    }
    return CaseBook(
        cases=cases,
        tenants=tenants,
        entries=ledger_entries(session, ids),
        history=history,
        sent=sent,
        rates=rate_tables(session),
        session=session,
        replies=replies,
        commitments=load_commitments(session, ids),
    )


@dataclass(frozen=True, slots=True)
class Commitment:
    """What the debtor committed to, as the planner follows it: a promise, or the plan's
    first instalment not covered by the payments so far."""

    key: str
    due_on: date
    amount_cents: int
    kept: bool = False


def load_commitments(session: Session, case_ids: Sequence[int]) -> dict[int, Commitment]:
    """Per case, its latest promise or plan that is pending, running or broken (kept and
    cancelled ones are history: nothing follows them)."""
    found: dict[int, tuple[datetime, Commitment]] = {}
    for row in session.execute(
        select(PromiseRow.case_id, PromiseRow.id, PromiseRow.due_on, PromiseRow.amount_cents,
               PromiseRow.status, PromiseRow.created_at)
        .where(PromiseRow.case_id.in_(case_ids),
               PromiseRow.status.in_(("pending", "broken", "partly_kept")))
    ):  # fmt: skip
        commitment = Commitment(f"p{row.id}", row.due_on, row.amount_cents)
        _keep_latest(found, row.case_id, row.created_at, commitment)
    for plan_row in session.scalars(
        select(PaymentPlan).where(
            PaymentPlan.case_id.in_(case_ids), PaymentPlan.status.in_(("accepted", "broken"))
        )
    ):
        uncovered = first_uncovered(plan_row.instalments, plan_row.paid_cents)
        if uncovered is None:
            continue
        item, still_due = uncovered
        commitment = Commitment(
            f"plan{plan_row.id}-{item['number']}", date.fromisoformat(item["due_on"]), still_due
        )
        _keep_latest(
            found, plan_row.case_id, plan_row.accepted_at or plan_row.offered_at, commitment
        )
    return {case_id: commitment for case_id, (_, commitment) in found.items()}


def _keep_latest(
    found: dict[int, tuple[datetime, Commitment]], case_id: int, at: datetime, item: Commitment
) -> None:
    if case_id not in found or found[case_id][0] <= at:
        found[case_id] = (at, item)


# -- planning ---------------------------------------------------------------------------

_FOLLOW_UPS = ("promise_reminder", "broken_promise")


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


def _pinned_playbook(book: CaseBook, case: Case, playbooks: Sequence[Playbook]) -> Playbook | None:
    """A case keeps the playbook it started with: a payment that moves its balance to
    another segment must not start another sequence (and another first letter)."""
    started = next(
        (row.playbook for row in book.history.get(case.id, ()) if row.kind not in _FOLLOW_UPS),
        None,
    )
    return next((playbook for playbook in playbooks if playbook.id == started), None)


def case_facts(book: CaseBook, case: Case, playbook: Playbook, statement: Statement) -> CaseFacts:
    finished = sorted(
        (
            row
            for row in book.history.get(case.id, ())
            if row.playbook == playbook.id
            and row.status in FINISHED
            and row.kind not in _FOLLOW_UPS
        ),
        key=lambda row: (row.updated_at, row.id),
    )
    done = tuple(
        DoneStep(row.step, row.done_at, "sent" if row.status == "done" else row.status)
        for row in finished
        if row.done_at is not None
    )
    open_due = [claim.due_date for claim in case.claims if claim.status != "paid"]
    status = CaseStatus(case.status)
    commitment = book.commitments.get(case.id)
    promise = None
    if commitment is not None:
        # The follow-ups already planned or sent for it (the planner's keys).
        base = f"{case.id}:promise:{commitment.key}"
        keys = {row.idempotency_key for row in book.history.get(case.id, ())}
        promise = Promise(
            key=commitment.key,
            due_on=commitment.due_on,
            kept=commitment.kept,
            reminded=f"{base}:reminder" in keys,
            broken_noticed=f"{base}:broken" in keys,
        )
    return CaseFacts(
        case_id=case.id,
        stops_chasing=status.stops_chasing,
        # A promise pending or a plan's instalment is followed by the planner (a reminder
        # the day before, a notice when it is not kept); a case set to promised or on a
        # plan by hand, with nothing recorded to follow, waits.
        plan_active=status in (CaseStatus.ON_PLAN, CaseStatus.PROMISED) and commitment is None,
        promise=promise,
        placed_at=case.opened_at,
        due_on=min(open_due) if open_due else None,
        balance_cents=int(statement.total_due * 100),
        contacts=book.contacts(case),
        done=done,
        # A reply restarts the clock of the steps that wait for one (no_reply).
        last_reply_at=book.replies.get(case.id),
    )


def next_action(
    book: CaseBook, case: Case, playbooks: Sequence[Playbook], now: datetime
) -> dict[str, Any] | None:
    """The values of the case's next `scheduled_action` row, or None: one is already
    pending, nothing is owed, the playbook is over or waits. Pure, given the book."""
    history = book.history.get(case.id, [])
    if any(row.status in ("pending", "leased") for row in history):
        return None
    # The balance decides the segment and whether anything is owed: computed once.
    statement = book.statement(case, now.date())
    playbook = _pinned_playbook(book, case, playbooks) or playbook_for(
        case, playbooks, now, statement
    )
    if playbook is None:
        return None
    action = plan(case_facts(book, case, playbook, statement), playbook, now).action
    if action is None:
        return None
    if any(row.idempotency_key == action.idempotency_key for row in history):
        return None
    action = _firmer_after_broken(case, action)
    commitment = book.commitments.get(case.id)
    extra: dict[str, Any] = {}
    if action.kind in _FOLLOW_UPS:
        if commitment is not None:
            extra["promise"] = {"amount_cents": commitment.amount_cents,
                                "due_on": commitment.due_on.isoformat()}  # fmt: skip
        # A promise's reminder goes by e-mail, else by SMS; without either it is recorded
        # as skipped, so that the promise is followed all the same (its broken notice,
        # then the playbook resuming) rather than waiting for a reminder that cannot go.
        contacts = book.contacts(case)
        channel = StepChannel.EMAIL if "email" in contacts else StepChannel.SMS
        if channel is StepChannel.SMS and "mobile" not in contacts:
            extra["skip"] = True
            action = replace(action, reason=f"{action.reason}; no e-mail or mobile to send it")
        action = replace(action, channel=channel)
    return {
        "tenant_id": case.tenant_id,
        "case_id": case.id,
        "playbook": playbook.id,
        "step": action.step_id or action.kind,
        "kind": action.kind
        if action.kind != "step"
        else (action.channel.value if action.channel else "step"),
        "due_at": action.due_at,
        "status": "pending",
        "attempts": 0,
        "idempotency_key": action.idempotency_key,
        "data": {
            "action": "skip" if extra.pop("skip", False) else action.kind,
            "channel": action.channel.value if action.channel else None,
            "template": action.template,
            "tone": action.tone.value if action.tone else None,
            "reason": action.reason,
            **extra,
        },
        "created_at": now,
        "updated_at": now,
    }


_TONES = (Tone.PREVENTIF, Tone.CORDIAL, Tone.FERME)


def _firmer_after_broken(case: Case, action: Action) -> Action:
    """After a broken promise or plan the playbook resumes one tone firmer per broken
    commitment, as far as the step's templates go (never beyond ferme, never threats)."""
    broken = int((case.agent_state or {}).get("broken", 0))
    if not broken or action.kind != "step" or action.tone is None or action.template is None:
        return action
    allowed = step_spec(action.template).tones
    tone = action.tone
    for _ in range(broken):
        following = _TONES[min(_TONES.index(tone) + 1, len(_TONES) - 1)]
        if following.value in allowed:
            tone = following
    if tone is action.tone:
        return action
    return replace(
        action, tone=tone, reason=f"{action.reason}; {tone.value} after a broken commitment"
    )


def schedule_next(
    session: Session,
    *,
    case: Case,
    playbooks: Sequence[Playbook],
    now: datetime,
    book: CaseBook | None = None,
) -> ScheduledAction | None:
    """Add the case's next action to the session, unless one is already pending.
    Idempotent. `book` is the batch's reads; without it, the case's are read here."""
    if book is None:
        book = load_book(session, (case.id,), now)
    values = next_action(book, case, playbooks, now)
    if values is None:
        return None
    row = ScheduledAction(**values)
    session.add(row)
    book.note(values)
    return row


def schedule_cases(
    database: Database,
    case_ids: Iterable[int],
    *,
    playbooks: Sequence[Playbook],
    now: datetime,
    batch: int = 1_000,
) -> int:
    """Plan the next action of many cases, a batch per transaction, written in one
    statement per batch; returns how many actions were scheduled."""
    ids = list(case_ids)
    scheduled = 0
    for start in range(0, len(ids), batch):
        with database.write() as session, session.no_autoflush:
            book = load_book(session, ids[start : start + batch], now)
            rows = []
            for case in book.cases.values():
                values = next_action(book, case, playbooks, now)
                if values is not None:
                    book.note(values)
                    rows.append(values)
            if rows:
                session.execute(insert(ScheduledAction), rows)
            scheduled += len(rows)
    return scheduled


# -- claiming, reaping ------------------------------------------------------------------


def claim_due(
    database: Database,
    *,
    owner: str,
    now: datetime,
    limit: int = 500,
    lease: timedelta = LEASE,
    tenant_id: int | None = None,
) -> list[int]:
    """Lease up to `limit` due actions for `owner` (of one tenant, when given: its
    playbooks are the ones to run them with); returns their ids."""
    due = select(ScheduledAction.id).where(
        ScheduledAction.status == "pending", ScheduledAction.due_at <= now
    )
    if tenant_id is not None:
        due = due.where(ScheduledAction.tenant_id == tenant_id)
    with database.write() as session:
        candidates = session.scalars(
            due.order_by(ScheduledAction.due_at, ScheduledAction.id).limit(limit)
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

BATCH = 500
"""Actions run per transaction. A batch reads its cases in a few queries and writes its
rows in one flush; one failing action never costs the others (see `run_claimed`)."""


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
    batch: int = BATCH,
) -> RunReport:
    """Execute the claimed actions, `batch` of them at a time.

    A batch is decided on a read snapshot, without holding the write lock (so workers in
    other processes decide in parallel): guard, render and next step for each action,
    in memory; an exception there is that action's alone, set aside as blocked under
    "error". Its rows are then written in one short write transaction, which first checks
    that each action is still this worker's and that nothing happened to its case since
    the snapshot (an event, a payment); an action whose case moved is decided again
    inside that transaction. If the write fails at the database (another worker took
    over an action whose lease ran out and wrote it first), the batch's actions are run
    one by one, so the others still go out and the taken one is seen done.
    """
    report = report or RunReport()
    ids = list(claimed)
    for start in range(0, len(ids), batch):
        _run_batch(
            database,
            ids[start : start + batch],
            owner=owner,
            playbooks=playbooks,
            render=render,
            now=now,
            window_for=window_for or debtor_window,
            report=report,
        )
    return report


def _run_batch(
    database: Database,
    ids: Sequence[int],
    *,
    owner: str,
    playbooks: Sequence[Playbook],
    render: Renderer,
    now: datetime,
    window_for: WindowFor,
    report: RunReport,
) -> None:
    decide = partial(
        _decide_batch,
        owner=owner,
        playbooks=playbooks,
        render=render,
        now=now,
        window_for=window_for,
    )
    with database.read() as session:
        marks = _Marks.read(session)
        decisions = decide(session, ids)
    outcome = RunReport()
    try:
        with database.write() as session:
            ours = set(
                session.scalars(
                    select(ScheduledAction.id)
                    .where(
                        ScheduledAction.id.in_([d.action_id for d in decisions]),
                        ScheduledAction.status == "leased",
                        ScheduledAction.lease_owner == owner,
                    )
                    .with_for_update()
                )
            )
            moved = marks.cases_changed(session, {d.case_id for d in decisions})
            kept = [d for d in decisions if d.action_id in ours and d.case_id not in moved]
            again = [d.action_id for d in decisions if d.action_id in ours and d.case_id in moved]
            if again:
                kept += decide(session, again)
            writes = _Writes()
            for decision in kept:
                writes.extend(decision.writes)
                outcome.merge(decision.report)
            writes.apply(session)
    except DBAPIError as error:
        if len(ids) > 1:
            for action_id in ids:
                _run_batch(
                    database,
                    (action_id,),
                    owner=owner,
                    playbooks=playbooks,
                    render=render,
                    now=now,
                    window_for=window_for,
                    report=report,
                )
            return
        _set_aside(database, ids[0], owner=owner, now=now, error=error, report=report)
        return
    report.merge(outcome)


@dataclass(frozen=True)
class _Marks:
    """Where the case events and the ledger stood when a batch's snapshot was taken:
    anything written after, to one of its cases, means that case is decided again."""

    event_id: int
    entry_id: int

    @classmethod
    def read(cls, session: Session) -> _Marks:
        return cls(
            event_id=session.scalar(select(func.max(CaseEvent.id))) or 0,
            entry_id=session.scalar(select(func.max(LedgerEntry.id))) or 0,
        )

    def cases_changed(self, session: Session, case_ids: set[int]) -> set[int]:
        if not case_ids:
            return set()
        events = select(CaseEvent.case_id).where(
            CaseEvent.case_id.in_(case_ids), CaseEvent.id > self.event_id
        )
        entries = select(LedgerEntry.case_id).where(
            LedgerEntry.case_id.in_(case_ids), LedgerEntry.id > self.entry_id
        )
        return set(session.scalars(events.union(entries)))


_ACTION_COLUMNS = (
    "id", "tenant_id", "case_id", "playbook", "step", "kind", "due_at", "status",
    "lease_owner", "lease_expires_at", "attempts", "idempotency_key", "data", "created_at",
    "updated_at",
)  # fmt: skip
_ACTION_CHANGES = ("id", "status", "lease_owner", "lease_expires_at", "due_at", "attempts",
                   "data", "updated_at")  # fmt: skip


def _action_values(action: ScheduledAction) -> dict[str, Any]:
    return {name: getattr(action, name) for name in _ACTION_COLUMNS}


@dataclass
class _Writes:
    """What a batch writes, applied in one statement per table at its end."""

    actions: list[dict[str, Any]] = field(default_factory=list)
    outbound: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    scheduled: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)

    def extend(self, other: _Writes) -> None:
        self.actions += other.actions
        self.outbound += other.outbound
        self.events += other.events
        self.scheduled += other.scheduled
        self.cases += other.cases

    def action(self, action: ScheduledAction) -> None:
        self.actions.append({name: getattr(action, name) for name in _ACTION_CHANGES})

    def apply(self, session: Session) -> None:
        # Core statements, one executemany per table: the ORM's bulk paths cost as much
        # again in bookkeeping, for rows that no session will look at.
        connection = session.connection()
        if self.actions:
            connection.execute(update_by_id(ScheduledAction), by_id(self.actions))
        for model, rows in (
            (OutboundMessage, self.outbound),
            (CaseEvent, self.events),
            (ScheduledAction, self.scheduled),
        ):
            if rows:
                connection.execute(insert(model.__table__), rows)  # type: ignore[arg-type]
        if self.cases:
            connection.execute(update_by_id(Case), by_id(self.cases))


@dataclass
class _Decision:
    """What was decided for one action: its rows, and its part of the report."""

    action_id: int
    case_id: int
    writes: _Writes
    report: RunReport


def _decide_batch(
    session: Session,
    ids: Sequence[int],
    *,
    owner: str,
    playbooks: Sequence[Playbook],
    render: Renderer,
    now: datetime,
    window_for: WindowFor,
) -> list[_Decision]:
    """Decide the actions `ids` that are still this worker's. Reads only: the actions
    are read as values and worked on as detached objects, and what is decided comes back
    as rows to write."""
    columns = [getattr(ScheduledAction, name) for name in _ACTION_COLUMNS]
    loaded = session.execute(
        select(*columns).where(ScheduledAction.id.in_(ids)).order_by(ScheduledAction.id)
    ).all()
    decisions: list[_Decision] = []
    mine: list[dict[str, Any]] = []
    cases_seen: set[int] = set()
    for row in loaded:
        values = dict(row._mapping)
        if values["status"] != "leased" or values["lease_owner"] != owner:
            continue  # reaped and taken by another worker meanwhile
        if values["case_id"] in cases_seen:
            # Two actions of one case in a batch: the second waits for the next claim,
            # so that it is decided with the first one's outcome known.
            released = ScheduledAction(**values)
            _release(released, now)
            writes = _Writes()
            writes.action(released)
            decisions.append(_Decision(released.id, released.case_id, writes, RunReport()))
            continue
        cases_seen.add(values["case_id"])
        mine.append(values)
    if not mine:
        return decisions
    with session.no_autoflush:
        book = load_book(session, cases_seen, now)
        for values in mine:
            decisions.append(
                _decide_one(
                    session,
                    book,
                    values,
                    playbooks=playbooks,
                    render=render,
                    now=now,
                    window_for=window_for,
                )
            )
    return decisions


def _decide_one(
    session: Session,
    book: CaseBook,
    values: dict[str, Any],
    *,
    playbooks: Sequence[Playbook],
    render: Renderer,
    now: datetime,
    window_for: WindowFor,
) -> _Decision:
    case = book.cases[values["case_id"]]
    action = ScheduledAction(**values)
    attempt, decided = RunReport(), _Writes()
    try:
        later = _moved_by_a_reply(book, case, action, playbooks, now)
        if later is not None:
            # The debtor wrote after this step was planned: a step that waits for no
            # reply counts its delay from the reply (the planner says until when).
            event = _defer(
                case, action, Verdict("defer", "reply", _reply_reason(book, case), later), now
            )
            decided.events.extend([event] if event is not None else [])
            attempt.count("reply")
            attempt.deferred += 1
            decided.action(action)
            return _Decision(action.id, case.id, decided, attempt)
        _execute(
            session,
            book,
            case,
            action,
            render=render,
            now=now,
            window_for=window_for,
            writes=decided,
            report=attempt,
        )
        book.note(action)
        following = next_action(book, case, playbooks, now)
        if following is not None:
            decided.scheduled.append(following)
            book.note(following)
    except Exception as error:
        # Whatever went wrong is this case's (an unknown place, a bad record): the action
        # is set aside for a person, with the reason, and the run goes on. Nothing the
        # attempt decided is kept.
        action = ScheduledAction(**values)
        _finish(action, "blocked", now, rule="error")
        reason = f"error: {type(error).__name__}: {error}"
        attempt, decided = RunReport(), _Writes()
        decided.events.append(_event_values(events.action_blocked, case, action, now, reason))
        attempt.count("error")
        attempt.blocked += 1
        book.note(action)
    decided.action(action)
    return _Decision(action.id, case.id, decided, attempt)


def _moved_by_a_reply(
    book: CaseBook,
    case: Case,
    action: ScheduledAction,
    playbooks: Sequence[Playbook],
    now: datetime,
) -> datetime | None:
    """When the step must now wait until because the debtor replied after it was
    planned, or None when the reply changes nothing for it."""
    replied = book.replies.get(case.id)
    if replied is None or replied <= action.created_at or action.data.get("action") != "step":
        return None
    playbook = _pinned_playbook(book, case, playbooks)
    if playbook is None:
        return None
    statement = book.statement(case, now.date())
    replanned = plan(case_facts(book, case, playbook, statement), playbook, now).action
    if replanned is None or replanned.idempotency_key != action.idempotency_key:
        return None
    return replanned.due_at if replanned.due_at > now else None


def _reply_reason(book: CaseBook, case: Case) -> str:
    replied = book.replies[case.id]
    return f"the debtor replied on {replied.date().isoformat()}: the step counts from then"


def _release(action: ScheduledAction, now: datetime) -> None:
    action.status = "pending"
    action.lease_owner = None
    action.lease_expires_at = None
    action.updated_at = now


def _set_aside(
    database: Database,
    action_id: int,
    *,
    owner: str,
    now: datetime,
    error: Exception,
    report: RunReport,
) -> None:
    """An action whose own transaction failed at the database: blocked under "error"."""
    with database.write() as session:
        action = session.scalars(
            select(ScheduledAction).where(ScheduledAction.id == action_id).with_for_update()
        ).one_or_none()
        if action is None or action.status != "leased" or action.lease_owner != owner:
            return
        case = session.get_one(Case, action.case_id)
        _finish(action, "blocked", now, rule="error")
        reason = f"error: {type(error).__name__}: {str(error).splitlines()[0][:200]}"
        session.add(CaseEvent(**_event_values(events.action_blocked, case, action, now, reason)))
    report.count("error")
    report.blocked += 1


def _execute(
    session: Session,
    book: CaseBook,
    case: Case,
    action: ScheduledAction,
    *,
    render: Renderer,
    now: datetime,
    window_for: WindowFor | None,
    writes: _Writes,
    report: RunReport,
) -> None:
    """Decide one action: changes `action` (a detached object) and adds to `writes`."""
    channel = action.data.get("channel")
    if action.data.get("action") == "skip":
        _finish(action, "skipped", now)
        reason = action.data.get("reason", "")
        writes.events.append(_event_values(events.action_skipped, case, action, now, reason))
        report.skipped += 1
        return
    channel = channel or "email"
    facts = guard_facts(session, case, channel, now, book=book)
    window = window_for(case) if window_for else None
    verdict = guard(facts, channel, now, jurisdiction_rules(case.jurisdiction), window)
    report.count(verdict.rule)
    if verdict.decision == "defer" or (
        verdict.decision == "block" and verdict.rule in ("mandate", "agency_prerequisites")
    ):
        event = _defer(case, action, verdict, now)
        if event is not None:
            writes.events.append(event)
        report.deferred += 1
        return
    if verdict.decision == "block":
        _finish(action, "blocked", now, rule=verdict.rule)
        reason = f"{verdict.rule}: {verdict.reason}"
        writes.events.append(_event_values(events.action_blocked, case, action, now, reason))
        report.blocked += 1
        return
    try:
        rendered = render(session, case, action, now, book=book)
    except ContentRefused as refused:
        _finish(action, "blocked", now, rule="content")
        reason = f"content: {refused}"
        writes.events.append(_event_values(events.action_blocked, case, action, now, reason))
        report.count("content")
        report.blocked += 1
        return
    writes.outbound.append(
        {
            "tenant_id": case.tenant_id,
            "case_id": case.id,
            "scheduled_action_id": action.id,
            "idempotency_key": action.idempotency_key,
            "channel": channel,
            "template": action.data.get("template") or "",
            "tone": action.data.get("tone") or "",
            "lang": rendered.lang,
            "recipient": _recipient(case, channel),
            "subject": rendered.subject,
            "body_text": rendered.text,
            "body_html": rendered.html,
            "status": "queued",
            "scheduled_for": action.due_at,
            "sent_at": None,
            "debtor_timezone": case.debtor.timezone,
            "playbook": action.playbook,
            "step": action.step,
            "reason": (action.data.get("reason") or "")[:300],
            "data": {"guard": verdict.rule},
            "created_at": now,
        }
    )
    _finish(action, "done", now)
    reason = action.data.get("reason", "")
    writes.events.append(
        _event_values(events.message_queued, case, action, now, reason, channel=channel)
    )
    book.sent.setdefault(case.id, []).append(SentMessage(now, channel))
    report.queued += 1
    report.queued_cases.append(case.id)
    if rendered.first_letter is not None:
        writes.cases.append(
            {
                "id": case.id,
                "first_letter_reference": rendered.first_letter.reference,
                "first_letter_on": rendered.first_letter.sent_on,
            }
        )


def debtor_window(case: Case) -> Callable[[datetime, str], datetime | None]:
    """The contact window where the debtor lives (compliance/data/contact_windows.yaml)."""
    debtor = case.debtor
    return window_check(place_for(debtor.country, debtor.postcode), case.jurisdiction)


def guard_facts(
    session: Session, case: Case, channel: str, now: datetime, book: CaseBook | None = None
) -> GuardFacts:
    if book is None:
        book = load_book(session, (case.id,), now)
    tenant = book.tenants[case.tenant_id]
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
        sent=tuple(
            message
            for message in book.sent.get(case.id, ())
            if message.at > now - timedelta(days=8)
        ),
        prescribed_claims=_prescribed_claims(book, case, now),
    )


def _prescribed_claims(book: CaseBook, case: Case, now: datetime) -> tuple[str, ...]:
    payments = tuple(
        entry.effective_date
        for entry in book.entries.get(case.id, ())
        if entry.kind is EntryKind.PAYMENT
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
    case: Case, action: ScheduledAction, verdict: Verdict, now: datetime
) -> dict[str, Any] | None:
    until = verdict.until or now + HOLD_RETRY
    last_rule = action.data.get("last_rule")
    action.status = "pending"
    action.lease_owner = None
    action.lease_expires_at = None
    action.due_at = max(until, now)
    action.attempts += 1
    action.updated_at = now
    action.data = {**action.data, "last_rule": verdict.rule}
    if last_rule == verdict.rule:
        # One event per change of reason: a case held for weeks is not a flood of events.
        return None
    return _event_values(
        events.action_deferred,
        case,
        action,
        now,
        f"{verdict.rule}: {verdict.reason}",
        until=action.due_at,
    )


def _finish(action: ScheduledAction, status: str, now: datetime, rule: str | None = None) -> None:
    action.status = status
    action.lease_owner = None
    action.lease_expires_at = None
    action.updated_at = now
    action.data = {**action.data, "done_at": now.isoformat(), **({"rule": rule} if rule else {})}


def _event_values(
    factory: Callable[..., dict[str, Any]],
    case: Case,
    action: ScheduledAction,
    now: datetime,
    reason: str,
    **data: object,
) -> dict[str, Any]:
    return factory(
        tenant_id=case.tenant_id,
        case_id=case.id,
        at=now,
        actor=f"playbook:{action.playbook}",
        reason=reason,
        step=action.step,
        idempotency_key=action.idempotency_key,
        **data,
    )


def _valid(case: Case, kind: str, channel: str | None = None) -> list[ContactPoint]:
    """The debtor's valid points of `kind`; with `channel`, those not opted out of it (a
    "STOP" to an SMS leaves the number valid for a call)."""
    return [
        point
        for point in case.debtor.contact_points
        if point.kind == kind
        and point.status == ContactStatus.VALID.value
        and (channel is None or channel not in (point.opted_out_channels or ()))
    ]


@lru_cache(maxsize=65536)
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
    if _valid(case, "email", "email"):
        kinds.add("email")
    if _valid(case, "phone", "call"):
        kinds.add("phone")
    if any(_is_mobile(point.value) for point in _valid(case, "phone", "sms")):
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
        points = _valid(case, "email", "email")
        return points[0].value if points else None
    if channel == StepChannel.SMS.value:
        mobiles = [point.value for point in _valid(case, "phone", "sms") if _is_mobile(point.value)]
        return mobiles[0] if mobiles else None
    if channel == StepChannel.CALL.value:
        phones = _valid(case, "phone", "call")
        return phones[0].value if phones else None
    if channel == StepChannel.LETTER.value:
        return _postal_address(case)
    return None
