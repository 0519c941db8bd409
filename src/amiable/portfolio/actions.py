"""Actions on creditors and mandates: the only way these records change.

Cases and claims change through the import writer (`imports.writer`), which the
API and the demo loader call too, so every path writes the same events.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.core.choices import Choice
from amiable.core.money import to_cents
from amiable.portfolio import events
from amiable.portfolio.choices import CaseStatus, FeeBasis
from amiable.portfolio.imports.fields import FieldError, parse_siren
from amiable.portfolio.models import Case, CaseEvent, Creditor, Mandate

_CREDITOR_FIELDS = ("name", "siren", "vat_number", "address", "postcode", "city", "country", "email",
                    "is_natural_person")  # fmt: skip


class MandateError(ValueError):
    """A mandate that lacks what CPCE R124-3 or the negotiation bounds require."""


def creditor_upsert(session: Session, *, tenant_id: int, reference: str, now: datetime,
                    **details: Any) -> tuple[Creditor, bool]:  # fmt: skip
    """Create the creditor, or update the fields given. Returns (creditor, created)."""
    unknown = set(details) - set(_CREDITOR_FIELDS)
    if unknown:
        raise ValueError(f"unknown creditor fields: {sorted(unknown)}")
    if details.get("siren"):
        try:
            details["siren"] = parse_siren("siren", str(details["siren"]))[0]
        except FieldError as error:
            raise ValueError(str(error)) from None
    creditor = session.execute(
        select(Creditor).where(Creditor.tenant_id == tenant_id, Creditor.reference == reference)
    ).scalar_one_or_none()
    created = creditor is None
    if creditor is None:
        creditor = Creditor(tenant_id=tenant_id, reference=reference, name=details.get("name") or reference,
                            country="FR", is_natural_person=False, created_at=now, updated_at=now)  # fmt: skip
        session.add(creditor)
    for key, value in details.items():
        if value is not None:
            setattr(creditor, key, value)
    creditor.updated_at = now
    session.flush()
    return creditor, created


def mandate_record(
    session: Session,
    *,
    creditor: Creditor,
    reference: str,
    signed_on: date,
    basis: str,
    fee_basis: str,
    now: datetime,
    fee_rate_percent: Decimal | None = None,
    flat_fee: Decimal | None = None,
    payover_days: int = 30,
    max_instalments: int = 1,
    min_instalment: Decimal = Decimal(0),
    max_plan_months: int = 0,
    lump_sum_discount_percent: Decimal = Decimal(0),
    allocation_order: str = "interest,indemnity,fee,principal",
    late_interest: bool = True,
    fixed_indemnity: bool = True,
    ends_on: date | None = None,
) -> Mandate:
    """Record the creditor's written mandate (R124-3) with its negotiation bounds."""
    if not basis.strip():
        raise MandateError("the mandate must state the basis of the sums to collect (R124-3)")
    if fee_basis not in FeeBasis.values():
        raise MandateError(f"fee_basis must be one of {FeeBasis.values()}")
    if fee_basis == FeeBasis.PERCENT_OF_COLLECTED and fee_rate_percent is None:
        raise MandateError("a percentage fee needs fee_rate_percent")
    if fee_basis == FeeBasis.FLAT_PER_CASE and flat_fee is None:
        raise MandateError("a flat fee needs flat_fee")
    if not 0 < payover_days <= 31:
        # R124-6: funds are paid over within one month of encashment.
        raise MandateError("payover_days must be between 1 and 31 (R124-6: one month at most)")
    if max_instalments < 1 or max_plan_months < 0 or min_instalment < 0:
        raise MandateError("negotiation bounds must be positive")
    if not Decimal(0) <= lump_sum_discount_percent <= Decimal(100):
        raise MandateError("lump_sum_discount_percent must be between 0 and 100")
    components = allocation_order.split(",")
    if sorted(components) != sorted(["interest", "indemnity", "fee", "principal"]):
        raise MandateError(
            "allocation_order must list interest, indemnity, fee and principal once each"
        )
    if ends_on is not None and ends_on < signed_on:
        raise MandateError("the mandate ends before it is signed")
    mandate = Mandate(
        tenant_id=creditor.tenant_id, creditor_id=creditor.id, reference=reference, signed_on=signed_on,
        ends_on=ends_on, basis=basis.strip(), fee_basis=fee_basis, fee_rate_percent=fee_rate_percent,
        flat_fee_cents=None if flat_fee is None else to_cents(flat_fee), payover_days=payover_days,
        max_instalments=max_instalments, min_instalment_cents=to_cents(min_instalment),
        max_plan_months=max_plan_months, lump_sum_discount_percent=lump_sum_discount_percent,
        allocation_order=allocation_order, late_interest=late_interest, fixed_indemnity=fixed_indemnity,
        created_at=now,
    )  # fmt: skip
    session.add(mandate)
    session.flush()
    return mandate


def mandate_in_force(creditor: Creditor, on: date) -> Mandate | None:
    """The mandate under which the agency may act on `on`; None means: contact nobody."""
    current = [m for m in creditor.mandates if m.in_force(on)]
    return max(current, key=lambda m: m.signed_on) if current else None


def case_status_set(
    session: Session, case: Case, status: CaseStatus, reason: str, now: datetime, actor: str
) -> bool:
    """Move the case to `status`, with the event saying why; False if it was already there."""
    previous = case.status
    if previous == status.value:
        return False
    case.status = status.value
    case.status_reason = reason[:300]
    case.updated_at = now
    if status in (CaseStatus.PAID, CaseStatus.CLOSED):
        case.closed_at = now
    case_event_add(session, case, events.EventType.STATUS_CHANGED, now, actor, reason,
                   previous=previous, status=status.value)  # fmt: skip
    return True


def case_event_add(
    session: Session, case: Case, kind: Choice, now: datetime, actor: str, reason: str, /,
    **data: Any,
) -> None:  # fmt: skip
    """Add the case event `kind` (an EventType, or the agent's ActionType) saying why."""
    session.add(
        CaseEvent(
            **events.event(kind, tenant_id=case.tenant_id, case_id=case.id, at=now, actor=actor,
                           reason=reason, **data)
        )
    )  # fmt: skip
