"""The itemised balance of one large case: 50 claims, 200 ledger entries."""

from __future__ import annotations

import statistics
import timeit
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select

from amiable.core.db import Database, table_of
from amiable.core.migrate import upgrade
from amiable.ledger.balances import case_statement
from amiable.ledger.bench_fixture import benchmark_case
from amiable.ledger.models import LedgerEntry
from amiable.ledger.rates import RateTables
from amiable.ledger.rules import compute_statement
from amiable.portfolio.imports.standard import RowOptions, validate_row
from amiable.portfolio.imports.writer import PortfolioWriter
from amiable.portfolio.models import Case
from amiable.portfolio.tenants import tenant_ensure
from benchmarks.common import WORK, verdict

TARGET_SECONDS = 0.001


def run(*, quick: bool) -> None:
    claims, entries, as_of = benchmark_case()
    rates = RateTables.load_default()
    repeats = 50 if quick else 300
    samples = timeit.repeat(
        lambda: compute_statement(claims, entries, as_of, rates=rates), number=1, repeat=repeats
    )
    best, median = min(samples), statistics.median(samples)
    print(f"balance, calculation only ({len(claims)} claims, {len(entries)} entries): "
          f"best {best * 1000:.2f} ms, median {median * 1000:.2f} ms — {verdict(median < TARGET_SECONDS)} (< 1 ms)")  # fmt: skip
    with_database = _from_database(repeats)
    print(
        f"balance, read from SQLite and calculated: median {statistics.median(with_database) * 1000:.2f} ms"
    )


def _from_database(repeats: int) -> list[float]:
    """The same size of case stored in SQLite: what the API pays per case page."""
    path = WORK / "balance-bench.db"
    WORK.mkdir(exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    now = datetime(2026, 6, 15, tzinfo=UTC)
    with database.write() as session:
        tenant_id = tenant_ensure(session, slug="default", now=now).id
        rows = []
        for number in range(50):
            due = date(2024, 1, 31) + timedelta(days=15 * number)
            values = {"creditor_ref": "CRED-1", "case_ref": "DOS-BIG", "debtor_ref": "DEB-1", "debtor_type": "business",
                      "debtor_name": "Grossiste SA", "claim_ref": f"FAC-{number}", "issue_date": (due - timedelta(days=30)).isoformat(),
                      "due_date": due.isoformat(), "principal": f"{800 + 37 * number}.50", "nature": "b2b_invoice"}  # fmt: skip
            row = validate_row(number + 2, values, RowOptions())
            assert not isinstance(row, list), row
            rows.append(row)
        PortfolioWriter(tenant_id=tenant_id, actor="bench", source="bench", now=now).write(
            session, rows
        )
        case = session.execute(select(Case)).scalar_one()
        claim_ids = [claim.id for claim in case.claims]
        payments = [
            {"tenant_id": tenant_id, "case_id": case.id, "claim_id": claim_ids[n % 50] if n % 3 else None,
             "kind": "payment", "component": None, "amount_cents": 5000 + 100 * n, "currency": "EUR",
             "effective_on": date(2024, 3, 1) + timedelta(days=5 * n), "recorded_at": now,
             "reason": "bench", "external_reference": None}
            for n in range(150)
        ]  # fmt: skip
        session.execute(insert(table_of(LedgerEntry)), payments)
    with database.read() as session:
        case = session.execute(select(Case)).scalar_one()
        assert case_statement(session, case, date(2026, 6, 15)).total_due > Decimal(0)
    samples = []
    for _ in range(max(20, repeats // 5)):
        with database.read() as session:
            start = timeit.default_timer()
            case = session.execute(select(Case).where(Case.reference == "DOS-BIG")).scalar_one()
            case_statement(session, case, date(2026, 6, 15))
            samples.append(timeit.default_timer() - start)
    database.dispose()
    return samples
