"""What every bank file becomes, whatever its format: statements of lines.

The parsers (`camt`, `mt940`, `ofx`, `csv`) each read one format into these records; the
import (`payments.reconcile`) stores them, recognises lines already seen, and matches the
credits to cases. Amounts are integer cents, positive; `direction` says which way the
money went. A line the parser could read but not trust (an amount finer than a cent, an
unknown currency) is kept with its `problem`, never dropped: a person decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class StatementError(ValueError):
    """A file that is not a statement we can read: the reason says why, in a sentence."""


class Direction(StrEnum):
    CREDIT = "credit"  # money in: a debtor's payment
    DEBIT = "debit"  # money out: a returned direct debit, a chargeback, the office's own


@dataclass(frozen=True, slots=True)
class StatementLine:
    booking_date: date
    value_date: date | None
    amount_cents: int  # > 0 (0 only for a line with a `problem`)
    currency: str  # ISO 4217, upper case
    direction: Direction
    # The bank's own identifier of the line when it gives one (AcctSvcrRef, NtryRef,
    # MT940 :61: bank reference, OFX FITID): how a line seen in two files is recognised.
    bank_reference: str | None = None
    end_to_end_id: str | None = None  # the payer's EndToEndId ("NOTPROVIDED" dropped)
    # ISO 11649 "RF…" or another structured creditor reference (CdtrRefInf/Ref).
    structured_reference: str | None = None
    remittance: str = ""  # unstructured remittance text, lines joined with a space
    counterparty_name: str | None = None  # the payer of a credit, the payee of a debit
    counterparty_iban: str | None = None
    bank_code: str | None = None  # e.g. "PMNT/RCDT/ESCT", ISO BkTxCd or MT940 GVC / :61: code
    reversal: bool = False  # RvslInd, MT940 "RC"/"RD": the bank undoes an earlier line
    return_reason: str | None = None  # RtrInf/Rsn/Cd (e.g. "AM04", "MD06") for a return
    problem: str | None = None  # why this line cannot be booked as it is


@dataclass(frozen=True, slots=True)
class Statement:
    format: str  # "camt.053", "camt.054", "camt.052", "mt940", "ofx", "csv"
    statement_id: str  # the bank's id of the statement (Stmt/Id, :20:+:28C:, …)
    account_iban: str | None  # the office's account this statement is for
    account_other: str | None  # an account number that is not an IBAN
    currency: str | None
    from_date: date | None
    to_date: date | None
    opening_balance_cents: int | None  # signed
    closing_balance_cents: int | None  # signed
    lines: tuple[StatementLine, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class ParsedFile:
    format: str
    statements: tuple[Statement, ...]
    warnings: tuple[str, ...] = ()
