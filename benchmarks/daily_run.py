"""The scheduler's daily run: plan, guard, render and enqueue for every open case.

Target (issue "Playbooks"): 1,000,000 open cases on SQLite, about 100,000 messages, in
under 120 s and 2 GB. This measures a smaller portfolio's first day (every case gets its
first letter: the heaviest day) and prints cases/s and messages/s, so the gap to the
target is visible. The run is the production code path: one transaction per action.
"""

from __future__ import annotations

import resource
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.core.migrate import upgrade
from amiable.demo.load import demo_load
from amiable.playbooks.definitions import shipped_playbooks
from amiable.playbooks.dispatcher import claim_due, run_claimed, schedule_next
from amiable.playbooks.rendering import template_renderer
from amiable.portfolio.models import Case

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 10:00 in Paris
TARGET_CASES = 1_000_000
TARGET_SECONDS = 120


def run(quick: bool = False) -> dict:
    cases = 1_000 if quick else 10_000
    playbooks = shipped_playbooks()
    render = template_renderer("https://portail.example/payer")
    with tempfile.TemporaryDirectory() as folder:
        database = Database(f"sqlite:///{Path(folder) / 'daily.db'}")
        upgrade(database)
        demo_load(database, tenant="bench", cases=cases, seed=3, clock=FixedClock(START))
        started = time.perf_counter()
        with database.write() as session:
            for case in session.scalars(select(Case)):
                schedule_next(session, case=case, playbooks=playbooks, now=START)
        planned = time.perf_counter()
        queued = 0
        while True:
            claimed = claim_due(database, owner="bench", now=START, limit=5_000)
            if not claimed:
                break
            report = run_claimed(
                database, claimed, owner="bench", playbooks=playbooks, render=render, now=START
            )
            queued += report.queued
        finished = time.perf_counter()
        database.dispose()
    seconds = finished - started
    memory_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "cases": cases,
        "messages": queued,
        "plan_seconds": round(planned - started, 2),
        "run_seconds": round(finished - planned, 2),
        "cases_per_second": round(cases / seconds),
        "messages_per_second": round(queued / (finished - planned)) if queued else 0,
        "peak_memory_mb": round(memory_mb),
    }
    projected = TARGET_CASES / figures["cases_per_second"]
    verdict = "meets" if projected < TARGET_SECONDS else "MISSES"
    print(
        f"daily run, first day of {cases:,} cases: {seconds:.1f} s "
        f"(planning {figures['plan_seconds']} s, guard + render + outbox {figures['run_seconds']} s), "
        f"{queued:,} messages; {figures['cases_per_second']:,} cases/s, "
        f"{figures['messages_per_second']:,} messages/s; peak memory {figures['peak_memory_mb']} MB"
    )
    print(
        f"  at this rate 1,000,000 cases would take {projected:,.0f} s — {verdict} the target "
        f"(< {TARGET_SECONDS} s)"
    )
    return figures
