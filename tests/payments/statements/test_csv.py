"""Bank CSV exports through a column mapping: French default, debit/credit columns, bad rows."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from amiable.payments.statements import CsvMapping, Direction, StatementError, parse_statement
from amiable.payments.statements.csv import parse_csv, parse_csv_amount

FRENCH_EXPORT = """Compte courant n° 00012345678
Période du 01/03/2026 au 31/03/2026

Date;Libellé;Montant
02/03/2026;VIR SEPA M JEAN DUPONT DOSSIER 2026-0042;1 250,00
05/03/2026;PRLV SEPA ASSURANCE;-89,90
31/13/2026;VIR MME MARTIN;40,00
09/03/2026;"VIR SOCIETE ""LES LILAS""; FACTURE 7";1.020,5
12/03/2026;REGUL;0,00
"""


def test_the_french_default_export_in_windows_1252_with_a_preamble() -> None:
    parsed = parse_statement(FRENCH_EXPORT.encode("cp1252"))
    assert parsed.format == "csv"
    (statement,) = parsed.statements
    assert statement.currency == "EUR"
    assert (statement.from_date, statement.to_date) == (date(2026, 3, 2), date(2026, 3, 12))
    dupont, insurance, bad_date, lilas, zero = statement.lines
    assert dupont.amount_cents == 125000 and dupont.direction is Direction.CREDIT
    assert dupont.booking_date == date(2026, 3, 2)
    assert dupont.remittance == "VIR SEPA M JEAN DUPONT DOSSIER 2026-0042"
    assert dupont.problem is None
    assert insurance.amount_cents == 8990 and insurance.direction is Direction.DEBIT
    # Row 7 of the file: the date is wrong, the row is kept, the others are read.
    assert bad_date.problem == "row 7: date '31/13/2026' is not a date"
    assert bad_date.booking_date == date.min
    assert bad_date.remittance == "VIR MME MARTIN"
    assert lilas.amount_cents == 102050  # "1.020,5", a ";" and quotes inside the text
    assert lilas.remittance == 'VIR SOCIETE "LES LILAS"; FACTURE 7'
    assert zero.problem == "row 9: zero amount" and zero.amount_cents == 0
    # The same rows without an accent in the header, in UTF-8 with a BOM.
    plain = FRENCH_EXPORT.replace("Libellé", "LIBELLE").encode("utf-8-sig")
    assert parse_statement(plain).statements[0].lines[0].amount_cents == 125000


def test_debit_and_credit_columns_from_a_json_mapping() -> None:
    mapping = CsvMapping.from_dict(
        json.loads(
            """{
              "booking_date": "Booking date", "value_date": "Value date",
              "debit": "Debit", "credit": "Credit", "currency": "Currency",
              "remittance": ["Details", "Reference"], "counterparty_name": "Counterparty",
              "counterparty_iban": "IBAN", "bank_reference": "Transaction id",
              "date_formats": ["%Y-%m-%d", "%d.%m.%Y"], "decimal_separator": ".",
              "account_iban": "FR76 3000 6000 0112 3456 7890 189"
            }"""
        )
    )
    export = (
        "Booking date,Value date,Details,Reference,Counterparty,IBAN,Debit,Credit,Currency,Transaction id\n"
        '2026-03-02,2026-03-01,Invoice,RF18539007547034,Jean Dupont,DE89 3704 0044 0532 0130 00,,"1,250.00",EUR,T-1\n'
        "03.03.2026,,Bank fee,,,,-4.50,0.00,EUR,T-2\n"
        "2026-03-04,,Both,,,,1.00,2.00,EUR,T-3\n"
        "2026-03-05,,Odd,,,,,12.5,XYZ,T-4\n"
    )
    (statement,) = parse_csv(export.encode(), mapping).statements
    assert statement.account_iban == "FR7630006000011234567890189"
    assert statement.statement_id.startswith("csv-")
    payment, fee, both, odd = statement.lines
    assert (payment.amount_cents, payment.direction) == (125000, Direction.CREDIT)
    assert payment.value_date == date(2026, 3, 1)
    assert payment.remittance == "Invoice RF18539007547034"
    assert payment.counterparty_iban == "DE89370400440532013000"
    assert payment.bank_reference == "T-1"
    assert (fee.amount_cents, fee.direction, fee.booking_date) == (
        450,
        Direction.DEBIT,
        date(2026, 3, 3),
    )
    assert both.problem == "row 4: both a credit (2.00) and a debit (1.00)"
    assert odd.problem == "row 5: currency 'XYZ' is not an ISO 4217 code"
    assert odd.amount_cents == 0


def test_a_tab_separated_export_and_an_amount_in_the_wrong_convention() -> None:
    export = "Date\tLibellé\tMontant\n02/03/2026\tVIR\t1250.50\n03/03/2026\tVIR\t12,5\n"
    first, second = parse_statement(export.encode()).statements[0].lines
    # A decimal point in a decimal-comma file: refused, never read as 125050.
    assert first.problem == "row 2: amount '1250.50' is not a number"
    assert first.amount_cents == 0
    assert second.amount_cents == 1250


@pytest.mark.parametrize(
    ("written", "separator", "value"),
    [
        ("1 250,00", ",", Decimal("1250.00")),
        ("1\u00a0250,00 €", ",", Decimal("1250.00")),
        ("1.250,00", ",", Decimal("1250.00")),
        ("-1.250.000,5", ",", Decimal("-1250000.5")),
        ("(12,00)", ",", Decimal("-12.00")),
        ("12,00-", ",", Decimal("-12.00")),
        ("+7", ",", Decimal("7")),
        ("1,250.00", ".", Decimal("1250.00")),
        ("EUR 1,250.00", ".", Decimal("1250.00")),
        ("1'250.00", ".", Decimal("1250.00")),
        ("1250.50", ",", None),
        ("1,250.00", ",", None),
        ("12,5,0", ",", None),
        ("abc", ",", None),
        ("", ",", None),
    ],
)
def test_amounts_as_banks_write_them(written: str, separator: str, value: Decimal | None) -> None:
    assert parse_csv_amount(written, separator) == value


def test_a_mapping_that_cannot_work_is_refused_with_the_reason() -> None:
    with pytest.raises(StatementError, match="unknown keys: colour"):
        CsvMapping.from_dict({"booking_date": "Date", "amount": "Montant", "colour": "red"})
    with pytest.raises(StatementError, match="needs an amount column"):
        CsvMapping.from_dict({"booking_date": "Date"})
    with pytest.raises(StatementError, match="both a signed amount column and credit/debit"):
        CsvMapping(booking_date="Date", amount="Montant", debit="Débit")
    with pytest.raises(StatementError, match="decimal separator"):
        CsvMapping(booking_date="Date", amount="Montant", decimal_separator=";")


def test_a_csv_without_the_mapped_columns_is_refused() -> None:
    with pytest.raises(StatementError, match="no header row with the columns 'Date', 'Montant'"):
        parse_statement(b"Datum;Betrag\n01.03.2026;5,00\n")
