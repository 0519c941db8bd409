"""REST API v1: creditors, debtors, cases, claims, ledger, events, imports, the work queue."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, File, Query, UploadFile
from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.agent.choices import ActionType
from amiable.agent.models import HumanTask
from amiable.core.money import from_cents
from amiable.ledger.balances import case_statement
from amiable.ledger.models import LedgerEntry
from amiable.portfolio import choices
from amiable.portfolio.actions import (
    MandateError,
    creditor_upsert,
    mandate_in_force,
    mandate_record,
)
from amiable.portfolio.events import EventType
from amiable.portfolio.imports.pipeline import ImportFailed, import_file
from amiable.portfolio.imports.standard import RowError, RowOptions, StandardRow, validate_row
from amiable.portfolio.imports.writer import PortfolioWriter
from amiable.portfolio.models import Case, CaseEvent, Creditor, Debtor
from amiable.web.api import schemas
from amiable.web.api.deps import Application, ReadSession, Tenant
from amiable.web.errors import ApiError

router = APIRouter(prefix="/api/v1")
MAX_UPLOAD_BYTES = 200 * 1024 * 1024


# -- creditors -----------------------------------------------------------------


@router.get("/creditors", tags=["creditors"], response_model=list[schemas.CreditorOut])
def creditors_list(
    tenant: Tenant, session: ReadSession, application: Application
) -> list[dict[str, Any]]:
    found = session.execute(
        select(Creditor).where(Creditor.tenant_id == tenant.tenant_id).order_by(Creditor.reference)
    ).scalars()
    return [_creditor(c, application.clock.now().date()) for c in found]


@router.get("/creditors/{reference}", tags=["creditors"], response_model=schemas.CreditorOut)
def creditor_get(
    reference: str, tenant: Tenant, session: ReadSession, application: Application
) -> dict[str, Any]:
    return _creditor(
        _find(session, Creditor, tenant.tenant_id, reference), application.clock.now().date()
    )


@router.put("/creditors/{reference}", tags=["creditors"], response_model=schemas.CreditorOut)
def creditor_put(
    reference: str, body: schemas.CreditorIn, tenant: Tenant, application: Application
) -> dict[str, Any]:
    """Create or update a creditor by its reference."""
    now = application.clock.now()
    with application.database.write() as session:
        try:
            creditor, _ = creditor_upsert(session, tenant_id=tenant.tenant_id, reference=reference, now=now,
                                          **body.model_dump(exclude_none=True))  # fmt: skip
        except ValueError as error:
            raise ApiError(422, "validation_error", str(error)) from None
        return _creditor(creditor, now.date())


@router.post(
    "/creditors/{reference}/mandates",
    tags=["creditors"],
    response_model=schemas.CreditorOut,
    status_code=201,
)
def mandate_post(
    reference: str, body: schemas.MandateIn, tenant: Tenant, application: Application
) -> dict[str, Any]:
    """Record the creditor's written mandate (CPCE R124-3) and its negotiation bounds."""
    now = application.clock.now()
    with application.database.write() as session:
        creditor = _find(session, Creditor, tenant.tenant_id, reference)
        try:
            mandate_record(session, creditor=creditor, now=now, **body.model_dump())
        except MandateError as error:
            raise ApiError(422, "invalid_mandate", str(error)) from None
        session.refresh(creditor)
        return _creditor(creditor, now.date())


# -- cases ---------------------------------------------------------------------


@router.get("/cases", tags=["cases"], response_model=schemas.Page)
def cases_list(
    tenant: Tenant,
    session: ReadSession,
    status: Annotated[str | None, Query(description="Case status, e.g. active")] = None,
    creditor: Annotated[str | None, Query(description="Creditor reference")] = None,
    debtor_type: Annotated[str | None, Query(description="consumer or business")] = None,
    reference: Annotated[
        str | None, Query(description="Case references starting with this")
    ] = None,
    cursor: Annotated[str | None, Query(description="From the previous page's next_cursor")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Cases, newest last, in pages (keyset pagination: constant time at any depth)."""
    query = (
        select(
            Case.id,
            Case.reference,
            Case.status,
            Case.currency,
            Case.placed_cents,
            Case.opened_at,
            Creditor.reference.label("creditor_ref"),
            Debtor.reference.label("debtor_ref"),
            Debtor.name.label("debtor_name"),
            Debtor.type.label("debtor_type"),
        )
        .join(Creditor, Creditor.id == Case.creditor_id)
        .join(Debtor, Debtor.id == Case.debtor_id)
        .where(Case.tenant_id == tenant.tenant_id)
        .order_by(Case.id)
        .limit(limit + 1)
    )
    if status:
        if status not in choices.CaseStatus.values():
            raise ApiError(
                422, "validation_error", f"unknown status {status!r}", choices.CaseStatus.values()
            )
        query = query.where(Case.status == status)
    if creditor:
        creditor_id = session.execute(
            select(Creditor.id).where(
                Creditor.tenant_id == tenant.tenant_id, Creditor.reference == creditor
            )
        ).scalar_one_or_none()
        if creditor_id is None:
            raise ApiError(404, "not_found", f"no creditor {creditor}")
        query = query.where(Case.creditor_id == creditor_id)
    if debtor_type:
        query = query.where(Debtor.type == debtor_type)
    if reference:
        # A range on the (tenant, reference) index; LIKE could not use it.
        query = query.where(Case.reference >= reference, Case.reference < reference + "\U0010ffff")
    if cursor:
        if not cursor.isdigit():
            raise ApiError(422, "validation_error", "invalid cursor")
        query = query.where(Case.id > int(cursor))
    rows = session.execute(query).mappings().all()
    items = [_case_summary(row) for row in rows[:limit]]
    next_cursor = str(rows[limit - 1]["id"]) if len(rows) > limit else None
    return {"items": items, "next_cursor": next_cursor}


@router.get("/cases/{reference}", tags=["cases"], response_model=schemas.CaseOut)
def case_get(
    reference: str,
    tenant: Tenant,
    session: ReadSession,
    application: Application,
    as_of: Annotated[date | None, Query(description="Balance date (default today)")] = None,
) -> dict[str, Any]:
    """A case with its debtor, claims and itemised balance (principal, interest, indemnity, fees, payments)."""
    case = _find(session, Case, tenant.tenant_id, reference)
    return _case_detail(session, case, as_of or application.clock.now().date())


@router.put("/cases/{reference}", tags=["cases"], response_model=schemas.CaseOut)
def case_put(
    reference: str, body: schemas.CaseIn, tenant: Tenant, application: Application
) -> dict[str, Any]:
    """Create or update a case by its reference, with its debtor and claims. All or nothing."""
    rows = [_row_from_case(reference, body, claim) for claim in body.claims]
    validated, errors = _validate(rows)
    if errors:
        raise ApiError(422, "invalid_case", "the case was not saved", [e.as_dict() for e in errors])
    now = application.clock.now()
    with application.database.write() as session:
        writer = PortfolioWriter(
            tenant_id=tenant.tenant_id, actor=f"api:{tenant.slug}", source="API", now=now
        )
        outcome = writer.write(session, validated)
        if outcome.errors:
            session.rollback()
            raise ApiError(
                409, "conflict", "the case was not saved", [e.as_dict() for e in outcome.errors]
            )
    with application.database.read() as session:
        return _case_detail(session, _find(session, Case, tenant.tenant_id, reference), now.date())


@router.post("/rows", tags=["imports"], response_model=schemas.WriteResult)
def rows_post(
    rows: list[dict[str, str]], tenant: Tenant, application: Application
) -> dict[str, Any]:
    """Rows in the standard import format (one per claim). Good rows go in; each bad one is reported."""
    if len(rows) > 10_000:
        raise ApiError(
            413, "too_large", "at most 10,000 rows per request; upload a file to /imports"
        )
    numbered = [{str(k): "" if v is None else str(v) for k, v in row.items()} for row in rows]
    validated, errors = _validate(numbered)
    now = application.clock.now()
    writer = PortfolioWriter(
        tenant_id=tenant.tenant_id, actor=f"api:{tenant.slug}", source="API rows", now=now
    )
    with application.database.write() as session:
        outcome = writer.write(session, validated)
    errors += outcome.errors
    return {"imported": outcome.imported, "updated": outcome.updated, "unchanged": outcome.unchanged,
            "rejected": len({e.row for e in errors}), "errors": [e.as_dict() for e in errors],
            "creditors_created": outcome.created_creditors}  # fmt: skip


@router.post("/imports", tags=["imports"])
def import_upload(
    file: Annotated[
        UploadFile, File(description="CSV, XLSX, JSON/JSONL, Factur-X PDF or CII/UBL XML")
    ],
    tenant: Tenant,
    application: Application,
    creditor: str | None = None,
    mapping: str | None = None,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Import a file exactly as `amiable import --json` does, and return its summary."""
    suffix = Path(file.filename or "upload.csv").suffix.lower()[:10] or ".csv"
    with tempfile.TemporaryDirectory(prefix="amiable-import-") as folder:
        path = Path(folder) / f"{Path(file.filename or 'upload').stem[:80]}{suffix}"
        _save_upload(file, path)
        try:
            summary = import_file(application.database, tenant=tenant.slug, path=path, creditor=creditor,
                                  mapping=mapping, dry_run=dry_run, rejects_path=Path(folder) / "rejects.csv",
                                  clock=application.clock)  # fmt: skip
        except ImportFailed as error:
            raise ApiError(422, "import_failed", str(error)) from None
    result = summary.as_dict()
    result["rejects_file"] = None  # a temporary file; the errors are listed instead
    return result


@router.get("/cases/{reference}/ledger", tags=["cases"])
def case_ledger(reference: str, tenant: Tenant, session: ReadSession) -> list[dict[str, Any]]:
    """The case's ledger entries, oldest first."""
    case = _find(session, Case, tenant.tenant_id, reference)
    claims = {c.id: c.reference for c in case.claims}
    entries = session.execute(
        select(LedgerEntry)
        .where(LedgerEntry.case_id == case.id)
        .order_by(LedgerEntry.effective_on, LedgerEntry.id)
    ).scalars()
    return [
        {"kind": e.kind, "component": e.component, "claim_ref": claims.get(e.claim_id) if e.claim_id else None,
         "amount": str(from_cents(e.amount_cents)), "currency": e.currency, "effective_on": e.effective_on.isoformat(),
         "recorded_at": e.recorded_at.isoformat(), "reason": e.reason, "external_reference": e.external_reference}
        for e in entries
    ]  # fmt: skip


@router.get("/cases/{reference}/events", tags=["cases"])
def case_events(reference: str, tenant: Tenant, session: ReadSession) -> list[dict[str, Any]]:
    """The case's timeline: every event, oldest first, with why it happened."""
    case = _find(session, Case, tenant.tenant_id, reference)
    found = session.execute(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
    ).scalars()
    return [
        {"type": e.type, "label_fr": _event_label(e.type, "fr"), "label_en": _event_label(e.type, "en"),
         "occurred_at": e.occurred_at.isoformat(), "actor": e.actor, "reason": e.reason, "data": e.data}
        for e in found
    ]  # fmt: skip


@router.get("/tasks", tags=["agent"])
def tasks_list(
    tenant: Tenant,
    session: ReadSession,
    status: Annotated[str, Query(pattern="^(open|done|cancelled)$")] = "open",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[dict[str, Any]]:
    """The people's work queue: what the agent handed over, most urgent first, each with
    its summary (who, what is owed, what the debtor said, what the agent did, what next)."""
    rows = session.execute(
        select(HumanTask, Case.reference)
        .outerjoin(Case, Case.id == HumanTask.case_id)
        .where(HumanTask.tenant_id == tenant.tenant_id, HumanTask.status == status)
        .order_by(HumanTask.priority, HumanTask.due_at, HumanTask.id)
        .limit(limit)
    ).all()
    return [
        {"id": task.id, "case": reference, "kind": task.kind, "priority": task.priority,
         "status": task.status, "reason": task.reason, "summary": task.summary,
         "due_at": task.due_at.isoformat(), "created_at": task.created_at.isoformat()}
        for task, reference in rows
    ]  # fmt: skip


@router.get("/debtors/{reference}", tags=["debtors"], response_model=schemas.DebtorOut)
def debtor_get(reference: str, tenant: Tenant, session: ReadSession) -> dict[str, Any]:
    return _debtor(_find(session, Debtor, tenant.tenant_id, reference))


@router.get("/vocabularies", tags=["reference"])
def vocabularies() -> dict[str, Any]:
    """Every status and vocabulary with its French and English labels."""
    return {
        "case_status": choices.CaseStatus.describe(),
        "claim_status": choices.ClaimStatus.describe(),
        "contact_status": choices.ContactStatus.describe(),
        "contact_kind": choices.ContactKind.describe(),
        "consent": choices.Consent.describe(),
        "fee_basis": choices.FeeBasis.describe(),
        "event_type": EventType.describe(),
        "agent_action": ActionType.describe(),
    }


# -- helpers -------------------------------------------------------------------


def _save_upload(upload: UploadFile, path: Path) -> None:
    """Copy the upload to disk, stopping as soon as it passes the limit."""
    written = 0
    with path.open("wb") as target:
        while chunk := upload.file.read(1024 * 1024):
            written += len(chunk)
            if written > MAX_UPLOAD_BYTES:
                raise ApiError(
                    413, "too_large", "files over 200 MB are imported with the command line"
                )
            target.write(chunk)


Record = TypeVar("Record", Creditor, Case, Debtor)


def _find(session: Session, model: type[Record], tenant_id: int, reference: str) -> Record:
    """A tenant's creditor, case or debtor by its reference, or a 404 naming it."""
    found = session.execute(
        select(model).where(model.tenant_id == tenant_id, model.reference == reference)
    ).scalar_one_or_none()
    if found is None:
        raise ApiError(404, "not_found", f"no {model.__tablename__} {reference}")
    return found


def _creditor(creditor: Creditor, today: date) -> dict[str, Any]:
    return {
        "reference": creditor.reference, "name": creditor.name, "siren": creditor.siren,
        "address": creditor.address, "postcode": creditor.postcode, "city": creditor.city,
        "country": creditor.country, "is_natural_person": creditor.is_natural_person,
        "has_mandate_in_force": mandate_in_force(creditor, today) is not None,
        "mandates": [
            {"reference": m.reference, "signed_on": m.signed_on, "ends_on": m.ends_on, "basis": m.basis,
             "fee_basis": m.fee_basis, "fee_rate_percent": m.fee_rate_percent,
             "flat_fee": None if m.flat_fee_cents is None else from_cents(m.flat_fee_cents),
             "payover_days": m.payover_days, "max_instalments": m.max_instalments,
             "min_instalment": from_cents(m.min_instalment_cents), "max_plan_months": m.max_plan_months,
             "lump_sum_discount_percent": m.lump_sum_discount_percent, "allocation_order": m.allocation_order,
             "late_interest": m.late_interest, "fixed_indemnity": m.fixed_indemnity}
            for m in creditor.mandates
        ],
    }  # fmt: skip


def _debtor(debtor: Debtor) -> dict[str, Any]:
    return {
        "reference": debtor.reference, "type": debtor.type, "name": debtor.name, "siren": debtor.siren,
        "address": debtor.address, "postcode": debtor.postcode, "city": debtor.city, "country": debtor.country,
        "language": debtor.language,
        "contact_points": [{"kind": c.kind, "value": c.value, "status": c.status, "consent": c.consent}
                           for c in debtor.contact_points],
    }  # fmt: skip


def _case_summary(row: Any) -> dict[str, Any]:
    return {
        "reference": row["reference"], "status": row["status"], "creditor_ref": row["creditor_ref"],
        "debtor_ref": row["debtor_ref"], "debtor_name": row["debtor_name"], "debtor_type": row["debtor_type"],
        "currency": row["currency"], "placed": from_cents(row["placed_cents"]), "opened_at": row["opened_at"],
    }  # fmt: skip


def _case_detail(session: Session, case: Case, as_of: date) -> dict[str, Any]:
    statement = case_statement(session, case, as_of)
    due = statement.due_by_component
    from amiable.ledger.choices import Component

    return {
        **_case_summary({"reference": case.reference, "status": case.status, "creditor_ref": case.creditor.reference,
                         "debtor_ref": case.debtor.reference, "debtor_name": case.debtor.name,
                         "debtor_type": case.debtor.type, "currency": case.currency,
                         "placed_cents": case.placed_cents, "opened_at": case.opened_at}),
        "formal_notice_on": case.formal_notice_on,
        "debtor": _debtor(case.debtor),
        "claims": [{"reference": c.reference, "nature": c.nature, "issue_date": c.issue_date,
                    "due_date": c.due_date, "principal": from_cents(c.principal_cents), "currency": c.currency,
                    "has_title": c.has_title, "status": c.status} for c in case.claims],
        "balance": {
            "as_of": as_of, "principal": due[Component.PRINCIPAL], "interest": due[Component.INTEREST],
            "indemnity": due[Component.INDEMNITY], "fees": due[Component.FEE], "paid": statement.total_paid,
            "total_due": statement.total_due, "overpaid": statement.overpaid, "warnings": list(statement.warnings),
            "claims": [{"claim_ref": c.reference, "principal": str(c.principal), "interest": str(c.interest),
                        "indemnity": str(c.indemnity), "fees": str(c.fees), "paid": str(c.paid),
                        "balance": str(c.balance),
                        "interest_lines": [{"start": line.start.isoformat(), "end": line.end.isoformat(),
                                            "days": line.days, "base": str(line.base), "rate": str(line.rate),
                                            "amount": str(line.amount), "rule": line.rule} for line in c.lines]}
                       for c in statement.claims],
        },
    }  # fmt: skip


def _row_from_case(reference: str, body: schemas.CaseIn, claim: schemas.ClaimIn) -> dict[str, str]:
    debtor = body.debtor
    values = {
        "creditor_ref": body.creditor_ref, "case_ref": reference, "debtor_ref": debtor.reference,
        "debtor_type": debtor.type, "debtor_name": debtor.name, "siren": debtor.siren, "vat_number": debtor.vat_number,
        "iban": debtor.iban, "email": debtor.email, "phone": debtor.phone, "address": debtor.address,
        "postcode": debtor.postcode, "city": debtor.city, "country": debtor.country, "language": debtor.language,
        "claim_ref": claim.reference, "issue_date": claim.issue_date, "due_date": claim.due_date,
        "principal": claim.principal, "currency": claim.currency, "nature": claim.nature,
        "has_title": "true" if claim.has_title else "false", "title_date": claim.title_date,
        "contract_rate": claim.contract_rate, "description": claim.description,
        "formal_notice_date": body.formal_notice_date,
    }  # fmt: skip
    return {k: v for k, v in values.items() if v is not None}


def _validate(rows: Sequence[dict[str, str]]) -> tuple[list[StandardRow], list[RowError]]:
    validated: list[StandardRow] = []
    errors: list[RowError] = []
    seen: set[tuple[str, str]] = set()
    for number, values in enumerate(rows, start=1):
        result = validate_row(number, values, RowOptions())
        if isinstance(result, list):
            errors.extend(result)
        elif (result.creditor_ref, result.claim_ref) in seen:
            errors.append(RowError(number, "claim_ref", f"duplicate claim {result.claim_ref}"))
        else:
            seen.add((result.creditor_ref, result.claim_ref))
            validated.append(result)
    return validated, errors


def _event_label(event_type: str, lang: str) -> str:
    try:
        return EventType(event_type).label(lang)
    except ValueError:
        pass
    try:
        return ActionType(event_type).label(lang)
    except ValueError:
        return event_type
