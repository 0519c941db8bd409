"""Pay-over to the creditor (R124-6 CPCE): each sum encashed once on a statement, the
mandate's fee, reversals deducted, the warning before the limit."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from amiable.ledger.models import LedgerEntry
from amiable.payments.models import PayoverItem
from amiable.payments.payover import PayoverError, payover_due, payover_issue, payover_paid
from amiable.payments.reconcile import statement_import
from amiable.payments.statements.model import Direction, StatementLine
from amiable.payments.statements.writer import camt053
from amiable.portfolio.models import Creditor, Mandate

from .conftest import NOW, OFFICE_IBAN, Office

DAY = date(2026, 3, 4)


def _statement(office: Office, lines: list[StatementLine], name: str) -> None:
    data = camt053(lines, account_iban=OFFICE_IBAN, statement_id=name, created_at=NOW)
    statement_import(office.database, tenant_id=1, data=data, actor="test", now=NOW)


def _credit(office: Office, case: str, cents: int, reference: str) -> StatementLine:
    return StatementLine(booking_date=DAY, value_date=DAY, amount_cents=cents, currency="EUR",
                         direction=Direction.CREDIT, structured_reference=office.rf(case),
                         bank_reference=reference, end_to_end_id=f"E2E-{reference}")  # fmt: skip


def _creditor_id(office: Office) -> int:
    with office.database.read() as session:
        return session.scalars(select(Creditor.id)).one()


def test_a_statement_pays_over_each_sum_once_less_the_mandate_s_fee(office: Office) -> None:
    _statement(
        office, [_credit(office, "DOS-1", 20_001, "A"), _credit(office, "DOS-2", 30_000, "B")], "S1"
    )
    with office.database.write() as session:
        # An imported payment history (received by the creditor before the case came) is
        # not the office's money: it never goes on a statement.
        session.add(LedgerEntry(tenant_id=1, case_id=office.cases["DOS-3"], kind="payment",
                                amount_cents=5_000, currency="EUR", effective_on=date(2026, 1, 2),
                                recorded_at=NOW, reason="history", external_reference="HIST-1"))  # fmt: skip
    with office.database.write() as session:
        payover = payover_issue(session, tenant_id=1, creditor_id=_creditor_id(office),
                                up_to=DAY, actor="anne", now=NOW)  # fmt: skip
        figures = (payover.collected_cents, payover.fee_cents, payover.owed_cents, payover.due_on)
        pdf = payover.pdf
        number = payover.number
    # 12 % of each sum, half-up to the cent: 24.0012 → 24.00, 36.00.
    assert figures == (50_001, 2_400 + 3_600, 50_001 - 6_000, DAY + timedelta(days=30))
    assert pdf is not None
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert number in text and "DOS-1" in text and "12 % des sommes encaissées" in text
    with office.database.write() as session, pytest.raises(PayoverError, match="nothing encashed"):
        payover_issue(session, tenant_id=1, creditor_id=_creditor_id(office), up_to=DAY,
                      actor="anne", now=NOW)  # fmt: skip
    with office.database.write() as session:
        payover_paid(session, tenant_id=1, number=number, actor="anne", now=NOW)
        with pytest.raises(PayoverError, match="was marked paid"):
            payover_paid(session, tenant_id=1, number=number, actor="anne", now=NOW)


def test_a_return_after_the_pay_over_is_deducted_from_the_next(office: Office) -> None:
    _statement(office, [_credit(office, "DOS-1", 20_000, "A")], "S1")
    with office.database.write() as session:
        payover_issue(
            session, tenant_id=1, creditor_id=_creditor_id(office), up_to=DAY, actor="a", now=NOW
        )
    returned = StatementLine(booking_date=DAY + timedelta(days=2), value_date=None, amount_cents=20_000,
                             currency="EUR", direction=Direction.DEBIT, bank_reference="R",
                             end_to_end_id="E2E-A", return_reason="AM04")  # fmt: skip
    _statement(office, [returned, _credit(office, "DOS-2", 10_000, "C")], "S2")
    with office.database.write() as session:
        second = payover_issue(session, tenant_id=1, creditor_id=_creditor_id(office),
                               up_to=DAY + timedelta(days=2), actor="a", now=NOW)  # fmt: skip
        items = sorted(
            session.scalars(
                select(PayoverItem.amount_cents).where(PayoverItem.payover_id == second.id)
            )
        )
        figures = (second.collected_cents, second.fee_cents, second.owed_cents)
    assert items == [-20_000, 10_000]
    assert figures == (-10_000, -1_200, -8_800)  # the creditor owes 88 € back


def test_a_flat_fee_is_charged_once_per_case_and_never_above_the_sum(office: Office) -> None:
    with office.database.write() as session:
        mandate = session.scalars(select(Mandate)).one()
        mandate.fee_basis, mandate.fee_rate_percent, mandate.flat_fee_cents = (
            "flat_per_case",
            None,
            5_000,
        )
    _statement(office, [_credit(office, "DOS-1", 20_000, "A"), _credit(office, "DOS-1", 10_000, "B"),
                        _credit(office, "DOS-4", 3_000, "C")], "S1")  # fmt: skip
    with office.database.write() as session:
        payover = payover_issue(session, tenant_id=1, creditor_id=_creditor_id(office), up_to=DAY,
                                actor="a", now=NOW)  # fmt: skip
        assert payover.fee_cents == 5_000 + 3_000
        assert payover.fee_detail.replace("\u202f", " ").replace("\xa0", " ") == (
            "forfait de 50,00 € par dossier (mandat M-CRED-001)"
        )


def test_the_warning_comes_before_the_limit_and_says_when_it_is_past(office: Office) -> None:
    _statement(office, [_credit(office, "DOS-1", 20_000, "A")], "S1")
    with office.database.read() as session:
        early = payover_due(session, tenant_id=1, today=DAY + timedelta(days=10), warn_days=7)
        near = payover_due(session, tenant_id=1, today=DAY + timedelta(days=25), warn_days=7)
        late = payover_due(session, tenant_id=1, today=DAY + timedelta(days=31), warn_days=7)
    assert early == []
    assert [(w.amount_cents, w.due_on, w.overdue) for w in near] == [
        (20_000, DAY + timedelta(days=30), False)
    ]
    assert late[0].overdue
    assert Decimal(late[0].amount_cents) / 100 == Decimal("200")
