"""Payments' tables: checkouts started on the debtor's page, bank files and their lines,
providers' webhook events, receipts, and pay-over statements to creditors.

The payment itself is always a ledger entry, booked once under its outside reference
(`<provider>:<id>` or `bank:<line key>`); these tables say where it came from and what
was done with it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from amiable.core.db import Base, BigId
from amiable.core.types import JsonDocument, UTCDateTime


class PaymentCheckout(Base):
    __tablename__ = "payment_checkout"
    __table_args__ = (
        UniqueConstraint("provider", "provider_reference"),
        Index("ix_payment_checkout_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    provider: Mapped[str] = mapped_column(String(20))
    provider_reference: Mapped[str] = mapped_column(String(100))
    amount_cents: Mapped[int] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    # "balance", "instalment" (of plan_id, number), "discounted" (a lump sum)
    purpose: Mapped[str] = mapped_column(String(20))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("payment_plan.id"))
    instalment: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open, paid, failed, expired
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BankImport(Base):
    """One bank file imported: its fingerprint, so that the same file twice adds nothing,
    and what came of it."""

    __tablename__ = "bank_import"
    __table_args__ = (UniqueConstraint("tenant_id", "sha256"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str | None] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(12))
    statements: Mapped[list[dict[str, Any]]] = mapped_column(JsonDocument, default=list)
    counts: Mapped[dict[str, int]] = mapped_column(JsonDocument, default=dict)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by: Mapped[str] = mapped_column(String(100))


class BankLine(Base):
    """One line of a bank statement, and what reconciliation made of it.

    `status`: `matched` (booked on `case_id`, or on several cases for a grouped payment,
    see `allocations`), `to_review` (a person confirms the suggestion or assigns it),
    `unmatched` (no case found: a person assigns it or sets it aside), `reversed` (a
    return or chargeback that undid an earlier payment), `ignored` (a debit that is not a
    return: the office's own transfers), `set_aside` (a person decided it is not a
    debtor's payment). A line seen in two files is stored once (`line_key`)."""

    __tablename__ = "bank_line"
    __table_args__ = (
        UniqueConstraint("tenant_id", "line_key"),
        Index("ix_bank_line_queue", "tenant_id", "status", "booking_date"),
        Index("ix_bank_line_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    import_id: Mapped[int] = mapped_column(ForeignKey("bank_import.id"))
    line_key: Mapped[str] = mapped_column(String(64))
    account: Mapped[str | None] = mapped_column(String(40))
    statement_id: Mapped[str | None] = mapped_column(String(100))
    booking_date: Mapped[date] = mapped_column(Date)
    value_date: Mapped[date | None] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    direction: Mapped[str] = mapped_column(String(6))  # credit, debit
    bank_reference: Mapped[str | None] = mapped_column(String(100))
    end_to_end_id: Mapped[str | None] = mapped_column(String(100))
    structured_reference: Mapped[str | None] = mapped_column(String(40))
    remittance: Mapped[str] = mapped_column(Text, default="")
    counterparty_name: Mapped[str | None] = mapped_column(String(200))
    counterparty_iban: Mapped[str | None] = mapped_column(String(34))
    bank_code: Mapped[str | None] = mapped_column(String(40))
    reversal: Mapped[bool] = mapped_column(Boolean, default=False)
    return_reason: Mapped[str | None] = mapped_column(String(10))
    problem: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(12))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"))
    score: Mapped[int] = mapped_column(Integer, default=0)  # 0–100
    reason: Mapped[str] = mapped_column(String(300), default="")
    # [{"case_id", "amount_cents", "entry_id"}]: where the money went (several cases for
    # a grouped payment); for a reversal, the entries it reversed.
    allocations: Mapped[list[dict[str, Any]]] = mapped_column(JsonDocument, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(100))


class WebhookEvent(Base):
    """A provider's event, kept by its id: a replay is recognised and does nothing."""

    __tablename__ = "webhook_event"
    # Per tenant: two offices may share one provider account, each with its endpoint.
    __table_args__ = (UniqueConstraint("tenant_id", "provider", "event_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    provider: Mapped[str] = mapped_column(String(20))
    event_id: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(60))
    outcome: Mapped[str] = mapped_column(String(300))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Receipt(Base):
    """The quittance given to the debtor for one payment (R124-6 CPCE), kept as its PDF."""

    __tablename__ = "receipt"
    __table_args__ = (
        UniqueConstraint("ledger_entry_id"),
        UniqueConstraint("tenant_id", "number"),
        Index("ix_receipt_case", "case_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"))
    number: Mapped[str] = mapped_column(String(30))
    amount_cents: Mapped[int] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    paid_on: Mapped[date] = mapped_column(Date)
    balance_after_cents: Mapped[int] = mapped_column()
    # [{"claim", "component", "amount"}]: how the ledger allocated it.
    allocation: Mapped[list[dict[str, Any]]] = mapped_column(JsonDocument, default=list)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_message.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Payover(Base):
    """A pay-over statement (relevé de reversement) to one creditor for one period: what
    was collected, the agency's fee under the mandate, and what is owed to the creditor,
    due within a month of encashment (R124-6 CPCE)."""

    __tablename__ = "payover"
    __table_args__ = (UniqueConstraint("tenant_id", "number"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    creditor_id: Mapped[int] = mapped_column(ForeignKey("creditor.id"))
    number: Mapped[str] = mapped_column(String(30))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    collected_cents: Mapped[int] = mapped_column()  # payments less reversals
    fee_cents: Mapped[int] = mapped_column()
    owed_cents: Mapped[int] = mapped_column()  # collected - fee
    due_on: Mapped[date] = mapped_column(Date)  # the earliest item's encashment + the limit
    status: Mapped[str] = mapped_column(String(12), default="issued")  # issued, paid
    fee_detail: Mapped[str] = mapped_column(String(300))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(100))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PayoverItem(Base):
    """One payment (or reversal) on a pay-over statement: each is paid over once."""

    __tablename__ = "payover_item"
    __table_args__ = (UniqueConstraint("ledger_entry_id"), Index("ix_payover_item", "payover_id"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    payover_id: Mapped[int] = mapped_column(ForeignKey("payover.id"))
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    amount_cents: Mapped[int] = mapped_column()  # signed: a reversal is negative
    fee_cents: Mapped[int] = mapped_column()
    encashed_on: Mapped[date] = mapped_column(Date)
