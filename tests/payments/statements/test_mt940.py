"""MT940/MT942: every public sample against the library's own expectations, and our mapping."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.payments.statements.samples import (
    MT940_SAMPLES,
    expected_lines,
    mt940_files,
    sample,
    sample_id,
)

from amiable.payments.statements import Direction, StatementError, parse_statement
from amiable.payments.statements.mt940 import parse_mt940

# Samples that are fragments holding no statement line and no balance (a lone :25:,
# :28C:, :86: or :NS:), and one that is no MT940 at all: refused, each with its reason.
NOTHING_TO_READ = {
    "betterplace/currency_in_25.sta",
    "betterplace/empty_86.sta",
    "cmxl/account_identification_iban.sta",
    "cmxl/account_identification_legacy.sta",
    "cmxl/statement_number.sta",
    "self-provided/empty_non_swift.sta",
}
NOT_MT940 = {"self-provided/invalid_statement.sta"}


@pytest.mark.parametrize("path", mt940_files(), ids=sample_id)
def test_every_sample_reads_as_the_library_expects_or_is_refused_with_its_reason(
    path: Path,
) -> None:
    data = path.read_bytes()
    if sample_id(path) in NOTHING_TO_READ:
        with pytest.raises(StatementError, match="holds no statement line and no balance"):
            parse_mt940(data)
        return
    if sample_id(path) in NOT_MT940:
        with pytest.raises(StatementError, match="no MT940 tag"):
            parse_mt940(data)
        with pytest.raises(StatementError):
            parse_statement(data)
        return
    parsed = parse_statement(data)
    assert parsed.format in {"mt940", "mt942"}
    lines = [line for statement in parsed.statements for line in statement.lines]
    expected = expected_lines(path)
    if expected is None:  # ASN and Citi samples come without a .yml
        assert lines
        return
    assert len(lines) == len(expected)
    for line, wanted in zip(lines, expected, strict=True):
        assert line.value_date == wanted.value_date
        assert line.booking_date == (wanted.entry_date or wanted.value_date)
        if line.problem is None:
            assert line.amount_cents == abs(wanted.amount) * 100
            assert line.currency == wanted.currency
        else:  # a fragment without a balance has no currency; a 0,00 line is kept
            assert line.amount_cents == 0
            assert line.problem in {"no currency", "zero amount"}


def test_there_are_mt940_samples_to_read() -> None:
    if not MT940_SAMPLES.exists():
        pytest.skip(f"shared samples absent: {MT940_SAMPLES}")
    assert len(mt940_files()) == 54


def test_a_sepa_credit_with_its_structured_details() -> None:
    parsed = parse_mt940(sample(MT940_SAMPLES, "betterplace/sepa_snippet.sta"))
    first, second = parsed.statements
    assert first.statement_id == "T089414086000001/00004/00001"
    assert first.account_other == "50880050/0194787400888"  # bank code / account: no IBAN
    assert first.currency == "EUR"
    assert (first.opening_balance_cents, first.closing_balance_cents) == (76665649, 112525040)
    assert second.opening_balance_cents == -197043187  # :60F:D… is a debit balance
    credit = first.lines[0]
    assert credit.direction is Direction.CREDIT
    assert credit.amount_cents == 5099005  # 50990,05
    assert (credit.value_date, credit.booking_date) == (date(2007, 9, 7), date(2007, 9, 4))
    assert credit.bank_reference == "0724710333343453"
    assert credit.end_to_end_id == "EndToEndId TFNR 22 004 00001"  # EREF+
    assert credit.remittance == "Verw CTSc-01 BC-PPP TFNr 22 004"  # SVWZ+
    assert credit.counterparty_name == "KARL KAUFMANN"  # ?32 ?33
    assert credit.counterparty_iban == "DE14508800500194785000"  # ?31
    assert credit.bank_code == "166"  # the GVC


def test_rc_undoes_a_credit_so_money_goes_out() -> None:
    first = parse_mt940(sample(MT940_SAMPLES, "betterplace/sepa_mt9401.sta")).statements[0]
    reversal = first.lines[5]  # :61:0709040904RCR204,88NRTINONREF
    assert reversal.reversal is True
    assert reversal.direction is Direction.DEBIT
    assert reversal.amount_cents == 20488
    assert [line.reversal for line in first.lines].count(True) == 1


SEPA_STATEMENT = b"""{1:F01BNPAFRPPAXXX0000000000}{2:O9401200260304BNPAFRPPAXXX00000000002603041200N}{4:
:20:REF-2026-03
:25:FR7630006000011234567890189
:28C:12/1
:60F:C260301EUR1000,00
:61:2603020302C150,00NTRFNONREF//B2603020001
:86:166?00SEPA-GUTSCHRIFT?20EREF+DOSSIER-42-E1?21SVWZ+Dossier 2026-0042 echea?22nce 1?23IBAN+DE89370400440532013000?24BIC+COBADEFFXXX?32Jean Dupont
:61:2603030303RD150,00NTRFNONREF//B2603030002
:86:Retour du prelevement
:61:2603040304RC20,00NTRFNONREF//B2603040003
:86:Annulation virement M\xfcller
:62F:C260304EUR1280,00
-}"""


def test_a_statement_in_its_swift_envelope_with_gvc_segments_and_both_reversals() -> None:
    parsed = parse_statement(SEPA_STATEMENT)
    assert parsed.warnings == ("the file is not UTF-8: read as Windows-1252",)
    (statement,) = parsed.statements
    assert statement.statement_id == "REF-2026-03/12/1"
    assert statement.account_iban == "FR7630006000011234567890189"
    assert (statement.from_date, statement.to_date) == (date(2026, 3, 1), date(2026, 3, 4))
    assert (statement.opening_balance_cents, statement.closing_balance_cents) == (100000, 128000)
    payment, returned, cancelled = statement.lines
    assert payment.end_to_end_id == "DOSSIER-42-E1"
    assert payment.remittance == "Dossier 2026-0042 echeance 1"
    assert payment.counterparty_iban == "DE89370400440532013000"  # IBAN+, BIC+ run into it
    assert payment.counterparty_name == "Jean Dupont"
    assert payment.reversal is False
    assert (returned.direction, returned.reversal) == (Direction.CREDIT, True)  # RD
    assert (cancelled.direction, cancelled.reversal) == (Direction.DEBIT, True)  # RC
    assert cancelled.remittance == "Annulation virement Müller"


def test_the_dutch_structured_details() -> None:
    (first, _) = parse_mt940(sample(MT940_SAMPLES, "jejik/rabobank-iban.sta")).statements
    assert first.account_iban is None  # NL71RABO0123456789: its check digits are wrong
    assert first.account_other == "NL71RABO0123456789"
    to_contra, to_john = first.lines[:2]
    assert to_contra.end_to_end_id == "01-01-2013 12:00 0030000987654321"  # /EREF/
    assert to_contra.counterparty_name == "CONTRA ACCOUNT HOLDER"  # /BENM//NAME/
    assert to_contra.bank_reference is None  # the :61: says "EREF", no reference
    assert to_john.remittance == "Reference 201301234"  # /REMI/
    assert to_john.counterparty_name == "JOHN DOE"
    ing = b""":20:P140220000000001
:25:NL69INGB0123456789EUR
:28C:00000
:60F:C140219EUR662,23
:61:1402200220C1,56NTRFEREF//00000000001005
/TRCD/00100/
:86:/EREF/EV12341REP1231456T1234//CNTP/NL32INGB0000012345/INGBNL2A/ING BANK NV INZAKE WEB///REMI/USTD//EV10001REP1000000T1000/RTRN/MD06/
:62F:C140220EUR663,79
"""
    (line,) = parse_mt940(ing).statements[0].lines
    assert line.end_to_end_id == "EV12341REP1231456T1234"
    assert line.counterparty_iban == "NL32INGB0000012345"  # /CNTP/ account
    assert line.counterparty_name == "ING BANK NV INZAKE WEB"
    assert line.remittance == "EV10001REP1000000T1000"
    assert line.return_reason == "MD06"
    assert line.bank_reference == "00000000001005"


def test_mt942_interim_report() -> None:
    parsed = parse_mt940(sample(MT940_SAMPLES, "mBank/mt942.sta"))
    assert parsed.format == "mt942"
    (statement,) = parsed.statements
    assert statement.account_iban == "PL29114010810000267002001002"
    assert statement.currency == "PLN"  # from the :34F: floor limit
    assert statement.from_date == date(2017, 1, 19)  # :13D:
    assert [line.bank_reference for line in statement.lines] == [
        "MB170119012058",
        "MB170119012085",
        "MB170119012121",
    ]


def test_a_central_european_code_page_is_recognised() -> None:
    parsed = parse_mt940(sample(MT940_SAMPLES, "self-provided/raiffeisen-cmi.sta"))
    assert parsed.warnings == ("the file is not UTF-8: read as DOS 852",)
    assert "napi összevont" in parsed.statements[0].lines[0].remittance


@pytest.mark.parametrize(
    ("statement_line", "reason"),
    [
        (":61:26XX02C150,00NTRFNONREF", "its :61: '26XX02C150,00NTRFNONREF' is malformed"),
        (":61:261302C150,00NTRFNONREF", "month must be in 1..12"),
    ],
)
def test_a_file_the_library_cannot_read_is_refused_with_its_reason(
    statement_line: str, reason: str
) -> None:
    data = f":20:X\n:25:123\n:28C:1\n:60F:C260301EUR1,00\n{statement_line}\n:62F:C260302EUR1,00\n"
    with pytest.raises(StatementError, match="the MT940 file cannot be read") as refused:
        parse_statement(data.encode())
    assert reason in str(refused.value)
