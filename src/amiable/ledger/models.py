"""Ledger entries: the itemised, append-only money history of a case.

The balance is the sum of the entries plus the interest and indemnities the
calculator (`ledger.rules`) derives from them; corrections are new entries
(`adjustment`), never edits.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from amiable.core.db import Base, BigId
from amiable.core.types import ExactDecimal, UTCDateTime


class LedgerEntry(Base):
    __tablename__ = "ledger_entry"
    __table_args__ = (
        Index("ix_ledger_entry_case", "case_id", "effective_on"),
        # An outside reference (bank transaction id, provider payment id) is booked once.
        # Partial: most entries have none, and indexing NULLs would slow every import.
        Index(
            "uq_ledger_entry_external_reference",
            "tenant_id",
            "external_reference",
            unique=True,
            sqlite_where=text("external_reference IS NOT NULL"),
            postgresql_where=text("external_reference IS NOT NULL"),
        ),
        # A payment is reversed once, whatever two workers do at the same moment.
        Index(
            "uq_ledger_entry_reverses",
            "reverses_id",
            unique=True,
            sqlite_where=text("reverses_id IS NOT NULL"),
            postgresql_where=text("reverses_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    kind: Mapped[str] = mapped_column(String(12))  # ledger.choices.EntryKind
    component: Mapped[str | None] = mapped_column(String(12))  # for adjustments
    # Positive amounts; an adjustment is signed.
    amount_cents: Mapped[int] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    effective_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(300))
    external_reference: Mapped[str | None] = mapped_column(String(100))
    # A reversal (a returned direct debit, a chargeback, a refund) names the payment it
    # undoes: from the reversal's date on, the ledger reads as if it was never received.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"))


class InterestRate(Base):
    """A published rate the office records (a new semester, or a checked value) on top of
    the tables shipped with the package. National law, so not per tenant."""

    __tablename__ = "interest_rate"
    __table_args__ = (UniqueConstraint("rate_table", "category", "effective_from"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    rate_table: Mapped[str] = mapped_column(String(10))  # "legal" or "ecb"
    category: Mapped[str] = mapped_column(String(20), default="")  # legal: natural_person|other
    effective_from: Mapped[date] = mapped_column(Date)  # 1 January or 1 July
    rate: Mapped[Decimal] = mapped_column(ExactDecimal())
    status: Mapped[str] = mapped_column(String(12))  # ledger.choices.VerificationStatus
    source: Mapped[str] = mapped_column(String(300))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(100))
