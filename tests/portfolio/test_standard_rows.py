"""Validation of one row of the standard format: every field, every refusal named."""

from datetime import date
from decimal import Decimal

import pytest

from amiable.portfolio.imports.standard import (
    RowError,
    RowOptions,
    StandardRow,
    map_headers,
    missing_required,
    validate_row,
)

GOOD = {
    "creditor_ref": "CRED-001", "case_ref": "DOS-1", "debtor_ref": "DEB-1", "debtor_type": "business",
    "debtor_name": "Plomberie Martin SARL", "siren": "732 829 320", "email": "Compta@Martin.example.fr",
    "phone": "01 99 00 12 34", "address": "3 rue des Lilas", "postcode": "75011", "city": "Paris",
    "country": "FR", "claim_ref": "FAC-2026-001", "issue_date": "01/02/2026", "due_date": "2026-03-03",
    "principal": "1 250,00", "currency": "EUR", "nature": "b2b_invoice", "has_title": "non",
}  # fmt: skip


def valid(values: dict[str, str], options: RowOptions | None = None) -> StandardRow:
    result = validate_row(2, values, options or RowOptions())
    assert isinstance(result, StandardRow), result
    return result


def refusals(values: dict[str, str]) -> dict[str, str]:
    result = validate_row(7, values, RowOptions())
    assert isinstance(result, list), f"expected a refusal, got {result}"
    assert all(error.row == 7 for error in result)
    return {error.field: error.reason for error in result}


def test_a_good_row_is_normalised() -> None:
    row = valid(GOOD)
    assert (row.siren, row.email, row.phone) == ("732829320", "compta@martin.example.fr", "+33199001234")
    assert (row.issue_date, row.due_date) == (date(2026, 2, 1), date(2026, 3, 3))
    assert row.principal == Decimal("1250.00")
    assert row.has_title is False
    assert row.language == "fr"


def test_a_siret_gives_its_siren() -> None:
    row = valid({**GOOD, "siren": "73282932000074"})
    assert (row.siren, row.siret) == ("732829320", "73282932000074")


def test_without_a_case_reference_the_case_is_the_debtor_for_the_creditor() -> None:
    assert valid({**GOOD, "case_ref": ""}).case_ref == "CRED-001-DEB-1"


def test_the_default_creditor_serves_rows_without_one() -> None:
    assert valid({**GOOD, "creditor_ref": ""}, RowOptions(default_creditor="CRED-9")).creditor_ref == "CRED-9"
    assert refusals({**GOOD, "creditor_ref": ""}) == {"creditor_ref": "missing"}


def test_without_a_stated_type_a_debtor_with_a_siren_is_a_business_and_others_are_consumers() -> None:
    assert valid({**GOOD, "debtor_type": ""}).debtor_type == "business"
    consumer = valid({**GOOD, "debtor_type": "", "siren": "", "nature": ""})
    assert (consumer.debtor_type, consumer.nature) == ("consumer", "b2c_sale")


@pytest.mark.parametrize(("written", "meant"), [("Particulier", "consumer"), ("PROFESSIONNEL", "business"),
                                                 ("B2C", "consumer"), ("société", "business")])  # fmt: skip
def test_french_debtor_types(written: str, meant: str) -> None:
    assert valid({**GOOD, "debtor_type": written, "nature": ""}).debtor_type == meant


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("principal", "-3", "must be more than zero, got '-3'"),
        ("principal", "0", "must be more than zero, got '0'"),
        ("principal", "250000000", "implausible amount '250000000'"),
        ("principal", "douze", "not an amount: 'douze'"),
        ("principal", "", "missing"),
        ("siren", "123456789", "invalid SIREN/SIRET '123456789'"),
        ("due_date", "31/02/2026", "not a date: '31/02/2026' (expected dd/mm/yyyy or yyyy-mm-dd)"),
        ("due_date", "", "missing"),
        ("issue_date", "01/01/1900", "implausible date '01/01/1900'"),
        ("email", "jean.dupont", "not an e-mail address: 'jean.dupont'"),
        ("phone", "12", "not a phone number: '12'"),
        ("currency", "EURO", "unknown currency 'EURO'"),
        ("country", "Atlantis", "unknown country 'Atlantis' (use a two-letter ISO code)"),
        ("has_title", "peut-être", "expected true or false, got 'peut-être'"),
        ("nature", "loyer", "expected one of b2b_invoice, b2c_sale, consumer_credit, other, got 'loyer'"),
        ("debtor_name", "   ", "missing"),
        ("claim_ref", "", "missing"),
        ("debtor_type", "alien", "expected consumer or business, got 'alien'"),
    ],
)
def test_each_bad_value_is_named_with_its_reason(field: str, value: str, reason: str) -> None:
    assert refusals({**GOOD, field: value}) == {field: reason}


def test_a_due_date_before_the_issue_date_is_refused() -> None:
    assert refusals({**GOOD, "issue_date": "01/04/2026"}) == {
        "due_date": "due date 03/03/2026 is before the issue date 01/04/2026"
    }


def test_a_b2b_invoice_cannot_be_owed_by_a_consumer() -> None:
    assert refusals({**GOOD, "debtor_type": "consumer", "siren": ""}) == {
        "nature": "a B2B invoice cannot be owed by a consumer debtor"
    }


def test_every_problem_of_a_row_is_reported_at_once() -> None:
    errors = validate_row(5, {**GOOD, "principal": "-1", "email": "x", "siren": "1"}, RowOptions())
    assert isinstance(errors, list)
    assert {e.field for e in errors} >= {"principal", "email", "siren"}
    assert RowError(5, "principal", "must be more than zero, got '-1'") in errors


def test_a_mapping_can_fix_the_decimal_mark_and_the_date_format() -> None:
    options = RowOptions(decimal_mark=",", date_format="%d.%m.%Y")
    row = valid({**GOOD, "principal": "1.250", "issue_date": "01.02.2026", "due_date": "03.03.2026"}, options)
    assert row.principal == Decimal("1250.00")
    assert row.due_date == date(2026, 3, 3)


def test_the_same_row_has_the_same_fingerprint_and_a_changed_one_another() -> None:
    assert valid(GOOD).fingerprint == valid(dict(GOOD)).fingerprint
    assert valid(GOOD).fingerprint != valid({**GOOD, "principal": "1250,01"}).fingerprint


def test_french_headers_are_recognised_without_a_mapping() -> None:
    headers = ["N° Facture", "Raison sociale", "Code client", "Date d'échéance", "Montant TTC", "Date facture"]
    mapped = map_headers(headers)
    assert mapped == {"claim_ref": "N° Facture", "debtor_name": "Raison sociale", "debtor_ref": "Code client",
                      "due_date": "Date d'échéance", "principal": "Montant TTC", "issue_date": "Date facture"}  # fmt: skip
    assert missing_required(mapped, RowOptions()) == []
    assert missing_required(map_headers(["foo", "principal"]), RowOptions()) == [
        "debtor_ref", "debtor_name", "claim_ref", "due_date",
    ]  # fmt: skip


def test_an_explicit_mapping_must_name_real_columns() -> None:
    with pytest.raises(ValueError, match="does not have"):
        map_headers(["a", "b"], {"principal": "Montant"})
