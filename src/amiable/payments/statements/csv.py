"""Bank CSV exports, read through a column mapping the office writes once per bank.

A CSV export has no standard: each bank names its columns, writes dates and amounts
its own way ("1 250,00", "1.250,00", "1,250.00"), puts one signed amount or a debit and a
credit column, separates with ";" or "," or a tab, and saves in UTF-8 or Windows-1252.
`CsvMapping` says which is which (from a JSON mapping file through `from_dict`, or
`french_default()` for the common "Date;Libellé;Montant" export). A row that cannot be
read is kept as a line with its `problem` ("row 12: date '31/13/2026' is not a date");
the other rows are read.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal

from amiable.payments.statements.fields import (
    check_currency,
    check_size,
    join_problems,
    join_texts,
    line_money,
    optional_text,
    valid_iban,
)
from amiable.payments.statements.model import (
    Direction,
    ParsedFile,
    Statement,
    StatementError,
    StatementLine,
)

__all__ = ["CsvMapping", "parse_csv", "parse_csv_amount"]

_DELIMITERS = (";", ",", "\t")
_HEADER_SEARCH_ROWS = 30  # a bank's preamble (account, period) before the header
_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY_MARKS = re.compile(r"^[A-Z]{3}\s*|\s*[A-Z]{3}$|[€$£]")


@dataclass(frozen=True, slots=True)
class CsvMapping:
    """Which column holds what in one bank's CSV export, and how it writes values.

    Either `amount` (signed: negative is money out) or `credit` and/or `debit`
    (unsigned, or with a minus the sign is ignored) must be given. Column names are
    compared without case, accents or surrounding spaces ("LIBELLE" finds "Libellé").
    """

    booking_date: str
    amount: str | None = None
    credit: str | None = None
    debit: str | None = None
    value_date: str | None = None
    currency: str | None = None  # the column holding the currency, if any
    fixed_currency: str | None = "EUR"  # when there is no such column or it is empty
    remittance: tuple[str, ...] = ()  # columns joined with a space
    counterparty_name: str | None = None
    counterparty_iban: str | None = None
    bank_reference: str | None = None
    structured_reference: str | None = None
    date_formats: tuple[str, ...] = ("%d/%m/%Y",)
    decimal_separator: str = ","  # "," (then "." or a space groups thousands) or "."
    delimiter: str | None = None  # None: found among ";", "," and tab
    encoding: str | None = None  # None: UTF-8 (with or without BOM), else Windows-1252
    account_iban: str | None = None  # the office's account, which a CSV rarely names

    def __post_init__(self) -> None:
        if not self.booking_date:
            raise StatementError("the CSV mapping names no booking date column")
        if self.amount is None and self.credit is None and self.debit is None:
            raise StatementError("the CSV mapping needs an amount column or credit/debit columns")
        if self.amount is not None and (self.credit is not None or self.debit is not None):
            raise StatementError(
                "the CSV mapping gives both a signed amount column and credit/debit columns"
            )
        if self.decimal_separator not in {",", "."}:
            raise StatementError(
                f"the CSV mapping's decimal separator '{self.decimal_separator}' is not ',' or '.'"
            )
        if self.delimiter is not None and len(self.delimiter) != 1:
            raise StatementError(
                f"the CSV mapping's delimiter '{self.delimiter}' is not one character"
            )
        if not self.date_formats:
            raise StatementError("the CSV mapping gives no date format")

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CsvMapping:
        """A mapping from a JSON mapping file; an unknown key or a wrong type is refused."""
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise StatementError(f"the CSV mapping has unknown keys: {', '.join(unknown)}")
        values: dict[str, object] = {}
        for key, value in data.items():
            if key in {"remittance", "date_formats"}:
                values[key] = _string_tuple(key, value)
            elif value is None or isinstance(value, str):
                values[key] = value
            else:
                raise StatementError(f"the CSV mapping's '{key}' must be text, not {value!r}")
        if "booking_date" not in values:
            raise StatementError("the CSV mapping names no booking date column")
        return cls(**values)  # type: ignore[arg-type]

    @classmethod
    def french_default(cls) -> CsvMapping:
        """The usual French bank export: "Date;Libellé;Montant", day first, decimal comma."""
        return cls(
            booking_date="Date",
            amount="Montant",
            remittance=("Libellé",),
            date_formats=("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"),
            decimal_separator=",",
            fixed_currency="EUR",
        )

    def required_columns(self) -> tuple[str, ...]:
        money = (self.amount,) if self.amount else (self.credit, self.debit)
        return tuple(column for column in (self.booking_date, *money) if column)

    def optional_columns(self) -> tuple[str, ...]:
        optional = (
            self.value_date,
            self.currency,
            *self.remittance,
            self.counterparty_name,
            self.counterparty_iban,
            self.bank_reference,
            self.structured_reference,
        )
        return tuple(column for column in optional if column)


def _string_tuple(key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
        return tuple(str(item) for item in value)
    raise StatementError(f"the CSV mapping's '{key}' must be text or a list of texts")


def _normalise(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().split())


def parse_csv_amount(text: str, decimal_separator: str) -> Decimal | None:
    """A signed amount as banks write it, or None when it is not one.

    "1 250,00", "1.250,00", "-1250,5", "(12,00)", "12,00-", "1 250,00 €" with a decimal
    comma; "1,250.00" with a decimal point. Thousands groups must be of three digits,
    so a "1250.50" in a decimal-comma file is refused rather than read as 125050.
    """
    cleaned = _CURRENCY_MARKS.sub("", text.strip()).strip().replace("\u2212", "-")
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1].strip()
    if cleaned.endswith("-"):
        negative, cleaned = True, cleaned[:-1].strip()
    if cleaned[:1] in {"-", "+"}:
        negative, cleaned = negative or cleaned[0] == "-", cleaned[1:].strip()
    group = "." if decimal_separator == "," else ","
    cleaned = _GROUP_SPACES.sub(group, cleaned)
    grouped = rf"\d{{1,3}}(?:\{group}\d{{3}})+"
    pattern = rf"(?:{grouped}|\d+)(?:\{decimal_separator}\d+)?"
    if not re.fullmatch(pattern, cleaned):
        return None
    value = Decimal(cleaned.replace(group, "").replace(decimal_separator, "."))
    return -value if negative else value


def _decode(data: bytes, encoding: str | None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise StatementError(f"the CSV file cannot be read as {encoding}: {error}") from error
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise StatementError(f"the CSV file is not valid UTF-16: {error}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


@dataclass(frozen=True, slots=True)
class _Table:
    rows: list[list[str]]
    header_index: int
    columns: dict[str, int]  # normalised name → position


def _find_table(text: str, mapping: CsvMapping) -> _Table:
    wanted = [_normalise(column) for column in mapping.required_columns()]
    candidates = (mapping.delimiter,) if mapping.delimiter else _DELIMITERS
    found: list[_Table] = []
    for delimiter in candidates:
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error as error:
            raise StatementError(f"the CSV file cannot be read: {error}") from error
        for index, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
            names = [_normalise(cell) for cell in row]
            if all(name in names for name in wanted):
                columns: dict[str, int] = {}
                for position, name in enumerate(names):
                    columns.setdefault(name, position)
                found.append(_Table(rows, index, columns))
                break
    if not found:
        first = text.strip().splitlines()[0][:80] if text.strip() else ""
        raise StatementError(
            "no header row with the columns "
            + ", ".join(f"'{column}'" for column in mapping.required_columns())
            + f" was found in the CSV file (its first line: '{first}')"
        )
    return max(found, key=lambda table: len(table.columns))


def parse_csv(data: bytes, mapping: CsvMapping | None = None) -> ParsedFile:
    """Read a bank CSV export into one statement, or say in a sentence why not."""
    check_size(data)
    mapping = mapping or CsvMapping.french_default()
    text = _decode(data, mapping.encoding)
    if not text.strip():
        raise StatementError("the CSV file is empty")
    table = _find_table(text, mapping)
    warnings = [
        f"the column '{column}' of the mapping is not in the file"
        for column in mapping.optional_columns()
        if _normalise(column) not in table.columns
    ]
    lines: list[StatementLine] = []
    for index in range(table.header_index + 1, len(table.rows)):
        row = table.rows[index]
        if not any(cell.strip() for cell in row):
            continue
        lines.append(_line(row, index + 1, table, mapping))
    if not lines:
        warnings.append("the CSV file has no row after its header")
    booked = [line.booking_date for line in lines if line.booking_date != date.min]
    currencies = {line.currency for line in lines if line.problem is None}
    statement = Statement(
        format="csv",
        statement_id=f"csv-{hashlib.sha256(data).hexdigest()[:16]}",
        account_iban=valid_iban(mapping.account_iban),
        account_other=None,
        currency=currencies.pop() if len(currencies) == 1 else mapping.fixed_currency,
        from_date=min(booked) if booked else None,
        to_date=max(booked) if booked else None,
        opening_balance_cents=None,
        closing_balance_cents=None,
        lines=tuple(lines),
    )
    return ParsedFile(format="csv", statements=(statement,), warnings=tuple(warnings))


def _line(row: list[str], number: int, table: _Table, mapping: CsvMapping) -> StatementLine:
    problems: list[str] = []

    def cell(column: str | None) -> str:
        if column is None:
            return ""
        position = table.columns.get(_normalise(column))
        if position is None or position >= len(row):
            return ""
        return row[position].strip()

    needed = max(table.columns[_normalise(column)] for column in mapping.required_columns())
    if len(row) <= needed:
        problems.append(
            f"{len(row)} cells where the header has {len(table.rows[table.header_index])}"
        )
    booking_date = _date(cell(mapping.booking_date), mapping, problems)
    value_text = cell(mapping.value_date)
    value_date = _date(value_text, mapping, problems) if value_text else None
    amount, direction, written = _signed_amount(cell, mapping, problems)
    currency_written = cell(mapping.currency) or mapping.fixed_currency
    if amount is None:  # _signed_amount said why, with the cell's text
        cents = 0
        currency, money_problem = check_currency(currency_written)
    else:
        cents, currency, money_problem = line_money(amount, currency_written, written=written)
    problem = join_problems(*problems, money_problem)
    return StatementLine(
        booking_date=booking_date or date.min,
        value_date=value_date,
        amount_cents=cents,
        currency=currency,
        direction=direction,
        bank_reference=optional_text(cell(mapping.bank_reference)),
        structured_reference=optional_text(cell(mapping.structured_reference)),
        remittance=join_texts(cell(column) for column in mapping.remittance),
        counterparty_name=optional_text(cell(mapping.counterparty_name)),
        counterparty_iban=valid_iban(cell(mapping.counterparty_iban)),
        problem=f"row {number}: {problem}" if problem else None,
    )


def _date(text: str, mapping: CsvMapping, problems: list[str]) -> date | None:
    for date_format in mapping.date_formats:
        try:
            return datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    problems.append(f"date '{text}' is not a date" if text else "no date")
    return None


def _signed_amount(
    read: Callable[[str | None], str], mapping: CsvMapping, problems: list[str]
) -> tuple[Decimal | None, Direction, str]:
    """Unsigned amount, direction and the text written, from one column or two."""

    def number(column: str | None) -> tuple[Decimal | None, str]:
        text = read(column)
        if not text:
            return None, ""
        value = parse_csv_amount(text, mapping.decimal_separator)
        if value is None:
            problems.append(f"amount '{text}' is not a number")
        return value, text

    if mapping.amount is not None:
        value, text = number(mapping.amount)
        if value is None:
            if not text:
                problems.append("no amount")
            return None, Direction.CREDIT, text
        direction = Direction.DEBIT if value < 0 else Direction.CREDIT
        return abs(value), direction, text.lstrip("+-−").strip()
    credit, credit_text = number(mapping.credit)
    debit, debit_text = number(mapping.debit)
    has_credit = credit is not None and credit != 0
    has_debit = debit is not None and debit != 0
    if has_credit and has_debit:
        problems.append(f"both a credit ({credit_text}) and a debit ({debit_text})")
        return None, Direction.CREDIT, credit_text
    if has_debit and debit is not None:
        return abs(debit), Direction.DEBIT, debit_text.lstrip("+-−").strip()
    if credit is not None:  # a credit, or a zero one the amount check reports
        return abs(credit), Direction.CREDIT, credit_text.lstrip("+-−").strip()
    if debit is not None:
        return abs(debit), Direction.DEBIT, debit_text
    if not credit_text and not debit_text:
        problems.append("no amount")
    return None, Direction.CREDIT, credit_text or debit_text
