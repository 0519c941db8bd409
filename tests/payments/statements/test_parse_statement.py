"""The format told from the content, and what is no statement refused with a sentence."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from tests.payments.statements.samples import CAMT_SAMPLES, MT940_SAMPLES, OWN_DATA, sample

from amiable.payments.statements import StatementError, parse_statement


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (lambda: sample(CAMT_SAMPLES, "camt054.v4.xml"), "camt.054"),
        (lambda: sample(MT940_SAMPLES, "mBank/mt940.sta"), "mt940"),  # starts with SOH
        (lambda: sample(MT940_SAMPLES, "self-provided/sparkassen.sta"), "mt940"),  # no :20:
        (lambda: (OWN_DATA / "releve-ofx1.ofx").read_bytes(), "ofx"),
        (lambda: (OWN_DATA / "statement-ofx2.ofx").read_bytes(), "ofx"),
        (lambda: b"Date;Libell\xe9;Montant\r\n01/03/2026;VIR;5,00\r\n", "csv"),
    ],
    ids=["camt", "mt940", "mt940-fragment", "ofx1", "ofx2", "csv"],
)
def test_the_format_is_told_from_the_content(data: Callable[[], bytes], expected: str) -> None:
    assert parse_statement(data(), filename="whatever.txt").format == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b"  \r\n\t", "the file is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "the file is a PDF, not a statement we can read"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive or a spreadsheet"),
        (random.Random(7).randbytes(4096), "the file is not text"),
        (b"\x00\x01\x02\x03garbage\xff\xfe\x00", "the file is not text"),
    ],
    ids=["empty", "blank", "pdf", "xlsx", "random-bytes", "nul-bytes"],
)
def test_what_is_no_statement_is_refused_with_a_sentence(data: bytes, reason: str) -> None:
    with pytest.raises(StatementError, match=reason):
        parse_statement(data)


def test_the_file_name_starts_the_message() -> None:
    with pytest.raises(StatementError) as refused:
        parse_statement(b"", filename="releve-mars.csv")
    assert str(refused.value) == "releve-mars.csv: the file is empty"
