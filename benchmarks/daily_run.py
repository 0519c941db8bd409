"""The scheduler's daily run on an office in its usual state: plan, guard, render, enqueue.

Target (issue "Playbooks"): 1,000,000 open cases on SQLite, about 100,000 messages, in
under 120 s and 2 GB.

An ordinary day, not the first one: the portfolio's cases were placed over the last 60
days and each is as far along its playbook as its placement date says, so that today's
work is the mix a real office sees (first letters of new cases, reminders, formal
notices, letters and call tasks) rather than a million first letters. That state is
built once with the real planner (each case's steps "done" at their due times, its next
one pending) and kept in .bench/; each run works on a copy of it. The run itself is
`amiable scheduler run`'s code path (`workers.run_once`), with the clock at a Monday
10:00 in Paris.

Also printed: the first day of a smaller portfolio, where every case gets its first
letter (the heaviest messages), and the planning of a whole portfolio from nothing.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text, update

from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.migrate import head_revision, upgrade
from amiable.demo.load import demo_load
from amiable.playbooks.definitions import shipped_playbooks
from amiable.playbooks.dispatcher import load_book, next_action, schedule_cases
from amiable.playbooks.models import ScheduledAction
from amiable.playbooks.planner import FIRST_LETTER
from amiable.playbooks.rendering import template_renderer
from amiable.playbooks.worker import run_once
from amiable.portfolio.models import Case, Tenant
from benchmarks.common import WORK, verdict

TODAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 10:00 in Paris
HISTORY_DAYS = 60
TARGET_CASES = 1_000_000
TARGET_SECONDS = 120
TARGET_MEMORY_MB = 2_048
WORKERS = int(os.environ.get("AMIABLE_BENCH_WORKERS") or os.cpu_count() or 1)
"""One worker process per core, as `amiable scheduler run --workers` would be set."""


def run(quick: bool = False) -> None:
    cases = 100_000 if quick else TARGET_CASES
    _first_day(2_000 if quick else 10_000)
    state = _steady_state(cases)
    with tempfile.TemporaryDirectory(dir=WORK) as folder:
        copy = Path(folder) / "day.db"
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{state}{suffix}").exists():
                shutil.copyfile(f"{state}{suffix}", f"{copy}{suffix}")
        # The run in a process of its own, so that its peak memory is its own.
        completed = subprocess.run(
            [sys.executable, "-m", "benchmarks.daily_run", str(copy), str(cases)],
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
            check=False,
        )
        if completed.returncode:
            print(f"daily run failed (exit {completed.returncode})")


def _measure_day(path: Path, cases: int) -> None:
    database = Database(f"sqlite:///{path}")
    # As in production: each message carries its case's signed link to the debtor page.
    render = template_renderer("https://portail.example/p", b"bench-secret-of-32-bytes-for-link")
    with database.read() as session:
        due = session.scalar(
            select(func.count())
            .select_from(ScheduledAction)
            .where(ScheduledAction.status == "pending", ScheduledAction.due_at <= TODAY)
        )
    started = time.perf_counter()
    report = run_once(database, owner="bench", render=render, now=TODAY, workers=WORKERS)
    seconds = time.perf_counter() - started
    memory_mb = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ) / 1024
    database.dispose()
    blocked = ", ".join(f"{rule} {count:,}" for rule, count in sorted(report.rules.items()))
    print(
        f"daily run over {cases:,} open cases ({due:,} actions due): {seconds:.1f} s, "
        f"{report.queued:,} messages queued, {report.deferred:,} deferred, "
        f"{report.blocked:,} blocked, {report.skipped:,} skipped, with {WORKERS} worker "
        f"processes; "
        f"{cases / seconds:,.0f} cases/s, {report.queued / seconds:,.0f} messages/s; "
        f"peak memory {memory_mb:,.0f} MB (the run and its largest worker)"
    )
    print(f"  guard verdicts: {blocked}")
    projected = seconds * TARGET_CASES / cases
    ok = projected < TARGET_SECONDS and memory_mb < TARGET_MEMORY_MB
    scale = "" if cases == TARGET_CASES else f" (projected from {cases:,}: {projected:,.0f} s)"
    print(
        f"  daily run {verdict(ok)} (1,000,000 cases < {TARGET_SECONDS} s, "
        f"< {TARGET_MEMORY_MB:,} MB){scale}"
    )


def _first_day(cases: int) -> None:
    """Every case of a new portfolio gets its first letter: the heaviest day per case."""
    playbooks = shipped_playbooks()
    # As in production: each message carries its case's signed link to the debtor page.
    render = template_renderer("https://portail.example/p", b"bench-secret-of-32-bytes-for-link")
    with tempfile.TemporaryDirectory() as folder:
        database = Database(f"sqlite:///{Path(folder) / 'first.db'}")
        upgrade(database)
        demo_load(database, tenant="bench", cases=cases, seed=3, clock=FixedClock(TODAY))
        with database.read() as session:
            ids = list(session.scalars(select(Case.id)))
        started = time.perf_counter()
        planned = schedule_cases(database, ids, playbooks=playbooks, now=TODAY)
        planning = time.perf_counter() - started
        report = run_once(database, owner="bench", render=render, now=TODAY)
        seconds = time.perf_counter() - started
        database.dispose()
    print(
        f"first day of {cases:,} new cases: planning {planning:.1f} s "
        f"({planned / planning:,.0f} cases/s), whole run {seconds:.1f} s, "
        f"{report.queued:,} first messages ({report.queued / (seconds - planning):,.0f} messages/s)"
    )


# -- the office's usual state, built once ------------------------------------------------


def _steady_state(cases: int) -> Path:
    WORK.mkdir(exist_ok=True)
    path = WORK / f"daily-{cases}.db"
    marker = path.with_suffix(".ready")
    database = Database(f"sqlite:///{path}")
    if marker.exists() and marker.read_text() == head_revision(database):
        database.dispose()
        return path
    database.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    started = time.perf_counter()
    placed_from = TODAY - timedelta(days=HISTORY_DAYS)
    demo_load(database, tenant="bench", cases=cases, seed=11, clock=FixedClock(placed_from))
    loaded = time.perf_counter()
    with database.write() as session:
        # The office's own details: an agency with its R124-2 file complete.
        session.execute(update(Tenant).values(collector_type="agency"))
        # Placements spread over the last 60 days, a few every day.
        session.execute(
            text(
                "UPDATE \"case\" SET opened_at = datetime(:start, '+' || ((id * 7919) % :days) "
                "|| ' days', '+' || ((id * 31) % 600) || ' minutes')"
            ),
            {"start": placed_from.strftime("%Y-%m-%d %H:%M:%S"), "days": HISTORY_DAYS},
        )
    _fast_forward(database)
    with database.write() as session:
        session.execute(text("ANALYZE"))
    database.dispose()
    marker.write_text(head_revision(Database(f"sqlite:///{path}")))
    print(
        f"(built an office of {cases:,} cases placed over {HISTORY_DAYS} days in "
        f"{time.perf_counter() - started:.0f} s: demo load {loaded - started:.0f} s, the rest "
        f"the planner's history; kept in {path})"
    )
    return path


def _fast_forward(database: Database, batch: int = 2_000) -> None:
    """Every case's playbook up to yesterday, as if each step had gone out when it was
    due; its next step pending. The planner decides every step, as in a real run."""
    playbooks = shipped_playbooks()
    yesterday = TODAY - timedelta(days=1)
    with database.read() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    for start in range(0, len(ids), batch):
        with database.write() as session, session.no_autoflush:
            book = load_book(session, ids[start : start + batch], TODAY)
            rows, letters = [], []
            for case in book.cases.values():
                for _ in range(20):
                    values = next_action(book, case, playbooks, TODAY)
                    if values is None:
                        break
                    if values["due_at"] > yesterday:
                        rows.append(values)
                        book.note(values)
                        break
                    done_at = values["due_at"]
                    outcome = "skipped" if values["data"]["action"] == "skip" else "done"
                    values |= {
                        "status": outcome,
                        "updated_at": done_at,
                        "created_at": done_at,
                        "data": {**values["data"], "done_at": done_at.isoformat()},
                    }
                    rows.append(values)
                    book.note(values)
                    if outcome == "done" and values["data"]["template"] == FIRST_LETTER:
                        letters.append(
                            {
                                "id": case.id,
                                "first_letter_reference": f"{case.reference}-L1",
                                "first_letter_on": done_at.date(),
                            }
                        )
            if rows:
                session.execute(insert(ScheduledAction), rows)
            if letters:
                session.execute(update(Case), letters)


if __name__ == "__main__":
    _measure_day(Path(sys.argv[1]), int(sys.argv[2]))
