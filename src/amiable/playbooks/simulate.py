"""`amiable simulate`: the playbooks run over a generated portfolio with a fake clock.

A collection agency (the R124 rules apply) with the demo portfolio, in a database of its
own (never the office's), and simple debtors: some pay after a few messages, some
dispute, some fall into hardship, most never answer. Every two hours of simulated time
the scheduler claims what is due and runs it through the guard into the outbox, exactly
as in production. The report counts messages by channel and by day, cases by state,
amounts collected and every deferred or blocked action by rule.
"""

from __future__ import annotations

import random
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from amiable.channels.models import OutboundMessage
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.migrate import upgrade
from amiable.demo.load import demo_load
from amiable.ledger.balances import case_statement
from amiable.playbooks.definitions import Playbook, shipped_playbooks
from amiable.playbooks.dispatcher import (
    Renderer,
    RunReport,
    claim_due,
    reap_expired,
    run_claimed,
    schedule_cases,
    schedule_next,
)
from amiable.portfolio.models import Case, CaseEvent

TICK = timedelta(hours=2)
TENANT = "simulation"


@dataclass(frozen=True, slots=True)
class Behaviour:
    """What a simulated debtor does: after `after_messages` messages and `delay_days`
    days, the case becomes `outcome` ("paid", "disputed", "hardship_hold") — or never."""

    outcome: str | None
    after_messages: int = 1
    delay_days: int = 0


def behaviour_for(rng: random.Random) -> Behaviour:
    draw = rng.random()
    if draw < 0.30:
        return Behaviour("paid", rng.randint(1, 4), rng.randint(0, 6))
    if draw < 0.36:
        return Behaviour("disputed", rng.randint(1, 3), rng.randint(0, 3))
    if draw < 0.41:
        return Behaviour("hardship_hold", rng.randint(1, 3), rng.randint(0, 3))
    return Behaviour(None)


class Debtors(Protocol):
    """The simulated debtors: each tick, they see which cases got a message and act.
    `setup` is called once the portfolio is loaded; `act` returns what was collected;
    `report` adds its figures to the simulation's report."""

    def setup(self, database: Database, case_ids: list[int], rng: random.Random) -> None: ...

    def act(self, database: Database, queued: list[int], now: datetime) -> Decimal: ...

    def report(self, database: Database) -> dict[str, Any]: ...


def simulate(
    *,
    cases: int,
    days: int,
    seed: int,
    render: Renderer,
    start: datetime | None = None,
    folder: Path | None = None,
    playbooks: list[Playbook] | None = None,
    debtors: Debtors | None = None,
) -> dict[str, Any]:
    start = start or datetime.combine(date(2026, 3, 2), time(7, 0), tzinfo=UTC)
    playbooks = playbooks or shipped_playbooks()
    with tempfile.TemporaryDirectory() as scratch:
        path = (folder or Path(scratch)) / "simulation.db"
        database = Database(f"sqlite:///{path}")
        try:
            return _run(
                database, cases, days, seed, render, start, playbooks, debtors or StatusDebtors()
            )
        finally:
            database.dispose()


class StatusDebtors:
    """Debtors who answer by a change of status, with no words: some pay after a few
    messages, some dispute, some fall into hardship, most never answer."""

    def setup(self, database: Database, case_ids: list[int], rng: random.Random) -> None:
        self.behaviours = {case_id: behaviour_for(rng) for case_id in case_ids}
        self.received: Counter[int] = Counter()
        self.first_message_at: dict[int, datetime] = {}

    def act(self, database: Database, queued: list[int], now: datetime) -> Decimal:
        for case_id in queued:
            self.received[case_id] += 1
            self.first_message_at.setdefault(case_id, now)
        return _debtors_act(database, self.behaviours, self.received, self.first_message_at, now)

    def report(self, database: Database) -> dict[str, Any]:
        return {}


def _run(
    database: Database,
    cases: int,
    days: int,
    seed: int,
    render: Renderer,
    start: datetime,
    playbooks: list[Playbook],
    debtors: Debtors,
) -> dict[str, Any]:
    upgrade(database)
    demo_load(database, tenant=TENANT, cases=cases, seed=seed, clock=FixedClock(start))
    rng = random.Random(seed)
    with database.write() as session:
        case_ids = list(session.scalars(select(Case.id).order_by(Case.id)))
        for case in session.scalars(select(Case)):
            schedule_next(session, case=case, playbooks=playbooks, now=start)
    debtors.setup(database, case_ids, rng)
    collected = Decimal(0)
    report = RunReport()
    now = start
    end = start + timedelta(days=days)
    while now < end:
        reap_expired(database, now=now)
        claimed = claim_due(database, owner="simulation", now=now, limit=10_000)
        already = len(report.queued_cases)
        run_claimed(
            database,
            claimed,
            owner="simulation",
            playbooks=playbooks,
            render=render,
            now=now,
            report=report,
        )
        collected += debtors.act(database, report.queued_cases[already:], now)
        # Cases the debtors' acts changed are planned again, as the worker does.
        _plan_changed(database, playbooks, now)
        now += TICK
    return {**_report(database, cases, days, seed, start, report, collected),
            **debtors.report(database)}  # fmt: skip


def _plan_changed(database: Database, playbooks: list[Playbook], now: datetime) -> None:
    from amiable.playbooks.worker import cases_to_plan

    with database.read() as session:
        tenant_ids = list(session.scalars(select(Case.tenant_id).distinct()))
        ids = [case_id for tenant_id in tenant_ids for case_id in cases_to_plan(session, tenant_id)]
    if ids:
        schedule_cases(database, ids, playbooks=playbooks, now=now)


def _debtors_act(
    database: Database,
    behaviours: dict[int, Behaviour],
    received: Counter[int],
    first_message_at: dict[int, datetime],
    now: datetime,
) -> Decimal:
    collected = Decimal(0)
    due = [
        case_id
        for case_id, behaviour in behaviours.items()
        if behaviour.outcome
        and received[case_id] >= behaviour.after_messages
        and now >= first_message_at[case_id] + timedelta(days=behaviour.delay_days)
    ]
    if not due:
        return collected
    with database.write() as session:
        for case_id in due:
            behaviour = behaviours.pop(case_id)
            case = session.get_one(Case, case_id)
            if behaviour.outcome == "paid":
                collected += case_statement(session, case, now.date()).total_due
            _set_status(session, case, behaviour.outcome or "active", now)
    return collected


def _set_status(session: Session, case: Case, status: str, now: datetime) -> None:
    from amiable.portfolio import events

    previous = case.status
    case.status = status
    case.updated_at = now
    session.add(
        CaseEvent(
            **events.event(
                events.EventType.STATUS_CHANGED,
                tenant_id=case.tenant_id,
                case_id=case.id,
                at=now,
                actor="simulation",
                reason=f"simulated debtor: {status}",
                previous=previous,
                status=status,
            )
        )
    )


def _report(
    database: Database,
    cases: int,
    days: int,
    seed: int,
    start: datetime,
    report: RunReport,
    collected: Decimal,
) -> dict[str, Any]:
    with database.read() as session:
        by_channel = dict(
            session.execute(
                select(OutboundMessage.channel, func.count()).group_by(OutboundMessage.channel)
            ).all()
        )
        from_playbooks = session.scalar(
            select(func.count())
            .select_from(OutboundMessage)
            .where(OutboundMessage.playbook.is_not(None))
        )
        by_day: Counter[str] = Counter()
        for (created_at,) in session.execute(select(OutboundMessage.created_at)):
            by_day[created_at.date().isoformat()] += 1
        by_status = dict(
            session.execute(select(Case.status, func.count()).group_by(Case.status)).all()
        )
        blocked = dict(
            session.execute(
                select(CaseEvent.reason, func.count())
                .where(CaseEvent.type == "action_blocked")
                .group_by(CaseEvent.reason)
            ).all()
        )
    return {
        "cases": cases,
        "days": days,
        "seed": seed,
        "start": start.isoformat(),
        "messages": {
            "total": sum(by_channel.values()),
            "by_channel": by_channel,
            # The playbooks' steps, and the agent's answers and thanks.
            "by_origin": {
                "playbook": from_playbooks,
                "agent": sum(by_channel.values()) - (from_playbooks or 0),
            },
            "by_day": dict(sorted(by_day.items())),
        },
        "cases_by_status": by_status,
        "collected": str(collected.quantize(Decimal("0.01"))),
        "decisions_by_rule": dict(sorted(report.rules.items())),
        "blocked_by_rule": dict(sorted(_by_rule(blocked).items())),
        "skipped": report.skipped,
    }


def _by_rule(reasons: dict[str, int]) -> Counter[str]:
    """Event reasons read "rule: explanation"; counted by rule."""
    counted: Counter[str] = Counter()
    for reason, count in reasons.items():
        counted[reason.split(":", 1)[0]] += count
    return counted
