"""`amiable demo load`: a synthetic portfolio loaded through the same code paths as a
real one (creditor and mandate actions, the import writer, ledger payments)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select

from amiable.core.clock import Clock
from amiable.core.db import Database, table_of
from amiable.core.money import parse_amount, to_cents
from amiable.demo.generator import generate
from amiable.ledger.models import LedgerEntry
from amiable.portfolio import events
from amiable.portfolio.actions import creditor_upsert, mandate_record
from amiable.portfolio.imports.standard import RowOptions, StandardRow, validate_row
from amiable.portfolio.imports.writer import PortfolioWriter
from amiable.portfolio.models import Case, CaseEvent, Claim
from amiable.portfolio.tenants import tenant_ensure


@dataclass(frozen=True)
class DemoLoaded:
    cases: int
    claims: int
    payments: int
    skipped: bool = False


def demo_load(database: Database, *, tenant: str, cases: int, seed: int, clock: Clock,
              if_empty: bool = False, batch_size: int = 2000,
              on_progress: Callable[[int], None] | None = None) -> DemoLoaded:  # fmt: skip
    now = clock.now()
    portfolio = generate(cases=cases, seed=seed, today=now.date())
    with database.write() as session:
        office = tenant_ensure(session, slug=tenant, now=now)
        if (
            if_empty
            and session.execute(
                select(func.count()).select_from(Case).where(Case.tenant_id == office.id)
            ).scalar_one()
        ):
            return DemoLoaded(0, 0, 0, skipped=True)
        _office_details(office, portfolio.office)
        for spec in portfolio.creditors:
            _creditor_with_mandate(session, office.id, spec, now)
        tenant_id = office.id
    writer = PortfolioWriter(
        tenant_id=tenant_id, actor="demo", source=f"demo portfolio (seed {seed})", now=now
    )
    batch: list[StandardRow] = []
    claims = 0
    for number, values in enumerate(portfolio.rows(), start=1):
        row = validate_row(number, values, RowOptions())
        if isinstance(row, list):  # the generator's own bug: say so loudly
            raise ValueError(f"demo generator produced an invalid row {number}: {row}")
        batch.append(row)
        if len(batch) >= batch_size:
            claims += _write(database, writer, batch)
            if on_progress:
                on_progress(claims)
    if batch:
        claims += _write(database, writer, batch)
    payments = _payments(database, tenant_id, portfolio.payments(), now)
    with database.read() as session:
        count = session.execute(
            select(func.count()).select_from(Case).where(Case.tenant_id == tenant_id)
        ).scalar_one()
    return DemoLoaded(count, claims, payments)


def _write(database: Database, writer: PortfolioWriter, batch: list[StandardRow]) -> int:
    with database.write() as session:
        outcome = writer.write(session, batch)
    if outcome.errors:
        raise ValueError(f"demo rows refused: {outcome.errors[:3]}")
    batch.clear()
    return outcome.imported + outcome.updated + outcome.unchanged


def _office_details(office: Any, details: dict[str, str]) -> None:
    office.name = details.get("name") or office.name
    for key in ("siren", "address", "postcode", "city", "email", "phone"):
        if details.get(key):
            setattr(office, key, details[key])
    # The demo agency meets the R124-2 prerequisites, so its playbooks may run.
    office.liability_insurance = office.liability_insurance or "RC Pro démonstration n° DEMO-0001"
    office.client_account_iban = office.client_account_iban or "FR7630006000011234567890189"
    office.prosecutor_declared_on = office.prosecutor_declared_on or date(2020, 1, 15)


def _creditor_with_mandate(session: Any, tenant_id: int, spec: dict[str, Any], now: Any) -> None:
    details = {k: spec[k] for k in ("name", "siren", "address", "postcode", "city") if spec.get(k)}
    creditor, created = creditor_upsert(session, tenant_id=tenant_id, reference=str(spec["ref"]), now=now,
                                        is_natural_person=bool(spec.get("is_natural_person")), **details)  # fmt: skip
    if not created and creditor.mandates:
        return
    terms = dict(spec["mandate"])
    mandate_record(
        session, creditor=creditor, reference=str(terms["reference"]),
        signed_on=date.fromisoformat(str(terms["signed_on"])), basis=str(terms["basis"]),
        fee_basis=str(terms["fee_basis"]),
        fee_rate_percent=Decimal(str(terms["fee_rate_percent"])) if terms.get("fee_rate_percent") else None,
        flat_fee=Decimal(str(terms["flat_fee"])) if terms.get("flat_fee") else None,
        payover_days=int(terms["payover_days"]), max_instalments=int(terms["max_instalments"]),
        min_instalment=Decimal(str(terms["min_instalment"])), max_plan_months=int(terms["max_plan_months"]),
        lump_sum_discount_percent=Decimal(str(terms["lump_sum_discount_percent"])),
        allocation_order=str(terms["allocation_order"]), late_interest=bool(terms["late_interest"]),
        fixed_indemnity=bool(terms["fixed_indemnity"]), now=now,
    )  # fmt: skip


def _payments(database: Database, tenant_id: int, payments: Any, now: Any) -> int:
    """Past payments become `payment` ledger entries on their claim, each with an event."""
    entries: list[dict[str, Any]] = list(payments)
    if not entries:
        return 0
    with database.write() as session:
        claims = {
            (case_ref, claim_ref): (case_id, claim_id, currency)
            for case_ref, claim_ref, case_id, claim_id, currency in session.execute(
                select(Case.reference, Claim.reference, Case.id, Claim.id, Claim.currency)
                .join(Claim, Claim.case_id == Case.id)
                .where(Case.tenant_id == tenant_id)
            )
        }
        rows, posted = [], []
        for payment in entries:
            case_id, claim_id, currency = claims[(payment["case_ref"], payment["claim_ref"])]
            amount = parse_amount(payment["amount"])
            reason = f"payment by {payment['method']} received {payment['paid_on']} (demo history)"
            rows.append({
                "tenant_id": tenant_id, "case_id": case_id, "claim_id": claim_id, "kind": "payment",
                "component": None, "amount_cents": to_cents(amount), "currency": currency,
                "effective_on": date.fromisoformat(payment["paid_on"]), "recorded_at": now,
                "reason": reason, "external_reference": payment["reference"],
            })  # fmt: skip
            posted.append(events.ledger_entry_posted(
                tenant_id=tenant_id, case_id=case_id, at=now, actor="demo", reason=reason,
                kind="payment", amount=amount, claim=payment["claim_ref"], reference=payment["reference"],
            ))  # fmt: skip
        session.execute(insert(table_of(LedgerEntry)), rows)
        session.execute(insert(table_of(CaseEvent)), posted)
    return len(rows)
