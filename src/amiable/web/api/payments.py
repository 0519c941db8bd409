"""REST API v1, payments: bank statements in, the lines waiting for a person, and the
decision on each (confirm the suggestion, assign a case, set aside)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Query, UploadFile
from pydantic import BaseModel, Field
from sqlalchemy import select

from amiable.core.money import from_cents
from amiable.payments.models import BankLine
from amiable.payments.reconcile import (
    LineError,
    line_assign,
    line_confirm,
    line_set_aside,
    statement_import,
)
from amiable.payments.statements import MAX_BYTES, StatementError
from amiable.portfolio.models import Case
from amiable.web.api.deps import Application, ReadSession, Tenant
from amiable.web.errors import ApiError

router = APIRouter(prefix="/api/v1", tags=["payments"])
_STATUSES = "^(matched|to_review|unmatched|reversed|ignored|set_aside)$"


class Assign(BaseModel):
    case: str = Field(description="The case's reference, or its RF transfer reference")


class SetAside(BaseModel):
    reason: str = Field(min_length=3, max_length=200)


@router.post("/statements")
def statement_upload(
    file: Annotated[UploadFile, File(description="camt.052/053/054, MT940, OFX or CSV")],
    tenant: Tenant,
    application: Application,
) -> dict[str, Any]:
    """Import a bank statement exactly as `amiable statements import --json` does."""
    data = file.file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ApiError(413, "too_large", f"statements over {MAX_BYTES // 2**20} MB are refused")
    try:
        result = statement_import(
            application.database, tenant_id=tenant.tenant_id, data=data, actor="api",
            now=application.clock.now(), filename=file.filename,
        )  # fmt: skip
    except StatementError as error:
        raise ApiError(422, "not_a_statement", str(error)) from None
    return {**result.counts(), "import_id": result.import_id,
            "seen_before": result.file_seen_before, "warnings": result.warnings}  # fmt: skip


@router.get("/bank-lines")
def bank_lines(
    tenant: Tenant,
    session: ReadSession,
    status: Annotated[str, Query(pattern=_STATUSES)] = "to_review",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[dict[str, Any]]:
    """Bank lines in one state, oldest first: by default the queue a person works through."""
    rows = session.execute(
        select(BankLine, Case.reference)
        .outerjoin(Case, Case.id == BankLine.case_id)
        .where(BankLine.tenant_id == tenant.tenant_id, BankLine.status == status)
        .order_by(BankLine.booking_date, BankLine.id)
        .limit(limit)
    ).all()
    return [_line(row, reference) for row, reference in rows]


@router.post("/bank-lines/{line_id}/confirm")
def bank_line_confirm(line_id: int, tenant: Tenant, application: Application) -> dict[str, Any]:
    """Book the line on its suggested case (one click)."""
    return _decide(application, lambda session, now: line_confirm(
        session, tenant_id=tenant.tenant_id, line_id=line_id, actor=f"api:{tenant.slug}", now=now))  # fmt: skip


@router.post("/bank-lines/{line_id}/assign")
def bank_line_assign(
    line_id: int, body: Assign, tenant: Tenant, application: Application
) -> dict[str, Any]:
    """Book the line on the case a person names."""
    return _decide(application, lambda session, now: line_assign(
        session, tenant_id=tenant.tenant_id, line_id=line_id, case_reference=body.case,
        actor=f"api:{tenant.slug}", now=now))  # fmt: skip


@router.post("/bank-lines/{line_id}/set-aside")
def bank_line_set_aside(
    line_id: int, body: SetAside, tenant: Tenant, application: Application
) -> dict[str, Any]:
    """Close the line: not a debtor's payment."""
    return _decide(application, lambda session, now: line_set_aside(
        session, tenant_id=tenant.tenant_id, line_id=line_id, reason=body.reason,
        actor=f"api:{tenant.slug}", now=now))  # fmt: skip


def _decide(application: Any, decide: Any) -> dict[str, Any]:
    try:
        with application.database.write() as session:
            row = decide(session, application.clock.now())
            reference = (
                session.scalar(select(Case.reference).where(Case.id == row.case_id))
                if row.case_id
                else None
            )
            return _line(row, reference)
    except LineError as error:
        raise ApiError(409, "line_not_decided", str(error)) from None


def _line(row: BankLine, case_reference: str | None) -> dict[str, Any]:
    return {
        "id": row.id, "status": row.status, "booking_date": row.booking_date.isoformat(),
        "direction": row.direction, "amount": str(from_cents(row.amount_cents)),
        "currency": row.currency, "payer": row.counterparty_name, "payer_iban": row.counterparty_iban,
        "text": row.remittance, "structured_reference": row.structured_reference,
        "case": case_reference, "score": row.score, "reason": row.reason,
        "problem": row.problem, "allocations": row.allocations,
    }  # fmt: skip
