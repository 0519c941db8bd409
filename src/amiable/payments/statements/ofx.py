"""OFX statements, version 1 (SGML) and 2 (XML), read by `ofxtools`.

`ofxtools.Parser.OFXTree` turns either syntax into an element tree, and we read the
tree ourselves rather than through `OFXTree.convert()`: the conversion refuses a whole
file for a missing sign-on block or a name one character too long, which many banks'
exports have, while the elements we need are there. A file whose header `ofxtools`
refuses is read from its `<OFX>` tag with the same tree builder.

Each STMTRS (bank) or CCSTMTRS (card) becomes a statement, each STMTTRN a line: the sign
of TRNAMT gives the direction, FITID the bank's reference.
"""

from __future__ import annotations

import html
import io
import re
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

from ofxtools.header import OFXHeaderError
from ofxtools.Parser import OFXTree, TreeBuilder

from amiable.payments.statements.fields import (
    check_size,
    exact_cents,
    join_problems,
    line_money,
    optional_text,
    parse_plain_decimal,
    split_account,
)
from amiable.payments.statements.model import (
    Direction,
    ParsedFile,
    Statement,
    StatementError,
    StatementLine,
)

__all__ = ["parse_ofx"]

_OFX_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_ofx(data: bytes) -> ParsedFile:
    """Read an OFX file into statements, or say in a sentence why not."""
    check_size(data)
    warnings: list[str] = []
    root = _tree(data, warnings)
    responses = [element for element in root.iter() if element.tag in {"STMTRS", "CCSTMTRS"}]
    if not responses:
        raise StatementError("the OFX file holds no bank or card statement (no STMTRS)")
    statements = tuple(_statement(response, warnings) for response in responses)
    return ParsedFile(format="ofx", statements=statements, warnings=tuple(warnings))


def _tree(data: bytes, warnings: list[str]) -> ET.Element:
    try:
        tree = OFXTree()
        tree.parse(io.BytesIO(data))
        root = tree.getroot()
    except OFXHeaderError:
        root = _body_only(data)
        warnings.append("the OFX header is malformed; the body was read without it")
    except Exception as error:  # ofxtools raises ParseError, ValueError, IndexError…
        raise StatementError(f"the OFX file cannot be read: {error}") from error
    if root is None:
        raise StatementError("the OFX file has no <OFX> body")
    return root


def _body_only(data: bytes) -> ET.Element:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    start = text.upper().find("<OFX>")
    if start < 0:
        raise StatementError("the OFX file has neither a valid header nor an <OFX> body")
    builder = TreeBuilder()
    try:
        builder.feed(text[start:])
        root: ET.Element = builder.close()
    except Exception as error:
        raise StatementError(f"the OFX file cannot be read: {error}") from error
    return root


def _text(element: ET.Element | None, path: str) -> str | None:
    if element is None:
        return None
    return optional_text(html.unescape(element.findtext(path) or ""))


def _date(text: str | None) -> date | None:
    """An OFX date-time ("20260115120000.000[+1:CET]"): its calendar date as written."""
    found = _OFX_DATE.match(text or "")
    if not found:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def _amount(text: str | None) -> Decimal | None:
    """A signed OFX amount; some banks write a decimal comma."""
    cleaned = (text or "").strip().replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    return parse_plain_decimal(cleaned)


def _statement(response: ET.Element, warnings: list[str]) -> Statement:
    account = response.find("BANKACCTFROM")
    if account is None:
        account = response.find("CCACCTFROM")
    account_number = _text(account, "ACCTID")
    account_iban, account_other = split_account(account_number)
    currency = _text(response, "CURDEF")
    transactions = response.find("BANKTRANLIST")
    start = _text(transactions, "DTSTART")
    end = _text(transactions, "DTEND")
    statement_id = "/".join(
        part for part in (account_number, f"{(start or '')[:8]}-{(end or '')[:8]}") if part
    )
    closing = None
    ledger = _amount(_text(response, "LEDGERBAL/BALAMT"))
    if ledger is not None:
        closing = exact_cents(ledger)
        if closing is None:
            warnings.append(
                f"statement {statement_id}: the ledger balance {ledger} is not in cents"
            )
    lines = tuple(
        _line(transaction, currency, number)
        for number, transaction in enumerate(
            transactions.findall("STMTTRN") if transactions is not None else [], start=1
        )
    )
    return Statement(
        format="ofx",
        statement_id=statement_id,
        account_iban=account_iban,
        account_other=account_other,
        currency=currency,
        from_date=_date(start),
        to_date=_date(end),
        opening_balance_cents=None,  # OFX gives the ledger balance at the end only
        closing_balance_cents=closing,
        lines=lines,
    )


def _line(transaction: ET.Element, currency: str | None, number: int) -> StatementLine:
    written = _text(transaction, "TRNAMT") or ""
    amount = _amount(written)
    direction = Direction.DEBIT if amount is not None and amount < 0 else Direction.CREDIT
    line_currency = _text(transaction, "CURRENCY/CURSYM") or currency
    cents, code, money_problem = line_money(
        abs(amount) if amount is not None else None,
        line_currency,
        written=written.lstrip("+-") if amount is not None else written,
    )
    booking_date = _date(_text(transaction, "DTPOSTED"))
    date_problem = None
    if booking_date is None:
        booking_date, date_problem = date.min, f"transaction {number}: no posting date (DTPOSTED)"
    return StatementLine(
        booking_date=booking_date,
        value_date=_date(_text(transaction, "DTUSER")) or _date(_text(transaction, "DTAVAIL")),
        amount_cents=cents,
        currency=code,
        direction=direction,
        bank_reference=_text(transaction, "FITID"),
        remittance=_text(transaction, "MEMO") or "",
        counterparty_name=_text(transaction, "NAME") or _text(transaction, "PAYEE/NAME"),
        bank_code=_text(transaction, "TRNTYPE"),
        problem=join_problems(money_problem, date_problem),
    )
