"""SWIFT MT940 statements (and MT942 interim reports), read by the `mt940` library.

The library reads the tags (`:20:`, `:25:`, `:28C:`, `:60F:`, `:61:`, `:86:`, `:62F:`…)
and the German/SEPA `:86:` structure (`?20`–`?29` purpose, `?31` IBAN, `?32`/`?33`
name, `EREF+`/`SVWZ+`/`KREF+`/`IBAN+` segments). We add what it leaves raw: the Dutch
`/EREF/…/NAME/…/REMI/…` form of `:86:`, the reversal marks (`RC` is a debit, `RD` a
credit, both undoing an earlier line), and the statement's id, account and balances in
our model. When the standard `:61:` pattern fails, the library's variants for banks
that stretch it (ASN, GLS/Atruvia) are tried before the file is refused.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

import mt940
from mt940.models import Amount, Balance, Transaction, Transactions

from amiable.payments.statements.fields import (
    check_size,
    clean_text,
    exact_cents,
    join_problems,
    join_texts,
    leading_iban,
    line_money,
    looks_like_iban,
    optional_text,
    split_account,
    valid_iban,
)
from amiable.payments.statements.model import (
    Direction,
    ParsedFile,
    Statement,
    StatementError,
    StatementLine,
)

__all__ = ["looks_like_mt940", "parse_mt940"]

# The library logs every line it cannot match at ERROR level, with the line's text (names,
# IBANs). The reason reaches the user in our StatementError instead; the log stays clean.
_library_log = logging.getLogger("mt940")
_library_log.addHandler(logging.NullHandler())
_library_log.propagate = False

# Every fix the library offers over its 5.0.0 behaviour: `RC` signed as a debit, `?31`
# as the counterparty IBAN, `:86:` never truncated, a `:61:` customer reference kept
# when `:86:` has no KREF, a byte-order mark dropped.
_OPTIONS = mt940.Options.all()
_PROCESSORS = {"pre_transaction_details": [mt940.processors.mBank_set_tnr]}
_STATEMENT_VARIANTS: tuple[tuple[str, dict[int | str, mt940.tags.Tag] | None], ...] = (
    ("standard", None),
    ("ASN Bank", {61: mt940.tags.StatementASNB()}),
    ("GLS/Atruvia", {61: mt940.tags.StatementGLS()}),
)
_ANY_TAG = re.compile(r"(?m)^:(?:20|25|28C?|6[0-5][FM]?|61|86|NS|13D?|34F|90[CD]):")
_SWIFT_BLOCK = re.compile(r"\{[1235]:(?:[^{}]|\{[^{}]*\})*\}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# ":61:" placeholders that are no reference (Rabobank writes "EREF": see :86:).
_NO_REFERENCE = {"", "NONREF", "NOTPROVIDED", "NONE", "EREF"}
# The Dutch (ING, Rabobank, ABN AMRO) structured `:86:`: "/EREF/…/NAME/…/REMI/…".
_DUTCH_KEYS = (
    "EREF|REMI|NAME|IBAN|BENM|ORDP|CNTP|MARF|CSID|RTRN|ISDT|ADDR|BIC|PURP|ULTC|ULTD|ULTB|TRCD|PREF"
)
_DUTCH_FIELD = re.compile(rf"/({_DUTCH_KEYS})/")
_ISO_RETURN_CODE = re.compile(r"[A-Z]{2}\d{2}")


def parse_mt940(data: bytes) -> ParsedFile:
    """Read an MT940/MT942 file into statements, or say in a sentence why not."""
    check_size(data)
    text, warnings = _decode(data)
    text = _unwrap(text)
    if not looks_like_mt940(text):
        raise StatementError("the file holds no MT940 tag (:20:, :25:, :61:…): it is no MT940")
    blocks, variant = _parse_blocks(text)
    if variant != "standard":
        warnings.append(f"the :61: lines follow the {variant} variant of MT940")
    if not any(_has_content(block) for block in blocks):
        raise StatementError("the MT940 file holds no statement line and no balance")
    statements = tuple(_statement(block, warnings) for block in blocks)
    kinds = {statement.format for statement in statements}
    return ParsedFile(
        format=kinds.pop() if len(kinds) == 1 else "mt940",
        statements=statements,
        warnings=tuple(warnings),
    )


def _decode(data: bytes) -> tuple[str, list[str]]:
    """SWIFT text is ASCII in theory; banks send UTF-8 or their national code page.

    Not UTF-8: of Windows-1252 (Western Europe) and DOS 852 (Central Europe, the code
    page the library falls back to), the one that makes letters of the most non-ASCII
    bytes wins (byte 0x94 is "ö" in 852 but a quotation mark in 1252).
    """
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, str, str]] = []
    for rank, (codec, label) in enumerate((("cp1252", "Windows-1252"), ("cp852", "DOS 852"))):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        letters = sum(1 for char in text if ord(char) > 127 and char.isalpha())
        candidates.append((letters * 10 - rank, text, label))
    if not candidates:  # pragma: no cover - cp852 decodes every byte
        return data.decode("latin-1"), ["the file is not UTF-8: read as Latin-1"]
    _, text, label = max(candidates, key=lambda candidate: candidate[0])
    return text, [f"the file is not UTF-8: read as {label}"]


def looks_like_mt940(text: str) -> bool:
    """Whether the text holds MT940/MT942 tags at the start of a line."""
    return text.lstrip().startswith("{1:") or bool(_ANY_TAG.search(text))


def _unwrap(text: str) -> str:
    """Drop the SWIFT envelope ({1:…}{2:…}{4: … -}{5:…}) and control characters."""
    text = _SWIFT_BLOCK.sub("", text)
    text = text.replace("{4:", "\n")
    text = re.sub(r"(?m)^-\}.*$", "", text)
    return _CONTROL.sub("", text)


def _parse_blocks(text: str) -> tuple[list[Transactions], str]:
    first_error: Exception | None = None
    for name, tags in _STATEMENT_VARIANTS:
        try:
            blocks = mt940.parse_statements(
                text, tags=tags, processors=_PROCESSORS, options=_OPTIONS
            )
            if not blocks:  # a fragment without :20:, read as one statement
                blocks = [mt940.parse(text, tags=tags, processors=_PROCESSORS, options=_OPTIONS)]
        except Exception as error:  # the library raises RuntimeError, ValueError, KeyError…
            first_error = first_error or error
            continue
        return blocks, name
    raise StatementError(_describe(first_error)) from first_error


def _describe(error: Exception | None) -> str:
    if isinstance(error, RuntimeError) and len(error.args) == 3:
        tag, value = error.args[1], error.args[2]
        shown = clean_text(str(value))[:80]
        return (
            f"the MT940 file cannot be read: its :{getattr(tag, 'id', '?')}: '{shown}' is malformed"
        )
    return f"the MT940 file cannot be read: {error}"


def _has_content(block: Transactions) -> bool:
    return bool(len(block) or block.data.get("transaction_reference") or _balances(block.data))


def _balances(data: Mapping[str, Any]) -> list[Balance]:
    return [value for value in data.values() if isinstance(value, Balance)]


def _first_balance(data: Mapping[str, Any], *keys: str) -> Balance | None:
    for key in keys:
        found = data.get(key)
        if isinstance(found, Balance) and isinstance(found.amount, Amount):
            return found
    return None


def _statement(block: Transactions, warnings: list[str]) -> Statement:
    data = block.data
    reference = clean_text(data.get("transaction_reference"))
    number = "/".join(
        part
        for part in (
            clean_text(data.get("statement_number")),
            clean_text(data.get("sequence_number")),
        )
        if part and part != "None"
    )
    statement_id = "/".join(part for part in (reference, number) if part)
    account_iban, account_other = split_account(data.get("account_identification"))
    opening = _first_balance(
        data, "final_opening_balance", "opening_balance", "intermediate_opening_balance"
    )
    closing = _first_balance(
        data, "final_closing_balance", "closing_balance", "intermediate_closing_balance"
    )
    interim = opening is None and closing is None and "date" in data
    indicated_date = _date(data.get("date")) if interim else None  # MT942's :13D:
    lines = tuple(_line(transaction, block.currency) for transaction in block)
    return Statement(
        format="mt942" if interim else "mt940",
        statement_id=statement_id,
        account_iban=account_iban,
        account_other=account_other,
        currency=block.currency,
        from_date=_date(opening.date) if opening else indicated_date,
        to_date=_date(closing.date) if closing else indicated_date,
        opening_balance_cents=_balance_cents(opening, statement_id, "opening", warnings),
        closing_balance_cents=_balance_cents(closing, statement_id, "closing", warnings),
        lines=lines,
    )


def _date(value: object) -> date | None:
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    return None


def _balance_cents(
    balance: Balance | None, statement_id: str, label: str, warnings: list[str]
) -> int | None:
    if balance is None or not isinstance(balance.amount, Amount):
        return None
    cents = exact_cents(balance.amount.amount)
    if cents is None:
        warnings.append(
            f"statement {statement_id}: the {label} balance {balance.amount.amount} "
            "is not an amount in cents; left out"
        )
    return cents


def _line(transaction: Transaction, statement_currency: str | None) -> StatementLine:
    data = transaction.data
    mark = str(data.get("status") or "").upper()
    reversal = mark.startswith("R")
    # C and RD put money in; D and RC take it out (RC undoes a credit, RD a debit).
    direction = Direction.CREDIT if mark in {"C", "RD"} else Direction.DEBIT
    amount = data.get("amount")
    value: Decimal | None = abs(amount.amount) if isinstance(amount, Amount) else None
    currency = amount.currency if isinstance(amount, Amount) else None
    cents, currency_code, money_problem = line_money(value, currency or statement_currency)
    value_date = _date(data.get("date"))
    booking_date = _date(data.get("entry_date")) or value_date
    date_problem = None
    if booking_date is None:
        booking_date, date_problem = date.min, "no booking date"
    dutch = _dutch_details(data.get("transaction_details"))
    end_to_end = optional_text(data.get("end_to_end_reference")) or dutch.get("EREF")
    return StatementLine(
        booking_date=booking_date,
        value_date=value_date,
        amount_cents=cents,
        currency=currency_code,
        direction=direction,
        bank_reference=_bank_reference(data),
        end_to_end_id=None if (end_to_end or "").upper() in _NO_REFERENCE else end_to_end,
        structured_reference=dutch.get("STRD"),
        remittance=_remittance(data, dutch),
        counterparty_name=optional_text(data.get("applicant_name")) or dutch.get("NAME"),
        counterparty_iban=_counterparty_iban(data, dutch),
        bank_code=optional_text(data.get("transaction_code")) or optional_text(data.get("id")),
        reversal=reversal,
        return_reason=_return_reason(data, dutch),
        problem=join_problems(money_problem, date_problem),
    )


def _bank_reference(data: Mapping[str, Any]) -> str | None:
    for key in ("bank_reference", "customer_reference", "tnr"):
        found = clean_text(data.get(key))
        # ASN Bank writes the counterparty's IBAN where the reference goes.
        if found.upper() not in _NO_REFERENCE and not looks_like_iban(found):
            return found
    return None


def _counterparty_iban(data: Mapping[str, Any], dutch: Mapping[str, str]) -> str | None:
    """`?31` or `IBAN+` of the German form, `/IBAN/` or `/CNTP/` of the Dutch one, or an
    IBAN alone where the :61: has its customer reference (ASN) or details (Rabobank)."""
    for found in (
        data.get("applicant_iban"),
        data.get("gvc_applicant_iban"),
        dutch.get("IBAN"),
        data.get("customer_reference"),
        data.get("extra_details"),
    ):
        if iban := leading_iban(found):
            return iban
    return None


def _remittance(data: Mapping[str, Any], dutch: Mapping[str, str]) -> str:
    if "transaction_details" not in data:  # structured: the library took it apart
        return join_texts((data.get("purpose"), data.get("additional_purpose")))
    if dutch:
        return dutch.get("REMI", "")
    return clean_text(data.get("transaction_details"))


def _return_reason(data: Mapping[str, Any], dutch: Mapping[str, str]) -> str | None:
    for found in (clean_text(data.get("return_debit_notes")), dutch.get("RTRN", "")):
        if _ISO_RETURN_CODE.fullmatch(found):
            return found
    return None


def _dutch_details(details: object) -> dict[str, str]:
    """The fields of a Dutch structured `:86:`, empty when the text is not one.

    "/EREF/E2E-1/CNTP/NL91ABNA0417164300/ABNANL2A/J DUPONT///REMI/USTD//Invoice 12/"
    gives EREF, IBAN, NAME and REMI. `CNTP` (and Rabobank's `BENM`/`ORDP` followed by
    `/NAME/`) hold the counterparty; `REMI/STRD/CUR/` a structured reference.
    """
    text = "".join(str(details or "").splitlines())
    if not text.startswith("/") or not _DUTCH_FIELD.match(text):
        return {}
    parts = _DUTCH_FIELD.split(text)
    fields: dict[str, str] = {}
    for key, value in zip(parts[1::2], parts[2::2], strict=True):
        fields.setdefault(key, value)
    found: dict[str, str] = {}
    if eref := clean_text(fields.get("EREF", "").strip("/")):
        found["EREF"] = eref
    remittance = fields.get("REMI", "")
    if remittance.startswith("STRD/CUR/"):
        if reference := clean_text(remittance.removeprefix("STRD/CUR/").strip("/")):
            found["STRD"] = reference
    elif remittance := clean_text(remittance.removeprefix("USTD//").strip("/")):
        found["REMI"] = remittance
    counterpart = fields.get("CNTP", "").split("/")
    name = clean_text(fields.get("NAME", "").strip("/")) or clean_text(
        counterpart[2] if len(counterpart) > 2 else ""
    )
    if name:
        found["NAME"] = name
    iban = valid_iban(fields.get("IBAN", "").strip("/")) or valid_iban(counterpart[0])
    if iban:
        found["IBAN"] = iban
    if reason := clean_text(fields.get("RTRN", "").strip("/")):
        found["RTRN"] = reason
    return found
