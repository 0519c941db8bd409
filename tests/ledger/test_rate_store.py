"""A semester's rate published after the release is recorded by the office and used at once."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.ledger.balances import case_statement
from amiable.ledger.rate_store import RateError, rate_record, rate_tables
from amiable.ledger.rates import Semester
from amiable.portfolio.imports.standard import RowOptions, StandardRow, validate_row
from amiable.portfolio.imports.writer import PortfolioWriter
from amiable.portfolio.models import Case


def b2b_invoice(database: Database, clock: FixedClock, tenant_id: int) -> None:
    row = validate_row(2, {"creditor_ref": "C", "debtor_ref": "D", "debtor_name": "Menuiserie Roux SAS",
                           "siren": "732829320", "claim_ref": "F-1", "issue_date": "2026-05-01",
                           "due_date": "2026-05-31", "principal": "1000.00"}, RowOptions())  # fmt: skip
    assert isinstance(row, StandardRow)
    with database.write() as session:
        PortfolioWriter(tenant_id=tenant_id, actor="t", source="t", now=clock.now()).write(
            session, [row]
        )


def test_a_recorded_ecb_rate_lets_interest_run_into_the_new_semester(database: Database, clock: FixedClock,
                                                                    tenant_id: int) -> None:  # fmt: skip
    b2b_invoice(database, clock, tenant_id)
    with database.read() as session:
        case = session.execute(select(Case)).scalar_one()
        before = case_statement(session, case, date(2026, 8, 30))
    # Due 31/05: 1 June → 30 June = 30 days at 12.15 % = 9.99; nothing known after 30 June.
    assert before.claims[0].interest == Decimal("9.99")
    assert any("2026-S2" in warning for warning in before.warnings)

    with database.write() as session:
        rate_record(session, table="ecb", semester="2026-S2", rate=Decimal("2.15"), now=clock.now(),
                    source="BCE, taux des opérations principales de refinancement au 1er juillet 2026",
                    recorded_by="test")  # fmt: skip

    with database.read() as session:
        case = session.execute(select(Case)).scalar_one()
        after = case_statement(session, case, date(2026, 8, 30))
    # + 1 July → 30 August = 61 days at 12.15 % = 20.31
    assert after.claims[0].interest == Decimal("9.99") + Decimal("20.31")
    assert not any("2026-S2" in warning for warning in after.warnings)


def test_recording_again_corrects_the_same_semester(database: Database, clock: FixedClock) -> None:
    with database.write() as session:
        for rate in ("2.40", "2.15"):
            rate_record(session, table="legal", category="other", semester="2026-S2", rate=Decimal(rate),
                        source="arrêté", now=clock.now(), recorded_by="test")  # fmt: skip
    with database.read() as session:
        row = rate_tables(session).legal_rate_for(
            Semester(2026, 2), creditor_is_natural_person=False
        )
    assert row.rate == Decimal("2.15")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"table": "bce"}, "'legal'"),
        ({"table": "legal", "category": None}, "category"),
        ({"semester": "2026-S3"}, "2026-S3"),
        ({"rate": Decimal("120")}, "implausible"),
        ({"source": "  "}, "comes from"),
    ],
)
def test_a_doubtful_rate_is_refused(
    database: Database, clock: FixedClock, fields: dict, message: str
) -> None:
    values = {
        "table": "ecb",
        "semester": "2026-S2",
        "rate": Decimal("2.15"),
        "source": "BCE",
        **fields,
    }
    with pytest.raises(RateError, match=message), database.write() as session:
        rate_record(session, now=clock.now(), recorded_by="test", **values)
