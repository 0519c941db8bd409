"""One pass of the scheduler over every tenant: what `amiable scheduler run` does.

Reap the leases of dead workers, give each open case without a pending action its next
one (with the tenant's playbooks: its own replace the shipped ones of the same id), then
claim what is due, tenant by tenant, and run it through the guard into the outbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from multiprocessing import get_context

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from amiable.core.collector import fewer_collections
from amiable.core.db import Database
from amiable.playbooks.actions import tenant_playbooks
from amiable.playbooks.definitions import Playbook
from amiable.playbooks.dispatcher import (
    BATCH,
    Renderer,
    RunReport,
    claim_due,
    reap_expired,
    run_claimed,
    schedule_cases,
)
from amiable.playbooks.models import ScheduledAction
from amiable.portfolio.choices import CaseStatus
from amiable.portfolio.models import Case, Tenant

OPEN = tuple(status.value for status in CaseStatus if not status.stops_chasing)


def cases_to_plan(session: Session, tenant_id: int) -> list[int]:
    """The open cases the scheduler must look at: those without a pending action that are
    new, or changed since the scheduler last acted on them (an import, a clerk, a reply).
    A case whose playbook is over is not planned again every day for nothing."""
    action = aliased(ScheduledAction)
    acted_since = (
        select(action.id)
        .where(
            action.case_id == Case.id,
            or_(
                action.status.in_(("pending", "leased")),
                # An action cancelled because the case changed is not the scheduler acting.
                and_(action.updated_at >= Case.updated_at, action.status != "cancelled"),
            ),
        )
        .exists()
    )
    return list(
        session.scalars(
            select(Case.id)
            .where(Case.tenant_id == tenant_id, Case.status.in_(OPEN), ~acted_since)
            .order_by(Case.id)
        )
    )


def run_once(
    database: Database,
    *,
    owner: str,
    render: Renderer,
    now: datetime,
    workers: int = 1,
) -> RunReport:
    """One pass over every tenant. With `workers` > 1, the due actions are run by that
    many processes (this one included), each claiming batches with a lease, so that the
    rendering uses every core; `render` must then be picklable (`TemplateRenderer` is)."""
    report = RunReport()
    reap_expired(database, now=now)
    with database.read() as session:
        tenant_ids = list(session.scalars(select(Tenant.id)))
    for tenant_id in tenant_ids:
        if workers <= 1:
            playbooks = _plan_pass(database, tenant_id, now)
            report.merge(_drain(database, tenant_id, owner, render, now, playbooks))
            continue
        helpers = get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers - 1, mp_context=helpers) as pool:
            # The other processes start on what is already due while this one looks for
            # the cases to plan (a scan of every open case), then joins them.
            others = [
                pool.submit(_drain_in_process, database.url, tenant_id, f"{owner}/{n}", render, now)
                for n in range(1, workers)
            ]
            playbooks = _plan_pass(database, tenant_id, now)
            report.merge(_drain(database, tenant_id, f"{owner}/0", render, now, playbooks))
            for other in others:
                report.merge(other.result())
        # What the planning pass made due after the others finished is not left behind.
        report.merge(_drain(database, tenant_id, f"{owner}/0", render, now, playbooks))
    return report


def _plan_pass(database: Database, tenant_id: int, now: datetime) -> Sequence[Playbook]:
    with database.read() as session:
        playbooks, _errors = tenant_playbooks(session, tenant_id)
        to_plan = cases_to_plan(session, tenant_id)
    schedule_cases(database, to_plan, playbooks=playbooks, now=now)
    return playbooks


def _drain(
    database: Database,
    tenant_id: int,
    owner: str,
    render: Renderer,
    now: datetime,
    playbooks: Sequence[Playbook],
) -> RunReport:
    """Claim and run the tenant's due actions, a batch at a time, until none is left."""
    report = RunReport()
    with fewer_collections():
        return _drain_batches(database, tenant_id, owner, render, now, playbooks, report)


def _drain_batches(
    database: Database,
    tenant_id: int,
    owner: str,
    render: Renderer,
    now: datetime,
    playbooks: Sequence[Playbook],
    report: RunReport,
) -> RunReport:
    while True:
        claimed = claim_due(database, owner=owner, now=now, limit=BATCH, tenant_id=tenant_id)
        if not claimed:
            return report
        run_claimed(
            database,
            claimed,
            owner=owner,
            playbooks=playbooks,
            render=render,
            now=now,
            report=report,
        )


def _drain_in_process(
    url: str, tenant_id: int, owner: str, render: Renderer, now: datetime
) -> RunReport:
    database = Database(url)
    try:
        with database.read() as session:
            playbooks, _errors = tenant_playbooks(session, tenant_id)
        return _drain(database, tenant_id, owner, render, now, playbooks)
    finally:
        database.dispose()
