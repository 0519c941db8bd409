"""OFX 1 (SGML, a French bank's Windows-1252 export) and OFX 2 (XML), on our own fixtures."""

from __future__ import annotations

from datetime import date

import pytest
from tests.payments.statements.samples import OWN_DATA

from amiable.payments.statements import Direction, StatementError, parse_statement
from amiable.payments.statements.ofx import parse_ofx


def test_ofx1_french_bank_export() -> None:
    parsed = parse_statement((OWN_DATA / "releve-ofx1.ofx").read_bytes())
    assert parsed.format == "ofx" and parsed.warnings == ()
    (statement,) = parsed.statements
    assert statement.statement_id == "00012345678/20260101-20260131"
    assert (statement.account_iban, statement.account_other) == (None, "00012345678")
    assert statement.currency == "EUR"
    assert (statement.from_date, statement.to_date) == (date(2026, 1, 1), date(2026, 1, 31))
    assert statement.opening_balance_cents is None
    assert statement.closing_balance_cents == 428660
    payment, direct_debit, partial = statement.lines
    assert payment.direction is Direction.CREDIT and payment.amount_cents == 125000
    assert (payment.booking_date, payment.value_date) == (date(2026, 1, 12), date(2026, 1, 10))
    assert payment.bank_reference == "0401200000001"
    assert payment.counterparty_name == "VIR SEPA M JEAN DUPONT"
    assert payment.remittance == "DOSSIER AMI-2026-0042 ÉCHÉANCE 1"  # CHARSET:1252
    assert payment.bank_code == "CREDIT"
    assert direct_debit.direction is Direction.DEBIT and direct_debit.amount_cents == 3890
    assert direct_debit.counterparty_name == "PRLV SEPA FOURNISSEUR & CIE"
    assert direct_debit.value_date is None
    assert partial.amount_cents == 7550  # "75,5": a decimal comma
    assert partial.counterparty_name == "VIR MME LÉA MARTIN"


def test_ofx2_xml_export() -> None:
    (statement,) = parse_ofx((OWN_DATA / "statement-ofx2.ofx").read_bytes()).statements
    assert statement.account_iban == "FR7630006000011234567890189"
    assert statement.closing_balance_cents == -152342
    assert (statement.from_date, statement.to_date) == (date(2026, 2, 1), date(2026, 2, 28))
    payment, fee, odd = statement.lines
    assert payment.counterparty_name == "Societe Exemple SARL"  # PAYEE/NAME
    assert payment.remittance == "RF18539007547034 facture F-2025-118"
    assert (payment.booking_date, payment.value_date) == (date(2026, 2, 3), date(2026, 2, 2))
    assert (fee.direction, fee.amount_cents, fee.bank_code) == (Direction.DEBIT, 450, "FEE")
    assert odd.amount_cents == 0
    assert odd.problem == "amount 99.999 EUR has more decimals than a cent"
    assert odd.bank_reference == "2026021000019"


def test_a_malformed_header_is_passed_over_when_the_body_is_there() -> None:
    body = (OWN_DATA / "releve-ofx1.ofx").read_bytes().split(b"<OFX>", 1)[1]
    parsed = parse_statement(b"OFXHEADER:100\r\nDATA:OFXSGML\r\n\r\n<OFX>" + body)
    assert parsed.warnings == ("the OFX header is malformed; the body was read without it",)
    assert len(parsed.statements[0].lines) == 3


def test_ofx_without_a_statement_or_broken_is_refused() -> None:
    with pytest.raises(StatementError, match="no bank or card statement"):
        parse_statement(
            b"<?xml version='1.0'?><?OFX OFXHEADER='200' VERSION='220'?>"
            b"<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>"
        )
    with pytest.raises(StatementError, match="the OFX file cannot be read"):
        parse_statement(
            b"<?xml version='1.0'?><?OFX OFXHEADER='200' VERSION='220'?>"
            b"<OFX><STMTRS><CURDEF>EUR</TRNAMT></STMTRS></OFX>"
        )
