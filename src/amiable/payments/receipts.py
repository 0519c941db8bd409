"""A receipt (quittance) for every payment (R124-6 CPCE): issued when the payment is
booked, then kept as PDF and sent on the debtor's channel.

    receipt_issue(session, case=…, entry=…, statement=…, now=…)    # with the booking
    receipts_send(database, config=…, now=…)                       # the agent's pass

`receipt_issue` runs in the payment's own transaction: the receipt exists as soon as the
money is on the ledger, with its number (from the ledger entry's id: unique without a
counter to lock, "Q-2026-000123"), the amount, the day, how the ledger allocated it, and
what is still owed. `receipts_send` then, outside the booking, renders the PDF, keeps it
on the receipt, and sends the `payment_receipt` message on the debtor's usual channel
with a link to the PDF on the debtor page. The message of the payment that settles the
case says so and thanks the debtor: no separate thanks follows it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from amiable.channels.models import OutboundMessage
from amiable.core.db import Database
from amiable.core.money import from_cents, to_cents
from amiable.ledger.balances import case_statement
from amiable.ledger.choices import Component
from amiable.ledger.models import LedgerEntry
from amiable.ledger.rules import Statement
from amiable.payments.documents import AgencyBlock, ReceiptDocument, receipt_pdf
from amiable.payments.links import payment_link
from amiable.payments.models import Receipt
from amiable.payments.reference import case_payment_reference, reference_text
from amiable.playbooks.context import ReceiptLineView, ReceiptView, ReplyView, address_lines
from amiable.portfolio.actions import case_event_add
from amiable.portfolio.events import EventType
from amiable.portfolio.models import Case, Tenant

_MEANS = {
    "bank": ("virement bancaire", "bank transfer"),
    "stripe": ("paiement en ligne (carte ou prélèvement)", "online payment (card or debit)"),
    "test": ("paiement en ligne (test)", "online payment (test)"),
}
_OTHER_MEANS = ("règlement", "payment")


def receipt_number(entry: LedgerEntry) -> str:
    return f"Q-{entry.effective_on.year}-{entry.id:06d}"


def receipt_issue(
    session: Session, *, case: Case, entry: LedgerEntry, statement: Statement, now: datetime
) -> Receipt:
    """The receipt of a payment just booked (`statement`: the case's, after it)."""
    claims = {claim.id: claim.reference for claim in case.claims}
    allocation = next(
        (item for item in statement.allocations if item.entry.entry_id == entry.id), None
    )
    parts: list[dict[str, str | None]] = [
        {"claim": claims.get(int(part.claim_id), str(part.claim_id)),
         "component": part.component.value, "amount": str(part.amount)}
        for part in (allocation.parts if allocation is not None else ())
    ]  # fmt: skip
    overpaid = allocation.unallocated if allocation is not None else Decimal(0)
    if overpaid > 0:
        parts.append({"claim": None, "component": "overpaid", "amount": str(overpaid)})
    receipt = Receipt(
        tenant_id=case.tenant_id, case_id=case.id, ledger_entry_id=entry.id,
        number=receipt_number(entry), amount_cents=entry.amount_cents, currency=entry.currency,
        paid_on=entry.effective_on, balance_after_cents=to_cents(statement.total_due),
        allocation=parts, issued_at=now,
    )  # fmt: skip
    session.add(receipt)
    case_event_add(session, case, EventType.RECEIPT_ISSUED, now, "system",
                   f"receipt {receipt.number} for the payment of {from_cents(entry.amount_cents)}",
                   receipt=receipt.number, entry=entry.id)  # fmt: skip
    return receipt


def receipt_view(receipt: Receipt, lang: str, pdf_url: str | None, source: str) -> ReceiptView:
    """`source`: how the money came, the prefix of the payment's outside reference ("bank",
    "stripe", "test"…)."""
    lines = tuple(
        ReceiptLineView(_part_label(part, lang), Decimal(str(part["amount"])))
        for part in receipt.allocation
        if part["component"] != "overpaid"
    )
    overpaid = sum(
        (Decimal(part["amount"]) for part in receipt.allocation if part["component"] == "overpaid"),
        Decimal("0.00"),
    )
    return ReceiptView(
        number=receipt.number, amount=from_cents(receipt.amount_cents), paid_on=receipt.paid_on,
        means=_MEANS.get(source, _OTHER_MEANS)[0 if lang == "fr" else 1], lines=lines,
        balance_after=max(from_cents(receipt.balance_after_cents), Decimal("0.00")),
        overpaid=overpaid, pdf_url=pdf_url,
    )  # fmt: skip


def receipt_document(
    receipt: Receipt, case: Case, tenant: Tenant, lang: str, now: datetime, source: str
) -> ReceiptDocument:
    view = receipt_view(receipt, lang, None, source)
    debtor = case.debtor
    siren = f"SIREN {tenant.siren}" if tenant.siren else ""
    activity = "recouvrement amiable de créances" if lang == "fr" else "amicable debt collection"
    return ReceiptDocument(
        lang=lang, number=receipt.number, issued_on=now.date(),
        agency=AgencyBlock(
            name=tenant.name,
            address_lines=address_lines(tenant.address, tenant.postcode, tenant.city,
                                        tenant.country, lang),
            identity=" – ".join(part for part in (siren, activity) if part),
        ),
        creditor_name=case.creditor.name, debtor_name=debtor.name,
        debtor_address_lines=address_lines(debtor.address, debtor.postcode, debtor.city,
                                           debtor.country, lang),
        case_reference=case.reference,
        transfer_reference=reference_text(case_payment_reference(case.id)),
        amount=view.amount, currency=receipt.currency, paid_on=receipt.paid_on, means=view.means,
        lines=tuple((line.label, line.amount) for line in view.lines),
        balance_after=view.balance_after, overpaid=view.overpaid,
    )  # fmt: skip


def receipts_send(
    database: Database, *, config: object, now: datetime, tenant_id: int | None = None
) -> int:
    """Render and keep the PDF of every receipt not yet sent, and send it on the debtor's
    channel; returns how many messages were queued."""
    from amiable.agent.respond import AgentConfig, queue_message
    from amiable.payments.record import payment_task  # record books with receipt_issue

    assert isinstance(config, AgentConfig)
    with database.read() as session:
        query = select(Receipt.id).where(Receipt.pdf.is_(None)).order_by(Receipt.id)
        if tenant_id is not None:
            query = query.where(Receipt.tenant_id == tenant_id)
        ids = list(session.scalars(query))
    sent = 0
    for receipt_id in ids:
        with database.write() as session:
            receipt = session.get(Receipt, receipt_id)
            case = session.get(Case, receipt.case_id) if receipt else None
            tenant = session.get(Tenant, case.tenant_id) if case else None
            if receipt is None or case is None or tenant is None or receipt.pdf is not None:
                continue
            lang = case.debtor.language if case.debtor.language in ("fr", "en") else "fr"
            today = now.astimezone(ZoneInfo(case.debtor.timezone)).date()
            source = payment_source(session.get(LedgerEntry, receipt.ledger_entry_id))
            document = receipt_document(receipt, case, tenant, lang, now, source)
            receipt.pdf = receipt_pdf(document, now=now)
            link, _ = payment_link(config.portal_url, case.id, today, config.secret)
            view = receipt_view(receipt, lang, f"{link}/receipts/{receipt.number}.pdf", source)
            key = f"receipt:{receipt.id}"
            queued = queue_message(
                session, case=case, tenant=tenant, template="payment_receipt",
                statement=case_statement(session, case, today),
                reply=replace(ReplyView(), receipt=view), idempotency_key=key,
                reason=f"receipt {receipt.number} (R124-6 CPCE)", config=config,
                today=today, now=now,
            )  # fmt: skip
            if queued:
                receipt.message_id = session.scalar(
                    select(OutboundMessage.id).where(OutboundMessage.idempotency_key == key)
                )
                sent += 1
            else:
                # No channel the agent may write on (a postal-only debtor, an opposition):
                # the PDF is kept and a person posts it — R124-6 wants it given.
                payment_task(
                    session, tenant_id=case.tenant_id, case_id=case.id,
                    reason=f"receipt {receipt.number} could not be sent: post it",
                    summary=(f"The receipt {receipt.number} of the payment of "
                             f"{from_cents(receipt.amount_cents)} on {receipt.paid_on} could not be "
                             "sent on any channel (no e-mail or mobile the agent may use). Print "
                             "its PDF and post it to the debtor (R124-6 CPCE)."),
                    data={"receipt": receipt.id}, now=now, priority=3, due_in=timedelta(days=3),
                )  # fmt: skip
    return sent


def payment_source(entry: LedgerEntry | None) -> str:
    """ "bank", "stripe", "test"…: the prefix of the payment's outside reference."""
    reference = entry.external_reference if entry is not None else None
    return reference.split(":", 1)[0] if reference and ":" in reference else "other"


def _part_label(part: dict[str, str | None], lang: str) -> str:
    component = Component(str(part["component"])).label(lang)
    invoice = "Facture" if lang == "fr" else "Invoice"
    return f"{invoice} {part['claim']} – {component.lower()}" if part["claim"] else component
