"""API shapes. Amounts are decimal strings ("1250.00"), never JSON floats; dates ISO."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Page(BaseModel):
    items: list[Any]
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` to get the next page; null at the end."
    )


class MandateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reference: str
    signed_on: date
    ends_on: date | None = None
    basis: str = Field(
        description="The basis of the sums to collect and their itemisation (CPCE R124-3)."
    )
    fee_basis: str = Field(description="percent_of_collected or flat_per_case")
    fee_rate_percent: Decimal | None = None
    flat_fee: Decimal | None = None
    payover_days: int = Field(
        30, description="Days to pay collected funds over (R124-6: one month at most)."
    )
    max_instalments: int = 1
    min_instalment: Decimal = Decimal(0)
    max_plan_months: int = 0
    lump_sum_discount_percent: Decimal = Decimal(0)
    allocation_order: str = "interest,indemnity,fee,principal"
    late_interest: bool = True
    fixed_indemnity: bool = True


class MandateOut(MandateIn):
    model_config = ConfigDict(extra="ignore")


class CreditorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    siren: str | None = None
    vat_number: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    email: str | None = None
    is_natural_person: bool | None = None


class CreditorOut(BaseModel):
    reference: str
    name: str
    siren: str | None
    address: str | None
    postcode: str | None
    city: str | None
    country: str
    is_natural_person: bool
    has_mandate_in_force: bool
    mandates: list[MandateOut]


class ContactPointOut(BaseModel):
    kind: str
    value: str
    status: str
    consent: str


class DebtorOut(BaseModel):
    reference: str
    type: str
    name: str
    siren: str | None
    address: str | None
    postcode: str | None
    city: str | None
    country: str
    language: str
    contact_points: list[ContactPointOut]


class ClaimOut(BaseModel):
    reference: str
    nature: str
    issue_date: date
    due_date: date
    principal: Decimal
    currency: str
    has_title: bool
    status: str


class CaseSummary(BaseModel):
    reference: str
    status: str
    creditor_ref: str
    debtor_ref: str
    debtor_name: str
    debtor_type: str
    currency: str
    placed: Decimal
    opened_at: datetime


class BalanceOut(BaseModel):
    as_of: date
    principal: Decimal
    interest: Decimal
    indemnity: Decimal
    fees: Decimal
    paid: Decimal
    total_due: Decimal
    overpaid: Decimal
    warnings: list[str]
    claims: list[dict[str, Any]]


class CaseOut(CaseSummary):
    formal_notice_on: date | None
    debtor: DebtorOut
    claims: list[ClaimOut]
    balance: BalanceOut


class DebtorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reference: str
    type: str = Field(description="consumer or business")
    name: str
    siren: str | None = None
    vat_number: str | None = None
    iban: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    language: str | None = None


class ClaimIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reference: str
    issue_date: str
    due_date: str
    principal: str = Field(description='Decimal string, e.g. "1250.00"')
    currency: str = "EUR"
    nature: str | None = None
    has_title: bool = False
    title_date: str | None = None
    contract_rate: str | None = None
    description: str | None = None


class CaseIn(BaseModel):
    """A case pushed by other software: created, or updated by its reference."""

    model_config = ConfigDict(extra="forbid")
    creditor_ref: str
    debtor: DebtorIn
    claims: list[ClaimIn] = Field(min_length=1)
    formal_notice_date: str | None = None


class WriteResult(BaseModel):
    imported: int
    updated: int
    unchanged: int
    rejected: int
    errors: list[dict[str, Any]]
    creditors_created: list[str] = []
