"""The planner: a pure function of a case's state and the time, giving its next action.

    plan(facts, playbook, now) -> Plan

No clock is read and nothing is written here: the dispatcher stores what the planner
says as `scheduled_action` rows, and the compliance guard decides, when the action is
due, whether it may run now. So ninety days of dunning can be simulated in milliseconds
and every decision explained: each Plan carries the reason it was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from amiable.playbooks.choices import Anchor, Condition, StepChannel, Tone
from amiable.playbooks.definitions import Playbook, Step

PROMISE_GRACE_DAYS = 2
"""Days after a promised date before the promise counts as broken (bank transfers take
a day or two to arrive)."""

FIRST_LETTER = "first_letter"

DAY_START = time(8, 0)
"""When a step anchored on a calendar day becomes due (UTC); the guard then moves it
into the debtor's contact window."""

_CHANNEL_CONDITIONS = {
    Condition.HAS_EMAIL: "email",
    Condition.HAS_MOBILE: "mobile",
    Condition.HAS_PHONE: "phone",
    Condition.HAS_ADDRESS: "address",
}


@dataclass(frozen=True, slots=True)
class DoneStep:
    """A step of the playbook that has been dealt with: sent, skipped or blocked."""

    step_id: str
    at: datetime
    outcome: str = "sent"


@dataclass(frozen=True, slots=True)
class Promise:
    key: str
    """Stable identifier (e.g. the promise row's id), for idempotency keys."""
    due_on: date
    kept: bool = False
    reminded: bool = False
    broken_noticed: bool = False


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the planner needs to know of a case, read from the database by the caller."""

    case_id: int
    stops_chasing: bool
    """The case's status forbids contact (paid, disputed, hardship hold, legal stop…)."""
    placed_at: datetime
    due_on: date | None
    """Earliest due date of the open claims."""
    balance_cents: int
    contacts: frozenset[str] = frozenset()
    """Valid contact kinds: "email", "mobile", "phone", "address"."""
    done: tuple[DoneStep, ...] = ()
    last_reply_at: datetime | None = None
    promise: Promise | None = None
    plan_active: bool = False
    cycle: int = 0
    """How many times the playbook was resumed after a broken promise."""


@dataclass(frozen=True, slots=True)
class Action:
    """Something to do at `due_at`: a step of the playbook, or a promise follow-up."""

    kind: str
    """"step", "skip" (a step whose channel the debtor lacks), "promise_reminder" or
    "broken_promise"."""
    due_at: datetime
    idempotency_key: str
    reason: str
    channel: StepChannel | None = None
    template: str | None = None
    tone: Tone | None = None
    step_id: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """The next action, or none and why."""

    action: Action | None
    reason: str


def plan(facts: CaseFacts, playbook: Playbook, now: datetime) -> Plan:
    if facts.stops_chasing:
        return Plan(None, "the case's status stops every contact")
    if facts.balance_cents <= 0:
        return Plan(None, "nothing is owed")
    if facts.plan_active:
        return Plan(None, "a payment plan is running: its instalments are followed instead")
    promised = _promise_action(facts, now)
    if promised is not None:
        return promised
    return _next_step(facts, playbook, now)


def _promise_action(facts: CaseFacts, now: datetime) -> Plan | None:
    promise = facts.promise
    if promise is None or promise.kept:
        return None
    reminder_at = _at(promise.due_on - timedelta(days=1))
    broken_at = _at(promise.due_on + timedelta(days=PROMISE_GRACE_DAYS))
    base = f"{facts.case_id}:promise:{promise.key}"
    if now < broken_at:
        if not promise.reminded and now < _at(promise.due_on):
            return Plan(
                Action(
                    "promise_reminder",
                    reminder_at,
                    f"{base}:reminder",
                    f"the day before the promised date ({promise.due_on.isoformat()})",
                    template="promise_reminder",
                    tone=Tone.CORDIAL,
                ),
                "a promise is pending: the playbook waits for it",
            )
        return Plan(None, f"a promise is pending until {promise.due_on.isoformat()}")
    if not promise.broken_noticed:
        return Plan(
            Action(
                "broken_promise",
                broken_at,
                f"{base}:broken",
                f"no payment {PROMISE_GRACE_DAYS} days after the promised date "
                f"({promise.due_on.isoformat()})",
                template="broken_promise",
                tone=Tone.FERME,
            ),
            "the promise was not kept",
        )
    return None


def _next_step(facts: CaseFacts, playbook: Playbook, now: datetime) -> Plan:
    done = {item.step_id: item for item in facts.done}
    for item in facts.done:
        taken = playbook.by_id.get(item.step_id)
        if taken is not None and taken.template == FIRST_LETTER and item.outcome != "sent":
            # Every later contact must recall the first letter (CPCE R124-4): without it,
            # the playbook stops and a person looks at the case.
            return Plan(None, f"the first letter was {item.outcome}: nothing else may be sent")
    last = facts.done[-1] if facts.done else None
    step: Step | None
    if last is None:
        step = playbook.first()
    else:
        last_step = playbook.by_id.get(last.step_id)
        if last_step is None:
            return Plan(None, f"the last step {last.step_id!r} is not in playbook {playbook.id}")
        step = playbook.following(last_step)
    anchor_time = last.at if last else facts.placed_at
    if facts.promise is not None and facts.promise.broken_noticed:
        # After a broken promise the playbook resumes from the broken-promise notice,
        # not from a step sent long before the promise.
        anchor_time = max(
            anchor_time, _at(facts.promise.due_on + timedelta(days=PROMISE_GRACE_DAYS))
        )
    if step is None:
        return Plan(None, f"playbook {playbook.id} has no step left")
    if step.id in done:
        return Plan(None, f"step {step.id} already dealt with")
    due_at, why = _due_at(step, facts, anchor_time)
    if due_at < facts.placed_at:
        # Nothing runs before the case was placed with the agency.
        due_at, why = facts.placed_at, why + "; not before placement"
    missing = _missing_channel(step, facts)
    not_due_yet = (
        Condition.NOT_DUE_YET in step.when
        and facts.due_on is not None
        and due_at.date() >= facts.due_on
    )
    if missing or not_due_yet:
        # The step is recorded as skipped at its due time, so the rhythm of the
        # playbook holds: the next step counts its delay from there.
        reason = missing or "the claim is already due"
        return Plan(
            Action(
                "skip",
                max(due_at, facts.placed_at),
                _key(facts, playbook, step),
                f"step {step.id} skipped: {reason}",
                channel=step.channel,
                template=step.template,
                tone=step.tone,
                step_id=step.id,
            ),
            f"step {step.id} cannot run: {reason}",
        )
    return Plan(
        Action(
            "step",
            due_at,
            _key(facts, playbook, step),
            f"step {step.id} of {playbook.id}: {why}",
            channel=step.channel,
            template=step.template,
            tone=step.tone,
            step_id=step.id,
        ),
        f"next step {step.id}",
    )


def _due_at(step: Step, facts: CaseFacts, previous_at: datetime) -> tuple[datetime, str]:
    days = step.after.days
    if step.after.anchor is Anchor.PLACEMENT:
        due = facts.placed_at + timedelta(days=days)
        why = f"{days} days after placement"
    elif step.after.anchor is Anchor.DUE_DATE:
        if facts.due_on is None:
            due = facts.placed_at
            why = "no due date known: at placement"
        else:
            due = _at(facts.due_on + timedelta(days=days))
            why = f"{days:+d} days from the due date {facts.due_on.isoformat()}"
    else:
        due = previous_at + timedelta(days=days)
        why = f"{days} days after the previous step"
    if (
        Condition.NO_REPLY in step.when
        and facts.last_reply_at
        and facts.last_reply_at > previous_at
    ):
        # The debtor answered since the previous step: the clock starts again from the
        # answer, so that a conversation is never cut short by the next reminder.
        due = max(due, facts.last_reply_at + timedelta(days=max(days, 1)))
        why += (
            f"; the debtor replied on {facts.last_reply_at.date().isoformat()}, counted from then"
        )
    if Condition.OVERDUE in step.when and facts.due_on is not None:
        first_overdue = _at(facts.due_on + timedelta(days=1))
        if due < first_overdue:
            due = first_overdue
            why += "; not before the claim is overdue"
    return due, why


def _missing_channel(step: Step, facts: CaseFacts) -> str | None:
    for condition in step.when:
        needed = _CHANNEL_CONDITIONS.get(condition)
        if needed and needed not in facts.contacts:
            return f"no valid {needed} for the debtor"
    if step.channel is StepChannel.LETTER and "address" not in facts.contacts:
        return "no postal address for the debtor"
    return None


def _key(facts: CaseFacts, playbook: Playbook, step: Step) -> str:
    return f"{facts.case_id}:{playbook.id}:{step.id}:{facts.cycle}"


def _at(day: date) -> datetime:
    return datetime.combine(day, DAY_START, tzinfo=UTC)
