"""The bridge between stored rows and the pure calculator: a case's statement.

case_statement(session, case, as_of)                  # one case, its rows read here
entries = ledger_entries(session, case_ids)           # many cases, one query
case_statement(session, case, as_of, entries=entries[case.id], rates=rates)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.core.money import from_cents
from amiable.ledger.choices import ClaimNature, Component, DebtorType, EntryKind
from amiable.ledger.models import LedgerEntry
from amiable.ledger.rate_store import rate_tables
from amiable.ledger.rates import RateTables
from amiable.ledger.rules import ClaimTerms, Entry, Statement, compute_statement
from amiable.portfolio.actions import mandate_in_force
from amiable.portfolio.models import Case

# Plain columns, not ORM objects: a long case has hundreds of entries.
_ENTRY_COLUMNS = (LedgerEntry.kind, LedgerEntry.amount_cents, LedgerEntry.effective_on,
                  LedgerEntry.claim_id, LedgerEntry.component, LedgerEntry.id,
                  LedgerEntry.reverses_id)  # fmt: skip


def case_statement(
    session: Session,
    case: Case,
    as_of: date,
    *,
    entries: Sequence[Entry] | None = None,
    rates: RateTables | None = None,
) -> Statement:
    """The case's statement on `as_of`. `entries` and `rates`, when the caller has already
    read them for many cases at once (`ledger_entries`), spare the two queries."""
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
    if entries is None:
        entries = ledger_entries(session, (case.id,)).get(case.id, [])
    if rates is None:
        rates = rate_tables(session)
    if mandate is None:
        return compute_statement(claims, list(entries), as_of, rates=rates)
    order = tuple(Component(name) for name in mandate.allocation_order.split(","))
    return compute_statement(claims, list(entries), as_of, rates=rates, allocation_order=order)


def ledger_entries(session: Session, case_ids: Iterable[int]) -> dict[int, list[Entry]]:
    """The ledger entries of each case, in the calculator's order, read in one query."""
    by_case: dict[int, list[Entry]] = defaultdict(list)
    ids = list(case_ids)
    if not ids:
        return by_case
    rows = session.execute(
        select(LedgerEntry.case_id, *_ENTRY_COLUMNS)
        .where(LedgerEntry.case_id.in_(ids))
        .order_by(LedgerEntry.case_id, LedgerEntry.effective_on, LedgerEntry.id)
    )
    for case_id, kind, cents, effective_on, claim_id, component, entry_id, reverses in rows:
        by_case[case_id].append(
            Entry(
                kind=EntryKind(kind),
                amount=from_cents(cents),
                effective_date=effective_on,
                claim_id=claim_id,
                component=Component(component) if component else None,
                entry_id=entry_id,
                reverses=reverses,
            )
        )
    return by_case
