"""An office for the agent's tests: an agency with its R124-2 file, a creditor whose
mandate pre-approves plans (up to 6 instalments of at least 50 €, over 6 months), and
one consumer case of 1,250 € whose first letter went out, with an e-mail address, a
mobile and a postal address. Debtors speak through `say`, as `amiable converse` does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.portfolio.factories import claim_row, write_csv

from amiable.agent.converse import Line, converse
from amiable.agent.respond import AgentConfig, Turn
from amiable.core.clock import FixedClock
from amiable.core.db import Database
from amiable.portfolio.actions import mandate_record
from amiable.portfolio.imports.pipeline import import_file
from amiable.portfolio.models import Case, Creditor, Tenant

# A Tuesday, in office hours in Lyon.
NOW = datetime(2026, 3, 3, 10, 30, tzinfo=UTC)
CONFIG = AgentConfig(
    portal_url="https://pay.alcyon.example/p", secret=b"a-secret-of-32-bytes-for-links!!"
)
DEBTOR_MAIL = "jean.dupont@example.com"
DEBTOR_MOBILE = "+33612345678"


def office_setup(
    database: Database,
    tmp_path: Path,
    *,
    rows: list[dict[str, str]] | None = None,
    max_instalments: int = 6,
    min_instalment: str = "50",
    max_plan_months: int = 6,
    discount: str = "0",
) -> Database:
    rows = rows or [
        claim_row(
            issue_date="05/12/2025",
            due_date="04/01/2026",
            principal="1250,00",
            phone="06 12 34 56 78",
        )
    ]
    path = write_csv(tmp_path / "export.csv", rows)
    summary = import_file(database, tenant="default", path=path, clock=FixedClock(NOW))
    assert summary.rejected == 0, summary
    with database.write() as session:
        tenant = session.scalars(select(Tenant)).one()
        tenant.name = "Alcyon Gestion"
        tenant.address, tenant.postcode, tenant.city = "24 rue Garibaldi", "69006", "Lyon"
        tenant.email, tenant.phone = "contact@alcyon.example", "+33472000000"
        tenant.liability_insurance = "MMA 123"
        tenant.client_account_iban = "FR7630006000011234567890189"
        tenant.prosecutor_declared_on = date(2025, 1, 10)
        for creditor in session.scalars(select(Creditor)):
            creditor.name = "Opaline Télécom SAS"
            creditor.address, creditor.postcode, creditor.city = (
                "8 quai Saint-Antoine",
                "69002",
                "Lyon",
            )
            mandate_record(
                session, creditor=creditor, reference=f"M-{creditor.reference}",
                signed_on=date(2026, 1, 5), basis="Factures impayées d'abonnement",
                fee_basis="percent_of_collected", fee_rate_percent=Decimal("12"), now=NOW,
                max_instalments=max_instalments, min_instalment=Decimal(min_instalment),
                max_plan_months=max_plan_months, lump_sum_discount_percent=Decimal(discount),
            )  # fmt: skip
        for case in session.scalars(select(Case)):
            case.status = "active"
            case.first_letter_reference = f"{case.reference}-L1"
            case.first_letter_on = date(2026, 2, 10)
    return database


@pytest.fixture
def office(database: Database, tenant_id: int, tmp_path: Path) -> Database:
    return office_setup(database, tmp_path)


Say = Callable[..., Turn]


@pytest.fixture
def say(office: Database) -> Say:
    def speak(text: str, *, channel: str | None = None, at: datetime = NOW,
              case: str = "DOS-1", **json_fields: Any) -> Turn:  # fmt: skip
        return converse(
            office, tenant="default", case_reference=case,
            line=Line(text, channel, at), config=CONFIG, now=at,
        )  # fmt: skip

    return speak
