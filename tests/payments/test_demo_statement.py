"""The issue's "done when": a statement holding the demo portfolio's payments reconciles
with a precision of 100 % on what is booked without a person."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.demo.load import demo_load
from amiable.demo.statement import demo_statement
from amiable.payments.models import BankLine
from amiable.payments.reconcile import statement_import
from amiable.portfolio.models import Case, Tenant

NOW = datetime(2026, 11, 23, 18, tzinfo=UTC)


def test_the_demo_statement_reconciles_with_every_booking_right(database: Database) -> None:
    demo_load(database, tenant="default", cases=400, seed=42, clock=FixedClock(NOW))
    with database.read() as session:
        tenant_id = session.scalars(select(Tenant.id)).one()
        made = demo_statement(session, tenant_id=tenant_id, day=date(2026, 11, 23), payments=120)

    result = statement_import(database, tenant_id=tenant_id, data=made.data, actor="test", now=NOW)

    with database.read() as session:
        references = {
            case_id: reference
            for case_id, reference in session.execute(select(Case.id, Case.reference))
        }
        rows = session.scalars(select(BankLine).where(BankLine.direction == "credit")).all()
        booked = {
            row.bank_reference: [references[part["case_id"]] for part in row.allocations]
            for row in rows
            if row.status == "matched"
        }
        waiting = {row.bank_reference: row.status for row in rows if row.status != "matched"}
    kinds = made.kinds
    assert booked, "nothing was booked"
    # Precision: every line booked without a person is booked on exactly its true cases.
    assert {ref: cases for ref, cases in booked.items()} == {ref: made.truth[ref] for ref in booked}
    # Recall where the evidence is identity: every reference, typed or structured.
    identity = {
        ref for ref, kind in kinds.items() if kind in ("rf", "rf_text", "case_text", "grouped")
    }
    assert identity <= set(booked)
    # A name alone waits for a person; strangers' credits wait unmatched; returns reverse.
    assert all(waiting[ref] == "to_review" for ref, kind in kinds.items() if kind == "name")
    assert all(waiting[ref] == "unmatched" for ref, kind in kinds.items() if kind == "stranger")
    assert (result.reversed, result.ignored, result.duplicates) == (2, 1, 0)


def test_a_small_file_looked_up_by_key_matches_as_the_whole_office_read(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import amiable.payments.reconcile as reconcile
    from amiable.payments.matching import match_line
    from amiable.payments.statements import parse_statement

    demo_load(database, tenant="default", cases=400, seed=7, clock=FixedClock(NOW))
    with database.read() as session:
        tenant_id = session.scalars(select(Tenant.id)).one()
        made = demo_statement(session, tenant_id=tenant_id, day=date(2026, 11, 23), payments=150)
    lines = [
        line for statement in parse_statement(made.data).statements for line in statement.lines
    ]
    with database.read() as session:
        by_key = reconcile.case_index(session, tenant_id, lines)
        monkeypatch.setattr(reconcile, "SMALL_FILE_LINES", 0)
        whole = reconcile.case_index(session, tenant_id, lines)

    assert len(by_key.cases) < len(whole.cases)  # it did look up only what the file names
    assert [match_line(line, by_key) for line in lines] == [
        match_line(line, whole) for line in lines
    ]
