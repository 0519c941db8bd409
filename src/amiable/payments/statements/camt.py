"""ISO 20022 camt.052 / camt.053 / camt.054 bank-to-customer messages, every version.

Banks send the same records under a namespace per version (camt.053.001.02 … .08 and
later), and the versions differ mostly in where they nest things (v8 puts a party's
name under `Dbtr/Pty/Nm`; v1 keeps `TxDtls` directly under `Ntry`). So we match on
local names, whatever the namespace, and look in each of the known places.

A statement may hold a hundred thousand entries: each report is walked once, along the
paths the reader asks for (`_Shape`), into a `_Scope` per report, entry, transaction
and balance that answers "the first element at this path" from a dict, instead of
searching the tree again for every field.

The file comes from outside: lxml reads it with entities, DTDs, the network and
processing instructions off, and a document that declares a DOCTYPE is refused before
the parser sees it (entity bombs, XXE). One entry (`Ntry`) becomes one line, or one
line per transaction (`TxDtls`) when the entry batches several with their own amounts.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from lxml import etree

from amiable.payments.statements.fields import (
    MAX_BYTES,
    check_size,
    exact_cents,
    join_problems,
    join_texts,
    line_money,
    optional_text,
    parse_plain_decimal,
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

__all__ = ["MAX_BYTES", "parse_camt"]

# The message element names the kind; `V01` suffixes are how version 1 spelled them.
_MESSAGES = {
    "BkToCstmrAcctRpt": ("camt.052", "Rpt"),
    "BkToCstmrStmt": ("camt.053", "Stmt"),
    "BkToCstmrDbtCdtNtfctn": ("camt.054", "Ntfctn"),
}
_MESSAGE_NAME = re.compile(r"(BkToCstmrAcctRpt|BkToCstmrStmt|BkToCstmrDbtCdtNtfctn)(?:V\d+)?")
_NAMESPACE_KIND = re.compile(r"camt\.(05[234])\.")
_DTD_MARKUP = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Encodings a bank may declare; anything else (UTF-7, EBCDIC…) could hide markup from
# the DOCTYPE check, so it is refused rather than guessed at.
_ACCEPTED_ENCODINGS = frozenset(
    {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "ascii"}
    | {f"iso8859-{part}" for part in range(1, 17)}
    | {f"cp125{digit}" for digit in range(9)}
    | {"latin-1"}
)
_OPENING_CODES = ("OPBD", "PRCD")
_CLOSING_CODES = ("CLBD",)
_NOT_BOOKED = {"PDNG": "pending", "INFO": "for information only", "FUTR": "future"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_pis=True,
        remove_comments=True,
        # Blank text between elements is never read (every text is cleaned or stripped):
        # leaving it out spares a node per line of the file. Nor are elements looked up
        # by xml:id.
        remove_blank_text=True,
        collect_ids=False,
    )


def parse_camt(data: bytes) -> ParsedFile:
    """Read a camt.052/053/054 file into statements, or say in a sentence why not."""
    check_size(data)
    if data[:1].isspace():  # libxml2 wants the XML declaration at the very start
        data = data.lstrip()
    _refuse_dtd(data)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise StatementError(f"the file is not well-formed XML: {error}") from error
    except (ValueError, LookupError) as error:  # an unknown encoding, a stray str
        raise StatementError(f"the XML file cannot be read: {error}") from error
    if root.getroottree().docinfo.doctype:  # the pre-check missed one: never go on
        raise StatementError("the XML file declares a DOCTYPE, which a camt file never does")
    message = _find_message(root)
    namespace = etree.QName(message).namespace or ""
    message_name = _local_name(message.tag)
    kind = _MESSAGE_NAME.fullmatch(message_name)
    assert kind is not None  # _find_message matched the same pattern
    format_name, report_tag = _MESSAGES[kind.group(1)]
    warnings: list[str] = []
    declared = _NAMESPACE_KIND.search(namespace)
    if declared and f"camt.{declared.group(1)}" != format_name:
        warnings.append(
            f"the namespace says camt.{declared.group(1)} but the message is a {format_name}; "
            f"read as {format_name}"
        )
    reports = message.findall(f"{{*}}{report_tag}")
    if not reports:
        only = " (only a group header)" if message.find("{*}GrpHdr") is not None else ""
        raise StatementError(
            f"the {format_name} file holds no statement: its <{message_name}> has no "
            f"<{report_tag}> element{only}"
        )
    group_created = _date_of(message.findtext("{*}GrpHdr/{*}CreDtTm"))
    names: dict[object, str] = {}  # the local name of each tag met in the file
    statements = tuple(
        _read_report(_Scope.read(report, _REPORT, names), format_name, group_created, warnings)
        for report in reports
    )
    return ParsedFile(format=format_name, statements=statements, warnings=tuple(warnings))


def _refuse_dtd(data: bytes) -> None:
    """Refuse DTDs and entity declarations, in whatever encoding the file is written."""
    encoding = _declared_encoding(data)
    text = data.decode(encoding, errors="replace")
    if _DTD_MARKUP.search(text):
        raise StatementError(
            "the XML file declares a DOCTYPE or entities, which a camt file never does "
            "(a way to attack the reader): it is refused"
        )


def _declared_encoding(data: bytes) -> str:
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return name
    if data.startswith(b"<\x00?\x00"):
        return "utf-16-le"
    if data.startswith(b"\x00<\x00?"):
        return "utf-16-be"
    found = _XML_ENCODING.match(data[:200])
    if not found:
        return "utf-8"
    declared = found.group(1).decode("ascii")
    try:
        name = codecs.lookup(declared).name
    except LookupError as error:
        raise StatementError(f"the XML file declares an unknown encoding '{declared}'") from error
    if name not in _ACCEPTED_ENCODINGS:
        raise StatementError(f"the XML file declares the encoding '{declared}', not accepted")
    return name


def _find_message(root: etree._Element) -> etree._Element:
    """The BkToCstmr… element: the root's child, or deeper inside a bank's envelope."""
    for element in root.iter(etree.Element):
        if _MESSAGE_NAME.fullmatch(_local_name(element.tag)):
            return element
    raise StatementError(
        f"the XML file is not a camt.052/053/054 statement: its root is "
        f"<{etree.QName(root).localname}> and it holds no bank-to-customer message"
    )


def _local_name(tag: str) -> str:
    """The name without its namespace: Ntry for {urn:…:camt.053.001.08}Ntry, and for Ntry."""
    return tag.rpartition("}")[2]


# What a walk looks for below an element: local name → (its path from the scope's
# element, what to look for below it; None below the element of a scope of its own).
_Steps = dict[str, tuple[str, "_Steps | None"]]


class _Shape:
    """The paths read below one kind of element (a report, an entry, a transaction…).

    `scopes` names the paths whose elements are read as scopes of their own, with their
    shape: the entries of a report, the transactions of an entry.
    """

    __slots__ = ("below", "scopes", "steps")

    def __init__(self, *paths: str, scopes: Mapping[str, _Shape] | None = None) -> None:
        self.scopes = dict(scopes or {})
        self.below: dict[str, _Steps] = {"": {}}  # by the path of the element they are below
        for path in (*paths, *self.scopes):
            parent = ""
            for name in path.split("/"):
                here = f"{parent}/{name}" if parent else name
                below = self.below.setdefault(here, {})
                self.below[parent][name] = (here, None if here in self.scopes else below)
                parent = here
        self.steps = self.below[""]


def _walk(
    element: etree._Element,
    steps: _Steps,
    found: dict[str, list[etree._Element]],
    names: dict[object, str],
) -> None:
    """Note, by path, the elements below `element` that `steps` asks for, in document order.

    The element of a scope of its own (an entry…) is noted, and read when it is asked for:
    a report's entries are read one after the other, not all kept at once. `names` keeps
    the local name of each tag met, for the file's next elements.
    """
    child = element[0] if len(element) else None
    while child is not None:  # getnext() is faster than iterating `element`
        tag = child.tag
        name = names.get(tag)
        if name is None:
            # An entity reference's tag is no string: it is no element.
            name = names[tag] = _local_name(tag) if isinstance(tag, str) else ""
        step = steps.get(name)
        if step is not None:
            path, below = step
            same_path = found.get(path)
            if same_path is None:
                found[path] = [child]
            else:
                same_path.append(child)
            if below:
                _walk(child, below, found, names)
        child = child.getnext()


class _Scope:
    """An element read once along its shape's paths: the ElementPath answers by dict.

    `first("Refs/EndToEndId")` is what `find` gave on the element (the first match in
    document order, whatever the namespaces), `every` what `findall` gave. `within("RltdPties")`
    is the scope of the first `RltdPties` child, what `find("RltdPties")` returned: it shares
    this scope's dicts when that child is the only one, and is read again on its own
    otherwise, so that `within("RltdPties").first("Dbtr/Pty/Nm")` stays exactly
    `find("RltdPties").find("Dbtr/Pty/Nm")`.
    """

    __slots__ = ("_found", "_names", "_prefix", "_shape", "element")

    def __init__(
        self,
        element: etree._Element,
        shape: _Shape,
        found: dict[str, list[etree._Element]],
        names: dict[object, str],
        prefix: str = "",
    ) -> None:
        self.element = element
        self._shape = shape
        self._found = found
        self._names = names
        self._prefix = prefix  # the path of `element` from the element the dicts were read at

    @classmethod
    def read(cls, element: etree._Element, shape: _Shape, names: dict[object, str]) -> _Scope:
        found: dict[str, list[etree._Element]] = {}
        _walk(element, shape.steps, found, names)
        return cls(element, shape, found, names)

    def first(self, path: str) -> etree._Element | None:
        found = self._found.get(self._prefix + path)
        return found[0] if found else None

    def every(self, path: str) -> list[etree._Element]:
        return self._found.get(self._prefix + path, [])

    def text(self, path: str) -> str | None:
        """`optional_text` of what `findtext` gave: the first match's text, spaces cleaned;
        None without a match or when only spaces are left."""
        found = self._found.get(self._prefix + path)
        return optional_text(found[0].text) if found else None

    def scopes(self, path: str) -> Iterator[_Scope]:
        """The elements at `path`, each read as a scope of its own as it comes."""
        shape = self._shape.scopes[self._prefix + path]
        for element in self.every(path):
            yield _Scope.read(element, shape, self._names)

    def within(self, name: str) -> _Scope | None:
        path = self._prefix + name
        found = self._found.get(path)
        if not found:
            return None
        if len(found) == 1:
            return _Scope(found[0], self._shape, self._found, self._names, path + "/")
        found_below: dict[str, list[etree._Element]] = {}
        _walk(found[0], self._shape.below[path], found_below, self._names)
        return _Scope(found[0], self._shape, found_below, self._names, path + "/")


def _date_of(text: str | None) -> date | None:
    """The date of an ISO date or date-time, as written (no time-zone shift)."""
    found = _ISO_DATE.match((text or "").strip())
    if not found:
        return None
    try:
        return date.fromisoformat(found.group(0))
    except ValueError:
        return None


def _date_choice(element: _Scope | None) -> date | None:
    """A `Dt` or `DtTm` child (the ISO "DateAndDateTimeChoice")."""
    if element is None:
        return None
    return _date_of(element.text("Dt")) or _date_of(element.text("DtTm"))


def _text(element: _Scope | None, path: str) -> str | None:
    return None if element is None else element.text(path)


def _read_report(
    report: _Scope, format_name: str, group_created: date | None, warnings: list[str]
) -> Statement:
    statement_id = _text(report, "Id") or ""
    account_iban = _text(report, "Acct/Id/IBAN")
    account_other = _text(report, "Acct/Id/Othr/Id") or _text(report, "Acct/Id/PrtryAcct/Id")
    if not account_iban and account_other:
        account_iban, account_other = split_account(account_other)
    currency = _text(report, "Acct/Ccy")
    opening, opening_currency = _balance(report, _OPENING_CODES, statement_id, warnings)
    closing, closing_currency = _balance(report, _CLOSING_CODES, statement_id, warnings)
    currency = currency or opening_currency or closing_currency
    for code, found in (("opening", opening_currency), ("closing", closing_currency)):
        if found and currency and found != currency:
            warnings.append(
                f"statement {statement_id}: its {code} balance is in {found}, "
                f"the account in {currency}"
            )
    period = report.within("FrToDt")
    from_date = _date_of(_text(period, "FrDtTm")) or _date_of(_text(period, "FrDt"))
    to_date = _date_of(_text(period, "ToDtTm")) or _date_of(_text(period, "ToDt"))
    context = _ReportContext(
        statement_id=statement_id,
        account_iban=account_iban,
        currency=currency,
        created=_date_of(report.text("CreDtTm")) or group_created or to_date,
        kind=format_name,
    )
    lines: list[StatementLine] = []
    for number, entry in enumerate(report.scopes("Ntry"), start=1):
        lines.extend(_read_entry(entry, number, context, warnings))
    return Statement(
        format=format_name,
        statement_id=statement_id,
        account_iban=account_iban,
        account_other=account_other,
        currency=currency,
        from_date=from_date,
        to_date=to_date,
        opening_balance_cents=opening,
        closing_balance_cents=closing,
        lines=tuple(lines),
    )


def _balance(
    report: _Scope, codes: tuple[str, ...], statement_id: str, warnings: list[str]
) -> tuple[int | None, str | None]:
    """The signed balance of the first type among `codes` the report gives, and its currency."""
    by_code: dict[str, _Scope] = {}
    for balance in report.scopes("Bal"):
        code = _text(balance, "Tp/CdOrPrtry/Cd") or _text(balance, "Tp/CdOrPrtry/Prtry")
        if code and code.upper() not in by_code:
            by_code[code.upper()] = balance
    for code in codes:
        if code not in by_code:
            continue
        balance = by_code[code]
        amount_element = balance.first("Amt")
        written = amount_element.text if amount_element is not None else None
        amount = parse_plain_decimal(written)
        cents = exact_cents(amount) if amount is not None else None
        currency = amount_element.get("Ccy") if amount_element is not None else None
        if cents is None:
            warnings.append(
                f"statement {statement_id}: balance {code} '{(written or '').strip()}' "
                "is not an amount in cents; left out"
            )
            return None, currency
        if _text(balance, "CdtDbtInd") == "DBIT":
            cents = -cents
        return cents, currency
    return None, None


@dataclass(frozen=True, slots=True)
class _ReportContext:
    statement_id: str
    account_iban: str | None
    currency: str | None
    created: date | None  # stands in for a missing booking date
    kind: str


class _Amount(NamedTuple):  # a tuple: made twice per entry, faster than a frozen dataclass
    value: Decimal | None
    written: str
    currency: str | None


def _amount(element: etree._Element | None) -> _Amount | None:
    if element is None:
        return None
    written = (element.text or "").strip()
    return _Amount(parse_plain_decimal(written), written, element.get("Ccy"))


def _transaction_amount(transaction: _Scope) -> _Amount | None:
    return _amount(transaction.first("Amt")) or _amount(transaction.first("AmtDtls/TxAmt/Amt"))


def _read_entry(
    entry: _Scope, number: int, context: _ReportContext, warnings: list[str]
) -> list[StatementLine]:
    transactions = [*entry.scopes("NtryDtls/TxDtls"), *entry.scopes("TxDtls")]
    entry_amount = _amount(entry.first("Amt"))
    label = _text(entry, "AcctSvcrRef") or _text(entry, "NtryRef") or f"#{number}"
    where = f"statement {context.statement_id}, entry {label}"
    if len(transactions) <= 1:
        transaction = transactions[0] if transactions else None
        if transaction is not None:
            _warn_if_amounts_differ(entry_amount, _transaction_amount(transaction), where, warnings)
        return [_line(entry, transaction, entry_amount, context)]
    amounts = [_transaction_amount(transaction) for transaction in transactions]
    if any(amount is None for amount in amounts):
        return [_batch_line(entry, transactions, entry_amount, context)]
    _warn_if_batch_differs(entry_amount, amounts, where, warnings)
    return [
        _line(entry, transaction, amount, context, batch_index=index)
        for index, (transaction, amount) in enumerate(zip(transactions, amounts, strict=True), 1)
    ]


def _warn_if_amounts_differ(
    entry: _Amount | None, transaction: _Amount | None, where: str, warnings: list[str]
) -> None:
    if entry is None or transaction is None:
        return
    if entry.value == transaction.value and entry.currency == transaction.currency:
        return
    warnings.append(
        f"{where}: its transaction says {transaction.written} {transaction.currency or ''}, "
        f"the entry booked {entry.written} {entry.currency or ''}; the booked amount is kept"
    )


def _warn_if_batch_differs(
    entry: _Amount | None, amounts: list[_Amount | None], where: str, warnings: list[str]
) -> None:
    if entry is None or entry.value is None:
        return
    values = [amount.value for amount in amounts if amount is not None and amount.value is not None]
    same_currency = all(
        amount is not None and amount.currency == entry.currency for amount in amounts
    )
    if not same_currency or len(values) != len(amounts):
        return
    total = sum(values, Decimal(0))
    if total != entry.value:
        warnings.append(
            f"{where}: its {len(amounts)} transactions add up to {total} {entry.currency}, "
            f"the entry booked {entry.written}"
        )


def _line(
    entry: _Scope,
    transaction: _Scope | None,
    amount: _Amount | None,
    context: _ReportContext,
    *,
    batch_index: int | None = None,
) -> StatementLine:
    direction = _direction(entry)
    reversal = (_text(entry, "RvslInd") or "").lower() in {"true", "1"}
    return_reason = _return_reason(transaction)
    bank_reference = _text(transaction, "Refs/AcctSvcrRef")
    if bank_reference is None:
        shared = _text(entry, "AcctSvcrRef") or _text(entry, "NtryRef")
        # Lines of one batch must not share the reference that recognises a line twice.
        if shared and batch_index is not None:
            shared = f"{shared}#{batch_index}"
        bank_reference = shared
    name, iban = _counterparty(
        transaction, direction, context, flipped=reversal or return_reason is not None
    )
    booking_date, date_problem = _booking_date(entry, context)
    cents, currency, money_problem = _money(amount, context)
    end_to_end = _text(transaction, "Refs/EndToEndId")
    return StatementLine(
        booking_date=booking_date,
        value_date=_date_choice(entry.within("ValDt")),
        amount_cents=cents,
        currency=currency,
        direction=direction,
        bank_reference=bank_reference,
        end_to_end_id=None if end_to_end and end_to_end.upper() == "NOTPROVIDED" else end_to_end,
        structured_reference=_text(transaction, "RmtInf/Strd/CdtrRefInf/Ref"),
        remittance=_remittance(transaction),
        counterparty_name=name,
        counterparty_iban=iban,
        bank_code=_bank_code(transaction) or _bank_code(entry),
        reversal=reversal,
        return_reason=return_reason,
        problem=join_problems(money_problem, date_problem, _status_problem(entry)),
    )


def _batch_line(
    entry: _Scope,
    transactions: list[_Scope],
    amount: _Amount | None,
    context: _ReportContext,
) -> StatementLine:
    """One line for a batch whose transactions do not say their own amounts.

    The booked total is kept, with what the transactions have in common; a person splits
    it. Lines per transaction would have no amount to carry.
    """
    single = _line(entry, None, amount, context)
    direction = single.direction

    def common(values: list[str | None]) -> str | None:
        distinct = set(values)
        return values[0] if len(distinct) == 1 else None

    counterparts = [
        _counterparty(transaction, direction, context, flipped=single.reversal)
        for transaction in transactions
    ]
    end_to_ends = [_text(transaction, "Refs/EndToEndId") for transaction in transactions]
    end_to_end = common(end_to_ends)
    problem = (
        f"the entry batches {len(transactions)} transactions without their own amounts: "
        "split it by hand"
    )
    return StatementLine(
        booking_date=single.booking_date,
        value_date=single.value_date,
        amount_cents=single.amount_cents,
        currency=single.currency,
        direction=direction,
        bank_reference=single.bank_reference,
        end_to_end_id=None if end_to_end and end_to_end.upper() == "NOTPROVIDED" else end_to_end,
        structured_reference=common(
            [_text(transaction, "RmtInf/Strd/CdtrRefInf/Ref") for transaction in transactions]
        ),
        remittance=join_texts((_remittance(transaction) for transaction in transactions), " / "),
        counterparty_name=common([name for name, _ in counterparts]),
        counterparty_iban=common([iban for _, iban in counterparts]),
        bank_code=single.bank_code,
        reversal=single.reversal,
        return_reason=common([_return_reason(transaction) for transaction in transactions]),
        problem=join_problems(single.problem, problem),
    )


def _direction(entry: _Scope) -> Direction:
    return Direction.DEBIT if _text(entry, "CdtDbtInd") == "DBIT" else Direction.CREDIT


def _money(amount: _Amount | None, context: _ReportContext) -> tuple[int, str, str | None]:
    if amount is None:
        return line_money(None, context.currency, written="")
    return line_money(amount.value, amount.currency, written=amount.written)


def _booking_date(entry: _Scope, context: _ReportContext) -> tuple[date, str | None]:
    booked = _date_choice(entry.within("BookgDt"))
    if booked:
        return booked, None
    value = _date_choice(entry.within("ValDt"))
    if value:
        return value, None
    if context.created:
        return context.created, (
            f"no booking nor value date: the {context.kind} date {context.created} stands in"
        )
    return date.min, "no booking nor value date"


def _status_problem(entry: _Scope) -> str | None:
    status = (
        _text(entry, "Sts/Cd") or _text(entry, "Sts/Prtry") or _text(entry, "Sts") or ""
    ).upper()
    meaning = _NOT_BOOKED.get(status)
    if meaning is None:
        return None
    return f"the bank reports this entry as {meaning} ({status}): not booked yet"


def _party_name(party: _Scope | None) -> str | None:
    if party is None:
        return None
    return (
        _text(party, "Nm")
        or _text(party, "Pty/Nm")
        or _text(party, "Agt/FinInstnId/Nm")
        or _text(party, "FinInstnId/Nm")
    )


def _account_iban(account: _Scope | None) -> str | None:
    if account is None:
        return None
    return valid_iban(_text(account, "Id/IBAN")) or valid_iban(_text(account, "Id/Othr/Id"))


def _counterparty(
    transaction: _Scope | None,
    direction: Direction,
    context: _ReportContext,
    *,
    flipped: bool,
) -> tuple[str | None, str | None]:
    """Name and IBAN of the other side: the payer of a credit, the payee of a debit.

    A reversal or a return keeps the parties of the payment it undoes, so the other
    side is the one the direction does not point at. When the side chosen holds the
    statement's own account, the other one is taken.
    """
    if transaction is None:
        return None, None
    parties = transaction.within("RltdPties")
    if parties is None:
        return None, None
    wanted = "debtor" if (direction is Direction.CREDIT) != flipped else "creditor"
    other = "creditor" if wanted == "debtor" else "debtor"
    name, iban = _side(parties, wanted)
    if context.account_iban and iban == context.account_iban:
        other_name, other_iban = _side(parties, other)
        if other_iban != context.account_iban and (other_name or other_iban):
            return other_name, other_iban
    return name, iban


_SIDES = {
    "debtor": (("Dbtr", "UltmtDbtr"), "DbtrAcct"),
    "creditor": (("Cdtr", "UltmtCdtr"), "CdtrAcct"),
}


def _side(parties: _Scope, key: str) -> tuple[str | None, str | None]:
    """Name and IBAN of the debtor or the creditor of the related parties."""
    party_tags, account_tag = _SIDES[key]
    name = None
    for tag in party_tags:
        if name := _party_name(parties.within(tag)):
            break
    return name, _account_iban(parties.within(account_tag))


def _remittance(transaction: _Scope | None) -> str:
    if transaction is None:
        return ""
    unstructured = join_texts(element.text for element in transaction.every("RmtInf/Ustrd"))
    if unstructured:
        return unstructured
    return join_texts(element.text for element in transaction.every("RmtInf/Strd/AddtlRmtInf"))


def _bank_code(element: _Scope | None) -> str | None:
    """ISO code "PMNT/RCDT/ESCT" (domain/family/sub-family), else the bank's own code."""
    if element is None:
        return None
    code = element.within("BkTxCd")
    if code is None:
        return None
    parts = [
        _text(code, "Domn/Cd"),
        _text(code, "Domn/Fmly/Cd"),
        _text(code, "Domn/Fmly/SubFmlyCd"),
    ]
    if parts[0]:
        return "/".join([part for part in parts if part])
    return _text(code, "Prtry/Cd")


def _return_reason(transaction: _Scope | None) -> str | None:
    return _text(transaction, "RtrInf/Rsn/Cd") or _text(transaction, "RtrInf/Rsn/Prtry")


# What the reader asks for: `_Scope.read` walks only these paths, and no deeper. A path
# the code reads must be here, or start one of these: any other reads as absent.
_BANK_CODE_PATHS = (
    "BkTxCd/Domn/Cd",
    "BkTxCd/Domn/Fmly/Cd",
    "BkTxCd/Domn/Fmly/SubFmlyCd",
    "BkTxCd/Prtry/Cd",
)
_PARTY_PATHS = tuple(
    f"RltdPties/{party}/{name}"
    for party in ("Dbtr", "UltmtDbtr", "Cdtr", "UltmtCdtr")
    for name in ("Nm", "Pty/Nm", "Agt/FinInstnId/Nm", "FinInstnId/Nm")
) + tuple(
    f"RltdPties/{account}/Id/{number}"
    for account in ("DbtrAcct", "CdtrAcct")
    for number in ("IBAN", "Othr/Id")
)
_TRANSACTION = _Shape(
    "Amt",
    "AmtDtls/TxAmt/Amt",
    "Refs/AcctSvcrRef",
    "Refs/EndToEndId",
    "RmtInf/Ustrd",
    "RmtInf/Strd/AddtlRmtInf",
    "RmtInf/Strd/CdtrRefInf/Ref",
    "RtrInf/Rsn/Cd",
    "RtrInf/Rsn/Prtry",
    *_PARTY_PATHS,
    *_BANK_CODE_PATHS,
)
_ENTRY = _Shape(
    "Amt",
    "AcctSvcrRef",
    "NtryRef",
    "CdtDbtInd",
    "RvslInd",
    "Sts/Cd",
    "Sts/Prtry",
    "BookgDt/Dt",
    "BookgDt/DtTm",
    "ValDt/Dt",
    "ValDt/DtTm",
    *_BANK_CODE_PATHS,
    scopes={"NtryDtls/TxDtls": _TRANSACTION, "TxDtls": _TRANSACTION},
)
_BALANCE = _Shape("Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry", "Amt", "CdtDbtInd")
_REPORT = _Shape(
    "Id",
    "CreDtTm",
    "Acct/Id/IBAN",
    "Acct/Id/Othr/Id",
    "Acct/Id/PrtryAcct/Id",
    "Acct/Ccy",
    "FrToDt/FrDtTm",
    "FrToDt/FrDt",
    "FrToDt/ToDtTm",
    "FrToDt/ToDt",
    scopes={"Ntry": _ENTRY, "Bal": _BALANCE},
)
