"""The bridge between stored rows and the pure calculator: a case's statement."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.core.money import from_cents
from amiable.ledger.choices import ClaimNature, Component, DebtorType, EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.ledger.rate_store import rate_tables
from amiable.ledger.rules import ClaimTerms, Entry, Statement, compute_statement
from amiable.portfolio.actions import mandate_in_force
from amiable.portfolio.models import Case


def case_statement(session: Session, case: Case, as_of: date) -> Statement:
    mandate = mandate_in_force(case.creditor, as_of)
    claims = [
        ClaimTerms(
            claim_id=claim.id,
            reference=claim.reference,
            nature=ClaimNature(claim.nature),
            debtor_type=DebtorType(case.debtor.type),
            issue_date=claim.issue_date,
            due_date=claim.due_date,
            creditor_is_natural_person=case.creditor.is_natural_person,
            contract_rate=claim.contract_rate,
            formal_notice_date=case.formal_notice_on,
            late_interest=mandate.late_interest if mandate else True,
            fixed_indemnity=mandate.fixed_indemnity if mandate else True,
        )
        for claim in case.claims
        if claim.status != "cancelled"
    ]
    # Plain columns, not ORM objects: a long case has hundreds of entries.
    rows = session.execute(
        select(LedgerEntry.kind, LedgerEntry.amount_cents, LedgerEntry.effective_on,
               LedgerEntry.claim_id, LedgerEntry.component, LedgerEntry.id)
        .where(LedgerEntry.case_id == case.id)
        .order_by(LedgerEntry.effective_on, LedgerEntry.id)
    )  # fmt: skip
    entries = [
        Entry(kind=EntryKind(kind), amount=from_cents(cents), effective_date=effective_on, claim_id=claim_id,
              component=Component(component) if component else None, entry_id=entry_id)
        for kind, cents, effective_on, claim_id, component, entry_id in rows
    ]  # fmt: skip
    if mandate is None:
        return compute_statement(claims, entries, as_of, rates=rate_tables(session))
    order = tuple(Component(name) for name in mandate.allocation_order.split(","))
    return compute_statement(
        claims, entries, as_of, rates=rate_tables(session), allocation_order=order
    )
