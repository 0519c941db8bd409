"""An office for the payments' tests: four consumer cases of one creditor (mandate at
12 % of what is collected), the first letters sent; one debtor pays from a known IBAN,
one business debtor quotes invoice numbers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.agent.conftest import NOW, office_setup
from tests.portfolio.factories import claim_row

from amiable.core.db import Database
from amiable.payments.reference import case_payment_reference
from amiable.portfolio.models import Case, Debtor

OFFICE_IBAN = "FR7630006000011234567890189"
DUPONT_IBAN = "FR7610107001011234567890129"


@dataclass(frozen=True)
class Office:
    database: Database
    cases: dict[str, int]  # reference -> id

    def rf(self, reference: str) -> str:
        return case_payment_reference(self.cases[reference])


def _rows() -> list[dict[str, str]]:
    return [
        claim_row(case_ref="DOS-1", debtor_ref="DEB-1", debtor_name="Jean Dupont",
                  claim_ref="FAC-2025-1187", principal="1250,00", issue_date="05/12/2025",
                  due_date="04/01/2026"),
        claim_row(case_ref="DOS-2", debtor_ref="DEB-2", debtor_name="Marie Curie",
                  email="marie.curie@example.com", claim_ref="FAC-2025-2210", principal="300,00",
                  issue_date="05/12/2025", due_date="04/01/2026"),
        claim_row(case_ref="DOS-3", debtor_ref="DEB-3", debtor_name="Paul Martin",
                  email="paul.martin@example.com", claim_ref="FAC-2025-3301", principal="450,00",
                  issue_date="05/12/2025", due_date="04/01/2026"),
        claim_row(case_ref="DOS-4", debtor_ref="DEB-4", debtor_name="Louise Petit",
                  email="louise.petit@example.com", claim_ref="4411", principal="80,00",
                  issue_date="05/12/2025", due_date="04/01/2026"),
    ]  # fmt: skip


@pytest.fixture
def office(database: Database, tenant_id: int, tmp_path: Path) -> Office:
    office_setup(database, tmp_path, rows=_rows())
    with database.write() as session:
        debtor = session.scalars(select(Debtor).where(Debtor.reference == "DEB-1")).one()
        debtor.iban = DUPONT_IBAN
        cases = {case.reference: case.id for case in session.scalars(select(Case))}
    return Office(database, cases)


__all__ = ["NOW", "OFFICE_IBAN", "Office"]
