"""One pass of the scheduler over every tenant: what `amiable scheduler run` does.

Reap the leases of dead workers, give each open case without a pending action its next
one (with the tenant's playbooks: its own replace the shipped ones of the same id),
then claim what is due and run it through the guard into the outbox.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from amiable.core.db import Database
from amiable.playbooks.actions import tenant_playbooks
from amiable.playbooks.dispatcher import (
    Renderer,
    RunReport,
    claim_due,
    reap_expired,
    run_claimed,
    schedule_next,
)
from amiable.playbooks.models import ScheduledAction
from amiable.portfolio.choices import CaseStatus
from amiable.portfolio.models import Case, Tenant

OPEN = tuple(status.value for status in CaseStatus if not status.stops_chasing)


def run_once(database: Database, *, owner: str, render: Renderer, now: datetime) -> RunReport:
    report = RunReport()
    reap_expired(database, now=now)
    with database.read() as session:
        tenant_ids = list(session.scalars(select(Tenant.id)))
    for tenant_id in tenant_ids:
        with database.write() as session:
            playbooks, _errors = tenant_playbooks(session, tenant_id)
            waiting = select(ScheduledAction.case_id).where(
                ScheduledAction.status.in_(("pending", "leased"))
            )
            for case in session.scalars(
                select(Case).where(
                    Case.tenant_id == tenant_id, Case.status.in_(OPEN), Case.id.notin_(waiting)
                )
            ):
                schedule_next(session, case=case, playbooks=playbooks, now=now)
        while True:
            claimed = claim_due(database, owner=owner, now=now, limit=1_000)
            if not claimed:
                break
            run_claimed(
                database,
                claimed,
                owner=owner,
                playbooks=playbooks,
                render=render,
                now=now,
                report=report,
            )
    return report
