"""`amiable export`: every case, event and ledger entry out, as JSON lines or CSV.

Rows are streamed in id order with `yield_per`, so exporting millions of rows
uses constant memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import Select, select

from amiable.agent.models import HumanTask
from amiable.channels.models import OutboundMessage
from amiable.core.db import Database
from amiable.core.money import from_cents
from amiable.ledger.models import LedgerEntry
from amiable.portfolio.models import Case, CaseEvent, Claim, Creditor, Debtor

KINDS = ("cases", "claims", "events", "ledger", "messages", "proposals", "tasks")


def _query(kind: str, tenant_id: int) -> Select[*tuple[Any, ...]]:
    if kind == "cases":
        return (
            select(
                Case.id,
                Case.reference.label("case_ref"),
                Creditor.reference.label("creditor_ref"),
                Debtor.reference.label("debtor_ref"),
                Debtor.name.label("debtor_name"),
                Debtor.type.label("debtor_type"),
                Case.status,
                Case.currency,
                Case.placed_cents,
                Case.formal_notice_on,
                Case.opened_at,
                Case.closed_at,
            )
            .join(Creditor, Creditor.id == Case.creditor_id)
            .join(Debtor, Debtor.id == Case.debtor_id)
            .where(Case.tenant_id == tenant_id)
            .order_by(Case.id)
        )
    if kind == "claims":
        return (
            select(
                Claim.id,
                Case.reference.label("case_ref"),
                Claim.reference.label("claim_ref"),
                Claim.nature,
                Claim.issue_date,
                Claim.due_date,
                Claim.principal_cents,
                Claim.currency,
                Claim.has_title,
                Claim.status,
            )
            .join(Case, Case.id == Claim.case_id)
            .where(Claim.tenant_id == tenant_id)
            .order_by(Claim.id)
        )
    if kind == "events":
        return (
            select(
                CaseEvent.id,
                Case.reference.label("case_ref"),
                CaseEvent.type,
                CaseEvent.occurred_at,
                CaseEvent.actor,
                CaseEvent.reason,
                CaseEvent.data,
            )
            .join(Case, Case.id == CaseEvent.case_id)
            .where(CaseEvent.tenant_id == tenant_id)
            .order_by(CaseEvent.id)
        )
    if kind == "ledger":
        return (
            select(
                LedgerEntry.id,
                Case.reference.label("case_ref"),
                Claim.reference.label("claim_ref"),
                LedgerEntry.kind,
                LedgerEntry.component,
                LedgerEntry.amount_cents,
                LedgerEntry.currency,
                LedgerEntry.effective_on,
                LedgerEntry.recorded_at,
                LedgerEntry.reason,
                LedgerEntry.external_reference,
            )
            .join(Case, Case.id == LedgerEntry.case_id)
            .outerjoin(Claim, Claim.id == LedgerEntry.claim_id)
            .where(LedgerEntry.tenant_id == tenant_id)
            .order_by(LedgerEntry.id)
        )
    if kind == "messages":
        # For audit: what went out, when, in which of the debtor's time zone, and why.
        return (
            select(
                OutboundMessage.id,
                Case.reference.label("case_ref"),
                OutboundMessage.channel,
                OutboundMessage.template,
                OutboundMessage.tone,
                OutboundMessage.lang,
                OutboundMessage.playbook,
                OutboundMessage.step,
                OutboundMessage.status,
                OutboundMessage.scheduled_for,
                OutboundMessage.created_at.label("queued_at"),
                OutboundMessage.sent_at,
                OutboundMessage.debtor_timezone,
                OutboundMessage.recipient,
                OutboundMessage.subject,
                OutboundMessage.body_text.label("text"),
                OutboundMessage.reason,
                # Delivery: the dead letters and failures a person must look at.
                OutboundMessage.attempts,
                OutboundMessage.provider,
                OutboundMessage.last_error,
            )
            .join(Case, Case.id == OutboundMessage.case_id)
            .where(OutboundMessage.tenant_id == tenant_id)
            .order_by(OutboundMessage.id)
        )
    if kind == "proposals":
        # CPCE R124-5: the debtors' proposals to pay otherwise than at once (promises,
        # plans, offers outside the mandate), per creditor, for the office to report.
        return (
            select(
                CaseEvent.id,
                Creditor.reference.label("creditor_ref"),
                Creditor.name.label("creditor_name"),
                Case.reference.label("case_ref"),
                Debtor.name.label("debtor_name"),
                CaseEvent.occurred_at,
                CaseEvent.data,
            )
            .join(Case, Case.id == CaseEvent.case_id)
            .join(Creditor, Creditor.id == Case.creditor_id)
            .join(Debtor, Debtor.id == Case.debtor_id)
            .where(CaseEvent.tenant_id == tenant_id, CaseEvent.type == "creditor_informed")
            .order_by(Creditor.reference, CaseEvent.id)
        )
    if kind == "tasks":
        # The people's work queue, open and closed, with the agent's summaries.
        return (
            select(
                HumanTask.id,
                Case.reference.label("case_ref"),
                HumanTask.kind,
                HumanTask.priority,
                HumanTask.status,
                HumanTask.reason,
                HumanTask.summary,
                HumanTask.due_at,
                HumanTask.created_at,
                HumanTask.closed_at,
            )
            .outerjoin(Case, Case.id == HumanTask.case_id)
            .where(HumanTask.tenant_id == tenant_id)
            .order_by(HumanTask.id)
        )
    raise ValueError(f"unknown export {kind!r}; choose one of {', '.join(KINDS)}")


def records(database: Database, kind: str, tenant_id: int) -> Iterator[dict[str, Any]]:
    query = _query(kind, tenant_id)
    with database.read() as session:
        for row in session.execute(query.execution_options(yield_per=2000)).mappings():
            yield dict(_plain(key, value) for key, value in row.items())


def _plain(key: str, value: Any) -> tuple[str, Any]:
    """Amounts leave as decimal strings in the currency's unit ("placed": "1550.50")."""
    if key.endswith("_cents"):
        return key.removesuffix("_cents"), None if value is None else str(from_cents(value))
    if hasattr(value, "isoformat"):
        return key, value.isoformat()
    return key, value


def write(
    database: Database, kind: str, tenant_id: int, output: IO[str], fmt: str = "jsonl"
) -> int:
    count = 0
    if fmt == "jsonl":
        for record in records(database, kind, tenant_id):
            output.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            count += 1
        return count
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}; choose jsonl or csv")
    writer: csv.DictWriter[str] | None = None
    for record in records(database, kind, tenant_id):
        if writer is None:
            writer = csv.DictWriter(output, fieldnames=list(record))
            writer.writeheader()
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                for k, v in record.items()
            }
        )
        count += 1
    return count
