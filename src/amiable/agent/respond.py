"""The agent at work on one message: read what it knows, decide, act, answer.

    respond(session, inbound, config=…, now=…) -> Turn

The message is an `inbound_message` row already threaded to its case and read
(`channels.intake`, `amiable converse`). What the agent knows of the case is read here
(balance from the ledger, the mandate's bounds, the conversation's memory on the case,
the plans it offered, a pending promise); `agent.policy.decide` says what to do; each
act is applied by a verb below and recorded as a case event of the same name, with the
policy's reason; the answer is written from a template (`agent.replies`) and queued in
the outbox under the key `reply:<message id>`, so handling the same message twice sends
one answer. Anything the agent cannot do safely becomes a person's task with a summary
(`agent.summary`).

`answer_pending` runs `respond` on every message waiting for the agent, one transaction
each: one message that fails is set aside for a person, the others are answered.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from amiable.agent import policy
from amiable.agent.choices import ActionType, PlanStatus, PromiseStatus, TaskKind, TaskStatus
from amiable.agent.drafting import LlmDrafter, draft_facts
from amiable.agent.models import HumanTask, PaymentPlan, Promise
from amiable.agent.negotiation import Bounds, Instalment, PlanOption
from amiable.agent.replies import (
    ReplyRefused,
    WrittenReply,
    advice_for,
    plan_view,
    write_reply,
)
from amiable.agent.summary import Exchange, SummaryFacts, summarise
from amiable.channels.actions import channel_opt_out, contact_point_invalidate
from amiable.channels.models import InboundMessage, OutboundMessage
from amiable.channels.sms.numbers import InvalidNumber, is_mobile
from amiable.compliance.places import place_for
from amiable.compliance.windows import NoOpenWindowError, next_open
from amiable.core.db import Database
from amiable.core.money import from_cents, to_cents
from amiable.core.settings import Settings
from amiable.ledger.balances import case_statement
from amiable.ledger.rules import Statement
from amiable.nlu.actions import drafter_for
from amiable.nlu.reading import Reading
from amiable.payments.links import payment_link
from amiable.playbooks.actions import schedule_reset
from amiable.playbooks.context import PlanView, PromiseView, ReplyView
from amiable.portfolio import events
from amiable.portfolio.actions import case_event_add, case_status_set, mandate_in_force
from amiable.portfolio.choices import CaseStatus, ContactKind, ContactStatus
from amiable.portfolio.models import Case, ContactPoint, Tenant

log = logging.getLogger(__name__)

ACTOR = "agent"
OFFER_DAYS = 15
"""How long plans offered stay open for the debtor to choose."""

# When a case takes several states at once, the strongest stop wins.
_STRENGTH = {
    CaseStatus.HANDED_OVER: 7,
    CaseStatus.LEGAL_STOP: 6,
    CaseStatus.DISPUTED: 5,
    CaseStatus.HARDSHIP_HOLD: 4,
    CaseStatus.ESCALATED: 3,
    CaseStatus.ON_PLAN: 2,
    CaseStatus.PROMISED: 1,
}
_REPLY_CHANNELS = ("email", "sms")


@dataclass(frozen=True)
class AgentConfig:
    portal_url: str  # the debtor page's base: links are `<portal_url>/<token>`
    secret: bytes  # signs the payment links


def agent_config(settings: Settings) -> AgentConfig:
    """The agent's settings from the application's: the debtor page and the link secret."""
    return AgentConfig(settings.portal_url, settings.secret_key.get_secret_value().encode())


@dataclass
class Turn:
    """What the agent made of one message: for the playground, the API and the tests."""

    inbound_id: int
    case_reference: str
    reading: Reading
    decision: policy.Decision
    actions: list[dict[str, Any]] = field(default_factory=list)
    reply: WrittenReply | None = None
    reply_to: str | None = None
    scheduled_for: datetime | None = None
    reply_note: str | None = None

    def to_json(self) -> dict[str, Any]:
        reply = None
        if self.reply is not None:
            reply = {
                "template": self.reply.template,
                "channel": self.reply.channel,
                "to": self.reply_to,
                "subject": self.reply.subject,
                "text": self.reply.text,
                "scheduled_for": _iso(self.scheduled_for),
            }
        return {
            "case": self.case_reference,
            "message": self.inbound_id,
            "reading": self.reading.to_json(),
            "actions": self.actions,
            "reply": reply,
            "reason": self.decision.reason,
            **({"note": self.reply_note} if self.reply_note else {}),
        }


@dataclass
class AnswerReport:
    answered: int = 0
    silent: int = 0
    failed: int = 0
    escalated: int = 0
    triaged: int = 0

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


# Running over the waiting messages -------------------------------------------------------


def answer_pending(
    database: Database,
    *,
    config: AgentConfig,
    now: datetime,
    tenant_id: int | None = None,
    limit: int = 1000,
) -> AnswerReport:
    """Every message threaded to a case, read and not yet handled, oldest first."""
    report = AnswerReport()
    with database.read() as session:
        query = select(InboundMessage.id).where(
            InboundMessage.status == "read",
            InboundMessage.handled_at.is_(None),
            InboundMessage.case_id.is_not(None),
        )
        if tenant_id is not None:
            query = query.where(InboundMessage.tenant_id == tenant_id)
        ids = list(session.scalars(query.order_by(InboundMessage.id).limit(limit)))
    _triage(database, now, tenant_id, limit, report)
    for inbound_id in ids:
        try:
            with database.write() as session:
                # Locked (PostgreSQL; SQLite's write transaction is exclusive already): two
                # passes at once never both act on one message.
                inbound = session.get(InboundMessage, inbound_id, with_for_update=True)
                if inbound is None or inbound.handled_at is not None:
                    continue
                turn = respond(session, inbound, config=config, now=now)
                text = inbound.text
            draft_pending(database, turn, text)
        except Exception as error:  # one message never stops the others
            log.exception("the agent failed on inbound message %s", inbound_id)
            set_aside(database, inbound_id, error, now)
            report.failed += 1
            continue
        if turn.reply is not None:
            report.answered += 1
        else:
            report.silent += 1
        if turn.decision.escalated:
            report.escalated += 1
    return report


def _triage(
    database: Database, now: datetime, tenant_id: int | None, limit: int, report: AnswerReport
) -> None:
    """A message no case could be found for (an unknown sender, no reference) is a
    person's to place: one review task each, with the message quoted."""
    with database.write() as session:
        query = select(InboundMessage).where(
            InboundMessage.status == "triage", InboundMessage.handled_at.is_(None)
        )
        if tenant_id is not None:
            query = query.where(InboundMessage.tenant_id == tenant_id)
        for inbound in session.scalars(query.order_by(InboundMessage.id).limit(limit)):
            inbound.handled_at = now
            session.add(
                HumanTask(
                    tenant_id=inbound.tenant_id, case_id=None, inbound_message_id=inbound.id,
                    kind=TaskKind.REVIEW.value, priority=3, status=TaskStatus.OPEN.value,
                    reason=f"a message no case was found for: {inbound.reason}"[:300],
                    summary=(
                        f"{inbound.channel} from {inbound.sender or '?'}"
                        f"{' — ' + inbound.subject if inbound.subject else ''}, "
                        f"received {_iso(inbound.received_at)}:\n"
                        f"« {' '.join((inbound.text or '').split())[:600]} »\n"
                        "Find its case (or none) and answer; a STOP was already honoured."
                    ),
                    data={}, due_at=now + _SERVICE_LEVEL[3], created_at=now,
                )
            )  # fmt: skip
            report.triaged += 1


def set_aside(database: Database, inbound_id: int, error: Exception, now: datetime) -> None:
    """A message the agent failed on goes to a person, quoted, with the error."""
    with database.write() as session:
        inbound = session.get(InboundMessage, inbound_id)
        if inbound is None:
            return
        inbound.handled_at = now
        session.add(
            HumanTask(
                tenant_id=inbound.tenant_id,
                case_id=inbound.case_id,
                inbound_message_id=inbound.id,
                kind=TaskKind.REVIEW.value,
                priority=2,
                status=TaskStatus.OPEN.value,
                reason=f"the agent could not handle this message: {error}"[:300],
                summary=f"« {(inbound.text or '')[:600]} »\n\n{type(error).__name__}: {error}",
                data={},
                due_at=now,
                created_at=now,
            )
        )


# One message ----------------------------------------------------------------------------


def respond(
    session: Session, inbound: InboundMessage, *, config: AgentConfig, now: datetime
) -> Turn:
    if inbound.case_id is None:
        raise ValueError("the message is not threaded to a case")
    case = session.get(Case, inbound.case_id)
    tenant = session.get(Tenant, inbound.tenant_id)
    if case is None or tenant is None:
        raise ValueError(f"message {inbound.id}: its case or tenant does not exist")
    reading = Reading.from_json(inbound.reading or {"intent": "other"})
    if inbound.handled_at is not None:
        # Handled already (a retried pass, a second call): nothing is done twice.
        done = policy.Decision((), None, f"message {inbound.id} was handled already")
        return Turn(inbound.id, case.reference, reading, done)
    today = now.astimezone(ZoneInfo(case.debtor.timezone)).date()
    statement = case_statement(session, case, today)
    knowledge = _knowledge(session, case, statement, today, now, inbound.channel)
    decision = policy.decide(reading, inbound.text or "", knowledge.situation)
    turn = Turn(inbound.id, case.reference, reading, decision)
    applied = _Applied()
    for act in decision.acts:
        turn.actions.append(_apply(session, act, case, inbound, knowledge, applied, now))
    _record_summary_tasks(session, case, inbound, reading, decision, statement, applied, now)
    if decision.reply is not None:
        _answer(
            session, turn, case, tenant, inbound, statement, knowledge, applied, config, today, now
        )
    else:
        _event(session, case, ActionType.NO_REPLY, now, decision.reason)
    _remember(case, decision, applied, now)
    _set_status(session, case, applied.statuses, decision.reason, now)
    if applied.statuses:
        # A promise, a plan or a stop: what was planned before no longer holds.
        schedule_reset(session, case_id=case.id, now=now, reason=decision.reason)
        case.updated_at = now
    inbound.handled_at = now
    return turn


@dataclass
class _Knowledge:
    situation: policy.Situation
    offers: tuple[policy.Offer, ...]
    state: dict[str, Any]
    case_tone: str


@dataclass
class _Applied:
    statuses: list[CaseStatus] = field(default_factory=list)
    offers: list[PlanView] = field(default_factory=list)
    plan: PlanView | None = None
    promise: PromiseView | None = None
    tasks: list[policy.Escalated] = field(default_factory=list)
    callback_by: date | None = None
    stopped_channel: str | None = None
    offer_group: str | None = None
    counter: bool = False
    done: list[str] = field(default_factory=list)


def _knowledge(
    session: Session, case: Case, statement: Statement, today: date, now: datetime, channel: str
) -> _Knowledge:
    state = dict(case.agent_state or {})
    balance = to_cents(statement.total_due)
    bounds = mandate_bounds(case, today)
    open_offers: list[policy.Offer] = []
    awaiting = state.get("awaiting")
    if awaiting == "plan_choice":
        rows = session.scalars(
            select(PaymentPlan)
            .where(
                PaymentPlan.case_id == case.id,
                PaymentPlan.status == PlanStatus.OFFERED.value,
                PaymentPlan.offer_group == state.get("offer_group"),
            )
            .order_by(PaymentPlan.id)
        ).all()
        for number, row in enumerate(rows, start=1):
            # A plan offered on another balance, or past its time, no longer binds anyone.
            if row.balance_cents == balance and row.expires_at > now:
                open_offers.append(policy.Offer(row.id, number, option_of(row)))
    last_tone = session.scalar(
        select(OutboundMessage.tone)
        .where(OutboundMessage.case_id == case.id, OutboundMessage.playbook.is_not(None))
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    )
    situation = policy.Situation(
        status=CaseStatus(case.status),
        balance_cents=balance,
        today=today,
        channel=channel,
        bounds=bounds,
        awaiting=awaiting,
        offers=tuple(open_offers),
        business=case.debtor.type == "business",
        jurisdiction=case.jurisdiction,
        countered=int(state.get("countered", 0)),
    )
    return _Knowledge(situation, tuple(open_offers), state, last_tone or "cordial")


def mandate_bounds(case: Case, today: date) -> Bounds | None:
    """What the creditor pre-approved in the mandate in force; None without one."""
    mandate = mandate_in_force(case.creditor, today)
    if mandate is None:
        return None
    return Bounds(
        max_instalments=mandate.max_instalments,
        min_instalment_cents=mandate.min_instalment_cents,
        max_months=mandate.max_plan_months,
        lump_sum_discount_percent=mandate.lump_sum_discount_percent,
    )


def option_of(row: PaymentPlan) -> PlanOption:
    return PlanOption(
        key=row.option_key,
        instalments=tuple(
            Instalment(
                int(item["number"]), date.fromisoformat(item["due_on"]), int(item["amount_cents"])
            )
            for item in row.instalments
        ),
        total_cents=row.total_cents,
        discount_cents=row.discount_cents,
    )


# The verbs -------------------------------------------------------------------------------


def _apply(
    session: Session,
    act: policy.Act,
    case: Case,
    inbound: InboundMessage,
    knowledge: _Knowledge,
    applied: _Applied,
    now: datetime,
) -> dict[str, Any]:
    data: dict[str, Any] = {}
    source = f"reply:{inbound.id}"
    if isinstance(act, policy.PromiseRecorded):
        data = promise_record(session, case, act.amount_cents, act.due_on, source, now)
        applied.promise = PromiseView(from_cents(act.amount_cents), act.due_on)
        applied.statuses.append(CaseStatus.PROMISED)
        applied.done.append(f"promise of {from_cents(act.amount_cents)} by {act.due_on}")
    elif isinstance(act, policy.DetailsRequested):
        data = {"missing": act.missing}
        applied.done.append(f"asked for the {act.missing}")
    elif isinstance(act, policy.PlanOffered):
        applied.offer_group = f"m{inbound.id}"
        applied.counter = act.counter
        ids = plans_offer(session, case, act.options, applied.offer_group, knowledge, source, now)
        applied.offers = [plan_view(n, o) for n, o in enumerate(act.options, start=1)]
        data = {
            "plans": [
                _plan_json(option, plan_id)
                for option, plan_id in zip(act.options, ids, strict=True)
            ],
            "hardship": act.hardship,
            "counter": act.counter,
        }
        applied.done.append(f"offered {len(act.options)} plan(s)")
    elif isinstance(act, policy.PlanAccepted):
        plan_id = plan_accept(
            session, case, act.option, act.plan_id, knowledge.situation.balance_cents, source, now
        )
        applied.plan = plan_view(act.number, act.option)
        applied.statuses.append(CaseStatus.ON_PLAN)
        data = _plan_json(act.option, plan_id)
        applied.done.append(f"plan accepted: {act.option.count} instalment(s)")
    elif isinstance(act, policy.PaymentLinkSent):
        data = {"amount": from_cents(act.amount_cents)}
        applied.done.append("sent the payment link")
    elif isinstance(act, policy.ProofRequested):
        applied.done.append("asked for proof of payment")
    elif isinstance(act, policy.DisputeOpened):
        data = {"dispute_type": act.dispute_type}
        if act.contested_cents is not None:
            data["contested"] = from_cents(act.contested_cents)
        applied.statuses.append(CaseStatus.DISPUTED)
        # A plan or promise of a disputed debt is no longer followed (nor broken).
        _cancel_commitments(session, case, now)
        applied.done.append(f"opened a dispute ({act.dispute_type})")
    elif isinstance(act, policy.HoldPlaced):
        data = {"kind": act.kind}
        applied.statuses.append(CaseStatus.HARDSHIP_HOLD)
        applied.done.append("put the case on hold")
    elif isinstance(act, policy.CollectionStopped):
        data = {"cause": act.cause}
        applied.statuses.append(CaseStatus.LEGAL_STOP)
        _cancel_commitments(session, case, now)
        applied.done.append(f"stopped collection ({act.cause})")
    elif isinstance(act, policy.ChannelStopped):
        stopped = channels_stop(session, case, inbound, act.channel, now)
        applied.stopped_channel = act.channel
        data = {"channel": act.channel, "contact_points": stopped}
        applied.done.append(f"stopped contact by {act.channel}")
    elif isinstance(act, policy.ContactInvalidated):
        point = _sender_point(session, case, inbound)
        if point is not None:
            contact_point_invalidate(
                session, point=point, status=ContactStatus.WRONG_PERSON,
                reason=f"message {inbound.id}: not the debtor", actor=ACTOR, now=now,
            )  # fmt: skip
        data = {"contact_point": point.value if point else inbound.sender}
        applied.done.append("invalidated the contact point")
    elif isinstance(act, policy.InfoSent):
        data = {"what": act.what}
        applied.done.append("sent the breakdown")
    elif isinstance(act, policy.CallbackScheduled):
        applied.callback_by = act.by
        applied.tasks.append(
            policy.Escalated(2, "the debtor asked to talk to a person", "call the debtor back")
        )
        applied.statuses.append(CaseStatus.ESCALATED)
        data = {"by": act.by}
        applied.done.append(f"asked a person to call back by {act.by}")
    elif isinstance(act, policy.Escalated):
        applied.tasks.append(act)
        if act.holds_case:
            applied.statuses.append(CaseStatus.ESCALATED)
        data = {"priority": act.priority, "why": act.why, "suggestion": act.suggestion}
        applied.done.append(f"escalated (priority {act.priority})")
    elif isinstance(act, policy.CreditorInformed):
        data = {"proposal": act.proposal, "rule": "CPCE R124-5"}
    _event(
        session, case, act.type, now, knowledge_reason(act), inbound_message_id=inbound.id, **data
    )
    return {"type": act.type.value, **events._jsonable(data)}


def knowledge_reason(act: policy.Act) -> str:
    if isinstance(act, policy.Escalated):
        return act.why
    if isinstance(act, policy.CreditorInformed):
        return "CPCE R124-5: the creditor is told of any proposal other than immediate payment"
    return f"agent policy: {act.type.value}"


def promise_record(
    session: Session, case: Case, amount_cents: int, due_on: date, source: str, now: datetime
) -> dict[str, Any]:
    """A new promise replaces a pending one (the debtor's latest word counts)."""
    session.execute(
        update(Promise)
        .where(Promise.case_id == case.id, Promise.status == PromiseStatus.PENDING.value)
        .values(status=PromiseStatus.CANCELLED.value, resolved_at=now)
    )
    promise = Promise(
        tenant_id=case.tenant_id, case_id=case.id, amount_cents=amount_cents, due_on=due_on,
        status=PromiseStatus.PENDING.value, paid_cents=0, source=source, created_at=now,
    )  # fmt: skip
    session.add(promise)
    session.flush()
    return {"promise": promise.id, "amount": from_cents(amount_cents), "due_on": due_on}


def plans_offer(
    session: Session,
    case: Case,
    options: Sequence[PlanOption],
    group: str,
    knowledge: _Knowledge,
    source: str,
    now: datetime,
) -> list[int]:
    """Offer plans: the ones offered before and not chosen are superseded."""
    session.execute(
        update(PaymentPlan)
        .where(PaymentPlan.case_id == case.id, PaymentPlan.status == PlanStatus.OFFERED.value)
        .values(status=PlanStatus.SUPERSEDED.value, resolved_at=now)
    )
    rows = [
        _plan_row(
            case,
            option,
            group,
            knowledge.situation.balance_cents,
            source,
            now,
            PlanStatus.OFFERED,
        )
        for option in options
    ]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]


def plan_accept(
    session: Session,
    case: Case,
    option: PlanOption,
    plan_id: int | None,
    balance_cents: int,
    source: str,
    now: datetime,
    via: str = "reply",
) -> int:
    """The debtor's yes: the chosen plan runs, the others offered with it are superseded,
    a pending promise gives way to the plan."""
    _cancel_commitments(session, case, now, keep_plan=plan_id)
    if plan_id is not None:
        row = session.get(PaymentPlan, plan_id)
        if row is None or row.case_id != case.id or row.status != PlanStatus.OFFERED.value:
            raise ValueError(f"plan {plan_id} is not open for case {case.reference}")
    else:
        row = _plan_row(case, option, source, balance_cents, source, now, PlanStatus.OFFERED)
        session.add(row)
    row.status = PlanStatus.ACCEPTED.value
    row.accepted_at = now
    row.accepted_via = via
    session.flush()
    return row.id


def _cancel_commitments(
    session: Session, case: Case, now: datetime, keep_plan: int | None = None
) -> None:
    session.execute(
        update(Promise)
        .where(Promise.case_id == case.id, Promise.status == PromiseStatus.PENDING.value)
        .values(status=PromiseStatus.CANCELLED.value, resolved_at=now)
    )
    session.execute(
        update(PaymentPlan)
        .where(
            PaymentPlan.case_id == case.id,
            PaymentPlan.status.in_((PlanStatus.OFFERED.value, PlanStatus.ACCEPTED.value)),
            PaymentPlan.id != (keep_plan or 0),
        )
        .values(status=PlanStatus.SUPERSEDED.value, resolved_at=now)
    )


def _plan_row(
    case: Case,
    option: PlanOption,
    group: str,
    balance_cents: int,
    source: str,
    now: datetime,
    status: PlanStatus,
) -> PaymentPlan:
    return PaymentPlan(
        tenant_id=case.tenant_id, case_id=case.id, status=status.value,
        option_key=option.key, offer_group=group[:60],
        balance_cents=balance_cents,
        total_cents=option.total_cents, discount_cents=option.discount_cents,
        instalments=[
            {"number": i.number, "due_on": i.due_on.isoformat(), "amount_cents": i.amount_cents}
            for i in option.instalments
        ],
        paid_cents=0, source=source[:60], offered_at=now,
        expires_at=now + timedelta(days=OFFER_DAYS),
    )  # fmt: skip


def channels_stop(
    session: Session, case: Case, inbound: InboundMessage, channel: str, now: datetime
) -> list[str]:
    """Stop `channel` on the point the debtor wrote from, or every channel on every point."""
    reason = f"message {inbound.id}: the debtor asked to stop"
    if channel == "all":
        points = list(case.debtor.contact_points)
        kinds = {"email": ("email",), "phone": ("sms", "call"), "postal": ("letter",)}
        stopped = []
        for point in points:
            for each in kinds.get(point.kind, ()):
                if channel_opt_out(
                    session, point=point, channel=each, reason=reason, actor=ACTOR, now=now
                ):
                    stopped.append(f"{point.kind}:{each}")
        return stopped
    sender = _sender_point(session, case, inbound)
    if sender is None:
        return []
    changed = channel_opt_out(
        session, point=sender, channel=channel, reason=reason, actor=ACTOR, now=now
    )
    return [f"{sender.kind}:{channel}"] if changed else []


def _sender_point(session: Session, case: Case, inbound: InboundMessage) -> ContactPoint | None:
    if not inbound.sender:
        return None
    kind = ContactKind.EMAIL.value if inbound.channel == "email" else ContactKind.PHONE.value
    value = inbound.sender.strip().lower() if kind == "email" else inbound.sender.strip()
    return next(
        (p for p in case.debtor.contact_points if p.kind == kind and p.value == value), None
    )


# Tasks for people ----------------------------------------------------------------------


def _record_summary_tasks(
    session: Session,
    case: Case,
    inbound: InboundMessage,
    reading: Reading,
    decision: policy.Decision,
    statement: Statement,
    applied: _Applied,
    now: datetime,
) -> None:
    if not applied.tasks:
        return
    first = min(applied.tasks, key=lambda task: task.priority)
    why = "; ".join(dict.fromkeys(task.why for task in applied.tasks))
    if (case.agent_state or {}).get("vulnerable") and "vulnerable" not in why:
        why = f"a debtor flagged vulnerable earlier; {why}"
    suggestion = " — ".join(dict.fromkeys(task.suggestion for task in applied.tasks))
    kind = TaskKind.CALLBACK if applied.callback_by else TaskKind.ESCALATION
    summary = summarise(
        SummaryFacts(
            case_reference=case.reference,
            debtor_name=case.debtor.name,
            debtor_type=case.debtor.type,
            creditor_name=case.creditor.name,
            status=case.status,
            total_due=statement.total_due,
            currency=case.currency,
            message=Exchange(inbound.received_at, inbound.channel, inbound.text or "",
                             reading.intent.value),
            reading={**reading.to_json()},
            did=tuple(applied.done),
            why=why,
            suggestion=suggestion,
            earlier=_earlier(session, case, inbound),
            commitments=_commitments(session, case),
        ),
        lang="fr" if case.jurisdiction == "FR" else "en",
    )  # fmt: skip
    due = now + _SERVICE_LEVEL[first.priority]
    if applied.callback_by is not None:
        due = min(due, datetime.combine(applied.callback_by, time(18), tzinfo=UTC))
    open_task = session.scalars(
        select(HumanTask).where(
            HumanTask.case_id == case.id,
            HumanTask.status == TaskStatus.OPEN.value,
            HumanTask.kind == kind.value,
        )
    ).first()
    if open_task is not None:
        # One open task per case and kind: the latest summary, the most urgent priority.
        open_task.priority = min(open_task.priority, first.priority)
        open_task.reason = why[:300]
        open_task.summary = summary
        open_task.due_at = min(open_task.due_at, due)
        open_task.inbound_message_id = inbound.id
        return
    session.add(
        HumanTask(
            tenant_id=case.tenant_id, case_id=case.id, inbound_message_id=inbound.id,
            kind=kind.value, priority=first.priority, status=TaskStatus.OPEN.value,
            reason=why[:300], summary=summary,
            data={"reading": reading.to_json(), "acts": decision.types},
            due_at=due, created_at=now,
        )
    )  # fmt: skip


_SERVICE_LEVEL = {
    1: timedelta(hours=4),
    2: timedelta(days=1),
    3: timedelta(days=2),
    4: timedelta(days=5),
}


def _earlier(session: Session, case: Case, inbound: InboundMessage) -> tuple[Exchange, ...]:
    rows = session.execute(
        select(
            InboundMessage.received_at, InboundMessage.channel, InboundMessage.text,
            InboundMessage.reading,
        )
        .where(InboundMessage.case_id == case.id, InboundMessage.id != inbound.id)
        .order_by(InboundMessage.id.desc())
        .limit(3)
    ).all()  # fmt: skip
    return tuple(
        Exchange(at, channel, text or "", str((reading or {}).get("intent", "?")))
        for at, channel, text, reading in rows
    )


def _commitments(session: Session, case: Case) -> tuple[str, ...]:
    lines = [
        f"promise {from_cents(p.amount_cents)} by {p.due_on.isoformat()}: {p.status}"
        for p in session.scalars(
            select(Promise).where(Promise.case_id == case.id).order_by(Promise.id.desc()).limit(3)
        )
    ]
    lines += [
        f"plan {p.option_key} ({len(p.instalments)} × from {p.instalments[0]['due_on']}): {p.status}"
        for p in session.scalars(
            select(PaymentPlan)
            .where(
                PaymentPlan.case_id == case.id, PaymentPlan.status != PlanStatus.SUPERSEDED.value
            )
            .order_by(PaymentPlan.id.desc())
            .limit(3)
        )
    ]
    return tuple(lines)


# The answer ----------------------------------------------------------------------------


def _answer(
    session: Session,
    turn: Turn,
    case: Case,
    tenant: Tenant,
    inbound: InboundMessage,
    statement: Statement,
    knowledge: _Knowledge,
    applied: _Applied,
    config: AgentConfig,
    today: date,
    now: datetime,
) -> None:
    template = turn.decision.reply
    assert template is not None
    channel, recipient = _reply_route(case, inbound, template)
    if channel is None or recipient is None:
        turn.reply_note = "no channel to answer on"
        _event(session, case, ActionType.NO_REPLY, now, "no channel to answer on",
               inbound_message_id=inbound.id, template=template)  # fmt: skip
        return
    reply = ReplyView(
        case_tone=knowledge.case_tone,
        missing=next(
            (a.missing for a in turn.decision.acts if isinstance(a, policy.DetailsRequested)),
            None,
        ),
        counter=applied.counter,
        stopped_channel=applied.stopped_channel,
        callback_by=applied.callback_by,
        dispute_type=next(
            (a.dispute_type for a in turn.decision.acts if isinstance(a, policy.DisputeOpened)),
            None,
        ),
        advice=advice_for(case.jurisdiction, case.debtor.language),
        document_requested=any(
            isinstance(a, policy.InfoSent) and a.what == "document" for a in turn.decision.acts
        ),
    )
    subject = None
    if inbound.subject and template not in DISCREET:
        original = " ".join(inbound.subject.split())
        subject = original if original.lower().startswith(("re:", "re :")) else f"Re: {original}"
    try:
        queued = write_and_queue(
            session, case=case, tenant=tenant, template=template, statement=statement,
            reply=reply, idempotency_key=f"reply:{inbound.id}",
            reason=f"answer to message {inbound.id}: {turn.decision.reason}",
            config=config, today=today, now=now, channel=channel, recipient=recipient,
            offers=tuple(applied.offers), plan_accepted=applied.plan, promise=applied.promise,
            subject=subject, references=(inbound.message_id,) if inbound.message_id else (),
            data={"in_reply_to": inbound.id}, debtor_message=inbound.text,
        )  # fmt: skip
    except ReplyRefused as refused:
        turn.reply_note = f"the answer could not be written: {refused}"
        applied.tasks.append(
            policy.Escalated(2, "the agent could not write its answer", str(refused)[:200], False)
        )
        _record_summary_tasks(
            session, case, inbound, turn.reading, turn.decision, statement, applied, now
        )
        _event(
            session,
            case,
            ActionType.NO_REPLY,
            now,
            turn.reply_note[:300],
            inbound_message_id=inbound.id,
        )
        return
    turn.reply, turn.reply_to, turn.scheduled_for = queued
    _event(session, case, ActionType.REPLY_QUEUED, now, turn.decision.reason,
           inbound_message_id=inbound.id, template=template, channel=channel,
           scheduled_for=turn.scheduled_for)  # fmt: skip


DISCREET = frozenset({"reply_wrong_person", "reply_deceased"})


def queue_message(
    session: Session,
    *,
    case: Case,
    tenant: Tenant,
    template: str,
    statement: Statement,
    reply: ReplyView,
    idempotency_key: str,
    reason: str,
    config: AgentConfig,
    today: date,
    now: datetime,
    plan_accepted: PlanView | None = None,
) -> bool:
    """A message of the agent's own (thanks, a plan confirmed on the debtor page) on the
    debtor's usual channel; False when there is none or it could not be written."""
    channel, recipient = _preferred_route(case)
    if channel is None or recipient is None:
        return False
    try:
        write_and_queue(
            session, case=case, tenant=tenant, template=template, statement=statement,
            reply=reply, idempotency_key=idempotency_key, reason=reason, config=config,
            today=today, now=now, channel=channel, recipient=recipient,
            plan_accepted=plan_accepted,
        )  # fmt: skip
    except ReplyRefused as refused:
        _event(session, case, ActionType.NO_REPLY, now, str(refused)[:300], template=template)
        return False
    return True


def write_and_queue(
    session: Session,
    *,
    case: Case,
    tenant: Tenant,
    template: str,
    statement: Statement,
    reply: ReplyView,
    idempotency_key: str,
    reason: str,
    config: AgentConfig,
    today: date,
    now: datetime,
    channel: str,
    recipient: str,
    offers: tuple[PlanView, ...] = (),
    plan_accepted: PlanView | None = None,
    promise: PromiseView | None = None,
    subject: str | None = None,
    references: tuple[str, ...] = (),
    data: dict[str, Any] | None = None,
    debtor_message: str | None = None,
) -> tuple[WrittenReply, str, datetime]:
    """Write the template for the case and queue it in the outbox (once per key), sent
    when the channel's window opens for the debtor. Raises ReplyRefused.

    With the tenant's drafting model on (`draft_replies`), an answer to a debtor's message
    is marked for drafting: `draft_pending`, once this transaction is committed, asks the
    model and replaces the text only if the draft passes every check (agent.drafting)."""
    link, expires_on = payment_link(config.portal_url, case.id, today, config.secret)
    discreet = template in DISCREET
    reply = replace(reply, link_expires_on=None if discreet else expires_on)
    written = write_reply(
        session, template=template, case=case, tenant=tenant, channel=channel, today=today,
        statement=statement, portal_url=None if discreet else link, reply=reply,
        offers=offers, plan_accepted=plan_accepted, promise=promise,
    )  # fmt: skip
    data = dict(data or {})
    if debtor_message and drafter_for(tenant) is not None:
        data["draft"] = {"source": "pending", "problems": []}
    scheduled_for = _when(now, channel, case)
    if subject is not None and written.subject is not None:
        written = replace(written, subject=subject[:300])  # "Re: …" keeps the thread
    existing = session.scalar(
        select(OutboundMessage.id).where(OutboundMessage.idempotency_key == idempotency_key)
    )
    if existing is None:
        session.add(
            OutboundMessage(
                tenant_id=case.tenant_id, case_id=case.id, idempotency_key=idempotency_key,
                channel=channel, template=template, tone="cordial", lang=written.lang,
                recipient=recipient, subject=written.subject,
                body_text=written.text, body_html=written.html, status="queued",
                scheduled_for=scheduled_for, debtor_timezone=case.debtor.timezone,
                reason=reason[:300],
                data={**(data or {}), "references": [r for r in references if r]},
                created_at=now,
            )
        )  # fmt: skip
    return written, recipient, scheduled_for


def _reply_route(
    case: Case, inbound: InboundMessage, template: str
) -> tuple[str | None, str | None]:
    """On the channel the debtor wrote on, to the address they wrote from when it is theirs;
    a wrong person is answered where they wrote, and nowhere else."""
    points = case.debtor.contact_points
    if template in (*DISCREET, "reply_stop_confirm"):
        # Where they wrote, and nowhere else: a stranger, or the one confirmation of a stop.
        if inbound.channel in _REPLY_CHANNELS and inbound.sender:
            return inbound.channel, inbound.sender
        return None, None
    if inbound.channel in _REPLY_CHANNELS and inbound.sender:
        point = next(
            (p for p in points if p.value in (inbound.sender, inbound.sender.strip().lower())),
            None,
        )
        usable = (
            point is not None
            and point.status == ContactStatus.VALID.value
            and (inbound.channel not in (point.opted_out_channels or []))
        )
        # A business's accountant may write from an address we do not know: answer them,
        # when they answer one of our messages (threaded by its token or Message-ID), not
        # on the strength of a case reference anyone could type.
        stranger_in_thread = (
            point is None
            and case.debtor.type == "business"
            and inbound.channel == "email"
            and inbound.in_reply_to_id is not None
        )
        if usable or stranger_in_thread:
            return inbound.channel, inbound.sender
    return _preferred_route(case)


def draft_pending(database: Database, turn: Turn, debtor_message: str | None) -> None:
    """The drafting model's version of an answer queued for drafting, asked outside any
    transaction (the model may take seconds; no write lock is held meanwhile), then put
    in place of the template in a short one — unless the answer already left, or the
    draft fails a check, in which case the template stays and the reasons are kept."""
    if turn.reply is None or not debtor_message:
        return
    key = f"reply:{turn.inbound_id}"
    with database.read() as session:
        row = session.scalars(
            select(OutboundMessage).where(OutboundMessage.idempotency_key == key)
        ).first()
        if row is None or (row.data or {}).get("draft", {}).get("source") != "pending":
            return
        tenant = session.get(Tenant, row.tenant_id)
        config = drafter_for(tenant) if tenant is not None else None
    written = turn.reply
    drafted = None
    if config is not None:
        facts = draft_facts(written.context, template_text=written.text,
                            discreet=written.template in DISCREET,
                            recall_first_letter=written.context.first_letter is not None)  # fmt: skip
        with LlmDrafter(config) as drafter:
            drafted = drafter.draft(template_text=written.text, debtor_message=debtor_message,
                                    facts=facts, context=written.context)  # fmt: skip
    with database.write() as session:
        row = session.scalars(
            select(OutboundMessage).where(OutboundMessage.idempotency_key == key)
        ).first()
        if row is None or row.status != "queued":
            return  # sent already: the template it is
        if drafted is None:
            draft = {"source": "template", "problems": ["drafting was turned off meanwhile"]}
        else:
            draft = {"source": drafted.source, "problems": list(drafted.problems)[:10]}
            if drafted.source == "llm":
                row.body_text, row.body_html = drafted.text, None
                turn.reply = replace(written, text=drafted.text, html=None)
        row.data = {**(row.data or {}), "draft": draft}


def _preferred_route(case: Case) -> tuple[str | None, str | None]:
    """The debtor's e-mail, else their mobile: valid and not opposed."""
    for channel, kind in (("email", "email"), ("sms", "phone")):
        for point in case.debtor.contact_points:
            if (
                point.kind == kind
                and point.status == ContactStatus.VALID.value
                and channel not in (point.opted_out_channels or [])
                and (kind != "phone" or _mobile(point.value))
            ):
                return channel, point.value
    return None, None


def _mobile(number: str) -> bool:
    try:
        return is_mobile(number)
    except InvalidNumber:
        return False


def _when(now: datetime, channel: str, case: Case) -> datetime:
    """The answer goes when the channel's contact window is open for the debtor."""
    place = place_for(case.debtor.country, case.debtor.postcode)
    try:
        return next_open(now, channel, place, case.jurisdiction)
    except NoOpenWindowError:
        return now


# Memory and status ----------------------------------------------------------------------


def _remember(case: Case, decision: policy.Decision, applied: _Applied, now: datetime) -> None:
    state = dict(case.agent_state or {})
    if decision.acts or decision.reply:
        # A "merci" with nothing to act on leaves the question asked still open.
        state["awaiting"] = decision.awaiting
    if applied.offer_group is not None:
        state["offer_group"] = applied.offer_group
    if applied.counter:
        state["countered"] = int(state.get("countered", 0)) + 1
    if applied.plan is not None:
        state["countered"] = 0
    if CaseStatus.HARDSHIP_HOLD in applied.statuses:
        # Flagged for good: whoever takes the case later knows the debtor said they were
        # in difficulty (never pressure; forbearance first).
        state["vulnerable"] = True
    state["turns"] = int(state.get("turns", 0)) + 1
    state["last_turn_at"] = now.isoformat()
    case.agent_state = state


def _set_status(
    session: Session, case: Case, statuses: list[CaseStatus], reason: str, now: datetime
) -> None:
    if not statuses:
        return
    target = max(statuses, key=lambda status: _STRENGTH[status])
    current = CaseStatus(case.status)
    if current == target:
        return
    # A stronger stop already in place is not weakened by the agent.
    if _STRENGTH.get(current, 0) > _STRENGTH[target] and current not in (
        CaseStatus.PROMISED,
        CaseStatus.ON_PLAN,
    ):
        return
    case_status_set(session, case, target, reason, now, ACTOR)


def _event(
    session: Session, case: Case, kind: ActionType, now: datetime, reason: str, /, **data: Any
) -> None:
    case_event_add(session, case, kind, now, ACTOR, reason, **data)


def _plan_json(option: PlanOption, plan_id: int | None) -> dict[str, Any]:
    return {
        "plan": plan_id,
        "key": option.key,
        "instalments": [
            {"number": i.number, "due_on": i.due_on, "amount": from_cents(i.amount_cents)}
            for i in option.instalments
        ],
        "total": from_cents(option.total_cents),
        "discount": from_cents(option.discount_cents),
    }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
