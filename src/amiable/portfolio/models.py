"""Tables of the portfolio: tenants, creditors and mandates, debtors, contact points,
cases, claims, case events, saved column mappings.

Every row carries its `tenant_id`; queries go through `portfolio.queries`, which
always filter on it. External references (the office's own numbers) are unique per
tenant and are what imports and the API address records by.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from amiable.core.db import Base, BigId
from amiable.core.types import ExactDecimal, JsonDocument, UTCDateTime


class Tenant(Base):
    """The office running amiable: an agency, a commissaire de justice, a credit department."""

    __tablename__ = "tenant"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    collector_type: Mapped[str] = mapped_column(String(20), default="agency")
    siren: Mapped[str | None] = mapped_column(String(9))
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    language: Mapped[str] = mapped_column(String(2), default="fr")
    # CPCE R124-2 prerequisites of an agency collecting for others: professional
    # liability insurance, a segregated client account, the declaration to the
    # procureur de la République. Playbooks refuse to contact anyone while missing.
    liability_insurance: Mapped[str | None] = mapped_column(String(200))
    client_account_iban: Mapped[str | None] = mapped_column(String(34))
    prosecutor_declared_on: Mapped[date | None] = mapped_column(Date)
    # The optional LLM reader (an OpenAI-compatible endpoint, see amiable.nlu.llm.LlmConfig);
    # absent or disabled means messages are read offline only.
    reader_llm: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    # The channels' settings (see amiable.channels.config.ChannelConfig): SMTP relay,
    # sender identity, SMS provider, inbound secrets named by environment variable.
    channels: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ApiKey(Base):
    """A tenant's API key. Only its SHA-256 is stored; the key is shown once."""

    __tablename__ = "api_key"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Creditor(Base):
    """Whom the money is owed to (le mandant)."""

    __tablename__ = "creditor"
    __table_args__ = (UniqueConstraint("tenant_id", "reference"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    reference: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    siren: Mapped[str | None] = mapped_column(String(9))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    email: Mapped[str | None] = mapped_column(String(254))
    # The legal interest rate depends on the creditor's quality (CMF L313-2).
    is_natural_person: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    mandates: Mapped[list[Mandate]] = relationship(back_populates="creditor", lazy="selectin")


class Mandate(Base):
    """The written mandate allowing the agency to collect (CPCE R124-3), with the
    creditor's pre-approved negotiation bounds."""

    __tablename__ = "mandate"
    __table_args__ = (UniqueConstraint("tenant_id", "reference"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    creditor_id: Mapped[int] = mapped_column(ForeignKey("creditor.id"), index=True)
    reference: Mapped[str] = mapped_column(String(64))
    signed_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    # R124-3: the basis of the sums claimed (contracts, invoices) and their itemisation.
    basis: Mapped[str] = mapped_column(Text)
    # R124-3: how the agency is paid, and when funds are paid over.
    fee_basis: Mapped[str] = mapped_column(String(30))
    fee_rate_percent: Mapped[Decimal | None] = mapped_column(ExactDecimal())
    flat_fee_cents: Mapped[int | None] = mapped_column(Integer)
    payover_days: Mapped[int] = mapped_column(Integer, default=30)
    # Negotiation bounds the agent may offer without asking anyone.
    max_instalments: Mapped[int] = mapped_column(Integer, default=1)
    min_instalment_cents: Mapped[int] = mapped_column(Integer, default=0)
    max_plan_months: Mapped[int] = mapped_column(Integer, default=0)
    lump_sum_discount_percent: Mapped[Decimal] = mapped_column(ExactDecimal(), default=Decimal(0))
    # Ledger policy: C. civ. 1343-1 by default (interest first), configurable.
    allocation_order: Mapped[str] = mapped_column(
        String(100), default="interest,indemnity,fee,principal"
    )
    late_interest: Mapped[bool] = mapped_column(Boolean, default=True)
    fixed_indemnity: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    creditor: Mapped[Creditor] = relationship(back_populates="mandates")

    def in_force(self, on: date) -> bool:
        return self.signed_on <= on and (self.ends_on is None or on <= self.ends_on)


class Debtor(Base):
    __tablename__ = "debtor"
    __table_args__ = (
        UniqueConstraint("tenant_id", "reference"),
        # Who paid? A bank line's payer is looked up by account, then by name.
        Index("ix_debtor_iban", "tenant_id", "iban"),
        Index("ix_debtor_name_key", "tenant_id", "name_key"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    reference: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(10))  # ledger.choices.DebtorType
    name: Mapped[str] = mapped_column(String(200))
    # `portfolio.keys.name_key(name)`: set wherever the name is.
    name_key: Mapped[str | None] = mapped_column(String(200))
    siren: Mapped[str | None] = mapped_column(String(9))
    siret: Mapped[str | None] = mapped_column(String(14))
    vat_number: Mapped[str | None] = mapped_column(String(20))
    iban: Mapped[str | None] = mapped_column(String(34))
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    language: Mapped[str] = mapped_column(String(2), default="fr")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="debtor", lazy="selectin", order_by="ContactPoint.id"
    )


class ContactPoint(Base):
    __tablename__ = "contact_point"
    __table_args__ = (
        UniqueConstraint("debtor_id", "kind", "value"),
        # Who wrote this? A reply is threaded by its sender's address or number.
        Index("ix_contact_point_value", "tenant_id", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id"))
    kind: Mapped[str] = mapped_column(String(10))  # ContactKind
    value: Mapped[str] = mapped_column(String(400))  # normalised: lower-case e-mail, E.164 phone
    status: Mapped[str] = mapped_column(String(20), default="valid")  # ContactStatus
    status_reason: Mapped[str | None] = mapped_column(String(300))
    consent: Mapped[str] = mapped_column(String(12), default="unknown")  # Consent
    # Channels the debtor opposed on this point ("sms" after a STOP): the point stays
    # valid for the others (a call to the same number).
    opted_out_channels: Mapped[list[str] | None] = mapped_column(JsonDocument)
    source: Mapped[str] = mapped_column(String(40), default="import")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    debtor: Mapped[Debtor] = relationship(back_populates="contact_points")


class Case(Base):
    """One debtor's debts for one creditor, handled as a unit (le dossier)."""

    __tablename__ = "case"
    __table_args__ = (
        UniqueConstraint("tenant_id", "reference"),
        Index("ix_case_tenant_status", "tenant_id", "status", "id"),
        Index("ix_case_tenant_creditor", "tenant_id", "creditor_id", "id"),
        # The clerk's usual view: one creditor's cases in one state.
        Index("ix_case_tenant_creditor_status", "tenant_id", "creditor_id", "status", "id"),
        Index("ix_case_debtor", "debtor_id"),
        # A bank line quoting the case: `portfolio.keys.reference_key(reference)`.
        Index("ix_case_reference_key", "tenant_id", "reference_key"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    reference: Mapped[str] = mapped_column(String(64))
    reference_key: Mapped[str | None] = mapped_column(String(64))
    creditor_id: Mapped[int] = mapped_column(ForeignKey("creditor.id"))
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtor.id"))
    status: Mapped[str] = mapped_column(String(20), default="new")  # CaseStatus
    status_reason: Mapped[str | None] = mapped_column(String(300))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    jurisdiction: Mapped[str] = mapped_column(String(2), default="FR")
    # Sum of the principal placed with the agency (the recovery-rate denominator).
    placed_cents: Mapped[int] = mapped_column(default=0)
    # Legal interest on consumer claims runs from the formal notice (C. civ. 1231-6).
    formal_notice_on: Mapped[date | None] = mapped_column(Date)
    # Every contact after the first recalls the first letter's reference and date (R124-4).
    first_letter_reference: Mapped[str | None] = mapped_column(String(64))
    first_letter_on: Mapped[date | None] = mapped_column(Date)
    # The conversation's memory (agent.respond): what the agent asked ("awaiting"), the
    # plans it offered last ("offer_group"), how often a proposal was countered, how many
    # promises or plans were broken (the playbook resumes one tone firmer for each).
    agent_state: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    creditor: Mapped[Creditor] = relationship(lazy="joined")
    debtor: Mapped[Debtor] = relationship(lazy="joined")
    claims: Mapped[list[Claim]] = relationship(
        back_populates="case", lazy="selectin", order_by="Claim.due_date"
    )


class Claim(Base):
    """One invoice or debt (la créance)."""

    __tablename__ = "claim"
    __table_args__ = (
        UniqueConstraint("tenant_id", "creditor_id", "reference"),
        Index("ix_claim_case", "case_id"),
        # A bank line quoting the invoice: `portfolio.keys.reference_key(reference)`.
        Index("ix_claim_reference_key", "tenant_id", "reference_key"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    creditor_id: Mapped[int] = mapped_column(ForeignKey("creditor.id"))
    reference: Mapped[str] = mapped_column(String(64))
    reference_key: Mapped[str | None] = mapped_column(String(64))
    nature: Mapped[str] = mapped_column(String(20))  # ledger.choices.ClaimNature
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    principal_cents: Mapped[int] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    has_title: Mapped[bool] = mapped_column(Boolean, default=False)
    title_date: Mapped[date | None] = mapped_column(Date)
    contract_rate: Mapped[Decimal | None] = mapped_column(ExactDecimal())
    description: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(12), default="open")  # ClaimStatus
    # Fingerprint of the import row this claim last came from: re-importing the same
    # row is recognised as unchanged without comparing every field.
    source_fingerprint: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    case: Mapped[Case] = relationship(back_populates="claims")


class CaseEvent(Base):
    """Append-only: what happened to a case, and why. Never updated, never deleted
    (except by a GDPR erasure, which replaces personal data, not the fact)."""

    __tablename__ = "case_event"
    __table_args__ = (
        Index("ix_case_event_case", "case_id", "id"),
        Index("ix_case_event_tenant_type", "tenant_id", "type", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    type: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(100))  # "system", "import:12", "api:key-3", "user:5"
    # Why: the rule, step or reading behind it, e.g. "import.row" or "R124-4".
    reason: Mapped[str] = mapped_column(String(300))
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)


class ColumnMapping(Base):
    """A saved mapping from an office's export columns to the standard format."""

    __tablename__ = "column_mapping"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenant.id"))
    name: Mapped[str] = mapped_column(String(100))
    # standard field -> column header in the file
    columns: Mapped[dict[str, str]] = mapped_column(JsonDocument)
    # decimal_mark, date_format, delimiter, encoding, constants (field -> fixed value)
    options: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
