"""Kill the scheduler in the middle of a run, run it again: no message lost, none twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from tests.portfolio.factories import claim_row, write_csv

from amiable.channels.models import OutboundMessage
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.migrate import upgrade
from amiable.playbooks.models import ScheduledAction
from amiable.portfolio.actions import mandate_record
from amiable.portfolio.imports.pipeline import import_file
from amiable.portfolio.models import Creditor
from amiable.portfolio.tenants import tenant_ensure

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CASES = 120

WORKER = """
import sys, time
from datetime import datetime
from sqlalchemy import select
from amiable.core.db import Database
from amiable.playbooks.definitions import shipped_playbooks
from amiable.playbooks.dispatcher import RenderedMessage, claim_due, reap_expired, run_claimed, schedule_next
from amiable.portfolio.models import Case

database = Database(sys.argv[1])
now = datetime.fromisoformat(sys.argv[2])
playbooks = shipped_playbooks(lambda *_: True)

def render(session, case, action, at, *, book):
    time.sleep(0.01)  # a real renderer takes time: the kill lands mid-run
    return RenderedMessage(subject=None, text=f"{action.step} {case.reference}", html=None, lang="fr")

reap_expired(database, now=now)
with database.write() as session:
    for case in session.scalars(select(Case)).all():
        schedule_next(session, case=case, playbooks=playbooks, now=now)
while True:
    claimed = claim_due(database, owner=sys.argv[3], now=now, limit=10)
    if not claimed:
        break
    run_claimed(database, claimed, owner=sys.argv[3], playbooks=playbooks, render=render, now=now)
print("done")
"""


def office(path: Path, tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    with database.write() as session:
        tenant = tenant_ensure(session, slug="default", now=MONDAY)
        tenant.liability_insurance = "MMA 123"
        tenant.client_account_iban = "FR7630006000011234567890189"
        tenant.prosecutor_declared_on = date(2025, 1, 10)
    rows = [
        claim_row(
            case_ref=f"DOS-{n}", debtor_ref=f"DEB-{n}", claim_ref=f"F-{n}", phone="06 12 34 56 78"
        )
        for n in range(CASES)
    ]
    import_file(
        database,
        tenant="default",
        path=write_csv(tmp_path / "cases.csv", rows),
        clock=FixedClock(MONDAY),
    )
    with database.write() as session:
        mandate_record(
            session,
            creditor=session.scalars(select(Creditor)).one(),
            reference="M-1",
            signed_on=date(2026, 1, 5),
            basis="Factures impayées",
            fee_basis="percent_of_collected",
            fee_rate_percent=Decimal("12"),
            now=MONDAY,
        )
    return database


def queued(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(OutboundMessage)) or 0


def worker(database_url: str, now: datetime, owner: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, database_url, now.isoformat(), owner],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_a_killed_run_rerun_sends_every_first_letter_exactly_once(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    database = office(path, tmp_path)
    url = f"sqlite:///{path}"
    first = worker(url, MONDAY, "worker-1")
    deadline = time.monotonic() + 60
    while queued(database) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    killed_at = queued(database)
    assert 0 < killed_at < CASES, "the kill must land in the middle of the run"
    # The next run, after the dead worker's leases expired.
    later = MONDAY.replace(minute=10)
    second = worker(url, later, "worker-2")
    _out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    with database.read() as session:
        steps = session.execute(select(OutboundMessage.case_id, OutboundMessage.step)).all()
        stuck = session.scalar(
            select(func.count())
            .select_from(ScheduledAction)
            .where(ScheduledAction.status == "leased")
        )
    assert len(steps) == CASES
    assert len(set(steps)) == CASES  # none twice
    assert {step for _, step in steps} == {"first_letter"}
    assert stuck == 0
