"""The case list API over 1,000,000 cases: filters and keyset pagination, p95.

The database is filled with set-based SQL (a read benchmark needs the data's
shape, not the import path) and kept in .bench/ between runs.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import text

from amiable.core.db import Database
from amiable.core.migrate import head_revision, upgrade
from amiable.portfolio.tenants import api_key_create, tenant_ensure
from benchmarks.common import WORK, describe_ms, percentile, verdict

TARGET_P95_SECONDS = 0.050
CREDITORS = 10

# status → share of cases, a collection agency's usual spread
STATUSES = [("active", 55), ("new", 8), ("promised", 6), ("on_plan", 7), ("paid", 14), ("closed", 4),
            ("disputed", 2), ("hardship_hold", 1), ("legal_stop", 1), ("escalated", 1), ("handed_over", 1)]  # fmt: skip


def run(*, quick: bool) -> None:
    cases = 100_000 if quick else 1_000_000
    database = _filled(cases)
    now = datetime(2026, 11, 20, tzinfo=UTC)
    with database.write() as session:
        tenant = tenant_ensure(session, slug="default", now=now)
        key = api_key_create(session, tenant=tenant, name="bench", now=now).secret
    database.dispose()
    with _server(database.url) as base_url, httpx.Client(base_url=base_url, timeout=30) as client:
        _measure(client, {"Authorization": f"Bearer {key}"}, cases, quick)


def _measure(client: httpx.Client, headers: dict[str, str], cases: int, quick: bool) -> None:
    rng = random.Random(7)
    deep = str(int(cases * 0.9))
    scenarios = {
        "first page, no filter": lambda: {},
        "status=active": lambda: {"status": "active"},
        "status=disputed (2 %)": lambda: {"status": "disputed"},
        "creditor filter": lambda: {"creditor": f"CRED-{rng.randrange(CREDITORS):03d}"},
        "debtor_type=business": lambda: {"debtor_type": "business"},
        "status + creditor + type": lambda: {
            "status": "active",
            "creditor": "CRED-003",
            "debtor_type": "consumer",
        },
        "deep page (cursor at 90 %)": lambda: {"cursor": deep},
        "random page, status=paid": lambda: {"status": "paid", "cursor": str(rng.randrange(cases))},
        "reference prefix": lambda: {"reference": f"DOS-{rng.randrange(cases // 1000):04d}"},
    }
    worst = 0.0
    requests = 60 if quick else 200
    for name, params in scenarios.items():
        client.get("/api/v1/cases", params=params(), headers=headers)  # warm the page cache
        samples = []
        for _ in range(requests):
            query = {"limit": 50, **params()}
            start = time.perf_counter()
            response = client.get("/api/v1/cases", params=query, headers=headers)
            samples.append(time.perf_counter() - start)
            assert response.status_code == 200, response.text
        worst = max(worst, percentile(samples, 0.95))
        print(f"case list over {cases:,} cases, {name}: {describe_ms(samples)}")
    print(
        f"case list worst p95 {worst * 1000:.1f} ms — {verdict(worst < TARGET_P95_SECONDS)} (< 50 ms)"
    )


@contextmanager
def _server(database_url: str) -> Iterator[str]:
    """`amiable serve` in its own process, as in production (one uvicorn worker)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "AMIABLE_DATABASE_URL": database_url, "AMIABLE_ENVIRONMENT": "test"}
    process = subprocess.Popen([sys.executable, "-m", "amiable", "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the API server did not start") from None
                time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _filled(cases: int) -> Database:
    WORK.mkdir(exist_ok=True)
    path = WORK / f"cases-{cases}.db"
    database = Database(f"sqlite:///{path}")
    if path.exists():
        with database.read() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            count = session.execute(text('SELECT count(*) FROM "case"')).scalar()
        if revision == head_revision(database) and count == cases:
            return database
        database.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        database = Database(f"sqlite:///{path}")
    upgrade(database)
    started = time.perf_counter()
    status_case = " ".join(f"WHEN n % 100 < {sum(s for _, s in STATUSES[:i + 1])} THEN '{status}'"
                           for i, (status, _) in enumerate(STATUSES))  # fmt: skip
    now = "2026-11-20 09:00:00.000000"
    with database.write() as session:
        session.execute(text("INSERT INTO tenant (id, slug, name, collector_type, country, timezone, language, created_at) "
                             f"VALUES (1, 'default', 'Bench', 'agency', 'FR', 'Europe/Paris', 'fr', '{now}')"))  # fmt: skip
        session.execute(text(
            "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < :last) "
            "INSERT INTO creditor (id, tenant_id, reference, name, country, is_natural_person, created_at, updated_at) "
            f"SELECT n + 1, 1, printf('CRED-%03d', n), printf('Créancier %d', n), 'FR', 0, '{now}', '{now}' FROM k"
        ), {"last": CREDITORS - 1})  # fmt: skip
        session.execute(text(
            "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < :last) "
            "INSERT INTO debtor (id, tenant_id, reference, type, name, country, language, timezone, created_at, updated_at) "
            "SELECT n + 1, 1, printf('DEB-%07d', n), CASE WHEN n % 10 < 3 THEN 'business' ELSE 'consumer' END, "
            f"printf('Débiteur %d', n), 'FR', 'fr', 'Europe/Paris', '{now}', '{now}' FROM k"
        ), {"last": int(cases * 0.9) - 1})  # fmt: skip
        session.execute(text(
            "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < :last) "
            "INSERT INTO \"case\" (id, tenant_id, reference, creditor_id, debtor_id, status, currency, jurisdiction, "
            "placed_cents, opened_at, updated_at) "
            "SELECT n + 1, 1, printf('DOS-%07d', n), (n * 7) % :creditors + 1, n % :debtors + 1, "
            f"CASE {status_case} ELSE 'active' END, 'EUR', 'FR', 1000 + (n * 7919) % 500000, '{now}', '{now}' FROM k"
        ), {"last": cases - 1, "creditors": CREDITORS, "debtors": int(cases * 0.9)})  # fmt: skip
    with database.write() as session:
        session.execute(text("ANALYZE"))
    print(f"(filled {cases:,} cases in {time.perf_counter() - started:.0f} s; kept in {path})")
    return database
