"""camt.052/053/054: the public samples read field by field, and hostile files refused."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from tests.payments.statements.samples import CAMT_SAMPLES, camt_files, sample

from amiable.payments.statements import Direction, StatementError, parse_statement
from amiable.payments.statements import camt as camt_module
from amiable.payments.statements.camt import MAX_BYTES, parse_camt

OWN_IBAN = "FR7630006000011234567890189"
DEBTOR_IBAN = "DE89370400440532013000"


def camt(entries: str, *, namespace: str = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08") -> str:
    """A small camt.053 of the office's account around the given <Ntry> elements."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="{namespace}">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-03-02T07:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-03-01</Id>
      <CreDtTm>2026-03-02T07:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>{OWN_IBAN}</IBAN></Id><Ccy>EUR</Ccy></Acct>
      {entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>"""


def entry(amount: str = "125.00", currency: str | None = "EUR", *, reference: str = "REF-1") -> str:
    currency_attribute = f' Ccy="{currency}"' if currency is not None else ""
    return f"""<Ntry>
        <Amt{currency_attribute}>{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-03-01</Dt></BookgDt><ValDt><Dt>2026-03-01</Dt></ValDt>
        <AcctSvcrRef>{reference}</AcctSvcrRef>
      </Ntry>"""


# --- The public samples -------------------------------------------------------------------


@pytest.mark.parametrize("path", camt_files(), ids=lambda path: path.name)
def test_every_sample_is_read_or_refused_with_its_reason(path: Path) -> None:
    data = path.read_bytes()
    if path.name == "camt053.v2.wrong.xml":
        with pytest.raises(StatementError, match="holds no statement"):
            parse_statement(data)
        return
    parsed = parse_statement(data)
    assert parsed.format in {"camt.052", "camt.053", "camt.054"}
    kind = re.match(r"camt0?(5[234])", path.name)
    assert kind is not None and parsed.format == f"camt.0{kind.group(1)}"
    for statement in parsed.statements:
        assert statement.statement_id
        for line in statement.lines:
            assert len(line.currency) == 3 and line.currency.isupper()
            assert line.amount_cents > 0 or line.problem


def test_there_are_camt_samples_to_read() -> None:
    if not CAMT_SAMPLES.exists():
        pytest.skip(f"shared samples absent: {CAMT_SAMPLES}")
    assert len(camt_files()) == 26


def test_minimal_053_statement_and_its_one_credit() -> None:
    parsed = parse_camt(sample(CAMT_SAMPLES, "camt053.v2.minimal.xml"))
    (statement,) = parsed.statements
    assert statement.format == "camt.053"
    assert statement.statement_id == "253EURNL26VAYB8060476890"
    assert statement.account_iban == "NL26VAYB8060476890"
    assert statement.account_other is None
    assert statement.currency == "EUR"
    assert (statement.from_date, statement.to_date) == (date(2007, 10, 18), date(2007, 10, 18))
    assert statement.opening_balance_cents == 1815  # OPBD 18.15 CRDT
    assert statement.closing_balance_cents == -2700  # CLBD 27.00 DBIT
    assert any("closing balance is in SEK" in warning for warning in parsed.warnings)
    (line,) = statement.lines
    assert line.amount_cents == 885
    assert line.currency == "EUR"
    assert line.direction is Direction.CREDIT
    assert (line.booking_date, line.value_date) == (date(2014, 12, 31), date(2015, 1, 2))
    assert line.counterparty_name == "NAME NAME"  # the debtor of a credit
    assert line.counterparty_iban == "NL56AGDH9619008421"
    assert line.structured_reference == "4654654654654654"
    assert line.bank_code == "544"  # Prtry/Cd: no ISO domain given
    assert line.reversal is False
    assert line.problem is None


def test_the_wrong_sample_is_a_statement_message_without_a_statement() -> None:
    # Diffed with camt053.v2.minimal.xml: same namespace and group header, but no <Stmt>.
    with pytest.raises(StatementError) as refused:
        parse_statement(sample(CAMT_SAMPLES, "camt053.v2.wrong.xml"), filename="wrong.xml")
    assert str(refused.value) == (
        "wrong.xml: the camt.053 file holds no statement: its <BkToCstmrStmt> has no <Stmt> "
        "element (only a group header)"
    )


def test_five_decimal_amounts_that_are_whole_cents_are_kept_in_cents() -> None:
    (statement,) = parse_camt(sample(CAMT_SAMPLES, "camt053.v2.five.decimals.xml")).statements
    assert statement.opening_balance_cents == 1815  # 18.150
    assert statement.closing_balance_cents == 2705  # 27.050
    (line,) = statement.lines
    assert line.amount_cents == 885  # 8.850
    assert line.problem is None
    assert line.end_to_end_id == "000000001"
    assert line.remittance == "Transaction Description"


def test_v8_nests_parties_and_may_put_the_iban_under_othr() -> None:
    parsed = parse_camt(sample(CAMT_SAMPLES, "camt053.v8.xml"))
    (statement,) = parsed.statements
    assert statement.account_iban == "NL26VAYB8060476890"  # Othr/Id, check digits right
    (line,) = statement.lines
    assert line.counterparty_name == "NAME NAME"  # Dbtr/Pty/Nm
    assert line.booking_date == date(2014, 12, 31)  # BookgDt/DtTm
    assert line.bank_code == "PMNT/RCDT/BOOK"
    assert line.bank_reference == "AAAASESS-FP-CN_98765/01"
    assert line.end_to_end_id == "MUELL/FINP/RA12345"
    # One transaction saying 0 SEK in an entry that booked 8.85 EUR: the booking counts.
    assert line.amount_cents == 885 and line.currency == "EUR"
    assert any("0 SEK" in warning for warning in parsed.warnings)


def test_a_batch_entry_gives_one_line_per_transaction_with_its_own_amount() -> None:
    (statement,) = parse_camt(sample(CAMT_SAMPLES, "camt054.v8.xml")).statements
    assert statement.format == "camt.054"
    assert statement.account_iban == "CH2801234000123456789"
    assert [line.amount_cents for line in statement.lines] == [310, 320, 320]
    assert {line.currency for line in statement.lines} == {"CHF"}
    assert {line.direction for line in statement.lines} == {Direction.DEBIT}
    assert [line.counterparty_name for line in statement.lines] == [
        "Example Creditor 3 - V1",
        "Example Creditor 3 - V2",
        "Example Creditor 3 - V3",
    ]
    assert statement.lines[0].counterparty_iban == "CH4112345003131313131"
    # The lines of one batch never share the reference that recognises a line twice.
    assert [line.bank_reference for line in statement.lines] == [
        "ACSR160617103200001#1",
        "ACSR160617103200001#2",
        "ACSR160617103200001#3",
    ]
    assert statement.lines[0].structured_reference == "ISR ref number V1"
    assert statement.lines[2].remittance == (
        "Unstructured Remittance Information V3 block 1 "
        "Unstructured Remittance Information V3 block 2"
    )


def test_a_batch_without_amounts_per_transaction_stays_one_line_to_split_by_hand() -> None:
    (statement,) = parse_camt(sample(CAMT_SAMPLES, "camt054.v2.xml")).statements
    (line,) = statement.lines
    assert line.amount_cents == 20_000_000 and line.currency == "SEK"
    assert (
        line.problem
        == "the entry batches 3 transactions without their own amounts: split it by hand"
    )
    assert line.end_to_end_id == "MUELL/FINP/RA12345"  # the same in all three
    assert line.structured_reference is None  # they differ


def test_a_file_of_two_statements() -> None:
    first, second = parse_camt(sample(CAMT_SAMPLES, "camt053.v2.multi.statement.xml")).statements
    assert (first.statement_id, second.statement_id) == (
        "253EURNL26VAYB8060476890",
        "254EURNL26VAYB8060476890",
    )
    assert (first.opening_balance_cents, first.closing_balance_cents) == (1815, 2700)
    assert (second.opening_balance_cents, second.closing_balance_cents) == (2700, 2000)
    (debit,) = second.lines
    assert debit.direction is Direction.DEBIT and debit.amount_cents == 700
    assert debit.counterparty_name == "Company Name 2"  # the creditor of a debit
    assert debit.remittance == "Transaction Description 2"


def test_version_1_report() -> None:
    parsed = parse_camt(sample(CAMT_SAMPLES, "camt052.v1.xml"))
    assert parsed.format == "camt.052"
    (statement,) = parsed.statements
    assert statement.account_iban == "CH2801234000123456789"  # PrtryAcct/Id
    (line,) = statement.lines
    assert line.bank_code == "PAYM/0001/0003"
    assert line.booking_date == date(2007, 10, 18)
    assert line.bank_reference == "AAAASESS-FP-ACCR-01"


def test_a_pending_entry_is_kept_with_its_reason_and_the_other_side_is_not_the_office() -> None:
    (statement,) = parse_camt(sample(CAMT_SAMPLES, "camt052.v4.xml")).statements
    (line,) = statement.lines
    assert line.problem == "the bank reports this entry as pending (PDNG): not booked yet"
    assert line.amount_cents == 20_000_000
    # A debit points at the creditor, who holds the statement's own account: the other side.
    assert line.counterparty_name == "Example Creditor 4 - V1"
    assert line.counterparty_iban == "CH2401234004141414141"
    assert line.remittance == "Example Remittance - 4 - V1"


def test_balances_take_opbd_and_clbd_among_all_types() -> None:
    (statement,) = parse_camt(sample(CAMT_SAMPLES, "camt053.v2.all-balance-types.xml")).statements
    assert statement.opening_balance_cents == 101  # OPBD 1.01, not PRCD 2.02
    assert statement.closing_balance_cents == 404  # CLBD 4.04


def test_a_balance_dated_by_date_time_with_nanoseconds() -> None:
    (statement,) = parse_camt(sample(CAMT_SAMPLES, "camt53.only-Dt-with-DtTm.xml")).statements
    assert statement.opening_balance_cents == 544209  # 5442.09000 RON
    assert statement.currency == "RON"
    assert statement.lines == ()


def test_a_creditor_given_as_a_financial_institution() -> None:
    (statement,) = parse_camt(
        sample(CAMT_SAMPLES, "camt054.v8-with-financial-institution.xml")
    ).statements
    (line,) = statement.lines
    assert line.counterparty_name == "Example Creditor 3 - V1"
    assert line.problem == "no booking nor value date: the camt.054 date 2007-10-18 stands in"


def test_an_account_number_that_is_no_iban_is_not_taken_for_one() -> None:
    (statement,) = parse_camt(sample(CAMT_SAMPLES, "camt052.v2.other-account.xml")).statements
    (line,) = statement.lines
    assert line.counterparty_name == "Company Name"
    assert line.counterparty_iban is None  # Othr/Id 0000000000


# --- Written here: returns, namespaces, encodings ------------------------------------------


def test_a_returned_direct_debit_names_the_debtor_and_the_reason() -> None:
    document = camt(
        f"""<Ntry>
        <Amt Ccy="EUR">89.90</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>
        <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-03</Dt></BookgDt>
        <AcctSvcrRef>ENTRY-77</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><AcctSvcrRef>TX-77-1</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <RltdPties>
            <Dbtr><Pty><Nm>Jean Dupont</Nm></Pty></Dbtr>
            <DbtrAcct><Id><IBAN>{DEBTOR_IBAN}</IBAN></Id></DbtrAcct>
            <Cdtr><Pty><Nm>Cabinet Amiable</Nm></Pty></Cdtr>
            <CdtrAcct><Id><IBAN>{OWN_IBAN}</IBAN></Id></CdtrAcct>
          </RltdPties>
          <RmtInf><Ustrd>Dossier 2026-0042</Ustrd><Ustrd>echeance 2</Ustrd></RmtInf>
          <RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf>
        </TxDtls></NtryDtls>
      </Ntry>"""
    )
    (line,) = parse_camt(document.encode()).statements[0].lines
    assert line.direction is Direction.DEBIT
    assert line.reversal is True
    assert line.return_reason == "MD06"
    assert line.counterparty_name == "Jean Dupont"
    assert line.counterparty_iban == DEBTOR_IBAN
    assert line.end_to_end_id is None  # NOTPROVIDED
    assert line.bank_reference == "TX-77-1"  # the transaction's own, before the entry's
    assert line.remittance == "Dossier 2026-0042 echeance 2"
    assert line.bank_code == "PMNT/RDDT/UPDD"
    assert line.amount_cents == 8990


@pytest.mark.parametrize(
    "namespace",
    [
        "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02",
        "urn:iso:std:iso:20022:tech:xsd:camt.053.001.13",
        "",
    ],
)
def test_any_version_or_no_namespace_reads_the_same(namespace: str) -> None:
    document = camt(entry("42.10"), namespace=namespace).replace(' xmlns=""', "")
    (line,) = parse_camt(document.encode()).statements[0].lines
    assert line.amount_cents == 4210


def test_prefixed_namespaces_and_a_bank_envelope() -> None:
    inner = camt(entry("7.00")).split("?>", 1)[1]
    prefixed = inner.replace("<", "<c:").replace("<c:/", "</c:").replace('xmlns="', 'xmlns:c="')
    document = (
        f'<?xml version="1.0"?><Envelope xmlns="urn:bank:envelope"><Header/>{prefixed}</Envelope>'
    )
    (line,) = parse_camt(document.encode()).statements[0].lines
    assert line.amount_cents == 700


def test_utf16_camt_reads_like_utf8() -> None:
    document = camt(entry("19.99")).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    parsed = parse_statement(document.encode("utf-16"))
    assert parsed.statements[0].lines[0].amount_cents == 1999


# --- Lines the bank wrote that cannot be booked as they are -----------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "problem"),
    [
        ("18.15001", "EUR", "amount 18.15001 EUR has more decimals than a cent"),
        ("18.15", "XYZ", "currency 'XYZ' is not an ISO 4217 code"),
        ("-5.00", "EUR", "amount -5.00 EUR is negative"),
        ("0.00", "EUR", "zero amount"),
        ("18.15", None, "no currency"),
        ("12,50", "EUR", "amount '12,50' is not a number"),
    ],
)
def test_an_amount_that_cannot_be_booked_is_kept_with_its_problem(
    amount: str, currency: str | None, problem: str
) -> None:
    document = camt(
        entry("10.00", reference="BEFORE")
        + entry(amount, currency, reference="ODD")
        + entry("30.00", reference="AFTER")
    )
    before, odd, after = parse_camt(document.encode()).statements[0].lines
    assert odd.problem == problem
    assert odd.amount_cents == 0
    assert odd.bank_reference == "ODD"
    assert (before.amount_cents, after.amount_cents) == (1000, 3000)
    assert before.problem is None and after.problem is None


# --- Hostile files ---------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>&lol9;</MsgId></GrpHdr></BkToCstmrStmt></Document>"""


def xxe(encoding: str = "UTF-8") -> str:
    return camt(entry("1.00").replace("<AcctSvcrRef>REF-1", "<AcctSvcrRef>&xxe;")).replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    )


def test_an_entity_bomb_is_refused_before_parsing() -> None:
    with pytest.raises(StatementError, match="DOCTYPE"):
        parse_statement(BILLION_LAUGHS.encode())


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16"])
def test_an_external_entity_is_refused_and_nothing_of_the_file_it_names_shows(
    encoding: str,
) -> None:
    data = xxe(encoding).encode(encoding.lower())
    with pytest.raises(StatementError) as refused:
        parse_statement(data)
    assert "DOCTYPE" in str(refused.value)
    assert "root:" not in str(refused.value)


def test_an_external_dtd_and_an_exotic_encoding_are_refused() -> None:
    with pytest.raises(StatementError, match="DOCTYPE"):
        parse_camt(
            b'<?xml version="1.0"?><!DOCTYPE Document SYSTEM "http://attacker.invalid/x.dtd">'
            b"<Document/>"
        )
    with pytest.raises(StatementError, match="UTF-7"):
        parse_camt(b'<?xml version="1.0" encoding="UTF-7"?>+ADw-Document/+AD4-')


def test_a_file_over_the_size_cap_is_refused_unread() -> None:
    assert MAX_BYTES == 50_000_000
    data = b"<Document>" + b" " * (51 * 1024 * 1024) + b"</Document>"
    with pytest.raises(StatementError, match="over the 50 MB"):
        parse_statement(data)


def test_xml_that_is_broken_or_no_camt_is_refused_with_the_reason() -> None:
    with pytest.raises(StatementError, match="not well-formed XML"):
        parse_statement(b"<Document><BkToCstmrStmt></Document>")
    with pytest.raises(
        StatementError, match=r"not a camt.052/053/054 statement: its root is <Document>"
    ):
        parse_statement(
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">'
            b"<CstmrCdtTrfInitn/></Document>"
        )


def test_without_the_doctype_check_the_parser_still_resolves_no_entity(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Defence in depth: were the textual check ever to miss a DOCTYPE, lxml runs with
    # entities, DTD loading and the network off, and the document is still refused.
    monkeypatch.setattr(camt_module, "_refuse_dtd", lambda data: None)
    with pytest.raises(StatementError) as refused:
        parse_camt(xxe().encode())
    assert "root:" not in str(refused.value)


def test_blank_lines_before_the_xml_declaration_are_forgiven() -> None:
    (line,) = parse_statement(b"\r\n  " + camt(entry("3.00")).encode()).statements[0].lines
    assert line.amount_cents == 300
