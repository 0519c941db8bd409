"""Writing a camt.053 statement (ISO 20022, version 001.08) from statement lines.

A bank writes these; amiable writes one for the demo (`amiable demo statement`: the
payments of the demo portfolio as the office's bank would report them), for the
benchmark's generated statements, and for tests. It writes what the parser reads back:
booking and value dates, amounts and currency, credit or debit, the reversal flag, the
bank's and the end-to-end references, the structured creditor reference, the free text,
the counterparty's name and IBAN, the bank transaction code, and a return reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from lxml import etree

from amiable.payments.statements.model import Direction, StatementLine

NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"


def camt053(
    lines: Sequence[StatementLine],
    *,
    account_iban: str,
    statement_id: str,
    created_at: datetime,
    currency: str = "EUR",
    opening_cents: int = 0,
) -> bytes:
    """The statement as bytes (UTF-8, with its XML declaration); the closing balance is
    the opening one plus the credits less the debits."""
    root = etree.Element(f"{{{NAMESPACE}}}Document", nsmap={None: NAMESPACE})
    body = _sub(root, "BkToCstmrStmt")
    header = _sub(body, "GrpHdr")
    _sub(header, "MsgId", f"MSG-{statement_id}")
    _sub(header, "CreDtTm", created_at.strftime("%Y-%m-%dT%H:%M:%S"))
    statement = _sub(body, "Stmt")
    _sub(statement, "Id", statement_id)
    _sub(statement, "CreDtTm", created_at.strftime("%Y-%m-%dT%H:%M:%S"))
    days = [line.booking_date for line in lines] or [created_at.date()]
    period = _sub(statement, "FrToDt")
    _sub(period, "FrDtTm", f"{min(days).isoformat()}T00:00:00")
    _sub(period, "ToDtTm", f"{max(days).isoformat()}T23:59:59")
    account = _sub(statement, "Acct")
    _sub(_sub(account, "Id"), "IBAN", account_iban)
    _sub(account, "Ccy", currency)
    closing = opening_cents + sum(
        line.amount_cents if line.direction == Direction.CREDIT else -line.amount_cents
        for line in lines
    )
    _balance(statement, "OPBD", opening_cents, currency, min(days))
    _balance(statement, "CLBD", closing, currency, max(days))
    for line in lines:
        _entry(statement, line)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _entry(statement: etree._Element, line: StatementLine) -> None:
    entry = _sub(statement, "Ntry")
    if line.bank_reference:
        _sub(entry, "NtryRef", line.bank_reference)
    _amount(entry, "Amt", line.amount_cents, line.currency)
    _sub(entry, "CdtDbtInd", "CRDT" if line.direction == Direction.CREDIT else "DBIT")
    if line.reversal:
        _sub(entry, "RvslInd", "true")
    _sub(_sub(entry, "Sts"), "Cd", "BOOK")
    _sub(_sub(entry, "BookgDt"), "Dt", line.booking_date.isoformat())
    _sub(_sub(entry, "ValDt"), "Dt", (line.value_date or line.booking_date).isoformat())
    if line.bank_reference:
        _sub(entry, "AcctSvcrRef", line.bank_reference)
    if line.bank_code:
        _bank_code(entry, line.bank_code)
    details = _sub(_sub(entry, "NtryDtls"), "TxDtls")
    if line.end_to_end_id:
        _sub(_sub(details, "Refs"), "EndToEndId", line.end_to_end_id)
    _amount(details, "Amt", line.amount_cents, line.currency)
    if line.counterparty_name or line.counterparty_iban:
        parties = _sub(details, "RltdPties")
        role = "Dbtr" if line.direction == Direction.CREDIT else "Cdtr"
        if line.counterparty_name:
            _sub(_sub(_sub(parties, role), "Pty"), "Nm", line.counterparty_name)
        if line.counterparty_iban:
            _sub(_sub(_sub(parties, f"{role}Acct"), "Id"), "IBAN", line.counterparty_iban)
    if line.remittance or line.structured_reference:
        remittance = _sub(details, "RmtInf")
        if line.remittance:
            # Ustrd holds at most 140 characters: longer text goes in several.
            for start in range(0, len(line.remittance), 140):
                _sub(remittance, "Ustrd", line.remittance[start : start + 140])
        if line.structured_reference:
            reference = _sub(_sub(remittance, "Strd"), "CdtrRefInf")
            _sub(_sub(_sub(reference, "Tp"), "CdOrPrtry"), "Cd", "SCOR")
            _sub(reference, "Ref", line.structured_reference)
    if line.return_reason:
        _sub(_sub(_sub(details, "RtrInf"), "Rsn"), "Cd", line.return_reason)


def _bank_code(entry: etree._Element, code: str) -> None:
    parts = code.split("/")
    if len(parts) == 3:
        domain = _sub(_sub(entry, "BkTxCd"), "Domn")
        _sub(domain, "Cd", parts[0])
        family = _sub(domain, "Fmly")
        _sub(family, "Cd", parts[1])
        _sub(family, "SubFmlyCd", parts[2])
    else:
        _sub(_sub(_sub(entry, "BkTxCd"), "Prtry"), "Cd", code)


def _balance(statement: etree._Element, kind: str, cents: int, currency: str, day: date) -> None:
    balance = _sub(statement, "Bal")
    _sub(_sub(_sub(balance, "Tp"), "CdOrPrtry"), "Cd", kind)
    _amount(balance, "Amt", abs(cents), currency)
    _sub(balance, "CdtDbtInd", "CRDT" if cents >= 0 else "DBIT")
    _sub(_sub(balance, "Dt"), "Dt", day.isoformat())


def _amount(parent: etree._Element, tag: str, cents: int, currency: str) -> None:
    element = _sub(parent, tag, f"{Decimal(cents) / 100:.2f}")
    element.set("Ccy", currency)


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}")
    if text is not None:
        element.text = text
    return element
